"""Check every numeric / symbolic claim in blind16. OK(...) = claim must hold; BAD(...) = keyed wrong line must fail."""
import math, numpy as np, sympy as sp
fails = []
def OK(name, cond):
    if not cond: fails.append('should hold: ' + name)
def BAD(name, cond):
    if cond: fails.append('should be wrong: ' + name)
def near(a, b, tol): return abs(a - b) <= tol
ln, log2, sq, e = math.log, math.log2, math.sqrt, math.exp
sig = lambda z: 1 / (1 + e(-z))

# ---------- en/vit_patch_embed
OK('vit 224/16', 224/16 == 14); OK('vit N', 14*14 == 196 and 224*224/16**2 == 196)
OK('vit patch len', 16*16*3 == 768); OK('vit E', 768*768 + 768 == 590592)
OK('vit pos', 197*768 == 151296); OK('vit total', 590592 + 151296 + 768 == 742656)
OK('vit conv', 768*3*16*16 + 768 == 590592)
BAD('vitL N=225', (224/14)**2 == 225); OK('16^2', (224/14)**2 == 256)
OK('vitL patch', 14*14*3 == 588); OK('384', 384/16 == 24 and 24**2 == 576)
OK('ratio', near(576/196, 2.94, 0.005)); OK('ratio^2', near((576/196)**2, 8.6, 0.05))

# ---------- en/transformer_block_params
d = sp.symbols('d')
BAD('mlp 4d^2', sp.simplify(2*d*4*d + 5*d - (4*d**2 + 5*d)) == 0)
OK('layer sum', sp.expand(4*d**2 + 4*d + 8*d**2 + 5*d + 4*d) == 12*d**2 + 13*d)
OK('12*768^2', 12*768**2 == 7077888); OK('13*768', 13*768 == 9984)
OK('layer', 7077888 + 9984 == 7087872); OK('12 layers', 12*7087872 == 85054464)
OK('6P', near(6*85.05e6, 5.1e8, 0.01e8)); OK('attn flops', near(2*12*1024*768, 1.89e7, 0.005e7))
OK('2P', near(2*85.05e6, 1.7e8, 0.01e8))

# ---------- en/gqa_kv_cache
OK('g', 32/8 == 4); OK('bytes/token', 2*32*8*128*2 == 131072 and 131072 == 128*1024)
OK('ctx', 4096*128 == 524288 and 524288/1024 == 512)
OK('MHA', 4*512 == 2048)
BAD('MQA 512/8=128', 512/8 == 128); OK('MQA true', 2*32*1*128*2*4096/2**20 == 64)
OK('batch', 16*512 == 8192); OK('no-2 factor', 512/2 == 256)
OK('proj', 4096*4096/(4096*1024) == 4 and 8*128 == 1024)

# ---------- en/flash_attention_memory
OK('N^2', 8192**2 == 67108864); OK('bytes', 67108864*2 == 134217728 and 134217728/2**20 == 128)
BAD('16x128MiB=1GiB', 16*128 == 1024); OK('2GiB', 16*128/1024 == 2)
OK('stats', 8192*4 == 32768 and 32768/1024 == 32); OK('ratio', 2*8192**2/(4*8192) == 4096 and 8192/2 == 4096)
OK('O', 8192*64 == 524288 and 524288*2/2**20 == 1)
OK('merge', near(e(-1) + 1, 1.368, 0.0005))

# ---------- en/pipeline_bubble
p_, t = sp.symbols('p t', positive=True); m_ = sp.symbols('m', positive=True)
OK('bubble simplify', sp.simplify((p_-1)*t/((m_+p_-1)*t) - (p_-1)/(m_+p_-1)) == 0)
OK('3/11', near(3/11, 0.273, 0.0005)); OK('3/35', near(3/35, 0.0857, 0.00005)); OK('3/8', 3/8 == 0.375)
OK('m>57', all((3/(m+3) < 0.05) == (m > 57) for m in range(1, 200)))
OK('2*58', 2*58 == 116); OK('interleaved', near(1.5/9.5, 0.158, 0.0005) and 3/2 == 1.5 and 8 + 1.5 == 9.5)

# ---------- en/zero_memory
psi = 7.5; Nd = 64
OK('16psi', 16*psi == 120)
BAD('stage1 41.4', near(4*psi + 12*psi/Nd, 41.4, 0.05)); OK('stage1 parts', 4*psi == 30 and 12*psi == 90 and near(90/64, 1.41, 0.005))
OK('stage2', 2*psi == 15 and 14*psi == 105 and near(105/64, 1.64, 0.005) and near(15 + 1.64, 16.64, 1e-9))
OK('stage3', 120/64 == 1.875); OK('psimax', 32*64/16 == 128)

