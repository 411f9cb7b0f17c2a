import sys, numpy as np, sympy as sp
from math import *
from vlib import *
sig = lambda z: 1/(1+exp(-z))

# --- en/rnn_bptt_scalar.md
f = 'en/rnn_bptt_scalar.md'
h1 = tanh(1); a2 = 0.5*h1 + 0.5; h2 = tanh(a2); a3 = 0.5*h2 - 1; h3 = tanh(a3)
R('0.7616', h1, f); R('0.8808', 0.5*0.7616 + 0.5, f); R('0.7068', h2, f); R('-0.6466', 0.5*0.7068 - 1, f); R('-0.5694', h3, f)
hp, hc, w = sp.symbols('hp hc w')   # wrong line (2): d/dh_{t-1} tanh(w h_{t-1}+..) = (1-h_t^2) w, not (1-h_{t-1}^2) w
cc = sp.symbols('c'); expr = sp.tanh(w*hp + cc); dd = sp.diff(expr, hp)
ok(sp.simplify(dd - w*(1 - expr**2)) == 0, f + ' true Jacobian is w(1-h_t^2)'); ok(abs((1 - h1**2)*0.5 - j2) > 0.01 if (j2 := (1 - h2**2)*0.5) else False, f + ' eq (2) with h_{t-1} differs numerically')
j2 = (1 - h2**2)*0.5; j3 = (1 - h3**2)*0.5
R('0.2502', (1 - 0.7068**2)*0.5, f); R('0.3379', (1 - 0.5694**2)*0.5, f)
R('0.0845', 0.3379*0.2502, f); R('0.0845', j2*j3, f)
W('-0.481', -0.5694*0.0845, f); R('-0.0481', -0.5694*0.0845, f)
R('0.00098', 0.5**10, f); ok(0.5**10 < 1e-3, f)
keyed(f, ['(1 - h_{t-1}^2)', '-0.481'])

# --- en/lstm_step_numeric.ipynb
f = 'en/lstm_step_numeric.ipynb'
F, I, G, O = sig(1), sig(0), tanh(0.5), sig(-1)
R('0.7311', F, f); E(I, 0.5, f); R('0.4621', G, f); R('0.2689', O, f)
c = F*2 + I*G; R('1.6932', c, f); R('1.6932', 0.7311*2 + 0.5*0.4621, f); R('0.9346', tanh(c), f); R('0.2513', O*tanh(c), f); R('0.2513', 0.2689*0.9346, f)
d = O*(1 - tanh(c)**2); R('0.034', d, f); R('0.034', 0.2689*(1-0.9346**2), f)
W('0.0467', 0.034*0.7311, f); R('0.0249', d*F, f)
keyed(f, ['0.0467'])

# --- en/gru_gate_derivs.md
f = 'en/gru_gate_derivs.md'
z, hp_, ht = sp.symbols('z hp ht'); H = z*hp_ + (1 - z)*ht
ok(sp.simplify(sp.diff(H, z) - (hp_ - ht)) == 0, f); ok(sp.simplify(sp.diff(H, z) - (ht - hp_)) != 0, f + ' wrong sign')
ok(sp.diff(H, ht) == 1 - z and sp.diff(H, hp_) == z, f)
E(0.3*0.6 + 0.7*(-0.2), 0.04, f); E(0.18 - 0.14, 0.04, f)
E(0.31*0.6, 0.186, f); E(0.69*(-0.2), -0.138, f); E(0.186 - 0.138, 0.048, f); E(0.008/0.01, 0.8, f); E(0.6 - (-0.2), 0.8, f)
r, u, hprev = sp.symbols('r u hprev'); cand = sp.tanh(u*r*hprev)
dc = sp.diff(cand, r); ok(sp.simplify(dc - (1 - cand**2)*u*hprev) == 0, f)
E((1 - 0.04)*1.5*0.6, 0.864, f); E(1 - (-0.2)**2, 0.96, f); R('0.605', 0.7*0.864, f)
keyed(f, [r'\tilde h_t - h_{t-1}$$'])

