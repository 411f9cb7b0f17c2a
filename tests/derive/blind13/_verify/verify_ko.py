import sys, numpy as np, sympy as sp
from math import *
from vlib import *
sig = lambda z: 1/(1+exp(-z))

f = 'ko/rnn_embedding_params.md'
E(10000*100, 1000000, f); E(64*(100 + 64) + 64, 10560, f); E(64*164, 10496, f); E(64 + 1, 65, f)
tot = 1000000 + 10560 + 65; E(tot, 1010625, f); ok(tot != 1010525, f + ' wrong'); R('0.9895', 1e6/tot, f); E(10560 + 65, 10625, f)
keyed(f, ['1{,}010{,}525'])

f = 'ko/lstm_cell_backward.ipynb'
F, I, G, O, cp = 0.8, 0.6, 0.5, 0.9, 1.0; c = F*cp + I*G; E(c, 1.1, f); E(0.8 + 0.3, 1.1, f)
tc = tanh(c); R('0.8005', tc, f); R('0.7204', O*tc, f); R('0.3592', 1 - tc**2, f); R('0.3592', 1 - 0.8005**2, f)
dc = O*(1 - tc**2); R('0.3233', dc, f)
R('0.3233', dc*cp, f); R('0.1616', dc*G, f); R('0.1940', dc*I, f); R('0.2586', dc*F, f)
E(F*(1 - F), 0.16, f); E(I*(1 - I), 0.24, f); E(O*(1 - O), 0.09, f)
R('0.0517', dc*cp*F*(1 - F), f); R('0.0388', dc*G*I*(1 - I), f); R('0.0720', tc*O*(1 - O), f)
W('0.0485', dc*I*(1 - G**2), f); R('0.1455', dc*I*(1 - G**2), f)
keyed(f, ['g(1-g)'])

f = 'ko/vae_elbo_korean.md'
m_, s2_ = sp.symbols('mu s2', positive=True); x = sp.symbols('x', real=True)
q = sp.exp(-(x - m_)**2/(2*s2_))/sp.sqrt(2*sp.pi*s2_); pz = sp.exp(-x**2/2)/sp.sqrt(2*sp.pi)
# closed form (correct) vs numeric quadrature at mu=0.5, s2=0.25
xs = np.linspace(-12, 12, 400001); qq = np.exp(-(xs - 0.5)**2/(2*0.25))/np.sqrt(2*np.pi*0.25); pp = np.exp(-xs**2/2)/np.sqrt(2*np.pi)
num = np.trapezoid(qq*np.log(qq/pp), xs)
E(num, 0.5*(0.25 + 0.25 - 1 - log(0.25)), f, 1e-6); ok(abs(num - 0.5*(0.25 + 0.25 - 1 + log(0.25))) > 0.1, f + ' wrong sign formula')
R('0.8863', 0.25 + 0.25 - 1 - log(0.25), f); R('1.3863', -log(0.25), f); E(1 + 1 - 1 - log(1), 1, f)
kl = 0.5*(0.25 + 0.25 - 1 - log(0.25) + 1); R('0.9431', kl, f); R('0.9431', 0.5*(0.8863 + 1), f)
R('-0.1054', log(.9), f); R('-0.2231', log(.8), f); R('-0.5108', log(.6), f); rec = log(.9) + log(.8) + log(.6); R('-0.8393', rec, f)
R('-1.782', rec - kl, f); R('-1.782', -0.8393 - 0.9431, f)
keyed(f, [r'- 1 + \log\sigma_j^2'])

f = 'ko/gan_bce_losses.ipynb'
R('0.2231', -log(.8), f); R('0.5108', -log(.6), f); R('0.3670', (-log(.8) - log(.6))/2, f)
R('0.3567', -log(.7), f); R('0.1054', -log(.9), f); R('0.2310', (-log(.7) - log(.9))/2, f)
LD = (-log(.8) - log(.6))/2 + (-log(.7) - log(.9))/2; R('0.5980', LD, f); R('1.386', 2*log(2), f)
R('-0.2310', (log(.7) + log(.9))/2, f); R('1.2040', -log(.3), f); R('2.3026', -log(.1), f); R('1.7533', (-log(.3) - log(.1))/2, f)
a = sp.symbols('a'); S = 1/(1 + sp.exp(-a))
ok(sp.simplify(sp.diff(sp.log(1 - S), a) + S) == 0, f); ok(sp.simplify(sp.diff(-sp.log(S), a) + (1 - S)) == 0, f)
E(1 - 0.1, 0.9, f); E(0.9/0.1, 9, f)

