from vh import *
n = 3
x = sp.Matrix(sp.symbols('x1:4', real=True)); a = sp.Matrix(sp.symbols('a1:4', real=True)); w = sp.Matrix(sp.symbols('w1:4', real=True))
A = sp.Matrix(3, 3, sp.symbols('A1:10', real=True)); bb = sp.Matrix(sp.symbols('b1:4', real=True))
grad = lambda f, v: sp.Matrix([sp.diff(f, vi) for vi in v])
def vsame(M, N, lab, expect=True):
    ok = all(same(M[i], N[i], lab, expect=True) for i in range(len(M))) if expect else None
    if not expect:
        d = sp.simplify(M - N); ok2 = any(e != 0 for e in d)
        if not ok2: FAILS.append(lab + " expected different")
vsame(grad((a.T*x)[0], x), a, "R1"); vsame(grad((x.T*x)[0], x), 2*x, "R2")
nrm = sp.sqrt((x.T*x)[0])
vsame(grad(nrm, x), sp.Rational(1, 2)*((x.T*x)[0])**sp.Rational(-1, 2)*2*x, "R3 step 1")
vsame(grad(nrm, x), x/nrm**2, "R3 planted", expect=False); vsame(grad(nrm, x), x/nrm, "R3 true")
vsame(grad((x.T*A*x)[0], x), (A + A.T)*x, "R4")
A2 = np.array([[2, 1], [0, 3.]]); xv = np.array([1, -1.])
num("4", xv@A2@xv); num("4", 2 - 1 + 0 + 3); close(A2 + A2.T, [[4, 1], [1, 6]]); close((A2 + A2.T)@xv, [3, -5])
r = A*x - bb; vsame(grad((r.T*r)[0], x), 2*A.T*r, "R5")
f, g = sp.Function('f'), sp.Function('g'); X = list(x)
vsame(grad(f(*X)*g(*X), x), f(*X)*grad(g(*X), x) + g(*X)*grad(f(*X), x), "R6")
sg = lambda t: 1/(1+sp.exp(-t)); u = (w.T*x)[0]
vsame(grad(sg(u), w), sg(u)*(1 - sg(u))*x, "R7a"); vsame(grad(sp.log(sg(u)), w), (1 - sg(u))*x, "R7b")
report("en/veccalc")
mk("../en/vector_calculus_review_handout.md",
   "math review handout: numbered rules R1-R8 as bold run-in headings, inline claims followed by 'because', a chain-rule display, a bmatrix example, unknown functions f, g : R^n -> R, diag of an element-wise derivative, \\odot",
   "vector calculus identities: gradients of a^T x, x^T x, ||x||, x^T A x (with a numeric example), ||Ax - b||^2, product rule, a sigmoid neuron and its log, the Jacobian of element-wise maps",
   wrong={"\\cdot 2\\mathbf{x} = \\frac{\\mathbf{x}}{\\|\\mathbf{x}\\|^2}": "the gradient of the norm is x / ||x||, not x / ||x||^2 (one power of ||x|| too many in the denominator)"},
   not_claims={"**Convention.**": "states the layout convention and the constants",
               "A = \\begin{bmatrix} 2 & 1 \\\\ 0 & 3 \\end{bmatrix}, \\qquad": "binds A and x for the example"})
