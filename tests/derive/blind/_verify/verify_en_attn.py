from vh import *
num("8", np.sqrt(64))
s1 = 1/(1+np.exp(-8)); s2 = np.exp(-8)/(1+np.exp(-8))
num("0.99966", s1); num("0.00034", s2)
num("0.0034", s1*(1-s1), "planted", expect=False); num("0.0034", 0.99966*0.00034, "planted arithmetic", expect=False)
num("0.7311", 1/(1+np.exp(-1))); num("0.2689", np.exp(-1)/(1+np.exp(-1))); num("0.1966", 0.7311*0.2689)
num("0.1966", (1/(1+np.exp(-1)))*(1-1/(1+np.exp(-1))))
# variance claims by simulation (sanity) and algebra
rng = np.random.default_rng(3); d = 64
q = rng.normal(size=(200000, d)); k = rng.normal(size=(200000, d)); dots = (q*k).sum(1)
print("var dot", dots.var(), "scaled", (dots/np.sqrt(d)).var())
z1 = sp.symbols('z1', real=True)
same(sp.diff(sp.exp(z1)/(sp.exp(z1)+1), z1), sp.exp(z1)/(sp.exp(z1)+1)*(1 - sp.exp(z1)/(sp.exp(z1)+1)))
report("en/attn")
mk("../en/attention_scaling_blog.md",
   "blog series post: \\operatorname{Attention}/\\operatorname{softmax} with \\!, \\mathbb{E} and \\operatorname{Var} identities under stated independence, pairs of results joined by \\qquad, softmax of a two-entry tuple written as a tuple of fractions, \\approx on tuples",
   "scaled dot-product attention: variance of q.k is d, scaling by 1/sqrt(d) restores 1, softmax saturation and its gradient at scores (8, 0) against (1, 0)",
   wrong={"\\approx 0.99966 \\times 0.00034 \\approx 0.0034": "off by a factor of 10: 0.99966 x 0.00034 = 0.00034"},
   not_claims={"\\operatorname{Attention}(Q, K, V) = ": "defines attention",
               "Two keys whose raw scores differ": "binds z = (8, 0)",
               "After scaling, the same pair": "binds z = (1, 0)"})
