# Numeric / symbolic checks for the Korean files.
import numpy as np, sympy as sp, math
from math import sqrt, log, exp
fails = 0
def ok(name, cond):
    global fails
    if not cond: fails += 1; print('FAIL', name)
def bad(name, cond): ok('WRONG-LINE-ACTUALLY-TRUE ' + name, not cond)
def r(x, d): return round(x + 0.0, d)
sig = lambda x: 1/(1+math.exp(-x))

# ---- ddpm_loss
ok('ddpm sqrt', sqrt(.64) == .8 and r(sqrt(1-.64), 12) == .6)
ok('ddpm xt', abs(.8*1.5+.6*.5-1.5) < 1e-12 and abs(.8*1.5-1.2) < 1e-12)
ok('ddpm loss', abs((.5-.2)**2-.09) < 1e-12 and abs(-2*(.5-.2)+.6) < 1e-12)
ok('ddpm x0 num', abs(1.5-.6*.2-1.38) < 1e-12); bad('ddpm x0hat', abs(1.38/.8-1.625) < 1e-9); ok('ddpm x0hat true', abs(1.38/.8-1.725) < 1e-12)
ok('ddpm err', abs(1.725-1.5-0.225) < 1e-12 and abs(.6/.8*.3-.225) < 1e-12)
a, x0, e, eh = sp.symbols('a x0 e eh', positive=True); xt = sp.sqrt(a)*x0+sp.sqrt(1-a)*e
ok('ddpm err sym', sp.simplify((xt-sp.sqrt(1-a)*eh)/sp.sqrt(a) - x0 - sp.sqrt(1-a)/sp.sqrt(a)*(e-eh)) == 0)

# ---- leaky_elu
ok('leaky', -3*.01 == -.03)
x = sp.symbols('x'); elu = sp.exp(x)-1; ok('elu d', sp.simplify(sp.diff(elu, x) - (elu+1)) == 0)
ok('elu -1', r(exp(-1)-1, 3) == -0.632); bad('elu d -1', r(exp(-1)-1-1, 3) == -1.632 and abs((exp(-1)-1-1) - exp(-1)) < 1e-9)
ok('softplus', sp.simplify(sp.diff(sp.log(1+sp.exp(x)), x) - 1/(1+sp.exp(-x))) == 0 and r(log(2), 3) == .693 and r(log(1+exp(2)), 3) == 2.127)
ok('tanh', sp.simplify(sp.tanh(x) - (2/(1+sp.exp(-2*x))-1)).rewrite(sp.exp).simplify() == 0 and r(math.tanh(1), 4) == .7616 and r(1-.7616**2, 3) == .420)

# ---- highway_gate
H = math.tanh(1); T = sig(-2)
ok('hw vals', r(H, 4) == .7616 and r(T, 4) == .1192 and r(1-T, 4) == .8808)
ok('hw y', r(.1192*.7616, 4) == .0908 and abs(.8808*2-1.7616) < 1e-12 and abs(.0908+1.7616-1.8524) < 1e-12 and r(T*H+(1-T)*2, 4) == 1.8524)
Tf, Hf = sp.Function('T')(x), sp.Function('H')(x)
ok('hw deriv', sp.simplify(sp.diff(Tf*Hf+(1-Tf)*x, x) - (Tf*sp.diff(Hf, x) + (1-Tf) + (Hf-x)*sp.diff(Tf, x))) == 0)
ok('hw dy', r(.5*(1-H**2), 4) == .2100 and r(.1192*.21, 4) == .0250 and abs(.025+.8808-.9058) < 1e-12 and r(T*.5*(1-H**2)+1-T, 4) == .9058)

# ---- gumbel_softmax
u = np.array([.7, .2, .5]); g = -np.log(-np.log(u))
ok('gumbel g', r(-log(.7), 4) == .3567 and r(-log(.2), 4) == 1.6094 and r(-log(.5), 4) == .6931 and [r(v, 3) for v in g] == [1.031, -.476, .367])
z = np.log([.5, .3, .2])+g; ok('gumbel z', [r(v, 3) for v in z] == [.338, -1.680, -1.243] and np.argmax(z) == 0)
ok('gumbel z terms', [r(v, 3) for v in np.log([.5, .3, .2])] == [-.693, -1.204, -1.609])
for tau, yv in [(1, (.747, .099, .154)), (.5, (.943, .017, .040))]:
    ee = np.exp(z/tau); ok(f'gs tau{tau}', np.allclose((ee/ee.sum()).round(3), yv))
ok('gs z/tau', np.allclose((z/.5).round(3), [.676, -3.360, -2.486]))
rng = np.random.default_rng(0); U = rng.random((200000, 3)); G = -np.log(-np.log(U))
ok('gumbel-max dist', np.allclose(np.bincount(np.argmax(np.log([.5, .3, .2])+G, 1))/200000, [.5, .3, .2], atol=.01))

