from vh import *
x1, x2, x3, c = sp.symbols('x1 x2 x3 c', real=True)
X = [x1, x2, x3]; S = sum(sp.exp(t) for t in X); LSE = sp.log(S)
s = [sp.exp(t)/S for t in X]
for j in range(3):
    same(sp.diff(LSE, X[j]), sp.diff(S, X[j])/S); same(sp.diff(LSE, X[j]), s[j])
    for k in range(3):
        d = 1 if j == k else 0
        same(sp.diff(s[j], X[k]), (d*sp.exp(X[j])*S - sp.exp(X[j])*sp.exp(X[k]))/S**2)
        same((d*sp.exp(X[j])*S - sp.exp(X[j])*sp.exp(X[k]))/S**2, s[j]*d - s[j]*s[k])
# n=2
S2 = sp.exp(x1)+sp.exp(x2); t1, t2 = sp.exp(x1)/S2, sp.exp(x2)/S2
same(t1 - t1**2, t1*t2); same(t1*(1-t1), t1*t2); same(t1-t1**2, t1*(1-t1))
same(sp.log(sum(sp.exp(t+c) for t in X)), sp.log(sp.exp(c)*S)); same(sp.log(sp.exp(c)*S), c + LSE)
num("4", 1+3); num("0.25", 1/4); num("0.75", 3/4); num("1.3863", np.log(4)); num("-0.1875", -0.25*0.75)
report("en/lse")
mk("../en/logsumexp_gradient_math_se.md",
   "math Stack Exchange answer: \\operatorname{LSE}, \\operatorname{diag}, align inside $$, Kronecker delta, pmatrix with a scalar factored out, \\Big, \\ln and \\log mixed, an 'Edit:' with a numeric check",
   "gradient of log-sum-exp is the softmax; Hessian diag(s) - s s^T, its n = 2 form; shift identity LSE(x + c1) = c + LSE(x); a numeric check",
   wrong={},
   not_claims={"**Answer.** Write $S": "defines S and s_j"})