f = 'ko/cosine_similarity_embedding.md'
u, v, w = np.array([3, 4, 0.]), np.array([4, 0, 3.]), np.array([0, 3, 4.])
cs = lambda a, b: a@b/np.linalg.norm(a)/np.linalg.norm(b)
E(u@v, 12, f); E(u@w, 12, f); E(v@w, 12, f); E(cs(u, v), 0.48, f); E(cs(u, w), 0.48, f); E(cs(v, w), 0.48, f); E(1 - 0.48, 0.52, f)
uh, vh = u/5, v/5; E(np.sum((uh - vh)**2), 2 - 2*0.48, f); E(2 - 2*0.48, 1.04, f); R('1.020', sqrt(1.04), f)
E(cs(u, 2*u), 1, f); E(np.linalg.norm(u - 2*u), 5, f)

f = 'ko/svm_margin_dual.md'
wv, bv = np.array([1, 1.]), -1.0; xp, xm = np.array([1, 1.]), np.array([0, 0.])
E(wv@xp + bv, 1, f); E(wv@xm + bv, -1, f); E(wv@(xp - xm), 2, f)
ok(abs(2/np.linalg.norm(wv) - 1) > 0.1, f + ' wrong margin'); E(2/np.linalg.norm(wv), sqrt(2), f); E(np.linalg.norm(xp - xm), sqrt(2), f)
E(wv@np.array([2, 0.]) + bv, 1, f); R('0.707', 1/sqrt(2), f)
keyed(f, [r'\frac{2}{2} = 1'])

f = 'ko/kernel_values.md'
E(np.sum((np.array([1, 0]) - np.array([0, 1]))**2), 2, f); R('0.3679', exp(-0.5*2), f); R('0.0821', exp(-0.5*5), f); E(1 + 4, 5, f)
E(np.array([1, 2])@np.array([3, 1]), 5, f); E((5 + 1)**2, 36, f)
phi = lambda x: np.array([1, sqrt(2)*x[0], sqrt(2)*x[1], x[0]**2, x[1]**2, sqrt(2)*x[0]*x[1]])
ok(np.allclose(phi([1, 2]), [1, sqrt(2), 2*sqrt(2), 1, 4, 2*sqrt(2)]) and np.allclose(phi([3, 1]), [1, 3*sqrt(2), sqrt(2), 9, 1, 3*sqrt(2)]), f)
ok(np.allclose(phi([1, 2])*phi([3, 1]), [1, 6, 4, 9, 4, 12]), f); E(phi([1, 2])@phi([3, 1]), 36, f)

f = 'ko/naive_bayes_tennis.ipynb'
E(2/9, (1 + 1)/(6 + 3), f); E(4/7, (3 + 1)/(4 + 3), f); E(3/8, (2 + 1)/(6 + 2), f); E(0.5, (2 + 1)/(4 + 2), f)
yes = 0.6*2/9*3/8; no = 0.4*4/7*0.5; E(yes, 0.05, f); W('0.1429', no, f); R('0.1143', no, f)
R('0.304', yes/(yes + no), f); R('0.304', 0.05/(0.05 + 0.1143), f)
ok((0.6*1/6*2/6 < 0.4*3/4*2/4) == (yes < no), f + ' unsmoothed same decision')
keyed(f, ['0.1429'])

f = 'ko/gini_three_class.md'
E(1 - .25 - .09 - .04, 0.62, f); E(1 - 25/36 - 1/36, 10/36, f); R('0.278', 10/36, f); E(1 - 26/36, 10/36, f)
ok(1 - 0.25 - 0.25 != 0.25, f); E(1 - 0.25 - 0.25, 0.5, f)
Gs = 0.6*10/36 + 0.4*0.5; R('0.167', 0.6*10/36, f); R('0.367', Gs, f); R('0.253', 0.62 - Gs, f)
R('0.521', -.3*log2(.3), f); R('0.464', -.2*log2(.2), f); R('1.485', -.5*log2(.5) - .3*log2(.3) - .2*log2(.2), f)
E(1 - 3*(1/3)**2, 2/3, f); R('1.585', log2(3), f)
keyed(f, ['= 0.25$$'])

