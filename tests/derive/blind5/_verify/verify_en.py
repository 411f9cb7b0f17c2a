"""Checks of the English documents: every claim on a correct line, every keyed-wrong line wrong."""
import numpy as np
import sympy as sp
from vh import same, near, eq, fails, numgrad, wrong_are

x, z = sp.symbols("x z", real=True)
sig = lambda t: 1 / (1 + sp.exp(-t))
npsig = lambda t: 1 / (1 + np.exp(-t))

# en01 swish
s = sig(x)
same(sp.diff(s, x), s * (1 - s))
sw = x * s
same(sp.diff(sw, x), s + x * s * (1 - s)); same(sp.diff(sw, x), s * (1 + x * (1 - s)))
assert sp.diff(sw, x).subs(x, 0) == sp.Rational(1, 2)
near(npsig(1), 0.731, 3); near(0.731 * (1 + 0.269), 0.928, 3); near(float(sp.diff(sw, x).subs(x, 1)), 0.928, 3)
be = sp.symbols("beta", positive=True)
swb = x * sig(be * x)
same(sp.diff(swb, x), sig(be * x) + be * x * sig(be * x) * (1 - sig(be * x)))
assert sp.simplify(sp.diff(swb, x).subs(be, 1) - sp.diff(sw, x)) == 0
for xv, lim in ((0.7, 1), (-0.7, 0)):
    eq(float(sp.diff(swb, x).subs({x: xv, be: 200})), lim, 1e-9)

# en02 vector MSE
m_, n_ = 3, 2
Xs = sp.Matrix([[1, 0], [1, 1], [1, 2]]); ys = sp.Matrix([1, 2, 4]); w = sp.Matrix(sp.symbols("w1 w2"))
L = ((Xs * w - ys).T * (Xs * w - ys))[0] / m_
same(L, ((w.T * Xs.T * Xs * w)[0] - 2 * (w.T * Xs.T * ys)[0] + (ys.T * ys)[0]) / m_)
grad = sp.Matrix([sp.diff(L, t) for t in w])
assert sp.simplify(grad - sp.Rational(2, m_) * Xs.T * (Xs * w - ys)) == sp.zeros(2, 1)
assert sp.simplify(grad - (2 * Xs.T * Xs * w - 2 * Xs.T * ys) / m_) == sp.zeros(2, 1)
Hs = sp.hessian(L, list(w))
assert Hs == sp.Rational(2, m_) * Xs.T * Xs and (Xs * Xs.T).shape == (3, 3)          # line 6 wrong: X Xᵀ is 3×3
wrong_are("en02", "X X^T$")
r = Xs * sp.zeros(2, 1) - ys
assert list(r) == [-1, -2, -4] and list(Xs.T * r) == [-7, -10]
assert list(grad.subs({w[0]: 0, w[1]: 0})) == [sp.Rational(-14, 3), sp.Rational(-20, 3)]
near(-14 / 3, -4.67, 2); near(-20 / 3, -6.67, 2)

# en03 softmax CE key
zv = np.array([2, 1, 0.]); ev = np.exp(zv); p = ev / ev.sum()
near(ev.sum(), 11.107, 3)
for a, b in zip(p, [0.665, 0.245, 0.090]): near(a, b, 3)
near(-np.log(p[0]), 0.408, 3); near(-np.log(0.665), 0.408, 3)
zz = sp.symbols("z1:4"); P = [sp.exp(t) / sum(sp.exp(u) for u in zz) for t in zz]
Lce = -sp.log(P[0])
for j, yj in enumerate([1, 0, 0]):
    same(sp.diff(Lce, zz[j]), P[j] - yj)
for a, b in zip(p - np.array([1, 0, 0]), [-0.335, 0.245, 0.090]): near(a, b, 3)
eq(-0.335 + 0.245 + 0.090, 0, 1e-12); eq((p - [1, 0, 0]).sum(), 0, 1e-12)
near(-1 / p[0], -1.50, 2)                                     # the quoted value is ∂L/∂p_1, called the wrong answer (N)

# en04 log-sum-exp
near(np.log(np.finfo(np.float64).max), 709.8, 1); assert np.finfo(np.float64).max > 1.7e308
cc = sp.symbols("c")
for i in range(3):
    same(sp.exp(zz[i]) / sum(sp.exp(u) for u in zz), sp.exp(zz[i] - cc) / sum(sp.exp(u - cc) for u in zz))
