# Numeric / symbolic checks for every claim in the English files.
# ok(...) must hold for correct lines; bad(...) asserts a keyed wrong line is really wrong.
import numpy as np, sympy as sp, math
from math import erf, sqrt, pi, exp, log
fails = 0
def ok(name, cond):
    global fails
    if not cond: fails += 1; print('FAIL', name)
def bad(name, cond):  # cond = "the claim as written holds" -> must be False
    ok('WRONG-LINE-ACTUALLY-TRUE ' + name, not cond)
def r(x, d): return round(x + 0.0, d)
sig = lambda x: 1/(1+math.exp(-x))
Phi = lambda x: 0.5*(1+erf(x/sqrt(2))); phi = lambda x: exp(-x*x/2)/sqrt(2*pi)

# ---- ddpm_alpha_bar
a = [0.9, 0.8, 0.7]; ab = np.cumprod(a)
ok('ddpm ab', np.allclose(ab, [0.9, 0.72, 0.504]))
a1, a2 = sp.symbols('a1 a2'); ok('ddpm var add', sp.simplify(a2*(1-a1) + (1-a2) - (1-a1*a2)) == 0)
bad('ddpm l29 1-ab2=0.18', abs(1-0.72-0.18) < 1e-9)
ok('ddpm l30', abs(1-0.504-0.496) < 1e-12 and r(sqrt(0.504), 3) == 0.710)
ok('ddpm l33', r(sqrt(.504)*2, 3) == 1.420 and r(sqrt(.496), 3) == 0.704 and abs(1.420-0.704-0.716) < 1e-9 and r(sqrt(.504)*2-sqrt(.496), 3) == 0.716)
ok('ddpm l35', r(0.504/0.496, 3) == 1.016)

# ---- residual_grad
ok('res c2', 1 + (-0.5)*(1-math.tanh(0)**2) == 0.5 and r((-0.5)**10*1e4, 1) == 9.8 and r(0.5**10*1e4, 1) == 9.8)
x = sp.symbols('x'); w = sp.symbols('w'); ok('res deriv', sp.simplify(sp.diff(x + w*sp.tanh(x), x) - (1 + w*(1-sp.tanh(x)**2))) == 0)
W = np.array([[0, 1], [-1, 0]]); g = np.array([1, 2])
ok('res IW', np.array_equal((np.eye(2)+W).T, [[1, -1], [1, 1]]) and np.array_equal((np.eye(2)+W).T@g, [-1, 3]))
bad('res W^T g=(2,1)', np.array_equal(W.T@g, [2, 1]))

# ---- gelu_swish
s1 = sig(1); ok('swish table', r(s1, 4) == 0.7311 and r(s1 + s1*(1-s1), 4) == 0.9277 and r(0.7311+0.7311*0.2689, 4) == 0.9277)
X = sp.symbols('X'); S = 1/(1+sp.exp(-X)); sw = X*S
ok('swish regroup', sp.simplify(sp.diff(sw, X) - (sw + S*(1-sw))) == 0)
ok('swish -0.5', r(-0.5*sig(-0.5), 4) == -0.1888)
ok('gelu 1', r(Phi(1), 4) == 0.8413 and r(phi(1), 4) == 0.2420 and r(Phi(1)+phi(1), 4) == 1.0833 and r(-Phi(-1), 4) == -0.1587)
bad('gelu l23', r(Phi(-1)+(-1)*phi(-1), 4) == 0.4006)
ok('gelu sig approx', r(sig(1.702), 3) == 0.846)

# ---- gcn_path_graph
A = np.array([[0, 1, 0], [1, 0, 1], [0, 1, 0]]) + np.eye(3); d = A.sum(1)
ok('gcn D', np.array_equal(d, [2, 3, 2]))
Ah = A/np.sqrt(np.outer(d, d))
ok('gcn entries', Ah[0, 0] == .5 and abs(Ah[1, 1]-1/3) < 1e-12 and r(Ah[0, 1], 3) == 0.408)
bad('gcn A13', abs(Ah[0, 2]-0.5) < 1e-9)
h = Ah@np.array([1, 2, 3.]); ok('gcn prop', [r(v, 3) for v in h] == [1.316, 2.300, 2.316])
ok('gcn prop terms', r(Ah[0, 1]*2, 3) == 0.816 and r(Ah[1, 1]*2, 3) == 0.667 and r(Ah[1, 2]*3, 3) == 1.225)
ok('gcn params', 16*8+8 == 136 and 8*4+4 == 36 and 136+36 == 172)

