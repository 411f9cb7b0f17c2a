"""Recomputes the numeric and symbolic claims of every blind18 document with NumPy/SymPy: the
checks C, W, S (a claim that holds, a keyed wrong one, a symbolic identity), each naming its line
by number, are corpus_tools/lined.py's, the coverage report corpus_tools/claims.py's; this file
holds the blind18 documents' checks. Run: /work/venv/bin/python check.py"""
import sys
from math import ceil
from math import gamma as Gamma
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "corpus_tools"))
from lined import *  # C, W, S (by line number), report and the names the checks compute with

corpus(__file__)

x, t, k, lam, n, u, a = sp.symbols("x t k lambda n u a", positive=True)

# ---------------------------------------------------------------- en
f = "en/gumbel_max_trick.md"
g = sp.symbols("g", real=True); tt = sp.symbols("t", real=True)
S(f, 9, sp.exp(-sp.exp(-tt)) - sp.exp(-sp.exp(-tt)), needle=r"\exp(-e^{-t})")     # inversion CDF
uu = sp.exp(-sp.exp(-tt)); S(f, 9, -sp.log(uu) - sp.exp(-tt))            # -log u >= e^{-t} <=> u <= exp(-e^{-t})
S(f, 16, sp.exp(-sp.exp(-tt))**n - sp.exp(-n*sp.exp(-tt)))
S(f, 16, sp.exp(-n*sp.exp(-tt)) - sp.exp(-sp.exp(-(tt - sp.log(n)))))
C(f, 23, log(8), "2.079")
C(f, 24, float(sp.EulerGamma), "0.5772")
C(f, 25, log(8) + 0.5772156649, "2.656", tol=1e-3); C(f, 25, 2.079 + 0.577, "2.656")
C(f, 26, pi**2 / 6, "1.645")
ex = [exp(1), exp(2), exp(0)]; Z = sum(ex)
C(f, 34, Z, "11.107"); C(f, 34, exp(1), "2.718"); C(f, 34, exp(2), "7.389")
C(f, 36, exp(1)/Z, "0.245"); C(f, 36, exp(2)/Z, "0.665"); C(f, 36, 1/Z, "0.090")

f = "en/wasserstein_1d_cdf.md"
xs, ys = np.sort([4, 1, 7, 3]), np.sort([5, 2, 9, 2])
w1 = float(np.mean(np.abs(xs - ys)))
C(f, 17, w1, "1.25"); C(f, 16, 1 + 1 + 1 + 2, "2", tol=0, val=5)
grid = np.array([1, 2, 3, 4, 5, 7, 9.]); area = 0.0
for lo, hi in zip(grid[:-1], grid[1:]):
    area += (hi - lo) * abs(np.searchsorted(xs, lo, "right")/4 - np.searchsorted(ys, lo, "right")/4)
C(f, 32, area, "1.25")
C(f, 36, abs(0.5 - (-1.5)), "2", tol=0)
C(f, 44, abs(1 - 3) * 0.5, "1", tol=0)
W(f, 45, sqrt(2/pi), "0.564")
z = sp.symbols("z", real=True)
E_abs = sp.integrate(sp.Abs(z) * sp.exp(-z**2/2) / sp.sqrt(2*sp.pi), (z, -sp.oo, sp.oo))
S(f, 45, E_abs - sp.sqrt(1/sp.pi), holds=False, needle=r"\sqrt{1/\pi}")

f = "en/js_hellinger_two_coins.md"
P, Q = np.array([.5, .5]), np.array([.9, .1]); M = (P + Q)/2
kl = lambda p_, q_: float(np.sum(p_ * np.log(p_/q_)))
C(f, 5, M[0], "0.7", tol=1e-12)
C(f, 11, log(0.5/0.7), "-0.3365"); C(f, 11, log(0.5/0.3), "0.5108"); C(f, 11, kl(P, M), "0.0872")
C(f, 13, 0.9*log(0.9/0.7), "0.2262"); C(f, 13, 0.1*log(0.1/0.3), "0.1099", val=-0.1099); C(f, 13, kl(Q, M), "0.1163")
js = 0.5*kl(P, M) + 0.5*kl(Q, M)
C(f, 15, js, "0.1017")
W(f, 15, js/log(2), "0.0705")
bc = sqrt(.45) + sqrt(.05)
C(f, 19, sqrt(.45), "0.6708"); C(f, 19, sqrt(.05), "0.2236"); C(f, 19, bc, "0.8944")
C(f, 21, 1 - bc, "0.1056"); C(f, 21, sqrt(1 - bc), "0.3249")
C(f, 23, 0.5*(abs(.5-.9) + abs(.5-.1)), "0.4")
C(f, 25, sqrt(2)*sqrt(1 - bc), "0.4595")

