# (name, lang, style, topic, body)  body: str for .md, list of (kind, src) for .ipynb
DOCS = []
def md(name, style, topic, body): DOCS.append((name + ".md", "en", style, topic, body))
def nb(name, style, topic, cells): DOCS.append((name + ".ipynb", "en", style, topic, cells))

md("en23_sigmoid_derivative_qa_answer", "Q&A answer correcting the asker", "sigmoid, tanh and ReLU derivatives with values, correcting sigma' = sigma(1 + sigma)", r'''**Q:** I derived $\sigma'(x) = \sigma(x)\,(1 + \sigma(x))$ but my gradient check disagrees. What is wrong?⟦N:quotes the asker's wrong formula⟧

**A:** A sign went missing in the quotient rule. Start from $\sigma(x) = \frac{1}{1 + e^{-x}}$.⟦N:definition of sigma⟧

$$\sigma'(x) = \frac{e^{-x}}{(1 + e^{-x})^2} = \frac{1}{1 + e^{-x}}\cdot\frac{e^{-x}}{1 + e^{-x}} = \sigma(x)\,(1 - \sigma(x))$$

The second factor is $1 - \sigma(x)$ because $\frac{e^{-x}}{1 + e^{-x}} = 1 - \frac{1}{1 + e^{-x}}$.
Your version would give $0.75$ at the origin, but the true slope there is

$$\sigma'(0) = 0.5 \times 0.5 = 0.25.$$

At $x = 2$: $\sigma(2) \approx 0.8808$, so $\sigma'(2) \approx 0.8808 \times 0.1192 \approx 0.1050$.
At $x = -1$: $\sigma(-1) \approx 0.2689$ and $\sigma'(-1) \approx 0.1966$ (same as at $+1$, the
derivative is even).

Since you will need tanh next, the same trick gives

$$\frac{d}{dx}\tanh x = 1 - \tanh^2 x,$$

and with $\tanh 1 \approx 0.7616$:

$$\tanh'(1) = 1 - 0.7616^2 = 1 - 0.5800 = 0.2400$$⟦W:1 - 0.5800 is 0.4200⟧

so at $x = 1$ tanh is $0.42/0.1966 \approx 2.14$ times steeper than the sigmoid (at the origin the
ratio is $1/0.25 = 4$ — careful which points you compare).

For ReLU there is no trick, just cases:

$$\text{ReLU}'(x) = \begin{cases} 1 & x > 0 \\ 0 & x < 0 \end{cases}$$⟦N:definition by cases⟧

and frameworks simply pick $\text{ReLU}'(0) = 0$.⟦N:convention chosen by frameworks⟧ Rerun your gradient check with
$\sigma(1 - \sigma)$ and the relative error should drop below $10^{-7}$.
''')

md("en23_normal_equation_textbook_ch3", "textbook chapter with numbered equations", "normal equations on three points (1,1), (2,3), (4,4): X^T X, inverse, theta, residuals, SSE", r'''## 3.2 The normal equations

Let the design matrix $X \in \mathbb{R}^{n \times 2}$ hold a column of ones and the inputs. The
squared error is

$$J(\theta) = \lVert X\theta - y \rVert^2 \tag{3.4}$$⟦N:definition of J⟧

and its gradient is $\nabla_\theta J = 2X^\top(X\theta - y)$ (3.5). Setting (3.5) to zero gives the
normal equations

$$X^\top X\,\theta = X^\top y. \tag{3.6}$$⟦N:the equations to solve⟧

**Example 3.3.** Fit a line to the points $(1, 1)$, $(2, 3)$, $(4, 4)$. Here

$$X = \begin{pmatrix} 1 & 1 \\ 1 & 2 \\ 1 & 4 \end{pmatrix}, \qquad y = \begin{pmatrix} 1 \\ 3 \\ 4 \end{pmatrix}.$$⟦N:data of the example⟧

Multiplying out,

$$X^\top X = \begin{pmatrix} 3 & 7 \\ 7 & 21 \end{pmatrix}, \qquad X^\top y = \begin{pmatrix} 8 \\ 32 \end{pmatrix}.$$⟦W:the second entry is 1 + 6 + 16 = 23⟧

The determinant is $\det(X^\top X) = 3 \cdot 21 - 7 \cdot 7 = 14$, so by the $2\times 2$ inverse formula

$$(X^\top X)^{-1} = \frac{1}{14}\begin{pmatrix} 21 & -7 \\ -7 & 3 \end{pmatrix}. \tag{3.7}$$

From (3.6) and (3.7), using $X^\top y = (8, 23)^\top$,

$$\theta = \frac{1}{14}\begin{pmatrix} 21\cdot 8 - 7\cdot 23 \\ -7\cdot 8 + 3\cdot 23 \end{pmatrix} = \frac{1}{14}\begin{pmatrix} 7 \\ 13 \end{pmatrix} \approx \begin{pmatrix} 0.5 \\ 0.9286 \end{pmatrix}.$$

The fitted values are $\hat y = (1.4286,\ 2.3571,\ 4.2143)$ and the residuals $y - \hat y$ are
$(-0.4286,\ 0.6429,\ -0.2143)$. They sum to zero, as (3.6) demands for the first row. Finally

$$J(\hat\theta) = 0.1837 + 0.4133 + 0.0459 = 0.6429 = \tfrac{9}{14}.$$

**Remark.** The second row of (3.6) says the residuals are orthogonal to the inputs:
$1(-0.4286) + 2(0.6429) + 4(-0.2143) = 0$.
''')

