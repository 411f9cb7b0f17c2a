"""Checks of the Korean documents: every claim on a correct line, every keyed-wrong line wrong."""
import numpy as np
import sympy as sp
from vh import same, near, eq, fails, wrong_are

x, z = sp.symbols("x z", real=True)
sig = lambda t: 1 / (1 + sp.exp(-t))

# ko01 sigmoid / tanh
s = sig(x)
d = sp.diff(s, x)
same(d, sp.exp(-x) / (1 + sp.exp(-x)) ** 2)
same(-1 / (1 + sp.exp(-x)) ** 2 * (-sp.exp(-x)), sp.exp(-x) / (1 + sp.exp(-x)) ** 2)
same(1 - s, sp.exp(-x) / (1 + sp.exp(-x)))
same(d, s * (1 - s))
assert sig(0) == sp.Rational(1, 2) and d.subs(x, 0) == sp.Rational(1, 4)
near(sig(2).evalf(), 0.881, 3); near(0.881 * 0.119, 0.105, 3); near(d.subs(x, 2).evalf(), 0.105, 3)
th = (sp.exp(x) - sp.exp(-x)) / (sp.exp(x) + sp.exp(-x))
same(sp.diff(th, x), ((sp.exp(x) + sp.exp(-x)) ** 2 - (sp.exp(x) - sp.exp(-x)) ** 2) / (sp.exp(x) + sp.exp(-x)) ** 2)
same(sp.diff(th, x), 1 - th ** 2)
assert sp.expand((sp.exp(x) + sp.exp(-x)) ** 2 - (sp.exp(x) - sp.exp(-x)) ** 2) == 4
same(sp.diff(th, x), 4 / (sp.exp(x) + sp.exp(-x)) ** 2)
near(np.tanh(1), 0.762, 3); near(1 - np.tanh(1) ** 2, 0.420, 3)
same(th, 2 * sig(2 * x) - 1)
same(sp.diff(th, x), 4 * sp.diff(sig(z), z).subs(z, 2 * x))

# ko02 scalar MSE
xs, ys, w, b, m = np.array([1, 2, 3.]), np.array([2, 3, 5.]), 1.0, 0.0, 3
W, B = sp.symbols("w b")
Ls = sum((W * xi + B - yi) ** 2 for xi, yi in zip([1, 2, 3], [2, 3, 5])) / 3
r = w * xs + b - ys
assert list(w * xs + b) == [1, 2, 3] and list(r) == [-1, -1, -2]
eq(Ls.subs({W: 1, B: 0}), 2); eq((1 + 1 + 4) / 3, 2)
gw = sp.diff(Ls, W).subs({W: 1, B: 0}); gb = sp.diff(Ls, B).subs({W: 1, B: 0})
same(sp.diff(Ls, W), sum(2 * (W * xi + B - yi) * xi for xi, yi in zip([1, 2, 3], [2, 3, 5])) / 3)
assert gw == -6 and gw != -3                            # line 10 wrong: claims -3
eq((1 / 3) * (-1 * 1 - 1 * 2 - 2 * 3), -3)                 # its arithmetic alone is right; the factor 2 is missing
assert gb == sp.Rational(-8, 3); near(-8 / 3, -2.67, 2)
near(0 - 0.1 * (-8 / 3), 0.267, 3)
wrong_are("ko02", "= -3$")

# ko03 normal equation
X = np.array([[1, 1], [1, 2], [1, 3.]]); y = np.array([1, 2, 2.])
assert (X.T @ X == [[3, 6], [6, 14]]).all() and (X.T @ y == [5, 11]).all()
eq(np.linalg.det(X.T @ X), 6, 1e-9)
assert np.allclose(np.linalg.inv(X.T @ X), np.array([[14, -6], [-6, 3]]) / 6)
assert (14 * 5 - 6 * 11, -6 * 5 + 3 * 11) == (4, 3)
assert np.allclose(np.linalg.solve(X.T @ X, X.T @ y), [2 / 3, 1 / 2])
th_ = sp.Matrix(sp.symbols("t0 t1")); Xs = sp.Matrix([[1, 1], [1, 2], [1, 3]]); Ys = sp.Matrix([1, 2, 2])
J = ((Xs * th_ - Ys).T * (Xs * th_ - Ys))[0] / 2
assert sp.simplify(sp.Matrix([sp.diff(J, t) for t in th_]) - Xs.T * (Xs * th_ - Ys)) == sp.zeros(2, 1)
X = np.array([[1, 0], [1, 1], [1, 2], [1, 3.]]); y = np.array([1, 3, 4, 6.])
assert (X.T @ X == [[4, 6], [6, 14]]).all() and (X.T @ y == [14, 29]).all()
eq(np.linalg.det(X.T @ X), 20, 1e-9)
assert (14 * 14 - 6 * 29, -6 * 14 + 4 * 29) == (22, 32)
assert np.allclose(np.linalg.solve(X.T @ X, X.T @ y), [1.1, 1.6]) and np.allclose(np.array([22, 32]) / 20, [1.1, 1.6])

