from common import *
# word2vec
x = sp.symbols('x'); S = 1/(1+sp.exp(-x)); symneq("dlogsig", sp.diff(sp.log(S), x), S); symeq("dlogsig true", sp.diff(sp.log(S), x), 1-S)
symeq("1-s", 1-S, S.subs(x, -x))
v = sp.Matrix(sp.symbols('v0 v1')); uo = sp.Matrix(sp.symbols('a0 a1')); u1 = sp.Matrix(sp.symbols('b0 b1'))
sg = lambda t: 1/(1+sp.exp(-t)); J = -sp.log(sg((uo.T*v)[0])) - sp.log(sg(-(u1.T*v)[0]))
dv = sp.Matrix([sp.diff(J, vi) for vi in v]); dv_claim = (sg((uo.T*v)[0])-1)*uo + sg((u1.T*v)[0])*u1
ok("dJ/dv", sp.simplify(dv - dv_claim) == sp.zeros(2, 1))
duo = sp.Matrix([sp.diff(J, a) for a in uo]); ok("dJ/duo", sp.simplify(duo - (sg((uo.T*v)[0])-1)*v) == sp.zeros(2, 1))
du1 = sp.Matrix([sp.diff(J, a) for a in u1]); ok("dJ/du1", sp.simplify(du1 - sg((u1.T*v)[0])*v) == sp.zeros(2, 1))
# intermediate form of (4): -(1-σ(uo.v)) uo + (1-σ(-u1.v)) u1
ok("(4) mid", sp.simplify(dv - (-(1-sg((uo.T*v)[0]))*uo + (1-sg(-(u1.T*v)[0]))*u1)) == sp.zeros(2, 1))
approx("s.5", sig(.5), .6225, 5e-5); approx("s-1", sig(-1), .2689, 5e-5); approx("-log", -math.log(sig(.5)), .474, 5e-4); approx("-logs1", -math.log(sig(1)), .313, 5e-4)
approx("J", -math.log(sig(.5))-math.log(sig(1)), .787, 5e-4); approx("J sum", .474+.313, .787, 1e-9)
dvn = (sig(.5)-1)*np.array([.5,1]) + sig(-1)*np.array([-1,2.]); ok("dvn", np.allclose(dvn, [-.4577, .1603], atol=5e-5))
# norm layers
approx("LN n", 2*5, 10, 0); approx("2d", 16, 2*8, 0)
xx = np.array([2,4,6,8.]); approx("mu", xx.mean(), 5, 0); approx("var", xx.var(), 5, 0); approx("9119", (9+1+1+9)/4, 5, 0)
ok("ln", np.allclose((xx-5)/5**.5, [-1.3416,-.4472,.4472,1.3416], atol=5e-5)); rms = math.sqrt((xx**2).mean()); approx("rms", rms, 30**.5, 1e-12); approx("sqrt30", 30**.5, 5.4772, 5e-5)
approx("rms in", (4+16+36+64)/4, 30, 0); ok("rmsn", np.allclose(xx/rms, [.3651,.7303,1.0954,1.4606], atol=5e-5))
y2 = np.array([1,-1,3,-3.]); approx("v2", y2.var(), 5, 0); approx("rms2", (y2**2).mean(), 5, 0); approx("m2", y2.mean(), 0, 0)
# pooling
approx("size", (5-3)/2+1, 2, 0); X = np.ones((5, 5)); X[2, 2] = 9; G = np.array([[1., 2], [3, 4]])
dmax = np.zeros_like(X); davg = np.zeros_like(X)
for i in range(2):
    for j in range(2):
        w = X[2*i:2*i+3, 2*j:2*j+3]; r, c = np.unravel_index(w.argmax(), w.shape); dmax[2*i+r, 2*j+c] += G[i, j]; davg[2*i:2*i+3, 2*j:2*j+3] += G[i, j]/9