md("en23_bce_gradient_lecture_notes", "university lecture notes", "logistic regression: dL/dz = yhat - y, gradient and one SGD step on two examples", r'''# Lecture 6 — Logistic regression, the gradient

Model: $z = \mathbf{w}^\top\mathbf{x} + b$, $\hat y = \sigma(z)$.⟦N:model definition⟧
Loss for one example:
$$L = -\big[y\ln\hat y + (1 - y)\ln(1 - \hat y)\big]$$⟦N:definition of the loss⟧

Chain rule, one factor at a time:

- $\frac{\partial L}{\partial \hat y} = -\frac{y}{\hat y} + \frac{1 - y}{1 - \hat y}$
- $\frac{\partial \hat y}{\partial z} = \hat y(1 - \hat y)$
- product: $\frac{\partial L}{\partial z} = -y(1 - \hat y) + (1 - y)\hat y = \hat y - y$

Hence $\nabla_{\mathbf w} L = (\hat y - y)\,\mathbf{x}$ and $\partial L/\partial b = \hat y - y$.

### Worked example (board)

Take $\mathbf w = (0.5, -1)$, $b = 0.2$ and the example $\mathbf x = (2, 1)$, $y = 1$.⟦N:binds the parameters and the example⟧

- $z = 0.5\cdot 2 - 1\cdot 1 + 0.2 = 0.2$
- $\hat y = \sigma(0.2) \approx 0.5498$
- $L = -\ln 0.5498 \approx 0.5981$
- $\hat y - y \approx -0.4502$, so $\nabla_{\mathbf w}L \approx (-0.9003, -0.4502)$, $\partial L/\partial b \approx -0.4502$

One SGD step with learning rate $\eta = 0.5$:⟦N:binds eta⟧

$$\mathbf w \leftarrow \mathbf w - \eta\nabla_{\mathbf w}L = (0.5 + 0.4502,\ -1 + 0.2251) = (0.9502,\ -0.7749)$$

and $b \leftarrow 0.2 + 0.2251 = 0.4251$.

Second example, from the *old* parameters: $\mathbf x = (1, 3)$, $y = 0$.⟦N:binds the second example⟧
Then $z = 0.5 - 3 + 0.2 = -2.3$ and $\hat y = \sigma(-2.3) \approx 0.0911$, so the loss is 0.0596 —⟦W:-ln(1 - 0.0911) is 0.0955⟧
small, the model is already confident. Its gradient is $\nabla_{\mathbf w}L \approx 0.0911\,(1, 3) = (0.0911, 0.2734)$.

Averaged over the two examples (minibatch of 2):
$\frac12\big((-0.9003, -0.4502) + (0.0911, 0.2734)\big) \approx (-0.4046, -0.0884)$.
''')

md("en23_softmax_ce_numeric_medium", "Medium-style blog post", "softmax of logits (2, 1, -1), cross entropy, p - y, two Jacobian entries", r'''# Softmax + cross-entropy: the gradient everybody quotes, checked with numbers

You have seen the slogan "the gradient is just $p - y$". Let's actually watch it happen.

Logits for a 3-class problem: $\mathbf z = (2.0,\ 1.0,\ -1.0)$, true class is the first one, so⟦N:binds the logits⟧
$\mathbf y = (1, 0, 0)$.⟦N:binds logits and label⟧

**Step 1 — exponentiate.** $e^{2} \approx 7.3891$, $e^{1} \approx 2.7183$, $e^{-1} \approx 0.3679$, total
$\approx 10.4752$.

**Step 2 — normalise.** $p_i = e^{z_i}/\sum_j e^{z_j}$ gives⟦N:definition of softmax⟧

$$\mathbf p \approx (0.7054,\ 0.2595,\ 0.0351)$$

**Step 3 — loss.** $L = -\sum_i y_i \ln p_i = -\ln 0.7054 \approx 0.3490$.

**Step 4 — gradient.** The Jacobian of softmax is

$$\frac{\partial p_i}{\partial z_j} = p_i(\delta_{ij} - p_j)$$

and $\partial L/\partial p_i = -y_i/p_i$. Chaining, $\frac{\partial L}{\partial z_j} = -\sum_i \frac{y_i}{p_i}\,p_i(\delta_{ij} - p_j) = p_j - y_j$.
With our numbers

$$\nabla_{\mathbf z}L = \mathbf p - \mathbf y \approx (-0.2946,\ 0.2595,\ 0.0351)$$

A couple of Jacobian entries, to see the $\delta_{ij}$ at work:

- diagonal: $\partial p_1/\partial z_1 = p_1(1 - p_1) \approx 0.7054 \times 0.2946 \approx 0.2078$
- diagonal: $\partial p_2/\partial z_2 = p_2(1 - p_2) \approx 0.2595 \times 0.7405 \approx 0.1292$⟦W:0.2595 x 0.7405 is 0.1922⟧
- off-diagonal: $\partial p_1/\partial z_2 = -p_1 p_2 \approx -0.1830$

Each row of the Jacobian sums to zero, e.g. row 1: $0.2078 - 0.1830 - 0.0248 = 0$, since
the probabilities always sum to 1.

The takeaway: never backprop through softmax and log separately in code; use the fused
$\mathbf p - \mathbf y$.
''')

