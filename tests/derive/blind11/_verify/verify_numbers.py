# Numeric / symbolic checks of the claims in every file. ok(...) must hold for correct lines,
# bad(...) must hold (i.e. claim false) for keyed wrong lines.
import math, numpy as np, sympy as sp
from math import log, exp, sqrt, tanh, pi, floor, ceil, erf
fails=[]
def ok(name, cond):
    if not cond: fails.append(name)
def close(a,b,t=None):
    t = t if t is not None else 0.5*10**(-max(0,len(repr(b).split('.')[-1]) if '.' in repr(b) else 0))
    return abs(a-b) <= t+1e-12
def bad(name, cond): ok('WRONG-should-fail:'+name, not cond)
sig=lambda z:1/(1+exp(-z)); Phi=lambda x:0.5*(1+erf(x/sqrt(2))); phi=lambda x:exp(-x*x/2)/sqrt(2*pi)
x,y,r,d=sp.symbols('x y r delta',real=True)
# ---------- en/huber
ok('huber C1', sp.diff(d*r-d**2/2,r).subs(r,d)==d and sp.Rational(1,2)*d**2==(d*d-d**2/2))
ok('huber 13-15', 4.5-2==2.5 and 1*2.5-0.5==2.0)
ok('huber 16', 0.5*2.5**2==3.125)
bad('huber 18', -0.4==0.4); ok('huber 18 L', close(0.5*0.16,0.08))
ok('huber 20', close((2.0+0.08)/2,1.04))
# ---------- en/focal
ok('focal 7-9', close((1-0.9)**2,0.01) and close(-log(0.9),0.1054,5e-5) and close(0.01*0.10536,0.00105,5e-6))
ok('focal 11-12', close(0.8**2,0.64) and close(-log(0.2),1.609,5e-4) and close(0.64*1.6094,1.030,5e-4))
ok('focal 13', close(1.6094/0.10536,15.3,0.05) and abs((0.64*1.6094379)/(0.01*0.1053605)-978)<1)
g_,p_=sp.symbols('gamma p',positive=True)
ok('focal 15', sp.simplify(sp.diff(-(1-p_)**g_*sp.log(p_),p_)-(g_*(1-p_)**(g_-1)*sp.log(p_)-(1-p_)**g_/p_))==0)
ok('focal 16 parts', close(2*0.8*(-1.609),-2.575,1e-3)); bad('focal 16', close(-2.575-3.2,-0.625,1e-3))
# ---------- en/adam
ok('adam m1 v1', close(0.1*0.5,0.05) and close(0.001*0.25,0.00025) and close(0.05/0.1,0.5))
bad('adam vhat', close(0.00025/0.001,0.025,1e-6))
ok('adam step', close(1e-3*0.5/sqrt(0.25),1e-3,1e-9))
ok('adam nocorr', close(0.05/sqrt(0.00025),3.162,5e-4))
b1,t=sp.symbols('beta1 t',positive=True); gg=sp.Symbol('g')
for T in range(1,6):
    m=0
    for _ in range(T): m=b1*m+(1-b1)*gg
    ok('adam unroll %d'%T, sp.expand(m-(1-b1)*sum(b1**(T-i)*gg for i in range(1,T+1)))==0 and sp.simplify(m-(1-b1**T)*gg)==0)
