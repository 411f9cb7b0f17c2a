from common import *
# mha_param_count
d, h, ff = 512, 8, 2048
approx("dk", d / h, 64, 0); approx("qkv head", 3*512*64, 98304, 0); approx("all heads", 8*98304, 786432, 0); approx("3d^2", 3*512**2, 786432, 0)
approx("WO", 512*512, 262144, 0); approx("bias", 4*512, 2048, 0)
approx("MHA", 4*d*d + 4*d, 1050624, 0); approx("4d2", 4*d*d, 1048576, 0)
approx("FFN", 2*d*ff + ff + d, 2099712, 0); approx("2dff", 2*d*ff, 2097152, 0); approx("ff+d", ff+d, 2560, 0)
approx("LN", 2*2*512, 2048, 0); approx("layer", 1050624+2099712+2048, 3152384, 0)
wrong("encoder", 6*3152384, 18941304, 0); approx("frac", 2099712/3152384, 0.666, 0.0005)
# sdpa_variance
approx("sqrt64", 64**.5, 8, 0); approx("sqrt128", 128**.5, 11.3, 0.05); approx("var4", 4*64, 256, 0)
wrong("e8", math.exp(8), 298, 5); approx("e1", math.e, 2.72, 0.005)
q, k = sp.symbols('q k'); # E[qk]^2 term = 0 ; variance identity symbolic trivial
# sdpa_grad: symbolic softmax grad
s1, s2, v1, v2, g = sp.symbols('s1 s2 v1 v2 g')
a1 = sp.exp(s1)/(sp.exp(s1)+sp.exp(s2)); a2 = 1 - a1; o = a1*v1 + a2*v2
symeq("dL/ds1", sp.diff(g*o, s1), g*a1*(v1 - o)); symeq("sum zero", sp.diff(g*o, s1)+sp.diff(g*o, s2), 0)
symeq("jac", sp.diff(a1, s2), -a1*a2)
A = np.exp([0, math.log(3)]); A /= A.sum(); approx("a1", A[0], .25, 1e-12)
o_ = A @ np.array([2, 6.]); approx("o", o_, 5, 1e-12)
ds = A * (np.array([2, 6.]) - o_); approx("ds1", ds[0], -.75, 1e-12); approx("ds2", ds[1], .75, 1e-12)
dq = 0.5 * (ds[0]*np.array([1,0,0,0.]) + ds[1]*np.array([0,2,0,0.]))
approx("dq0", dq[0], -.375, 1e-12); wrong("dq1", dq[1], .375, 1e-9)
# numeric grad check of dq via finite differences
def Lq(qv):
    K = np.array([[1,0,0,0],[0,2,0,0.]]); s = K @ qv / 2; a = np.exp(s)/np.exp(s).sum(); return a @ np.array([2,6.])
q0 = np.linalg.lstsq(np.array([[1,0,0,0],[0,2,0,0.]])/2, np.array([0, math.log(3)]), rcond=None)[0]
fd = np.array([(Lq(q0+1e-6*e)-Lq(q0-1e-6*e))/2e-6 for e in np.eye(4)]); approx("fd dq1", fd[1], 0.75, 1e-6); approx("fd dq0", fd[0], -0.375, 1e-6)
# sinusoidal
approx("w1", 1/10000**(2/4), 1/100, 1e-15)
for val, cl in [(math.sin(1), .8415), (math.cos(1), .5403), (math.sin(.01), .0100), (math.cos(.01), 1.0000), (math.sin(2), .9093), (math.cos(2), -.4161), (math.sin(.02), .0200), (math.cos(.02), .9998)]:
    approx("pe", val, cl, 5e-5)
