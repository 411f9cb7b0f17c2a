from vh import *
x = np.array([1, 2.]); W = np.array([[0, 1.5, 0.5], [1, 1, -0.5]]); y = 0; D_ = 1
s = x@W; close(s, [2, 3.5, -0.5])
Lf = lambda s: sum(max(0, s[j] - s[y] + D_) for j in range(3) if j != y)
num("2.5", Lf(s)); num("2.5", 3.5 - 2 + 1); num("0", max(0, -0.5 - 2 + 1))
ds = fd_grad(Lf, s); print(ds)
num("1", ds[1]); num("0", ds[2]); num("-2", ds[0], "planted", expect=False); num("-1", ds[0])
dW = fd_grad(lambda W_: Lf(x@W_), W); print(dW)
close(dW, [[-2, 1, 0], [-4, 2, 0]], "planted carry", expect=False); close(dW, np.outer(x, ds), tol=1e-6)
close(np.outer([1, 2], [-2, 1, 0]), [[-2, 1, 0], [-4, 2, 0]])  # arithmetic of the written product holds
Wm = sp.Matrix(2, 2, sp.symbols('w1:5')); lam = sp.symbols('lambda')
R = lam*sum(e**2 for e in Wm)
for i in range(2):
    for j in range(2): same(sp.diff(R, Wm[i, j]), 2*lam*Wm[i, j])
report("ko/svm")
mk("../ko/multiclass_svm_cs231n_notes.md",
   "Korean CS231n study notes: sums over j \\neq y_i, indicator \\mathbb{1}(\\cdot) with inequalities inside, conditions in parentheses after \\quad, shapes in prose (D x C), a worked example with bindings, inline chains and an outer product of bmatrices",
   "multiclass SVM (hinge) loss: gradient with respect to the scores and to W, a worked example with three classes, the L2 penalty's gradient",
   wrong={"= -(C - 1) = -2$.": "the correct class's gradient counts only the classes that violate the margin (one here): -1, not -(C - 1) = -2",
          "= \\begin{bmatrix} -2 & 1 & 0 \\\\ -4 & 2 & 0": "carries the wrong -2: dL/dW's first column is (-1, -2)"},
   not_claims={"$$L_i = \\sum_{j \\neq y_i}\\max": "defines L_i",
               "$D = 2$, $C = 3$, $x = (1, 2)$": "binds D, C, x, y, Delta",
               "W = \\begin{bmatrix} 0 & 1.5 & 0.5": "binds W",
               "샘플 $x_i$ 에 대한 클래스 점수를": "defines s and declares shapes",
               "이고 보통 $\\Delta = 1$ 을 쓴다": "binds Delta",
               "전체 손실 $L = \\frac{1}{N}": "defines the total loss (the gradient is stated in prose, without =)"})
