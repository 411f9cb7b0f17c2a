"""Checks the claims of the English files (second half); keyed-wrong lines are asserted wrong."""
import numpy as np
import sympy as sp
from vh import same, near, eq, fails

# conv_pool_backward_by_hand
X = np.array([[1, 2, 0], [0, 1, 3], [2, 1, 1]]); K = np.array([[1, 0], [-1, 2]])
Y = np.array([[(X[i:i+2, j:j+2] * K).sum() for j in range(2)] for i in range(2)])
assert (Y == [[3, 7], [0, 2]]).all(); eq(1 * 1 + 2 * 0 + 0 * -1 + 1 * 2, 3)
dY = np.array([[1, -1], [0, 2]])
dK = np.array([[(X[a:a+2, b:b+2] * dY).sum() for b in range(2)] for a in range(2)])
assert (dK == [[1, 8], [1, 0]]).all()
dX = np.zeros((3, 3))
for i in range(2):
    for j in range(2):
        dX[i:i+2, j:j+2] += dY[i, j] * K
assert (dX == [[1, -1, 0], [-1, 5, -2], [0, -2, 4]]).all()
# the same via a finite-difference check of L = sum(dY * Y)
f = lambda Xm: sum((Xm[i:i+2, j:j+2] * K).sum() * dY[i, j] for i in range(2) for j in range(2))
for idx in np.ndindex(3, 3):
    E = np.zeros((3, 3)); E[idx] = 1
    eq(f(X + E) - f(X), dX[idx])
eq(0.5 / 4, 0.125)

# momentum_nesterov_quiz_solutions
w, v = 1.0, 0.0; mom = []
for t in range(3):
    g = 4 * w; v = 0.9 * v + g; w = w - 0.1 * v; mom.append((g, v, w))
for got, want in zip(mom, [(4, 4, 0.6), (2.4, 6, 0), (0, 5.4, -0.54)]):
    for a, b in zip(got, want):
        eq(a, b, 1e-9)
eq(1 - 0.4, 0.6); eq(4 * 0.6, 2.4); eq(0.9 * 4 + 2.4, 6); eq(0.6 - 0.6, 0); eq(0.9 * 6, 5.4); eq(0 - 0.54, -0.54)
w, v = 1.0, 0.0; nes = []
for t in range(3):
    look = w - 0.1 * 0.9 * v; g = 4 * look; v = 0.9 * v + g; w = w - 0.1 * v; nes.append((look, g, v, w))
for got, want in zip(nes, [(1, 4, 4, 0.6), (0.24, 0.96, 4.56, 0.144), (-0.2664, -1.0656, 3.0384, -0.15984)]):
    for a, b in zip(got, want):
        eq(a, b, 1e-9)
eq(0.6 - 0.09 * 4, 0.24, 1e-12); eq(3.6 + 0.96, 4.56, 1e-12); eq(0.6 - 0.456, 0.144, 1e-12)
eq(0.144 - 0.09 * 4.56, -0.2664, 1e-12); eq(4.104 - 1.0656, 3.0384, 1e-12); eq(0.144 - 0.30384, -0.15984, 1e-12)
eq(0.9 * 4.56, 4.104, 1e-12); eq(4 * -0.2664, -1.0656, 1e-12)
near(0.54 / 0.15984, 3.4, 1)

# adam_bias_correction_lecture
b1, b2, g1, g2 = 0.9, 0.999, 0.5, -0.5
m1 = 0.1 * g1; v1 = 0.001 * g1 ** 2
eq(m1, 0.05, 1e-12); eq(v1, 0.00025, 1e-12); eq(m1 / 0.1, 0.5, 1e-12); eq(v1 / 0.001, 0.25, 1e-12)
eq(-0.001 * 0.5 / np.sqrt(0.25), -0.001, 1e-15)
m2 = b1 * m1 + 0.1 * g2; v2 = b2 * v1 + 0.001 * g2 ** 2
eq(m2, -0.005, 1e-15); eq(v2, 0.00049975, 1e-15)
near(m2 / (1 - 0.81), -0.0263, 4); eq(1 - b1 ** 2, 0.19, 1e-12); eq(1 - b2 ** 2, 0.001999, 1e-12)
eq(v2 / (1 - 0.998001), 0.25, 1e-9)
near(-0.001 * (m2 / 0.19) / 0.5, 5.26e-5, 7); near(-0.001 * (-0.0263) / 0.5, 5.26e-5, 7)
gg, bb1, bb2 = sp.symbols('g beta1 beta2', positive=True)
same((1 - bb1) * gg / (1 - bb1), gg); same((1 - bb2) * gg ** 2 / (1 - bb2), gg ** 2)

