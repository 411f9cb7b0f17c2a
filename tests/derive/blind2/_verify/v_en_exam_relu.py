from kit import *

W1 = np.array([[1, 0.5], [-1, 1.]]); b1 = np.array([0, 0.5]); w2 = np.array([2, -1.]); b2 = 0.5; x = np.array([2, -1.]); y = 2
z1 = W1 @ x + b1; same(z1, [1.5, -2.5]); same([1*2 + 0.5*-1 + 0, -1*2 + 1*-1 + 0.5], [1.5, -2.5])
h = np.maximum(0, z1); same(h, [1.5, 0]); yh = w2 @ h + b2; same(yh, 3.5); same(0.5*(3.5 - 2)**2, 1.125)
def L(W1_=W1, b1_=b1, w2_=w2, b2_=b2):
    return 0.5*(w2_ @ np.maximum(0, W1_ @ x + b1_) + b2_ - y)**2
same(yh - y, 1.5); same(fd(lambda v: L(w2_=v), w2), [2.25, 0], tol=1e-6); same(fd(lambda v: L(b2_=v), np.array(b2)), 1.5, tol=1e-6)
same(1.5*w2, [3, -1.5])
d1 = 1.5*w2*(z1 > 0); same(d1, [3, 0])
if np.allclose(d1, [3, -1.5]): PROBLEMS.append("delta line is right?")
dW1 = fd(lambda v: L(W1_=v), W1); same(dW1, [[6, -3], [0, 0]], tol=1e-6)
if np.allclose(dW1, [[6, -3], [-3, 1.5]], atol=1e-6): PROBLEMS.append("dW1 line is right?")
same(fd(lambda v: L(b1_=v), b1), d1, tol=1e-6)   # dL/db1 = delta_1 holds symbolically
key("../en/final_exam_relu_network_solutions.md",
    "exam solution sheet: problem statement with bmatrix bindings and point values, a solution in $$ blocks mixing arithmetic inside bmatrix entries, \\mathbb{1}[z > 0] indicator, \\odot, \\boldsymbol, a grader's note",
    "one-hidden-layer ReLU network by numbers: forward pass, loss, output-layer and hidden-layer gradients",
    wrong={"\\frac{\\partial L}{\\partial \\mathbf{h}} \\odot \\mathbb{1}[\\mathbf{z}_1 > 0] = \\begin{bmatrix} 3 \\\\ -1.5": "ReLU derivative ignored: z_{1,2} = -2.5 < 0, so the indicator is 0 and delta_1 = (3, 0), not (3, -1.5)",
           "\\frac{\\partial L}{\\partial W_1} = \\boldsymbol{\\delta}_1\\mathbf{x}^\\top = \\begin{bmatrix} 6 & -3 \\\\ -3 & 1.5": "carries the wrong delta_1: the second row must be 0 (inactive unit); correct dL/dW_1 = [[6, -3], [0, 0]]"},
    plain={"$$\\mathbf{z}_1 = W_1\\mathbf{x} + \\mathbf{b}_1, \\quad \\mathbf{h}": "defines the network and the loss",
           "$$W_1 = \\begin{bmatrix} 1 & 0.5": "binds W_1, b_1, w_2, b_2",
           "input $\\mathbf{x} = (2, -1)^\\top$ and target $y = 2$": "binds x and y"})
done("en/final_exam_relu_network_solutions")
