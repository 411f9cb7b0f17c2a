from kit import *

lam, eta, l1, l2 = sp.symbols('lambda eta lambda_1 lambda_2', positive=True)
w = sp.symbols('w1:4', real=True); gL = sp.symbols('g1:4', real=True)
O2 = lam/2*sum(v**2 for v in w)
for j in range(3):
    eq(sp.diff(O2, w[j]), lam*w[j])
    eq(w[j] - eta*(gL[j] + lam*w[j]), (1 - eta*lam)*w[j] - eta*gL[j])
wp = sp.symbols('wp', positive=True); wn = sp.symbols('wn', negative=True)
eq(sp.diff(sp.Abs(wp), wp), 1); eq(sp.diff(sp.Abs(wn), wn), -1)
eq(sp.diff(l1*sp.Abs(wp) + l2/2*wp**2, wp), l1*1 + l2*wp); eq(sp.diff(l1*sp.Abs(wn) + l2/2*wn**2, wn), -l1 + l2*wn)
W = np.array([0.5, -2, 0]); G = np.array([0.2, 0.4, -0.1])
same(0.1*W, [0.05, -0.2, 0]); same(0.1*np.sign(W), [0.1, -0.1, 0]); same(G + 0.1*W, [0.25, 0.2, -0.1])
same(W - 0.1*(G + 0.1*W), [0.475, -2.02, 0.01]); same([0.5 - 0.025, -2 - 0.02, 0 + 0.01], [0.475, -2.02, 0.01])
same((1 - 0.01)*W - 0.1*G, [0.475, -2.02, 0.01])
x, y, ww = sp.symbols('x y w', real=True)
J = (ww*x - y)**2 + lam*ww**2
eq(sp.diff(J, ww), 2*x*(ww*x - y) + 2*lam*ww)
sol = sp.solve(sp.diff(J, ww), ww); eq(sol[0], x*y/(x**2 + lam))
key("../en/weight_penalties_l1_l2_elastic_net.md",
    "textbook section (d2l-like): \\mathcal and \\Omega names, norms \\|w\\|_1 and \\|w\\|_2^2, sign and subgradient in prose, a condition (w_j \\neq 0) after \\quad, bulleted worked example with tuples, a 1-D ridge minimiser w^*",
    "L2 weight decay gradient and the decay form of the step, L1 subgradient, elastic net gradient, a numeric step, 1-D ridge closed form",
    wrong={},
    plain={"A penalty $\\Omega(\\mathbf{w})$ is added": "defines J as L + Omega",
           "Let $\\mathbf{w} = (0.5, -2, 0)$": "binds w, lambda, eta and the data gradient",
           "For a single example and weight, $\\mathcal{J}(w)": "defines the 1-D objective",
           "and solving $\\mathcal{J}'(w) = 0$": "the equation J'(w) = 0 to be solved (a condition, not an identity)"})
done("en/weight_penalties_l1_l2_elastic_net")