f = 'ko/logistic_odds.md'
E(0.8/0.2, 4, f); R('1.386', log(4), f); R('2.23', exp(0.8), f)
E(-1.5 + 0.8*2, 0.1, f); R('0.525', sig(0.1), f); E(-1.5 + 0.8*3, 0.9, f); W('0.690', sig(0.9), f); R('0.711', sig(0.9), f)
R('1.105', exp(0.1), f); R('2.460', exp(0.9), f); R('2.23', 2.460/1.105, f)
zz = sp.symbols('x'); pp_ = 1/(1 + sp.exp(-(-sp.Rational(3, 2) + sp.Rational(4, 5)*zz)))
ok(sp.simplify(sp.diff(pp_, zz) - sp.Rational(4, 5)*pp_*(1 - pp_)) == 0, f); R('0.1995', 0.8*0.525*0.475, f); E(0.8*0.25, 0.2, f)
E(1.5/0.8, 1.875, f)
keyed(f, ['0.690'])

f = 'ko/adagrad_nesterov.ipynb'
E(1 - 0.5/2*2, 0.5, f); ok(abs(0.5 - 0.5/5 - (0.5 - 0.5/sqrt(5))) > 0.1, f + ' wrong'); E(0.5 - 0.5/5, 0.4, f)
w_, G_ = 1.0, 0.0
for _ in range(2): g = 2*w_; G_ += g*g; w_ -= 0.5/sqrt(G_)*g
R('0.2764', w_, f)
E(0.9*0 - 0.1*2, -0.2, f); E(1 - 0.2, 0.8, f); E(0.8 + 0.9*(-0.2), 0.62, f); E(2*0.62, 1.24, f)
E(0.9*(-0.2) - 0.1*1.24, -0.304, f); E(0.8 - 0.304, 0.496, f)
wv_, vv = 1.0, 0.0
for _ in range(2): vv = 0.9*vv - 0.1*2*(wv_ + 0.9*vv); wv_ += vv
E(wv_, 0.496, f); E(2*0.8, 1.6, f); E(-0.18 - 0.16, -0.34, f); E(0.8 - 0.34, 0.46, f)
keyed(f, [r'\frac{0.5}{5}\cdot 1 = 0.4'])

f = 'ko/transposed_conv_unet.md'
tc_ = lambda H, k, s, p, op=0: (H - 1)*s - 2*p + k + op
E(tc_(16, 2, 2, 0), 32, f); E(tc_(16, 4, 2, 1), 32, f); E(tc_(16, 3, 2, 1, 1), 32, f); E(30 - 2 + 3 + 1, 32, f)
h = 572; seq = []
for _ in range(4): seq += [h - 2, h - 4]; h = (h - 4)//2; seq.append(h)
seq += [h - 2, h - 4]; ok(seq == [570, 568, 284, 282, 280, 140, 138, 136, 68, 66, 64, 32, 30, 28], f)
E(28*2, 56, f); E(64 - 56, 8, f); E((64 - 56)/2, 4, f); E(512 + 512, 1024, f); E(56 - 4, 52, f)
E(1024*512*4, 2097152, f); E(1024*512*4 + 512, 2097664, f)
keyed(f, ['한 변당 crop 크기} = 64 - 56 = 8'])

f = 'ko/nms_iou_walkthrough.md'
def iou(a, b):
    iw = max(0, min(a[2], b[2]) - max(a[0], b[0])); ih = max(0, min(a[3], b[3]) - max(a[1], b[1])); inter = iw*ih
    ar = lambda r: (r[2] - r[0])*(r[3] - r[1]); return inter/(ar(a) + ar(b) - inter)
