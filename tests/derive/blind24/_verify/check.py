"""blind24's claims recomputed (C, W, S, report: corpus_tools/claims.py). Run: python check.py"""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "corpus_tools"))
from claims import *  # the checks, the report and the names the checks compute with
corpus(__file__)
# ---------------------------------------------------------------- en
sig = lambda z: 1/(1 + exp(-z))
f = "en/en24_mse_gd_three_points_learner.md"
xa = np.array([1, 2, 3.]); ya = np.array([3, 5, 6.]); ea = xa - ya
C(f, r"predictions are just $1, 2, 3$ so the errors", ea[0], "-2, -3, -3", val=-2)
C(f, r"loss: $L = (4 + 9 + 9)/3 = 22/3 \approx 7.33$", (ea**2).mean(), "7.33")
wq, bq = sp.symbols("w b", real=True)
La = sum((wq*xi + bq - yi)**2 for xi, yi in zip([1, 2, 3], [3, 5, 6]))/3
S(f, r"\frac{\partial L}{\partial w} = \frac{2}{3}\sum_i e_i x_i", sp.diff(La, wq) - sp.Rational(2, 3)*sum((wq*xi + bq - yi)*xi for xi, yi in zip([1, 2, 3], [3, 5, 6])))
C(f, r"$\sum e_i x_i = -2 - 6 - 9 = -17$", (ea*xa).sum(), "-17", tol=0); C(f, r"\frac{2}{3}(-17) \approx -11.33", 2/3*-17, "-11.33")
C(f, r"\frac{2}{3}(-8) \approx -5.33", 2/3*-8, "-5.33")
W(f, r"$w \leftarrow 1 - 0.05 \times (-11.33) = 1.0567$", 1 + 0.05*34/3, "1.0567")
C(f, r"$b \leftarrow 0 - 0.05 \times (-5.33) = 0.2667$", 0.05*16/3, "0.2667")
w1a, b1a = 1 + 0.05*34/3, 0.05*16/3; pa = w1a*xa + b1a
C(f, r"so now $w \approx 1.567$", w1a, "1.567"); C(f, r"new predictions: $1.833, 3.4, 4.967$", pa[0], "1.833"); C(f, r"new predictions: $1.833, 3.4, 4.967$", pa[2], "4.967"); C(f, r"new predictions: $1.833, 3.4, 4.967$", pa[1], "3.4")
C(f, r"new loss $\approx (1.361 + 2.56 + 1.068)/3 \approx 1.66$", ((pa - ya)**2).mean(), "1.66"); C(f, r"new loss $\approx (1.361", (pa[0] - 3)**2, "1.361"); C(f, r"2.56 + 1.068)/3", (pa[2] - 6)**2, "1.068")
C(f, r"shrank by a factor of about 4.4", (22/3)/((pa - ya)**2).mean(), "4.4")

f = "en/en24_logistic_gradient_textbook_ch4.md"
zS, yS = sp.symbols("z y", real=True); sS = 1/(1 + sp.exp(-zS))
S(f, r"\hat y(1 - \hat y) = \hat y - y \tag{4.9}$$", sp.diff(-(yS*sp.log(sS) + (1 - yS)*sp.log(1 - sS)), zS) - (sS - yS))
xl = np.array([1, -2, 0.5]); wl = np.array([0.4, 0.1, -0.6]); zl = xl @ wl + 0.2; sl = sig(zl)
C(f, r"$$z = 0.4 - 0.2 - 0.3 + 0.2 = 0.1", zl, "0.1"); C(f, r"\hat y = \sigma(0.1) \approx 0.5250", sl, "0.5250")
C(f, r"The loss is $\ell = -\log 0.5250 \approx 0.6444$", -log(sl), "0.6444")
gl = (sl - 1)*xl
C(f, r"= (-0.4750,\ 0.9500,\ -0.2375)^\top", gl[1], "0.9500"); C(f, r"= (-0.4750,\ 0.9500,\ -0.2375)^\top", gl[2], "-0.2375"); C(f, r"= (-0.4750,\ 0.9500,\ -0.2375)^\top", gl[0], "-0.4750")
wl2 = wl - 0.5*gl
C(f, r"(0.6375,\ -0.375,\ -0.48125)^\top, \qquad b' = 0.2 + 0.2375 = 0.4375", wl2[1], "-0.375", tol=2e-4); C(f, r"b' = 0.2 + 0.2375 = 0.4375", 0.2 - 0.5*(sl - 1), "0.4375", tol=2e-4); C(f, r"(0.6375,\ -0.375", wl2[0], "0.6375", tol=2e-4); C(f, r"-0.48125)^\top", wl2[2], "-0.48125", tol=2e-4)
C(f, r"The new logit is $z' = 0.6375 + 0.75 - 0.240625 + 0.4375 = 1.584375$", 0.6375 + 0.75 - 0.240625 + 0.4375, "1.584375")
C(f, r"so $\hat y' \approx 0.8298$", sig(1.584375), "0.8298"); C(f, r"by about $0.30$", sig(1.584375) - 0.5250, "0.30")

f = "en/en24_softmax_jacobian_diag_notes.md"
z3 = [sp.Symbol(f"z{i}", real=True) for i in range(3)]; E3 = [sp.exp(v) for v in z3]; A3 = [v/sum(E3) for v in E3]
S(f, r"$$\frac{\partial a_i}{\partial z_j} = a_i(\delta_{ij} - a_j)$$", sum((sp.diff(A3[i], z3[j]) - A3[i]*((1 if i == j else 0) - A3[j]))**2 for i in range(3) for j in range(3)))
S(f, r"$$J = \operatorname{diag}(\mathbf{a}) - \mathbf{a}\mathbf{a}^\top.$$", sum((sp.diff(A3[i], z3[j]) - (A3[i]*(1 if i == j else 0) - A3[i]*A3[j]))**2 for i in range(3) for j in range(3)))
S(f, r"every row sums to zero: $\sum_j a_i(\delta_{ij} - a_j) = a_i - a_i\sum_j a_j = 0$", sum(A3[0]*((1 if j == 0 else 0) - A3[j]) for j in range(3)))
zs = np.array([1, 2, 0.]); ps = np.exp(zs)/np.exp(zs).sum(); Js = np.diag(ps) - np.outer(ps, ps)
C(f, r"Then $e^{\mathbf{z}} \approx (2.7183, 7.3891, 1)$", exp(1), "2.7183"); C(f, r"Then $e^{\mathbf{z}} \approx (2.7183, 7.3891, 1)$", exp(2), "7.3891")
C(f, r"$11.1073$ and", np.exp(zs).sum(), "11.1073")
C(f, r"$$\mathbf{a} \approx (0.2447,\ 0.6652,\ 0.0900).$$", ps[0], "0.2447"); C(f, r"$$\mathbf{a} \approx (0.2447,\ 0.6652,\ 0.0900).$$", ps[1], "0.6652"); C(f, r"$$\mathbf{a} \approx (0.2447,\ 0.6652,\ 0.0900).$$", ps[2], "0.0900")
for (i_, j_, s_v) in [(0, 0, "0.1848"), (0, 1, "-0.1628"), (0, 2, "-0.0220"), (1, 1, "0.2227"), (1, 2, "-0.0599"), (2, 2, "0.0819")]:
    C(f, r"$$J \approx \begin{pmatrix} 0.1848", Js[i_, j_], s_v)
C(f, r"Check the first row: $0.1848 - 0.1628 - 0.0220 = 0$", 0.1848 - 0.1628 - 0.0220, "0", tol=1e-9)
C(f, r"$0.6652 \times 0.3348 \approx 0.2227$", 0.6652*0.3348, "0.2227")
C(f, r"= \mathbf{a} - \mathbf{y} \approx (0.2447,\ -0.3348,\ 0.0900).$$", ps[1] - 1, "-0.3348")
S(f, r"$$\nabla_{\mathbf{z}}L = J^\top\nabla_{\mathbf{a}}L", sum((sp.diff(-sp.log(A3[1]), z3[j]) - (A3[j] - (1 if j == 1 else 0)))**2 for j in range(3)))
C(f, r"For instance the third entry is $-0.0599 \times (-1/0.6652) \approx 0.0900$", 0.0599/0.6652, "0.0900")
C(f, r"$L = -\log 0.6652 \approx 0.4076$", -log(ps[1]), "0.4076")

f = "en/en24_linear_layer_matrix_grad_colab.ipynb"
Xm = np.array([[1., 2], [0, -1]]); Wm = np.array([[1., 0, 2], [-1, 1, 0]]); Ym = Xm @ Wm
Xs = sp.Matrix(2, 2, sp.symbols("x0:4")); Ws = sp.Matrix(2, 3, sp.symbols("w0:6")); Ls = sum(v**2 for v in Xs*Ws)/2
S(f, r"$$\frac{\partial L}{\partial W} = X^\top G, \qquad", (sp.Matrix(2, 3, lambda i, j: sp.diff(Ls, Ws[i, j])) - Xs.T*(Xs*Ws)).norm()**2)
S(f, r"\qquad \frac{\partial L}{\partial X} = G\,W^\top.$$", (sp.Matrix(2, 2, lambda i, j: sp.diff(Ls, Xs[i, j])) - (Xs*Ws)*Ws.T).norm()**2)
C(f, r"$$Y = XW = \begin{pmatrix} -1 & 2 & 2 \\ 1 & -1 & 0", np.abs(Ym - np.array([[-1, 2, 2], [1, -1, 0]])).sum(), "0", tol=0)
C(f, r"L = \tfrac12(1 + 4 + 4 + 1 + 1 + 0) = 5.5$$", 0.5*(Ym**2).sum(), "5.5")
C(f, r"= \begin{pmatrix} -1 & 2 & 2 \\ -3 & 5 & 4 \end{pmatrix}$$", np.abs(Xm.T @ Ym - np.array([[-1, 2, 2], [-3, 5, 4]])).sum(), "4", val=0, tol=0)
W(f, r"= \begin{pmatrix} 3 & 3 \\ 1 & 2 \end{pmatrix}$$", (Ym @ Wm.T)[1, 1], "2", val=2, tol=0.3)
C(f, r"= 2L = 11$, as it must be", (Wm*(Xm.T @ Ym)).sum(), "11", tol=0)
C(f, r"\sqrt{1 + 4 + 4 + 9 + 25 + 16} = \sqrt{59} \approx 7.68$", np.linalg.norm(Xm.T @ Ym), "7.68"); C(f, r"\sqrt{1 + 4 + 4 + 9 + 25 + 16} = \sqrt{59}", (Xm.T @ Ym**1)[0, 0]**2 + 4 + 4 + 9 + 25 + 16, "59", tol=0)

