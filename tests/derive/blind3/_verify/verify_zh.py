"""Checks the claims of the Chinese files; keyed-wrong lines are asserted wrong."""
import numpy as np
import sympy as sp
from vh import same, near, eq, fails

# logistic_regression_csdn
z, y, h, xj = sp.symbols('z y h x_j'); s = 1 / (1 + sp.exp(-z))
same(sp.diff(s, z), s * (1 - s))
same(-y / h * h * (1 - h) * xj + (1 - y) / (1 - h) * h * (1 - h) * xj, (h - y) * xj)
t = sp.symbols('t1 t2'); xs = sp.symbols('x1 x2'); u = t[0] * xs[0] + t[1] * xs[1]; hu = 1 / (1 + sp.exp(-u))
for j in range(2):
    same(sp.diff(-y * sp.log(hu) - (1 - y) * sp.log(1 - hu), t[j]), (hu - y) * xs[j])
X = np.array([[1, 2.], [1, -1]]); yv = np.array([1, 0.]); th = np.array([0, 0.5])
assert np.allclose(X @ th, [1, -0.5]); hh = 1 / (1 + np.exp(-X @ th))
near(hh[0], 0.731, 3); near(hh[1], 0.378, 3)
J = -np.mean(yv * np.log(hh) + (1 - yv) * np.log(1 - hh)); near(J, 0.394, 3)
near(-0.5 * (np.log(0.731) + np.log(1 - 0.378)), 0.394, 3)
gr = X.T @ (hh - yv) / 2; near(gr[0], 0.05, 2); near(gr[1], -0.46, 2)
gr_r = 0.5 * np.array([[1, 1], [2, -1]]) @ np.array([-0.269, 0.378]); near(gr_r[0], 0.05, 2); near(gr_r[1], -0.46, 2)
near(hh[0] - 1, -0.269, 3); near(0.731 - 1, -0.269, 3)
J_ = lambda th: -np.mean(yv * np.log(1 / (1 + np.exp(-X @ th))) + (1 - yv) * np.log(1 - 1 / (1 + np.exp(-X @ th))))
assert np.allclose([(J_(th + e) - J_(th - e)) / 2e-6 for e in np.eye(2) * 1e-6], gr, atol=1e-6)

# softmax_jacobian_zhihu
Z = sp.symbols('z1:4'); S = sum(sp.exp(v) for v in Z); P = [sp.exp(v) / S for v in Z]
for i in range(3):
    same(sp.diff(P[i], Z[i]), (sp.exp(Z[i]) * S - sp.exp(Z[i]) ** 2) / S ** 2); same(P[i] - P[i] ** 2, P[i] * (1 - P[i]))
    for j in range(3):
        if i != j:
            same(sp.diff(P[i], Z[j]), (0 - sp.exp(Z[i]) * sp.exp(Z[j])) / S ** 2)
            fails(sp.diff(P[i], Z[j]), P[i] * P[j])  # keyed wrong
Jm = sp.Matrix(3, 3, lambda i, j: sp.diff(P[i], Z[j])); Pv = sp.Matrix(P)
assert sp.simplify(Jm - (sp.diag(*P) - Pv * Pv.T)) == sp.zeros(3, 3)
p = np.array([0.5, 0.3, 0.2]); Jn = np.diag(p) - np.outer(p, p)
assert np.allclose(Jn, [[0.25, -0.15, -0.1], [-0.15, 0.21, -0.06], [-0.1, -0.06, 0.16]]); eq(0.25 - 0.15 - 0.1, 0, 1e-12)
assert np.allclose(Jn.sum(1), 0)

# lenet5_original_params_cnblogs
eq((32 - 5) / 1 + 1, 28); eq((5 * 5 + 1) * 6, 156); eq(2 * 6, 12)
eq((6 * 3 + 6 * 4 + 3 * 4 + 1 * 6) * 25 + 16, 1516); eq(6 * 3 + 6 * 4 + 3 * 4 + 1 * 6, 60); eq(60 * 25 + 16, 1516)
eq(2 * 16, 32); eq(120 * (16 * 25 + 1), 48120); eq(84 * (120 + 1), 10164); eq(84 * 10, 840)
eq(156 + 12 + 1516 + 32 + 48120 + 10164 + 840, 60840); eq((5 * 5 * 6 + 1) * 16, 2416); eq(2416 - 1516, 900)
eq((14 - 5) + 1, 10); eq((28 - 2) / 2 + 1, 14); eq((5 - 5) + 1, 1)

# adam_two_steps_notebook
m1, v1 = 0.1 * 1, 0.001 * 1; eq(m1, 0.1); eq(v1, 0.001); eq(m1 / 0.1, 1); eq(v1 / 0.001, 1)
m2 = 0.9 * 0.1 + 0.1 * 2; v2 = 0.999 * 0.001 + 0.001 * 4
eq(m2, 0.29, 1e-12); eq(v2, 0.004999, 1e-12); eq(1 - 0.9 ** 2, 0.19, 1e-12); eq(1 - 0.999 ** 2, 0.001999, 1e-12)
near(0.29 / 0.19, 1.5263, 4); near(0.004999 / 0.001999, 2.5008, 4)
near(np.sqrt(0.004999 / 0.001999), 1.5814, 4); near(np.sqrt(2.5008), 1.5814, 4)
near((0.29 / 0.19) / np.sqrt(0.004999 / 0.001999), 0.9652, 4); near(1.5263 / 1.5814, 0.9652, 4)

# l1_l2_exam_answers
w = np.array([1.5, -0.5]); gL = np.array([0.2, -0.4])
assert np.allclose(0.1 * w, [0.15, -0.05]); assert np.allclose(gL + 0.1 * w, [0.35, -0.45])
assert np.allclose(w - 0.5 * (gL + 0.1 * w), [1.325, -0.275])
assert np.allclose(0.1 * np.sign(w), [0.1, -0.1]); assert not np.allclose(0.1 * np.sign(w), [0.1, 0.1])  # keyed wrong
assert np.allclose(0.5 * np.array([0.2 + 0.1, -0.4 - 0.1]), [0.15, -0.25])
assert np.allclose(w - [0.15, -0.25], [1.35, -0.25])
print("zh: ok")