approx("dmax22", dmax[2, 2], 10, 0); approx("dmax rest", np.abs(dmax).sum(), 10, 0); approx("a00", davg[0, 0], .111, 5e-4); approx("a02", davg[0, 2], 1/3, 1e-12)
approx("a22", davg[2, 2], 1.111, 5e-4); approx("sum", davg.sum(), 10, 1e-12); approx("sumexpr", 9*(10)/9, 10, 1e-12)
xs = sp.symbols('x0:49'); gc = sp.symbols('g'); yc = sum(xs)/49; ok("gap", sp.diff(gc*yc, xs[0]) == gc/49); symneq("gap wrong", sp.diff(gc*yc, xs[0]), gc/7)
# gqa
approx("wq", 4096*4096, 16777216, 0); approx("mha", 4*16777216, 67108864, 0); approx("gqa kv", 4096*8*128, 4194304, 0); approx("gqa", 2*16777216+2*4194304, 41943040, 0)
approx("mqa kv", 4096*128, 524288, 0); approx("mqa", 2*16777216+2*524288, 34603008, 0)
approx("c mha", 2*32*128*2, 16384, 0); approx("c gqa", 2*8*128*2, 4096, 0); approx("c mqa", 2*1*128*2, 512, 0)
approx("gqa tot", 4*1024*32*4096/2**20, 512, 0); wrong("mha tot", 16*1024*32*4096/2**30, 1, .1); approx("ratio", 4096/16384, 8/32, 0)
# dilated
approx("keff", 4*(3-1)+1, 9, 0)
def rf(layers):
    r, j = 1, 1
    for k, s, d in layers:
        r += (k-1)*d*j; j *= s
    return r
