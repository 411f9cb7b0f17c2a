from kit import *

x, h = sp.symbols('x h', real=True); f = sp.Function('f')
eq(sp.diff(x**3, x), 3*x**2); eq((3*x**2).subs(x, 2), 12)
same(2.01**3, 8.120601); same(1.99**3, 7.880599); same(8.120601 - 7.880599, 0.240002); same(0.240002/0.02, 12.0001); same((8.120601 - 8)/0.01, 12.0601)
c = ((x + h)**3 - (x - h)**3)/(2*h); eq(c, 3*x**2 + h**2)
fw = ((x + h)**3 - x**3)/h; eq(fw, 3*x**2 + 3*x*h + h**2)
same(0.01**2, 0.0001); same(3*2*0.01, 0.06); same(0.06 + 0.0001, 0.0601)
near("8.3", 0.0001/12.0001*1e6)
# Taylor: f(x+h) series (checked for a concrete smooth f)
g = sp.sin(x) + x**5; ser = sp.series(g.subs(x, x + h), h, 0, 4).removeO()
eq(ser, g + h*sp.diff(g, x) + h**2/2*sp.diff(g, x, 2) + h**3/6*sp.diff(g, x, 3))
ser2 = sp.series(g.subs(x, x - h), h, 0, 4).removeO()
eq(ser2, g - h*sp.diff(g, x) + h**2/2*sp.diff(g, x, 2) - h**3/6*sp.diff(g, x, 3))
key("../zh/gradient_check_zhihu_column.md",
    "Chinese Zhihu column post: approximate formulas with \\approx defining the two differences, a Taylor expansion with \\pm and O(h^4), a worked example with exact decimals, \\text{rel\\_err} with Chinese subscripts, scientific notation",
    "gradient checking: forward vs central differences, their error orders, f = x^3 at x = 2 with h = 0.01 (exact errors h^2 and 3xh + h^2), relative error",
    wrong={},
    plain={"## 例子：$f(x) = x^3$，$x = 2$，$h = 0.01$": "defines f and binds x, h",
           "$$\\text{rel\\_err} = \\frac{": "defines the relative error"})
done("zh/gradient_check_zhihu_column")
