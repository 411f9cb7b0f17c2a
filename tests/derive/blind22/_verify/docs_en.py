# (name, lang, style, topic, body)  body: str for .md, list of (kind, src) for .ipynb
DOCS = []
def md(name, style, topic, body): DOCS.append((name + ".md", "en", style, topic, body))
def nb(name, style, topic, cells): DOCS.append((name + ".ipynb", "en", style, topic, cells))

md("least_squares_four_points_blog", "personal blog post", "least-squares line through four points by hand: sums, slope, intercept, SSE, MSE, R^2", r'''# Fitting a line to four points with nothing but a pencil

Every ML course starts with linear regression, and every time I reach for `np.polyfit` without
thinking. So this post does one fit completely by hand. The data:

| $x_i$ | 0 | 1 | 2 | 3 |
|---|---|---|---|---|
| $y_i$ | 1 | 3 | 4 | 8 |

The model is $\hat y = a + bx$ and we minimise $\text{SSE}(a,b) = \sum_i (y_i - a - b x_i)^2$.⟦N:definition of the objective⟧

## The sums

With $n = 4$:⟦N:binds n⟧

- $\sum x_i = 6$, $\sum y_i = 16$, so $\bar x = 1.5$ and $\bar y = 4$
- $\sum x_i^2 = 0 + 1 + 4 + 9 = 14$
- $\sum x_i y_i = 0 + 3 + 8 + 24 = 35$

Centred versions are what the slope formula wants:

$$S_{xx} = \sum x_i^2 - n\bar x^2 = 14 - 4(2.25) = 5, \qquad S_{xy} = \sum x_i y_i - n\bar x\bar y = 35 - 24 = 11$$

## Slope and intercept

Setting both partial derivatives of SSE to zero gives $b = S_{xy}/S_{xx}$ and $a = \bar y - b\bar x$:

$$b = \frac{11}{5} = 2.2, \qquad a = 4 - 2.2 \times 1.5 = 0.7$$

So the line is $\hat y = 0.7 + 2.2x$.

## How good is it?

Predictions $0.7, 2.9, 5.1, 7.3$; residuals $e_i = y_i - \hat y_i$ are $0.3, 0.1, -1.1, 0.7$.
Quick sanity check: they sum to $0.3 + 0.1 - 1.1 + 0.7 = 0$, as they must with an intercept.

$$\text{SSE} = 0.09 + 0.01 + 1.21 + 0.49 = 1.08$$⟦W:the four squares add to 1.80, not 1.08⟧

so the mean squared error is $\text{MSE} = 1.8/4 = 0.45$. The total sum of squares is
$\text{SST} = 9 + 1 + 0 + 16 = 26$, hence

$$R^2 = 1 - \frac{1.8}{26} \approx 0.9308.$$

Not bad for four points. The big residual at $x = 2$ is the one that hurts.
''')

md("mse_vector_gradient_medium", "Medium-style post", "gradient of the MSE in vector form, (2/n) X^T (Xw - y), with a 3-point numeric step", r'''# The MSE gradient, once in vector form and once with numbers

*5 min read*

Most tutorials write the loss per sample. It is much tidier in matrix form. Let
$X \in \mathbb{R}^{n \times d}$ hold one sample per row, $\mathbf{w} \in \mathbb{R}^d$, $\mathbf{y} \in \mathbb{R}^n$, and

$$L(\mathbf{w}) = \frac{1}{n}\lVert X\mathbf{w} - \mathbf{y}\rVert^2 = \frac1n (X\mathbf{w} - \mathbf{y})^\top (X\mathbf{w} - \mathbf{y}).$$⟦N:definition of L(w)⟧

Expanding, $L = \frac1n\left(\mathbf{w}^\top X^\top X\mathbf{w} - 2\mathbf{y}^\top X\mathbf{w} + \mathbf{y}^\top\mathbf{y}\right)$, and with the two rules
$\nabla_\mathbf{w}(\mathbf{w}^\top A\mathbf{w}) = 2A\mathbf{w}$ for symmetric $A$ and $\nabla_\mathbf{w}(\mathbf{b}^\top\mathbf{w}) = \mathbf{b}$:

$$\nabla_\mathbf{w} L = \frac{1}{n}\left(2X^\top X\mathbf{w} - 2X^\top\mathbf{y}\right) = \frac{2}{n}X^\top(X\mathbf{w} - \mathbf{y})$$

The result is a $d$-vector, as it should be: $X^\top$ is $d \times n$ and the residual is $n \times 1$.

## A tiny example

Take three points with a bias column:

$$X = \begin{pmatrix}1 & 1\\ 1 & 2\\ 1 & 3\end{pmatrix}, \quad \mathbf{y} = \begin{pmatrix}2\\2\\5\end{pmatrix}, \quad \mathbf{w}_0 = \begin{pmatrix}0\\1\end{pmatrix}$$⟦N:data and starting point⟧

Then $X\mathbf{w}_0 = (1, 2, 3)^\top$ and the residual is $\mathbf{r} = X\mathbf{w}_0 - \mathbf{y} = (-1, 0, -2)^\top$.

- loss: $L(\mathbf{w}_0) = \frac{1 + 0 + 4}{3} = \frac53 \approx 1.667$
- $X^\top\mathbf{r} = (-1 + 0 - 2,\ -1 + 0 - 6)^\top = (-3, -7)^\top$
- gradient: $\nabla L = \frac23(-3, -7)^\top = (-2, -4.667)^\top$

One gradient step with learning rate $0.1$:

$$\mathbf{w}_1 = \mathbf{w}_0 - 0.1\,\nabla L = (0.2,\ 1.4667)^\top$$

New residual $(-0.3333, 1.1333, -0.4)^\top$, and the loss is now

$$L(\mathbf{w}_1) = \frac{0.1111 + 1.2844 + 0.16}{3} \approx 0.5815$$⟦W:transposed digits, the mean is 0.5185⟧

So one step took the loss from 1.667 to 0.519. The direction was right, which is all a gradient promises.
''')

