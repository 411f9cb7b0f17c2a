"""blind23's claims recomputed (C, W, S, report: corpus_tools/claims.py). Run: python check.py"""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "corpus_tools"))
from claims import *  # the checks, the report and the names the checks compute with
corpus(__file__)
# ---------------------------------------------------------------- en
sig = lambda z: 1/(1 + exp(-z))
Z = sp.Symbol("z", real=True); sigs = 1/(1 + sp.exp(-X))

f = "en/en23_sigmoid_derivative_qa_answer.md"
S(f, r"= \sigma(x)\,(1 - \sigma(x))$$", sp.diff(sigs, X) - sigs*(1 - sigs))
S(f, r"The second factor is $1 - \sigma(x)$ because", sp.exp(-X)/(1 + sp.exp(-X)) - (1 - 1/(1 + sp.exp(-X))))
C(f, r"Your version would give $0.75$ at the origin", 0.5*(1 + 0.5), "0.75")
C(f, r"$$\sigma'(0) = 0.5 \times 0.5 = 0.25.$$", 0.25, "0.25")
C(f, r"At $x = 2$: $\sigma(2) \approx 0.8808$", sig(2), "0.8808"); C(f, r"At $x = 2$: $\sigma(2) \approx 0.8808$", sig(2)*(1 - sig(2)), "0.1050"); C(f, r"At $x = 2$: $\sigma(2) \approx 0.8808$", 1 - sig(2), "0.1192")
C(f, r"At $x = -1$: $\sigma(-1) \approx 0.2689$", sig(-1), "0.2689"); C(f, r"At $x = -1$: $\sigma(-1) \approx 0.2689$", sig(-1)*(1 - sig(-1)), "0.1966")
S(f, r"$$\frac{d}{dx}\tanh x = 1 - \tanh^2 x,$$", sp.diff(sp.tanh(X), X) - (1 - sp.tanh(X)**2))
C(f, r"and with $\tanh 1 \approx 0.7616$:", tanh(1), "0.7616")
W(f, r"$$\tanh'(1) = 1 - 0.7616^2 = 1 - 0.5800 = 0.2400$$", 1 - 0.58, "0.2400")
C(f, r"so at $x = 1$ tanh is $0.42/0.1966 \approx 2.14$", 0.42/0.1966, "2.14")
C(f, r"ratio is $1/0.25 = 4$", 1/0.25, "4", tol=0)

f = "en/en23_normal_equation_textbook_ch3.md"
Xn = np.array([[1, 1], [1, 2], [1, 4.]]); yn = np.array([1, 3, 4.])
th, th1 = sp.symbols("theta0 theta1", real=True)
Jn = sum((th + th1*xi - yi)**2 for xi, yi in [(1, 1), (2, 3), (4, 4)])
S(f, r"and its gradient is $\nabla_\theta J = 2X^\top(X\theta - y)$ (3.5)", (sp.Matrix([sp.diff(Jn, th), sp.diff(Jn, th1)]) - 2*sp.Matrix(Xn.astype(int)).T*(sp.Matrix(Xn.astype(int))*sp.Matrix([th, th1]) - sp.Matrix([1, 3, 4]))).norm()**2)
W(f, r"X^\top y = \begin{pmatrix} 8 \\ 32", (Xn.T @ yn)[1], "32")
C(f, r"\det(X^\top X) = 3 \cdot 21 - 7 \cdot 7 = 14", np.linalg.det(Xn.T @ Xn), "14", tol=1e-9)
Mi = sp.Matrix([[3, 7], [7, 21]]).inv()
S(f, r"(X^\top X)^{-1} = \frac{1}{14}\begin{pmatrix} 21 & -7", (Mi - sp.Matrix([[21, -7], [-7, 3]])/14).norm())
thn = np.linalg.solve(Xn.T @ Xn, Xn.T @ yn)
C(f, r"\approx \begin{pmatrix} 0.5 \\ 0.9286", thn[1], "0.9286"); C(f, r"\approx \begin{pmatrix} 0.5 \\ 0.9286", thn[0], "0.5"); C(f, r"\approx \begin{pmatrix} 0.5 \\ 0.9286", (21*8 - 7*23)/14, "0.5")
C(f, r"The fitted values are $\hat y = (1.4286,\ 2.3571,\ 4.2143)$", (Xn @ thn)[1], "2.3571"); C(f, r"The fitted values are $\hat y = (1.4286,\ 2.3571,\ 4.2143)$", (Xn @ thn)[2], "4.2143")
rn = yn - Xn @ thn
C(f, r"$(-0.4286,\ 0.6429,\ -0.2143)$. They sum", rn[1], "0.6429"); C(f, r"$(-0.4286,\ 0.6429,\ -0.2143)$. They sum", rn[2], "-0.2143")
C(f, r"J(\hat\theta) = 0.1837 + 0.4133 + 0.0459 = 0.6429", (rn**2).sum(), "0.6429"); C(f, r"J(\hat\theta) = 0.1837 + 0.4133 + 0.0459 = 0.6429", 9/14, "0.6429"); C(f, r"J(\hat\theta) = 0.1837", rn[1]**2, "0.4133")
C(f, r"$1(-0.4286) + 2(0.6429) + 4(-0.2143) = 0$", -0.4286 + 2*0.6429 - 4*0.2143, "0", tol=1e-3)

f = "en/en23_bce_gradient_lecture_notes.md"
yh_ = sig(0.2)
S(f, r"product: $\frac{\partial L}{\partial z} = -y(1 - \hat y) + (1 - y)\hat y = \hat y - y$", sp.diff(-(y*sp.log(sigs) + (1 - y)*sp.log(1 - sigs)), X) - (sigs - y))
S(f, r"- $\frac{\partial \hat y}{\partial z} = \hat y(1 - \hat y)$", sp.diff(sigs, X) - sigs*(1 - sigs))
C(f, r"- $z = 0.5\cdot 2 - 1\cdot 1 + 0.2 = 0.2$", 0.5*2 - 1 + 0.2, "0.2")
C(f, r"- $\hat y = \sigma(0.2) \approx 0.5498$", yh_, "0.5498")
C(f, r"- $L = -\ln 0.5498 \approx 0.5981$", -log(yh_), "0.5981")
C(f, r"so $\nabla_{\mathbf w}L \approx (-0.9003, -0.4502)$", (yh_ - 1)*2, "-0.9003"); C(f, r"\partial L/\partial b \approx -0.4502$", yh_ - 1, "-0.4502")
C(f, r"= (0.5 + 0.4502,\ -1 + 0.2251) = (0.9502,\ -0.7749)", 0.5 - 0.5*(yh_ - 1)*2, "0.9502"); C(f, r"= (0.5 + 0.4502,\ -1 + 0.2251) = (0.9502,\ -0.7749)", -1 - 0.5*(yh_ - 1), "-0.7749")
C(f, r"and $b \leftarrow 0.2 + 0.2251 = 0.4251$", 0.2 - 0.5*(yh_ - 1), "0.4251")
W(f, r"so the loss is 0.0596", -log(1 - sig(-2.3)), "0.0596")
C(f, r"\approx 0.0911\,(1, 3) = (0.0911, 0.2734)", 3*sig(-2.3), "0.2734")
C(f, r"\approx (-0.4046, -0.0884)$.", ((yh_ - 1)*2 + sig(-2.3))/2, "-0.4046"); C(f, r"\approx (-0.4046, -0.0884)$.", ((yh_ - 1) + 3*sig(-2.3))/2, "-0.0884")