f = "en/newton_raphson_sqrt2.ipynb"
x1 = 1.5 - (1.5**2 - 2)/(2*1.5); x2 = x1 - (x1**2 - 2)/(2*x1)
C(f, (3, 3), x1, "1.416667"); C(f, (3, 3), 1.5**2 - 2, "0.25", tol=1e-12)
C(f, (3, 5), x1**2 - 2, "0.006944"); C(f, (3, 5), 2*x1, "2.833333"); C(f, (3, 5), x2, "1.414216")
C(f, (3, 7), sqrt(2), "1.414214")
xs_ = sp.symbols("x_n", positive=True)
S(f, (3, 9), (xs_ - (xs_**2 - 2)/(2*xs_) - sp.sqrt(2)) - (xs_ - sp.sqrt(2))**2/(2*xs_))
C(f, (3, 10), 1.5 - sqrt(2), "0.0858")
W(f, (3, 11), 0.0858**2, "0.0736", tol=5e-5)
C(f, (3, 12), 0.00736/3, "0.00245", tol=1e-5); C(f, (3, 12), x1 - sqrt(2), "0.00245", tol=1e-5)
C(f, (5, 5), 0.3*(2 - 0.9), "0.33", tol=1e-12); C(f, (5, 5), 0.33*(2 - 0.99), "0.3333")
S(f, (5, 3), (x - (1/x - a)/(-1/x**2)) - x*(2 - a*x))

f = "en/trapezoid_vs_simpson.md"
I = e - 1; fh = exp(0.5)
T_ = 0.25*(1 + 2*fh + e); S_ = (0.5/3)*(1 + 4*fh + e)
C(f, 3, I, "1.718282")
C(f, 8, 2*fh, "3.297443"); C(f, 8, 1 + 2*fh + e, "7.015725", tol=2e-6); C(f, 8, T_, "1.753931")
C(f, 14, 4*fh, "6.594885"); C(f, 14, S_, "1.718861")
C(f, 17, T_ - I, "0.035649")
W(f, 17, S_ - I, "0.00579", tol=5e-6)
C(f, 21, 0.25*e/12, "0.05663"); C(f, 23, 0.0625*e/180, "0.000944")
C(f, 25, 12e-6/e, "4.4146", val=4.4146e-6, tol=1e-10); C(f, 25, sqrt(12e-6/e), "0.0021011", tol=1e-7)
C(f, 25, ceil(1/sqrt(12e-6/e)), "476", tol=0)

f = "en/jackknife_bootstrap_mean.ipynb"
d = np.array([2, 4, 4, 5, 9.])
C(f, (3, 1), d.mean(), "4.8", tol=1e-12)
C(f, (3, 3), float(((d - d.mean())**2).sum()), "26.8", tol=1e-9); C(f, (3, 3), d.var(ddof=1), "6.7", tol=1e-9)
C(f, (3, 5), d.std(ddof=1), "2.5884"); C(f, (3, 5), sqrt(5), "2.2361"); C(f, (3, 5), d.std(ddof=1)/sqrt(5), "1.1576")
loo = np.array([np.delete(d, i).mean() for i in range(5)])
C(f, (3, 7), loo.mean(), "4.8", tol=1e-12); C(f, (3, 7), loo[-1], "3.75", tol=1e-12)
dev2 = (loo - loo.mean())**2
C(f, (3, 11), dev2[4], "1.1025", tol=1e-9); C(f, (3, 12), dev2.sum(), "1.675", tol=1e-9)
C(f, (3, 12), 0.8*dev2.sum(), "1.34", tol=1e-9); C(f, (3, 12), sqrt(0.8*dev2.sum()), "1.1576")
C(f, (5, 1), comb(9, 5), "126", tol=0)

f = "en/benjamini_hochberg_8_tests.md"
p = np.array([0.001, 0.008, 0.012, 0.030, 0.041, 0.090, 0.200, 0.650]); m_ = 8
thr = np.arange(1, 9)*0.05/m_
khat = max(i + 1 for i in range(8) if p[i] <= thr[i])
C(f, 23, khat, "3", tol=0)
C(f, 25, 0.05/8, "0.00625")
C(f, 27, 0.05/7, "0.00714")
C(f, 33, 8*0.012/3, "0.032"); C(f, 34, 8*0.030/4, "0.06")
W(f, 35, 8*0.041/5, "0.0565")
C(f, 36, 8*0.090/6, "0.12")
adj = np.minimum.accumulate((m_*p/np.arange(1, 9))[::-1])[::-1]
C(f, 38, adj[1], "0.032")

f = "en/welch_t_and_effect_size.md"
s1, n1, s2, n2 = 6.1, 12, 9.4, 15
a1, a2 = s1**2/n1, s2**2/n2
C(f, 5, s1**2, "37.21"); C(f, 5, a1, "3.1008"); C(f, 5, s2**2, "88.36"); C(f, 5, a2, "5.8907")
C(f, 7, a1 + a2, "8.9915"); C(f, 7, sqrt(a1 + a2), "2.9986"); C(f, 7, 5.7/sqrt(a1 + a2), "1.901")
C(f, 11, (a1 + a2)**2, "80.847"); C(f, 11, a1**2/11, "0.8741"); C(f, 11, a2**2/14, "2.4786")
C(f, 11, (a1 + a2)**2/(a1**2/11 + a2**2/14), "24.11")
sp_ = sqrt((11*s1**2 + 14*s2**2)/25)
C(f, 17, 11*s1**2, "409.31"); C(f, 17, 14*s2**2, "1237.04"); C(f, 17, sp_**2, "65.854"); C(f, 17, sp_, "8.115")
C(f, 19, 5.7/sp_, "0.702"); C(f, 19, 4*27 - 9, "99", tol=0); C(f, 19, 1 - 3/99, "0.9697")
W(f, 21, 0.9697*0.7024, "0.6881")

