# Numeric / symbolic checks for the Chinese files.
import numpy as np, sympy as sp, math
from math import sqrt, log, exp, erf
fails = 0
def ok(name, cond):
    global fails
    if not cond: fails += 1; print('FAIL', name)
def bad(name, cond): ok('WRONG-LINE-ACTUALLY-TRUE ' + name, not cond)
def r(x, d): return round(x + 0.0, d)
sig = lambda x: 1/(1+math.exp(-x))

# ---- gcn_message_passing
F, H, C = 1433, 16, 7
ok('gcn l1', F*H+H == 22944); bad('gcn l2', H*C+C == 112); ok('gcn total', 22944+119 == 23063 and H*C+C == 119)
ok('sage', 2*F*H+H == 45872 and 2*F == 2866 and 2866*16+16 == 45872)
ok('gat', F*H+2*H == 22960 and 2*16 == 32 and 8*22960 == 183680)

# ---- ddpm_schedule
b = np.linspace(1e-4, .02, 1000); ab = np.cumprod(1-b)
ok('beta500', r(b[499], 5) == .01004 and r(1e-4+499/999*.0199, 5) == .01004)
bad('sum beta', abs(1000*.01005-1.005) < 1e-9); ok('sum beta true', abs(b.sum()-10.05) < 1e-9 and abs(1000*(1e-4+.02)/2-10.05) < 1e-9)
ok('abT', r(exp(-10.05)*1e5, 1) == 4.3 and r(ab[-1]*1e5, 2) == 4.04 and exp(-10.05) > ab[-1])
tbl = {10: (.9981, .9991), 100: (.8970, .9471), 500: (.0786, .2803)}
ok('table', all(r(ab[t-1], 4) == v[0] and r(sqrt(ab[t-1]), 4) == v[1] for t, v in tbl.items()) and r(sqrt(ab[-1]), 5) == .00635)
ok('post var', abs(.9*.9-.81) < 1e-12 and r((1-.9)/(1-.81)*.1, 4) == .0526)
a1, a0, bt = sp.symbols('a1 a0 bt', positive=True)  # a0 = abar_{t-1} > a1 = abar_t  => ratio < 1
ok('post var < beta', all((1-A0)/(1-A0*(1-B)) < 1 for A0 in (.1, .5, .99) for B in (.01, .3)))

# ---- q_learning_grid
Q0R = 0+.5*(-1+.9*0-0); Q1R = 0+.5*(10-0); ok('ep1', Q0R == -.5 and Q1R == 5)
Q0R2 = Q0R+.5*(-1+.9*Q1R-Q0R); Q1R2 = Q1R+.5*(10-Q1R); ok('ep2', abs(Q0R2-1.5) < 1e-12 and Q1R2 == 7.5 and abs(-1+4.5+.5-4) < 1e-12)
ok('qstar', -1+.9*10 == 8 and abs(-1+.9*8-6.2) < 1e-12 and abs(.9*8-7.2) < 1e-12)
ok('q1R seq', 7.5+.5*(10-7.5) == 8.75)

# ---- policy_gradient
a, mu, s = sp.symbols('a mu sigma', positive=True); lp = -sp.log(s)-(a-mu)**2/(2*s**2)-sp.log(2*sp.pi)/2
ok('gauss logpdf', sp.simplify(lp - sp.log(sp.exp(-(a-mu)**2/(2*s**2))/(s*sp.sqrt(2*sp.pi)))) == 0)
ok('dmu', sp.simplify(sp.diff(lp, mu)-(a-mu)/s**2) == 0 and sp.simplify(sp.diff(lp, s)-(-1/s+(a-mu)**2/s**3)) == 0)
v = {a: .8, mu: .5, s: .2}; ok('dmu val', abs(float(sp.diff(lp, mu).subs(v))-7.5) < 1e-9 and abs(.3/.04-7.5) < 1e-9)
bad('dsigma val', abs(float(sp.diff(lp, s).subs(v)) - (-3.875)) < 1e-9); ok('dsigma true', abs(float(sp.diff(lp, s).subs(v))-6.25) < 1e-9)

# ---- ab_test_beta
ok('post params', (1+12, 1+88) == (13, 89) and (1+20, 1+130) == (21, 131))
ok('means', r(13/102, 4) == .1275 and r(21/152, 4) == .1382 and 12/100 == .12 and r(20/150, 4) == .1333)
vA = 13*89/(102**2*103); vB = 21*131/(152**2*153); ok('sds', r(sqrt(vA), 4) == .0329 and r(sqrt(vB), 4) == .0279)
dm = 21/152-13/102; sd = sqrt(vA+vB); ok('diff', r(dm, 4) == .0107 and r(sd, 4) == .0431 and r(sqrt(.0329**2+.0279**2), 4) == .0431)
Phi = lambda z: .5*(1+erf(z/sqrt(2))); ok('P(B>A)', r(.0107/.0431, 3) == .248 and r(Phi(.248), 2) == .60)
from scipy import stats, integrate
exactP = integrate.quad(lambda t: stats.beta.pdf(t, 21, 131)*stats.beta.cdf(t, 13, 89), 0, 1, limit=200)[0]; ok('exact integral ~0.605', r(exactP, 3) == .605)

