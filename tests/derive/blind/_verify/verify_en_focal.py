from vh import *
p = sp.symbols('p', positive=True); z = sp.symbols('z', real=True); gm = sp.symbols('gamma', positive=True)
FL = -(1-p)**gm*sp.log(p)
dp = sp.diff(FL, p)
same(dp, -gm*(1-p)**(gm-1)*sp.log(p) - (1-p)**gm/p, "dFL/dp planted", subs_pos=(p,), expect=False)
same(dp, gm*(1-p)**(gm-1)*sp.log(p) - (1-p)**gm/p, "dFL/dp true", subs_pos=(p,))
sig = 1/(1+sp.exp(-z))
dz_true = sp.diff(FL.subs(p, sig), z)
same(dz_true, (dp*p*(1-p)).subs(p, sig), "chain")
same(dz_true, (-gm*p*(1-p)**gm*sp.log(p) - (1-p)**(gm+1)).subs(p, sig), "dFL/dz written", expect=False)
same(dz_true.subs(gm, 0), (p-1).subs(p, sig), "gamma 0")
num("0.1054", -np.log(0.9)); num("0.00105", 0.01*-np.log(0.9)); num("0.00105", 0.01*0.1054)
num("0.6931", np.log(2)); num("0.1733", 0.25*np.log(2)); num("0.1733", 0.25*0.6931)
report("en/focal")
mk("../en/focal_loss_gradient_tds.md",
   "Jekyll/MathJax blog post: YAML front matter, \\( \\) inline and \\[ \\] display math, \\mathrm{FL}, p_t defined by cases in prose, \\left. \\right|_{\\gamma = 0} evaluation bar, numbers with \\approx",
   "binary focal loss: values against cross entropy, derivative with respect to p and to the logit z, gamma = 0 check, alpha-balanced variant",
   wrong={"= -\\gamma (1 - p)^{\\gamma - 1}\\log p": "sign of the first term: d/dp (1-p)^gamma = -gamma(1-p)^(gamma-1), so the term is +gamma(1-p)^(gamma-1) log p",
          "= -\\gamma\\, p\\,(1 - p)^{\\gamma}\\log p": "carries the sign slip: the first term should be +gamma p (1-p)^gamma log p (the gamma = 0 check cannot catch it)"},
   not_claims={"\\mathrm{CE}(p_t) = -\\log p_t, \\qquad": "defines CE and FL",
               "The classifier outputs a logit": "defines p = sigma(z) and p_t by cases (conditions)"})