nb("logistic_regression_one_step_colab", "Colab notebook", "logistic regression: BCE loss, dL/dz = y_hat - y by the chain rule, one gradient step with numbers", [
("markdown", r'''# Logistic regression: one SGD step by hand

We check the famous $\partial L/\partial z = \hat y - y$ and then take one step on a single example.'''),
("code", r'''import numpy as np
sigmoid = lambda z: 1 / (1 + np.exp(-z))'''),
("markdown", r'''## The chain

$\hat y = \sigma(z)$, $z = \mathbf{w}^\top\mathbf{x} + b$, and the loss is⟦N:model definition⟧

$$L = -\big[y\log\hat y + (1-y)\log(1-\hat y)\big]$$⟦N:definition of the BCE loss⟧

Pieces:

$$\frac{\partial L}{\partial \hat y} = -\frac{y}{\hat y} + \frac{1-y}{1-\hat y}, \qquad \frac{d\hat y}{dz} = \sigma(z)\big(1-\sigma(z)\big) = \hat y(1-\hat y)$$

Multiplying, $\frac{\partial L}{\partial z} = -y(1-\hat y) + (1-y)\hat y = \hat y - y$, and then $\frac{\partial L}{\partial w_j} = (\hat y - y)\,x_j$, $\frac{\partial L}{\partial b} = \hat y - y$.'''),
("markdown", r'''## Numbers

Example $\mathbf{x} = (1, 2)$, $y = 1$; parameters $\mathbf{w} = (0.5, -0.25)$, $b = 0.1$; learning rate $\eta = 0.5$.⟦N:binds the example and hyperparameters⟧

- $z = 0.5 \cdot 1 - 0.25 \cdot 2 + 0.1 = 0.1$
- $\hat y = \sigma(0.1) \approx 0.52498$
- $L = -\ln 0.52498 \approx 0.64440$
- local slope $\sigma'(0.1) = 0.52498 \times 0.47502 \approx 0.2294$⟦W:the product is 0.2494⟧
- $\partial L/\partial z = 0.52498 - 1 = -0.47502$'''),
("code", r'''z = 0.5*1 - 0.25*2 + 0.1
print(sigmoid(z), -np.log(sigmoid(z)))'''),
("markdown", r'''Gradient and update:

$$\nabla_\mathbf{w} L = -0.47502\,(1, 2) = (-0.47502, -0.95004)$$

$$\mathbf{w} \leftarrow \mathbf{w} - \eta\nabla_\mathbf{w}L, \qquad b \leftarrow b - \eta\,\frac{\partial L}{\partial b}$$

$$\mathbf{w}_{\text{new}} = (0.5 + 0.23751,\ -0.25 + 0.47502) = (0.73751, 0.22502), \qquad b_{\text{new}} = 0.1 + 0.23751 = 0.33751$$

After the step $z = 0.73751 + 0.45004 + 0.33751 = 1.52506$, $\hat y = \sigma(1.52506) \approx 0.8213$ and the loss falls to $-\ln 0.8213 \approx 0.1969$.'''),
])

