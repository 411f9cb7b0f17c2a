from vh import *
rng = np.random.default_rng(9); n = 3
W = rng.normal(size=(n, n)); U = rng.normal(size=(n, 2)); b = rng.normal(size=n); x = rng.normal(size=2); hp = rng.normal(size=n)
f = lambda hprev: np.tanh(W@hprev + U@x + b)
h = f(hp)
J = np.array([fd_grad(lambda v: f(v)[i], hp) for i in range(n)])
close(J, np.diag(1 - h*h)@W, tol=1e-6)
# multi-step product
xs = rng.normal(size=(3, 2)); h0 = rng.normal(size=n)
def roll(h0):
    hs = [h0]
    for t in range(3): hs.append(np.tanh(W@hs[-1] + U@xs[t] + b))
    return hs
hs = roll(h0)
JT = np.array([fd_grad(lambda v: roll(v)[3][i], h0) for i in range(n)])
P = np.eye(n)
for t in (3, 2, 1): P = P@(np.diag(1 - hs[t]**2)@W)
close(JT, P, tol=1e-6)
# gradient wrt W for L = sum(c . h_T)
c = rng.normal(size=n)
def LW(W_):
    hh = h0
    for t in range(3): hh = np.tanh(W_@hh + U@xs[t] + b)
    return c@hh
G = fd_grad(LW, W)
dh = c; deltas = {}
for t in (3, 2, 1):
    deltas[t] = dh*(1 - hs[t]**2); dh = W.T@deltas[t]
close(G, sum(np.outer(deltas[t], hs[t-1]) for t in (1, 2, 3)), tol=1e-6)
W2 = np.array([[1, 2], [0, 1.]]); ht = np.array([.5, -.5])
close(1 - ht*ht, [.75, .75]); Jx = np.diag(1 - ht*ht)@W2; close(Jx, [[.75, 1.5], [0, .75]])
close(Jx@Jx, [[.5625, 2.25], [0, .5625]]); num("0.5625", .75**2)
report("zh/rnnjac")
mk("../zh/rnn_jacobian_vanishing_jianshu.md",
   "Chinese Jianshu post: vector RNN with \\operatorname{diag} and \\odot, component-wise derivative with double subscripts h_{t,i}, \\prod over time steps, a norm bound in prose, a 2x2 example with bmatrix products and a squared bmatrix, an outer-product sum",
   "Jacobian of a tanh RNN step diag(1 - h h) W, the product over steps and its norm bound, a 2x2 numeric example, the gradient with respect to the shared W",
   wrong={},
   not_claims={"a_t = W h_{t-1} + U x_t + b, \\qquad": "defines the RNN",
               "设 $W = \\begin{bmatrix} 1 & 2": "binds W and h_t",
               "$W$ 在每一步共享，记": "defines delta_t",
               "其中 $h_t \\in \\mathbb{R}^{n}$": "declares shapes"})
