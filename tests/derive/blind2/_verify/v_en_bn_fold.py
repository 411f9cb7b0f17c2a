from kit import *

W, b, mu, g, be, x, s = sp.symbols('W b mu gamma beta x s', real=True)
y = g*((W*x + b) - mu)/s + be
eq(y, g/s*(W*x + b - mu) + be); eq(y, g/s*W*x + (g/s*(b - mu) + be))
Wp = g/s*W; bp = g*(b - mu)/s + be; eq(y, Wp*x + bp)
same(np.sqrt(4 + 0), 2); same(0.5/2*2, 0.5); same(0.5*(1 - 3)/2 + 1, 0.5)
same(2*4 + 1, 9); same(0.5*(9 - 3)/2 + 1, 2.5); same(0.5*4 + 0.5, 2.5)
key("../en/batchnorm_folding_inference_post.md",
    "engineering blog post: substitution chain in $$, primes naming new parameters (W', b' are not derivatives), a numeric check inline with \\frac and a check mark, a percentage range in prose",
    "folding inference-time batch norm into the preceding linear layer: W' = gamma W / s, b' = gamma (b - mu) / s + beta, checked at x = 4",
    wrong={},
    plain={"Write $s = \\sqrt{\\sigma^2 + \\epsilon}$ and substitute": "defines s",
           "Let a linear (or conv) layer compute $z = Wx + b$": "defines z",
           "$$y = \\gamma\\,\\frac{z - \\mu}{\\sqrt{\\sigma^2 + \\epsilon}} + \\beta .$$": "defines y (BN at inference)",
           "$$W' = \\frac{\\gamma}{s}\\,W, \\qquad b'": "defines the folded parameters W' and b' (new names; the primes are not derivatives)"})
done("en/batchnorm_folding_inference_post")