f = "en/xgboost_split_gain.ipynb"
yL, yR = np.array([1, 1, 1, 0]), np.array([0, 0, 1])
GL, HL, GR, HR = float((0.5 - yL).sum()), 0.25*4, float((0.5 - yR).sum()), 0.25*3
C(f, (1, 3), 0.5*0.5, "0.25", tol=0)
C(f, (3, 1), GL, "-1.0", tol=0); C(f, (3, 1), HL, "1.0", tol=0)
C(f, (3, 2), GR, "0.5", tol=0); C(f, (3, 2), HR, "0.75", tol=0)
C(f, (3, 6), -GL/(HL + 1), "0.5", tol=0)
W(f, (3, 6), -GR/(HR + 1), "-0.2587")
lam_, gam_ = 1, 0.1
C(f, (3, 13), GL**2/(HL + lam_), r"\frac{1}{2}", tol=1e-12, val=0.5)
C(f, (3, 14), GR**2/(HR + lam_), "0.142857"); C(f, (3, 14), (GL + GR)**2/(HL + HR + lam_), "0.090909")
gain = 0.5*(GL**2/(HL+lam_) + GR**2/(HR+lam_) - (GL+GR)**2/(HL+HR+lam_)) - gam_
C(f, (3, 15), gain + gam_, "0.275974"); C(f, (3, 15), gain, "0.175974")
C(f, (4, 1), 0.3*0.5, "0.15", tol=1e-12); C(f, (4, 1), 1/(1 + exp(-0.15)), "0.5374")

f = "en/gae_three_steps.ipynb"
gm, lm = 0.99, 0.95; r = [1, 0, 2]; V = [0.5, 0.8, 1.2, 0.0]
dl = [r[i] + gm*V[i+1] - V[i] for i in range(3)]
C(f, (3, 3), dl[0], "1.292"); C(f, (3, 4), dl[1], "0.388"); C(f, (3, 5), dl[2], "0.8", tol=1e-12)
C(f, (3, 7), gm*lm, "0.9405", tol=1e-12)
A2 = dl[2]; A1 = dl[1] + gm*lm*A2; A0 = dl[0] + gm*lm*A1
C(f, (3, 11), A2, "0.8", tol=1e-12); C(f, (3, 12), gm*lm*A2, "0.7524"); C(f, (3, 12), A1, "1.1404")
C(f, (3, 13), gm*lm*A1, "1.0725")
W(f, (3, 13), A0, "2.3465")
C(f, (3, 17), A2 + V[2], "2.0", tol=1e-12); C(f, (3, 17), A1 + V[1], "1.9404")

f = "en/chinchilla_budget_1p3b.md"
N = 1.3e9; D = 20*N; Cc = 6*N*D
C(f, 7, D, "2.6", val=2.6e10, tol=1)
C(f, 8, Cc, "2.028", val=2.028e20, tol=1e16)
C(f, 9, 0.4*312, "124.8", tol=1e-9)
C(f, 10, Cc/1.248e14, "1.625", val=1.625e6, tol=1); C(f, 10, Cc/1.248e14/3600, "451.4", tol=0.06)
C(f, 11, 451.4/64, "7.05")
Ns = sp.symbols("N", positive=True); S(f, 15, 6*Ns*(20*Ns) - 120*Ns**2)
C(f, 17, 1e21/120, "8.33", val=8.33e18, tol=0.006e18); C(f, 17, sqrt(1e21/120), "2.89", val=2.89e9, tol=0.006e9)
C(f, 17, 20*sqrt(1e21/120), "5.77", val=5.77e10, tol=0.006e10)
C(f, 19, sqrt(2), "1.414")

f = "en/ring_allreduce_bytes.md"
Sg = 350e6*4
C(f, 5, Sg, "1.4", val=1.4e9, tol=0)
C(f, 9, 2*7/8*1.4, "2.45", tol=1e-12)
C(f, 11, 2.45/25, "0.098", tol=1e-12); C(f, 11, 2*7*5, "70", tol=0)
C(f, 13, 7*1.4, "9.8", tol=1e-12)
W(f, 17, 2*15/16*1.4, "2.652")
C(f, 19, 2*7/8*0.7/25*1000, "49", tol=1e-9)

f = "en/metropolis_hastings_step.md"
C(f, 9, exp(-(1.44 - 0.25)/2), "0.5516"); C(f, 11, exp(-0.595), "0.5516"); C(f, 11, exp(0.595), "1.813")
C(f, 15, -(0.5-1)**2/2 + (1.2-1)**2/2, "-0.105", val=-0.105, tol=1e-12); C(f, 15, exp(-0.105), "0.9003")
C(f, 17, exp(-0.595)*exp(-0.105), "0.4966")
pa, pb, qab, qba = sp.symbols("pi_x pi_y q_xy q_yx", positive=True)
lhs = pa*qab*sp.Min(1, pb*qba/(pa*qab)); rhs = pb*qba*sp.Min(1, pa*qab/(pb*qba))
for vals in [(1, 2, 3, 1), (2, 1, 1, 5), (sp.Rational(3, 10), sp.Rational(7, 10), sp.Rational(1, 5), sp.Rational(9, 10))]:
    sub = dict(zip((pa, pb, qab, qba), vals))
    S(f, 21, (lhs - rhs).subs(sub))
    S(f, 21, (lhs - sp.Min(pa*qab, pb*qba)).subs(sub))

