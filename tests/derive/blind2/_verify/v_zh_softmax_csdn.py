from kit import *

z = sp.symbols('z1:4', real=True); y = sp.symbols('y1:4', real=True)
S = sum(sp.exp(v) for v in z); a = [sp.exp(v)/S for v in z]
eq(sp.diff(a[0], z[0]), (sp.exp(z[0])*S - sp.exp(z[0])**2)/S**2); eq(sp.diff(a[0], z[0]), a[0] - a[0]**2); eq(a[0] - a[0]**2, a[0]*(1 - a[0]))
eq(sp.diff(a[0], z[1]), -sp.exp(z[0])*sp.exp(z[1])/S**2); eq(sp.diff(a[0], z[1]), -a[0]*a[1])
L = -sum(y[i]*sp.log(a[i]) for i in range(3))
j = 1
g = sp.diff(L, z[j])
eq(g, -y[j]/a[j]*a[j]*(1 - a[j]) + sum(y[i]/a[i]*a[i]*a[j] for i in range(3) if i != j))
eq(g, -y[j] + y[j]*a[j] + a[j]*sum(y[i] for i in range(3) if i != j)); eq(g, -y[j] + a[j]*sum(y))
oh = {y[2]: 1 - y[0] - y[1]}; eq(g.subs(oh), a[j] - y[j])
zz = np.array([0.5, 1.5, -1]); av = np.exp(zz)/np.exp(zz).sum()
for t, v in zip(["0.2537", "0.6897", "0.0566"], av): near(t, v)
near("0.3715", -np.log(av[1])); near("0.3715", -np.log(0.6897)); near("-0.3103", av[1] - 1)
key("../zh/softmax_cross_entropy_csdn.md",
    "Chinese CSDN blog post (原创 notice, 一、二、三 section numbering): \\cdots tuple, \\ln, case conditions in prose '当 j = i 时', a chain split over two $$ blocks (the second starting with '='), \\sum_{i \\neq j}, numeric check and code",
    "softmax derivative by cases, cross-entropy chain to a_j - y_j using sum y_i = 1, numbers for z = (0.5, 1.5, -1)",
    wrong={},
    plain={"$$a_i = \\frac{e^{z_i}}{\\sum_{k=1}^{n} e^{z_k}}$$": "defines softmax",
           "$$L = -\\sum_{i=1}^{n} y_i \\ln a_i$$": "defines the loss",
           "当 $j = i$ 时：": "case condition",
           "取 $z = (0.5, 1.5, -1)$": "binds z and y",
           "设最后一层的输入为 $z = (z_1, z_2, \\cdots, z_n)$": "names the components of z"})
done("zh/softmax_cross_entropy_csdn")
