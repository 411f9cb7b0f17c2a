from kit import *

w_ = sp.symbols('w'); eq(sp.diff(w_**2/2, w_), w_)
w = 1.0; v = 0; out = []
for t in range(3):
    g = w; v = 0.9*v + g; w = w - 0.1*v; out.append((g, v, w))
same(out, [(1, 1, 0.9), (0.9, 1.8, 0.72), (0.72, 2.34, 0.486)])
same(1 - 0.1*1, 0.9); same(0.9*1 + 0.9, 1.8); same(0.9 - 0.18, 0.72); same(0.9*1.8 + 0.72, 2.34); same(0.72 - 0.234, 0.486); same(0.9**3, 0.729); same(1 - 0.1, 0.9)
w = 1.0; s = 0; res = []
for t in range(2):
    g = w; s = 0.9*s + 0.1*g*g; st = 0.01*g/np.sqrt(s); res.append((g, s, np.sqrt(s), st)); w -= st
    res[-1] = res[-1] + (w,)
same(0.1*1, 0.1); near("0.3162", np.sqrt(0.1)); near("0.0316", res[0][3]); near("0.9684", res[0][4]); same(1 - 0.0316, 0.9684)
near("0.9684", res[1][0]); near("0.1838", res[1][1]); near("0.1838", 0.9*0.1 + 0.1*0.9684**2); near("0.4287", res[1][2]); near("0.4287", np.sqrt(0.1838))
near("0.0226", res[1][3]); near("0.0226", 0.01*0.9684/0.4287); near("0.9458", res[1][4]); same(0.9684 - 0.0226, 0.9458)
near("3.16", 1/np.sqrt(0.1))
b1, b2, g1, eta = sp.symbols('beta_1 beta_2 g_1 eta', positive=True)
eq((1 - b1)*g1/(1 - b1), g1); eq((1 - b2)*g1**2/(1 - b2), g1**2)
gn = sp.symbols('g', real=True, nonzero=True)
eq(-eta*gn/sp.sqrt(gn**2), -eta*gn/sp.Abs(gn)); eq(-eta*gn/sp.Abs(gn), -eta*sp.sign(gn))
key("../zh/optimizer_handnotes.md",
    "Chinese handwritten-style study notes: Unicode subscripts and superscripts typed in math (w₀, v₁, g₁², 0.9³), ′ for the derivative, · and × and − and ≈ typed directly, bullets per step 't=1：', full-width punctuation between inline formulas, \\hat and \\mathrm{sign}",
    "momentum (three steps), RMSProp (two steps), the oversized first RMSProp step, Adam's first step eta sign(g) on f = w^2 / 2",
    wrong={},
    plain={"更新规则（PyTorch 写法）": "momentum update rules and bindings",
           "$s_t = ρ·s_{t−1} + (1 − ρ)·g_t²$": "RMSProp update rules and bindings"})
done("zh/optimizer_handnotes")