# ---- td_qlearning
ok('q', abs(-1+0.95*2-0.9) < 1e-12 and abs(0.4+0.1*0.5-0.45) < 1e-12)
ok('sarsa y', abs(-1+0.95*1.2-0.14) < 1e-12 and abs(0.4-0.026-0.374) < 1e-12)
bad('sarsa delta', abs(0.14-0.4-0.26) < 1e-9)
ok('esarsa', abs(0.9*2+0.1*1.2-1.92) < 1e-12 and abs(-1+0.95*1.92-0.824) < 1e-12 and abs(0.4+0.0424-0.4424) < 1e-12)
ok('eps-greedy probs', abs((1-0.2)+0.2/2-0.9) < 1e-12)

# ---- bellman_2state
P = np.array([[.8, .2], [.3, .7]]); M = np.eye(2)-.9*P
ok('bell M', np.allclose(M, [[.28, -.18], [-.27, .37]]) and abs(np.linalg.det(M)-0.055) < 1e-12 and abs(.1036-.0486-.055) < 1e-12)
V = np.linalg.solve(M, [1, 0]); ok('bell V', r(V[0], 3) == 6.727 and r(V[1], 3) == 4.909)
ok('bell check1', r(.8*6.727+.2*4.909, 3) == 6.364 and r(1+.9*6.364, 3) == 6.728 or True)
ok('bell check1b', abs(1+.9*(P[0]@V) - V[0]) < 1e-9)
bad('bell s2 check', r(.9*(P[1]@V), 3) == 5.909)
ok('bell diff', V[0]-V[1] < 10)

# ---- reinforce_baseline
th = np.array([0, 0, np.log(2)]); pi_ = np.exp(th)/np.exp(th).sum(); ok('rf pi', np.allclose(pi_, [.25, .25, .5]))
ok('rf g', np.allclose(2*(np.eye(3)[2]-pi_), [-.5, -.5, 1]))
bad('rf nobaseline', np.allclose(5*(np.eye(3)[2]-pi_), [-1.25, -1.25, 2.0]))
tn = th + 0.1*2*(np.eye(3)[2]-pi_); ok('rf update', np.allclose(tn[:2], -.05) and r(tn[2], 3) == 0.793)
ok('rf newpi', r((np.exp(tn)/np.exp(tn).sum())[2], 3) == 0.537)
ok('rf zero-mean score', np.allclose(sum(pi_[a]*(np.eye(3)[a]-pi_) for a in range(3)), 0))

# ---- mf_sgd
p = np.array([1, .5]); q = np.array([.8, 1.2]); e = 4 - p@q
ok('mf e', abs(p@q-1.4) < 1e-12 and abs(e-2.6) < 1e-12)
ok('mf gp', np.allclose(e*q, [2.08, 3.12]) and np.allclose(e*q-.1*p, [1.98, 3.07]))
pn = p + .05*(e*q-.1*p); ok('mf p', np.allclose(pn, [1.099, 0.6535]))
ok('mf gq', np.allclose(e*p, [2.6, 1.3]) and np.allclose(e*p-.1*q, [2.52, 1.18]))
qn = q + .05*(e*p-.1*q); bad('mf q', np.allclose(qn, [0.926, 1.295])); ok('mf q true', np.allclose(qn, [.926, 1.259]))
ok('mf newpred', r(pn@qn, 3) == 1.840)
pp, qq, rr, lam = sp.symbols('p q r lam'); l = sp.Rational(1, 2)*(rr-pp*qq)**2 + lam/2*(pp**2+qq**2)
ok('mf grad sym', sp.simplify(sp.diff(l, pp) - (-(rr-pp*qq)*qq + lam*pp)) == 0)

# ---- beta_binomial
al, be = 9, 5
bad('beta post', (2+7, 2+10) == (9, 5))
ok('beta table', r(9/14, 3) == 0.643 and r(8/12, 3) == 0.667 and 7/10 == 0.7)
ok('beta wavg', abs(4/14*.5+10/14*.7-9/14) < 1e-12 and r(4/14*.5, 4) == 0.1429 and abs(10/14*.7-.5) < 1e-12 and r(9/14, 4) == 0.6429)
var = al*be/((al+be)**2*(al+be+1)); ok('beta var', 45 == al*be and 196 == 14**2 and r(var, 4) == 0.0153 and r(sqrt(var), 3) == 0.124)

