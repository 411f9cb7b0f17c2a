"""Checks the claims of the Korean files; keyed-wrong lines are asserted wrong."""
import numpy as np
import sympy as sp
from vh import same, near, eq, fails, numgrad

# linreg_gradient_descent_tistory
w, b = sp.symbols('w b'); xs, ys = [1, 2, 3, 4], [3, 5, 7, 9]
L = sp.Rational(1, 4) * sum((w * x + b - y) ** 2 for x, y in zip(xs, ys))
eq(sp.diff(L, w).subs({w: 0, b: 0}), -35); eq(sp.diff(L, b).subs({w: 0, b: 0}), -12)
same(sp.diff(L, w), sp.Rational(2, 4) * sum((w * x + b - y) * x for x, y in zip(xs, ys)))
eq(0.5 * (-3 - 10 - 21 - 36), -35); eq(0.5 * (-3 - 5 - 7 - 9), -12)
eq(0 - 0.01 * -35, 0.35); eq(0 - 0.01 * -12, 0.12); eq(L.subs({w: 0, b: 0}), 41); eq((9 + 25 + 49 + 81) / 4, 41)
assert L.subs({w: 0.35, b: 0.12}) < 41

# sigmoid_bce_velog
z, yh, y = sp.symbols('z yhat y'); s = 1 / (1 + sp.exp(-z))
same(sp.diff(s, z), sp.exp(-z) / (1 + sp.exp(-z)) ** 2); same(1 - s, sp.exp(-z) / (1 + sp.exp(-z)))
same(sp.diff(s, z), s * (1 - s)); fails(sp.diff(s, z), s * (1 + s))  # keyed wrong
eq(s.subs(z, 0), 0.5); eq(sp.diff(s, z).subs(z, 0), 0.25)
Lb = -(y * sp.log(yh) + (1 - y) * sp.log(1 - yh))
same(sp.diff(Lb, yh), -y / yh + (1 - y) / (1 - yh)); same(-y / yh + (1 - y) / (1 - yh), (yh - y) / (yh * (1 - yh)))
same((yh - y) / (yh * (1 - yh)) * yh * (1 - yh), yh - y)
same(sp.diff(Lb.subs(yh, s), z), s - y)

# softmax_ce_wikidocs
Z = sp.symbols('z1:4'); S = sum(sp.exp(t) for t in Z); P = [sp.exp(t) / S for t in Z]
for i in range(3):
    same(sp.diff(P[i], Z[i]), (sp.exp(Z[i]) * S - sp.exp(Z[i]) ** 2) / S ** 2); same(sp.diff(P[i], Z[i]), P[i] * (1 - P[i]))
    for j in range(3):
        if i != j:
            same(sp.diff(P[i], Z[j]), -sp.exp(Z[i]) * sp.exp(Z[j]) / S ** 2); same(sp.diff(P[i], Z[j]), -P[i] * P[j])
Y = [0, 1, 0]; Lc = -sum(Y[k] * sp.log(P[k]) for k in range(3))
for i in range(3):
    same(sp.diff(Lc, Z[i]), P[i] - Y[i])
vals = {Z[0]: 0, Z[1]: sp.log(2), Z[2]: sp.log(5)}
assert [sp.simplify(sp.exp(t).subs(vals)) for t in Z] == [1, 2, 5] and sp.simplify(S.subs(vals)) == 8
assert [sp.simplify(p.subs(vals)) for p in P] == [sp.Rational(1, 8), sp.Rational(1, 4), sp.Rational(5, 8)]
near(np.log(4), 1.386, 3); eq(-np.log(0.25), np.log(4), 1e-12)
assert np.allclose([0.125, 0.25 - 1, 0.625], [0.125, -0.75, 0.625]); eq(0.25 * 0.75, 0.1875)

# matrix_backprop_naver_blog
rng = np.random.default_rng(2); m, n, k = 4, 3, 2
X = rng.normal(size=(m, n)); Wn = rng.normal(size=(n, k)); bn = rng.normal(size=(1, k)); Yn = rng.normal(size=(m, k))
loss = lambda X, W, b: ((X @ W + b - Yn) ** 2).sum() / (2 * m)
G = (X @ Wn + bn - Yn) / m



assert np.allclose(numgrad(lambda M: loss(X, M, bn), Wn), X.T @ G, atol=1e-6)
assert np.allclose(numgrad(lambda M: loss(X, Wn, M), bn), G.sum(0), atol=1e-6)
assert np.allclose(numgrad(lambda M: loss(M, Wn, bn), X), G @ Wn.T, atol=1e-6)
assert Wn.T.shape[1] != G.shape[0]  # keyed wrong: W^T G does not conform

