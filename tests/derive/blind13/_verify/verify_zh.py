import sys, numpy as np, sympy as sp
from math import *
from vlib import *
sig = lambda z: 1/(1+exp(-z))

f = 'zh/rnn_梯度消失.md'
# Jacobian diag(1-h_t^2) W, checked numerically by finite differences
rng = np.random.default_rng(0); Wm = rng.normal(size=(3, 3))*0.5; hp = rng.normal(size=3); cst = rng.normal(size=3)
step = lambda h: np.tanh(Wm@h + cst); ht = step(hp)
Jfd = np.array([(step(hp + 1e-6*e) - step(hp - 1e-6*e))/2e-6 for e in np.eye(3)]).T
ok(np.allclose(Jfd, np.diag(1 - ht**2)@Wm, atol=1e-6), f)
R('0.0115', 0.8**20, f); R('9.5e-7', 0.25**10, f); R('38.3', 1.2**20, f)
# spectral-norm bound holds on random example
prod = np.eye(3); h = hp
for _ in range(5): h2 = step(h); prod = np.diag(1 - h2**2)@Wm@prod; h = h2
ok(np.linalg.norm(prod, 2) <= np.linalg.norm(Wm, 2)**5 + 1e-12, f)

f = 'zh/gru_参数量.ipynb'
E(3*(100*50 + 100*100 + 2*100), 45600, f); E(3*(5000 + 10000 + 200), 45600, f); E(3*(100*150 + 100), 45300, f)
E(4*(15000 + 200), 60800, f); E(45600/60800, 0.75, f); E(3*(100*100 + 100*100 + 200), 60600, f); E(45600 + 60600, 106200, f)

f = 'zh/多元高斯_KL.md'
def klmv(m0, S0, m1, S1):
    k = len(m0); S1i = np.linalg.inv(S1); d = m1 - m0
    return 0.5*(np.trace(S1i@S0) + d@S1i@d - k + log(np.linalg.det(S1)/np.linalg.det(S0)))
m0, S0 = np.array([1, 0.]), np.diag([1, 4.]); m1, S1 = np.zeros(2), np.eye(2)
# Monte Carlo check of the closed form
smp = rng.multivariate_normal(m0, S0, 400000)
lp = lambda X, m, S: -0.5*np.einsum('ij,jk,ik->i', X - m, np.linalg.inv(S), X - m) - 0.5*log(np.linalg.det(2*pi*S))
ok(abs(np.mean(lp(smp, m0, S0) - lp(smp, m1, S1)) - klmv(m0, S0, m1, S1)) < 0.02, f + ' MC')
E(np.trace(np.linalg.inv(S1)@S0), 5, f); E((m1 - m0)@(m1 - m0), 1, f)
ok(not rounds_to('1.386', log(1/4)), f + ' wrong'); R('-1.386', log(1/4), f)
R('1.307', klmv(m0, S0, m1, S1), f); R('2.614', 5 + 1 - 2 - 1.386, f); R('1.307', 2.614/2, f)
R('0.807', 0.5*(4 - 1 - log(4)), f); E(0.5*(1 + 1 - 1 - 0), 0.5, f); R('1.307', 0.5 + 0.807, f)
keyed(f, [r'= \ln 4 \approx 1.386'])

f = 'zh/svd_尺寸与PCA.md'
X = rng.normal(size=(1000, 50)); X -= X.mean(0)
U, s, Vt = np.linalg.svd(X, full_matrices=True); ok(U.shape == (1000, 1000) and Vt.shape == (50, 50), f)
Ut, st, Vtt = np.linalg.svd(X, full_matrices=False); ok(Ut.shape == (1000, 50), f)
E(1000*10 + 10 + 50*10, 10510, f); E(1000*50, 50000, f); R('21', 100*10510/50000, f)
ok(np.allclose(np.sort(np.linalg.eigvalsh(np.cov(X.T)))[::-1], st**2/999), f + ' lambda = s^2/(n-1)'); ok(np.allclose(X@Vtt.T, Ut*st), f)
R('0.901', 900/999, f); R('0.643', 900/1400, f); R('92.9', 100*1300/1400, f)

f = 'zh/kmeanspp_初始化.ipynb'
xv = np.array([0, 1, 3, 6.]); d2 = xv**2; ok(list(d2) == [0, 1, 9, 36] and d2.sum() == 46, f)
R('0.022', 1/46, f); R('0.196', 9/46, f); R('0.783', 36/46, f); E(abs(3 - 0), abs(3 - 6), f)
E(0 + 1 + 9 + 0, 10, f); E((0 + 1 + 3)/3, 4/3, f); E(np.sum((xv[:3] - 4/3)**2), 42/9, f); E((16 + 1 + 25)/9, 42/9, f); R('4.67', 42/9, f)

