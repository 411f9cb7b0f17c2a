# (name, lang, style, topic, body)  body: str for .md, list of (kind, src) for .ipynb
DOCS = []
def md(name, style, topic, body): DOCS.append((name + ".md", "en", style, topic, body))
def nb(name, style, topic, cells): DOCS.append((name + ".ipynb", "en", style, topic, cells))

md("en25_conv_forward_4x4_learner", "messy learner notes, first person", "forward pass of a 2x2 kernel over a 4x4 input written as sums of products, bias + ReLU, stride 2, padding", r'''# conv forward by hand (after lecture 6)

I kept getting conv outputs wrong on the quiz, so here it is slowly, every product written out.
4x4 input, 2x2 kernel, stride 1, no padding. Frameworks don't flip the kernel (it's really cross-correlation), so neither do I.

$$X = \begin{pmatrix} 1 & 2 & 0 & 1 \\ 0 & 1 & 3 & 1 \\ 2 & 1 & 0 & 2 \\ 1 & 0 & 1 & 1 \end{pmatrix}, \qquad K = \begin{pmatrix} 1 & 0 \\ -1 & 2 \end{pmatrix}$$⟦N:given input and kernel⟧

output size first: $(4 - 2)/1 + 1 = 3$, so $Y$ is 3×3.

$$y_{ij} = \sum_{m=0}^{1}\sum_{n=0}^{1} x_{i+m,\,j+n}\,k_{mn}$$⟦N:definition of the cross-correlation⟧

row 1
- $y_{11} = 1\cdot1 + 2\cdot0 + 0\cdot(-1) + 1\cdot2 = 3$
- $y_{12} = 2\cdot1 + 0\cdot0 + 1\cdot(-1) + 3\cdot2 = 7$
- $y_{13} = 0\cdot1 + 1\cdot0 + 3\cdot(-1) + 1\cdot2 = -1$

row 2
- $y_{21} = 0\cdot1 + 1\cdot0 + 2\cdot(-1) + 1\cdot2 = 2$⟦W:-2 + 2 is 0 (the sign of the -1 weight dropped in the sum)⟧
- $y_{22} = 1\cdot1 + 3\cdot0 + 1\cdot(-1) + 0\cdot2 = 0$
- $y_{23} = 3\cdot1 + 1\cdot0 + 0\cdot(-1) + 2\cdot2 = 7$

row 3 (getting faster): $y_{31} = 2 + 0 - 1 + 0 = 1$, $y_{32} = 1 + 0 - 0 + 2 = 3$, $y_{33} = 0 + 0 - 1 + 2 = 1$

so

$$Y = \begin{pmatrix} 3 & 7 & -1 \\ 0 & 0 & 7 \\ 1 & 3 & 1 \end{pmatrix}$$

hmm, numpy's `correlate2d(X, K, 'valid')` gives the same matrix, good.

now the bias $b = -1$ and a ReLU:⟦N:binds the bias⟧

$$A = \max(0,\ Y + b) = \begin{pmatrix} 2 & 6 & 0 \\ 0 & 0 & 6 \\ 0 & 2 & 0 \end{pmatrix}$$

the activations add up to $2 + 6 + 6 + 2 = 16$, mean $16/9 \approx 1.78$, and 5 of the 9 units are dead.

**stride 2**: size $\lfloor (4 - 2)/2 \rfloor + 1 = 2$, and the outputs are just the corners $y_{11}, y_{13}, y_{31}, y_{33}$, i.e. $(3, -1, 1, 1)$.

**padding 1** (stride 1): $(4 + 2\cdot1 - 2)/1 + 1 = 5$, so a 5×5 map.

cost: 9 outputs × 4 products = 36 multiplications for the stride-1 case, and with stride 2 only $4 \times 4 = 16$.
''')

md("en25_kernel_grad_correlation_notes", "university lecture notes", "kernel gradient of a conv layer as a correlation of the input with dY, bias gradient, input gradient as full convolution on a 3x3 input", r'''## Lecture 9 — Backprop through a convolution

**Setting.** One channel, input $X \in \mathbb{R}^{3\times 3}$, kernel $K \in \mathbb{R}^{2\times 2}$, bias $b$, stride 1, no padding, so $Y \in \mathbb{R}^{2\times 2}$ with

$$Y_{ij} = \sum_{m,n} X_{i+m,\,j+n} K_{mn} + b. \tag{1}$$⟦N:definition of the layer⟧

Let $G = \partial L/\partial Y$ (same shape as $Y$). Since $\partial Y_{ij}/\partial K_{mn} = X_{i+m,j+n}$,⟦N:defines G⟧

$$\frac{\partial L}{\partial K_{mn}} = \sum_{i,j} G_{ij}\, X_{i+m,\,j+n}, \qquad \frac{\partial L}{\partial b} = \sum_{i,j} G_{ij}. \tag{2}$$

In words: $\partial L/\partial K$ is the *valid correlation of the input with the upstream gradient*, $X \star G$. For the input,

$$\frac{\partial L}{\partial X_{pq}} = \sum_{i,j} G_{ij}\, K_{p-i,\,q-j}, \tag{3}$$

the *full convolution* of $G$ with $K$ (equivalently the full correlation with $K$ rotated by 180°).

**Example.** Take

$$X = \begin{pmatrix} 1 & 0 & 2 \\ 3 & 1 & 0 \\ 0 & 2 & 1 \end{pmatrix}, \quad K = \begin{pmatrix} 2 & 1 \\ 0 & -1 \end{pmatrix}, \quad G = \begin{pmatrix} 1 & -1 \\ 0 & 2 \end{pmatrix}.$$⟦N:given matrices⟧

From (2), entry by entry:

$$\begin{aligned}
\partial L/\partial K_{11} &= 1\cdot1 + 0\cdot(-1) + 3\cdot0 + 1\cdot2 = 3,\\
\partial L/\partial K_{12} &= 0\cdot1 + 2\cdot(-1) + 1\cdot0 + 0\cdot2 = -2,\\
\partial L/\partial K_{21} &= 3\cdot1 + 1\cdot(-1) + 0\cdot0 + 2\cdot2 = 6,\\
\partial L/\partial K_{22} &= 1\cdot1 + 0\cdot(-1) + 2\cdot0 + 1\cdot2 = 3,
\end{aligned}$$

and $\partial L/\partial b = 1 - 1 + 0 + 2 = 2$. From (3),

$$\frac{\partial L}{\partial X} = \begin{pmatrix} 2 & -1 & -1 \\ 0 & 3 & -1 \\ 0 & 0 & -2 \end{pmatrix}$$⟦W:entry (2,3) is G_12 K_22 + G_22 K_12 = 1 + 2 = 3, not -1⟧

(check one entry: $\partial L/\partial X_{22} = G_{11}K_{22} + G_{12}K_{21} + G_{21}K_{12} + G_{22}K_{11} = -1 + 0 + 0 + 4 = 3$; and $\partial L/\partial X_{23} = G_{12}K_{22} + G_{22}K_{12} = 1 + 2 = 3$).

An SGD step with $\eta = 0.1$ moves the kernel to⟦N:binds the learning rate⟧

$$K - 0.1\,\frac{\partial L}{\partial K} = \begin{pmatrix} 1.7 & 1.2 \\ -0.6 & -1.3 \end{pmatrix}.$$

*Remark.* The number of terms in each sum of (2) equals the size of $Y$: $2 \times 2 = 4$.
''')

