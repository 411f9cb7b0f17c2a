"""blind19's claims recomputed (C, W, S, report: corpus_tools/claims.py). Run: python check.py"""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "corpus_tools"))
from claims import *  # the checks, the report and the names the checks compute with
corpus(__file__)
lim = sp.limit
# ---------------------------------------------------------------- en
f = "en/lhopital_limits.md"
S(f, r"\frac{e^x - 1 - x}{x^2} = \lim_{x\to 0}\frac{e^x - 1}{2x}", lim((sp.exp(X)-1-X)/X**2, X, 0) - lim((sp.exp(X)-1)/(2*X), X, 0))
S(f, r"\frac{e^x - 1 - x}{x^2} = \lim_{x\to 0}\frac{e^x - 1}{2x}", lim((sp.exp(X)-1)/(2*X), X, 0) - sp.Rational(1, 2))
C(f, "$0.50167$", (exp(0.01) - 1 - 0.01) / 0.01**2, "0.50167")
S(f, r"\frac{1-\cos x}{x^2} = \lim_{x\to 0}\frac{\sin x}{2x} = \frac12", lim((1-sp.cos(X))/X**2, X, 0) - sp.Rational(1, 2))
S(f, r"\frac{x^2}{e^x} = \lim", lim(X**2/sp.exp(X), X, sp.oo) - lim(2/sp.exp(X), X, sp.oo))
S(f, r"x\ln x = \lim", lim(x*sp.log(x), x, 0, "+") - lim(-x, x, 0, "+"))
S(f, r"x\ln x = \lim", sp.simplify((1/x)/(-1/x**2) - (-x)))
S(f, r"\frac{x-\sin x}{x^3} = \lim", lim((1-sp.cos(X))/(3*X**2), X, 0) - lim(sp.sin(X)/(3*X), X, 0), holds=False)
S(f, r"\frac{x-\sin x}{x^3} = \lim", lim((X-sp.sin(X))/X**3, X, 0) - sp.Rational(1, 3), holds=False)
S(f, "which also gives $1/6$", lim((X-sp.sin(X))/X**3, X, 0) - sp.Rational(1, 6))

f = "en/integration_by_parts.md"
C_ = sp.Symbol("C")
S(f, r"\int x e^x\,dx = x e^x - \int", sp.diff(x*sp.exp(x) - sp.exp(x), x) - x*sp.exp(x))
S(f, r"\int x e^x\,dx = x e^x - \int", (x*sp.exp(x) - sp.exp(x)) - (x - 1)*sp.exp(x))
S(f, r"\int x\ln x\,dx", sp.diff(x**2/2*sp.log(x) - x**2/2, x) - x*sp.log(x), holds=False)
S(f, r"\big[(x-1)e^x\big]_0^1 = 0 - (-1) = 1", sp.integrate(x*sp.exp(x), (x, 0, 1)) - 1)
S(f, r"\int_0^1 x^2 e^x\,dx", sp.integrate(x**2*sp.exp(x), (x, 0, 1)) - (sp.E - 2))
C(f, r"= e - 2 \approx 0.7183", e - 2, "0.7183")
S(f, r"\int_0^{\pi} x\sin x\,dx", sp.integrate(x*sp.sin(x), (x, 0, sp.pi)) - sp.pi)
Iv = sp.exp(x)*(sp.sin(x) - sp.cos(x))/2
S(f, r"I = e^x\sin x - \int e^x\cos x\,dx", sp.exp(x)*sp.sin(x) - sp.integrate(sp.exp(x)*sp.cos(x), x) - Iv)
S(f, r"I = e^x\sin x - \int e^x\cos x\,dx", sp.exp(x)*sp.sin(x) - sp.exp(x)*sp.cos(x) - Iv - Iv)
S(f, r"I = \tfrac12 e^x(\sin x - \cos x) + C", sp.diff(sp.exp(x)*(sp.sin(x) - sp.cos(x))/2, x) - sp.exp(x)*sp.sin(x))

f = "en/logistic_ode_closed_form.md"
K_, P_ = sp.symbols("K P", positive=True)
S(f, r"\frac{1}{P(1 - P/K)} = \frac{K}{P(K-P)}", 1/(P_*(1 - P_/K_)) - (1/P_ + 1/(K_ - P_)))
S(f, r"\frac{1}{P(1 - P/K)} = \frac{K}{P(K-P)}", 1/(P_*(1 - P_/K_)) - K_/(P_*(K_ - P_)))
r_, A_ = sp.symbols("r A", positive=True); Pt = K_/(1 + A_*sp.exp(-r_*t))
S(f, r"P(t) = \frac{K}{1 + A e^{-rt}}", sp.diff(Pt, t) - r_*Pt*(1 - Pt/K_))
S(f, r"P(t) = \frac{K}{1 + A e^{-rt}}", Pt.subs(t, 0).subs(A_, (K_ - P_)/P_) - P_)
C(f, r"\approx 450.85", 1000/(1 + 9*exp(-2)), "450.85")
C(f, r"\approx 858.49", 1000/(1 + 9*exp(-4)), "858.49")
C(f, r"\approx 5.493", log(9)/0.4, "5.493")
C(f, r"rK/4 = 0.4 \cdot 1000/4 = 100", 0.4*500*(1 - 0.5), "100")

f = "en/wilson_score_interval.md"
p, n_, z = 0.2, 40, 1.96
C(f, r"\approx 0.06325", sqrt(p*(1-p)/n_), "0.06325")
C(f, r"0.2 \pm 0.12396", z*sqrt(p*(1-p)/n_), "0.12396")
C(f, r"(0.0760,\ 0.3240)", p - z*sqrt(p*(1-p)/n_), "0.0760"); C(f, r"(0.0760,\ 0.3240)", p + z*sqrt(p*(1-p)/n_), "0.3240")
C(f, "3.8416/40 = 0.09604", z*z/n_, "0.09604"); C(f, "3.8416/40 = 0.09604", z*z, "3.8416")
C(f, "= 0.04802", z*z/(2*n_), "0.04802"); C(f, "= 1.09604", 1 + z*z/n_, "1.09604")
cen = (p + z*z/(2*n_))/(1 + z*z/n_); half = z*sqrt(p*(1-p)/n_ + z*z/(4*n_*n_))/(1 + z*z/n_)
C(f, r"\frac{0.24802}{1.09604} \approx 0.2263", cen, "0.2263"); C(f, r"\frac{0.24802}{1.09604} \approx 0.2263", p + z*z/(2*n_), "0.24802")
C(f, r"0.0006003}}{1.09604} \approx 0.1213", half, "0.1213"); C(f, r"0.0006003}}{1.09604} \approx 0.1213", z*z/(4*n_*n_), "0.0006003")
C(f, r"(0.1050,\ 0.3476)", cen - half, "0.1050"); C(f, r"(0.1050,\ 0.3476)", cen + half, "0.3476")

