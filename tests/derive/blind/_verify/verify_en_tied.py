from vh import *
sg = lambda t: 1/(1+np.exp(-t))
w, x = sp.symbols('w x', real=True); w1, w2 = sp.symbols('w1 w2', real=True)
S = lambda t: 1/(1+sp.exp(-t))
y12 = w1*S(w2*x)
same(sp.diff(y12, w1), S(w2*x)); same(sp.diff(y12, w2), w1*S(w2*x)*(1-S(w2*x))*x)
same(sp.diff(w*S(w*x), w), S(w*x) + w*x*S(w*x)*(1-S(w*x)))
num("0.9277", sg(1) + sg(1)*(1-sg(1))); num("0.1966", 0.7311*0.2689); num("0.9277", 0.7311+0.1966)
rng = np.random.default_rng(4); X = rng.normal(size=(5, 4)); W = rng.normal(size=(4, 2))
L = lambda W: 0.5*np.sum((X@W@W.T - X)**2)
E = X@W@W.T - X
G = fd_grad(L, W)
close(G, X.T@E@W + E.T@X@W, tol=1e-5); close(G, (X.T@E + E.T@X)@W, tol=1e-5)
close(X.T@E + E.T@X, (X.T@E + E.T@X).T)
# decoder / encoder parts
H = X@W
Ld = lambda Wd: 0.5*np.sum((H@Wd.T - X)**2); close(fd_grad(Ld, W), E.T@H, tol=1e-5); close(E.T@H, E.T@X@W)
Le = lambda We: 0.5*np.sum((X@We@W.T - X)**2); close(fd_grad(Le, W), X.T@E@W, tol=1e-5)
report("en/tied")
mk("../en/tied_weights_gradient_gist.md",
   "GitHub gist note: a scalar warm-up splitting one weight into w_1, w_2, four definitions in one $$ joined by \\qquad with a Frobenius norm and a double-indexed sum, shapes stated in prose ('X is m x n'), bullet list of partial gradients with shapes in parentheses",
   "a weight used twice: y = w sigma(wx) by splitting the uses; a tied linear autoencoder's gradient X^T E W + E^T X W",
   wrong={},
   not_claims={})
