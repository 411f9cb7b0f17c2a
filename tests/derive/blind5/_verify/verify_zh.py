"""Checks of the Chinese documents: every claim on a correct line, every keyed-wrong line wrong."""
import numpy as np
import sympy as sp
from vh import same, near, eq, fails, wrong_are

z = sp.symbols("z", real=True)
sig = lambda t: 1 / (1 + sp.exp(-t))

# zh01 softmax + CE
zz = sp.symbols("z1:4"); ys = sp.symbols("y1:4")
P = [sp.exp(t) / sum(sp.exp(u) for u in zz) for t in zz]
for i in range(3):
    same(sp.log(P[i]), zz[i] - sp.log(sum(sp.exp(u) for u in zz)))
    for j in range(3):
        same(sp.diff(sp.log(P[i]), zz[j]), (1 if i == j else 0) - P[j])
L = -sum(y * sp.log(p) for y, p in zip(ys, P))
for j in range(3):
    same(sp.diff(L, zz[j]), -sum(ys[i] * ((1 if i == j else 0) - P[j]) for i in range(3)))
    same(-sum(ys[i] * ((1 if i == j else 0) - P[j]) for i in range(3)), -ys[j] + P[j] * sum(ys))
    same(sp.diff(L, zz[j]).subs(ys[2], 1 - ys[0] - ys[1]), (P[j] - ys[j]).subs(ys[2], 1 - ys[0] - ys[1]))
p4 = np.exp(np.ones(4)) / np.exp(np.ones(4)).sum(); assert np.allclose(p4, 0.25)
near(-np.log(0.25), 1.386, 3); assert np.allclose(p4 - [0, 1, 0, 0], [0.25, -0.75, 0.25, 0.25]); eq((p4 - [0, 1, 0, 0]).sum(), 0)
e2 = np.exp([0, np.log(3)]); p2 = e2 / e2.sum(); assert np.allclose(p2, [0.25, 0.75])
eq(-np.log(p2[0]), np.log(4), 1e-12); assert np.allclose(p2 - [1, 0], [-0.75, 0.75])

# zh02 logistic regression
w, b = sp.symbols("w b"); x1, x2 = 2, -1; y1, y2 = 1, 0
zi = lambda xi: w * xi + b
J = -sp.Rational(1, 2) * sum(yi * sp.log(sig(zi(xi))) + (1 - yi) * sp.log(1 - sig(zi(xi))) for xi, yi in ((x1, y1), (x2, y2)))
Jz = sp.symbols("zz"); yy = sp.symbols("yy")
single = -(yy * sp.log(sig(Jz)) + (1 - yy) * sp.log(1 - sig(Jz)))
same(sp.diff(single, Jz), sig(Jz) - yy)                                  # ∂J/∂z_i = (ŷ_i − y_i)/m
same(sp.diff(J, w), sp.Rational(1, 2) * sum((sig(zi(xi)) - yi) * xi for xi, yi in ((x1, y1), (x2, y2))))
Xm = np.array([[2.], [-1.]]); r = np.array([0.5 - 1, 0.5 - 0])
eq((Xm.T @ r)[0] / 2, sum(ri * xi for ri, xi in zip(r, [2, -1])) / 2)
gb = sp.diff(J, b).subs({w: 0, b: 0})
assert gb == 0 and sp.Rational(1, 2) * ((sp.Rational(1, 2) - 1) * 2 + sp.Rational(1, 2) * (-1)) != 0   # line 6 wrong
same(sp.diff(J, b), sp.Rational(1, 2) * sum(sig(zi(xi)) - yi for xi, yi in ((x1, y1), (x2, y2))))
assert sig(0) == sp.Rational(1, 2); near(float(J.subs({w: 0, b: 0})), 0.693, 3); eq(float(J.subs({w: 0, b: 0})), np.log(2), 1e-12)
gw = sp.diff(J, w).subs({w: 0, b: 0}); assert gw == sp.Rational(-3, 4)            # line 10 wrong (−0.25)
eq(0.5 * ((0.5 - 1) * 2 + (0.5 - 0) * (-1)), -0.75); assert -1 - 0.5 == -1.5
wrong_are("zh02", "故 $\\frac{\\partial J}{\\partial b}", "= -0.25$")

# zh03 ResNet bottleneck
assert 256 * 64 == 16384 and 3 * 3 * 64 * 64 == 36864 and 64 * 256 == 16384 and 16384 + 36864 + 16384 == 69632
assert 2 * 9 * 256 ** 2 == 1179648; near(1179648 / 69632, 16.9, 1)
assert (56 + 2 - 3) // 2 == 27 and 27 + 1 == 28