f = "en/en24_two_layer_relu_numbers_colab.ipynb"
xt = np.array([1., 2]); W1t = np.array([[0.5, -0.5], [0.25, 0.5]]); W2t = np.array([1., -0.8]); z1t = W1t @ xt; a1t = np.maximum(z1t, 0); yht = W2t @ a1t + 0.1
C(f, r"= (0.5 - 1,\ 0.25 + 1) = (-0.5,\ 1.25)$$", z1t[0], "-0.5"); C(f, r"= (0.5 - 1,\ 0.25 + 1) = (-0.5,\ 1.25)$$", z1t[1], "1.25")
C(f, r"$a^{[1]} = \text{ReLU}(z^{[1]}) = (0,\ 1.25)$, then $\hat y = 1\cdot 0 - 0.8 \cdot 1.25 + 0.1 = -0.9$", yht, "-0.9")
C(f, r"The printed loss is $\mathcal{L} = \tfrac12(-1.9)^2 = 1.805$", 0.5*(yht - 1)**2, "1.805")
C(f, r"$$dz^{[2]} = \hat y - y = -1.9$$", yht - 1, "-1.9")
W(f, r"a^{[1]\top} = (0,\ -2.735)", -1.9*1.25, "-2.735")
C(f, r"$$da^{[1]} = W^{[2]\top}dz^{[2]} = (-1.9,\ 1.52)$$", -0.8*-1.9, "1.52")
C(f, r"\mathbb{1}[z^{[1]} > 0] = (0,\ 1.52)$", 1.52, "1.52")
C(f, r"0 & 0 \\ 1.52 & 3.04 \end{pmatrix}", 1.52*2, "3.04")
C(f, r"$(0.25 - 0.152,\ 0.5 - 0.304) = (0.098,\ 0.196)$", 0.25 - 0.152, "0.098"); C(f, r"$(0.25 - 0.152,\ 0.5 - 0.304) = (0.098,\ 0.196)$", 0.5 - 0.304, "0.196")
C(f, r"The code agrees: `dW2 = [0, -2.375]`", -1.9*1.25, "-2.375")

