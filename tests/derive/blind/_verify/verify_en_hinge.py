from vh import *
w = np.array([0.5, -0.5]); lam = 0.1; eta = 0.1
x1, y1 = np.array([1., 2.]), 1; x2, y2 = np.array([-2., 1.]), -1
m1 = y1*w@x1; m2 = y2*w@x2
num("-0.5", m1); num("1.5", m2); num("-0.5", 0.5-1); num("1.5", -(-1-0.5))
J = lam/2*w@w + 0.5*(max(0, 1-m1) + max(0, 1-m2))
num("0.775", J); num("0.025", 0.05*(0.25+0.25)); num("0.75", 0.5*(1+0.5))
g = lam*w - 0.5*((m1 < 1)*y1*x1 + (m2 < 1)*y2*x2)
close(g, [-0.45, -1.05]); close([0.05-0.5, -0.05-1], [-0.45, -1.05])
w2 = w - eta*g; close(w2, [0.545, -0.395]); close([0.5+0.045, -0.5+0.105], w2)
m1b = y1*w2@x1; m2b = y2*w2@x2
num("-0.245", m1b); num("-0.245", 0.545-0.79); num("1.485", m2b); num("1.485", -(-1.09-0.395))
J2 = lam/2*w2@w2 + 0.5*(max(0, 1-m1b) + max(0, 1-m2b))
num("0.0227", 0.05*(0.545**2+0.395**2)); num("0.6225", 0.5*1.245); num("0.6452", J2); num("0.6452", 0.0227+0.6225)
# symbolic subgradient
a, b, c, d, y = sp.symbols('a b c d y', real=True)
s = y*(a*c + b*d)
# in the region s<1, grad of 1 - s wrt (a,b) = -y (c,d)
same(sp.diff(1 - s, a), -y*c); same(sp.diff(s, a), y*c)
report("en/hinge")
mk("../en/hinge_svm_subgradient_course_notes.md",
   "course lecture notes: bold vectors, \\max\\{0, ...\\} with braces, indicator \\mathbb{1}[\\cdot], piecewise derivative stated in prose with conditions, bullet list of inline arithmetic chains mixing inequalities and tuples, \\leftarrow update with arithmetic",
   "linear SVM: hinge subgradient, full objective's subgradient, one subgradient step by hand with the objective before and after",
   wrong={},
   not_claims={"**Notation.**": "declares labels and defines the margin",
               "J(\\mathbf{w}) = \\frac{\\lambda}{2}": "defines the objective",
               "Let $\\mathbf{w} = (0.5, -0.5)$": "binds w, lambda, eta",
               "$\\mathbf{x}_1 = (1, 2),\\ y_1 = +1$": "binds the two examples"})