mm = sp.symbols("m")
same(sp.log(sum(sp.exp(u) for u in zz)), mm + sp.log(sum(sp.exp(u - mm) for u in zz)))
same(sp.log(P[1]), zz[1] - sp.log(sum(sp.exp(u) for u in zz)))
zl = np.array([1000, 1001, 1002.])
lse = 1002 + np.log(np.exp(-2) + np.exp(-1) + 1)
near(np.exp(-2) + np.exp(-1) + 1, 1.5032, 4); near(lse, 1002.4076, 4)
from math import fsum
for a, b in zip(zl - lse, [-2.4076, -1.4076, -0.4076]): near(a, b, 4)
for a, b in zip(np.exp(zl - lse), [0.090, 0.245, 0.665]): near(a, b, 3)
assert np.allclose(np.exp(zl - lse), p[::-1])

# en05 BCE derivative
pp, yy = sp.symbols("p y", positive=True)
Lb = -yy * sp.log(pp) - (1 - yy) * sp.log(1 - pp)
same(sp.diff(sp.log(1 - pp), pp), -1 / (1 - pp))
same(sp.diff(Lb, pp), -yy / pp + (1 - yy) / (1 - pp)); same(sp.diff(Lb, pp), (pp - yy) / (pp * (1 - pp)))
fails(sp.diff(Lb, pp), -yy / pp - (1 - yy) / (1 - pp))          # the quoted accepted answer is wrong (N)
d = sp.diff(Lb, pp)
eq(d.subs({yy: 1, pp: 0.8}), -1.25); eq(-1 / 0.8, -1.25); eq(d.subs({yy: 0, pp: 0.8}), 5); eq(1 / 0.2, 5, 1e-12)
bad = -yy / pp - (1 - yy) / (1 - pp)
assert bad.subs({yy: 1, pp: 0.8}) < 0 and abs(bad.subs({yy: 0, pp: 0.8}) + 5) < 1e-12
same(sp.diff(Lb.subs(pp, sig(z)), z), sig(z) - yy)

# en06 MLP matrix backprop
rng = np.random.default_rng(0)
N, D, H, C = 5, 4, 3, 2
Xn = rng.normal(size=(N, D)); W1 = rng.normal(size=(D, H)); b1 = rng.normal(size=H)
W2 = rng.normal(size=(H, C)); b2 = rng.normal(size=C); T = rng.normal(size=(N, C))
def loss(W1_=W1, b1_=b1, W2_=W2, b2_=b2):
    S = np.maximum(Xn @ W1_ + b1_, 0) @ W2_ + b2_
    return ((S - T) ** 2).sum(axis=1).mean()
Z1 = Xn @ W1 + b1; A1 = np.maximum(Z1, 0); S = A1 @ W2 + b2; G = 2 * (S - T) / N
assert np.allclose(numgrad(lambda M: loss(W2_=M), W2), A1.T @ G, atol=1e-6)
assert np.allclose(numgrad(lambda M: loss(b2_=M), b2), G.sum(axis=0), atol=1e-6)
dA1 = G @ W2.T; dZ1 = dA1 * (Z1 > 0); assert dA1.shape == (N, H)
assert np.allclose(numgrad(lambda M: loss(b1_=M), b1), dZ1.sum(axis=0), atol=1e-6)
gW1 = numgrad(lambda M: loss(W1_=M), W1)
assert np.allclose(gW1, Xn.T @ dZ1, atol=1e-6) and (dZ1.T @ Xn).shape == (H, D) != W1.shape   # cell 2 line 7 wrong
wrong_are("en06", "^T X$")
assert 784 * 100 + 100 == 78500 and 100 * 10 + 10 == 1010 and 78500 + 1010 == 79510

# en07 AlexNet
assert (227 - 11) / 4 + 1 == 55 and (227 - 11) / 4 == 54 and 11 * 11 * 3 * 96 + 96 == 34944
assert (55 - 3) / 2 + 1 == 27 and (27 - 5 + 4) / 1 + 1 == 27
assert 5 * 5 * 96 * 256 == 614400 and 5 * 5 * 96 * 256 + 256 == 614656            # line 13 wrong
assert (27 - 3) / 2 + 1 == 13 and 13 - 3 + 2 + 1 == 13 and 3 * 3 * 256 * 384 + 384 == 885120
assert (224 - 11) / 4 + 1 != int((224 - 11) / 4 + 1)
wrong_are("en07", "= 614400$")