f = "en/en24_keras_mnist_cnn_summary_readme.md"
C(f, r"| conv2d | (26, 26, 16) | 160 |", 3*3*16 + 16, "160", tol=0)
C(f, r"| max_pooling2d | (13, 13, 16) | 0 | $26/2 = 13$ |", 26/2, "13", tol=0)
W(f, r"| conv2d_1 | (11, 11, 32) | 4460 |", 3*3*16*32 + 32, "4460")
C(f, r"| max_pooling2d_1 | (5, 5, 32) | 0 | $\lfloor 11/2\rfloor = 5$ |", 11//2, "5", tol=0)
C(f, r"| flatten | (800,) | 0 | $5\cdot 5\cdot 32 = 800$ |", 800, "800", tol=0)
C(f, r"| dense | (64,) | 51264 | $800\cdot 64 + 64 = 51264$ |", 800*64 + 64, "51264", tol=0)
C(f, r"| dense_1 | (10,) | 650 | $64\cdot 10 + 10 = 650$ |", 650, "650", tol=0)
C(f, r"Total params: $160 + 4640 + 51264 + 650 = 56{,}714$", 160 + 4640 + 51264 + 650, "56{,}714")
C(f, r"so $28 - 3 + 1 = 26$ and", 26, "26", tol=0); C(f, r"$13 - 3 + 1 = 11$. The dense layer holds $51264 / 56714 \approx 90.4\%$", 100*51264/56714, "90.4")
C(f, r"the model is $56714 \times 4 = 226{,}856$ bytes, about $0.23$ MB", 56714*4, "226{,}856"); C(f, r"bytes, about $0.23$ MB", 56714*4/1e6, "0.23")
C(f, r"the flatten size becomes $7\cdot 7\cdot 32 = 1568$", 7*7*32, "1568", tol=0); C(f, r"dense layer alone has $1568\cdot 64 + 64 = 100{,}416$", 1568*64 + 64, "100{,}416")

f = "en/en24_adam_three_steps_medium.md"
C(f, r"**Step 1.** $g_1 = 2$, $m_1 = 0.2$, $v_1 = 0.004$", 0.001*4, "0.004"); C(f, r"$\hat m_1 = 0.2/0.1 = 2$", 2, "2", tol=1e-9)
C(f, r"$\hat v_1 = 0.004/0.001 = 4$, so", 0.004/0.001, "4", tol=1e-9)
C(f, r"$$w_1 = 1 - 0.1\cdot\frac{2}{\sqrt 4} = 0.9.$$", 1 - 0.1*2/2, "0.9")
adw = 1.; m_ = v_ = 0; hist = []
for t_ in range(1, 4):
    g_ = 2*adw; m_ = 0.9*m_ + 0.1*g_; v_ = 0.999*v_ + 0.001*g_*g_; mh_ = m_/(1 - 0.9**t_); vh_ = v_/(1 - 0.999**t_); adw -= 0.1*mh_/(sqrt(vh_) + 1e-8); hist.append((g_, m_, v_, mh_, vh_, adw))
C(f, r"$$m_2 = 0.9 \times 0.2 + 0.1 \times 1.8 = 0.36", hist[1][1], "0.36"); C(f, r"v_2 = 0.999 \times 0.004 + 0.001 \times 3.24 = 0.007236$$", hist[1][2], "0.007236")
C(f, r"$\hat m_2 = 0.36/0.19 \approx 1.8947$", hist[1][3], "1.8947")
W(f, r"$\hat v_2 = 0.007236/0.001999 \approx 36.20$", hist[1][4], "36.20")
C(f, r"$\sqrt{3.620} \approx 1.9026$ the step", sqrt(hist[1][4]), "1.9026"); C(f, r"the step is $0.1 \times 1.8947/1.9026 \approx 0.0996$, so $w_2 \approx 0.8004$", hist[1][5], "0.8004"); C(f, r"1.8947/1.9026 \approx 0.0996$", 0.1*1.8947/1.9026, "0.0996")
C(f, r"**Step 3.** $g_3 \approx 1.6008$, $m_3 \approx 0.4841$, $v_3 \approx 0.009791$", hist[2][0], "1.6008"); C(f, r"$m_3 \approx 0.4841$", hist[2][1], "0.4841"); C(f, r"$v_3 \approx 0.009791$", hist[2][2], "0.009791")
C(f, r"again just under $0.1$: $w_3 \approx 0.7016$", hist[2][5], "0.7016")
C(f, r"| 2 | 1.8 | 1.8947 | 3.6198 | 0.8004 |", hist[1][4], "3.6198"); C(f, r"| 3 | 1.6008 | 1.7863 | 3.2671 | 0.7016 |", hist[2][3], "1.7863"); C(f, r"| 3 | 1.6008 | 1.7863 | 3.2671 | 0.7016 |", hist[2][4], "3.2671")
C(f, r"$w_1 = 1 - 0.1 \times 2 = 0.8$ and then $0.64$", 0.8, "0.8"); C(f, r"$w_1 = 1 - 0.1 \times 2 = 0.8$ and then $0.64$", 0.8 - 0.1*1.6, "0.64")

f = "en/en24_init_variance_dropout_lecture.md"
C(f, r"- $\operatorname{Var}(w) = 2/384 \approx 0.005208$, standard deviation $\approx 0.0722$", 2/384, "0.005208"); C(f, r"standard deviation $\approx 0.0722$", sqrt(2/384), "0.0722")
W(f, r"= \sqrt{0.015625} = 0.0125$", sqrt(6/384), "0.0125")
C(f, r"is $r^2/3 = 0.015625/3 \approx 0.005208$", 0.015625/3, "0.005208")
C(f, r"$$\operatorname{Var}(w) = \frac{2}{256} = 0.0078125", 2/256, "0.0078125"); C(f, r"\sigma_w = \frac{1}{\sqrt{128}} \approx 0.0884$$", sqrt(2/256), "0.0884")
C(f, r"$\operatorname{Var}(z) = 256 \times 0.0078125 \times 1 = 2$", 256*0.0078125, "2", tol=1e-9)
C(f, r"$\mathbb{E}[a^2] = \tfrac12 \cdot 2 = 1$", 1, "1", tol=0)
C(f, r"scaled to $a/p = 3.125$ at training time", 2.5/0.8, "3.125")
C(f, r"$$\mathbb{E}[\tilde a] = 0.8 \times 3.125 + 0.2 \times 0 = 2.5 = a.$$", 0.8*3.125, "2.5")
C(f, r"$\operatorname{Var}(\tilde a) = a^2(1 - p)/p = 6.25 \times 0.25 = 1.5625$", 0.8*3.125**2 - 2.5**2, "1.5625")

f = "en/en24_l1_l2_penalty_exam_solutions.md"
wp = np.array([0.5, -1.5, 0]); gp = np.array([0.2, 0.1, -0.3])
C(f, r"$$R_2 = 0.005 \times (0.25 + 2.25 + 0) = 0.0125", 0.005*(wp**2).sum(), "0.0125"); C(f, r"\nabla R_2 = \lambda\mathbf{w} = (0.005,\ -0.015,\ 0)$$", 0.01*-1.5, "-0.015")
C(f, r"Here $R_1 = 0.01 \times 2 = 0.02$", 0.01*np.abs(wp).sum(), "0.02")
C(f, r"$$\partial R_1 = \big(0.01,\ -0.01,\ [-0.01, 0.01]\big)$$", 0.01*np.sign(-1.5), "-0.01")
wn = wp - 0.1*(gp + 0.01*wp)
C(f, r"- $w_1 = 0.5 - 0.1(0.2 + 0.005) = 0.4795$", wn[0], "0.4795")
W(f, r"- $w_2 = -1.5 - 0.1(0.1 - 0.015) = -1.5115$", wn[1], "-1.5115")
C(f, r"- $w_3 = 0 - 0.1(-0.3 + 0) = 0.03$", wn[2], "0.03")
C(f, r"so $\mathbf{w}' = (0.4795,\ -1.5085,\ 0.03)$", wn[1], "-1.5085")
C(f, r"$1 - \eta\lambda = 0.999$ and then moved by $-\eta\mathbf{g}$: $0.999 \times 0.5 - 0.02 = 0.4795$", 0.999*0.5 - 0.02, "0.4795")

f = "en/en24_leaky_relu_softplus_blog.md"
C(f, r"So $f(-3) = -0.03$ and $f'(-3) = 0.01$", -3*0.01, "-0.03"); C(f, r"it is $100$ times smaller", 1/0.01, "100", tol=1e-9)
S(f, r"$$s'(x) = \frac{e^x}{1 + e^x} = \frac{1}{1 + e^{-x}} = \sigma(x)$$", sp.diff(sp.log(1 + sp.exp(X)), X) - 1/(1 + sp.exp(-X)))
C(f, r"At the origin $s(0) = \ln 2 \approx 0.6931$", log(2), "0.6931"); C(f, r"$s(2) = \ln(1 + 7.389) \approx 2.1269$", log(1 + exp(2)), "2.1269"); C(f, r"and $s'(2) = \sigma(2) \approx 0.8808$", sig(2), "0.8808")
S(f, r"= \frac{\cosh^2 x - \sinh^2 x}{\cosh^2 x} = 1 - \tanh^2 x$$", sp.diff(sp.tanh(X), X) - (1 - sp.tanh(X)**2))
C(f, r"For $x = 0.5$: $\tanh 0.5 \approx 0.4621$, so $\tanh'(0.5) \approx 1 - 0.2135 = 0.7865$", 1 - 0.2135, "0.7865"); C(f, r"For $x = 0.5$: $\tanh 0.5", tanh(0.5), "0.4621"); C(f, r"\approx 1 - 0.2135 = 0.7865", tanh(0.5)**2, "0.2135")
C(f, r"| $-1$ | 0.01 | 0.2689 | 0.4200 |", sig(-1), "0.2689"); C(f, r"| $-1$ | 0.01 | 0.2689 | 0.4200 |", 1 - tanh(1)**2, "0.4200")
C(f, r"| $0.5$ | 1 | 0.6225 | 0.7864 |", sig(0.5), "0.6225"); C(f, r"| $0.5$ | 1 | 0.6225 | 0.7864 |", 1 - tanh(0.5)**2, "0.7864")
C(f, r"| $2$ | 1 | 0.8808 | 0.0707 |", 1 - tanh(2)**2, "0.0707")

f = "en/en24_llm_memory_budget_readme.md"
C(f, r"$$7 \times 10^9 \times 2\ \text{B} = 14\ \text{GB}$$", 7e9*2/1e9, "14", tol=1e-9)
C(f, r"+ 4 B + 4 B (Adam $m$, $v$) $= 16$ B.", 2 + 2 + 4 + 4 + 4, "16", tol=0)
W(f, r"$$7 \times 10^9 \times 16\ \text{B} = 11.2\ \text{GB}$$", 7e9*16/1e9, "11.2")
C(f, r"$112 / 80 = 1.4$ cards", 112/80, "1.4"); C(f, r"each card holds $112 / 8 = 14$ GB", 112/8, "14", tol=0)
C(f, r"$$2 \times 32 \times 4096 \times 2\ \text{B} = 524{,}288\ \text{B} \approx 0.52\ \text{MB per token}$$", 2*32*4096*2, "524{,}288"); C(f, r"\approx 0.52\ \text{MB per token}", 524288/1e6, "0.52")
C(f, r"$524288 \times 4096 = 2{,}147{,}483{,}648$ B $\approx 2.15$ GB", 524288*4096, "2{,}147{,}483{,}648"); C(f, r"B $\approx 2.15$ GB", 524288*4096/1e9, "2.15")
C(f, r"sequences needs $\approx 17.2$ GB on top", 8*524288*4096/1e9, "17.2"); C(f, r"i.e. about $31.2$ GB in total", 14 + 8*524288*4096/1e9, "31.2")
C(f, r"| KV cache, 8 × 4096 tokens | 17.2 GB |", 8*524288*4096/1e9, "17.2")

f = "en/en24_inference_throughput_units_colab.ipynb"
tb = 4.1e9*64/4e13
C(f, r"FLOPs per batch: $4.1 \times 10^9 \times 64 = 2.624 \times 10^{11}$ FLOPs $= 262.4$ GFLOPs", 4.1e9*64/1e11, "2.624"); C(f, r"FLOPs $= 262.4$ GFLOPs", 4.1*64, "262.4")
C(f, r"= 6.56 \times 10^{-3}\ \text{s} = 6.56\ \text{ms}$$", tb*1e3, "6.56")
W(f, r"Throughput: $64 / 0.00656\ \text{s} \approx 975.6$ images/s.", 64/tb, "975.6")
C(f, r"take $50000 / 9756 \approx 5.13$ s of pure compute", 50000/(64/tb), "5.13")
C(f, r"$12\ \text{ms} \times 50000 = 600\ \text{s} = 10$ min", 12e-3*50000, "600", tol=1e-9)
C(f, r"which is $600 / 5.13 \approx 117$ times slower", 600/5.13, "117"); C(f, r"Per image the batched path costs $6.56 / 64 \approx 0.1025$ ms", 6.56/64, "0.1025")

f = "en/en24_quadratic_form_gradient_notes.md"
Aq = np.array([[2., 1], [3, 4]]); xq = np.array([1., -1])
xs2 = sp.Matrix(sp.symbols("x1 x2")); As2 = sp.Matrix(2, 2, sp.symbols("a0:4")); fq = (xs2.T*As2*xs2)[0]
S(f, r"\quad\Rightarrow\quad \nabla f = (A + A^\top)\mathbf{x}$$", (sp.Matrix([sp.diff(fq, v) for v in xs2]) - (As2 + As2.T)*xs2).norm()**2)
C(f, r"$$f = 2 - 1 - 3 + 4 = 2", xq @ Aq @ xq, "2", tol=1e-12); C(f, r"\nabla f = (0,\ -4)^\top$$", ((Aq + Aq.T) @ xq)[1], "-4", tol=1e-12)
C(f, r"A + A^\top = \begin{pmatrix} 4 & 4 \\ 4 & 8 \end{pmatrix}", (Aq + Aq.T)[1, 1], "8", tol=0)
C(f, r"Using $2A\mathbf{x}$ instead would give $(2, -2)^\top$", (2*Aq @ xq)[1], "-2", tol=0)
xh = np.array([1, -0.99]); C(f, r"$f(1, -0.99) = 2 - 0.99 - 2.97 + 3.9204 = 1.9604$", xh @ Aq @ xh, "1.9604")
C(f, r"so $(1.9604 - 2)/0.01 = -3.96 \approx -4$.", (1.9604 - 2)/0.01, "-3.96")
C(f, r"$$\lVert A\rVert_F^2 = 4 + 1 + 9 + 16 = 30$$", (Aq**2).sum(), "30", tol=0)
W(f, r"$$\lVert A\rVert_F \approx 5.84$$", sqrt(30), "5.84")
C(f, r"$\det = 32 - 16 = 16 > 0$ and trace $12$", np.linalg.det(Aq + Aq.T), "16", tol=1e-9); C(f, r"$\det = 32 - 16 = 16 > 0$ and trace $12$", np.trace(Aq + Aq.T), "12", tol=0)
f = "en/en24_adam_three_steps_medium.md"
C(f, r"**Step 2.** $g_2 = 1.8$.", 2*0.9, "1.8")
f = "en/en24_l1_l2_penalty_exam_solutions.md"
C(f, r"- $w_1 = 0.5 - 0.1(0.2 + 0.01) = 0.479$", 0.5 - 0.1*0.21, "0.479"); C(f, r"- $w_2 = -1.5 - 0.1(0.1 - 0.01) = -1.509$", -1.5 - 0.1*0.09, "-1.509")
f = "en/en24_adam_three_steps_medium.md"


f = "en/en24_calorimetry_specific_heat.md"
Tq = (1255.8*80 + 180*20)/1435.8
C(f, r"The heat capacities are $m_wc_w = 0.3 \times 4186 = 1255.8", 0.3*4186, "1255.8"); C(f, r"$m_{Al}c_{Al} = 0.2 \times 900 = 180", 0.2*900, "180", tol=1e-9)
C(f, r"= \frac{104064}{1435.8} \approx 72.48\ ^\circ\text{C}$$", Tq, "72.48"); C(f, r"{1255.8 + 180} = \frac{104064}{1435.8}", 1255.8*80 + 180*20, "104064", tol=1e-6)
C(f, r"| water | 1255.8 | $-7.52$ | $-9446$ |", Tq - 80, "-7.52"); C(f, r"| water | 1255.8 | $-7.52$ | $-9446$ |", 1255.8*(Tq - 80), "-9446")
C(f, r"| aluminium | 180 | $52.48$ | $9446$ |", Tq - 20, "52.48"); C(f, r"| aluminium | 180 | $52.48$ | $9446$ |", 180*(Tq - 20), "9446")
C(f, r"The cup warms by $52.48$ degrees but the water cools by only $7.52$", 80 - Tq, "7.52")
C(f, r"$1255.8/180 \approx 6.98$ times larger", 1255.8/180, "6.98")
C(f, r"$$Q = 1 \times 4186 \times 80 = 334{,}880\ \text{J} \approx 334.9\ \text{kJ}$$", 4186*80, "334{,}880"); C(f, r"\approx 334.9\ \text{kJ}$$", 334.88, "334.9")
W(f, r"In kilowatt-hours, $334880 / (3.6 \times 10^6) \approx 0.930$ kWh.", 334880/3.6e6, "0.930")
C(f, r"kettle needs at least $334880 / 2000 \approx 167.4$ s, i.e. about $2.8$ minutes", 334880/2000, "167.4"); C(f, r"i.e. about $2.8$ minutes", 167.44/60, "2.8")
C(f, r"$0.093$ kWh per boil", 334880/3.6e6, "0.093")


f = "en/en24_npv_three_year_project.md"
pv = [4000/1.08**k for k in (1, 2, 3)]
C(f, r"| 1 | 4000 | 1.08 | $4000/1.08 = 3703.70$ |", pv[0], "3703.70")
W(f, r"| 2 | 4000 | 1.1664 | $4000/1.1664 = 3249.36$ |", pv[1], "3249.36")
C(f, r"| 3 | 4000 | 1.259712 | $4000/1.259712 = 3175.33$ |", pv[2], "3175.33"); C(f, r"| 3 | 4000 | 1.259712 | $4000/1.259712 = 3175.33$ |", 1.08**3, "1.259712")
C(f, r"The sum is $3703.70 + 3429.36 + 3175.33 = 10308.39$", sum(pv), "10308.39"); C(f, r"+ 3429.36 + 3175.33", pv[1], "3429.36")
C(f, r"$$NPV = -10000 + 10308.39 = 308.39 > 0.$$", sum(pv) - 10000, "308.39")
C(f, r"\approx 4000 \times 2.5771 = 10308.39$$", (1 - 1.08**-3)/0.08, "2.5771"); C(f, r"\approx 4000 \times 2.5771 = 10308.39$$", 4000*(1 - 1.08**-3)/0.08, "10308.39")
pv10 = [4000/1.1**k for k in (1, 2, 3)]
C(f, r"**At 10%** the three present values are $3636.36$, $3305.79$ and $3005.26$", pv10[0], "3636.36"); C(f, r"$3305.79$ and $3005.26$", pv10[1], "3305.79"); C(f, r"$3305.79$ and $3005.26$", pv10[2], "3005.26", tol=0.006)
C(f, r"which add to $9947.41$", sum(pv10), "9947.41"); C(f, r"so $NPV \approx -52.59$", sum(pv10) - 10000, "-52.59")
C(f, r"\approx 9.71\%$, close to the exact $9.70\%$", 8 + 2*308.39/(308.39 + 52.59), "9.71")
from scipy.optimize import brentq
C(f, r"close to the exact $9.70\%$", 100*brentq(lambda r: sum(4000/(1 + r)**k for k in (1, 2, 3)) - 10000, 0.01, 0.2), "9.70")


f = "en/en24_drug_dosing_accumulation_notebook.ipynb"
kd = log(2)/6; fd = exp(-8*kd); pk = [200*(1 - fd**n)/(1 - fd) for n in (1, 2, 3)]
C(f, r"= \frac{0.6931}{6} \approx 0.1155\ \text{h}^{-1}$$", kd, "0.1155"); C(f, r"= \frac{0.6931}{6}", log(2), "0.6931")
C(f, r"the fraction left is $f = e^{-8k} = 0.5^{8/6} \approx 0.3969$", fd, "0.3969")
C(f, r"- dose 1: $200$ mg", pk[0], "200", tol=1e-9)
W(f, r"- dose 2: $200 + 200 \times 0.3969 = 297.37$ mg", pk[1], "297.37")
C(f, r"- dose 3: $200 + 279.37 \times 0.3969 \approx 310.87$ mg", pk[2], "310.87"); C(f, r"- dose 3: $200 + 279.37", pk[1], "279.37")
nS, fS = sp.symbols("n f", positive=True); jS = sp.Symbol("j", integer=True)
S(f, r"$$A_n = D\sum_{j=0}^{n-1} f^j = D\,\frac{1 - f^n}{1 - f}$$", sum(fS**j for j in range(5)) - (1 - fS**5)/(1 - fS))
C(f, r"$$A_{\max} = \frac{200}{1 - 0.3969} \approx 331.6\ \text{mg}", 200/(1 - fd), "331.6"); C(f, r"A_{\min} = A_{\max}f \approx 131.6\ \text{mg}$$", 200*fd/(1 - fd), "131.6")
C(f, r"$331.6 - 131.6 = 200$ mg", 331.6 - 131.6, "200", tol=1e-9)
C(f, r"$310.87/331.6 \approx 93.7\%$", 100*pk[2]*(1 - fd)/200, "93.7")
# ---------------------------------------------------------------- ko
f = "ko/ko24_logistic_minibatch_velog.md"
Xk = np.array([[1, 2.], [2, -1]]); yk = np.array([1, 0.]); zk = Xk @ np.array([0.5, -0.5]); ak = 1/(1 + np.exp(-zk)); dzk = ak - yk
C(f, r"- $z^{(1)} = 0.5 - 1 = -0.5$, $a^{(1)} = \sigma(-0.5) \approx 0.3775$", ak[0], "0.3775"); C(f, r"- $z^{(1)} = 0.5 - 1 = -0.5$", zk[0], "-0.5")
C(f, r"- $z^{(2)} = 1 + 0.5 = 1.5$, $a^{(2)} = \sigma(1.5) \approx 0.8176$", ak[1], "0.8176"); C(f, r"- $z^{(2)} = 1 + 0.5 = 1.5$", zk[1], "1.5")
C(f, r"손실은 각각 $-\log 0.3775 \approx 0.9741$", -log(ak[0]), "0.9741"); C(f, r"$-\log(1 - 0.8176) \approx 1.7014$", -log(1 - ak[1]), "1.7014"); C(f, r"평균 $J \approx 1.3377$", (-log(ak[0]) - log(1 - ak[1]))/2, "1.3377")
C(f, r"$dz = a - y = (-0.6225,\ 0.8176)$ 이므로", dzk[0], "-0.6225")
C(f, r"\big(1 \cdot (-0.6225) + 2 \cdot 0.8176\big) \approx 0.5063$$", (Xk.T @ dzk)[0]/2, "0.5063")
C(f, r"\big(2 \cdot (-0.6225) + (-1) \cdot 0.8176\big) \approx -1.0312$$", (Xk.T @ dzk)[1]/2, "-1.0312")
W(f, r"{2} \approx 0.1951$$", dzk.mean(), "0.1951")
wk = np.array([0.5, -0.5]) - 0.1*(Xk.T @ dzk)/2
C(f, r"$w \leftarrow (0.5 - 0.0506,\ -0.5 + 0.1031) = (0.4494,\ -0.3969)$", wk[0], "0.4494"); C(f, r"= (0.4494,\ -0.3969)$", wk[1], "-0.3969")
C(f, r"$b \leftarrow 0 - 0.1 \times 0.0976 \approx -0.0098$", -0.1*dzk.mean(), "-0.0098")

f = "ko/ko24_softmax_ce_tistory.md"
zk2 = np.array([2, 0, -1.]); pk2 = np.exp(zk2)/np.exp(zk2).sum()
C(f, r"| 0 | 2 | 7.3891 | 0.8438 |", pk2[0], "0.8438"); C(f, r"| 1 | 0 | 1 | 0.1142 |", pk2[1], "0.1142"); C(f, r"| 2 | -1 | 0.3679 | 0.0420 |", pk2[2], "0.0420"); C(f, r"| 2 | -1 | 0.3679 | 0.0420 |", exp(-1), "0.3679"); C(f, r"| 0 | 2 | 7.3891 | 0.8438 |", exp(2), "7.3891")
C(f, r"분모는 $7.3891 + 1 + 0.3679 = 8.7570$ 입니다.", 7.3891 + 1 + 0.3679, "8.7570")
W(f, r"$$L = -\log p_0 = -\log 0.8438 \approx 0.1968$$", -log(pk2[0]), "0.1968")
C(f, r"$$\nabla_z L = (0.8438 - 1,\ 0.1142,\ 0.0420) = (-0.1562,\ 0.1142,\ 0.0420)$$", pk2[0] - 1, "-0.1562")
C(f, r"$-0.1562 + 0.1142 + 0.0420 = 0$", -0.1562 + 0.1142 + 0.0420, "0", tol=1e-9)
pk3 = np.exp(2*zk2)/np.exp(2*zk2).sum()
C(f, r"\approx 0.9796$ 이고", pk3[0], "0.9796"); C(f, r"+ 0.1353} \approx 0.9796$", exp(4), "54.598"); C(f, r"+ 0.1353} \approx 0.9796$", exp(-2), "0.1353")
C(f, r"손실은 $-\log 0.9796 \approx 0.0206$ 으로 약 8분의 1이 됩니다", -log(pk3[0]), "0.0206"); C(f, r"으로 약 8분의 1이 됩니다", -log(pk2[0])/-log(pk3[0]), "8", tol=0.6)

f = "ko/ko24_gd_learning_rate_notes.md"
wS = sp.Symbol("w", real=True); eS = sp.Symbol("eta", positive=True)
S(f, r"정리하면 $w_{t+1} - 3 = (1 - 2\eta)(w_t - 3)$", (wS - eS*2*(wS - 3)) - 3 - (1 - 2*eS)*(wS - 3))
C(f, r"- $w_1 = 0 - 0.1 \times 2 \times (-3) = 0.6$", 0.6, "0.6")
W(f, r"- $w_2 = 0.6 - 0.1 \times 2 \times (-2.4) = 0.6 + 0.48 = 1.18$", 0.6 + 0.48, "1.18")
C(f, r"공식으로 보면 $w_2 = 3 - 3 \times 0.8^2 = 3 - 1.92 = 1.08$", 3 - 3*0.64, "1.08"); C(f, r"3 - 1.92 = 1.08", 3*0.8**2, "1.92")
C(f, r"- $w_3 = 3 - 3 \times 0.8^3 = 3 - 1.536 = 1.464$", 3 - 3*0.8**3, "1.464"); C(f, r"3 - 1.536 = 1.464", 3*0.8**3, "1.536")
C(f, r"한 번에 $w_1 = 0 - 0.5 \times (-6) = 3$", 3, "3", tol=0)
C(f, r"**η = 1.1**: 배율이 $1 - 2.2 = -1.2$", 1 - 2.2, "-1.2")
def traj(lr):
    w_ = 0.; out = []
    for _ in range(3):
        w_ = w_ - lr*2*(w_ - 3); out.append(w_)
    return out
for t_ in range(3):
    a_, b_, c_ = traj(0.1)[t_], traj(0.5)[t_], traj(1.1)[t_]
    row = f"| {t_ + 1} | {a_:.4g} | 3 | {c_:.4g} |"
    C(f, row, a_, f"{a_:.4g}"); C(f, row, c_, f"{c_:.4g}")
C(f, r"여기선 $L = 2$ 니까 $2/L = 1$ 로 일치", 1, "1", tol=0)

f = "ko/ko24_batchnorm_forward_colab.ipynb"
xb = np.array([2, 4, 6, 12.]); xhb = (xb - 6)/np.sqrt(14 + 1e-5)
C(f, r"$\mu_B = (2 + 4 + 6 + 12)/4 = 6$", xb.mean(), "6", tol=0)
C(f, r"= \frac{56}{4} = 14$, $\sqrt{14} \approx 3.7417$", xb.var(), "14", tol=0); C(f, r"$\sqrt{14} \approx 3.7417$", sqrt(14), "3.7417")
C(f, r"| 2 | -4 | $-4/3.7417 = -1.0690$ | -1.6381 |", xhb[0], "-1.0690"); C(f, r"| 2 | -4 | $-4/3.7417 = -1.0690$ | -1.6381 |", 2*xhb[0] + 0.5, "-1.6381")
C(f, r"| 4 | -2 | $-2/3.7417 = -0.5345$ | -0.5690 |", xhb[1], "-0.5345"); C(f, r"| 4 | -2 | $-2/3.7417 = -0.5345$ | -0.5690 |", 2*xhb[1] + 0.5, "-0.5690")
C(f, r"| 6 | 0 | $0/3.7417 = 0$ | 0.5 |", 2*xhb[2] + 0.5, "0.5")
W(f, r"| 12 | 6 | $6/3.7417 = 1.6306$ | 3.7071 |", xhb[3], "1.6306")
C(f, r"$\hat x$의 평균은 $0$, 분산은 $(1.1429 + 0.2857 + 0 + 2.5714)/4 \approx 1$", (xhb**2).mean(), "1", tol=1e-3); C(f, r"(1.1429 + 0.2857", 16/14, "1.1429"); C(f, r"+ 2.5714)/4", 36/14, "2.5714")
C(f, r"- running_mean $= 0.9 \times 0 + 0.1 \times 6 = 0.6$", 0.6, "0.6")
C(f, r"불편분산을 쓰므로 $14 \times 4/3 \approx 18.667$", 14*4/3, "18.667"); C(f, r"running_var $= 0.9 \times 1 + 0.1 \times 18.667 \approx 2.767$", 0.9 + 0.1*56/3, "2.767")

f = "ko/ko24_pooling_backward_wikidocs.md"
Xp = np.array([[1, 3, 2, 0], [4, 2, 1, 5], [0, 1, 3, 2], [2, 6, 1, 1.]]); blocks = [Xp[i:i+2, j:j+2] for i in (0, 2) for j in (0, 2)]
C(f, r"출력 크기는 $(4 - 2)/2 + 1 = 2$ 이므로", 2, "2", tol=0)
C(f, r"$$Y_{\max} = \begin{pmatrix} 4 & 5 \\ 6 & 3 \end{pmatrix}$$", np.abs(np.array([b.max() for b in blocks]) - [4, 5, 6, 3]).sum(), "3", val=0, tol=0)
C(f, r"블록 평균은 $(1 + 3 + 4 + 2)/4 = 2.5$", blocks[0].mean(), "2.5"); C(f, r"$(2 + 0 + 1 + 5)/4 = 2$", blocks[1].mean(), "2", tol=0); C(f, r"$(0 + 1 + 2 + 6)/4 = 2.25$", blocks[2].mean(), "2.25"); C(f, r"$(3 + 2 + 1 + 1)/4 = 1.75$", blocks[3].mean(), "1.75")
dY = np.array([[0.1, -0.2], [0.3, 0.4]]); dXp = np.zeros((4, 4))
for bi, (i, j) in enumerate([(0, 0), (0, 2), (2, 0), (2, 2)]):
    k = np.unravel_index(blocks[bi].argmax(), (2, 2)); dXp[i + k[0], j + k[1]] = dY.flat[bi]
C(f, r"$$\frac{\partial L}{\partial X}\Big|_{\max} = \begin{pmatrix} 0 & 0 & 0 & 0 \\ 0.1 & 0 & 0 & -0.2 \\ 0 & 0 & 0.4 & 0 \\ 0 & 0.3 & 0 & 0 \end{pmatrix}$$", np.abs(dXp - np.array([[0, 0, 0, 0], [0.1, 0, 0, -0.2], [0, 0, 0.4, 0], [0, 0.3, 0, 0]])).sum(), "0.1", val=0, tol=1e-12)
C(f, r"왼쪽 위 블록은 $0.1/4 = 0.025$, 오른쪽 위는 $-0.05$", 0.1/4, "0.025"); C(f, r"오른쪽 위는 $-0.05$", -0.2/4, "-0.05")
C(f, r"왼쪽 아래 $0.075$, 오른쪽 아래 $0.1$.", 0.3/4, "0.075")
C(f, r"$0.1 - 0.2 + 0.3 + 0.4 = 0.6$", dY.sum(), "0.6")

f = "ko/ko24_vector_mse_gradient_notes.md"
Xv = np.array([[1, 1], [1, 2], [1, 3.]]); yv = np.array([2, 2, 5.]); rv = Xv @ np.array([0, 1.]) - yv
wv = sp.Matrix(sp.symbols("w1 w2")); Xvs = sp.Matrix([[1, 1], [1, 2], [1, 3]]); yvs = sp.Matrix([2, 2, 5])
Jv = ((Xvs*wv - yvs).T*(Xvs*wv - yvs))[0]/3
S(f, r"$$\nabla_{\mathbf{w}}J = \frac{2}{n}X^\top(X\mathbf{w} - \mathbf{y})$$", (sp.Matrix([sp.diff(Jv, v) for v in wv]) - sp.Rational(2, 3)*Xvs.T*(Xvs*wv - yvs)).norm()**2)
C(f, r"잔차: $X\mathbf{w} - \mathbf{y} = (1 - 2,\ 2 - 2,\ 3 - 5) = (-1,\ 0,\ -2)$", rv[2], "-2", tol=0); C(f, r"그러므로 $J = (1 + 0 + 4)/3 \approx 1.667$", (rv**2).mean(), "1.667")
W(f, r"= \begin{pmatrix} -3 \\ -5 \end{pmatrix}$$", (Xv.T @ rv)[1], "-5")
C(f, r"\frac{2}{3}\begin{pmatrix} -3 \\ -7 \end{pmatrix} \approx \begin{pmatrix} -2 \\ -4.667 \end{pmatrix}$$", 2/3*(Xv.T @ rv)[1], "-4.667")
C(f, r"학습률 $0.1$ 로 한 스텝: $\mathbf{w} \leftarrow (0 + 0.2,\ 1 + 0.4667) = (0.2,\ 1.4667)$", 1 - 0.1*2/3*(Xv.T @ rv)[1], "1.4667"); C(f, r"= (0.2,\ 1.4667)$", 0.2, "0.2")
C(f, r"$X^\top X = \begin{pmatrix} 3 & 6 \\ 6 & 14 \end{pmatrix}$, $X^\top\mathbf{y} = (9,\ 21)^\top$", (Xv.T @ yv)[1], "21", tol=0); C(f, r"$X^\top X = \begin{pmatrix} 3 & 6 \\ 6 & 14", (Xv.T @ Xv)[1, 1], "14", tol=0)
ws_ = np.linalg.solve(Xv.T @ Xv, Xv.T @ yv)
S(f, r"\begin{pmatrix} 9 \\ 21 \end{pmatrix} = \begin{pmatrix} 0 \\ 1.5 \end{pmatrix}$$", (sp.Matrix([[14, -6], [-6, 3]])/6*sp.Matrix([9, 21]) - sp.Matrix([0, sp.Rational(3, 2)])).norm() + (sp.Matrix([[3, 6], [6, 14]]).inv() - sp.Matrix([[14, -6], [-6, 3]])/6).norm())
rs_ = yv - Xv @ ws_
C(f, r"최소 손실은 $J^* = (0.25 + 1 + 0.25)/3 = 0.5$", (rs_**2).mean(), "0.5")

f = "ko/ko24_conv_output_size_stride2.md"
C(f, r"- $O = (32 + 4 - 5)/1 + 1 = 32$", (32 + 4 - 5)//1 + 1, "32", tol=0)
C(f, r"- 파라미터: $5 \times 5 \times 3 \times 16 + 16 = 1216$", 5*5*3*16 + 16, "1216", tol=0)
C(f, r"$O = (32 - 2)/2 + 1 = 16$", 16, "16", tol=0)
W(f, r"- $O = \lfloor (16 + 2 - 3)/2 \rfloor + 1 = 9$", (16 + 2 - 3)//2 + 1, "9", tol=0.1)
C(f, r"내림하면 $7$, 더하기 1 해서 $8$", 15//2 + 1, "8", tol=0); C(f, r"헷갈려서 다시: $15/2 = 7.5$", 15/2, "7.5")
C(f, r"- 파라미터: $3 \times 3 \times 16 \times 32 + 32 = 4640$", 3*3*16*32 + 32, "4640", tol=0)
C(f, r"FC 파라미터는 $32 \times 10 + 10 = 330$", 330, "330", tol=0)
C(f, r"총 파라미터 $= 1216 + 4640 + 330 = 6186$", 1216 + 4640 + 330, "6186", tol=0)
C(f, r"FC 하나가 $8 \times 8 \times 32 \times 10 + 10 = 20490$", 8*8*32*10 + 10, "20490", tol=0)
C(f, r"\approx 77.8\%$ 를 차지합니다", 100*20490/(1216 + 4640 + 20490), "77.8")

f = "ko/ko24_two_layer_sigmoid_backprop_colab.ipynb"
sgm = lambda z: 1/(1 + np.exp(-z))
X8 = np.array([[1, 0], [2, 1.]]); Y8 = np.array([[1, 0.]]); W18 = np.array([[0.5, -0.5], [0.2, 0.1]]); W28 = np.array([[1., -2]])
Z18 = W18 @ X8; A18 = sgm(Z18); Z28 = W28 @ A18; A28 = sgm(Z28); J8 = -(Y8*np.log(A28) + (1 - Y8)*np.log(1 - A28)).mean()
dZ28 = A28 - Y8; dW28 = dZ28 @ A18.T/2; dZ18 = (W28.T @ dZ28)*A18*(1 - A18); dW18 = dZ18 @ X8.T/2
C(f, r"$$Z^{[1]} = W^{[1]}X = \begin{pmatrix} -0.5 & -0.5 \\ 0.4 & 0.1 \end{pmatrix}", Z18[1, 0], "0.4"); C(f, r"$$Z^{[1]} = W^{[1]}X = \begin{pmatrix} -0.5 & -0.5 \\ 0.4 & 0.1 \end{pmatrix}", Z18[1, 1], "0.1")
for (i_, j_, v_) in [(0, 0, "0.3775"), (1, 0, "0.5987"), (1, 1, "0.5250")]:
    C(f, r"A^{[1]} \approx \begin{pmatrix} 0.3775 & 0.3775", A18[i_, j_], v_)
C(f, r"$Z^{[2]} \approx (-0.8198,\ -0.6724)$", Z28[0, 0], "-0.8198"); C(f, r"$Z^{[2]} \approx (-0.8198,\ -0.6724)$", Z28[0, 1], "-0.6724")
C(f, r"$A^{[2]} \approx (0.3058,\ 0.3380)$", A28[0, 0], "0.3058"); C(f, r"$A^{[2]} \approx (0.3058,\ 0.3380)$", A28[0, 1], "0.3380"); C(f, r"비용 $J \approx 0.7986$", J8, "0.7986")
C(f, r"$$dZ^{[2]} = A^{[2]} - Y \approx (-0.6942,\ 0.3380)$$", dZ28[0, 0], "-0.6942")
C(f, r"\approx (-0.0672,\ -0.1191), \qquad db^{[2]} \approx -0.1781$$", dW28[0, 0], "-0.0672"); C(f, r"\approx (-0.0672,\ -0.1191)", dW28[0, 1], "-0.1191"); C(f, r"db^{[2]} \approx -0.1781$$", dZ28.mean(), "-0.1781")
for (i_, j_, v_) in [(0, 0, "-0.1631"), (0, 1, "0.0794"), (1, 0, "0.3336"), (1, 1, "-0.1686")]:
    C(f, r"A^{[1]}(1 - A^{[1]}) \approx \begin{pmatrix}", dZ18[i_, j_], v_)
W(f, r"\frac{1}{m}dZ^{[1]}X^\top \approx \begin{pmatrix} -0.0816", dW18[1, 1], "0.2943")
C(f, r"$db^{[1]} \approx (-0.0419,\ 0.0825)$", dZ18.mean(axis=1)[0], "-0.0419"); C(f, r"$db^{[1]} \approx (-0.0419,\ 0.0825)$", dZ18.mean(axis=1)[1], "0.0825")

f = "ko/ko24_bayes_covid_test_notes.md"
pp_ = 0.95*0.02 + 0.1*0.98
C(f, r"$$P(+) = 0.95 \times 0.02 + 0.10 \times 0.98 = 0.019 + 0.098 = 0.117$$", pp_, "0.117")
C(f, r"= \frac{0.019}{0.117} \approx 0.1624$$", 0.019/pp_, "0.1624")
C(f, r"실제 감염일 확률은 약 $16.2\%$", 100*0.019/pp_, "16.2")
C(f, r"감염자 $200$명 중 $190$명이 양성", 200*0.95, "190", tol=0); C(f, r"$9{,}800$명 중 $980$명이 위양성", 9800*0.1, "980", tol=0)
W(f, r"양성 $1{,}170$명 중 진짜는 $190$명, 즉 $190/1170 \approx 1.62\%$.", 100*190/1170, "1.62")
C(f, r"{0.95 \times 0.1624 + 0.10 \times 0.8376} \approx \frac{0.1543}{0.2380} \approx 0.648$$", 0.95*0.1624/(0.95*0.1624 + 0.1*0.8376), "0.648"); C(f, r"\approx \frac{0.1543}{0.2380}", 0.95*0.1624, "0.1543"); C(f, r"\approx \frac{0.1543}{0.2380}", 0.95*0.1624 + 0.1*0.8376, "0.2380")
C(f, r"두 번 연속 양성이면 약 $65\%$", 64.8, "65", tol=0.6); C(f, r"{0.05 \times 0.02 + 0.9 \times 0.98} \approx 0.0011$", 0.001/(0.001 + 0.882), "0.0011")

f = "ko/ko24_loan_annuity_compound.md"
C(f, r"- $(1.005)^{36} \approx 1.19668$, 그래서 $(1.005)^{-36} \approx 0.83564$", 1.005**36, "1.19668"); C(f, r"그래서 $(1.005)^{-36} \approx 0.83564$", 1.005**-36, "0.83564")
C(f, r"- 분모 $= 1 - 0.83564 = 0.16436$", 1 - 0.83564, "0.16436")
C(f, r"- 분자 $= 10{,}000{,}000 \times 0.005 = 50{,}000$원", 1e7*0.005, "50{,}000")
C(f, r"$$M = \frac{50{,}000}{0.16436} \approx 304{,}210\ \text{원}$$", 50000/0.16436, "304{,}210", tol=1)
C(f, r"반올림 없이 계산하면 $M \approx 304{,}219$원", 1e7*0.005/(1 - 1.005**-36), "304{,}219")
C(f, r"$304{,}219 \times 36 = 10{,}951{,}884$원", 304219*36, "10{,}951{,}884"); C(f, r"**총 이자**: 약 $951{,}884$원", 304219*36 - 1e7, "951{,}884"); C(f, r"(원금의 약 $9.5\%$)", 100*951884/1e7, "9.5")
C(f, r"| 단리 | $10{,}000{,}000 \times 1.06$ | $10{,}600{,}000$원 |", 1e7*1.06, "10{,}600{,}000", tol=1e-6)
C(f, r"| 월복리 | $10{,}000{,}000 \times 1.005^{12}$ | $10{,}616{,}778$원 |", 1e7*1.005**12, "10{,}616{,}778")
C(f, r"차이는 $16{,}778$원, 실효 연이율은 $1.005^{12} - 1 \approx 6.17\%$", 100*(1.005**12 - 1), "6.17"); C(f, r"차이는 $16{,}778$원", 1e7*1.005**12 - 1.06e7, "16{,}778")

f = "ko/ko24_heater_power_bill_units.md"
C(f, r"$$P = V \times I = 220\ \text{V} \times 5\ \text{A} = 1100\ \text{W} = 1.1\ \text{kW}$$", 220*5, "1100", tol=0); C(f, r"= 1100\ \text{W} = 1.1\ \text{kW}$$", 1.1, "1.1")
C(f, r"사용 시간은 $3\ \text{h} \times 30 = 90\ \text{h}$", 90, "90", tol=0)
W(f, r"$$E = 1.1\ \text{kW} \times 90\ \text{h} = 9.9\ \text{kWh}$$", 1.1*90, "9.9")
C(f, r"$$99\ \text{kWh} \times 150\ \text{원/kWh} = 14{,}850\ \text{원}$$", 99*150, "14{,}850")
C(f, r"하루로 나누면 $14850 / 30 = 495$원", 14850/30, "495", tol=0)
C(f, r"$R = V/I = 220/5 = 44\ \Omega$", 220/5, "44", tol=0)
C(f, r"$I = 2000/220 \approx 9.09\ \text{A}$", 2000/220, "9.09")
C(f, r"$2\ \text{kW} \times 90\ \text{h} = 180\ \text{kWh}$, 요금은 $27{,}000$원", 2*90, "180", tol=0); C(f, r"요금은 $27{,}000$원", 180*150, "27{,}000")
C(f, r"$99\ \text{kWh} \approx 3.56 \times 10^8\ \text{J}$", 99*3.6e6/1e8, "3.56")
f = "ko/ko24_bayes_covid_test_notes.md"
C(f, r"음성은 $0.05 \times 0.02 + 0.9 \times 0.98 = 0.883$", 0.05*0.02 + 0.9*0.98, "0.883")
f = "ko/ko24_heater_power_bill_units.md"
C(f, r"한 달에 $99 \times 0.46 \approx 45.5\ \text{kg}$", 99*0.46, "45.5")
f = "ko/ko24_loan_annuity_compound.md"
C(f, r"월 이율은 $r = 0.06/12 = 0.005$.", 0.06/12, "0.005")
f = "ko/ko24_gd_learning_rate_notes.md"
S(f, r"미분은 $f'(w) = 2(w - 3)$.", sp.diff((wS - 3)**2, wS) - 2*(wS - 3))


f = "ko/ko24_gear_ratio_torque_notebook.ipynb"
w1g = 3000*2*pi/60
C(f, r"기어비는 $i = z_2/z_1 = 48/12 = 4$.", 48/12, "4", tol=0)
C(f, r"출력축 회전수: $n_2 = n_1/i = 3000/4 = 750\ \text{rpm}$", 3000/4, "750", tol=0)
C(f, r"이상적인 경우 토크는 기어비만큼 커진다: $\tau_2 = 4 \times 2 = 8\ \text{N·m}$", 8, "8", tol=0)
C(f, r"효율 $\eta = 95\%$ 를 반영하면 $\tau_2 = 0.95 \times 8 = 7.6\ \text{N·m}$", 0.95*8, "7.6")
C(f, r"각속도 $\omega_1 = 3000 \times 2\pi/60 \approx 314.16\ \text{rad/s}$", w1g, "314.16")
C(f, r"$$P_1 = \tau_1\omega_1 = 2\ \text{N·m} \times 314.16\ \text{rad/s} \approx 628.3\ \text{W}$$", 2*w1g, "628.3")
C(f, r"출력측: $\omega_2 = 314.16/4 = 78.54\ \text{rad/s}$", w1g/4, "78.54"); C(f, r"$P_2 = 7.6 \times 78.54 \approx 596.9\ \text{W}$", 7.6*w1g/4, "596.9"); C(f, r"즉 입력의 $95\%$", 100*7.6*w1g/4/(2*w1g), "95")
C(f, r"전체 기어비는 $4 \times 3 = 12$, 최종 회전수는 $3000/12 = 250\ \text{rpm}$", 3000/12, "250", tol=0)
C(f, r"전체 효율은 $0.95^2 = 0.9025$", 0.95**2, "0.9025"); C(f, r"최종 토크는 $2 \times 12 \times 0.9025 = 21.66\ \text{N·m}$", 2*12*0.9025, "21.66")
# ---------------------------------------------------------------- zh
f = "zh/zh24_swish_derivative_csdn.md"
sw = X/(1 + sp.exp(-X)); sgS = 1/(1 + sp.exp(-X))
S(f, r"$$f'(x) = \sigma(x) + x\,\sigma(x)\big(1 - \sigma(x)\big)$$", sp.diff(sw, X) - (sgS + X*sgS*(1 - sgS)))
S(f, r"也可以整理成 $f'(x) = f(x) + \sigma(x)\big(1 - f(x)\big)$", sp.diff(sw, X) - (sw + sgS*(1 - sw)))
C(f, r"解：$\sigma(1) \approx 0.7311$，$\sigma(1)(1 - \sigma(1)) \approx 0.1966$", sig(1), "0.7311"); C(f, r"解：$\sigma(1) \approx 0.7311$", sig(1)*(1 - sig(1)), "0.1966")
C(f, r"$$f'(1) = 0.7311 + 1 \times 0.1966 = 0.9277$$", sig(1) + sig(1)*(1 - sig(1)), "0.9277")
C(f, r"同理 $\sigma(-1) \approx 0.2689$", sig(-1), "0.2689")
W(f, r"$$f'(-1) = 0.2689 + (-1) \times 0.1966 = 0.4655$$", sig(-1) - sig(-1)*(1 - sig(-1)), "0.4655")
C(f, r"$f'(2) = 0.8808 + 2 \times 0.8808 \times 0.1192 \approx 1.0908$", sig(2) + 2*sig(2)*(1 - sig(2)), "1.0908"); C(f, r"$x = 2$ 时 $\sigma(2) \approx 0.8808$", sig(2), "0.8808")
C(f, r"另外 $f(1) \approx 0.7311$，$f(-1) \approx -0.2689$", -sig(-1), "-0.2689")
C(f, r"| $-1$ | $-0.2689$ | $0.0723$ |", sig(-1) - sig(-1)*(1 - sig(-1)), "0.0723"); C(f, r"| $1$ | $0.7311$ | $0.9277$ |", sig(1) + sig(1)*(1 - sig(1)), "0.9277")
C(f, r"| $2$ | $1.7616$ | $1.0908$ |", 2*sig(2), "1.7616")
S(f, r"故在 $x \to -\infty$ 时 $f'(x) \to 0$", sp.limit(sp.diff(sw, X), X, -sp.oo) + sp.limit(sp.diff(sw, X), X, sp.oo) - 1)

f = "zh/zh24_fc_layer_matrix_grad_zhihu.md"
Wf = np.array([[1., 0, -1], [2, 1, 0]]); xf = np.array([1., -1, 2]); df = np.array([0.5, -1])
Wfs = sp.Matrix(2, 3, sp.symbols("W0:6")); xfs = sp.Matrix(sp.symbols("x0:3")); dfs = sp.Matrix(sp.symbols("d0:2")); Lf = (dfs.T*(Wfs*xfs))[0]
S(f, r"\quad\Longrightarrow\quad \frac{\partial L}{\partial W} = \delta\,x^\top \in \mathbb{R}^{2\times 3}$$", (sp.Matrix(2, 3, lambda i, j: sp.diff(Lf, Wfs[i, j])) - dfs*xfs.T).norm()**2)
S(f, r"即 $\frac{\partial L}{\partial x} = W^\top\delta$", (sp.Matrix([sp.diff(Lf, v) for v in xfs]) - Wfs.T*dfs).norm()**2)
C(f, r"前向：$y = Wx = (1 - 2,\ 2 - 1) = (-1,\ 1)$", (Wf @ xf)[0], "-1", tol=0)
C(f, r"= \begin{pmatrix} 0.5 & -0.5 & 1 \\ -1 & 1 & -2 \end{pmatrix}$$", np.abs(np.outer(df, xf) - [[0.5, -0.5, 1], [-1, 1, -2]]).sum(), "0.5", val=0, tol=1e-12)
C(f, r"= (0.5 - 2,\ 0 - 1,\ -0.5 + 0) = (-1.5,\ -1,\ -0.5)$$", (Wf.T @ df)[0], "-1.5"); C(f, r"= (-1.5,\ -1,\ -0.5)$$", (Wf.T @ df)[2], "-0.5")
C(f, r"$\delta^\top Wx = 0.5 \times (-1) + (-1) \times 1 = -1.5$", df @ Wf @ xf, "-1.5")
C(f, r"逐元素相乘求和：$0.5 + 0 - 1 - 2 + 1 + 0 = -1.5$", (np.outer(df, xf)*Wf).sum(), "-1.5")
C(f, r"= \lVert\delta\rVert^2\lVert x\rVert^2 = 1.25 \times 6 = 7.5$", (np.outer(df, xf)**2).sum(), "7.5")

f = "zh/zh24_adagrad_rmsprop_notebook.ipynb"
C(f, r"第 1 步：$G_1 = 0.16$，$\sqrt{G_1} = 0.4$，$w_1 = 1 - 0.01 \times 0.4/0.4 = 0.99$", 1 - 0.01, "0.99")
C(f, r"第 2 步：$G_2 = 0.16 + 0.04 = 0.2$，$w_2 = 0.99 + 0.01 \times 0.2/\sqrt{0.2} \approx 0.99 + 0.00447 = 0.99447$", 0.99 + 0.01*0.2/sqrt(0.2), "0.99447"); C(f, r"\approx 0.99 + 0.00447", 0.01*0.2/sqrt(0.2), "0.00447")
C(f, r"第 1 步：$s_1 = 0.1 \times 0.16 = 0.016$，$\sqrt{0.016} \approx 0.1265$", sqrt(0.016), "0.1265"); C(f, r"步长 $0.01 \times 0.4/0.1265 \approx 0.0316$，$w_1 \approx 0.9684$", 0.004/sqrt(0.016), "0.0316"); C(f, r"$w_1 \approx 0.9684$。", 1 - 0.004/sqrt(0.016), "0.9684")
W(f, r"第 2 步：$s_2 = 0.9 \times 0.016 + 0.1 \times 0.04 = 0.0148$", 0.9*0.016 + 0.1*0.04, "0.0148")
w1r = 1 - 0.004/sqrt(0.016); s2r = 0.0184
C(f, r"代入 $s_2 = 0.0184$：$\sqrt{0.0184} \approx 0.1356$", sqrt(s2r), "0.1356"); C(f, r"$w_2 \approx 0.9684 + 0.01 \times 0.2/0.1356 \approx 0.9831$", w1r + 0.002/sqrt(s2r), "0.9831")
C(f, r"| Adagrad | 0.99 | 0.9945 |", 0.99 + 0.01*0.2/sqrt(0.2), "0.9945"); C(f, r"| RMSProp | 0.9684 | 0.9831 |", w1r + 0.002/sqrt(s2r), "0.9831")
C(f, r"约是 Adagrad 的 $0.0316/0.01 \approx 3.16$ 倍", 0.0316/0.01, "3.16"); C(f, r"即 $1/\sqrt{0.1} \approx 3.16$", 1/sqrt(0.1), "3.16")

f = "zh/zh24_dropout_bn_exam.md"
C(f, r"\frac{(2, 0, 0, 1)}{0.5} = (4, 0, 0, 2)$", 1/0.5, "2", tol=0)
pS, hS = sp.symbols("p h", positive=True)
S(f, r"对任一分量 $\mathbb{E}[\tilde h_i] = p \cdot \frac{h_i}{p} + (1 - p) \cdot 0 = h_i$", pS*hS/pS - hS)
C(f, r"解：$\hat x = \frac{3 - 1}{\sqrt 4} = 1$，$y = 1.5 \times 1 - 1 = 0.5$", (3 - 1)/2*1.5 - 1, "0.5")
C(f, r"其中 $a = \gamma/\sqrt{\sigma^2} = 0.75$，$c = \beta - a\mu = -1.75$", 1.5/2, "0.75"); C(f, r"$c = \beta - a\mu = -1.75$", -1 - 0.75, "-1.75"); C(f, r"验证 $0.75 \times 3 - 1.75 = 0.5$", 0.75*3 - 1.75, "0.5")
C(f, r"可学习参数 $\gamma, \beta$ 各 64 个，共 $2 \times 64 = 128$", 128, "128", tol=0)
C(f, r"故 `state_dict` 中浮点数总数为 $128 + 128 = 256$", 256, "256", tol=0)

f = "zh/zh24_gini_entropy_split.md"
C(f, r"$$\text{Gini}(D) = 1 - 0.6^2 - 0.4^2 = 1 - 0.36 - 0.16 = 0.48$$", 1 - 0.36 - 0.16, "0.48")
C(f, r"$$H(D) = -0.6\log_2 0.6 - 0.4\log_2 0.4 \approx 0.971\ \text{bit}$$", -0.6*log2(0.6) - 0.4*log2(0.4), "0.971")
W(f, r"- 右：$\text{Gini}_R = 1 - (1/3)^2 - (2/3)^2 = 1 - 1/9 - 4/9 = 0.5556$", 1 - 1/9 - 4/9, "0.5556")
C(f, r"- 右：$H_R = -\frac13\log_2\frac13 - \frac23\log_2\frac23 \approx 0.918$", -(1/3)*log2(1/3) - (2/3)*log2(2/3), "0.918")
C(f, r"加权基尼：$\frac{4}{10} \times 0 + \frac{6}{10} \times 0.4444 \approx 0.2667$", 0.6*4/9, "0.2667"); C(f, r"基尼下降 $0.48 - 0.2667 = 0.2133$", 0.48 - 0.6*4/9, "0.2133")
C(f, r"加权熵：$0.6 \times 0.918 \approx 0.551$", 0.6*0.918, "0.551"); C(f, r"信息增益 $IG = 0.971 - 0.551 = 0.420$", 0.971 - 0.551, "0.420")
C(f, r"二分类时基尼的最大值是 $0.5$", 1 - 0.25 - 0.25, "0.5")

f = "zh/zh24_trapezoid_ln3_notebook.ipynb"
T2 = 1*((1 + 1/3)/2 + 0.5); T4 = 0.5*((1 + 1/3)/2 + 2/3 + 0.5 + 0.4)
C(f, r"精确值 $\ln 3 \approx 1.098612$", log(3), "1.098612")
C(f, r"= 0.6667 + 0.5 \approx 1.1667$", T2, "1.1667"); C(f, r"\right] = 0.6667 + 0.5", (1 + 1/3)/2, "0.6667")
C(f, r"节点值为 $1,\ 0.6667,\ 0.5,\ 0.4,\ 0.3333$", 1/1.5, "0.6667")
C(f, r"= 0.5 \times 2.2333 \approx 1.1167$$", T4, "1.1167"); C(f, r"= 0.5 \times 2.2333", 2/3 + 2/3 + 0.5 + 0.4, "2.2333")
C(f, r"误差：$T_2 - \ln 3 \approx 0.0681$", T2 - log(3), "0.0681"); C(f, r"$T_4 - \ln 3 \approx 0.0181$", T4 - log(3), "0.0181"); C(f, r"比值约 $3.8$", (T2 - log(3))/(T4 - log(3)), "3.8")
C(f, r"\frac{4.4667 - 1.1667}{3} = 1.1$", (4*T4 - T2)/3, "1.1"); C(f, r"误差降到约 $0.0014$", (4*T4 - T2)/3 - log(3), "0.0014")

f = "zh/zh24_llm_training_cost_units.md"
Cf = 6*1.3e9*26e9
C(f, r"$$C = 6 \times 1.3 \times 10^9 \times 26 \times 10^9 = 2.028 \times 10^{20}\ \text{FLOPs}$$", Cf/1e20, "2.028")
C(f, r"有效算力为 $312 \times 0.4 = 124.8\ \text{TFLOP/s}$", 312*0.4, "124.8")
C(f, r"{1.248 \times 10^{14}\ \text{FLOP/s}} = 1.625 \times 10^{6}\ \text{s}$$", Cf/1.248e14/1e6, "1.625")
W(f, r"换成 GPU 时：$1.625 \times 10^6 / 3600 \approx 4514$ GPU·时", Cf/1.248e14/3600, "4514")
C(f, r"费用约 $451.4 \times 8 \approx 3611$ 元", 451.4*8, "3611")
C(f, r"墙钟时间约 $451.4 / 64 \approx 7.05$ 小时", 451.4/64, "7.05")
C(f, r"| GPU 时 | 451.4 |", Cf/1.248e14/3600, "451.4")
C(f, r"注意 $D/N = 26/1.3 = 20$", 26/1.3, "20", tol=1e-9)
f = "zh/zh24_dropout_bn_exam.md"
C(f, r"注意这里只有 $p$ 变了，缩放因子 $1/p = 1.25$", 1/0.8, "1.25")
f = "zh/zh24_fc_layer_matrix_grad_zhihu.md"
Xb_ = sp.Matrix(3, 2, sp.symbols("X0:6")); Db_ = sp.Matrix(2, 2, sp.symbols("D0:4")); Lb_ = sum((Db_[:, k].T*(Wfs*Xb_[:, k]))[0] for k in range(2))
S(f, r"则 $\frac{\partial L}{\partial W} = \Delta X^\top$", (sp.Matrix(2, 3, lambda i, j: sp.diff(Lb_, Wfs[i, j])) - Db_*Xb_.T).norm()**2)
f = "zh/zh24_gini_entropy_split.md"
C(f, r"加权基尼仍是 $0.48$，增益为 $0$", 1 - 0.36 - 0.16, "0.48")
f = "zh/zh24_dropout_bn_exam.md"
C(f, r"解：$\tilde h = (2, 0, 0, 1)/0.8 = (2.5, 0, 0, 1.25)$", 2/0.8, "2.5"); C(f, r"解：$\tilde h = (2, 0, 0, 1)/0.8 = (2.5, 0, 0, 1.25)$", 1/0.8, "1.25")


f = "zh/zh24_springs_series_parallel.md"
C(f, r"**解**：物体重力 $F = mg = 5 \times 9.8 = 49\ \text{N}$", 49, "49", tol=1e-9)
C(f, r"= \frac{1}{200} + \frac{1}{300} = \frac{1}{120}$$", 1/(1/200 + 1/300), "120", tol=1e-9)
C(f, r"即 $k_串 = 120\ \text{N/m}$，伸长量 $x_串 = F/k_串 = 49/120 \approx 0.408\ \text{m}$", 49/120, "0.408")
C(f, r"其中第一根伸长 $49/200 = 0.245\ \text{m}$", 49/200, "0.245"); C(f, r"第二根伸长 $49/300 \approx 0.163\ \text{m}$", 49/300, "0.163"); C(f, r"两者之和 $0.408\ \text{m}$", 49/200 + 49/300, "0.408")
C(f, r"$k_并 = k_1 + k_2 = 500\ \text{N/m}$，$x_并 = 49/500 = 0.098\ \text{m}$", 49/500, "0.098")
C(f, r"= \frac{2401}{240} \approx 10.0\ \text{J}", 2401/240, "10.0"); C(f, r"E_并 = \frac{2401}{1000} \approx 2.40\ \text{J}$$", 0.5*500*0.098**2, "2.40")
C(f, r"- 串联：$T = 2\pi\sqrt{5/120} \approx 1.28\ \text{s}$", 2*pi*sqrt(5/120), "1.28")
C(f, r"- 并联：$T = 2\pi\sqrt{5/500} = 0.2\pi \approx 0.628\ \text{s}$", 2*pi*sqrt(5/500), "0.628")
C(f, r"周期约为并联时的 $\sqrt{500/120} \approx 2.04$ 倍", sqrt(500/120), "2.04")
f = "zh/zh24_springs_series_parallel.md"
kS, FS = sp.symbols("k F", positive=True)
S(f, r"**(3) 弹性势能** $E_p = \frac12 kx^2 = \frac{F^2}{2k}$", sp.Rational(1, 2)*kS*(FS/kS)**2 - FS**2/(2*kS))

if __name__ == "__main__":
    report()
