"""Checks the claims of the remaining English files; keyed-wrong lines are asserted wrong."""
import numpy as np
import sympy as sp
from vh import same, near, eq, fails

# linreg_matrix_exam_solutions
X = sp.Matrix([[1, 1], [1, 2], [1, 3]]); y = sp.Matrix([1, 2, 2]); W = sp.Matrix(sp.symbols('w1 w2'))
L = ((X * W - y).T * (X * W - y))[0] / 3
grad = sp.Matrix([sp.diff(L, c) for c in W])
assert sp.simplify(grad - sp.Rational(2, 3) * X.T * (X * W - y)) == sp.zeros(2, 1)
assert X.T * y == sp.Matrix([5, 11])
g0 = grad.subs({c: 0 for c in W})
assert g0 == sp.Matrix([sp.Rational(-10, 3), sp.Rational(-22, 3)])
assert sp.Rational(1, 3) * X.T * (-y) != g0  # keyed wrong: (-5/3, -11/3)
eq(L.subs({c: 0 for c in W}), 3); eq(sp.Rational(1, 3) * (1 + 4 + 4), 3)
assert -sp.Rational(1, 10) * sp.Matrix([sp.Rational(-5, 3), sp.Rational(-11, 3)]) == sp.Matrix([sp.Rational(1, 6), sp.Rational(11, 30)])

# sigmoid_tanh_values_learner
s = lambda t: 1 / (1 + np.exp(-t))
eq(s(0), 0.5); eq(s(0) * (1 - s(0)), 0.25); near(s(2), 0.8808, 4); near(s(2) * (1 - s(2)), 0.1050, 4)
near(0.8808 * 0.1192, 0.1050, 4); eq(1 - 0.8808, 0.1192, 1e-12)
near(np.tanh(1), 0.7616, 4); near(1 - np.tanh(1) ** 2, 0.4200, 4); near(np.tanh(1) ** 2, 0.5800, 4); eq(1 - 0.58, 0.42, 1e-12)
near(0.7616 ** 2, 0.5800, 4)
near(2 * s(2) - 1, 0.7616, 4); eq(2 * 0.8808 - 1, 0.7616, 1e-12); eq(0.5 * 0.5, 0.25)

# softmax_ce_kaggle_notebook
z = np.array([2.0, 1.0, 0.1]); yy = np.array([1, 0, 0]); p = np.exp(z) / np.exp(z).sum()
near(np.e ** 2, 7.389, 3); near(np.e, 2.718, 3); near(np.exp(0.1), 1.105, 3); near(np.exp(z).sum(), 11.21, 2)
for a, b in zip(p, [0.659, 0.242, 0.099]):
    near(a, b, 3)
for a, b in zip(np.array([7.389, 2.718, 1.105]) / 11.21, [0.659, 0.242, 0.099]):
    near(a, b, 3)
near(-np.log(p[0]), 0.417, 3); near(-np.log(0.659), 0.417, 3)
for a, b in zip(p - yy, [-0.341, 0.242, 0.099]):
    near(a, b, 3)
z2 = z - (p - yy)
for a, b in zip(z2, [2.341, 0.758, 0.001]):
    near(a, b, 3)
near(-np.log(np.exp(z2[0]) / np.exp(z2).sum()), 0.264, 3)
zr = np.array([2.341, 0.758, 0.001]); near(-np.log(np.exp(zr[0]) / np.exp(zr).sum()), 0.264, 3)

# logistic_regression_cs229_notes
th = sp.symbols('t1 t2'); xs = sp.symbols('x1 x2'); yv = sp.Symbol('y')
u = sum(a * b for a, b in zip(th, xs)); h = 1 / (1 + sp.exp(-u))
ell = yv * sp.log(h) + (1 - yv) * sp.log(1 - h)
g = sp.Function('g')
for j in range(2):
    same(sp.diff(ell, th[j]), (yv - h) * xs[j])
    mid = (yv / h - (1 - yv) / (1 - h)) * h * (1 - h) * xs[j]
    same(mid, (yv - h) * xs[j])
    for k in range(2):
        same(sp.diff(ell, th[j], th[k]), -h * (1 - h) * xs[j] * xs[k])
    same(sp.diff(h, th[j]), h * (1 - h) * xs[j])