# ---------- en/grad_checkpoint
k, n = sp.symbols('k n', positive=True); M = n/k + k
OK('dM/dk', sp.simplify(sp.diff(M, k) - (-n/k**2 + 1)) == 0)
OK('k*', sp.solve(sp.diff(M, k), k) == [sp.sqrt(n)]); OK('M(k*)', sp.simplify(M.subs(k, sp.sqrt(n)) - 2*sp.sqrt(n)) == 0)
OK('M2', sp.simplify(sp.diff(M, k, 2) - 2*n/k**3) == 0)
OK('n=64', sq(64) == 8 and 64/8 + 8 == 16 and 64/16 == 4); OK('n=100', 2*sq(100) == 20)
OK('4/3', near((1+1+2)/(1+2), 1.33, 0.005))

# ---------- en/bn_fold
w, b, g, be, mu, v = 0.5, 0.2, 2, 0.1, 0.6, 0.25
s_ = sq(v); OK('sigma', s_ == 0.5)
BAD("w'=4", 2*0.5/0.25 == g*w/s_); OK("true w'", g*w/s_ == 2)
OK("b'", near(2*(0.2-0.6)/0.5, -1.6, 1e-12) and near(-1.6 + 0.1, -1.5, 1e-12) and near(g*(b-mu)/s_ + be, -1.5, 1e-12))
OK('unfused', near(w*1 + b, 0.7, 1e-12) and near(2*(0.7-0.6)/0.5, 0.4, 1e-12) and near(0.4 + 0.1, 0.5, 1e-12))
OK('fused', near(2*1 - 1.5, 0.5, 1e-12)); OK('no-bias', near(0.1 - 2*0.6/0.5, -2.3, 1e-12))
xs = sp.symbols('x'); Ws, Bs, G, Be, Mu, S = sp.symbols('W B G Be Mu S', positive=True)
OK('fold algebra', sp.simplify(G*((Ws*xs + Bs) - Mu)/S + Be - ((G/S*Ws)*xs + G*(Bs - Mu)/S + Be)) == 0)

# ---------- en/class_weighted_ce
OK('w0', near(1000/2700, 0.370, 0.0005)); OK('w1', near(1000/270, 3.704, 0.0005)); OK('w2', near(1000/30, 33.33, 0.005))
OK('check', near(900*0.370, 333, 0.5) and near(90*3.704, 333, 0.5) and near(10*33.33, 333, 0.5) and 333*3 == 999)
OK('loss', near(-ln(0.2), 1.609, 0.0005) and near(3.704*1.609, 5.96, 0.005))
z = sp.symbols('z0:3'); wy = sp.symbols('w_y')
pz = [sp.exp(zi)/sum(sp.exp(zj) for zj in z) for zi in z]
grad = [sp.simplify(sp.diff(-wy*sp.log(pz[1]), zi)) for zi in z]
BAD('grad sign', all(sp.simplify(grad[i] - wy*((1 if i == 1 else 0) - pz[i])) == 0 for i in range(3)))
OK('grad true', all(sp.simplify(grad[i] - wy*(pz[i] - (1 if i == 1 else 0))) == 0 for i in range(3)))
OK('3.7x', near(3.704, 3.7, 0.01))

# ---------- en/quantile_loss
rho = lambda u, tau: u*(tau - (1 if u < 0 else 0))
OK('1.8', near(rho(2, .9), 1.8, 1e-12)); OK('0.2', near(rho(-2, .9), 0.2, 1e-12) and near((-2)*(0.9-1), 0.2, 1e-12))
OK('9x', near(1.8/0.2, 9, 1e-9))
F, tau = sp.symbols('F tau'); OK('expected deriv', sp.expand(-tau*(1-F) + (1-tau)*F) == F - tau)
data = [1, 2, 3, 4, 10]; tot = lambda q: sum(rho(y - q, .5) for y in data)
OK('median 3', min(np.linspace(0, 11, 11001), key=tot) == 3.0 or near(min(np.linspace(0, 11, 11001), key=tot), 3, 1e-3))
OK('5.5', near(tot(3), 5.5, 1e-12) and 0.5*(2+1+0+1+7) == 5.5)