f = "en/birthday_problem.ipynb"
pd = lambda m: float(np.prod([(365 - k_)/365 for k_ in range(m)]))
C(f, r"\approx 0.4927$, hence", pd(23), "0.4927"); C(f, "1 - 0.4927 = 0.5073", 1 - 0.4927, "0.5073")
C(f, r"\approx 0.2937$ and", pd(30), "0.2937"); C(f, r"P(\text{shared}) \approx 0.7063", 1 - pd(30), "0.7063")
C(f, r"\binom{23}{2} = 253", comb(23, 2), "253"); C(f, r"253/365 \approx 0.6932", 253/365, "0.6932")
C(f, r"1 - e^{-0.6932} \approx 0.5000", 1 - exp(-0.6932), "0.5000")
W(f, r"\binom{30}{2} = 453", comb(30, 2), "453")
C(f, r"435/365 \approx 1.1918", 435/365, "1.1918"); C(f, r"1 - e^{-1.1918} \approx 0.6963", 1 - exp(-1.1918), "0.6963")

f = "en/mm1_queue.md"
lam_, mu_ = 40, 50
C(f, r"\mu = 1/0.02 = 50", 1/0.02, "50")
C(f, r"\frac{40}{50} = 0.8", lam_/mu_, "0.8", tol=1e-12)
C(f, "$L = 0.8/0.2 = 4$", 0.8/0.2, "4", tol=1e-9)
C(f, "$W = 1/10 = 0.1$ s", 1/(mu_ - lam_), "0.1", tol=1e-12)
C(f, "$W_q = 0.08$ s", 0.8/(mu_ - lam_), "0.08", tol=1e-12)
C(f, "$L_q = 0.64/0.2 = 3.2$", 0.8**2/0.2, "3.2", tol=1e-9)
C(f, r"L = \lambda W = 40 \times 0.1 = 4", 40*0.1, "4", tol=1e-9)
W(f, r"0.8^{10} \approx 0.1342", 0.8**10, "0.1342")
C(f, r"$\rho = 45/50 = 0.9$", 45/50, "0.9", tol=1e-12)
W(f, r"= 0.2\ \text{s} = 20\ \text{ms}", 1/(50 - 45)*1000, "20")

f = "en/dpo_loss_gradient.md"
sig = lambda v: 1/(1 + exp(-v)); zs = sp.Symbol("z", real=True); sgs = lambda v: 1/(1 + sp.exp(-v))
S(f, r"\frac{d}{dz}\big[-\log\sigma(z)\big] = -\sigma(-z)", sp.diff(-sp.log(sgs(zs)), zs) + sgs(-zs))
S(f, r"\frac{d}{dz}\big[-\log\sigma(z)\big] = -\sigma(-z)", -sgs(-zs) - (sgs(zs) - 1))
C(f, "= -12.0 - (-12.5) = 0.5", -12.0 + 12.5, "0.5", tol=1e-12); C(f, "= -15.0 - (-14.2) = -0.8", -15.0 + 14.2, "-0.8", tol=1e-9)
C(f, r"z = 0.1\,\big(0.5 - (-0.8)\big) = 0.1 \times 1.3 = 0.13", 0.1*1.3, "0.13", tol=1e-12)
C(f, r"\sigma(0.13) \approx 0.5325", sig(0.13), "0.5325"); C(f, r"= -\log 0.5325 \approx 0.6303", -log(sig(0.13)), "0.6303")
W(f, r"0.1 \times 0.4675 = 0.4675", 0.1*sig(-0.13), "0.4675", val=0.4675)
C(f, r"-\log\sigma(0.5) \approx 0.4741", -log(sig(0.5)), "0.4741"); C(f, r"\sigma(-0.5) \approx 0.3775", sig(-0.5), "0.3775")

f = "en/sparsemax_projection.md"
zz = np.array([1.2, 0.8, 0.1])
C(f, "$1 + 1.2 = 2.2 > 1.2$", 1 + 1.2, "2.2")
C(f, "$1 + 2(0.8) = 2.6 > 1.2 + 0.8 = 2.0$", 1 + 2*0.8, "2.6"); C(f, "$1 + 2(0.8) = 2.6 > 1.2 + 0.8 = 2.0$", 1.2 + 0.8, "2.0")
C(f, "$1 + 3(0.1) = 1.3$", 1 + 0.3, "1.3"); C(f, "$1.2 + 0.8 + 0.1 = 2.1$", 2.1, "2.1")
tau = (2.0 - 1)/2
C(f, r"\tau = \frac{2.0 - 1}{2} = 0.5", tau, "0.5", tol=1e-12)
pm = np.maximum(zz - tau, 0)
C(f, r"p = (0.7,\ 0.3,\ 0)", pm[0], "0.7", tol=1e-12); C(f, r"p = (0.7,\ 0.3,\ 0)", pm[1], "0.3", tol=1e-12)
C(f, "$0.7 + 0.3 + 0 = 1$", pm.sum(), "1", tol=1e-12)
ez = np.exp(zz)
C(f, r"\approx 3.3201 + 2.2255 + 1.1052 = 6.6508", ez[0], "3.3201"); C(f, r"\approx 3.3201 + 2.2255 + 1.1052 = 6.6508", ez[1], "2.2255")
C(f, r"\approx 3.3201 + 2.2255 + 1.1052 = 6.6508", ez[2], "1.1052"); C(f, r"\approx 3.3201 + 2.2255 + 1.1052 = 6.6508", ez.sum(), "6.6508")
sm = ez/ez.sum()
C(f, r"\approx (0.4992,\ 0.3346,\ 0.1662)", sm[0], "0.4992"); C(f, r"\approx (0.4992,\ 0.3346,\ 0.1662)", sm[1], "0.3346"); C(f, r"\approx (0.4992,\ 0.3346,\ 0.1662)", sm[2], "0.1662")

