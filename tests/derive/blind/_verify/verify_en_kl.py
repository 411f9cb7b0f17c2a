from vh import *
p = np.array([.5, .5]); q = np.array([.8, .2])
H = lambda p: -(p*np.log(p)).sum(); CE = lambda p, q: -(p*np.log(q)).sum(); KL = lambda p, q: (p*np.log(p/q)).sum()
num("0.6391", H(p), "planted", expect=False); num("0.6931", np.log(2))
num("0.2231", -np.log(.8)); num("1.6094", -np.log(.2)); num("0.9163", CE(p, q)); num("0.9163", 0.5*(0.2231+1.6094))
num("-0.4700", np.log(.5/.8)); num("0.9163", np.log(.5/.2)); num("0.2231", KL(p, q)); num("0.2231", 0.5*(-0.47+0.9163))
num("0.9163", H(p) + KL(p, q))
num("0.3760", 0.8*np.log(.8/.5)); num("-0.1833", 0.2*np.log(.2/.5)); num("0.1927", KL(q, p)); num("0.1927", 0.3760-0.1833)
P = sp.symbols('p1:4', positive=True); Z = sp.symbols('z1:4', real=True)
S = sum(sp.exp(z) for z in Z); Q = [sp.exp(z)/S for z in Z]
sub = {P[2]: 1 - P[0] - P[1]}
Hpq = -sum(pp*sp.log(qq) for pp, qq in zip(P, Q)); Hp = -sum(pp*sp.log(pp) for pp in P)
Dkl = sum(pp*sp.log(pp/qq) for pp, qq in zip(P, Q))
same(sp.expand_log(Dkl, force=True), sp.expand_log(-Hp + Hpq, force=True))
for j in range(3):
    same(sp.log(Q[j]), Z[j] - sp.log(S))
    g = sp.diff(Hpq, Z[j]).subs(sub)
    same(g, (-P[j] + sp.exp(Z[j])/S*sum(P)).subs(sub)); same(g, (Q[j] - P[j]).subs(sub))
    same(sp.diff(Dkl, Z[j]).subs(sub), (Q[j] - P[j]).subs(sub))
report("en/kl")
mk("../en/kl_cross_entropy_obsidian.md",
   "Obsidian / personal-wiki note: YAML front matter, [[wikilinks]], > [!definition] and > [!warning] callouts holding math inside blockquotes, \\parallel and \\, \\| \\, in KL, \\neq, bullet list of numeric chains with \\approx",
   "cross entropy = entropy + KL divergence: the identity, a coin example with numbers, KL's asymmetry, the gradient q - p through a softmax",
   wrong={"$H(p) = \\log 2 \\approx 0.6391$": "digit swap: log 2 = 0.6931"},
   not_claims={"> - entropy $H(p)": "defines H(p)",
               "> - cross entropy $H(p, q)": "defines H(p, q)",
               "> - KL divergence": "defines D_KL",
               "$p = (0.5, 0.5)$ (fair coin)": "binds p and q"})