# ---------- en/ndcg_mrr
OK('terms', 3/log2(2) == 3 and near(2/log2(3), 1.262, 0.0005) and near(1/log2(5), 0.431, 0.0005))
OK('DCG', near(3 + 1.262 + 0 + 0.431, 4.693, 1e-9)); BAD('1/log2 4 = .25', 1/log2(4) == 0.25)
OK('IDCG', near(3 + 1.262 + 0.5, 4.762, 1e-9)); OK('NDCG', near(4.693/4.762, 0.99, 0.005) and near((3+2/math.log2(3)+1/math.log2(5))/(3+2/math.log2(3)+0.5), 0.99, 0.005))
OK('MRR', sp.Rational(1, 3)*(1 + sp.Rational(1, 3) + sp.Rational(1, 2)) == sp.Rational(11, 18) and near(11/18, 0.611, 0.0005))
OK('11/6', 1 + sp.Rational(1, 3) + sp.Rational(1, 2) == sp.Rational(11, 6))
OK('recall', near(2/3, 0.667, 0.0005))

# ---------- en/bleu_bp
BAD('BP form', near(e(1 - 7/9), e(1 - 9/7), 1e-9)); OK('BP', near(e(-2/7), 0.751, 0.0005) and near(1 - 9/7, -2/7, 1e-12))
OK('table', near(5/7, 0.714, 0.0005))
prod = sp.Rational(5, 7)*sp.Rational(1, 2)*sp.Rational(2, 5)*sp.Rational(1, 4); OK('1/28', prod == sp.Rational(1, 28))
OK('gm', near((1/28)**0.25, 0.435, 0.0005)); OK('BLEU', near(0.751*0.435, 0.327, 0.0005))

# ---------- en/ece_bins
conf = [0.2,0.3,0.4,0.5,0.6,0.7,0.8,0.9,0.9,0.95]; corr = [0,1,0,1,1,1,1,0,1,1]
bins = [[i for i, c in enumerate(conf) if lo <= c < hi] for lo, hi in [(0, 1/3), (1/3, 2/3), (2/3, 1.01)]]
OK('bin sizes', [len(b) for b in bins] == [2, 3, 5])
OK('b1', near((0.2+0.3)/2, 0.25, 1e-12) and 1/2 == 0.5)
OK('b2', near((0.4+0.5+0.6)/3, 0.5, 1e-12) and near(2/3 - 0.5, 0.167, 0.0005))
BAD('b3 .86', near(4.25/5, 0.86, 1e-9)); OK('b3 sum', near(0.7+0.8+0.9+0.9+0.95, 4.25, 1e-12) and 4/5 == 0.8 and near(0.85 - 0.8, 0.05, 1e-12))
ece = sum(len(b)/10*abs(np.mean([corr[i] for i in b]) - np.mean([conf[i] for i in b])) for b in bins)
OK('ECE', near(ece, 0.125, 1e-12) and near(0.2*0.25 + 0.3/6 + 0.5*0.05, 0.125, 1e-12))
OK('acc/conf', sum(corr)/10 == 0.7 and near(sum(conf), 6.25, 1e-12))

# ---------- en/elo_update
EA = 1/(1 + 10**(-0.5)); OK('EA', near(1 + 10**-0.5, 1.3162, 0.00005) and near(EA, 0.760, 0.0005) and near(1 - EA, 0.240, 0.0005))
OK('A loss', near(32*0.760, 24.3, 0.05) and near(1600 - 24.3, 1575.7, 1e-9))
BAD('B 1442.3', near(1400 + 32*(1 - 0.240), 1442.3, 0.05)); OK('B true', near(1400 + 32*EA, 1424.3, 0.05) and near(1400 + 32*(1 - 0.240), 1424.3, 0.05))
OK('draw', near(1600 + 32*(0.5 - 0.760), 1591.7, 0.05))
RA, RB, S = sp.symbols('R_A R_B S'); kap = sp.log(10)/400; E_ = 1/(1 + sp.exp(-kap*(RA - RB)))
l_ = -(S*sp.log(E_) + (1 - S)*sp.log(1 - E_))
OK('grad', sp.simplify(sp.diff(l_, RA) - (-kap*(S - E_))) == 0)
OK('eta', near(32*400/ln(10), 5559, 0.5))

# ---------- en/shapley
f = lambda a, b_: 3*a + 2*b_ + a*b_
OK('v', f(0, 0) == 0 and f(1, 0) == 3 and f(0, 2) == 4 and f(1, 2) == 9)
OK('phi1', 0.5*((3-0) + (9-4)) == 4 and 0.5*(3 + 5) == 4); OK('phi2 true', 0.5*((4-0) + (9-3)) == 5 and 0.5*(4+6) == 5)
OK('eff', 4 + 5 == 9); OK('split', 3 + 1 == 4 and 4 + 1 == 5 and 1*2 == 2)
al = sp.symbols('alpha')
OK('IG1', sp.integrate(3 + 2*al, (al, 0, 1)) == 4)
OK('IG1 integrand', sp.diff(3*xs + 2*sp.Symbol('y') + xs*sp.Symbol('y'), xs).subs(sp.Symbol('y'), 2*al) == 3 + 2*al)
OK('IG2', 2*sp.integrate(2 + al, (al, 0, 1)) == 5 and sp.integrate(2 + al, (al, 0, 1)) == sp.Rational(5, 2))

