from vh import *
eps, K = sp.symbols('epsilon K', positive=True)
same((1 - eps) + K*eps/K, 1)
Z = sp.symbols('z1:4', real=True); e = 0.1
S = sum(sp.exp(z) for z in Z); P = [sp.exp(z)/S for z in Z]
Yt = sp.symbols('t1:4'); sub = {Yt[2]: 1 - Yt[0] - Yt[1]}
L = -sum(t*sp.log(p) for t, p in zip(Yt, P))
for k in range(3): same(sp.diff(L, Z[k]).subs(sub), (P[k] - Yt[k]).subs(sub))
yt = np.array([0.9 + 0.1/3, 0.1/3, 0.1/3])
num("0.0333", 0.1/3); num("0.9333", yt[0]); num("0.9333", 0.9 + 0.0333)
z = np.array([2, 0, -1.]); p = np.exp(z)/np.exp(z).sum()
num("7.3891", np.e**2); num("0.3679", np.exp(-1)); num("8.757", 7.3891 + 1 + 0.3679); num("8.757", np.exp(z).sum())
for c, v in zip(("0.8438", "0.1142", "0.0420"), p): num(c, v)
for c, v in zip(("-0.0895", "0.0809", "0.0087"), p - yt): num(c, v)
for c, v in zip(("-0.1562", "0.1142", "0.0420"), p - np.array([1, 0, 0])): num(c, v)
num("3.332", np.log(yt[0]/yt[1])); num("3.332", np.log(28)); num("28", yt[0]/yt[1])
num("28.0", 0.9333/0.0333, approx_digits=0)
report("ko/ls")
mk("../ko/label_smoothing_velog.md",
   "Korean velog post: \\tilde{y}_k and \\varepsilon, a sum check inline after a colon, bullet numeric lists with tuples and \\approx, a comparison bullet in parentheses, a log-ratio chain ending in \\approx, a limit with \\to in prose",
   "label smoothing: smoothed targets sum to one, gradient p - y tilde, a three-class example against one-hot, the finite optimal logit gap log 28",
   wrong={},
   not_claims={"\\tilde{y}_k = (1 - \\varepsilon)\\,y_k + \\frac{\\varepsilon}{K}$$": "defines y tilde",
               "손실은 $L = -\\sum_k": "defines L and p",
               "$K = 3$, $\\varepsilon = 0.1$, 정답은": "binds K, epsilon, y, z",
               "$L$ 이 최소가 되는 곳은": "a condition (the optimum p = y tilde), not an identity"})
