from kit import *

lam, eta, l1, l2 = sp.symbols('lambda eta lambda_1 lambda_2', positive=True); w = sp.symbols('w1:3', real=True)
Lf = sp.Function('L')(*w)
J2 = Lf + lam*sum(v**2 for v in w)
neq(sp.diff(J2, w[0]), sp.diff(Lf, w[0]) + lam*w[0])     # keyed wrong: missing 2
eq(sp.diff(J2, w[0]), sp.diff(Lf, w[0]) + 2*lam*w[0])
W = np.array([1, -2.])
if np.allclose(2*0.01*W, [0.01, -0.02]): PROBLEMS.append("numeric L2 line is right?")
same(2*0.01*W, [0.02, -0.04])
gL = sp.symbols('g1:3')
for i in range(2): eq(w[i] - eta*(gL[i] + lam*w[i]), (1 - eta*lam)*w[i] - eta*gL[i])
same(1 - 0.1*0.01, 0.999)
wp = sp.symbols('wp', positive=True); wn = sp.symbols('wn', negative=True)
eq(sp.diff(sp.Abs(wp), wp), 1); eq(sp.diff(sp.Abs(wn), wn), -1)
same(0.01*np.sign(W), [0.01, -0.01])
eq(sp.diff(l1*sp.Abs(wp) + l2*wp**2, wp), l1 + 2*l2*wp); eq(sp.diff(l1*sp.Abs(wn) + l2*wn**2, wn), -l1 + 2*l2*wn)
key("../ko/regularization_l1_l2_velog.md",
    "Korean velog TIL post (반말): unknown loss L(w) plus penalties, norms and \\mathrm{sign}, conditions (w_i \\neq 0) after \\quad and in prose (이면), numeric penalty gradients inline, a weight-decay identity, elastic net inline",
    "L2 and L1 penalty gradients, weight-decay form of the step, elastic net gradient",
    wrong={"$$\\frac{\\partial J}{\\partial w_i} = \\frac{\\partial L}{\\partial w_i} + \\lambda w_i$$": "missing factor 2: the penalty is lambda ||w||^2 without 1/2, so its derivative is 2 lambda w_i",
           "이면 규제항이 더하는 기울기는 $\\nabla_{\\mathbf{w}}\\left(\\lambda\\|\\mathbf{w}\\|_2^2\\right) = (0.01, -0.02)$": "carries the missing 2: 2 lambda w = (0.02, -0.04)"},
    plain={"원래 손실을 $L(\\mathbf{w})$ 라고 하고": "names L and J; lambda > 0 is a condition",
           "$$J(\\mathbf{w}) = L(\\mathbf{w}) + \\lambda\\sum_i |w_i|$$": "redefines J for L1"})
done("ko/regularization_l1_l2_velog")