# ---------- en/reverse_mode_autodiff
OK('v1', near(ln(2), 0.6931, 0.00005)); OK('v3', near(math.sin(3), 0.1411, 0.00005))
OK('f', near(ln(2) + 6 - math.sin(3), 6.5520, 0.00005))
OK('xbar', 0.5 + 3 == 3.5)
BAD('ybar', near(2 - math.cos(3), 1.010, 0.0005)); OK('ybar true', near(2 - math.cos(3), 2.990, 0.0005))
eps_ = sp.symbols('epsilon'); OK('dual ln', sp.series(sp.log(2 + eps_), eps_, 0, 2).removeO() == sp.log(2) + eps_/2)

# ---------- en/ar1_smoothing
phi, s2, g0 = sp.symbols('phi sigma2 gamma0')
OK('gamma0', sp.solve(sp.Eq(g0, phi**2*g0 + s2), g0) == [s2/(1 - phi**2)] or sp.simplify(sp.solve(sp.Eq(g0, phi**2*g0 + s2), g0)[0] - s2/(1-phi**2)) == 0)
OK('2.78', near(1/(1 - 0.64), 2.78, 0.005) and 0.8**2 == 0.6400000000000001 or near(1/0.36, 2.78, 0.005))
OK('rho3', near(0.8**3, 0.512, 1e-12))
aa = sp.symbols('a', positive=True); kk = sp.symbols('k', integer=True, nonnegative=True)
OK('weights sum', sp.simplify(sp.summation(aa*(1 - aa)**kk, (kk, 0, sp.oo)).subs(aa, sp.Rational(1, 2))) == 1)
OK('s1..s3', 0.5*4 + 0 == 2 and 0.5*2 + 0.5*2 == 2 and 0.5*6 + 0.5*2 == 4)
OK('bias corr', near(1 - 0.5**3, 0.875, 1e-12) and near(4/0.875, 4.57, 0.005))

# ---------- ko/mobilenet_width
OK('dw', 9*256 == 2304); BAD('pw 65336', 256*256 == 65336); OK('sep', 2304 + 65536 == 67840)
OK('std', 3*3*512*512 == 2359296); OK('madds', 67840*196 == 13296640 and 14**2 == 196)
OK('ratio', near(67840/2359296, 0.0288, 0.00005)); OK('formula', near(1/512 + 1/9, 0.113, 0.0005))

# ---------- ko/efficientnet_compound
OK('abg', near(1.2*1.21*1.3225, 1.920, 0.0005) and near(1.1**2, 1.21, 1e-12) and near(1.15**2, 1.3225, 1e-12))
OK('phi2', near(1.2**2, 1.44, 1e-12) and near(224*1.3225, 296, 0.5))
OK('flops', near(1.920**2, 3.69, 0.005) and near((1.2*1.21*1.3225)**2, 3.69, 0.005))
OK('ch', near(32*1.21, 38.72, 1e-9)); OK('depth', near(4*1.44, 5.76, 1e-9) and math.ceil(5.76) == 6)

# ---------- ko/se_bottleneck
OK('se', 256*16 + 16*256 == 8192 and 2*65536/16 == 8192 and 256**2 == 65536); OK('se bias', 16 + 256 == 272 and 8192 + 272 == 8464)
OK('b1', 256*64 == 16384); OK('b2', 9*64*64 == 36864); BAD('sum 70632', 16384 + 36864 + 16384 == 70632)
OK('two 3x3', 2*9*256**2 == 1179648); OK('17x', near(1179648/69632, 17, 0.5)); OK('12%', near(8464/69632, 0.12, 0.005))

# ---------- ko/mixup
OK('x', near(0.7*2 + 0.3*6, 3.2, 1e-12) and near(0.7*4, 2.8, 1e-12) and near(1.4 + 1.8, 3.2, 1e-12))
OK('L', near(ln(0.6), -0.511, 0.0005) and near(ln(0.3), -1.204, 0.0005) and near(0.7*0.511, 0.358, 0.0005) and near(0.3*1.204, 0.361, 0.0005))
OK('L sum', near(0.358 + 0.361, 0.719, 1e-9) and near(-(0.7*ln(0.6) + 0.3*ln(0.3)), 0.719, 0.0005))
OK('grad', np.allclose(np.array([.6, .1, .3]) - np.array([.7, 0, .3]), [-0.1, 0.1, 0]))
OK('Beta mean', 0.2/(0.4) == 0.5)