f = "en/en23_softmax_ce_numeric_medium.md"
zs = np.array([2., 1., -1.]); ps = np.exp(zs)/np.exp(zs).sum()
C(f, r"**Step 1 — exponentiate.** $e^{2} \approx 7.3891$", exp(2), "7.3891"); C(f, r"**Step 1 — exponentiate.**", exp(-1), "0.3679"); C(f, r"**Step 1 — exponentiate.**", exp(1), "2.7183")
C(f, r"$\approx 10.4752$.", np.exp(zs).sum(), "10.4752")
C(f, r"$$\mathbf p \approx (0.7054,\ 0.2595,\ 0.0351)$$", ps[0], "0.7054"); C(f, r"$$\mathbf p \approx (0.7054,\ 0.2595,\ 0.0351)$$", ps[2], "0.0351")
C(f, r"**Step 3 — loss.** $L = -\sum_i y_i \ln p_i = -\ln 0.7054 \approx 0.3490$", -log(ps[0]), "0.3490")
z1_, z2_, z3_ = sp.symbols("z1:4", real=True); zz = [z1_, z2_, z3_]; den = sum(sp.exp(v) for v in zz); P = [sp.exp(v)/den for v in zz]
S(f, r"$$\frac{\partial p_i}{\partial z_j} = p_i(\delta_{ij} - p_j)$$", sum((sp.diff(P[i], zz[j]) - P[i]*((1 if i == j else 0) - P[j]))**2 for i in range(3) for j in range(3)))
S(f, r"= p_j - y_j$.", sum((sp.diff(-sp.log(P[0]), zz[j]) - (P[j] - (1 if j == 0 else 0)))**2 for j in range(3)))
C(f, r"\nabla_{\mathbf z}L = \mathbf p - \mathbf y \approx (-0.2946,\ 0.2595,\ 0.0351)", ps[0] - 1, "-0.2946")
C(f, r"- diagonal: $\partial p_1/\partial z_1 = p_1(1 - p_1) \approx 0.7054 \times 0.2946 \approx 0.2078$", ps[0]*(1 - ps[0]), "0.2078")
W(f, r"\approx 0.2595 \times 0.7405 \approx 0.1292$", ps[1]*(1 - ps[1]), "0.1292")
C(f, r"- off-diagonal: $\partial p_1/\partial z_2 = -p_1 p_2 \approx -0.1830$", -ps[0]*ps[1], "-0.1830")
C(f, r"row 1: $0.2078 - 0.1830 - 0.0248 = 0$", 0.2078 - 0.1830 - 0.0248, "0", tol=1e-9); C(f, r"row 1: $0.2078 - 0.1830 - 0.0248 = 0$", -ps[0]*ps[2], "0.0248", val=-0.0248)

f = "en/en23_two_layer_tanh_backprop_colab.ipynb"
x2 = np.array([[1.], [2.]]); W1t = np.array([[0.5, -0.3], [0.2, 0.4]]); b1t = np.array([[0.], [0.1]]); W2t = np.array([[1.0, -1.5]])
Z1t = W1t @ x2 + b1t; A1t = np.tanh(Z1t); Z2t = (W2t @ A1t).item() + 0.2; A2t = sig(Z2t)
C(f, r"\begin{pmatrix} -0.1 \\ 1.1 \end{pmatrix}$$", Z1t[1, 0], "1.1"); C(f, r"\begin{pmatrix} -0.1 \\ 1.1 \end{pmatrix}$$", Z1t[0, 0], "-0.1")
C(f, r"$A^{[1]} = \tanh Z^{[1]} \approx (-0.0997,\ 0.8005)^\top$", A1t[1, 0], "0.8005"); C(f, r"$A^{[1]} = \tanh Z^{[1]} \approx (-0.0997,\ 0.8005)^\top$", A1t[0, 0], "-0.0997")
C(f, r"\approx -0.0997 - 1.2007 + 0.2 = -1.1004$", Z2t, "-1.1004")
C(f, r"$A^{[2]} = \sigma(-1.1004) \approx 0.2497$", A2t, "0.2497"); C(f, r"loss $L = -\ln 0.2497 \approx 1.3876$", -log(A2t), "1.3876")
dZ2t = A2t - 1
C(f, r"$$dZ^{[2]} = A^{[2]} - y \approx -0.7503$$", dZ2t, "-0.7503")
C(f, r"A^{[1]\top} \approx (0.0748,\ -0.6006)", dZ2t*A1t[0, 0], "0.0748"); C(f, r"A^{[1]\top} \approx (0.0748,\ -0.6006)", dZ2t*A1t[1, 0], "-0.6006")
C(f, r"- $W^{[2]\top}dZ^{[2]} \approx (-0.7503,\ 1.1255)^\top$", -1.5*dZ2t, "1.1255")
C(f, r"- $1 - A^{[1]2} \approx (0.9901,\ 0.3592)^\top$", 1 - A1t[0, 0]**2, "0.9901"); C(f, r"- $1 - A^{[1]2} \approx (0.9901,\ 0.3592)^\top$", 1 - A1t[1, 0]**2, "0.3592")
dZ1t = (W2t.T*dZ2t)*(1 - A1t**2)
C(f, r"- $dZ^{[1]} \approx (-0.7429,\ 0.4043)^\top$", dZ1t[0, 0], "-0.7429"); C(f, r"- $dZ^{[1]} \approx (-0.7429,\ 0.4043)^\top$", dZ1t[1, 0], "0.4043")
W(f, r"0.4043 & 0.8806", 2*dZ1t[1, 0], "0.8806")

f = "en/en23_conv_layer_backprop_3x3_notes.md"
Xc = np.array([[1, 2, 0], [0, 1, 3], [2, 1, 1.]]); Kc = np.array([[1, 0], [-1, 2.]]); dYc = np.array([[1, -1], [0, 2.]])
Yc = np.array([[(Xc[i:i+2, j:j+2]*Kc).sum() for j in range(2)] for i in range(2)])
dKc = np.array([[(Xc[a:a+2, b:b+2]*dYc).sum() for b in range(2)] for a in range(2)])
dXc = np.zeros((3, 3))
for i in range(2):
    for j in range(2): dXc[i:i+2, j:j+2] += dYc[i, j]*Kc
C(f, r"output is $Y \in \mathbb{R}^{2\times 2}$ since $(3 - 2)/1 + 1 = 2$", (3 - 2)/1 + 1, "2", tol=0)
for k_, (i, j) in zip(["- $Y_{11} = 1 + 0 + 0 + 2 = 3$", "- $Y_{12} = 2 + 0 - 1 + 6 = 7$", "- $Y_{21} = 0 + 0 - 2 + 2 = 0$", "- $Y_{22} = 1 + 0 - 1 + 2 = 2$"], [(0, 0), (0, 1), (1, 0), (1, 1)]):
    C(f, k_, Yc[i, j], k_.split("= ")[-1].rstrip("$"), tol=0)
for k_, (i, j) in zip([r"- $dK_{11} = 1\cdot1 - 1\cdot2 + 0\cdot0 + 2\cdot1 = 1$", r"- $dK_{12} = 1\cdot2 - 1\cdot0 + 0\cdot1 + 2\cdot3 = 8$", r"- $dK_{21} = 1\cdot0 - 1\cdot1 + 0\cdot2 + 2\cdot1 = 1$", r"- $dK_{22} = 1\cdot1 - 1\cdot3 + 0\cdot1 + 2\cdot1 = 0$"], [(0, 0), (0, 1), (1, 0), (1, 1)]):
    C(f, k_, dKc[i, j], k_.split("= ")[-1].rstrip("$"), tol=0)
C(f, r"**Bias gradient.** $db = \sum_{i,j} dY_{ij} = 1 - 1 + 0 + 2 = 2$", dYc.sum(), "2", tol=0)
C(f, r"\begin{pmatrix} 1 & -1 & 0 \\ -1 & 5 & -2 \\ 0 & -2 & 4 \end{pmatrix}$$", np.abs(dXc - np.array([[1, -1, 0], [-1, 5, -2], [0, -2, 4]])).sum(), "0", val=0, tol=0)
C(f, r"$1\cdot 2 + (-1)(-1) + 0\cdot 0 + 2\cdot 1 = 5$", dXc[1, 1], "5", tol=0)

