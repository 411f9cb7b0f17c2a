"""Numeric / symbolic verification of every claim in blind17. Each assert checks a correct line;
assert_wrong checks that a keyed wrong line is really wrong. Run: /work/venv/bin/python check.py"""
import math, numpy as np, sympy as sp
from math import log, sqrt, exp, comb, cos, pi, isclose
N_OK = 0
def ok(c, msg=''):
    global N_OK
    assert c, msg; N_OK += 1
def near(a, b, tol):  # |a-b| <= tol (rounding check)
    ok(abs(a - b) <= tol, f'{a} vs {b}')
def wrong(a, b, tol):  # the written value b is NOT a rounding of a
    assert abs(a - b) > tol, f'expected wrong: {a} vs {b}'
    global N_OK; N_OK += 1

# ---------- en/tail_bounds_napkin.md
near(2/10, 0.2, 0); near(25/225, 1/9, 1e-12); wrong(5**2/15**2, 5/15, 0.01); near(5/15, 0.333, 0.0005)
z = 2*(1-0.5*(1+math.erf(3/sqrt(2)))); near(z, 0.0027, 0.00005)
near(4/(100*0.25), 0.16, 1e-12); near(4/(0.01*0.25), 1600, 1e-9)
x = sp.symbols('x'); ok(sp.simplify(sp.Symbol('s')**2/sp.Symbol('k')**2 - (sp.Symbol('s')/sp.Symbol('k'))**2) == 0)

# ---------- en/pac_sample_sizes_exam.md
near(log(200), 5.298, 0.0005); near(2*0.05**2, 0.005, 1e-15); near(log(200)/0.005, 1059.7, 0.05); ok(math.ceil(log(200)/0.005) == 1060)
near(log(1000), 6.908, 0.0005); near(log(100), 4.605, 0.0005); near(1/0.05, 20, 1e-12)
m_b = (log(1000)+log(100))/0.05; near(m_b, 230.3, 0.05); ok(math.ceil(m_b) == 231)
ok((1-0.05) <= exp(-0.05))  # (1-eps)^m <= e^{-eps m}
m_c = (log(1000)+log(200))/0.005; near(m_c, 2441.2, 0.05)
m_d = (log(1000)+log(200))/(2*0.025**2); near(m_d/m_c, 4, 1e-9); wrong(m_d, 4882, 100)
near(log(2)/0.005, 138.6, 0.05); near(log(2), 0.693, 0.0005)

# ---------- en/fisher_crlb_bernoulli.ipynb
p, n, S = sp.symbols('p n S', positive=True)
l = S*sp.log(p) + (n-S)*sp.log(1-p)
ok(sp.simplify(sp.diff(l, p) - (S/p - (n-S)/(1-p))) == 0)
ok(sp.simplify(sp.diff(l, p, 2) - (-S/p**2 - (n-S)/(1-p)**2)) == 0)
I = -sp.diff(l, p, 2).subs(S, n*p); ok(sp.simplify(I - n/(p*(1-p))) == 0)
ok(sp.simplify(n*p/p**2 + n*(1-p)/(1-p)**2 - n/(p*(1-p))) == 0)
wrong(50/0.21, 328.1, 0.5); near(0.21/50, 0.0042, 1e-12); near(sqrt(0.0042), 0.0648, 0.00005)
near(3/0.36, 8.33, 0.005); near(2/0.16, 12.5, 0); near(3/0.36+2/0.16, 20.83, 0.005); near(5/(0.6*0.4), 20.83, 0.005)

# ---------- en/exponential_mle_delta_scribe.md
lam, u, sx = sp.symbols('lambda u s_x', positive=True)
ll = n*sp.log(lam) - lam*sx
ok(sp.simplify(sp.diff(ll, lam) - (n/lam - sx)) == 0); ok(sp.solve(sp.diff(ll, lam), lam) == [n/sx])
ok(sp.simplify(sp.diff(ll, lam, 2) + n/lam**2) == 0)
ok(sp.simplify(sp.diff(1/u, u) + 1/u**2) == 0); ok(sp.simplify(sp.diff(1/u, u) + 1/u) != 0)  # wrong line g'(u) = -1/u
ok(sp.simplify((sp.diff(1/u, u).subs(u, 1/lam))**2 * 1/(n*lam**2) - lam**2/n) == 0)
data = [0.1, 0.3, 0.4, 0.7, 1.0]; near(sum(data), 2.5, 1e-12); near(np.mean(data), 0.5, 1e-12); near(1/np.mean(data), 2, 1e-12)
near(2/sqrt(5), 0.894, 0.0005); near(2-1.96*0.894, 0.25, 0.005); near(2+1.96*0.894, 3.75, 0.005); near(2-1.96*2/sqrt(5), 0.25, 0.005); near(2+1.96*2/sqrt(5), 3.75, 0.005); near(log(2)/2, 0.347, 0.0005)

# ---------- en/ols_se_answer_key.md
X = np.array([1,2,3,4,5.]); Y = np.array([2.1,2.9,4.2,4.8,6.0])
near(X.mean(), 3, 1e-12); near(Y.mean(), 4, 1e-12); Sxx = ((X-3)**2).sum(); near(Sxx, 10, 1e-12)
Sxy = ((X-3)*(Y-4)).sum(); near(Sxy, 9.7, 1e-9); ok(np.allclose((X-3)*(Y-4), [3.8,1.1,0,0.8,4.0]))
b1 = Sxy/Sxx; b0 = 4-b1*3; near(b1, 0.97, 1e-12); near(b1*3, 2.91, 1e-12); near(b0, 1.09, 1e-12)
e = Y-(b0+b1*X); ok(np.allclose(e, [0.04,-0.13,0.20,-0.17,0.06])); near(e.sum(), 0, 1e-9)
ok(np.allclose(e**2, [0.0016,0.0169,0.04,0.0289,0.0036])); SSE = (e**2).sum(); near(SSE, 0.091, 1e-9)
s2 = SSE/3; near(s2, 0.0303, 0.00005); near(s2/Sxx, 0.003033, 0.0000005); near(sqrt(0.003033), 0.0551, 0.00005); se1 = sqrt(s2/Sxx); near(se1, 0.0551, 0.00005)
se0 = sqrt(s2*(1/5+9/10)); wrong(se0, 0.123, 0.001); near(sqrt(0.0303*0.5), 0.123, 0.0005)  # wrong line uses xbar not xbar^2
near(3.182*0.0551, 0.175, 0.0005); near(0.97-0.1753, 0.795, 0.0005); near(0.97+0.1753, 1.145, 0.0005)
near(0.97/0.0551, 17.6, 0.05); near(SSE/5, 0.0182, 0.00005)