# adagrad_rmsprop_colab
w, G = 1.0, 0.0; out = []
for t in range(2):
    g = 2 * w; G += g * g; w -= 0.5 * g / np.sqrt(G); out.append((g, G, w))
eq(out[0][0], 2); eq(out[0][1], 4); eq(out[0][2], 0.5); eq(1 - 0.5 * 2 / 2, 0.5)
eq(out[1][0], 1); eq(out[1][1], 5); near(out[1][2], 0.2764, 4); near(0.5 - 0.5 / np.sqrt(5), 0.2764, 4)
eq(0.5 / 2, 0.25); near(0.5 / np.sqrt(5), 0.224, 3)
s1 = 0.1 * 1; eq(s1, 0.1); near(0.1 * 1 / np.sqrt(0.1), 0.316, 3)
s2 = 0.9 * 0.1 + 0.1 * 9; eq(s2, 0.99, 1e-12); near(0.1 * 3 / np.sqrt(0.99), 0.302, 3)

# l1_l2_regularization_d2l
W = sp.Matrix(sp.symbols('w1 w2')); eta, lam = sp.symbols('eta lambda'); Gs = sp.Matrix(sp.symbols('g1 g2'))
assert sp.simplify(W - eta * (Gs + lam * W) - ((1 - eta * lam) * W - eta * Gs)) == sp.zeros(2, 1)
assert sp.simplify(sp.Matrix([sp.diff(lam / 2 * (W.T * W)[0], c) for c in W]) - lam * W) == sp.zeros(2, 1)
w = np.array([0.5, -2]); gL = np.array([0.1, 0.2])
assert np.allclose((1 - 0.02) * w - 0.1 * gL, [0.48, -1.98]); assert np.allclose([0.49 - 0.01, -1.96 - 0.02], [0.48, -1.98])
assert np.allclose((1 - 0.02) * w, [0.49, -1.96]); assert np.allclose(0.1 * gL, [0.01, 0.02])
assert np.allclose(0.1 * (gL + 0.2 * np.sign(w)), [0.03, 0]); assert np.allclose(w - [0.03, 0], [0.47, -2])
eq(0.2 * np.sign(-2), -0.2)

# weight_init_variance_notes
near(np.sqrt(2 / 384), 0.0722, 4); eq(np.sqrt(6 / 384), 0.125)
assert abs(np.sqrt(2 / 256) - 0.0625) > 0.02  # keyed wrong: sqrt(2/256) = 0.0884
aa = sp.symbols('a', positive=True); u = sp.symbols('u')
same(sp.integrate(u ** 2 / (2 * aa), (u, -aa, aa)), aa ** 2 / 3)
same((sp.sqrt(6 / (sp.Symbol('n') + sp.Symbol('k')))) ** 2 / 3, 2 / (sp.Symbol('n') + sp.Symbol('k')))

# batchnorm_learner_notes
x = np.array([1, 2, 3, 6.]); mu = x.mean(); var = ((x - mu) ** 2).mean(); xh = (x - mu) / np.sqrt(var)
eq(mu, 3); eq(var, 3.5); eq((4 + 1 + 0 + 9) / 4, 3.5)
for got, want in zip(xh, [-1.0690, -0.5345, 0, 1.6036]):
    near(got, want, 4)
eq(xh.mean(), 0, 1e-12); eq((xh ** 2).mean(), 1, 1e-12)
dy = np.array([0.1, -0.2, 0.3, 0.4]); eq(dy.sum(), 0.6, 1e-12)
near((dy * xh).sum(), 0.641, 3); eq(-0.1069 + 0.1069 + 0 + 0.6414, 0.6414, 1e-12)
for got, want in zip(dy * xh, [-0.1069, 0.1069, 0, 0.6414]):
    near(got, want, 4)

# dropout_inverted_scaling_blog
p_, h_ = sp.symbols('p h', positive=True)
same(h_ / p_ * p_, h_); same(h_ ** 2 / p_ ** 2 * p_ * (1 - p_), h_ ** 2 * (1 - p_) / p_)
eq(2.5 / 0.8, 3.125); eq(0.8 * 3.125, 2.5); eq(6.25 * 0.2 / 0.8, 1.5625, 1e-12); eq(np.sqrt(1.5625), 1.25)
eq(1 / 0.8, 1.25)
print("en part 2: ok")
