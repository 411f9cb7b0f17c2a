"""Checks the claims of English files (part 1); keyed-wrong lines are asserted wrong."""
import numpy as np
import sympy as sp
from vh import same, near, eq, fails, numgrad

R = sp.Rational

# mse_gradient_medium
w, b = sp.symbols('w b'); xs = [1, 2, 3]; ys = [2, 3, 5]
xi, yi, n = sp.symbols('x_i y_i n', positive=True)
one = (w * xi + b - yi) ** 2 / n  # one summand of L
same(sp.diff(one, w), 2 / n * (w * xi + b - yi) * xi)
fails(sp.diff(one, b), 1 / n * (w * xi + b - yi))  # keyed wrong: the 2 is lost
L = R(1, 3) * sum((w * x + b - y) ** 2 for x, y in zip(xs, ys))
s0 = {w: 1, b: 0}
assert [w * x + b - y for x, y in zip(xs, ys)] and [(1 * x - y) for x, y in zip(xs, ys)] == [-1, -1, -2]
eq(L.subs(s0), 2); eq(R(1 + 1 + 4, 3), 2)
eq(sp.diff(L, w).subs(s0), -6); eq(R(2, 3) * (-1 - 2 - 6), -6); eq(R(2, 3) * -9, -6)
eq(sp.diff(L, b).subs(s0), R(-8, 3)); eq(R(2, 3) * (-1 - 1 - 2), R(-8, 3)); near(-8 / 3, -2.667, 3)
eq(1 - 0.1 * -6, 1.6); eq(0 - R(1, 10) * R(-8, 3), R(4, 15)); near(4 / 15, 0.267, 3)
s1 = {w: R(8, 5), b: R(4, 15)}
assert [(s1[w] * x + s1[b] - y) for x, y in zip(xs, ys)] == [R(-2, 15), R(7, 15), R(1, 15)]
for v, d in zip([R(-2, 15), R(7, 15), R(1, 15)], [-0.133, 0.467, 0.067]):
    near(v, d, 3)
eq(L.subs(s1), R(4 + 49 + 1, 3 * 225)); eq(R(54, 675), 0.08)
near((2 / 15) ** 2, 0.0178, 4); near((7 / 15) ** 2, 0.2178, 4); near((1 / 15) ** 2, 0.0044, 4)
near(0.0178 + 0.2178 + 0.0044, 0.24, 10)
assert abs(0.24 / 3 - 0.8) > 0.1  # keyed wrong

# normal_equation_cs229_style
th = sp.Matrix(sp.symbols('t0 t1')); Xs = sp.Matrix(3, 2, sp.symbols('x0:6')); yv = sp.Matrix(sp.symbols('y0:3'))
J = (R(1, 2) * (Xs * th - yv).T * (Xs * th - yv))[0]
same(J, R(1, 2) * ((th.T * Xs.T * Xs * th)[0] - 2 * (th.T * Xs.T * yv)[0] + (yv.T * yv)[0]))
grad = sp.Matrix([sp.diff(J, t) for t in th]); assert sp.simplify(grad - (Xs.T * Xs * th - Xs.T * yv)) == sp.zeros(2, 1)
X = sp.Matrix([[1, 0], [1, 1], [1, 2]]); y = sp.Matrix([1, 3, 4])
assert X.T * X == sp.Matrix([[3, 3], [3, 5]]) and X.T * y == sp.Matrix([8, 11])
eq((X.T * X).det(), 6); eq(15 - 9, 6)
assert (X.T * X).inv() == R(1, 6) * sp.Matrix([[5, -3], [-3, 3]])
theta = (X.T * X).inv() * X.T * y; assert theta == sp.Matrix([R(7, 6), R(3, 2)])
assert R(1, 6) * sp.Matrix([40 - 33, -24 + 33]) == theta and [5 * 8, 3 * 11, 3 * 8] == [40, 33, 24]
near(7 / 6, 1.167, 3)
r = y - X * theta; assert r == sp.Matrix([R(-1, 6), R(1, 3), R(-1, 6)]) and sum(r) == 0 and X.T * r == sp.zeros(2, 1)
eq(0 * R(-1, 6) + 1 * R(1, 3) + 2 * R(-1, 6), 0)

# relu_family_cheatsheet
x, a = sp.symbols('x alpha')
elu_neg = a * (sp.exp(x) - 1)
fails(sp.diff(elu_neg, x).subs(a, 1), (a * (sp.exp(x) - 1)).subs(a, 1))  # keyed wrong
same(sp.diff(elu_neg, x), a * sp.exp(x)); same(a * sp.exp(x), elu_neg + a)
same(sp.diff(sp.Piecewise((0.01 * x, True)), x), 0.01)
eq(0.01 * -2, -0.02); near(np.exp(-2) - 1, -0.8647, 4); near(np.exp(-2), 0.1353, 4); near(-0.8647 + 1, 0.1353, 10)

# gelu_derivative_notes
Phi = (1 + sp.erf(x / sp.sqrt(2))) / 2; phi = sp.exp(-x ** 2 / 2) / sp.sqrt(2 * sp.pi)
same(sp.diff(Phi, x), phi); same(sp.diff(phi, x), -x * phi)
g = x * Phi; same(sp.diff(g, x), Phi + x * phi); same(sp.diff(g, x, 2), 2 * phi - x ** 2 * phi); same(2 * phi - x ** 2 * phi, phi * (2 - x ** 2))
rows = {-1: (0.1587, 0.2420, -0.1587, -0.0833), 0: (0.5, 0.3989, 0, 0.5), 1: (0.8413, 0.2420, 0.8413, 1.0833), 2: (0.9772, 0.0540, 1.9545, 1.0852)}
for xv, vals in rows.items():
    for expr, v in zip((Phi, phi, g, sp.diff(g, x)), vals):
        near(expr.subs(x, xv).evalf(), v, 4)