md("en25_lenet5_shapes_params_blog", "Medium-style blog post", "LeNet-5 shapes layer by layer and parameter counts, table, memory in KiB", r'''# LeNet-5, one layer at a time (and why C5 owns most of the weights)

Everyone quotes "about 60k parameters" for LeNet-5. Let's actually count them, using the modern reading
(C3 connected to all 6 maps, pooling without weights, ReLU/tanh irrelevant for counting).

The rule for a conv layer with $k\times k$ kernels, $C_{in}$ input maps and $C_{out}$ filters is

$$P = (k^2 C_{in} + 1)\,C_{out}$$⟦N:definition of the parameter count⟧

and the spatial size with no padding and stride 1 is $n_{out} = n_{in} - k + 1$.⟦N:size rule⟧

**C1.** $32 - 5 + 1 = 28$, so $28\times28\times6$, with $P = (25 + 1)\cdot 6 = 156$ parameters.

**S2.** Halving: $28/2 = 14$, giving $14\times14\times6$.

**C3.** $14 - 5 + 1 = 10$ and $P = (25\cdot 6 + 1)\cdot 16 = 2416$.

**S4.** $5\times5\times16$, which flattens to $5 \cdot 5 \cdot 16 = 400$ values.

**C5 / F6 / output.** Fully connected from here on: $(400 + 1)\cdot 120 = 48120$, $(120 + 1)\cdot 84 = 10164$, $(84 + 1)\cdot 10 = 850$.

| layer | output | parameters |
|---|---|---|
| C1 | 28×28×6 | 156 |
| S2 | 14×14×6 | 0 |
| C3 | 10×10×16 | 2416 |
| S4 | 5×5×16 | 0 |
| C5 | 120 | 48120 |
| F6 | 84 | $121 \cdot 84 = 10146$ |⟦W:table cell: (120 + 1) x 84 is 10164 (transposed digits)⟧
| out | 10 | 850 |

Total: $156 + 2416 + 48120 + 10164 + 850 = 61706$.

So C5 alone is $48120 / 61706 \approx 78.0\%$ of the model. In float32 that is $61706 \times 4 = 246824$ bytes, about $241$ KiB.

Compute is a different story: C1 does $28 \cdot 28 \cdot 6 \cdot 25 = 117600$ multiply-adds, while C5 does only $400 \times 120 = 48000$.
''')

nb("en25_keras_small_cnn_summary_colab", "Colab notebook checking a Keras model.summary() by hand", "parameter counts and shapes of a small Keras CNN on 28x28 inputs, checked against model.summary()", [
("markdown", r'''# Does `model.summary()` agree with my hand count?

A tiny MNIST model: two 3×3 convolutions (8 and 16 filters), two 2×2 max-pools, one hidden dense layer of 32 units.'''),
("code", r'''from tensorflow import keras
from tensorflow.keras import layers
model = keras.Sequential([
    keras.Input(shape=(28, 28, 1)),
    layers.Conv2D(8, 3, padding="same", activation="relu"),
    layers.MaxPooling2D(2),
    layers.Conv2D(16, 3, activation="relu"),
    layers.MaxPooling2D(2),
    layers.Flatten(),
    layers.Dense(32, activation="relu"),
    layers.Dense(10, activation="softmax"),
])
model.summary()'''),
("code", r'''# Output (trimmed):
# conv2d (Conv2D)            (None, 28, 28, 8)    80
# max_pooling2d              (None, 14, 14, 8)    0
# conv2d_1 (Conv2D)          (None, 12, 12, 16)   1168
# max_pooling2d_1            (None, 6, 6, 16)     0
# flatten (Flatten)          (None, 576)          0
# dense (Dense)              (None, 32)           18464
# dense_1 (Dense)            (None, 10)           330
# Total params: 20,042'''),
("markdown", r'''## Hand count

A Conv2D layer has $P = k \cdot k \cdot C_{in} \cdot C_{out} + C_{out}$ weights (one bias per filter); a Dense layer has $P = n_{in} n_{out} + n_{out}$.⟦N:definition of the counts⟧

- first conv, `same` padding keeps 28×28: $3 \cdot 3 \cdot 1 \cdot 8 + 8 = 80$
- pool: $28/2 = 14$
- second conv, `valid`: $14 - 3 + 1 = 12$, and $3 \cdot 3 \cdot 8 \cdot 16 + 16 = 1168$
- pool: $\lfloor 12/2 \rfloor = 6$, flatten: $6 \cdot 6 \cdot 16 = 576$
- dense: $576 \cdot 32 + 32 = 18446$⟦W:576 x 32 + 32 is 18464 (transposed digits)⟧
- output: $32 \cdot 10 + 10 = 330$'''),
("markdown", r'''| layer | shape | params |
|---|---|---|
| conv2d | 28×28×8 | $9 \cdot 8 + 8 = 80$ |
| conv2d_1 | 12×12×16 | $72 \cdot 16 + 16 = 1168$ |
| dense | 32 | $18432 + 32 = 18464$ |
| dense_1 | 10 | $320 + 10 = 330$ |

Total $80 + 1168 + 18464 + 330 = 20042$, same as Keras. The dense layer is $18464/20042 \approx 92.1\%$ of all weights,
which is why people swap `Flatten` for global average pooling: then the dense layer would have only $16 \cdot 32 + 32 = 544$ weights.'''),
("code", r'''print(sum(w.size for w in model.get_weights()))   # 20042'''),
])

