"""Recomputes the numeric and symbolic claims of every blind25 document with NumPy/SymPy/SciPy.

Every check names the line it is about by a needle: a piece of text that must occur on exactly
one line of the document (in a notebook: of one Markdown cell). So the checks do not depend on
line numbers, and a check whose needle drifts fails loudly.

C(f, needle, computed, s)  a claim that must hold: the printed number s (default: the needle) must
        be part of the needle's line and match the recomputed value within 0.6 units of its last printed
        digit (or an explicit tol).
W(f, needle, computed, s)  a keyed wrong claim: the line must be keyed wrong, and the recomputed
        value must differ from the printed one by more than 3 tolerances.
S(f, needle, expr, holds)  a symbolic identity claimed on that line (SymPy): expr simplifies to
        0 iff the claim holds; holds=False marks a keyed wrong line.
At the end: every keyed wrong line is covered by a W/S(holds=False) check, no wrong check sits on
an unkeyed line, every key entry points at a line holding a relation, every document is checked.
"""
import json, math, sys
from math import exp, log, log2, sqrt, pi, e, comb, factorial, cos, sin, tan, tanh, radians, floor
from pathlib import Path
import numpy as np
import sympy as sp
from scipy import stats

ROOT = Path(__file__).resolve().parent.parent
_lines, _keys = {}, {}
n_ok = n_wrong = n_sym = 0
fails, covered, checked = [], set(), set()

def lines(f):
    if f not in _lines:
        p = ROOT / f
        if p.suffix == ".md":
            _lines[f] = {None: p.read_text(encoding="utf-8").splitlines()}
        else:
            cells = json.loads(p.read_text(encoding="utf-8"))["cells"]
            _lines[f] = {i: "".join(c["source"]).splitlines() for i, c in enumerate(cells, 1)
                         if c["cell_type"] == "markdown"}
        _keys[f] = json.loads(p.with_name(p.stem + ".key.json").read_text(encoding="utf-8"))
    return _lines[f]

def where(f, needle):
    hits = [(c, i) for c, ls in lines(f).items() for i, l in enumerate(ls, 1) if needle in l]
    if len(hits) != 1:
        fails.append(f"{f}: needle {needle!r} found on {len(hits)} lines {hits[:4]}")
        return None
    checked.add((f, hits[0]))
    return hits[0]

def keyed_wrong(f, loc):
    return any(e_.get("cell") == loc[0] and e_["line"] == loc[1] for e_ in _keys[f]["wrong"])

def _val(s):
    return float(s.replace("{,}", "").replace(",", "").replace("−", "-"))

def _tol(s):
    s = s.replace("{,}", "").replace(",", "")
    d = len(s.split(".")[1]) if "." in s else 0
    return 0.6 * 10 ** (-d) + 1e-12

def C(f, needle, computed, s=None, tol=None, val=None):
    global n_ok
    s = needle if s is None else s
    loc = where(f, needle)
    if loc is None:
        return
    if s not in needle and s not in lines(f)[loc[0]][loc[1] - 1]:
        fails.append(f"{f}: {s!r} is not on the line of needle {needle!r}")
    if keyed_wrong(f, loc):
        fails.append(f"{f}:{loc}: C check on a line keyed wrong ({needle!r})")
    if any(e_.get("cell") == loc[0] and e_["line"] == loc[1] for e_ in _keys[f]["not_claims"]):
        fails.append(f"{f}:{loc}: C check on a line keyed as a non-claim ({needle!r})")
    v = _val(s) if val is None else val
    tol = _tol(s) if tol is None else tol
    if abs(computed - v) > tol:
        fails.append(f"{f}:{loc}: claim {s} but recomputed {computed!r} (tol {tol})")
    n_ok += 1

def W(f, needle, computed, s=None, tol=None, val=None):
    global n_wrong
    s = needle if s is None else s
    loc = where(f, needle)
    if loc is None:
        return
    if not keyed_wrong(f, loc):
        fails.append(f"{f}:{loc}: W check on a line not keyed wrong ({needle!r})")
    v = _val(s) if val is None else val
    tol = _tol(s) if tol is None else tol
    if abs(computed - v) <= 3 * tol:
        fails.append(f"{f}:{loc}: keyed wrong {s} but recomputed {computed!r} agrees")
    covered.add((f, loc))
    n_wrong += 1

def S(f, needle, expr, holds=True):
    global n_sym, n_wrong
    loc = where(f, needle)
    if loc is None:
        return
    z = sp.simplify(expr) == 0
    if z != holds:
        fails.append(f"{f}:{loc}: symbolic claim expected holds={holds}, got {z} ({needle!r})")
    if holds:
        if keyed_wrong(f, loc):
            fails.append(f"{f}:{loc}: holding symbolic check on a line keyed wrong")
        if any(e_.get("cell") == loc[0] and e_["line"] == loc[1] for e_ in _keys[f]["not_claims"]):
            fails.append(f"{f}:{loc}: symbolic check on a line keyed as a non-claim ({needle!r})")
        n_sym += 1
    else:
        if not keyed_wrong(f, loc):
            fails.append(f"{f}:{loc}: symbolic wrong claim on an unkeyed line")
        covered.add((f, loc))
        n_wrong += 1

x, y, t, s_ = sp.symbols("x y t s", positive=True)
X = sp.symbols("X", real=True)
sig = lambda z: 1/(1 + exp(-z))
def M(rows): return sp.Matrix(rows)
# ---------------------------------------------------------------- en
f = "en/en25_conv_forward_4x4_learner.md"
Xc = np.array([[1, 2, 0, 1], [0, 1, 3, 1], [2, 1, 0, 2], [1, 0, 1, 1]]); Kc = np.array([[1, 0], [-1, 2]])
Yc = np.array([[(Xc[i:i+2, j:j+2]*Kc).sum() for j in range(3)] for i in range(3)])
C(f, r"output size first: $(4 - 2)/1 + 1 = 3$", 3, "3", tol=0)
for (i_, j_, nd) in [(0, 0, r"$y_{11} = 1\cdot1"), (0, 1, r"$y_{12} = 2\cdot1"), (0, 2, r"$y_{13} = 0\cdot1"), (1, 1, r"$y_{22} = 1\cdot1"), (1, 2, r"$y_{23} = 3\cdot1")]:
    C(f, nd, Yc[i_, j_], lines(f)[None][where(f, nd)[1] - 1].split("= ")[-1].strip().rstrip("$"), tol=0)
