from kit import *

z, y = sp.symbols('z y', real=True); a = 1/(1 + sp.exp(-z))
eq(sp.diff(sp.Rational(1, 2)*(a - y)**2, z), (a - y)*a*(1 - a))
A = sp.symbols('A', positive=True)
eq((-y/A + (1 - y)/(1 - A))*A*(1 - A), A - y, pos=(A,))
eq(sp.diff(-y*sp.log(a) - (1 - y)*sp.log(1 - a), z), a - y)
av = 1/(1 + np.exp(4)); near("0.0180", av); near("0.9820", 1 - av)
far("0.0167", av*(1 - av)); far("0.0167", 0.0180*0.9820)       # keyed wrong: 0.0177
near("0.0177", av*(1 - av)); near("-0.017", (av - 1)*av*(1 - av)); near("-0.017", -0.9820*0.0177); near("-0.9820", av - 1)
near("56.6", 1/(av*(1 - av))); near("56.6", 1/(0.0180*0.9820))
key("../en/mse_vs_cross_entropy_saturation_blog.md",
    "opinionated blog post: \\text{} subscripts on loss names, two losses defined on one $$ line, chain-rule results in separate $$ blocks, a numeric 'confidently wrong' example with \\approx, a ratio in prose",
    "gradients of MSE and cross-entropy through a sigmoid, the vanishing factor a(1 - a), numbers at z = -4",
    wrong={"$$\\sigma'(-4) = a(1 - a) \\approx 0.0180 \\times 0.9820 \\approx 0.0167$$": "arithmetic slip: 0.0180 x 0.9820 = 0.0177 (the next line uses 0.0177)"},
    plain={"Take a single sigmoid output $a = \\sigma(z)$": "defines a; y in {0, 1} is a condition",
           "$$L_{\\text{MSE}} = \\frac{1}{2}(a - y)^2, \\qquad L_{\\text{CE}}": "defines the two losses",
           "Suppose $y = 1$ but the logit is $z = -4$": "binds y and z"})
done("en/mse_vs_cross_entropy_saturation_blog")
