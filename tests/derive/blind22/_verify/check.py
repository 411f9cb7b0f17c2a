"""blind22's claims recomputed (C, W, S, report: corpus_tools/claims.py). Run: python check.py"""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "corpus_tools"))
from claims import *  # the checks, the report and the names the checks compute with
corpus(__file__)
# ---------------------------------------------------------------- en
sig = lambda z: 1/(1 + exp(-z))
f = "en/least_squares_four_points_blog.md"
xs = np.array([0, 1, 2, 3.]); ys = np.array([1, 3, 4, 8.])
C(f, r"$\sum x_i = 6$, $\sum y_i = 16$, so", xs.sum(), "6", tol=0); C(f, r"$\sum x_i = 6$, $\sum y_i = 16$, so", ys.sum(), "16", tol=0)
C(f, r"$\bar x = 1.5$ and $\bar y = 4$", xs.mean(), "1.5"); C(f, r"$\bar x = 1.5$ and $\bar y = 4$", ys.mean(), "4", tol=0)
C(f, r"\sum x_i^2 = 0 + 1 + 4 + 9 = 14", (xs**2).sum(), "14", tol=0)
C(f, r"\sum x_i y_i = 0 + 3 + 8 + 24 = 35", (xs*ys).sum(), "35", tol=0)
C(f, r"= 14 - 4(2.25) = 5, \qquad", 14 - 4*2.25, "5", tol=0)
C(f, r"= 35 - 24 = 11$$", 35 - 4*1.5*4, "11", tol=0)
C(f, r"b = \frac{11}{5} = 2.2", 11/5, "2.2"); C(f, r"a = 4 - 2.2 \times 1.5 = 0.7", 4 - 2.2*1.5, "0.7")
b_, a_ = np.polyfit(xs, ys, 1); C(f, r"the line is $\hat y = 0.7 + 2.2x$", a_, "0.7"); C(f, r"the line is $\hat y = 0.7 + 2.2x$", b_, "2.2")
C(f, r"0.3 + 0.1 - 1.1 + 0.7 = 0", 0.3 + 0.1 - 1.1 + 0.7, "0", tol=1e-9)
W(f, r"0.09 + 0.01 + 1.21 + 0.49 = 1.08", ((ys - a_ - b_*xs)**2).sum(), "1.08")
C(f, r"\text{MSE} = 1.8/4 = 0.45", ((ys - a_ - b_*xs)**2).mean(), "0.45")
C(f, r"\text{SST} = 9 + 1 + 0 + 16 = 26", ((ys - 4)**2).sum(), "26", tol=0)
C(f, r"R^2 = 1 - \frac{1.8}{26} \approx 0.9308", 1 - 1.8/26, "0.9308")

f = "en/mse_vector_gradient_medium.md"
Xm = np.array([[1, 1], [1, 2], [1, 3.]]); ym = np.array([2, 2, 5.]); w0 = np.array([0, 1.])
x1_, x2_, x3_, x4_, x5_, x6_, w1_, w2_, y1_, y2_, y3_ = sp.symbols("x1:7 w1 w2 y1:4", real=True)
Xs = sp.Matrix(3, 2, [x1_, x2_, x3_, x4_, x5_, x6_]); ws = sp.Matrix([w1_, w2_]); yv = sp.Matrix([y1_, y2_, y3_])
Ls = ((Xs*ws - yv).T*(Xs*ws - yv))[0]/3
gsym = sp.Matrix([sp.diff(Ls, w1_), sp.diff(Ls, w2_)]); gform = sp.Rational(2, 3)*Xs.T*(Xs*ws - yv)
S(f, r"= \frac{2}{n}X^\top(X\mathbf{w} - \mathbf{y})$$", (gsym - gform).norm()**2)
S(f, r"Expanding, $L = \frac1n\left(", sp.expand(Ls - ((ws.T*Xs.T*Xs*ws)[0] - 2*(yv.T*Xs*ws)[0] + (yv.T*yv)[0])/3))
r0 = Xm @ w0 - ym
C(f, r"the residual is $\mathbf{r} = X\mathbf{w}_0 - \mathbf{y} = (-1, 0, -2)^\top$", r0[2], "-2", tol=0)
C(f, r"\frac{1 + 0 + 4}{3} = \frac53 \approx 1.667", (r0**2).mean(), "1.667")
C(f, r"(-1 + 0 - 2,\ -1 + 0 - 6)^\top = (-3, -7)^\top", (Xm.T @ r0)[1], "-7", tol=0); C(f, r"(-1 + 0 - 2,\ -1 + 0 - 6)^\top = (-3, -7)^\top", (Xm.T @ r0)[0], "-3", tol=0)
g0 = 2/3*Xm.T @ r0
C(f, r"\frac23(-3, -7)^\top = (-2, -4.667)^\top", g0[1], "-4.667"); C(f, r"\frac23(-3, -7)^\top = (-2, -4.667)^\top", g0[0], "-2", tol=1e-9)
w1v = w0 - 0.1*g0
C(f, r"= (0.2,\ 1.4667)^\top$$", w1v[1], "1.4667"); C(f, r"= (0.2,\ 1.4667)^\top$$", w1v[0], "0.2")
r1 = Xm @ w1v - ym
C(f, r"New residual $(-0.3333, 1.1333, -0.4)^\top$", r1[1], "1.1333"); C(f, r"New residual $(-0.3333, 1.1333, -0.4)^\top", r1[0], "-0.3333")
W(f, r"{3} \approx 0.5815$$", (r1**2).mean(), "0.5815")
C(f, r"from 1.667 to 0.519", (r1**2).mean(), "0.519")

f = "en/logistic_regression_one_step_colab.ipynb"
yh, yy, zz = sp.symbols("yhat y z", positive=True)
S(f, r"\frac{d\hat y}{dz} = \sigma(z)\big(1-\sigma(z)\big) = \hat y(1-\hat y)$$", sp.diff(1/(1 + sp.exp(-zz)), zz) - (1/(1 + sp.exp(-zz)))*(1 - 1/(1 + sp.exp(-zz))))
S(f, r"\frac{\partial L}{\partial z} = -y(1-\hat y) + (1-y)\hat y = \hat y - y", (-yy/yh + (1 - yy)/(1 - yh))*yh*(1 - yh) - (yh - yy))
C(f, r"$z = 0.5 \cdot 1 - 0.25 \cdot 2 + 0.1 = 0.1$", 0.5 - 0.5 + 0.1, "0.1")
C(f, r"\hat y = \sigma(0.1) \approx 0.52498", sig(0.1), "0.52498"); C(f, r"$L = -\ln 0.52498 \approx 0.64440$", -log(sig(0.1)), "0.64440")
W(f, r"0.52498 \times 0.47502 \approx 0.2294", sig(0.1)*(1 - sig(0.1)), "0.2294")
C(f, r"$\partial L/\partial z = 0.52498 - 1 = -0.47502$", sig(0.1) - 1, "-0.47502")
C(f, r"= (-0.47502, -0.95004)$$", 2*(sig(0.1) - 1), "-0.95004")
C(f, r"(0.5 + 0.23751,\ -0.25 + 0.47502) = (0.73751, 0.22502)", 0.5 - 0.5*(sig(0.1) - 1), "0.73751"); C(f, r"(0.5 + 0.23751,\ -0.25 + 0.47502) = (0.73751, 0.22502)", -0.25 - 0.5*2*(sig(0.1) - 1), "0.22502")
C(f, r"b_{\text{new}} = 0.1 + 0.23751 = 0.33751", 0.1 - 0.5*(sig(0.1) - 1), "0.33751")
znew = 0.73751 + 2*0.22502 + 0.33751
C(f, r"$z = 0.73751 + 0.45004 + 0.33751 = 1.52506$", znew, "1.52506"); C(f, r"\hat y = \sigma(1.52506) \approx 0.8213", sig(znew), "0.8213")
C(f, r"$-\ln 0.8213 \approx 0.1969$", -log(sig(znew)), "0.1969")

f = "en/activation_derivatives_qa_answer.md"
S(f, r"= \frac{\cosh^2 x - \sinh^2 x}{\cosh^2 x} = 1 - \tanh^2 x.$$", sp.diff(sp.tanh(x), x) - (1 - sp.tanh(x)**2))
C(f, r"$\tanh(0.5) \approx 0.46212$", tanh(0.5), "0.46212")
C(f, r"= 1 - 0.21355 = 0.78645,$$", tanh(0.5)**2, "0.21355"); C(f, r"= 1 - 0.21355 = 0.78645,$$", 1 - tanh(0.5)**2, "0.78645")
C(f, r"($\tanh'(0) = 1$)", 1 - tanh(0)**2, "1", tol=0)
S(f, r"\sigma'(x) = \sigma(x)\big(1 - \sigma(x)\big), \qquad \operatorname{ReLU}'(x)", sp.diff(1/(1 + sp.exp(-x)), x) - (1/(1 + sp.exp(-x)))*(1 - 1/(1 + sp.exp(-x))))
C(f, r"| 0 | 0.5 | 0.25 |", sig(0)*(1 - sig(0)), "0.25")
C(f, r"| 2 | 0.88080 | 0.10499 |", sig(2), "0.88080"); C(f, r"| 2 | 0.88080 | 0.10499 |", sig(2)*(1 - sig(2)), "0.10499")
C(f, r"Also $\operatorname{ReLU}'(-3) = 0$", 0, "0", tol=0)
S(f, r"A nice cross-check uses $\tanh x = 2\sigma(2x) - 1$", sp.tanh(x).rewrite(sp.exp) - (2/(1 + sp.exp(-2*x)) - 1))
S(f, r"$\tanh'(x) = 4\sigma'(2x)$", sp.diff(sp.tanh(x), x) - 4*(sp.exp(-2*x)/(1 + sp.exp(-2*x))**2))
C(f, r"4\sigma'(1) = 4 \times 0.19661 = 0.78645", sig(1)*(1 - sig(1)), "0.19661"); C(f, r"4\sigma'(1) = 4 \times 0.19661 = 0.78645", 4*sig(1)*(1 - sig(1)), "0.78645")

