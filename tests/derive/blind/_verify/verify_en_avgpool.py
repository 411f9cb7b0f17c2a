from vh import *
X = np.array([[1, 3, 2, 0], [5, 7, 4, 4], [2, 0, 1, 1], [6, 8, 3, 3.]])
pool = lambda X: X.reshape(2, 2, 2, 2).mean(axis=(1, 3))
Y = pool(X); print(Y)
close(Y, [[4, 2.5], [4.5, 2]], "planted", expect=False); close(Y, [[4, 2.5], [4, 2]])
G = np.array([[1, -2], [0.5, 4]])
dX = fd_grad(lambda Z: (pool(Z)*G).sum(), X)
close(dX, [[.25, .25, -.5, -.5], [.25, .25, -.5, -.5], [.125, .125, 1, 1], [.125, .125, 1, 1]], tol=1e-6)
num("3.5", 4*(0.25-0.5+0.125+1)); num("3.5", 1-2+0.5+4)
x = np.zeros(5); g = np.array([3., 6.])
f = lambda x: g@np.array([x[0:3].mean(), x[2:5].mean()])
close(fd_grad(f, x), [1, 1, 3, 2, 2], tol=1e-6); num("3", (3+6)/3)
num("0.0204", 1/49)
report("en/avgpool")
mk("../en/avgpool_backward_explainer.md",
   "short explainer: bmatrix input, a bmatrix of fractions = bmatrix of numbers split over two lines, gradient matrices, a conditional partial derivative in prose, \\frac{1}{HW} with double sums",
   "2x2 average pooling forward and backward on a 4x4 input, gradient total preserved, overlapping windows, global average pooling's gradient",
   wrong={"= \\begin{bmatrix} 4 & 2.5 \\\\ 4.5 & 2 \\end{bmatrix}": "arithmetic slip: (2 + 0 + 6 + 8)/4 = 4, not 4.5 (row 2, column 1)"},
   not_claims={"X = \\begin{bmatrix} 1 & 3 & 2 & 0": "binds the input X",
               "= \\begin{bmatrix} 1 & -2 \\\\ 0.5 & 4": "binds the upstream gradient",
               "With window 3 and stride 2": "defines y_0 and y_1",
               "GAP averages each channel": "defines y_c"})
