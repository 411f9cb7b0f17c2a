from vh import *
mu = sp.symbols('mu', real=True); sg = sp.symbols('sigma', positive=True); s = sp.symbols('s', real=True)
D = (sg**2 + mu**2 - 1 - sp.log(sg**2))/2
same(D, -(1 + sp.log(sg**2) - mu**2 - sg**2)/2)
same(sp.expand_log(sp.log(sg**2), force=True), 2*sp.log(sg))
same(sp.expand_log(D, force=True), (sg**2 + mu**2 - 1)/2 - sp.log(sg))
same(sp.diff(D, mu), mu)
same(sp.diff(D, sg), 1/sg - sg, "planted", expect=False); same(sp.diff(D, sg), sg - 1/sg)
Ds = (sp.exp(s) + mu**2 - 1 - s)/2
same(D.subs(sg, sp.sqrt(sp.exp(s))), Ds)
same(sp.diff(Ds, s), (sp.exp(s) - 1)/2); same((sp.exp(s) - 1)/2, ((sp.sqrt(sp.exp(s)))**2 - 1)/2)
num("1.3863", -np.log(0.25)); num("0.8181", 0.5*(0.25 + 1 - 1 - np.log(.25))); num("0.8181", 0.5*(0.25 + 1.3863))
num("1", 1); num("-0.375", 0.5*(0.25 - 1)); num("0", 0.5*(1 + 0 - 1 - 0))
report("ko/vae")
mk("../ko/vae_kl_term_naver_blog.md",
   "Korean Naver-blog post: polite '~요' style with emoji, code in backticks, \\mathcal{N}, D_{KL} as one name, a bullet list with inline derivatives and arrows into prose, a change of variable to logvar, numbers with \\approx, \\sim in a condition",
   "VAE KL term between N(mu, sigma^2) and N(0, 1): closed form, derivatives with respect to mu, sigma and logvar, numbers at mu = 1, sigma = 0.5, the minimum, the reparameterisation trick",
   wrong={"- $\\sigma$ 로 미분:": "sign flipped: dD_KL/dsigma = sigma - 1/sigma (the prose 'pulls the variance towards 1' holds for either sign)"},
   not_claims={"$\\mu = 1$, $\\sigma = 0.5$ 일 때": "binds mu and sigma"})