md("en25_ridge_gd_textbook_ch5", "textbook chapter with numbered equations", "one-dimensional ridge regression: gradient, closed form, gradient-descent error recursion and step-size bound", r'''### 5.2 Ridge regression in one dimension

Let data $(x_i, y_i)_{i=1}^n$ be fitted by $\hat y = wx$ with the penalised objective⟦N:model definition⟧

$$J(w) = \frac{1}{2n}\sum_{i=1}^{n}(wx_i - y_i)^2 + \frac{\lambda}{2}w^2. \tag{5.1}$$⟦N:definition of the objective⟧

Differentiating (5.1) term by term,

$$J'(w) = \frac{1}{n}\sum_{i=1}^{n}(wx_i - y_i)\,x_i + \lambda w. \tag{5.2}$$

Setting (5.2) to zero and solving for $w$ gives the closed form

$$w^\ast = \frac{\sum_i x_i y_i}{\sum_i x_i^2 + n\lambda}. \tag{5.3}$$

Gradient descent with step $\eta$ iterates

$$w_{t+1} = w_t - \eta\, J'(w_t). \tag{5.4}$$⟦N:update rule⟧

Because $J'$ is affine, $J'(w) = (S_{xx}/n + \lambda)(w - w^\ast)$ with $S_{xx} = \sum_i x_i^2$, and substituting this into (5.4) gives

$$w_{t+1} - w^\ast = \Big(1 - \eta\big(\tfrac{S_{xx}}{n} + \lambda\big)\Big)(w_t - w^\ast). \tag{5.5}$$

**Example 5.3.** Let $x = (1, 2, 2)$, $y = (2, 3, 5)$ and $\lambda = 0.5$.⟦N:binds the data⟧
Then $\sum x_i y_i = 2 + 6 + 10 = 18$ and $S_{xx} = 1 + 4 + 4 = 9$, so by (5.3)

$$w^\ast = \frac{18}{9 + 1.5} = \frac{12}{7} \approx 1.7143.$$

Here (5.2) reads $J'(w) = 3w - 6 + 0.5w = 3.5w - 6$.
Starting from $w_0 = 0$ with $\eta = 0.2$,⟦N:initial value and step⟧

$$w_1 = 0 - 0.2(-6) = 1.2, \qquad w_2 = 1.2 - 0.2(3.5 \cdot 1.2 - 6) = 1.2 + 0.36 = 1.56.$$

By (5.5) the error contracts by $1 - 0.2 \times 3.5 = 0.3$ per step: $w_2 - w^\ast = 0.3^2(0 - 12/7) \approx -0.1543$, in agreement with $1.56 - 1.7143$.

From (5.5), the iteration converges iff $|1 - 3.5\eta| < 1$, i.e. $0 < \eta < 2/3.5 \approx 0.667$.⟦W:2/3.5 is 0.571, not 0.667⟧
For instance $\eta = 0.6$ gives the factor $1 - 2.1 = -1.1$, and the iterates oscillate with growing amplitude.

Finally, substituting (5.3) into (5.1), the minimum value is

$$J(w^\ast) = \frac{1}{6}\cdot\frac{4 + 9 + 121}{49} + \frac{1}{4}\cdot\frac{144}{49} = \frac{67}{147} + \frac{36}{49} \approx 1.1905.$$
''')

md("en25_exponential_lifetime_textbook_ch7", "textbook chapter with numbered equations", "exponential lifetimes: survival function, memorylessness, mean, median, variance, minimum of two", r'''## 7.4 The exponential distribution

A lifetime $T$ is exponential with rate $\lambda > 0$ when its density is

$$f(t) = \lambda e^{-\lambda t}, \qquad t \ge 0. \tag{7.1}$$⟦N:definition of the density⟧

Integrating (7.1) from $t$ to $\infty$ gives the survival function

$$P(T > t) = \int_t^\infty \lambda e^{-\lambda s}\,ds = e^{-\lambda t}. \tag{7.2}$$

From (7.2), for $s, t \ge 0$,

$$P(T > s + t \mid T > s) = \frac{e^{-\lambda(s+t)}}{e^{-\lambda s}} = e^{-\lambda t}, \tag{7.3}$$

the *memoryless property*. The moments follow by integration by parts:

$$E[T] = \int_0^\infty t\,\lambda e^{-\lambda t}\,dt = \frac{1}{\lambda}, \qquad \operatorname{Var}(T) = \frac{1}{\lambda^2}. \tag{7.4}$$

Solving $e^{-\lambda m} = 1/2$ in (7.2) gives the median $m = \ln 2/\lambda$. $\quad(7.5)$

**Example 7.6.** A pump fails at rate $\lambda = 0.25$ per hour.⟦N:binds the rate⟧

(a) By (7.2), $P(T > 2) = e^{-0.5} \approx 0.6065$.

(b) By (7.3), having run 4 hours, $P(T > 6 \mid T > 4) = e^{-0.25 \cdot 2} \approx 0.6065$ as well.

(c) By (7.4), $E[T] = 1/0.25 = 4$ h and $\operatorname{Var}(T) = 16\ \text{h}^2$.

(d) By (7.5), $m = \ln 2 / 0.25 \approx 2.77$ h, noticeably below the mean.

(e) $P(2 < T < 6) = e^{-0.5} - e^{-1.5} \approx 0.6065 - 0.2231 = 0.3834$.

(f) With two independent pumps, the first failure $\min(T_1, T_2)$ has $P(\min > t) = e^{-0.25t}e^{-0.25t} = e^{-0.5t}$, so it is exponential with rate $0.5$ and mean $2$ h.
''')