f = "en/ppo_clip_cases.md"
C(f, 9, exp(0.25), "1.284")
clip = lambda r_, A_: min(r_*A_, min(max(r_, 0.8), 1.2)*A_)
C(f, 11, clip(1.3, 2), "2.4", tol=1e-12); C(f, 12, clip(0.7, -1), "-0.8", tol=1e-12)
C(f, 13, clip(0.7, 1.5), "1.05", tol=1e-12); C(f, 13, 0.8*1.5, "1.2", tol=1e-12)
C(f, 14, clip(1.3, -0.5), "-0.65", tol=1e-12); C(f, 14, 1.2*-0.5, "-0.6", tol=1e-12)

f = "en/weibull_hazard_notes.md"
hz = (k/lam)*(t/lam)**(k-1)
S(f, 7, sp.diff((t/lam)**k, t) - k*t**(k-1)/lam**k); S(f, 7, k*t**(k-1)/lam**k - hz)
S(f, 9, hz.subs(k, 1) - 1/lam)
S(f, 13, sp.diff(hz, t) - k*(k-1)/lam*(t/lam)**(k-2), holds=False, needle=r"\frac{k(k-1)}{\lambda}")
C(f, 19, 0.5**1.5, "0.3536")
W(f, 20, exp(-0.3536), "0.7222")
C(f, 21, 0.15*sqrt(0.5), "0.1061"); C(f, 21, sqrt(.5), "0.7071")
C(f, 23, 10*log(2)**(1/1.5), "7.832")
C(f, 25, Gamma(1 + 1/1.5), "0.9027"); C(f, 25, 10*Gamma(1 + 1/1.5), "9.027", tol=0.002)

f = "en/amdahl_gustafson.md"
am = lambda p_, N_: 1/((1-p_) + p_/N_)
C(f, 9, 0.9/16, "0.05625", tol=1e-12); C(f, 9, am(0.9, 16), "6.4", tol=1e-9)
C(f, 11, 6.4/16, "0.4", tol=1e-12); C(f, 11, am(0.9, 64), "8.767"); C(f, 11, 0.9/64, "0.0140625", tol=1e-12)
C(f, 11, 1/(1 - 0.9), "10", tol=1e-9)
C(f, 13, 1/0.12, "8.33")
C(f, 15, 0.1 + 0.9*16, "14.5", tol=1e-9)
C(f, 19, (1/6.4 - 1/16)/(1 - 1/16), "0.1", tol=1e-12)

# ---------------------------------------------------------------- ko
f = "ko/adaboost_weight_update.md"
eps = 3*0.1; al = 0.5*log((1 - eps)/eps)
C(f, 7, eps, "0.3", tol=1e-12)
C(f, 11, log(7/3), "0.8473"); C(f, 11, al, "0.4236")
W(f, 17, exp(0.4236), "1.5725")
C(f, 18, exp(-0.4236), "0.6547"); C(f, 18, 0.1*exp(-0.4236), "0.06547")
C(f, 20, exp(al), "1", tol=1e-12, val=sqrt(7/3)) if r"\sqrt{7/3}" in text_at(f, 20) else None
Zc = 3*0.1*exp(al) + 7*0.1*exp(-al)
C(f, 24, 3*0.1*exp(al), "0.45826"); C(f, 24, 7*0.1*exp(-al), "0.45826"); C(f, 24, Zc, "0.91652")
C(f, 26, 2*sqrt(0.21), "0.9165")
C(f, 28, 0.1*exp(al)/Zc, "0.1667"); C(f, 28, 1/6, "0.1667"); C(f, 28, 0.1*exp(-al)/Zc, "0.0714"); C(f, 28, 1/14, "0.0714")
C(f, 30, 3/6, "0.5", tol=1e-12)

f = "ko/tfidf_cosine_korean_docs.md"
l3, l15 = log(3), log(1.5)
C(f, 19, l3, "1.0986"); C(f, 19, l15, "0.4055")
C(f, 21, 2*l15, "0.8109")
d1 = np.array([l3, l15, l15, 0, 0]); d2 = np.array([0, 2*l15, 0, l3, 0]); d3 = np.array([0, 0, l15, 0, l3])
W(f, 31, 1.2069 + 0.1644 + 0.1644, "1.5537")
C(f, 33, sqrt(1.5357), "1.2392"); C(f, 33, float(np.linalg.norm(d1)), "1.2392", tol=1e-4)
C(f, 33, 0.6576 + 1.2069, "1.8645"); C(f, 33, float(np.linalg.norm(d2)), "1.3655"); C(f, 33, float(np.linalg.norm(d3)), "1.1710")
C(f, 35, float(d1 @ d2), "0.3288"); C(f, 35, float(d1 @ d3), "0.1644")
C(f, 37, 1.2392*1.3655, "1.6921"); C(f, 37, 0.3288/1.6921, "0.1943"); C(f, 39, 0.1644/(1.2392*1.1710), "0.1133"); C(f, 37, float(d1@d2/np.linalg.norm(d1)/np.linalg.norm(d2)), "0.1943")
C(f, 39, float(d1@d3/np.linalg.norm(d1)/np.linalg.norm(d3)), "0.1133")

