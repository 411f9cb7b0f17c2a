# (name, lang, style, topic, body)  body: str for .md, list of (kind, src) for .ipynb
DOCS = []
def md(name, style, topic, body): DOCS.append((name + ".md", "en", style, topic, body))
def nb(name, style, topic, cells): DOCS.append((name + ".ipynb", "en", style, topic, cells))

md("en24_mse_gd_three_points_learner", "messy learner notes, first person", "one gradient-descent step for y = wx + b on (1,3), (2,5), (3,6) under MSE", r'''# GD by hand (week 2 notes)

ok so I want to do ONE step of gradient descent by hand before trusting the code.
data: $(1, 3), (2, 5), (3, 6)$, model $\hat y = wx + b$, loss is plain MSE⟦N:data and model of the example⟧

$$L = \frac{1}{3}\sum_{i=1}^{3}(\hat y_i - y_i)^2$$⟦N:definition of the loss⟧

start with $w = 1$, $b = 0$ and learning rate $\eta = 0.05$.⟦N:initial values⟧

predictions are just $1, 2, 3$ so the errors $e_i = \hat y_i - y_i$ are $-2, -3, -3$.
loss: $L = (4 + 9 + 9)/3 = 22/3 \approx 7.33$. big, fine.

derivatives (I always forget the 2):

$$\frac{\partial L}{\partial w} = \frac{2}{3}\sum_i e_i x_i, \qquad \frac{\partial L}{\partial b} = \frac{2}{3}\sum_i e_i$$

$\sum e_i x_i = -2 - 6 - 9 = -17$, so $\partial L/\partial w = \frac{2}{3}(-17) \approx -11.33$
and $\partial L/\partial b = \frac{2}{3}(-8) \approx -5.33$

update:
~~$w = 1 - 0.05 \times 11.33$~~ hmm no, minus a negative gradient, the sign flips:⟦N:a struck-out attempt, no claim⟧

$w \leftarrow 1 - 0.05 \times (-11.33) = 1.0567$⟦W:1 + 0.05 x 11.33 is 1.5667 (a lost digit)⟧
$b \leftarrow 0 - 0.05 \times (-5.33) = 0.2667$

so now $w \approx 1.567$, $b \approx 0.267$. new predictions: $1.833, 3.4, 4.967$

new loss $\approx (1.361 + 2.56 + 1.068)/3 \approx 1.66$, down from 7.33. 

so the loss went from 7.33 to 1.66 in one step, i.e. it shrank by a factor of about 4.4. nice.
(note to self: $\eta = 0.2$ would overshoot here, try it tomorrow)⟦N:a learning rate to try, no claim⟧
''')

md("en24_logistic_gradient_textbook_ch4", "textbook chapter with numbered equations", "logistic regression loss gradient (yhat - y) x with one worked example in three features", r'''## 4.3 Gradient of the logistic loss

For one example $(\mathbf{x}, y)$ with $y \in \{0, 1\}$ we write

$$z = \mathbf{w}^\top\mathbf{x} + b, \qquad \hat y = \sigma(z) \tag{4.7}$$⟦N:definition of the model⟧

$$\ell(\mathbf{w}, b) = -\big[y\log\hat y + (1 - y)\log(1 - \hat y)\big] \tag{4.8}$$⟦N:definition of the loss⟧

Because $\sigma'(z) = \sigma(z)(1 - \sigma(z))$, differentiating (4.8) through (4.7) gives

$$\frac{\partial \ell}{\partial z} = -\frac{y}{\hat y}\hat y(1 - \hat y) + \frac{1 - y}{1 - \hat y}\hat y(1 - \hat y) = \hat y - y \tag{4.9}$$

and from (4.7) and (4.9),

$$\nabla_{\mathbf{w}}\ell = (\hat y - y)\,\mathbf{x}, \qquad \frac{\partial\ell}{\partial b} = \hat y - y. \tag{4.10}$$

**Example 4.4.** Take $\mathbf{x} = (1, -2, 0.5)^\top$, $y = 1$, $\mathbf{w} = (0.4, 0.1, -0.6)^\top$, $b = 0.2$.⟦N:binds the example's values⟧
Then

$$z = 0.4 - 0.2 - 0.3 + 0.2 = 0.1, \qquad \hat y = \sigma(0.1) \approx 0.5250.$$

The loss is $\ell = -\log 0.5250 \approx 0.6444$, and by (4.10)

$$\nabla_{\mathbf{w}}\ell = -0.4750\,(1, -2, 0.5)^\top = (-0.4750,\ 0.9500,\ -0.2375)^\top.$$

A gradient step with $\eta = 0.5$ moves the weights to⟦N:binds the step size⟧

$$\mathbf{w}' = \mathbf{w} - \eta\nabla_{\mathbf{w}}\ell = (0.6375,\ -0.375,\ -0.48125)^\top, \qquad b' = 0.2 + 0.2375 = 0.4375.$$

The new logit is $z' = 0.6375 + 0.75 - 0.240625 + 0.4375 = 1.584375$, so $\hat y' \approx 0.8298$:
one step raised the probability of the correct class by about $0.30$.

**Exercise 4.5.** Show that (4.9) also holds for $y = 0$, i.e. $\partial\ell/\partial z = \hat y$.
''')