f = "en/noam_schedule.ipynb"
C(f, r"$512^{-0.5} \approx 0.044194$", 512**-0.5, "0.044194"); C(f, r"$4000^{-1.5} \approx 3.9528", 4000**-1.5, "3.9528", val=3.9528e-6, tol=6e-11)
nl = lambda s: 512**-0.5*min(s**-0.5, s*4000**-1.5)
C(f, r"\approx 1.747\times10^{-5}", nl(100), "1.747", val=1.747e-5, tol=6e-9)
W(f, r"\text{lr}(1000) \approx 1.747\times10^{-3}", nl(1000), "1.747", val=1.747e-3, tol=6e-7)
C(f, r"\frac{0.044194}{63.246} \approx 6.988", nl(4000), "6.988", val=6.988e-4, tol=6e-8); C(f, r"\frac{0.044194}{63.246} \approx 6.988", sqrt(4000), "63.246")
C(f, r"6.988\times10^{-4} \times 0.5 \approx 3.494", nl(16000), "3.494", val=3.494e-4, tol=6e-8); C(f, r"6.988\times10^{-4} \times 0.5 \approx 3.494", sqrt(4000/16000), "0.5", tol=1e-12)

f = "en/stirling_approx.ipynb"
st = sqrt(20*pi)*(10/e)**10
C(f, r"\approx 3598695.6", st, "3598695.6")
C(f, r"3598695.6/3628800 \approx 0.99170", st/factorial(10), "0.99170"); C(f, r"3598695.6/3628800 \approx 0.99170", factorial(10), "3628800")
C(f, r"\approx 3628684.7", st*(1 + 1/120), "3628684.7")
C(f, r"\approx 23.0259 - 10 + 2.0702 = 15.0961", 10*log(10), "23.0259"); C(f, r"\approx 23.0259 - 10 + 2.0702 = 15.0961", 0.5*log(20*pi), "2.0702")
C(f, r"\approx 23.0259 - 10 + 2.0702 = 15.0961", 10*log(10) - 10 + 0.5*log(20*pi), "15.0961")
C(f, r"\ln 10! \approx 15.1044", log(factorial(10)), "15.1044")

f = "en/rouge_l_lcs.md"
C(f, r"\frac{5}{6} = 0.8333", 5/6, "0.8333")
W(f, r"\frac{5}{7} = 0.7413", 5/7, "0.7413")
C(f, r"\frac{10}{13} \approx 0.7692", 2*(5/7)*(5/6)/(5/7 + 5/6), "0.7692"); C(f, r"\frac{10}{13} \approx 0.7692", 10/13, "0.7692")
b2 = 1.44; C(f, r"F_{1.2} \approx 0.7801", (1 + b2)*(5/7)*(5/6)/(5/6 + b2*5/7), "0.7801")
C(f, r"R_{lcs} = 5/6 \approx 0.8333", 5/6, "0.8333"); C(f, r"\frac{10}{11} \approx 0.9091", 2*1*(5/6)/(1 + 5/6), "0.9091")
C(f, r"$5/6 \approx 0.8333$, the same", 5/6, "0.8333")

f = "en/top_p_nucleus.md"
C(f, "$0.42 + 0.23 = 0.65$. Renormalise", 0.65, "0.65")
C(f, r"0.42/0.65 \approx 0.6462", 0.42/0.65, "0.6462"); C(f, r"0.23/0.65 \approx 0.3538", 0.23/0.65, "0.3538")
C(f, "$0.6462 + 0.3538 = 1$", 0.6462 + 0.3538, "1", tol=1e-9)
C(f, "$0.65 + 0.15 = 0.80$", 0.65 + 0.15, "0.80")
C(f, "0.42/0.80 = 0.525", 0.42/0.8, "0.525")
W(f, "0.23/0.80 = 0.2785", 0.23/0.8, "0.2785")
C(f, "0.15/0.80 = 0.1875", 0.15/0.8, "0.1875")
C(f, "$0.09 + 0.06 + 0.05 = 0.20$", 0.2, "0.20")

f = "en/viterbi_two_state.ipynb"
pi_ = np.array([0.6, 0.4]); A = np.array([[0.7, 0.3], [0.4, 0.6]]); B = np.array([[0.1, 0.4, 0.5], [0.7, 0.2, 0.1]])
d1 = pi_*B[:, 2]; d2 = (d1[:, None]*A).max(0)*B[:, 0]; d3 = (d2[:, None]*A).max(0)*B[:, 2]
C(f, r"$\delta_1(H) = 0.6 \times 0.5 = 0.30$", d1[0], "0.30"); C(f, r"$\delta_1(C) = 0.4 \times 0.1 = 0.04$", d1[1], "0.04")
C(f, r"= 0.21 \cdot 0.1 = 0.021", d2[0], "0.021"); C(f, r"= 0.09 \cdot 0.7 = 0.063", d2[1], "0.063")
C(f, r"= 0.0252 \cdot 0.5 = 0.0126", d3[0], "0.0126"); C(f, r"= 0.0252 \cdot 0.5 = 0.0126", 0.063*0.4, "0.0252")
C(f, r"= 0.0378 \cdot 0.1 = 0.00378", d3[1], "0.00378"); C(f, r"= 0.0378 \cdot 0.1 = 0.00378", 0.063*0.6, "0.0378")

f = "en/channel_capacity.md"
C(f, r"10^{30/10} = 1000", 10**3, "1000")
C(f, r"10^6 \times 9.9672 \approx 9.967", log2(1001), "9.9672"); C(f, r"10^6 \times 9.9672 \approx 9.967", 1e6*log2(1001)/1e6, "9.967")
C(f, r"\approx 6.658$ Mbit/s", log2(101), "6.658")
C(f, r"\approx 14427$ bit/s", 1e6*0.01/log(2), "14427"); C(f, "(exact: about 14355)", 1e6*log2(1.01), "14355")
H2 = -0.11*log2(0.11) - 0.89*log2(0.89)
C(f, r"0.89\log_2 0.89 \approx 0.4999", H2, "0.4999"); C(f, r"C = 1 - 0.4999 \approx 0.5001", 1 - H2, "0.5001")

