"""Checks the claims of the English files (first half); keyed-wrong lines are asserted wrong."""
import numpy as np
import sympy as sp
from vh import same, near, eq, fails, numgrad

# linreg_mse_scalar_lecture
w, b, m = sp.symbols('w b m')
xs, ys = [1, 2, 3], [2, 3, 5]
L = sp.Rational(1, 6) * sum((w * x + b - y) ** 2 for x, y in zip(xs, ys))
dw, db = sp.diff(L, w), sp.diff(L, b)
same(dw, sp.Rational(1, 3) * sum((w * x + b - y) * x for x, y in zip(xs, ys)))
at = {w: 1, b: 0}
eq(L.subs(at), 1); eq(dw.subs(at), -3); same(db.subs(at), sp.Rational(-4, 3))
eq(1 - 0.1 * -3, 1.3); near(0.1 * 4 / 3, 0.133, 3)
x_, y_, b_, w_ = sp.symbols('x y b w')
r = w_ * x_ + b_ - y_
same(sp.diff(r ** 2 / (2 * m), w_), r * x_ / m)  # per-term

# linreg_normal_equation_readme
X = sp.Matrix([[1, 0], [1, 1], [1, 2]]); yv = sp.Matrix([1, 3, 4])
W = sp.Matrix(sp.symbols('w0 w1'))
J = ((X * W - yv).T * (X * W - yv))[0]
same(J, (W.T * X.T * X * W)[0] - 2 * (yv.T * X * W)[0] + (yv.T * yv)[0])
grad = sp.Matrix([sp.diff(J, v) for v in W])
assert sp.simplify(grad - 2 * X.T * (X * W - yv)) == sp.zeros(2, 1)
assert X.T * X == sp.Matrix([[3, 3], [3, 5]]) and X.T * yv == sp.Matrix([8, 11])
inv = sp.Rational(1, 6) * sp.Matrix([[5, -3], [-3, 3]])
assert inv == (X.T * X).inv()
assert inv * sp.Matrix([8, 11]) == sp.Matrix([sp.Rational(7, 6), sp.Rational(3, 2)])

# logistic_bce_derivation_blog
z, a, y = sp.symbols('z a y')
sig = 1 / (1 + sp.exp(-z))
same(sp.diff(sig, z), sp.exp(-z) / (1 + sp.exp(-z)) ** 2)
same(sp.exp(-z) / (1 + sp.exp(-z)) ** 2, sig * (1 - sig))
Lb = -(y * sp.log(a) + (1 - y) * sp.log(1 - a))
same(sp.diff(Lb, a), -y / a + (1 - y) / (1 - a))
same((-y / a + (1 - y) / (1 - a)) * a * (1 - a), -y * (1 - a) + (1 - y) * a)
fails(-y * (1 - a) + (1 - y) * a, y - a)  # keyed wrong (boxed y - a)
same(-y * (1 - a) + (1 - y) * a, a - y)

# activation_derivatives_cheatsheet
x = sp.symbols('x', real=True)
al = sp.symbols('alpha', positive=True)
s = 1 / (1 + sp.exp(-x))
eq(sp.diff(s, x).subs(x, 0), 0.25); eq((1 - sp.tanh(x) ** 2).subs(x, 0), 1)
same(sp.diff(sp.log(1 + sp.exp(x)), x), 1 / (1 + sp.exp(-x)))
eq((1 / (1 + sp.exp(-x))).subs(x, 0), 0.5)
same((sp.diff(sp.tanh(x), x) - 4 / (sp.exp(x) + sp.exp(-x)) ** 2).rewrite(sp.exp), 0)
same(4 / (sp.exp(x) + sp.exp(-x)) ** 2, sp.sech(x) ** 2)
same(sp.exp(x) / (1 + sp.exp(x)), s)
same((sp.tanh(x) - (2 * s.subs(x, 2 * x) - 1)).rewrite(sp.exp), 0)
same(sp.diff(2 * s.subs(x, 2 * x) - 1, x), 4 * sp.diff(s, x).subs(x, 2 * x))
elu_neg = al * (sp.exp(x) - 1)
fails(sp.diff(elu_neg, x), al * (sp.exp(x) - 1))  # keyed wrong
same(sp.diff(elu_neg, x), elu_neg + al)

