from vh import *
o = sp.symbols('o', real=True); y = sp.symbols('y', real=True)
sg = lambda t: 1/(1+sp.exp(-t))
same(sp.diff(sp.log(sg(o)), o), 1 - sg(o)); same(sp.diff(sp.log(1 - sg(o)), o), -sg(o))
l = -(y*sp.log(sg(o)) + (1-y)*sp.log(1-sg(o)))
same(sp.diff(l, o), -y*(1-sg(o)) + (1-y)*sg(o)); same(-y*(1-sg(o)) + (1-y)*sg(o), sg(o) - y)
rng = np.random.default_rng(1); n, d, q = 4, 3, 2
X = rng.normal(size=(n, d)); Y = rng.integers(0, 2, (n, q)).astype(float); W = rng.normal(size=(d, q)); b = rng.normal(size=q)
s = lambda t: 1/(1+np.exp(-t))
L = lambda W, b: np.mean(-(Y*np.log(s(X@W+b)) + (1-Y)*np.log(1-s(X@W+b))).sum(axis=1))
close(fd_grad(lambda W_: L(W_, b), W), X.T@(s(X@W+b) - Y)/n, tol=1e-6)
close(fd_grad(lambda b_: L(W, b_), b), np.ones(n)@(s(X@W+b) - Y)/n, tol=1e-6)
ov = np.array([2, -1, 0.]); yv = np.array([1, 0, 1.])
for c, e in zip(("0.8808", "0.2689", "0.5"), s(ov)): num(c, e)
for c, e in zip(("0.1269", "0.3133", "0.6931"), (-np.log(s(ov[0])), -np.log(1-s(ov[1])), -np.log(.5))): num(c, e)
num("1.1333", 0.1269+0.3133+0.6931); num("1.1333", -(yv*np.log(s(ov)) + (1-yv)*np.log(1-s(ov))).sum())
for c, e in zip(("-0.1192", "0.2689", "-0.5"), s(ov) - yv): num(c, e)
report("en/multilabel")
mk("../en/multilabel_sigmoid_d2l.md",
   "d2l-style textbook section: :label: and :eqlabel: roles, bold matrices with \\mathbb{R}^{n \\times d} in prose, \\partial_{\\mathbf{o}} gradient notation, \\mathbf{1}_n^\\top, \\Big brackets, tuples with \\approx",
   "multi-label classification with independent sigmoids: the summed binary cross entropy, its gradient sigma(o) - y, minibatch matrix gradients for W and b, a worked three-label example",
   wrong={},
   not_claims={"l(\\mathbf{y}, \\mathbf{o}) = -\\sum_{k=1}^{q}": "defines the loss",
               "Take $q = 3$ labels": "binds q, o and y"})