assert 0.1587 - 0.2420 < 0 and float(sp.diff(g, x).subs(x, 1)) > 1 and float(sp.diff(g, x).subs(x, 2)) > 1
d2 = sp.lambdify(x, sp.diff(g, x, 2)); assert d2(1.4) > 0 and d2(-1.4) > 0 and d2(1.5) < 0 and d2(-1.5) < 0
near(np.sqrt(2 / np.pi), 0.7979, 4); near(np.sqrt(2 / np.pi) * 1.044715, 0.8336, 4); near(np.tanh(0.8336), 0.6824, 4)
eq(0.5 * 1.6824, 0.8412, 1e-12); near(0.5 * (1 + np.tanh(np.sqrt(2 / np.pi) * 1.044715)), 0.8412, 4)
assert abs(float(g.subs(x, 1)) - 0.8412) < 0.001  # the approximation sign: "approx" GELU

# logistic_bce_kaggle
z, yy, av = sp.symbols('z y a'); Lb = -(yy * sp.log(av) + (1 - yy) * sp.log(1 - av))
same(sp.diff(Lb, av), -yy / av + (1 - yy) / (1 - av)); s = 1 / (1 + sp.exp(-z)); same(sp.diff(s, z), s * (1 - s))
same((-yy / av + (1 - yy) / (1 - av)) * av * (1 - av), -yy * (1 - av) + (1 - yy) * av); same(-yy * (1 - av) + (1 - yy) * av, av - yy)
same(sp.diff(Lb.subs(av, s), z), s - yy)
rng = np.random.default_rng(0); Xn = rng.normal(size=(5, 2)); yn = np.array([1., 0, 1, 1, 0]); wn = rng.normal(size=2); bn = 0.3
sig = lambda t: 1 / (1 + np.exp(-t))
Jf = lambda w, b: -np.mean(yn * np.log(sig(Xn @ w + b)) + (1 - yn) * np.log(1 - sig(Xn @ w + b)))
assert np.allclose(numgrad(lambda M: Jf(M, bn), wn), Xn.T @ (sig(Xn @ wn + bn) - yn) / 5, atol=1e-6)
assert np.isclose((Jf(wn, bn + 1e-6) - Jf(wn, bn - 1e-6)) / 2e-6, np.mean(sig(Xn @ wn + bn) - yn), atol=1e-6)
eq(0.5 * 1 + (-0.25) * 2 + 0.1, 0.1, 1e-15); aa = sig(0.1); near(aa, 0.5250, 4); near(-np.log(aa), 0.6444, 4); near(-np.log(0.5250), 0.6444, 4)
near(aa - 1, -0.4750, 4); near((aa - 1) * 2, -0.9500, 4)
eq(0.5 - 0.1 * (-0.4750), 0.5475); assert abs((-0.25 - 0.1 * (-0.9500)) - (-0.1450)) > 0.005  # keyed wrong
eq(0.1 + 0.0475, 0.1475); eq(0.1 - 0.1 * (-0.4750), 0.1475)

# softmax_ce_cs231n_notes
F = sp.symbols('f0:3'); Sg = sum(sp.exp(t) for t in F); Li = -F[1] + sp.log(Sg)
same(-sp.log(sp.exp(F[1]) / Sg), Li)
for k in range(3):
    same(sp.diff(Li, F[k]), -(1 if k == 1 else 0) + sp.exp(F[k]) / Sg)
Cc = sp.symbols('C', positive=True)
same(sp.exp(F[1]) / Sg, Cc * sp.exp(F[1]) / (Cc * Sg)); same(Cc * sp.exp(F[1]) / (Cc * Sg), sp.exp(F[1] + sp.log(Cc)) / sum(sp.exp(t + sp.log(Cc)) for t in F))
f = np.array([2., 1, -1]); e = np.exp(f); p = e / e.sum()
for v, d in zip(e, [7.3891, 2.7183, 0.3679]): near(v, d, 4)
near(e.sum(), 10.4752, 4)
for v, d in zip(p, [0.7054, 0.2595, 0.0351]): near(v, d, 4)
near(-np.log(p[1]), 1.3490, 4); near(-np.log(0.2595), 1.3490, 3)
near(np.log(10.4752), 2.3490, 4); eq(-1 + 2.3490, 1.3490)
es = np.exp(f - 2); near(es[1], 0.3679, 4); near(es[2], 0.0498, 4); near(es.sum(), 1.4177, 4); near(1 / 1.4177, 0.7054, 4)
gvec = p - np.array([0, 1, 0]); [near(v, d, 4) for v, d in zip(gvec, [0.7054, -0.7405, 0.0351])]; eq(gvec.sum(), 0)
N, D, C = 4, 3, 3; Xn = rng.normal(size=(N, D)); Wn = rng.normal(size=(D, C)); lab = np.array([0, 2, 1, 1]); Yo = np.eye(C)[lab]
def ce(X, W):
    Fm = X @ W; Fm = Fm - Fm.max(1, keepdims=True); P = np.exp(Fm) / np.exp(Fm).sum(1, keepdims=True)
    return -np.mean(np.log(P[np.arange(N), lab]))
Fm = Xn @ Wn; P = np.exp(Fm) / np.exp(Fm).sum(1, keepdims=True); dF = (P - Yo) / N
assert np.allclose(numgrad(lambda M: ce(Xn, M), Wn), Xn.T @ dF, atol=1e-6)
assert np.allclose(numgrad(lambda M: ce(M, Wn), Xn), dF @ Wn.T, atol=1e-6)
print("verify_en_1 ok")
