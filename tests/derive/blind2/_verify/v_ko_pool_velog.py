from kit import *

X = np.array([[1, 3, 2, 0], [4, 2, 1, 5], [0, 1, 3, 2], [2, 6, 1, 1.]]); G = np.array([[0.1, -0.2], [0.3, 0.4]])
blocks = lambda A: A.reshape(2, 2, 2, 2).transpose(0, 2, 1, 3).reshape(2, 2, 4)
same(blocks(X).max(-1), [[4, 5], [6, 3]]); same(blocks(X).mean(-1), [[2.5, 2], [2.25, 1.75]])
same([(1 + 3 + 4 + 2)/4, (2 + 0 + 1 + 5)/4, (0 + 1 + 2 + 6)/4, (3 + 2 + 1 + 1)/4], [2.5, 2, 2.25, 1.75])
same((4 - 2)/2 + 1, 2)
dmax = fd(lambda A: (G*blocks(A).max(-1)).sum(), X)
same(dmax, [[0, 0, 0, 0], [0.1, 0, 0, -0.2], [0, 0, 0.4, 0], [0, 0.3, 0, 0]], tol=1e-6)
davg = fd(lambda A: (G*blocks(A).mean(-1)).sum(), X)
up = np.kron(G, np.ones((2, 2))); same(davg, up/4, tol=1e-6)
same(up/4, [[0.025, 0.025, -0.05, -0.05], [0.025, 0.025, -0.05, -0.05], [0.075, 0.075, 0.1, 0.1], [0.075, 0.075, 0.1, 0.1]])
same(dmax.sum(), 0.6, tol=1e-6); same(davg.sum(), 0.6, tol=1e-6); same(0.1 - 0.2 + 0.3 + 0.4, 0.6)
key("../ko/pooling_backward_velog.md",
    "Korean velog post (반말 notes, blockquote intro): 4x4 bmatrix input, \\max over listed values inline, a bmatrix of fractions equal to a bmatrix of decimals, a scalar times a bmatrix, a sum check",
    "2x2 max and average pooling with stride 2 on a 4x4 input: forward values and input gradients, gradient sums",
    wrong={},
    plain={"$$X = \\begin{bmatrix} 1 & 3 & 2 & 0": "binds X",
           "위에서 내려온 기울기를 $G = \\begin{bmatrix}": "binds G"})
done("ko/pooling_backward_velog")