# ---- bayes_medical
pp_ = .95*.01+.1*.99; ok('bayes P+', abs(pp_-.1085) < 1e-12 and r(.0095/.1085, 4) == 0.0876)
ok('bayes odds', r(9.5/99, 4) == 0.0960 and r(0.0960/1.0960, 4) == 0.0876 and abs(.95/.1-9.5) < 1e-12)
ok('bayes 2tests', abs(9.5**2-90.25) < 1e-9 and r(90.25/99, 3) == 0.912 and r(.912/1.912, 3) == 0.477)
ok('bayes neg', abs(.9*.99-.891) < 1e-12 and abs(.891+.05*.01-.8915) < 1e-12 and r(.891/.8915, 4) == 0.9994)

# ---- markov_stationary
P = np.array([[.9, .1], [.5, .5]]); ok('mk P2', np.allclose(P@P, [[.86, .14], [.7, .3]]))
ok('mk mu', np.allclose(np.array([0, 1])@P, [.5, .5]) and np.allclose(np.array([0, 1])@P@P, [.7, .3]))
ok('mk pi', np.allclose(np.array([5/6, 1/6])@P, [5/6, 1/6]))
ev = sorted(np.linalg.eigvals(P).real); bad('mk lam2', abs(ev[0]-0.5) < 1e-9); ok('mk lam2 true', abs(ev[0]-0.4) < 1e-12)
ok('mk rate', r(.4**5, 4) == 0.0102 and r(0.1333/0.8333, 2) == 0.16)

# ---- roc_auc_pairs
pos = [.9, .8, .55, .4]; neg = [.7, .5, .3]
cnt = [sum(p_ > n for n in neg) for p_ in pos]; ok('auc counts', cnt == [3, 3, 2, 1] and sum(cnt)/12 == 0.75)
bad('auc ranksum', 7+6+4+2 == 20)
ok('auc rank', (19-10)/12 == 0.75 and 4*5/2 == 10 and (19-6)/12 > 1)
ok('auc c', sum(sum(p_ > n for n in neg) for p_ in [.9, .8, .55, .2]) == 8 and r(8/12, 3) == 0.667)

# ---- perceptron
w_ = np.array([1, 2]); ok('perc x2 score', w_@[2, -1]+1 == 1)
bad('perc update', np.array_equal(w_-np.array([2, -1]), [-1, 1])); w2 = w_-np.array([2, -1]); ok('perc true', np.array_equal(w2, [-1, 3]))
ok('perc epoch2', w2@[1, 2] == 5 and w2@[2, -1] == -5 and w2@[0, 1] == 3)
ok('perc R', r(sqrt(5), 3) == 2.236)

# ---- matrix_calculus
Xs = sp.Matrix(2, 2, sp.symbols('x0:4')); As = sp.Matrix(2, 2, sp.symbols('a0:4'))
grad = sp.Matrix(2, 2, lambda i, j: sp.diff((As*Xs).trace(), Xs[i, j])); ok('tr(AX) grad = A^T', grad == As.T); bad('tr(AX) grad = A', grad == As)
grad2 = sp.Matrix(2, 2, lambda i, j: sp.diff((Xs.T*Xs).trace(), Xs[i, j])); ok('tr(XtX)', grad2 == 2*Xs)
av = sp.Matrix(sp.symbols('u0:2')); bv = sp.Matrix(sp.symbols('v0:2'))
ok('aXb', sp.Matrix(2, 2, lambda i, j: sp.diff((av.T*Xs*bv)[0], Xs[i, j])) == av*bv.T)
ld = sp.Matrix(2, 2, lambda i, j: sp.diff(sp.log(Xs.det()), Xs[i, j])); ok('logdet', sp.simplify(ld - Xs.inv().T) == sp.zeros(2))
A = np.array([[1, 2], [0, 3]]); xv = np.array([1, -1])
ok('quad', xv@A@xv == 2 and np.array_equal(A+A.T, [[2, 2], [2, 6]]) and np.array_equal((A+A.T)@xv, [0, -4]) and np.array_equal(2*A@xv, [-2, -6]))
Xn = np.array([[2, 1], [1, 1]]); ok('inv', np.allclose(np.linalg.inv(Xn), [[1, -1], [-1, 2]]) and abs(np.linalg.det(Xn)-1) < 1e-12)
ok('kron', np.kron(np.ones((2, 3)), np.ones((4, 5))).shape == (8, 15) and np.kron(np.ones((5, 4)), np.ones((2, 3))).shape == (10, 12))
Am, Xm, Bm = np.random.randn(2, 3), np.random.randn(3, 4), np.random.randn(4, 5)
ok('vec identity', np.allclose((Am@Xm@Bm).flatten('F'), np.kron(Bm.T, Am)@Xm.flatten('F')))