W(f, r"$y_{21} = 0\cdot1 + 1\cdot0 + 2\cdot(-1) + 1\cdot2 = 2$", Yc[1, 0], "2")
C(f, r"$y_{31} = 2 + 0 - 1 + 0 = 1$", Yc[2, 0], "1", tol=0); C(f, r"$y_{32} = 1 + 0 - 0 + 2 = 3$", Yc[2, 1], "3", tol=0); C(f, r"$y_{33} = 0 + 0 - 1 + 2 = 1$", Yc[2, 2], "1", tol=0)
S(f, r"$$Y = \begin{pmatrix} 3 & 7 & -1 \\ 0 & 0 & 7", (M(Yc.tolist()) - M([[3, 7, -1], [0, 0, 7], [1, 3, 1]])).norm())
Ac = np.maximum(Yc - 1, 0)
S(f, r"$$A = \max(0,\ Y + b) = \begin{pmatrix}", (M(Ac.tolist()) - M([[2, 6, 0], [0, 0, 6], [0, 2, 0]])).norm())
C(f, r"the activations add up to $2 + 6 + 6 + 2 = 16$", Ac.sum(), "16", tol=0); C(f, r"mean $16/9 \approx 1.78$", Ac.mean(), "1.78"); C(f, r"and 5 of the 9 units are dead", (Ac == 0).sum(), "5", tol=0)
C(f, r"size $\lfloor (4 - 2)/2 \rfloor + 1 = 2$", (4 - 2)//2 + 1, "2", tol=0)
C(f, r"i.e. $(3, -1, 1, 1)$", Yc[0, 2], "-1", tol=0); 
C(f, r"$(4 + 2\cdot1 - 2)/1 + 1 = 5$", 5, "5", tol=0)
C(f, r"9 outputs × 4 products = 36 multiplications", 36, "36", tol=0); C(f, r"only $4 \times 4 = 16$", 16, "16", tol=0)

f = "en/en25_kernel_grad_correlation_notes.md"
Xk = np.array([[1, 0, 2], [3, 1, 0], [0, 2, 1]]); Kk = np.array([[2, 1], [0, -1]]); Gk = np.array([[1, -1], [0, 2]])
dK = np.array([[(Xk[m:m+2, n:n+2]*Gk).sum() for n in range(2)] for m in range(2)])
dXk = np.zeros((3, 3))
for i_ in range(2):
    for j_ in range(2):
        dXk[i_:i_+2, j_:j_+2] += Gk[i_, j_]*Kk
Xs_ = sp.Matrix(3, 3, sp.symbols("x0:9")); Ks_ = sp.Matrix(2, 2, sp.symbols("k0:4")); bs_ = sp.Symbol("b")
Ys_ = [[sum(Xs_[i_+m, j_+n]*Ks_[m, n] for m in range(2) for n in range(2)) + bs_ for j_ in range(2)] for i_ in range(2)]
Lsym = sum(Gk[i_, j_]*Ys_[i_][j_] for i_ in range(2) for j_ in range(2))
S(f, r"\frac{\partial L}{\partial K_{mn}} = \sum_{i,j} G_{ij}\, X_{i+m,\,j+n}", sum((sp.diff(Lsym, Ks_[m, n]) - sum(Gk[i_, j_]*Xs_[i_+m, j_+n] for i_ in range(2) for j_ in range(2)))**2 for m in range(2) for n in range(2)) + (sp.diff(Lsym, bs_) - Gk.sum())**2)
S(f, r"\frac{\partial L}{\partial X_{pq}} = \sum_{i,j} G_{ij}\, K_{p-i,\,q-j}", sum((sp.diff(Lsym, Xs_[p, q]) - sum(Gk[i_, j_]*Ks_[p-i_, q-j_] for i_ in range(2) for j_ in range(2) if 0 <= p-i_ < 2 and 0 <= q-j_ < 2))**2 for p in range(3) for q in range(3)))
C(f, r"\partial L/\partial K_{11} &= 1\cdot1", dK[0, 0], "3", tol=0); C(f, r"\partial L/\partial K_{12} &= 0\cdot1", dK[0, 1], "-2", tol=0)
C(f, r"\partial L/\partial K_{21} &= 3\cdot1", dK[1, 0], "6", tol=0); C(f, r"\partial L/\partial K_{22} &= 1\cdot1", dK[1, 1], "3", tol=0)
C(f, r"and $\partial L/\partial b = 1 - 1 + 0 + 2 = 2$", Gk.sum(), "2", tol=0)
W(f, r"\begin{pmatrix} 2 & -1 & -1 \\ 0 & 3 & -1 \\ 0 & 0 & -2 \end{pmatrix}", dXk[1, 2], "-1", val=-1, tol=0.1)
C(f, r"G_{22}K_{11} = -1 + 0 + 0 + 4 = 3$", dXk[1, 1], "3", tol=0); C(f, r"G_{22}K_{12} = 1 + 2 = 3$)", dXk[1, 2], "3", tol=0)
S(f, r"\begin{pmatrix} 1.7 & 1.2 \\ -0.6 & -1.3 \end{pmatrix}", (M(Kk.tolist()) - sp.Rational(1, 10)*M(dK.tolist()) - M([[sp.Rational(17, 10), sp.Rational(12, 10)], [sp.Rational(-6, 10), sp.Rational(-13, 10)]])).norm())
C(f, r"$2 \times 2 = 4$", 4, "4", tol=0)

f = "en/en25_lenet5_shapes_params_blog.md"
C(f, r"**C1.** $32 - 5 + 1 = 28$", 28, "28", tol=0); C(f, r"$P = (25 + 1)\cdot 6 = 156$", 156, "156", tol=0)
C(f, r"**S2.** Halving: $28/2 = 14$", 14, "14", tol=0)
C(f, r"**C3.** $14 - 5 + 1 = 10$", 10, "10", tol=0); C(f, r"$P = (25\cdot 6 + 1)\cdot 16 = 2416$", (25*6 + 1)*16, "2416", tol=0)
C(f, r"$5 \cdot 5 \cdot 16 = 400$", 400, "400", tol=0)
C(f, r"$(400 + 1)\cdot 120 = 48120$", 401*120, "48120", tol=0); C(f, r"$(120 + 1)\cdot 84 = 10164$", 121*84, "10164", tol=0); C(f, r"$(84 + 1)\cdot 10 = 850$", 850, "850", tol=0)
C(f, r"| C1 | 28×28×6 | 156 |", 156, "156", tol=0); C(f, r"| C3 | 10×10×16 | 2416 |", 2416, "2416", tol=0); C(f, r"| C5 | 120 | 48120 |", 48120, "48120", tol=0); C(f, r"| out | 10 | 850 |", 850, "850", tol=0)
W(f, r"| F6 | 84 | $121 \cdot 84 = 10146$ |", 121*84, "10146", tol=0.5)
tot_l = 156 + 2416 + 48120 + 10164 + 850
C(f, r"Total: $156 + 2416 + 48120 + 10164 + 850 = 61706$", tot_l, "61706", tol=0)
C(f, r"$48120 / 61706 \approx 78.0\%$", 100*48120/tot_l, "78.0"); C(f, r"$61706 \times 4 = 246824$ bytes", tot_l*4, "246824", tol=0); C(f, r"about $241$ KiB", tot_l*4/1024, "241")
C(f, r"$28 \cdot 28 \cdot 6 \cdot 25 = 117600$", 28*28*6*25, "117600", tol=0); C(f, r"only $400 \times 120 = 48000$", 48000, "48000", tol=0)

f = "en/en25_keras_small_cnn_summary_colab.ipynb"
C(f, r"$3 \cdot 3 \cdot 1 \cdot 8 + 8 = 80$", 80, "80", tol=0); C(f, r"- pool: $28/2 = 14$", 14, "14", tol=0)
C(f, r"$14 - 3 + 1 = 12$, and $3 \cdot 3 \cdot 8 \cdot 16 + 16 = 1168$", 9*8*16 + 16, "1168", tol=0)
C(f, r"- pool: $\lfloor 12/2 \rfloor = 6$, flatten: $6 \cdot 6 \cdot 16 = 576$", 576, "576", tol=0)
W(f, r"- dense: $576 \cdot 32 + 32 = 18446$", 576*32 + 32, "18446", tol=0.5)
C(f, r"- output: $32 \cdot 10 + 10 = 330$", 330, "330", tol=0)
C(f, r"| conv2d | 28×28×8 | $9 \cdot 8 + 8 = 80$ |", 80, "80", tol=0); C(f, r"| conv2d_1 | 12×12×16 | $72 \cdot 16 + 16 = 1168$ |", 72*16 + 16, "1168", tol=0)
C(f, r"| dense | 32 | $18432 + 32 = 18464$ |", 576*32 + 32, "18464", tol=0); C(f, r"| dense_1 | 10 | $320 + 10 = 330$ |", 330, "330", tol=0)
C(f, r"Total $80 + 1168 + 18464 + 330 = 20042$", 80 + 1168 + 18464 + 330, "20042", tol=0)
C(f, r"$18464/20042 \approx 92.1\%$", 100*18464/20042, "92.1"); C(f, r"only $16 \cdot 32 + 32 = 544$ weights", 544, "544", tol=0)

f = "en/en25_ridge_gd_textbook_ch5.md"
wr_, lam_ = sp.symbols("w lambda", real=True); xr = [1, 2, 2]; yr = [2, 3, 5]
Jr = sum((wr_*a - b_)**2 for a, b_ in zip(xr, yr))/6 + lam_/2*wr_**2
xs_, ys_ = sp.symbols("x1:4", real=True), sp.symbols("y1:4", real=True)
Jg = sum((wr_*a - b_)**2 for a, b_ in zip(xs_, ys_))/6 + lam_/2*wr_**2
S(f, r"J'(w) = \frac{1}{n}\sum_{i=1}^{n}(wx_i - y_i)\,x_i + \lambda w. \tag{5.2}", sp.diff(Jg, wr_) - (sum((wr_*a - b_)*a for a, b_ in zip(xs_, ys_))/3 + lam_*wr_))
S(f, r"w^\ast = \frac{\sum_i x_i y_i}{\sum_i x_i^2 + n\lambda}. \tag{5.3}", sp.solve(sp.diff(Jg, wr_), wr_)[0] - sum(a*b_ for a, b_ in zip(xs_, ys_))/(sum(a**2 for a in xs_) + 3*lam_))
ws_, eta_ = sp.symbols("w_t eta", real=True); wst = sum(a*b_ for a, b_ in zip(xs_, ys_))/(sum(a**2 for a in xs_) + 3*lam_)
S(f, r"w_{t+1} - w^\ast = \Big(1 - \eta\big(\tfrac{S_{xx}}{n} + \lambda\big)\Big)(w_t - w^\ast). \tag{5.5}", (ws_ - eta_*sp.diff(Jg, wr_).subs(wr_, ws_) - wst) - (1 - eta_*(sum(a**2 for a in xs_)/3 + lam_))*(ws_ - wst))
C(f, r"Then $\sum x_i y_i = 2 + 6 + 10 = 18$", 18, "18", tol=0); C(f, r"$S_{xx} = 1 + 4 + 4 = 9$", 9, "9", tol=0)
C(f, r"w^\ast = \frac{18}{9 + 1.5} = \frac{12}{7} \approx 1.7143.", 18/10.5, "1.7143"); C(f, r"w^\ast = \frac{18}{9 + 1.5} = \frac{12}{7}", 12/7, "1.7143")
S(f, r"Here (5.2) reads $J'(w) = 3w - 6 + 0.5w = 3.5w - 6$", sp.diff(Jr, wr_).subs(lam_, sp.Rational(1, 2)) - (sp.Rational(7, 2)*wr_ - 6))
C(f, r"w_1 = 0 - 0.2(-6) = 1.2, \qquad w_2", 1.2, "1.2", val=1.2, tol=1e-9); C(f, r"= 1.2 + 0.36 = 1.56.$$", 1.2 - 0.2*(3.5*1.2 - 6), "1.56")
C(f, r"contracts by $1 - 0.2 \times 3.5 = 0.3$ per step", 1 - 0.7, "0.3"); C(f, r"$w_2 - w^\ast = 0.3^2(0 - 12/7) \approx -0.1543$", 0.09*(-12/7), "-0.1543"); C(f, r"in agreement with $1.56 - 1.7143$", 1.56 - 12/7, "-0.1543", val=-0.1543)
W(f, r"i.e. $0 < \eta < 2/3.5 \approx 0.667$", 2/3.5, "0.667")
C(f, r"gives the factor $1 - 2.1 = -1.1$", 1 - 3.5*0.6, "-1.1")
C(f, r"= \frac{67}{147} + \frac{36}{49} \approx 1.1905.$$", float(Jr.subs({wr_: sp.Rational(12, 7), lam_: sp.Rational(1, 2)})), "1.1905")
S(f, r"J(w^\ast) = \frac{1}{6}\cdot\frac{4 + 9 + 121}{49}", sp.Rational(134, 6*49) - sp.Rational(67, 147))

f = "en/en25_exponential_lifetime_textbook_ch7.md"
lm_ = sp.Symbol("lambda", positive=True)
S(f, r"P(T > t) = \int_t^\infty \lambda e^{-\lambda s}\,ds = e^{-\lambda t}. \tag{7.2}", sp.integrate(lm_*sp.exp(-lm_*s_), (s_, t, sp.oo)) - sp.exp(-lm_*t))
S(f, r"= \frac{e^{-\lambda(s+t)}}{e^{-\lambda s}} = e^{-\lambda t}, \tag{7.3}", sp.exp(-lm_*(s_ + t))/sp.exp(-lm_*s_) - sp.exp(-lm_*t))
S(f, r"E[T] = \int_0^\infty t\,\lambda e^{-\lambda t}\,dt = \frac{1}{\lambda}", sp.integrate(t*lm_*sp.exp(-lm_*t), (t, 0, sp.oo)) - 1/lm_ + (sp.integrate(t**2*lm_*sp.exp(-lm_*t), (t, 0, sp.oo)) - 1/lm_**2) - 1/lm_**2)
S(f, r"Solving $e^{-\lambda m} = 1/2$ in (7.2) gives the median $m = \ln 2/\lambda$", sp.exp(-lm_*sp.log(2)/lm_) - sp.Rational(1, 2))
C(f, r"(a) By (7.2), $P(T > 2) = e^{-0.5} \approx 0.6065$", exp(-0.5), "0.6065"); C(f, r"$P(T > 6 \mid T > 4) = e^{-0.25 \cdot 2} \approx 0.6065$", exp(-0.5), "0.6065")
C(f, r"(c) By (7.4), $E[T] = 1/0.25 = 4$ h", 4, "4", tol=0); C(f, r"$\operatorname{Var}(T) = 16\ \text{h}^2$", 1/0.25**2, "16", tol=0)
C(f, r"(d) By (7.5), $m = \ln 2 / 0.25 \approx 2.77$ h", log(2)/0.25, "2.77")
C(f, r"$P(2 < T < 6) = e^{-0.5} - e^{-1.5} \approx 0.6065 - 0.2231 = 0.3834$", exp(-0.5) - exp(-1.5), "0.3834"); C(f, r"\approx 0.6065 - 0.2231 = 0.3834", exp(-1.5), "0.2231")
S(f, r"has $P(\min > t) = e^{-0.25t}e^{-0.25t} = e^{-0.5t}$", sp.exp(-t/4)*sp.exp(-t/4) - sp.exp(-t/2))
C(f, r"exponential with rate $0.5$ and mean $2$ h", 1/0.5, "2", tol=0)

f = "en/en25_frobenius_linear_gradient_notes.md"
Xf = sp.Matrix([[1, 2], [0, 1]]); Wf = sp.Matrix([[1, 0, 1], [0, 1, -1]]); Yf = sp.Matrix([[1, 1, 0], [0, 2, 0]]); Rf = Xf*Wf - Yf
Wsym = sp.Matrix(2, 3, sp.symbols("w0:6")); Xsym = sp.Matrix(2, 2, sp.symbols("q0:4")); Ysym = sp.Matrix(2, 3, sp.symbols("r0:6")); Rsym = Xsym*Wsym - Ysym
Lf = sum(v**2 for v in Rsym)/2
S(f, r"= \tfrac12\operatorname{tr}(R^\top R) = \tfrac12\sum_{i,j} R_{ij}^2.$$", (Rsym.T*Rsym).trace()/2 - Lf)
S(f, r"= \sum_i X_{ik}R_{il} = (X^\top R)_{kl}.$$", (sp.Matrix(2, 3, lambda i, j: sp.diff(Lf, Wsym[i, j])) - Xsym.T*Rsym).norm()**2)
S(f, r"\frac{\partial L}{\partial W} = X^\top (XW - Y), \qquad \frac{\partial L}{\partial X} = (XW - Y)\,W^\top.$$", (sp.Matrix(2, 3, lambda i, j: sp.diff(Lf, Wsym[i, j])) - Xsym.T*Rsym).norm()**2 + (sp.Matrix(2, 2, lambda i, j: sp.diff(Lf, Xsym[i, j])) - Rsym*Wsym.T).norm()**2)
S(f, r"$$XW = \begin{pmatrix} 1 & 2 & -1 \\ 0 & 1 & -1 \end{pmatrix}, \qquad R =", (Xf*Wf - M([[1, 2, -1], [0, 1, -1]])).norm() + (Rf - M([[0, 1, -1], [0, -1, -1]])).norm())
W(f, r"so $L = \tfrac12(0 + 1 + 1 + 0 + 1 + 1) = 4$", float(sum(v**2 for v in Rf))/2, "4", tol=0.1)
S(f, r"= \begin{pmatrix} 0 & 1 & -1 \\ 0 & 1 & -3 \end{pmatrix}$$", (Xf.T*Rf - M([[0, 1, -1], [0, 1, -3]])).norm())
S(f, r"= R\,W^\top = \begin{pmatrix} -1 & 2 \\ -1 & 0 \end{pmatrix}$$", (Rf*Wf.T - M([[-1, 2], [-1, 0]])).norm())
C(f, r"= \sqrt{12} \approx 3.464$", float((Xf.T*Rf).norm()), "3.464")
C(f, r"\sum_{ij} (XW)_{ij}R_{ij} = 0 + 2 + 1 + 0 - 1 + 1 = 3$", float((Wf.T*Xf.T*Rf).trace()), "3", tol=0)
C(f, r"which equals $2L + \operatorname{tr}(Y^\top R) = 4 + (1 - 2) = 3$", float(sum(v**2 for v in Rf) + (Yf.T*Rf).trace()), "3", tol=0)
C(f, r"which equals $2L + \operatorname{tr}(Y^\top R) = 4 + (1 - 2) = 3$", float((Yf.T*Rf).trace()), "(1 - 2)", val=-1, tol=0)
S(f, r"(Shapes: $(d\times m)(m\times k) = d\times k$", 0)  # eye-checked: shape statement / textbook identity, no value to recompute

f = "en/en25_two_layer_relu_backprop_colab.ipynb"
x2 = np.array([1.0, 2.0]); W1n = np.array([[0.5, -0.5], [0.2, 0.3]]); b1n = np.array([0, 0.1]); W2n = np.array([1.0, -2.0]); b2n = 0.5
z1n = W1n @ x2 + b1n; a1n = np.maximum(z1n, 0); yh = W2n @ a1n + b2n
C(f, r"= (0.5 - 1,\ 0.2 + 0.6 + 0.1) = (-0.5,\ 0.9)$$", z1n[0], "-0.5", val=-0.5); C(f, r"= (0.5 - 1,\ 0.2 + 0.6 + 0.1) = (-0.5,\ 0.9)$$", z1n[1], "0.9", val=0.9)
C(f, r"$a^{[1]} = \mathrm{ReLU}(z^{[1]}) = (0,\ 0.9)$", a1n[1], "0.9")
C(f, r"$\hat y = 1 \cdot 0 + (-2)(0.9) + 0.5 = -1.3$", yh, "-1.3"); C(f, r"the loss is $\tfrac12(-1.3)^2 = 0.845$", 0.5*yh**2, "0.845")
C(f, r"= \hat y - y = -1.3$$", yh, "-1.3")
C(f, r"= (\hat y - y)\,a^{[1]\top} = (0,\ -1.17)$", yh*a1n[1], "-1.17"); C(f, r"$\partial L/\partial b^{[2]} = -1.3$", yh, "-1.3", val=-1.3)
C(f, r"= (\hat y - y)\,w^{[2]\top} = (-1.3,\ 2.6)$", yh*W2n[1], "2.6", val=2.6)
C(f, r"\odot \mathbf{1}[z^{[1]} > 0] = (0,\ 2.6)$", yh*W2n[1], "2.6", val=2.6)
dz1n = yh*W2n*(z1n > 0)
S(f, r"= \delta^{[1]} x^\top = \begin{pmatrix} 0 & 0 \\ 2.6 & 5.2 \end{pmatrix}", sp.nsimplify(float(abs(np.outer(dz1n, x2) - np.array([[0, 0], [2.6, 5.2]])).max()), tolerance=1e-9))
C(f, r"- $w^{[2]} \leftarrow (1 - 0,\ -2 + 0.117) = (1,\ -1.883)$", -2 - 0.1*yh*a1n[1], "-1.883")
W(f, r"$b^{[2]} \leftarrow 0.5 - 0.1 \times (-1.3) = 0.37$", 0.5 - 0.1*yh, "0.37")
C(f, r"$(0.2 - 0.26,\ 0.3 - 0.52) = (-0.06,\ -0.22)$", 0.2 - 0.1*dz1n[1]*1, "-0.06"); C(f, r"$(0.2 - 0.26,\ 0.3 - 0.52) = (-0.06,\ -0.22)$", 0.3 - 0.1*dz1n[1]*2, "-0.22", val=-0.22)
yp = -1.883*0.9 + 0.63
C(f, r"$\hat y = -1.883 \times 0.9 + 0.63 \approx -1.0647$", yp, "-1.0647"); C(f, r"the loss would be about 0.567", 0.5*yp**2, "0.567")
C(f, r"moves to $0.1 - 0.26 = -0.16$", 0.1 - 0.26, "-0.16"); C(f, r"now sees $-0.06 - 0.44 - 0.16 = -0.66$", -0.06 - 0.44 - 0.16, "-0.66")
C(f, r"the loss is $\tfrac12(0.63)^2 \approx 0.198$", 0.5*0.63**2, "0.198")

f = "en/en25_momentum_vs_gd_medium.md"
C(f, r"multiplies $w$ by $1 - 0.1 \cdot 4 = 0.6$ every step", 0.6, "0.6", val=0.6, tol=1e-9)
for k_, s_v in [(1, "0.6"), (2, "0.36"), (3, "0.216"), (4, "0.1296")]:
    C(f, r"$$w_1 = 0.6,\quad w_2 = 0.36,\quad w_3 = 0.216,\quad w_4 = 0.1296.$$", 0.6**k_, s_v)
wm, vm = 1.0, 0.0; hist = []
for _ in range(4):
    g_ = 4*wm; vm = 0.9*vm + g_; wm = wm - 0.1*vm; hist.append((g_, vm, wm))
C(f, r"| 0 | 1 | 4 | 4 | 0.6 |", hist[0][2], "0.6")
C(f, r"| 1 | 0.6 | 2.4 | $0.9 \cdot 4 + 2.4 = 6.0$ | 0 |", hist[1][1], "6.0"); C(f, r"| 1 | 0.6 | 2.4 | $0.9 \cdot 4 + 2.4 = 6.0$ | 0 |", hist[1][0], "2.4")
C(f, r"| 2 | 0 | 0 | 5.4 | −0.54 |", hist[2][1], "5.4"); C(f, r"| 2 | 0 | 0 | 5.4 | −0.54 |", hist[2][2], "−0.54")
W(f, r"| 3 | −0.54 | −2.16 | $4.86 + 2.16 = 7.02$ | −0.81 |", hist[3][1], "7.02")
C(f, r"$w_2 = 0.6 - 0.1 \times 6 = 0$", hist[1][2], "0", val=0, tol=1e-9)
C(f, r"The velocity $5.4$ carries it to $w_3 = -0.54$", hist[2][2], "-0.54"); C(f, r"$w_4 = -0.54 - 0.1 \times 2.7 = -0.81$", hist[3][2], "-0.81")
C(f, r"$f(w_3) = 2(0.54)^2 = 0.5832$", 2*0.54**2, "0.5832"); C(f, r"against $f(0.216) \approx 0.0933$", 2*0.216**2, "0.0933")
C(f, r"$\eta/(1 - \beta) = 0.1/0.1 = 1$", 0.1/(1 - 0.9), "1", tol=1e-9)

f = "en/en25_tanh_derivative_qa.md"
W(f, r"> $\tanh'(x) = 1 - \tanh(x)$, so at $x = 0.5$ the slope is $1 - 0.4621 = 0.5379$", 1 - tanh(0.5)**2, "0.5379")
S(f, r"= \frac{\cosh^2 x - \sinh^2 x}{\cosh^2 x} = 1 - \tanh^2 x = \operatorname{sech}^2 x.$$", sp.diff(sp.tanh(X), X) - (1 - sp.tanh(X)**2) + (sp.cosh(X)**2 - sp.sinh(X)**2)/sp.cosh(X)**2 - sp.sech(X)**2)
C(f, r"At $x = 0.5$: $\tanh 0.5 \approx 0.4621$", tanh(0.5), "0.4621"); C(f, r"\approx 1 - 0.2135 = 0.7865$", 1 - 0.4621**2, "0.7865"); C(f, r"$\tanh'(0.5) = 1 - 0.4621^2 \approx 1 - 0.2135", 0.4621**2, "0.2135")
C(f, r"\big(\tanh(0.501) - \tanh(0.499)\big)/0.002 \approx 0.7864", (tanh(0.501) - tanh(0.499))/0.002, "0.7864")
sg = 1/(1 + sp.exp(-X))
S(f, r"$$\tanh'(x) = 4\,\sigma(2x)\big(1 - \sigma(2x)\big),$$", sp.diff(sp.tanh(X), X) - 4*sg.subs(X, 2*X)*(1 - sg.subs(X, 2*X)))
S(f, r"Another way to see it: $\tanh x = 2\sigma(2x) - 1$", (sp.tanh(X) - 2*sg.subs(X, 2*X) + 1).rewrite(sp.exp))
C(f, r"with $\sigma(1) \approx 0.7311$", sig(1), "0.7311"); C(f, r"$4 \times 0.7311 \times 0.2689 \approx 0.7864$", 4*0.7311*0.2689, "0.7864")
C(f, r"e.g. $1 - \tanh(-2) \approx 1.964$", 1 - tanh(-2), "1.964"); C(f, r"than $\tanh'(0) = 1$", 1 - tanh(0)**2, "1", tol=1e-9)
S(f, r"$\frac{d}{dx}\tanh(3x) = 3\,(1 - \tanh^2 3x)$", sp.diff(sp.tanh(3*X), X) - 3*(1 - sp.tanh(3*X)**2))
C(f, r"which at $x = 0.5$ is $3(1 - 0.9051^2) \approx 0.542$", 3*(1 - tanh(1.5)**2), "0.542"); C(f, r"which at $x = 0.5$ is $3(1 - 0.9051^2)", tanh(1.5), "0.9051")

f = "en/en25_gpu_server_power_units.md"
C(f, r"$P = V I = 12\ \text{V} \times 50\ \text{A} = 600\ \text{W}$", 600, "600", tol=0); C(f, r"($350/600 \approx 58\%$)", 100*350/600, "58")
C(f, r"= 8 \times 350\ \text{W} + 600\ \text{W} = 3400\ \text{W} = 3.4\ \text{kW}$$", 3400, "3400", tol=0)
W(f, r"$I = P/V = 3400/230 \approx 1.478\ \text{A}$", 3400/230, "1.478")
C(f, r"($14.78/20 \approx 74\%$ load)", 100*14.78/20, "74"); C(f, r"($14.78/20 \approx 74\%$ load)", 3400/230, "14.78")
C(f, r"$$E = 3.4\ \text{kW} \times 72\ \text{h} = 244.8\ \text{kWh}", 3.4*72, "244.8"); C(f, r"= 244.8 \times 3.6\ \text{MJ} \approx 881.3\ \text{MJ}$$", 244.8*3.6, "881.3")
C(f, r"facility draws $244.8 \times 1.4 = 342.72$ kWh", 244.8*1.4, "342.72")
C(f, r"$342.72 \times 0.15 \approx \$51.41$ per run", 342.72*0.15, "51.41"); C(f, r"about $51.41/30 \approx \$1.71$ per epoch", 51.41/30, "1.71")
C(f, r"$72\ \text{h}/30 = 2.4$ h", 72/30, "2.4"); C(f, r"$3.4\ \text{kW} \times 2.4\ \text{h} = 8.16$ kWh", 3.4*2.4, "8.16")
C(f, r"\approx 11601\ \text{BTU/h}$", 3400*3.412, "11601")

f = "en/en25_dataloader_throughput_units_colab.ipynb"
C(f, r"$1000\ \text{ms/s} \div 4.5\ \text{ms/img} \approx 222.2$ img/s", 1000/4.5, "222.2"); C(f, r"8 workers give $8 \times 222.2 \approx 1777.8$ img/s", 8000/4.5, "1777.8")
C(f, r"$256\ \text{img} \div 1777.8\ \text{img/s} \approx 0.144\ \text{s} = 144\ \text{ms}$", 256/(8000/4.5), "0.144"); C(f, r"\approx 0.144\ \text{s} = 144\ \text{ms}$", 1000*256/(8000/4.5), "144")
C(f, r"$256\ \text{img} / 0.18\ \text{s} \approx 1422.2$ img/s", 256/0.18, "1422.2")
C(f, r"(with $180 - 144 = 36$ ms of slack per step)", 36, "36", tol=0)
W(f, r"{1422.2\ \text{img/s}} \approx 9000\ \text{s}$$", 1.28e6/1422.2, "9000", tol=10)
C(f, r"i.e. 15 minutes per epoch, and 90 epochs take $90 \times 15 = 1350$ min $= 22.5$ h", 1.28e6/(256/0.18)/60, "15", tol=0.05); C(f, r"$90 \times 15 = 1350$ min $= 22.5$ h", 1350/60, "22.5")
C(f, r"$1.28 \times 10^6 \times 110\ \text{KB} = 1.408 \times 10^8\ \text{KB} = 140.8$ GB", 1.28e6*110/1e8, "1.408"); C(f, r"\text{KB} = 140.8$ GB", 1.28e6*110/1e6, "140.8")
C(f, r"$1422.2 \times 110\ \text{KB/s} \approx 156.4$ MB/s", 1422.2*110/1000, "156.4")

f = "en/en25_reynolds_pipe_flow.md"
Ap = pi*0.05**2/4; vp = 2e-3/Ap
W(f, r"$A = \pi D^2/4 = \pi (0.05)^2/4 \approx 7.854 \times 10^{-3}\ \text{m}^2$", Ap*1e3, "7.854")
C(f, r"= \frac{2 \times 10^{-3}}{1.9635 \times 10^{-3}} \approx 1.019\ \text{m/s}.$$", vp, "1.019")
C(f, r"= \frac{998 \times 1.019 \times 0.05}{1.002 \times 10^{-3}} \approx 5.07 \times 10^{4}$$", 998*vp*0.05/1.002e-3/1e4, "5.07")
Reo = vp*0.05/1e-4
C(f, r"= \frac{1.019 \times 0.05}{10^{-4}} \approx 509,$$", Reo, "509")
C(f, r"The Darcy friction factor is then $f = 64/\mathrm{Re} \approx 64/509 \approx 0.126$", 64/Reo, "0.126")
hf = 0.126*200*1.019**2/(2*9.81)
C(f, r"\frac{1.019^2}{2 \times 9.81} \approx 1.33\ \text{m}$$", hf, "1.33")
C(f, r"\approx 870 \times 9.81 \times 1.33 \approx 1.14 \times 10^4\ \text{Pa}$", 870*9.81*1.33/1e4, "1.14")

f = "en/en25_feedback_amplifier_gain.md"
C(f, r"- loop gain $A\beta = 10^5 \times 0.01 = 1000$", 1000, "1000", tol=0)
C(f, r"- $G = 10^5 / 1001 \approx 99.90$", 1e5/1001, "99.90"); C(f, r"- gain error: $(100 - 99.90)/100 \approx 0.1\%$", 100*(100 - 1e5/1001)/100, "0.1")
C(f, r"$G = 5 \times 10^4/501 \approx 99.80$", 5e4/501, "99.80")
C(f, r"A 50 % change in $A$ moved $G$ by only about 0.1 %", 100*(1e5/1001 - 5e4/501)/(1e5/1001), "0.1")
Aa, bb = sp.symbols("A beta", positive=True); Gs = Aa/(1 + Aa*bb)
S(f, r"$$\frac{dG/G}{dA/A} = \frac{1}{1 + A\beta} = \frac{1}{1001}", sp.diff(Gs, Aa)*Aa/Gs - 1/(1 + Aa*bb))
C(f, r"= \frac{1}{1001} \approx 9.99 \times 10^{-4}.$$", 1e4/1001, "9.99")
C(f, r"**In decibels.** $20\log_{10} 99.9 \approx 39.99$ dB", 20*math.log10(99.9), "39.99"); C(f, r"$20\log_{10} 10^5 = 100$ dB", 100, "100", tol=0)
C(f, r"$1\ \text{MHz}/99.9 \approx 10.01$ kHz", 1e3/99.9, "10.01")
C(f, r"We traded 60 dB of gain", 100 - 40, "60", tol=0)

f = "en/en25_logistic_batch_matrix_notebook.ipynb"
Xl = np.array([[1., 0.], [0., 1.], [1., 1.]]); yl = np.array([1., 0., 1.])
ws = sp.Matrix(sp.symbols("u0:2")); bsy = sp.Symbol("c")
Jsym = -sum(yl[i]*sp.log(1/(1 + sp.exp(-(Xl[i, 0]*ws[0] + Xl[i, 1]*ws[1] + bsy)))) + (1 - yl[i])*sp.log(1 - 1/(1 + sp.exp(-(Xl[i, 0]*ws[0] + Xl[i, 1]*ws[1] + bsy)))) for i in range(3))/3
W(f, r"- $J = \ln 2 \approx 0.6391$", log(2), "0.6391")
C(f, r"- $\mathbf{p} - \mathbf{y} = (-0.5,\ 0.5,\ -0.5)^\top$", 0.5 - 1, "-0.5", val=-0.5)
C(f, r"= (-0.5 - 0.5,\ 0.5 - 0.5)^\top = (-1,\ 0)^\top$, so $\nabla_{\mathbf{w}} J = (-0.3333,\ 0)^\top$", float(sp.diff(Jsym, ws[0]).subs({ws[0]: 0, ws[1]: 0, bsy: 0})), "-0.3333")
C(f, r"= (-0.5 - 0.5,\ 0.5 - 0.5)^\top = (-1,\ 0)^\top$", float(3*sp.diff(Jsym, ws[0]).subs({ws[0]: 0, ws[1]: 0, bsy: 0})), "(-1,", val=-1)
C(f, r"- $\partial J/\partial b = -0.5/3 \approx -0.1667$", float(sp.diff(Jsym, bsy).subs({ws[0]: 0, ws[1]: 0, bsy: 0})), "-0.1667")
zl1 = Xl @ np.array([0.5, 0]) + 0.25; pl1 = 1/(1 + np.exp(-zl1))
C(f, r"$\mathbf{w} = (0.5,\ 0)$ and $b = 0.25$", 0 - 1.5*(-1/3), "0.5"); C(f, r"$\mathbf{w} = (0.5,\ 0)$ and $b = 0.25$", 0 - 1.5*(-1/6), "0.25")
C(f, r"Then $X\mathbf{w} + b = (0.75,\ 0.25,\ 0.75)$", zl1[1], "0.25", val=0.25, tol=1e-9); C(f, r"Then $X\mathbf{w} + b = (0.75,\ 0.25,\ 0.75)$", zl1[0], "0.75", tol=1e-9)
C(f, r"and $\mathbf{p} \approx (0.6792,\ 0.5622,\ 0.6792)$", pl1[0], "0.6792"); C(f, r"and $\mathbf{p} \approx (0.6792,\ 0.5622,\ 0.6792)$", pl1[1], "0.5622")
Jl1 = -np.mean(yl*np.log(pl1) + (1 - yl)*np.log(1 - pl1))
C(f, r"\approx \tfrac13(0.3869 + 0.8259 + 0.3869) \approx 0.5332$$", Jl1, "0.5332"); C(f, r"\approx \tfrac13(0.3869 + 0.8259", -log(pl1[0]), "0.3869"); C(f, r"0.3869 + 0.8259 + 0.3869)", -log(1 - pl1[1]), "0.8259")
C(f, r"down from 0.6931.", log(2), "0.6931")
Hs = sp.hessian(Jsym, list(ws)).subs({ws[0]: 0, ws[1]: 0, bsy: 0})
S(f, r"At the start $S = 0.25\,I$ and $X^\top X = \begin{pmatrix} 2 & 1 \\ 1 & 2 \end{pmatrix}$", (sp.Matrix(Xl.astype(int).tolist()).T*sp.Matrix(Xl.astype(int).tolist()) - M([[2, 1], [1, 2]])).norm())
C(f, r"\approx \begin{pmatrix} 0.1667 & 0.0833 \\ 0.0833 & 0.1667 \end{pmatrix},$$", float(Hs[0, 0]), "0.1667"); C(f, r"\approx \begin{pmatrix} 0.1667 & 0.0833 \\ 0.0833 & 0.1667 \end{pmatrix},$$", float(Hs[0, 1]), "0.0833")
C(f, r"with eigenvalues $0.25 \cdot 3/3 = 0.25$ and $0.25/3 \approx 0.0833$", float(max(Hs.eigenvals())), "0.25"); C(f, r"and $0.25/3 \approx 0.0833$", float(min(Hs.eigenvals())), "0.0833")

f = "en/en25_minibatch_mean_lecture.md"
xm = np.array([1, 2, 3, 4.]); ym = np.array([2, 3, 7, 8.]); em = 2*xm - ym; gm = em*xm
S(f, r"$$g_i = \ell_i'(w) = (wx_i - y_i)\,x_i", sp.diff((wr_*x - y)**2/2, wr_) - (wr_*x - y)*x)
for i_ in range(4):
    C(f, f"| {i_+1} | {int(xm[i_])} | {int(ym[i_])} |", gm[i_], lines(f)[None][where(f, f"| {i_+1} | {int(xm[i_])} | {int(ym[i_])} |")[1] - 1].split("|")[-2].strip(), tol=0)
    C(f, f"| {i_+1} | {int(xm[i_])} | {int(ym[i_])} |", 0.5*em[i_]**2, lines(f)[None][where(f, f"| {i_+1} | {int(xm[i_])} | {int(ym[i_])} |")[1] - 1].split("|")[-3].strip(), tol=1e-9)
C(f, r"Full batch: $L = (0 + 0.5 + 0.5 + 0)/4 = 0.25$", (0.5*em**2).mean(), "0.25"); C(f, r"$\nabla L = (0 + 2 - 3 + 0)/4 = -0.25$", gm.mean(), "-0.25")
C(f, r"$\bar g_{\{1,2\}} = (0 + 2)/2 = 1$", gm[:2].mean(), "1", tol=0); C(f, r"$\bar g_{\{3,4\}} = (-3 + 0)/2 = -1.5$", gm[2:].mean(), "-1.5")
C(f, r"Their average is $(1 + (-1.5))/2 = -0.25$", (gm[:2].mean() + gm[2:].mean())/2, "-0.25")
C(f, r"$w \leftarrow 2 - 0.1 \times (-0.25) = 2.025$", 2 + 0.025, "2.025")
C(f, r"the gradient is $-1$ and the same $\eta$ moves $w$ to $2.1$", gm.sum(), "-1", val=-1, tol=0); C(f, r"moves $w$ to $2.1$, four times as far", 2 - 0.1*gm.sum(), "2.1")
C(f, r"$\eta_{\text{sum}} = \eta/N = 0.025$", 0.1/4, "0.025")
C(f, r"= \tfrac{12.75}{4} = 3.1875.$$", gm.var(), "3.1875"); C(f, r"= \tfrac{12.75}{4} = 3.1875.$$", 4*gm.var(), "12.75")
C(f, r"i.e. $3.1875/2 \approx 1.59$ for $B = 2$", gm.var()/2, "1.59"); C(f, r"standard deviation $\approx 1.26$", sqrt(gm.var()/2), "1.26")
C(f, r"five times the size of the gradient itself", sqrt(gm.var()/2)/0.25, "five", val=5, tol=0.1)
# ---------------------------------------------------------------- ko
f = "ko/ko25_maxpool_backprop_velog.md"
Xp = np.array([[1, 3, 2, 0], [4, 2, 1, 5], [0, 1, 3, 2], [2, 6, 1, 1]]); Gp = np.array([[0.1, -0.2], [0.3, 0.4]])
C(f, r"출력 크기는 $(4 - 2)/2 + 1 = 2$ 이다", 2, "2", tol=0)
C(f, r"왼쪽 위 $\max(1, 3, 4, 2) = 4$", Xp[:2, :2].max(), "4", tol=0); C(f, r"오른쪽 위 $\max(2, 0, 1, 5) = 5$", Xp[:2, 2:].max(), "5", tol=0)
C(f, r"왼쪽 아래 $\max(0, 1, 2, 6) = 6$", Xp[2:, :2].max(), "6", tol=0); C(f, r"오른쪽 아래 $\max(3, 2, 1, 1) = 3$", Xp[2:, 2:].max(), "3", tol=0)
S(f, r"$$Y = \begin{bmatrix} 4 & 5 \\ 6 & 3 \end{bmatrix}$$", (M([[int(Xp[2*i:2*i+2, 2*j:2*j+2].max()) for j in range(2)] for i in range(2)]) - M([[4, 5], [6, 3]])).norm())
dXp = np.zeros((4, 4))
for bi in range(2):
    for bj in range(2):
        blk = Xp[2*bi:2*bi+2, 2*bj:2*bj+2]; k_ = np.unravel_index(blk.argmax(), (2, 2)); dXp[2*bi + k_[0], 2*bj + k_[1]] = Gp[bi, bj]
S(f, r"0.1 & 0 & 0 & -0.2 \\ 0 & 0 & 0.4 & 0 \\ 0 & 0.3 & 0 & 0 \end{bmatrix}$$", sp.nsimplify(float(abs(dXp - np.array([[0, 0, 0, 0], [0.1, 0, 0, -0.2], [0, 0, 0.4, 0], [0, 0.3, 0, 0]])).max())))
C(f, r"즉 $4/16 = 25\%$ 만", 25, "25", tol=0); C(f, r"$0.1 - 0.2 + 0.3 + 0.4 = 0.6$ 으로", dXp.sum(), "0.6")
C(f, r"왼쪽 위 네 칸은 모두 $0.1/4 = 0.025$", 0.1/4, "0.025")
W(f, r"왼쪽 아래는 $0.3/4 = 0.75$ 씩 받는다", 0.3/4, "0.75")
C(f, r"오른쪽 아래는 $0.4/4 = 0.1$", 0.1, "0.1", val=0.1, tol=1e-9)
C(f, r"$4 \times (0.025 - 0.05 + 0.075 + 0.1) = 0.6$", 4*(0.025 - 0.05 + 0.075 + 0.1), "0.6")
C(f, r"$(1 + 3 + 4 + 2)/4 = 2.5$", Xp[:2, :2].mean(), "2.5")
S(f, r"$\partial y/\partial x_k = 1/4$", sp.diff(sum(sp.symbols("x1:5"))/4, sp.Symbol("x1")) - sp.Rational(1, 4))

f = "ko/ko25_softmax_jacobian_diag_tistory.md"
zz = sp.symbols("z1:4", real=True); den = sum(sp.exp(v) for v in zz); aa = [sp.exp(v)/den for v in zz]
S(f, r"\end{cases} = a_i(\delta_{ij} - a_j)$$", sum((sp.diff(aa[i], zz[j]) - aa[i]*((1 if i == j else 0) - aa[j]))**2 for i in range(3) for j in range(3)))
Jsm = sp.Matrix(3, 3, lambda i, j: sp.diff(aa[i], zz[j]))
S(f, r"$$J = \operatorname{diag}(\mathbf{a}) - \mathbf{a}\mathbf{a}^\top$$", (Jsm - (sp.diag(*aa) - sp.Matrix(aa)*sp.Matrix(aa).T)).norm()**2)
S(f, r"각 행의 합은 $a_i - a_i\sum_j a_j = 0$ 이다", sp.simplify(sum(Jsm[0, j] for j in range(3))))
sub = {zz[0]: 0, zz[1]: sp.log(2), zz[2]: sp.log(3)}; an = [sp.nsimplify(v.subs(sub)) for v in aa]; Jn = Jsm.subs(sub).applyfunc(sp.nsimplify)
C(f, r"그러면 $e^{\mathbf{z}} = (1, 2, 3)$, 합이 $6$ 이므로", float(den.subs(sub)), "6", tol=1e-9)
S(f, r"\mathbf{a} = \left(\tfrac16,\ \tfrac13,\ \tfrac12\right) \approx (0.1667,\ 0.3333,\ 0.5)", (sp.Matrix(an) - sp.Matrix([sp.Rational(1, 6), sp.Rational(1, 3), sp.Rational(1, 2)])).norm())
C(f, r"\mathbf{a} = \left(\tfrac16,\ \tfrac13,\ \tfrac12\right) \approx (0.1667,\ 0.3333,\ 0.5)", float(an[0]), "0.1667"); C(f, r"\approx (0.1667,\ 0.3333,\ 0.5)", float(an[1]), "0.3333")
C(f, r"- $J_{11} = \frac16 \cdot \frac56 = \frac{5}{36} \approx 0.1389$", float(Jn[0, 0]), "0.1389"); S(f, r"- $J_{11} = \frac16 \cdot \frac56 = \frac{5}{36}", Jn[0, 0] - sp.Rational(5, 36))
C(f, r"- $J_{22} = \frac13 \cdot \frac23 = \frac29 \approx 0.2222$", float(Jn[1, 1]), "0.2222"); C(f, r"$J_{33} = \frac12 \cdot \frac12 = 0.25$", float(Jn[2, 2]), "0.25")
C(f, r"- $J_{12} = -\frac16 \cdot \frac13 = -\frac{1}{18} \approx -0.0556$", float(Jn[0, 1]), "-0.0556")
W(f, r"- $J_{13} = -\frac16 \cdot \frac12 = -\frac13$", float(Jn[0, 2]), "-0.3333", val=-1/3, tol=0.001)
C(f, r"- $J_{23} = -\frac13 \cdot \frac12 = -\frac16 \approx -0.1667$", float(Jn[1, 2]), "-0.1667")
Jf = np.array(Jn.evalf(), dtype=float)
S(f, r"$$J \approx \begin{pmatrix} 0.1389 & -0.0556 & -0.0833", sp.nsimplify(float(abs(Jf - np.array([[0.1389, -0.0556, -0.0833], [-0.0556, 0.2222, -0.1667], [-0.0833, -0.1667, 0.25]])).max() > 6e-5)))
C(f, r"첫 행의 합: $0.1389 - 0.0556 - 0.0833 = 0$", 0.1389 - 0.0556 - 0.0833, "0", val=0, tol=1e-4)
C(f, r"$L = -\ln a_3 = \ln 2 \approx 0.6931$", -log(0.5), "0.6931")
C(f, r"$\partial L/\partial \mathbf{a} = (0, 0, -1/a_3) = (0, 0, -2)$", -1/0.5, "-2)", val=-2, tol=0)
S(f, r"= -2\,(J_{31}, J_{32}, J_{33}) = \left(\tfrac16,\ \tfrac13,\ -\tfrac12\right) = \mathbf{a} - \mathbf{y}$$", (-2*Jn[2, :].T - sp.Matrix([sp.Rational(1, 6), sp.Rational(1, 3), -sp.Rational(1, 2)])).norm() + (sp.Matrix(an) - sp.Matrix([0, 0, 1]) - sp.Matrix([sp.Rational(1, 6), sp.Rational(1, 3), -sp.Rational(1, 2)])).norm())

f = "ko/ko25_normal_equation_wikidocs.md"
Xn = sp.Matrix([[1, 0], [1, 1], [1, 2]]); yn = sp.Matrix([1, 3, 4]); th = (Xn.T*Xn).inv()*Xn.T*yn
ths = sp.Matrix(sp.symbols("t0:2")); Jn_ = ((Xn*ths - yn).T*(Xn*ths - yn))[0]
S(f, r"$$\nabla_{\boldsymbol\theta} J = 2X^\top(X\boldsymbol\theta - \mathbf{y}) = \mathbf{0}", (sp.Matrix([sp.diff(Jn_, v) for v in ths]) - 2*Xn.T*(Xn*ths - yn)).norm())
S(f, r"$$X^\top X = \begin{bmatrix} 3 & 3 \\ 3 & 5 \end{bmatrix}, \qquad X^\top\mathbf{y}", (Xn.T*Xn - M([[3, 3], [3, 5]])).norm() + (Xn.T*yn - M([8, 11])).norm())
C(f, r"행렬식은 $3 \cdot 5 - 3 \cdot 3 = 6$ 이므로", float((Xn.T*Xn).det()), "6", tol=0)
S(f, r"$$(X^\top X)^{-1} = \frac16\begin{bmatrix} 5 & -3 \\ -3 & 3 \end{bmatrix}$$", ((Xn.T*Xn).inv() - M([[5, -3], [-3, 3]])/6).norm())
S(f, r"= \frac16\begin{bmatrix} 7 \\ 9 \end{bmatrix} \approx", (th - M([7, 9])/6).norm())
C(f, r"\approx \begin{bmatrix} 1.1667 \\ 1.5 \end{bmatrix}$$", float(th[0]), "1.1667"); C(f, r"\approx \begin{bmatrix} 1.1667 \\ 1.5 \end{bmatrix}$$", float(th[1]), "1.5", val=1.5, tol=1e-9)
C(f, r"즉 $\hat y = 1.1667 + 1.5x$", float(th[0]), "1.1667")
pr = Xn*th; rr = yn - pr
C(f, r"예측값은 $1.1667, 2.6667, 4.1667$ 이고", float(pr[1]), "2.6667"); C(f, r"예측값은 $1.1667, 2.6667, 4.1667$ 이고", float(pr[2]), "4.1667")
C(f, r"잔차 $y - \hat y$ 는 $-0.1667, 0.3333, -0.1667$ 이다", float(rr[0]), "-0.1667"); C(f, r"잔차 $y - \hat y$ 는 $-0.1667, 0.3333, -0.1667$ 이다", float(rr[1]), "0.3333")
C(f, r"잔차의 합은 $0$ 이고", float(sum(rr)), "0", val=0, tol=1e-12); S(f, r"잔차의 합은 $0$ 이고", (Xn.T*rr).norm())
sse = float(sum(v**2 for v in rr))
C(f, r"- $\text{SSE} = \frac{1}{36} + \frac{4}{36} + \frac{1}{36} = \frac16 \approx 0.1667$", sse, "0.1667")
W(f, r"- $\text{MSE} = \text{SSE}/3 = \frac{1}{18} \approx 0.0833$", sse/3, "0.0833")
C(f, r"$\text{SST} = \frac{25}{9} + \frac19 + \frac{16}{9} = \frac{14}{3} \approx 4.667$", float(sum((v - sp.Rational(8, 3))**2 for v in yn)), "4.667")
C(f, r"- $R^2 = 1 - \dfrac{1/6}{14/3} = 1 - \dfrac{1}{28} \approx 0.9643$", 1 - sse/(14/3), "0.9643")
C(f, r"| 정규방정식 | $7/6 \approx 1.1667$ | $9/6 = 1.5$ |", float(th[0]), "1.1667"); C(f, r"| 정규방정식 | $7/6 \approx 1.1667$ | $9/6 = 1.5$ |", float(th[1]), "1.5", val=1.5, tol=1e-9)

f = "ko/ko25_adam_two_steps_colab.ipynb"
wa, ma, va = 0.0, 0.0, 0.0; hs = []
for t_ in (1, 2):
    g_ = 2*(wa - 3); ma = 0.9*ma + 0.1*g_; va = 0.999*va + 0.001*g_*g_; mh_, vh_ = ma/(1 - 0.9**t_), va/(1 - 0.999**t_); wa -= 0.1*mh_/sqrt(vh_); hs.append((g_, ma, va, mh_, vh_, wa))
C(f, r"- $g_1 = 2(0 - 3) = -6$", hs[0][0], "-6", tol=0)
C(f, r"- $m_1 = 0.1 \times (-6) = -0.6$", hs[0][1], "-0.6"); C(f, r"$v_1 = 0.001 \times 36 = 0.036$", hs[0][2], "0.036")
C(f, r"- $\hat m_1 = -0.6/0.1 = -6$", hs[0][3], "-6", val=-6, tol=1e-9); C(f, r"$\hat v_1 = 0.036/0.001 = 36$", hs[0][4], "36", tol=1e-9)
C(f, r"- $w_1 = 0 - 0.1 \times (-6)/6 = 0.1$", hs[0][5], "0.1", tol=1e-9)
C(f, r"- $g_2 = 2(0.1 - 3) = -5.8$", hs[1][0], "-5.8"); C(f, r"- $m_2 = 0.9 \times (-0.6) + 0.1 \times (-5.8) = -1.12$", hs[1][1], "-1.12")
C(f, r"- $v_2 = 0.999 \times 0.036 + 0.001 \times 33.64 = 0.069604$", hs[1][2], "0.069604"); C(f, r"0.001 \times 33.64 = 0.069604$", 5.8**2, "33.64")
C(f, r"- $\hat m_2 = -1.12/0.19 \approx -5.8947$", hs[1][3], "-5.8947")
W(f, r"- $\hat v_2 = 0.069604/0.001999 \approx 3.482$", hs[1][4], "3.482")
C(f, r"- $\sqrt{\hat v_2} \approx 5.9008$ 이므로", sqrt(hs[1][4]), "5.9008"); C(f, r"$w_2 = 0.1 + 0.1 \times 5.8947/5.9008 \approx 0.1999$", hs[1][5], "0.1999")
C(f, r"코드 출력도 0.19990. 두 번째 스텝도 거의 $0.1$ 만큼($0.0999$) 움직였다", hs[1][5] - hs[0][5], "0.0999")

f = "ko/ko25_batchnorm_three_values_notes.md"
xb = np.array([1, 4, 7.]); mu = xb.mean(); var = xb.var(); xh = (xb - mu)/np.sqrt(var + 1e-5); yb = 2*xh + 0.5
C(f, r"1) 평균: $\mu_B = (1 + 4 + 7)/3 = 4$", mu, "4", tol=0)
C(f, r"= \frac{(-3)^2 + 0^2 + 3^2}{3} = 6$", var, "6", tol=0)
C(f, r"3) 정규화: $\sqrt{6 + 10^{-5}} \approx 2.4495$", sqrt(6 + 1e-5), "2.4495")
C(f, r"\approx (-1.2247,\ 0,\ 1.2247)$$", xh[2], "1.2247"); C(f, r"\approx (-1.2247,\ 0,\ 1.2247)$$", xh[0], "-1.2247")
W(f, r"- $y_1 = 2 \times (-1.2247) + 0.5 = -2.9495$", yb[0], "-2.9495")
C(f, r"- $y_2 = 0.5$", yb[1], "0.5"); C(f, r"- $y_3 = 2 \times 1.2247 + 0.5 = 2.9495$", yb[2], "2.9495")
C(f, r"$(-1.9495 + 0.5 + 2.9495)/3 = 0.5$", yb.mean(), "0.5"); C(f, r"$(-1.9495 + 0.5 + 2.9495)/3 = 0.5$", yb[0], "-1.9495", val=-1.9495)
C(f, r"- running mean: $0.9 \times 0 + 0.1 \times 4 = 0.4$", 0.4, "0.4", tol=1e-9)
C(f, r"$18/2 = 9$ 이고, $0.9 \times 1 + 0.1 \times 9 = 1.8$", xb.var(ddof=1), "9", tol=0); C(f, r"$0.9 \times 1 + 0.1 \times 9 = 1.8$", 0.9 + 0.1*xb.var(ddof=1), "1.8")
C(f, r"$\hat x = (4 - 0.4)/\sqrt{1.8} \approx 2.683$", 3.6/sqrt(1.8), "2.683")

f = "ko/ko25_l1_l2_gradient_exam.md"
wv = np.array([0.5, -1.0, 0]); gv = np.array([0.2, -0.1, 0.3])
C(f, r"$\lVert\mathbf{w}\rVert_2^2 = 0.25 + 1 + 0 = 1.25$", (wv**2).sum(), "1.25"); C(f, r"$R_2 = 0.05 \times 1.25 = 0.0625$", 0.05*(wv**2).sum(), "0.0625")
C(f, r"$\nabla R_2 = \lambda\mathbf{w} = (0.05,\ -0.1,\ 0)$", 0.1*wv[0], "0.05"); C(f, r"$\nabla R_2 = \lambda\mathbf{w} = (0.05,\ -0.1,\ 0)$", 0.1*wv[1], "-0.1")
C(f, r"$R_1 = 0.1 \times (0.5 + 1.0 + 0) = 0.15$", 0.1*abs(wv).sum(), "0.15")
C(f, r"$\partial R_1 = \lambda\,\mathrm{sign}(\mathbf{w}) = (0.1,\ -0.1,\ 0)$", 0.1*np.sign(wv)[1], "-0.1")
w2v = wv - 0.5*(gv + 0.1*wv); w1v = wv - 0.5*(gv + 0.1*np.sign(wv))
C(f, r"- L2: $\mathbf{g} + \lambda\mathbf{w} = (0.25,\ -0.2,\ 0.3)$", (gv + 0.1*wv)[0], "0.25")
C(f, r"= (0.375,\ -0.9,\ -0.15)$", w2v[0], "0.375"); C(f, r"= (0.375,\ -0.9,\ -0.15)$", w2v[1], "-0.9"); C(f, r"= (0.375,\ -0.9,\ -0.15)$", w2v[2], "-0.15")
C(f, r"- L1: $\mathbf{g} + \lambda\,\mathrm{sign}(\mathbf{w}) = (0.3,\ -0.2,\ 0.3)$", (gv + 0.1*np.sign(wv))[0], "0.3"); C(f, r"이므로 $\mathbf{w} = (0.35,\ -0.9,\ -0.15)$", w1v[0], "0.35")
C(f, r"$0.375 - 0.35 = 0.025$", w2v[0] - w1v[0], "0.025")
C(f, r"감쇠 계수는 $1 - 0.5 \times 0.1 = 0.95$ 이다", 0.95, "0.95", tol=1e-9); C(f, r"실제로 $0.95 \times 0.5 - 0.5 \times 0.2 = 0.375$", 0.95*0.5 - 0.1, "0.375")

f = "ko/ko25_two_layer_matrix_backprop_lecture.md"
X7 = sp.eye(2); W17 = M([[1, -1], [2, 0]]); W27 = M([[1, 1]]); Y7 = M([[1, 0]])
Z17 = W17*X7; A17 = Z17.applyfunc(lambda v: max(v, 0)); Z27 = W27*A17 - M([[1, 1]])
S(f, r"$X = I$ 라서 $Z^{[1]} = W^{[1]} = \begin{bmatrix} 1 & -1 \\ 2 & 0 \end{bmatrix}$", (A17 - M([[1, 0], [2, 0]])).norm())
C(f, r"$Z^{[2]} = [1 + 2 - 1,\ 0 + 0 - 1] = [2,\ -1]$", float(Z27[0]), "[2,", val=2, tol=0); C(f, r"$Z^{[2]} = [1 + 2 - 1,\ 0 + 0 - 1] = [2,\ -1]$", float(Z27[1]), "-1]", val=-1, tol=0)
C(f, r"손실 $L = \frac14\big((2 - 1)^2 + (-1 - 0)^2\big) = 0.5$", float(sum(v**2 for v in (Z27 - Y7)))/4, "0.5")
dZ27 = (Z27 - Y7)/2; dW27 = dZ27*A17.T; dA17 = W27.T*dZ27; dZ17 = sp.Matrix(2, 2, lambda i, j: dA17[i, j]*(1 if Z17[i, j] > 0 else 0))
C(f, r"- $dZ^{[2]} = \frac12[1,\ -1] = [0.5,\ -0.5]$", float(dZ27[1]), "-0.5")
C(f, r"= [0.5,\ 1.0]$", float(dW27[1]), "1.0"); C(f, r"= [0.5,\ 1.0]$", float(dW27[0]), "0.5", val=0.5)
W(f, r"- $db^{[2]} = 0.5 + 0.5 = 1$", float(sum(dZ27)), "1", tol=0.1)
S(f, r"- $dA^{[1]} = W^{[2]\top}dZ^{[2]} = \begin{bmatrix} 0.5 & -0.5 \\ 0.5 & -0.5 \end{bmatrix}$", (dA17 - M([[1, -1], [1, -1]])/2).norm())
S(f, r"인 곳만 통과: $dZ^{[1]} = \begin{bmatrix} 0.5 & 0 \\ 0.5 & 0 \end{bmatrix}$", (dZ17 - M([[1, 0], [1, 0]])/2).norm())
S(f, r"- $dW^{[1]} = dZ^{[1]}X^\top = \begin{bmatrix} 0.5 & 0 \\ 0.5 & 0 \end{bmatrix}$", (dZ17*X7.T - M([[1, 0], [1, 0]])/2).norm() + (dZ17*sp.ones(2, 1) - M([1, 1])/2).norm())
C(f, r"또 $db^{[2]} = 0$ 이므로", float(sum(dZ27)), "0", val=0, tol=0)
S(f, r"$dZ^{[2]} = \tfrac1m(Z^{[2]} - Y), \quad dW^{[2]} = dZ^{[2]}A^{[1]\top}", 0)  # eye-checked: shape statement / textbook identity, no value to recompute
S(f, r"($dW^{[2]}$: $(1 \times m)(m \times n_h) = 1 \times n_h$", 0)  # eye-checked: shape statement / textbook identity, no value to recompute

f = "ko/ko25_total_probability_textbook_ch2.md"
pri = np.array([0.5, 0.3, 0.2]); dr = np.array([0.01, 0.02, 0.05]); PD = (pri*dr).sum()
S(f, r"P(B_j \mid A) = \frac{P(A \mid B_j)\,P(B_j)}{\sum_{i} P(A \mid B_i)\,P(B_i)} \tag{2.9}", 0)  # eye-checked: shape statement / textbook identity, no value to recompute
S(f, r"P(A) = \sum_{i=1}^{k} P(A \mid B_i)\,P(B_i) \tag{2.8}", 0)  # eye-checked: shape statement / textbook identity, no value to recompute
C(f, r"= 0.005 + 0.006 + 0.010 = 0.021 \tag{2.10}", PD, "0.021"); C(f, r"$$P(D) = 0.5 \times 0.01 + 0.3 \times 0.02 + 0.2 \times 0.05 = 0.005", 0.3*0.02, "0.006")
C(f, r"= \frac{10}{21} \approx 0.4762$$", 0.01/PD, "0.4762"); C(f, r"$$P(C \mid D) = \frac{0.010}{0.021} = \frac{10}{21}", 0.01/PD, "0.4762", val=10/21)
W(f, r"$P(B \mid D) = 0.006/0.021 \approx 0.2587$", 0.006/PD, "0.2587")
C(f, r"$P(A \mid D) = 0.005/0.021 \approx 0.2381$", 0.005/PD, "0.2381")
C(f, r"세 사후확률의 합은 $\frac{5 + 6 + 10}{21} = 1$ 로 맞다", 21/21, "1", tol=0); C(f, r"절반 가까이($47.6\%$)", 100*0.01/PD, "47.6")
C(f, r"기댓값은 $1000 \times 0.021 = 21$ 개이고", 1000*PD, "21", tol=1e-9); C(f, r"평균 $21 \times 10/21 = 10$ 개이다", 10, "10", tol=0)

f = "ko/ko25_battery_charging_units_colab.ipynb"
W(f, r"- 보조배터리: $10000\ \text{mAh} \times 3.7\ \text{V} = 3.7\ \text{Wh}$", 10*3.7, "3.7")
C(f, r"- 폰: $4.5\ \text{Ah} \times 3.85\ \text{V} = 17.325\ \text{Wh}$", 4.5*3.85, "17.325")
C(f, r"- 실제로 쓸 수 있는 에너지: $37 \times 0.85 = 31.45\ \text{Wh}$", 37*0.85, "31.45")
C(f, r"- 충전 횟수: $31.45 / 17.325 \approx 1.82$ 회", 31.45/17.325, "1.82")
C(f, r"$10000/4500 \approx 2.22$ 회라고", 10000/4500, "2.22")
C(f, r"$$t = \frac{37\ \text{Wh}}{10\ \text{W} \times 0.9} \approx 4.11\ \text{h}$$", 37/9, "4.11")
C(f, r"약 4시간 7분.", (37/9 - 4)*60, "7", tol=0.5)
C(f, r"$37/0.9 \approx 41.1\ \text{Wh} = 0.0411\ \text{kWh}$", 37/0.9, "41.1"); C(f, r"$0.0411 \times 120 \approx 4.93$ 원", 0.0411*120, "4.93")
C(f, r"$4.93 \times 30 \approx 148$ 원", 4.93*30, "148")
C(f, r"$37/100 = 37\%$ 수준이라", 37, "37", tol=0)

f = "ko/ko25_geometric_distribution_notebook.ipynb"
C(f, r"- 첫 번째에 성공: $P(X = 1) = 0.2$", 0.2, "0.2", tol=1e-9)
C(f, r"- 세 번째에 처음 성공: $P(X = 3) = 0.8^2 \times 0.2 = 0.128$", 0.64*0.2, "0.128")
W(f, r"$P(X \le 3) = 1 - 0.8^3 = 0.512$", 1 - 0.8**3, "0.512")
C(f, r"- 다섯 번 모두 실패: $P(X > 5) = 0.8^5 \approx 0.3277$", 0.8**5, "0.3277")
pS, kS = sp.symbols("p k", positive=True)
S(f, r"$$E[X] = \sum_{k=1}^{\infty} k(1 - p)^{k-1}p = \frac1p, \qquad", sp.summation(kS*sp.Rational(4, 5)**(kS - 1)*sp.Rational(1, 5), (kS, 1, sp.oo)) - 5 + sp.summation(kS**2*sp.Rational(4, 5)**(kS - 1)*sp.Rational(1, 5), (kS, 1, sp.oo)) - 25 - sp.Rational(4, 5)/sp.Rational(1, 25))
C(f, r"$p = 0.2$ 이면 $E[X] = 5$ 회", 1/0.2, "5", tol=1e-9); C(f, r"$\operatorname{Var}(X) = 0.8/0.04 = 20$", 0.8/0.04, "20", tol=1e-9); C(f, r"표준편차 $\sqrt{20} \approx 4.47$ 회", sqrt(20), "4.47")
mS, nS = sp.symbols("m n", positive=True)
qq_ = sp.Symbol("qq", positive=True)
S(f, r"= \frac{(1 - p)^{m+n}}{(1 - p)^m} = (1 - p)^n$$", qq_**(mS + nS)/qq_**mS - qq_**nS)
C(f, r"다음 5번 안에 못 뽑을 확률은 여전히 $0.8^5 \approx 0.328$ 이다", 0.8**5, "0.328")

f = "ko/ko25_dropout_he_init_notes.md"
C(f, r"\operatorname{Var}(W) = \frac{2}{512} \approx 0.003906", 2/512, "0.003906"); C(f, r"\sigma = \sqrt{0.003906} = 0.0625$$", sqrt(2/512), "0.0625")
C(f, r"= \dfrac{2}{768} \approx 0.002604$, 표준편차는 $\approx 0.0510$", 2/768, "0.002604"); C(f, r"표준편차는 $\approx 0.0510$", sqrt(2/768), "0.0510")
rS = sp.Symbol("r", positive=True)
S(f, r"균등분포 $U[-r, r]$ 의 분산은 $r^2/3$ 이므로", sp.integrate(x**2/(2*rS), (x, -rS, rS)) - rS**2/3)
C(f, r"$r = \sqrt{6/768} \approx 0.0884$", sqrt(6/768), "0.0884")
qS, hS = sp.symbols("q h", positive=True)
S(f, r"E[\tilde h_i] = \frac{q\,h_i}{q} = h_i$$", (qS*hS/qS + (1 - qS)*0) - hS)
C(f, r"- $\tilde h_1 = 1.0/0.8 = 1.25$", 1/0.8, "1.25"); C(f, r"- $\tilde h_3 = 0.5/0.8 = 0.625$", 0.5/0.8, "0.625"); C(f, r"- $\tilde h_4 = 3.0/0.8 = 3.75$", 3/0.8, "3.75")
C(f, r"- $\tilde h_2 = 0$", 0, "0", tol=0)
C(f, r"이번 샘플의 합은 $1.25 + 0 + 0.625 + 3.75 = 5.625$, 원래 합 $6.5$", 1.25 + 0.625 + 3.75, "5.625"); C(f, r"원래 합 $6.5$ 와 다르지만", 6.5, "6.5", val=1 + 2 + 0.5 + 3)
S(f, r"$\operatorname{Var}(\tilde h_i) = h_i^2\,\frac{1 - q}{q} = 0.25\,h_i^2$", (qS*(hS/qS)**2 - hS**2) - hS**2*(1 - qS)/qS + (hS**2*(1 - qS)/qS).subs(qS, sp.Rational(4, 5)) - hS**2/4)
C(f, r"예컨대 $h_4 = 3$ 이면 $2.25$", 0.25*9, "2.25")

f = "ko/ko25_ideal_gas_tire_pressure.md"
C(f, r"- 절대압: $P_1 = 220 + 101.3 = 321.3\ \text{kPa}$", 321.3, "321.3")
W(f, r"$T_2 = 50\ ^\circ\text{C} = 333.15\ \text{K}$", 50 + 273.15, "333.15")
C(f, r"= 321.3 \times \frac{323.15}{293.15} \approx 354.2\ \text{kPa}$$", 321.3*323.15/293.15, "354.2")
C(f, r"게이지압으로 돌리면 $354.2 - 101.3 = 252.9\ \text{kPa}$", 354.2 - 101.3, "252.9"); C(f, r"즉 약 $33\ \text{kPa}$ ($15\%$) 상승", 252.9 - 220, "33", tol=0.5); C(f, r"즉 약 $33\ \text{kPa}$ ($15\%$) 상승", 100*32.9/220, "15")
C(f, r"흔한 실수: 섭씨 그대로 $220 \times 50/20 = 550$ kPa", 220*50/20, "550", tol=0)
C(f, r"{8.314 \times 293.15} \approx 3.30\ \text{mol}$$", 321300*0.025/(8.314*293.15), "3.30")
C(f, r"약 $3.30 \times 29 \approx 95.7$ g", 3.3*29, "95.7")
# ---------------------------------------------------------------- zh
f = "zh/zh25_logistic_two_feature_csdn.md"
zS_ = sp.Symbol("z", real=True); yS_ = sp.Symbol("y", real=True); sgz = 1/(1 + sp.exp(-zS_))
S(f, r"$$\sigma'(z) = \frac{e^{-z}}{(1 + e^{-z})^2} = \sigma(z)\big(1 - \sigma(z)\big)$$", (sp.diff(sgz, zS_) - sp.exp(-zS_)/(1 + sp.exp(-zS_))**2)**2 + (sp.exp(-zS_)/(1 + sp.exp(-zS_))**2 - sgz*(1 - sgz))**2)
Lz = -(yS_*sp.log(sgz) + (1 - yS_)*sp.log(1 - sgz))
S(f, r"\frac{\partial L}{\partial z} &= \Big(-\frac{y}{\hat y} + \frac{1 - y}{1 - \hat y}\Big)\hat y(1 - \hat y) \\", sp.diff(Lz, zS_) - (-yS_/sgz + (1 - yS_)/(1 - sgz))*sgz*(1 - sgz))
S(f, r"&= -y(1 - \hat y) + (1 - y)\hat y \\", (-yS_/sgz + (1 - yS_)/(1 - sgz))*sgz*(1 - sgz) - (-yS_*(1 - sgz) + (1 - yS_)*sgz))
S(f, r"&= \hat y - y", -yS_*(1 - sgz) + (1 - yS_)*sgz - (sgz - yS_))
C(f, r"解：$z = 0.5 \times 2 + 1 \times (-1) + 0 = 0$", 0, "0", val=0, tol=0); C(f, r"$\hat y = \sigma(0) = 0.5$", sig(0), "0.5"); C(f, r"$L = -\ln(1 - 0.5) = \ln 2 \approx 0.6931$", log(2), "0.6931")
C(f, r"= (0.5 - 0)(2, -1)^\top = (1, -0.5)^\top$", 0.5*-1, "-0.5"); C(f, r"$\dfrac{\partial L}{\partial b} = 0.5$。", 0.5, "0.5", tol=1e-9)
C(f, r"更新：$\mathbf{w} = (0.5 - 0.2,\ 1 + 0.1) = (0.3,\ 1.1)$", 0.5 - 0.2*1, "0.3"); C(f, r"更新：$\mathbf{w} = (0.5 - 0.2,\ 1 + 0.1) = (0.3,\ 1.1)$", 1 + 0.2*0.5, "1.1"); C(f, r"$b = 0 - 0.2 \times 0.5 = -0.1$", -0.1, "-0.1")
C(f, r"代入得 $z' = 0.3 \times 2 - 1.1 - 0.1 = -0.6$", 0.6 - 1.1 - 0.1, "-0.6"); C(f, r"$\hat y' = \sigma(-0.6) \approx 0.3543$", sig(-0.6), "0.3543")
C(f, r"$$L' = -\ln(1 - 0.3543) \approx 0.4375$$", -log(1 - sig(-0.6)), "0.4375")
C(f, r"损失从 0.6931 降到 0.4375，下降约 $37\%$", 100*(1 + log(1 - sig(-0.6))/log(2)), "37")

f = "zh/zh25_rmsprop_vs_gd_zhihu.md"
wz = np.array([1., 1.]); sz = np.zeros(2); hz = []
for _ in range(2):
    g_ = np.array([2., 20.])*wz; sz = 0.9*sz + 0.1*g_**2; wz = wz - 0.01*g_/np.sqrt(sz); hz.append((g_.copy(), sz.copy(), wz.copy()))
C(f, r"$s_1 = 0.1 \times (4, 400) = (0.4, 40)$", hz[0][1][0], "0.4"); C(f, r"$s_1 = 0.1 \times (4, 400) = (0.4, 40)$", hz[0][1][1], "40)", val=40, tol=1e-9)
C(f, r"$\sqrt{s_1} \approx (0.6325, 6.325)$", sqrt(0.4), "0.6325"); C(f, r"$\sqrt{s_1} \approx (0.6325, 6.325)$", sqrt(40), "6.325")
C(f, r"两个坐标的步长都是 $0.01 \times 2/0.6325 = 0.01 \times 20/6.325 \approx 0.0316$", 0.01/sqrt(0.1), "0.0316"); C(f, r"所以 $w_1 = (0.9684, 0.9684)$", hz[0][2][0], "0.9684")
C(f, r"**第二步。** $g_2 = (1.9368, 19.368)$", hz[1][0][0], "1.9368"); C(f, r"**第二步。** $g_2 = (1.9368, 19.368)$", hz[1][0][1], "19.368")
C(f, r"$$s_2 = 0.9 \times 0.4 + 0.1 \times 1.9368^2 \approx 0.7351$$", hz[1][1][0], "0.7351")
C(f, r"$\sqrt{0.7351} \approx 0.8574$", sqrt(hz[1][1][0]), "0.8574"); C(f, r"步长 $0.01 \times 1.9368/0.8574 \approx 0.0226$", hz[0][2][0] - hz[1][2][0], "0.0226"); C(f, r"于是 $w_2 \approx (0.9458, 0.9458)$", hz[1][2][1], "0.9458")
C(f, r"$w_1 = (1 - 0.02,\ 1 - 0.2) = (0.98,\ 0.8)$", 0.98, "0.98", tol=1e-9); C(f, r"$w_1 = (1 - 0.02,\ 1 - 0.2) = (0.98,\ 0.8)$", 1 - 0.2, "0.8)", val=0.8, tol=1e-9); C(f, r"$w_2 = (0.9604,\ 0.64)$。", 0.98**2, "0.9604"); C(f, r"$w_2 = (0.9604,\ 0.64)$。", 0.8**2, "0.64")
C(f, r"| SGD | $(0.98, 0.8)$ | $(0.9604, 0.64)$ |", 0.98**2, "0.9604"); C(f, r"| RMSProp | $(0.9684, 0.9684)$ | $(0.9458, 0.9458)$ |", hz[1][2][0], "0.9458"); C(f, r"| RMSProp | $(0.9684, 0.9684)$ | $(0.9458, 0.9458)$ |", hz[0][2][1], "0.9684")
C(f, r"两者相差 $0.2/0.02 = 10$ 倍", 10, "10", tol=1e-9)

f = "zh/zh25_trace_gradient_matrix_notes.md"
Asy = sp.Matrix(2, 2, sp.symbols("a0:4")); Xsy = sp.Matrix(2, 2, sp.symbols("x0:4"))
grad = lambda F: sp.Matrix(2, 2, lambda i, j: sp.diff(F, Xsy[i, j]))
S(f, r"**公式 1.** $f(X) = \operatorname{tr}(AX) = \sum_{i,k} A_{ik}X_{ki}$", (Asy*Xsy).trace() - sum(Asy[i, k]*Xsy[k, i] for i in range(2) for k in range(2)))
S(f, r"$$\frac{\partial\,\operatorname{tr}(AX)}{\partial X} = A^\top$$", (grad((Asy*Xsy).trace()) - Asy.T).norm()**2)
S(f, r"$$\frac{\partial g}{\partial X} = AX + A^\top X = (A + A^\top)X$$", (grad((Xsy.T*Asy*Xsy).trace()) - (Asy + Asy.T)*Xsy).norm()**2)
S(f, r"取 $A = I$ 代入公式 2 得 $\dfrac{\partial \lVert X\rVert_F^2}{\partial X} = 2X$", (grad((Xsy.T*Xsy).trace()) - 2*Xsy).norm()**2 + ((Xsy.T*Xsy).trace() - sum(v**2 for v in Xsy)))
An = M([[1, 2], [3, 4]]); Xn3 = M([[1, 0], [1, 1]])
S(f, r"则 $AX = \begin{pmatrix} 3 & 2 \\ 7 & 4 \end{pmatrix}$", (An*Xn3 - M([[3, 2], [7, 4]])).norm() + (An.T - M([[1, 3], [2, 4]])).norm())
C(f, r"$\operatorname{tr}(AX) = 3 + 4 = 7$", float((An*Xn3).trace()), "7", tol=0)
Xp3 = M([[1, 0], [sp.Rational(11, 10), 1]])
C(f, r"把 $X_{21}$ 加 $0.1$：$AX$ 的对角元变成 $3 + 0.2$ 和 $4$", float((An*Xp3)[0, 0]), "3 + 0.2", val=3.2, tol=1e-9)
C(f, r"迹增加 $0.2 = 0.1 \times (A^\top)_{21}$", float((An*Xp3).trace() - (An*Xn3).trace()), "0.2", tol=1e-9)
S(f, r"$X^\top A X = \begin{pmatrix} 10 & 6 \\ 7 & 4 \end{pmatrix}$", (Xn3.T*An*Xn3 - M([[10, 6], [7, 4]])).norm() + (An + An.T - M([[2, 5], [5, 8]])).norm())
C(f, r"故 $g(X) = 14$", float((Xn3.T*An*Xn3).trace()), "14", tol=0)
W(f, r"= \begin{pmatrix} 7 & 5 \\ 12 & 8 \end{pmatrix}$$", float(((An + An.T)*Xn3)[1, 0]), "12", tol=0.1)
C(f, r"最后 $\lVert X\rVert_F^2 = 1 + 0 + 1 + 1 = 3$", 3, "3", tol=0); S(f, r"梯度 $2X = \begin{pmatrix} 2 & 0 \\ 2 & 2 \end{pmatrix}$", (2*Xn3 - M([[2, 0], [2, 2]])).norm())
S(f, r"小结：$\operatorname{tr}\big(X^\top \tfrac{\partial g}{\partial X}\big) = 2g$", (Xsy.T*(Asy + Asy.T)*Xsy).trace() - 2*(Xsy.T*Asy*Xsy).trace())
C(f, r"这里 $\operatorname{tr}\big(X^\top(A + A^\top)X\big) = 2 \times 14 = 28$", float((Xn3.T*(An + An.T)*Xn3).trace()), "28", tol=0)

f = "zh/zh25_activation_derivative_exam.md"
C(f, r"于是 $f(-2) = -0.02$，$f'(-2) = 0.01$，$f(3) = 3$，$f'(3) = 1$", 0.01*-2, "-0.02"); C(f, r"$f'(-2) = 0.01$，$f(3) = 3$", 0.01, "0.01", tol=1e-9)
C(f, r"$x = 1$ 时 $\tanh 1 \approx 0.7616$", tanh(1), "0.7616"); C(f, r"故 $\tanh'(1) \approx 1 - 0.5800 = 0.4200$", 1 - tanh(1)**2, "0.4200"); C(f, r"故 $\tanh'(1) \approx 1 - 0.5800", tanh(1)**2, "0.5800")
S(f, r"$\sigma'(x) = \sigma(x)(1 - \sigma(x))$，在 $0$ 点", sp.diff(sg, X) - sg*(1 - sg))
C(f, r"在 $0$ 点 $\sigma'(0) = 0.5 \times 0.5 = 0.25$", sig(0)*(1 - sig(0)), "0.25")
S(f, r"由链式法则 $\dfrac{d}{dx}\sigma(2x) = 2\sigma'(2x)$", sp.diff(sg.subs(X, 2*X), X) - 2*(sg*(1 - sg)).subs(X, 2*X))
C(f, r"在 $x = 0$ 处为 $2 \times 0.25 = 0.5$", 0.5, "0.5", tol=1e-9)
C(f, r"= (0.5 \times 1,\ -1 \times 0.01,\ 2 \times 0.01) = (0.5,\ -0.01,\ 0.02)$$", -0.01, "-0.01"); C(f, r"= (0.5,\ -0.01,\ 0.02)$$", 0.02, "0.02")
C(f, r"写成 $1 - \tanh 1 \approx 0.24$ 不得分", 1 - tanh(1), "0.24")

f = "zh/zh25_gd_quadratic_convergence_textbook.md"
xv_ = sp.Matrix(sp.symbols("v0:2")); Aq = sp.Matrix(2, 2, sp.symbols("p0:4")); Aq = (Aq + Aq.T)/2; bq_ = sp.Matrix(sp.symbols("c0:2"))
fq = (xv_.T*Aq*xv_/2 - bq_.T*xv_)[0]
S(f, r"其梯度 $\nabla f(\mathbf{x}) = A\mathbf{x} - \mathbf{b}$", (sp.Matrix([sp.diff(fq, v) for v in xv_]) - (Aq*xv_ - bq_)).norm()**2)
eS = sp.Symbol("eta")
S(f, r"$$\mathbf{e}_{k+1} = (I - \eta A)\,\mathbf{e}_k. \tag{3.3}$$", ((xv_ - eS*(Aq*xv_ - bq_) - Aq.inv()*bq_) - (sp.eye(2) - eS*Aq)*(xv_ - Aq.inv()*bq_)).applyfunc(sp.simplify).norm())
lS, LS = sp.symbols("l L", positive=True)
S(f, r"\eta^\ast = \frac{2}{\lambda_{\min} + \lambda_{\max}}, \qquad \rho = \frac{\kappa - 1}{\kappa + 1}", (1 - 2/(lS + LS)*lS) - (LS/lS - 1)/(LS/lS + 1) + (-(1 - 2/(lS + LS)*LS)) - (LS/lS - 1)/(LS/lS + 1))
C(f, r"解：$\mathbf{x}^\ast = A^{-1}\mathbf{b} = (1, 1)^\top$", 1, "(1, 1)", val=1, tol=0); C(f, r"$f(\mathbf{x}^\ast) = -\tfrac12\mathbf{b}^\top\mathbf{x}^\ast = -2.5$", 0.5*(1 + 4) - 5, "-2.5")
C(f, r"由 (3.4)，$\eta^\ast = 2/(1 + 4) = 0.4$", 0.4, "0.4", tol=1e-9); C(f, r"$\kappa = 4$，$\rho = 3/5 = 0.6$", 3/5, "0.6")
C(f, r"此时 $I - \eta^\ast A = \operatorname{diag}(0.6,\ -0.6)$", 1 - 0.4*4, "-0.6)", val=-0.6)
e1q = np.array([0.6, -0.6])*np.array([-1, -1]); e2q = np.array([0.6, -0.6])*e1q
C(f, r"\mathbf{e}_1 = (-0.6,\ 0.6), \quad \mathbf{e}_2 = (-0.36,\ -0.36)$$", e1q[1], "0.6)", val=0.6); C(f, r"\mathbf{e}_1 = (-0.6,\ 0.6), \quad \mathbf{e}_2 = (-0.36,\ -0.36)$$", e2q[1], "-0.36)", val=-0.36)
C(f, r"即 $\mathbf{x}_1 = (0.4,\ 1.6)$，$\mathbf{x}_2 = (0.64,\ 0.64)$", 1 + e1q[1], "1.6"); C(f, r"即 $\mathbf{x}_1 = (0.4,\ 1.6)$，$\mathbf{x}_2 = (0.64,\ 0.64)$", 1 + e2q[0], "0.64")
C(f, r"{\ln 0.6} \approx 14.2$", log(1e-3/sqrt(2))/log(0.6), "14.2")
W(f, r"故 $k_{\min} = \lceil 14.2 \rceil = 14$", math.ceil(log(1e-3/sqrt(2))/log(0.6)), "14", tol=0.1)
C(f, r"则因子为 $\max(|1 - 0.25|, |1 - 1|) = 0.75$", 0.75, "0.75", tol=1e-9)

f = "zh/zh25_model_memory_units_notebook.ipynb"
C(f, r"- fp32：$1.3 \times 10^9 \times 4\ \text{B} = 5.2\ \text{GB}$", 1.3e9*4/1e9, "5.2")
W(f, r"- fp16：$1.3 \times 10^9 \times 2\ \text{B} = 26\ \text{GB}$", 1.3e9*2/1e9, "26")
C(f, r"- int8：$1.3 \times 10^9 \times 1\ \text{B} = 1.3\ \text{GB}$", 1.3, "1.3")
C(f, r"共 $2 + 2 + 4 + 8 = 16$ 字节", 16, "16", tol=0)
C(f, r"所以 $1.3 \times 10^9 \times 16\ \text{B} = 20.8\ \text{GB}$", 1.3e9*16/1e9, "20.8"); C(f, r"只剩 $24 - 20.8 = 3.2$ GB", 24 - 20.8, "3.2")
C(f, r"$$2 \times 24 \times 2048 \times 2048 \times 8 \times 2\ \text{B} \approx 3.22 \times 10^9\ \text{B} = 3.22\ \text{GB}$$", 2*24*2048*2048*8*2/1e9, "3.22")
C(f, r"约为其 $3.22/2.6 \approx 1.24$ 倍", 3.22/2.6, "1.24")
C(f, r"$8 \times 100 = 800$ 元", 800, "800", tol=0); C(f, r"时间 $100/4 = 25$ 小时", 25, "25", tol=0); C(f, r"费用仍是 $4 \times 8 \times 25 = 800$ 元", 4*8*25, "800", tol=0)

f = "zh/zh25_buoyancy_floating_block.md"
C(f, r"解：(1) 木块质量 $m = \rho_木 V = 600 \times 2 \times 10^{-3} = 1.2\ \text{kg}$", 600*2e-3, "1.2")
C(f, r"重力 $G = mg = 1.2 \times 9.8 = 11.76\ \text{N}$", 1.2*9.8, "11.76"); C(f, r"故 $F_浮 = 11.76\ \text{N}$", 1.2*9.8, "11.76")
C(f, r"= \frac{11.76}{1000 \times 9.8} = 1.2 \times 10^{-3}\ \text{m}^3$$", 11.76/9800*1e3, "1.2")
C(f, r"浸入比例 $V_排/V = 1.2/2 = 60\%$", 60, "60", tol=1e-9); C(f, r"恰好等于 $\rho_木/\rho_水 = 0.6$", 0.6, "0.6", tol=1e-9)
C(f, r"= 1000 \times 9.8 \times 2 \times 10^{-3} = 19.6\ \text{N}$", 1000*9.8*2e-3, "19.6")
C(f, r"所需压力 $F = F'_浮 - G = 19.6 - 11.76 = 7.84\ \text{N}$", 19.6 - 11.76, "7.84")
C(f, r"浸入比例变为 $600/1025 \approx 58.5\%$", 100*600/1025, "58.5")

f = "zh/zh25_binomial_quality_control_notebook.ipynb"
pm = lambda k: comb(20, k)*0.05**k*0.95**(20 - k)
C(f, r"- $P(X = 0) = 0.95^{20} \approx 0.3585$", pm(0), "0.3585"); C(f, r"- $P(X = 1) = 20 \times 0.05 \times 0.95^{19} \approx 0.3774$", pm(1), "0.3774")
C(f, r"- $P(X \le 1) = P(X = 0) + P(X = 1) \approx 0.7358$", pm(0) + pm(1), "0.7358")
C(f, r"退回概率 $P(X \ge 2) = 1 - 0.7358 = 0.2642$", 1 - pm(0) - pm(1), "0.2642")
C(f, r"= 190 \times 0.0025 \times 0.95^{18} \approx 0.1887$", pm(2), "0.1887"); C(f, r"- $P(X = 2) = \binom{20}{2}0.05^2\,0.95^{18} = 190", comb(20, 2), "190", tol=0)
C(f, r"$E[X] = np = 20 \times 0.05 = 1$", sum(k*pm(k) for k in range(21)), "1", tol=1e-9); C(f, r"$\operatorname{Var}(X) = np(1 - p) = 0.95$", sum(k*k*pm(k) for k in range(21)) - 1, "0.95")
C(f, r"标准差 $\sqrt{0.95} \approx 0.975$", sqrt(0.95), "0.975")
C(f, r"$P(X = 0) \approx e^{-1} \approx 0.3679$", exp(-1), "0.3679"); C(f, r"相差约 $0.0094$", exp(-1) - pm(0), "0.0094")
f = "zh/zh25_rmsprop_vs_gd_zhihu.md"
w1S, w2S = sp.symbols("w1 w2", real=True)
S(f, r"$$f(w_1, w_2) = w_1^2 + 10w_2^2, \qquad \nabla f = (2w_1,\ 20w_2)$$", (sp.diff(w1S**2 + 10*w2S**2, w1S) - 2*w1S)**2 + (sp.diff(w1S**2 + 10*w2S**2, w2S) - 20*w2S)**2)
f = "zh/zh25_logistic_two_feature_csdn.md"
xS1, wS1, bS1 = sp.symbols("x1 w1 b", real=True)
Lw = Lz.subs(zS_, wS1*xS1 + bS1)
S(f, r"故 $\dfrac{\partial L}{\partial \mathbf{w}} = (\hat y - y)\mathbf{x}$", (sp.diff(Lw, wS1) - (sgz.subs(zS_, wS1*xS1 + bS1) - yS_)*xS1)**2 + (sp.diff(Lw, bS1) - (sgz.subs(zS_, wS1*xS1 + bS1) - yS_))**2)
f = "en/en25_logistic_batch_matrix_notebook.ipynb"
S(f, r"$$\nabla_{\mathbf{w}} J = \frac{1}{m}X^\top(\mathbf{p} - \mathbf{y}), \qquad \frac{\partial J}{\partial b}", (sp.Matrix([sp.diff(Jsym, v) for v in ws]) - sp.Matrix(Xl.astype(int).tolist()).T*sp.Matrix([1/(1 + sp.exp(-(Xl[i, 0]*ws[0] + Xl[i, 1]*ws[1] + bsy))) - yl[i] for i in range(3)])/3).applyfunc(sp.simplify).norm() + sp.simplify(sp.diff(Jsym, bsy) - sum(1/(1 + sp.exp(-(Xl[i, 0]*ws[0] + Xl[i, 1]*ws[1] + bsy))) - yl[i] for i in range(3))/3))
f = "zh/zh25_buoyancy_floating_block.md"
C(f, r"也可以直接用 $F = (\rho_水 - \rho_木)gV$ 一步算出", (1000 - 600)*9.8*2e-3, "结果相同", val=7.84)
# ---------------------------------------------------------------- coverage
def all_docs():
    return sorted(p for p in ROOT.rglob("*") if p.suffix in (".md", ".ipynb") and "_verify" not in p.parts)
keyed_total = notc_total = 0
for p in all_docs():
    rel = p.relative_to(ROOT).as_posix(); L = lines(rel)
    for e_ in _keys[rel]["wrong"]:
        keyed_total += 1
        if (rel, (e_.get("cell"), e_["line"])) not in covered:
            fails.append(f"{rel}: keyed wrong line {e_} has no W check")
    notc_total += len(_keys[rel]["not_claims"])
    for e_ in _keys[rel]["wrong"] + _keys[rel]["not_claims"]:
        Lc = L.get(e_.get("cell"), [])
        if not (1 <= e_["line"] <= len(Lc)) or not any(r_ in Lc[e_["line"] - 1] for r_ in ("=", "\\approx", "\\le", "\\leftarrow")):
            fails.append(f"{rel}: key entry {e_} does not point at a line with a relation")
files_checked = set(_lines)
for p in all_docs():
    if p.relative_to(ROOT).as_posix() not in files_checked:
        fails.append(f"{p}: no checks")

if __name__ == "__main__":
    print(f"documents: {len(all_docs())}  holding claims checked: {n_ok} numeric + {n_sym} symbolic")
    print(f"wrong-claim checks: {n_wrong} covering {len(covered)} keyed wrong lines (keys list {keyed_total}); not_claims: {notc_total}")
    if fails:
        print("FAILED:"); print("\n".join(fails)); sys.exit(1)
    print("PASS")
    if "--unchecked" in sys.argv:  # eye-check aid: relation lines neither checked nor keyed
        for p in all_docs():
            rel = p.relative_to(ROOT).as_posix()
            keyed = {(e_.get("cell"), e_["line"]) for e_ in _keys[rel]["wrong"] + _keys[rel]["not_claims"]}
            for c_, ls in lines(rel).items():
                for i, l in enumerate(ls, 1):
                    if ("=" in l or "\\approx" in l) and (rel, (c_, i)) not in checked and (c_, i) not in keyed:
                        print(f"  {rel} {c_ or ''}:{i}: {l.strip()[:150]}")
