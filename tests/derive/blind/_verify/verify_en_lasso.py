from vh import *
w, lam = sp.symbols('w lambda', real=True)
xs = sp.symbols('x1:4', real=True); rs = sp.symbols('r1:4', real=True)
rho = sum(x*r for x, r in zip(xs, rs)); zz = sum(x**2 for x in xs)
sm = sp.Rational(1, 2)*sum((r - x*w)**2 for x, r in zip(xs, rs))
mid = sp.Rational(1, 2)*sum(r**2 for r in rs) - w*rho + w**2/2*zz
same(sm, mid); same(mid, sp.Rational(1, 2)*sum(r**2 for r in rs) - rho*w + zz/2*w**2)
same(sp.diff(sm, w), zz*w - rho)
R, Z, L = sp.symbols('rho z lambda', positive=True)
same(sp.solve(sp.Eq(Z*w - R + L, 0), w)[0], (R - L)/Z)
same(sp.solve(sp.Eq(Z*w - R - L, 0), w)[0], (R - L)/Z, "planted case 2", expect=False)
same(sp.solve(sp.Eq(Z*w - R - L, 0), w)[0], (R + L)/Z)
# soft threshold formula against brute force
S = lambda r, l: np.sign(r)*max(abs(r) - l, 0)
x = np.array([1, 2, -1.]); r = np.array([2, 1, 0.])
num("4", x@r); num("6", x@x)
for lv, c in ((0, "0.6667"), (1, "0.5"), (5, "0")):
    grid = np.linspace(-2, 2, 400001); f = 0.5*((r[:, None] - x[:, None]*grid)**2).sum(0) + lv*np.abs(grid)
    num(c, grid[f.argmin()], approx_digits=4); num(c, S(4, lv)/6)
num("0.5", (4-1)/6)
same(sp.solve(sp.Eq(Z*w - R + L*w, 0), w)[0], R/(Z + L))
report("en/lasso")
mk("../en/lasso_soft_threshold_interview.md",
   "interview-prep post: Q/A in blockquotes, numbered case list with implications (\\Rightarrow) and conditions inline, \\;, set membership with an interval, \\operatorname{sign} and \\max in the result, w^{*}",
   "coordinate descent for the Lasso: the one-dimensional objective, expansion with rho and z, the three subgradient cases, the soft-thresholding operator, numbers at lambda = 0, 1, 5, the ridge comparison",
   wrong={"2. $w < 0$:": "solving z w - rho - lambda = 0 gives w = (rho + lambda)/z, not (rho - lambda)/z (the combined S formula below is right)"},
   not_claims={"f(w) = \\frac{1}{2}\\sum_{i=1}^{m}(r_i - x_i w)^2": "defines f",
               "Name the two sums that appear": "defines rho and z",
               "**Numbers.** $x = (1, 2, -1)$": "binds x and r",
               "the penalty becomes smooth": "redefines f for ridge"})