# ---------- en/irls_one_step.ipynb
Xd = np.array([[1,-1],[1,0],[1,1],[1,2.]]); y = np.array([0,0,1,1.]); w0 = np.zeros(2)
w = sp.symbols('w0:2'); Xs = sp.Matrix(Xd.astype(int).tolist()); ys = sp.Matrix([0,0,1,1])
ps = [1/(1+sp.exp(-(Xs[i,0]*w[0]+Xs[i,1]*w[1]))) for i in range(4)]
ell = sum(ys[i]*sp.log(ps[i])+(1-ys[i])*sp.log(1-ps[i]) for i in range(4))
Hl = sp.hessian(ell, w).subs({w[0]: 0.3, w[1]: -0.7}); pv = [float(q.subs({w[0]:0.3, w[1]:-0.7})) for q in ps]
XWX = Xd.T@np.diag([q*(1-q) for q in pv])@Xd
ok(np.allclose(np.array(Hl, dtype=float), -XWX)); ok(not np.allclose(np.array(Hl, dtype=float), XWX))  # wrong sign line
gJ = [sp.diff(-ell, wi).subs({w[0]:0.3, w[1]:-0.7}) for wi in w]; ok(np.allclose(np.array(gJ, dtype=float), Xd.T@(np.array(pv)-y)))
p0 = 1/(1+np.exp(-Xd@w0)); ok(np.allclose(p0, 0.5)); g = Xd.T@(p0-y); ok(np.allclose(p0-y, [0.5,0.5,-0.5,-0.5])); ok(np.allclose(g, [0,-2]))
H = Xd.T@np.diag(p0*(1-p0))@Xd; ok(np.allclose(Xd.T@Xd, [[4,2],[2,6]])); ok(np.allclose(H, [[1,.5],[.5,1.5]])); near(np.linalg.det(H), 1.25, 1e-12)
ok(np.allclose(np.linalg.inv(H), [[1.2,-0.4],[-0.4,0.8]])); ok(np.allclose(np.linalg.inv(H)@g, [0.8,-1.6])); w1 = w0-np.linalg.solve(H, g); ok(np.allclose(w1, [-0.8,1.6]))
Wd = np.diag(p0*(1-p0)); zz = Xd@w0+np.linalg.inv(Wd)@(y-p0); ok(np.allclose(zz, [-2,-2,2,2])); ok(np.allclose(Xd.T@Wd@zz, [0,2])); ok(np.allclose(np.linalg.solve(H, Xd.T@Wd@zz), w1))
near(-0.8+1.6*2, 2.4, 1e-12); near(1/(1+exp(-2.4)), 0.917, 0.0005)

# ---------- en/ntxent_by_hand.md
s = np.array([0.8,0.2,-0.1]); tau = 0.5; lg = s/tau; ok(np.allclose(lg, [1.6,0.4,-0.2]))
near(exp(1.6), 4.953, 0.0005); near(exp(0.4), 1.492, 0.0005); near(exp(-0.2), 0.819, 0.0005); near(4.953+1.492+0.819, 7.264, 1e-9)
P = np.exp(lg)/np.exp(lg).sum(); near(P[0], 0.682, 0.0005); near(4.953/7.264, 0.682, 0.0005); near(-log(P[0]), 0.383, 0.0005); near(-log(0.682), 0.383, 0.0005)
ss = sp.symbols('s1:4'); T = sp.Symbol('tau', positive=True)
Ls = -ss[0]/T + sp.log(sum(sp.exp(q/T) for q in ss)); sub = {ss[0]:0.8, ss[1]:0.2, ss[2]:-0.1, T:0.5}
d12 = float(sp.diff(Ls, ss[0]).subs(sub)); near(d12, -(1-P[0])/tau, 1e-9); wrong(d12, 0.636, 0.01); near(abs(d12), 0.636, 0.0005)
d13 = float(sp.diff(Ls, ss[1]).subs(sub)); near(d13, P[1]/tau, 1e-9); near(2*1.492/7.264, 0.411, 0.0005); near(d13, 0.411, 0.0005)
dT = float(sp.diff(Ls, T).subs(sub)); near(dT, (0.8-(P*s).sum())/0.25, 1e-9); near((P*s).sum(), 0.575, 0.0005); near((0.8-0.575)/0.25, 0.90, 1e-9); near(dT, 0.90, 0.005)

# ---------- en/bloom_lsh_readme.md
near(exp(-0.7), 1-0.5034, 0.00005); near((1-exp(-0.7))**7, 0.0082, 0.00005); near(0.5034**7, 0.0082, 0.00005)
near(10*log(2), 6.93, 0.005); near(log(2), 0.693, 0.0005)
kk = sp.Symbol('k', positive=True); fp = (1-sp.exp(-kk/10))**kk; near(float(sp.nsolve(sp.diff(sp.log(fp), kk), kk, 7)), 10*log(2), 1e-6)
mn = -log(0.01)/log(2)**2; near(-log(0.01), 4.605, 0.0005); wrong(mn, 6.65, 0.1); near(4.605/0.693, 6.65, 0.005)
near(0.8**5, 0.328, 0.0005); near(1-0.8**5, 0.672, 0.0005); near(1-(1-0.8**5)**10, 0.981, 0.0005); near(1-0.672**10, 0.981, 0.0005)
near(0.4**5, 0.01024, 0.000005); near(1-(1-0.4**5)**10, 0.098, 0.0005); near(1-0.98976**10, 0.098, 0.0005); near(0.1**0.2, 0.63, 0.005)