nb("en23_two_layer_tanh_backprop_colab", "Colab notebook with code cells", "2-2-1 net with tanh hidden layer and sigmoid output: forward values, dZ2, dW2, dZ1, dW1", [
("markdown", r'''# Backprop by hand for a 2-2-1 network

Shapes: $x \in \mathbb{R}^{2\times 1}$, $W^{[1]} \in \mathbb{R}^{2\times 2}$, $b^{[1]} \in \mathbb{R}^{2\times 1}$, $W^{[2]} \in \mathbb{R}^{1\times 2}$, $b^{[2]} \in \mathbb{R}$.
Hidden activation tanh, output sigmoid, loss binary cross-entropy with $y = 1$.⟦N:binds the label⟧'''),
("code", r'''import numpy as np
x = np.array([[1.], [2.]]); y = 1
W1 = np.array([[0.5, -0.3], [0.2, 0.4]]); b1 = np.array([[0.], [0.1]])
W2 = np.array([[1.0, -1.5]]); b2 = 0.2'''),
("markdown", r'''## Forward

$$Z^{[1]} = W^{[1]}x + b^{[1]} = \begin{pmatrix} 0.5 - 0.6 \\ 0.2 + 0.8 + 0.1 \end{pmatrix} = \begin{pmatrix} -0.1 \\ 1.1 \end{pmatrix}$$

$A^{[1]} = \tanh Z^{[1]} \approx (-0.0997,\ 0.8005)^\top$

$Z^{[2]} = W^{[2]}A^{[1]} + b^{[2]} \approx -0.0997 - 1.2007 + 0.2 = -1.1004$

$A^{[2]} = \sigma(-1.1004) \approx 0.2497$, loss $L = -\ln 0.2497 \approx 1.3876$'''),
("code", r'''Z1 = W1 @ x + b1; A1 = np.tanh(Z1)
Z2 = W2 @ A1 + b2; A2 = 1 / (1 + np.exp(-Z2))
print(A1.ravel(), A2.item(), -np.log(A2).item())   # [-0.0997  0.8005] 0.2497 1.3876'''),
("markdown", r'''## Backward

Output layer (sigmoid + BCE):

$$dZ^{[2]} = A^{[2]} - y \approx -0.7503$$

$$dW^{[2]} = dZ^{[2]}A^{[1]\top} \approx (0.0748,\ -0.6006), \qquad db^{[2]} = dZ^{[2]}$$

Hidden layer: $dZ^{[1]} = W^{[2]\top}dZ^{[2]} \odot (1 - A^{[1]2})$. Piece by piece:

- $W^{[2]\top}dZ^{[2]} \approx (-0.7503,\ 1.1255)^\top$
- $1 - A^{[1]2} \approx (0.9901,\ 0.3592)^\top$
- $dZ^{[1]} \approx (-0.7429,\ 0.4043)^\top$

$$dW^{[1]} = dZ^{[1]}x^\top \approx \begin{pmatrix} -0.7429 & -1.4858 \\ 0.4043 & 0.8806 \end{pmatrix}$$⟦W:0.4043 x 2 is 0.8086⟧

and $db^{[1]} = dZ^{[1]}$.'''),
("code", r'''dZ2 = A2 - y; dW2 = dZ2 @ A1.T
dZ1 = (W2.T @ dZ2) * (1 - A1**2); dW1 = dZ1 @ x.T
print(dW2, dW1, sep="\n")'''),
("markdown", r'''The printout matches: `dW2 = [[0.0748 -0.6006]]`, and the second row of `dW1` is `[0.4043 0.8086]`.
Note the second hidden unit passes only $0.3592$ of its gradient: $\tanh(1.1)$ is already
partly saturated.'''),
])

