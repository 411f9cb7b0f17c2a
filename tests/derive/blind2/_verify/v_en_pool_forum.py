from kit import *

xs = sp.symbols('x1:5', real=True); n = 4
y = sum(xs)/n
for v in xs: eq(sp.diff(y, v), sp.Rational(1, 4))
W = np.array([[1, 3], [2, 0.]]); g = 0.8
same(W.mean(), 1.5); same((1 + 3 + 2 + 0)/4, 1.5); same(g/4, 0.2)
same(fd(lambda w: g*w.mean(), W), np.full((2, 2), 0.2), tol=1e-6)
same(fd(lambda w: g*w.max(), W), [[0, 0.8], [0, 0]], tol=1e-6); same(W.max(), 3); same(4*0.2, 0.8)
x = np.array([1, 5, 2.]); gg = np.array([0.5, 0.25])
f = lambda x: gg[0]*max(x[0], x[1]) + gg[1]*max(x[1], x[2])
same([max(1, 5), max(5, 2)], [5, 5]); same(fd(f, x), [0, 0.75, 0], tol=1e-6); same(0.5 + 0.25, 0.75)
key("../en/pooling_backward_forum_thread.md",
    "forum thread (quoted posts, usernames, replies): a window with \\dots, \\max_i and argmax i^* in prose, cases with i = i^* conditions, bmatrix example with bullets, overlapping windows in 1-D, the asker's code fix",
    "average and max pooling backward: g/n, gradient routing to the argmax, a 2x2 example, overlapping windows add up",
    wrong={},
    plain={"Say the window holds $x_1, \\dots, x_n$": "names the window, y and g (g = dL/dy is a definition)",
           "$$\\begin{bmatrix} 1 & 3 \\\\ 2 & 0 \\end{bmatrix}, \\qquad g = 0.8$$": "binds the window and g"})
done("en/pooling_backward_forum_thread")