md("en25_frobenius_linear_gradient_notes", "published matrix-calculus notes", "gradient of 1/2 ||XW - Y||_F^2 in W and X with index notation, trace form, numbers on 2x2 and 2x3 matrices", r'''# Matrix calculus notes §3: a least-squares layer

**Convention.** Denominator layout throughout: $\partial L/\partial W$ has the shape of $W$.

Let $X \in \mathbb{R}^{m\times d}$, $W \in \mathbb{R}^{d\times k}$, $Y \in \mathbb{R}^{m\times k}$, $R = XW - Y$ and⟦N:shapes and the residual⟧

$$L(W) = \tfrac12\lVert XW - Y\rVert_F^2 = \tfrac12\operatorname{tr}(R^\top R) = \tfrac12\sum_{i,j} R_{ij}^2.$$

**Index form.** $R_{ij} = \sum_k X_{ik}W_{kj} - Y_{ij}$, so $\partial R_{ij}/\partial W_{kl} = X_{ik}\,\delta_{jl}$ and

$$\frac{\partial L}{\partial W_{kl}} = \sum_{i,j} R_{ij} X_{ik}\delta_{jl} = \sum_i X_{ik}R_{il} = (X^\top R)_{kl}.$$

Hence, and by the same argument for $X$,

$$\frac{\partial L}{\partial W} = X^\top (XW - Y), \qquad \frac{\partial L}{\partial X} = (XW - Y)\,W^\top.$$

(Shapes: $(d\times m)(m\times k) = d\times k$ and $(m\times k)(k\times d) = m\times d$, as they must be.)

**Numbers** ($m = d = 2$, $k = 3$):⟦N:binds the sizes⟧

$$X = \begin{pmatrix} 1 & 2 \\ 0 & 1 \end{pmatrix},\quad W = \begin{pmatrix} 1 & 0 & 1 \\ 0 & 1 & -1 \end{pmatrix},\quad Y = \begin{pmatrix} 1 & 1 & 0 \\ 0 & 2 & 0 \end{pmatrix}.$$⟦N:given matrices⟧

$$XW = \begin{pmatrix} 1 & 2 & -1 \\ 0 & 1 & -1 \end{pmatrix}, \qquad R = \begin{pmatrix} 0 & 1 & -1 \\ 0 & -1 & -1 \end{pmatrix}$$

so $L = \tfrac12(0 + 1 + 1 + 0 + 1 + 1) = 4$.⟦W:half of 4 is 2 (the factor 1/2 was dropped)⟧

$$\frac{\partial L}{\partial W} = X^\top R = \begin{pmatrix} 1 & 0 \\ 2 & 1 \end{pmatrix}\begin{pmatrix} 0 & 1 & -1 \\ 0 & -1 & -1 \end{pmatrix} = \begin{pmatrix} 0 & 1 & -1 \\ 0 & 1 & -3 \end{pmatrix}$$

$$\frac{\partial L}{\partial X} = R\,W^\top = \begin{pmatrix} -1 & 2 \\ -1 & 0 \end{pmatrix}$$

**Checks.** $\lVert \partial L/\partial W\rVert_F = \sqrt{0 + 1 + 1 + 0 + 1 + 9} = \sqrt{12} \approx 3.464$.
Since $L$ is quadratic in $W$ with $R$ linear in $W$, $\operatorname{tr}\big(W^\top \tfrac{\partial L}{\partial W}\big) = \operatorname{tr}(W^\top X^\top R) = \sum_{ij} (XW)_{ij}R_{ij} = 0 + 2 + 1 + 0 - 1 + 1 = 3$,
which equals $2L + \operatorname{tr}(Y^\top R) = 4 + (1 - 2) = 3$.
''')

