"""Checks the claims of the Korean files (part 2); keyed-wrong lines are asserted wrong."""
import numpy as np
import sympy as sp
from vh import same, near, eq, fails, numgrad

R = sp.Rational

# batchnorm_inference_naver
xb = np.array([2., 4, 6, 8]); eq(xb.mean(), 5); eq(20 / 4, 5); eq(xb.var(), 5); eq((9 + 1 + 1 + 9) / 4, 5)
eq(xb.var(ddof=1), 20 / 3, 1e-12); near(20 / 3, 6.667, 3); m = sp.symbols('m', positive=True); S = sp.symbols('S')
same((S / (m - 1)), m / (m - 1) * (S / m))
eq(0.9 * 0 + 0.1 * 5, 0.5); eq(0.9 * 1 + 0.1 * 20 / 3, 0.9 + 0.1 * 20 / 3, 1e-15); near(0.1 * 20 / 3, 0.6667, 4); near(0.9 + 0.1 * 20 / 3, 1.5667, 4)
eq(0.9 + 0.6667, 1.5667, 1e-12)
W, b, mu, sg, g, be, x = sp.symbols('W b mu sigma gamma beta x')
same(g * (W * x + b - mu) / sg + be, (g * W / sg) * x + (g * (b - mu) / sg + be))
eq(0.5 * 2 / 2, 0.5); eq(0.5 * (1 - 3) / 2 + 0.2, -0.3, 1e-12); eq(2 * 4 + 1, 9); eq((9 - 3) / 2, 3); eq(0.5 * 3 + 0.2, 1.7, 1e-12); eq(0.5 * 4 - 0.3, 1.7, 1e-12)

# dropout_mask_velog
xv = np.array([1, -2, 0.5, 3]); mk = np.array([1, 0, 1, 1]); p = 0.75
eq(1 / 0.75, 4 / 3, 1e-15); y = xv * mk / p; assert np.allclose(y, [4 / 3, 0, 2 / 3, 4]); [near(a, c, 4) for a, c in zip(y, [1.3333, 0, 0.6667, 4])]
dyv = np.array([0.3, 0.3, -0.6, 0.15]); dx = dyv * mk / p; assert np.allclose(dx, [0.4, 0, -0.8, 0.2])
assert np.allclose(numgrad(lambda M: (M * mk / p) @ dyv, xv), dx)
pp, xx = sp.symbols('p x', positive=True); same((xx * pp) / pp, xx); same(pp * xx + (1 - pp) * 0, pp * xx)

# rmsprop_scale_lecture_notes
gv = np.array([10, 0.1]); s1 = 0.1 * gv ** 2; assert np.allclose(s1, [10, 0.001])
st1 = 0.01 * gv / np.sqrt(s1); [near(a, 0.03162, 5) for a in st1]; near(0.01 * 10 / np.sqrt(10), 0.03162, 5); near(0.01 * 0.1 / np.sqrt(0.001), 0.03162, 5)
rho, et, gs = sp.symbols('rho eta g', positive=True)
same(et * gs / sp.sqrt((1 - rho) * gs ** 2), et / sp.sqrt(1 - rho)); near(0.01 / np.sqrt(0.1), 0.03162, 5)
s2 = 0.9 * s1 + 0.1 * gv ** 2; assert np.allclose(s2, 0.19 * gv ** 2); eq(0.9 * 0.1 + 0.1, 0.19, 1e-15)
near(0.01 / np.sqrt(0.19), 0.02294, 5); assert np.allclose(0.01 * gv / np.sqrt(s2), 0.01 / np.sqrt(0.19))
s = 0.0
for t in range(1, 8):
    s = 0.9 * s + 0.1 * 4.0; eq(s, (1 - 0.9 ** t) * 4.0, 1e-12)
t = sp.symbols('t', positive=True); assert sp.limit(et / sp.sqrt(1 - R(9, 10) ** t), t, sp.oo) == et

# momentum_two_conventions_colab
vA = vB = 0.0; rows = []
for t in range(1, 4):
    vA = 0.9 * vA + 0.1 * 2; vB = 0.9 * vB + 2; rows.append((vA, vB))
    eq(vA, (1 - 0.9 ** t) * 2, 1e-12); eq(vB, (1 - 0.9 ** t) / 0.1 * 2, 1e-12); eq(vB / vA, 10, 1e-9)