# softmax_jacobian_notes
zz = np.array([1.0, 2.0, 3.0]); S = np.exp(zz).sum(); near(S, 30.19, 2)
p = np.exp(zz) / S
for got, want in zip(p, [0.090, 0.245, 0.665]):
    near(got, want, 3)
near(-np.log(p[2]), 0.408, 3)
for got, want in zip(p - [0, 0, 1], [0.090, 0.245, -0.335]):
    near(got, want, 3)
z1, z2, z3 = sp.symbols('z1 z2 z3'); Z = [z1, z2, z3]
Ssym = sum(sp.exp(t) for t in Z); P = [sp.exp(t) / Ssym for t in Z]
for i in range(3):
    for j in range(3):
        d = 1 if i == j else 0
        same(sp.diff(P[i], Z[j]), P[i] * (d - P[j]))
        same(sp.diff(P[i], Z[j]), (d * sp.exp(Z[i]) * Ssym - sp.exp(Z[i]) * sp.exp(Z[j])) / Ssym ** 2)
Y = [0, 0, 1]
Lc = -sum(Y[k] * sp.log(P[k]) for k in range(3))
for j in range(3):
    same(sp.diff(Lc, Z[j]), P[j] - Y[j])

# two_layer_backprop_assignment: numeric gradient check of each line, shapes
rng = np.random.default_rng(0)
mm, d, h, K = 4, 3, 5, 2
Xn = rng.normal(size=(mm, d)); W1 = rng.normal(size=(d, h)); b1 = rng.normal(size=(1, h))
W2 = rng.normal(size=(h, K)); b2 = rng.normal(size=(1, K)); Yn = np.eye(K)[[0, 1, 1, 0]]


def loss(W1, b1, W2, b2):
    Z1 = Xn @ W1 + b1; A1 = np.maximum(0, Z1); Z2 = A1 @ W2 + b2
    P = np.exp(Z2) / np.exp(Z2).sum(1, keepdims=True)
    return -(Yn * np.log(P)).sum() / mm, Z1, A1, P



_, Z1, A1, Pn = loss(W1, b1, W2, b2)
dZ2 = (Pn - Yn) / mm
dW2 = A1.T @ dZ2; db2 = np.ones(mm) @ dZ2; dA1 = dZ2 @ W2.T; dZ1 = dA1 * (Z1 > 0)
dW1 = Xn.T @ dZ1; db1 = np.ones(mm) @ dZ1
assert np.allclose(dW2, numgrad(lambda M: loss(W1, b1, M, b2)[0], W2), atol=1e-6)
assert np.allclose(db2, numgrad(lambda M: loss(W1, b1, W2, M)[0], b2), atol=1e-6)
assert np.allclose(dW1, numgrad(lambda M: loss(M, b1, W2, b2)[0], W1), atol=1e-6)
assert np.allclose(db1, numgrad(lambda M: loss(W1, M, W2, b2)[0], b1), atol=1e-6)
assert dZ2.shape[1] != A1.T.shape[0] or dZ2.shape[0] != A1.T.shape[0]  # dZ2 A1^T: (m,K)(h,m) does not conform

# minibatch_mean_stackexchange
g = [0.8, -0.2, 1.4, 0.4]
eq(np.mean(g), 0.6); eq(sum(g), 2.4, 1e-9)
eq(np.mean((np.array(g) - 0.6) ** 2), 0.34, 1e-9)
eq(0.25 * (0.2 ** 2 + 0.8 ** 2 + 0.8 ** 2 + 0.2 ** 2), 0.34, 1e-9)
near(np.sqrt(0.34 / 4), 0.29, 2)
ss, mmm = sp.symbols('s m', positive=True)
same(mmm * ss ** 2 / mmm ** 2, ss ** 2 / mmm)

# lenet5_sizes_table
eq((32 - 5) / 1 + 1, 28); eq(5 * 5 * 1 * 6 + 6, 156); eq((28 - 2) / 2 + 1, 14); eq((14 - 5) + 1, 10)
eq(5 * 5 * 6 * 16 + 16, 2416); assert (10 - 2) / 2 + 1 == 5 != 4  # keyed wrong
eq(5 * 5 * 16, 400); eq(400 * 120 + 120, 48120); eq(120 * 84 + 84, 10164); eq(84 * 10 + 10, 850)
eq(156 + 2416 + 48120 + 10164 + 850, 61706); eq((28 + 4 - 5) / 1 + 1, 28)
print("en part 1: ok")