f = "en/amat_cache.md"
C(f, r"t_{\text{L2}} = 10 + 0.2 \times 100 = 30", 10 + 0.2*100, "30", tol=1e-9)
C(f, r"1 + 0.05 \times 30 = 2.5", 1 + 0.05*30, "2.5", tol=1e-9)
W(f, r"0.05 \times 0.2 = 0.1 = 10\%", 0.05*0.2, "0.1", tol=1e-9)
C(f, r"1 + 0.05 \times 100 = 6", 1 + 0.05*100, "6", tol=1e-9); C(f, "$6/2.5 = 2.4$", 6/2.5, "2.4", tol=1e-9)
W(f, r"2.5 / 2 = 1.25\ \text{cycles}", 2.5/0.5, "1.25")
C(f, r"1 + 0.04 \times 30 = 2.2", 1 + 0.04*30, "2.2", tol=1e-9)
C(f, "$2.5 - 1 = 1.5$", 1.5, "1.5", tol=1e-12); C(f, r"$0.01 \times 100 = 1$", 0.05*0.2*100, "1", tol=1e-9)

f = "en/gamma_poisson_conjugate.md"
lm, al, be, sx, nn = sp.symbols("lambda alpha beta S n", positive=True)
S(f, r"\lambda^{\sum x_i} e^{-n\lambda}\cdot", lm**sx*sp.exp(-nn*lm)*lm**(al - 1)*sp.exp(-be*lm) - lm**(al + sx - 1)*sp.exp(-(be + nn)*lm))
C(f, r"\alpha' = 2 + 14 = 16", 2 + 14, "16", tol=0); C(f, r"\beta' = 1 + 4 = 5", 1 + 4, "5", tol=0)
C(f, "= 16/5 = 3.2", 16/5, "3.2", tol=1e-12); C(f, "= 16/25 = 0.64", 16/25, "0.64", tol=1e-12); C(f, r"\bar x = 14/4 = 3.5", 14/4, "3.5", tol=1e-12)
C(f, r"= 0.4 + 2.8 = 3.2", 1/5*2 + 4/5*3.5, "3.2", tol=1e-12)
nb_ = stats.nbinom(16, 5/6)
C(f, r"\approx 0.0541", nb_.pmf(0), "0.0541"); C(f, r"\approx 0.0541", (5/6)**16, "0.0541")
# ---------------------------------------------------------------- ko
f = "ko/lognormal_change_of_variables.md"
yy = sp.Symbol("y", positive=True); fX = lambda v: sp.exp(-v**2/2)/sp.sqrt(2*sp.pi)
S(f, r"f_Y(y) = \frac12 f_X\!", sp.diff(sp.erf(((yy - 3)/2)/sp.sqrt(2))/2, yy) - fX((yy - 3)/2)/2)
S(f, r"f_Y(y) = \frac{1}{y\sqrt{2\pi}}", sp.diff(sp.erf(sp.log(yy)/sp.sqrt(2))/2, yy) - sp.exp(-sp.log(yy)**2/2)/(yy*sp.sqrt(2*sp.pi)))
C(f, r"$\ln 2 \approx 0.6931$", log(2), "0.6931"); C(f, r"$(\ln 2)^2/2 \approx 0.2402$", log(2)**2/2, "0.2402")
W(f, r"e^{-0.2402} \approx 0.3138", stats.lognorm(1).pdf(2), "0.3138")
C(f, r"$E[Y] = e^{1/2} \approx 1.6487$", stats.lognorm(1).mean(), "1.6487")
C(f, r"e(e-1) \approx 4.6708", stats.lognorm(1).var(), "4.6708"); S(f, r"e(e-1) \approx 4.6708", sp.E**2 - sp.E - sp.E*(sp.E - 1))
S(f, r"$E[Y^2] = e^{2}$", sp.integrate(sp.exp(2*X)*fX(X), (X, -sp.oo, sp.oo)) - sp.E**2)

f = "ko/exponential_memoryless.md"
lmb = sp.Symbol("lambda", positive=True); u_ = sp.Symbol("u", positive=True)
S(f, r"P(X > x) = \int_x^\infty", sp.integrate(lmb*sp.exp(-lmb*u_), (u_, x, sp.oo)) - sp.exp(-lmb*x))
S(f, r"P(X > s + t \mid X > s)", sp.exp(-lmb*(s_ + t))/sp.exp(-lmb*s_) - sp.exp(-lmb*t))
C(f, r"$P(X > 3) = e^{-1.5} \approx 0.2231$", stats.expon(scale=2).sf(3), "0.2231")
C(f, r"$e^{-2.5}/e^{-1} = e^{-1.5} \approx 0.2231$", stats.expon(scale=2).sf(5)/stats.expon(scale=2).sf(2), "0.2231")
C(f, r"\approx 0.6065 - 0.2231 = 0.3834", exp(-0.5), "0.6065"); C(f, r"\approx 0.6065 - 0.2231 = 0.3834", stats.expon(scale=2).cdf(3) - stats.expon(scale=2).cdf(1), "0.3834")
C(f, r"\approx 1.3863", stats.expon(scale=2).median(), "1.3863")
C(f, r"$1/\lambda = 2$", stats.expon(scale=2).mean(), "2", tol=1e-12)

f = "ko/chi_square_independence.md"
O = np.array([[35, 25], [15, 25]]); Ex = O.sum(1)[:, None]*O.sum(0)[None, :]/O.sum()
C(f, r"$E_{11} = 60 \times 50/100 = 30$", Ex[0, 0], "30", tol=1e-9); C(f, r"$E_{12} = 30$", Ex[0, 1], "30", tol=1e-9)
C(f, r"$E_{21} = 40 \times 50/100 = 20$", Ex[1, 0], "20", tol=1e-9); C(f, r"$E_{22} = 20$", Ex[1, 1], "20", tol=1e-9)
C(f, r"\frac{25}{30} \approx 0.8333", 25/30, "0.8333"); C(f, r"\frac{25}{20} = 1.25", 25/20, "1.25")
chi = float(((O - Ex)**2/Ex).sum())
W(f, r"0.8333 + 0.8333 + 1.25 + 1.25 = 4.6667", chi, "4.6667")
C(f, r"\approx 4.1667", 100*(35*25 - 25*15)**2/(60*40*50*50), "4.1667"); C(f, r"\approx 4.1667", chi, "4.1667")
C(f, r"\chi^2_{0.05,1} \approx 3.841", stats.chi2.ppf(0.95, 1), "3.841"); C(f, "(2-1)(2-1) = 1", 1, "1", tol=0)
C(f, "(p-값 약 0.041)", stats.chi2.sf(chi, 1), "0.041")