p_, k_, w_ = sp.symbols('p k w'); symeq("sin add", sp.expand_trig(sp.sin(w_*(p_+k_))), sp.sin(w_*p_)*sp.cos(w_*k_)+sp.cos(w_*p_)*sp.sin(w_*k_))
symeq("cos add", sp.expand_trig(sp.cos(w_*(p_+k_))), sp.cos(w_*p_)*sp.cos(w_*k_)-sp.sin(w_*p_)*sp.sin(w_*k_))
approx("2sc", 2*.8415*.5403, .9093, 5e-4)
symeq("dot", sp.simplify(sp.sin(w_*p_)*sp.sin(w_*(p_+k_))+sp.cos(w_*p_)*sp.cos(w_*(p_+k_))), sp.cos(w_*k_))
approx("dot k1", math.cos(1)+math.cos(.01), 1.5403, 5e-5); approx("cos.01", math.cos(.01), .99995, 5e-6)
# residual
approx("2^10", 2**10, 1024, 0); approx("C105", math.comb(10,5), 252, 0); approx(".5^10", .5**10, 9.8e-4, 5e-6)
approx("1.05^10", 1.05**10, 1.63, 0.005); approx("1.5^10", 1.5**10, 57.7, 0.05)
x_ = sp.symbols('x'); F = sp.Function('F'); symeq("res d", sp.diff(x_+F(x_), x_), 1+sp.diff(F(x_), x_))
# vanishing
approx("s'(0)", sig(0)*(1-sig(0)), .25, 0); approx("tanh'(0.5)", 1-math.tanh(.5)**2, .786, 5e-4); approx("tanh.5", math.tanh(.5), .4621, 5e-5)
wrong(".25^10", .25**10, 9.5e-6, 1e-6); approx("4*.25", 4*.25, 1, 0); approx("1.5^20", 1.5**20, 3325, 0.5); approx(".5^20", .5**20, 9.5e-7, 5e-9)
zz = sp.symbols('z'); symeq("tanh'", sp.diff(sp.tanh(zz), zz), 1-sp.tanh(zz)**2)
S = 1/(1+sp.exp(-zz)); symeq("sig'", sp.diff(S, zz), S*(1-S))
# groupnorm
approx("bn el", 2*4*4, 32, 0); approx("ln el", 6*4*4, 96, 0); approx("in n", 2*6, 12, 0); approx("gn n", 2*3, 6, 0); approx("2C", 12, 12, 0)
xx = np.array([1,3,2,6.]); approx("g1 var", xx[:2].var(), 1, 0); approx("g2 var", xx[2:].var(), 4, 0); approx("g2 mu", xx[2:].mean(), 4, 0)
wrong("xhat3", (2-4)/math.sqrt(4), -0.5, 1e-9)
# bn fold
gam, bet, mu, var, w, b = 2, .5, 1, .25, 3, 1
s_ = gam/math.sqrt(var); approx("s", s_, 4, 0); approx("w'", s_*w, 12, 0); approx("b'", s_*(b-mu)+bet, .5, 0)
approx("unfused", gam*((w*2+b)-mu)/math.sqrt(var)+bet, 24.5, 1e-12); approx("fused", 12*2+.5, 24.5, 0)
xs, g_, be, m_, v_, e_ = sp.symbols('x gamma beta mu sigma2 eps', positive=True); ws, bs = sp.symbols('w b')
lhs = g_*((ws*xs+bs)-m_)/sp.sqrt(v_+e_)+be; rhs = (g_*ws/sp.sqrt(v_+e_))*xs + g_*(bs-m_)/sp.sqrt(v_+e_)+be; symeq("fold", lhs, rhs)
approx("mu run", .9*1+.1*2, 1.1, 1e-12); approx("unb", 4/3*.75, 1.0, 1e-12); approx("var run", .9*.25+.1*1, .325, 1e-12)
# focal
p, al, ga = sp.symbols('p alpha gamma', positive=True)
FL = -al*(1-p)**ga*sp.log(p)
symeq("dFL/dp", sp.diff(FL, p), al*(ga*(1-p)**(ga-1)*sp.log(p) - (1-p)**ga/p))
zt = sp.symbols('z'); pz = 1/(1+sp.exp(-zt))
dz = sp.diff(FL.subs(p, pz), zt)
for pv in [0.3, 0.8]:
    zv = math.log(pv/(1-pv))
    e1 = float(dz.subs({zt: zv, al: .25, ga: 2})); e2 = .25*(1-pv)**2*(2*pv*math.log(pv)+pv-1)
    e3 = .25*(2*pv*(1-pv)**2*math.log(pv) - (1-pv)**3)
    approx("dFL/dz", e1, e2, 1e-12); approx("dFL/dz mid", e1, e3, 1e-12)