# zh04 Xavier uniform
a, t = sp.symbols("a t", positive=True)
same(sp.integrate(t ** 2 / (2 * a), (t, -a, a)), (2 * a) ** 2 / 12); same((2 * a) ** 2 / 12, a ** 2 / 3)
n = sp.symbols("n", positive=True)
sol = sp.solve(sp.Eq(a ** 2 / 3, 2 / n), a); assert len(sol) == 1; same(sol[0], sp.sqrt(6 / n))
assert 256 + 128 == 384 and sp.Rational(6, 384) == sp.Rational(1, 64)
aval = sp.sqrt(sp.Rational(6, 384)); assert aval == sp.Rational(1, 8) and aval != sp.Rational(1, 64)   # line 9 wrong
near(1 / 64, 0.0156, 4)
wrong_are("zh04", "= 1/64 ≈ 0.0156$")

# zh05 momentum forms
beta, eta = 0.9, 0.5
th, v = 2.0, 0.0; A = []
for _ in range(2):
    g = th; v = beta * v + (1 - beta) * g; th -= eta * v; A.append((g, v, th))
eq(A[0][0], 2); eq(A[0][1], 0.2); eq(A[0][2], 1.9); eq(0.1 * 2, 0.2); eq(2 - 0.5 * 0.2, 1.9)
eq(A[1][0], 1.9); eq(A[1][1], 0.37); eq(A[1][2], 1.715); eq(0.9 * 0.2 + 0.1 * 1.9, 0.37); eq(1.9 - 0.5 * 0.37, 1.715)
th, u = 2.0, 0.0; etap = eta * (1 - beta); eq(etap, 0.05); eq(0.5 * 0.1, 0.05)
Bs = []
for _ in range(2):
    g = th; u = beta * u + g; th -= etap * u; Bs.append((u, th))
eq(Bs[0][0], 2); eq(Bs[0][1], 1.9); eq(2 - 0.05 * 2, 1.9); eq(Bs[1][0], 3.7); eq(0.9 * 2 + 1.9, 3.7)
eq(Bs[1][1], 1.715); eq(1.9 - 0.05 * 3.7, 1.715)
bsym = sp.symbols("beta"); gs = sp.symbols("g1:6"); vv = uu = 0
for g in gs:
    vv = bsym * vv + (1 - bsym) * g; uu = bsym * uu + g
    same(vv, (1 - bsym) * uu)
same(sp.diff(sp.Rational(1, 2) * z ** 2, z), z)

# zh06 dropout variance
p, h = sp.symbols("p h", positive=True)
Em = p; Em2 = p                                           # Bernoulli(p): E[m] = E[m^2] = p
same(h / p * Em, h); same(h ** 2 / p ** 2 * Em2, h ** 2 / p)
same(h ** 2 / p - h ** 2, h ** 2 * (1 - p) / p)
V = h ** 2 * (1 - p) / p
eq(V.subs({h: 2, p: sp.Rational(1, 2)}), 4); eq(4 * 0.5 / 0.5, 4)
eq(V.subs({h: 2, p: sp.Rational(4, 5)}), 1); eq(4 * 0.2 / 0.8, 1, 1e-12)
assert sp.diff(V, p).subs(h, 2).subs(p, sp.Rational(1, 2)) < 0 and V.subs(p, 1) == 0

# zh07 linear regression step
X = np.array([[1, 1], [1, 2], [1, 3.]]); y = np.array([2, 2, 4.]); th0 = np.zeros(2)
Xs = sp.Matrix([[1, 1], [1, 2], [1, 3]]); Ys = sp.Matrix([2, 2, 4]); T = sp.Matrix(sp.symbols("t0 t1"))
Js = ((Xs * T - Ys).T * (Xs * T - Ys))[0] / 6
assert sp.simplify(sp.Matrix([sp.diff(Js, t) for t in T]) - (Xs.T * (Xs * T - Ys)) / 3) == sp.zeros(2, 1)
assert list(X @ th0 - y) == [-2, -2, -4]; eq(((X @ th0 - y) ** 2).sum() / 6, 4); eq((4 + 4 + 16) / 6, 4)
assert list(X.T @ (X @ th0 - y)) == [-8, -18]
grad = [sp.diff(Js, t).subs({T[0]: 0, T[1]: 0}) for t in T]
assert grad == [sp.Rational(-8, 3), -6] and grad != [-8, -18]                    # line 8 wrong
wrong_are("zh07", "故 $\\nabla J")
print("verify_zh: ok")