f = "ko/holt_linear_trend.ipynb"
yv = [10, 12, 13, 15, 18]; a_, bb = 0.5, 0.3; L_ = [10.0]; Bt = [2.0]
for tt in range(1, 5):
    ln_ = a_*yv[tt] + (1 - a_)*(L_[-1] + Bt[-1]); Bt.append(bb*(ln_ - L_[-1]) + (1 - bb)*Bt[-1]); L_.append(ln_)
C(f, r"$\ell_2 = 0.5 \cdot 12 + 0.5 \cdot 12 = 12$", L_[1], "12", tol=1e-9); C(f, r"$b_2 = 0.3 \cdot 2 + 0.7 \cdot 2 = 2$", Bt[1], "2", tol=1e-9)
W(f, "$e_3 = 13 - 14 = 1$", yv[2] - (L_[1] + Bt[1]), "1", tol=1e-9)
C(f, r"\ell_3 = 0.5 \cdot 13 + 0.5 \cdot 14 = 13.5", L_[2], "13.5"); C(f, r"= 0.45 + 1.4 = 1.85", Bt[2], "1.85")
C(f, r"$\ell_3 + b_3 = 15.35$", L_[2] + Bt[2], "15.35")
C(f, r"= 15.175, \qquad b_4", L_[3], "15.175"); C(f, r"0.7 \cdot 1.85 = 1.7975", Bt[3], "1.7975"); C(f, r"0.3 \cdot 1.675 + ", L_[3] - L_[2], "1.675")
C(f, r"$\ell_4 + b_4 = 16.9725$", L_[3] + Bt[3], "16.9725")
C(f, r"0.5 \cdot 16.9725 = 17.48625", L_[4], "17.48625")
C(f, r"= 0.693375 + 1.25825 = 1.951625", Bt[4], "1.951625"); C(f, r"b_5 = 0.3 \cdot 2.31125", L_[4] - L_[3], "2.31125")
C(f, r"\approx 19.4379", L_[4] + Bt[4], "19.4379")
W(f, r"3 \times 1.951625 \approx 21.3895", L_[4] + 3*Bt[4], "21.3895")

f = "ko/bradley_terry_reward.md"
ra, rb = sp.symbols("r_a r_b", real=True)
S(f, r"P(a \succ b) = \frac{e^{r_a}}{e^{r_a} + e^{r_b}}", sp.exp(ra)/(sp.exp(ra) + sp.exp(rb)) - 1/(1 + sp.exp(-(ra - rb))))
Lbt = -sp.log(1/(1 + sp.exp(-(ra - rb))))
S(f, r"\dfrac{\partial\mathcal{L}}{\partial r_c} = -\big(1", sp.diff(Lbt, ra) + (1 - 1/(1 + sp.exp(-(ra - rb)))))
S(f, r"\dfrac{\partial\mathcal{L}}{\partial r_c} = -\big(1", sp.diff(Lbt, rb) - (1 - 1/(1 + sp.exp(-(ra - rb)))))
C(f, r"\sigma(1.2) \approx 0.7685", sig(1.2), "0.7685"); C(f, r"-\log 0.7685 \approx 0.2633", -log(sig(1.2)), "0.2633")
C(f, "$1 - 0.7685 = 0.2315$", 1 - sig(1.2), "0.2315")
W(f, r"\sigma(-0.7) \approx 0.6682", sig(-0.7), "0.6682")
C(f, r"-\log 0.3318 \approx 1.1032", -log(sig(-0.7)), "1.1032")
C(f, r"(0.2633 + 1.1032)/2 \approx 0.6832", (-log(sig(1.2)) - log(sig(-0.7)))/2, "0.6832")

f = "ko/determinant_3x3_cofactor.md"
Am = np.array([[2, -1, 3], [0, 4, 1], [5, 2, -2]]); dA = np.linalg.det(Am)
C(f, r"&= 2(-8 - 2) + 1\,(0 - 5) + 3\,(0 - 20)", 2*(-10) + 1*(-5) + 3*(-20), "", val=dA, tol=1e-9)
C(f, "&= -20 - 5 - 60", -85, "", val=dA, tol=1e-9)
C(f, "&= -85", dA, "-85", tol=1e-9)
S(f, r"\det A &= 2\begin{vmatrix}", sp.Matrix([[4, 1], [2, -2]]).det() + 10 + sp.Matrix([[0, 1], [5, -2]]).det() + 5 + sp.Matrix([[0, 4], [5, 2]]).det() + 20)
C(f, r"= -20 + 5(-13) = -85", dA, "-85", tol=1e-9); C(f, r"= -20 + 5(-13) = -85", -1 - 12, "-13", tol=0)
C(f, r"8 \times (-85) = -680", np.linalg.det(2*Am), "-680", tol=1e-6)
C(f, r"\det(A^T) = -85", np.linalg.det(Am.T), "-85", tol=1e-9)
C(f, r"-1/85 \approx -0.01176", np.linalg.det(np.linalg.inv(Am)), "-0.01176")

f = "ko/bandwidth_delay_product.md"
C(f, r"0.04\ \text{s} = 4 \times 10^6", 100e6*0.04, "4", val=4e6, tol=1e-3)
W(f, r"4 \times 10^6 / 8 = 50{,}000", 4e6/8, "50{,}000")
C(f, r"500000/1024 \approx 488.3", 500000/1024, "488.3")
C(f, r"\frac{65535 \times 8}{0.04} \approx 13.107", 65535*8/0.04/1e6, "13.107")
C(f, r"500000/65535 \approx 7.63", 500000/65535, "7.63")
C(f, r"65535 \times 2^3 = 524280", 65535*8, "524280", tol=0)
C(f, r"10^9 \times 0.04 = 4 \times 10^7", 1e9*0.04/1e7, "4", tol=1e-12); C(f, r"\text{bit} = 5 \times 10^6", 4e7/8/1e6, "5", tol=1e-12)
C(f, r"65535 \times 2^7 = 8388480", 65535*128, "8388480", tol=0)