assert np.allclose(rows, [(0.2, 2), (0.38, 3.8), (0.542, 5.42)])
eq(0.1 * 2, 0.2, 1e-15); eq(0.9 * 0.2 + 0.2, 0.38, 1e-15); eq(0.9 * 0.38 + 0.2, 0.542, 1e-15); eq(2 / (1 - 0.9), 20, 1e-9)
rng = np.random.default_rng(7); gseq = rng.normal(size=6); a_ = b_ = 0.0
for gg in gseq:
    a_ = 0.9 * a_ + 0.1 * gg; b_ = 0.9 * b_ + gg; eq(b_, a_ / 0.1, 1e-9)
eq(0.01 / (1 - 0.9), 0.1, 1e-12); eq(0.1 * 0.2, 0.02, 1e-15); eq(0.01 * 2, 0.02, 1e-15)

# two_layer_relu_backprop
x = np.array([1., 2]); W1 = np.array([[0.5, -1], [1, 0.5]]); b1 = np.array([0, 0.5]); w2 = np.array([1, -0.5]); b2 = 0.25
def loss(W1, b1, w2, b2):
    return 0.5 * (w2 @ np.maximum(W1 @ x + b1, 0) + b2 - 1) ** 2
z1 = W1 @ x + b1; assert np.allclose(z1, [-1.5, 2.5]); eq(0.5 - 2 + 0, -1.5); eq(1 + 1 + 0.5, 2.5)
h = np.maximum(z1, 0); assert np.allclose(h, [0, 2.5]); eq(1 * 0 + (-0.5) * 2.5 + 0.25, -1); eq(loss(W1, b1, w2, b2), 2); eq(0.5 * (-1 - 1) ** 2, 2)
gw2 = numgrad(lambda M: loss(W1, b1, M, b2), w2); assert np.allclose(gw2, [0, -5], atol=1e-6)
eq(numgrad(lambda M: loss(W1, b1, w2, M[0]), np.array([b2]))[0], -2, 1e-6)
assert np.allclose(-2 * w2, [-2, 1]); assert np.allclose(numgrad(lambda M: 0.5 * (w2 @ M + b2 - 1) ** 2, h), [-2, 1], atol=1e-6)
gz = np.array([-2 * 0, 1 * 1]); assert np.allclose(numgrad(lambda M: 0.5 * (w2 @ np.maximum(M, 0) + b2 - 1) ** 2, z1), gz, atol=1e-6)
gW1 = numgrad(lambda M: loss(M, b1, w2, b2), W1); assert np.allclose(gW1, [[0, 0], [1, 2]], atol=1e-6)
assert not np.allclose(gW1, [[0, 1], [0, 2]], atol=1e-3) and np.allclose(np.outer(x, gz), [[0, 1], [0, 2]])  # keyed wrong
assert np.allclose(numgrad(lambda M: loss(W1, M, w2, b2), b1), [0, 1], atol=1e-6)
assert np.allclose(w2 - 0.1 * gw2, [1, 0], atol=1e-6) and not np.allclose(w2 - 0.1 * gw2, [1, -1], atol=0.1)  # keyed wrong

# matrix_derivative_exam_summary
n = 3; xs = sp.Matrix(sp.symbols('x0:3')); a = sp.Matrix(sp.symbols('a0:3')); A = sp.Matrix(3, 3, sp.symbols('A0:9'))
grad = lambda f: sp.Matrix([sp.diff(f, v) for v in xs])
assert grad((a.T * xs)[0]) == a
assert sp.simplify(grad((xs.T * A * xs)[0]) - (A + A.T) * xs) == sp.zeros(3, 1)
for k in range(3):
    same(sp.diff((xs.T * A * xs)[0], xs[k]), (A * xs)[k] + (A.T * xs)[k])