# --- en/recurrent_param_counts.md
f = 'en/recurrent_param_counts.md'
d_, h_ = 128, 256
E(h_*(d_ + h_) + h_, 98560, f); E(256*384, 98304, f)
ok(4*98560 != 392240, f); E(4*98560, 394240, f)
E(4*h_*(d_ + h_), 393216, f); E(8*h_, 2048, f); E(393216 + 2048, 395264, f)
E(3*(h_*(d_ + h_) + 2*h_), 296448, f); E(3*(98304 + 512), 296448, f)
E(20000*128, 2560000, f); R('6.5', 2560000/394240, f); E(2*394240, 788480, f)
keyed(f, ['392{,}240'])

# --- en/kl_two_gaussians.md
f = 'en/kl_two_gaussians.md'
x, m1, m2, s1, s2 = sp.symbols('x mu1 mu2 sigma1 sigma2', real=True)
s1p, s2p = sp.symbols('s1 s2', positive=True)
p = sp.exp(-(x - m1)**2/(2*s1p**2))/sp.sqrt(2*sp.pi*s1p**2)
Ex2 = sp.simplify(sp.integrate(p*(x - m2)**2, (x, -sp.oo, sp.oo)))
ok(sp.simplify(Ex2 - (s1p**2 + (m1 - m2)**2)) == 0, f + ' 7.10 correct form'); ok(sp.simplify(Ex2 - (s1p**2 - (m1 - m2)**2)) != 0, f + ' 7.10 wrong form')
KL = lambda a1, b1, a2, b2: log(b2/b1) + (b1**2 + (a1 - a2)**2)/(2*b2**2) - 0.5
# numeric check of 7.11 by quadrature
xs = np.linspace(-12, 12, 400001); pp = np.exp(-(xs - 1)**2/(2*0.25))/np.sqrt(2*np.pi*0.25); qq = np.exp(-xs**2/2)/np.sqrt(2*np.pi)
R('0.8181', np.trapezoid(pp*np.log(pp/qq), xs), f + ' quadrature'); R('0.8181', KL(1, 0.5, 0, 1), f); R('0.6931', log(2), f)
R('0.8181', 0.6931 + 0.625 - 0.5, f); R('1.180', 0.8181/log(2), f)
R('2.8069', KL(0, 1, 1, 0.5), f); R('2.8069', -0.6931 + 4 - 0.5, f); E((1 + 1)/(2*0.25), 4, f)
R('0.8181', 0.5*(0.25 + 1 - 1 - log(0.25)), f); R('0.8181', 0.5*(0.25 + 1.3863), f)
keyed(f, [r'\sigma_1^2 - (\mu_1-\mu_2)^2'])

# --- en/reparam_trick.ipynb
f = 'en/reparam_trick.ipynb'
mu, sg, ep = sp.symbols('mu sigma eps'); zz = mu + sg*ep
ok(sp.diff(zz**2, mu) == 2*zz and sp.simplify(sp.diff(zz**2, sg) - 2*zz*ep) == 0, f)
s_ = sp.symbols('s'); ok(sp.simplify(sp.diff(sp.exp(s_/2), s_) - sp.exp(s_/2)/2) == 0, f)
E(0.5 + 0.5*1.2, 1.1, f); E(2*1.1, 2.2, f); E(2*1.1*1.2, 2.64, f); E(2.64*0.5/2, 0.66, f)