md("en24_softmax_jacobian_diag_notes", "university lecture notes on matrix calculus", "softmax Jacobian diag(a) - a a^T, numerator layout, numbers for logits (1, 2, 0), chain with CE", r'''# Matrix calculus 3: the softmax Jacobian

Layout convention: **numerator layout**, so for $\mathbf{a} = f(\mathbf{z})$ with $\mathbf{a}, \mathbf{z} \in \mathbb{R}^K$ the Jacobian
$J_{ij} = \partial a_i / \partial z_j$ is $K \times K$ with rows indexed by outputs.⟦N:layout convention stated⟧

Softmax: $a_i = \dfrac{e^{z_i}}{\sum_k e^{z_k}}$.⟦N:definition of softmax⟧ Differentiating the quotient,

$$\frac{\partial a_i}{\partial z_j} = a_i(\delta_{ij} - a_j)$$

which in matrix form reads

$$J = \operatorname{diag}(\mathbf{a}) - \mathbf{a}\mathbf{a}^\top.$$

$J$ is symmetric, and every row sums to zero: $\sum_j a_i(\delta_{ij} - a_j) = a_i - a_i\sum_j a_j = 0$.

**Numbers.** Let $\mathbf{z} = (1, 2, 0)$.⟦N:binds the logits⟧
Then $e^{\mathbf{z}} \approx (2.7183, 7.3891, 1)$, the sum is
$11.1073$ and

$$\mathbf{a} \approx (0.2447,\ 0.6652,\ 0.0900).$$

$$J \approx \begin{pmatrix} 0.1848 & -0.1628 & -0.0220 \\ -0.1628 & 0.2227 & -0.0599 \\ -0.0220 & -0.0599 & 0.0819 \end{pmatrix}$$

Check the first row: $0.1848 - 0.1628 - 0.0220 = 0$. The diagonal entries are $a_i(1 - a_i)$, e.g.
$0.6652 \times 0.3348 \approx 0.2227$.

**Chain with cross-entropy.** With $L = -\sum_i y_i\log a_i$ and one-hot $\mathbf{y} = (0, 1, 0)$,⟦N:definition of L and the label⟧
$\nabla_{\mathbf{a}}L = (0, -1/a_2, 0)$ and

$$\nabla_{\mathbf{z}}L = J^\top\nabla_{\mathbf{a}}L = \mathbf{a} - \mathbf{y} \approx (0.2447,\ -0.3348,\ 0.0900).$$

For instance the third entry is $-0.0599 \times (-1/0.6652) \approx 0.0900$. The loss itself is
$L = -\log 0.6652 \approx 0.4076$.
''')

nb("en24_linear_layer_matrix_grad_colab", "Colab notebook, matrix calculus with code cells", "dL/dW = X^T G and dL/dX = G W^T for a linear layer on a 2x2 batch, Frobenius-norm loss", [
("markdown", r'''# Gradients of a linear layer, checked in NumPy

Shapes: $X \in \mathbb{R}^{2\times 2}$ (batch of 2, 2 features), $W \in \mathbb{R}^{2\times 3}$, $Y = XW \in \mathbb{R}^{2\times 3}$.⟦N:declares the shapes⟧
The loss is $L = \tfrac12\lVert Y\rVert_F^2 = \tfrac12\sum_{ij}Y_{ij}^2$, so $G := \partial L/\partial Y = Y$.⟦N:definition of L and G⟧'''),
("code", r'''import numpy as np
X = np.array([[1., 2.], [0., -1.]])
W = np.array([[1., 0., 2.], [-1., 1., 0.]])
Y = X @ W
print(Y, 0.5 * (Y**2).sum())'''),
("markdown", r'''In index form $Y_{ij} = \sum_k X_{ik}W_{kj}$, hence $\dfrac{\partial L}{\partial W_{kj}} = \sum_i X_{ik}G_{ij}$, i.e.

$$\frac{\partial L}{\partial W} = X^\top G, \qquad \frac{\partial L}{\partial X} = G\,W^\top.$$

(denominator layout: each gradient has the shape of the variable).'''),
("markdown", r'''The forward pass printed

$$Y = XW = \begin{pmatrix} -1 & 2 & 2 \\ 1 & -1 & 0 \end{pmatrix}, \qquad L = \tfrac12(1 + 4 + 4 + 1 + 1 + 0) = 5.5$$

Then

$$\frac{\partial L}{\partial W} = X^\top Y = \begin{pmatrix} 1 & 0 \\ 2 & -1 \end{pmatrix}\begin{pmatrix} -1 & 2 & 2 \\ 1 & -1 & 0 \end{pmatrix} = \begin{pmatrix} -1 & 2 & 2 \\ -3 & 5 & 4 \end{pmatrix}$$

$$\frac{\partial L}{\partial X} = Y W^\top = \begin{pmatrix} 3 & 3 \\ 1 & 2 \end{pmatrix}$$⟦W:sign slip in the (2,2) entry: row (1, -1, 0) of Y times row (-1, 1, 0) of W is -2⟧'''),
("code", r'''print(X.T @ Y)
print(Y @ W.T)'''),
("markdown", r'''A quick sanity check with the trace: $\operatorname{tr}(W^\top \tfrac{\partial L}{\partial W}) = \sum_{kj}W_{kj}(X^\top Y)_{kj} = 2L = 11$, as it must be for a loss that is
quadratic (homogeneous of degree 2) in $W$.

Frobenius norm of the gradient: $\lVert X^\top Y\rVert_F = \sqrt{1 + 4 + 4 + 9 + 25 + 16} = \sqrt{59} \approx 7.68$.'''),
])