# en08 VGG
assert 3 * 3 * 3 * 64 + 64 == 1792 and 3 * 3 * 64 * 64 + 64 == 36928 and 1792 + 36928 == 38720
assert 3 * 3 * 64 * 128 + 128 == 73856 and 3 * 3 * 128 * 128 + 128 == 147584 and 73856 + 147584 == 221440
rf = lambda n: 1 + 2 * n
assert rf(2) == 5 and rf(3) == 7
Cs = sp.symbols("C"); assert sp.expand(3 * 9 * Cs ** 2) == 27 * Cs ** 2
assert 27 * 256 ** 2 == 1769472 and 49 * 256 ** 2 == 3211264
near(1 - 27 / 49, 0.45, 2)

# en09 im2col
ho = lambda H_, p_, k, s_: (H_ + 2 * p_ - k) // s_ + 1
assert ho(32, 2, 5, 1) == 32 and (32 + 4 - 5) / 1 + 1 == 32
assert 3 * 25 == 75 and 2 * 32 * 32 == 2048
Wf = np.zeros((16, 75)); cols = np.zeros((75, 2048)); assert (Wf @ cols).shape == (16, 2048)
assert ho(7, 0, 3, 2) == 3 and (7 - 3) / 2 + 1 == 3
assert 3 * 9 == 27 and 1 * 3 * 3 == 9 and (np.zeros((4, 27)) @ np.zeros((27, 9))).shape == (4, 9)
assert 27 * 9 == 243 and 3 * 49 == 147

# en10 avg pool
xs = sp.symbols("x1:5"); yv = sum(xs) / 4
assert all(sp.diff(yv, t) == sp.Rational(1, 4) for t in xs)
eq((1 + 2 + 3 + 6) / 4, 3)
Xw = np.array([[1, 2], [3, 6.]])
dX = numgrad(lambda M: 0.8 * M.mean(), Xw)
assert np.allclose(dX, 0.2) and not np.allclose(dX, 0.8)                          # line 9 wrong
wrong_are("en10", "0.8&0.8")

# en11 RMSProp
eq(0.1 * 0.16, 0.016); near(np.sqrt(0.016), 0.12649, 5)
th1 = 1 - 0.01 * 0.4 / np.sqrt(0.016)
near(0.01 * 0.4 / 0.12649, 0.03162, 5); eq(1 - 0.03162, 0.96838); near(th1, 0.96838, 5)
eq(0.9 * 0.016 + 0.1 * 0.04, 0.0184); eq(0.0144 + 0.004, 0.0184)
near(np.sqrt(0.0184), 0.13565, 5)
th2 = th1 - 0.01 * 0.2 / np.sqrt(0.0184)
near(0.01 * 0.2 / 0.13565, 0.01474, 5); near(0.96838 - 0.01474, 0.9536, 4); near(th2, 0.9536, 4)
g1, eta = sp.symbols("g1 eta", positive=True)
same(eta * g1 / sp.sqrt(sp.Rational(1, 10) * g1 ** 2), eta / sp.sqrt(sp.Rational(1, 10)))
near(1 / np.sqrt(0.1), 3.16, 2)

# en12 Adam
def adam(gs, b1=0.9, b2=0.999, lr=0.01):
    th = m = v = 0.0; out = []
    for t, g in enumerate(gs, 1):
        m = b1 * m + (1 - b1) * g; v = b2 * v + (1 - b2) * g * g
        mh, vh_ = m / (1 - b1 ** t), v / (1 - b2 ** t)
        th -= lr * mh / np.sqrt(vh_); out.append((m, v, mh, vh_, th))
    return out
A = adam([-1, -1])
eq(A[0][0], -0.1); eq(A[0][1], 0.001); eq(A[0][2], -1); eq(A[0][3], 1); eq(A[0][4], 0.01)
eq(0.9 * (-0.1) + 0.1 * (-1), -0.19); eq(A[1][0], -0.19); eq(0.999 * 0.001 + 0.001, 0.001999); eq(A[1][1], 0.001999)
eq(A[1][2], -1); eq(A[1][3], 1); eq(A[1][4], 0.02); eq(1 - 0.9 ** 2, 0.19); eq(1 - 0.999 ** 2, 0.001999)
B = adam([-1, 0])
eq(B[1][0], -0.09); eq(0.999 * 0.001, 0.000999); eq(B[1][1], 0.000999)
near(B[1][2], -0.4737, 4); near(B[1][3], 0.4997, 4); near(np.sqrt(B[1][3]), 0.7069, 4)
near(0.01 * 0.4737 / 0.7069, 0.0067, 4); eq(0.01 + 0.0067, 0.0167); near(B[1][4], 0.0167, 4)

