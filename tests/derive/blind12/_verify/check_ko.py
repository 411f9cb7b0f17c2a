from common import *
# precision_recall_f1
TP, FP, FN, TN = 45, 15, 5, 35
approx("acc", (TP+TN)/100, .8, 0); P = TP/(TP+FP); R = TP/(TP+FN); approx("P", P, .75, 0); approx("R", R, .9, 0)
F1 = 2*P*R/(P+R); wrong("F1 mean", F1, .825, 1e-3); approx("F1", F1, .818, 5e-4); approx("1.35", 2*.75*.9, 1.35, 1e-12); approx("1.65", .75+.9, 1.65, 1e-12)
approx("F1b", 2*TP/(2*TP+FP+FN), .818, 5e-4); approx("90/110", 90/110, F1, 1e-12)
F2 = 5*P*R/(4*P+R); approx("F2", F2, .865, 5e-4); approx("3.375", 5*.75*.9, 3.375, 1e-12); approx("3.9", 4*.75+.9, 3.9, 1e-12); approx("spec", TN/(TN+FP), .7, 0)
# dice_iou
approx("U", 40+50-30, 60, 0); approx("IoU", 30/60, .5, 0); approx("Dice", 60/90, .667, 5e-4)
I_, U_ = sp.symbols('I U', positive=True); iou = I_/U_; symeq("dice-iou", 2*I_/(U_+I_), 2*iou/(1+iou)); dd = sp.symbols('D'); symeq("inv", (dd/(2-dd)).subs(dd, 2*iou/(1+iou)), iou)
approx("c1", 2*.5/1.5, .667, 5e-4); approx("c2", .667/1.333, .5, 5e-4); ok("tpfp", (30, 40-30, 50-30) == (30, 10, 20))
p = np.array([.9,.8,.1,.3]); g = np.array([1,1,0,1.]); I = (p*g).sum(); S = p.sum()+g.sum()
approx("I", I, 2.0, 1e-12); approx("sp", p.sum(), 2.1, 1e-12); approx("D", 2*I/S, .784, 5e-4); approx("L", 1-2*I/S, .216, 5e-4); approx("4/5.1", 4/5.1, .784, 5e-4)
ps = sp.symbols('p1:5'); gs = [1,1,0,1]; Ds = 2*sum(a*b for a, b in zip(ps, gs))/(sum(ps)+sum(gs))
sub = dict(zip(ps, p)); grads = [float(sp.diff(Ds, v).subs(sub)) for v in ps]
approx("dD1", grads[0], 2*(5.1-2)/5.1**2, 1e-12); approx("dD1 n", grads[0], .238, 5e-4); approx("6.2/26.01", 6.2/26.01, .238, 5e-4); approx("26.01", 5.1**2, 26.01, 1e-12)
wrong("dD3", grads[2], -.784, .01)
# label smoothing
approx("qt", .9+.025, .925, 1e-12); approx("qo", .1/4, .025, 1e-15); approx("sum", .925+3*.025, 1, 1e-12)
zs = sp.symbols('z0:4'); qv = [.925, .025, .025, .025]; den = sum(sp.exp(z) for z in zs)
Lls = -sum(q*sp.log(sp.exp(z)/den) for q, z in zip(qv, zs)); zval = {zs[0]: 2, zs[1]: 1, zs[2]: 0, zs[3]: 0}
pv = np.exp([2,1,0,0.]); pv /= pv.sum(); gr = [float(sp.diff(Lls, z).subs(zval)) for z in zs]
ok("p-q", np.allclose(gr, pv-np.array(qv))); ok("not q-p", not np.allclose(gr, np.array(qv)-pv))
ok("e^z", np.allclose(np.exp([2,1,0,0.]), [7.389, 2.718, 1, 1], atol=5e-4)); approx("sum e", np.exp([2,1,0,0.]).sum(), 12.107, 5e-4)
ok("p", np.allclose(pv, [.6103,.2245,.0826,.0826], atol=5e-5)); ok("pq", np.allclose(pv-np.array(qv), [-.3147,.1995,.0576,.0576], atol=5e-5)); approx("sum0", (pv-np.array(qv)).sum(), 0, 1e-12)
approx("log37", math.log(.925/.025), math.log(37), 1e-12); approx("3.61", math.log(37), 3.61, 5e-3)
# bn train vs eval
x = np.array([1,2,3,6.]); approx("mu", x.mean(), 3, 0); approx("var", x.var(), 3.5, 0); approx("14/4", 14/4, 3.5, 0)
approx("sqrt3.5", 3.5**.5, 1.8708, 5e-5); xh = 3/3.5**.5; approx("xhat", xh, 1.6036, 5e-5); approx("y", 2*xh+1, 4.207, 5e-4)
approx("unb", 14/3, 4.6667, 5e-5); approx("mu1", .1*3, .3, 1e-12); rv = .9+.1*14/3; approx("rv", rv, 1.3667, 5e-5)
approx("sq", rv**.5, 1.1690, 5e-5); xe = 5.7/rv**.5; approx("xe", xe, 4.876, 5e-4); approx("ye", 2*xe+1, 10.75, 5e-3); approx("ye2", 2*4.876+1, 10.75, 5e-3)
# transformer params
d, ff, V = 256, 1024, 8000
approx("tok", V*d, 2048000, 0); approx("pos", 128*256, 32768, 0); approx("mha", 4*(d*d+d), 263168, 0); approx("65792", d*d+d, 65792, 0)
ffn = d*ff+ff+ff*d+d; wrong("ffn", ffn, 525312, 0); approx("ffn2", ffn, 525568, 0); approx("ln", 2*2*256, 1024, 0)
layer = 263168+525568+1024; approx("layer", layer, 789760, 0); approx("torch layer", (3*d*d+3*d)+(d*d+d)+(d*ff+ff)+(ff*d+d)+4*d, 789760, 0)
approx("4 layers", 4*layer, 3159040, 0); approx("total", 3159040+2048000+32768, 5239808, 0); approx("39%", 2048000/5239808, .39, .005)
# conv backward sizes
approx("hout", (32-5)/1+1, 28, 0); approx("params", 16*3*5*5, 1200, 0); approx("dW", 32-28+1, 5, 0); approx("dX", 28+5-1, 32, 0); approx("db", 4*28*28, 3136, 0)
# numeric check of dW / dX shapes via correlation sizes
approx("s2", (32+2-4)//2+1, 16, 0); wrong("tconv", (16-1)*2-2*1+4, 34, 0); approx("tconv true", (16-1)*2-2+4, 32, 0)
# ema
b = .9; v = 0; vs = []
for t in range(1, 4):
    v = b*v + .1*10; vs.append(v)
ok("v", np.allclose(vs, [1, 1.9, 2.71])); approx("v3", 10*(1-.9**3), 2.71, 1e-12); approx(".729", .9**3, .729, 1e-12); approx("vhat", 2.71/.271, 10, 1e-9)
bb, tt, ii = sp.symbols('beta t i', positive=True); symeq("geom", (1-bb)*sp.summation(bb**(tt-ii), (ii, 1, tt)), 1-bb**tt)
approx("1/(1-b)", 1/(1-.9), 10, 1e-9); approx(".9^10", .9**10, .349, 5e-4); approx("b2", 1-.999, .001, 1e-12); approx("b2 100", 1-.999**100, .095, 5e-4)
# mse backprop
w1, b1, w2, b2 = 2, -1, 1.5, .5; X = np.array([1,2.]); Y = np.array([3,4.]); m = 2
z = w1*X+b1; h = np.maximum(z, 0); yh = w2*h+b2; ok("fw", np.allclose(z, [1,3]) and np.allclose(yh, [2,5])); e = yh-Y; ok("e", np.allclose(e, [-1,1]))
Lf = lambda w1, b1, w2, b2: ((w2*np.maximum(w1*X+b1, 0)+b2-Y)**2).sum()/(2*m); approx("L", Lf(w1,b1,w2,b2), .5, 1e-12)
fd = lambda f, i, hh=1e-6: (f(*[a+(hh if j == i else 0) for j, a in enumerate((w1,b1,w2,b2))]) - f(*[a-(hh if j == i else 0) for j, a in enumerate((w1,b1,w2,b2))]))/(2*hh)
gw1, gb1, gw2, gb2 = [fd(Lf, i) for i in range(4)]
wrong("dw2", gw2, 2, 1e-6); approx("dw2 true", gw2, 1.0, 1e-6); approx("e h", (-1)*1+1*3, 2, 0); approx("db2", gb2, 0, 1e-6); approx("dw1", gw1, .75, 1e-6); approx("db1", gb1, 0, 1e-6)
ok("dh", np.allclose(w2*e/m, [-.75,.75])); approx("w2n", 1.5-.1*1.0, 1.4, 1e-12); approx("w1n", 2-.1*.75, 1.925, 1e-12)
# entropy mi
Pj = np.array([[.4,.1],[.1,.4]]); H = lambda q: -(q[q > 0]*np.log2(q[q > 0])).sum()
HXY = H(Pj); approx("HXY", HXY, 1.7219, 5e-5); approx("l2.4", -math.log2(.4), 1.3219, 5e-5); approx("l2.1", -math.log2(.1), 3.3219, 5e-5)
approx("HXYb", .8*1.3219+.2*3.3219, 1.7219, 5e-5); approx("HY|X", HXY-1, .7219, 5e-5); approx("Hb", -.2*math.log2(.2)-.8*math.log2(.8), .7219, 5e-5)
Ival = 1-(HXY-1); approx("I", Ival, .2781, 5e-5); approx("Ikl", .8*math.log2(1.6)+.2*math.log2(.4), .2781, 5e-5)
approx("a", .8*math.log2(1.6), .5425, 5e-5); approx("b", .2*math.log2(.4), -.2644, 5e-5); wrong("nats", Ival*math.log2(math.e), Ival*math.log(2), .01); approx("lg2e", .2781*math.log2(math.e), .401, 5e-4)
# bias variance
th_, tb, e_ = sp.symbols('theta thetabar E')
hat = sp.symbols('hat')  # expansion identity: (h-t)^2 = (h-tb)^2 + 2(tb-t)(h-tb) + (tb-t)^2
symeq("expand", (hat-th_)**2, (hat-tb)**2+2*(tb-th_)*(hat-tb)+(tb-th_)**2)
c, s2, n = sp.symbols('c sigma2 n', positive=True); mse = (c-1)**2*th_**2 + c**2*s2/n
symeq("dmse", sp.diff(mse, c), 2*(c-1)*th_**2+2*c*s2/n); symeq("cstar", sp.solve(sp.diff(mse, c), c)[0], th_**2/(th_**2+s2/n))
f = lambda cc: (cc-1)**2*4+cc**2*1; approx("c1", f(1), 1, 0); approx("c.8", f(.8), .8, 1e-12); approx("b2", .04*4, .16, 1e-12); approx("var", .64, .8**2, 1e-12); approx("c*", 4/5, .8, 0)
approx("20%", 1-.8/1, .2, 1e-12)
# beam
approx("l.5", math.log(.5), -.6931, 5e-5); approx("l.3", math.log(.3), -1.2040, 5e-5); approx("l.2", math.log(.2), -1.6094, 5e-5)
approx("l.6", math.log(.6), -.5108, 5e-5); wrong("AB", -.6931-.5108, -1.1039, 1e-3); approx("AB true", math.log(.5*.6), -1.2040, 5e-5)
approx("Aeos", -.6931-1.2040, -1.8971, 1e-9); approx("Aeos t", math.log(.15), -1.8971, 5e-5); approx("BA", -1.2040-.3567, -1.5607, 1e-9); approx("l.7", math.log(.7), -.3567, 5e-5)
approx("Beos", -1.2040-1.6094, -2.8134, 1e-9); approx("AA", -.6931-2.3026, -2.9957, 1e-9); approx("l.1", math.log(.1), -2.3026, 5e-5)
approx("ABeos", -1.2040-.6931, -1.8971, 1e-9); approx("ln.15", math.log(.5*.6*.5), -1.8971, 5e-5)
approx("n2", -1.8971/2, -.949, 5e-4); approx("n3", -1.8971/3, -.632, 5e-4); approx("2^.7", 2**.7, 1.625, 5e-4); approx("3^.7", 3**.7, 2.158, 5e-4)
approx("a2", -1.8971/2**.7, -1.168, 5e-4); approx("a3", -1.8971/3**.7, -.879, 5e-4)
# taylor
et, gHg, gg = sp.symbols('eta gHg gg', positive=True); model = -et*gg + et**2*gHg/2
symneq("no half", -et*gg+et**2*gHg, model); symeq("eta*", sp.solve(sp.diff(model, et), et)[0], gg/gHg); symeq("dec", -model.subs(et, gg/gHg), gg**2/(2*gHg))
gv = np.array([2,4.]); Hm = np.diag([2,4.]); approx("L", 1+2, 3, 0); approx("gg", gv@gv, 20, 0); approx("gHg", gv@Hm@gv, 72, 0); approx("8+64", 2*4+4*16, 72, 0)
es = 20/72; approx("es", es, .278, 5e-4); approx("dec", 400/144, 2.778, 5e-4); wp = np.array([1,1])-es*gv; ok("wp", np.allclose(wp, [.444, -.111], atol=5e-4))
Lw = wp[0]**2+2*wp[1]**2; approx("Lw", Lw, .222, 5e-4); approx("t1", wp[0]**2, .1975, 5e-5); approx("t2", 2*wp[1]**2, .0247, 5e-5); approx("3-2.778", 3-2.778, .222, 1e-9)
approx("exp", 1+.1+.005, 1.105, 1e-12); approx("e.1", math.exp(.1), 1.10517, 5e-6)
# lenet
approx("c1", (32-5)/1+1, 28, 0); approx("p1", 6*(25+1), 156, 0); approx("s2", 28/2, 14, 0); approx("sub", 2*6, 12, 0); approx("c3", 14-5+1, 10, 0)
approx("p3", 16*(5*5*6+1), 2416, 0); approx("151", 5*5*6+1, 151, 0); approx("p5", 120*(400+1), 48120, 0); approx("400", 5*5*16, 400, 0)
approx("f6", 84*121, 10164, 0); approx("out", 10*85, 850, 0); approx("tot", 156+2416+48120+10164+850, 61706, 0); approx("78%", 48120/61706, .78, .005)
# softmax ce
Xs = sp.Matrix([[1,2],[0,1]]); Ws = sp.Matrix(2, 3, sp.symbols('w0:6')); Zs = Xs*Ws; yl = [0, 2]
Ls = -sum(sp.log(sp.exp(Zs[i, yl[i]])/sum(sp.exp(Zs[i, k]) for k in range(3))) for i in range(2))/2
z0 = {s: 0 for s in Ws}; dW = sp.Matrix(2, 3, lambda i, j: sp.diff(Ls, Ws[i, j]).subs(z0))
dZ = sp.Matrix([[-sp.Rational(1,3), sp.Rational(1,6), sp.Rational(1,6)], [sp.Rational(1,6), sp.Rational(1,6), -sp.Rational(1,3)]])
ok("dW=XtdZ", sp.simplify(dW - Xs.T*dZ) == sp.zeros(2, 3)); ok("dW entries", dW == sp.Matrix([[-sp.Rational(1,3), sp.Rational(1,6), sp.Rational(1,6)], [-sp.Rational(1,2), sp.Rational(1,2), 0]]))
ok("dZ^T X shape wrong", (dZ.T*Xs).shape == (3, 2)); approx("L", float(Ls.subs(z0)), math.log(3), 1e-12); approx("ln3", math.log(3), 1.0986, 5e-5)
ok("db", [sum(dZ[:, j]) for j in range(3)] == [-sp.Rational(1,6), sp.Rational(1,3), -sp.Rational(1,6)])
ok("half", sp.Rational(1,2)*sp.Matrix([[-sp.Rational(2,3), sp.Rational(1,3), sp.Rational(1,3)], [sp.Rational(1,3), sp.Rational(1,3), -sp.Rational(2,3)]]) == dZ)
# attention memory
approx("n2", 2048**2, 4194304, 0); el = 8*16*4194304; approx("el", el, 536870912, 0); approx("B", el*2, 1073741824, 0); approx("GiB", el*2/2**30, 1, 0)
wrong("double", 8*16*4096**2*2/2**30, 2, .1); approx("qk", 2*8*2048**2*1024, 6.87e10, 5e7); approx("proj", 4*2*8*2048*1024**2, 1.37e11, 5e8); approx("proj2", 8*8*2048*1024**2, 4*2*8*2048*1024**2, 0)
approx("ratio", (4*8*2048**2*1024)/(8*8*2048*1024**2), 1, 0); approx("kv", 2*24*8*2048*1024*2, 1610612736, 0); approx("kvG", 1610612736/2**30, 1.5, 0)
done("KO")
wrong("(2n)^2 mem", 8*16*(2*2048)**2*2/2**30, 2, .1)
done("KO-extra")
approx("A+B=U+I", 40+50, 60+30, 0); approx("s2/n", 4/4, 1, 0)
done("KO-extra2")
