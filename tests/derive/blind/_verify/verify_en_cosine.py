from vh import *
a = sp.Matrix(sp.symbols('a1:4', real=True)); b = sp.Matrix(sp.symbols('b1:4', real=True))
na = sp.sqrt((a.T*a)[0]); nb = sp.sqrt((b.T*b)[0]); ab = (a.T*b)[0]; c = ab/(na*nb)
G = sp.Matrix([sp.diff(c, ai) for ai in a])
l1 = b/(na*nb) - ab/(na**2*nb)*a/na
l2 = b/(na*nb) - c*a/na
l3 = (b/nb - c*a/na)/na
for i in range(3):
    same(G[i], l1[i], "line 1"); same(l1[i], l2[i], "planted", expect=False); same(G[i], l3[i], "line 3")
    same(sp.diff(ab, a[i]), b[i]); same(sp.diff(na, a[i]), a[i]/na)
same((a.T*(b/nb))[0], c*na)
same((a.T*G)[0], 0); same((a.T*l3)[0], (c*na - c*na)/na)
num("0.7071", 1/np.sqrt(2))
g = lambda A, B: B/(np.linalg.norm(A)*np.linalg.norm(B)) - (A@B)/(np.linalg.norm(A)**3*np.linalg.norm(B))*A
close(np.round(g(np.array([1, 0.]), np.array([1, 1.])), 4), [0, 0.7071]); close(np.array([0.7071, 0.7071]) - 0.7071*np.array([1, 0]), [0, 0.7071])
close(np.round(g(np.array([2, 0.]), np.array([1, 1.])), 4), [0, 0.3536])
report("en/cosine")
mk("../en/cosine_similarity_gradient_post.md",
   "blog post: bold vectors with hats for unit vectors, \\|\\mathbf{a}\\| norms, an aligned derivation where one middle line is wrong and the last line returns to the correct value, orthogonality claim with a transpose, tuples with \\approx",
   "gradient of cosine similarity with respect to one argument, orthogonality to a, 1/||a|| scaling, numbers at a = (1, 0), b = (1, 1)",
   wrong={"&= \\frac{\\mathbf{b}}{\\|\\mathbf{a}\\|\\,\\|\\mathbf{b}\\|} - c\\,\\frac{\\mathbf{a}}{\\|\\mathbf{a}\\|} \\\\": "drops a power of ||a||: the second term is c a / ||a||^2 (the next line is right again, so its step from this line does not hold either)"},
   not_claims={"c(\\mathbf{a}, \\mathbf{b}) = \\frac{\\mathbf{a}^\\top": "defines c",
               "Write $\\hat{\\mathbf{a}} = ": "defines the unit vectors",
               "Take $\\mathbf{a} = (1, 0)$": "binds a and b"})
