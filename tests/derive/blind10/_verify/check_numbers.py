"""Re-derives every numeric / symbolic claim in the corpus. ok(...) asserts a correct line holds,
bad(...) asserts a keyed-wrong line really fails."""
import numpy as np, sympy as sp, math
from math import log, exp, sqrt, floor
R = {"ok": 0, "bad": 0}
def close(a, b, tol):
    return abs(a - b) <= tol
def ok(name, a, b, tol=1e-9):
    assert close(a, b, tol), (name, a, b); R["ok"] += 1
def bad(name, a, b, tol=1e-9):
    assert not close(a, b, tol), ("should be wrong", name, a, b); R["bad"] += 1
def symok(name, e):
    assert sp.simplify(e) == 0, (name, e); R["ok"] += 1
def symbad(name, e):
    assert sp.simplify(e) != 0, ("should be wrong", name, e); R["bad"] += 1
z, x, w, p, g, b = sp.symbols('z x w p g b', real=True)
sig = 1 / (1 + sp.exp(-z))

# ---------- en/huber_loss
d = 1.0
ok("huber continuity", 0.5*d*d, d*(d-0.5*d))
ok("r", 3.5-1.0, 2.5); bad("huber L W", 1*(2.5-1), 1*(2.5-0.5)); ok("huber L true", 1*(2.5-0.5), 2.0)
ok("huber small", 0.5*0.4**2, 0.08); ok("mse", 0.5*2.5**2, 3.125)
# ---------- en/focal_loss
ok("(1-.9)^2", (1-.9)**2, .01, 1e-12); ok("ce .9", -log(.9), .1054, 5e-5); ok("ce .2", -log(.2), 1.6094, 5e-5)
ok("fl easy", .01*-log(.9), 1.05e-3, 5e-6); bad("fl hard W", .64*-log(.2), 1.13, 5e-3)
ok("fl hard", .64*-log(.2), 1.030, 5e-4); ok("1/.64", 1/.64, 1.56, 5e-3); ok("alpha", .25*.64*-log(.2), .258, 5e-4)
pt, gm = sp.symbols('p_t gamma', positive=True)
FL = -(1-pt)**gm*sp.log(pt)
symok("fl deriv", sp.diff(FL, pt) - (gm*(1-pt)**(gm-1)*sp.log(pt) - (1-pt)**gm/pt))
# ---------- en/hinge_loss
s = [3.2, 5.1, -1.7]
ok("hinge", max(0, s[1]-s[0]+1)+max(0, s[2]-s[0]+1), 2.9, 1e-12); ok("m1", s[1]-s[0]+1, 2.9, 1e-12); ok("m2", s[2]-s[0]+1, -3.9, 1e-12)
# ---------- en/label_smoothing
bad("q_true W", 1-.1+.1/5, .90); ok("q_true", 1-.1+.1/5, .92, 1e-12); ok("q_other", .1/5, .02, 1e-12); ok("sum", .92+4*.02, 1, 1e-12)
ok("grad", .6-.92, -.32, 1e-12); ok("grad2", .1-.02, .08, 1e-12); ok("gsum", -.32+4*.08, 0, 1e-12)
# ---------- en/dropout_scaling
pp, hh = sp.symbols('p h', positive=True)
symok("E", (pp*hh/pp) - hh); symok("Var", hh**2/pp**2*pp*(1-pp) - hh**2*(1-pp)/pp)
bad("var W", 4*.2/.8, .8); ok("var", 4*.2/.8, 1.0); ok("2/.8", 2/.8, 2.5); ok("mean", .8*2.5, 2); ok("old", .8*2, 1.6)
# ---------- en/adam_bias_correction
b1, t = sp.symbols('beta_1 t', positive=True); i = sp.symbols('i', integer=True)
for T in range(1, 8):
    ok("geom", float(((1-b1)*sum(b1**(T-k) for k in range(1, T+1))).subs(b1, .9)), 1-.9**T)