# ---- markov_chain
P = np.array([[.5, .5, 0], [.25, .5, .25], [0, .5, .5]]); pi_ = np.array([.25, .5, .25])
ok('stationary', np.allclose(pi_@P, pi_) and abs(pi_.sum()-1) < 1e-12)
ok('col2', abs(.25*.5+.5*.5+.25*.5-.5) < 1e-12); ok('db', abs(.25*.5-.5*.25) < 1e-12 and abs(pi_[1]*P[1, 2]-pi_[2]*P[2, 1]) < 1e-12 and abs(pi_[1]*P[1, 2]-.125) < 1e-12)
ok('return', 1/.5 == 2 and 1/.25 == 4)
# empirical return time to state 2 (index 1)
rng = np.random.default_rng(2); st = 1; times = []; t = 0
for _ in range(200000):
    st = rng.choice(3, p=P[st]) if False else np.searchsorted(np.cumsum(P[st]), rng.random()); t += 1
    if st == 1: times.append(t); t = 0
ok('return MC', abs(np.mean(times)-2) < .05)

# ---- auc_rank
pos = [.8, .6, .6]; neg = [.6, .3, .2, .1]
sc = sum((p > n) + .5*(p == n) for p in pos for n in neg); ok('auc pairs', sc == 11 and abs(11/12-.9167) < 1e-4)
from scipy.stats import rankdata  # noqa
rk = rankdata([.8, .6, .6, .6, .3, .2, .1]); ok('ranks', list(rk) == [7, 5, 5, 5, 3, 2, 1] and (4+5+6)/3 == 5)
ok('rank auc', 7+5+5 == 17 and (17-6)/12 == 11/12 and 3*4/2 == 6)
bad('gini', r(2*.9167-1, 4) == .8533); ok('gini true', r(2*11/12-1, 4) == .8333)

# ---- logistic_homework
z = .3*2+.4*(-1)+.1; p = sig(z); ok('lr fwd', abs(z-.3) < 1e-12 and r(p, 4) == .5744 and r(-log(p), 4) == .5544)
ok('lr dz', r(p-1, 4) == -.4256); bad('lr student grad', np.allclose(((p-1)*np.array([2, -1])).round(4), [.8511, -.4256]))
gw = (p-1)*np.array([2, -1]); ok('lr ta grad', np.allclose(gw.round(4), [-.8511, .4256]))
w1 = np.array([.3, .4])-.5*np.array([-.8511, .4256]); b1 = .1-.5*(-.4256)
ok('lr upd', np.allclose(w1, [.72555, .1872]) and r(b1, 4) == .3128 and np.allclose(w1.round(3), [.726, .187]))
print('  (info) w1 exact from rounded grads =', w1, ' from exact grads =', np.array([.3, .4])-.5*gw)
z1 = .7256*2-.1872+.3128; ok('lr check', abs(z1-1.5768) < 1e-12 and r(sig(z1), 4) == .8288 and r(-log(sig(z1)), 4) == .1878)
ww, bb, yy = sp.symbols('w b y'); xx = sp.symbols('x'); pz = 1/(1+sp.exp(-(ww*xx+bb)))
L = -(yy*sp.log(pz)+(1-yy)*sp.log(1-pz)); ok('lr grad sym', sp.simplify(sp.diff(L, ww) - (pz-yy)*xx) == 0)

# ---- activation_memory
ok('conv act', 32*64*112*112 == 25690112 and 25690112*2 == 51380224 and r(51380224/1e6, 1) == 51.4)
ok('tf hidden', 8*1024*1024 == 8388608 and r(8388608*2/1e6, 1) == 16.8)
ok('attn elems', 8*16*1024*1024 == 134217728); bad('attn MB', r(134217728*2/1e6, 0) == 134); ok('attn true', r(134217728*2/1e6, 0) == 268)
ok('s^2 scaling', (2048/1024)**2 == 4)

# ---- residual_depth
ok('res prod', r(1.1**10, 3) == 2.594 and abs(.1**10-1e-10) < 1e-20 and r(.9**10, 3) == .349 and r(1.1**100, 0) == 13781)
f = sp.symbols('f0:3'); ok('expand', sp.expand((1+f[0])*(1+f[1])*(1+f[2])) == sp.expand(1+sum(f)+f[0]*f[1]+f[0]*f[2]+f[1]*f[2]+f[0]*f[1]*f[2]))

# ---- softmax_jacobian_temp
zt = np.array([1., 0.]); T = .5; pp = np.exp(zt/T)/np.exp(zt/T).sum()
ok('sm p', r(pp[0], 4) == .8808 and r(pp[1], 4) == .1192 and abs(pp[0]-sig(2)) < 1e-12)
J = (np.diag(pp)-np.outer(pp, pp))/T
bad('J11 no 1/T', r(J[0, 0], 3) == .105); ok('J11 as written value', r(pp[0]*pp[1], 3) == .105 and r(J[0, 0], 3) == .210)
ok('J12', r(J[0, 1], 3) == -.210 and r(-2*.1050, 3) == -.21)
ok('J rows', np.allclose(J.sum(0), 0) and np.allclose(J.sum(1), 0))
eps = 1e-6; num = (np.exp((zt+[eps, 0])/T)/np.exp((zt+[eps, 0])/T).sum() - pp)/eps; ok('J numeric', np.allclose(num, J[:, 0], atol=1e-5))
zz = sp.symbols('z0:2'); Ts = sp.symbols('T', positive=True); lse = Ts*sp.log(sum(sp.exp(zi/Ts) for zi in zz))
ok('lse grad', sp.simplify(sp.diff(lse, zz[0]) - sp.exp(zz[0]/Ts)/sum(sp.exp(zi/Ts) for zi in zz)) == 0)
ok('lse val', r(log(exp(2)+1), 4) == 2.1269 and r(.5*log(exp(2)+1), 3) == 1.063)
print('ZH failures:', fails)