md("activation_derivatives_qa_answer", "Q&A answer (StackExchange style)", "derivatives of sigmoid, tanh, ReLU: correcting an asker's tanh' formula, values at points, tanh via sigmoid", r'''**Q:** My notes say $\tanh'(x) = 1 + \tanh^2(x)$ but my gradient check disagrees. Which one is right?⟦N:the asker's formula, questioned and later called wrong⟧

---

**A:** The sign in your notes is off; the version you quoted, $\tanh'(x) = 1 + \tanh^2(x)$, is wrong.⟦N:quotes the asker's formula, which the answer calls wrong⟧ From the quotient rule,

$$\frac{d}{dx}\tanh x = \frac{\cosh^2 x - \sinh^2 x}{\cosh^2 x} = 1 - \tanh^2 x.$$

Numbers make it obvious. At $x = 0.5$: $\tanh(0.5) \approx 0.46212$, so

$$\tanh'(0.5) = 1 - 0.46212^2 = 1 - 0.21355 = 0.78645,$$

whereas your formula would give about 1.21, bigger than the slope at the origin ($\tanh'(0) = 1$), which cannot be since $\tanh$ flattens out.

For completeness, the other two you'll meet:

$$\sigma'(x) = \sigma(x)\big(1 - \sigma(x)\big), \qquad \operatorname{ReLU}'(x) = \begin{cases} 1, & x > 0 \\ 0, & x < 0 \end{cases}$$

and at $x = 0$ frameworks simply pick $0$.⟦N:convention for the kink⟧ Some values:

| $x$ | $\sigma(x)$ | $\sigma'(x)$ |
|---|---|---|
| 0 | 0.5 | 0.25 |
| 2 | 0.88080 | 0.10499 |

Also $\operatorname{ReLU}'(-3) = 0$, whatever the upstream gradient is.

A nice cross-check uses $\tanh x = 2\sigma(2x) - 1$. Differentiating,
$\tanh'(x) = 4\sigma'(2x)$, and at $x = 0.5$ that is $4\sigma'(1) = 4 \times 0.19661 = 0.78645$, the same number as above.
So with the minus sign your gradient check should pass.
''')

md("softmax_ce_jacobian_slides", "lecture slides transcribed", "softmax Jacobian with delta_ij, cross-entropy gradient p - y, numeric 3-class example", r'''### Lecture 7 — Softmax + cross-entropy (slides 12-16)

**Slide 12: setup**
- logits $z \in \mathbb{R}^K$, $p_i = \dfrac{e^{z_i}}{\sum_k e^{z_k}}$⟦N:definition of softmax⟧
- one-hot target $y$, loss $L = -\sum_i y_i \log p_i$⟦N:definition of the loss⟧

**Slide 13: Jacobian**
- $\dfrac{\partial p_i}{\partial z_j} = p_i(\delta_{ij} - p_j)$
- diagonal: $p_i(1 - p_i)$; off-diagonal: $-p_i p_j$
- rows sum to zero: $\sum_j p_i(\delta_{ij} - p_j) = p_i - p_i = 0$

**Slide 14: chain rule**
- $\dfrac{\partial L}{\partial z_j} = \sum_i -\dfrac{y_i}{p_i}\,p_i(\delta_{ij} - p_j) = -y_j + p_j\sum_i y_i = p_j - y_j$
- uses $\sum_i y_i = 1$

**Slide 15: numbers**
- $z = (1.0,\ 2.0,\ 0.5)$, true class 2, so $y = (0, 1, 0)$⟦N:binds the logits and the label⟧
- $e^{z} \approx (2.7183,\ 7.3891,\ 1.6487)$, sum $\approx 11.7561$
- $p \approx (0.2312,\ 0.6285,\ 0.1402)$
- $L = -\ln 0.6285 \approx 0.4644$
- $\nabla_z L = p - y \approx (0.2312,\ -0.3715,\ 0.1402)$

**Slide 16: two Jacobian entries**
- $\partial p_2/\partial z_2 = 0.6285 \times 0.3715 \approx 0.2335$
- $\partial p_1/\partial z_2 = -p_1 p_2 \approx +0.1453$⟦W:sign slip, -p1 p2 = -0.1453⟧
- check: gradient entries sum to $0.2312 - 0.3715 + 0.1402 \approx 0$
''')