A, B, C, D = (10, 10, 50, 50), (12, 12, 52, 52), (60, 60, 100, 100), (30, 30, 70, 70)
E(38*38, 1444, f); E(3200 - 1444, 1756, f); R('0.822', iou(A, B), f); E(min(50, 100) - max(10, 60), -10, f); E(iou(A, C), 0, f)
E(20*20, 400, f); R('0.143', iou(A, D), f); E(iou(A, D), 400/2800, f); R('0.032', iou(C, D), f); E(iou(C, D), 100/3100, f)
boxes = [A, B, C, D]; keep = []; order = [0, 1, 2, 3]
while order:
    i = order.pop(0); keep.append(i); order = [j for j in order if iou(boxes[i], boxes[j]) <= 0.5]
ok(keep == [0, 2, 3], f); ok(iou(A, D) > 0.1, f)

f = 'ko/layernorm_backward.md'
xs_ = sp.symbols('x1:5'); gs = sp.symbols('g1:5'); Dn = 4
mu = sum(xs_)/Dn; var = sum((xi - mu)**2 for xi in xs_)/Dn; sd = sp.sqrt(var); xh = [(xi - mu)/sd for xi in xs_]
L = sum(gi*xhi for gi, xhi in zip(gs, xh)); vals = {**dict(zip(xs_, [1, 2, 3, 6])), **dict(zip(gs, [1, 0, 0, 0]))}
auto = np.array([float(sp.diff(L, xi).subs(vals)) for xi in xs_])
xn = np.array([1, 2, 3, 6.]); m0 = xn.mean(); s0 = xn.std(); xhn = (xn - m0)/s0; gn = np.array([1, 0, 0, 0.])
form = (gn - gn.mean() - xhn*(gn*xhn).mean())/s0; ok(np.allclose(auto, form), f + ' formula'); E(form.sum(), 0, f); E((form*xhn).sum(), 0, f)
E(m0, 3, f); E((4 + 1 + 0 + 9)/4, 3.5, f); E(xn.var(), 3.5, f); R('1.8708', s0, f)
for s_, v_ in zip(['-1.0690', '-0.5345', '0', '1.6036'], xhn): R(s_, v_, f)
E(gn.mean(), 0.25, f); R('-0.2673', (gn*xhn).mean(), f); E(xhn.sum(), 0, f); E((xhn**2).sum(), 4, f)
R('0.4643', 1 - 0.25 - (-1.0690)*(-0.2673), f); R('0.2482', 0.4643/1.8708, f)
for s_, v_ in zip(['0.2482', '-0.2100', '-0.1336', '0.0955'], form): R(s_, v_, f)
E(0.2482 - 0.2100 - 0.1336 + 0.0955, 0.0001, f)

f = 'ko/lenet5_exam_key.md'
E(32 - 5 + 1, 28, f); E(14 - 5 + 1, 10, f); E(5 - 5 + 1, 1, f)
E(6*(25 + 1), 156, f); E(16*(150 + 1), 2416, f); E(120*(400 + 1), 48120, f); E(84*121, 10164, f); E(10*85, 850, f)
tot = 156 + 2416 + 48120 + 10164 + 850; E(tot, 61706, f); R('0.78', 48120/tot, f)
E(6*76, 456, f); E(9*101, 909, f); E(151, 151, f); ok(456 + 909 + 151 != 1526, f); E(456 + 909 + 151, 1516, f); E(6*25, 150, f)
keyed(f, ['1{,}526'])
f = 'ko/conv_size_notion.md'
lo = lambda L, k, s, p, d=1: (L + 2*p - d*(k - 1) - 1)//s + 1
E(lo(100, 5, 2, 2), 50, f); E(99//2, 49, f); E(64*128*5, 40960, f); E(40960 + 128, 41088, f); E(50//2, 25, f)
E(lo(224, 7, 2, 3), 112, f); E(223//2, 111, f); E(7*7*3*64, 9408, f); E(9408 + 64, 9472, f); E(lo(112, 3, 2, 1), 56, f); E(111//2, 55, f)
E(224/56, 4, f); E(2*(5 - 1)/2, 4, f); E(lo(37, 5, 1, 4, 2), 37, f)
keyed(f, [])
sys.exit(done('ko'))
