from kit import *

z = sp.symbols('z1:4', real=True); t = sp.symbols('t1:4', real=True)
S = sum(sp.exp(v) for v in z); y = [sp.exp(v)/S for v in z]
eq(sp.diff(y[0], z[0]), (sp.exp(z[0])*S - sp.exp(z[0])**2)/S**2); eq(sp.diff(y[0], z[0]), y[0] - y[0]**2); eq(y[0] - y[0]**2, y[0]*(1 - y[0]))
eq(sp.diff(y[0], z[1]), (0*S - sp.exp(z[0])*sp.exp(z[1]))/S**2)
neq(sp.diff(y[0], z[1]), y[0]*y[1])          # keyed wrong: the sign
eq(sp.diff(y[0], z[1]), -y[0]*y[1])
d = lambda i, j: int(i == j)
for i in range(3):
    for j in range(3): eq(sp.diff(y[i], z[j]), y[i]*(d(i, j) - y[j]))
E = -sum(t[i]*sp.log(y[i]) for i in range(3))
for k in range(3):
    g = sp.diff(E, z[k]); eq(g, sum(-t[i]/y[i]*y[i]*(d(i, k) - y[k]) for i in range(3))); eq(g, -t[k] + y[k]*sum(t))
    tt = {t[2]: 1 - t[0] - t[1]}; eq(g.subs(tt), (y[k] - t[k]).subs(tt))
zz = np.array([1, 2, 3.]); e = np.exp(zz); p = e/e.sum()
for s_, v in zip(["2.7183", "7.3891", "20.0855"], e): near(s_, v)
near("30.1929", e.sum())
for s_, v in zip(["0.0900", "0.2447", "0.6652"], p): near(s_, v)
near("1.4076", -np.log(p[1])); near("-0.7553", p[1] - 1)
near("0", 0.0900 - 0.7553 + 0.6652, digits=3)
key("../ko/softmax_cross_entropy_wikidocs.md",
    "Korean WikiDocs e-book section (numbered title, 한다-체): bulleted notation list with \\dfrac and one-hot stated in prose, bold case headings '(1) i = j 인 경우', Kronecker delta, chain rule to y_k - t_k, bulleted numeric example with \\approx tuples",
    "softmax Jacobian by cases, combined with delta_ij, cross-entropy chain to y - t, numbers for z = (1, 2, 3)",
    wrong={"= \\frac{0 \\cdot S - e^{z_i} e^{z_j}}{S^2} = y_i\\, y_j$$": "sign error: (0 * S - e^{z_i} e^{z_j}) / S^2 = -y_i y_j, written +y_i y_j (the delta form on the next line has the right sign)"},
    plain={"- 입력(점수) $z_1, \\dots, z_K$, 출력": "defines y_k (softmax)",
           "- 정답 레이블 $t$는 원-핫 벡터이다": "states t is one-hot and its consequence sum t_k = 1 (context)",
           "- 손실: $E = -\\sum_{k=1}^{K}": "defines the loss",
           "**(1) $i = j$ 인 경우**": "case condition",
           "**(2) $i \\neq j$ 인 경우**": "case condition (no '=' relation claimed)",
           "$z = (1, 2, 3)$, 정답은 두 번째 클래스": "binds z and t"})
done("ko/softmax_cross_entropy_wikidocs")