nb("two_layer_net_backprop_numbers", "Jupyter notebook (course exercise)", "backprop through a 2-2-1 net (sigmoid hidden, linear output, squared error) with shapes and numbers", [
("markdown", r'''# Exercise 3: backprop through a 2-2-1 network

Shapes: $\mathbf{x} \in \mathbb{R}^{2}$, $W^{[1]} \in \mathbb{R}^{2\times 2}$, $\mathbf{w}^{[2]} \in \mathbb{R}^{2}$, biases zero. Hidden units use the sigmoid, the output is linear,
and the loss is $L = \frac12(\hat y - y)^2$.⟦N:definition of the loss⟧

Forward:

$$\mathbf{z}^{[1]} = W^{[1]}\mathbf{x}, \quad \mathbf{a}^{[1]} = \sigma(\mathbf{z}^{[1]}), \quad \hat y = \mathbf{w}^{[2]\top}\mathbf{a}^{[1]}$$⟦N:definition of the forward pass⟧'''),
("code", r'''import numpy as np
x = np.array([1.0, 0.5]); W1 = np.array([[0.2, -0.4], [0.6, 0.1]]); w2 = np.array([0.5, -0.3]); y = 1.0'''),
("markdown", r'''## Forward numbers

$$W^{[1]} = \begin{pmatrix}0.2 & -0.4\\ 0.6 & 0.1\end{pmatrix},\quad \mathbf{x} = \begin{pmatrix}1\\0.5\end{pmatrix},\quad \mathbf{w}^{[2]} = \begin{pmatrix}0.5\\-0.3\end{pmatrix},\quad y = 1$$⟦N:binds the parameters and the target⟧

- $z^{[1]}_1 = 0.2 - 0.2 = 0$, $z^{[1]}_2 = 0.6 + 0.05 = 0.65$
- $a^{[1]}_1 = \sigma(0) = 0.5$, $a^{[1]}_2 = \sigma(0.65) \approx 0.65701$
- $\hat y = 0.5 \times 0.5 - 0.3 \times 0.65701 \approx 0.05290$
- $L = \frac12(0.05290 - 1)^2 \approx 0.4458$⟦W:transposed digits, 0.5 x 0.94710^2 = 0.4485⟧'''),
("markdown", r'''## Backward

Output error $\delta^{[2]} = \hat y - y \approx -0.94710$, so

$$\frac{\partial L}{\partial \mathbf{w}^{[2]}} = \delta^{[2]}\mathbf{a}^{[1]} \approx (-0.47355,\ -0.62226)$$

Hidden errors, $\boldsymbol\delta^{[1]} = (\mathbf{w}^{[2]}\delta^{[2]}) \odot \sigma'(\mathbf{z}^{[1]})$:

- $\delta^{[1]}_1 = 0.5 \times (-0.94710) \times 0.25 \approx -0.11839$
- $\delta^{[1]}_2 = -0.3 \times (-0.94710) \times 0.65701 \times 0.34299 \approx 0.06403$

and $\frac{\partial L}{\partial W^{[1]}} = \boldsymbol\delta^{[1]}\mathbf{x}^\top$, a $2\times 2$ outer product:

$$\frac{\partial L}{\partial W^{[1]}} \approx \begin{pmatrix}-0.11839 & -0.05919\\ 0.06403 & 0.03201\end{pmatrix}$$'''),
("code", r'''z1 = W1 @ x; a1 = 1/(1+np.exp(-z1)); yhat = w2 @ a1
d2 = yhat - y; d1 = w2*d2*a1*(1-a1)
print(np.outer(d1, x))'''),
])

md("keras_small_cnn_params_readme", "GitHub README", "output shapes and parameter counts of a small Keras CNN on 32x32x3 input", r'''# tiny-cifar-cnn

A deliberately small CNN for CIFAR-10 so that it trains on a laptop CPU. This README explains where
the `model.summary()` numbers come from.

## Layers

```python
model = keras.Sequential([
    layers.Conv2D(16, 3, padding="same", activation="relu", input_shape=(32, 32, 3)),
    layers.MaxPooling2D(2),
    layers.Conv2D(32, 3, activation="relu"),
    layers.MaxPooling2D(2),
    layers.Flatten(),
    layers.Dense(64, activation="relu"),
    layers.Dense(10),
])
```

## Output sizes

For a convolution or pooling layer, $n_{\text{out}} = \left\lfloor \frac{n + 2p - k}{s} \right\rfloor + 1$.⟦N:general formula, a definition⟧

- conv 1 ("same", $p = 1$): $(32 + 2 - 3)/1 + 1 = 32$
- pool 1: $\lfloor (32 - 2)/2 \rfloor + 1 = 16$
- conv 2 ("valid"): $(16 - 3)/1 + 1 = 14$
- pool 2: $\lfloor (14 - 2)/2 \rfloor + 1 = 7$
- flatten: $7 \times 7 \times 32 = 1586$⟦W:transposed digits, 7*7*32 = 1568⟧

## Parameter counts

Conv layers have $(k \cdot k \cdot C_{\text{in}} + 1)\cdot C_{\text{out}}$ parameters, dense layers $(n_{\text{in}} + 1)\cdot n_{\text{out}}$.

| layer | output shape | params |
|---|---|---|
| conv2d | (32, 32, 16) | $(3\cdot3\cdot3 + 1)\cdot 16 = 448$ |
| conv2d_1 | (14, 14, 32) | $(3\cdot3\cdot16 + 1)\cdot 32 = 4640$ |
| dense | (64) | $(1568 + 1)\cdot 64 = 100416$ |
| dense_1 | (10) | $(64 + 1)\cdot 10 = 650$ |

Total: $448 + 4640 + 100416 + 650 = 106154$ trainable parameters. Almost 95% of them,
$100416/106154 \approx 94.6\%$, sit in the first dense layer, which is why a global average pool
is the usual next step.
''')

