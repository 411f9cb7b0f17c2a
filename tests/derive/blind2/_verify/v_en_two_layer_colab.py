from kit import *

rng = np.random.default_rng(1); m, n, h, K = 5, 4, 3, 3
X = rng.normal(size=(m, n)); Y = np.eye(K)[rng.integers(0, K, m)]
W1 = rng.normal(size=(n, h)); b1 = rng.normal(size=(1, h)); W2 = rng.normal(size=(h, K)); b2 = rng.normal(size=(1, K))
def loss(W1, b1, W2, b2):
    A1 = 1/(1 + np.exp(-(X @ W1 + b1))); Z2 = A1 @ W2 + b2
    P = np.exp(Z2)/np.exp(Z2).sum(1, keepdims=True)
    return -(Y*np.log(P)).sum()/m
A1 = 1/(1 + np.exp(-(X @ W1 + b1))); Z2 = A1 @ W2 + b2; P = np.exp(Z2)/np.exp(Z2).sum(1, keepdims=True)
d2 = (P - Y)/m; d1 = (d2 @ W2.T)*A1*(1 - A1)
same(fd(lambda v: loss(W1, b1, v, b2), W2), A1.T @ d2, tol=1e-6)
same(fd(lambda v: loss(W1, b1, W2, v), b2), np.ones((1, m)) @ d2, tol=1e-6)
same(fd(lambda v: loss(W1, b1, W2, b2), W1)*0 + fd(lambda v: loss(v, b1, W2, b2), W1), X.T @ d1, tol=1e-6)
same(fd(lambda v: loss(W1, v, W2, b2), b1), np.ones((1, m)) @ d1, tol=1e-6)
# dL/dZ2 and dL/dA1
def lossZ2(Z):
    P = np.exp(Z)/np.exp(Z).sum(1, keepdims=True); return -(Y*np.log(P)).sum()/m
same(fd(lossZ2, Z2), d2, tol=1e-6)
same(fd(lambda A: lossZ2(A @ W2 + b2), A1), d2 @ W2.T, tol=1e-6)
same((X.T @ d1).shape, W1.shape)
same(4*5 + 5 + 5*3 + 3, 43)
key("../en/two_layer_network_lab_colab.ipynb",
    "university lab notebook (Colab): bulleted shape declarations with \\in \\mathbb{R}^{m \\times n}, align* forward pass and numbered align with && shape annotations, := naming of deltas inside align, \\odot, \\! spacing, an emoji check mark, a code cell",
    "one-hidden-layer sigmoid/softmax classifier in matrix form: forward pass, mean cross-entropy, output and hidden-layer gradients with shapes, parameter count",
    wrong={},
    plain={"$X \\in \\mathbb{R}^{m \\times n}$: minibatch": "declares shapes",
           "Z_1 &= X W_1 + \\mathbf{b}_1": "forward pass definition",
           "A_1 &= \\sigma(Z_1)": "forward pass definition",
           "Z_2 &= A_1 W_2 + \\mathbf{b}_2": "forward pass definition",
           "P &= \\mathrm{softmax}(Z_2)": "forward pass definition",
           "$$L = -\\frac{1}{m}\\sum_{i=1}^{m}": "defines the loss"})
done("en/two_layer_network_lab_colab")
