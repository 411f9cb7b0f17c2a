from kit import *

w, b, x, y = sp.symbols('w b x y')
e = w*x + b - y
eq(sp.diff(e**2, w), 2*(w*x + b - y)*x); eq(sp.diff(e**2, b), 2*(w*x + b - y))
X = np.array([1, 2, 3.]); Y = np.array([2, 3, 5.])
E = 1*X + 0 - Y; same(E, [-1, -1, -2]); same(np.mean(E**2), 2)
gw = 2/3*np.sum(E*X); gb = 2/3*np.sum(E)
same(gw, -6); same(2/3*(-9), -6); same(gb, -8/3); near("-2.667", -8/3)
same(1 + 0.05*6, 1.3); near("0.133", 0.05*8/3); near("0.133", 0.05*2.667)
# vector form: 2/m x^T e
same(2/3*X @ E, gw); same(2/3*np.ones(3) @ E, gb)
key("../en/mse_linear_regression_blog.md",
    "personal tech blog post with YAML front matter, $$ one formula per block, a worked three-point example with \\approx, updates written with \\leftarrow, vector form with \\mathbf and \\top",
    "MSE for simple linear regression: per-term chain rule, dJ/dw and dJ/db, numbers for one step, vector form",
    wrong={},
    plain={"$$\\hat{y}_i = w x_i + b$$": "the model (definition)",
           "$$J(w, b) = \\frac{1}{m}": "defines the loss",
           "Take a single term $e_i": "names the error e_i",
           "Three points: $(x, y)": "binds the data and the starting w, b"})
done("en/mse_linear_regression_blog")