nb("en25_two_layer_relu_backprop_colab", "Colab notebook with printed numbers quoted in prose", "forward and backward pass of a 2-2-1 ReLU network with squared loss on one example, then one SGD step", [
("markdown", r'''# 2-2-1 network, every number by hand

Input $x \in \mathbb{R}^2$, hidden layer $W^{[1]} \in \mathbb{R}^{2\times2}$, $b^{[1]} \in \mathbb{R}^2$ with ReLU, linear output $w^{[2]} \in \mathbb{R}^{1\times 2}$, $b^{[2]}$, loss $L = \tfrac12(\hat y - y)^2$.⟦N:architecture and loss definition⟧'''),
("code", r'''import numpy as np
x  = np.array([1.0, 2.0]); y = 0.0
W1 = np.array([[0.5, -0.5], [0.2, 0.3]]); b1 = np.array([0.0, 0.1])
W2 = np.array([1.0, -2.0]); b2 = 0.5
z1 = W1 @ x + b1; a1 = np.maximum(z1, 0); yhat = W2 @ a1 + b2
print(z1, a1, yhat, 0.5 * (yhat - y) ** 2)
# [-0.5  0.9] [0.  0.9] -1.3 0.845'''),
("markdown", r'''## Forward

$$z^{[1]} = W^{[1]}x + b^{[1]} = (0.5 - 1,\ 0.2 + 0.6 + 0.1) = (-0.5,\ 0.9)$$

$a^{[1]} = \mathrm{ReLU}(z^{[1]}) = (0,\ 0.9)$, so the first hidden unit is off.

$\hat y = 1 \cdot 0 + (-2)(0.9) + 0.5 = -1.3$ and the loss is $\tfrac12(-1.3)^2 = 0.845$.'''),
("markdown", r'''## Backward

$$\frac{\partial L}{\partial \hat y} = \hat y - y = -1.3$$

- $\partial L/\partial w^{[2]} = (\hat y - y)\,a^{[1]\top} = (0,\ -1.17)$, $\partial L/\partial b^{[2]} = -1.3$
- $\partial L/\partial a^{[1]} = (\hat y - y)\,w^{[2]\top} = (-1.3,\ 2.6)$
- $\delta^{[1]} = \partial L/\partial a^{[1]} \odot \mathbf{1}[z^{[1]} > 0] = (0,\ 2.6)$

$$\frac{\partial L}{\partial W^{[1]}} = \delta^{[1]} x^\top = \begin{pmatrix} 0 & 0 \\ 2.6 & 5.2 \end{pmatrix}, \qquad \frac{\partial L}{\partial b^{[1]}} = (0,\ 2.6)$$'''),
("code", r'''d = yhat - y
dW2 = d * a1; db2 = d; da1 = d * W2; dz1 = da1 * (z1 > 0)
dW1 = np.outer(dz1, x)
print(dW2, db2, dz1, dW1)
# [ 0.   -1.17] -1.3 [0.  2.6] [[0.  0. ] [2.6 5.2]]'''),
("markdown", r'''## One SGD step, $\eta = 0.1$⟦N:binds the learning rate⟧

- $w^{[2]} \leftarrow (1 - 0,\ -2 + 0.117) = (1,\ -1.883)$
- $b^{[2]} \leftarrow 0.5 - 0.1 \times (-1.3) = 0.37$⟦W:0.5 - 0.1 x (-1.3) is 0.63 (sign slip)⟧
- second row of $W^{[1]}$: $(0.2 - 0.26,\ 0.3 - 0.52) = (-0.06,\ -0.22)$; the first row does not move.

If only the output layer had moved, $\hat y = -1.883 \times 0.9 + 0.63 \approx -1.0647$ and the loss would be about 0.567.
But $b^{[1]}_2$ also moves to $0.1 - 0.26 = -0.16$, so the second unit now sees $-0.06 - 0.44 - 0.16 = -0.66$ and switches off:
then $\hat y = 0.63$ and the loss is $\tfrac12(0.63)^2 \approx 0.198$. Both hidden units are dead for this input now, hmm.'''),
])

md("en25_momentum_vs_gd_medium", "Medium-style blog post with a results table", "heavy-ball momentum vs plain gradient descent on f(w) = 2w^2, four steps in a table", r'''# Momentum overshoots, and that's fine

Take the friendliest loss there is, $f(w) = 2w^2$, whose gradient is $f'(w) = 4w$. Start at $w_0 = 1$ with a learning rate of $0.1$.⟦N:start value and learning rate in prose⟧

**Plain gradient descent** multiplies $w$ by $1 - 0.1 \cdot 4 = 0.6$ every step:

$$w_1 = 0.6,\quad w_2 = 0.36,\quad w_3 = 0.216,\quad w_4 = 0.1296.$$

**Momentum** (the PyTorch form, $\beta = 0.9$) keeps a velocity:⟦N:introduces the update rule⟧

$$v_{t+1} = \beta v_t + f'(w_t), \qquad w_{t+1} = w_t - \eta\, v_{t+1}, \qquad v_0 = 0.$$⟦N:update rule and initial velocity⟧

| $t$ | $w_t$ | $g_t = 4w_t$ | $v_{t+1}$ | $w_{t+1}$ |⟦N:table header defining the columns⟧
|---|---|---|---|---|
| 0 | 1 | 4 | 4 | 0.6 |
| 1 | 0.6 | 2.4 | $0.9 \cdot 4 + 2.4 = 6.0$ | 0 |
| 2 | 0 | 0 | 5.4 | −0.54 |
| 3 | −0.54 | −2.16 | $4.86 + 2.16 = 7.02$ | −0.81 |⟦W:table cell: 0.9 x 5.4 + (-2.16) is 2.7 (the gradient's sign was lost)⟧

Notice row 1: after only two steps momentum lands exactly on the minimum, $w_2 = 0.6 - 0.1 \times 6 = 0$, but it cannot stop there. The velocity $5.4$ carries it to $w_3 = -0.54$ and then $w_4 = -0.54 - 0.1 \times 2.7 = -0.81$.

In loss terms: $f(w_3) = 2(0.54)^2 = 0.5832$ for momentum against $f(0.216) \approx 0.0933$ for plain GD. Momentum is "losing" at step 3.

Why use it then? On a long flat valley the velocity settles at $g/(1 - \beta)$, so the effective step is $\eta/(1 - \beta) = 0.1/0.1 = 1$, ten times the raw learning rate.

So the picture is: momentum buys speed along flat directions and pays for it with overshoot along steep ones.
On a real network you rarely see the oscillation directly, because the loss surface is not a single bowl,
but you do see it when the learning rate is pushed too high with $\beta = 0.9$: the loss curve turns jagged long before it diverges.⟦N:a condition (beta = 0.9), no claim⟧
Try it in the notebook linked below with $\beta = 0.5$ and compare the four rows of the table.⟦N:a value to try, no claim⟧
''')