# ---------- en/svd_2x2_eckart_young.ipynb
A = sp.Matrix([[3,0],[4,5]]); ok(A.T*A == sp.Matrix([[25,20],[20,25]])); lm = sp.Symbol('lam')
ok(sp.expand((25-lm)**2-400 - (lm**2-50*lm+225)) == 0); ok(set(sp.solve(lm**2-50*lm+225, lm)) == {45, 5})
ok(sp.sqrt(45) == 3*sp.sqrt(5)); near(3*sqrt(5), 6.708, 0.0005); near(sqrt(5), 2.236, 0.0005)
ok(3*sp.sqrt(5)*sp.sqrt(5) == 15 == abs(A.det())); ok(sum(a**2 for a in A) == 50)
v1 = sp.Matrix([1,1])/sp.sqrt(2); v2 = sp.Matrix([1,-1])/sp.sqrt(2); ok((A.T*A*v1 - 45*v1).norm() == 0); ok((A.T*A*v2 - 5*v2).norm() == 0)
ok(sp.simplify(A*v1 - sp.Matrix([3,9])/sp.sqrt(2)).norm() == 0)
u1 = sp.simplify(A*v1/(3*sp.sqrt(5))); ok(sp.simplify(u1 - sp.Matrix([1,3])/sp.sqrt(10)).norm() == 0)
u2 = sp.simplify(A*v2/sp.sqrt(5)); ok(sp.simplify(u2 - sp.Matrix([3,-1])/sp.sqrt(10)).norm() == 0)
A1 = sp.simplify(3*sp.sqrt(5)*u1*v1.T); ok(A1 == sp.Matrix([[1.5,1.5],[4.5,4.5]]).applyfunc(sp.nsimplify)); ok(sp.simplify(3*sp.sqrt(5)/sp.sqrt(20)) == sp.Rational(3,2))
E = A - A1; ok(E == sp.Matrix([[sp.Rational(3,2),-sp.Rational(3,2)],[-sp.Rational(1,2),sp.Rational(1,2)]])); ok(sp.sqrt(sum(a**2 for a in E)) == sp.sqrt(5))
ok(abs(np.linalg.norm(np.array(E, dtype=float), 2) - sqrt(5)) < 1e-12); wrong(45/50, 0.8, 0.01)

# ---------- en/roofline_slides.md
near(312/2.0, 156, 0); near(2*4096**3, 1.37e11, 0.005e11); near(6*4096**2, 1.01e8, 0.005e8); near(2*(3*4096**2), 6*4096**2, 0)
AI = 2*4096**3/(6*4096**2); near(AI, 4096/3, 1e-9); wrong(AI, 683, 5); near(4096/6, 683, 0.5)
near(1.37e11/3.12e14*1e3, 0.44, 0.005); near(2*4096*4096, 3.36e7, 0.005e7); near(2*4096**2, 3.36e7, 0.005e7)
near(3.36e7/2e12*1e6, 16.8, 0.05); Bv = 8; near(2*Bv*4096*4096/(2*(4096*4096+Bv*4096+Bv*4096)), Bv, 0.05); near(1/4, 0.25, 0)

# ---------- en/littles_law_serving.md
near(0.3+200*0.025, 5.3, 1e-12); near(8*5.3, 42.4, 1e-12); near(2*32*8*128*2, 131072, 0); near(131072/1024, 128, 0)
near(2000*128, 256000, 0); near(256000/1024, 250, 0); near(40*1024/250, 163.84, 1e-9); ok(math.floor(163.84) == 163)
near(163/5.3, 30.75, 0.005); near(30.75*200, 6150, 1e-9); near(163/5.3*200, 6150, 2)

# ---------- en/kaplan_meier_small.ipynb
from fractions import Fraction as F
ok(F(6,7)*F(3,5) == F(18,35)); near(6/7, 0.857, 0.0005); wrong(18/35, 0.541, 0.001); ok(F(18,35)/2 == F(9,35)); near(9/35, 0.257, 0.0005)
times = [2,3,4,4,6,7,9]; ok(sum(t >= 4 for t in times) == 5); ok(sum(t >= 7 for t in times) == 2); ok(sum(t >= 9 for t in times) == 1)
gv = (18/35)**2*(1/42+2/15); near((18/35)**2, 0.2645, 0.00005); near(1/42+2/15, 0.1571, 0.00005); near(gv, 0.0416, 0.00005); near(sqrt(gv), 0.204, 0.0005)
ok(7*6 == 42 and 5*3 == 15); near(1/7+2/5, 0.543, 0.0005); near(exp(-(1/7+2/5)), 0.581, 0.0005); ok(6/7 > 0.5 and 18/35 > 0.5 and 9/35 <= 0.5)

