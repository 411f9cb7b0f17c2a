from kit import *
from scipy.signal import convolve2d, correlate2d

X = np.array([[1, 2, 0], [0, 1, 3], [2, 1, 1.]]); K = np.array([[1, 0], [-1, 2.]]); G = np.array([[1, -1], [0, 2.]])
Y = correlate2d(X, K, 'valid'); same(Y, [[3, 7], [0, 2]])
same(1*1 + 2*0 + 0*-1 + 1*2, 3); same(2*1 + 0*0 + 1*-1 + 3*2, 7)
L = lambda X_, K_: (G*correlate2d(X_, K_, 'valid')).sum()
dK = fd(lambda k: L(X, k), K); same(dK, [[1, 8], [1, 0]], tol=1e-6); same(dK, correlate2d(X, G, 'valid'), tol=1e-6)
same(1*1 + -1*2 + 0*0 + 2*1, 1); same(1*2 + -1*0 + 0*1 + 2*3, 8)
dX = fd(lambda x: L(x, K), X); same(dX, convolve2d(G, K, 'full'), tol=1e-6)
same(dX, [[1, -1, 0], [-1, 5, -2], [0, -2, 4]], tol=1e-6)
same(G[0, 0]*K[1, 1] + G[0, 1]*K[1, 0] + G[1, 0]*K[0, 1] + G[1, 1]*K[0, 0], 5); same(1*2 + 1 + 0 + 2, 5)
# rotated kernel form
same(correlate2d(np.pad(G, 1), np.rot90(K, 2), 'valid'), dX, tol=1e-6)
key("../en/conv2d_backward_lecture_notes.md",
    "lecture notes with a blockquote caveat, index sums with two summation indices and a bounds condition in prose, \\star for correlation, bmatrix examples, entry-by-entry numeric gradients, an index-base change (0-based then 1-based) admitted in a footnote",
    "2-D convolution (cross-correlation) backward: dL/dK = X star G, dL/dX = full convolution of G with K, a 3x3 by 2x2 example forward and backward",
    wrong={},
    plain={"$$Y_{ij} = \\sum_{a=0}^{k-1}": "defines the forward correlation",
           "$$X = \\begin{bmatrix} 1 & 2 & 0": "binds X and K",
           "Suppose the upstream gradient is $G": "binds G"})
done("en/conv2d_backward_lecture_notes")
