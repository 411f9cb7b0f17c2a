"""Checks the claims of English files (part 3); keyed-wrong lines are asserted wrong."""
import numpy as np
import sympy as sp
from vh import same, near, eq, fails, numgrad

R = sp.Rational
rng = np.random.default_rng(3)

# maxpool_avgpool_backward
X = np.array([[1, 3, 2, 0], [4, 2, 1, 5], [0, 1, 3, 2], [2, 6, 1, 1]], float); dY = np.array([[0.1, -0.2], [0.3, 0.4]])
blocks = X.reshape(2, 2, 2, 2).transpose(0, 2, 1, 3).reshape(2, 2, 4)
assert (blocks.max(-1) == [[4, 5], [6, 3]]).all() and np.allclose(blocks.mean(-1), [[2.5, 2], [2.25, 1.75]])
assert all((b == b.max()).sum() == 1 for b in blocks.reshape(4, 4))  # no ties in this example
def mp(X): return X.reshape(2, 2, 2, 2).transpose(0, 2, 1, 3).reshape(2, 2, 4).max(-1)
def ap(X): return X.reshape(2, 2, 2, 2).transpose(0, 2, 1, 3).reshape(2, 2, 4).mean(-1)
gmax = numgrad(lambda M: (mp(M) * dY).sum(), X, h=1e-4); gavg = numgrad(lambda M: (ap(M) * dY).sum(), X)
assert np.allclose(gmax, [[0, 0, 0, 0], [0.1, 0, 0, -0.2], [0, 0, 0.4, 0], [0, 0.3, 0, 0]], atol=1e-6)
assert np.allclose(gavg, [[0.025, 0.025, -0.05, -0.05], [0.025, 0.025, -0.05, -0.05], [0.075, 0.075, 0.1, 0.1], [0.075, 0.075, 0.1, 0.1]])
eq(gmax.sum(), 0.6, 1e-6); eq(gavg.sum(), 0.6, 1e-9); eq(0.1 - 0.2 + 0.3 + 0.4, 0.6, 1e-12)

# conv_backward_1d_notes
x = np.array([1., 2, -1, 3]); w = np.array([2., -1]); d = np.array([1., 0, 2])
corr = lambda x, w: np.array([sum(w[k] * x[i + k] for k in range(2)) for i in range(3)])
assert (corr(x, w) == [0, 5, -5]).all()
eq(1 * 2 + 2 * (-1), 0); eq(2 * 2 + (-1) * (-1), 5); eq((-1) * 2 + 3 * (-1), -5)
gw = numgrad(lambda M: corr(x, M) @ d, w); gx = numgrad(lambda M: corr(M, w) @ d, x)
xs = sp.symbols('x0:6'); ws = sp.symbols('w0:3'); ds = sp.symbols('d0:4')  # symbolic check of both formulas, N = 6, K = 3
ysym = [sum(ws[k] * xs[i + k] for k in range(3)) for i in range(4)]; Ls = sum(ds[i] * ysym[i] for i in range(4))
for k in range(3):
    same(sp.diff(Ls, ws[k]), sum(ds[i] * xs[i + k] for i in range(4)))
for j in range(6):
    same(sp.diff(Ls, xs[j]), sum(ds[j - k] * ws[k] for k in range(3) if 0 <= j - k <= 3))
assert np.allclose(gw, [-1, 8]); eq(1 * 1 + 0 * 2 + 2 * (-1), -1); eq(1 * 2 + 0 * (-1) + 2 * 3, 8)
assert np.allclose(gx, [2, -1, 4, -2])
pad = np.array([0., 1, 0, 2, 0]); fl = np.array([-1., 2])
assert np.allclose([pad[j:j + 2] @ fl for j in range(4)], [2, -1, 4, -2])
eq(d[0] * w[0], 2); assert d[0] * w[0] + d[1] * w[1] == 2 and abs(gx[1] - 2) > 1  # keyed wrong
eq(d[2] * w[0] + d[1] * w[1], 4); eq(d[2] * w[1], -2)

# batchnorm_forward_backward_colab
m = 4; xb = rng.normal(size=m); gam, bet = 1.7, -0.3; dyb = rng.normal(size=m)
def bn(x, g, b):
    xh = (x - x.mean()) / np.sqrt(x.var()); return g * xh + b
xhb = (xb - xb.mean()) / np.sqrt(xb.var()); sg = np.sqrt(xb.var())
assert np.isclose(numgrad(lambda M: bn(xb, gam, M[0]) @ dyb, np.array([bet]))[0], dyb.sum(), atol=1e-6)
assert np.isclose(numgrad(lambda M: bn(xb, M[0], bet) @ dyb, np.array([gam]))[0], dyb @ xhb, atol=1e-6)
assert np.allclose(numgrad(lambda M: bn(M, gam, bet) @ dyb, xb), gam / (m * sg) * (m * dyb - dyb.sum() - xhb * (dyb @ xhb)), atol=1e-6)
x = np.array([1., 2, 3, 6]); eq(x.mean(), 3); eq(12 / 4, 3); eq(x.var(), 3.5); eq((4 + 1 + 0 + 9) / 4, 3.5); near(np.sqrt(3.5), 1.8708, 4)
xh = (x - 3) / np.sqrt(3.5); [near(a, b, 4) for a, b in zip(xh, [-1.0690, -0.5345, 0, 1.6036])]
assert np.abs((x - 3) / np.sqrt(3.5 + 1e-5) - xh).max() < 5e-6
[near(a, b, 4) for a, b in zip(2 * xh + 0.5, [-1.6381, -0.5690, 0.5, 3.7071])]
dy = np.array([0.1, -0.2, 0.3, 0.4]); eq(dy.sum(), 0.6, 1e-12); near(dy @ xh, 0.6414, 4)
[near(a, b, 4) for a, b in zip(dy * xh, [-0.1069, 0.1069, 0, 0.6414])]; eq(-0.1069 + 0.1069 + 0 + 0.6414, 0.6414, 1e-12)
br = 4 * dy - dy.sum() - xh * (dy @ xh); [near(a, b, 4) for a, b in zip(br, [0.4857, -1.0571, 0.6, -0.0286])]
near(2 / (4 * 1.8708), 0.2673, 4); near(2 / (4 * np.sqrt(3.5)), 0.2673, 4)
dx = 2 / (4 * np.sqrt(3.5)) * br; [near(a, b, 4) for a, b in zip(dx, [0.1298, -0.2825, 0.1604, -0.0076])]
assert abs(dx.sum()) < 1e-12; eq(0.1298 - 0.2825 + 0.1604 - 0.0076, 0.0001, 1e-12)
assert np.allclose(numgrad(lambda M: bn(M + 0.37, 2, 0.5) @ dy, x), numgrad(lambda M: bn(M, 2, 0.5) @ dy, x), atol=1e-6)

