from vh import *
n, k = 2, 3
T = sp.Matrix(n, k, sp.symbols('t1:7', real=True)); x = sp.Matrix(sp.symbols('x1:3', real=True)); psi = sp.Matrix(sp.symbols('p1:3', real=True))
ex = [sp.exp((T[:, l].T*x)[0]) for l in range(k)]; Ssum = sum(ex); phi = [e/Ssum for e in ex]
for s in range(k):
    same(sp.log(phi[s]).expand(force=True), ((T[:, s].T*x)[0] - sp.log(Ssum)).expand(force=True))
    for l in range(k):
        for c in range(n):
            g = sp.diff(sp.log(phi[s]), T[c, l])
            same(g, ((1 if s == l else 0) - ex[l]/Ssum)*x[c]); same(g, ((1 if s == l else 0) - phi[l])*x[c])
exs = [sp.exp(((T[:, l] - psi).T*x)[0]) for l in range(k)]
for l in range(k):
    same(exs[l]/sum(exs), phi[l])
    same(sp.exp(-(psi.T*x)[0])*ex[l]/(sp.exp(-(psi.T*x)[0])*Ssum), phi[l])
e1, e2 = ex[0], ex[1]
same(e1/(e1+e2), 1/(1+sp.exp(((T[:, 1]-T[:, 0]).T*x)[0])))
same(1/(1+sp.exp(((T[:, 1]-T[:, 0]).T*x)[0])), 1/(1+sp.exp(-((T[:, 0]-T[:, 1]).T*x)[0])))
rng = np.random.default_rng(5); m, n, k = 6, 3, 4
X = rng.normal(size=(m, n)); Th = rng.normal(size=(n, k)); yl = rng.integers(0, k, m); Y = np.eye(k)[yl]
def ll(Th):
    Z = X@Th; Z = Z - Z.max(1, keepdims=True); P = np.exp(Z)/np.exp(Z).sum(1, keepdims=True)
    return np.sum(Y*np.log(P))
Z = X@Th; P = np.exp(Z)/np.exp(Z).sum(1, keepdims=True)
close(fd_grad(ll, Th), X.T@(Y - P), tol=1e-6)
report("en/cs229")
mk("../en/cs229_softmax_regression_notes.md",
   "CS229-style lecture notes: plain ^T transposes, superscript examples x^{(i)}, indicator 1\\{\\cdot\\} with conditions inside, := for the update rule, \\big/\\Big brackets, a matrix form with shapes in \\mathbb{R}^{n \\times k}, remarks with fraction identities",
   "softmax regression: log-likelihood with indicators, gradient of log phi, gradient of the log-likelihood, stochastic gradient ascent, matrix form X^T(Y - Phi), overparameterization, the k = 2 case",
   wrong={},
   not_claims={"\\phi_l = \\frac{\\exp(\\theta_l^T x)}": "defines phi_l (with the index range as a condition)",
               "\\ell(\\theta) = \\sum_{i=1}^{m}\\sum_{l=1}^{k}": "defines the log-likelihood",
               "\\theta_l := \\theta_l + \\alpha": "update rule",
               "Given a training set $\\{(x^{(i)}": "introduces the training set"})