md("en23_conv_layer_backprop_3x3_notes", "university lecture notes (CNN backward pass)", "2x2 kernel on a 3x3 input: forward output, dK as correlation of X with dY, db, dX as full convolution", r'''# Backward pass of a conv layer, smallest possible example

Input $X \in \mathbb{R}^{3\times 3}$, kernel $K \in \mathbb{R}^{2\times 2}$, stride 1, no padding, so the
output is $Y \in \mathbb{R}^{2\times 2}$ since $(3 - 2)/1 + 1 = 2$.

$$X = \begin{pmatrix} 1 & 2 & 0 \\ 0 & 1 & 3 \\ 2 & 1 & 1 \end{pmatrix}, \quad K = \begin{pmatrix} 1 & 0 \\ -1 & 2 \end{pmatrix}$$⟦N:data⟧

Forward (cross-correlation, as all frameworks do): $Y_{ij} = \sum_{a,b} X_{i+a,\,j+b}K_{ab}$.⟦N:definition of the layer⟧

- $Y_{11} = 1 + 0 + 0 + 2 = 3$
- $Y_{12} = 2 + 0 - 1 + 6 = 7$
- $Y_{21} = 0 + 0 - 2 + 2 = 0$
- $Y_{22} = 1 + 0 - 1 + 2 = 2$

Suppose the upstream gradient is $\dfrac{\partial L}{\partial Y} = \begin{pmatrix} 1 & -1 \\ 0 & 2 \end{pmatrix}$.⟦N:given upstream gradient⟧

**Kernel gradient.** Each $K_{ab}$ touches every output, so
$\frac{\partial L}{\partial K_{ab}} = \sum_{i,j} \frac{\partial L}{\partial Y_{ij}} X_{i+a,\,j+b}$, i.e. a correlation of
$X$ with $dY$:

- $dK_{11} = 1\cdot1 - 1\cdot2 + 0\cdot0 + 2\cdot1 = 1$
- $dK_{12} = 1\cdot2 - 1\cdot0 + 0\cdot1 + 2\cdot3 = 8$
- $dK_{21} = 1\cdot0 - 1\cdot1 + 0\cdot2 + 2\cdot1 = 1$
- $dK_{22} = 1\cdot1 - 1\cdot3 + 0\cdot1 + 2\cdot1 = 0$

**Bias gradient.** $db = \sum_{i,j} dY_{ij} = 1 - 1 + 0 + 2 = 2$.

**Input gradient.** Scatter each $dY_{ij}K$ back onto the window it came from (equivalently, a
full convolution of $dY$ with $K$ rotated by 180°):

$$\frac{\partial L}{\partial X} = \begin{pmatrix} 1 & -1 & 0 \\ -1 & 5 & -2 \\ 0 & -2 & 4 \end{pmatrix}$$

Check the centre: it is covered by all four windows, $1\cdot 2 + (-1)(-1) + 0\cdot 0 + 2\cdot 1 = 5$.
''')

md("en23_keras_cifar_cnn_summary_readme", "GitHub README with code block and model.summary() table", "output shapes and parameter counts of a small Keras CNN on 32x32x3 input", r'''# cifar-small-cnn

A tiny baseline for CIFAR-10. The model:

```python
model = keras.Sequential([
    keras.Input(shape=(32, 32, 3)),
    layers.Conv2D(32, 3, activation="relu"),
    layers.MaxPooling2D(2),
    layers.Conv2D(64, 3, activation="relu"),
    layers.MaxPooling2D(2),
    layers.Flatten(),
    layers.Dense(64, activation="relu"),
    layers.Dense(10),
])
```

`model.summary()` (our own recount in the last column):

| Layer | Output shape | Param # | How |
|---|---|---|---|
| conv2d | (None, 30, 30, 32) | 896 | $3\cdot3\cdot3\cdot32 + 32 = 896$ |
| max_pooling2d | (None, 15, 15, 32) | 0 | $\lfloor 30/2 \rfloor = 15$ |
| conv2d_1 | (None, 13, 13, 64) | 18,496 | $3\cdot3\cdot32\cdot64 + 64 = 18496$ |
| max_pooling2d_1 | (None, 6, 6, 64) | 0 | $\lfloor 13/2 \rfloor = 6$ |
| flatten | (None, 2304) | 0 | $6\cdot6\cdot64 = 2304$ |
| dense | (None, 64) | 147,520 | $2304\cdot64 + 64 = 147250$ |⟦W:2304*64 + 64 is 147520⟧
| dense_1 | (None, 10) | 650 | $64\cdot10 + 10 = 650$ |

Total params: $896 + 18496 + 147520 + 650 = 167562$.

Note that the dense layer holds $147520 / 167562 \approx 88\%$ of all weights. Replacing
`Flatten` with `GlobalAveragePooling2D` shrinks that layer to $64\cdot 64 + 64 = 4160$ parameters,
and the total to $896 + 18496 + 4160 + 650 = 24202$.

Each conv output side follows $o = (i - k)/s + 1$ with valid padding: $(32 - 3)/1 + 1 = 30$.
''')