nb("en24_two_layer_relu_numbers_colab", "Colab notebook with prints quoted in prose", "2-2-1 ReLU net on one example: forward values, dz2, dW2, db2, dz1, dW1, db1 with numbers", [
("markdown", r'''# Tiny 2-2-1 net, backprop with actual numbers

Input $x = (1, 2)^\top$, target $y = 1$, hidden layer ReLU, linear output, loss $\mathcal{L} = \tfrac12(\hat y - y)^2$.⟦N:binds the example⟧
Weights: $W^{[1]} = \begin{pmatrix} 0.5 & -0.5 \\ 0.25 & 0.5 \end{pmatrix}$, $b^{[1]} = 0$, $W^{[2]} = (1,\ -0.8)$, $b^{[2]} = 0.1$.⟦N:binds the weights⟧'''),
("code", r'''import numpy as np
x = np.array([1., 2.]); y = 1.
W1 = np.array([[0.5, -0.5], [0.25, 0.5]]); b1 = np.zeros(2)
W2 = np.array([1., -0.8]); b2 = 0.1
z1 = W1 @ x + b1; a1 = np.maximum(z1, 0); yhat = W2 @ a1 + b2
print(z1, a1, yhat, 0.5 * (yhat - y)**2)'''),
("markdown", r'''## Forward

$$z^{[1]} = W^{[1]}x = (0.5 - 1,\ 0.25 + 1) = (-0.5,\ 1.25)$$

$a^{[1]} = \text{ReLU}(z^{[1]}) = (0,\ 1.25)$, then $\hat y = 1\cdot 0 - 0.8 \cdot 1.25 + 0.1 = -0.9$.

The printed loss is $\mathcal{L} = \tfrac12(-1.9)^2 = 1.805$.'''),
("markdown", r'''## Backward

$$dz^{[2]} = \hat y - y = -1.9$$

$$dW^{[2]} = dz^{[2]}\,a^{[1]\top} = (0,\ -2.735), \qquad db^{[2]} = -1.9$$⟦W:-1.9 x 1.25 is -2.375 (transposed digits)⟧

$$da^{[1]} = W^{[2]\top}dz^{[2]} = (-1.9,\ 1.52)$$

ReLU passes the gradient only where $z^{[1]} > 0$, so $dz^{[1]} = da^{[1]} \odot \mathbb{1}[z^{[1]} > 0] = (0,\ 1.52)$.

$$dW^{[1]} = dz^{[1]}x^\top = \begin{pmatrix} 0 & 0 \\ 1.52 & 3.04 \end{pmatrix}, \qquad db^{[1]} = (0,\ 1.52)$$'''),
("code", r'''dz2 = yhat - y
dW2 = dz2 * a1
dz1 = W2 * dz2 * (z1 > 0)
print(dW2, np.outer(dz1, x), dz1)'''),
("markdown", r'''The code agrees: `dW2 = [0, -2.375]`. The first hidden unit is dead for this input, so its whole
row of $dW^{[1]}$ is zero. With a learning rate of $0.1$ the second row of $W^{[1]}$ becomes
$(0.25 - 0.152,\ 0.5 - 0.304) = (0.098,\ 0.196)$.'''),
])

