from vh import *
w, D = sp.symbols('w Delta', real=True)
fp, fpp = sp.symbols('fp fpp', real=True)
same(sp.diff(fp*D + fpp*D**2/2, D), fp + fpp*D)
same(sp.solve(sp.Eq(fp + fpp*D, 0), D)[0], -fp/fpp)
f = sp.exp(w) - 2*w
same(sp.diff(f, w), sp.exp(w) - 2); same(sp.diff(f, w, 2), sp.exp(w))
num("0.6931", np.log(2))
same(w - (sp.exp(w) - 2)/sp.exp(w), w - 1 + 2*sp.exp(-w))
num("1", 0 - 1 + 2); num("0.7358", 2*np.exp(-1))
w2 = 2*np.exp(-1); w3 = w2 - 1 + 2*np.exp(-w2)
num("-0.2642", 0.7358 - 1); num("0.9582", 2*np.exp(-0.7358))
num("0.6841", w3, "planted", expect=False); num("0.6841", -0.2642 + 0.9582, "planted arithmetic", expect=False)
num("0.3069", 1 - np.log(2)); num("0.0426", w2 - np.log(2))
num("0.5", 0 - 0.5*(1 - 2)); g2 = 0.5 - 0.5*(np.exp(0.5) - 2)
num("0.1756", -0.5*(np.exp(.5) - 2)); num("0.6756", g2); num("0.6756", 0.5 + 0.1756); num("0.0175", np.log(2) - g2)
report("ko/newton")
mk("../ko/newton_method_velog.md",
   "Korean velog post: emoji headings, '~다' plain style, \\Longrightarrow after an equation set to 0, \\leftarrow update, one iterate per $$, an error sequence with \\to arrows, a bullet list of inline chains, ✔️ summary",
   "Newton's method from the second-order Taylor model; f(w) = e^w - 2w: derivatives, the simplified update, three iterates from 0, gradient descent with eta = 0.5 for comparison",
   wrong={"\\approx -0.2642 + 0.9582 = 0.6841": "addition slip: -0.2642 + 0.9582 = 0.6940 (w_3 = 0.6940)"},
   not_claims={"$$w \\leftarrow w - \\frac{f'(w)}{f''(w)}$$": "the Newton update rule",
               "$w_0 = 0$ 에서 시작해 보자": "initial value",
               "학습률 $\\eta = 0.5$ 로 같은 점에서": "binds eta and states the gradient-descent update",
               "## 2. 예제: $f(w)": "defines f in a heading"})
