from kit import *

p, h = sp.symbols('p h', positive=True)
Er = p*1 + (1 - p)*0
eq(Er/p*h, p/p*h); eq(p/p*h, h)
same(5/0.8, 6.25); same(0.8*6.25 + 0.2*0, 5)
m = 4; xs = sp.symbols('x1:5', real=True); mu = sum(xs)/m
eq(sum(v - mu for v in xs), sum(xs) - m*mu); eq(sum(xs) - m*mu, 0)
var = sum((v - mu)**2 for v in xs)/m
eq(sum(((v - mu)/sp.sqrt(var))**2 for v in xs)/m, 1)
g, b = sp.symbols('gamma beta'); xh = sp.symbols('xh1:3'); d = sp.symbols('d1:3')
Ls = sum(d[i]*(g*xh[i] + b) for i in range(2)); eq(sp.diff(Ls, g), d[0]*xh[0] + d[1]*xh[1]); eq(sp.diff(Ls, b), d[0] + d[1])
x = np.array([1, 3.]); same(x.mean(), 2); same(x.var(), 1); same(((1 - 2)**2 + (3 - 2)**2)/2, 1)
xhv = (x - 2)/1; same(xhv, [-1, 1]); same(3*xhv - 1, [-4, 2])
dy = np.array([0.5, 2]); same((dy*xhv).sum(), 1.5); same(-0.5 + 2, 1.5); same(dy.sum(), 2.5)
key("../zh/dropout_batchnorm_chapter_notebook.ipynb",
    "Chinese textbook-chapter Jupyter notebook: Markdown cells with an align environment written outside $$ (a chain over three rows), a prime used for a new variable (h' is not a derivative), \\mathbb{E}, \\sim Bernoulli, bindings in prose with 若/则, a numeric BN example with several relations on one $$ line",
    "inverted dropout expectation and backward, why batch-normalised values have mean 0 and variance 1, dgamma and dbeta with numbers",
    wrong={},
    plain={"$$h' = \\frac{r}{p}\\, h$$": "defines h' (the prime names a new variable)",
           "对一个 mini-batch $x_1, \\dots, x_m$": "defines mu, sigma^2 and x-hat",
           "输出 $y_i = \\gamma\\hat{x}_i + \\beta$": "defines y_i",
           "**数值例子**：$x = (1, 3)$": "binds x, epsilon, gamma, beta"})
done("zh/dropout_batchnorm_chapter_notebook")