md("en24_keras_mnist_cnn_summary_readme", "GitHub README with a model.summary() table", "parameter counts and output shapes of a small Keras MNIST CNN", r'''# mnist-small-cnn

A two-conv-block CNN for MNIST ($28\times 28\times 1$ inputs), no padding, stride 1, `MaxPooling2D(2)`.

```
model = Sequential([Conv2D(16, 3, activation="relu", input_shape=(28, 28, 1)), MaxPooling2D(2),
                    Conv2D(32, 3, activation="relu"), MaxPooling2D(2),
                    Flatten(), Dense(64, activation="relu"), Dense(10, activation="softmax")])
```

## Output of `model.summary()`, annotated

| Layer | Output shape | Params | How |
|---|---|---|---|
| conv2d | (26, 26, 16) | 160 | $3\cdot 3\cdot 1\cdot 16 + 16 = 160$ |
| max_pooling2d | (13, 13, 16) | 0 | $26/2 = 13$ |
| conv2d_1 | (11, 11, 32) | 4460 | $3\cdot 3\cdot 16\cdot 32 + 32 = 4460$ |⟦W:3*3*16*32 + 32 = 4640 (transposed digits)⟧
| max_pooling2d_1 | (5, 5, 32) | 0 | $\lfloor 11/2\rfloor = 5$ |
| flatten | (800,) | 0 | $5\cdot 5\cdot 32 = 800$ |
| dense | (64,) | 51264 | $800\cdot 64 + 64 = 51264$ |
| dense_1 | (10,) | 650 | $64\cdot 10 + 10 = 650$ |

Total params: $160 + 4640 + 51264 + 650 = 56{,}714$.

The output size of a valid convolution is $o = n - k + 1$,⟦N:definition of the output-size rule⟧
so $28 - 3 + 1 = 26$ and $13 - 3 + 1 = 11$. The dense layer holds $51264 / 56714 \approx 90.4\%$ of the parameters.

At 4 bytes per float32 weight the model is $56714 \times 4 = 226{,}856$ bytes, about $0.23$ MB.

If you add `padding="same"` to both convs the flatten size becomes $7\cdot 7\cdot 32 = 1568$ and the
dense layer alone has $1568\cdot 64 + 64 = 100{,}416$ parameters.
''')

md("en24_adam_three_steps_medium", "Medium-style blog post", "three Adam steps on f(w) = w^2 from w = 1 with bias correction", r'''# Adam, one number at a time

Most Adam explainers stop at the update rule. Let's push actual numbers through it.

The rule, with gradient $g_t$:

$$m_t = \beta_1 m_{t-1} + (1 - \beta_1)g_t, \qquad v_t = \beta_2 v_{t-1} + (1 - \beta_2)g_t^2$$⟦N:update rule⟧

$$\hat m_t = \frac{m_t}{1 - \beta_1^t}, \quad \hat v_t = \frac{v_t}{1 - \beta_2^t}, \quad w_t = w_{t-1} - \alpha\frac{\hat m_t}{\sqrt{\hat v_t} + \epsilon}$$⟦N:update rule⟧

We minimise $f(w) = w^2$ (its gradient is $2w$). Defaults $\beta_1 = 0.9$, $\beta_2 = 0.999$, and a step size of $0.1$, starting at $w_0 = 1$.⟦N:binds hyperparameters and start⟧

**Step 1.** $g_1 = 2$, $m_1 = 0.2$, $v_1 = 0.004$. After bias correction $\hat m_1 = 0.2/0.1 = 2$ and
$\hat v_1 = 0.004/0.001 = 4$, so

$$w_1 = 1 - 0.1\cdot\frac{2}{\sqrt 4} = 0.9.$$

Notice the first step is exactly $\alpha$, whatever the gradient's scale.

**Step 2.** $g_2 = 1.8$.

$$m_2 = 0.9 \times 0.2 + 0.1 \times 1.8 = 0.36, \qquad v_2 = 0.999 \times 0.004 + 0.001 \times 3.24 = 0.007236$$

$\hat m_2 = 0.36/0.19 \approx 1.8947$ and
$\hat v_2 = 0.007236/0.001999 \approx 36.20$.⟦W:0.007236/0.001999 is 3.620 (power of ten)⟧ With
$\sqrt{3.620} \approx 1.9026$ the step is $0.1 \times 1.8947/1.9026 \approx 0.0996$, so $w_2 \approx 0.8004$.

**Step 3.** $g_3 \approx 1.6008$, $m_3 \approx 0.4841$, $v_3 \approx 0.009791$, and after correction the step is
again just under $0.1$: $w_3 \approx 0.7016$.

| $t$ | $g_t$ | $\hat m_t$ | $\hat v_t$ | $w_t$ |
|---|---|---|---|---|
| 1 | 2 | 2 | 4 | 0.9 |
| 2 | 1.8 | 1.8947 | 3.6198 | 0.8004 |
| 3 | 1.6008 | 1.7863 | 3.2671 | 0.7016 |

Plain gradient descent with the same $0.1$ would give $w_1 = 1 - 0.1 \times 2 = 0.8$ and then $0.64$:
Adam moves at a roughly constant $\approx 0.1$ per step, independent of the size of $f'$.
''')