md("en25_tanh_derivative_qa", "Q&A answer quoting the asker's wrong formula", "derivative of tanh, its link to the sigmoid, a numeric check at x = 0.5 and the chain rule for tanh(3x)", r'''**Q:** My notes say

> $\tanh'(x) = 1 - \tanh(x)$, so at $x = 0.5$ the slope is $1 - 0.4621 = 0.5379$.⟦W:the asker's formula: tanh'(x) = 1 - tanh^2(x), so tanh'(0.5) is 0.7864⟧

but my finite-difference check gives something near $0.79$. Which one is wrong?

---

**A:** The notes dropped a square. Write $\tanh x = \sinh x/\cosh x$ and use the quotient rule:⟦N:definition of tanh⟧

$$\frac{d}{dx}\tanh x = \frac{\cosh^2 x - \sinh^2 x}{\cosh^2 x} = 1 - \tanh^2 x = \operatorname{sech}^2 x.$$

At $x = 0.5$: $\tanh 0.5 \approx 0.4621$, so $\tanh'(0.5) = 1 - 0.4621^2 \approx 1 - 0.2135 = 0.7865$, which matches your central difference
$\big(\tanh(0.501) - \tanh(0.499)\big)/0.002 \approx 0.7864$ (the last digit is just rounding of $0.4621$).

Another way to see it: $\tanh x = 2\sigma(2x) - 1$, hence

$$\tanh'(x) = 4\,\sigma(2x)\big(1 - \sigma(2x)\big),$$

and with $\sigma(1) \approx 0.7311$ this is $4 \times 0.7311 \times 0.2689 \approx 0.7864$ again.

Your formula can't be right for another reason too: for negative $x$ it gives slopes above 1, e.g. $1 - \tanh(-2) \approx 1.964$, but $\tanh$ never gets steeper than $\tanh'(0) = 1$.

For a composed input use the chain rule: $\frac{d}{dx}\tanh(3x) = 3\,(1 - \tanh^2 3x)$, which at $x = 0.5$ is $3(1 - 0.9051^2) \approx 0.542$.

**Summary:** keep the square, and when in doubt do a central difference with a step of about $10^{-3}$; it catches most slips like this one.
(Edit: fixed a typo in the sigmoid identity, thanks to the commenters.)
''')

md("en25_gpu_server_power_units", "engineering README with units", "power draw, current, energy and electricity cost of an 8-GPU training run (W = V x A, kWh, PUE)", r'''# Power budget for `rig-03` (8 × GPU training box)

Numbers we used to size the circuit and estimate the bill. Nameplate figures: each GPU draws 350 W at full load, the rest of the box (CPUs, fans, disks) 600 W.

**Per-rail check.** One 12 V rail rated 50 A can deliver $P = V I = 12\ \text{V} \times 50\ \text{A} = 600\ \text{W}$, enough for one GPU with headroom ($350/600 \approx 58\%$).

**Box total.**

$$P_{\text{box}} = 8 \times 350\ \text{W} + 600\ \text{W} = 3400\ \text{W} = 3.4\ \text{kW}$$

**Current at the wall** (230 V single phase): $I = P/V = 3400/230 \approx 1.478\ \text{A}$.⟦W:3400/230 is 14.78 A (a power of ten)⟧
So a 16 A circuit is *just* enough; we put it on its own 20 A breaker ($14.78/20 \approx 74\%$ load).

**Energy for one run.** The full run takes 72 h:

$$E = 3.4\ \text{kW} \times 72\ \text{h} = 244.8\ \text{kWh} = 244.8 \times 3.6\ \text{MJ} \approx 881.3\ \text{MJ}$$

With the machine room's PUE of 1.4 (cooling etc.) the facility draws $244.8 \times 1.4 = 342.72$ kWh.

**Cost** at \$0.15 per kWh: $342.72 \times 0.15 \approx \$51.41$ per run, or about $51.41/30 \approx \$1.71$ per epoch for 30 epochs.

Per epoch in energy: $72\ \text{h}/30 = 2.4$ h, i.e. $3.4\ \text{kW} \times 2.4\ \text{h} = 8.16$ kWh at the box.

**Heat.** All of it ends up as heat: $3400\ \text{W} \times 3.412\ \tfrac{\text{BTU/h}}{\text{W}} \approx 11601\ \text{BTU/h}$, a bit under one ton of cooling ($12000$ BTU/h).

**TODO**
- measure the real draw with the PDU instead of nameplate numbers (nameplate is a ceiling, not an average);
- re-run the cost line when the new tariff starts in March;
- ask facilities whether the PUE figure includes the UPS losses.
''')

nb("en25_dataloader_throughput_units_colab", "Colab notebook, units carried through products and quotients", "is training input-bound? decode ms per image x workers vs GPU step time, epoch time, dataset GB and read bandwidth", [
("markdown", r'''# Is my ImageNet run input-bound?

Measured: JPEG decode + augment takes 4.5 ms per image on one CPU worker; I run 8 workers; batch size 256; one GPU step (fwd + bwd) takes 180 ms.'''),
("code", r'''decode_ms, workers, B, step_ms = 4.5, 8, 256, 180
n_imgs, kb_per_img = 1_281_167, 110
cpu_rate = workers * 1000 / decode_ms          # images / s
gpu_rate = B / (step_ms / 1000)
print(cpu_rate, B / cpu_rate * 1000, gpu_rate)
# 1777.77... 144.0 1422.22...'''),
("markdown", r'''**CPU side.** One worker does $1000\ \text{ms/s} \div 4.5\ \text{ms/img} \approx 222.2$ img/s, so 8 workers give $8 \times 222.2 \approx 1777.8$ img/s.
A batch therefore takes $256\ \text{img} \div 1777.8\ \text{img/s} \approx 0.144\ \text{s} = 144\ \text{ms}$ to prepare.

**GPU side.** $256\ \text{img} / 0.18\ \text{s} \approx 1422.2$ img/s.

Since $144\ \text{ms} < 180\ \text{ms}$, the loader keeps up (with $180 - 144 = 36$ ms of slack per step); the run is GPU-bound.'''),
("markdown", r'''**Epoch time.** Rounding the train set to $1.28 \times 10^6$ images:

$$t_{\text{epoch}} = \frac{1.28 \times 10^6\ \text{img}}{1422.2\ \text{img/s}} \approx 9000\ \text{s}$$⟦W:1.28e6 / 1422.2 is 900 s (a power of ten)⟧

i.e. 15 minutes per epoch, and 90 epochs take $90 \times 15 = 1350$ min $= 22.5$ h.

**Disk.** At 110 KB per JPEG the set is $1.28 \times 10^6 \times 110\ \text{KB} = 1.408 \times 10^8\ \text{KB} = 140.8$ GB, and at 1422.2 img/s we read $1422.2 \times 110\ \text{KB/s} \approx 156.4$ MB/s.'''),
("code", r'''print(1.28e6 / gpu_rate / 60, 1.28e6 * 110 / 1e6, gpu_rate * 110 / 1000)
# 15.0 140.8 156.44...'''),
("markdown", r'''**Takeaways**

- the loader has about 20% headroom, so adding a heavier augmentation (say +1 ms per image) would flip the run to input-bound;
- buying a faster GPU without more CPU workers would not help past the loader's rate;
- the disk is nowhere near its limit, so caching decoded images is not worth it yet.'''),
])