# ---------- ko/tversky_loss
TP, FP, FN = sp.symbols('TP FP FN', positive=True)
OK('dice eq', sp.simplify(TP/(TP + FP/2 + FN/2) - 2*TP/(2*TP + FP + FN)) == 0)
OK('dice', 40 + 5 + 10 == 55 and near(40/55, 0.727, 0.0005))
OK('TI', near(40 + 0.3*10 + 0.7*20, 57, 1e-9) and near(40/57, 0.702, 0.0005)); OK('LT', near(1 - 0.702, 0.298, 1e-9))
OK('reverse', 0.7*10 == 7 and near(0.3*20, 6, 1e-12) and 40 + 7 + 6 == 53 and near(40/53, 0.755, 0.0005))
OK('focal', near(0.298**0.75, 0.403, 0.0005))

# ---------- ko/arcface_margin
OK('sin', near(sq(1 - 0.64), 0.6, 1e-12)); OK('acos', near(math.acos(0.8), 0.6435, 0.00005))
a_, b2 = sp.symbols('a b'); BAD('cos add', sp.simplify(sp.cos(a_ + b2) - (sp.cos(a_)*sp.cos(b2) + sp.sin(a_)*sp.sin(b2))) == 0)
OK('cos .5', near(math.cos(0.5), 0.87758, 0.000005) and near(math.sin(0.5), 0.47943, 0.000005))
OK('terms', near(0.8*0.87758, 0.70206, 0.000005) and near(0.6*0.47943, 0.28766, 0.000005) and near(0.70206 - 0.28766, 0.41440, 1e-9))
OK('true cos', near(math.cos(math.acos(0.8) + 0.5), 0.4144, 0.00005))
OK('arc logit', near(64*0.4144, 26.5, 0.05) and near(64*0.8, 51.2, 1e-9))
OK('cosface', near(64*(0.8 - 0.35), 28.8, 1e-9) and near(0.8 - 0.35, 0.45, 1e-12)); OK('diff', near(51.2 - 26.5, 24.7, 1e-9))
OK('lt pi', near(0.6435 + 0.5, 1.1435, 1e-12) and 1.1435 < math.pi)

# ---------- ko/bpr_gradient
zz = sp.symbols('z'); OK('dlnsig', sp.simplify(sp.diff(sp.log(1/(1 + sp.exp(-zz))), zz) - (1 - 1/(1 + sp.exp(-zz)))) == 0)
pu, qi, qj = np.array([1, .5]), np.array([1, .4]), np.array([.2, .4])
OK('xui', near(pu@qi, 1.2, 1e-12) and near(pu@qj, 0.4, 1e-12) and near(1.2 - 0.4, 0.8, 1e-12))
sg = sig(0.8); OK('sig', near(sg, 0.690, 0.0005) and near(-ln(0.690), 0.371, 0.0005) and near(-ln(sg), 0.371, 0.0005))
OK('grad pu', near(1 - sg, 0.310, 0.0005) and np.allclose(-(1 - sg)*(qi - qj), [-0.248, 0], atol=5e-4))
OK('grad qj', np.allclose((1 - sg)*pu, [0.310, 0.155], atol=5e-4)); OK('grad qi', np.allclose(-(1 - sg)*pu, [-0.31, -0.155], atol=5e-3))
OK('step', near(1 - 0.1*(-(1 - sg)*0.8), 1.0248, 0.00005) and 1 + 0.0248 == 1.0248)

# ---------- ko/bm25_by_hand
OK('idf', 10 - 2 + 0.5 == 8.5 and 2 + 0.5 == 2.5 and near(8.5/2.5 + 1, 4.4, 1e-12) and near(ln(4.4), 1.482, 0.0005))
BAD('norm 1.05', near(0.25 + 0.75*1.2, 1.05, 1e-9)); OK('norm', near(1 - 0.75 + 0.75*1.2, 1.15, 1e-12))
OK('den', near(3 + 1.2*1.15, 4.38, 1e-12) and near(1.2*1.15, 1.38, 1e-12)); OK('num', near(3*2.2, 6.6, 1e-12))
OK('score', near(6.6/4.38, 1.507, 0.0005) and near(1.482*1.507, 2.233, 0.0005) and near(ln(4.4)*6.6/4.38, 2.233, 0.001))
OK('avg', near(3 + 1.2, 4.2, 1e-12) and near(1.482*6.6/4.2, 2.329, 0.0005)); OK('sat', 1.2 + 1 == 2.2)

