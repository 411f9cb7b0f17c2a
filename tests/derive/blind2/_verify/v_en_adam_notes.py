from kit import *

b1, mu = sp.symbols('beta_1 mu', positive=True); gs = sp.symbols('g1:6')
for t in range(1, 6):
    m = 0
    for k in range(t): m = b1*m + (1 - b1)*gs[k]
    eq(m, (1 - b1)*sum(b1**(t - k)*gs[k - 1] for k in range(1, t + 1)))
    eq(sum((1 - b1)*b1**(t - k) for k in range(1, t + 1)), (1 - b1)*(1 - b1**t)/(1 - b1)); eq((1 - b1)*(1 - b1**t)/(1 - b1), 1 - b1**t)
    eq(m.subs({g: mu for g in gs}), (1 - b1**t)*mu)
g1 = sp.symbols('g_1', positive=True); eta = sp.symbols('eta', positive=True)
eq(((1 - b1)*g1)/(1 - b1), g1)
eq(-eta*g1/sp.sqrt(g1**2), -eta*g1/sp.Abs(g1))
near("3.16", 0.1/np.sqrt(0.001))
same(0.1*0.5, 0.05); same(0.001*0.25, 0.00025); same(0.05/0.1, 0.5); same(0.00025/0.001, 0.25); same(1 - 0.001*0.5/0.5, 0.999)
same(0.9*0.05 + 0.1*-0.2, 0.025); same(0.999*0.00025 + 0.001*0.04, 0.00028975)
same(1 - 0.9**2, 0.19); near("0.1316", 0.025/0.19); same(1 - 0.999**2, 0.001999)
near("0.1449", 0.00028975/0.001999); near("0.3807", np.sqrt(0.00028975/0.001999)); near("0.3807", np.sqrt(0.1449))
near("0.000346", 0.001*0.1316/0.3807); near("0.000346", 0.001*(0.025/0.19)/np.sqrt(0.00028975/0.001999))
same(0.999 - 0.000346, 0.998654); near("0.998654", 0.999 - 0.001*(0.025/0.19)/np.sqrt(0.00028975/0.001999))
key("../en/adam_bias_correction_study_notes.md",
    "personal study notes (Obsidian-like, #tags): four consecutive one-line $$ update rules, defaults on one line, expectation in prose, \\hat and \\sqrt, a step-by-step numeric list with fractions and \\approx",
    "Adam: update, why bias correction (weights sum to 1 - beta^t), the first step has size eta, two steps with numbers",
    wrong={},
    plain={"$$m_t = \\beta_1 m_{t-1} + (1 - \\beta_1) g_t$$": "update rule",
           "$$v_t = \\beta_2 v_{t-1} + (1 - \\beta_2) g_t^2$$": "update rule",
           "$$\\hat m_t = \\frac{m_t}{1 - \\beta_1^t}, \\qquad": "defines the corrected moments",
           "$$w_t = w_{t-1} - \\eta\\,\\frac{\\hat m_t}": "update rule",
           "Defaults: $\\beta_1 = 0.9$": "binds the defaults and m_0 = v_0 = 0",
           "$w_0 = 1$, $\\eta = 0.001$, gradients": "binds w_0, eta, g_1, g_2",
           "For each parameter, with gradient $g_t$ at step $t = 1, 2, \\dots$": "names the step index (t = 1, 2, ... is a range)"})
done("en/adam_bias_correction_study_notes")