md("en25_reynolds_pipe_flow", "textbook-style worked example (fluid mechanics)", "flow velocity from a volume flow rate, Reynolds number of water and of oil in a 5 cm pipe, laminar friction factor and head loss", r'''## Worked example: laminar or turbulent?

Water at 20 °C ($\rho = 998\ \text{kg/m}^3$, $\mu = 1.002 \times 10^{-3}\ \text{Pa·s}$) flows at $Q = 2\ \text{L/s}$ through a pipe of inner diameter $D = 5\ \text{cm}$.⟦N:given data⟧ Is the flow laminar?

**Cross-section.**
$A = \pi D^2/4 = \pi (0.05)^2/4 \approx 7.854 \times 10^{-3}\ \text{m}^2$⟦W:pi (0.05)^2 / 4 is 1.9635e-3 m^2 (the /4 was dropped)⟧

**Mean velocity.** With $Q = 2 \times 10^{-3}\ \text{m}^3/\text{s}$,⟦N:restates the given flow rate in SI units⟧

$$v = \frac{Q}{A} = \frac{2 \times 10^{-3}}{1.9635 \times 10^{-3}} \approx 1.019\ \text{m/s}.$$

**Reynolds number.**

$$\mathrm{Re} = \frac{\rho v D}{\mu} = \frac{998 \times 1.019 \times 0.05}{1.002 \times 10^{-3}} \approx 5.07 \times 10^{4}$$

This is far above $\mathrm{Re} \approx 2300$, so the flow is turbulent.⟦N:the transition threshold, a condition⟧

**Same pipe, light oil.** For an oil with kinematic viscosity $\nu = \mu/\rho = 1.0 \times 10^{-4}\ \text{m}^2/\text{s}$,⟦N:binds the oil's viscosity⟧

$$\mathrm{Re} = \frac{vD}{\nu} = \frac{1.019 \times 0.05}{10^{-4}} \approx 509,$$

laminar. The Darcy friction factor is then $f = 64/\mathrm{Re} \approx 64/509 \approx 0.126$.

**Head loss over $L = 10$ m** (Darcy–Weisbach):⟦N:binds the length⟧

$$h_f = f\,\frac{L}{D}\,\frac{v^2}{2g} = 0.126 \times \frac{10}{0.05} \times \frac{1.019^2}{2 \times 9.81} \approx 1.33\ \text{m}$$

of oil, i.e. a pressure drop $\Delta p = \rho g h_f \approx 870 \times 9.81 \times 1.33 \approx 1.14 \times 10^4\ \text{Pa}$ for an oil density of 870 kg/m³.
''')

md("en25_feedback_amplifier_gain", "university lecture notes (electronics)", "closed-loop gain A/(1 + A beta), desensitivity, decibels and bandwidth of a non-inverting amplifier", r'''# EE 201 — Lecture 14: why negative feedback

An amplifier with open-loop gain $A$ and a feedback network returning the fraction $\beta$ of the output has closed-loop gain

$$G = \frac{A}{1 + A\beta}.$$⟦N:definition of the closed-loop gain⟧

When the loop gain $A\beta \gg 1$, $G \approx 1/\beta$: the gain is set by two resistors, not by the transistor.

**Numbers.** Op-amp with $A = 10^5$, divider with $\beta = 0.01$.⟦N:binds the values⟧

- loop gain $A\beta = 10^5 \times 0.01 = 1000$
- $G = 10^5 / 1001 \approx 99.90$, against the ideal $1/\beta = 100$
- gain error: $(100 - 99.90)/100 \approx 0.1\%$

**Desensitivity.** Let $A$ fall by half (temperature, a different part): $G = 5 \times 10^4/501 \approx 99.80$.
A 50 % change in $A$ moved $G$ by only about 0.1 %. In differential form

$$\frac{dG/G}{dA/A} = \frac{1}{1 + A\beta} = \frac{1}{1001} \approx 9.99 \times 10^{-4}.$$

**In decibels.** $20\log_{10} 99.9 \approx 39.99$ dB, essentially the 40 dB of the ideal design, while the open loop has $20\log_{10} 10^5 = 100$ dB.

**Bandwidth.** With a gain–bandwidth product of 1 MHz, the closed-loop bandwidth is $1\ \text{MHz}/99.9 \approx 10.01$ kHz. We traded 60 dB of gain for stability and 10 kHz of bandwidth.

**Summary of the example**

| quantity | open loop | closed loop |
|---|---|---|
| gain | $10^5$ | $99.90$ |
| gain in dB | 100 dB | 39.99 dB |
| change when $A$ halves | 50 % | about 0.1 % |

Next lecture: what happens to the phase margin when $\beta$ grows.
''')

