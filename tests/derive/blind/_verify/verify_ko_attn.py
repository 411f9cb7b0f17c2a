from vh import *
q = np.array([1, 2, 0, 1.]); K = np.array([[1, 0, 1, 1], [0, 1, 0, 2.]]); V = np.array([[1, 0], [0, 2.]])
num("2", np.sqrt(4)); num("1", (1 + 0 + 0 + 1)/2); num("1", q@K[0]/2); num("2", (0 + 2 + 0 + 2)/2); num("2", q@K[1]/2)
s = K@q/2; a = np.exp(s)/np.exp(s).sum()
num("0.2689", a[0]); num("0.2689", 1/(1 + np.e)); num("0.7311", a[1])
close(np.round(a@V, 4), [0.2689, 1.4621]); num("1.462", (a@V)[1]); num("1.462", 0.7311*2)
dO = np.array([1, 1.]); da = V@dO; close(da, [1, 2])
num("1.7311", a@da); num("1.7311", 0.2689 + 2*0.7311)
ds = a*(da - a@da); print(ds)
close(np.round(ds, 4), [0.1966, -0.1966], "planted", expect=False)
num("-0.1966", 0.2689*(1 - 1.7311)); num("0.1966", 0.7311*(2 - 1.7311))
L = lambda ss: dO@(np.exp(ss)/np.exp(ss).sum()@V)
close(fd_grad(L, s), ds, tol=1e-6)
report("ko/attn")
mk("../ko/attention_backward_study_notes.md",
   "Korean study-group notes: vectors as tuples, several bindings in one $$ joined by \\quad, one score per side of \\qquad, softmax weights as fractions, numbered steps with inline derivatives, a pair of gradient entries as a tuple",
   "scaled dot-product attention for one query and two keys: scores, softmax weights, output, and the backward pass to the weights, the scores and the dot products",
   wrong={"\\approx (0.1966,\\ -0.1966)$$": "signs swapped: 0.2689 x (1 - 1.7311) = -0.1966 and 0.7311 x (2 - 1.7311) = +0.1966"},
   not_claims={"q = (1, 2, 0, 1), \\quad k_1": "binds q, the keys and the values",
               "위에서 $\\frac{\\partial L}{\\partial o} = (1, 1)$": "binds the upstream gradient"})
