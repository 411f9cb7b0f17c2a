from vh import *
import nbformat
nb = nbformat.v4.new_notebook()
md, code = nbformat.v4.new_markdown_cell, nbformat.v4.new_code_cell
nb.cells = [
md(r"""# Softmax classifier: where does `db` come from?

A tiny batch, $m = 2$ examples and $3$ classes, logits $Z = XW + b$ with $Z \in \mathbb{R}^{2 \times 3}$ and the bias $b \in \mathbb{R}^{1 \times 3}$ broadcast over the rows. Loss: mean cross entropy over the batch,

$$L = -\frac{1}{m}\sum_{i=1}^{m}\sum_{c=1}^{3} Y_{ic}\log P_{ic}, \qquad P_{ic} = \frac{e^{Z_{ic}}}{\sum_{k} e^{Z_{ik}}}.$$"""),
code("""import numpy as np
Z = np.array([[1., 2., 0.],
              [0., 0., 3.]])
Y = np.array([[0, 1, 0],
              [0, 0, 1]])
P = np.exp(Z) / np.exp(Z).sum(axis=1, keepdims=True)
print(P.round(4))
# [[0.2447 0.6652 0.09  ]
#  [0.0453 0.0453 0.9094]]"""),
md(r"""## Forward by hand

Row 1: $e^{1} + e^{2} + e^{0} \approx 2.7183 + 7.3891 + 1 \approx 11.107$, so $P_{1\cdot} \approx (0.2447,\ 0.6652,\ 0.0900)$.

Row 2: $2 + e^{3} \approx 22.0855$, so $P_{2\cdot} \approx (0.0453,\ 0.0453,\ 0.9094)$.

The true classes are 2 and 3, so

$$L = -\frac{1}{2}\left(\log 0.6652 + \log 0.9094\right) \approx 0.503$$"""),
md(r"""## Backward

For softmax + cross entropy the gradient with respect to the logits is $P - Y$ per example; with the mean over the batch,

$$\frac{\partial L}{\partial Z} = \frac{1}{m}(P - Y) \approx \frac{1}{2}\begin{bmatrix} 0.2447 & -0.3348 & 0.0900 \\ 0.0453 & 0.0453 & -0.0906 \end{bmatrix} = \begin{bmatrix} 0.1224 & -0.1674 & 0.0450 \\ 0.0226 & 0.0226 & -0.0453 \end{bmatrix}$$

Each row sums to zero (a softmax row and a one-hot row both sum to 1).

The bias is added to **every row**, $Z_{ic} = (XW)_{ic} + b_c$, so $\frac{\partial Z_{ic}}{\partial b_c} = 1$ for each $i$ and the bias gradient sums over the batch axis:

$$\frac{\partial L}{\partial b_c} = \sum_{i=1}^{m}\frac{\partial L}{\partial Z_{ic}}, \qquad \frac{\partial L}{\partial b} \approx (0.1224 + 0.0226,\ -0.1674 + 0.0226,\ 0.0450 - 0.0453) \approx (0.145,\ -0.145,\ 0.000)$$

In code that is `db = dZ.sum(axis=0, keepdims=True)`: shape `(1, 3)`, like `b`. Summing over `axis=1` would give the row sums — zeros, of shape `(2, 1)`, a silent bug if you broadcast it."""),
code("""dZ = (P - Y) / 2
print(dZ.sum(axis=0, keepdims=True).round(4))   # [[ 0.145  -0.1447 -0.0003]]"""),
]
for _i, _c in enumerate(nb.cells): _c.id = f"cell-{_i + 1}"
nbformat.write(nb, "../en/softmax_bias_gradient_colab.ipynb")
Z = np.array([[1., 2., 0.], [0., 0., 3.]]); Y = np.array([[0, 1, 0], [0, 0, 1.]])
P = np.exp(Z)/np.exp(Z).sum(1, keepdims=True)
num("2.7183", np.e); num("7.3891", np.e**2); num("11.107", 2.7183 + 7.3891 + 1); num("11.107", np.exp(Z[0]).sum())
for c, e in zip(("0.2447", "0.6652", "0.0900", "0.0453", "0.0453", "0.9094"), P.ravel()): num(c, e)
num("22.0855", 2 + np.e**3)
Lt = -np.mean(np.log((P*Y).sum(1)))
num("0.503", Lt, "planted", expect=False); num("0.251", Lt)
for c, e in zip(("0.2447", "-0.3348", "0.0900", "0.0453", "0.0453", "-0.0906"), (P - Y).ravel()): num(c, e)
for c, e in zip(("0.1224", "-0.1674", "0.0450", "0.0226", "0.0226", "-0.0453"), ((P - Y)/2).ravel()): num(c, e)
for c, e in zip(("0.1224", "-0.1674", "0.0450", "0.0226", "0.0226", "-0.0453"), (np.array([0.2447, -0.3348, 0.0900, 0.0453, 0.0453, -0.0906])/2)): num(c, e, approx_digits=4)
close(((P - Y)/2).sum(1), 0)
def L(b):
    Zb = Z + b; Pb = np.exp(Zb)/np.exp(Zb).sum(1, keepdims=True); return -np.mean(np.log((Pb*Y).sum(1)))
db = fd_grad(L, np.zeros(3))
for c, e, w in zip(("0.145", "-0.145", "0.000"), db, (0.1224 + 0.0226, -0.1674 + 0.0226, 0.0450 - 0.0453)): num(c, e); num(c, w)
report("en/cebias_nb")
mk("../en/softmax_bias_gradient_colab.ipynb",
   "Colab notebook: shapes as \\mathbb{R}^{2 \\times 3} in prose, entries Z_{ic}, row notation P_{1\\cdot}, inline sums with \\approx, a scalar times a bmatrix = bmatrix, a tuple of sums, code cells with printed output as comments",
   "softmax cross entropy on a 2 x 3 batch: probabilities, mean loss, dL/dZ = (P - Y)/m, rows summing to zero, the bias gradient as a column sum (axis=0)",
   wrong={"\\log 0.9094\\right) \\approx 0.503": "the factor 1/2 is written but not applied: -(log 0.6652 + log 0.9094)/2 = 0.251"},
   not_claims={"L = -\\frac{1}{m}\\sum_{i=1}^{m}\\sum_{c=1}^{3}": "defines L and P"})