nb("en25_logistic_batch_matrix_notebook", "Jupyter notebook of matrix-calculus notes with NumPy checks", "vectorised logistic-regression gradient (1/m) X^T (sigma(Xw + b) - y), one step, new loss and the Hessian (1/m) X^T S X on a 3x2 design", [
("markdown", r'''# Vectorised logistic regression, checked on three points

Shapes: $X \in \mathbb{R}^{m\times n}$ with one example per row, $\mathbf{w} \in \mathbb{R}^{n}$, $\mathbf{y} \in \{0,1\}^m$. With $\mathbf{p} = \sigma(X\mathbf{w} + b\mathbf{1})$,⟦N:shapes and notation⟧

$$J = -\frac{1}{m}\sum_{i=1}^m \big[y_i\ln p_i + (1 - y_i)\ln(1 - p_i)\big]$$⟦N:definition of the loss⟧

and the gradient in denominator layout is

$$\nabla_{\mathbf{w}} J = \frac{1}{m}X^\top(\mathbf{p} - \mathbf{y}), \qquad \frac{\partial J}{\partial b} = \frac{1}{m}\mathbf{1}^\top(\mathbf{p} - \mathbf{y}).$$'''),
("code", r'''import numpy as np
X = np.array([[1., 0.], [0., 1.], [1., 1.]]); y = np.array([1., 0., 1.])
w = np.zeros(2); b = 0.0
sig = lambda z: 1 / (1 + np.exp(-z))
p = sig(X @ w + b); J = -np.mean(y*np.log(p) + (1-y)*np.log(1-p))
gw = X.T @ (p - y) / 3; gb = np.mean(p - y)
print(p, J, gw, gb)   # [0.5 0.5 0.5] 0.6931... [-0.3333  0.] -0.1666...'''),
("markdown", r'''## At $\mathbf{w} = \mathbf{0}$, $b = 0$⟦N:heading binding the start point⟧

Here $X = \begin{pmatrix} 1 & 0 \\ 0 & 1 \\ 1 & 1 \end{pmatrix}$ and $\mathbf{y} = (1, 0, 1)^\top$.⟦N:given data⟧ Every $p_i = \sigma(0) = 0.5$, so

- $J = \ln 2 \approx 0.6391$⟦W:ln 2 is 0.6931 (transposed digits)⟧
- $\mathbf{p} - \mathbf{y} = (-0.5,\ 0.5,\ -0.5)^\top$
- $X^\top(\mathbf{p} - \mathbf{y}) = (-0.5 - 0.5,\ 0.5 - 0.5)^\top = (-1,\ 0)^\top$, so $\nabla_{\mathbf{w}} J = (-0.3333,\ 0)^\top$
- $\partial J/\partial b = -0.5/3 \approx -0.1667$'''),
("markdown", r'''## One step with $\eta = 1.5$⟦N:binds the learning rate⟧

$\mathbf{w} = (0.5,\ 0)$ and $b = 0.25$. Then $X\mathbf{w} + b = (0.75,\ 0.25,\ 0.75)$ and $\mathbf{p} \approx (0.6792,\ 0.5622,\ 0.6792)$.

$$J = \tfrac13\big(-\ln 0.6792 - \ln 0.4378 - \ln 0.6792\big) \approx \tfrac13(0.3869 + 0.8259 + 0.3869) \approx 0.5332$$

down from 0.6931.'''),
("markdown", r'''## Hessian

$\nabla^2 J = \frac1m X^\top S X$ with $S = \operatorname{diag}\big(p_i(1 - p_i)\big)$. At the start $S = 0.25\,I$ and $X^\top X = \begin{pmatrix} 2 & 1 \\ 1 & 2 \end{pmatrix}$, so

$$\nabla^2 J = \frac{0.25}{3}\begin{pmatrix} 2 & 1 \\ 1 & 2 \end{pmatrix} \approx \begin{pmatrix} 0.1667 & 0.0833 \\ 0.0833 & 0.1667 \end{pmatrix},$$

with eigenvalues $0.25 \cdot 3/3 = 0.25$ and $0.25/3 \approx 0.0833$, both positive (convex, as expected).'''),
])

md("en25_minibatch_mean_lecture", "university lecture notes", "minibatch mean gradients of a linear model: per-example gradients, two batches of two, equality with the full mean, sum vs mean scaling, variance of the minibatch mean", r'''## Lecture 5: minibatches are noisy estimates of the mean gradient

Model $\hat y = wx$, per-example loss $\ell_i(w) = \tfrac12(wx_i - y_i)^2$, so⟦N:model and per-example loss⟧

$$g_i = \ell_i'(w) = (wx_i - y_i)\,x_i, \qquad \nabla L = \frac{1}{N}\sum_{i=1}^N g_i.$$

Data: $(1, 2), (2, 3), (3, 7), (4, 8)$, current weight $w = 2$.⟦N:data and current weight⟧

| $i$ | $x_i$ | $y_i$ | $e_i = 2x_i - y_i$ | $\ell_i$ | $g_i = e_i x_i$ |⟦N:table header defining the columns⟧
|---|---|---|---|---|---|
| 1 | 1 | 2 | 0 | 0 | 0 |
| 2 | 2 | 3 | 1 | 0.5 | 2 |
| 3 | 3 | 7 | −1 | 0.5 | −3 |
| 4 | 4 | 8 | 0 | 0 | 0 |

Full batch: $L = (0 + 0.5 + 0.5 + 0)/4 = 0.25$ and $\nabla L = (0 + 2 - 3 + 0)/4 = -0.25$.

Minibatches of size $B = 2$, in order: $\bar g_{\{1,2\}} = (0 + 2)/2 = 1$ and $\bar g_{\{3,4\}} = (-3 + 0)/2 = -1.5$. Their average is $(1 + (-1.5))/2 = -0.25$, the full gradient again: equal-size minibatch means average to the full mean.

One full-batch step with $\eta = 0.1$:⟦N:binds the learning rate⟧
$w \leftarrow 2 - 0.1 \times (-0.25) = 2.025$.

**Sum vs. mean.** If the code sums instead of averaging, the gradient is $-1$ and the same $\eta$ moves $w$ to $2.1$, four times as far; to match we would need $\eta_{\text{sum}} = \eta/N = 0.025$.

**Noise.** Treat the four $g_i$ as the population: mean $-0.25$, variance

$$\sigma^2 = \tfrac14\big(0.25^2 + 2.25^2 + 2.75^2 + 0.25^2\big) = \tfrac{12.75}{4} = 3.1875.$$

A minibatch mean of $B$ independent draws has variance $\sigma^2/B$, i.e. $3.1875/2 \approx 1.59$ for $B = 2$: standard deviation $\approx 1.26$, five times the size of the gradient itself.
''')