f = "en/softmax_ce_jacobian_slides.md"
zs = np.array([1.0, 2.0, 0.5]); ez = np.exp(zs); ps = ez/ez.sum()
zz_ = sp.symbols("z1:4", real=True); ee = [sp.exp(v) for v in zz_]; pp = [v/sum(ee) for v in ee]
S(f, r"$\dfrac{\partial p_i}{\partial z_j} = p_i(\delta_{ij} - p_j)$", sum((sp.diff(pp[i], zz_[j]) - pp[i]*((1 if i == j else 0) - pp[j]))**2 for i in range(3) for j in range(3)))
S(f, r"rows sum to zero: $\sum_j p_i(\delta_{ij} - p_j) = p_i - p_i = 0$", sum(pp[0]*((1 if j == 0 else 0) - pp[j]) for j in range(3)))
yo = [0, 1, 0]; Lsym = -sp.log(pp[1])
S(f, r"= -y_j + p_j\sum_i y_i = p_j - y_j$", sum((sp.diff(Lsym, zz_[j]) - (pp[j] - yo[j]))**2 for j in range(3)))
C(f, r"$e^{z} \approx (2.7183,\ 7.3891,\ 1.6487)$, sum $\approx 11.7561$", ez[1], "7.3891"); C(f, r"$e^{z} \approx (2.7183,\ 7.3891,\ 1.6487)$, sum $\approx 11.7561$", ez[2], "1.6487")
C(f, r"$e^{z} \approx (2.7183,\ 7.3891,\ 1.6487)$, sum $\approx 11.7561$", ez.sum(), "11.7561")
for v, s in zip(ps, ("0.2312", "0.6285", "0.1402")):
    C(f, r"$p \approx (0.2312,\ 0.6285,\ 0.1402)$", v, s)
C(f, r"$L = -\ln 0.6285 \approx 0.4644$", -log(ps[1]), "0.4644")
C(f, r"$\nabla_z L = p - y \approx (0.2312,\ -0.3715,\ 0.1402)$", ps[1] - 1, "-0.3715")
C(f, r"$\partial p_2/\partial z_2 = 0.6285 \times 0.3715 \approx 0.2335$", ps[1]*(1 - ps[1]), "0.2335")
W(f, r"$\partial p_1/\partial z_2 = -p_1 p_2 \approx +0.1453$", -ps[0]*ps[1], "+0.1453")
C(f, r"$0.2312 - 0.3715 + 0.1402 \approx 0$", 0.2312 - 0.3715 + 0.1402, "0", tol=1e-3)

f = "en/two_layer_net_backprop_numbers.ipynb"
W1 = np.array([[0.2, -0.4], [0.6, 0.1]]); xv = np.array([1, 0.5]); w2v = np.array([0.5, -0.3])
z1 = W1 @ xv; a1 = 1/(1 + np.exp(-z1)); yhat = w2v @ a1; d2 = yhat - 1
C(f, r"$z^{[1]}_1 = 0.2 - 0.2 = 0$, $z^{[1]}_2 = 0.6 + 0.05 = 0.65$", z1[0], "0", tol=1e-12); C(f, r"$z^{[1]}_1 = 0.2 - 0.2 = 0$, $z^{[1]}_2 = 0.6 + 0.05 = 0.65$", z1[1], "0.65")
C(f, r"$a^{[1]}_1 = \sigma(0) = 0.5$, $a^{[1]}_2 = \sigma(0.65) \approx 0.65701$", a1[0], "0.5"); C(f, r"$a^{[1]}_1 = \sigma(0) = 0.5$, $a^{[1]}_2 = \sigma(0.65) \approx 0.65701$", a1[1], "0.65701")
C(f, r"\hat y = 0.5 \times 0.5 - 0.3 \times 0.65701 \approx 0.05290", yhat, "0.05290")
W(f, r"\approx 0.4458$", 0.5*d2**2, "0.4458")
C(f, r"$\delta^{[2]} = \hat y - y \approx -0.94710$", d2, "-0.94710")
C(f, r"\approx (-0.47355,\ -0.62226)$$", d2*a1[0], "-0.47355"); C(f, r"\approx (-0.47355,\ -0.62226)$$", d2*a1[1], "-0.62226")
d1 = w2v*d2*a1*(1 - a1)
C(f, r"\times 0.25 \approx -0.11839$", d1[0], "-0.11839"); C(f, r"\times 0.34299 \approx 0.06403$", d1[1], "0.06403")
C(f, r"\times 0.34299 \approx 0.06403$", 1 - a1[1], "0.34299")
G1 = np.outer(d1, xv)
for v, s in zip(G1.ravel(), ("-0.11839", "-0.05919", "0.06403", "0.03201")):
    C(f, r"\approx \begin{pmatrix}-0.11839 & -0.05919\\ 0.06403 & 0.03201\end{pmatrix}$$", v, s)