# ko04 BCE
p, yy = sp.symbols("p y", positive=True)
L = -(yy * sp.log(p) + (1 - yy) * sp.log(1 - p))
same(sp.diff(L, p), -yy / p + (1 - yy) / (1 - p)); same(sp.diff(L, p), (p - yy) / (p * (1 - p)))
same(sp.diff(sig(z), z), sig(z) * (1 - sig(z)))
dz = sp.diff(L.subs(p, sig(z)), z)
same(dz, sig(z) - yy)
fails(dz, yy - sig(z))                                  # line 7 wrong: sign
near(1 / (1 + np.exp(-0.5)), 0.6225, 4); near(-np.log(1 / (1 + np.exp(-0.5))), 0.474, 3)
near(-np.log(0.6225), 0.474, 3)
wrong_are("ko04", "= y - p$")

# ko05 softmax Jacobian
zz = sp.symbols("z1:4"); e = [sp.exp(t) for t in zz]; P = [t / sum(e) for t in e]
for i in range(3):
    for j in range(3):
        same(sp.diff(P[i], zz[j]), P[i] * ((1 if i == j else 0) - P[j]))
    pass
Jm = sp.Matrix(3, 3, lambda i, j: sp.diff(P[i], zz[j]))
pv = sp.Matrix(P)
assert sp.simplify(Jm - (sp.diag(*P) - pv * pv.T)) == sp.zeros(3, 3)
for j in range(3):
    assert sp.simplify(sum(Jm[i, j] for i in range(3))) == 0
v = {zz[0]: 0, zz[1]: sp.log(2), zz[2]: sp.log(5)}
assert [sp.simplify(t.subs(v)) for t in e] == [1, 2, 5]
pn = [sp.simplify(t.subs(v)) for t in P]
assert pn == [sp.Rational(1, 8), sp.Rational(1, 4), sp.Rational(5, 8)]
Jn = Jm.subs(v).applyfunc(sp.simplify)
assert Jn[0, 0] == sp.Rational(7, 64) and Jn[1, 0] == sp.Rational(-1, 32) and Jn[2, 2] == sp.Rational(15, 64)
assert sp.Rational(7, 64) - sp.Rational(1, 32) - sp.Rational(5, 64) == 0 and Jn[2, 0] == sp.Rational(-5, 64)

# ko06 conv TA key
out = lambda W_, K, P_, S: (W_ - K + 2 * P_) // S + 1
assert out(32, 5, 0, 1) == 28 and 5 * 5 * 3 * 8 + 8 == 608
assert (32 - 5) // 1 == 27                               # the quoted wrong answer is called wrong (N)
assert (28 - 3 + 2) // 2 == 13 and out(28, 3, 1, 2) == 14
assert 3 * 3 * 8 * 16 == 1152 and 3 * 3 * 8 * 16 + 16 == 1168   # line 12 wrong: with biases it is 1168
assert out(14, 2, 0, 2) == 7 and (14 - 2) / 2 == 6                # line 15 wrong: output is 7
wrong_are("ko06", "= 1152$", "= 6$")

# ko07 LeNet-5
assert 32 - 5 + 1 == 28 and 5 * 5 * 1 * 6 + 6 == 156 and 28 / 2 == 14
assert 14 - 5 + 1 == 10 and 5 * 5 * 6 * 16 + 16 == 2416 and 10 / 2 == 5
assert 5 - 5 + 1 == 1 and 5 * 5 * 16 * 120 + 120 == 48120
assert 120 * 84 + 84 == 10164 and 84 * 10 + 10 == 850
assert 156 + 2416 + 48120 + 10164 + 850 == 61706
# original C3 (partial connection table): 6 maps see 3, 9 see 4, 1 sees 6 inputs: 25*(6*3+9*4+6) + 16 biases
assert 25 * (6 * 3 + 9 * 4 + 1 * 6) + 16 == 1516