# conv_output_size_tistory
eq((224 + 6 - 7) // 2 + 1, 112); eq((224 + 6 - 7) // 2, 111); eq(7 * 7 * 3 * 64 + 64, 9472)
eq((112 + 2 - 3) // 2 + 1, 56); eq((112 + 2 - 3) / 2, 55.5); eq((56 + 2 - 3) / 1 + 1, 56); eq(3 * 3 * 64 * 64 + 64, 36928)

# adam_optimizer_wikidocs
eq(0.1 * 0.2, 0.02, 1e-15); eq(0.001 * 0.04, 0.00004, 1e-15); eq(0.02 / 0.1, 0.2, 1e-12); eq(0.00004 / 0.001, 0.04, 1e-12)
eq(0.9 * 0.02 + 0.1 * 0.2, 0.038, 1e-15); eq(0.999 * 0.00004 + 0.001 * 0.04, 0.00007996, 1e-15)
eq(0.038 / 0.19, 0.2, 1e-12); eq(0.00007996 / 0.001999, 0.04, 1e-12); eq(1 - 0.9 ** 2, 0.19, 1e-12); eq(1 - 0.999 ** 2, 0.001999, 1e-12)
eq(0.2 / 0.2, 1)

# momentum_colab
w, v, out = 2.0, 0.0, []
for t in range(3):
    g = 2 * w; v = 0.5 * v - 0.1 * g; w = w + v; out.append((g, v, w))
for got, want in zip(out, [(4, -0.4, 1.6), (3.2, -0.52, 1.08), (2.16, -0.476, 0.604)]):
    for a, bb in zip(got, want):
        eq(a, bb, 1e-12)
eq(0 - 0.4, -0.4); eq(2 - 0.4, 1.6); eq(0.5 * -0.4 - 0.32, -0.52, 1e-12); eq(1.6 - 0.52, 1.08, 1e-12)
eq(0.5 * -0.52 - 0.216, -0.476, 1e-12); eq(1.08 - 0.476, 0.604, 1e-12); eq(2 * 0.8 ** 3, 1.024, 1e-12)
ww = sp.Symbol('w'); same(ww - 0.1 * 2 * ww, 0.8 * ww)

# relu_network_midterm_solution
x = np.array([[1, -1]]); W1 = np.array([[1, 2], [-1, 1]]); W2 = np.array([[1], [-1]]); yv = 3
zn = x @ W1; assert (zn == [[2, 1]]).all(); eq(1 * 1 + (-1) * (-1), 2); eq(1 * 2 + (-1) * 1, 1)
hn = np.maximum(zn, 0); yhat = (hn @ W2)[0, 0]; eq(yhat, 1); eq(2 - 1, 1)
eq(0.5 * (1 - 3) ** 2, 2); assert 0.5 * (1 - 3) ** 2 != 4  # keyed wrong
dy = yhat - yv; eq(dy, -2)
dW2 = hn.T * dy; assert (dW2 == [[-4], [-2]]).all(); assert not (dW2 == [[-4], [2]]).all()  # keyed wrong
dh = dy * W2.T; assert (dh == [[-2, 2]]).all(); dz = dh * (zn > 0); assert (dz == [[-2, 2]]).all()
dW1 = x.T @ dz; assert (dW1 == [[-2, 2], [2, -2]]).all()
f = lambda W: 0.5 * ((np.maximum(x @ W, 0) @ W2)[0, 0] - yv) ** 2
for idx in np.ndindex(2, 2):
    E = np.zeros((2, 2)); E[idx] = 1e-6; eq((f(W1 + E) - f(W1 - E)) / 2e-6, dW1[idx], 1e-6)

# batchnorm_velog
xb = np.array([2, 4, 6, 8.]); eq(xb.mean(), 5); eq(xb.var(), 5); eq((9 + 1 + 1 + 9) / 4, 5)
near(np.sqrt(5), 2.236, 3); xh = (xb - 5) / np.sqrt(5)
for a, bb in zip(xh, [-1.342, -0.447, 0.447, 1.342]):
    near(a, bb, 3)
for a, bb in zip(2 * xh + 1, [-1.68, 0.11, 1.89, 3.68]):
    near(a, bb, 2)
for a, bb in zip(2 * np.array([-1.342, -0.447, 0.447, 1.342]) + 1, [-1.68, 0.11, 1.89, 3.68]):
    near(a, bb, 2)
eq(xh.mean(), 0, 1e-12); eq(xh.var(), 1, 1e-12); eq((2 * xh + 1).mean(), 1, 1e-12)
eq(0.9 * 0 + 0.1 * 5, 0.5)

# l2_dropout_lecture_notes
W = sp.Matrix(2, 2, sp.symbols('w1:5')); lam, m_, eta = sp.symbols('lambda m eta', positive=True)
fro = sum(c ** 2 for c in W)
assert sp.simplify(sp.Matrix(2, 2, [sp.diff(lam / (2 * m_) * fro, c) for c in W]) - lam / m_ * W) == sp.zeros(2, 2)
G0 = sp.Matrix(2, 2, sp.symbols('g1:5'))
assert sp.simplify(W - eta * (G0 + lam / m_ * W) - ((1 - eta * lam / m_) * W - eta * G0)) == sp.zeros(2, 2)
eq(0.7 / 10, 0.07, 1e-12); eq(0.3 + 0.07 * 2, 0.44, 1e-12); eq(2 - 0.5 * 0.44, 1.78, 1e-12)
eq(0.5 * 0.7 / 10, 0.035, 1e-12); eq((1 - 0.035) * 2 - 0.15, 1.78, 1e-12); eq(0.5 * 0.3, 0.15)
eq(1.2 / 0.8, 1.5, 1e-12); eq(0.8 * 1.5, 1.2, 1e-12)

# pooling_backward_learner_notes
Xp = np.array([[1, 3, 2, 0], [4, 2, 1, 5], [0, 1, 3, 2], [2, 6, 1, 1]])
mx = [Xp[i:i+2, j:j+2].max() for i in (0, 2) for j in (0, 2)]; assert mx == [4, 5, 6, 3]
pos = sorted((i + 1 + np.argmax(Xp[i:i+2, j:j+2]) // 2, j + 1 + np.argmax(Xp[i:i+2, j:j+2]) % 2) for i in (0, 2) for j in (0, 2))
assert pos == sorted([(2, 1), (2, 4), (4, 2), (3, 3)])
eq((1 + 3 + 4 + 2) / 4, 2.5); eq(0.8 / 4, 0.2); assert 0.8 / 4 != 0.4  # keyed wrong
eq((7 - 2) // 2 + 1, 3); eq(0.98 / 49, 0.02, 1e-12)
print("ko: ok")