f = "ko/coupon_collector.md"
C(f, r"= 1 + 1.2 + 1.5 + 2 + 3 + 6 = 14.7", sum(6/k_ for k_ in range(1, 7)), "14.7")
C(f, r"$H_6 = 2.45$", sum(1/k_ for k_ in range(1, 7)), "2.45"); C(f, r"$6 \times 2.45 = 14.7$", 6*2.45, "14.7")
pp = np.array([(6 - i + 1)/6 for i in range(1, 7)]); var_T = float(((1 - pp)/pp**2).sum())
W(f, r"36 \times 1.49139 - 14.7 \approx 36.99", var_T, "36.99")
S(f, r"\mathrm{Var}(T) = n^2\sum_{k=1}^n 1/k^2 - nH_n", sp.nsimplify(sum((1 - sp.Rational(k_, 6))/sp.Rational(k_, 6)**2 for k_ in range(1, 7))) - (36*sum(sp.Rational(1, k_**2) for k_ in range(1, 7)) - 6*sum(sp.Rational(1, k_) for k_ in range(1, 7))))
C(f, r"10 \times 2.92897 \approx 29.29", 10*sum(1/k_ for k_ in range(1, 11)), "29.29"); C(f, r"10 \times 2.92897 \approx 29.29", sum(1/k_ for k_ in range(1, 11)), "2.92897")
C(f, "$23.026 + 5.772 + 0.5 = 29.298$", 10*log(10) + 10*0.5772156649 + 0.5, "29.298")

f = "ko/derangement_inclusion_exclusion.md"
import itertools
der = lambda m: sum(all(pq[i] != i for i in range(m)) for pq in itertools.permutations(range(m)))
C(f, r"= 24 - 12 + 4 - 1 = 15", 24 - der(4), "15", tol=0)
C(f, "$D_4 = 4! - 15 = 24 - 15 = 9$", der(4), "9", tol=0)
C(f, r"= 24 \times 0.375 = 9", der(4), "9", tol=0); C(f, r"= 24 \times 0.375 = 9", 1 - 1 + 1/2 - 1/6 + 1/24, "0.375")
C(f, r"D_5 = 4\,(9 + 2) = 44", der(5), "44", tol=0)
C(f, r"$44/120 \approx 0.3667$", der(5)/120, "0.3667"); C(f, r"$1/e \approx 0.3679$", 1/e, "0.3679")
nK = sp.Symbol("n", positive=True, integer=True)
S(f, r"|A_1 \cup \cdots \cup A_n| = \sum", sum((-1)**(k_ + 1)*comb(5, k_)*factorial(5 - k_) for k_ in range(1, 6)) - (120 - der(5)))

f = "ko/newton_cooling.ipynb"
Ta_, T0_ = sp.symbols("T_a T_0", real=True); kk = sp.Symbol("k", positive=True)
Tt = Ta_ + (T0_ - Ta_)*sp.exp(-kk*t)
S(f, r"$T(t) = T_a + (T_0 - T_a)e^{-kt}$", sp.diff(Tt, t) + kk*(Tt - Ta_))
k_c = log(7/4)/10
C(f, r"\frac{\ln(7/4)}{10} \approx 0.05596", k_c, "0.05596")
C(f, r"= 20 + \frac{1120}{49} \approx 42.86", 20 + 70*exp(-20*k_c), "42.86"); C(f, r"= 20 + \frac{1120}{49} \approx 42.86", 70*16, "1120", tol=0)
C(f, r"\frac{1.2528}{0.05596} \approx 22.39", log(3.5)/k_c, "22.39"); C(f, r"\frac{1.2528}{0.05596} \approx 22.39", log(3.5), "1.2528")
W(f, r"-0.05596 \times 70 \approx -39.17", -k_c*70, "-39.17")

f = "ko/kelly_criterion.md"
pK, bK, fK = sp.symbols("p b f", positive=True); qK = 1 - pK
gK = pK*sp.log(1 + bK*fK) + qK*sp.log(1 - fK)
S(f, r"g'(f) = \frac{pb}{1 + bf}", sp.diff(gK, fK).subs(fK, (bK*pK - qK)/bK))
S(f, r"g'(f) = \frac{pb}{1 + bf}", (bK*pK - qK)/bK - (pK - qK/bK))
C(f, "$f^* = 0.6 - 0.4 = 0.2$", 0.6 - 0.4/1, "0.2", tol=1e-12)
C(f, r"\approx 0.10939 - 0.08926 = 0.02014", 0.6*log(1.2) + 0.4*log(0.8), "0.02014"); C(f, r"\approx 0.10939 - 0.08926 = 0.02014", 0.6*log(1.2), "0.10939")
C(f, r"\approx 0.20188 - 0.20433 = -0.00245", 0.6*log(1.4) + 0.4*log(0.6), "-0.00245"); C(f, r"\approx 0.20188 - 0.20433 = -0.00245", -0.4*log(0.6), "0.20433")
C(f, "$bp - q = 2(0.4) - 0.6 = 0.2 > 0$", 2*0.4 - 0.6, "0.2", tol=1e-12)
W(f, r"f^* = 0.4 - \frac{0.6}{2} = 0.2", 0.4 - 0.6/2, "0.2", tol=0.01)

