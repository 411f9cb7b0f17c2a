from kit import *

z = np.array([2, 1, 0.1]); e = np.exp(z); S = e.sum(); p = e/S
near("7.3891", e[0]); near("2.7183", e[1]); near("1.1052", e[2])
near("11.2125", S)
near("0.6590", p[0]); near("0.2424", p[1]); near("0.0986", p[2])
near("0.4170", -np.log(p[0])); near("0.4170", -np.log(0.6590))
near("-0.3410", p[0] - 1); near("-0.3410", 0.6590 - 1)
x = np.array([0.5, -1]); dW = np.outer(x, p - [1, 0, 0])
for t, v in [("-0.1705", dW[0, 0]), ("0.1212", dW[0, 1]), ("0.0493", dW[0, 2]), ("0.3410", dW[1, 0]), ("-0.0986", dW[1, 2])]:
    near(t, v)
far("0.2424", dW[1, 1])   # the slip: -1 * 0.2424 = -0.2424
same(dW.sum(1), 0)
near("0.01705", 0.1*0.1705)
key("../en/softmax_forward_backward_colab.ipynb",
    "Colab notebook (.ipynb): Markdown cells with inline $ and $$ values, an align environment written outside $$ with \\approx rows, a bmatrix on one line, code cells printing the same numbers, \\leftarrow update",
    "softmax + cross-entropy for one example by numbers: exponentials, probabilities, loss, p - y, the outer-product gradient of a linear layer, one SGD step",
    wrong={"\\frac{\\partial L}{\\partial W} = \\mathbf{x}\\,(\\mathbf{p} - \\mathbf{y})^\\top = \\begin{bmatrix}": "arithmetic slip: entry (2, 2) is x_2 (p_2 - y_2) = (-1)(0.2424) = -0.2424, written +0.2424"},
    plain={"The logits for our example are": "binds z and y"})
done("en/softmax_forward_backward_colab")