md("en23_rmsprop_learner_notes", "messy first-person learner notes", "two RMSProp steps on f(w) = w^2 with eta = 0.1, beta = 0.9", r'''rmsprop by hand (day 12)

ok so the update is
$v_t = \beta v_{t-1} + (1 - \beta) g_t^2$ and $w_t = w_{t-1} - \eta\, g_t / \sqrt{v_t}$ (ignoring ε for now)⟦N:update rule⟧

my toy problem: $f(w) = w^2$, so $g = f'(w) = 2w$. start at $w_0 = 1$, $v_0 = 0$,⟦N:binds the start⟧
with a learning rate of 0.1 and $\beta = 0.9$.⟦N:binds beta⟧

**step 1**
$g_1 = 2 \cdot 1 = 2$
$v_1 = 0.9 \cdot 0 + 0.1 \cdot 4 = 0.4$ (hmm at first I forgot to square g and got 0.2, redo)
$\sqrt{0.4} \approx 0.6325$
$w_1 = 1 - 0.1 \cdot 2 / 0.6325 = 1 - 0.3162 = 0.6838$

interesting: the first step is $\eta/\sqrt{1-\beta} = 0.1/\sqrt{0.1} \approx 0.3162$ no matter what g is!

**step 2**
$g_2 = 2 × 0.6838 = 1.3576$⟦W:2 x 0.6838 is 1.3676⟧
$g_2² ≈ 1.8702$
$v_2 = 0.9 \cdot 0.4 + 0.1 \cdot 1.8702 = 0.36 + 0.1870 = 0.5470$
$√0.5470 ≈ 0.7396$
step size $0.1 \times 1.3675 / 0.7396 \approx 0.1849$, so $w_2 \approx 0.6838 - 0.1849 = 0.4989$

compare plain GD with the same lr: $w_1 = 1 - 0.2 = 0.8$, $w_2 = 0.8 - 0.16 = 0.64$. so rmsprop
is faster here, w went 1 → 0.68 → 0.50 vs 1 → 0.8 → 0.64.

TODO: add ε = 1e-8 and bias correction and see if anything changes (it shouldn't much).
''')

nb("en23_batchnorm_forward_four_values_colab", "Colab notebook", "batch norm forward on x = (1, 3, 4, 8): mean, variance, normalised values, gamma/beta", [
("markdown", r'''# BatchNorm forward on one feature, four examples

Batch: $x = (1, 3, 4, 8)$, $\epsilon = 10^{-5}$, $\gamma = 2$, $\beta = 0.5$.⟦N:binds the batch and the parameters⟧'''),
("code", r'''import numpy as np
x = np.array([1., 3., 4., 8.]); eps = 1e-5; gamma, beta = 2.0, 0.5
mu = x.mean(); var = x.var()          # biased variance, as in training mode
xhat = (x - mu) / np.sqrt(var + eps)
print(mu, var, xhat.round(4), (gamma * xhat + beta).round(4))'''),
("markdown", r'''## By hand

$$\mu_B = \frac{1 + 3 + 4 + 8}{4} = 4$$

$$\sigma_B^2 = \frac{(-3)^2 + (-1)^2 + 0^2 + 4^2}{4} = \frac{26}{4} = 6.5$$

$\sqrt{6.5 + 10^{-5}} \approx 2.5495$, so

| $i$ | $x_i - \mu_B$ | $\hat x_i$ | $y_i = \gamma\hat x_i + \beta$ |
|---|---|---|---|
| 1 | $-3$ | $-1.1767$ | $-1.8534$ |
| 2 | $-1$ | $-0.3922$ | $-0.2845$ |
| 3 | $0$ | $0$ | $0.5$ |
| 4 | $4$ | $1.5689$ | $3.6379$ |

Spelled out for the last row: $y_4 = 2 \times 1.5689 + 0.5 = 3.1378$.⟦W:2 x 1.5689 + 0.5 is 3.6378⟧'''),
("markdown", r'''## Sanity checks

- $\sum_i \hat x_i = 0$ and $\frac14\sum_i \hat x_i^2 \approx 1$ (exactly $6.5/6.50001$).
- the output has mean $\beta = 0.5$ and standard deviation $\approx \gamma = 2$.
- with the unbiased variance instead ($26/3 \approx 8.667$) the $\hat x$ would shrink by $\sqrt{3/4} \approx 0.866$.'''),
])