md("adam_by_hand_learner_notes", "learner notes (first person, self-correcting)", "two Adam steps on f(w) = w^2 with bias correction", r'''# Adam by hand (my notes, week 5)

Trying two Adam steps on $f(w) = w^2$ so I stop being scared of the bias correction.⟦N:defines the function⟧
Settings: $w_0 = 1$, $\alpha = 0.1$, $\beta_1 = 0.9$, $\beta_2 = 0.999$, and I'm ignoring $\epsilon$.⟦N:binds the starting point and hyperparameters⟧

Rules (from the paper):

$$m_t = \beta_1 m_{t-1} + (1-\beta_1)g_t,\quad v_t = \beta_2 v_{t-1} + (1-\beta_2)g_t^2,\quad w_t = w_{t-1} - \alpha\frac{\hat m_t}{\sqrt{\hat v_t}}$$⟦N:update rules⟧

with $\hat m_t = m_t/(1-\beta_1^t)$ and $\hat v_t = v_t/(1-\beta_2^t)$.⟦N:definitions of the corrected moments⟧

**step 1.** $g_1 = f'(w_0) = 2w_0 = 2$.

- $m_1 = 0.1 \cdot 2 = 0.2$
- ~~$v_1 = 0.01 \cdot 4 = 0.04$~~ wait, that's wrong, $1 - \beta_2$ is $0.001$ not $0.01$:⟦N:crossed-out line the writer says is wrong⟧
- $v_1 = 0.001 \cdot 4 = 0.004$
- $\hat m_1 = 0.2/0.1 = 2$, $\hat v_1 = 0.004/0.001 = 4$
- $w_1 = 1 - 0.1 \cdot 2/2 = 0.9$

So the first step is exactly $\alpha$, no matter what the gradient was. Neat (that's the point of the correction).

**step 2.** $g_2 = 2 \cdot 0.9 = 1.8$.

- $m_2 = 0.9 \cdot 0.2 + 0.1 \cdot 1.8 = 0.36$
- $v_2 = 0.999 \cdot 0.004 + 0.001 \cdot 3.24 = 0.007236$
- bias terms: $1 - 0.9^2 = 0.19$, $1 - 0.999^2 = 0.001999$
- $\hat m_2 = 0.36/0.19 \approx 1.8947$
- $\hat v_2 = 0.007236/0.001999 \approx 3.6198$, $\sqrt{3.6198} \approx 1.9206$⟦W:the square root of 3.6198 is 1.9026⟧
- step $= 0.1 \times 1.8947/1.9026 \approx 0.09959$
- $w_2 = 0.9 - 0.09959 = 0.80041$

Plain GD with the same 0.1 would give $w_2 = 1 \cdot 0.8^2 = 0.64$, so Adam is *slower* here. Makes sense,
its steps are stuck near $\alpha$ while GD's steps scale with $w$.
''')

md("l1_l2_penalties_gradients_blog", "technical blog post", "L1 and L2 penalty values and (sub)gradients for a 4-weight vector, weight-decay shrink factor", r'''# L1 vs L2 in five lines of arithmetic

People argue about L1 and L2 in the abstract. Let's just compute them for one weight vector:

$$\mathbf{w} = (0.5,\ -1.2,\ 0,\ 2.0), \qquad \lambda = 0.01$$⟦N:binds w and lambda⟧

## L2

The penalty is $R_2(\mathbf{w}) = \frac{\lambda}{2}\lVert\mathbf{w}\rVert_2^2$.⟦N:definition of the L2 penalty⟧
Here $\lVert\mathbf{w}\rVert_2^2 = 0.25 + 1.44 + 0 + 4 = 5.69$, so

$$R_2 = 0.005 \times 5.69 = 0.02845, \qquad \nabla R_2 = \lambda\mathbf{w} = (0.005,\ -0.012,\ 0,\ 0.02).$$

With plain SGD at learning rate $\eta = 0.1$ the penalty part of the update is a shrink:⟦N:binds eta in prose⟧
$\mathbf{w} \leftarrow (1 - \eta\lambda)\mathbf{w}$, and $1 - 0.1 \times 0.01 = 0.999$. Every weight loses 0.1% per step,
e.g. $2.0 \to 1.998$.

## L1

The L1 penalty is $R_1(\mathbf{w}) = \lambda\lVert\mathbf{w}\rVert_1$.⟦N:definition of the L1 penalty⟧
Here $\lVert\mathbf{w}\rVert_1 = 0.5 + 1.2 + 0 + 2.0 = 3.7$, so $R_1 = 0.037$.
Its subgradient is $\lambda\,\operatorname{sign}(w_i)$:

$$\partial R_1 = (0.01,\ -0.01,\ [-0.01, 0.01],\ 0.01)$$

The third entry is an interval because $|w|$ has a kink at 0. The L1 step moves every nonzero weight by the
same amount $\eta\lambda = 0.001$ towards zero: $0.5 \to 0.499$, $-1.2 \to -1.199$.

## The difference in one sentence

L2 shrinks by a fraction ($0.1\%$ of $2.0$ is $0.002$), L1 by a constant ($0.001$ for everyone), so small
weights hit zero under L1 and only fade under L2.
''')

