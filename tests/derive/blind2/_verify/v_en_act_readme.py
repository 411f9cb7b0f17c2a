from kit import *

z = sp.symbols('z', real=True)
t = sp.tanh(z); sig = lambda u: 1/(1 + sp.exp(-u))
eq(sp.diff(t, z), 1 - t**2); eq(t, 2*sig(2*z) - 1)
near("0.4621", np.tanh(0.5)); near("0.786", 1 - np.tanh(0.5)**2); near("0.786", 1 - 0.4621**2)
al = 0.01
# leaky relu derivative for z<0 is alpha, the file writes alpha*z: wrong
a_ = sp.symbols('alpha', positive=True)
neq(sp.diff(a_*z, z), a_*z)
same(al*-3, -0.03)
eq(sp.diff(sp.log(1 + sp.exp(z)), z), sp.exp(z)/(1 + sp.exp(z))); eq(sp.exp(z)/(1 + sp.exp(z)), sig(z))
key("../en/activations_readme_github_math.md",
    "GitHub README: inline math as $`...`$, display math in ```math fences, cases environments for piecewise functions, a Markdown API table with code",
    "tanh' = 1 - tanh^2 and the identity tanh = 2 sigma(2z) - 1, ReLU and leaky ReLU with their derivatives, softplus' = sigma",
    wrong={"f'(z) = \\begin{cases} 1 & z > 0 \\\\ \\alpha z & z < 0": "wrong derivative: for z < 0 the derivative of alpha z is alpha, not alpha z"},
    plain={"Forward: $`a = \\tanh(z)`$": "defines a",
           "\\mathrm{ReLU}(z) = \\max(0, z), \\qquad": "defines ReLU (its derivative follows on the next line)",
           "With slope $`\\alpha = 0.01`$": "binds alpha",
           "f(z) = \\begin{cases} z & z \\ge 0": "defines leaky ReLU",
           "At $`z = 0`$ we return 0": "a convention at z = 0 (condition), not a claim"})
done("en/activations_readme_github_math")