# --- en/gan_optimal_discriminator.md
f = 'en/gan_optimal_discriminator.md'
y, a, b = sp.symbols('y a b', positive=True); fy = a*sp.log(y) + b*sp.log(1 - y)
ok(sp.solve(sp.diff(fy, y), y) == [a/(a + b)], f); E(0.3/0.4, 0.75, f)
pd = np.array([0.5, 0.3, 0.2]); pg = np.array([0.2, 0.2, 0.6]); mm = (pd + pg)/2
kl = lambda P, Q: float(np.sum(P*np.log(P/Q))); js = 0.5*kl(pd, mm) + 0.5*kl(pg, mm)
V = float(np.sum(pd*np.log(pd/(pd + pg)) + pg*np.log(pg/(pd + pg))))
E(V, -log(4) + kl(pd, mm) + kl(pg, mm), f); ok(abs(V - (-log(4) + js)) > 1e-3, f + ' JSD line is wrong'); E(V, -log(4) + 2*js, f)
R('-1.386', -log(4), f)
keyed(f, [r'-\log 4 + \mathrm{JSD}'])

# --- en/infonce_by_hand.md
f = 'en/infonce_by_hand.md'
E(1*2 + 2*1 + 2*2, 8, f); R('0.889', 8/9, f)
l = np.array([8, 3, -1.]); P = np.exp(l)/np.exp(l).sum(); L = -log(P[0])
R('0.0068', L, f); R('0.0068', log(1 + exp(-5) + exp(-9)), f); R('0.9932', P[0], f); R('0.9932', exp(-L), f); R('0.0067', P[1], f); R('0.00012', P[2], f)
W('-0.68', (0.9932 - 1)/0.1, f); R('-0.068', (P[0] - 1)/0.1, f)
R('0.067', 0.0067/0.1, f); R('0.0012', P[2]/0.1, f)
R('0.4967', exp(.8)/(exp(.8) + exp(.3) + exp(-.1)), f)
keyed(f, ['= -0.68'])

# --- en/triplet_loss_qa.md
f = 'en/triplet_loss_qa.md'
A_, P_, N_ = np.array([1, 0.]), np.array([.8, .6]), np.array([.6, .2])
E(np.sum((A_ - P_)**2), 0.40, f); E(np.sum((A_ - N_)**2), 0.20, f); E(0.40 - 0.20 + 0.5, 0.70, f)
ga, gp, gn = 2*(N_ - P_), -2*(A_ - P_), 2*(A_ - N_)
ok(np.allclose(ga, [-0.4, -0.8]) and np.allclose(gp, [-0.4, 1.2]) and np.allclose(gn, [0.8, -0.4]) and np.allclose(ga + gp + gn, 0), f)
ok(np.allclose(N_ - P_, [-0.2, -0.4]), f)
E(np.sum((A_ - np.array([0, 1.]))**2), 2, f); E(max(0, 0.4 - 2 + 0.5), 0, f)

# --- en/svm_hinge_subgradient.ipynb
f = 'en/svm_hinge_subgradient.ipynb'
w_, b_ = np.array([1., -1.]), 0.5; X = np.array([[2, 1], [0, 1], [1, 0.]]); Y = np.array([1, 1, -1])
m = Y*(X@w_ + b_); E(m[0], 1.5, f); E(m[1], -0.5, f); ok(m[2] != 1.5, f + ' m3 wrong'); E(m[2], -1.5, f)
hinge = np.maximum(0, 1 - m); ok(np.allclose(hinge, [0, 1.5, 2.5]), f)
J = 0.1/2*2 + hinge.mean(); R('1.4333', J, f); R('1.3333', 4/3, f)
act = m < 1; gw = 0.1*w_ - (Y[act, None]*X[act]).sum(0)/3; gb = -(Y[act]).sum()/3
ok(np.allclose(gw, [0.1 + 1/3, -0.1 - 1/3]), f); R('0.4333', gw[0], f); R('0.3333', 1/3, f); E(gb, 0, f)
wn = w_ - 0.3*gw; R('0.87', wn[0], f); R('0.13', 0.3*gw[0], f)
R('1.414', 2/np.linalg.norm(w_), f); R('1.626', 2/np.linalg.norm(wn), f); R('1.626', 2/(0.87*sqrt(2)), f)
keyed(f, ['m_3 = -(1 - 0 + 0.5) = 1.5'])

