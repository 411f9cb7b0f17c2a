from vh import *
x = np.array([1, 2, -1, 0, 3.]); k = np.array([1, 0, -1.]); g = np.array([1, -1, 2.])
y = np.array([x[i:i+3]@k for i in range(3)]); close(y, [2, 2, -4])
num("3", 5-3+1)
L = lambda x, k: g@np.array([x[i:i+3]@k for i in range(3)])
dk = fd_grad(lambda kk: L(x, kk), k); close(dk, [-3, 3, 5])
dx = fd_grad(lambda xx: L(xx, k), x); print("dx", dx)
close(dx, [1, -1, 1, -1, -2], "planted dx3", expect=False); close(dx, [1, -1, 1, 1, -2])
num("-1", (-1)*(-1) + 2*0, "planted arithmetic", expect=False)
num("2", 1-1+2)
num("3", 2+1+0); close(np.array([x[1], x[2], x[3]]), [2, -1, 0])
report("en/conv1d")
mk("../en/conv1d_backward_worked.md",
   "worked-example page: 0-based indices as in NumPy, vectors in square brackets, index ranges with \\dots and conditions after \\qquad, bullet lists of inline arithmetic, one $$ per input entry, angle-bracket inner products in prose",
   "1-D valid cross-correlation: forward outputs, kernel, bias and input gradients entry by entry, a perturbation check",
   wrong={"g_1 k_2 + g_2 k_1 = (-1)(-1) + 2 \\cdot 0 = -1": "sign slip: (-1)(-1) + 2*0 = 1, so dL/dx_3 = 1"},
   not_claims={"y_i = \\sum_{j=0}^{K-1} x_{i+j}": "defines the layer's output (with the index range as a condition)",
               "Take $x = [1, 2, -1, 0, 3]$": "binds x, k, b",
               "Suppose the layer above sends back": "binds the upstream gradient g"})