# ---------- ko/conformal_quantile
OK('ceil', math.ceil(20*0.9 - 1e-12) == 18); OK('18/19', near(18/19, 0.947, 0.0005))
OK('int', near(10 - 2.3, 7.7, 1e-12) and near(10 + 2.3, 12.3, 1e-12)); OK('upper', near(0.9 + 1/20, 0.95, 1e-12))
OK('n=9', math.ceil(10*0.9 - 1e-12) == 9); OK('n=8', near(9*0.9, 8.1, 1e-12) and math.ceil(8.1) == 9 and 9 > 8)

# ---------- ko/r2_adjusted
X = np.arange(1, 6); Y = np.array([2, 4, 5, 4, 5]); b1_, b0_ = np.polyfit(X, Y, 1)
OK('ols', near(b1_, 0.6, 1e-12) and near(b0_, 2.2, 1e-12) and ((X - 3)*(Y - 4)).sum() == 6 and ((X - 3)**2).sum() == 10)
OK('b0', near(4 - 0.6*3, 2.2, 1e-12)); OK('yhat', np.allclose(b0_ + b1_*X, [2.8, 3.4, 4.0, 4.6, 5.2]))
OK('sst', ((Y - 4)**2).sum() == 6); OK('sse', near(((Y - (b0_ + b1_*X))**2).sum(), 2.4, 1e-9) and near(0.64+0.36+1+0.36+0.04, 2.4, 1e-12))
OK('r2', near(1 - 2.4/6, 0.6, 1e-12))
BAD('adj 4/2', 5 - 1 - 1 == 2); OK('adj', near(1 - 0.4*4/3, 0.467, 0.0005))
OK('r', near(6/sq(60), 0.775, 0.0005) and near(0.775**2, 0.6, 0.005))

# ---------- ko/vanishing_product
OK('dsig', sp.simplify(sp.diff(1/(1 + sp.exp(-zz)), zz) - (1/(1 + sp.exp(-zz)))*(1 - 1/(1 + sp.exp(-zz)))) == 0)
OK('0.25', 0.5*0.5 == 0.25); OK('tanh', sp.simplify(sp.diff(sp.tanh(zz), zz) - (1 - sp.tanh(zz)**2)) == 0)
OK('tanh-sig', sp.simplify((2/(1 + sp.exp(-2*zz)) - 1 - sp.tanh(zz)).rewrite(sp.exp)) == 0)
OK('1/4^10', 4**10 == 1048576); BAD('9.5e-6', near(0.25**10, 9.5e-6, 0.05e-6))
BAD('0.25^20=2^-20', 0.25**20 == 2**-20)
OK('0.5^10', 0.5**10 == 1/1024 and near(1/1024, 9.8e-4, 0.05e-4) and 2*0.25 == 0.5)
OK('sig4', near(sig(4)*(1 - sig(4)), 0.0177, 0.00005))

# ---------- ko/fgsm_step
OK('z', 2*0.5 - 1*0.5 == 0.5 and near(sig(0.5), 0.622, 0.0005))
gx = (sig(0.5) - 1)*np.array([2, -1]); OK('grad', np.allclose(gx, [-0.755, 0.378], atol=6e-4) and near(sig(0.5) - 1, -0.378, 0.0005))
OK('sign', list(np.sign(gx)) == [-1, 1]); OK('xadv', near(0.5 - 0.1, 0.4, 1e-12) and near(0.5 + 0.1, 0.6, 1e-12))
BAD("z' 0.4", near(2*0.4 - 0.6, 0.4, 1e-9)); OK("z' true", near(2*0.4 - 0.6, 0.2, 1e-12))
OK('drop', near(0.1*3, 0.3, 1e-12) and near(0.5 - 0.3, 0.2, 1e-12))
OK('p\'', near(sig(0.2), 0.550, 0.0005) and near(-ln(0.622), 0.475, 0.0005) and near(-ln(0.550), 0.598, 0.0005))

# ---------- zh/mixed_precision
OK('bias', 2**4 - 1 == 15); OK('max', (2 - 2**-10)*2**15 == 65504)
BAD('2^-14 6.1e-4', near(2**-14, 6.1e-4, 0.05e-4)); OK('sub', near(2**-24, 5.96e-8, 0.005e-8))
OK('eps', near(2**-10, 9.77e-4, 0.005e-4) and 2**-7 == 0.0078125)
OK('bf16 max', near(float(np.finfo(np.float32).max), 3.4e38, 0.05e38)); OK('digits', 2 <= 8*math.log10(2) <= 3)
OK('underflow', 1e-8 < 2**-24); OK('scaled', near(1024*1e-8, 1.024e-5, 1e-15) and 1.024e-5 > 2**-24 and 1.024e-5 < 2**-14)
OK('overflow', 1.5*65536 == 98304 and 98304 > 65504)

