from kit import *

x = np.array([2, 4, 6.]); mu = x.mean(); var = x.var(); sd = np.sqrt(var)
same(mu, 4); same(var, 8/3); near("2.6667", 8/3); near("1.6330", sd)
xh = (x - mu)/sd
for t, v in zip(["-1.2247", "0", "1.2247"], xh): near(t, v)
near("-1.2247", -2/1.6330); near("1.2247", 2/1.6330)
same(xh.mean(), 0); same(xh.var(), 1); same((1.5 + 0 + 1.5)/3, 1); near("1.5", 1.2247**2, digits=3)
for t, v in zip(["-1.4495", "1", "3.4495"], 2*xh + 1): near(t, v)
dy = np.array([0.5, -1, 2.])
near("1.8371", (dy*xh).sum()); near("1.8371", 0.5*-1.2247 + 2*1.2247); same(dy.sum(), 1.5)
g, b = sp.symbols('gamma beta'); xs = sp.symbols('xh1:4'); ds = sp.symbols('d1:4')
Ls = sum(ds[i]*(g*xs[i] + b) for i in range(3))
eq(sp.diff(Ls, g), sum(ds[i]*xs[i] for i in range(3))); eq(sp.diff(Ls, b), sum(ds))
same(0.9*0 + 0.1*4, 0.4); near("1.1667", 0.9*1 + 0.1*8/3); near("1.1667", 0.9 + 0.1*2.6667)
key("../ko/batchnorm_naver_blog.md",
    "Korean Naver blog post (friendly 해요-체, emoji, 공감 request): $$ formulas, a worked batch with fractions and \\approx tuples, a hypothetical rebinding ('만약 gamma = 2, beta = 1 이었다면'), running averages written as '=' with numbers",
    "batch normalization by numbers: batch mean and variance, normalised values, scale and shift, dgamma and dbeta, running statistics",
    wrong={},
    plain={"$$\\mu_B = \\frac{1}{m}\\sum_{i=1}^{m} x_i, \\qquad": "defines the batch statistics",
           "$$\\hat{x}_i = \\frac{x_i - \\mu_B}{\\sqrt{\\sigma_B^2 + \\epsilon}}, \\qquad y_i": "defines x-hat and y",
           "배치가 $x = (2, 4, 6)$ 이고 $\\gamma = 1$": "binds x, gamma, beta, epsilon",
           "출력 쪽에서 내려온 기울기를": "names the upstream gradient (no relation)",
           "모멘텀 0.9 로 처음 값이 $\\mu_{run} = 0$": "binds the initial running statistics"})
done("ko/batchnorm_naver_blog")