# ko08 backprop notebook
h = 1 / (1 + np.exp(-0.5)); yh = 2 * h; L8 = 0.5 * (yh - 1) ** 2
eq(0.5 * 1, 0.5); near(h, 0.6225, 4); near(2 * 0.6225, 1.245, 3); near(yh, 1.245, 3)
near(0.5 * (1.245 - 1) ** 2, 0.0300, 4); near(L8, 0.0300, 4)
near(yh - 1, 0.245, 3)
g_w2 = (yh - 1) * h
near(g_w2, 0.1525, 4); near(0.245 * 0.6225, 0.1525, 4)
assert abs(0.245 * 0.6225 - 0.1425) > 0.005 and abs(g_w2 - 0.1425) > 0.005   # cell 4 line 3 wrong
near((yh - 1) * 2, 0.490, 3); near(h * (1 - h), 0.235, 3); near(0.6225 * 0.3775, 0.235, 3)
g_w1 = (yh - 1) * 2 * h * (1 - h) * 1
near(g_w1, 0.115, 3); assert abs(g_w1 - 0.490) > 0.3                          # cell 4 line 6 wrong
wrong_are("ko08", "0.1425", "x ≈ 0.490")

# ko09 batch norm
xb = np.array([1, 2, 3, 6.]); mu = xb.mean(); var = xb.var()
eq(mu, 3); assert list(xb - mu) == [-2, -1, 0, 3]; eq(var, 3.5); eq((4 + 1 + 0 + 9) / 4, 3.5)
near(np.sqrt(3.5), 1.871, 3)
xh = (xb - mu) / np.sqrt(var)
for a_, b_ in zip(xh, [-1.0690, -0.5345, 0, 1.6036]): near(a_, b_, 4)
for a_, b_ in zip(np.array([-2, -1, 0, 3]) / np.sqrt(3.5), [-1.0690, -0.5345, 0, 1.6036]): near(a_, b_, 4)
for a_, b_ in zip(2 * np.array([-1.0690, -0.5345, 0, 1.6036]) + 0.5, [-1.638, -0.569, 0.5, 3.707]): near(a_, b_, 3)
for a_, b_ in zip(2 * xh + 0.5, [-1.638, -0.569, 0.5, 3.707]): near(a_, b_, 3)
xb = np.array([0, 4.]); eq(xb.mean(), 2); eq(xb.var(), 4); eq((4 + 4) / 2, 4)
assert list((xb - 2) / 2) == [-1, 1]
eq((-1 + 1) / 2, 0); eq((1 + 1) / 2, 1)

# ko10 dropout
P_, H_ = sp.symbols("p h", positive=True)
same((P_ * H_ + (1 - P_) * 0) / P_, H_)
hv, mv = np.array([2, 4, 5, 1.]), np.array([1, 0, 1, 1.])
assert np.allclose(mv * hv / 0.8, [2.5, 0, 6.25, 1.25]) and np.allclose([2 / 0.8, 0, 5 / 0.8, 1 / 0.8], [2.5, 0, 6.25, 1.25])
eq(1 / (1 - 0.5), 2); eq(1 / (1 - 0.2), 1.25, 1e-12)
same((1 - P_) * H_ / (1 - P_), H_)

# ko11 Adam
eq(0.1 * 0.5, 0.05); eq(0.001 * 0.25, 0.00025); eq(0.05 / 0.1, 0.5); eq(0.00025 / 0.001, 0.25)
eq(1 - 0.001 * 0.5 / np.sqrt(0.25), 0.999)
eq(0.999 * 0.00025 + 0.001 * 0.09, 0.00033975)
eq(1 - 0.999 ** 2, 0.001999); near(0.00033975 / 0.001999, 0.16996, 5)
eq(0.9 * 0.05 + 0.1 * 0.3, 0.075)
mh2 = 0.075 / (1 - 0.9 ** 2)
near(mh2, 0.395, 3); assert abs(mh2 - 0.75) > 0.3                             # line 16 wrong
wrong_are("ko11", "= 0.75$")

# ko12 initialisation
eq(2 / 768, 1 / 384); near(np.sqrt(1 / 384), 0.0510, 4)
a_ = sp.symbols("a", positive=True); t_ = sp.symbols("t")
same(sp.integrate(t_ ** 2 / (2 * a_), (t_, -a_, a_)), a_ ** 2 / 3)
near(np.sqrt(6 / 768), 0.0884, 4)
eq(np.sqrt(2 / 512), 1 / 16); eq(1 / 16, 0.0625)
# E[relu(z)^2] = Var(z)/2 for z symmetric with mean 0 (normal case, by symbolic integration)
s2 = sp.symbols("s", positive=True); t2 = sp.symbols("t", real=True)
pdf = sp.exp(-t2 ** 2 / (2 * s2 ** 2)) / (s2 * sp.sqrt(2 * sp.pi))
same(sp.integrate(t2 ** 2 * pdf, (t2, 0, sp.oo)), s2 ** 2 / 2)