# --- en/pca_2x2_slides.md
f = 'en/pca_2x2_slides.md'
Xp = np.array([[0, 0], [2, 2], [4, 2], [2, 0.]]); mu_ = Xp.mean(0); ok(np.allclose(mu_, [2, 1]), f)
C = np.cov(Xp.T); ok(np.allclose(C, [[8/3, 4/3], [4/3, 4/3]]), f); ok(np.allclose(Xp - mu_, [[-2, -1], [0, 1], [2, 1], [0, -1]]), f)
E(np.trace(C), 4, f); E(np.linalg.det(C), 16/9, f); E(32/9 - 16/9, 16/9, f)
ev = np.linalg.eigvalsh(C); E(ev[1], 2 + sqrt(80)/6, f, 1e-9); E(sqrt(16 - 64/9)/2, sqrt(80)/6, f)
ok(abs((2 + sqrt(80)/3) - ev[1]) > 0.5, f + ' lambda line wrong')
R('3.491', ev[1], f); R('0.509', ev[0], f); R('0.873', ev[1]/4, f); R('0.873', 3.491/4, f)
ev2, V2 = np.linalg.eigh([[2, 1], [1, 1]]); v1 = V2[:, 1]/V2[0, 1]; E(v1[1], (sqrt(5) - 1)/2, f); E(ev2[1], (3 + sqrt(5))/2, f)
R('0.618', (sqrt(5) - 1)/2, f); R('2.227', np.array([2, 1]) @ (v1/np.linalg.norm(v1)), f); R('1.1756', sqrt(1 + 0.618034**2), f); R('2.227', 2.618/1.1756, f)
keyed(f, [r'\dfrac{\sqrt{80}}{3}'])

# --- en/kmeans_learner_notes.md
f = 'en/kmeans_learner_notes.md'
pts = np.array([[1, 1], [2, 1], [1, 2], [6, 5], [7, 6], [5, 6.]]); m1_, m2_ = np.array([1, 1.]), np.array([6, 5.])
E(np.sum((pts[1] - m1_)**2), 1, f); E(np.sum((pts[1] - m2_)**2), 32, f)
lab = np.argmin([[np.sum((p - m1_)**2), np.sum((p - m2_)**2)] for p in pts], 1); ok(list(lab) == [0, 0, 0, 1, 1, 1], f)
J0 = sum(np.sum((p - (m1_ if k == 0 else m2_))**2) for p, k in zip(pts, lab)); E(J0, 6, f)
c1, c2 = pts[:3].mean(0), pts[3:].mean(0); ok(np.allclose(c1, [4/3, 4/3]), f); ok(np.allclose(c2, [6, 17/3]), f); W('5.33', c2[1], f)
J1a = np.sum((pts[:3] - c1)**2); J1b = np.sum((pts[3:] - c2)**2); E(J1a, 4/3, f); E(J1b, 8/3, f); E(J1a + J1b, 4, f)
ok(np.allclose(np.sum((pts[:3] - c1)**2, 1), [2/9, 5/9, 5/9]) and np.allclose(np.sum((pts[3:] - c2)**2, 1), [4/9, 10/9, 10/9]), f)
keyed(f, ['5.33'])

# --- en/gmm_e_step.ipynb
f = 'en/gmm_e_step.ipynb'
xv = np.array([0.5, 1, 3.]); g1 = np.exp(-xv**2/2); g2 = np.exp(-(xv - 2)**2/2); gam = g1/(g1 + g2)
ok(np.allclose(gam, 1/(1 + np.exp(2*xv - 2))), f); R('0.7311', gam[0], f); E(gam[1], 0.5, f)
W('0.9820', gam[2], f); R('0.0180', gam[2], f)
R('1.249', gam.sum(), f); R('1.249', 0.7311+0.5+0.0180, f); R('0.9195', (gam*xv).sum(), f); R('0.3655', gam[0]*0.5, f); R('0.0540', gam[2]*3, f)
R('0.736', (gam*xv).sum()/gam.sum(), f); R('0.736', 0.9195/1.249, f); R('0.416', gam.sum()/3, f)
keyed(f, ['0.9820'])