# ---------- en/lenet5_checklist.md
ok(32-5+1 == 28 and 28//2 == 14 and 14-5+1 == 10 and 10//2 == 5); ok(6*(25+1) == 156 and 6*2 == 12 and 16*(5*5*6+1) == 2416 and 16*2 == 32)
# classic C3 table: 6 maps x 3 inputs, 9 maps x 4 inputs, 1 map x 6 inputs
ok(6*(3*25+1)+9*(4*25+1)+1*(6*25+1) == 1516)
ok(120*(5*5*16+1) == 48120 and 84*(120+1) == 10164 and 84*10 == 840 and 10*(84+1) == 850)
ok(156+12+1516+32+48120+10164+840 == 60840); ok(156+2416+48120+10164+850 == 61706 != 61806); ok(5*5*16 == 400)

# ---------- en/maxpool_relu_backward.md
Z = np.array([[1,-2,3,.5],[-1,4,-3,2],[.5,-.5,-1,-2],[2,1,-4,-.5]]); Aa = np.maximum(Z, 0)
ok(np.allclose(Aa, [[1,0,3,.5],[0,4,0,2],[.5,0,0,0],[2,1,0,0]]))
Pp = Aa.reshape(2,2,2,2).max(axis=(1,3)); ok(np.allclose(Pp, [[4,3],[2,0]]))
G = np.array([[.1,-.2],[.3,.5]]); dA = np.zeros((4,4))
for i in range(2):
    for j in range(2):
        blk = Aa[2*i:2*i+2, 2*j:2*j+2]; a, b = np.unravel_index(np.argmax(blk), (2,2)); dA[2*i+a, 2*j+b] = G[i,j]
ok(dA[1,1] == .1 and dA[0,2] == -.2 and dA[3,0] == .3 and dA[2,2] == .5)  # argmax incl. first-position tie (3,3)
dZ = dA*(Z > 0); ok(dZ[1,1] == .1 and dZ[0,2] == -.2 and dZ[3,0] == .3); ok(dZ[2,2] == 0); wrong(dZ[2,2], 0.5, 0.01)
near(dZ.sum(), 0.2, 1e-12); ok(np.count_nonzero(dZ) == 3)

# ---------- en/natural_gradient_2x2.md
Fm = np.array([[2,1],[1,1.]]); gg = np.array([1,0.]); near(np.linalg.det(Fm), 1, 1e-12); Fi = np.linalg.inv(Fm); ok(np.allclose(Fi, [[1,-1],[-1,2]]))
nat = Fi@gg; ok(np.allclose(nat, [1,-1])); d = -0.1*nat; ok(np.allclose(d, [-0.1,0.1])); near(0.5*d@Fm@d, 0.005, 1e-12)
near(0.5*(2*0.01+2*1*(-0.1)*0.1+1*0.01), 0.005, 1e-12); d2 = -0.1*gg; near(0.5*d2@Fm@d2, 0.01, 1e-12); near(0.1*gg@gg, 0.1, 1e-12); near(0.1*gg@Fi@gg, 0.1, 1e-12)
mu, sg, xx = sp.symbols('mu sigma x', real=True); logp = -sp.log(sg) - (xx-mu)**2/(2*sg**2)
Fg = sp.Matrix(2,2, lambda i,j: -sp.integrate(sp.diff(logp, [mu,sg][i], [mu,sg][j])*sp.exp(-(xx-mu)**2/(2*sg**2))/(sg*sp.sqrt(2*sp.pi)), (xx,-sp.oo,sp.oo)))
sgp = sp.Symbol('sp', positive=True); ok(sp.simplify(Fg.subs(sg, sgp) - sp.diag(1/sgp**2, 2/sgp**2)) == sp.zeros(2)); ok(Fg.subs(sg, sp.Rational(1,2)) == sp.diag(4, 8))

# ---------- en/large_batch_lars.md
near(0.1*4096/256, 1.6, 1e-12); near(0.1*sqrt(16), 0.4, 1e-12); near(1281167/4096, 312.8, 0.05); ok(math.ceil(1281167/4096) == 313)
ok(5*313 == 1565); near(1.6*500/1565, 0.511, 0.0005); near(0.001*2.0, 0.002, 1e-15); near(5e-4*2.0, 0.001, 1e-15)
near(0.002/0.051, 0.0392, 0.00005); near(1.6*0.0392, 0.0627, 0.00005); near(1.6*0.002/0.051, 0.0627, 0.00005); near(2.0/0.5, 4, 0)
print('en ok', N_OK)

# ================= ko
# ko/multinomial_mle_lagrange.md
pk, nk, lm2 = sp.symbols('p_k n_k lambda', positive=True)
ok(sp.diff(nk*sp.log(pk) - lm2*pk, pk) == nk/pk - lm2); ok(sp.solve(nk/pk - lm2, pk) == [nk/lm2])
ok(sp.diff(nk*sp.log(pk), pk, 2) == -nk/pk**2); ok(sp.diff(nk*sp.log(pk), pk, 2) != -nk/pk)  # wrong line
ok((12/20, 5/20, 3/20) == (0.6, 0.25, 0.15))
near(12*log(.6), -6.130, 0.0005); near(5*log(.25), -6.931, 0.0005); near(3*log(.15), -5.691, 0.0005)
lv = 12*log(.6)+5*log(.25)+3*log(.15); near(lv, -18.75, 0.005); near(18.75/20, 0.938, 0.0005)
ent = -sum(q*log(q) for q in (0.6,0.25,0.15)); near(-lv/20, ent, 1e-12)

# ko/laplace_mle_mom.md
mu_, b_ = sp.symbols('mu b', positive=True); sa = sp.Symbol('A', positive=True)
llap = -n*sp.log(2*b_) - sa/b_; ok(sp.simplify(sp.diff(llap, b_) - (-n/b_ + sa/b_**2)) == 0); ok(sp.solve(sp.diff(llap, b_), b_) == [sa/n])
dd = np.array([1,2,4,7,11.]); ok(np.median(dd) == 4); ok(np.allclose(abs(dd-4), [3,2,0,3,7])); near(abs(dd-4).mean(), 3, 0)
grid = np.linspace(0, 12, 1201); ok(abs(grid[np.argmin([abs(dd-m).sum() for m in grid])] - 4) < 1e-9)
near(dd.sum(), 25, 0); near(dd.mean(), 5, 0); ok(np.allclose((dd-5)**2, [16,9,1,4,36])); near(((dd-5)**2).mean(), 13.2, 1e-12)
near(sqrt(13.2/2), 2.57, 0.005); near(13.2/2, 6.6, 1e-12); ok(sp.integrate(xx**2*sp.exp(-sp.Abs(xx)/b_)/(2*b_), (xx,-sp.oo,sp.oo)) == 2*b_**2)
near(2*dd.mean(), 10, 0); ok(dd.max() == 11)

# ko/softmax_hessian.ipynb
zs = sp.symbols('z1:4'); den = sum(sp.exp(q) for q in zs); pz = [sp.exp(q)/den for q in zs]
Jm = sp.Matrix(3,3, lambda i,j: sp.diff(pz[i], zs[j])); Jt = sp.Matrix(3,3, lambda i,j: pz[i]*((1 if i==j else 0) - pz[j]))
Jw = sp.Matrix(3,3, lambda i,j: pz[i]*((1 if i==j else 0) - pz[i]))
vals = {zs[0]:1, zs[1]:0, zs[2]:-1}; ok(np.allclose(np.array(Jm.subs(vals), dtype=float), np.array(Jt.subs(vals), dtype=float)))
ok(not np.allclose(np.array(Jm.subs(vals), dtype=float), np.array(Jw.subs(vals), dtype=float)))  # wrong line
yv = [1,0,0]; Lce = -sum(yv[k]*sp.log(pz[k]) for k in range(3))
ok(np.allclose(np.array([sp.diff(Lce, q).subs(vals) for q in zs], dtype=float), np.array([pz[k].subs(vals) for k in range(3)], dtype=float)-yv))
pn = np.exp([1,0,-1.])/np.exp([1,0,-1.]).sum(); Hn = np.diag(pn)-np.outer(pn,pn)
ok(np.allclose(np.array(sp.hessian(Lce, zs).subs(vals), dtype=float), Hn)); ok(np.allclose(pn, [0.665,0.245,0.090], atol=0.0005))
near(Hn[0,0], 0.223, 0.0005); near(0.665*0.335, 0.223, 0.0005); near(Hn[0,1], -0.163, 0.0005); ok(np.allclose(Hn.sum(1), 0)); ok(np.linalg.eigvalsh(Hn).min() > -1e-12)
near((pn**2).sum(), 0.511, 0.0005); near(np.trace(Hn), 0.489, 0.0005); near(1-0.511, 0.489, 1e-12)
xv = np.array([0.5,-1,2,0.3]); Wm = sp.Matrix(3,4, lambda i,j: sp.Symbol(f'W{i}{j}')); zW = Wm*sp.Matrix(xv.tolist())
LW = -sp.log(sp.exp(zW[0])/sum(sp.exp(zW[k]) for k in range(3))); wv = list(Wm); vv = {q: 0.1*((i*7)%5-2) for i, q in enumerate(wv)}
HW = np.array(sp.hessian(LW, wv).subs(vv), dtype=float); pz2 = np.array([float(sp.exp(zW[k].subs(vv))) for k in range(3)]); pz2 /= pz2.sum()
ok(np.allclose(HW, np.kron(np.diag(pz2)-np.outer(pz2,pz2), np.outer(xv,xv)))); ok(HW.shape == (12,12))
gW = np.array([sp.diff(LW, q).subs(vv) for q in wv], dtype=float).reshape(3,4); ok(np.allclose(gW, np.outer(pz2-[1,0,0], xv)))

# ko/weight_tying_memory.md
ok(32000*768 == 24576000); near(24576000*4/1e6, 98.3, 0.05); near(24576000*2/1e6, 49.2, 0.05); near(24576000*16/1e6, 393, 0.5)
near(12*12*768**2/1e6, 84.9, 0.05); near(512*768/1e6, 0.39, 0.005); near(84.9+24.6+0.39, 109.9, 0.05); near((12*12*768**2+2*24576000+512*768)/1e6, 134.5, 0.05)
near(24.6/134.5, 0.183, 0.0005)

# ko/bpe_merges_compression.md
ok(32000-256-4 == 31740 and 32000-256 == 31744)
from collections import Counter
corpus = {('l','o','w'):5, ('l','o','w','e','r'):2, ('n','e','w','e','s','t'):6, ('w','i','d','e','s','t'):3}
def pairs(c):
    pc = Counter()
    for wd, f in c.items():
        for a, b in zip(wd, wd[1:]): pc[(a,b)] += f
    return pc
pc = pairs(corpus); ok(pc[('l','o')] == 7 and pc[('o','w')] == 7 and pc[('w','e')] == 8 and pc[('e','r')] == 2)
ok(pc[('e','s')] == 9 and pc[('s','t')] == 9 and pc[('n','e')] == 6 and pc[('e','w')] == 6 and pc[('w','i')] == pc[('i','d')] == pc[('d','e')] == 3)
ok(max(pc.values()) == 9 and sorted(k for k, v in pc.items() if v == 9) == [('e','s'),('s','t')])
def merge(c, pr):
    out = {}
    for wd, f in c.items():
        r, i = [], 0
        while i < len(wd):
            if i+1 < len(wd) and (wd[i], wd[i+1]) == pr: r.append(wd[i]+wd[i+1]); i += 2
            else: r.append(wd[i]); i += 1
        out[tuple(r)] = f
    return out
pc2 = pairs(merge(corpus, ('e','s'))); ok(pc2.most_common(1)[0] == (('es','t'), 9))
near(1e6/250000, 4.0, 0); near(250000/180000, 1.39, 0.005); ok(4096*4 == 16384)

# ko/triplet_center_loss.ipynb
a = np.array([1,0.]); pp = np.array([.8,.6]); n1 = np.array([0,1.]); n2 = np.array([.9,.5])
near(((a-pp)**2).sum(), 0.40, 1e-12); near(0.2**2, 0.04, 1e-15); near(0.6**2, 0.36, 1e-15); near(((a-n1)**2).sum(), 2, 1e-12); near(max(0, .4-2+.2), 0, 0)
near(((a-n2)**2).sum(), 0.26, 1e-12); near(max(0, .4-.26+.2), 0.34, 1e-12)
av = sp.symbols('a1 a2'); Lt = sum((av[i]-pp[i])**2 for i in range(2)) - sum((av[i]-n2[i])**2 for i in range(2)) + 0.2
gr = np.array([sp.diff(Lt, q).subs({av[0]:1, av[1]:0}) for q in av], dtype=float); ok(np.allclose(gr, 2*(n2-pp))); ok(np.allclose(gr, [0.2,-0.2])); ok(not np.allclose(gr, [-0.2,0.2]))
x1 = np.array([1,2.]); x2 = np.array([3,2.]); c = np.array([2,1.]); near(0.5*(((x1-c)**2).sum()+((x2-c)**2).sum()), 2, 0)
dc = ((c-x1)+(c-x2))/3; ok(np.allclose(c-x1, [1,-1]) and np.allclose(c-x2, [-1,-1])); ok(np.allclose(dc, [0,-0.667], atol=0.0005)); ok(np.allclose(c-0.5*dc, [2,1.333], atol=0.0005))
near(0.5*max(0, 1-0.5)**2, 0.125, 0)

# ko/silhouette_by_hand.md
A_, B_ = [1,2,4], [8,10]
def sil(x, own, other):
    a = np.mean([abs(x-y) for y in own if y != x]); b = np.mean([abs(x-y) for y in other]); return a, b, (b-a)/max(a,b)
r = {x: sil(x, A_, B_) for x in A_}; r.update({x: sil(x, B_, A_) for x in B_})
ok(r[1][:2] == (2, 8) and r[2][:2] == (1.5, 7) and r[4][:2] == (2.5, 5) and r[8][0] == 2 and r[10][0] == 2)
near(r[8][1], 5.667, 0.0005); near(r[10][1], 7.667, 0.0005); near(r[1][2], 0.75, 0); near(r[2][2], 0.786, 0.0005)
wrong(r[4][2], 1.0, 0.01); near(r[4][2], 0.5, 0); near(r[8][2], 0.647, 0.0005); near(r[10][2], 0.739, 0.0005)
ms = np.mean([r[x][2] for x in r]); near(ms, 0.684, 0.0005); near((0.75+0.786+0.5+0.647+0.739)/5, 0.684, 0.0005)

# ko/spectral_path_graph.md
Lp = np.array([[1,-1,0,0],[-1,2,-1,0],[0,-1,2,-1],[0,0,-1,1.]]); ok(np.allclose(np.diag(Lp), [1,2,2,1]))
ev = np.linalg.eigvalsh(Lp); ok(np.allclose(ev, [2-2*cos(k*pi/4) for k in range(4)])); ok(np.allclose(ev, [0, 2-sqrt(2), 2, 2+sqrt(2)]))
wrong(2-sqrt(2), 0.414, 0.001); near(2+sqrt(2), 3.414, 0.0005); near(ev.sum(), 6, 1e-12); near(np.trace(Lp), 6, 0); ok(np.sum(np.abs(ev) < 1e-9) == 1)
fv = np.array([1, sqrt(2)-1, 1-sqrt(2), -1]); ok(np.allclose(Lp@fv, (2-sqrt(2))*fv)); near(sqrt(2)-1, 0.414, 0.0005); near(1-0.414, 0.586, 1e-12)
near(1/2+1/2, 1, 0)

# ko/diffusion_schedule_cfg.ipynb
beta = np.linspace(1e-4, 0.02, 1000); ab = np.cumprod(1-beta); near(ab[0], 0.9999, 1e-12); near(ab[249], 0.524, 0.0005); near(ab[499], 0.0786, 0.00005); near(ab[999], 4.0e-5, 0.05e-5)
fc = lambda t: cos((t/1000+0.008)/1.008*pi/2)**2; abc = fc(500)/fc(0); near(abc, 0.4938, 0.00005)
snr = 0.4938/0.5062; wrong(snr, 1.025, 0.001); near(snr, 0.976, 0.0005); near(1-0.4938, 0.5062, 1e-12)
near(sqrt(0.4938), 0.703, 0.0005); near(sqrt(0.5062)*0.5, 0.356, 0.0005); near(sqrt(0.4938)-0.5*sqrt(0.5062), 0.347, 0.0005); near(0.703-0.356, 0.347, 1e-12)
near(0.1+3*0.2, 0.7, 1e-12); near(3*0.3-2*0.1, 0.7, 1e-12); near(0.3-0.1, 0.2, 1e-12)
ec, eu, sS = sp.symbols('e_c e_u s'); ok(sp.expand(eu+sS*(ec-eu) - ((1+(sS-1))*ec-(sS-1)*eu)) == 0)

# ko/depthwise_conv_flops.md
ok(56*56*3*3*128*256 == 924844032 and 3*3*128*256 == 294912); ok(56*56*9*128 == 3612672 and 56*56*128*256 == 102760448 and 3612672+102760448 == 106373120)
near(106373120/924844032, 1/256+1/9, 1e-12); near(1/256+1/9, 0.115, 0.0005); near(924844032/106373120, 8.7, 0.05); ok(9*128+128*256 == 33920 and 9*128 == 1152)
ok((56+2-3)//2+1 == 28 and (56+2-3)//2 == 27); ok((28-1)*2-2*1+3 == 55 != 56); ok((28-1)*2-2+3+1 == 56)

# ko/mse_backprop_exam.md
sig = lambda t: 1/(1+exp(-t)); h_ = sig(1); yh = 2*h_; near(h_, 0.73106, 0.000005); near(2*0.73106, 1.4621, 0.00005); near(0.73106*0.26894, 0.1966, 0.00005); near(0.4621*0.73106, 0.3378, 0.00005); near(yh, 1.4621, 0.0001); L_ = 0.5*(yh-1)**2; near(L_, 0.1068, 0.00005)
near(0.5*0.4621**2, 0.1068, 0.00005); near(yh-1, 0.4621, 0.00005); near((yh-1)*h_, 0.3378, 0.00005); near(0.4621*2, 0.9242, 0); near(h_*(1-h_), 0.1966, 0.00005)
dz = (yh-1)*2*h_*(1-h_); near(dz, 0.1817, 0.00005); dw1 = dz*2; wrong(dw1, 0.1817, 0.01); near(dw1, 0.3634, 0.00005)
wv1, wv2, xs_, ys_ = sp.symbols('w1 w2 x y'); Lsym = (wv2/(1+sp.exp(-wv1*xs_)) - ys_)**2/2
near(float(sp.diff(Lsym, wv1).subs({wv1:.5, wv2:2, xs_:2, ys_:1})), 0.3634, 0.00005); near(float(sp.diff(Lsym, wv2).subs({wv1:.5, wv2:2, xs_:2, ys_:1})), 0.3378, 0.00005)
near(0.5-0.1*0.3634, 0.4637, 0.00005); near(2-0.1*0.3378, 1.9662, 0.00005)
Xm = sp.Matrix(3,2, sp.symbols('x0:6')); wm = sp.Matrix(sp.symbols('v0:2')); ym = sp.Matrix(sp.symbols('t0:3')); mm = 3
Jm2 = ((Xm*wm-ym).T*(Xm*wm-ym))[0]/(2*mm); ok(sp.simplify(sp.Matrix([sp.diff(Jm2, q) for q in wm]) - Xm.T*(Xm*wm-ym)/mm) == sp.zeros(2,1))

# ko/sgd_noise_scale.md
near(4/32, 0.125, 0); ok(sqrt(4/128)/sqrt(4/32) == 0.5); near(0.04*900/999, 0.036, 0.0005); near(4/100, 0.04, 1e-15); near(4/0.01, 400, 1e-9)
ok(1+400/400 == 2 and 1+400/400 == 2); ok(1+400/100 == 5 and 1+100/400 == 1.25)
rng = np.random.default_rng(0); pop = rng.normal(size=1000); pop = (pop-pop.mean())/pop.std()*2  # population variance 4
Bq = 100; ex = np.var(pop)/Bq*(1000-Bq)/(1000-1); sims = [rng.choice(pop, Bq, replace=False).mean() for _ in range(40000)]; near(np.var(sims), ex, 0.002)
print('ko ok', N_OK)

# ================= zh
# zh/vc_dimension_bound.md
ok(sum(comb(10, i) for i in range(4)) == 176 != 186); ok([comb(10,i) for i in range(4)] == [1,10,45,120]); ok(2**10 == 1024)
import itertools
def shatter(pts):
    import scipy.optimize as so
    for lab in itertools.product([-1,1], repeat=len(pts)):
        Aub = [[-l*p_[0], -l*p_[1], -l] for p_, l in zip(pts, lab)]; res = so.linprog([0,0,0], A_ub=Aub, b_ub=[-1]*len(pts), bounds=[(None,None)]*3)
        if res.status != 0: return False
    return True
try:
    import scipy; ok(shatter([(0,0),(1,0),(0,1)])); ok(not shatter([(0,0),(1,1),(1,0),(0,1)]))
except ImportError: print('scipy missing: skip shatter check')
ok(20000**3 == 8e12); near(log(4*8e12/0.05), 34.09, 0.005); near(8/10000*34.09, 0.02727, 0.000005); near(sqrt(0.02727), 0.165, 0.0005)
ok(all(sum(comb(nn,i) for i in range(4)) <= (nn)**3 for nn in range(2, 50)))

# zh/cosine_knn_by_hand.md
uu = np.array([1,2,2.]); vv_ = np.array([2,1,2.]); ww = np.array([0,3,4.])
ok(uu@vv_ == 8 and np.linalg.norm(uu) == 3 and np.linalg.norm(vv_) == 3); near(8/9, 0.889, 0.0005); ok(uu@ww == 14 and np.linalg.norm(ww) == 5); near(14/15, 0.933, 0.0005)
dh = uu/3 - vv_/3; near(dh@dh, 2/9, 1e-12); near(2-16/9, 2/9, 1e-12); near(sqrt(2/9), 0.471, 0.0005)
q = np.array([1,1.]); pts = {'A':(2,2), 'B':(0,3), 'C':(3,0), 'D':(1,-1)}; de = {k: np.linalg.norm(q-np.array(v)) for k, v in pts.items()}
near(de['A'], sqrt(2), 1e-12); near(sqrt(2), 1.414, 0.0005); near(de['B'], sqrt(5), 1e-12); near(de['C'], sqrt(5), 1e-12); near(sqrt(5), 2.236, 0.0005)
wrong(de['D'], sqrt(2), 0.01); near(de['D'], 2, 1e-12)
dm = {k: np.abs(q-np.array(v)).sum() for k, v in pts.items()}; ok(dm == {'A':2, 'B':3, 'C':3, 'D':2})
ok(sorted(de, key=de.get)[:2] == ['A','D']); ok(q@np.array(pts['D']) == 0)

# zh/product_quantization_memory.md
ok(10**6*128*4 == 512e6); ok(128//8 == 16 and log(256, 2) == 8); ok(8*10**6 == 8e6); ok(512/8 == 64); ok(8*256*16*4 == 131072 and 131072/1024 == 128)
ok(8*256 == 2048 and 256*128 == 32768 and 128*10**6 == 1.28e8)

# zh/fft_conv_theorem.ipynb
xq = np.array([1,2,3,0]); hq = np.array([1,1,0,0]); yq = np.array([sum(xq[k]*hq[(nn-k) % 4] for k in range(4)) for nn in range(4)]); ok(list(yq) == [1,3,5,3])
ok(np.isclose(np.exp(-2j*pi/4), -1j)); Xq = np.fft.fft(xq); Hq = np.fft.fft(hq); ok(np.allclose(Xq, [6,-2-2j,2,-2+2j])); ok(np.allclose(Hq, [2,1-1j,0,1+1j]))
ok(sp.expand((-2-2*sp.I)*(1-sp.I)) == -4); ok(sp.expand(-2+2*sp.I-2*sp.I+2*sp.I**2) == -4); ok(np.allclose(Xq*Hq, [12,-4,0,-4])); ok(np.allclose(np.fft.fft(yq), Xq*Hq))
ok(1-3j-5+3j == -4); ok(list(np.convolve([1,2,3],[1,1])) == [1,3,5,3]); ok(3+2-1 == 4)
near(1024**2, 1.05e6, 0.005e6); ok(512*10 == 5120); sp_ = 1024**2/5120; near(sp_, 2048/10, 1e-9); wrong(sp_, 20, 1)

# zh/winograd_bilinear.md
ok(2*3 == 6 and 2+3-1 == 4 and 2*2*9 == 36 and (2+3-1)**2 == 16 and 36/16 == 2.25 and 4*4*9 == 144 and (4+3-1)**2 == 36 and 144/36 == 4)
# verify F(2,3) really uses 4 multiplications (Lavin-Gray algorithm)
d0,d1,d2,d3,g0,g1,g2 = sp.symbols('d0:4 g0:3'); m1=(d0-d2)*g0; m2=(d1+d2)*(g0+g1+g2)/2; m3=(d2-d1)*(g0-g1+g2)/2; m4=(d1-d3)*g2
ok(sp.expand(m1+m2+m3 - (d0*g0+d1*g1+d2*g2)) == 0); ok(sp.expand(m2-m3-m4 - (d1*g0+d2*g1+d3*g2)) == 0)
xin = (1+0.5)/2-0.5; near(xin, 0.25, 1e-12); near(0.75-0.5, 0.25, 0); near(0.75*10+0.25*20, 12.5, 1e-12)
try:
    import torch
    ok(abs(torch.nn.functional.interpolate(torch.tensor([[[10.,20.]]]), scale_factor=2, mode='linear', align_corners=False)[0,0,1].item()-12.5) < 1e-6)
except ImportError: pass
ok(np.allclose(np.outer([.75,.25],[.75,.25]).ravel(), [0.5625,0.1875,0.1875,0.0625])); near(np.outer([.75,.25],[.75,.25]).sum(), 1, 1e-12)

# zh/lipschitz_step_size.md
Aq = np.array([[3,1],[1,3.]]); ok(np.allclose(np.linalg.eigvalsh(Aq), [2,4])); near(4/2, 2, 0); near(1/4, 0.25, 0); near(1-2/4, 0.5, 0)
kreq = log(1e6)/log(2); wrong(kreq, 13.8, 0.1); near(kreq, 19.93, 0.005)
near(2/(4+2), 1/3, 1e-12); near((2-1)/(2+1), 1/3, 1e-12); ok(max(abs(1-(1/3)*4), abs(1-(1/3)*2)) - 1/3 < 1e-12); near(2/4, 0.5, 0)
# GD with step 1/L on this quadratic: f-gap contracts by at most (1-mu/L)
bq = np.array([1.,-2.]); ws = np.linalg.solve(Aq, bq); fq = lambda w_: 0.5*w_@Aq@w_-bq@w_; w_ = np.array([5.,3.])
for _ in range(10):
    w_new = w_-0.25*(Aq@w_-bq); ok(fq(w_new)-fq(ws) <= 0.5*(fq(w_)-fq(ws))+1e-12); w_ = w_new
zq = sp.Symbol('z'); sgm = 1/(1+sp.exp(-zq)); near(float(sp.diff(sgm, zq).subs(zq, 0)), 0.25, 1e-12)
ok(max(float(sp.diff(sgm, zq).subs(zq, t)) for t in np.linspace(-5,5,101)) <= 0.25+1e-12)

# zh/lion_adafactor.ipynb
gq = np.array([.5,-.02,0]); mq = np.array([.1,.1,-.2]); wq = np.array([1.,-2.,.5]); cq = 0.9*mq+0.1*gq
near(cq[0], 0.14, 1e-12); wrong(cq[1], 0.092, 0.001); near(cq[1], 0.088, 1e-12); near(cq[2], -0.18, 1e-12); ok(list(np.sign(cq)) == [1,1,-1])
ok(np.allclose(0.1*wq, [.1,-.2,.05])); ok(np.allclose(np.sign(cq)+0.1*wq, [1.1,.8,-.95])); ok(np.allclose(wq-1e-4*(np.sign(cq)+0.1*wq), [0.99989,-2.00008,0.500095]))
ok(np.allclose(0.99*mq+0.01*gq, [0.104,0.0988,-0.198]))
ok(4096+4096 == 8192); near(4096**2, 1.68e7, 0.005e7); V = np.array([[1,2],[3,6.]]); R = V.sum(1); C = V.sum(0); ok(list(R) == [3,9] and list(C) == [4,8] and R.sum() == 12)
ok(np.allclose(np.outer(R,C), [[12,24],[36,72]])); ok(np.allclose(np.outer(R,C)/R.sum(), V))

# zh/early_stopping_cosine.md
vl = [0.90,0.75,0.70,0.71,0.69,0.70,0.72,0.73]
def stop(vl, pat):
    best, bi, wait = 1e9, 0, 0
    for i, v in enumerate(vl, 1):
        if v < best: best, bi, wait = v, i, 0
        else:
            wait += 1
            if wait >= pat: return i, bi
    return len(vl), bi
ok(stop(vl, 3) == (8, 5)); ok(8-5 == 3); ok(stop(vl, 2) == (7, 5))
near(0.5*(0.1-0.001), 0.0495, 1e-12); eta = lambda t: 0.001+0.0495*(1+cos(pi*t/100))
near(eta(0), 0.1, 1e-12); near(eta(25), 0.0855, 0.00005); near(cos(pi/4), 0.7071, 0.00005); near(eta(50), 0.0505, 1e-12)
wrong(eta(75), 0.0855, 0.001); near(eta(75), 0.0155, 0.00005); near(eta(100), 0.001, 1e-12); near(1-0.7071, 0.2929, 1e-12)
print('zh ok', N_OK)
print('ALL CHECKS PASSED:', N_OK)