approx("g0", float(sp.simplify(dz.subs({ga: 0, al: 1, zt: 0.7}))), sig(.7)-1, 1e-12)
approx(".04", .2**2, .04, 1e-15); approx("log.8", math.log(.8), -.2231, 5e-5); approx("inner", 2*.8*math.log(.8)-.2, -.5570, 5e-5)
approx("easy", .25*.04*(2*.8*math.log(.8)-.2), -.00557, 5e-6); approx("easy r", .25*.04*-.5570, -.00557, 5e-6)
approx("log.1", math.log(.1), -2.3026, 5e-5); approx("gplog", 2*.1*math.log(.1), -.4605, 5e-5); approx("in2", -.4605-.9, -1.3605, 1e-9)
approx("hard", .25*.81*(2*.1*math.log(.1)-.9), -.2755, 5e-5); wrong("ratio", .00557/.2, .28, .01)
# kd
z1, z2, v1_, v2_, T = sp.symbols('z1 z2 v1 v2 T', positive=True)
qq = sp.exp(z1/T)/(sp.exp(z1/T)+sp.exp(z2/T)); pp = sp.exp(v1_/T)/(sp.exp(v1_/T)+sp.exp(v2_/T))
C = -(pp*sp.log(qq) + (1-pp)*sp.log(1-qq)); symeq("dC/dz1", sp.simplify(sp.diff(C, z1) - (qq-pp)/T), 0)
approx("q1", sig(.2), .5498, 5e-5); approx("p1", sig(.4), .5987, 5e-5); ex = .1*(sig(.2)-sig(.4)); approx("exact", ex, -.00489, 5e-6)
approx("exact r", .1*(.5498-.5987), -.00489, 5e-6); wrong("approx", (1-2)/(2*10**2), -.05, 1e-3); approx("approx true", (1-2)/(2*100), -.005, 1e-12)
approx("x100", 100*ex, -.489, 5e-4)
# adamw
approx("g'", .5+.1*2, .7, 1e-12); approx("m1", .1*.7, .07, 1e-12); approx("mhat", .07/(1-.9), .7, 1e-12); approx("v1", .001*.49, .00049, 1e-12)
approx("vhat", .00049/(1-.999), .49, 1e-9); approx("th1", 2-.01, 1.99, 1e-12); wrong("adamw", 2-.01*(1+.1*2), 1.998, 1e-6)
approx("extreme", 2-.01*.1*2, 1.998, 1e-12); approx("sgd", (1-.001)*2-.01*.5, 1.993, 1e-12)
th, lam, eta, gg = sp.symbols('theta lambda eta g'); symeq("sgd wd", th-eta*(gg+lam*th), (1-eta*lam)*th-eta*gg)
# warmup cosine
def lr(t, mx=3e-4, mn=3e-5, W=1000, Tt=11000):
    return mx*t/W if t <= W else mn + .5*(mx-mn)*(1+math.cos(math.pi*(t-W)/(Tt-W)))