f = "en/en23_keras_cifar_cnn_summary_readme.md"
C(f, r"| conv2d | (None, 30, 30, 32) | 896 |", 3*3*3*32 + 32, "896", tol=0)
C(f, r"| max_pooling2d | (None, 15, 15, 32)", 30//2, "15", tol=0)
C(f, r"| conv2d_1 | (None, 13, 13, 64) | 18,496 |", 3*3*32*64 + 64, "18496", tol=0)
C(f, r"| max_pooling2d_1 | (None, 6, 6, 64)", 13//2, "6", tol=0)
C(f, r"| flatten | (None, 2304)", 6*6*64, "2304", tol=0)
W(f, r"$2304\cdot64 + 64 = 147250$", 2304*64 + 64, "147250", tol=0.6)
C(f, r"| dense_1 | (None, 10) | 650 |", 64*10 + 10, "650", tol=0)
C(f, r"Total params: $896 + 18496 + 147520 + 650 = 167562$", 896 + 18496 + 147520 + 650, "167562", tol=0)
C(f, r"$147520 / 167562 \approx 88\%$", 100*147520/167562, "88")
C(f, r"shrinks that layer to $64\cdot 64 + 64 = 4160$", 64*64 + 64, "4160", tol=0)
C(f, r"$896 + 18496 + 4160 + 650 = 24202$", 896 + 18496 + 4160 + 650, "24202", tol=0)
C(f, r"$(32 - 3)/1 + 1 = 30$", (32 - 3)/1 + 1, "30", tol=0)

f = "en/en23_rmsprop_learner_notes.md"
g1 = 2.; v1 = 0.1*g1**2; w1 = 1 - 0.1*g1/sqrt(v1); g2 = 2*w1; v2 = 0.9*v1 + 0.1*g2**2; w2 = w1 - 0.1*g2/sqrt(v2)
C(f, r"$g_1 = 2 \cdot 1 = 2$", g1, "2", tol=0)
C(f, r"$v_1 = 0.9 \cdot 0 + 0.1 \cdot 4 = 0.4$", v1, "0.4")
C(f, r"$\sqrt{0.4} \approx 0.6325$", sqrt(0.4), "0.6325")
C(f, r"$w_1 = 1 - 0.1 \cdot 2 / 0.6325 = 1 - 0.3162 = 0.6838$", w1, "0.6838"); C(f, r"$w_1 = 1 - 0.1 \cdot 2 / 0.6325 = 1 - 0.3162 = 0.6838$", 0.2/0.6325, "0.3162")
C(f, r"0.1/\sqrt{0.1} \approx 0.3162$", 0.1/sqrt(0.1), "0.3162")
W(f, r"$g_2 = 2 × 0.6838 = 1.3576$", g2, "1.3576")
C(f, r"$g_2² ≈ 1.8702$", g2**2, "1.8702")
C(f, r"$v_2 = 0.9 \cdot 0.4 + 0.1 \cdot 1.8702 = 0.36 + 0.1870 = 0.5470$", v2, "0.5470")
C(f, r"$√0.5470 ≈ 0.7396$", sqrt(v2), "0.7396")
C(f, r"step size $0.1 \times 1.3675 / 0.7396 \approx 0.1849$", 0.1*g2/sqrt(v2), "0.1849"); C(f, r"so $w_2 \approx 0.6838 - 0.1849 = 0.4989$", w2, "0.4989")
C(f, r"$w_1 = 1 - 0.2 = 0.8$, $w_2 = 0.8 - 0.16 = 0.64$", 0.8 - 0.1*1.6, "0.64")

f = "en/en23_batchnorm_forward_four_values_colab.ipynb"
xb = np.array([1., 3., 4., 8.]); xh = (xb - xb.mean())/np.sqrt(xb.var() + 1e-5); yb = 2*xh + 0.5
C(f, r"$$\mu_B = \frac{1 + 3 + 4 + 8}{4} = 4$$", xb.mean(), "4", tol=0)
C(f, r"= \frac{26}{4} = 6.5$$", xb.var(), "6.5")
C(f, r"$\sqrt{6.5 + 10^{-5}} \approx 2.5495$", sqrt(6.5 + 1e-5), "2.5495")
for i_, (a_, b_) in enumerate([("-1.1767", "-1.8534"), ("-0.3922", "-0.2845"), ("0", "0.5"), ("1.5689", "3.6379")]):
    row = f"| {i_ + 1} |"
    C(f, row, xh[i_], a_, tol=(0.6e-4 if "." in a_ else 1e-9)); C(f, row, yb[i_], b_)
W(f, r"$y_4 = 2 \times 1.5689 + 0.5 = 3.1378$", 2*1.5689 + 0.5, "3.1378")
C(f, r"(exactly $6.5/6.50001$)", (xh**2).mean(), "1", tol=1e-5)
C(f, r"($26/3 \approx 8.667$)", 26/3, "8.667"); C(f, r"$\sqrt{3/4} \approx 0.866$", sqrt(0.75), "0.866")

f = "en/en23_l1_l2_gradient_exam_solutions.md"
wv = np.array([0.5, -2, 0, 1.5]); lam = 0.1; gv = np.array([0.2, 0.4, -0.1, 0])
C(f, r"$\lVert\mathbf w\rVert_2^2 = 0.25 + 4 + 0 + 2.25 = 6.5$", (wv**2).sum(), "6.5")
W(f, r"$$R_2 = \frac{0.1}{2}\cdot 6.5 = 0.65$$", lam/2*(wv**2).sum(), "0.65")
C(f, r"Gradient: $\nabla R_2 = \lambda\mathbf w = (0.05,\ -0.2,\ 0,\ 0.15)$", lam*wv[3], "0.15"); C(f, r"Gradient: $\nabla R_2 = \lambda\mathbf w = (0.05,\ -0.2,\ 0,\ 0.15)$", lam*wv[1], "-0.2")
C(f, r"= 0.1\,(0.5 + 2 + 0 + 1.5) = 0.4$.", lam*np.abs(wv).sum(), "0.4")
wn = wv - 0.5*(gv + lam*wv)
for i_, s1, s2 in [(0, "0.25", "0.375"), (1, "0.2", "-2.1"), (2, "-0.1", "0.05"), (3, "0.15", "1.425")]:
    row = f"| {i_ + 1} | ${s1}$ |"
    C(f, row, (gv + lam*wv)[i_], s1); C(f, row, wn[i_], s2)
C(f, r"with shrink factor $1 - 0.05 = 0.95$", 1 - 0.5*lam, "0.95")
C(f, r"for $i = 1$, $0.95 \cdot 0.5 - 0.5 \cdot 0.2 = 0.475 - 0.1 = 0.375$", 0.95*0.5 - 0.1, "0.375")

f = "en/en23_hardy_weinberg_carrier_frequency.md"
q = 0.02; p_ = 0.98
C(f, r"Affected children are $aa$, so $q^2 = 1/2500 = 0.0004$", 1/2500, "0.0004")
C(f, r"$$q = \sqrt{0.0004} = 0.02, \qquad p = 1 - 0.02 = 0.98.$$", sqrt(0.0004), "0.02"); C(f, r"$$q = \sqrt{0.0004} = 0.02, \qquad p = 1 - 0.02 = 0.98.$$", 1 - q, "0.98")
C(f, r"$$2pq = 2 \times 0.98 \times 0.02 = 0.0392 \approx 3.9\%,$$", 2*p_*q, "0.0392"); C(f, r"$$2pq = 2 \times 0.98 \times 0.02 = 0.0392 \approx 3.9\%,$$", 200*p_*q, "3.9")
C(f, r"about one person in $1/0.0392 \approx 25.5$", 1/0.0392, "25.5")
C(f, r"affected is $2pq/q^2 = 2p/q = 98$", 2*p_/q, "98", tol=1e-9)
C(f, r"$0.98^2 + 0.0392 + 0.0004 = 0.9604 + 0.0392 + 0.0004 = 1$", p_**2 + 2*p_*q + q*q, "1", tol=1e-9); C(f, r"$0.98^2 + 0.0392", p_**2, "0.9604")
C(f, r"$\frac{0.0392}{0.9996} \approx 0.03922$, squared $\approx 0.001538$", 0.0392/0.9996, "0.03922"); C(f, r"squared $\approx 0.001538$", (0.0392/0.9996)**2, "0.001538")
C(f, r"with probability $\frac14$ of that, $\approx 0.000384$", (0.0392/0.9996)**2/4, "0.000384")

f = "en/en23_elastic_collision_two_carts_colab.ipynb"
m1_, m2_, s1_ = sp.symbols("m1 m2 v1", positive=True)
u1s, u2s = (m1_ - m2_)/(m1_ + m2_)*s1_, 2*m1_/(m1_ + m2_)*s1_
S(f, r"$$v_1' = \frac{m_1 - m_2}{m_1 + m_2}v_1, \qquad v_2' = \frac{2m_1}{m_1 + m_2}v_1$$", (m1_*u1s + m2_*u2s - m1_*s1_)**2 + (m1_*u1s**2 + m2_*u2s**2 - m1_*s1_**2)**2)
C(f, r"$v_1' = \frac{2 - 1}{3}\cdot 3 = 1\ \text{m/s}$", 1/3*3, "1", tol=1e-9); C(f, r"$v_2' = \frac{4}{3}\cdot 3 = 4\ \text{m/s}$", 4/3*3, "4", tol=1e-9)
C(f, r"Momentum before: $p = 2 \cdot 3 = 6\ \text{kg·m/s}$. After: $2 \cdot 1 + 1 \cdot 4 = 6", 2*1 + 4, "6", tol=0)
C(f, r"Kinetic energy before: $\frac12 \cdot 2 \cdot 3^2 = 9\ \text{J}$.", 0.5*2*9, "9", tol=0)
W(f, r"cart 2: $\frac12 \cdot 1 \cdot 4^2 = 16\ \text{J}$", 0.5*16, "16")
C(f, r"Total after: $1 + 8 = 9\ \text{J}$. ✓", 0.5*2*1 + 0.5*16, "9", tol=0)
C(f, r"Cart 2 receives $8/9 \approx 88.9\%$", 800/9, "88.9")
S(f, r"$\frac{4m_1m_2}{(m_1 + m_2)^2} = \frac{8}{9}$, which", (m2_*u2s**2/(m1_*s1_**2) - 4*m1_*m2_/(m1_ + m2_)**2))
C(f, r"$v_2' - v_1' = 4 - 1 = 3 = v_1 - v_2$", 4 - 1, "3", tol=0)

f = "en/en23_kepler_third_law_orbit_notes.md"
rr, GG, TT = sp.symbols("r G T", positive=True)
S(f, r"$$T^2 = \frac{4\pi^2}{GM}r^3$$", sp.solve(sp.Eq(GG/rr**2, (2*sp.pi*rr/TT)**2/rr), TT)[0]**2 - 4*sp.pi**2*rr**3/GG)
Te = 2*pi*sqrt(1.496e11**3/1.327e20)
C(f, r"\approx 3.156 \times 10^{7}\ \text{s} \approx 365.3\ \text{days}$$", Te/1e7, "3.156"); C(f, r"\approx 3.156 \times 10^{7}\ \text{s} \approx 365.3\ \text{days}$$", Te/86400, "365.3")
rg = (3.986e14*86164**2/(4*pi**2))**(1/3)
C(f, r"\approx 4.216 \times 10^{7}\ \text{m} = 42\,164\ \text{km}$$", rg/1e7, "4.216")
C(f, r"is $42164 - 6371 = 35793$ km", 42164 - 6371, "35793", tol=0)
C(f, r"orbital speed is $v = 2\pi r/T \approx 3.07\ \text{km/s}$", 2*pi*rg/86164/1e3, "3.07")
Tm = 2*pi*sqrt(3.844e8**3/3.986e14)
C(f, r"\approx 2.372 \times 10^{6}\ \text{s} \approx 27.45\ \text{days},$$", Tm/1e6, "2.372"); C(f, r"\approx 2.372 \times 10^{6}\ \text{s} \approx 27.45\ \text{days},$$", Tm/86400, "27.45")
C(f, r"Doubling $r$ multiplies $T$ by $2^{3/2} \approx 2.83$", 2**1.5, "2.83")
C(f, r"$384400/42164 \approx 9.12$ times", 384400/42164, "9.12"); C(f, r"$9.12^{3/2} \approx 27.5$ sidereal days", 9.12**1.5, "27.5")

f = "en/en23_torricelli_tank_drain.md"
vt = sqrt(2*9.81*1.8)
C(f, r"$$v = \sqrt{2 \cdot 9.81 \cdot 1.8} = \sqrt{35.316} \approx 5.94\ \text{m/s}$$", vt, "5.94"); C(f, r"\sqrt{35.316}", 2*9.81*1.8, "35.316")
C(f, r"$$Q = a v \approx 2 \times 10^{-4} \cdot 5.943 \approx 1.19 \times 10^{-3}", 2e-4*vt*1e3, "1.19")
W(f, r"that is $Q \approx 11.9$ L/s.", 2e-4*vt*1e3, "11.9")
hh, AA, aa, gg, HH = sp.symbols("h A a g H", positive=True)
S(f, r"$$t = \frac{A}{a}\sqrt{\frac{2H}{g}} = 2500", sp.integrate(AA/(aa*sp.sqrt(2*gg*hh)), (hh, 0, HH)) - AA/aa*sp.sqrt(2*HH/gg))
C(f, r"\approx 2500 \times 0.6058 \approx 1514\ \text{s}$$", 2500*sqrt(3.6/9.81), "1514"); C(f, r"\approx 2500 \times 0.6058 \approx 1514\ \text{s}$$", sqrt(3.6/9.81), "0.6058")
C(f, r"so about $25.2$ minutes.", 2500*sqrt(3.6/9.81)/60, "25.2")
C(f, r"\approx 444\ \text{s}$, because", 2500*sqrt(2)*(sqrt(1.8) - sqrt(0.9))/sqrt(9.81), "444")
C(f, r"$$t = 2500\sqrt{\frac{1.6}{9.81}} \approx 1010\ \text{s}$$", 2500*sqrt(1.6/9.81), "1010", tol=1)
C(f, r"i.e. $1514 \times \sqrt{0.8/1.8} = 1514 \times \tfrac23 \approx 1009$ s", 1514*sqrt(0.8/1.8), "1009"); C(f, r"about 16.8 minutes", 1009.6/60, "16.8")

f = "en/en23_cagr_revenue_growth_blog.md"
r_ = 1.75**0.25 - 1
C(f, r"$$r = \left(\frac{210}{120}\right)^{1/4} - 1 = 1.75^{1/4} - 1$$", 210/120, "1.75")
C(f, r"Now $1.75^{1/2} \approx 1.3229$ and $\sqrt{1.3229} \approx 1.1502$", sqrt(1.75), "1.3229"); C(f, r"Now $1.75^{1/2} \approx 1.3229$ and $\sqrt{1.3229} \approx 1.1502$", 1 + r_, "1.1502")
C(f, r"so $r \approx 0.1502$, i.e. **15.0 %", r_, "0.1502")
C(f, r"total growth is $90/120 = 75\%$, and $75\%/4 = 18.75\%$", 90/120*100, "75", tol=1e-9); C(f, r"and $75\%/4 = 18.75\%$", 75/4, "18.75")
C(f, r"$$210 \times 1.1502^2 \approx 210 \times 1.3229 \approx 277.8\ \text{k\$}$$", 210*1.75**0.5, "277.8")
C(f, r"\approx \frac{0.6931}{0.1399} \approx 4.95$ years", log(2)/log(1 + r_), "4.95"); C(f, r"\approx \frac{0.6931}{0.1399}", log(1 + r_), "0.1399")
C(f, r"gives $72/15 = 4.8$ years", 72/15, "4.8")
C(f, r"| 2026 | $210 \times 1.1502 \approx 241.5$ |", 210*(1 + r_), "241.5"); C(f, r"| 2027 | $241.5 \times 1.1502 \approx 277.8$ |", 241.5*1.1502, "277.8")

f = "en/en23_chebyshev_bound_vs_normal_notebook.ipynb"
for k_, a_, b_ in [(1.5, "0.4444", "0.1336"), (2, "0.25", "0.0455"), (3, "0.1111", "0.0027")]:
    row = f"| {k_} | ${a_}$ |"
    C(f, row, 1/k_**2, a_); C(f, row, 2*stats.norm.sf(k_), b_)
C(f, r"about $0.1111/0.0027 \approx 41$ times", (1/9)/(2*stats.norm.sf(3)), "41")
C(f, r"The distance is $74 - 50 = 24$ ms, so $k = 24/8 = 3$.", 24/8, "3", tol=0)
C(f, r"at most $1/9 \approx 11.1\%$ of requests", 100/9, "11.1")
C(f, r"\le \frac{1}{1 + k^2} = \frac{1}{10} = 10\%$.", 100/(1 + 9), "10", tol=1e-9)
C(f, r"$1 - \Phi(3) \approx 0.00135$, about 0.13 %", stats.norm.sf(3), "0.00135"); C(f, r"$1 - \Phi(3) \approx 0.00135$, about 0.13 %", 100*stats.norm.sf(3), "0.13")
C("en/en23_normal_equation_textbook_ch3.md", r"From (3.6) and (3.7), using $X^\top y = (8, 23)^\top$,", (Xn.T @ yn)[1], "23", tol=0)
C("ko/ko23_triangle_area_cross_product.md", r"두 변 벡터: $\vec{AB} = (-1, 2, 0)$", 2 - 0, "2", val=2, tol=0)
# ---------------------------------------------------------------- ko
f = "ko/ko23_linreg_gd_three_points_velog.md"
xk = np.array([1, 2, 3.]); yk = np.array([2, 2, 4.])
wk, bk = sp.symbols("w b", real=True)
Lk = sum((wk*xi + bk - yi)**2 for xi, yi in zip([1, 2, 3], [2, 2, 4]))/3
S(f, r"$$\frac{\partial L}{\partial w} = \frac2n\sum_i (wx_i + b - y_i)\,x_i", (sp.diff(Lk, wk) - sp.Rational(2, 3)*sum((wk*xi + bk - yi)*xi for xi, yi in zip([1, 2, 3], [2, 2, 4])))**2 + (sp.diff(Lk, bk) - sp.Rational(2, 3)*sum((wk*xi + bk - yi) for xi, yi in zip([1, 2, 3], [2, 2, 4])))**2)
C(f, r"$L = \frac{4 + 4 + 16}{3} = 8$", (yk**2).mean(), "8", tol=0)
C(f, r"| $\sum (\hat y_i - y_i)x_i$ | $-2 - 4 - 12$ | $-18$ |", (-yk*xk).sum(), "-18", tol=0)
C(f, r"| $\partial L/\partial w$ | $\frac23 \times (-18)$ | $-12$ |", 2/3*(-18), "-12", tol=1e-9)
C(f, r"| $\sum (\hat y_i - y_i)$ | $-2 - 2 - 4$ | $-8$ |", -yk.sum(), "-8", tol=0)
C(f, r"| $\partial L/\partial b$ | $\frac23 \times (-8)$ | $-5.333$ |", 2/3*(-8), "-5.333")
W(f, r"b_1 = 0 - 0.1 \times (-5.333) = 0.05333$$", 0.1*16/3, "0.05333")
pk = 1.2*xk + 1.6/3
C(f, r"새 예측은 $\hat y = (1.7333,\ 2.9333,\ 4.1333)$", pk[0], "1.7333"); C(f, r"새 예측은", pk[2], "4.1333"); C(f, r"새 예측은", (pk - yk)[1], "0.9333"); C(f, r"새 예측은", (pk - yk)[0], "-0.2667")
C(f, r"$$L = \frac{0.0711 + 0.8711 + 0.0178}{3} = \frac{0.96}{3} = 0.32$$", ((pk - yk)**2).mean(), "0.32"); C(f, r"$$L = \frac{0.0711 + 0.8711", ((pk - yk)**2).sum(), "0.96")
ws_, bs_ = np.polyfit(xk, yk, 1)
C(f, r"참고로 최소제곱 해는 $w = 1$, $b = 0.6667$이고 그때 $L = 0.2222$", bs_, "0.6667"); C(f, r"참고로 최소제곱 해는", ws_, "1", tol=1e-9); C(f, r"참고로 최소제곱 해는", ((ws_*xk + bs_ - yk)**2).mean(), "0.2222")

f = "ko/ko23_sigmoid_bce_derivation_tistory.md"
S(f, r"= \sigma(z)\big(1 - \sigma(z)\big)$$", sp.diff(sigs, X) - sigs*(1 - sigs))
S(f, r"\right)\hat y(1 - \hat y) = \hat y - y$$", sp.diff(-y*sp.log(sigs) - (1 - y)*sp.log(1 - sigs), X) - (sigs - y))
C(f, r"- $z = 0.4 \times 1.5 - 0.1 = 0.5$", 0.4*1.5 - 0.1, "0.5")
C(f, r"- $ŷ = σ(0.5) ≈ 0.6225$", sig(0.5), "0.6225")
C(f, r"- $L = -\log(1 - 0.6225) = -\log 0.3775 \approx 0.9741$", -log(1 - sig(0.5)), "0.9741"); C(f, r"-\log 0.3775 \approx", 1 - sig(0.5), "0.3775")
C(f, r"- $∂L/∂w = 0.6225 × 1.5 ≈ 0.9337$", 1.5*sig(0.5), "0.9337")
C(f, r"- $∂L/∂b ≈ 0.6225$", sig(0.5), "0.6225")
wk1 = 0.4 - 0.15*sig(0.5); bk1 = -0.1 - 0.1*sig(0.5)
C(f, r"$w = 0.4 - 0.1 \times 0.9337 \approx 0.3066$", wk1, "0.3066")
C(f, r"$b = -0.1 - 0.06225 \approx -0.1622$", bk1, "-0.1622")
C(f, r"$z = 0.3066 \times 1.5 - 0.1622 \approx 0.2977$", 1.5*wk1 + bk1, "0.2977"); C(f, r"$\hat y \approx 0.5739$", sig(1.5*wk1 + bk1), "0.5739")

f = "ko/ko23_leaky_relu_elu_wikidocs.md"
C(f, r"예: $f(-3) = 0.01 \times (-3) = -0.03$, $f'(-3) = 0.01$.", -0.03, "-0.03")
S(f, r"음수 구간에서 $g'(x) = \alpha e^x = g(x) + \alpha$", sp.diff(sp.exp(X) - 1, X) - (sp.exp(X) - 1 + 1))
C(f, r"| $-2$ | $e^{-2} - 1 \approx -0.8647$", exp(-2) - 1, "-0.8647"); C(f, r"| $-2$ | $e^{-2} - 1", exp(-2), "0.1353")
W(f, r"| $-1$ | $e^{-1} - 1 \approx -0.3679$", exp(-1) - 1, "-0.3679")
C(f, r"확인: $g'(-1) = g(-1) + 1 = -0.6321 + 1 = 0.3679$", exp(-1), "0.3679"); C(f, r"확인: $g'(-1) = g(-1) + 1", exp(-1) - 1, "-0.6321")
C(f, r"- Leaky ReLU: $0.5 \times 0.01 = 0.005$", 0.005, "0.005")
C(f, r"- ELU: $0.5 \times 0.1353 \approx 0.0677$", 0.5*exp(-2), "0.0677")
C(f, r"($0.0677 / 0.005 \approx 13.5$)", 0.5*exp(-2)/0.005, "13.5")

f = "ko/ko23_conv_pool_output_size_colab.ipynb"
o_ = lambda i, k, s=1, p=0: (i + 2*p - k)//s + 1
C(f, r"1. conv1 ($k = 5$, $s = 1$, $p = 0$): $64 - 5 + 1 = 60$", o_(64, 5), "60", tol=0)
C(f, r"2. pool1 ($k = 2$, $s = 2$): $\lfloor (60 - 2)/2 \rfloor + 1 = 30$", o_(60, 2, 2), "30", tol=0)
C(f, r"\lfloor 14.5 \rfloor + 1 = 15$", o_(30, 3, 2, 1), "15", tol=0); C(f, r"\lfloor 14.5 \rfloor + 1 = 15$", (30 + 2 - 3)/2, "14.5")
C(f, r"4. pool2 ($k = 3$, $s = 2$): $\lfloor (15 - 3)/2 \rfloor + 1 = 7$", o_(15, 3, 2), "7", tol=0)
C(f, r"펼치면 $7 \cdot 7 \cdot 32 = 1568$", 7*7*32, "1568", tol=0)
C(f, r"- conv1: $5 \times 5 \times 3 \times 16 + 16 = 1216$", 5*5*3*16 + 16, "1216", tol=0)
W(f, r"- conv2: $3 \times 3 \times 16 \times 32 + 32 = 4680$", 3*3*16*32 + 32, "4680", tol=0.6)
C(f, r"합계 $1216 + 4640 = 5856$", 1216 + 4640, "5856", tol=0)

f = "ko/ko23_momentum_sgd_study_note.md"
C(f, r"**1스텝**: $g_1 = 2$, $v_1 = 0 + 2 = 2$, $w_1 = 2 - 0.5 \times 2 = 1$", 2 - 0.5*2, "1", tol=0)
C(f, r"**2스텝**: $g_2 = 1$, $v_2 = 0.9 × 2 + 1 = 2.8$", 0.9*2 + 1, "2.8"); C(f, r"$w_2 = 1 - 1.4 = -0.4$", 1 - 0.5*2.8, "-0.4")
W(f, r"$0.9 \times 2.8 = 2.25$ 이고", 0.9*2.8, "2.25")
C(f, r"$v_3 = 2.52 - 0.4 = 2.12$", 0.9*2.8 - 0.4, "2.12"); C(f, r"$w_3 = -0.4 - 0.5 \times 2.12 = -1.46$", -0.4 - 0.5*2.12, "-1.46")
C(f, r"$2 \to 1 \to 0.5 \to 0.25$", 2*0.5**3, "0.25")
vv, ww = 0., 2.
for t_ in range(3):
    vv = 0.9*vv + ww; ww = ww - 0.5*vv
C(f, r"| 3 | $-1.46$ | $0.25$ |", ww, "-1.46"); C(f, r"| 2 | $-0.4$ | $0.5$ |", 2*0.25, "0.5")
C(f, r"$\sqrt{0.9} \approx 0.949 < 1$", sqrt(0.9), "0.949")
lam_ = sp.Symbol("lam"); rts = sp.solve(lam_**2 - sp.Rational(7, 5)*lam_ + sp.Rational(9, 10), lam_)
C(f, r"(특성방정식 근의 크기가", float(sp.Abs(rts[0])), "0.949")

f = "ko/ko23_dropout_scaling_lecture.md"
pp, aa_ = sp.symbols("p a", positive=True)
S(f, r"로 계산한다. 그러면 $\mathbb{E}[\tilde a_i] = \frac{p\,a_i}{p} = a_i$", (pp*aa_/pp + (1 - pp)*0) - aa_)
C(f, r"스케일은 $1/p = 1/0.8 = 1.25$ 이고", 1/0.8, "1.25")
C(f, r"$$\tilde a = 1.25 \times (2.0,\ 0,\ 1.5,\ 3.0) = (2.5,\ 0,\ 1.875,\ 3.75)$$", 1.25*1.5, "1.875"); C(f, r"= (2.5,\ 0,\ 1.875,\ 3.75)$$", 1.25*3, "3.75")
C(f, r"- 원래 합: $2.0 + 0.5 + 1.5 + 3.0 = 7.0$", 7.0, "7.0")
C(f, r"- 드롭아웃 후 합: $2.5 + 1.875 + 3.75 = 8.125$", 2.5 + 1.875 + 3.75, "8.125")
pp, aa_ = sp.symbols("p a", positive=True)
S(f, r"**분산.** $\mathrm{Var}[\tilde a_i] = \frac{a_i^2}{p^2}\,p(1 - p) = a_i^2\frac{1 - p}{p}$", (pp*(aa_/pp)**2 - (pp*aa_/pp)**2) - aa_**2*(1 - pp)/pp)
C(f, r"$4 \times \frac{0.2}{0.8} = 1$", 4*0.2/0.8, "1", tol=1e-9)
C(f, r"$a_4 = 3.0$ 이면 테스트 출력은 $0.8 \times 3.0 = 2.4$", 2.4, "2.4")
C(f, r"스케일은 $1/0.5 = 2$, 분산은", 1/0.5, "2", tol=0)

f = "ko/ko23_two_layer_relu_backprop_colab.ipynb"
Xr = np.array([[1., 2.], [-1., 1.]]); yr = np.array([[1.], [0.]]); W1r = np.array([[0.5, -1., 0.2], [0.3, 0.4, -0.5]]); b1r = np.array([0., 0.1, 0.]); W2r = np.array([[1.], [-2.], [0.5]])
Z1r = Xr @ W1r + b1r; A1r = np.maximum(Z1r, 0); yhr = A1r @ W2r + 0.1
C(f, r"$$Z_1 = XW_1 + b_1 = \begin{pmatrix} 1.1 & -0.1 & -0.8 \\ -0.2 & 1.5 & -0.7 \end{pmatrix}", np.abs(Z1r - np.array([[1.1, -0.1, -0.8], [-0.2, 1.5, -0.7]])).max(), "0", val=0, tol=1e-9)
C(f, r"$\hat y = A_1W_2 + b_2 = (1.1 + 0.1,\ -3.0 + 0.1)^\top = (1.2,\ -2.9)^\top$", yhr[1, 0], "-2.9"); C(f, r"$\hat y = A_1W_2 + b_2", yhr[0, 0], "1.2")
C(f, r"$L = \frac{1}{4}\big(0.2^2 + 2.9^2\big) = \frac{0.04 + 8.41}{4} = 2.1125$", ((yhr - yr)**2).sum()/4, "2.1125")
dZ2r = (yhr - yr)/2; dA1r = dZ2r @ W2r.T; dZ1r = dA1r*(Z1r > 0); dW1r = Xr.T @ dZ1r
C(f, r"$dZ_2 = \frac{1}{m}(\hat y - y) = (0.1,\ -1.45)^\top$", dZ2r[1, 0], "-1.45")
C(f, r"= (0.11,\ -2.175,\ 0)^\top$, $db_2 = 0.1 - 1.45 = -1.35$", (A1r.T @ dZ2r)[1, 0], "-2.175"); C(f, r"$db_2 = 0.1 - 1.45 = -1.35$", dZ2r.sum(), "-1.35")
C(f, r"$dA_1 = dZ_2W_2^\top = \begin{pmatrix} 0.1 & -0.2 & 0.05 \\ -1.45 & 2.9 & -0.725", np.abs(dA1r - np.array([[0.1, -0.2, 0.05], [-1.45, 2.9, -0.725]])).max(), "0", val=0, tol=1e-9)
C(f, r"ReLU 마스크 $\mathbb{1}[Z_1 > 0]$를 곱하면", np.abs(dZ1r - np.array([[0.1, 0, 0], [0, 2.9, 0]])).max(), "0", val=0, tol=1e-9)
W(f, r"= \begin{pmatrix} 0.1 & 2.9 & 0 \\ 0.2 & 2.9 & 0 \end{pmatrix}$$", dW1r[0, 1], "2.9", val=2.9)
C(f, r"$db_1 = (0.1,\ 2.9,\ 0)$.", dZ1r.sum(0)[1], "2.9")

f = "ko/ko23_lenet5_params_velog.md"
C(f, r"| C1: 5×5 conv, 6개 | 28×28×6 |", 6*(25 + 1), "156", tol=0)
C(f, r"| C3: 5×5 conv, 16개 |", 16*(150 + 1), "2416", tol=0)
C(f, r"| C5: 120 | 120 |", 120*401, "48120", tol=0)
C(f, r"| F6: 84 | 84 |", 84*121, "10164", tol=0)
C(f, r"| 출력: 10 | 10 |", 10*85, "850", tol=0)
W(f, r"- C1: $32 - 5 + 1 = 27$", 32 - 5 + 1, "27", tol=0.1)
C(f, r"- C3: $14 - 5 + 1 = 10$", 10, "10", tol=0)
C(f, r"- C5: $5 - 5 + 1 = 1$, 즉 $5 \times 5 \times 16 = 400$", 5*5*16, "400", tol=0)
C(f, r"$$156 + 2416 + 48120 + 10164 + 850 = 61706$$", 156 + 2416 + 48120 + 10164 + 850, "61706", tol=0)
C(f, r"$61706 - 2416 + 1516 = 60806$", 61706 - 2416 + 1516, "60806", tol=0)
C(f, r"$2 \times 6 + 2 \times 16 = 44$", 2*6 + 2*16, "44", tol=0)
C(f, r"$(48120 + 10164)/61706 \approx 94.5\%$", 100*(48120 + 10164)/61706, "94.5")

f = "ko/ko23_buoyancy_archimedes_block.md"
C(f, r"$$V = 0.2 \times 0.1 \times 0.05 = 0.001\ \text{m}^3$$", 0.2*0.1*0.05, "0.001")
C(f, r"$m = 600 \times 0.001 = 0.6\ \text{kg}$, 무게 $W = 0.6 \times 9.81 = 5.886\ \text{N}$", 0.6*9.81, "5.886")
C(f, r"\frac{V_{\text{잠김}}}{V} = \frac{\rho_w}{\rho} = \frac{600}{1000} = 0.6$$", 0.6, "0.6")
C(f, r"높이 5 cm 중 $0.6 \times 5 = 3$ cm가", 3.0, "3", tol=1e-9)
W(f, r"$$F = (1000 - 600) \times 0.001 \times 9.81 = 39.24\ \text{N}$$", 400*0.001*9.81, "39.24")
C(f, r"잠기는 비율은 $600/1025 \approx 0.585$, 깊이 $\approx 2.93$ cm", 600/1025, "0.585"); C(f, r"깊이 $\approx 2.93$ cm", 5*600/1025, "2.93")
C(f, r"잠기는 비율은 $600/920 \approx 0.652$, 깊이는 $0.652 \times 5 \approx 3.26$ cm", 600/920, "0.652"); C(f, r"깊이는 $0.652 \times 5 \approx 3.26$", 0.652*5, "3.26")

f = "ko/ko23_harmonic_mean_speed_trip.md"
C(f, r"- 갈 때 걸린 시간: $120 / 60 = 2$ 시간", 2, "2", tol=0); C(f, r"- 올 때 걸린 시간: $120 / 40 = 3$ 시간", 3, "3", tol=0)
C(f, r"- 평균 속력: $\dfrac{240}{2 + 3} = 48$ km/h", 240/5, "48", tol=0)
dd = sp.Symbol("d", positive=True)
S(f, r"$$\bar v = \frac{2d}{\frac{d}{60} + \frac{d}{40}}", 2*dd/(dd/60 + dd/40) - 48)
aa1, bb1 = sp.symbols("a b", positive=True)
S(f, r"\frac{2ab}{a + b} = \frac{(a - b)^2}{2(a + b)}$ 입니다", (aa1 + bb1)/2 - 2*aa1*bb1/(aa1 + bb1) - (aa1 - bb1)**2/(2*(aa1 + bb1)))
C(f, r"여기에 넣으면 $\frac{400}{200} = 2$ 로", 400/200, "2", tol=0); C(f, r"차이는 $50 - 48 = 2$ km/h", 2, "2", tol=0)
C(f, r"= \frac{540}{11} \approx 49.09\ \text{km/h}$$", 3/(1/30 + 1/60 + 1/90), "49.09"); C(f, r"= \frac{3 \cdot 180}{6 + 3 + 2}", 540/11, "49.09")
C(f, r"$\frac{6}{11} \approx 54.5\%$", 600/11, "54.5")

f = "ko/ko23_resistor_network_colab.ipynb"
C(f, r"$$R_{23} = \frac{R_2R_3}{R_2 + R_3} = \frac{72}{18} = 4\ \Omega, \qquad R = 4 + 4 = 8\ \Omega$$", 72/18, "4", tol=0)
C(f, r"전체 전류 $I = 12 / 8 = 1.5$ A. 병렬부 전압은 $1.5 \times 4 = 6$ V", 12/8, "1.5")
C(f, r"- $I_2 = 6/6 = 1$ A", 1, "1", tol=0); C(f, r"- $I_3 = 6/12 = 0.5$ A, 합 $1 + 0.5 = 1.5$ A ✔", 6/12, "0.5")
C(f, r"| $R_1$ | 1.5 A | $1.5^2 \times 4 = 9$ W |", 1.5**2*4, "9", tol=0); C(f, r"| $R_2$ | 1 A | $1^2 \times 6 = 6$ W |", 6, "6", tol=0)
W(f, r"| $R_3$ | 0.5 A | $0.5^2 \times 12 = 6$ W |", 0.25*12, "6", val=6)
C(f, r"$P = VI = 12 \times 1.5 = 18$ W 이고 $9 + 6 + 3 = 18$ W로", 12*1.5, "18", tol=0)
C(f, r"전압도 확인: $V_1 = 1.5 \times 4 = 6$ V, $V_1 + V_{23} = 6 + 6 = 12$ V.", 1.5*4, "6", tol=0)
C(f, r"($\frac{4}{4 + 4} = 0.5$)", 0.5, "0.5")

f = "ko/ko23_triangle_area_cross_product.md"
cr = np.cross(np.array([-1, 2, 0]), np.array([-1, 0, 3]))
C(f, r"= (2\cdot 3 - 0,\ 0 - (-1)\cdot 3,\ 0 - 2\cdot(-1)) = (6,\ 3,\ 2)$$", np.abs(cr - np.array([6, 3, 2])).sum(), "0", val=0, tol=0)
C(f, r"크기: $\sqrt{36 + 9 + 4} = \sqrt{49} = 7$", np.linalg.norm(cr), "7", tol=1e-9)
C(f, r"따라서 넓이 $S = \frac12 \times 7 = 3.5$.", 3.5, "3.5")
C(f, r"(절편형으로 쓰면", 6/6 + 0, "1", val=1, tol=0)
C(f, r"원점에서 평면까지 거리: $d = \dfrac{|0 + 0 + 0 - 6|}{7} = \dfrac67 \approx 0.857$", 6/7, "0.857")
C(f, r"$OABC$의 부피는 직접 $\frac16 \times 1 \times 2 \times 3 = 1$.", abs(np.linalg.det(np.array([[1, 0, 0], [0, 2, 0], [0, 0, 3.]])))/6, "1", tol=1e-9)
C(f, r"$\frac13 \times 3.5 \times \frac67 = 1$. 일치 ✔", 3.5*6/7/3, "1", tol=1e-9)
# ---------------------------------------------------------------- zh
f = "zh/zh23_tanh_vanishing_gradient_csdn.md"
S(f, r"{(e^x + e^{-x})^2} = 1 - \tanh^2 x$$", sp.diff((sp.exp(X) - sp.exp(-X))/(sp.exp(X) + sp.exp(-X)), X) - (1 - sp.tanh(X)**2))
C(f, r"易得 $x = 0$ 时取最大值 $1$。而", 0.5*0.5, "0.25")
S(f, r"另外两者有关系 $\tanh x = 2\sigma(2x) - 1$", (sp.tanh(X) - (2/(1 + sp.exp(-2*X)) - 1)).rewrite(sp.exp))
C(f, r"在 $0$ 处 $4 \times 0.25 = 1$，一致", 4*0.25, "1", tol=0)
C(f, r"解：$\tanh 2 \approx 0.9640$，代入得", tanh(2), "0.9640"); C(f, r"\approx 1 - 0.9293 = 0.0707$", 1 - tanh(2)**2, "0.0707"); C(f, r"\approx 1 - 0.9293 = 0.0707$", 0.9640**2, "0.9293")
W(f, r"\frac{1}{1024} \approx 0.00977$$", 0.25**5, "0.00977")
C(f, r"这一因子最多是 $1^5 = 1$", 1, "1", tol=0)
C(f, r"$0.0707^5 \approx 1.77 \times 10^{-6}$", 0.0707**5*1e6, "1.77")

f = "zh/zh23_cnn_params_flops_notebook.ipynb"
C(f, r"输出尺寸 $\lfloor (56 + 2 - 3)/1 \rfloor + 1 = 56$", (56 + 2 - 3)//1 + 1, "56", tol=0)
C(f, r"参数量：$3 \times 3 \times 64 \times 128 + 128 = 73728 + 128 = 73856$", 3*3*64*128 + 128, "73856", tol=0)
C(f, r"每个输出元素需要 $3 \times 3 \times 64 = 576$ 次乘加", 576, "576", tol=0)
C(f, r"$$56 \times 56 \times 128 \times 576 = 231{,}211{,}008 \approx 2.31 \times 10^{8}$$", 56*56*128*576, "231{,}211{,}008"); C(f, r"231{,}211{,}008 \approx 2.31", 56*56*128*576/1e8, "2.31")
W(f, r"FLOPs 按 2 倍计约为 $2 \times 2.31 \times 10^{8} \approx 4.62 \times 10^{9}$", 2*56*56*128*576/1e9, "4.62")
C(f, r"- depthwise：$56 \times 56 \times 64 \times 9 = 1{,}806{,}336$", 56*56*64*9, "1{,}806{,}336")
C(f, r"- pointwise：$56 \times 56 \times 64 \times 128 = 25{,}690{,}112$", 56*56*64*128, "25{,}690{,}112")
C(f, r"合计 $27{,}496{,}448$", 56*56*64*9 + 56*56*64*128, "27{,}496{,}448")
C(f, r"= \frac{1}{128} + \frac19 \approx 0.1189$$", (56*56*64*9 + 56*56*64*128)/(56*56*128*576), "0.1189")
C(f, r"也就是计算量降为原来的约 $11.9\%$", 100/128 + 100/9, "11.9"); C(f, r"约 $8.4$ 倍的加速", 1/(1/128 + 1/9), "8.4")
C(f, r"$3 \times 3 \times 64 + 64 \times 128 = 576 + 8192 = 8768$", 9*64 + 64*128, "8768", tol=0)

f = "zh/zh23_softmax_ce_grad_zhihu.md"
S(f, r"$$\frac{\partial p_i}{\partial z_j} = \begin{cases}", sum((sp.diff(P[i], zz[j]) - (P[i]*(1 - P[i]) if i == j else -P[i]*P[j]))**2 for i in range(3) for j in range(3)))
S(f, r"= -y_j + p_j\sum_i y_i = p_j - y_j$$", sum((sp.diff(-sp.log(P[1]), zz[j]) - (P[j] - (1 if j == 1 else 0)))**2 for j in range(3)))
a1_, a2_ = sp.symbols("a1 a2", real=True)
S(f, r"= \sigma(z_1 - z_2)$，这就是 sigmoid", sp.exp(a1_)/(sp.exp(a1_) + sp.exp(a2_)) - 1/(1 + sp.exp(-(a1_ - a2_))))
zq = np.array([0.5, 1.5, 0]); pq = np.exp(zq)/np.exp(zq).sum()
C(f, r"- $e^{z} \approx (1.6487,\ 4.4817,\ 1)$，和为 $7.1304$", exp(1.5), "4.4817"); C(f, r"和为 $7.1304$", np.exp(zq).sum(), "7.1304"); C(f, r"和为 $7.1304$", exp(0.5), "1.6487")
C(f, r"- $p \approx (0.2312,\ 0.6285,\ 0.1402)$", pq[0], "0.2312"); C(f, r"- $p \approx (0.2312,\ 0.6285,\ 0.1402)$", pq[1], "0.6285"); C(f, r"- $p \approx (0.2312,\ 0.6285,\ 0.1402)$", pq[2], "0.1402")
C(f, r"- $L = -\log 0.6285 \approx 0.4644$", -log(pq[1]), "0.4644")
C(f, r"- 梯度 $p - y \approx (0.2312,\ -0.3715,\ 0.1402)$", pq[1] - 1, "-0.3715")
C(f, r"梯度各分量之和为 $0.2312 - 0.3715 + 0.1402 = -0.0001", 0.2312 - 0.3715 + 0.1402, "-0.0001")

f = "zh/zh23_weight_decay_l2_exam.md"
ee, ll_, gL = sp.symbols("eta lam gL", positive=True); wq = sp.Symbol("w", real=True)
S(f, r"$$w \leftarrow w - \eta(\nabla L + \lambda w) = (1 - \eta\lambda)w - \eta\nabla L$$", sp.expand(wq - ee*(gL + ll_*wq) - ((1 - ee*ll_)*wq - ee*gL)))
C(f, r"解：直接代入得 $w' = 2 - 0.1 \times (0.5 + 0.01 \times 2) = 2 - 0.052 = 1.948$", 2 - 0.1*(0.5 + 0.02), "1.948")
C(f, r"用衰减形式验证：$(1 - 0.001) \times 2 - 0.1 \times 0.5 = 1.998 - 0.05 = 1.948$", 0.999*2 - 0.05, "1.948")
W(f, r"$$w_{100} = 2 \times 0.999^{100} \approx 2 \times 0.9048 = 1.8906$$", 2*0.999**100, "1.8906")
C(f, r"近似地 $0.999^{100} \approx e^{-0.1} \approx 0.9048$", 0.999**100, "0.9048"); C(f, r"近似地 $0.999^{100} \approx e^{-0.1} \approx 0.9048$", exp(-0.1), "0.9048")

f = "zh/zh23_minibatch_grad_mean_notebook.ipynb"
xm_ = np.array([1., 2., 3., 4.]); ym_ = np.array([2., 3., 5., 4.]); gm = (xm_ - ym_)*xm_
wq_ = sp.Symbol("w", real=True); xi_, yi_ = sp.symbols("x_i y_i", real=True)
S(f, r"## 逐样本梯度 $\frac{d\ell_i}{dw} = (wx_i - y_i)x_i$", sp.diff((wq_*xi_ - yi_)**2/2, wq_) - (wq_*xi_ - yi_)*xi_)
for i_ in range(4):
    row = f"| {i_ + 1} | {int(xm_[i_])} | {int(ym_[i_])} |"
    C(f, row, gm[i_], f"${int(gm[i_])}$" if False else str(int(gm[i_])), tol=0)
C(f, r"平均：$\bar g = \frac{-1 - 2 - 6 + 0}{4} = -2.25$", gm.mean(), "-2.25")
C(f, r"更新：$w \leftarrow 1 - 0.1 \times (-2.25) = 1.225$", 1 + 0.225, "1.225")
C(f, r"更新前 $L = \frac12 \cdot \frac{1 + 1 + 4 + 0}{4} = 0.75$", 0.5*((xm_ - ym_)**2).mean(), "0.75")
rq = 1.225*xm_ - ym_
C(f, r"更新后残差 $1.225x - y = (-0.775,\ -0.55,\ -1.325,\ 0.9)$", rq[2], "-1.325"); C(f, r"更新后残差", rq[0], "-0.775")
C(f, r"{4} \approx 0.4336$$", 0.5*(rq**2).mean(), "0.4336"); C(f, r"\frac{0.6006 + 0.3025 + 1.7556 + 0.81}{4}", rq[2]**2, "1.7556")
C(f, r"梯度是 $\frac{-1 - 2}{2} = -1.5$，更新后 $w = 1.15$", gm[:2].mean(), "-1.5"); C(f, r"更新后 $w = 1.15$", 1 - 0.1*gm[:2].mean(), "1.15")
W(f, r"步长会大 4 倍：$w = 1 + 0.9 = 1.09$", 1 + 0.9, "1.09")


f = "zh/zh23_incline_friction_block.md"
th_ = radians(30); aq = 9.8*(sin(th_) - 0.2*cos(th_))
C(f, r"$$mg\sin\theta = 5 \times 9.8 \times 0.5 = 24.5\ \text{N}$$", 5*9.8*0.5, "24.5")
C(f, r"垂直斜面方向：$N = mg\cos\theta = 49 \times 0.8660 \approx 42.44\ \text{N}$", 49*cos(th_), "42.44"); C(f, r"垂直斜面方向", cos(th_), "0.8660")
C(f, r"摩擦力 $f = \mu N = 0.2 \times 42.44 \approx 8.49\ \text{N}$", 0.2*49*cos(th_), "8.49")
C(f, r"合力 $F = 24.5 - 8.49 = 16.01\ \text{N}$，故", 24.5 - 0.2*49*cos(th_), "16.01")
C(f, r"$$a = \frac{F}{m} = \frac{16.01}{5} \approx 3.20\ \text{m/s}^2$$", aq, "3.20")
C(f, r"也可直接写成 $a = g(\sin\theta - \mu\cos\theta) = 9.8 \times (0.5 - 0.1732) \approx 3.20", aq, "3.20"); C(f, r"(0.5 - 0.1732)", 0.2*cos(th_), "0.1732")
C(f, r"由 $v^2 = 2as$ 得 $v = \sqrt{2 \times 3.20 \times 4} = \sqrt{25.6} \approx 5.06\ \text{m/s}$", sqrt(2*aq*4), "5.06"); C(f, r"\sqrt{25.6}", 2*3.2*4, "25.6")
W(f, r"所用时间 $t = v/a = 5.06 / 3.20 \approx 1.85\ \text{s}$", sqrt(8/aq), "1.85")
C(f, r"若斜面光滑（$\mu = 0$），$a = 4.9\ \text{m/s}^2$", 9.8*0.5, "4.9"); C(f, r"\sqrt{2 \times 4.9 \times 4} \approx 6.26", sqrt(2*4.9*4), "6.26")
C(f, r"这里 $\tan 30^\circ \approx 0.577 > 0.2$", tan(th_), "0.577")

f = "zh/zh23_arithmetic_sequence_seats.md"
W(f, r"$$a_{25} = 20 + 25 \times 2 = 70$$", 20 + 24*2, "70")
C(f, r"所以 $a_{25} = 68$", 20 + 24*2, "68", tol=0)
C(f, r"$$S_{25} = \frac{25(a_1 + a_{25})}{2} = \frac{25 \times (20 + 68)}{2} = 1100$$", sum(20 + 2*k for k in range(25)), "1100", tol=0)
C(f, r"也可以用 $S_n = na_1 + \frac{n(n - 1)}{2}d = 500 + 600 = 1100$", 25*20 + 25*24, "1100", tol=0)
nq = sp.Symbol("n"); C(f, r"解得 $n = 16$。", float(sp.solve(20 + 2*(nq - 1) - 50, nq)[0]), "16", tol=0)
C(f, r"$$S_{16} = \frac{16 \times (20 + 50)}{2} = 560$$", sum(20 + 2*k for k in range(16)), "560", tol=0)
C(f, r"所以第 16 排之后还有 $1100 - 560 = 540$ 个座位，占总数的约 $49.1\%$", 540, "540", tol=0); C(f, r"占总数的约 $49.1\%$", 100*540/1100, "49.1")

f = "zh/zh23_braking_distance_energy.md"
C(f, r"先换算速度：$72 \div 3.6 = 20\ \text{m/s}$。", 72/3.6, "20", tol=1e-9)
C(f, r"= \frac12 \times 1200 \times 20^2 = 240\,000\ \text{J} = 240\ \text{kJ}$", 0.5*1200*400/1000, "240", tol=0)
C(f, r"摩擦力：$f = \mu mg = 0.7 \times 1200 \times 9.8 = 8232\ \text{N}$", 0.7*1200*9.8, "8232", tol=1e-6)
C(f, r"$$d = \frac{240000}{8232} \approx 29.15\ \text{m}$$", 240000/8232, "29.15")
vq, mu_, gq = sp.symbols("v mu g", positive=True)
S(f, r"注意质量其实约掉了：$d = \dfrac{v^2}{2\mu g} = \dfrac{400}{13.72} \approx 29.15", sp.Rational(1, 2)*vq**2/(mu_*gq) - vq**2/(2*mu_*gq)); C(f, r"\dfrac{400}{13.72} \approx 29.15", 400/(2*0.7*9.8), "29.15")
W(f, r"反应距离 $0.8 \times 20 = 1.6\ \text{m}$", 0.8*20, "1.6")
C(f, r"总停车距离 $16 + 29.15 = 45.15\ \text{m}$", 16 + 400/13.72, "45.15")
C(f, r"$$d' = \frac{900}{13.72} \approx 65.6\ \text{m}$$", 900/13.72, "65.6")
C(f, r"$d'/d = (30/20)^2 = 2.25$", (30/20)**2, "2.25")
C(f, r"\dfrac{400}{2 \times 0.4 \times 9.8} \approx 51.0\ \text{m}$", 400/(2*0.4*9.8), "51.0"); C(f, r"是干燥路面的 $0.7/0.4 = 1.75$ 倍", 0.7/0.4, "1.75")
f = "zh/zh23_weight_decay_l2_exam.md"
C(f, r"w_1 &= 0.999 \times 2 = 1.998 \\", 0.999*2, "1.998"); C(f, r"w_2 &= 0.999 \times 1.998 \approx 1.996 \\", 0.999**2*2, "1.996")

if __name__ == "__main__":
    report()