f = "ko/rk4_logistic_growth.ipynb"
fr = lambda y: 0.5*y*(1 - y/10)
k1 = fr(1); k2 = fr(1 + k1/2); k3 = fr(1 + k2/2); k4 = fr(1 + k3)
C(f, (3, 3), k1, "0.45", tol=1e-12); C(f, (3, 3), 1 + k1, "1.45", tol=1e-12)
C(f, (3, 7), k1, "0.45", tol=1e-12)
C(f, (3, 8), k2, "0.537469"); C(f, (3, 8), 1 - 0.1225, "0.8775", tol=1e-12)
C(f, (3, 9), k2/2, "0.268734"); C(f, (3, 9), k3, "0.553883")
C(f, (3, 10), k4, "0.656214")
C(f, (3, 12), 2*k2, "1.074938"); C(f, (3, 12), 2*k3, "1.107766"); C(f, (3, 12), k1 + 2*k2 + 2*k3 + k4, "3.288918", tol=3e-6)
C(f, (3, 12), 1 + (k1 + 2*k2 + 2*k3 + k4)/6, "1.548153")
yex = 10/(1 + 9*exp(-0.5))
C(f, (5, 3), 9*exp(-0.5), "5.4588"); C(f, (5, 5), yex, "1.5483"); C(f, (5, 5), 1 + 5.4588, "6.4588", tol=1e-12)
C(f, (5, 7), abs(1.45 - yex), "0.0983"); C(f, (5, 7), yex, "1.548281"); C(f, (5, 7), abs(1 + (k1+2*k2+2*k3+k4)/6 - yex), "1.3", val=1.3e-4, tol=0.06e-4)
yt = sp.symbols("y", positive=True); r_, K_ = sp.Rational(1, 2), 10
ysol = K_/(1 + (K_ - 1)*sp.exp(-r_*t))
S(f, (5, 3), sp.diff(ysol, t) - r_*ysol*(1 - ysol/K_))

f = "ko/kappa_mcc_confusion.md"
TP, FN, FP, TN = 40, 10, 5, 45
po = (TP + TN)/100; pe = ((TP+FN)*(TP+FP) + (FP+TN)*(FN+TN))/100**2
C(f, 10, po, "0.85", tol=1e-12); C(f, 16, pe, "0.5", tol=1e-12); C(f, 18, (po - pe)/(1 - pe), "0.7", tol=1e-12)
C(f, 24, TP*TN - FP*FN, "1750", tol=0)
C(f, 25, (TP+FP)*(TP+FN)*(TN+FP)*(TN+FN), "6{,}187{,}500", tol=0); C(f, 25, sqrt(6187500), "2487.5", tol=0.05)
W(f, 27, 1750/sqrt(6187500), "0.7305")
C(f, 31, 40/45, "0.889"); C(f, 31, 0.8, "0.8", tol=0)
W(f, 33, 80/95, "0.8242")

f = "ko/spearman_kendall_by_hand.md"
from scipy import stats
xv = [1.2, 3.4, 2.2, 5.0, 4.1]; yv = [2.0, 3.9, 3.1, 4.2, 4.8]
C(f, 13, float(((stats.rankdata(xv) - stats.rankdata(yv))**2).sum()), "2", tol=0)
C(f, 15, stats.spearmanr(xv, yv)[0], "0.9", tol=1e-12)
C(f, 19, comb(5, 2), "10", tol=0)
C(f, 21, stats.kendalltau(xv, yv)[0], "0.8", tol=1e-12)
C(f, 27, 1 - 0.81, "0.19", tol=1e-12)
C(f, 29, sqrt(3/0.19), "3.974")
W(f, 29, 0.9*sqrt(3/0.19), "3.667")

f = "ko/int4_quantized_memory.md"
C(f, 5, 7e9*2, "1.4", val=1.4e10, tol=0); C(f, 5, 1.4e10/2**30, "13.04")
C(f, 7, 7e9*0.5, "3.5", val=3.5e9, tol=0)
W(f, 9, 3.5e9/2**30, "3.62")
C(f, 15, 4/128, "0.03125", tol=1e-12); C(f, 16, 7e9*4/128, "2.1875", val=2.1875e8, tol=1e-3); C(f, 16, 2.1875e8/1e9, "0.219")
C(f, 17, 3.5 + 0.21875, "3.71875", tol=1e-12)
C(f, 19, 4 + 32/128, "4.25", tol=1e-12); C(f, 19, 16/4.25, "3.76")

f = "ko/silverman_nadaraya_watson.md"
W(f, 9, 2.4/1.34, "1.719")
C(f, 11, 50**-0.2, "0.4573"); C(f, 12, 0.9*(2.4/1.34)*50**-0.2, "0.7372")
C(f, 14, 1.06*2*50**-0.2, "0.9695")
Kf = lambda u_: exp(-u_**2/2)
xs3, ys3 = np.array([1, 2, 3.]), np.array([2, 4, 3.])
wts = np.array([Kf(2 - xi) for xi in xs3])
C(f, 22, exp(-0.5), "0.6065"); C(f, 23, wts.sum(), "2.2131"); C(f, 24, float(wts @ ys3), "7.0327")
C(f, 26, float(wts @ ys3 / wts.sum()), "3.178")