approx("500", lr(500), 1.5e-4, 1e-12); approx("1000", lr(1000), 3e-4, 1e-12); approx("3500", lr(3500), 2.60e-4, 5e-7)
approx("3500b", 3e-5+1.35e-4*1.7071, 2.60e-4, 5e-7); approx("6000", lr(6000), 1.65e-4, 1e-12); approx("8500", lr(8500), 6.95e-5, 5e-8)
approx("8500b", 3e-5+1.35e-4*.2929, 6.95e-5, 5e-8); approx("11000", lr(11000), 3e-5, 1e-15); approx("cos34", math.cos(3*math.pi/4), -.7071, 5e-5)
approx("mean", np.mean([lr(t) for t in np.linspace(1000, 11000, 200001)]), 1.65e-4, 1e-8)
# newton logistic
X = np.array([1,2,-1,1.]); Y = np.array([1,1,0,0.])
gr = ((0.5-Y)*X).sum(); approx("grad0", gr, -1.5, 1e-12); Hh = (.25*X*X).sum(); approx("H0", Hh, 1.75, 1e-12)
t1 = 0 - gr/Hh; approx("th1", t1, 6/7, 1e-12); approx("th1 d", 6/7, .857, 5e-4)
hh = 1/(1+np.exp(-t1*X)); t2 = t1 - ((hh-Y)*X).sum()/((hh*(1-hh)*X*X).sum()); approx("th2", t2, 1.031, 5e-4); approx("gd", 0-.1*-1.5, .15, 1e-12)
th_s = sp.symbols('theta'); xs_ = sp.symbols('x'); ys_ = sp.symbols('y'); hs = 1/(1+sp.exp(-th_s*xs_))
Jv = -(ys_*sp.log(hs)+(1-ys_)*sp.log(1-hs)); symeq("grad", sp.diff(Jv, th_s), (hs-ys_)*xs_); symeq("hess", sp.diff(Jv, th_s, 2), hs*(1-hs)*xs_**2)
# gd quadratic
approx("2/L", 2/10, .2, 0); approx("r.1", max(abs(1-.1), abs(1-1)), .9, 1e-12); approx("r.19", max(abs(1-.19), abs(1-1.9)), .9, 1e-12)
approx(".81", 1-.19, .81, 1e-12); approx("2.1", abs(1-2.1), 1.1, 1e-12); approx("eta*", 2/11, .182, 5e-4); approx("rho*", 9/11, .818, 5e-4)
approx("its", math.log(1e-3)/math.log(.9), 65.6, .05); ok("66", math.ceil(math.log(1e-3)/math.log(.9)) == 66)
approx("f0", .5*(1+10), 5.5, 0); wrong("f1", .5*(1*.9**2+10*0), .45, 1e-9); approx("f1true", .5*.81, .405, 1e-12)
# perceptron
w = np.zeros(3); data = [((1,2,1),1), ((1,1,3),-1), ((1,-1,-1),-1)]; dots = []
for xv, yv in data:
    xv = np.array(xv, float); dots.append(w@xv)
    if yv*(w@xv) <= 0: w = w + yv*xv
ok("dots", dots == [0, 6, 1]); ok("w", list(w) == [-1, 2, -1])
ok("margins", [yv*(w@np.array(xv, float)) for xv, yv in data] == [2, 2, 2])
x4 = np.array([1,.5,0]); ok("m4", w@x4 == 0); sg = -x4 + .1*w; ok("sg", np.allclose(sg, [-1.1,-.3,-.1])); ok("wnew", np.allclose(w-.5*sg, [-.45, 2.15, -.95]))
ok("lw", np.allclose(.1*w, [-.1,.2,-.1]))
# dropout
pk = .8; approx("E y2", 4/pk, 5, 1e-12); approx("var", 5-4, 4*.2/.8, 1e-12)
m_s, x_s, p_s = sp.symbols('m x p', positive=True)
Ey = p_s*(1*x_s/p_s); symeq("mean", Ey, x_s); Ey2 = p_s*(x_s/p_s)**2; symeq("var", Ey2 - x_s**2, x_s**2*(1-p_s)/p_s)
wv = np.array([1,-1,.5]); xv = np.array([2,1,4.]); approx("Ez", wv@xv, 3, 0); approx("sum", (wv**2*xv**2).sum(), 9, 0); approx("varz", .25*9, 2.25, 0); approx("std", 2.25**.5, 1.5, 0)
symneq("test", x_s/p_s, p_s*x_s)
# maxpool
Xm = np.array([[1,3,2,0],[4,2,1,5],[0,1,3,2],[2,6,1,1]], float); G = np.array([[.1,-.2],[.3,.4]])
ymax = Xm.reshape(2,2,2,2).max(axis=(1,3)); ok("ymax", (ymax == [[4,5],[6,3]]).all()); yavg = Xm.reshape(2,2,2,2).mean(axis=(1,3)); ok("yavg", np.allclose(yavg, [[2.5,2],[2.25,1.75]]))
ok("sums", [Xm[:2,:2].sum(), Xm[:2,2:].sum(), Xm[2:,:2].sum(), Xm[2:,2:].sum()] == [10, 8, 9, 7])
dmax = np.zeros((4,4)); dmax[1,0] = .1; dmax[1,3] = -.2; dmax[2,2] = .4; dmax[3,1] = .3
ref = np.zeros((4,4))
for i in range(2):
    for j in range(2):
        wdw = Xm[2*i:2*i+2, 2*j:2*j+2]; r, c = np.unravel_index(wdw.argmax(), (2,2)); ref[2*i+r, 2*j+c] = G[i,j]
