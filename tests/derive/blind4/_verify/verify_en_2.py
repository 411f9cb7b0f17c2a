"""Checks the claims of English files (part 2); keyed-wrong lines are asserted wrong."""
import numpy as np
import sympy as sp
from vh import same, near, eq, fails, numgrad

R = sp.Rational
rng = np.random.default_rng(1)

# softmax_temperature_readme
T = sp.symbols('T', positive=True); Z = sp.symbols('z0:3'); V = sp.symbols('v0:3')
Sz = sum(sp.exp(t / T) for t in Z); P = [sp.exp(t / T) / Sz for t in Z]
Sv = sum(sp.exp(t / T) for t in V); Q = [sp.exp(t / T) / Sv for t in V]
for i in range(3):
    for j in range(3):
        same(sp.diff(P[i], Z[j]), P[i] * ((1 if i == j else 0) - P[j]) / T)
C = -sum(Q[j] * sp.log(P[j]) for j in range(3))
for i in range(3):
    same(sp.diff(C, Z[i]), (P[i] - Q[i]) / T)
    same(-sum(Q[j] * ((1 if i == j else 0) - P[i]) for j in range(3)) / T, (P[i] - Q[i]) / T)
# high-temperature approximation with zero-mean logits
zn = np.array([0.3, -0.1, -0.2]); vn = np.array([0.5, -0.4, -0.1]); Tn = 200.0; N = 3
sm = lambda u: np.exp(u / Tn) / np.exp(u / Tn).sum()
exact = (sm(zn) - sm(vn)) / Tn; approx = (zn - vn) / (N * Tn ** 2)
assert np.allclose(exact, approx, rtol=1e-2)
same((1 / T) * ((1 + Z[0] / T) / 3 - (1 + V[0] / T) / 3), (Z[0] - V[0]) / (3 * T ** 2))
for Tv, row in [(1, (0.8668, 0.1173, 0.0159)), (2, (0.6652, 0.2447, 0.0900))]:
    e = np.exp(np.array([2., 0, -2]) / Tv); [near(a, b, 4) for a, b in zip(e / e.sum(), row)]
near(np.e, 2.7183, 4); near(np.exp(-1), 0.3679, 4); near(np.e + 1 + np.exp(-1), 4.0862, 4)

# l1_l2_elastic_net_d2l
w, lam, xx, bb, yy, eta = sp.symbols('w lambda x b y eta')
same(sp.diff(lam / 2 * w ** 2, w), lam * w)
Bn = 4; Xb = rng.normal(size=(Bn, 3)); yb = rng.normal(size=Bn); wv = rng.normal(size=3); bv = 0.2; et, la = 0.1, 0.01
Lf = lambda w: np.mean(0.5 * (Xb @ w + bv - yb) ** 2) + la / 2 * w @ w
gd = wv - et * numgrad(Lf, wv)
assert np.allclose(gd, (1 - et * la) * wv - et / Bn * Xb.T @ (Xb @ wv + bv - yb), atol=1e-8)
eq(1 - 0.1 * 0.01, 0.999); near(0.999 ** 1000, 0.3677, 4)
ws = sp.symbols('w0:3'); l1, l2 = sp.symbols('lambda lambda_2', positive=True)
same(sp.Abs(ws[0]).subs(ws[0], 0.5) * l1, 0.5 * l1)
for t, v in [(0.5, 0.105), (-2, -0.12)]:
    wj = sp.symbols('wj', real=True); Rj = l1 * sp.Abs(wj) + l2 / 2 * wj ** 2
    eq(sp.diff(Rj, wj).subs({wj: t, l1: 0.1, l2: 0.01}), v, 1e-12)
    eq((0.1 * np.sign(t) + 0.01 * t), v, 1e-12)
wv = np.array([0.5, -2, 0]); eq(0.1 * np.abs(wv).sum() + 0.005 * (wv @ wv), 0.27125, 1e-12)
eq(0.1 * 2.5 + 0.005 * 4.25, 0.27125, 1e-12); eq(0.1 + 0.005, 0.105, 1e-12); eq(-0.1 - 0.02, -0.12, 1e-12)

# two_layer_backprop_hw (column convention; dZ per example)
nx, n1, m = 3, 4, 5
X = rng.normal(size=(nx, m)); Y = (rng.random((1, m)) > 0.5).astype(float)
W1 = rng.normal(size=(n1, nx)); b1 = rng.normal(size=(n1, 1)); W2 = rng.normal(size=(1, n1)); b2 = rng.normal(size=(1, 1))
sig = lambda t: 1 / (1 + np.exp(-t))
def cost(W1, b1, W2, b2):
    A1 = np.tanh(W1 @ X + b1); A2 = sig(W2 @ A1 + b2)
    return -np.mean(Y * np.log(A2) + (1 - Y) * np.log(1 - A2))