# --- en/naive_bayes_ta_key.md
f = 'en/naive_bayes_ta_key.md'
E(4/10, 0.4, f); E(3/10, 0.3, f); E(1/10, 0.1, f); E(2/12, 1/6, f)
E(0.4*0.4*0.3, 0.048, f); ham = 0.6*(1/6)*(1/12); W('0.0125', ham, f); R('0.00833', ham, f)
R('0.852', 0.048/(0.048 + ham), f); R('-3.037', log(0.048), f); R('-4.787', log(ham), f)
keyed(f, ['0.0125'])

# --- en/tree_split_exam.md
f = 'en/tree_split_exam.md'
Hb = lambda p: 0 if p in (0, 1) else -p*log2(p) - (1 - p)*log2(1 - p)
R('0.442', -0.6*log2(0.6), f); R('0.529', -0.4*log2(0.4), f); R('0.971', Hb(0.6), f)
W('0.811', Hb(1/3), f); R('0.918', Hb(1/3), f)
R('0.551', 0.6*Hb(1/3), f); R('0.420', Hb(0.6) - 0.6*Hb(1/3), f); E(0.971 - 0.551, 0.420, f)
E(1 - 0.36 - 0.16, 0.48, f); E(1 - 1/9 - 4/9, 4/9, f); R('0.444', 4/9, f); R('0.267', 0.6*4/9, f); R('0.213', 0.48 - 0.6*4/9, f)
keyed(f, ['0.811'])

# --- en/grad_clip_by_norm.md
f = 'en/grad_clip_by_norm.md'
g = np.array([3, 4, 12.]); E(np.linalg.norm(g), 13, f); R('0.3846', 5/13, f)
gc = g*5/13; R('1.154', gc[0], f); R('1.538', gc[1], f); R('4.615', gc[2], f); R('5.0', np.linalg.norm(gc), f)
R('1.332', 1.154**2, f); R('2.365', 1.538**2, f); R('21.298', 4.615**2, f); R('24.995', 1.154**2 + 1.538**2 + 4.615**2, f)
E(np.linalg.norm([3, 4]), 5, f); E(np.linalg.norm([0.3, 0.4]), 0.5, f)

# --- en/fp16_loss_scaling.md
f = 'en/fp16_loss_scaling.md'
E((2 - 2**-10)*2**15, 65504, f); E(float(np.finfo(np.float16).max), 65504, f)
R('6.10e-5', 2**-14, f); E(float(np.finfo(np.float16).tiny), 2**-14, f)
ok(not rounds_to('5.96e-7', 2**-24), f + ' wrong'); R('5.96e-8', 2**-24, f); E(float(np.float16(2**-24)), 2**-24, f)
E(2**10, 1024, f); R('1.024e-5', 1e-8*1024, f); ok(np.float16(1e-8) == 0 and np.float16(1.024e-5) != 0, f); E(1.024e-5/1024, 1e-8, f, 1e-20)
E(2**16, 65536, f); E(2**16/8, 2**13, f); E(2**13, 8192, f)
keyed(f, ['5.96\\times10^{-7}'])

# --- en/dilated_receptive_field.ipynb
f = 'en/dilated_receptive_field.ipynb'
keff = lambda k, d: d*(k - 1) + 1; ok([keff(3, 1), keff(3, 2), keff(3, 4)] == [3, 5, 9], f)
def rf(layers):
    r_, j = 1, 1
    for k, d, s in layers: r_ += (k - 1)*d*j; j *= s
    return r_