f = 'zh/信息增益比.md'
Hb = lambda p: 0 if p in (0, 1) else -p*log2(p) - (1 - p)*log2(1 - p)
R('0.9852', Hb(8/14), f); R('0.7219', Hb(1/5), f); R('0.9710', Hb(3/5), f)
hda = 5/14*Hb(.2) + 5/14*Hb(.6); R('0.6046', hda, f); R('0.2578', 5/14*0.7219, f); R('0.3468', 5/14*0.9710, f); E(0.2578 + 0.3468, 0.6046, f)
g = Hb(8/14) - hda; R('0.3806', g, f); E(0.9852 - 0.6046, 0.3806, f)
si = -(2*(5/14)*log2(5/14) + (4/14)*log2(4/14)); R('1.0610', -2*5/14*log2(5/14), f); R('0.5164', -4/14*log2(4/14), f); R('1.5774', si, f); E(1.0610 + 0.5164, 1.5774, f)
W('0.341', 0.3806/1.5774, f); R('0.241', g/si, f); R('0.241', 0.3806/1.5774, f); R('3.807', log2(14), f)
keyed(f, ['0.341'])

f = 'zh/rmsprop_adadelta.md'
g1 = np.array([0.5, -2.]); s1 = 0.1*g1**2; ok(np.allclose(s1, [0.025, 0.4]), f); R('0.1581', sqrt(0.025), f); R('0.6325', sqrt(0.4), f)
dth = -0.01*g1/np.sqrt(s1); R('-0.0316', dth[0], f); R('0.0316', dth[1], f); R('0.0316', 0.01/sqrt(0.1), f)
ok(np.allclose(np.sqrt(s1), sqrt(0.1)*np.abs(g1)), f)
ad = -sqrt(1e-6)/sqrt(0.025 + 1e-6)*0.5; R('-0.00316', ad, f); R('-0.00316', -1e-3/0.1581*0.5, f)

f = 'zh/深度可分离_He初始化.md'
E(3*3*64, 576, f); ok(abs(1/576 - 2/576) > 0, f + ' wrong: He var is 2/fan_in'); R('0.0589', sqrt(2/576), f)
R('0.0722', sqrt(6/1152), f); E(576 + 576, 1152, f)
E(3*3*64*128, 73728, f); E(3*3*64, 576, f); E(64*128, 8192, f); E(576 + 8192, 8768, f)
R('0.119', 8768/73728, f); E(8768/73728, 1/128 + 1/9, f); R('8.4', 73728/8768, f)
keyed(f, [r'= \frac{1}{576}'])

f = 'zh/词嵌入_权重共享.md'
E(32000*512, 16384000, f); E(512*32000 + 32000, 16416000, f); E(16384000 + 16416000, 32800000, f); E(16384000 + 32000, 16416000, f)
R('22.6', sqrt(512), f)

f = 'zh/多类hinge损失.ipynb'
sv = np.array([3.2, 5.1, -1.7]); E(max(0, 5.1 - 3.2 + 1), 2.9, f); E(-1.7 - 3.2 + 1, -3.9, f); E(max(0, -3.9), 0, f)
mm = np.maximum(0, sv - sv[0] + 1); mm[0] = 0; E(mm.sum(), 2.9, f)
ds = (mm > 0).astype(float); ds[0] = -ds.sum(); ok(list(ds) == [-1, 1, 0], f); ok(list(ds) != [-2, 1, 0], f + ' wrong')
gW = np.outer(ds, [1, 2]); ok(np.allclose(gW, [[-1, -2], [1, 2], [0, 0]]), f); ok(np.allclose(gW.sum(0), 0), f)
keyed(f, ['(-2,'])

f = 'zh/逻辑回归_MSE对比.md'
z, y = sp.symbols('z y'); yh = 1/(1 + sp.exp(-z))
ok(sp.simplify(sp.diff(yh, z) - yh*(1 - yh)) == 0, f)
ok(sp.simplify(sp.diff(-y*sp.log(yh) - (1 - y)*sp.log(1 - yh), z) - (yh - y)) == 0, f)
ok(sp.simplify(sp.diff((yh - y)**2/2, z) - (yh - y)*yh*(1 - yh)) == 0, f)
p = sig(-3); R('0.0474', p, f); R('-0.953', p - 1, f); R('3.049', -log(p), f)
R('-0.0430', (p - 1)*p*(1 - p), f); R('-0.0430', -0.953*0.0474*0.953, f); R('0.454', 0.5*(p - 1)**2, f); R('0.454', 0.5*0.953**2, f)
R('4.5', 100*(p*(1 - p)), f)
sys.exit(done('zh'))