md("en23_l1_l2_gradient_exam_solutions", "exam solutions (1) (2) (3)", "L2 and L1 penalty values, gradient/subgradient, one SGD step with L2 on a 4-vector", r'''**Problem 4 (solutions).** $\mathbf w = (0.5,\ -2,\ 0,\ 1.5)$, $\lambda = 0.1$.⟦N:binds w and lambda⟧

**(1)** L2 penalty $R_2(\mathbf w) = \frac{\lambda}{2}\lVert\mathbf w\rVert_2^2$.⟦N:definition of R_2⟧
$\lVert\mathbf w\rVert_2^2 = 0.25 + 4 + 0 + 2.25 = 6.5$, hence
$$R_2 = \frac{0.1}{2}\cdot 6.5 = 0.65$$⟦W:0.05 x 6.5 is 0.325⟧
Gradient: $\nabla R_2 = \lambda\mathbf w = (0.05,\ -0.2,\ 0,\ 0.15)$. (2 marks)

**(2)** L1 penalty $R_1(\mathbf w) = \lambda\lVert\mathbf w\rVert_1 = 0.1\,(0.5 + 2 + 0 + 1.5) = 0.4$.
It is not differentiable at $w_3 = 0$; a subgradient is

$$\partial R_1 \ni \lambda\,\mathrm{sign}(\mathbf w) = (0.1,\ -0.1,\ 0,\ 0.1)$$

where any value in $[-0.1, 0.1]$ is allowed in the third slot. Common mistake: writing
$\nabla R_1 = \lambda\mathbf w$ — that is the L2 gradient.⟦N:quotes a common mistake⟧

**(3)** Data gradient $\mathbf g = (0.2,\ 0.4,\ -0.1,\ 0)$, $\eta = 0.5$, L2 regularisation:⟦N:binds g and eta⟧

$$\mathbf w' = \mathbf w - \eta(\mathbf g + \lambda\mathbf w)$$⟦N:update rule⟧

| $i$ | $g_i + \lambda w_i$ | $w_i'$ |
|---|---|---|
| 1 | $0.25$ | $0.5 - 0.125 = 0.375$ |
| 2 | $0.2$ | $-2 - 0.1 = -2.1$ |
| 3 | $-0.1$ | $0 + 0.05 = 0.05$ |
| 4 | $0.15$ | $1.5 - 0.075 = 1.425$ |

Equivalently $\mathbf w' = (1 - \eta\lambda)\mathbf w - \eta\mathbf g$ with shrink factor $1 - 0.05 = 0.95$:
for $i = 1$, $0.95 \cdot 0.5 - 0.5 \cdot 0.2 = 0.475 - 0.1 = 0.375$. ✓
''')

md("en23_hardy_weinberg_carrier_frequency", "textbook-style worked example (genetics)", "Hardy-Weinberg: carrier frequency 2pq from a recessive incidence of 1 in 2500", r'''# Worked example: how common are carriers?

A recessive condition affects 1 newborn in 2,500. Under Hardy–Weinberg equilibrium the genotype
frequencies of alleles $A$ (frequency $p$) and $a$ (frequency $q$) are

$$p^2 + 2pq + q^2 = 1, \qquad p + q = 1.$$⟦N:the model's equations⟧

Affected children are $aa$, so $q^2 = 1/2500 = 0.0004$. Taking the root,

$$q = \sqrt{0.0004} = 0.02, \qquad p = 1 - 0.02 = 0.98.$$

The carriers ($Aa$) then make up

$$2pq = 2 \times 0.98 \times 0.02 = 0.0392 \approx 3.9\%,$$

about one person in $1/0.0392 \approx 25.5$. Compare with the affected: the ratio of carriers to
affected is $2pq/q^2 = 2p/q = 98$.

Quick check that everything adds up:
$0.98^2 + 0.0392 + 0.0004 = 0.9604 + 0.0392 + 0.0004 = 1$.

**Follow-up.** If two unaffected parents are chosen at random, the chance that both are carriers
is $\left(\frac{2pq}{p^2 + 2pq}\right)^2$ — conditioning on "unaffected". Here
$\frac{0.0392}{0.9996} \approx 0.03922$, squared $\approx 0.001538$, and their child is affected
with probability $\frac14$ of that, $\approx 0.000384$ or about 1 in 2,600.
''')