ok("m1", .1*2, .2); ok("m2", .9*.2+.1*2, .38); bad("1-b^2 W", 1-.9**2, .81); ok("1-b^2", 1-.9**2, .19)
ok("mhat2", .38/.19, 2); ok("v1", .001*4, .004); ok("vhat1", .004/.001, 4); ok("nocorr", .2/sqrt(.004), 3.16, 5e-3)
# ---------- en/rmsprop
ok("s1", .1*.25, .025); ok("sqrt s1", sqrt(.025), .1581, 5e-5); ok("d1", .01*.5/sqrt(.025), .0316, 5e-5)
ok("s2", .9*.025+.025, .0475); ok("sqrt s2", sqrt(.0475), .2179, 5e-5); ok("d2", .005/sqrt(.0475), .0229, 5e-5)
# ---------- en/momentum_unrolled
bb, g1, g2, g3 = sp.symbols('beta g1 g2 g3')
v1 = g1; v2 = bb*v1+g2; v3 = bb*v2+g3
symok("v2", v2-(bb*g1+g2)); symbad("v3 W", v3-(bb**3*g1+bb*g2+g3)); symok("v3", v3-(bb**2*g1+bb*g2+g3))
ok("10 steps", (1-.9**10)/.1, 6.51, 5e-3); ok(".9^10", .9**10, .3487, 5e-5); ok("1/(1-.99)", 1/(1-.99), 100, 1e-9)
# ---------- en/weight_decay_vs_l2
W = sp.Matrix(sp.symbols('w1 w2')); lam = sp.symbols('lambda', positive=True)
pen = lam*(W.T*W)[0]
symbad("no-half grad W", sp.diff(pen, W[0]) - lam*W[0]); symok("half grad", sp.diff(pen/2, W[0]) - lam*W[0])
ok("wd", 1-.1*(.5+.01*1), .949); ok("wd2", (1-.001)*1-.1*.5, .949); ok(".999-.05", .999-.05, .949)
# ---------- en/xavier_he
u = np.random.default_rng(0).standard_normal(2_000_000)
ok("E relu^2", np.mean(np.maximum(u, 0)**2), .5, 3e-3)
ok("2/512", 2/512, .00390625); bad("std W", sqrt(2/512), .0442, 5e-5); ok("std", sqrt(2/512), .0625)
ok("2/768", 2/768, .002604, 5e-7); ok("bound", sqrt(6/768), .0884, 5e-5); ok("unif var", (sqrt(6/768))**2/3, 2/768)
# ---------- en/receptive_field
r, j = 1, 1; rs = []
for k, st in [(3, 1), (2, 2), (3, 1), (3, 1), (2, 2)]:
    r = r+(k-1)*j; j = j*st; rs.append((r, j))
