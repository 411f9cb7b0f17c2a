from kit import *
from scipy.stats import norm

x = sp.symbols('x', real=True); a = sp.Symbol('alpha', positive=True)
same((np.array([-2, 0.5, 3]) > 0)*np.ones(3), [0, 1, 1])
same(0.1*-2, -0.2)
xn = sp.symbols('xn', negative=True)
eq(sp.diff(a*(sp.exp(xn) - 1), xn), a*sp.exp(xn)); eq(a*sp.exp(xn), a*(sp.exp(xn) - 1) + a)
near("-0.6321", np.exp(-1) - 1); near("0.3679", np.exp(-1)); same(-0.6321 + 1, 0.3679)
Phi = (1 + sp.erf(x/sp.sqrt(2)))/2; phi = sp.exp(-x**2/2)/sp.sqrt(2*sp.pi)
eq(sp.diff(x*Phi, x), Phi + x*phi)
G = lambda v: v*norm.cdf(v); dG = lambda v: norm.cdf(v) + v*norm.pdf(v)
near("0.3457", G(0.5)); near("0.8675", dG(0.5)); near("-0.1543", G(-0.5)); near("0.1325", dG(-0.5)); near("-0.0852", dG(-2))
key("../ko/relu_family_handwritten_notes.md",
    "Korean learner's hand-copied notes (반말, 음슴체): Unicode typed in math (′, ∂, ·, 𝟙, α, ≈, eˣ, Φ, φ, −), conditions written in parentheses next to inline formulas '(x > 0 일 때)', several definitions per line, bulleted values, arrows",
    "ReLU, leaky ReLU, ELU (f' = f + alpha for x < 0) and GELU derivatives with values",
    wrong={},
    plain={"$f(x) = \\max(0, x)$": "defines ReLU",
           "$f(x) = x$ (x ≥ 0), $f(x) = αx$ (x < 0)": "defines leaky ReLU piecewise (redefines f)",
           "$f(x) = x$ (x > 0), $f(x) = α(eˣ − 1)$ (x ≤ 0)": "defines ELU piecewise (redefines f)",
           "$GELU(x) = x·Φ(x)$,  Φ = 표준정규분포 CDF": "defines GELU",
           "## Leaky ReLU ($α = 0.1$ 로 둠)": "binds alpha",
           "## ELU ($α = 1$)": "binds alpha"})
done("ko/relu_family_handwritten_notes")