# ---- topk_sampling
p = np.array([.40, .25, .15, .10, .06, .04]); ok('topk sum', abs(p.sum()-1) < 1e-12 and abs(p[:3].sum()-.8) < 1e-12)
ok('topk A C', abs(.4/.8-.5) < 1e-12 and abs(.15/.8-.1875) < 1e-12); bad('topk B', abs(.25/.8-.3215) < 1e-9)
ok('topp', np.allclose(np.cumsum(p)[:4], [.4, .65, .8, .9]) and np.allclose((p[:4]/.9).round(3), [.444, .278, .167, .111]) and abs(.06+.04-.1) < 1e-12)
ok('combined', np.allclose(np.cumsum([.5, .3125, .1875]), [.5, .8125, 1.0]))

# ---- sarsa_return
R = [1, 0, -2, 3]; G = [0]*4; G[3] = 3
for t in (2, 1, 0): G[t] = R[t]+.9*G[t+1]
ok('G2', abs(G[2]-.7) < 1e-12); bad('G1=0.67', abs(G[1]-.67) < 1e-9); ok('G1 true', abs(G[1]-.63) < 1e-12)
ok('G0', abs(G[0]-1.567) < 1e-12 and abs(1+.9*.63-1.567) < 1e-12 and abs(1-1.62+2.187-1.567) < 1e-12 and abs(.729*3-2.187) < 1e-12)
ok('nstep', abs(1+0+.81*.5-1.405) < 1e-12 and abs(1/(1-.9)-10) < 1e-9 and abs(1/(1-.99)-100) < 1e-9)

# ---- advantage
ok('adv d0', abs(.5+.9*2.5-2-.75) < 1e-12 and abs(.9*2.5-2.25) < 1e-12); ok('adv d1', abs(1+.9*1-2.5+.6) < 1e-12)
ok('adv gae', abs(.9*.95-.855) < 1e-12 and abs(.855*.6-.513) < 1e-12 and abs(.75-.513-.237) < 1e-12 and abs(.75-.9*.6-.21) < 1e-12)

# ---- map_l2
ok('map sums', 1*1+2*3+3*2 == 13 and 1+4+9 == 14 and .25/1 == .25)
ok('map mle', r(13/14, 3) == .929); bad('map MAP', r(13/14.25, 4) == .9213); ok('map true', r(13/14.25, 4) == .9123)
w, s2, t2 = sp.symbols('w s2 t2', positive=True); xs, ys = [1, 2, 3], [1, 3, 2]
nlp = sum((yy-w*xx)**2 for xx, yy in zip(xs, ys))/(2*s2) + w**2/(2*t2)
sol = sp.solve(sp.diff(nlp, w), w)[0]; ok('map closed form', sp.simplify(sol - 13/(14+s2/t2)) == 0)

# ---- fisher_lda
X1 = np.array([[1, 1], [2, 3], [3, 2]]); X2 = np.array([[5, 4], [6, 6], [7, 5]]); m1, m2 = X1.mean(0), X2.mean(0)
ok('lda means', np.allclose(m1, [2, 2]) and np.allclose(m2, [6, 5]))
S1 = (X1-m1).T@(X1-m1); S2 = (X2-m2).T@(X2-m2); ok('lda S', np.allclose(S1, [[2, 1], [1, 2]]) and np.allclose(S2, S1))
SW = S1+S2; ok('lda inv', abs(np.linalg.det(SW)-12) < 1e-9 and np.allclose(np.linalg.inv(SW), np.array([[4, -2], [-2, 4]])/12))
wv = np.linalg.solve(SW, m2-m1); ok('lda w', np.allclose(wv*12, [10, 4]) and 16-6 == 10 and -8+12 == 4)
w5 = np.array([5, 2]); ok('lda J', w5@(m2-m1) == 26 and w5@SW@w5 == 156 and r(676/156, 3) == 4.333 and r((m2-m1)@wv, 3) == 4.333 and r(52/12, 3) == 4.333)
ok('lda proj', w5@m1 == 14 and w5@m2 == 40 and all(X1@w5 < 27) and all(X2@w5 > 27))

# ---- mahalanobis
S = np.array([[4, 2], [2, 3]]); Si = np.linalg.inv(S)
ok('maha det', abs(np.linalg.det(S)-8) < 1e-9); bad('maha inv', np.allclose(Si, np.array([[3, 2], [2, 4]])/8)); ok('maha inv true', np.allclose(Si, np.array([[3, -2], [-2, 4]])/8))
d = np.array([2, 1]); ok('maha A', abs(d@Si@d-1) < 1e-12 and 3*4-2*2*2*1+4*1 == 8 and r(sqrt(5), 3) == 2.236)
d = np.array([0, 2]); ok('maha B', abs(d@Si@d-2) < 1e-12 and r(sqrt(2), 3) == 1.414)
ok('maha logpdf', r(.5*log((2*math.pi)**2*8), 3) == 2.878 and abs(-.5-2.878+3.378) < 1e-12)
from math import pi as PI
xA = np.array([3, 2]); mu = np.array([1, 1]); lp = -.5*(xA-mu)@Si@(xA-mu) - .5*log(np.linalg.det(2*PI*S)); ok('maha logpdf direct', r(lp, 3) == -3.378)

