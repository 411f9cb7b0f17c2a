from vh import *
x, b = sp.symbols('x beta', real=True)
sg = lambda t: 1/(1+sp.exp(-t))
s = sg(b*x); f = x*s
fp = sp.diff(f, x)
same(fp, s + b*x*s*(1-s), "OP formula")
same(fp, b*f + s*(1 - b*f), "paper formula")
same(sp.diff(s, x), b*s*(1-s), "ds/dx")
same(fp, s + x*sp.diff(s, x), "align 1")
same(s + x*sp.diff(s, x), s + b*x*s - b*x*s**2, "align 2")
same(s + b*x*s - b*x*s**2, b*f + s - b*f*s, "align 3")
same(b*f + s - b*f*s, b*f + s*(1 - b*f), "align 4")
fp1 = fp.subs(b, 1)
same(fp1, sg(x)*(1 + x*(1-sg(x))), "silu")
same(fp1.subs(x, 0), sp.Rational(1, 2), "f'(0)")
num("0.8808", sg(2).evalf()); num("0.1192", 1-sg(2).evalf())
num("1.2384", 1 + 2*0.1192); num("1.0908", 0.8808*1.2384); num("1.0908", fp1.subs(x, 2).evalf())
fpp = sp.diff(fp, x)
same(fpp, b*s*(1-s)*(2 + b*x*(1-s)), "comment wrong", expect=False)
same(sp.diff(b*x*s*(1-s), x), b*s*(1-s) + b**2*x*s*(1-s)*(1-2*s), "OP reply diff")
same(fpp, b*s*(1-s)*(2 + b*x*(1-2*s)), "OP reply f''")
report("en/swish")
mk("../en/swish_derivative_stackexchange.md",
   "Stack Exchange Q&A: question with two formulas, accepted answer with an align* block inside $$, \\big parentheses, inline chains, comment thread in blockquotes correcting a wrong comment",
   "Swish / SiLU derivative in two equivalent forms, values at 0 and 2, second derivative (a wrong comment and its correction)",
   wrong={"(2 + \\beta x(1 - s)\\big)": "second derivative's last factor 1 - s should be 1 - 2s (the next comment corrects it)"},
   not_claims={"implementing Swish": "defines f"})