f = "ko/isolation_forest_cn.ipynb"
H255 = log(255) + 0.5772156649; c256 = 2*H255 - 2*255/256
C(f, (3, 3), log(255), "5.5413"); C(f, (3, 4), H255, "6.1185")
C(f, (3, 5), 2*6.1185, "12.2370", tol=1e-9); C(f, (3, 5), 2*255/256, "1.9922"); C(f, (3, 5), c256, "10.2448")
C(f, (3, 7), ceil(math.log2(256)), "8", tol=0)
C(f, (4, 3), 4/c256, "0.3904")
W(f, (4, 3), 2**(-4/c256), "0.7361")
C(f, (4, 4), 2**-1, "0.5", tol=0)
C(f, (4, 5), 12/c256, "1.1713"); C(f, (4, 5), 2**(-12/c256), "0.444")

f = "ko/brier_logloss_calibration.md"
pp = np.array([.9, .6, .2, .7]); yy = np.array([1, 0, 0, 1])
C(f, 14, float(((pp - yy)**2).sum()), "0.5", tol=1e-12); C(f, 14, float(((pp - yy)**2).mean()), "0.125", tol=1e-12)
ll = -np.log(np.where(yy == 1, pp, 1 - pp))
C(f, 20, log(.9), "-0.1054"); C(f, 20, log(.4), "-0.9163"); C(f, 20, log(.8), "-0.2231"); C(f, 20, log(.7), "-0.3567")
C(f, 20, -float(ll.sum()), "-1.6015"); C(f, 20, float(ll.mean()), "0.4004")
C(f, 26, 0.25, "0.25", tol=0, val=float(((0.5 - yy)**2).mean()))
C(f, 28, 1 - 0.125/0.25, "0.5", tol=0)
ph, yb = sp.symbols("p y", positive=True)
S(f, 32, sp.diff((ph - yb)**2, ph) - 2*(ph - yb))
S(f, 32, sp.diff(-yb*sp.log(ph) - (1 - yb)*sp.log(1 - ph), ph) - (ph - yb)/(ph*(1 - ph)))

f = "ko/edit_distance_table.md"
def lev(a_, b_):
    Dm = [[0]*(len(b_)+1) for _ in range(len(a_)+1)]
    for i in range(len(a_)+1): Dm[i][0] = i
    for j in range(len(b_)+1): Dm[0][j] = j
    for i in range(1, len(a_)+1):
        for j in range(1, len(b_)+1):
            Dm[i][j] = min(Dm[i-1][j]+1, Dm[i][j-1]+1, Dm[i-1][j-1]+(a_[i-1] != b_[j-1]))
    return Dm[-1][-1]
C(f, 11, 7*8, "56", tol=0); C(f, 11, 6*7, "42", tol=0)
C(f, 18, lev("kitten", "sitting"), "3", tol=0)
C(f, 31, 1 - 3/7, "0.571")
C(f, 33, lev("intention", "execution"), "5", tol=0, val=5); C(f, 33, 1 - 5/9, "0.444")

f = "ko/thompson_beta_posterior.ipynb"
C(f, (3, 3), 13/42, "0.3095"); C(f, (3, 3), 6/12, "0.5", tol=0)
C(f, (3, 7), 13*29, "377", tol=0); C(f, (3, 7), 42**2*43, "75852", tol=0); C(f, (3, 7), 377/75852, "0.004970")
W(f, (3, 7), sqrt(377/75852), "0.0750")
C(f, (3, 9), 36/(144*13), "0.01923"); C(f, (3, 9), sqrt(6*6/(12**2*13)), "0.1387")
C(f, (4, 4), 40*0.2, "8", tol=1e-12)

f = "ko/laplace_kneser_ney_bigram.md"
C(f, 5, 3/20, "0.15", tol=1e-12)
C(f, 9, 4/1020, "0.00392")
C(f, 11, 1/1020, "0.00098")
C(f, 14, 20 + 0.1*1000, "120", tol=1e-9); C(f, 14, 3.1/120, "0.02583")
C(f, 20, 0.75*5/20, "0.1875", tol=1e-12)
C(f, 21, 4/2000, "0.002", tol=1e-12)
C(f, 23, (3 - 0.75)/20, "0.1125", tol=1e-12); C(f, 23, 0.1875*0.002, "0.000375", tol=1e-12); C(f, 23, 0.1125 + 0.000375, "0.112875", tol=1e-12)

