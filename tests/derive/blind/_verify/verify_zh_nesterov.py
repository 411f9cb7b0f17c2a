from vh import *
mu, g = sp.symbols('mu g', real=True)
same(g + mu*g/(1 - mu), g/(1 - mu))
gs = sp.symbols('g1:5'); b = 0
for t in range(1, 5):
    b = mu*b + gs[t-1]
    same(b, sum(mu**(t-k)*gs[k-1] for k in range(1, t+1)))
num("1.9", 1 + 0.9); num("0.81", 1 - 0.19)
num("1.71", 0.9 + 0.81); num("2.349", 0.81 + 0.9*1.71)
th2 = 0.81 - 0.1*2.349
num("0.5851", th2, "planted", expect=False); num("0.5751", th2)
num("0.9", 1 - 0.1); num("1.8", 0.9 + 0.9); num("0.72", 0.9 - 0.18)
# simulate PyTorch's rule
th, bb = 1.0, None; out = []
for t in range(2):
    gg = th; bb = gg if bb is None else 0.9*bb + gg; th = th - 0.1*(gg + 0.9*bb); out.append(th)
close(out, [0.81, 0.5751])
report("zh/nesterov")
mk("../zh/nesterov_pytorch_csdn.md",
   "Chinese CSDN post: copyright line, 文章目录, Chinese numbered headings, \\text{nes} superscripts, three update rules per $$ with \\qquad, 令 ... 则 prose, a limit with \\to, 第 1 步 worked numbers, code block with printed values in comments",
   "PyTorch's Nesterov momentum: the update rules, the unrolled momentum buffer, the effective learning rate for a constant gradient, two hand-computed steps on f = theta^2/2 against plain momentum",
   wrong={"\\theta_2 = 0.81 - 0.1 \\times 2.349 = 0.5851": "arithmetic slip: 0.81 - 0.2349 = 0.5751 (the code comment prints 0.5751)"},
   not_claims={"b_t = \\mu\\,b_{t-1} + g_t, \\qquad": "the update rules",
               "其中第一步直接令 $b_1 = g_1$": "initialisation of the buffer",
               "令 $b_0 = 0$": "initial value",
               "取 $\\theta_0 = 1$": "binds theta_0, gamma, mu",
               "如果梯度一直是常数": "a limit (\\to), not an identity"})