md("en24_init_variance_dropout_lecture", "university lecture notes", "Xavier and He initialisation variances for a 256 -> 128 layer, variance propagation, inverted dropout scale", r'''# L7: Initialisation and dropout

Consider a dense layer with fan-in $n_{in} = 256$ and fan-out $n_{out} = 128$.⟦N:binds the layer sizes⟧

**Variance propagation.** If $z = \sum_{k=1}^{n_{in}} w_k x_k$ with independent zero-mean terms, then⟦N:defines z⟧
$\operatorname{Var}(z) = n_{in}\operatorname{Var}(w)\operatorname{Var}(x)$.

**Xavier/Glorot** picks $\operatorname{Var}(w) = \dfrac{2}{n_{in} + n_{out}}$:⟦N:definition of the Xavier rule⟧

- $\operatorname{Var}(w) = 2/384 \approx 0.005208$, standard deviation $\approx 0.0722$
- uniform version: $w \sim U[-r, r]$ with $r = \sqrt{6/(n_{in} + n_{out})} = \sqrt{0.015625} = 0.0125$⟦W:sqrt(0.015625) is 0.125 (lost a zero)⟧

(the variance of $U[-r, r]$ is $r^2/3 = 0.015625/3 \approx 0.005208$, the same as above).

**He/Kaiming** for ReLU layers: $\operatorname{Var}(w) = 2/n_{in}$.⟦N:definition of the He rule⟧

$$\operatorname{Var}(w) = \frac{2}{256} = 0.0078125, \qquad \sigma_w = \frac{1}{\sqrt{128}} \approx 0.0884$$

With unit-variance inputs, $\operatorname{Var}(z) = 256 \times 0.0078125 \times 1 = 2$, and ReLU keeps half of the second moment,
$\mathbb{E}[a^2] = \tfrac12 \cdot 2 = 1$: the scale is preserved layer after layer.

**Inverted dropout.** Keep each unit with probability $p = 0.8$.⟦N:binds the keep probability⟧ A kept activation $a = 2.5$ is
scaled to $a/p = 3.125$ at training time, so that

$$\mathbb{E}[\tilde a] = 0.8 \times 3.125 + 0.2 \times 0 = 2.5 = a.$$

At test time nothing is rescaled. The variance introduced by the mask is
$\operatorname{Var}(\tilde a) = a^2(1 - p)/p = 6.25 \times 0.25 = 1.5625$.
''')

md("en24_l1_l2_penalty_exam_solutions", "exam solutions (1) (2) (3)", "L2 and L1 penalties, their gradient and subgradient, one SGD step with L2", r'''**Problem 4 — solutions**

Given $\mathbf{w} = (0.5, -1.5, 0)$, $\lambda = 0.01$, data gradient $\mathbf{g} = (0.2, 0.1, -0.3)$, $\eta = 0.1$.⟦N:given values of the problem⟧

(1) L2 penalty $R_2(\mathbf{w}) = \frac{\lambda}{2}\lVert\mathbf{w}\rVert_2^2$.⟦N:definition of R_2⟧

$$R_2 = 0.005 \times (0.25 + 2.25 + 0) = 0.0125, \qquad \nabla R_2 = \lambda\mathbf{w} = (0.005,\ -0.015,\ 0)$$

(2) L1 penalty $R_1(\mathbf{w}) = \lambda\lVert\mathbf{w}\rVert_1$.⟦N:definition of R_1⟧
Here $R_1 = 0.01 \times 2 = 0.02$.
Its subgradient is $\lambda\,\mathrm{sign}(w_j)$ where $w_j \ne 0$ and any value in $[-\lambda, \lambda]$ at $w_j = 0$:

$$\partial R_1 = \big(0.01,\ -0.01,\ [-0.01, 0.01]\big)$$

(3) One SGD step on the L2-regularised loss, $\mathbf{w} \leftarrow \mathbf{w} - \eta(\mathbf{g} + \lambda\mathbf{w})$:

- $w_1 = 0.5 - 0.1(0.2 + 0.005) = 0.4795$
- $w_2 = -1.5 - 0.1(0.1 - 0.015) = -1.5115$⟦W:-1.5 - 0.1 x 0.085 is -1.5085 (sign slip on lambda w)⟧
- $w_3 = 0 - 0.1(-0.3 + 0) = 0.03$

so $\mathbf{w}' = (0.4795,\ -1.5085,\ 0.03)$. Equivalently, the weights were first shrunk by
$1 - \eta\lambda = 0.999$ and then moved by $-\eta\mathbf{g}$: $0.999 \times 0.5 - 0.02 = 0.4795$.

(4) With the L1 penalty instead, $\mathbf{w} \leftarrow \mathbf{w} - \eta(\mathbf{g} + \lambda\,\mathrm{sign}(\mathbf{w}))$ and picking the subgradient $0$ at $w_3 = 0$:⟦N:update rule⟧

- $w_1 = 0.5 - 0.1(0.2 + 0.01) = 0.479$
- $w_2 = -1.5 - 0.1(0.1 - 0.01) = -1.509$

*Marking note:* (2) earns full credit only if the interval at $w_3 = 0$ is stated.
''')

