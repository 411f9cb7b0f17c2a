from vh import *
rho, g, eta = sp.symbols('rho g eta', positive=True)
for t in range(1, 6):
    s = 0
    for _ in range(t): s = rho*s + (1 - rho)*g**2
    same(s, (1 - rho)*g**2*sum(rho**k for k in range(t))); same(s, (1 - rho**t)*g**2)
    same(s/(1 - rho**t), g**2)
same(eta*g/sp.sqrt((1 - rho)*g**2), eta/sp.sqrt(1 - rho), subs_pos=(rho,))
num("3.16", 1/np.sqrt(0.1))
num("0.4", 0.1*4); num("0.0316", 0.02/np.sqrt(0.4)); num("0.76", 0.9*0.4 + 0.4); num("0.0229", 0.02/np.sqrt(0.76)); num("0.76", (1 - 0.81)*4)
report("ko/rmsprop")
mk("../ko/rmsprop_wikidocs.md",
   "Korean WikiDocs e-book section: numbered section title, update rules one per $$, a geometric series with \\cdots equal to a closed form, a limit stated in prose, a condition (g > 0) after \\quad, bias correction inline, bullet steps with fractions and \\approx, a sequence with \\to arrows",
   "RMSProp: the update, s_t = (1 - rho^t) g^2 for a constant gradient, the oversized first step eta / sqrt(1 - rho), bias correction, two steps with numbers",
   wrong={},
   not_claims={"$$s_t = \\rho\\,s_{t-1} + (1 - \\rho)\\,g_t^2$$": "the accumulator recurrence",
               "$$w_t = w_{t-1} - \\frac{\\eta}{\\sqrt{s_t + \\epsilon}}": "the update rule",
               "보통 $\\rho = 0.9$": "default values and s_0",
               "모든 스텝에서 $g_t = g$ 라고 하면": "assumption: constant gradient",
               "$\\eta = 0.01$, $\\rho = 0.9$, 두 스텝 모두": "binds eta, rho, g"})
