"""Published and learner styles (the alarm28 hunt): matrix calculus as textbooks and course
notes write it, quantities in units, Korean and Chinese learner notes. Each row is a correct
note (no step may fail) and its wrong twin (one realistic slip, which must still fail). Rows
written for this table, none copied."""

import pytest

from checker.derive.document import check_text

# (id, the correct note, the slip: text replaced, by what)
PAIRS = [
    ('e01_einstein_delta',
     '## Index gymnastics\n\nWith summation over repeated indices, $\\|x\\|^2 = x_i x_i$ and\n$$\\frac{\\partial (x_i x_i)}{\\partial x_k} = 2x_i\\delta_{ik} = 2x_k.$$\n',
     '= 2x_i\\delta_{ik} = 2x_k', '= 2x_i\\delta_{ik} = x_k'),
    ('p06_zh_units_speed',
     '# 速度换算\n\n$v = 72\\ \\text{km/h} = 20\\ \\text{m/s}$，刹车加速度 $a = 4\\ \\text{m/s}^2$，故刹车距离 $s = \\frac{v^2}{2a} = \\frac{400}{8} = 50\\ \\text{m}$。\n',
     '= \\frac{400}{8} = 50\\ \\text{m}', '= \\frac{400}{8} = 40\\ \\text{m}'),
    ('r01_ko_retract',
     "# 미분 연습 노트\n\n$f(x) = (2x + 1)^3$ 이면 $f'(x) = 3(2x + 1)^2$ 이다. 아 틀렸다, 다시. 체인룰로 2 를 곱해야 하니까\n\n$f'(x) = 6(2x + 1)^2$ 이고 $f'(0) = 6$ 이다.\n",
     "$f'(0) = 6$", "$f'(0) = 3$"),
    ('r03_en_retract',
     "## Scratch work\n\n$h(x) = e^{x^2}$, so $h'(x) = e^{x^2}$ — no wait, that forgets the chain rule. Redo: $h'(x) = 2x e^{x^2}$, and $h'(1) = 2e \\approx 5.44$.\n",
     '\\approx 5.44', '\\approx 2.72'),
    ('r05_zh_wrong_then_right',
     '# 错题订正\n\n原答案：$\\frac{\\partial}{\\partial w}(wx - y)^2 = 2(wx - y)$（错，漏了 $x$）。\n\n订正：$\\frac{\\partial}{\\partial w}(wx - y)^2 = 2(wx - y)x$。代入 $w = 1, x = 2, y = 1$ 得 $2 \\times 1 \\times 2 = 4$。\n',
     '得 $2 \\times 1 \\times 2 = 4$', '得 $2 \\times 1 \\times 2 = 2$'),
    ('m01_linreg_grad',
     '# 3.2 Least squares\n\nLet $X$ be $N \\times D$, $w \\in \\mathbb{R}^D$ and $y \\in \\mathbb{R}^N$. The loss is\n$$L(w) = \\|Xw - y\\|^2 = (Xw - y)^T (Xw - y). \\tag{3.1}$$\nExpanding (3.1),\n$$L(w) = w^T X^T X w - 2 y^T X w + y^T y.$$\nDifferentiating term by term (denominator layout),\n$$\\nabla_w L = 2X^T X w - 2X^T y = 2X^T(Xw - y). \\tag{3.2}$$\nSetting (3.2) to zero gives the normal equations $X^T X w = X^T y$.\n',
     '2X^T X w - 2X^T y = 2X^T(Xw - y)', '2X^T X w - 2X^T y = 2X^T(Xw + y)'),
    ('m03_softmax_jac',
     '### Softmax Jacobian\n\nLet $a = \\mathrm{softmax}(z)$ with $a_i = \\frac{e^{z_i}}{\\sum_k e^{z_k}}$. Then\n$$\\frac{\\partial a_i}{\\partial z_j} = a_i(\\delta_{ij} - a_j),$$\nso in matrix form $J = \\mathrm{diag}(a) - a a^T$.\n',
     'a_i(\\delta_{ij} - a_j)', 'a_j(\\delta_{ij} - a_j)'),
    ('m14_softmax_ce',
     '### Softmax + cross-entropy\n\nFor one example, $L = -\\sum_k y_k \\log a_k$ with $a = \\mathrm{softmax}(z)$ and one-hot $y$. Using the Jacobian $\\frac{\\partial a_k}{\\partial z_j} = a_k(\\delta_{kj} - a_j)$,\n$$\\frac{\\partial L}{\\partial z_j} = -\\sum_k \\frac{y_k}{a_k} a_k(\\delta_{kj} - a_j) = -y_j + a_j \\sum_k y_k = a_j - y_j.$$\n',
     '= a_j - y_j.$$', '= y_j - a_j.$$'),
    ('m16_chain_shapes',
     '## Two layers\n\n$H = \\mathrm{ReLU}(XW_1)$, $\\hat Y = H W_2$. With $X \\in \\mathbb{R}^{64\\times 784}$, $W_1 \\in \\mathbb{R}^{784 \\times 128}$, $W_2 \\in \\mathbb{R}^{128\\times 10}$:\n\n- $H$: $(64, 784) @ (784, 128) \\to (64, 128)$\n- $\\hat Y$: $(64, 128) @ (128, 10) \\to (64, 10)$\n- $\\partial L/\\partial W_2 = H^T \\delta$: $(128, 64) @ (64, 10) \\to (128, 10)$\n\nParameters: $784 \\cdot 128 + 128 \\cdot 10 = 100352 + 1280 = 101632$.\n',
     '= 100352 + 1280 = 101632', '= 100352 + 1280 = 101532'),
    ('m20_bias_grad',
     '### Bias gradient\n\n$Y = XW + \\mathbf{1}b^T$, so $\\frac{\\partial L}{\\partial b} = \\left(\\frac{\\partial L}{\\partial Y}\\right)^T\\mathbf{1}$, i.e. sum the upstream over the batch axis.\nWith upstream rows $(1, 2)$, $(3, 4)$, $(5, 6)$ this is $(1 + 3 + 5, 2 + 4 + 6) = (9, 12)$.\n',
     '= (9, 12)$.', '= (9, 11)$.'),
    ('u02_latency',
     '# Latency budget\n\nEach layer takes $1.5\\ \\text{ms}$, and there are 24 layers: $24 \\times 1.5\\ \\text{ms} = 36\\ \\text{ms} = 0.036\\ \\text{s}$.\nAt that rate a batch of 100 requests takes $100 \\times 0.036 = 3.6\\ \\text{s}$.\n',
     '= 36\\ \\text{ms} = 0.036', '= 36\\ \\text{ms} = 0.36'),
    ('u08_throughput',
     '## Training time\n\nOne epoch is 50 000 images at 2 500 images/s: $50000/2500 = 20\\ \\text{s}$.\nFor 90 epochs: $90 \\times 20\\ \\text{s} = 1800\\ \\text{s} = 30\\ \\text{min}$.\n',
     '= 1800\\ \\text{s} = 30\\ \\text{min}', '= 1800\\ \\text{s} = 18\\ \\text{min}'),
    ('u17_epoch_hours',
     'Each step takes $0.8\\ \\text{s}$; with 12 500 steps per epoch,\n$12500 \\times 0.8\\ \\text{s} = 10\\,000\\ \\text{s} \\approx 2.78\\ \\text{h}$.\n',
     '\\approx 2.78\\ \\text{h}', '\\approx 27.8\\ \\text{h}'),
    ('k03_matrix_shape',
     '# 행렬 역전파 메모\n\n$Y = XW$ 에서 $X$ 는 $(N, D)$, $W$ 는 $(D, M)$ 이다.\n\n$\\frac{\\partial L}{\\partial W} = X^T \\frac{\\partial L}{\\partial Y}$ 이므로 크기는 $(D, N) \\times (N, M) = (D, M)$ 으로 $W$ 와 같다.\n\n$N = 2$, $D = 3$, $M = 4$ 이면 $W$ 의 원소는 $3 \\times 4 = 12$ 개.\n',
     '$3 \\times 4 = 12$', '$3 \\times 4 = 7$'),
    ('k06_ridge',
     '## 릿지 회귀\n\n손실 $J(w) = \\|Xw - y\\|^2 + \\lambda \\|w\\|^2$ 을 $w$ 로 미분하면\n\n$$\\nabla_w J = 2X^T(Xw - y) + 2\\lambda w$$\n\n이고 $0$ 으로 두면 $w = (X^T X + \\lambda I)^{-1}X^T y$ 이다.\n',
     '+ 2\\lambda w$$', '+ \\lambda w$$'),
    ('k09_mse_grad',
     '## MSE 기울기 (벡터)\n\n$L = \\frac{1}{N}\\|Xw - y\\|^2$ 이므로 $\\nabla_w L = \\frac{2}{N}X^T(Xw - y)$ 이다.\n\n$N = 4$ 이면 앞의 계수는 $2/4 = 0.5$.\n',
     '$2/4 = 0.5$', '$2/4 = 0.25$'),
    ('z01_linreg',
     '# 线性回归梯度笔记\n\n损失 $J = \\frac{1}{2}(wx + b - y)^2$，故 $\\frac{\\partial J}{\\partial w} = (wx + b - y)x$。\n\n代入 $x = 3$, $y = 5$, $w = 1$, $b = 1$ 得 $(3 + 1 - 5) \\times 3 = -3$。\n\n所以 $w$ 更新为 $1 - 0.1 \\times (-3) = 1.3$。\n',
     '$1 - 0.1 \\times (-3) = 1.3$', '$1 - 0.1 \\times (-3) = 0.7$'),
    ('z07_time_units',
     '# 训练耗时\n\n每个 batch $120\\ \\text{ms}$，共 $500$ 个 batch，故一个 epoch 耗时 $500 \\times 120\\ \\text{ms} = 60\\ \\text{s} = 1\\ \\text{min}$。\n\n训练 $30$ 个 epoch 约 $30$ 分钟。\n',
     '= 60\\ \\text{s} = 1\\ \\text{min}', '= 60\\ \\text{s} = 6\\ \\text{min}'),
    ('e05_shape_arrow',
     '## Shapes in attention\n\n$Q K^T$: $(n, d) @ (d, n) \\to (n, n)$; the scores are scaled by $1/\\sqrt{d}$.\nFor $d = 64$, $\\sqrt{64} = 8$, so each score is divided by $8$.\nThen $\\mathrm{softmax}(QK^T/\\sqrt d)V$: $(n, n) @ (n, d) \\to (n, d)$.\n',
     '$\\sqrt{64} = 8$', '$\\sqrt{64} = 16$'),
    ('q04_en_eq_refs',
     "# 6.3 Backpropagation in matrix form\n\nLet $\\delta^{(l)} = \\frac{\\partial L}{\\partial z^{(l)}}$. From (6.12), $z^{(l+1)} = W^{(l+1)}a^{(l)} + b^{(l+1)}$, so\n$$\\delta^{(l)} = \\left(W^{(l+1)T}\\delta^{(l+1)}\\right) \\odot \\sigma'(z^{(l)}). \\tag{6.14}$$\nBy (6.14) with $W^{(2)} = \\begin{bmatrix} 1 & -1 \\end{bmatrix}$, $\\delta^{(2)} = 0.5$ and $\\sigma'(z^{(1)}) = (0.25, 0.2)$:\n$$\\delta^{(1)} = \\begin{bmatrix} 0.5 \\\\ -0.5 \\end{bmatrix} \\odot \\begin{bmatrix} 0.25 \\\\ 0.2 \\end{bmatrix} = \\begin{bmatrix} 0.125 \\\\ -0.1 \\end{bmatrix}$$\n",
     '= \\begin{bmatrix} 0.125 \\\\ -0.1 \\end{bmatrix}', '= \\begin{bmatrix} 0.125 \\\\ 0.1 \\end{bmatrix}'),
    ('q05_ko_jacobian_numeric',
     '# 야코비안 손계산\n\n$f(x, y) = (x^2 y,\\ x + y)$ 이면\n$$J = \\begin{bmatrix} 2xy & x^2 \\\\ 1 & 1 \\end{bmatrix}$$\n이므로 $(1, 2)$ 에서 $J = \\begin{bmatrix} 4 & 1 \\\\ 1 & 1 \\end{bmatrix}$, 행렬식은 $4 - 1 = 3$.\n',
     '행렬식은 $4 - 1 = 3$', '행렬식은 $4 - 1 = 5$'),
    ('q20_zh_matrix_trace',
     '# 迹的性质\n\n$A = \\begin{bmatrix} 1 & 2 \\\\ 3 & 4 \\end{bmatrix}$，$\\mathrm{tr}(A) = 1 + 4 = 5$，$\\mathrm{tr}(A^T A) = 1 + 9 + 4 + 16 = 30 = \\|A\\|_F^2$。\n',
     '= 1 + 9 + 4 + 16 = 30', '= 1 + 9 + 4 + 16 = 25'),
    ('e14_zh_daide',
     "# 梯度下降一步\n\n$J(w) = (w - 3)^2$，$J'(w) = 2(w - 3)$。取 $w_0 = 0$，$\\eta = 0.1$，代入得 $J'(0) = -6$，故 $w_1 = 0 - 0.1 \\times (-6) = 0.6$。\n\n再一步：$J'(0.6) = 2(0.6 - 3) = -4.8$，$w_2 = 0.6 + 0.48 = 1.08$。\n",
     '$w_2 = 0.6 + 0.48 = 1.08$', '$w_2 = 0.6 + 0.48 = 1.8$'),
]


@pytest.mark.parametrize("name, text, old, new", PAIRS, ids=[p[0] for p in PAIRS])
def test_the_correct_note_has_no_failing_step(name, text, old, new):
    steps = check_text(text).steps
    assert not [s for s in steps if s.verdict == "fails"], steps


@pytest.mark.parametrize("name, text, old, new", PAIRS, ids=[p[0] for p in PAIRS])
def test_the_wrong_twin_still_fails(name, text, old, new):
    assert old in text
    steps = check_text(text.replace(old, new, 1)).steps
    assert [s for s in steps if s.verdict == "fails"], steps