md("en24_leaky_relu_softplus_blog", "Medium-style blog post", "derivatives of leaky ReLU, softplus and tanh with values", r'''# Three activation derivatives you should know by heart

**Leaky ReLU.** With slope $\alpha = 0.01$ for negative inputs,⟦N:binds alpha⟧

$$f(x) = \begin{cases} x & x > 0 \\ \alpha x & x \le 0 \end{cases} \qquad f'(x) = \begin{cases} 1 & x > 0 \\ \alpha & x < 0 \end{cases}$$⟦N:definition by cases⟧

So $f(-3) = -0.03$ and $f'(-3) = 0.01$, while $f(2) = 2$, $f'(2) = 1$. The gradient never dies
completely: it is $100$ times smaller on the negative side, not zero.

**Softplus.** $s(x) = \ln(1 + e^x)$ is a smooth ReLU.⟦N:definition of softplus⟧ Its derivative is the sigmoid:

$$s'(x) = \frac{e^x}{1 + e^x} = \frac{1}{1 + e^{-x}} = \sigma(x)$$

At the origin $s(0) = \ln 2 \approx 0.6931$ and $s'(0) = 0.5$. At $x = 2$: $s(2) = \ln(1 + 7.389) \approx 2.1269$
and $s'(2) = \sigma(2) \approx 0.8808$.

**tanh.** Using the quotient rule on $\tanh x = \frac{\sinh x}{\cosh x}$,

$$\frac{d}{dx}\tanh x = \frac{\cosh^2 x - \sinh^2 x}{\cosh^2 x} = 1 - \tanh^2 x$$

For $x = 0.5$: $\tanh 0.5 \approx 0.4621$, so $\tanh'(0.5) \approx 1 - 0.2135 = 0.7865$.

| $x$ | leaky ReLU$'$ | softplus$'$ | tanh$'$ |
|---|---|---|---|
| $-1$ | 0.01 | 0.2689 | 0.4200 |
| $0.5$ | 1 | 0.6225 | 0.7864 |
| $2$ | 1 | 0.8808 | 0.0707 |

The table makes the point: tanh saturates fastest, softplus never quite reaches 1.
''')

md("en24_llm_memory_budget_readme", "GitHub README, units carried through", "GPU memory of a 7B model: weights in bf16, Adam mixed-precision states, ZeRO-3 sharding, KV cache in GB", r'''# Memory budget for fine-tuning a 7B model

All sizes in decimal GB ($1\ \text{GB} = 10^9$ bytes).⟦N:unit convention⟧ Model: $N = 7 \times 10^9$ parameters, 32 layers,
hidden size 4096.

## Weights

bf16 stores 2 bytes per parameter:

$$7 \times 10^9 \times 2\ \text{B} = 14\ \text{GB}$$

## Training state (mixed precision + Adam)

Per parameter: 2 B (bf16 weights) + 2 B (bf16 grads) + 4 B (fp32 master) + 4 B + 4 B (Adam $m$, $v$) $= 16$ B.

$$7 \times 10^9 \times 16\ \text{B} = 11.2\ \text{GB}$$⟦W:7e9 x 16 B is 112 GB (power of ten)⟧

That is why a single 80 GB card is not enough: $112 / 80 = 1.4$ cards' worth before activations.
With ZeRO-3 over 8 GPUs each card holds $112 / 8 = 14$ GB of state.

## KV cache at inference

Per token and layer we store K and V, each of size $d = 4096$, in 2 bytes:⟦N:binds d⟧

$$2 \times 32 \times 4096 \times 2\ \text{B} = 524{,}288\ \text{B} \approx 0.52\ \text{MB per token}$$

For a 4096-token context: $524288 \times 4096 = 2{,}147{,}483{,}648$ B $\approx 2.15$ GB, and a batch of 8 such
sequences needs $\approx 17.2$ GB on top of the 14 GB of weights, i.e. about $31.2$ GB in total.

| item | size |
|---|---|
| weights (bf16) | 14 GB |
| training state | 112 GB |
| KV cache, 8 × 4096 tokens | 17.2 GB |
''')