# ---- grad_accum
ok('ga', 128/16 == 8 and 100000/16 == 6250 and 6250//8 == 781 and 781*8 == 6248 and 100000/128 == 781.25)
ok('ga tokens', 128*512 == 65536 and math.ceil(1e9/65536) == 15259)

# ---- mse_backprop_qa
xv = np.array([1, 2, 3.]); yv = np.array([2, 4, 5.]); yh = xv.copy(); res = yh-yv
ok('mse fwd', np.allclose(res, [-1, -2, -2]) and abs((res**2).mean()-3) < 1e-12)
bad('mse student', abs(2*(res*xv).sum()/3 - (-22)) < 1e-9); ok('mse student arith', 2*(res*xv).sum() == -22)
gw = 2/3*(res*xv).sum(); gb = 2/3*res.sum(); ok('mse grads', r(gw, 3) == -7.333 and r(gb, 3) == -3.333)
w1 = 1-.1*gw; b1 = -.1*gb; ok('mse upd', r(w1, 4) == 1.7333 and r(b1, 4) == .3333)
yh1 = w1*xv+b1; r1 = yh1-yv; ok('mse new', np.allclose(yh1.round(3), [2.067, 3.8, 5.533]) and np.allclose(r1.round(3), [.067, -.2, .533]) and np.allclose((r1**2).round(4), [.0044, .04, .2844]) and r((r1**2).mean(), 3) == .110)
ok('mse student w', 1+.1*22 == 3.2)

# ---- conv_size_slide
ok('conv', (224+6-7)/2 == 111.5 and (224+6-7)//2+1 == 112 and (112+2-3)//2+1 == 56 and (112+2-3)//2 == 55)
ok('tconv', (56-1)*2-2+4 == 112 and 55*2-2+4 == 112 and 55*2-2+3+1 == 112); bad('tconv K3', 55*2-2+3 == 112)
ok('dil rf', 2*(3-1)+1 == 5 and 2*2+1 == 5 and 2*3+1 == 7 and 3*9 == 27)
ok('dws', 3*3*64*128 == 73728 and 64*9 == 576 and 64*128 == 8192); bad('dws sum', 576+8192 == 8868)
ok('dws ratio', r(1/128+1/9, 3) == .119 and r(73728/8768, 1) == 8.4 and abs(8768/73728 - (1/128+1/9)) < 1e-12)

# ---- kron_jacobian
ok('sig vals', sig(0) == .5 and abs(sig(log(3))-.75) < 1e-12 and abs(.75*.25-.1875) < 1e-12)
ok('vjp', np.allclose(np.array([2, 4])*np.array([.25, .1875]), [.5, .75]))
ok('tanh .5', r(math.tanh(.5), 4) == .4621); bad('tanh deriv', sp.simplify(sp.diff(sp.tanh(x), x) - (1-sp.tanh(x))) == 0)
ok('tanh wrong value as written', r(1-math.tanh(.5), 3) == .538 and r(1-math.tanh(.5)**2, 3) == .786)
ok('kron', np.kron(np.ones((5, 4)), np.eye(3)).shape == (15, 12))
Xm, Wm = np.random.randn(4, 5), np.random.randn(3, 4); ok('kron vec', np.allclose(np.kron(Xm.T, np.eye(3))@Wm.flatten('F'), (Wm@Xm).flatten('F')))

# ---- mish_softplus
sp_ = lambda v: log(1+exp(v)); ok('tanh ln2', abs(math.tanh(log(2))-.6) < 1e-12 and abs((2-.5)/(2+.5)-.6) < 1e-12)
m = x*sp.tanh(sp.log(1+sp.exp(x))); dm = sp.diff(m, x)
ok('mish deriv', abs(float(dm.subs(x, .7)) - float((sp.tanh(sp.log(1+sp.exp(x))) + x*(1-sp.tanh(sp.log(1+sp.exp(x)))**2)/(1+sp.exp(-x))).subs(x, .7))) < 1e-12)
ok('mish 0', abs(float(dm.subs(x, 0))-.6) < 1e-12)
ok('mish 1', r(sp_(1), 4) == 1.3133 and r(math.tanh(sp_(1)), 4) == .8651 and r(.8651**2, 4) == .7484 and r(.2516*.7311, 4) == .1839 and abs(.8651+.1839-1.049) < 1e-12 and r(float(dm.subs(x, 1)), 4) == 1.0490)
ok('mish -1', r(sp_(-1), 4) == .3133 and r(math.tanh(sp_(-1)), 4) == .3034)
xs_ = np.linspace(-5, 0, 100001); ok('mins', r((xs_*np.tanh(np.log1p(np.exp(xs_)))).min(), 2) == -.31 and r((xs_/(1+np.exp(-xs_))).min(), 2) == -.28)
print('KO failures:', fails)