rng = np.random.default_rng(1); Xn = rng.normal(size=(5, 3)); yn = rng.integers(0, 2, 5); t = rng.normal(size=3)
hn = 1 / (1 + np.exp(-Xn @ t))
ll = lambda t: (yn * np.log(1 / (1 + np.exp(-Xn @ t))) + (1 - yn) * np.log(1 - 1 / (1 + np.exp(-Xn @ t)))).sum()
num = np.array([(ll(t + e) - ll(t - e)) / 2e-6 for e in np.eye(3) * 1e-6])
assert np.allclose(num, Xn.T @ (yn - hn), atol=1e-6)
H = -Xn.T @ np.diag(hn * (1 - hn)) @ Xn; assert np.all(np.linalg.eigvalsh(H) <= 1e-12)

# single_neuron_by_hand
zv = 0.5 * 1 + -0.25 * 2 + 0.1; eq(zv, 0.1, 1e-12); eq(0.5 - 0.5 + 0.1, 0.1)
a = s(0.1); near(a, 0.525, 3); near(-np.log(a), 0.644, 3); near(-np.log(0.525), 0.644, 3)
near(a - 1, -0.475, 3); eq(0.525 - 1, -0.475, 1e-12); near((a - 1) * 2, -0.95, 2); near(a - 1, -0.475, 3)
eq(0.5 - 0.1 * -0.475, 0.5475, 1e-12)
assert abs((-0.25 - 0.1 * -0.95) - (-0.145)) > 0.005  # keyed wrong: -0.155
eq(-0.25 - 0.1 * -0.95, -0.155, 1e-12); eq(0.1 - 0.1 * -0.475, 0.1475, 1e-12)
eq(0.5475 - 0.31 + 0.1475, 0.385, 1e-12)

# softplus_elu_stackexchange
x = sp.Symbol('x', real=True); al = sp.Symbol('alpha', positive=True)
same(sp.diff(sp.log(1 + sp.exp(x)), x), sp.exp(x) / (1 + sp.exp(x))); same(sp.exp(x) / (1 + sp.exp(x)), 1 / (1 + sp.exp(-x)))
near(np.log(2), 0.693, 3); eq((1 / (1 + sp.exp(-x))).subs(x, 0), 0.5)
same(sp.diff(al * (sp.exp(x) - 1), x), al * sp.exp(x)); assert sp.limit(al * sp.exp(x), x, 0, '-') == al
same(sp.exp(x), (sp.exp(x) - 1) + 1)

# matrix_calculus_layout_handout
n = 3; xv = sp.Matrix(sp.symbols('x1:4')); A = sp.Matrix(3, 3, sp.symbols('a1:10')); av = sp.Matrix(sp.symbols('c1:4'))
bv = sp.Matrix(sp.symbols('b1:4'))
gr = lambda f: sp.Matrix([sp.diff(f, c) for c in xv])
assert sp.simplify(gr((av.T * xv)[0]) - av) == sp.zeros(3, 1)
q = (xv.T * A * xv)[0]
assert sp.simplify(gr(q) - (A + A.T) * xv) == sp.zeros(3, 1)
assert sp.simplify(gr(q) - 2 * A * xv) != sp.zeros(3, 1)  # keyed wrong for general A
for i in range(3):
    same(sp.diff(q, xv[i]), sum(A[i, k] * xv[k] for k in range(3)) + sum(A[j, i] * xv[j] for j in range(3)))
assert sp.simplify(gr((xv.T * xv)[0]) - 2 * xv) == sp.zeros(3, 1)
r = A * xv - bv
assert sp.simplify(gr((r.T * r)[0]) - 2 * A.T * r) == sp.zeros(3, 1)

# bce_numeric_readme
near(-np.log(0.9), 0.1054, 4); near(-np.log(0.8), 0.2231, 4); near(-np.log(0.6), 0.5108, 4)
near((0.1054 + 0.2231 + 0.5108) / 3, 0.2798, 4); near(-(np.log(0.9) + np.log(0.8) + np.log(0.6)) / 3, 0.2798, 4)
for a_, b_ in zip([-0.1 / 3, 0.2 / 3, -0.4 / 3], [-0.0333, 0.0667, -0.1333]):
    near(a_, b_, 4)
zz, yy2, mm = sp.symbols('z y m', positive=True)
sg = 1 / (1 + sp.exp(-zz))
same(sp.diff(-(yy2 * sp.log(sg) + (1 - yy2) * sp.log(1 - sg)) / mm, zz), (sg - yy2) / mm)
print("en part 3: ok")