# dropout_expectation_notes
p, xv = sp.symbols('p x', positive=True)
Ey = p * (1 * xv / p) + (1 - p) * 0; same(Ey, xv)
Ey2 = p * (xv / p) ** 2; same(Ey2, xv ** 2 / p); same(xv ** 2 / p - xv ** 2, xv ** 2 * (1 - p) / p)
Vy = Ey2 - Ey ** 2; same(Vy, xv ** 2 * (1 - p) / p)
eq(16 * 0.2 / 0.8, 4); eq(4 / 0.8, 5); eq((xv ** 2 * (1 - p) / p).subs({xv: 4, p: R(4, 5)}), 4)
q = 1 - p  # PyTorch: p is the drop rate, keep prob 1 - p
Eyq = q * (xv / q); same(Eyq, xv); same(q * (xv / q) ** 2 - xv ** 2, xv ** 2 * p / (1 - p))
eq(1 / (1 - 0.2), 1.25); eq((xv ** 2 * p / (1 - p)).subs({xv: 4, p: R(1, 5)}), 4)

# xavier_he_init_lecture
nin = 8; W = rng.normal(0, 0.3, size=(200000, nin)); Xs = rng.normal(0, 1.5, size=(200000, nin))
zs = (W * Xs).sum(1); assert abs(zs.var() / (nin * 0.09 * 2.25) - 1) < 0.02
a = sp.symbols('a', positive=True); u = sp.symbols('u')
same(sp.integrate(u ** 2 / (2 * a), (u, -a, a)), (2 * a) ** 2 / 12); same((2 * a) ** 2 / 12, a ** 2 / 3)
ni, no = sp.symbols('n_in n_out', positive=True); same((sp.sqrt(6 / (ni + no))) ** 2 / 3, 2 / (ni + no))
h = sp.symbols('h', real=True); sd = sp.symbols('s', positive=True); dens = sp.exp(-h ** 2 / (2 * sd ** 2)) / (sd * sp.sqrt(2 * sp.pi))
same(sp.integrate(h ** 2 * dens, (h, 0, sp.oo)), sd ** 2 / 2)
near(2 / 384, 0.005208, 6); eq(np.sqrt(6 / 384), 0.125); eq(6 / 384, 0.015625); eq(2 / 256, 0.0078125)
assert abs(np.sqrt(0.0078125) - 0.0088) > 0.05  # keyed wrong: it is 0.0884

# momentum_nesterov_colab
def run(nest):
    w, v, out = 1.0, 0.0, []
    for t in range(3):
        xl = w - 0.1 * 0.9 * v if nest else w; g = 4 * xl; v = 0.9 * v + g; w = w - 0.1 * v; out.append((xl, g, v, w))
    return out
hb = run(False)
for (xl, g, v, w), row in zip(hb, [(4, 4, 0.6), (2.4, 6, 0), (0, 5.4, -0.54)]):
    assert np.allclose((g, v, w), row, atol=1e-12)
eq(0.9 * 4 + 2.4, 6); eq(0 - 0.1 * 5.4, -0.54)
ne = run(True)
for (xl, g, v, w), row in zip(ne, [(1, 4, 4, 0.6), (0.24, 0.96, 4.56, 0.144), (-0.2664, -1.0656, 3.0384, -0.15984)]):
    assert np.allclose((xl, g, v, w), row, atol=1e-12)
eq(0.1 * 0.9, 0.09, 1e-15); eq(0.6 - 0.09 * 4, 0.24, 1e-12); eq(3.6 + 0.96, 4.56, 1e-12); eq(0.6 - 0.456, 0.144, 1e-12)
eq(0.144 - 0.09 * 4.56, -0.2664, 1e-12); eq(4 * -0.2664, -1.0656, 1e-12); eq(0.9 * 4.56, 4.104, 1e-12); eq(4.104 - 1.0656, 3.0384, 1e-12)
eq(0.144 - 0.30384, -0.15984, 1e-12); near(0.15984, 0.16, 2)
print("verify_en_3 ok")

# claims on lines that are no longer keyed as not_claims
eq(len([1, 2, -1, 3]), 4); eq(len([2, -1]), 2); eq(4 - 2 + 1, 3)  # conv_backward_1d_notes: N = 4, K = 2, 3 outputs
wq = sp.symbols('w'); same(sp.diff(2 * wq ** 2, wq), 4 * wq)  # momentum_nesterov_colab: grad of 2w^2
print("verify_en_3 extra ok")