nb("sgd_vs_momentum_colab", "Colab notebook", "four steps of plain GD and heavy-ball momentum on f(w) = 2w^2", [
("markdown", r'''# SGD vs momentum on a 1-D bowl

Function $f(w) = 2w^2$. Start at $w_0 = 1$, learning rate $\eta = 0.1$, momentum $\beta = 0.9$.⟦N:binds f, w0 and hyperparameters⟧
Its slope is $f'(w) = 4w$.'''),
("code", r'''f_grad = lambda w: 4*w
w, eta = 1.0, 0.1
for t in range(3):
    w -= eta * f_grad(w); print(t+1, w)'''),
("markdown", r'''## Plain gradient descent

$w_{t+1} = w_t - \eta f'(w_t) = (1 - 0.4)w_t = 0.6\,w_t$, so

$$w_1 = 0.6,\quad w_2 = 0.36,\quad w_3 = 0.216$$

Geometric decay with ratio 0.6: after $t$ steps $w_t = 0.6^t$.'''),
("markdown", r'''## Heavy ball

Update: $v_{t} = \beta v_{t-1} + f'(w_{t-1})$, $w_t = w_{t-1} - \eta v_t$, with $v_0 = 0$.⟦N:update rule and initial velocity⟧

| $t$ | gradient | $v_t$ | $w_t$ |
|---|---|---|---|
| 1 | $4$ | $4$ | $1 - 0.4 = 0.6$ |
| 2 | $2.4$ | $0.9 \cdot 4 + 2.4 = 6.4$ | $0.6 - 0.6 = 0$ |⟦W:0.9*4 + 2.4 = 6.0, not 6.4⟧
| 3 | $0$ | $0.9 \cdot 6 = 5.4$ | $0 - 0.54 = -0.54$ |
| 4 | $-2.16$ | $4.86 - 2.16 = 2.70$ | $-0.54 - 0.27 = -0.81$ |

Momentum lands exactly on the minimum at $t = 2$ and then *overshoots* to $-0.81$, because the velocity it
built up does not vanish when the gradient does.'''),
("code", r'''w, v = 1.0, 0.0
for t in range(4):
    v = 0.9*v + f_grad(w); w -= 0.1*v; print(t+1, v, w)'''),
])

md("minibatch_mean_gradient_notes", "lecture notes", "per-example gradients of squared error, minibatch mean vs sum, update size", r'''## 4.2 Minibatch gradients: mean or sum?

Model $\hat y = wx$ with per-example loss $\ell_i(w) = (wx_i - y_i)^2$.⟦N:definition of the model and loss⟧ Its derivative is

$$\ell_i'(w) = 2x_i(wx_i - y_i).$$

A minibatch of $B = 4$ examples:⟦N:binds the batch size⟧

| $i$ | $x_i$ | $y_i$ |
|---|---|---|
| 1 | 1 | 2 |
| 2 | 2 | 3 |
| 3 | 3 | 7 |
| 4 | 4 | 9 |

Take the current weight $w = 2$.⟦N:binds w for the example⟧
Then the residuals $wx_i - y_i$ are $2 - 2 = 0$, $4 - 3 = 1$, $6 - 7 = -1$, $8 - 9 = -1$, and the per-example gradients are

$$\ell_1' = 0,\quad \ell_2' = 2\cdot 2\cdot 1 = 4,\quad \ell_3' = 2\cdot 3\cdot(-1) = -6,\quad \ell_4' = 2\cdot 4\cdot(-1) = -8.$$

**Mean** (what `reduction="mean"` does): $g = \frac{1}{B}\sum_i \ell_i' = \frac{-10}{4} = -2.5$.

**Sum**: $g = \sum_i \ell_i' = -10$.

The minibatch loss itself is $\frac14(0 + 1 + 1 + 1) = 0.75$.

With $\eta = 0.05$ the two conventions give very different steps:⟦N:binds eta⟧

$$w_{\text{mean}} = 2 - 0.05(-2.5) = 2.125, \qquad w_{\text{sum}} = 2 - 0.05(-10) = 2.5$$

The sum version behaves like a learning rate $B$ times larger. If you later change the batch size, the
mean keeps the step comparable. E.g. with only the first two rows, $B = 2$:⟦N:rebinds B⟧

$$g = \frac{0 + 4}{2} = 2, \qquad w = 2 - 0.05 \cdot 2 = 1.9$$

Takeaway: state which reduction you use whenever you quote a learning rate.
''')