nb("en24_inference_throughput_units_colab", "Colab notebook, units through products and quotients", "batch FLOPs, time per batch, images per second and total time for ResNet-50 style inference", [
("markdown", r'''# How long does inference on 50k images take?

Assume $4.1$ GFLOPs per image (forward pass), batch size $B = 64$, and a GPU sustaining $40$ TFLOP/s⟦N:binds the assumptions⟧
(40% of a 100 TFLOP/s peak).'''),
("code", r'''flops_img = 4.1e9; B = 64; thr = 0.4 * 100e12
t_batch = flops_img * B / thr
print(flops_img * B, t_batch * 1e3, B / t_batch, 50_000 / (B / t_batch))'''),
("markdown", r'''FLOPs per batch: $4.1 \times 10^9 \times 64 = 2.624 \times 10^{11}$ FLOPs $= 262.4$ GFLOPs.

Time per batch:

$$t = \frac{2.624 \times 10^{11}\ \text{FLOPs}}{4 \times 10^{13}\ \text{FLOP/s}} = 6.56 \times 10^{-3}\ \text{s} = 6.56\ \text{ms}$$

Throughput: $64 / 0.00656\ \text{s} \approx 975.6$ images/s.⟦W:64 / 0.00656 is about 9756 images/s (power of ten)⟧'''),
("markdown", r'''So the 50,000 validation images take $50000 / 9756 \approx 5.13$ s of pure compute.

Compare with unbatched serving at a measured $12$ ms per image: $12\ \text{ms} \times 50000 = 600\ \text{s} = 10$ min,
which is $600 / 5.13 \approx 117$ times slower. Per image the batched path costs $6.56 / 64 \approx 0.1025$ ms.'''),
("code", r'''print(12e-3 * 50_000, 12e-3 * 50_000 / (50_000 / (B / t_batch)))'''),
])

nb("en24_drug_dosing_accumulation_notebook", "Jupyter notebook worked example (pharmacokinetics)", "repeated dosing with first-order elimination: fraction left after 8 h, peaks after 1-3 doses, steady-state peak and trough as a geometric series", [
("markdown", r"""# How a drug accumulates with repeated doses

A patient takes $D = 200$ mg every $\tau = 8$ h; the drug's half-life is $t_{1/2} = 6$ h.⟦N:binds the dosing regimen⟧
Assume instant absorption and first-order elimination, $A(t) = A_0e^{-kt}$.⟦N:model assumption⟧"""),
("code", r"""import math
k = math.log(2) / 6; f = math.exp(-k * 8)
peaks = [200 * (1 - f**n) / (1 - f) for n in (1, 2, 3)]
print(k, f, peaks, 200 / (1 - f), 200 * f / (1 - f))"""),
("markdown", r"""## Elimination constant and the fraction left

$$k = \frac{\ln 2}{t_{1/2}} = \frac{0.6931}{6} \approx 0.1155\ \text{h}^{-1}$$

After one dosing interval the fraction left is $f = e^{-8k} = 0.5^{8/6} \approx 0.3969$.

## Peaks after each dose

- dose 1: $200$ mg
- dose 2: $200 + 200 \times 0.3969 = 297.37$ mg⟦W:200 + 79.37 is 279.37 (transposed digits)⟧
- dose 3: $200 + 279.37 \times 0.3969 \approx 310.87$ mg

In general the peak after $n$ doses is a geometric sum,

$$A_n = D\sum_{j=0}^{n-1} f^j = D\,\frac{1 - f^n}{1 - f}$$"""),
("markdown", r"""## Steady state

Letting $n \to \infty$,

$$A_{\max} = \frac{200}{1 - 0.3969} \approx 331.6\ \text{mg}, \qquad A_{\min} = A_{\max}f \approx 131.6\ \text{mg}$$

The swing between peak and trough is exactly one dose: $331.6 - 131.6 = 200$ mg. After three doses the
peak has already reached $310.87/331.6 \approx 93.7\%$ of its steady-state value."""),
])

md("en24_npv_three_year_project", "finance textbook worked example", "net present value of a 3-year project at 8% and 10%, annuity factor, IRR between them", r"""### Example 5.3 — Is the project worth it?

A project costs $10{,}000$ today and returns $4{,}000$ at the end of each of the next three years.
The discount rate is $r = 8\%$.⟦N:binds the discount rate⟧

The present value of a cash flow $C_t$ received in year $t$ is

$$PV = \frac{C_t}{(1 + r)^t} \tag{5.1}$$⟦N:definition of present value⟧

Applying (5.1) year by year:

| year $t$ | $C_t$ | $(1.08)^t$ | $PV$ |
|---|---|---|---|
| 1 | 4000 | 1.08 | $4000/1.08 = 3703.70$ |
| 2 | 4000 | 1.1664 | $4000/1.1664 = 3249.36$ |⟦W:4000 / 1.1664 is 3429.36 (transposed digits)⟧
| 3 | 4000 | 1.259712 | $4000/1.259712 = 3175.33$ |

The sum is $3703.70 + 3429.36 + 3175.33 = 10308.39$, so

$$NPV = -10000 + 10308.39 = 308.39 > 0.$$

**Annuity shortcut.** Equal payments give

$$PV = C\,\frac{1 - (1 + r)^{-n}}{r} = 4000 \times \frac{1 - 1.08^{-3}}{0.08} \approx 4000 \times 2.5771 = 10308.39$$

**At 10%** the three present values are $3636.36$, $3305.79$ and $3005.26$, which add to $9947.41$,
so $NPV \approx -52.59$: the project no longer pays.

The internal rate of return lies between the two rates; linear interpolation gives
$8 + 2 \times \frac{308.39}{308.39 + 52.59} \approx 9.71\%$, close to the exact $9.70\%$.
""")