nb("en23_elastic_collision_two_carts_colab", "Colab notebook (physics lab)", "1-D elastic collision of 2 kg and 1 kg carts: final velocities, momentum and kinetic energy checks", [
("markdown", r'''# Elastic collision of two carts

Cart 1: $m_1 = 2\ \text{kg}$ moving at $v_1 = 3\ \text{m/s}$; cart 2: $m_2 = 1\ \text{kg}$ at rest.⟦N:binds masses and velocities⟧
Conservation of momentum and of kinetic energy give the standard results

$$v_1' = \frac{m_1 - m_2}{m_1 + m_2}v_1, \qquad v_2' = \frac{2m_1}{m_1 + m_2}v_1$$'''),
("code", r'''m1, m2, v1, v2 = 2.0, 1.0, 3.0, 0.0
u1 = (m1 - m2) / (m1 + m2) * v1; u2 = 2 * m1 / (m1 + m2) * v1
print(u1, u2, m1*v1, m1*u1 + m2*u2, 0.5*m1*v1**2, 0.5*m1*u1**2 + 0.5*m2*u2**2)'''),
("markdown", r'''## Numbers

$v_1' = \frac{2 - 1}{3}\cdot 3 = 1\ \text{m/s}$ and $v_2' = \frac{4}{3}\cdot 3 = 4\ \text{m/s}$.

Momentum before: $p = 2 \cdot 3 = 6\ \text{kg·m/s}$. After: $2 \cdot 1 + 1 \cdot 4 = 6\ \text{kg·m/s}$. ✓

Kinetic energy before: $\frac12 \cdot 2 \cdot 3^2 = 9\ \text{J}$.
After, cart 1: $\frac12 \cdot 2 \cdot 1^2 = 1\ \text{J}$; cart 2: $\frac12 \cdot 1 \cdot 4^2 = 16\ \text{J}$.⟦W:half of 1 x 16 is 8 J⟧
Total after: $1 + 8 = 9\ \text{J}$. ✓'''),
("markdown", r'''## Fraction of energy transferred

Cart 2 receives $8/9 \approx 88.9\%$ of the energy. In general the fraction is
$\frac{4m_1m_2}{(m_1 + m_2)^2} = \frac{8}{9}$, which reaches 1 only for equal masses.

The relative speed is reversed, as it must be for an elastic collision:
$v_2' - v_1' = 4 - 1 = 3 = v_1 - v_2$.'''),
])

md("en23_kepler_third_law_orbit_notes", "physics course notes", "Kepler's third law: Earth's orbital period and the geostationary radius", r'''### Kepler's third law from Newton

For a circular orbit gravity supplies the centripetal force, $\frac{GMm}{r^2} = \frac{mv^2}{r}$, with
$v = 2\pi r/T$. Eliminating $v$:

$$T^2 = \frac{4\pi^2}{GM}r^3$$

**Earth around the Sun.** $GM_\odot = 1.327 \times 10^{20}\ \text{m}^3/\text{s}^2$,⟦N:binds GM of the Sun⟧
$r = 1.496 \times 10^{11}\ \text{m}$.⟦N:binds the constants⟧

$$T = 2\pi\sqrt{\frac{r^3}{GM_\odot}} \approx 3.156 \times 10^{7}\ \text{s} \approx 365.3\ \text{days}$$

**Geostationary orbit.** Here $T$ is one sidereal day, $T = 86164\ \text{s}$, and⟦N:binds T⟧
$GM_\oplus = 3.986 \times 10^{14}\ \text{m}^3/\text{s}^2$.⟦N:binds T and GM of the Earth⟧ Solving for $r$:

$$r = \left(\frac{GM_\oplus T^2}{4\pi^2}\right)^{1/3} \approx 4.216 \times 10^{7}\ \text{m} = 42\,164\ \text{km}$$

The altitude above the surface ($R_\oplus = 6371$ km) is $42164 - 6371 = 35793$ km, and the
orbital speed is $v = 2\pi r/T \approx 3.07\ \text{km/s}$.

**The Moon.** Keep $GM_\oplus$ but now let $r = 3.844 \times 10^{8}\ \text{m}$.⟦N:rebinds r for the Moon⟧ Then

$$T = 2\pi\sqrt{\frac{r^3}{GM_\oplus}} \approx 2.372 \times 10^{6}\ \text{s} \approx 27.45\ \text{days},$$

close to the observed sidereal month of 27.32 days (the Moon's own mass, ignored here, shortens it).

**Scaling check.** Doubling $r$ multiplies $T$ by $2^{3/2} \approx 2.83$. The Moon's orbit is
$384400/42164 \approx 9.12$ times wider than the geostationary one, so its period is
$9.12^{3/2} \approx 27.5$ sidereal days.
''')