Z1 = W1 @ X + b1; A1 = np.tanh(Z1); A2 = sig(W2 @ A1 + b2)
dZ2 = A2 - Y
assert np.allclose(numgrad(lambda M: cost(W1, b1, W2, b2 + 0 * M) if False else cost(W1, b1, W2, M), b2), dZ2.sum(1, keepdims=True) / m, atol=1e-6)
assert np.allclose(numgrad(lambda M: cost(W1, b1, M, b2), W2), dZ2 @ A1.T / m, atol=1e-6)
dA1 = W2.T @ dZ2; assert dA1.shape == (n1, m)
assert (dZ2.shape[1], W2.T.shape[0]) == (m, n1) and m != n1  # keyed wrong: dZ2 W2^T does not conform
dZ1 = dA1 * (1 - A1 ** 2)
assert np.allclose(numgrad(lambda M: cost(W1, M, W2, b2), b1), dZ1.sum(1, keepdims=True) / m, atol=1e-6)
g1 = numgrad(lambda M: cost(M, b1, W2, b2), W1)
assert np.allclose(g1, dZ1 @ X.T / m, atol=1e-6) and not np.allclose(g1, dZ1 @ X.T, atol=1e-3)  # keyed wrong
zz = sp.symbols('z'); same(sp.diff(sp.tanh(zz), zz), 1 - sp.tanh(zz) ** 2)
assert dZ2.shape == (1, m) and (dZ2 @ A1.T).shape == (1, n1) and dZ1.shape == (n1, m) and (dZ1 @ X.T).shape == (n1, nx)

# matrix_backprop_exam_solution
Nn, Dd, Mm = 3, 2, 4
Xr = rng.normal(size=(Nn, Dd)); Wr = rng.normal(size=(Dd, Mm)); br = rng.normal(size=Mm); Gr = rng.normal(size=(Nn, Mm))
Lr = lambda X, W, b: ((X @ W + b) * Gr).sum()  # dL/dY = G
assert np.allclose(numgrad(lambda M: Lr(Xr, M, br), Wr), Xr.T @ Gr, atol=1e-6)
assert np.allclose(numgrad(lambda M: Lr(M, Wr, br), Xr), Gr @ Wr.T, atol=1e-6)
assert np.allclose(numgrad(lambda M: Lr(Xr, Wr, M), br), Gr.sum(0), atol=1e-6)
X = np.array([[1, 2], [3, 4]]); W = np.array([[1, 0, -1], [2, 1, 0]]); G = np.array([[1, 0, 1], [0, -1, 2]])
assert (X.T == np.array([[1, 3], [2, 4]])).all() and (X.T @ G == np.array([[1, -3, 7], [2, -4, 10]])).all()
assert (W.T == np.array([[1, 2], [0, 1], [-1, 0]])).all() and (G @ W.T == np.array([[0, 2], [-2, -1]])).all()
assert (G.sum(0) == np.array([1, -1, 3])).all()
Wq = rng.normal(size=(2, 2)); xq = rng.normal(size=2); tq = rng.normal(size=2)
assert np.allclose(numgrad(lambda M: 0.5 * np.sum((M @ xq - tq) ** 2), Wq), np.outer(Wq @ xq - tq, xq), atol=1e-6)
W = np.array([[1, 2], [0, 1]]); x = np.array([1, 1]); t = np.array([2, 0])
assert (W @ x == [3, 1]).all() and (W @ x - t == [1, 1]).all() and (np.outer(W @ x - t, x) == 1).all()

# conv_output_size_cheatsheet
out = lambda W, F, S, P: (W - F + 2 * P) // S + 1
for Fo in (1, 3, 5, 7):
    for Wd in (7, 28, 31):
        eq(out(Wd, Fo, 1, (Fo - 1) // 2), Wd)
Wd, Fo = sp.symbols('W F'); same(Wd - Fo + Fo - 1 + 1, Wd)
eq((227 - 11) / 4 + 1, 55); eq((227 - 11) / 4, 54); eq(11 * 11 * 3 * 96, 34848); eq(34848 + 96, 34944)
eq((55 - 3) / 2 + 1, 27); eq((27 - 5 + 4) / 1 + 1, 27); eq(5 * 5 * 96 * 256, 614400); eq(614400 + 256, 614656)
eq((27 - 3) / 2 + 1, 13); eq(out(13, 3, 1, 1), 13)
assert 3 * 3 * 256 * 384 + 384 != 884736 and 3 * 3 * 256 * 384 + 384 == 885120  # keyed wrong
eq((28 - 3 + 2) / 2, 13.5); assert out(28, 3, 2, 1) == 14 != 15  # keyed wrong
for Wd in (4, 28, 100):
    eq(out(Wd, 2, 2, 0), Wd / 2)

# lenet5_param_count_readme
eq(32 - 5 + 1, 28); eq((5 * 5 + 1) * 6, 156); eq(28 // 2, 14); eq(2 * 6, 12); eq(14 - 5 + 1, 10); eq(10 // 2, 5); eq(5 - 5 + 1, 1)
eq(6 * (3 * 25 + 1), 456); eq(9 * (4 * 25 + 1), 909); eq(1 * (6 * 25 + 1), 151); eq(456 + 909 + 151, 1516); eq(6 + 9 + 1, 16)
eq(2 * 16, 32); assert 5 * 5 * 16 * 120 + 120 == 48120 != 48000  # keyed wrong
eq(84 * (120 + 1), 10164); eq(156 + 12 + 1516 + 32 + 48120 + 10164, 60000); eq(10 * 84, 840)
print("verify_en_2 ok")

# softmax_temperature_readme: the teacher's softened targets sum to 1
same(sum(Q), 1)
print("verify_en_2 extra ok")