# en13 minibatch
xb, yb = np.array([1, 2, 1, 2.]), np.array([1, 1, 2, 2.])
r = 1 * xb - yb; assert list(r) == [0, 1, -1, 0]
Lb = (r ** 2).mean(); eq(Lb, 0.5); assert abs((0 + 1 + 1 + 0) / 4 - 0.25) > 0.2             # line 9 wrong
eq((r * xb).sum(), 1); eq(0 * 1 + 1 * 2 + (-1) * 1 + 0 * 2, 1)
W = sp.symbols("w")
Ls = sum((W * a - b) ** 2 for a, b in zip([1, 2, 1, 2], [1, 1, 2, 2])) / 4
same(sp.diff(Ls, W), sp.Rational(2, 4) * sum((W * a - b) * a for a, b in zip([1, 2, 1, 2], [1, 1, 2, 2])))
gfull = sp.diff(Ls, W).subs(W, 1); assert gfull == sp.Rational(1, 2) and gfull != 2         # line 11 wrong
gA = sp.diff(sum((W * a - b) ** 2 for a, b in zip([1, 2], [1, 1])) / 2, W).subs(W, 1)
gB = sp.diff(sum((W * a - b) ** 2 for a, b in zip([1, 2], [2, 2])) / 2, W).subs(W, 1)
assert gA == 2 and gB == -1 and (gA + gB) / 2 == gfull
eq((2 / 2) * (0 * 1 + 1 * 2), 2); eq((2 / 2) * ((-1) * 1 + 0 * 2), -1); eq((2 - 1) / 2, 0.5)
wrong_are("en13", "= 0.25$", "= 2$")

# en14 activations
th = (sp.exp(x) - sp.exp(-x)) / (sp.exp(x) + sp.exp(-x))
fails(sp.diff(th, x), 1 + th ** 2)                                                      # line 4 wrong
same(sp.diff(th, x), 1 - th ** 2)
sp_ = sp.log(1 + sp.exp(x))
same(sp.diff(sp_, x), sp.exp(x) / (1 + sp.exp(x))); same(sp.diff(sp_, x), s)
same(sp.diff(sp_, x, 2), s * (1 - s))
near(np.log(2), 0.693, 3); assert sp.diff(sp_, x).subs(x, 0) == sp.Rational(1, 2)
assert sp.simplify(sp.diff(sp_, x, 2).subs(x, 0)) == sp.Rational(1, 4)
wrong_are("en14", "1 + \\tanh^2 x$")

