from vh import *
n = 3
x = sp.Matrix(sp.symbols('x1:4', real=True)); a = sp.Matrix(sp.symbols('a1:4', real=True))
A = sp.Matrix(3, 3, sp.symbols('A1:10', real=True)); B = sp.Matrix(3, 3, sp.symbols('B1:10', real=True))
X = sp.Matrix(3, 3, sp.symbols('X1:10', real=True))
g = lambda f, v: sp.Matrix(v.shape[0], v.shape[1], lambda i, j: sp.diff(f, v[i, j]))
def msame(M, N, lab, expect=True):
    d = sp.simplify(M - N); ok = all(e == 0 for e in d)
    if ok != expect: FAILS.append(f"{lab}: expected {'equal' if expect else 'different'}")
msame(g((a.T*x)[0], x), a, "1"); msame(g((x.T*A*x)[0], x), (A + A.T)*x, "2")
As = sp.Matrix(3, 3, lambda i, j: sp.Symbol(f's{min(i,j)}{max(i,j)}')); msame(g((x.T*As*x)[0], x), 2*As*x, "2 sym")
msame(g((A*X).trace(), X), A.T, "tr AX"); msame(g((A*X*B).trace(), X), A.T*B.T, "tr AXB")
msame(g((X.T*A*X).trace(), X), 2*A*X, "planted", expect=False); msame(g((X.T*A*X).trace(), X), (A + A.T)*X, "true")
A2 = sp.Matrix([[1, 2], [3, 4]]); X2 = sp.Matrix(2, 2, sp.symbols('X11 X12 X21 X22'))
same((A2*X2).trace(), X2[0, 0] + 2*X2[1, 0] + 3*X2[0, 1] + 4*X2[1, 1])
msame(g((A2*X2).trace(), X2), sp.Matrix([[1, 3], [2, 4]]), "ex"); msame(sp.Matrix([[1, 3], [2, 4]]), A2.T, "ex2")
rng = np.random.default_rng(8); Xm = rng.normal(size=(5, 3)); W = rng.normal(size=(3, 2)); Y = rng.normal(size=(5, 2))
close(fd_grad(lambda W_: np.sum((Xm@W_ - Y)**2), W), 2*Xm.T@(Xm@W - Y), tol=1e-5)
close(fd_grad(lambda W_: np.sum((Xm@W_ - Y)**2)/(2*5), W), Xm.T@(Xm@W - Y)/5, tol=1e-6)
M = rng.normal(size=(3, 2)); close(np.trace(M.T@M), np.sum(M**2))
report("ko/matcalc")
mk("../ko/matrix_calculus_wikidocs.md",
   "Korean WikiDocs e-book section: layout convention stated in prose, bold matrices \\mathbf{X}, \\operatorname{tr}, one identity per $$, a [예제] blockquote with inline bmatrix equalities across lines, shapes in \\mathbb{R}^{m \\times n}, a loss stated in prose with its gradient",
   "matrix calculus rules: gradients of a^T x, x^T A x, tr(AX), tr(AXB), tr(X^T A X), ||XW - Y||_F^2, with a 2x2 check of the trace rule",
   wrong={"\\operatorname{tr}(\\mathbf{X}^T\\mathbf{A}\\mathbf{X}) = 2\\mathbf{A}\\mathbf{X}": "holds only for symmetric A: in general the gradient is (A + A^T) X, and A is not said to be symmetric here"},
   not_claims={"$\\mathbf{a}, \\mathbf{x} \\in \\mathbb{R}^n$": "declares shapes"})