f = "en/keras_small_cnn_params_readme.md"
C(f, r"$(32 + 2 - 3)/1 + 1 = 32$", (32 + 2 - 3)//1 + 1, "32", tol=0)
C(f, r"$\lfloor (32 - 2)/2 \rfloor + 1 = 16$", (32 - 2)//2 + 1, "16", tol=0)
C(f, r"$(16 - 3)/1 + 1 = 14$", 16 - 3 + 1, "14", tol=0)
C(f, r"$\lfloor (14 - 2)/2 \rfloor + 1 = 7$", (14 - 2)//2 + 1, "7", tol=0)
W(f, r"$7 \times 7 \times 32 = 1586$", 7*7*32, "1586")
C(f, r"(3\cdot3\cdot3 + 1)\cdot 16 = 448$", (27 + 1)*16, "448", tol=0)
C(f, r"(3\cdot3\cdot16 + 1)\cdot 32 = 4640$", (144 + 1)*32, "4640", tol=0)
C(f, r"(1568 + 1)\cdot 64 = 100416$", 1569*64, "100416", tol=0)
C(f, r"(64 + 1)\cdot 10 = 650$", 650, "650", tol=0)
C(f, r"$448 + 4640 + 100416 + 650 = 106154$", 448 + 4640 + 100416 + 650, "106154", tol=0)
C(f, r"$100416/106154 \approx 94.6\%$", 100*100416/106154, "94.6")

f = "en/adam_by_hand_learner_notes.md"
C(f, r"$g_1 = f'(w_0) = 2w_0 = 2$", 2*1, "2", tol=0)
C(f, r"- $m_1 = 0.1 \cdot 2 = 0.2$", 0.2, "0.2"); C(f, r"- $v_1 = 0.001 \cdot 4 = 0.004$", 0.001*4, "0.004")
C(f, r"$\hat m_1 = 0.2/0.1 = 2$, $\hat v_1 = 0.004/0.001 = 4$", 0.2/0.1, "2", tol=1e-9); C(f, r"$\hat v_1 = 0.004/0.001 = 4$", 0.004/0.001, "4", tol=1e-9)
C(f, r"$w_1 = 1 - 0.1 \cdot 2/2 = 0.9$", 1 - 0.1*2/2, "0.9")
C(f, r"$g_2 = 2 \cdot 0.9 = 1.8$", 1.8, "1.8")
m2 = 0.9*0.2 + 0.1*1.8; v2 = 0.999*0.004 + 0.001*1.8**2
C(f, r"$m_2 = 0.9 \cdot 0.2 + 0.1 \cdot 1.8 = 0.36$", m2, "0.36"); C(f, r"$v_2 = 0.999 \cdot 0.004 + 0.001 \cdot 3.24 = 0.007236$", v2, "0.007236")
C(f, r"$1 - 0.9^2 = 0.19$, $1 - 0.999^2 = 0.001999$", 1 - 0.9**2, "0.19"); C(f, r"$1 - 0.9^2 = 0.19$, $1 - 0.999^2 = 0.001999$", 1 - 0.999**2, "0.001999")
C(f, r"$\hat m_2 = 0.36/0.19 \approx 1.8947$", m2/0.19, "1.8947")
W(f, r"$\sqrt{3.6198} \approx 1.9206$", sqrt(3.6198), "1.9206")
step = 0.1*(m2/0.19)/sqrt(v2/(1 - 0.999**2))
C(f, r"step $= 0.1 \times 1.8947/1.9026 \approx 0.09959$", step, "0.09959")
C(f, r"$w_2 = 0.9 - 0.09959 = 0.80041$", 0.9 - step, "0.80041")
C(f, r"$w_2 = 1 \cdot 0.8^2 = 0.64$", (1 - 0.2)**2, "0.64")

f = "en/l1_l2_penalties_gradients_blog.md"
wl = np.array([0.5, -1.2, 0, 2.0]); lam = 0.01
C(f, r"= 0.25 + 1.44 + 0 + 4 = 5.69", (wl**2).sum(), "5.69")
C(f, r"R_2 = 0.005 \times 5.69 = 0.02845", lam/2*(wl**2).sum(), "0.02845")
for v, s in zip((lam*wl)[[0, 1, 3]], ("0.005", "-0.012", "0.02")):
    C(f, r"\nabla R_2 = \lambda\mathbf{w} = (0.005,\ -0.012,\ 0,\ 0.02)", v, s)
C(f, r"$1 - 0.1 \times 0.01 = 0.999$", 1 - 0.1*0.01, "0.999")
C(f, r"e.g. $2.0 \to 1.998$", 2.0*0.999, "1.998")
C(f, r"= 0.5 + 1.2 + 0 + 2.0 = 3.7$, so $R_1 = 0.037$", np.abs(wl).sum(), "3.7"); C(f, r"so $R_1 = 0.037$", lam*np.abs(wl).sum(), "0.037")
C(f, r"\partial R_1 = (0.01,\ -0.01,\ [-0.01, 0.01],\ 0.01)", lam*np.sign(-1.2), "-0.01")
C(f, r"same amount $\eta\lambda = 0.001$", 0.1*0.01, "0.001")
C(f, r"($0.1\%$ of $2.0$ is $0.002$)", 0.001*2.0, "0.002")

f = "en/sgd_vs_momentum_colab.ipynb"
C(f, r"$w_{t+1} = w_t - \eta f'(w_t) = (1 - 0.4)w_t = 0.6\,w_t$", 1 - 0.1*4, "0.6")
C(f, r"$$w_1 = 0.6,\quad w_2 = 0.36,\quad w_3 = 0.216$$", 0.6**2, "0.36"); C(f, r"$$w_1 = 0.6,\quad w_2 = 0.36,\quad w_3 = 0.216$$", 0.6**3, "0.216")
C(f, r"| 1 | $4$ | $4$ | $1 - 0.4 = 0.6$ |", 1 - 0.1*4, "0.6")
W(f, r"| 2 | $2.4$ | $0.9 \cdot 4 + 2.4 = 6.4$ |", 0.9*4 + 2.4, "6.4")
C(f, r"| 3 | $0$ | $0.9 \cdot 6 = 5.4$ | $0 - 0.54 = -0.54$ |", 0.9*6, "5.4"); C(f, r"| 3 | $0$ | $0.9 \cdot 6 = 5.4$ | $0 - 0.54 = -0.54$ |", -0.54, "-0.54")
C(f, r"| 4 | $-2.16$ | $4.86 - 2.16 = 2.70$ | $-0.54 - 0.27 = -0.81$ |", 0.9*5.4 + 4*(-0.54), "2.70"); C(f, r"| 4 | $-2.16$ | $4.86 - 2.16 = 2.70$ | $-0.54 - 0.27 = -0.81$ |", -0.54 - 0.1*2.70, "-0.81")
wv = 1.0; vv = 0.0
for _ in range(4):
    vv = 0.9*vv + 4*wv; wv -= 0.1*vv
C(f, r"overshoots* to $-0.81$", wv, "-0.81")

f = "en/minibatch_mean_gradient_notes.md"
S(f, r"$$\ell_i'(w) = 2x_i(wx_i - y_i).$$", sp.diff((t*x - y)**2, t) - 2*x*(t*x - y))
xb = np.array([1, 2, 3, 4.]); yb = np.array([2, 3, 7, 9.]); rb = 2*xb - yb; gb = 2*xb*rb
C(f, r"Then the residuals $wx_i - y_i$ are $2 - 2 = 0$, $4 - 3 = 1$, $6 - 7 = -1$, $8 - 9 = -1$", rb[3], "-1", tol=0)
C(f, r"\ell_2' = 2\cdot 2\cdot 1 = 4", gb[1], "4", tol=0); C(f, r"\ell_3' = 2\cdot 3\cdot(-1) = -6", gb[2], "-6", tol=0); C(f, r"\ell_4' = 2\cdot 4\cdot(-1) = -8", gb[3], "-8", tol=0)
C(f, r"\frac{-10}{4} = -2.5", gb.mean(), "-2.5"); C(f, r"**Sum**: $g = \sum_i \ell_i' = -10$", gb.sum(), "-10", tol=0)
C(f, r"\frac14(0 + 1 + 1 + 1) = 0.75", (rb**2).mean(), "0.75")
C(f, r"w_{\text{mean}} = 2 - 0.05(-2.5) = 2.125", 2 - 0.05*gb.mean(), "2.125"); C(f, r"w_{\text{sum}} = 2 - 0.05(-10) = 2.5", 2 - 0.05*gb.sum(), "2.5")
C(f, r"$$g = \frac{0 + 4}{2} = 2, \qquad w = 2 - 0.05 \cdot 2 = 1.9$$", gb[:2].mean(), "2", tol=0); C(f, r"$$g = \frac{0 + 4}{2} = 2, \qquad w = 2 - 0.05 \cdot 2 = 1.9$$", 2 - 0.05*gb[:2].mean(), "1.9")

f = "en/euler_method_table_colab.ipynb"
ye = [1.0]
for n in range(4):
    ye.append(ye[-1] + 0.1*(0.1*n + ye[-1]))
C(f, r"| 0 | 0.0 | 1 | 1 | $1 + 0.1 = 1.1$ |", ye[1], "1.1"); C(f, r"| 1 | 0.1 | 1.1 | 1.2 | $1.1 + 0.12 = 1.22$ |", ye[2], "1.22")
W(f, r"$1.22 + 0.142 = 1.326$", ye[3], "1.326")
C(f, r"| 3 | 0.3 | 1.362 | 1.662 | $1.362 + 0.1662 = 1.5282$ |", ye[4], "1.5282"); C(f, r"| 3 | 0.3 | 1.362 | 1.662 | $1.362 + 0.1662 = 1.5282$ |", 0.3 + ye[3], "1.662")
C(f, r"So Euler gives $y(0.4) \approx 1.5282$", ye[4], "1.5282")
yt = sp.Function("y")
S(f, r"y(t) = 2e^t - t - 1, \qquad y(0.4)", sp.dsolve(sp.Eq(yt(t).diff(t), t + yt(t)), yt(t), ics={yt(0): 1}).rhs - (2*sp.exp(t) - t - 1))
C(f, r"y(0.4) = 2e^{0.4} - 1.4 \approx 1.58365", 2*exp(0.4) - 1.4, "1.58365")
C(f, r"gives $C = 2$", 1 + 0 + 1, "2", tol=0)
C(f, r"$1.58365 - 1.5282 \approx 0.0554$", 2*exp(0.4) - 1.4 - ye[4], "0.0554"); C(f, r"about 3.5% of the true value", 100*(2*exp(0.4) - 1.4 - ye[4])/(2*exp(0.4) - 1.4), "3.5")
S(f, r"Check: $y' = 2e^t - 1$ and $t + y = 2e^t - 1$", sp.diff(2*sp.exp(t) - t - 1, t) - (t + 2*sp.exp(t) - t - 1))

f = "en/kirchhoff_two_loop_circuit.md"
I1, I2, I3 = sp.symbols("I1 I2 I3"); sol = sp.solve([12 - 2*I1 - 6*I3, 6 - 4*I2 - 6*I3, I3 - I1 - I2], [I1, I2, I3])
C(f, r"$I_1 = 6 - 3I_3$ and $I_2 = 1.5 - 1.5I_3$", 1.5, "1.5", tol=0)
S(f, r"I_3 = 7.5 - 4.5I_3 \quad", (6 - 3*I3 + 1.5 - 1.5*I3) - (sp.Rational(15, 2) - sp.Rational(9, 2)*I3))
S(f, r"\frac{15}{11} \approx 1.364\ \text{A}$$", sol[I3] - sp.Rational(15, 11)); C(f, r"\frac{15}{11} \approx 1.364\ \text{A}$$", 15/11, "1.364")
W(f, r"\frac{21}{11} \approx 1.990\ \text{A}$$", float(sol[I1]), "1.990")
S(f, r"-\frac{6}{11} \approx -0.545\ \text{A}$$", sol[I2] + sp.Rational(6, 11)); C(f, r"-\frac{6}{11} \approx -0.545\ \text{A}$$", -6/11, "-0.545")
S(f, r"$\frac{21}{11} - \frac{6}{11} = \frac{15}{11}$", sp.Rational(21, 11) - sp.Rational(6, 11) - sp.Rational(15, 11))
C(f, r"\cdot 6 \approx 11.16\ \text{W}$", (15/11)**2*6, "11.16"); C(f, r"12 \cdot \frac{21}{11} \approx 22.91\ \text{W}$", 12*21/11, "22.91")

f = "en/t_interval_five_measurements.ipynb"
d = np.array([12.1, 11.8, 12.5, 12.0, 12.6])
C(f, r"\bar x = \frac{61.0}{5} = 12.2", d.mean(), "12.2"); C(f, r"\bar x = \frac{61.0}{5} = 12.2", d.sum(), "61.0")
C(f, r"0.01 + 0.16 + 0.09 + 0.04 + 0.16 = 0.46", ((d - d.mean())**2).sum(), "0.46")
W(f, r"= \frac{0.46}{4} = 0.0115$$", d.var(ddof=1), "0.0115")
C(f, r"s = \sqrt{0.115} \approx 0.3391", d.std(ddof=1), "0.3391"); C(f, r"\text{SE} = \frac{s}{\sqrt 5} \approx 0.1517", d.std(ddof=1)/sqrt(5), "0.1517")
C(f, r"$t_{0.975,4} \approx 2.776$", stats.t.ppf(0.975, 4), "2.776")
C(f, r"\text{margin} = 2.776 \times 0.1517 \approx 0.421", 2.776*0.1517, "0.421")
C(f, r"\bar x \pm 0.421 = (11.779,\ 12.621)", 12.2 - 0.421, "11.779"); C(f, r"\bar x \pm 0.421 = (11.779,\ 12.621)", 12.2 + 0.421, "12.621")
C(f, r"$1.96 \times 0.1517 \approx 0.297$", 1.96*0.1517, "0.297"); C(f, r"$z_{0.975} = 1.96$", stats.norm.ppf(0.975), "1.96")
C(f, r"With $n - 1 = 4$ degrees", 5 - 1, "4", tol=0)

f = "en/maclaurin_cos_error_bound.md"
S(f, r"The series is $\cos x = 1 - \frac{x^2}{2!}", sp.series(sp.cos(x), x, 0, 8).removeO() - (1 - x**2/2 + x**4/24 - x**6/720))
C(f, r"\frac{x^2}{2} = 0.125$ and", 0.25/2, "0.125"); C(f, r"\frac{0.0625}{24} \approx 0.0026042", 0.5**4/24, "0.0026042")
C(f, r"P_4(0.5) = 1 - 0.125 + 0.0026042 = 0.8776042", 1 - 0.125 + 0.5**4/24, "0.8776042")
C(f, r"\frac{0.015625}{720} \approx 2.17 \times 10^{-5}", 0.5**6/720*1e5, "2.17", val=2.17); C(f, r"\frac{0.5^6}{720} = \frac{0.015625}{720}", 0.5**6, "0.015625")
C(f, r"$\cos 0.5 = 0.8775826$", cos(0.5), "0.8775826")
C(f, r"$0.8776042 - 0.8775826 = 0.0000216$", 0.8776042 - 0.8775826, "0.0000216")
C(f, r"\frac{0.008}{6} = 1.2213333$$", 1 + 0.2 + 0.02 + 0.008/6, "1.2213333")
C(f, r"against $e^{0.2} = 1.2214028$", exp(0.2), "1.2214028")
C(f, r"The error $6.9 \times 10^{-5}$ is below", (exp(0.2) - (1.2 + 0.02 + 0.008/6))*1e5, "6.9", val=6.9)
C(f, r"\approx 8.1 \times 10^{-5}$.", exp(0.2)*0.2**4/24*1e5, "8.1", val=8.1)
C(f, r"\sin 0.3 \approx 0.3 - \frac{0.027}{6} = 0.3 - 0.0045 = 0.2955", 0.3 - 0.027/6, "0.2955"); C(f, r"= 0.3 - 0.0045 = 0.2955", 0.027/6, "0.0045")
C(f, r"The true value is $0.2955202$", sin(0.3), "0.2955202")
C(f, r"\frac{0.00243}{120} \approx 2.03 \times 10^{-5}", 0.3**5/120*1e5, "2.03", val=2.03)
C(f, r"covers the error $2.0 \times 10^{-5}$", (sin(0.3) - 0.2955)*1e5, "2.0", val=2.0)

f = "en/eoq_inventory_model.md"
Q, D_, S_, H_ = sp.symbols("Q D S H", positive=True)
S(f, r"$$\Rightarrow\ Q^* = \sqrt{\frac{2DS}{H}}$$", sp.solve(sp.diff(D_/Q*S_ + Q/2*H_, Q), Q)[0] - sp.sqrt(2*D_*S_/H_))
S(f, r"$TC''(Q) = 2DS/Q^3 > 0$", sp.diff(D_/Q*S_ + Q/2*H_, Q, 2) - 2*D_*S_/Q**3)
W(f, r"$2DS = 2 \times 2400 \times 50 = 24000$", 2*2400*50, "24000")
C(f, r"$Q^* = \sqrt{240000/3} = \sqrt{80000} \approx 282.84$", sqrt(80000), "282.84"); C(f, r"$Q^* = \sqrt{240000/3} = \sqrt{80000} \approx 282.84$", 240000/3, "80000", tol=0)
C(f, r"$D/Q^* = 2400/282.84 \approx 8.49$", 2400/sqrt(80000), "8.49")
C(f, r"\times 50 \approx \$424.26$", 2400/sqrt(80000)*50, "424.26"); C(f, r"\times 3 \approx \$424.26$", sqrt(80000)/2*3, "424.26")
C(f, r"$TC(Q^*) \approx \$848.53$", 2*2400*50/sqrt(80000) + 0*1, "848.53")
S(f, r"$\frac{DS}{Q} = \frac{QH}{2}$", (D_*S_/Q - Q*H_/2).subs(Q, sp.sqrt(2*D_*S_/H_)))
# ---------------------------------------------------------------- ko
f = "ko/ko_normal_equation_three_points_velog.md"
Xk = np.array([[1, 1], [1, 2], [1, 3.]]); yk = np.array([2, 2, 4.]); A_ = Xk.T @ Xk; bk = Xk.T @ yk; th_ = np.linalg.solve(A_, bk)
C(f, r"X^\top X = \begin{pmatrix}3 & 6\\ 6 & 14\end{pmatrix}, \qquad X^\top y = \begin{pmatrix}8\\18\end{pmatrix}", A_[1, 1], "14", tol=0)
C(f, r"X^\top X = \begin{pmatrix}3 & 6\\ 6 & 14\end{pmatrix}, \qquad X^\top y = \begin{pmatrix}8\\18\end{pmatrix}", bk[1], "18", tol=0)
C(f, r"X^\top X = \begin{pmatrix}3 & 6\\ 6 & 14\end{pmatrix}, \qquad X^\top y = \begin{pmatrix}8\\18\end{pmatrix}", bk[0], "8", tol=0)
C(f, r"\det(X^\top X) = 3 \cdot 14 - 6 \cdot 6 = 6", np.linalg.det(A_), "6", tol=1e-9)
S(f, r"(X^\top X)^{-1} = \frac16\begin{pmatrix}14 & -6\\ -6 & 3\end{pmatrix}", (sp.Matrix([[3, 6], [6, 14]]).inv() - sp.Matrix([[14, -6], [-6, 3]])/6).norm())
C(f, r"= \frac16\begin{pmatrix}4\\6\end{pmatrix} = \begin{pmatrix}0.6667\\1\end{pmatrix}", th_[0], "0.6667"); C(f, r"= \frac16\begin{pmatrix}4\\6\end{pmatrix} = \begin{pmatrix}0.6667\\1\end{pmatrix}", 14*8 - 6*18, "4", tol=0)
C(f, r"= \frac16\begin{pmatrix}4\\6\end{pmatrix} = \begin{pmatrix}0.6667\\1\end{pmatrix}", th_[1], "1", tol=1e-9)
C(f, r"즉 $\hat y = 0.6667 + x$", th_[0], "0.6667")
C(f, r"두 번째 성분은 $0.3333 - 1.3333 + 1 = 0$", (Xk.T @ (yk - Xk @ th_))[1], "0", tol=1e-9)
C(f, r"$0.1111 + 0.4444 + 0.1111 \approx 0.6667$", ((yk - Xk @ th_)**2).sum(), "0.6667")

f = "ko/ko_logistic_loss_gradient_tistory.md"
C(f, r"| 1 | $(1, 2)$ | 1 | 1 | $\sigma(1) \approx 0.73106$ |", sig(1), "0.73106")
C(f, r"| 2 | $(1, -1)$ | 0 | $-0.5$ | $\sigma(-0.5) \approx 0.37754$ |", sig(-0.5), "0.37754")
C(f, r"오차 $\hat y - y$ 는 $-0.26894$ 와 $0.37754$", sig(1) - 1, "-0.26894")
C(f, r"= \frac12(0.10860) = 0.05430$", (sig(1) - 1) + sig(-0.5), "0.10860"); C(f, r"= \frac12(0.10860) = 0.05430$", ((sig(1) - 1) + sig(-0.5))/2, "0.05430")
W(f, r"= -0.53788 - 0.37754 = -0.9514$", 2*(sig(1) - 1) - sig(-0.5), "-0.9514")
C(f, r"$\partial J/\partial w_1 = -0.91542/2 = -0.45771$", (2*(sig(1) - 1) - sig(-0.5))/2, "-0.45771")
C(f, r"\frac12(0.31326 + 0.47408) \approx 0.39367", -log(sig(1)), "0.31326"); C(f, r"\frac12(0.31326 + 0.47408) \approx 0.39367", -log(1 - sig(-0.5)), "0.47408")
C(f, r"\frac12(0.31326 + 0.47408) \approx 0.39367", (-log(sig(1)) - log(1 - sig(-0.5)))/2, "0.39367")
C(f, r"- \ln 0.62246\big)", 1 - sig(-0.5), "0.62246")
zw = sp.symbols("z", real=True)
S(f, r"시그모이드의 미분 $\sigma'(z) = \sigma(z)(1 - \sigma(z))$", sp.diff(1/(1 + sp.exp(-zw)), zw) - (1/(1 + sp.exp(-zw)))*(1 - 1/(1 + sp.exp(-zw))))
wa, wb, x1a, x2a = sp.symbols("wa wb x1a x2a", real=True)
zsy = wa*x1a + wb*x2a; lsy = -(yy*sp.log(1/(1 + sp.exp(-zsy))) + (1 - yy)*sp.log(1 - 1/(1 + sp.exp(-zsy))))
S(f, r"\frac{\partial J}{\partial w_j} = \frac1m\sum_{i=1}^{m}\big(\hat y^{(i)} - y^{(i)}\big)x_j^{(i)}", sp.diff(lsy, wb) - (1/(1 + sp.exp(-zsy)) - yy)*x2a)

f = "ko/ko_softmax_ce_three_class_colab.ipynb"
zk = np.array([3, 1, -1.]); ek = np.exp(zk); pk = ek/ek.sum()
C(f, r"$e^3 \approx 20.0855$, $e^1 \approx 2.7183$, $e^{-1} \approx 0.3679$", ek[0], "20.0855"); C(f, r"$e^3 \approx 20.0855$, $e^1 \approx 2.7183$, $e^{-1} \approx 0.3679$", ek[2], "0.3679")
C(f, r"$e^3 \approx 20.0855$, $e^1 \approx 2.7183$, $e^{-1} \approx 0.3679$", ek[1], "2.7183")
C(f, r"분모: $20.0855 + 2.7183 + 0.3679 = 23.1717$", ek.sum(), "23.1717")
for v, s in zip(pk, ("0.8668", "0.1173", "0.0159")):
    C(f, r"$\mathbf{p} \approx (0.8668,\ 0.1173,\ 0.0159)$", v, s)
W(f, r"= -\ln 0.1173 \approx 2.413$$", -log(pk[1]), "2.413")
C(f, r"1번 클래스에 86.7%를 걸었기", 100*pk[0], "86.7")
C(f, r"= (0.8668,\ -0.8827,\ 0.0159)$$", pk[1] - 1, "-0.8827")
C(f, r"세 성분의 합은 $0.8668 - 0.8827 + 0.0159 = 0$", 0.8668 - 0.8827 + 0.0159, "0", tol=1e-9)
zq = sp.symbols("q1:4", real=True); eq_ = [sp.exp(v) for v in zq]
S(f, r"\dfrac{\partial L}{\partial z_i} = p_i - y_i$ 이므로", sp.diff(-sp.log(eq_[1]/sum(eq_)), zq[0]) - eq_[0]/sum(eq_))

f = "ko/ko_two_layer_matrix_backprop_lecture.md"
Xb = np.array([[1, 2], [0, 1.]]); W1b = np.array([[1, -1], [0.5, 1]]); W2b = np.array([[1], [-2.]]); Yb = np.array([[3], [0.]])
Z1b = Xb @ W1b; A1b = np.maximum(Z1b, 0); Yhb = A1b @ W2b; dZ2 = (Yhb - Yb)/2; dW2 = A1b.T @ dZ2; dZ1 = (dZ2 @ W2b.T)*(Z1b > 0); dW1 = Xb.T @ dZ1
C(f, r"$Z^{[1]} = XW^{[1]} = \begin{pmatrix}2 & 1\\ 0.5 & 1\end{pmatrix}$", Z1b[1, 0], "0.5"); C(f, r"$Z^{[1]} = XW^{[1]} = \begin{pmatrix}2 & 1\\ 0.5 & 1\end{pmatrix}$", Z1b[0, 0], "2", tol=0)
C(f, r"\begin{pmatrix}2 - 2\\ 0.5 - 2\end{pmatrix} = \begin{pmatrix}0\\ -1.5\end{pmatrix}$", Yhb[1, 0], "-1.5"); C(f, r"\begin{pmatrix}2 - 2\\ 0.5 - 2\end{pmatrix} = \begin{pmatrix}0\\ -1.5\end{pmatrix}$", Yhb[0, 0], "0", tol=0)
C(f, r"= \frac{11.25}{4} = 2.8125$", ((Yhb - Yb)**2).sum()/4, "2.8125"); C(f, r"= \frac{11.25}{4} = 2.8125$", ((Yhb - Yb)**2).sum(), "11.25")
C(f, r"= \begin{pmatrix}-1.5\\ -0.75\end{pmatrix}$", dZ2[1, 0], "-0.75"); C(f, r"= \begin{pmatrix}-1.5\\ -0.75\end{pmatrix}$", dZ2[0, 0], "-1.5")
W(f, r"$2 \cdot (-1.5) + 0.5 \cdot (-0.75) = -3.75$", dW2[0, 0], "-3.75")
C(f, r"$dW^{[2]} = \begin{pmatrix}-3.375\\ -2.25\end{pmatrix}$", dW2[0, 0], "-3.375"); C(f, r"$dW^{[2]} = \begin{pmatrix}-3.375\\ -2.25\end{pmatrix}$", dW2[1, 0], "-2.25")
for v, s in zip(dZ1.ravel(), ("-1.5", "3", "-0.75", "1.5")):
    C(f, r"dZ^{[2]}W^{[2]\top} = \begin{pmatrix}-1.5 & 3\\ -0.75 & 1.5\end{pmatrix}$", v, s, tol=1e-9)
for v, s in zip(dW1.ravel(), ("-1.5", "3", "-3.75", "7.5")):
    C(f, r"$dW^{[1]} = X^\top dZ^{[1]} = \begin{pmatrix}-1.5 & 3\\ -3.75 & 7.5\end{pmatrix}$", v, s, tol=1e-9)

f = "ko/ko_lenet5_param_count_velog.md"
C(f, r"- C1: $32 - 5 + 1 = 28$", 32 - 5 + 1, "28", tol=0); C(f, r"- S2: $28 / 2 = 14$", 28/2, "14", tol=0)
C(f, r"- C3: $14 - 5 + 1 = 10$", 14 - 5 + 1, "10", tol=0); C(f, r"- S4: $10 / 2 = 5$", 10/2, "5", tol=0); C(f, r"- C5: $5 - 5 + 1 = 1$", 1, "1", tol=0)
C(f, r"| C1 | $(5 \cdot 5 \cdot 1 + 1) \times 6$ | $156$ |", 26*6, "156", tol=0)
C(f, r"| C3 | $(5 \cdot 5 \cdot 6 + 1) \times 16$ | $2416$ |", 151*16, "2416", tol=0)
W(f, r"\times 120 = 48210$ | $48210$ |", 401*120, "48210")
C(f, r"| F6 | $(120 + 1) \times 84$ | $10164$ |", 121*84, "10164", tol=0); C(f, r"| 출력 | $(84 + 1) \times 10$ | $850$ |", 850, "850", tol=0)
C(f, r"$156 + 2416 + 48120 + 10164 + 850 = 61706$", 156 + 2416 + 48120 + 10164 + 850, "61706", tol=0)
C(f, r"$48120 / 61706 \approx 78\%$", 100*48120/61706, "78")

f = "ko/ko_gd_step_size_colab.ipynb"
C(f, r"- $w_1 = 0 - 0.1 \cdot (-6) = 0.6$", 0.6, "0.6"); C(f, r"- $w_2 = 0.6 - 0.1 \cdot (-4.8) = 1.08$", 0.6 + 0.48, "1.08")
C(f, r"- $w_3 = 1.08 - 0.1 \cdot (-3.84) = 1.464$", 1.08 - 0.1*2*(1.08 - 3), "1.464")
C(f, r"$1 - 2\eta = 0.8$ 배가", 1 - 0.2, "0.8")
S(f, r"$w_t = 3 - 3(0.8)^t$ 이고", sp.rsolve(sp.Function("w")(t + 1) - sp.Function("w")(t) + sp.Rational(1, 10)*2*(sp.Function("w")(t) - 3), sp.Function("w")(t), {sp.Function("w")(0): 0}) - (3 - 3*sp.Rational(4, 5)**t))
C(f, r"$w_{10} = 3 - 3 \times 0.1074 \approx 2.678$", 0.8**10, "0.1074"); C(f, r"$w_{10} = 3 - 3 \times 0.1074 \approx 2.678$", 3 - 3*0.8**10, "2.678")
C(f, r"- $w_1 = 0 - 1.1 \cdot (-6) = 6.6$", 6.6, "6.6")
W(f, r"- $w_2 = 6.6 - 1.1 \cdot 7.2 = -1.23$", 6.6 - 1.1*7.2, "-1.23")
C(f, r"오차가 $-3 \to 3.6 \to -4.32$", 6.6 - 1.1*7.2 - 3, "-4.32")
C(f, r"배율이 $1 - 2.2 = -1.2$", 1 - 2.2, "-1.2")
C(f, r"$\eta = 0.5$ 이면 $1 - 2\eta = 0$", 1 - 2*0.5, "0", tol=0)

f = "ko/ko_l2_regularization_decay_notes.md"
S(f, r"\left(\dfrac{\lambda}{2m}\sum_k w_k^2\right) = \dfrac{\lambda}{m}w_j$", sp.diff(sp.Symbol("lam")/(2*sp.Symbol("m"))*(sp.Symbol("w1")**2 + sp.Symbol("w2")**2), sp.Symbol("w1")) - sp.Symbol("lam")/sp.Symbol("m")*sp.Symbol("w1"))
W(f, r"\frac{\lambda}{2m} = \frac{0.5}{100} = 0.05", 0.5/100, "0.05")
C(f, r"정규화 항의 값: $0.005 \times (4 + 1) = 0.025$", 0.005*5, "0.025")
C(f, r"= 0.01 \times (2, -1) = (0.02, -0.01)$", 0.5/50*2, "0.02"); C(f, r"= 0.01 \times (2, -1) = (0.02, -0.01)$", 0.5/50, "0.01")
C(f, r"$(0.4 + 0.02,\ -0.2 - 0.01) = (0.42, -0.21)$", 0.42, "0.42"); C(f, r"$(0.4 + 0.02,\ -0.2 - 0.01) = (0.42, -0.21)$", -0.2 - 0.01, "-0.21")
C(f, r"= (2 - 0.042,\ -1 + 0.021) = (1.958,\ -0.979)$$", 2 - 0.1*0.42, "1.958"); C(f, r"= (2 - 0.042,\ -1 + 0.021) = (1.958,\ -0.979)$$", -1 + 0.1*0.21, "-0.979")
C(f, r"$1 - \frac{0.1 \times 0.5}{50} = 0.999$", 1 - 0.1*0.5/50, "0.999")
C(f, r"$(2, -1) \times 0.999 = (1.998, -0.999)$", 2*0.999, "1.998"); C(f, r"$0.1 \times (0.4, -0.2) = (0.04, -0.02)$", 0.1*0.4, "0.04")
C(f, r"를 빼면 역시 $(1.958, -0.979)$", 1.998 - 0.04, "1.958")

f = "ko/ko_activation_derivative_study_log.md"
S(f, r"맞는 식은 $\tanh'(x) = 1 - \tanh^2 x$", sp.diff(sp.tanh(x), x) - (1 - sp.tanh(x)**2))
C(f, r"- $\tanh 1 \approx 0.76159$", tanh(1), "0.76159"); C(f, r"- $\tanh^2 1 \approx 0.58003$", tanh(1)**2, "0.58003")
C(f, r"- $\tanh'(1) = 1 - 0.58003 = 0.41997$", 1 - tanh(1)**2, "0.41997")
C(f, r"그래서 $f'(-2) = 0.01$, $f(-2) = -0.02$", 0.01*-2, "-0.02")
C(f, r"$\partial L/\partial z = 0.7 \times 0 = 0$", 0, "0", tol=0); C(f, r"$0.7 \times 1 = 0.7$ 그대로", 0.7, "0.7")
S(f, r"$\sigma(x) = \frac{1 + \tanh(x/2)}{2}$ 라서", (1/(1 + sp.exp(-x)) - (1 + sp.tanh(x/2))/2).rewrite(sp.exp))
C(f, r"= \frac{1 + 0.46212}{2} = 0.73106$$", (1 + tanh(0.5))/2, "0.73106"); C(f, r"= \frac{1 + 0.46212}{2} = 0.73106$$", tanh(0.5), "0.46212")
C(f, r"직접 $1/(1 + e^{-1})$ 로 계산해도 $0.73106$", sig(1), "0.73106")

f = "ko/ko_voltage_divider_load.md"
C(f, r"\dfrac{12}{9000} \approx 1.333\ \text{mA}$", 12/9000*1e3, "1.333")
C(f, r"= 12 \times \dfrac{6}{9} = 8\ \text{V}$", 12*6/9, "8", tol=1e-9); C(f, r"R1 양단은 $12 - 8 = 4\ \text{V}$", 4, "4", tol=0)
W(f, r"\approx 16\ \text{W}$", 12*12/9000, "16")
C(f, r"$P_1 = 4^2/3000 \approx 5.33\ \text{mW}$", 16/3000*1e3, "5.33"); C(f, r"$P_2 = 8^2/6000 \approx 10.67\ \text{mW}$", 64/6000*1e3, "10.67")
C(f, r"R_2 \parallel R_L = \frac{6 \times 6}{6 + 6} = 3\ \text{k}\Omega", 36/12, "3", tol=0)
C(f, r"V_{\text{out}} = 12 \times \frac{3}{3 + 3} = 6\ \text{V}", 12*3/6, "6", tol=0)
C(f, r"8 V 에서 6 V 로 25% 떨어졌다", 100*(8 - 6)/8, "25", tol=0)

f = "ko/ko_vieta_root_relations.md"
r1_, r2_ = sp.solve(x**2 - 5*x + 3, x)
S(f, r"$$\alpha + \beta = 5, \qquad \alpha\beta = 3$$", r1_ + r2_ - 5); S(f, r"$$\alpha + \beta = 5, \qquad \alpha\beta = 3$$", r1_*r2_ - 3)
W(f, r"= 25 - 6 = 91$", float(r1_**2 + r2_**2), "91")
C(f, r"= \dfrac53 \approx 1.667$", float(1/r1_ + 1/r2_), "1.667")
C(f, r"= 25 - 12 = 13$, 따라서", float(sp.expand((r1_ - r2_)**2)), "13", tol=1e-9); C(f, r"$|\alpha - \beta| = \sqrt{13} \approx 3.606$", sqrt(13), "3.606")
C(f, r"= 125 - 45 = 80$", float(sp.expand(r1_**3 + r2_**3)), "80", tol=1e-9)
C(f, r"= \dfrac{19}{3} \approx 6.333$", float(r2_/r1_ + r1_/r2_), "6.333")
C(f, r"= \alpha\beta(\alpha + \beta) = 3 \times 5 = 15$", float(sp.expand(r1_**2*r2_ + r1_*r2_**2)), "15", tol=1e-9)
C(f, r"곱은 $\alpha\beta + (\alpha + \beta) + 1 = 3 + 5 + 1 = 9$", float(sp.expand((r1_ + 1)*(r2_ + 1))), "9", tol=1e-9)
C(f, r"합은 $5 + 2 = 7$", 7, "7", tol=0)
C(f, r"$\alpha \approx 4.3028$, $\beta \approx 0.6972$", float(max(r1_, r2_)), "4.3028"); C(f, r"$\alpha \approx 4.3028$, $\beta \approx 0.6972$", float(min(r1_, r2_)), "0.6972")
C(f, r"$\alpha + \beta = 5.0000$, $\alpha\beta \approx 3.0000$", 4.3028*0.6972, "3.0000", tol=1e-3)
C(f, r"$\alpha + \beta = 5.0000$, $\alpha\beta \approx 3.0000$", 4.3028 + 0.6972, "5.0000")

f = "ko/ko_muon_time_dilation.md"
gam = 1/sqrt(1 - 0.98**2)
C(f, r"= 0.98 \times 3 \times 10^8 \times 2.2 \times 10^{-6} = 646.8\ \text{m}$$", 0.98*3e8*2.2e-6, "646.8")
C(f, r"- $0.98^2 = 0.9604$", 0.98**2, "0.9604")
C(f, r"- $1 - 0.9604 = 0.0396$, $\sqrt{0.0396} \approx 0.19900$", sqrt(0.0396), "0.19900")
C(f, r"- $\gamma \approx 1/0.19900 \approx 5.025$", gam, "5.025")
W(f, r"\approx 11.55\ \mu\text{s}$$", gam*2.2, "11.55")
C(f, r"\times 11.055 \times 10^{-6} \approx 3250\ \text{m}$$", 0.98*3e8*gam*2.2e-6, "3250", tol=2); C(f, r"\times 11.055 \times 10^{-6} \approx 3250\ \text{m}$$", gam*2.2, "11.055")
C(f, r"약 3.25 km, 고전적 값의", 0.98*3e8*gam*2.2e-6/1000, "3.25")

f = "ko/ko_exponential_bus_waiting_colab.ipynb"
C(f, r"P(T > 10) = e^{-0.2 \times 10} = e^{-2} \approx 0.1353", exp(-2), "0.1353")
C(f, r"$$P(T \le 3) = 1 - e^{-0.6} \approx 0.4512$$", 1 - exp(-0.6), "0.4512")
C(f, r"= \frac{e^{-3}}{e^{-1}} = e^{-2} \approx 0.1353$$", exp(-3)/exp(-1), "0.1353")
C(f, r"m = \frac{\ln 2}{\lambda} \approx 3.466", log(2)/0.2, "3.466")
C(f, r"분산은 $1/\lambda^2 = 25", 1/0.2**2, "25", tol=1e-9); C(f, r"평균 $1/\lambda = 5$ 분보다", 1/0.2, "5", tol=1e-9)
# ---------------------------------------------------------------- zh
f = "zh/zh_logistic_grad_csdn_example.md"
aa = sp.symbols("a", positive=True)
S(f, r"\frac{\partial L}{\partial a} = -\frac{y}{a} + \frac{1 - y}{1 - a}, \qquad \frac{\partial a}{\partial z} = a(1 - a)$$", sp.diff(-yy*sp.log(aa) - (1 - yy)*sp.log(1 - aa), aa) - (-yy/aa + (1 - yy)/(1 - aa)))
S(f, r"\frac{\partial L}{\partial a} = -\frac{y}{a} + \frac{1 - y}{1 - a}, \qquad \frac{\partial a}{\partial z} = a(1 - a)$$", sp.diff(1/(1 + sp.exp(-zz)), zz) - (1/(1 + sp.exp(-zz)))*(1 - 1/(1 + sp.exp(-zz))))
S(f, r"\frac{\partial L}{\partial z} = -y(1 - a) + (1 - y)a = a - y$$", (-yy/aa + (1 - yy)/(1 - aa))*aa*(1 - aa) - (aa - yy))
S(f, r"= -y(1 - a) + (1 - y)a = a - y$$", (-yy*(1 - aa) + (1 - yy)*aa) - (aa - yy))
C(f, r"$z = 0.3 \times 2 + 0.4 \times (-1) - 0.1 = 0.1$", 0.6 - 0.4 - 0.1, "0.1")
C(f, r"$a = \sigma(0.1) \approx 0.52498$", sig(0.1), "0.52498")
C(f, r"$L = -\ln(1 - 0.52498) = -\ln 0.47502 \approx 0.74440$", -log(1 - sig(0.1)), "0.74440"); C(f, r"$L = -\ln(1 - 0.52498) = -\ln 0.47502 \approx 0.74440$", 1 - sig(0.1), "0.47502")
C(f, r"= a - y = 0.52498$", sig(0.1) - 0, "0.52498")
C(f, r"= (1.04996, -0.52498)^{\mathrm T}$", 2*sig(0.1), "1.04996"); C(f, r"= (1.04996, -0.52498)^{\mathrm T}$", -sig(0.1), "-0.52498")
C(f, r"$\sigma'(0.1) = 0.52498 \times 0.47502 \approx 0.24938$", sig(0.1)*(1 - sig(0.1)), "0.24938")

f = "zh/zh_softmax_ce_chain_zhihu.md"
S(f, r"$$\frac{\partial p_i}{\partial z_j} = p_i(\delta_{ij} - p_j)$$", sum((sp.diff(pp[i], zz_[j]) - pp[i]*((1 if i == j else 0) - pp[j]))**2 for i in range(3) for j in range(3)))
L1sym = -sp.log(pp[1])
S(f, r"= -y_j + p_j\sum_k y_k = p_j - y_j$$", sum((sp.diff(L1sym, zz_[j]) - (pp[j] - yo[j]))**2 for j in range(3)))
zc = np.array([1, 0, -1.]); ec = np.exp(zc); pc = ec/ec.sum()
C(f, r"- $e^{1} \approx 2.71828$，$e^{0} = 1$，$e^{-1} \approx 0.36788$，和为 $4.08616$", ec.sum(), "4.08616"); C(f, r"$e^{-1} \approx 0.36788$，和为", ec[2], "0.36788")
W(f, r"- $p_1 = 2.71828 / 4.08616 \approx 0.6552$", pc[0], "0.6552")
for v, s in zip(pc, ("0.66524", "0.24473", "0.09003")):
    C(f, r"- $\boldsymbol p \approx (0.66524, 0.24473, 0.09003)$", v, s)
C(f, r"- 损失 $L = -\ln 0.24473 \approx 1.4076$", -log(pc[1]), "1.4076")
C(f, r"- 梯度 $\boldsymbol p - \boldsymbol y = (0.66524, -0.75527, 0.09003)$", pc[1] - 1, "-0.75527")
C(f, r"$\partial p_1/\partial z_1 = 0.66524 \times 0.33476 \approx 0.22270$", pc[0]*(1 - pc[0]), "0.22270"); C(f, r"$\partial p_1/\partial z_1 = 0.66524 \times 0.33476 \approx 0.22270$", 1 - pc[0], "0.33476")
C(f, r"$\partial p_1/\partial z_2 = -0.66524 \times 0.24473 \approx -0.16280$", -pc[0]*pc[1], "-0.16280")

f = "zh/zh_resnet_stem_conv_sizes.ipynb"
C(f, r"\right\rfloor + 1 = \lfloor 111.5 \rfloor + 1 = 112$", (224 + 6 - 7)/2, "111.5"); C(f, r"\right\rfloor + 1 = \lfloor 111.5 \rfloor + 1 = 112$", (224 + 6 - 7)//2 + 1, "112", tol=0)
C(f, r"- 权重：$7 \times 7 \times 3 \times 64 = 9408$，加偏置 $9408 + 64 = 9472$", 7*7*3*64, "9408", tol=0); C(f, r"加偏置 $9408 + 64 = 9472$", 9408 + 64, "9472", tol=0)
C(f, r"共 $112 \times 112 \times 9408 = 118013952$，约 1.18 亿次", 112*112*9408, "118013952", tol=0); C(f, r"共 $112 \times 112 \times 9408 = 118013952$，约 1.18 亿次", 112*112*9408/1e8, "1.18")
W(f, r"\right\rfloor + 1 = 57$", (112 + 2 - 3)//2 + 1, "57", tol=0.1)
C(f, r"- 尺寸保持 $56 \times 56$：$(56 + 2 - 3)/1 + 1 = 56$", 56 + 2 - 3 + 1, "56", tol=0)
C(f, r"- 参数：$3 \times 3 \times 64 \times 64 + 64 = 36928$", 9*64*64 + 64, "36928", tol=0)
C(f, r"- 参数：$1 \times 1 \times 64 \times 256 + 256 = 16640$", 64*256 + 256, "16640", tol=0)

f = "zh/zh_adam_two_steps_given_grads.md"
C(f, r"- $m_1 = 0.1 \times 0.4 = 0.04$，$v_1 = 0.001 \times 0.16 = 0.00016$", 0.1*0.4, "0.04"); C(f, r"$v_1 = 0.001 \times 0.16 = 0.00016$", 0.001*0.16, "0.00016")
C(f, r"- 修正后 $\hat m_1 = 0.4$，$\hat v_1 = 0.16$，$\sqrt{\hat v_1} = 0.4$", 0.04/0.1, "0.4"); C(f, r"$\hat v_1 = 0.16$，$\sqrt{\hat v_1} = 0.4$", 0.00016/0.001, "0.16")
C(f, r"- $w_1 = 0.5 - 0.01 \times 1 = 0.49$", 0.5 - 0.01*(0.4/0.4), "0.49")
C(f, r"= 0.036 - 0.02 = 0.016$", 0.9*0.04 + 0.1*(-0.2), "0.016")
v2z = 0.999*0.00016 + 0.001*0.04
W(f, r"+ 0.001 \times 0.04 = 0.0019984$", v2z, "0.0019984")
C(f, r"- $\hat m_2 = 0.016 / 0.19 \approx 0.084211$", 0.016/0.19, "0.084211")
C(f, r"- $\hat v_2 = 0.00019984 / 0.001999 \approx 0.099970$，$\sqrt{\hat v_2} \approx 0.31618$", v2z/(1 - 0.999**2), "0.099970")
C(f, r"- $\hat v_2 = 0.00019984 / 0.001999 \approx 0.099970$，$\sqrt{\hat v_2} \approx 0.31618$", sqrt(v2z/(1 - 0.999**2)), "0.31618")
stz = 0.01*(0.016/0.19)/sqrt(v2z/(1 - 0.999**2))
C(f, r"- 步长 $0.01 \times 0.084211 / 0.31618 \approx 0.0026634$", stz, "0.0026634")
C(f, r"- $w_2 = 0.49 - 0.0026634 \approx 0.48734$", 0.49 - stz, "0.48734")
C(f, r"所以步长只有第 1 步的约 27%", 100*stz/0.01, "27")

f = "zh/zh_linreg_matrix_gradient_notebook.ipynb"
Xz = np.c_[np.ones(4), [1, 2, 3, 4]]; yz = np.array([3, 5, 7, 10.]); thz = np.linalg.solve(Xz.T @ Xz, Xz.T @ yz)
th0, th1 = sp.symbols("th0 th1", real=True); xsz = [1, 2, 3, 4]; ysz = [3, 5, 7, 10]
Jz = sum((th0 + th1*a - b)**2 for a, b in zip(xsz, ysz))/8
S(f, r"对 $\boldsymbol\theta$ 求梯度：$\nabla_{\boldsymbol\theta}J = \dfrac1m X^{\mathrm T}(X\boldsymbol\theta - \boldsymbol y)$", sp.diff(Jz, th1) - sum((th0 + th1*a - b)*a for a, b in zip(xsz, ysz))/4)
C(f, r"X^{\mathrm T}X = \begin{pmatrix}4 & 10\\ 10 & 30\end{pmatrix}, \qquad X^{\mathrm T}\boldsymbol y = \begin{pmatrix}25\\ 74\end{pmatrix}", (Xz.T @ yz)[1], "74", tol=0)
C(f, r"X^{\mathrm T}X = \begin{pmatrix}4 & 10\\ 10 & 30\end{pmatrix}, \qquad X^{\mathrm T}\boldsymbol y = \begin{pmatrix}25\\ 74\end{pmatrix}", (Xz.T @ Xz)[1, 1], "30", tol=0)
C(f, r"行列式 $4 \times 30 - 10 \times 10 = 20$", np.linalg.det(Xz.T @ Xz), "20", tol=1e-9)
C(f, r"= \frac{1}{20}\begin{pmatrix}10\\46\end{pmatrix} = \begin{pmatrix}0.5\\2.3\end{pmatrix}$$", thz[0], "0.5"); C(f, r"= \frac{1}{20}\begin{pmatrix}10\\46\end{pmatrix} = \begin{pmatrix}0.5\\2.3\end{pmatrix}$$", thz[1], "2.3")
C(f, r"= \frac{1}{20}\begin{pmatrix}10\\46\end{pmatrix} = \begin{pmatrix}0.5\\2.3\end{pmatrix}$$", -10*25 + 4*74, "46", tol=0)
rz = yz - Xz @ thz
C(f, r"预测 $\hat y = (2.8, 5.1, 7.4, 9.7)$，残差 $(0.2, -0.1, -0.4, 0.3)$", (Xz @ thz)[3], "9.7"); C(f, r"残差 $(0.2, -0.1, -0.4, 0.3)$", rz[2], "-0.4")
C(f, r"残差平方和 $0.04 + 0.01 + 0.16 + 0.09 = 0.30$", (rz**2).sum(), "0.30")
C(f, r"所以 $J = 0.30 / 8 = 0.0375$", (rz**2).sum()/8, "0.0375")
rg = Xz @ np.array([0, 2.]) - yz
C(f, r"$X\boldsymbol\theta - \boldsymbol y = (2 - 3, 4 - 5, 6 - 7, 8 - 10) = (-1, -1, -1, -2)$", rg[3], "-2", tol=0)
C(f, r"$X^{\mathrm T}(X\boldsymbol\theta - \boldsymbol y) = (-5, -14)$，除以 $m$ 得 $\nabla J = (-1.25, -3.5)$", (Xz.T @ rg)[1], "-14", tol=0)
C(f, r"$X^{\mathrm T}(X\boldsymbol\theta - \boldsymbol y) = (-5, -14)$，除以 $m$ 得 $\nabla J = (-1.25, -3.5)$", (Xz.T @ rg)[0]/4, "-1.25")
C(f, r"$X^{\mathrm T}(X\boldsymbol\theta - \boldsymbol y) = (-5, -14)$，除以 $m$ 得 $\nabla J = (-1.25, -3.5)$", (Xz.T @ rg)[1]/4, "-3.5")

f = "zh/zh_lever_torque_balance.md"
W(f, r"M_{\text{板}} = 20 \times 9.8 \times 1 = 169", 20*9.8*1, "169")
C(f, r"得 $m = 20\ \text{kg}$", 196/9.8, "20", tol=1e-9)
C(f, r"$N = (20 + 20) \times 9.8 = 392\ \text{N}$", 40*9.8, "392", tol=1e-9)
C(f, r"= 196 + 882 = 1078\ \text{N·m}$", 20*9.8 + 30*9.8*3, "1078", tol=1e-9); C(f, r"= 196 + 882 = 1078\ \text{N·m}$", 30*9.8*3, "882", tol=1e-9)
C(f, r"故 $m' = \dfrac{1078}{9.8 \times 1} = 110\ \text{kg}$", 1078/9.8, "110", tol=1e-9)
C(f, r"$N' = (20 + 30 + 110) \times 9.8 = 1568\ \text{N}$", 160*9.8, "1568", tol=1e-9)
C(f, r"检验：左侧力矩 $110 \times 9.8 \times 1 = 1078", 110*9.8, "1078", tol=1e-9)

f = "zh/zh_cuowei_xiangjian_sum.md"
kk = sp.Symbol("k", integer=True, positive=True); nn = sp.Symbol("n", integer=True, positive=True)
S(f, r"2 + 2^2 + \cdots + 2^n - n\cdot 2^{n+1} = 2^{n+1} - 2 - n\cdot 2^{n+1}$$", sp.summation(2**kk, (kk, 1, nn)) - (2**(nn + 1) - 2))
S(f, r"故 $S_n = (n - 1)2^{n+1} + 2$", sp.summation(kk*2**kk, (kk, 1, nn)) - ((nn - 1)*2**(nn + 1) + 2))
W(f, r"5\cdot 2^5 = 150$", 5*2**5, "150")
C(f, r"和为 $2 + 8 + 24 + 64 + 160 = 258$", sum(k*2**k for k in range(1, 6)), "258", tol=0); C(f, r"公式给出 $4 \times 64 + 2 = 258$", 4*64 + 2, "258", tol=0)
S(f, r"$$T_n = 2 - \frac{n + 2}{2^n}$$", sp.simplify(sp.summation(kk/2**kk, (kk, 1, nn)) - (2 - (nn + 2)/2**nn)))
S(f, r"同理，$T_n - \frac12 T_n = \frac12 + \frac14", sp.summation(kk/2**kk, (kk, 1, nn))/2 - (sp.summation(sp.Rational(1, 2)**kk, (kk, 1, nn)) - nn/2**(nn + 1)))
C(f, r"\frac4{16} = 1.625$，而 $2 - \frac{6}{16} = 1.625$", sum(k/2**k for k in range(1, 5)), "1.625"); C(f, r"而 $2 - \frac{6}{16} = 1.625$", 2 - 6/16, "1.625")
S(f, r"且 $\lim_{n\to\infty} T_n = 2$", sp.limit(2 - (nn + 2)/2**nn, nn, sp.oo) - 2)

f = "zh/zh_lagrange_multiplier_two_examples.md"
lx, ly, ll = sp.symbols("lx ly ll", real=True)
sol1 = sp.solve([ly - ll, lx - 2*ll, lx + 2*ly - 8], [lx, ly, ll])
C(f, r"代入约束：$2\lambda + 2\lambda = 8$，得 $\lambda = 2$", float(sol1[ll]), "2", tol=0)
C(f, r"所以 $x = 4$，$y = 2$，最大值 $f = 4 \times 2 = 8$", float(sol1[lx]*sol1[ly]), "8", tol=0); C(f, r"所以 $x = 4$，$y = 2$", float(sol1[lx]), "4", tol=0)
S(f, r"$f'(x) = \frac{8 - 2x}{2} = 0$ 得 $x = 4$", sp.diff(X*(8 - X)/2, X) - (8 - 2*X)/2)
C(f, r"$f(4) = \frac{4 \times 4}{2} = 8$", 4*4/2, "8", tol=0)
sol2 = sp.solve([2*lx - ll, 2*ly - ll, lx + ly - 2], [lx, ly, ll])
C(f, r"代入约束得 $x = y = 1$，$\lambda = 2$，最小值 $g = 1 + 1 = 2$", float(sol2[lx]), "1", tol=0); C(f, r"$\lambda = 2$，最小值 $g = 1 + 1 = 2$", float(sol2[ll]), "2", tol=0)
C(f, r"几何意义：原点到直线 $x + y = 2$ 的距离是 $\frac{2}{\sqrt 2} = \sqrt 2 \approx 1.414$", 2/sqrt(2), "1.414")
cc = sp.Symbol("c", positive=True)
solc = sp.solve([ly - ll, lx - 2*ll, lx + 2*ly - cc], [lx, ly, ll])
S(f, r"最大值 $f^*(c) = \dfrac{c^2}{8}$", solc[lx]*solc[ly] - cc**2/8)
S(f, r"于是 $\dfrac{df^*}{dc} = \dfrac{c}{4}$", sp.diff(cc**2/8, cc) - cc/4); C(f, r"在 $c = 8$ 处等于 $2$", 8/4, "2", tol=0)
C(f, r"数值上：$c = 9$ 时 $f^* = \frac{81}{8} = 10.125$", 81/8, "10.125"); C(f, r"比 8 多 $2.125$", 81/8 - 8, "2.125")

if __name__ == "__main__":
    report()