# ---------- zh/activation_memory
OK('sbh', 2048*4*4096 == 33554432); BAD('5as/h=60', 5*32*2048/4096 == 60); OK('80', 5*32*2048/4096 == 80 and 34 + 80 == 114)
OK('layer', 114*33554432 == 3825205248 and 3825205248/2**30 == 3.5625); OK('32L', 32*3.5625 == 114)
OK('70%', near(80/114, 0.70, 0.005)); OK('flash', 34*33554432/2**30 == 1.0625)
OK('recompute', 2*33554432/2**20 == 64 and 32*64/1024 == 2)

# ---------- zh/alibi_sliding
OK('slopes8', [2**(-8*h/8) for h in range(1, 9)] == [2**-h for h in range(1, 9)] and 2**-8 == 1/256)
BAD('-1.5', near(-0.25*5, -1.5, 1e-9)); OK('h2 slope', 2**-2 == 0.25)
OK('h8', near(5/256, 0.0195, 0.00005)); OK('n16', near(2**(-8/16), 0.707, 0.0005))
OK('reach', 4096*32 == 131072); OK('ratio', 4096/32768 == 1/8)

# ---------- zh/huffman_bsc
import heapq
def huff(ps):
    hq = [(p, i, {i: 0}) for i, p in enumerate(ps)]; heapq.heapify(hq); c = len(ps)
    while len(hq) > 1:
        p1, _, a1 = heapq.heappop(hq); p2, _, a2 = heapq.heappop(hq)
        mrg = {k: v + 1 for k, v in {**a1, **a2}.items()}; heapq.heappush(hq, (p1 + p2, c, mrg)); c += 1
    return [hq[0][2][i] for i in range(len(ps))]
pp = [0.4, 0.3, 0.2, 0.1]; OK('lengths', huff(pp) == [1, 2, 3, 3])
OK('merges', near(0.1 + 0.2, 0.3, 1e-12) and near(0.3 + 0.3, 0.6, 1e-12))
OK('Lbar', near(0.4 + 0.6 + 0.6 + 0.3, 1.9, 1e-12) and near(sum(p*l for p, l in zip(pp, [1, 2, 3, 3])), 1.9, 1e-12))
terms = [-p*log2(p) for p in pp]; OK('H terms', np.allclose(terms, [0.529, 0.521, 0.464, 0.332], atol=5e-4))
OK('H', near(0.529 + 0.521 + 0.464 + 0.332, 1.846, 1e-9) and near(sum(terms), 1.846, 0.0005))
OK('red', near(1.9 - 1.846, 0.054, 1e-9)); OK('kraft', 2**-1 + 2**-2 + 2**-3 + 2**-3 == 1)
OK('H2', near(-0.1*log2(0.1), 0.332, 0.0005) and near(-0.9*log2(0.9), 0.137, 0.0005) and near(0.332 + 0.137, 0.469, 1e-9))
OK('C', near(1 - 0.469, 0.531, 1e-9))

# ---------- zh/cross_entropy_kl_bits
P = np.array([.5, .5]); Q = np.array([.25, .75]); Mm = (P + Q)/2
kl = lambda a, b_: float((a*np.log2(a/b_)).sum())
OK('H', float(-(P*np.log2(P)).sum()) == 1.0)
OK('Hpq', near(-(P*np.log2(Q)).sum(), 1.2075, 0.00005) and near(0.5*log2(4/3), 0.2075, 0.00005) and near(-0.5*log2(.25), 1, 1e-12))
OK('KL', near(kl(P, Q), 0.2075, 0.00005) and near(0.5*log2(1.5), 0.2925, 0.00005) and near(0.5 - 0.2925, 0.2075, 1e-12))
OK('KLqp', near(kl(Q, P), 0.189, 0.0005) and near(0.75*log2(1.5), 0.439, 0.0005) and near(-0.25 + 0.439, 0.189, 1e-9))
OK('m', np.allclose(Mm, [3/8, 5/8]))
OK('KLpm', near(kl(P, Mm), 0.04656, 0.00001) and near(0.5*log2(4/3), 0.20752, 0.000005) and near(0.5*log2(4/5), -0.16096, 0.000005) and near(0.20752 - 0.16096, 0.04656, 1e-9))
OK('KLqm', near(kl(Q, Mm), 0.05104, 0.000005) and near(0.25*log2(2/3), -0.14624, 0.000005) and near(0.75*log2(6/5), 0.19728, 0.000005) and near(-0.14624 + 0.19728, 0.05104, 1e-9))
OK('JS', near(0.5*(0.04656 + 0.05104), 0.0488, 1e-9) and near(0.5*kl(P, Mm) + 0.5*kl(Q, Mm), 0.0488, 0.00005))
OK('nat', near(0.0488*ln(2), 0.0338, 0.00005))