md("en23_torricelli_tank_drain", "engineering homework write-up", "Torricelli's law: outflow speed, volume flow through a 2 cm^2 hole, drain time of a tank", r'''# Draining a water tank (Torricelli)

A tank of cross-section $A = 0.5\ \text{m}^2$ is filled to $H = 1.8\ \text{m}$ and drains through a hole of⟦N:binds A and H⟧
area $a = 2\ \text{cm}^2 = 2 \times 10^{-4}\ \text{m}^2$ at the bottom; $g = 9.81\ \text{m/s}^2$.⟦N:binds the data⟧

**Outflow speed.** Bernoulli between the free surface and the jet gives $v = \sqrt{2gh}$:

$$v = \sqrt{2 \cdot 9.81 \cdot 1.8} = \sqrt{35.316} \approx 5.94\ \text{m/s}$$

**Flow rate at the start.**

$$Q = a v \approx 2 \times 10^{-4} \cdot 5.943 \approx 1.19 \times 10^{-3}\ \text{m}^3/\text{s}$$

that is $Q \approx 11.9$ L/s.⟦W:1.19e-3 m^3/s is 1.19 L/s⟧

**Drain time.** The level falls as $A\,\frac{dh}{dt} = -a\sqrt{2gh}$. Separating and integrating
from $H$ to $0$:

$$t = \frac{A}{a}\sqrt{\frac{2H}{g}} = 2500\sqrt{\frac{3.6}{9.81}} \approx 2500 \times 0.6058 \approx 1514\ \text{s}$$

so about $25.2$ minutes. Half of the water ($h$ from 1.8 m to 0.9 m) leaves in only
$t_{1/2} = \frac{A}{a}\cdot\frac{\sqrt{2}(\sqrt{1.8} - \sqrt{0.9})}{\sqrt{9.81}} \approx 444\ \text{s}$, because the flow is fastest when the tank is full.

**Second scenario.** Now fill the same tank only to $H = 0.8\ \text{m}$.⟦N:rebinds H⟧ The drain time scales with
$\sqrt H$:

$$t = 2500\sqrt{\frac{1.6}{9.81}} \approx 1010\ \text{s}$$

i.e. $1514 \times \sqrt{0.8/1.8} = 1514 \times \tfrac23 \approx 1009$ s, about 16.8 minutes.
''')

md("en23_cagr_revenue_growth_blog", "finance blog post", "compound annual growth rate from 120 to 210 over 4 years, projection and doubling time", r'''# CAGR in five minutes

Our revenue went from 120 k\$ in 2021 to 210 k\$ in 2025. What is the "average" yearly growth?

The compound annual growth rate solves $120(1 + r)^4 = 210$:⟦N:equation to solve⟧

$$r = \left(\frac{210}{120}\right)^{1/4} - 1 = 1.75^{1/4} - 1$$

Now $1.75^{1/2} \approx 1.3229$ and $\sqrt{1.3229} \approx 1.1502$, so $r \approx 0.1502$, i.e. **15.0 %
per year**.

The arithmetic average would mislead: total growth is $90/120 = 75\%$, and $75\%/4 = 18.75\%$
per year overstates it, because growth compounds.

**Projection.** Two more years at the same rate:

$$210 \times 1.1502^2 \approx 210 \times 1.3229 \approx 277.8\ \text{k\$}$$

**Doubling time.** $t_2 = \frac{\ln 2}{\ln 1.1502} \approx \frac{0.6931}{0.1399} \approx 4.95$ years. The rule of 72
gives $72/15 = 4.8$ years, close enough for a slide.

| year | revenue (k\$) |
|---|---|
| 2025 | 210 |
| 2026 | $210 \times 1.1502 \approx 241.5$ |
| 2027 | $241.5 \times 1.1502 \approx 277.8$ |
''')

nb("en23_chebyshev_bound_vs_normal_notebook", "Jupyter notebook (statistics)", "Chebyshev and Cantelli bounds compared with exact normal tail probabilities; latency example", [
("markdown", r'''# How loose is Chebyshev?

For any distribution with mean $\mu$ and standard deviation $\sigma$,

$$P(|X - \mu| \ge k\sigma) \le \frac{1}{k^2}.$$

We compare with the normal distribution.'''),
("code", r'''from scipy import stats
for k in (1.5, 2, 3):
    print(k, 1 / k**2, 2 * stats.norm.sf(k))'''),
("markdown", r'''| $k$ | Chebyshev $1/k^2$ | normal $2(1 - \Phi(k))$ |
|---|---|---|
| 1.5 | $0.4444$ | $0.1336$ |
| 2 | $0.25$ | $0.0455$ |
| 3 | $0.1111$ | $0.0027$ |

At $k = 3$ the bound is about $0.1111/0.0027 \approx 41$ times the normal value.'''),
("markdown", r'''## Latency example

Request latency has mean $\mu = 50$ ms and $\sigma = 8$ ms; nothing else is known.⟦N:binds mu and sigma⟧
How often can a request take 74 ms or more? The distance is $74 - 50 = 24$ ms, so $k = 24/8 = 3$.

Two-sided Chebyshev: at most $1/9 \approx 11.1\%$ of requests are outside $50 \pm 24$ ms.
One-sided (Cantelli), $P(X - \mu \ge k\sigma) \le \frac{1}{1 + k^2} = \frac{1}{10} = 10\%$.

If latency were normal the answer would be $1 - \Phi(3) \approx 0.00135$, about 0.13 %.'''),
])