assert rs == [(3, 1), (4, 2), (8, 2), (12, 2), (14, 4)], rs; R["ok"] += 1
bad("conv2 W", 4+2*1, rs[2][0]); ok("vgg", 1+3*2, 7)
# ---------- en/transposed_conv
tc = lambda h, k, s_, p_, op=0: (h-1)*s_-2*p_+k+op
ok("A", tc(7, 3, 2, 1), 13); ok("A op", tc(7, 3, 2, 1, 1), 14); bad("B W", tc(16, 4, 2, 1), 31); ok("B", tc(16, 4, 2, 1), 32)
cv = lambda h, k, s_, p_: (h+2*p_-k)//s_+1
ok("inv", cv(32, 4, 2, 1), 16); ok("amb13", cv(13, 3, 2, 1), 7); ok("amb14", cv(14, 3, 2, 1), 7)
# ---------- en/attention_scaling
qk = np.random.default_rng(1).standard_normal((200000, 64)); kk = np.random.default_rng(2).standard_normal((200000, 64))
dots = (qk*kk).sum(1); ok("var dot", dots.var()/64, 1, 0.02); bad("var W", dots.var(), 64**2, 100)
sm = lambda v: np.exp(v-v.max())/np.exp(v-v.max()).sum()
a = sm(np.array([1, .5, -.25])); ok("sm0", a[0], .528, 5e-4); ok("sm1", a[1], .320, 5e-4); ok("sm2", a[2], .151, 5e-4)
ok("unscaled", sm(np.array([8., 4, -2]))[0], .982, 5e-4)
# ---------- en/perplexity_entropy
H = -sum(q*math.log2(q) for q in [.5, .25, .25]); ok("H", H, 1.5); ok("ppl", 2**1.5, 2.83, 5e-3)
ok("log2 50000", math.log2(50000), 15.61, 5e-3); bad("nats W", 2*log(2), 2/log(2), 1e-3); ok("1.386", 2*log(2), 1.386, 5e-4)
ok("e^2", exp(2), 7.39, 5e-3); ok("same", exp(2), 2**(2/log(2)), 1e-9)
# ---------- en/softmax_jacobian
zz = sp.symbols('z1:4'); S = sum(sp.exp(q) for q in zz); P = [sp.exp(q)/S for q in zz]
symok("diag", sp.diff(P[0], zz[0]) - P[0]*(1-P[0])); symbad("off W", sp.diff(P[0], zz[1]) - P[0]*P[1]); symok("off", sp.diff(P[0], zz[1]) + P[0]*P[1])
pv = np.array([.7, .2, .1]); J = np.diag(pv)-np.outer(pv, pv)
assert np.allclose(J, [[.21, -.14, -.07], [-.14, .16, -.02], [-.07, -.02, .09]]) and np.allclose(J.sum(1), 0); R["ok"] += 1
gg = np.array([.3, -1, 2]); ok("bp", np.abs(J.T@gg - pv*(gg-pv@gg)).max(), 0, 1e-12)
# ---------- en/logsumexp
L = 1002+log(exp(-2)+exp(-1)+1); ok("lse", L, 1002.4076, 5e-5); ok("e-2", exp(-2), .1353, 5e-5); ok("e-1", exp(-1), .3679, 5e-5)
ok("sum", exp(-2)+exp(-1)+1, 1.5032, 5e-5); ok("ub", 1002+log(3), 1003.10, 5e-3); ok("lb", L, 1002.41, 5e-3)
sv = sm(np.array([1000., 1001, 1002])); ok("g0", sv[0], .0900, 5e-5); ok("g1", sv[1], .2447, 5e-5); ok("g2", sv[2], .6652, 5e-5)
ok("lsm", 1002-1002.4076, -.4076, 1e-9); ok("e^-.4076", exp(-.4076), .665, 5e-4)
# ---------- en/normal_equations
X = sp.Matrix([[1, 0], [1, 1], [1, 2]]); y = sp.Matrix([1, 2, 4]); wv = sp.Matrix(sp.symbols('a0 a1'))
Jn = ((X*wv-y).T*(X*wv-y))[0]
grad = sp.Matrix([sp.diff(Jn, q) for q in wv]); symbad("grad W", (grad - X.T*(X*wv-y)).norm()); symok("grad", (grad - 2*X.T*(X*wv-y)).norm())
assert X.T*X == sp.Matrix([[3, 3], [3, 5]]) and X.T*y == sp.Matrix([7, 10]); R["ok"] += 1
sol = (X.T*X).inv()*X.T*y; assert sol == sp.Matrix([sp.Rational(5, 6), sp.Rational(3, 2)]); R["ok"] += 1
assert (X.T*X).det() == 6 and sp.Matrix([[5, -3], [-3, 3]])*sp.Matrix([7, 10]) == sp.Matrix([5, 9]); R["ok"] += 1
res = y-X*sol; assert list(res) == [sp.Rational(1, 6), -sp.Rational(1, 3), sp.Rational(1, 6)] and sum(res) == 0 and (X[:, 1].T*res)[0] == 0; R["ok"] += 1
# ---------- en/ridge_closed_form
xa = np.array([1, 2, 3.]); ya = np.array([2, 4, 5.])
ok("sx2", (xa**2).sum(), 14); bad("sxy W", (xa*ya).sum(), 24); ok("sxy", (xa*ya).sum(), 25)
ok("ridge", 25/15, 1.667, 5e-4); ok("ols", 25/14, 1.786, 5e-4); ok("shrink", 14/15, .933, 5e-4); ok("l14", 25/28, .893, 5e-4)
ok("halved", (25/28)/(25/14), .5)
lm = sp.symbols('lam', positive=True); w1 = sp.symbols('w1')
Jr = sum((yy-w1*xx)**2 for xx, yy in zip([1, 2, 3], [2, 4, 5]))+lm*w1**2
symok("ridge grad", sp.diff(Jr, w1) - (-2*sum(xx*(yy-w1*xx) for xx, yy in zip([1, 2, 3], [2, 4, 5]))+2*lm*w1))
# ---------- en/gaussian_mle
mu, s2 = sp.symbols('mu s2', positive=True); xs = [2, 4, 4, 4, 5, 5, 7, 9]; n = len(xs)
NLL = n/sp.Integer(2)*sp.log(2*sp.pi*s2)+sum((q-mu)**2 for q in xs)/(2*s2)
symok("dmu", sp.diff(NLL, mu) - (-sum(q-mu for q in xs)/s2))
SS = sum((q-mu)**2 for q in xs)
symbad("ds2 W", sp.diff(NLL, s2) - (n/(2*s2)+SS/(2*s2**2))); symok("ds2", sp.diff(NLL, s2) - (n/(2*s2)-SS/(2*s2**2)))
ok("mean", sum(xs)/8, 5); ok("SS", sum((q-5)**2 for q in xs), 32); ok("var", 32/8, 4); ok("unb", 32/7, 4.571, 5e-4)
# ---------- en/lenet5_params
ok("c1", (25+1)*6, 156); ok("c3", (150+1)*16, 2416); ok("c5", (400+1)*120, 48120); bad("f6 W", 120*84+84, 10080); ok("f6", 120*84+84, 10164)
ok("out", 840+10, 850); ok("tot", 156+2416+48120+10164+850, 61706); ok("s", (32-5)+1, 28); ok("s3", 14-5+1, 10)
# ---------- en/gradcheck
ok("f+", 2.001**3, 8.012006001, 1e-12); ok("f-", 1.999**3, 7.988005999, 1e-12); ok("diff", 2.001**3-1.999**3, .024000002, 1e-12)
ok("cd", .024000002/.002, 12.000001, 1e-9); ok("err", 1e-6/6*6, 1e-6); ok("fd", (2.001**3-8)/.001, 12.006001, 1e-8); ok("fderr", .0005*12, .006)
bad("rel W", 1e-6/12.000001, 8.3e-7, 5e-9); ok("rel", 1e-6/12.000001, 8.3e-8, 5e-10)
# ---------- en/batchnorm_backward
xb = np.array([1, 2, 3, 6.]); gb = np.array([.1, -.2, .3, .4]); gam = 2.; m = 4
xh = (xb-xb.mean())/xb.std()
def fwd(v): return (gam*(v-v.mean())/v.std())@gb
num = np.array([(fwd(xb+1e-6*e)-fwd(xb-1e-6*e))/2e-6 for e in np.eye(4)])
dx = gam/(m*xb.std())*(m*gb-gb.sum()-xh*(gb*xh).sum()); ok("bn formula", np.abs(num-dx).max(), 0, 1e-7)
ok("var", xb.var(), 3.5); ok("s", xb.std(), 1.8708, 5e-5); assert np.allclose(xh, [-1.069, -.535, 0, 1.604], atol=5e-4); R["ok"] += 1
ok("dbeta", gb.sum(), .6, 1e-12); ok("dgamma", (gb*xh).sum(), .641, 5e-4); assert np.allclose(dx, [.130, -.283, .160, -.008], atol=5e-4); R["ok"] += 1
ok("sum dx", dx.sum(), 0, 1e-12)
print("EN done", R)