# ---------------------------------------------------------------- zh
f = "zh/em_two_coins.md"
trials = [(9, 1), (4, 6), (7, 3)]
LA = [0.6**h*0.4**tl for h, tl in trials]; LB = 0.5**10
wA = [la/(la + LB) for la in LA]
C(f, 11, LA[0], "0.004031"); C(f, 11, LB, "0.000977")
C(f, 15, wA[0], "0.8050"); C(f, 15, 0.0040311/(0.0040311 + 0.0009766), "0.8050")
C(f, 17, LA[1], "0.000531"); C(f, 17, wA[1], "0.3522"); C(f, 17, LA[2], "0.001792"); C(f, 17, wA[2], "0.6472")
C(f, 23, 0.8050*9, "7.245"); C(f, 24, 0.3522*4, "1.409")
W(f, 25, 0.6472*7, "4.350")
hA = sum(w_*h for w_, (h, _) in zip(wA, trials)); nA = 10*sum(wA)
C(f, 27, nA, "18.044"); C(f, 27, 10*(0.8050 + 0.3522 + 0.6472), "18.044")
C(f, 29, hA/nA, "0.7307"); C(f, 29, 13.184/18.044, "0.7307")
hB = sum((1 - w_)*h for w_, (h, _) in zip(wA, trials)); nB = 10*sum(1 - w_ for w_ in wA)
C(f, 31, hB, "6.816"); C(f, 31, 0.1950*9 + 0.6478*4 + 0.3528*7, "6.816"); C(f, 31, nB, "11.956")
W(f, 33, hB/nB, "0.5807")
C(f, 35, nA + nB, "30", tol=1e-9)
C(f, 27, hA, "13.184")  # the running total of line 27

f = "zh/mc_antithetic_control_variate.ipynb"
I = e - 1; VarY = (e**2 - 1)/2 - I**2; cov_a = e - I**2
C(f, (1, 3), I, "1.71828")
C(f, (3, 3), (e**2 - 1)/2, "3.19453"); C(f, (3, 3), I**2, "2.95249"); C(f, (3, 3), VarY, "0.24204")
uu_ = sp.symbols("u", positive=True)
S(f, (3, 3), sp.integrate(sp.exp(2*uu_), (uu_, 0, 1)) - (sp.E**2 - 1)/2)
C(f, (3, 7), cov_a, "-0.23421")
C(f, (3, 9), (VarY + cov_a)/2, "0.00391", tol=2e-5)
C(f, (3, 11), VarY/2, "0.12102"); C(f, (3, 11), (VarY/2)/((VarY + cov_a)/2), "31", tol=0.5)
S(f, (4, 5), sp.integrate(uu_*sp.exp(uu_), (uu_, 0, 1)) - 1)
cov_c = 1 - I/2
C(f, (4, 7), I/2, "0.85914"); C(f, (4, 7), cov_c, "0.14086")
C(f, (4, 9), -cov_c*12, "-1.6903")
W(f, (4, 11), 0.14086**2*12, "0.2318")
W(f, (4, 11), VarY - cov_c**2*12, "0.01024", tol=1e-5)

f = "zh/pinball_loss_quantile.md"
rho = lambda u_, tau: u_*(tau - (u_ < 0))
C(f, 15, rho(2, 0.9), "1.8", tol=1e-12); C(f, 16, rho(-3, 0.9), "0.3", tol=1e-12)
yy5 = np.array([1, 2, 3, 4, 10.])
C(f, 32, float(np.abs(yy5 - 3).sum()*0.5), "5.5", tol=1e-12); C(f, 32, float(np.mean([rho(v - 3, 0.5) for v in yy5])), "1.1", tol=1e-12)
C(f, 34, float(np.sum([rho(v - 3, 0.9) for v in yy5])), "7.5", tol=1e-12); C(f, 34, float(np.mean([rho(v - 3, 0.9) for v in yy5])), "1.5", tol=1e-12)
C(f, 34, rho(7, 0.9), "6.3", tol=1e-12); C(f, 34, rho(-2, 0.9), "0.2", tol=1e-12)
uu2 = sp.symbols("u", real=True)
for uv in (-2, -0.5, 1.5, 3):
    S(f, 30, sp.nsimplify(rho(uv, 0.5)) - sp.nsimplify(abs(uv)/2))
yv_, yh_ = 10, sp.symbols("yhat", real=True)
S(f, 24, sp.diff(0.9*(yv_ - yh_), yh_) - (-0.9)); S(f, 24, sp.diff((0.9 - 1)*(yv_ - yh_), yh_) - (1 - 0.9))

f = "zh/gat_attention_coefficients.md"
sc = np.array([0.8, -0.5, 1.6]); lr = np.where(sc > 0, sc, 0.2*sc); exps = np.exp(lr); alpha_ = exps/exps.sum()
C(f, 9, lr[1], "-0.1", tol=1e-12)
C(f, 13, exps[0], "2.2255"); C(f, 13, exps[1], "0.9048"); C(f, 13, exps[2], "4.9530")
C(f, 15, exps.sum(), "8.0833", tol=2e-4); C(f, 15, 2.2255 + 0.9048 + 4.9530, "8.0833", tol=1e-9)
C(f, 17, alpha_[0], "0.2753"); C(f, 17, alpha_[1], "0.1119"); C(f, 17, alpha_[2], "0.6127")
C(f, 21, float(alpha_ @ np.array([1, 2, -1.])), "-0.1135"); C(f, 21, 2*0.1119, "0.2239", tol=2e-4)
C(f, 25, 8*16, "128", tol=0); C(f, 25, 2*8, "16", tol=0); C(f, 25, 128 + 16, "144", tol=0)
W(f, 27, 4*144, "567", tol=0.5)