# ---------- zh/bandit_ucb
BAD('Q5 .667', near(0.5 + (1 - 0.5)/4, 0.667, 0.0005)); OK('true Q5', (1.5 + 1)/4 == 0.625 and 0.5 + 0.5/4 == 0.625)
OK('eps-greedy', near(1 - 0.1 + 0.1/3, 0.9333, 0.00005) and near(0.1/3, 0.0333, 0.00005))
OK('ln10', near(ln(10), 2.3026, 0.00005))
ub = [q + sq(ln(10)/n) for q, n in [(0.6, 5), (0.5, 3), (0.3, 2)]]
OK('bonus', near(sq(2.3026/5), 0.679, 0.0005) and near(sq(2.3026/3), 0.876, 0.0005) and near(sq(2.3026/2), 1.073, 0.0005))
OK('ucb', np.allclose(ub, [1.279, 1.376, 1.373], atol=5e-4) and int(np.argmax(ub)) == 1)
OK('gap', near(1.376 - 1.373, 0.003, 1e-9))
ub2 = [q + sq(2)*sq(ln(10)/n) for q, n in [(0.6, 5), (0.5, 3), (0.3, 2)]]
OK('c=sqrt2', near(sq(2)*sq(ln(10)/2), 1.517, 0.0005) and near(sq(2)*sq(ln(10)/3), 1.239, 0.0005) and int(np.argmax(ub2)) == 2 and near(ub2[2], 1.817, 0.0005) and near(ub2[1], 1.739, 0.0005))

# ---------- zh/pagerank3
Mx = np.array([[0, 0, 1], [.5, 0, 0], [.5, 1, 0]]); OK('col stoch', np.allclose(Mx.sum(0), 1))
r1 = 0.05 + 0.85*Mx@np.ones(3)/3; OK('1-d/3', near(0.15/3, 0.05, 1e-12))
OK('r1', np.allclose(r1, [0.3333, 0.1917, 0.475], atol=5e-5) and near(0.85*(1/6 + 1/3), 0.425, 1e-12) and near(r1.sum(), 1, 1e-12))
rs = np.linalg.solve(np.eye(3) - 0.85*Mx, 0.05*np.ones(3)); OK('stationary', np.allclose(rs, [0.388, 0.215, 0.397], atol=5e-4))
OK('eqs', near(rs[1], 0.05 + 0.425*rs[0], 1e-12) and near(rs[0], 0.05 + 0.85*rs[2], 1e-12) and near(rs.sum(), 1, 1e-12))

# ---------- zh/importance_sampling_ess
W_ = np.array([.5, 1, 2, .5]); Fv = np.array([1, 2, 3, 4])
OK('mu', near((W_*Fv).sum(), 10.5, 1e-12) and W_.sum() == 4 and 10.5/4 == 2.625 and 0.5 + 2 + 6 + 2 == 10.5)
BAD('sum w^2 = 5', (W_**2).sum() == 5); OK('ESS', near(16/5.5, 2.91, 0.005) and (W_**2).sum() == 5.5)
wn = W_/W_.sum(); OK('norm w', np.allclose(wn, [.125, .25, .5, .125]) and near((wn**2).sum(), 0.34375, 1e-12) and near(1/0.34375, 2.91, 0.005))
OK('MH', near(e(-(2.25 - 0.25)/2), e(-1), 1e-12) and near(e(-1), 0.368, 0.0005))
pd = lambda x: e(-x*x/2); OK('DB', near(pd(0.5)*min(1, pd(1.5)/pd(0.5)), pd(1.5)*min(1, pd(0.5)/pd(1.5)), 1e-12))

# ---------- zh/dp_fedavg
OK('laplace', 1/1 == 1 and 2*1**2 == 2 and 1/0.1 == 10 and near(sq(2)*10, 14.1, 0.05))
OK('gauss', near(ln(1.25e5), 11.736, 0.0005) and near(2*11.736, 23.47, 0.005) and near(sq(23.472), 4.845, 0.0005))
OK('sigma', near(4.845/0.5, 9.69, 1e-9) and near(sq(2*ln(1.25e5))/0.5, 9.69, 0.005))
OK('fedavg', 100*0.2 + 300*0.5 + 600*0.1 == 230 and 20 + 150 + 60 == 230 and 230/1000 == 0.23)
OK('simple avg', near((0.2 + 0.5 + 0.1)/3, 0.267, 0.0005)); OK('noise', near(1.1*0.5, 0.55, 1e-12))

print('FAILS:', len(fails)); [print(' ', f) for f in fails]