# en15 schedules
eq(95 // 30, 3); eq(0.1 * 0.5 ** 3, 0.0125); eq(0.1 / 8, 0.0125)
eq(0.1 * 0.5 ** (29 // 30), 0.1); eq(0.1 * 0.5 ** (30 // 30), 0.05)
eq(0.5 / (1 + 0.5 * 4), 0.5 / 3); near(0.5 / 3, 0.167, 3); eq(0.5 / (1 + 0.5 * 2), 0.5 / 2); eq(1 / 0.5, 2)
eq(0.1 * (1 - 50 / 100) ** 2, 0.025); eq(0.1 * 0.5 ** 2, 0.025); eq(0.1 * (1 - 50 / 100) ** 1, 0.05)
eq(0.4 * 2 / 8, 0.1); eq(0.4 * 8 / 8, 0.4)

# en16 gradient check
fl = sp.log(1 + sp.exp(-x))
same(sp.diff(fl, x), -sp.exp(-x) / (1 + sp.exp(-x))); same(sp.diff(fl, x), -sig(-x))
assert sp.diff(fl, x).subs(x, 0) == sp.Rational(-1, 2)
same(fl, -x / 2 + sp.log(2 * sp.cosh(x / 2)))
hh = sp.symbols("h", positive=True)
assert sp.simplify((sp.log(2 * sp.cosh(hh / 2)) - sp.log(2 * sp.cosh(-hh / 2)))) == 0
cd = (fl.subs(x, hh) - fl.subs(x, -hh)) / (2 * hh)
same(cd, sp.Rational(-1, 2))
w1, w2 = sp.symbols("w1 w2")
f2 = w1 ** 2 * w2
assert sp.diff(f2, w1).subs({w1: 1, w2: 2}) == 4 and sp.diff(f2, w2).subs({w1: 1, w2: 2}) == 1
assert sp.diff(f2, w1) == 2 * w1 * w2 and sp.diff(f2, w2) == w1 ** 2
eq(1.1 ** 2 * 2, 2.42, 1e-12); eq(0.9 ** 2 * 2, 1.62, 1e-12); eq((2.42 - 1.62) / 0.2, 4, 1e-12)
assert sp.nsimplify("((11/10)**2*2 - (9/10)**2*2)/(2/10)") == 4
eq((1 * 2.1 - 1 * 1.9) / 0.2, 1, 1e-12)
near(0.00002 / 0.50002, 4.0e-5, 6); eq(abs(0.5 - 0.50002), 0.00002, 1e-12)

# en17 scalar backprop
xv, w1v, w2v, w3v, yv = 2, 0.5, 1.5, 2, 1
a1 = w1v * xv; h1 = max(a1, 0); a2 = w2v * h1; h2 = max(a2, 0); yh = w3v * h2; L17 = (yh - yv) ** 2
assert (a1, h1, a2, h2, yh, L17) == (1, 1, 1.5, 1.5, 3, 4)
W1, W2, W3 = sp.symbols("W1 W2 W3", positive=True)
Lsym = (W3 * sp.Max(0, W2 * sp.Max(0, W1 * xv)) - yv) ** 2
vals = {W1: sp.Rational(1, 2), W2: sp.Rational(3, 2), W3: 2}
assert 2 * (yh - yv) == 4 and 4 * h2 == 6 and sp.diff(Lsym, W3).subs(vals) == 6
assert 4 * w3v == 8
g2 = sp.diff(Lsym, W2).subs(vals); assert g2 == 8 and 8 * 1.5 == 12                      # line 12 wrong
assert 8 * w2v == 12
g1 = sp.diff(Lsym, W1).subs(vals); assert g1 == 24 and 12 * 2 == 24                      # line 14 wrong (26)
wrong_are("en17", "h_2 = 8 \\cdot 1.5 = 12$", "= 26$")

# en18 L1 / L2
w_, g_, lam = sp.symbols("w g lambda")
same(sp.diff(lam / 2 * w_ ** 2, w_), lam * w_)
same(w_ - eta * (g_ + lam * w_), (1 - eta * lam) * w_ - eta * g_)
eq(1 - 0.1 * 0.1, 0.99)
wp = sp.symbols("wp", positive=True); wn = sp.symbols("wn", negative=True)
assert sp.diff(lam * sp.Abs(wp), wp) == lam and sp.diff(lam * sp.Abs(wn), wn) == -lam
soft = lambda u, t: np.sign(u) * max(abs(u) - t, 0)
near(soft(0.3, 0.1), 0.2, 12); near(soft(-0.25, 0.1), -0.15, 12); assert soft(-0.05, 0.1) == 0
assert all(soft(u, 0.1) == 0 for u in np.linspace(-0.1, 0.1, 21))

# en19 batch norm
xb = np.array([2, 4, 6, 8.])
eq(xb.mean(), 5); eq(xb.var(), 5); eq((9 + 1 + 1 + 9) / 4, 5)
near(np.sqrt(5 + 1e-5), 2.236, 3)
xh = (xb - 5) / np.sqrt(5 + 1e-5)
near(xh[0], -1.342, 3); assert abs(xh[0] - (-1.432)) > 0.05 and abs(-3 / 2.236 + 1.432) > 0.05   # line 7 wrong
for a, b in zip(xh[1:], [-0.447, 0.447, 1.342]): near(a, b, 3)
near(xb.var(ddof=1), 6.667, 3); eq(20 / 3, xb.var(ddof=1), 1e-12)
eq(0.9 * 0 + 0.1 * 5, 0.5); near(0.9 * 1 + 0.1 * 6.667, 1.567, 3); near(0.9 + 0.1 * 20 / 3, 1.567, 3)
wrong_are("en19", "-1.432")

# en20 normal equation / ridge
X1 = np.array([[1, 1], [1, 2.]]); y1 = np.array([3, 5.])
assert np.allclose(np.linalg.solve(X1, y1), [1, 2]) and np.allclose(X1 @ [1, 2] - y1, 0)
X2 = np.array([[1.], [2.]]); y2 = np.array([2, 4.])
eq((X2.T @ X2)[0, 0], 5); eq((X2.T @ y2)[0], 10); eq(10 / 5, 2)
eq(np.linalg.solve(X2.T @ X2 + np.eye(1), X2.T @ y2)[0], 5 / 3); near(5 / 3, 1.667, 3)
eq(np.linalg.solve(X2.T @ X2 + 5 * np.eye(1), X2.T @ y2)[0], 1)
print("verify_en: ok")