f = "ko/poisson_binomial_approx.ipynb"
bi = stats.binom(200, 0.01); po = stats.poisson(2)
C(f, r"\lambda = np = 200 \times 0.01 = 2", 200*0.01, "2", tol=1e-12)
C(f, r"$0.99^{200} \approx 0.13398$", bi.pmf(0), "0.13398"); C(f, r"$e^{-2} \approx 0.13534$", po.pmf(0), "0.13534")
C(f, r"0.99^{199} \approx 0.27067$", bi.pmf(1), "0.27067"); C(f, r"$2e^{-2} \approx 0.27067$", po.pmf(1), "0.27067")
C(f, r"(0.99)^{198} \approx 0.27203", bi.pmf(2), "0.27203"); C(f, r"\frac{2^2}{2!}e^{-2} \approx 0.27067", po.pmf(2), "0.27067")
C(f, r"$\binom{200}{2} = 19900$", comb(200, 2), "19900", tol=0); C(f, r"0.13398 \approx 1.0\%", (0.13534 - 0.13398)/0.13398*100, "1.0")
C(f, r"5e^{-2} \approx 0.67668", po.cdf(2), "0.67668")
C(f, r"0.27203 \approx 0.67668", bi.cdf(2), "0.67668")
C(f, "$1 - 0.67668 = 0.32332$", bi.sf(2), "0.32332")
C(f, r"200 \times 0.01 \times 0.99 = 1.98", bi.var(), "1.98")
# ---------------------------------------------------------------- zh
f = "zh/cramer_rule.md"
C(f, "= -2 - 3 = -5$$", np.linalg.det([[2, 3], [1, -1]]), "-5", tol=1e-9)
C(f, "= -8 + 3 = -5, \\qquad D_y", np.linalg.det([[8, 3], [-1, -1]]), "-5", tol=1e-9)
C(f, "= -2 - 8 = -10$$", np.linalg.det([[2, 8], [1, -1]]), "-10", tol=1e-9)
sol2 = np.linalg.solve([[2, 3], [1, -1]], [8, -1])
C(f, "所以 $x = -5/-5 = 1$", sol2[0], "1", tol=1e-9); C(f, "$y = -10/-5 = 2$", sol2[1], "2", tol=1e-9); C(f, "$2 + 6 = 8$", 2 + 6, "8", tol=0)
A3 = np.array([[1, 1, 1], [2, -1, 1], [1, 2, -1.]]); b3 = np.array([6, 3, 2.])
C(f, "= -1 + 3 + 5 = 7", np.linalg.det(A3), "7", tol=1e-9)
W(f, "= -5 - 18 + 1 = 14", -5 - 18 + 1, "14", tol=0.5)
Dx = A3.copy(); Dx[:, 0] = b3; Dz = A3.copy(); Dz[:, 2] = b3; Dy = A3.copy(); Dy[:, 1] = b3
C(f, "同理 $D_x = 7$", np.linalg.det(Dx), "7", tol=1e-9); C(f, "$D_z = 21$", np.linalg.det(Dz), "21", tol=1e-9)
sol3 = np.linalg.solve(A3, b3)
C(f, r"x = \frac77 = 1", sol3[0], "1", tol=1e-9); C(f, r"y = \frac{14}{7} = 2", sol3[1], "2", tol=1e-9); C(f, r"y = \frac{14}{7} = 2", np.linalg.det(Dy), "14", tol=1e-9)
C(f, r"z = \frac{21}{7} = 3", sol3[2], "3", tol=1e-9)
C(f, "$1 + 4 - 3 = 2$", 1 + 2*2 - 3, "2", tol=0)

f = "zh/clt_dice_continuity.md"
faces = np.arange(1, 7)
C(f, r"$E X_i^2 = 91/6 \approx 15.1667$", float((faces**2).mean()), "15.1667")
C(f, r"= \frac{35}{12} \approx 2.9167", float(faces.var()), "2.9167")
C(f, r"E S = 100 \times 3.5 = 350", 350, "350"); C(f, r"\approx 291.67, \qquad", 100*35/12, "291.67"); C(f, r"\sigma_S \approx 17.078", sqrt(100*35/12), "17.078")
W(f, r"\frac{379.5 - 350}{17.078} \approx 1.7724", 29.5/sqrt(100*35/12), "1.7724")
C(f, r"1 - \Phi(1.7274) \approx 0.0421", stats.norm.sf(1.7274), "0.0421")
C(f, r"z = 30/17.078 \approx 1.7566", 30/17.078, "1.7566"); C(f, "得到 $0.0395$", stats.norm.sf(30/sqrt(100*35/12)), "0.0395")
C(f, r"\sqrt{DX} = \sqrt{25} = 5", sqrt(100*0.25), "5", tol=1e-12)
C(f, r"= P(Z \ge 1.9)", 9.5/5, "1.9", tol=1e-12)
W(f, "1 - 0.9713 = 0.0387", stats.norm.sf(1.9), "0.0387")
C(f, "二项概率是 $0.0284$", stats.binom(100, 0.5).sf(59), "0.0284")

f = "zh/taylor_log1p.md"
S(f, r"\ln(1+x) = x - \frac{x^2}{2} + \frac{x^3}{3} - \frac{x^4}{4}", sp.series(sp.log(1 + X), X, 0, 5).removeO() - (X - X**2/2 + X**3/3 - X**4/4))
C(f, r"= 0.1 - 0.005 + 0.000333 = 0.095333", 0.1 - 0.005 + 0.001/3, "0.095333")
C(f, r"\ln 1.1 \approx 0.0953102", log(1.1), "0.0953102"); C(f, r"误差约 $2.3 \times 10^{-5}$", (0.1 - 0.005 + 0.001/3 - log(1.1))*1e5, "2.3")
W(f, r"\frac{0.0001}{4} = 2.5 \times 10^{-4}", 0.1**4/4*1e4, "2.5")
W(f, r"-0.01 + 0.00005 = -0.00995", log(0.99), "-0.00995", tol=6e-7)
C(f, r"（真值 $-0.0100503$", log(0.99), "-0.0100503")
C(f, r"= 0.693004", 2*(1/3 + 1/81 + 1/1215), "0.693004"); C(f, r"2(0.333333 + 0.012346 + 0.000823)", 1/81, "0.012346"); C(f, r"2(0.333333 + 0.012346 + 0.000823)", 1/1215, "0.000823")
C(f, r"真值 $0.693147$", log(2), "0.693147")
S(f, r"\ln\frac{1+x}{1-x} = 2\left(x", sp.series(sp.log((1 + X)/(1 - X)), X, 0, 7).removeO() - 2*(X + X**3/3 + X**5/5))

f = "zh/integration_by_substitution.ipynb"
S(f, r"\int_1^2 u^3\,du = \left[", sp.integrate(2*x*(1 + x**2)**3, (x, 0, 1)) - sp.Rational(15, 4))
C(f, r"\frac{16 - 1}{4} = 3.75", 15/4, "3.75")
S(f, r"-\int_1^0 u^2\,du = \int_0^1 u^2\,du = \frac13", sp.integrate(sp.sin(x)*sp.cos(x)**2, (x, 0, sp.pi/2)) - sp.Rational(1, 3))
S(f, r"\int_0^1 e^{u}\,du = e - 1", sp.integrate(x*sp.exp(x**2), (x, 0, 1)) - (sp.E - 1), holds=False)
W(f, r"= e - 1 \approx 1.7183", (e - 1)/2, "1.7183")
S(f, r"\int_0^1 u\,du = \frac12", sp.integrate(sp.log(x)/x, (x, 1, sp.E)) - sp.Rational(1, 2))