As = sp.Matrix(3, 3, lambda i, j: sp.Symbol(f's{min(i, j)}{max(i, j)}')); assert sp.simplify(grad((xs.T * As * xs)[0]) - 2 * As * xs) == sp.zeros(3, 1)
assert sp.simplify(grad((xs.T * xs)[0]) - 2 * xs) == sp.zeros(3, 1)
X = sp.Matrix(3, 3, sp.symbols('X0:9')); G1 = sp.Matrix(3, 3, lambda i, j: sp.diff((A * X).trace(), X[i, j]))
assert G1 == A.T and G1 != A  # keyed wrong: it is A^T
same((A * X).trace(), sum(A[i, j] * X[j, i] for i in range(3) for j in range(3)))
same((X.T * A).trace(), sum(X[i, j] * A[i, j] for i in range(3) for j in range(3)))
assert sp.Matrix(3, 3, lambda i, j: sp.diff((X.T * A).trace(), X[i, j])) == A
An = sp.Matrix([[1, 2], [0, 3]]); xn = sp.Matrix([1, -1])
assert An * xn == sp.Matrix([-1, -3]) and (xn.T * An * xn)[0] == 2 and -1 + 3 == 2
assert An + An.T == sp.Matrix([[2, 2], [2, 6]]) and (An + An.T) * xn == sp.Matrix([0, -4]) and 2 * An * xn == sp.Matrix([-2, -6])

# prelu_elu_gradients_velog
xx, al = sp.symbols('x alpha')
same(sp.diff(al * xx, xx), al); same(sp.diff(al * xx, al), xx); same(sp.diff(xx, al), 0)
xv = np.array([-2, 3, -0.5]); alv = 0.25; dyv = np.array([1., 1, 2])
f = lambda x, a: np.where(x > 0, x, a * x); assert np.allclose(f(xv, alv), [-0.5, 3, -0.125])
eq(numgrad(lambda M: f(xv, M[0]) @ dyv, np.array([alv]))[0], -3, 1e-6); eq(1 * (-2) + 2 * (-0.5), -3)
assert np.allclose(numgrad(lambda M: f(M, alv) @ dyv, xv), [0.25, 1, 0.5], atol=1e-6)
same(sp.diff(al * (sp.exp(xx) - 1), xx), al * sp.exp(xx)); same(al * sp.exp(xx), al * (sp.exp(xx) - 1) + al)
near(np.exp(-1) - 1, -0.6321, 4); near(np.exp(-1), 0.3679, 4); eq(-0.6321 + 1, 0.3679, 1e-12)

# nesterov_handnotes
assert abs((1 - 0.9 * 0.5) - 1.45) > 0.5 and 1 + 0.9 * 0.5 == 1.45  # keyed wrong: the look-ahead is w + beta v
eq(1 - 0.45, 0.55, 1e-12)
eq(2 * 1.45, 2.9, 1e-12); eq(0.9 * 0.5 - 0.1 * 2.9, 0.16, 1e-12); eq(0.45 - 0.29, 0.16, 1e-12); eq(1 + 0.16, 1.16, 1e-12)
eq(0.45 - 0.1 * 2, 0.25, 1e-12); eq(1 + 0.25, 1.25); assert 1.16 < 1.25
wv_, vv, bt, et = sp.symbols('w v beta eta'); gf = lambda u: 2 * u
vn = bt * vv - et * gf(wv_ + bt * vv); wn = wv_ + vv + 0 * vv if False else wv_ + vn
same(wn + bt * vn, (wv_ + bt * vv) - et * gf(wv_ + bt * vv) + bt * vn)
eq(1.16 + 0.9 * 0.16, 1.304, 1e-12); eq(1.16 + 0.144, 1.304, 1e-12); eq(1.45 - 0.1 * 2.9 + 0.9 * 0.16, 1.304, 1e-12); eq(1.45 - 0.29 + 0.144, 1.304, 1e-12)
print("verify_ko_2 ok")

# claims on lines that are no longer keyed as not_claims
wq = sp.symbols('w'); same(sp.diff(wq ** 2, wq), 2 * wq)  # nesterov_handnotes
eq((32 + 2 * 1 - 3) // 1 + 1, 32)  # depthwise_separable_params_tistory: same padding (P = 1) keeps 32 x 32
print("verify_ko_2 extra ok")