ok("dmax", np.allclose(dmax, ref)); approx("(4-2)/2+1", (4-2)/2+1, 2, 0)
approx("a1", .1/4, .025, 1e-15); approx("a2", -.2/4, -.05, 1e-15); approx("a3", .3/4, .075, 1e-15); wrong("a4", .4/4, .01, 1e-6); approx("tot", .1-.2+.3+.4, .6, 1e-12)
# im2col
approx("hout", (56+2-3)/1+1, 56, 0); approx("rows", 64*9, 576, 0); approx("cols", 8*56*56, 25088, 0); approx("ent", 576*25088, 14450688, 0)
approx("MB", 14450688*4/1e6, 57.8, .05); approx("in", 8*64*56*56*4, 6422528, 0); approx("inMB", 6422528/1e6, 6.4, .05)
approx("mac", 128*576*25088, 1.85e9, 5e6); wrong("flops", 2*128*576*25088, 1.85e9, 1e8); approx("out", 8*128*56*56, 3211264, 0); approx("outMB", 3211264*4/1e6, 12.8, .05)
approx("dense", 2*32*1024**2, 6.7e7, 5e5); approx("dup", 14450688*4/6422528, 9, 1e-9)
# quantization
s = 4/255; approx("s", s, .015686, 5e-7); approx("rmin/s", -1/s, -63.75, 1e-9); wrong("z", round(63.75), 63, 0.1)
approx("r/s", 1.5*255/4, 95.625, 1e-12); ok("q", round(95.625)+64 == 160); rh = s*96; approx("rhat", rh, 1.5059, 5e-5); approx("err", rh-1.5, .0059, 5e-5); approx("s/2", s/2, .0078, 5e-5)
ok("ends", round(-63.75)+64 == 0 and round(191.25)+64 == 255); ok("191.25", abs(3/s-191.25) < 1e-9)
s2 = 3/127; approx("s2", s2, .023622, 5e-7); approx("63.5", 1.5/s2, 63.5, 1e-9); ok("round63.5", round(63.5) == 64 and math.floor(63.5+.5) == 64)
approx("rh2", 64*s2, 1.5118, 5e-5); approx("ratio", s2/s, 1.5, .01)
# poisson
t = np.array([0,1,2.]); yy = np.array([1,2,6.]); eta_ = .5*t; lam_ = np.exp(eta_)
ok("lam", np.allclose(lam_, [1, 1.6487, 2.7183], atol=5e-5)); r = yy-lam_; ok("r", np.allclose(r, [0, .3513, 3.2817], atol=5e-5))
approx("g0", r.sum(), 3.6330, 5e-5); approx("g1", (r*t).sum(), 6.9147, 5e-5); approx("2r", 2*3.2817, 6.5634, 1e-9)
ll = (yy*eta_).sum() - lam_.sum() - sum(math.lgamma(v+1) for v in yy); approx("ll", ll, -5.6394, 5e-5); approx("sye", (yy*eta_).sum(), 7, 1e-12)
approx("slam", lam_.sum(), 5.3670, 5e-5); approx("l2", math.log(2), .6931, 5e-5); approx("l720", math.log(720), 6.5793, 5e-5)
th0, xi = sp.symbols('theta x'); symneq("dexp", sp.diff(sp.exp(th0*xi), th0), sp.exp(th0*xi)); approx("ybar", 9/3, 3, 0); approx("ln3", math.log(3), 1.0986, 5e-5)
done("EN")
approx("hard frac", .2755/.9, .31, .005); approx("hard frac2", .25*.81*(2*.1*math.log(.1)-.9)/(.1-1), .306, .005)
th_, la_ = sp.symbols('theta lambda'); symeq("pen grad", sp.diff(la_/2*th_**2, th_), la_*th_)
ok("eig", sorted(np.linalg.eigvalsh(np.diag([1., 10.]))) == [1., 10.]); ok("w1", np.allclose(np.array([1,1.]) - .1*np.diag([1,10.])@np.array([1,1.]), [.9, 0]))
ok("wshape", (128, 64*9) == (128, 576)); approx("e^x", math.exp(.01), 1+.01, 1e-4)
done("EN-extra")