nb("euler_method_table_colab", "Colab notebook", "Euler's method for y' = t + y, y(0) = 1, h = 0.1, four steps vs the exact solution", [
("markdown", r'''# Euler's method, four steps by hand

Problem: $y'(t) = t + y$, $y(0) = 1$.⟦N:the initial-value problem⟧ Step size $h = 0.1$, target $t = 0.4$.⟦N:binds h⟧

Euler's update is $y_{n+1} = y_n + h\,f(t_n, y_n)$.⟦N:update rule⟧'''),
("code", r'''f = lambda t, y: t + y
t, y, h = 0.0, 1.0, 0.1
for n in range(4):
    y += h*f(t, y); t += h; print(round(t, 1), y)'''),
("markdown", r'''| $n$ | $t_n$ | $y_n$ | $f(t_n, y_n)$ | $y_{n+1}$ |
|---|---|---|---|---|
| 0 | 0.0 | 1 | 1 | $1 + 0.1 = 1.1$ |
| 1 | 0.1 | 1.1 | 1.2 | $1.1 + 0.12 = 1.22$ |
| 2 | 0.2 | 1.22 | 1.42 | $1.22 + 0.142 = 1.326$ |⟦W:1.22 + 0.142 = 1.362⟧
| 3 | 0.3 | 1.362 | 1.662 | $1.362 + 0.1662 = 1.5282$ |

So Euler gives $y(0.4) \approx 1.5282$.'''),
("markdown", r'''## Exact solution

The ODE is linear; $y = Ce^t - t - 1$ solves it, and $y(0) = 1$ gives $C = 2$.

$$y(t) = 2e^t - t - 1, \qquad y(0.4) = 2e^{0.4} - 1.4 \approx 1.58365$$

Check: $y' = 2e^t - 1$ and $t + y = 2e^t - 1$. Same.

Global error at $t = 0.4$: $1.58365 - 1.5282 \approx 0.0554$, i.e. about 3.5% of the true value. Halving $h$
should roughly halve it, since Euler is first order.'''),
])

md("kirchhoff_two_loop_circuit", "physics homework solution", "Kirchhoff's laws for a two-source, three-resistor circuit: loop equations, currents, power", r'''### Problem 6 (solution)

Two batteries $E_1 = 12\ \text{V}$ and $E_2 = 6\ \text{V}$ feed a shared resistor $R_3 = 6\ \Omega$ through⟦N:binds the circuit values⟧
$R_1 = 2\ \Omega$ and $R_2 = 4\ \Omega$.⟦N:binds the circuit values⟧ Let $I_1$, $I_2$ be the branch currents and $I_3$ the current through $R_3$.

**Junction rule.** $I_3 = I_1 + I_2$.⟦N:junction condition⟧

**Loop rule.**

$$\begin{cases} 12 = 2I_1 + 6I_3 \\ 6 = 4I_2 + 6I_3 \end{cases}$$⟦N:system of loop equations to solve⟧

From the loops, $I_1 = 6 - 3I_3$ and $I_2 = 1.5 - 1.5I_3$. Substituting in the junction rule:

$$I_3 = 7.5 - 4.5I_3 \quad\Rightarrow\quad 5.5I_3 = 7.5 \quad\Rightarrow\quad I_3 = \frac{15}{11} \approx 1.364\ \text{A}$$

Back-substitution:

$$I_1 = 6 - \frac{45}{11} = \frac{21}{11} \approx 1.990\ \text{A}$$⟦W:transposed digits, 21/11 = 1.909⟧

$$I_2 = 1.5 - 1.5 \cdot \frac{15}{11} = -\frac{6}{11} \approx -0.545\ \text{A}$$

The minus sign means $I_2$ actually flows *into* the 6 V battery: the 12 V source is charging it.

**Check** the junction: $\frac{21}{11} - \frac{6}{11} = \frac{15}{11}$. ✓

**Power.** In $R_3$: $P_3 = I_3^2 R_3 = \left(\frac{15}{11}\right)^2 \cdot 6 \approx 11.16\ \text{W}$. Supplied by $E_1$:
$P = E_1 I_1 = 12 \cdot \frac{21}{11} \approx 22.91\ \text{W}$.
''')

nb("t_interval_five_measurements", "Jupyter notebook (lab statistics)", "sample mean, sample variance with n-1, standard error, 95% t-interval for five measurements", [
("markdown", r'''# A 95% confidence interval from five measurements

Five readings of the same resistor (in k$\Omega$):

$$x = (12.1,\ 11.8,\ 12.5,\ 12.0,\ 12.6)$$⟦N:the data⟧'''),
("code", r'''import numpy as np
from scipy import stats
x = np.array([12.1, 11.8, 12.5, 12.0, 12.6])
print(x.mean(), x.std(ddof=1))'''),
("markdown", r'''## Mean and spread

$$\bar x = \frac{61.0}{5} = 12.2$$

Deviations $-0.1, -0.4, 0.3, -0.2, 0.4$; their squares add to $0.01 + 0.16 + 0.09 + 0.04 + 0.16 = 0.46$.

$$s^2 = \frac{0.46}{n-1} = \frac{0.46}{4} = 0.0115$$⟦W:lost a decimal place, 0.46/4 = 0.115⟧

$$s = \sqrt{0.115} \approx 0.3391, \qquad \text{SE} = \frac{s}{\sqrt 5} \approx 0.1517$$'''),
("markdown", r'''## The interval

With $n - 1 = 4$ degrees of freedom, $t_{0.975,4} \approx 2.776$.

$$\text{margin} = 2.776 \times 0.1517 \approx 0.421$$

$$\bar x \pm 0.421 = (11.779,\ 12.621)\ \text{k}\Omega$$

Note how wide this is compared with $z_{0.975} = 1.96$: $1.96 \times 0.1517 \approx 0.297$. With only five points the
$t$ correction matters.'''),
])

