from vh import *
w, b, x, y = sp.symbols('w b x y', real=True)
same(sp.diff((w*x + b - y)**2, w), 2*(w*x + b - y)*x); same(sp.diff((w*x + b - y)**2, b), 2*(w*x + b - y))
X = np.array([1., 2.]); Y = np.array([3., 4.])
L = lambda p: np.mean((p[0]*X + p[1] - Y)**2)
g = fd_grad(L, np.array([1., 0.])); num("-6", g[0]); num("-4", g[1])
num("-2", 1 - 3); num("-2", 2 - 4); num("-6", 2/2*((-2)*1 + (-2)*2)); num("-4", 2/2*(-2 - 2))
num("1.6", 1 - 0.1*-6); num("0.4", 0 - 0.1*-4); num("2", 1.6 + 0.4); num("3.6", 3.2 + 0.4); num("3.2", 1.6*2)
num("4", (4 + 4)/2); num("4", L([1, 0])); num("0.58", L([1.6, 0.4])); num("0.58", (1 + 0.16)/2); num("1.16", (2 - 3)**2 + (3.6 - 4)**2)
close(2/2*X@(np.array([1, 2.]) - Y), -6); close(2/2*np.ones(2)@(np.array([1, 2.]) - Y), -4)
report("en/thread")
mk("../en/linreg_minibatch_thread.md",
   "Twitter/X thread: numbered posts '2/', '3/', inline math mid-sentence with definitions and claims mixed, i \\in B sums with |B|, a gradient pair per $$, pairs (x, y) in set braces, updates with \\leftarrow evaluated inline, \\mathbb{E} with \\big brackets",
   "minibatch SGD for one-feature linear regression with the mean squared error (no 1/2): per-example and batch gradients, one step on a two-example batch with the loss before and after, mean vs sum, vectorised form",
   wrong={},
   not_claims={"2/ Model: $\\hat{y}_i = w x_i + b$": "defines the model",
               "$L_B = \\frac{1}{|B|}\\sum_{i \\in B}": "defines the batch loss"})
