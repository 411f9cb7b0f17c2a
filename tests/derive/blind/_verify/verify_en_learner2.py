from vh import *
rng = np.random.default_rng(6); m, d, h = 5, 3, 4
X = rng.normal(size=(m, d)); W1 = rng.normal(size=(d, h)); b1 = rng.normal(size=(1, h)); W2 = rng.normal(size=(h, 1)); b2 = rng.normal(size=(1, 1)); y = rng.normal(size=(m, 1))
def fwd(W1=W1, b1=b1, W2=W2, b2=b2):
    A1 = np.tanh(X@W1 + b1); yh = A1@W2 + b2; return A1, yh, np.sum((yh - y)**2)/(2*m)
A1, yh, J = fwd()
dyh = (yh - y)/m
close(fd_grad(lambda W: fwd(W2=W)[2], W2), A1.T@dyh, tol=1e-6); close(A1.T@dyh, A1.T@(yh - y)/m)
print("wrong dW2 shape", (dyh.T@A1).shape, "vs", W2.shape)
close(fd_grad(lambda b: fwd(b2=b)[2], b2), dyh.sum(), tol=1e-6)
# dJ/dA1 via treating A1 as variable
JA = lambda A: np.sum((A@W2 + b2 - y)**2)/(2*m)
dA1 = fd_grad(JA, A1); close(dA1, dyh@W2.T, tol=1e-6)
JZ = lambda Z: JA(np.tanh(Z)); Z1 = X@W1 + b1
dZ1 = fd_grad(JZ, Z1); close(dZ1, dA1*(1 - A1*A1), tol=1e-6)
close(fd_grad(lambda W: fwd(W1=W)[2], W1), X.T@dZ1, tol=1e-6)
close(fd_grad(lambda b: fwd(b1=b)[2], b1), np.ones((1, m))@dZ1, tol=1e-6)
close(X.T@dZ1, X.T@(((yh - y)@W2.T)*(1 - A1*A1))/m, tol=1e-9)
a1 = np.tanh(.5); yhat = 2*a1
num("0.4621", a1); num("0.9242", yhat); num("0.9242", 2*0.4621); num("-0.0758", yhat - 1)
num("-0.0350", a1*(yhat - 1)); num("-0.0350", 0.4621*-0.0758)
num("0.786", 1 - a1**2); num("0.786", 1 - 0.4621**2); num("-0.1192", (yhat - 1)*2*(1 - a1**2)); num("-0.1192", -0.0758*2*0.786)
report("en/learner2")
mk("../en/learner_two_layer_tanh_notes.md",
   "learner's lowercase notes: shapes as a bullet list of backticked names with (m, d) tuples, one formula per $$, shape arithmetic in prose between formulas, a transposed gradient caught by the shape check and rewritten, \\odot with A_1\\odot A_1, \\mathbf{1}^T for the bias, a 1x1 numeric check with an emoji",
   "vectorised two-layer tanh network with mean squared error: forward, dJ/dy hat, dJ/dW2 (first transposed, then corrected), dJ/db2, dJ/dA1, dJ/dZ1, dJ/dW1, dJ/db1, a scalar check",
   wrong={"\\left(\\frac{\\partial J}{\\partial \\hat{y}}\\right)^T A_1": "transposed result: (dJ/dy hat)^T A_1 is (1, h), dJ/dW2 has W2's shape (h, 1): A_1^T dJ/dy hat (the next lines catch and fix it)"},
   not_claims={"Z_1 = XW_1 + b_1, \\qquad A_1": "forward definitions",
               "J = \\frac{1}{2m}\\sum_{i=1}^{m}": "defines J",
               "tiny check, m = d = h = 1": "binds the scalar values"})
