from vh import *
x, y, z = 2, -1, 3
q = x*y; r = q+z; f = r**2
num("-2", q); num("1", r); num("1", f)
X, Y, Z = sp.symbols('x y z'); F = (X*Y + Z)**2; at = {X: 2, Y: -1, Z: 3}
num("2", 2*r); num("2", sp.diff(F, Z).subs(at)); num("-2", sp.diff(F, X).subs(at)); num("4", sp.diff(F, Y).subs(at))
sg = lambda t: 1/(1+np.exp(-t))
a = sg(1.0); num("1", 1*2-1); num("0.7311", a); num("0.267", 0.5*a**2); num("0.267", 0.5*0.7311**2)
num("0.1966", a*(1-a)); num("0.2875", a*a*(1-a)*2); num("0.2875", 0.7311*0.1966*2)
num("0.1437", a*a*(1-a)); num("0.1437", 0.7311*0.1966)
num("0.7125", 1 - 0.2875); num("-0.8563", -1 - 0.1437, "planted", expect=False)
W, B = sp.symbols('w b'); L = (1/(1+sp.exp(-(W*2+B))))**2/2
num("0.2875", sp.diff(L, W).subs({W: 1, B: -1}).evalf()); num("0.1437", sp.diff(L, B).subs({W: 1, B: -1}).evalf())
num("24", 28-5+1); num("156", (25+1)*6); num("8", 12-5+1); num("2416", (25*6+1)*16); num("256", 4*4*16)
report("en/exam")
mk("../en/midterm_solutions_backprop.md",
   "posted exam solutions: problems with point values, (a)/(b)/(c) parts, forward values as inline chains separated by \\quad, two results per $$ with \\qquad, \\leftarrow updates with arithmetic, a rubric note, a table of layer shapes with arithmetic in the cells",
   "computational-graph backprop of (xy + z)^2, one sigmoid neuron with squared error (forward, gradients, one step), LeNet-style output shapes and parameter counts",
   wrong={"b \\leftarrow -1 - 1 \\times 0.1437 = -0.8563": "sign slip: -1 - 0.1437 = -1.1437"},
   not_claims={"$f(x, y, z) = (xy + z)^2$ at $x = 2$": "defines f and binds x, y, z",
               "$a = \\sigma(wx + b)$ with squared error": "defines a and L, binds w, b, x, y, eta",
               "**(a) Forward (2 pts).** With intermediate": "defines q and r"})