f = "zh/spectral_norm_power_iter.ipynb"
Wm = np.array([[3., 1.], [0., 2.]]); WtW = Wm.T @ Wm
C(f, (2, 1), WtW[0, 0], "9 & 3", tol=0, val=9); C(f, (2, 1), WtW[1, 1], "3 & 5", tol=0, val=5)
lam_s = sp.symbols("lambda"); M_ = sp.Matrix([[9, 3], [3, 5]])
S(f, (2, 3), sp.expand(M_.charpoly(lam_s).as_expr() - (lam_s**2 - 14*lam_s + 36)))
C(f, (2, 3), sqrt(13), "3.6056"); ev = np.linalg.eigvalsh(WtW)
C(f, (2, 3), ev[1], "10.6056"); C(f, (2, 3), ev[0], "3.3944")
sv = np.linalg.svd(Wm)[1]
C(f, (2, 5), sv[0], "3.2566"); C(f, (2, 6), sv[1], "1.8424")
C(f, (2, 7), sv[0]*sv[1], "6.000"); C(f, (2, 7), abs(np.linalg.det(Wm)), "6.000")
v0 = np.ones(2)/sqrt(2); u1 = WtW @ v0; v1 = u1/np.linalg.norm(u1)
C(f, (4, 3), u1[0]*sqrt(2), "12", tol=1e-9); C(f, (4, 3), v1[0], "0.8321"); C(f, (4, 3), v1[1], "0.5547")
Wv = Wm @ v1
C(f, (4, 5), Wv[0], "3.0509", tol=2e-4); C(f, (4, 5), Wv[1], "1.1094")
C(f, (4, 7), Wv[0]**2, "9.3077"); C(f, (4, 7), Wv[1]**2, "1.2308"); C(f, (4, 7), float(Wv @ Wv), "10.5385"); C(f, (4, 7), float(np.linalg.norm(Wv)), "3.2463")
C(f, (4, 15), 0.5*sv[0], "1.6283")
C(f, (4, 17), np.linalg.svd(Wm/sv[0])[1][0], "1", tol=1e-12)

f = "zh/affine_coupling_logdet.md"
x1_, x2_ = sp.symbols("x1 x2", real=True); s_ = sp.Function("s")(x1_); t_ = sp.Function("t")(x1_)
Jc = sp.Matrix([x1_, x2_*sp.exp(s_) + t_]).jacobian([x1_, x2_])
S(f, 11, Jc.det() - sp.exp(s_))
C(f, 13, 0.3 - 0.1, "0.2", tol=1e-12); C(f, 13, exp(0.2), "1.2214")
C(f, 15, 0.2 - 0.5 + 0.1, "-0.2", tol=1e-12)
W(f, 15, exp(-0.2), "0.8817")
C(f, 21, log(2*pi), "1.8379"); C(f, 21, -2*log(2*pi) - 1.5, "-5.1758"); C(f, 21, -2*log(2*pi) - 1.5 - 0.2, "-5.3758")
yy2 = sp.symbols("y2", real=True)
S(f, 23, ((x2_*sp.exp(s_) + t_) - t_)*sp.exp(-s_) - x2_)

f = "zh/word2vec_cbow_cost.md"
C(f, 7, 50000*300, "15{,}000{,}000", tol=0)
C(f, 9, 2*50000*300*4/1e6, "120", tol=1e-9)
C(f, 15, 50000*300, "1.5", val=1.5e7, tol=0)
C(f, 16, 6*300, "1800", tol=0)
C(f, 17, 1.5e7/1800, "8333")
C(f, 21, 100**0.75, "31.62"); C(f, 21, 10**0.75, "5.623")
W(f, 23, 31.62/(31.62 + 5.623), "0.8940")
C(f, 25, 100/110, "0.909")

f = "zh/temperature_platt_scaling.md"
zz = np.array([2.0, 1.0, 0.1])
C(f, 7, exp(2), "7.3891"); C(f, 7, exp(1), "2.7183"); C(f, 7, exp(0.1), "1.1052"); C(f, 7, float(np.exp(zz).sum()), "11.2125")
p1 = np.exp(zz)/np.exp(zz).sum(); p2 = np.exp(zz/2)/np.exp(zz/2).sum()
C(f, 9, p1[0], "0.6590"); C(f, 9, p1[1], "0.2424"); C(f, 9, p1[2], "0.0986")
C(f, 11, exp(0.5), "1.6487"); C(f, 11, exp(0.05), "1.0513"); C(f, 11, float(np.exp(zz/2).sum()), "5.4183")
C(f, 13, p2[0], "0.5017"); C(f, 13, p2[1], "0.3043"); C(f, 13, p2[2], "0.1940")
C(f, 17, -log(p1[0]), "0.4170"); C(f, 17, -log(p2[0]), "0.6898")
C(f, 23, -1.5*1.2, "-1.8", tol=1e-12); C(f, 23, -1.5*1.2 + 0.2, "-1.6", tol=1e-12)
C(f, 25, exp(-1.6), "0.2019"); C(f, 25, 1/(1 + exp(-1.6)), "0.8320")

if __name__ == "__main__":
    report()
