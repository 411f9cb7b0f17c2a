from kit import *

K = 3
z = sp.symbols('z1:4', real=True); y = sp.symbols('y1:4', real=True)
S = sum(sp.exp(v) for v in z); p = [sp.exp(v)/S for v in z]
d = lambda i, j: 1 if i == j else 0
for i in range(K):
    for j in range(K):
        dp = sp.diff(p[i], z[j])
        eq(dp, (d(i, j)*sp.exp(z[i])*S - sp.exp(z[i])*sp.exp(z[j]))/S**2)
        eq(dp, sp.exp(z[i])/S*(d(i, j) - sp.exp(z[j])/S)); eq(dp, p[i]*(d(i, j) - p[j]))
        eq(dp, p[i]*(1 - p[i]) if i == j else -p[i]*p[j])
for j in range(K):
    eq(sum(sp.diff(p[i], z[j]) for i in range(K)), 0)
    eq(p[j] - p[j]*sum(p), 0)
L = -sum(y[i]*sp.log(p[i]) for i in range(K))
for j in range(K):
    g = sp.diff(L, z[j])
    eq(g, -sum(y[i]/p[i]*p[i]*(d(i, j) - p[j]) for i in range(K)))
    eq(g, -sum(y[i]*d(i, j) for i in range(K)) + p[j]*sum(y))
    eq(g.subs(y[2], 1 - y[0] - y[1]), p[j] - (y[j] if j < 2 else 1 - y[0] - y[1]))
# Jacobian matrix form
import numpy as np

zz = np.array([1, 0, -1.]); Sv = np.exp(zz).sum(); pv = np.exp(zz)/Sv
near("4.0862", Sv); near("0.6652", pv[0]); near("0.2447", pv[1]); near("0.0900", pv[2])
near("0.4076", -np.log(pv[0])); near("-0.3348", pv[0] - 1)
J = np.diag(pv) - np.outer(pv, pv)
same(jac(lambda v: np.exp(v)/np.exp(v).sum(), zz), J, tol=1e-6)
same(J, J.T); same(J.sum(0), 0)
key("../en/softmax_jacobian_kronecker_blog.md",
    "technical blog post (Medium-like byline), $$ blocks with long chains ending in commas, Kronecker delta with a prose definition, cases with i = j / i \\neq j conditions, diag and outer product, a numeric sanity check with \\approx on tuples",
    "softmax Jacobian p_i(delta_ij - p_j), row sums, chain rule through the log to p - y with a one-hot label, numbers for z = (1, 0, -1)",
    wrong={},
    plain={"p_i = \\mathrm{softmax}(\\mathbf{z})_i = \\frac{e^{z_i}}": "defines the softmax",
           "and a one-hot label $\\mathbf{y}$ (exactly one $y_c = 1$": "states the label is one-hot (condition), defines the loss's input",
           "$$L = -\\sum_{i=1}^{K} y_i \\log p_i .$$": "defines the loss",
           "where $\\delta_{ij} = 1$ if $i = j$": "defines the Kronecker delta (conditions i = j)"})
done("en/softmax_jacobian_kronecker_blog")