md("en24_calorimetry_specific_heat", "physics lecture notes with units", "calorimetry: water and aluminium reaching equilibrium, heat balance, kettle energy in J, kWh and seconds", r"""## Mixing problems in calorimetry

Water, $m_w = 0.3$ kg at $80\ ^\circ\text{C}$, is poured into an aluminium cup, $m_{Al} = 0.2$ kg at $20\ ^\circ\text{C}$.⟦N:binds the masses and temperatures⟧
Use $c_w = 4186\ \text{J/(kg}\cdot{}^\circ\text{C)}$ and $c_{Al} = 900\ \text{J/(kg}\cdot{}^\circ\text{C)}$ and ignore losses.⟦N:binds the specific heats⟧

Heat lost by the water equals heat gained by the cup:

$$m_wc_w(80 - T) = m_{Al}c_{Al}(T - 20)$$⟦N:the equation to solve for T⟧

The heat capacities are $m_wc_w = 0.3 \times 4186 = 1255.8\ \text{J/}^\circ\text{C}$ and $m_{Al}c_{Al} = 0.2 \times 900 = 180\ \text{J/}^\circ\text{C}$.

Solving for $T$,

$$T = \frac{1255.8 \times 80 + 180 \times 20}{1255.8 + 180} = \frac{104064}{1435.8} \approx 72.48\ ^\circ\text{C}$$

Check the balance:

| body | $mc$ (J/°C) | $\Delta T$ (°C) | heat (J) |
|---|---|---|---|
| water | 1255.8 | $-7.52$ | $-9446$ |
| aluminium | 180 | $52.48$ | $9446$ |

The cup warms by $52.48$ degrees but the water cools by only $7.52$, because its heat capacity is
$1255.8/180 \approx 6.98$ times larger.

**A kettle.** Heating $1$ kg of water from $20$ to $100\ ^\circ\text{C}$ takes

$$Q = 1 \times 4186 \times 80 = 334{,}880\ \text{J} \approx 334.9\ \text{kJ}$$

In kilowatt-hours, $334880 / (3.6 \times 10^6) \approx 0.930$ kWh.⟦W:334880 / 3.6e6 is 0.0930 kWh (a power of ten)⟧
A $2$ kW kettle needs at least $334880 / 2000 \approx 167.4$ s, i.e. about $2.8$ minutes, and at
$0.093$ kWh per boil the energy costs next to nothing.
""")

md("en24_quadratic_form_gradient_notes", "matrix calculus notes (denominator layout)", "gradient of x^T A x for non-symmetric A, trace derivative, Frobenius norm with numbers", r'''# Gradients of quadratic forms — note for the reading group

Layout: **denominator** (gradient has the shape of $x$, a column).

For $f(\mathbf{x}) = \mathbf{x}^\top A\mathbf{x} = \sum_{i,j} x_iA_{ij}x_j$ with $A \in \mathbb{R}^{n\times n}$,⟦N:definition of f⟧

$$\frac{\partial f}{\partial x_k} = \sum_j A_{kj}x_j + \sum_i x_iA_{ik} \quad\Rightarrow\quad \nabla f = (A + A^\top)\mathbf{x}$$

Only for symmetric $A$ does this reduce to $2A\mathbf{x}$.

**Example.** $A = \begin{pmatrix} 2 & 1 \\ 3 & 4 \end{pmatrix}$, $\mathbf{x} = (1, -1)^\top$.⟦N:binds A and x⟧

$$f = 2 - 1 - 3 + 4 = 2, \qquad A + A^\top = \begin{pmatrix} 4 & 4 \\ 4 & 8 \end{pmatrix}, \qquad \nabla f = (0,\ -4)^\top$$

Using $2A\mathbf{x}$ instead would give $(2, -2)^\top$, which is wrong here.
Finite-difference check in direction $e_2$ with $h = 0.01$:⟦N:binds h⟧
$f(1, -0.99) = 2 - 0.99 - 2.97 + 3.9204 = 1.9604$,
so $(1.9604 - 2)/0.01 = -3.96 \approx -4$.

**Trace identities.** $\dfrac{\partial}{\partial A}\operatorname{tr}(AB) = B^\top$ and $\lVert A\rVert_F^2 = \operatorname{tr}(A^\top A)$.

$$\lVert A\rVert_F^2 = 4 + 1 + 9 + 16 = 30$$

$$\lVert A\rVert_F \approx 5.84$$⟦W:sqrt(30) is 5.477 (transposed digits)⟧

and $\nabla_A \lVert A\rVert_F^2 = 2A$. The Hessian of $f$ is the constant matrix $A + A^\top$, with
$\det = 32 - 16 = 16 > 0$ and trace $12$, so $f$ is convex.
''')
