from vh import *
yh = np.array([2.5, 0., 2.1]); y = np.array([3, -.5, 2]); r = yh - y
close(r, [-0.5, 0.5, 0.1])
num("0.3667", np.abs(r).mean()); num("0.3667", (0.5+0.5+0.1)/3)
g = np.sign(r)/3; print(g)
close(np.round(g, 4), [-0.3333, 0.3333, -0.3333], "planted", expect=False)
R = sp.symbols('r', real=True)
same(sp.diff(sp.log(sp.cosh(R)), R), sp.sinh(R)/sp.cosh(R)); same(sp.sinh(R)/sp.cosh(R), sp.tanh(R))
same(sp.diff(sp.log(sp.cosh(R)), R, 2), 1 - sp.tanh(R)**2)
num("0.1201", np.log(np.cosh(.5))); num("0.125", .25/2); num("0.4621", np.tanh(.5))
num("4.3069", np.log(np.cosh(5))); num("4.3069", 5 - np.log(2)); num("0.9999", np.tanh(5))
report("en/mae")
mk("../en/mae_logcosh_forum_post.md",
   "competition forum reply: bold run-in headings, \\operatorname{sign} of each entry inside a tuple, \\tfrac factor before a tuple, \\approx to a tuple, a derivative pair joined by \\qquad, a Markdown table mixing values, an approximation and gradients",
   "MAE gradient (sign of the residual / n) with a toy batch, the median, log-cosh's first and second derivatives and its two regimes in numbers",
   wrong={"\\approx (-0.3333,\\ 0.3333,\\ -0.3333)": "sign slip in the last entry: sign(0.1) = +1, so it is +0.3333"},
   not_claims={"Residual $r_i = \\hat{y}_i - y_i$ throughout": "defines the residual",
               "**MAE.** $L = ": "defines the MAE loss, with the condition r_i != 0",
               "**Log-cosh.** $L = ": "defines the log-cosh loss"})