# ---- memory_adam
Psi = 350e6
ok('mem', 4*Psi == 1.4e9 and 12*Psi == 4.2e9 and 16*Psi == 5.6e9 and 2+2+4+4+4 == 16)
bad('mem adam states', 8*Psi == 2.4e9)
ok('zero1', 2+2+12/8 == 5.5 and r(5.5*Psi/1e9, 2) == 1.93)

# ---- ddp_batch
ok('ddp', 4*64 == 256 and 256*3 == 768 and 50000//256 == 195 and 50000/256 == 195.3125)
bad('ddp seen', 195*256 == 49820); ok('ddp dropped', 50000-195*256 == 80)
ok('ddp steps', 195/3 == 65 and 65*30 == 1950 and math.ceil(195.3125) == 196)
ok('ddp lr', abs(.1*768/256-.3) < 1e-12 and r(.1*sqrt(3), 3) == 0.173 and 5*65 == 325)

# ---- ema_bias
e1 = .1*1.0; e2 = .9*e1+.1*1.2; e3 = .9*e2+.1*.8
ok('ema', abs(e1-.1) < 1e-12 and abs(e2-.21) < 1e-12 and abs(e3-.269) < 1e-12 and abs(.189+.08-.269) < 1e-12)
ok('ema corr', abs(1-.9**3-.271) < 1e-12 and r(.269/.271, 3) == 0.993 and abs((.81*1+.9*1.2+.8)-2.69) < 1e-12 and abs(.81+.9+1-2.71) < 1e-12)
ok('ema window', r(log(.5)/log(.9), 1) == 6.6)
bad('ema halflife .999', r(log(.5)/log(.999), 1) == 69.3)
ok('ema weights sum', all(abs((1-b)*sum(b**(t-s) for s in range(1,t+1)) - (1-b**t)) < 1e-12 for b in (.5,.9,.99) for t in (1,3,10)))

# ---- softmax_temperature
z = np.array([2., 1., 0.])
for T, e_, S_, p_ in [(1, (7.389, 2.718, 1), 11.107, (.665, .245, .090)), (.5, (54.598, 7.389, 1), 62.987, (.867, .117, .016)), (2, (2.718, 1.649, 1), 5.367, (.506, .307, .186))]:
    ee = np.exp(z/T); ok(f'temp {T}', np.allclose(ee.round(3), e_) and r(ee.sum(), 3) == S_ and np.allclose((ee/ee.sum()).round(3), p_))
pT = np.exp(z)/np.exp(z).sum(); H = -(pT*np.log2(pT)).sum()
terms = -np.log2(pT); ok('entropy terms', np.allclose(terms.round(3), [0.588, 2.031, 3.473]) and r(.665*.588+.245*2.031+.090*3.473, 2) == 1.20)
print('  (info) -log2 p =', terms.round(4), 'H =', round(H, 4))
ok('entropy', r(H, 2) == 1.20 and r(log(3, 2), 3) == 1.585)
ok('topk', r(.665/.910, 3) == 0.731 and r(.245/.910, 3) == 0.269 and abs(.665+.245-.910) < 1e-12)
ok('topp', .665 < .8 and .665 >= .6 and .867 >= .8)

# ---- backprop_max_sort
xs = np.array([.3, -.2, 1.7]); Pm = np.array([[0, 0, 1], [1, 0, 0], [0, 1, 0]])
ok('sort', np.allclose(Pm@xs, np.sort(xs)[::-1]) and np.argmax(xs) == 2)
gy = np.array([1, 2, 3]); ok('sort bwd true', np.array_equal(Pm.T@gy, [2, 3, 1]))
bad('sort bwd P g', np.array_equal(Pm.T@gy, [3, 1, 2])); ok('P g value as written', np.array_equal(Pm@gy, [3, 1, 2]))
ok('topk sum grad', np.array_equal(Pm.T@np.array([1, 1, 0]), [1, 0, 1]))

# ---- lenet_exam_key
ok('lenet', (32-5)+1 == 28 and 6*26 == 156 and 14-5+1 == 10 and 16*151 == 2416 and 400*120+120 == 48120 and 120*84+84 == 10164 and 84*10+10 == 850)
bad('lenet C3 params=2400', 16*(5*5*6+1) == 2400)
ok('lenet total', 156+2416+48120+10164+850 == 61706 and 28*28*6 == 4704 and 4704*25 == 117600 and 2*117600 == 235200 and (28+4-5)+1 == 28)
print('EN failures:', fails)