# ko13 weight decay
w_, g_, lam, eta = sp.symbols("w g lambda eta")
same(sp.diff(lam / 2 * w_ ** 2, w_), lam * w_)
same(w_ - eta * (g_ + lam * w_), (1 - eta * lam) * w_ - eta * g_)
eq((1 - 0.1 * 0.01) * 2 - 0.1 * 0.5, 1.948); eq((1 - 0.001) * 2, 1.998); eq(1.998 - 0.05, 1.948)
fails(sp.diff(lam * w_ ** 2, w_), lam * w_)                                     # line 10 wrong: 2λw
wrong_are("ko13", "∇L = ∇L_0 + λ w$")

# ko14 gradient check
f = lambda t: t ** 3
eq(3 * 2 ** 2, 12); eq(f(2.01), 8.120601, 1e-12); eq(f(1.99), 7.880599, 1e-12)
eq((8.120601 - 7.880599), 0.240002, 1e-12); eq(0.240002 / 0.02, 12.0001, 1e-10)
eq((8.120601 - 8) / 0.01, 12.0601, 1e-10)
hh = sp.symbols("h", positive=True)
same(((x + hh) ** 3 - (x - hh) ** 3) / (2 * hh), 3 * x ** 2 + hh ** 2)
eq(12.0001 - 12, 0.01 ** 2, 1e-12)
near(0.0001 / 12.0001, 8.3e-6, 7); assert 0.0001 / 12.0001 < 1e-5

# ko15 softplus
sp_ = sp.log(1 + sp.exp(x))
same(sp.diff(sp_, x), sp.exp(x) / (1 + sp.exp(x))); same(sp.diff(sp_, x), sig(x))
fails(sp.diff(sp_, x), 1 / (1 + sp.exp(x)))                                    # the quoted earlier answer is wrong (N)
near(np.log(2), 0.693, 3); assert sig(0) == sp.Rational(1, 2) and (1 / (1 + sp.exp(0))) == sp.Rational(1, 2)
near(1 / (1 + np.exp(-2)), 0.881, 3); near(1 / (1 + np.exp(2)), 0.119, 3)
near(np.log1p(np.exp(30.0)), 30.0, 9)

# ko16 max pool
Xp = np.array([[1, 3, 0, 2], [2, 0, 1, 5], [4, 1, 2, 2], [0, 2, 3, 1.]])
G = np.array([[0.5, -1], [2, 0.25]])
Y = Xp.reshape(2, 2, 2, 2).max(axis=(1, 3)); assert (Y == [[3, 5], [4, 3]]).all()
def pool_loss(M): return (M.reshape(2, 2, 2, 2).max(axis=(1, 3)) * G).sum()
from vh import numgrad
dX = numgrad(pool_loss, Xp)
assert np.allclose(dX, [[0, 0.5, 0, 0], [0, 0, 0, -1], [2, 0, 0, 0], [0, 0, 0.25, 0]], atol=1e-6)
eq(0.5 - 1 + 2 + 0.25, 1.75); eq(dX.sum(), G.sum(), 1e-6)

# ko17 momentum
eq(2 * 1, 2); eq(0.9 * 0 + 2, 2); eq(1 - 0.1 * 2, 0.8)
eq(2 * 0.8, 1.6); eq(0.9 * 2 + 1.6, 3.4)
th2 = 0.8 - 0.1 * 3.4
eq(th2, 0.46); assert abs(th2 - 1.14) > 0.5 and abs(0.8 + 0.1 * 3.4 - 1.14) < 1e-12   # line 7 wrong
wrong_are("ko17", "= 1.14$")

# ko18 schedules
eq(0.1 * 0.5 ** (25 // 10), 0.025); eq(0.1 * 0.5 ** 2, 0.025)
near(0.1 * np.exp(-1), 0.0368, 4)
eq(0 + 0.5 * (0.1 - 0) * (1 + np.cos(np.pi / 2)), 0.05)
near(1 + np.cos(np.pi / 4), 1.7071, 4); near(0.05 * 1.7071, 0.0854, 4); near(0.05 * (1 + np.cos(np.pi / 4)), 0.0854, 4)
eq(0.05 * (1 + np.cos(np.pi)), 0)
eq(0.2 * 2 / 5, 0.08)
print("verify_ko: ok")