ok(rf([(3, 1, 1), (3, 2, 1), (3, 4, 1)]) == 15 and 1 + 2 + 4 + 8 == 15, f + ' rf'); ok(rf([(3, 1, 1)]*3) == 7, f)
E(3*9, 27, f); E((32 + 8 - 8 - 1)//1 + 1, 32, f); E((32 + 8 - 8 - 1)//2 + 1, 16, f)
E(rf([(3, 1, 2), (3, 2, 1), (3, 4, 1)]), 27, f); E(1 + 2 + 8 + 16, 27, f)
keyed(f, ['= 16$$'])

# --- en/anchor_box_regression.md
f = 'en/anchor_box_regression.md'
E((55 - 50)/20, 0.25, f); E((50 - 40)/40, 0.25, f); R('0.405', log(1.5), f); W('0.288', log(0.75), f); R('-0.288', log(0.75), f); R('0.693', log(2), f)
E(50 + 0.1*20, 52, f); E(40 - 0.2*40, 32, f); R('24.43', 20*exp(0.2), f)
E((60 - 40)*(60 - 35), 500, f); E(20*40, 800, f); E(30*30, 900, f); R('0.417', 500/1200, f)
keyed(f, [r'\log\frac{30}{40} \approx 0.288'])

# --- en/softmax_ce_backprop_slides.md
f = 'en/softmax_ce_backprop_slides.md'
zv = np.array([2, 1, 0.]); Pz = np.exp(zv)/np.exp(zv).sum()
R('7.389', exp(2), f); R('2.718', exp(1), f); R('11.107', np.exp(zv).sum(), f)
R('0.6652', Pz[0], f); R('0.2447', Pz[1], f); R('0.0900', Pz[2], f); R('0.4076', -log(Pz[0]), f)
gz = Pz - [1, 0, 0]; R('-0.3348', gz[0], f); E(gz.sum(), 0, f)
xv2 = np.array([1, -2.]); gW = np.outer(gz, xv2)
for s_, v_ in zip(['-0.3348', '0.6695', '0.2447', '-0.4895', '0.0900', '-0.1801'], gW.ravel()): R(s_, v_, f)
ok(np.outer(xv2, gz).shape == (2, 3), f + ' x(p-y)^T has the wrong shape')
keyed(f, [r'x\,(p - y)^\top'])
f = 'en/mse_backprop_plaintext.md'
x = np.array([1, 2.]); W1 = np.array([[0.5, -0.5], [1, 0.25]]); w2 = np.array([1, -1.]); b2 = 0.5; yt = 2
z1 = W1@x; a1 = np.maximum(0, z1); yh = w2@a1 + b2; L = 0.5*(yh - yt)**2
ok(np.allclose(z1, [-0.5, 1.5]) and np.allclose(a1, [0, 1.5]), f); E(yh, -1.0, f); E(1*0 + (-1)*1.5 + 0.5, -1.0, f); E(L, 4.5, f); E(0.5*9, 4.5, f)
dy = yh - yt; E(dy, -3, f); ok(np.allclose(dy*a1, [0, -4.5]), f); ok(np.allclose(dy*w2, [-3, 3]), f)
dz1 = dy*w2*(z1 > 0); ok(np.allclose(dz1, [0, 3]), f); ok(not np.allclose(dz1, [-3, 3]), f + ' wrong')
ok(np.allclose(np.outer(dz1, x), [[0, 0], [3, 6]]), f)
yh2 = -0.99*1.5 + 0.5; E(yh2, -0.985, f); R('4.4551', 0.5*(yh2 - 2)**2, f); R('-4.49', (0.5*(yh2 - 2)**2 - 4.5)/0.01, f); R('-4.49', (4.4551 - 4.5)/0.01, f)
keyed(f, ['∂L/∂z₁ = ∂L/∂a₁'])
sys.exit(done('en'))