f = "zh/mfu_estimate.md"
C(f, r"6N = 6 \times 7 \times 10^9 = 4.2", 6*7e9/1e10, "4.2")
C(f, r"8 \times 312 \times 10^{12} = 2.496", 8*312e12/1e15, "2.496")
C(f, r"24000 \times 4.2 \times 10^{10} = 1.008", 24000*4.2e10/1e15, "1.008")
C(f, r"\approx 40.4\%", 1.008e15/2.496e15*100, "40.4")
C(f, r"12 \times 32 \times 4096 \times 4096 \approx 6.44", 12*32*4096*4096/1e9, "6.44")
C(f, r"\approx 46.6\%", 24000*(4.2e10 + 12*32*4096*4096)/2.496e15*100, "46.6")
C(f, r"$24000 \times 86400 \approx 2.07", 24000*86400/1e9, "2.07")
C(f, r"\approx 482$ 天", 1e12/(24000*86400), "482")

f = "zh/sharpe_ratio.md"
C(f, r"\frac{0.95}{4} = 0.2375", (1.2 - 0.25)/4, "0.2375")
C(f, r"\sqrt{12} \approx 3.4641", sqrt(12), "3.4641")
C(f, r"0.2375 \times 3.4641 \approx 0.8227", 0.2375*sqrt(12), "0.8227")
C(f, r"12 \times 1.2\% = 14.4\%", 12*1.2, "14.4"); C(f, r"$14.4\% - 3\% = 11.4\%$", 14.4 - 3, "11.4")
C(f, r"\times \sqrt{12} \approx 13.856\%", 4*sqrt(12), "13.856")
C(f, r"\frac{11.4}{13.856} \approx 0.8227", 11.4/(4*sqrt(12)), "0.8227")
C(f, r"\times 3.4641 \approx 1.0970", 0.95/3*sqrt(12), "1.0970")

f = "zh/hypergeometric_lottery.md"
hg = stats.hypergeom(33, 6, 6)
C(f, r"\binom{33}{6} = 1107568", comb(33, 6), "1107568", tol=0)
C(f, r"\frac{27 \cdot 26 \cdot 25}{6} = 2925", comb(27, 3), "2925", tol=0)
C(f, r"= 20 \times 2925 = 58500", comb(6, 3)*comb(27, 3), "58500", tol=0)
C(f, r"\frac{58500}{1107568} \approx 0.0528", hg.pmf(3), "0.0528")
C(f, r"\frac{296010}{1107568} \approx 0.2673", hg.pmf(0), "0.2673"); C(f, r"\frac{296010}{1107568} \approx 0.2673", comb(27, 6), "296010", tol=0)
C(f, "$1 - 0.2673 = 0.7327$", hg.sf(0), "0.7327")
C(f, r"\frac{36}{33} \approx 1.0909", hg.mean(), "1.0909")
C(f, r"\approx 0.7531", hg.var(), "0.7531")
C(f, r"1/1107568 \approx 9.03", hg.pmf(6)*1e7, "9.03")

f = "zh/lotka_volterra_equilibrium.ipynb"
al_, be_, ga_, de_ = 1.0, 0.1, 1.5, 0.075
C(f, r"\frac{1.5}{0.075} = 20", ga_/de_, "20", tol=1e-9); C(f, r"\frac{1.0}{0.1} = 10", al_/be_, "10", tol=1e-9)
C(f, r"1 - 0.1 \times 10 = 0", al_ - be_*10, "0", tol=1e-9)
C(f, r"-0.1 \times 20 = -2", -be_*20, "-2", tol=1e-9)
C(f, r"0.075 \times 10 = 0.75", de_*10, "0.75", tol=1e-9)
C(f, r"0.075 \times 20 - 1.5 = 0", de_*20 - ga_, "0", tol=1e-9)
xs_, ys_ = sp.symbols("x y", positive=True)
Jm = sp.Matrix([al_*xs_ - be_*xs_*ys_, de_*xs_*ys_ - ga_*ys_]).jacobian([xs_, ys_]).subs({xs_: 20, ys_: 10})
S(f, r"= \begin{pmatrix} 0 & -2 \\ 0.75 & 0 \end{pmatrix}", sp.nsimplify(Jm - sp.Matrix([[0, -2], [0.75, 0]])).norm())
ev = np.linalg.eigvals(np.array(Jm, dtype=float))
C(f, r"\approx \pm 1.2247i", abs(ev[0].imag), "1.2247")
C(f, r"\frac{2\pi}{\sqrt{1.5}} \approx 5.130", 2*pi/sqrt(1.5), "5.130")
Vx = de_*xs_ - ga_*sp.log(xs_) + be_*ys_ - al_*sp.log(ys_)
S(f, r"V(x, y) = \delta x", sp.nsimplify(sp.diff(Vx, xs_)*(al_*xs_ - be_*xs_*ys_) + sp.diff(Vx, ys_)*(de_*xs_*ys_ - ga_*ys_)))

# ---------------------------------------------------------------- small claims on mixed lines
C("en/gamma_poisson_conjugate.md", r"Then $n = 4$, $\sum x_i = 14$", sum([3, 5, 4, 2]), "14", tol=0)
C("en/logistic_ode_closed_form.md", "Then $A = 900/100 = 9$", 900/100, "9", tol=1e-12)
C("en/wilson_score_interval.md", r"So $\hat p = 8/40 = 0.2$", 8/40, "0.2", tol=1e-12)
C("en/stirling_approx.ipynb", "Exact value: $10! = 3628800$", factorial(10), "3628800", tol=0)
C("ko/derangement_inclusion_exclusion.md", "$D_2 = 1$, $D_3 = 2$", der(3), "2", tol=0)
C("ko/newton_cooling.ipynb", "$e^{-10k} = 40/70 = 4/7$", 40/70, "4/7", val=4/7, tol=1e-12)
C("ko/newton_cooling.ipynb", "$e^{-kt} = 2/7$", (40 - 20)/70, "2/7", val=2/7, tol=1e-12)
nn_ = sp.Symbol("n", positive=True, integer=True)
S("zh/taylor_log1p.md", r"$f^{(n)}(0) = (-1)^{n+1}(n-1)!$", sum(abs(sp.diff(sp.log(1 + X), X, m).subs(X, 0) - (-1)**(m + 1)*sp.factorial(m - 1)) for m in range(1, 7)))
S("ko/lognormal_change_of_variables.md", r"$E[e^{tX}] = e^{t^2/2}$", sp.integrate(sp.exp(t*X)*sp.exp(-X**2/2)/sp.sqrt(2*sp.pi), (X, -sp.oo, sp.oo)) - sp.exp(t**2/2))

if __name__ == "__main__":
    report()