md("maclaurin_cos_error_bound", "calculus textbook worked example", "Maclaurin polynomials of cos x and e^x, numeric estimates and Lagrange error bound", r'''**Example 9.4.** Estimate $\cos 0.5$ with the degree-4 Maclaurin polynomial and bound the error.

*Solution.* The series is $\cos x = 1 - \frac{x^2}{2!} + \frac{x^4}{4!} - \frac{x^6}{6!} + \cdots$, so

$$P_4(x) = 1 - \frac{x^2}{2} + \frac{x^4}{24}.$$⟦N:definition of P4⟧

At $x = 0.5$: $\frac{x^2}{2} = 0.125$ and $\frac{x^4}{24} = \frac{0.0625}{24} \approx 0.0026042$. Hence

$$P_4(0.5) = 1 - 0.125 + 0.0026042 = 0.8776042.$$

Since $P_4 = P_5$ for cosine, Taylor's theorem gives $|R_5(x)| \le \frac{|x|^6}{6!}$, and

$$\frac{0.5^6}{720} = \frac{0.015625}{720} \approx 2.17 \times 10^{-5}.$$

The true value is $\cos 0.5 = 0.8775826$ (to 7 places), so the actual error is
$0.8776042 - 0.8775826 = 0.0000216$, just inside the bound, as promised.

**Example 9.5.** Estimate $e^{0.2}$ with $P_3$.

$$e^{0.2} \approx 1 + 0.2 + \frac{0.04}{2} + \frac{0.008}{6} = 1.2213333$$

against $e^{0.2} = 1.2214028$. The error $6.9 \times 10^{-5}$ is below the bound $e^{0.2}\frac{0.2^4}{24} \approx 8.1 \times 10^{-5}$.

**Example 9.6.** Estimate $\sin 0.3$ with $P_3(x) = x - \frac{x^3}{6}$.⟦N:definition of P3 for sine⟧

$$\sin 0.3 \approx 0.3 - \frac{0.027}{6} = 0.3 - 0.0045 = 0.2955$$

The true value is $0.2955202$, and the bound $\frac{0.3^5}{5!} = \frac{0.00243}{120} \approx 2.03 \times 10^{-5}$ covers the error $2.0 \times 10^{-5}$.

*Remark.* In all three cases the first omitted term is a good estimate of the error, because the series alternate or
(for $e^x$) decrease fast.
''')

md("eoq_inventory_model", "operations-management lecture notes", "economic order quantity: cost function, derivative condition, Q*, orders per year, total cost", r'''# Lecture 11: The EOQ model

**Assumptions:** constant demand $D$ per year, fixed cost $S$ per order, holding cost $H$ per unit per year, no shortages.

Annual cost as a function of the order size $Q$:

$$TC(Q) = \frac{D}{Q}S + \frac{Q}{2}H$$⟦N:definition of the cost function⟧

Set the derivative to zero:

$$TC'(Q) = -\frac{DS}{Q^2} + \frac{H}{2} = 0$$⟦N:first-order condition to solve⟧

$$\Rightarrow\ Q^* = \sqrt{\frac{2DS}{H}}$$

$TC''(Q) = 2DS/Q^3 > 0$, so this is a minimum.

### Example

A shop sells $D = 2400$ units a year, pays $S = \$50$ per order and $H = \$3$ per unit-year.⟦N:binds D, S, H⟧

- $2DS = 2 \times 2400 \times 50 = 24000$⟦W:lost a zero, 2*2400*50 = 240000⟧
- $Q^* = \sqrt{240000/3} = \sqrt{80000} \approx 282.84$ units
- orders per year: $D/Q^* = 2400/282.84 \approx 8.49$
- ordering cost: $\frac{2400}{282.84} \times 50 \approx \$424.26$
- holding cost: $\frac{282.84}{2} \times 3 \approx \$424.26$
- total: $TC(Q^*) \approx \$848.53$

At the optimum the two costs are equal; that is no coincidence, it is the first-order condition rearranged:
$\frac{DS}{Q} = \frac{QH}{2}$.
''')