wrong("rf", rf([(3,1,1),(3,1,2),(3,1,4)]), 13, 0); approx("rf expr", 1+2*1+2*2+2*4, 15, 0)
approx("hout", (32+4-4-1)//1+1, 32, 0); approx("hout2", (32+2*2-2*(3-1)-1)/1+1, 32, 0)
approx("stem1", rf([(7,2,1)]), 7, 0); approx("stem2", rf([(7,2,1),(3,2,1)]), 11, 0); approx("stem3", rf([(7,2,1),(3,2,1),(3,1,1)]), 19, 0)
approx("3x3", rf([(3,1,1)]*3), 7, 0); approx("27", 3*9, 27, 0); approx("45%", (49-27)/49, .45, .005)
# logistic matrix
Xm = np.array([[1,1],[1,-1],[1,2.]]); ym = np.array([1,0,1.]); r = .5-ym; ok("r", np.allclose(r, [-.5,.5,-.5]))
approx("J0", math.log(2), .6931, 5e-5); g = Xm.T@r; ok("Xtr", np.allclose(g, [-.5,-2])); gr = g/3; ok("grad", np.allclose(gr, [-.1667,-.6667], atol=5e-5))
w1 = -.5*gr; ok("w1", np.allclose(w1, [.0833,.3333], atol=5e-5))
Jf = lambda w: -np.mean(ym*np.log(1/(1+np.exp(-Xm@w))) + (1-ym)*np.log(1-1/(1+np.exp(-Xm@w)))); approx("J w1", Jf(w1), .4897, 5e-5)
z = sp.symbols('z'); yy = sp.symbols('y'); ss = 1/(1+sp.exp(-z)); symeq("3.28", sp.diff(-yy*sp.log(ss)-(1-yy)*sp.log(1-ss), z), ss-yy)
# numeric check of (3.29) at random w
wr = np.array([.3,-.2]); num = np.array([(Jf(wr+1e-6*e)-Jf(wr-1e-6*e))/2e-6 for e in np.eye(2)]); ok("3.29", np.allclose(num, Xm.T@(1/(1+np.exp(-Xm@wr))-ym)/3, atol=1e-8))
# svm
s = np.array([3.2, 5.1, -1.7]); m = np.maximum(0, s-s[0]+1); m[0] = 0; wrong("car", 5.1-3.2+1, 1.9, .01); approx("car t", m[1], 2.9, 1e-12); approx("frog", -1.7-3.2+1, -3.9, 1e-12)
approx("L1", m.sum(), 2.9, 1e-12); ds = (m > 0).astype(float); ds[0] = -ds.sum(); ok("ds", list(ds) == [-1, 1, 0])
ok("dW", np.allclose(np.outer([1,2.], ds), [[-1,1,0],[-2,2,0]]))
s2 = np.array([1.3, 4.9, 2.0]); approx("m1", 1.3-4.9+1, -2.6, 1e-12); approx("m2", 2.0-4.9+1, -1.9, 1e-12)
# quant matmul
q1 = np.array([20,30]); q2 = np.array([40,60]); r1 = .1*(q1-10); r2 = .05*(q2-0); ok("r1", np.allclose(r1, [1,2])); ok("r2", np.allclose(r2, [2,3])); approx("dot", r1@r2, 8, 1e-12)
acc = ((q1-10)*(q2-0)).sum(); approx("acc", acc, 1600, 0); approx("exp", (q1@q2) - 0*q1.sum() - 10*q2.sum() + 2*10*0, 1600, 0); approx("qq", q1@q2, 2600, 0)
approx("800+1800", 800+1800, q1@q2, 0); approx("M", .1*.05/.2, .025, 1e-15); approx("q3", 5+.025*1600, 45, 1e-9); approx("deq", .2*(45-5), 8, 1e-12)
qs = sp.symbols('q1_0 q1_1 q2_0 q2_1 z1 z2'); A = (qs[0]-qs[4])*(qs[2]-qs[5]) + (qs[1]-qs[4])*(qs[3]-qs[5])
B = qs[0]*qs[2]+qs[1]*qs[3] - qs[5]*(qs[0]+qs[1]) - qs[4]*(qs[2]+qs[3]) + 2*qs[4]*qs[5]; symeq("expand", A, B)
approx("M0", .8*2**-5, .025, 1e-15); ok("int", round(.8*2**31) == 1717986918)
# flops
d, L, n = 768, 12, 1024
approx("12d2", 12*d*d, 7077888, 0); approx("12L", 12*7077888, 84934656, 0); approx("emb", 50257*768, 38597376, 0); approx("tot", 84934656+38597376, 1.24e8, 5e5)
approx("24nd2", 24*n*d*d, 1.45e10, 5e7); wrong("4n2d", 4*n*n*d, 3.22e8, 1e8); approx("4n2d t", 4*n*n*d, 3.22e9, 5e6)
approx("layer", 24*n*d*d+4*n*n*d, 1.77e10, 5e7); approx("L", L*(24*n*d*d+4*n*n*d), 2.13e11, 5e8); approx("3x", 3*2.13e11, 6.4e11, 5e9)
approx("pertok", 2.13e11/1024, 2.08e8, 5e5); approx("2N", 2*85e6, 1.7e8, 0)
# lr schedules
approx("e29", .1*.1**(29//30), .1, 1e-15); approx("e45", .1*.1**(45//30), .01, 1e-15); approx("e90", .1*.1**(90//30), 1e-4, 1e-15)
approx("exp10", .1*.95**10, .0599, 5e-5); approx("half", math.log(.5)/math.log(.95), 13.5, .05); approx("lin", .1*1024/256, .4, 1e-12)
approx("warm", .1+.3*2/5, .22, 1e-12); approx("w2", .3*.4, .12, 1e-12); approx("poly.5", .4*(1-.5)**2, .1, 1e-12); approx("poly.9", .4*(1-.9)**2, .004, 1e-12)
approx(".25", (1-.5)**2, .25, 1e-12); approx(".01", (1-.9)**2, .01, 1e-12)
# residual init
approx("1/sqrt24", 1/24**.5, .2041, 5e-5); wrong("std", .02/24**.5, .0408, 1e-3); approx("1.1^24", 1.1**24, 9.85, 5e-3); approx("small", (1+.1/24)**24, 1.105, 5e-4); approx("e.1", math.exp(.1), 1.105, 5e-4)
N_, s2_, v0 = sp.symbols('N sigma2 V0', positive=True); symeq("sum", v0 + N_*s2_/N_, v0 + s2_)
done("ZH")
approx("N", 12*2, 24, 0)
Wv = sp.Matrix(2, 3, sp.symbols('w0:6')); xv = sp.Matrix([1, 2]); sv = Wv.T*xv
ok("dL/dW col", all(sp.diff(sv[j], Wv[i, j]) == xv[i] for i in range(2) for j in range(3)))
done("ZH-extra")
