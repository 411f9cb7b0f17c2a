from vh import *
Z = sp.symbols('z1:4', real=True); c = sp.symbols('c', real=True)
S = sum(sp.exp(z) for z in Z); Sc = sum(sp.exp(z - c) for z in Z)
for i in range(3):
    same(sp.exp(Z[i] - c)/Sc, sp.exp(-c)*sp.exp(Z[i])/(sp.exp(-c)*S)); same(sp.exp(Z[i] - c)/Sc, sp.exp(Z[i])/S)
same(sp.log(S), c + sp.log(Sc))
p = [sp.exp(z)/S for z in Z]
for i in range(3):
    same(sp.expand_log(sp.log(p[i]), force=True), Z[i] - sp.log(S)); same(Z[i] - sp.log(S), (Z[i] - c) - sp.log(Sc))
    for j in range(3):
        same(sp.diff(sp.log(p[i]), Z[j]), (1 if i == j else 0) - sp.exp(Z[j])/S)
Y = sp.symbols('y1:4'); sub = {Y[2]: 1 - Y[0] - Y[1]}
L = -sum(y*sp.log(pp) for y, pp in zip(Y, p))
for j in range(3):
    same(sp.diff(L, Z[j]).subs(sub), (-Y[j] + p[j]*sum(Y)).subs(sub)); same(sp.diff(L, Z[j]).subs(sub), (p[j] - Y[j]).subs(sub))
e = np.exp([-2., -1., 0.])
num("0.1353", e[0]); num("0.3679", e[1]); num("1.5032", e.sum()); num("1.5032", 0.1353 + 0.3679 + 1)
pp = e/e.sum()
for cc, v in zip(("0.0900", "0.2447", "0.6652"), pp): num(cc, v)
for cc, v in zip(("0.0900", "0.2447", "0.6652"), np.array([0.1353, 0.3679, 1])/1.5032): num(cc, v)
num("1002.4076", 1002 + np.log(e.sum())); num("1002.4076", 1002 + np.log(1.5032))
num("0.4076", -np.log(pp[2])); num("0.4076", 1002.4076 - 1002)
for cc, v in zip(("0.0900", "0.2447", "-0.3348"), pp - np.array([0, 0, 1])): num(cc, v)
report("zh/lsm")
mk("../zh/logsoftmax_stability_zhihu.md",
   "Chinese Zhihu column post: \\mathrm{softmax}(z)_i indexing, \\max_j, \\delta_{ij}, one-hot condition in full-width parentheses, a tuple of fractions with \\approx, a four-digit log-sum-exp of logits near 1000",
   "numerically stable softmax: shift invariance, log-sum-exp with the max subtracted, log-softmax and its gradient, cross-entropy gradient p - y, numbers for z = (1000, 1001, 1002)",
   wrong={},
   not_claims={"记 $p = \\mathrm{softmax}(z)$": "defines p",
               "交叉熵 $L = -\\sum_i y_i": "defines L and states the one-hot assumption"})