# ---------- en/bn
xs=np.array([1.,3.]); gs=np.array([1.,0.]); mu=xs.mean(); var=xs.var(); xh=(xs-mu)/sqrt(var)
ok('bn 16', mu==2 and var==1 and list(xh)==[-1,1]); ok('bn 17', (gs*xh).sum()==-1)
# numeric autodiff check of 7.11-7.13 on random data
rng=np.random.default_rng(0); X=rng.normal(size=5); G=rng.normal(size=5); gam=1.7; eps=0.1
def Lf(X): m=X.mean(); v=X.var(); return (G*(gam*(X-m)/np.sqrt(v+eps))).sum()
num=np.array([(Lf(X+h)-Lf(X-h))/2e-6 for h in np.eye(5)*1e-6]); s=np.sqrt(X.var()+eps); xh=(X-X.mean())/s
ana=gam/(5*s)*(5*G-G.sum()-xh*(G*xh).sum()); ok('bn 7.13', np.allclose(num,ana,atol=1e-5))
mu_,v_=sp.symbols('mu v',positive=True); xi=sp.Symbol('xi')
ok('bn 7.11 exponent', sp.simplify(sp.diff((xi-mu_)/sp.sqrt(v_),v_) - (-(xi-mu_)/(2*sp.sqrt(v_)**3)))==0)
bad('bn 7.11 s^2', sp.simplify(sp.diff((xi-mu_)/sp.sqrt(v_),v_) - (-(xi-mu_)/(2*sp.sqrt(v_)**2)))==0)
ok('bn 18', 0.5*(2*1-1-(-1)*(-1))==0)
# ---------- en/rnn
w_,u_=0.5,1.0; h1=tanh(1); h2=tanh(w_*h1)
ok('rnn 14-16', close(h1,0.7616,5e-5) and close(w_*h1,0.3808,5e-5) and close(h2,0.3634,5e-5) and close(1-h2**2,0.8679,5e-5))
def Lr(w,u): a=tanh(u*1); b=tanh(w*a+u*0); return 0.5*b*b
dw=(Lr(w_+1e-6,u_)-Lr(w_-1e-6,u_))/2e-6; du=(Lr(w_,u_+1e-6)-Lr(w_,u_-1e-6))/2e-6
ok('rnn 17', close(dw,0.2402,5e-5) and close(0.3634*0.8679*0.7616,0.2402,5e-5))
ok('rnn 18', close(du,0.0662,5e-5) and close(h1**2,0.5800,5e-5))
bad('rnn 12 (formula without w)', close(h2*(1-h2**2)*(0+(1-h1**2)*1),du,1e-4))
# ---------- en/lstm
h,dd=256,128; pg=h*dd+h*h+h
ok('lstm', pg==98560 and 4*pg==394240 and 394240+4*256==395264 and 10000*128==1280000 and 256*10000+10000==2570000 and 1280000+395264+2570000==4245264)
bad('lstm gru', 3*pg==275680)
# ---------- en/gelu
ok('gelu a', close(log(1+math.e),1.3133,5e-5) and close(sig(1),0.7311,5e-5))
ok('gelu b', close(sig(1)+sig(1)*(1-sig(1)),0.9277,1e-4) and close(0.7311*0.2689,0.1966,1e-4))
ok('gelu c', close(Phi(0),0.5) and close(Phi(1),0.8413,5e-5) and close(phi(1),0.2420,5e-5) and close(Phi(1)+phi(1),1.0833,1e-4))
bad('gelu phi', sp.simplify(sp.diff(sp.erf(x/sp.sqrt(2))/2,x) - sp.exp(-x**2)/sp.sqrt(2*sp.pi))==0)
ok('softplus second', sp.simplify(sp.diff(sp.log(1+sp.exp(x)),x,2) - (1/(1+sp.exp(-x)))*(1-1/(1+sp.exp(-x))))==0)
# ---------- en/layernorm
v=np.array([2.,4,6]); xh=(v-v.mean())/np.sqrt(v.var())
ok('ln', v.mean()==4 and close(v.var(),8/3,1e-12) and np.allclose(xh,[-1.2247,0,1.2247],atol=5e-5) and close((xh**2).mean(),1,1e-12) and close(1.5*2/3,1) and 2*768==1536)
# ---------- en/kl
def KL(m1,s1,m2,s2): return log(s2/s1)+(s1**2+(m1-m2)**2)/(2*s2**2)-0.5
ok('kl pq', close(KL(1,1,0,2),0.4431,5e-5) and close(log(2)+2/8-0.5,0.4431,5e-5))
ok('kl qp actual', close(KL(0,2,1,1),1.3069,5e-5)); bad('kl qp', close(-0.6931+2.5-0.5,1.8069,1e-4))
m1,s1=sp.symbols('mu1 sigma1',positive=True)
ok('kl vae', sp.simplify(-sp.log(s1)+(s1**2+m1**2)/2-sp.Rational(1,2) - (m1**2+s1**2-sp.log(s1**2)-1)/2)==0)
# symbolic KL formula
X_=sp.Symbol('X'); m2,s2=sp.symbols('mu2 sigma2',positive=True)
lp=-sp.log(s1)-(X_-m1)**2/(2*s1**2); lq=-sp.log(s2)-(X_-m2)**2/(2*s2**2)
ok('kl logdiff', sp.simplify(lp-lq-(sp.log(s2/s1)-(X_-m1)**2/(2*s1**2)+(X_-m2)**2/(2*s2**2)))==0)
# ---------- en/vae
sg=exp(-0.6); ok('vae', close(sg,0.5488,5e-5) and close(0.3+sg*0.8,0.7390,5e-5) and close(0.8*0.5*sg,0.2195,5e-5) and close(-2*0.8*0.5*sg,-0.4390,5e-5))
ls=sp.Symbol('l'); ok('vae dlogvar', sp.simplify(sp.diff(sp.exp(ls/2)*sp.Symbol('e'),ls)-sp.Symbol('e')*sp.exp(ls/2)/2)==0)
# ---------- en/triplet
a=np.array([1.,0]); p=np.array([.8,.4]); n=np.array([.2,-.2])
ok('trip', close(((a-p)**2).sum(),0.20,1e-12) and close(((a-n)**2).sum(),0.68,1e-12) and close(0.2-0.68+0.5,0.02,1e-12))
ok('trip grads', np.allclose(2*(n-p),[-1.2,-1.2]) and np.allclose(-2*(a-p),[-0.4,0.8]))
bad('trip dn', np.allclose(2*(a-n),[-1.6,-0.4])); ok('trip contrast', close(0.5*0.7**2,0.245,1e-12))
# ---------- en/temperature
z=np.array([2.,1,0])
sm=lambda z,T: np.exp(z/T)/np.exp(z/T).sum()
bad('temp T1 sum', close(exp(2)+exp(1)+1,10.107,1e-3)); ok('temp T1 p', np.allclose(sm(z,1),[0.6652,0.2447,0.0900],atol=5e-5) and close(exp(2)+exp(1)+1,11.107,1e-3))
ok('temp T2', close(exp(1)+exp(.5)+1,5.367,1e-3) and np.allclose(sm(z,2),[0.5065,0.3072,0.1863],atol=5e-5))
ok('temp T05', close(exp(4)+exp(2)+1,62.99,5e-3) and close(sm(z,0.5)[0],0.8668,5e-5))
zz=sp.symbols('z1:4'); T=sp.Symbol('T',positive=True)
Lt=-sp.log(sp.exp(zz[0]/T)/sum(sp.exp(q/T) for q in zz))
ok('temp grad', sp.simplify(sp.diff(Lt,zz[0]) - (sp.exp(zz[0]/T)/sum(sp.exp(q/T) for q in zz)-1)/T)==0)
ok('temp grad num', close(0.5*(sm(z,2)[0]-1),-0.2468,5e-5))
# ---------- en/nesterov
th=1.0; v=0; gr=lambda t:2*t
v=0.9*v-0.1*gr(th); th+=v; ok('mom1', close(v,-0.2,1e-12) and close(th,0.8,1e-12))
v=0.9*v-0.1*gr(th); th+=v; ok('mom2', close(v,-0.34,1e-12) and close(th,0.46,1e-12))
th=1.0; v=0
v=0.9*v-0.1*gr(th+0.9*v); th+=v; ok('nag1', close(th,0.8,1e-12)); ok('nag la', close(th+0.9*v,0.62,1e-12))
v=0.9*v-0.1*gr(th+0.9*v); th+=v; ok('nag2', close(v,-0.304,1e-12) and close(th,0.496,1e-12))
bad('nesterov 9x', close(1/(1-0.9),9,1e-9))
# unrolled momentum formula check on random gradients
G=np.random.default_rng(1).normal(size=6); vv=0
for k in range(6): vv=0.9*vv-0.1*G[k]
ok('mom unroll', close(vv, -0.1*sum(0.9**k*G[5-k] for k in range(6)),1e-12))
# ---------- en/adagrad
ok('adagrad', close((1-0.9**2)*4,0.76,1e-12) and close(0.1*4,0.4,1e-12) and close(0.9*0.4+0.4,0.76,1e-12) and close(-0.02/sqrt(0.76),-0.0229,5e-5))
ok('rms limit', True); bad('adagrad 16', close(0.02/sqrt(8),0.0141,5e-5)); ok('adagrad s2', 4+4==8)
gm,gq=sp.symbols('gamma g'); s=0
for k in range(1,5): s=gm*s+(1-gm)*gq**2; ok('rms closed %d'%k, sp.expand(s-(1-gm**k)*gq**2)==0)
# ---------- en/grad_clipping
ok('clip', sqrt(9+16+144)==13 and close(5/13,0.3846,5e-5) and close(15/13,1.154,5e-4) and close(20/13,1.538,5e-4) and close(60/13,4.615,5e-4))
ok('clip norm', close(sqrt((15/13)**2+(20/13)**2+(60/13)**2),5.0,1e-9) and close(sqrt(50),7.071,5e-4))
# ---------- en/mixed precision
ok('mp', close(2**-24,5.96e-8,5e-10) and 2**16==65536 and close(3e-9*65536,1.97e-4,5e-7) and close(1.2*65536,78643,1))
bad('mp 2^14', 2**14==32768); ok('mp 2^14 value', 2**16//4==2**14==16384)
# ---------- en/embedding
d=256; ok('emb', 30000*d==7680000 and 512*d==131072 and 4*(d*d+d)==263168 and d*1024+1024+1024*d+d==525568 and 263168+525568+1024==789760 and 256*5+5==1285)
bad('emb LN', 2*2*d==512); ok('emb total', 7680000+131072+2*789760+1285==9391877 and round(100*(7680000+131072)/9391877)==83 and d//4==64)
# ---------- en/dilated
ok('dil a', 2*2+1==5 and 32+4-5+1==32); ok('dil b', floor((32+4-4-1)/2)+1==16 and (32+4-4-1)/2==15.5)
bad('dil c', floor((64+0-4*2-1)/1)+1==60); ok('dil d', 1+2+4+8==15 and 9*64*64+64==36928)
# ---------- en/gap
ok('gap', 256*64+64==16448 and 14*14*256*64==3211264 and 256*64+9*64*64+64*256==69632 and 9*256**2==589824 and close(589824/69632,8.5,0.05) and 2570==256*10+10 and 256*196*10+10==501770)
bad("gap backward", close(sp.diff(sum(sp.symbols("q0:196"))/196, sp.Symbol("q0")), 1, 1e-12))
# ---------- en/ridge
th=sp.MatrixSymbol('t',2,1); 
Xm=sp.Matrix([[1,0],[0,2],[1,1]]); ym=sp.Matrix([1,2,3])
ok('ridge XtX', Xm.T*Xm==sp.Matrix([[2,1],[1,5]]) and Xm.T*ym==sp.Matrix([4,7]) and (Xm.T*Xm+sp.eye(2)).det()==17)
ok('ridge theta', (Xm.T*Xm+sp.eye(2)).inv()*Xm.T*ym==sp.Matrix([1,1]) and sp.Matrix([[6,-1],[-1,3]])*sp.Matrix([4,7])==sp.Matrix([17,17]))
ols=(Xm.T*Xm).inv()*Xm.T*ym; ok('ridge ols', ols==sp.Matrix([sp.Rational(13,9),sp.Rational(10,9)]) and (Xm.T*Xm).det()==9 and sp.Matrix([[5,-1],[-1,2]])*sp.Matrix([4,7])==sp.Matrix([13,10]))
tv=sp.Matrix(sp.symbols('a b')); lam=sp.Symbol('lam')
J=sp.Rational(1,2)*((Xm*tv-ym).T*(Xm*tv-ym))[0]+lam/2*(tv.T*tv)[0]
grad=sp.Matrix([sp.diff(J,q) for q in tv])
ok('ridge grad', sp.simplify(grad-(Xm.T*Xm*tv-Xm.T*ym+lam*tv))==sp.zeros(2,1)); bad('ridge 2lam', sp.simplify(grad-(Xm.T*Xm*tv-Xm.T*ym+2*lam*tv))==sp.zeros(2,1))
ok('ridge expand', sp.expand(J - (sp.Rational(1,2)*(tv.T*Xm.T*Xm*tv)[0]-(tv.T*Xm.T*ym)[0]+sp.Rational(1,2)*(ym.T*ym)[0]+lam/2*(tv.T*tv)[0]))==0)
# ---------- en/early stopping
ok('es', ceil(50000/128)==391 and 50000/128==390.625 and 40*391==15640 and close(0.1*100/500,0.02,1e-12) and 15640-500==15140 and 15140/2==7570)
ok('es cos', close(0.05*(1+math.cos(pi/2)),0.05,1e-12) and close(0.05*(1+math.cos(pi/3)),0.075,1e-12))
bad('es step', close(0.1*0.1**2,0.0001,1e-9)); ok('es stop', 22*391==8602 and close(8602/15640,0.55,1e-12) and 17*391==6647)
print('EN done')
# ================= KO
ok('ko sig', sp.simplify(sp.diff(1/(1+sp.exp(-x)),x) - sp.exp(-x)/(1+sp.exp(-x))**2)==0)
S=1/(1+sp.exp(-x)); ok('ko sig2', sp.simplify(sp.exp(-x)/(1+sp.exp(-x))**2 - S*(1-S))==0)
ok('ko tanh id', sp.simplify((2/(1+sp.exp(-2*x))-1 - sp.tanh(x)).rewrite(sp.exp))==0)
ok('ko tanh d', sp.simplify((sp.diff(2/(1+sp.exp(-2*x))-1,x) - 4*(1/(1+sp.exp(-2*x)))*(1-1/(1+sp.exp(-2*x)))))==0)
bad('ko tanh 1+', sp.simplify((sp.diff(sp.tanh(x),x)-(1+sp.tanh(x)**2)))==0)
ok('ko sig num', close(sig(.5),0.6225,5e-5) and close(0.6225*0.3775,0.2350,5e-5) and close(sig(.5)*(1-sig(.5)),0.2350,5e-5))
ok('ko tanh num', close(tanh(.5),0.4621,5e-5) and close(1-tanh(.5)**2,0.7864,5e-5) and close(4*0.7311*0.2689,0.7864,1e-4) and close(4*sig(1)*(1-sig(1)),0.7864,5e-5) and sig(0)*(1-sig(0))==0.25)
# logistic
yh_,y_=sp.symbols('yh y'); l=-(y_*sp.log(yh_)+(1-y_)*sp.log(1-yh_))
ok('ko lr dl', sp.simplify(sp.diff(l,yh_)-(-y_/yh_+(1-y_)/(1-yh_)))==0); bad('ko lr dl sign', sp.simplify(sp.diff(l,yh_)-(y_/yh_-(1-y_)/(1-yh_)))==0)
ok('ko lr dz', sp.simplify((-y_/yh_+(1-y_)/(1-yh_))*yh_*(1-yh_)-(yh_-y_))==0)
Xl=np.array([[2.,1],[1,1]]); yl=np.array([1.,0]); wl=np.array([.5,-1]); yhl=1/(1+np.exp(-(Xl@wl)))
ok('ko lr z', np.allclose(Xl@wl,[0,-0.5]) and close(yhl[1],0.3775,5e-5))
gw=Xl.T@(yhl-yl)/2; ok('ko lr gw', np.allclose(gw,[-0.3112,-0.0612],atol=5e-5) and np.allclose([-0.5*2+0.3775,-0.5+0.3775],[-0.6225,-0.1225]))
ok('ko lr gb', close((yhl-yl).mean(),-0.0612,5e-5))
Jl=-(np.log(yhl[0])+np.log(1-yhl[1]))/2; ok('ko lr J', close(Jl,0.5836,5e-5) and close(-log(1-yhl[1]),0.4741,5e-5) and close(log(2),0.6931,5e-5))
# conv output
ok('ko conv1', (227-11)/4==54 and 11*11*3*96+96==34944 and 32+4-5+1==32)
bad('ko conv3', floor((28+2-3)/2)+1==15); ok('ko conv3 13.5', (28+2-3)/2==13.5); ok('ko pool', floor((55-2)/2)+1==27)
# lenet
ok('ko lenet', 26*6==156 and 151*16==2416 and 120*84+84==10164 and 84*10+10==850 and 156+2416+48120+10164+850==61706 and 61706-2416+1516==60806 and 32-5+1==28 and 14-5+1==10)
bad('ko lenet C5', 401*120==48000)
# dropout
p_=sp.Symbol('p'); hh=sp.Symbol('h')
ok('ko drop E', sp.simplify(((1-p_)*hh)/(1-p_)-hh)==0)
ok('ko drop var', sp.simplify(hh**2*p_*(1-p_)/(1-p_)**2 - p_/(1-p_)*hh**2)==0)
ok('ko drop ex', np.allclose(np.array([1,0,3,4,5])/0.8,[1.25,0,3.75,5,6.25]) and close(1.25+3.75+5+6.25,16.25,1e-12) and 1/0.8==1.25 and 0.5/0.5==1)
# weight decay
ww,eta,lam_,gJ=sp.symbols('w eta lam g')
ok('ko wd', sp.expand(ww-eta*(gJ+lam_*ww) - ((1-eta*lam_)*ww-eta*gJ))==0); bad('ko wd (1-lam)', sp.expand(ww-eta*(gJ+lam_*ww) - ((1-lam_)*ww-eta*gJ))==0)
ok('ko wd ex', close((1-0.001)*2-0.05,1.948,1e-12) and close(0.1*0.01,0.001,1e-15) and close(0.5+0.01*2,0.52,1e-12) and close(2-0.1,1.9,1e-12) and close(-0.1*(1+0.02),-0.102,1e-12) and close(2-0.102,1.898,1e-12))
# he/xavier
ok('ko init', close(sqrt(2/384),0.0722,5e-5) and close(sqrt(6/384),0.125,1e-12) and close(sqrt(6/256),0.1531,5e-5) and close(0.125**2/3,0.0052,5e-5) and close(0.125**2/3,2/384,1e-12))
bad('ko he', close(sqrt(2/256),0.0625,5e-5))
zr=np.random.default_rng(2).normal(size=2_000_000); ok('ko relu half', close((np.maximum(zr,0)**2).mean(),0.5*zr.var(),5e-3))
# attention
ok('ko attn', sqrt(64)==8 and close(sig(8),0.99966,5e-6) and close(sig(1),0.7311,5e-5) and close(sig(8)*(1-sig(8)),0.00034,5e-6) and 512*512*64==16777216)
# transposed conv
ok('ko tconv1', (7-1)*2-2*1+4==14 and 6*2-2+4==14); bad('ko tconv2', 12-2+3+1==15); ok('ko tconv2 actual', (7-1)*2-2+3+1==14)
ok('ko tconv3', floor((14+2-3)/2)+1==7 and floor((13+2-3)/2)+1==7 and 128*64*16+64==131136)
# depthwise
DK,M,N=sp.symbols('D_K M N',positive=True)
ok('ko dw ratio', sp.simplify((DK**2*M+M*N)/(DK**2*M*N)-(1/N+1/DK**2))==0); bad('ko dw ratio wrong', sp.simplify((DK**2*M+M*N)/(DK**2*M*N)-(1/N+1/DK))==0)
ok('ko dw nums', 9*32*64==18432 and 9*32==288 and 32*64==2048 and 288+2048==2336 and close(2336/18432,0.1267,5e-5) and close(2336/18432,1/64+1/9,1e-12) and 56**2*18432==57802752 and 56**2*2336==7325696 and close(18432/2336,7.9,0.05))
# label smoothing
ok('ko ls', close(1-0.1+0.1/4,0.925,1e-12) and close(0.1/4,0.025,1e-12) and close(0.925+3*0.025,1,1e-12))
ok('ko ls L', close(-0.925*log(0.7),0.3299,5e-5) and close(-0.075*log(0.1),0.1727,5e-5) and close(-0.925*log(0.7)-0.075*log(0.1),0.5026,5e-5))
bad('ko ls grad', np.allclose(np.array([.7,.1,.1,.1])-np.array([.925,.025,.025,.025]),[0.225,-0.075,-0.075,-0.075]))
ok('ko ls misc', close(0.7-1,-0.3,1e-12) and close(log(37),3.611,5e-4) and close(0.925/0.025,37,1e-9))
zs=sp.symbols('z1:5'); ys=sp.symbols('y1:5'); P=[sp.exp(q)/sum(sp.exp(u) for u in zs) for q in zs]
Lls=-sum(yk*sp.log(pk) for yk,pk in zip(ys,P)); ok('ko ls dL', sp.simplify((sp.diff(Lls,zs[0])-(P[0]-ys[0]*1)).subs(ys[3],1-ys[0]-ys[1]-ys[2]))==0)
# receptive field
r,j=1,1; out=[]
for k,s_ in [(3,1),(3,1),(2,2),(3,1),(3,2)]:
    r=r+(k-1)*j; j=j*s_; out.append((r,j))
ok('ko rf', out==[(3,1),(5,1),(6,2),(10,2),(14,4)] and 27*4096==110592 and 49*4096==200704 and 2*2+1==5 and 2*3+1==7)
# perplexity
ok('ko H', -sum(q*math.log2(q) for q in [.5,.25,.25])==1.5 and math.log2(8)==3 and 2**3==8)
pp=[.5,.25,.1,.2]; nll=-sum(log(q) for q in pp)/4
ok('ko nll', close(nll,1.4979,5e-5) and all(close(-log(q),v_,5e-5) for q,v_ in zip(pp,[0.6931,1.3863,2.3026,1.6094])))
ok('ko ppl', close(exp(nll),4.47,5e-3) and close(0.5*0.25*0.1*0.2,0.0025,1e-12) and close(0.0025**-0.25,4.47,5e-3))
bad('ko bits', close(nll/log(2),1.038,5e-4)); ok('ko bits actual', close(1.4979/log(2),2.161,5e-4) and close(2**2.161,4.47,5e-3))
print('KO done')
# ================= ZH
zz=np.array([2,1,.1]); pz=np.exp(zz)/np.exp(zz).sum()
ok('zh sm', close(exp(2),7.389,5e-4) and close(exp(1),2.718,5e-4) and close(exp(.1),1.105,5e-4) and close(np.exp(zz).sum(),11.21,5e-3) and close(7.389+2.718+1.105,11.21,5e-3) and np.allclose(pz,[0.6590,0.2424,0.0986],atol=5e-5))
ok('zh sm L', close(-log(pz[0]),0.4170,5e-5) and np.allclose(pz-np.array([1,0,0]),[-0.3410,0.2424,0.0986],atol=5e-5))
ok('zh sm J', close(0.6590*0.3410,0.2247,5e-5) and close(-0.6590*0.2424,-0.1597,5e-5))
Jt=np.diag(pz)-np.outer(pz,pz); num=np.array([(np.exp(zz+h)/np.exp(zz+h).sum()-np.exp(zz-h)/np.exp(zz-h).sum())/2e-6 for h in np.eye(3)*1e-6]).T
ok('zh J', np.allclose(Jt,num,atol=1e-6) and np.allclose(Jt,Jt.T) and np.allclose(Jt.sum(1),0)); bad('zh J plus', np.allclose(np.diag(pz)+np.outer(pz,pz),num,atol=1e-6))
# lse
ok('zh lse', 1000*math.log10(math.e)>308 and close(1000*math.log10(math.e),434,0.5) and close(log(1+exp(-1)),0.3133,5e-5) and close(sig(1),0.7311,5e-5) and close(1-sig(1),0.2689,5e-5) and close(log(2),0.6931,5e-5) and close(-999+1000.3133,1.3133,1e-9))
xs_=sp.symbols('x1:3'); LSE=sp.log(sum(sp.exp(q) for q in xs_)); ok('zh lse grad', sp.simplify(sp.diff(LSE,xs_[0])-sp.exp(xs_[0])/sum(sp.exp(q) for q in xs_))==0)
# mse backprop
Xz=np.array([[1.,2],[0,1]]); W1=np.array([[1.,-1],[0,1]]); W2=np.array([[2.],[1]]); Yz=np.array([[3.],[0]])
Z1=Xz@W1; A1=np.maximum(Z1,0); Yh=A1@W2; dY=(Yh-Yz)/2; dW2=A1.T@dY; dA1=dY@W2.T; dZ1=dA1*(Z1>0); dW1=Xz.T@dZ1
ok('zh mse fwd', np.array_equal(Z1,[[1,1],[0,1]]) and np.array_equal(A1,Z1) and np.array_equal(Yh,[[3],[1]]) and ((Yh-Yz)**2).sum()/4==0.25)
ok('zh mse bwd', np.array_equal(dY,[[0],[.5]]) and np.array_equal(dW2,[[0],[.5]]) and np.array_equal(dA1,[[0,0],[1,.5]]) and np.array_equal(dZ1,[[0,0],[0,.5]]) and np.array_equal(dW1,[[0,0],[0,.5]]))
# finite difference of W1 on a random net (away from kinks) to confirm X^T dZ1
rng=np.random.default_rng(5); Xr=rng.normal(size=(4,3)); W1r=rng.normal(size=(3,2)); W2r=rng.normal(size=(2,1)); Yr=rng.normal(size=(4,1))
Lm=lambda W: ((np.maximum(Xr@W,0)@W2r-Yr)**2).sum()/8
Zr=Xr@W1r; dZ=((np.maximum(Zr,0)@W2r-Yr)/4)@W2r.T*(Zr>0); num=np.zeros_like(W1r)
for i in range(3):
    for k in range(2):
        E=np.zeros_like(W1r); E[i,k]=1e-6; num[i,k]=(Lm(W1r+E)-Lm(W1r-E))/2e-6
ok('zh mse W1 rule', np.allclose(Xr.T@dZ,num,atol=1e-6)); bad('zh mse dZ X^T conforms', dZ.shape[1]==Xr.T.shape[0])
# gaussian mle
mu_s,s2=sp.symbols('mu s2',positive=True); xs4=sp.symbols('x1:5'); n_=4
ll=-sp.Rational(n_,2)*sp.log(2*sp.pi)-sp.Rational(n_,2)*sp.log(s2)-sum((q-mu_s)**2 for q in xs4)/(2*s2)
ok('zh mle dmu', sp.simplify(sp.diff(ll,mu_s)-sum(q-mu_s for q in xs4)/s2)==0)
ok('zh mle ds2', sp.simplify(sp.diff(ll,s2)-(-sp.Rational(n_,2)/s2+sum((q-mu_s)**2 for q in xs4)/(2*s2**2)))==0)
sam=np.array([2.,4,4,6]); ok('zh mle ex', sam.mean()==4 and sam.var()==2 and close(sam.var(ddof=1),2.667,5e-4) and 8/3==sam.var(ddof=1))
Ls=-2*log(2*pi)-2*log(2)-8/4; ok('zh mle ll', close(-2*log(2*pi),-3.6758,5e-5) and close(-2*log(2),-1.3863,5e-5) and close(Ls,-7.062,5e-4))
sims=np.random.default_rng(3).normal(size=(200000,4)).var(axis=1).mean(); ok('zh mle bias (n-1)/n', close(sims,0.75,0.01)); bad('zh mle n/(n-1)', close(sims,4/3,0.01))
# hinge
wv=np.array([1.,-2]); b=.5; X1=np.array([1.,0]); X2=np.array([1.,1])
ok('zh hinge', 1*(X1@wv+b)==1.5 and -1*(X2@wv+b)==0.5 and close(0.5*(0+0.5)+0.05*5,0.5,1e-12) and (wv**2).sum()==5)
gwv=0.5*(1*X2)+0.1*wv; ok('zh hinge gw', np.allclose(gwv,[0.6,0.3])); bad('zh hinge db', close(0.5*(0+1),1,1e-12)); ok('zh hinge step', np.allclose(wv-0.1*gwv,[0.94,-2.03]))
# momentum EMA
bt,gsym=sp.Symbol('b'),sp.symbols('g1:5'); vv=0
for T_ in range(1,5):
    vv=bt*vv+(1-bt)*gsym[T_-1]
    ok('zh ema %d'%T_, sp.expand(vv-(1-bt)*sum(bt**(T_-k)*gsym[k-1] for k in range(1,T_+1)))==0)
    ok('zh ema wsum %d'%T_, sp.expand((1-bt)*sum(bt**(T_-k) for k in range(1,T_+1))-(1-bt**T_))==0)
bad('zh ema exponent', sp.expand(((1-bt)*gsym[0]) - (1-bt)*bt**(1-1+1)*gsym[0])==0)
ok('zh ema nums', close(0.9**10,0.3487,5e-5) and close(exp(-1),0.3679,5e-5) and close(0.9*0.1+0.2,0.29,1e-12) and close(0.9*0.29+0.3,0.561,1e-12) and close(0.81+1.8+3,5.61,1e-12) and close(1-0.9**3,0.271,1e-12) and close(0.561/0.271,2.070,5e-4))
# grad check
ok('zh gc', close(2.01**3,8.120601,1e-9) and close(1.99**3,7.880599,1e-9) and close((2.01**3-1.99**3)/0.02,12.0001,1e-7) and close(8.120601-7.880599,0.240002,1e-9))
bad('zh gc rel', close(0.0001/12.0001,8.3e-5,5e-7)); ok('zh gc rel actual', close(0.0001/12.0001,8.3e-6,5e-8))
ok('zh gc fwd', close((2.01**3-8)/0.01,12.0601,1e-7) and close(0.0601/0.0001,600,5))
w3,e3=sp.symbols('w e'); ok('zh gc eps^2', sp.expand(((w3+e3)**3-(w3-e3)**3)/(2*e3)-3*w3**2-e3**2)==0)
# flops
ok('zh flops', floor((224+6-7)/2)+1==112 and 7*7*3*64==9408 and 112*112*64*147==118013952 and 49*3==147 and close(2*118013952,2.36e8,5e5) and 2048*1000+1000==2049000 and close(118013952*32,3.78e9,5e6))
print('ZH done')
# ================= EXTRA
xl=np.array([1.,2,3]); yl2=np.array([2.,4,5]); res=0*xl-yl2
bad('linreg residual sign', np.array_equal(res,[2,4,5])); ok('linreg', np.array_equal(res,[-2,-4,-5]) and close((res**2).sum()/6,7.5,1e-12))
gw2=(res*xl).mean(); gb2=res.mean(); ok('linreg grads', close(gw2,-25/3,1e-12) and close(gw2,-8.333,5e-4) and close(gb2,-11/3,1e-12) and close(gb2,-3.667,5e-4))
w1_=-0.1*gw2; b1_=-0.1*gb2; ok('linreg upd', close(w1_,0.8333,5e-5) and close(b1_,0.3667,5e-5))
yh2=w1_*xl+b1_; ok('linreg pred', np.allclose(yh2,[1.2,2.0333,2.8667],atol=5e-5))
ok('linreg J', np.allclose((yh2-yl2)**2,[0.64,3.8678,4.5511],atol=5e-5) and close(((yh2-yl2)**2).sum()/6,1.5098,5e-5) and close(3*gw2,-25,1e-9))
A=np.c_[xl,np.ones(3)]; sol=np.linalg.lstsq(A,yl2,rcond=None)[0]; ok('linreg ols', np.allclose(sol,[1.5,2/3]))
ok('cnn small', 27*32+32==896 and 9*32*32+32==9248 and 9*32*64+64==18496 and 64*8*8==4096 and 4096*128+128==524416 and 128*10+10==1290 and 896+9248+18496+524416+1290==554346 and close(100*524416/554346,94.6,0.05) and 2*(32+32+64)==256)
ok('l1l2', close(2-0.1*0.5*2,1.9,1e-12) and close(2-0.05,1.95,1e-12) and close(0.03*0.95,0.0285,1e-12) and close(0.03-0.05,-0.02,1e-12) and close(0.95**10,0.5987,5e-5))
ok('l1l2 d', sp.diff(lam_/2*ww**2,ww)==lam_*ww)
den=1+exp(-6)+exp(-3); ok('nce', close(den,1.05227,5e-6) and close(log(den),0.0509,5e-5) and close(1/den,0.9503,5e-5) and close(exp(-3)/den,0.0473,5e-5) and close(10*exp(-3)/den,0.473,5e-4))
bad('nce grad', close(10*(0.9503-1),-0.0497,5e-5)); ok('nce tau1', close(1+exp(-.6)+exp(-.3),2.2896,5e-5) and close(log(1+exp(-.6)+exp(-.3)),0.8284,5e-5))
sp_,sn1,sn2,tau=sp.symbols('sp sn1 sn2 tau',positive=True)
Lnce=-sp.log(sp.exp(sp_/tau)/(sp.exp(sp_/tau)+sp.exp(sn1/tau)+sp.exp(sn2/tau)))
pp_=sp.exp(sp_/tau)/(sp.exp(sp_/tau)+sp.exp(sn1/tau)+sp.exp(sn2/tau)); pn=sp.exp(sn1/tau)/(sp.exp(sp_/tau)+sp.exp(sn1/tau)+sp.exp(sn2/tau))
ok('nce dsp', sp.simplify(sp.diff(Lnce,sp_)-(pp_-1)/tau)==0 and sp.simplify(sp.diff(Lnce,sn1)-pn/tau)==0)
print('EXTRA done')
# ================= TAIL LINES (appended prose with small claims)
ok('tail gap', close(100*(1-2570/501770),99.5,0.05)); ok('tail lstm', 1280000+2570000==3850000)
ok('tail attn', 512//8==64 and sqrt(64)==8); ok('tail ridge', close(13/9,1.444,5e-4))
gsq=sp.symbols('q1:5'); b_=sp.Symbol('b'); ve=0; vp=0
for q in gsq: ve=b_*ve+(1-b_)*q; vp=b_*vp+q
ok('tail torch momentum', sp.simplify(vp-ve/(1-b_))==0)
ok('tail uniform ppl', close(2**(-sum((1/7)*math.log2(1/7) for _ in range(7))),7,1e-9))
print('TAILS done')
# ================= EXTRA2
ok('dnn params', 3*2+3+1*3+1==13); ok('dnn relu', np.array_equal(np.array([.3,.4,-.1])*(np.array([.5,-1.2,2.])>0),[.3,0,-.1]))
Wl=np.zeros((1,3)); dZl=np.zeros((1,4)); ok('dnn shapes', (Wl.T@dZl).shape==(3,4)); bad('dnn W dZ conforms', Wl.shape[1]==dZl.shape[0])
Xr=np.random.default_rng(7).normal(size=(2,4)); W1r=np.random.default_rng(8).normal(size=(3,2)); W2r=np.random.default_rng(9).normal(size=(1,3)); Yr=np.array([[1,0,1,0.]])
def Jd(W1,W2):
    A1=np.tanh(W1@Xr); A2=1/(1+np.exp(-(W2@A1))); return -(Yr*np.log(A2)+(1-Yr)*np.log(1-A2)).mean()
A1=np.tanh(W1r@Xr); A2=1/(1+np.exp(-(W2r@A1))); dZ2=A2-Yr; dW2=dZ2@A1.T/4; dA1=W2r.T@dZ2; dZ1=dA1*(1-A1**2); dW1=dZ1@Xr.T/4
num=np.zeros_like(W1r)
for i in range(3):
    for k in range(2):
        E=np.zeros_like(W1r); E[i,k]=1e-6; num[i,k]=(Jd(W1r+E,W2r)-Jd(W1r-E,W2r))/2e-6
ok('dnn backprop rules', np.allclose(num,dW1,atol=1e-7))
ok('dnn tanh', close(1-0.4621**2,0.786,5e-4) and close(1-tanh(.5)**2,0.786,5e-4))
yb=sig(0.5); ok('bce', close(0.2*3-0.1,0.5,1e-12) and close(yb,0.6225,5e-5) and close(-log(yb),0.4741,5e-5) and close(yb-1,-0.3775,5e-5))
bad('bce dw', close((yb-1)*3,-0.3775,5e-4)); ok('bce dw actual', close((yb-1)*3,-1.1326,5e-5))
wn=0.2-0.5*(yb-1)*3; bn_=-0.1-0.5*(yb-1); zn=3*wn+bn_
ok('bce update', close(wn,0.7663,5e-5) and close(bn_,0.0888,5e-5) and close(zn,2.3877,5e-5) and close(sig(zn),0.9159,5e-5) and close(-log(sig(zn)),0.0879,5e-5) and close(0.7663*3+0.0888,2.3877,1e-9))
ok('bce chain', sp.simplify((-y_/yh_+(1-y_)/(1-yh_))*yh_*(1-yh_) - (-y_*(1-yh_)+(1-y_)*yh_))==0 and sp.expand(-y_*(1-yh_)+(1-y_)*yh_-(yh_-y_))==0)
print('EXTRA2 done')

if __name__=='__main__':
    print('FAILS', fails); assert not fails
