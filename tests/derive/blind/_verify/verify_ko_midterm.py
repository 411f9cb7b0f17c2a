from vh import *
w1, b1, w2, b2 = -0.5, 1.5, 2., -0.5
def grads(x, y):
    z1 = w1*x + b1; a1 = max(z1, 0); yh = w2*a1 + b2; L = (yh - y)**2
    dyh = 2*(yh - y); r = 1. if z1 > 0 else 0.
    return dict(z1=z1, a1=a1, yh=yh, L=L, dyh=dyh, dw2=dyh*a1, db2=dyh, dz1=dyh*w2*r, dw1=dyh*w2*r*x, db1=dyh*w2*r)
g = grads(2, 1)
num("0.5", g["z1"]); num("0.5", g["a1"]); num("0.5", g["yh"]); num("0.25", g["L"]); num("-1", g["dyh"])
num("-0.5", g["dw2"]); num("-1", g["db2"]); num("-2", g["dz1"]); num("-4", g["dw1"]); num("-2", g["db1"])
W1, B1, W2, B2, X, Y = sp.symbols('w1 b1 w2 b2 x y')
Lsym = (W2*(W1*X + B1) + B2 - Y)**2  # active branch
at = {W1: -0.5, B1: 1.5, W2: 2, B2: -0.5, X: 2, Y: 1}
for v, c in ((W1, "-4"), (B1, "-2"), (W2, "-0.5"), (B2, "-1")): num(c, sp.diff(Lsym, v).subs(at))
g = grads(4, 1)
num("-0.5", g["z1"]); num("-0.5", -2 + 1.5); num("0", g["a1"]); num("-0.5", g["yh"]); num("-3", g["dyh"])
num("-3", g["dw2"], "planted", expect=False); num("0", g["dw2"]); num("0", g["dw1"])
report("ko/midterm")
mk("../ko/midterm_relu_network_solution.md",
   "Korean midterm exam solution: problem statement with point values, \\mathrm{ReLU} and \\mathrm{ReLU}' with a cases environment on strict inequalities, \\because inside a display, forward values as an inline chain list, a grading rubric",
   "one-hidden-unit ReLU network with squared error: forward values, all five gradients at x = 2, and the dead-unit case x = 4",
   wrong={"a_1 = -3 \\times 0 = -3$$": "multiplication slip: -3 x 0 = 0 (the next line and the explanation use the zero correctly)"},
   not_claims={"**문제.** 은닉 유닛 1개짜리": "defines the network and loss, binds the parameters",
               "(a) $x = 2$, $y = 1$ 일 때": "binds x and y for (a)",
               "(c) $x = 4$, $y = 1$ 일 때": "binds x and y for (c)",
               "($z = 0$ 에서는 0으로 약속한다.)": "a convention at z = 0 and definitions of z_1, a_1"})