# ================= KO
# ko/logistic_grad
symok("sig'", sp.diff(sig, z) - sp.exp(-z)/(1+sp.exp(-z))**2); symbad("sig' W", sp.diff(sig, z) - sig*(1+sig)); symok("sig'", sp.diff(sig, z) - sig*(1-sig))
symok("1-sig", 1-sig - sp.exp(-z)/(1+sp.exp(-z)))
yy = sp.symbols('y'); Lb = -(yy*sp.log(sig)+(1-yy)*sp.log(1-sig))
symok("dL/dz", sp.diff(Lb, z) - (sig-yy))
yh = sp.symbols('yhat', positive=True)
symok("chain", (-yy/yh+(1-yy)/(1-yh))*yh*(1-yh) - (yh-yy))
# ko/softmax_ce
zz3 = np.array([2, 1, 0.]); pz = sm(zz3)
ok("S", np.exp(zz3).sum(), 11.107, 5e-4); ok("e2", exp(2), 7.389, 5e-4); ok("e1", exp(1), 2.718, 5e-4)
assert np.allclose(pz, [.665, .245, .090], atol=5e-4); R["ok"] += 1
ok("L", -log(pz[1]), 1.408, 5e-4); ok("gsum", .665-.755+.090, 0, 1e-12); ok("g1", .245-1, -.755, 1e-12)
assert np.allclose(zz3-(pz-[0, 1, 0]), [1.335, 1.755, -.090], atol=5e-4); R["ok"] += 1
# ko/conv_output_size
co = lambda I, K, S_, P_: (I+2*P_-K)//S_+1
bad("conv1 W", co(224, 7, 2, 3), 113); ok("conv1", co(224, 7, 2, 3), 112); ok("111.5", (224+6-7)/2, 111.5)
ok("pool", co(112, 3, 2, 1), 56); ok("55", (112+2-3)//2, 55); ok("c3", co(56, 3, 1, 1), 56); ok("c4", co(56, 3, 2, 1), 28); ok("27", (56+2-3)//2, 27)
# ko/cnn_params
ok("c1", (27+1)*64, 1792); ok("28*64", 28*64, 1792); bad("c2 W", 577*128, 73728); ok("c2", 577*128, 73856)
ok("flat", 8*8*128, 8192); ok("fc1", 8192*256+256, 2097408); ok("fc2", 2570, 256*10+10)
ok("tot", 1792+73856+2097408+2570, 2175626); ok("pct", 2097408/2175626*100, 96.4, .05)
# ko/depthwise_separable
ok("std", 9*32*64, 18432); ok("dw", 9*32, 288); ok("pw", 32*64, 2048); ok("sep", 288+2048, 2336)
K_, Ci, Co = sp.symbols('K C_i C_o', positive=True)
ratio = (K_**2*Ci+Ci*Co)/(K_**2*Ci*Co)
symbad("ratio W", ratio - (1/Co+1/K_)); symok("ratio", ratio - (1/Co+1/K_**2))
ok("num ratio", 2336/18432, .127, 5e-4); ok("num ratio2", 2336/18432, 1/64+1/9, 1e-12); ok("8x", 18432/2336, 7.9, .05)
ok("3136", 56**2, 3136); ok("macs std", 18432*3136, 57802752); ok("macs sep", 2336*3136, 7325696)
# ko/backprop_2layer
x0, y0, w1_, b1_, w2_, b2_ = 1.5, .2, .5, .1, 2., 0.
z1 = w1_*x0+b1_; h = max(z1, 0); yh_ = w2_*h+b2_; dd = yh_-y0
ok("z1", z1, .85); ok("h", h, .85); ok("yh", yh_, 1.7); ok("L", .5*dd**2, 1.125); ok("2.25", 1.5**2, 2.25)
ok("dyh", dd, 1.5); ok("dw2", dd*h, 1.275); ok("dh", dd*w2_, 3.0); bad("dw1 W", dd*w2_*x0, 3.0); ok("dw1", dd*w2_*x0, 4.5); ok("upd", 2-.1*1.275, 1.8725)
# ko/tanh_sigmoid_identity
xx = sp.symbols('x', real=True); sigx = lambda a: 1/(1+sp.exp(-a))
symok("identity", (2*sigx(2*xx)-1 - sp.tanh(xx)).rewrite(sp.exp))
symok("step", 2/(1+sp.exp(-2*xx))-1 - (1-sp.exp(-2*xx))/(1+sp.exp(-2*xx)))
symok("tanh'", sp.diff(sp.tanh(xx), xx) - (1-sp.tanh(xx)**2))
sp_ = lambda a: sigx(a)*(1-sigx(a))
symbad("chain W", sp.diff(2*sigx(2*xx)-1, xx) - 2*sp_(2*xx)); symok("chain", sp.diff(2*sigx(2*xx)-1, xx) - 4*sp_(2*xx))
ok("tanh.5", math.tanh(.5), .4621, 5e-5); ok("1-t2", 1-math.tanh(.5)**2, .7864, 5e-5); ok("sig1", 1/(1+exp(-1)), .7311, 5e-5); ok("4ss", 4*.7311*.2689, .7864, 5e-4)
# ko/l1_l2_reg
ok("l1 w1", .3-.1*(.2+.5), .23); bad("l1 w2 W", -.05-.1*(.1-.5), -.09); ok("l1 w2", -.05-.1*(.1-.5), -.01); ok("l1 w3", 0-.1*(-.4), .04)
ok("l2 w1", .3-.1*(.2+.5*.3), .265); ok("l2 w2", -.05-.1*(.1+.5*-.05), -.0575); ok("etalam", .1*.5, .05)
# ko/lr_schedule
cosl = lambda t_: .05*(1+math.cos(math.pi*t_/100))
ok("c0", cosl(0), .1); ok("c25", cosl(25), .0854, 5e-5); ok("1.7071", 1+math.cos(math.pi/4), 1.7071, 5e-5); ok("c50", cosl(50), .05); ok("c75", cosl(75), .0146, 5e-5); ok("c100", cosl(100), 0)
ok("step", .1*.5**(65//30), .025); ok("warm", .1*100/500, .02); ok("exp", .1*.95**10, .0599, 5e-5)
# ko/linear_regression_mse
xa = np.array([1, 2, 3.]); ya = np.array([2, 3, 5.]); e_ = xa*1+0-ya
ok("J", (e_**2).sum()/6, 1); ok("dw", (e_*xa).sum()/3, -3); bad("db W", e_.sum()/3, -1); ok("db", e_.sum()/3, -4/3)
ok("w", 1+.3, 1.3); ok("b", .4/3, .133, 5e-4); assert np.allclose(1.3*xa+.4/3, [1.433, 2.733, 4.033], atol=5e-4); R["ok"] += 1
mm, ww, bq = sp.symbols('m w b'); 
# ko/layernorm
xl = np.array([1, 3, 5, 7.]); ok("mu", xl.mean(), 4); ok("var", xl.var(), 5); assert np.allclose((xl-4)/sqrt(5), [-1.342, -.447, .447, 1.342], atol=5e-4); R["ok"] += 1
ok("msq", 20/(4*5), 1); ok("params", 2*768, 1536)
# ko/flops_count
ok("macs", 56*56*64*9*64, 115605504); ok("1.16e8", 115605504, 1.16e8, 5e5); ok("flops", 2*115605504, 2.31e8, 5e5)
ok("cparams", 9*64*64+64, 36928); ok("36864", 9*64*64, 36864); ok("fc", 4096*1000, 4096000); ok("fcp", 4096000+1000, 4097000)
ok("pct", 36928/4097000*100, .9, .05); ok("28x", 115605504/4096000, 28, .5)
# ko/maxpool_backward
Xm = np.array([[1, 3, 2, 1], [4, 2, 0, 1], [5, 6, 1, 2], [7, 8, 3, 4]]); Gm = np.array([[.1, .2], [.3, .4]])
Y = Xm.reshape(2, 2, 2, 2).max(axis=(1, 3)); assert (Y == [[4, 2], [8, 4]]).all(); R["ok"] += 1
dX = np.zeros((4, 4))
for a_ in range(2):
    for c_ in range(2):
        blk = Xm[2*a_:2*a_+2, 2*c_:2*c_+2]; u_, v_ = np.unravel_index(blk.argmax(), (2, 2)); dX[2*a_+u_, 2*c_+v_] = Gm[a_, c_]
assert np.allclose(dX, [[0, 0, .2, 0], [.1, 0, 0, 0], [0, 0, 0, 0], [0, .3, 0, .4]]); R["ok"] += 1
ok("avg", .1/4, .025); ok("avg4", .4/4, .1); ok("sum", Gm.sum(), 1.0)
# ko/cross_entropy_binary
ok("b1", -log(.8), .2231, 5e-5); ok("b2", -log(.2), 1.6094, 5e-5); ok("avg", (.2231+1.6094)/2, .9163, 5e-5)
ok("d1", -1/.8, -1.25); ok("d2", 1/.2, 5); ok("z1", .8-1, -.2); ok("z2", .8, .8)
print("KO done", R)

# ================= ZH
# zh/softmax_ce_derivation
yv = sp.symbols('y1:4'); Lz = -sum(yv[k]*sp.log(P[k]) for k in range(3))
dz = sp.diff(Lz, zz[0]); p0 = P[0]
symok("line2", dz - (-yv[0]/p0*p0*(1-p0) + sum((-yv[k]/P[k])*(-P[k]*p0) for k in (1, 2))))
symbad("line3 W", dz - (-yv[0]*(1-p0) - p0*(yv[1]+yv[2]))); symok("line3", dz - (-yv[0]*(1-p0) + p0*(yv[1]+yv[2])))
symok("line4", dz - (-yv[0] + p0*sum(yv)))
# zh/conv_size_params
ok("h1", (32+4-5)+1, 32); ok("p1", 16*(75+1), 1216); ok("76", 16*76, 1216); ok("h3", 16-3+1, 14)
bad("p3 W", 32*145, 4460); ok("p3", 32*(9*16+1), 4640); ok("flat", 32*49, 1568); ok("fc", 1568*10+10, 15690); ok("tot", 1216+4640+15690, 21546)
# zh/adam_rmsprop
ok("m1", .1*.4, .04); ok("v1", .001*.16, .00016); ok("mh1", .04/.1, .4); ok("vh1", .00016/.001, .16); ok("st1", .01*.4/sqrt(.16), .01)
ok("m2", .9*.04+.1*-.2, .016); ok("v2", .999*.00016+.001*.04, .00019984, 1e-15); ok("mh2", .016/.19, .0842, 5e-5)
ok("vh2", .00019984/.001999, .1000, 5e-5); ok("1-b2^2", 1-.999**2, .001999); ok("sq", sqrt(.00019984/.001999), .3162, 5e-5); ok("st2", .01*.016/.19/sqrt(.00019984/.001999), .00266, 5e-6)
# zh/batchnorm_params
ok("2C", 2*64, 128); ok("W'", 2*3/.5, 12); bad("b' W", 2*(0-1)/.5+.5, -4.5); ok("b'", 2*(0-1)/.5+.5, -3.5)
ok("orig", 2*(3-1)/.5+.5, 8.5); ok("fold", 12*1-3.5, 8.5)
Wq, bq2, gq, btq, muq, sq = sp.symbols('W b gamma beta mu s', positive=True)
symok("fold sym", gq*(Wq*xx+bq2-muq)/sq+btq - ((gq/sq)*Wq*xx + gq*(bq2-muq)/sq + btq))
# zh/matrix_backprop
Xz = np.array([[1, 2], [3, 4.]]); Wz = np.array([[1, 2], [0, 1.]]); dY = np.eye(2)
assert np.allclose(Xz.T@dY, [[1, 3], [2, 4]]) and np.allclose(dY@Wz.T, [[1, 0], [2, 1]]) and np.allclose(dY.sum(0), [1, 1]); R["ok"] += 1
Xr = np.random.default_rng(3).standard_normal((5, 3)); Wr = np.random.default_rng(4).standard_normal((3, 2)); Gr = np.random.default_rng(5).standard_normal((5, 2))
f_ = lambda Xv: ((Xv@Wr)*Gr).sum(); numX = np.array([[(f_(Xr+1e-6*np.eye(15)[3*i_+j_].reshape(5, 3))-f_(Xr-1e-6*np.eye(15)[3*i_+j_].reshape(5, 3)))/2e-6 for j_ in range(3)] for i_ in range(5)])
ok("dX", np.abs(numX-Gr@Wr.T).max(), 0, 1e-6); assert (Wr.T.shape[1] != Gr.shape[0]); R["bad"] += 1  # W^T dY does not conform
# zh/l2_ridge
A = np.array([[1, 0], [0, 4.]]); bv = np.array([2, 4.])
assert np.allclose(np.linalg.solve(A+np.eye(2), bv), [1, .8]) and np.allclose(np.linalg.solve(A, bv), [2, 1]); R["ok"] += 1
sg, tu = sp.symbols('sigma tau', positive=True); symok("lam", sp.expand(2*sg**2*(1/(2*tu**2))) - sg**2/tu**2)
# zh/he_init
bad("E relu W", np.mean(np.maximum(u, 0)**2), .25, .01); ok("fanin", 9*64, 576); ok("std in", sqrt(2/576), .0589, 5e-5)
ok("fanout", 9*128, 1152); ok("std out", sqrt(2/1152), 1/24); ok("0.0417", 1/24, .0417, 5e-5)
# zh/attention_shapes
bad("dk W", 512/8, 32); ok("dk", 512/8, 64); ok("params", 4*(512*512+512), 1050624); ok("262656", 512*512+512, 262656)
ok("scores", 8*1024*1024, 8388608); ok("MiB", 8388608*4/2**20, 32); ok("scale", 1/sqrt(64), 1/8)
# zh/entropy_kl
kl = .5*math.log2(.5/.75)+.5*math.log2(.5/.25); ok("kl", kl, .2075, 5e-5); ok("log2 2/3", math.log2(2/3), -.585, 5e-4)
ok("kl line", .5*-.585+.5, .2075, 5e-4); klq = .75*math.log2(1.5)+.25*math.log2(.5); ok("klq", klq, .1887, 5e-5); ok("4387", .75*math.log2(1.5), .4387, 5e-5)
Hpq = -.5*math.log2(.75)-.5*math.log2(.25); ok("Hpq", Hpq, 1.2075, 5e-5); ok("Hpq2", Hpq, 1+kl, 1e-12); ok("first", -.5*math.log2(.75), .2075, 5e-5)
print("ALL done", R)
