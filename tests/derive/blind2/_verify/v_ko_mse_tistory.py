from kit import *

w, b, x, y = sp.symbols('w b x y', real=True)
eq(sp.diff((y - w*x - b)**2, w), 2*(y - w*x - b)*(-x)); eq(2*(y - w*x - b)*(-x), -2*x*(y - (w*x + b)))
X = np.array([0, 1, 2.]); Y = np.array([1, 3, 5.])
M = lambda w, b: np.mean((Y - w*X - b)**2)
same(1*X + 1, [1, 2, 3]); same(Y - (X + 1), [0, 1, 2]); same(M(1, 1), 5/3); near("1.667", 5/3)
gw = fd(lambda v: M(v, 1.), np.array(1.)); same(gw, -10/3, tol=1e-6); same(-2/3*(0 + 1 + 4), -10/3); near("-3.333", -10/3)
gb = fd(lambda v: M(1., v), np.array(1.)); same(gb, -2, tol=1e-6); same(-2/3*(0 + 1 + 2), -2)
same(1 + 0.333, 1.333); near("1.333", 1 - 0.1*(-10/3)); same(1 + 0.2, 1.2); same(1 - 0.1*(-2), 1.2)
rng = np.random.default_rng(4); Xm = rng.normal(size=(5, 3)); ym = rng.normal(size=5); wm = rng.normal(size=3)
same(fd(lambda v: (Xm @ v - ym) @ (Xm @ v - ym)/5, wm), 2/5*Xm.T @ (Xm @ wm - ym), tol=1e-6)
key("../ko/mse_gradient_tistory.md",
    "Korean Tistory blog post (존댓말, emoji, 댓글 invitation): $$ blocks, \\mathrm{MSE} as a name, a sign warning in prose, bulleted worked example, shapes declared in prose ('X의 크기는 (n, d)'), a shape product (d, n) x (n, 1) = (d, 1)",
    "MSE for linear regression: scalar derivative with the inner -x_i, dMSE/dw and dMSE/db, a three-point example with one update, matrix form with declared shapes",
    wrong={},
    plain={"$$\\mathrm{MSE} = \\frac{1}{n}\\sum_{i=1}^{n}(y_i - \\hat{y}_i)^2$$": "defines MSE",
           "입니다. 모델은 가장 단순한 선형 모델": "defines the model y-hat",
           "$x = (0, 1, 2)$, $y = (1, 3, 5)$": "binds x, y, w, b",
           "$$\\mathrm{MSE}(\\mathbf{w}) = \\frac{1}{n}(X\\mathbf{w}": "defines MSE in matrix form (the bias folded into w)",
           "특성이 여러 개인 경우, $X$의 크기는": "declares shapes"})
done("ko/mse_gradient_tistory")
