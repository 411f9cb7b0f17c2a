from vh import *
a = sp.Matrix(sp.symbols('a1:3', real=True)); p = sp.Matrix(sp.symbols('p1:3', real=True)); n = sp.Matrix(sp.symbols('n1:3', real=True)); al = sp.symbols('alpha')
sq = lambda v: (v.T*v)[0]
Lact = sq(a - p) - sq(a - n) + al
g = lambda f, v: sp.Matrix([sp.diff(f, vi) for vi in v])
def vs(M, N, lab):
    for i in range(len(M)): same(M[i], N[i], lab)
vs(g(sq(a - p), a), 2*(a - p), "d|a-p|^2"); vs(g(Lact, a), 2*(a - p) - 2*(a - n), "dL/da 1"); vs(2*(a - p) - 2*(a - n), 2*(n - p), "dL/da 2")
vs(g(Lact, p), -2*(a - p), "dL/dp"); vs(-2*(a - p), 2*(p - a), "dL/dp 2"); vs(g(Lact, n), 2*(a - n), "dL/dn")
vs(2*(n - p) + 2*(p - a) + 2*(a - n), sp.zeros(2, 1), "sum")
A = np.array([1, 0.]); P = np.array([.8, .3]); N = np.array([.9, -.1])
num("0.13", np.sum((A - P)**2)); num("0.13", .04 + .09); num("0.02", np.sum((A - N)**2))
num("0.33", max(0, .13 - .02 + .2), "planted", expect=False); num("0.31", max(0, .13 - .02 + .2))
close(2*(N - P), [.2, -.8]); close(2*(P - A), [-.4, .6]); close(2*(A - N), [.2, .2])
A2 = A - 0.5*2*(N - P); close(A2, [.9, .4])
num("0.02", np.sum((A2 - P)**2)); num("0.25", np.sum((A2 - N)**2)); num("0", max(0, .02 - .25 + .2))
report("zh/triplet")
mk("../zh/triplet_loss_gradient_csdn.md",
   "Chinese CSDN-style post: \\max(0, ...) with norms, a condition 'when L > 0' in prose, gradient pairs joined by \\qquad, tuple arithmetic inside \\big( \\big), a \\leftarrow update with tuples, losses before and after",
   "triplet loss: gradients for anchor, positive and negative, their sum is zero, a hard-negative example with numbers, one update of the anchor",
   wrong={"L = \\max(0,\\ 0.13 - 0.02 + 0.2) = 0.33": "arithmetic slip: 0.13 - 0.02 + 0.2 = 0.31"},
   not_claims={"L = \\max\\left(0,\\ \\|a - p\\|^2": "defines the loss",
               "$a = (1, 0)$，$p = (0.8, 0.3)$": "binds a, p, n, alpha",
               "当 $L = 0$ 时三个梯度都为": "a condition (L = 0), not a claim"})
