import numpy as np, sympy as sp, math
S=np.array([[0.8,0.2],[0.1,0.6]]);t=0.5;Z=S/t
lse=lambda v: np.log(np.exp(v).sum())
r=[lse(Z[i])-Z[i,i] for i in range(2)];c=[lse(Z[:,j])-Z[j,j] for j in range(2)]
sp_=lambda x: math.log1p(math.exp(x))
assert abs(r[0]-sp_(-1.2))<1e-12 and abs(r[1]-sp_(-1.0))<1e-12 and abs(c[0]-sp_(-1.4))<1e-12 and abs(c[1]-sp_(-0.8))<1e-12
assert [round(v,4) for v in (r[0],r[1],c[0],c[1])]==[0.2633,0.3133,0.2204,0.3711]
assert abs((0.2-0.8)/0.5+1.2)<1e-12 and abs((0.1-0.6)/0.5+1.0)<1e-12 and abs((0.1-0.8)/0.5+1.4)<1e-12 and abs((0.2-0.6)/0.5+0.8)<1e-12
L=(np.mean(r)+np.mean(c))/2;assert round(L,4)==0.2920 and round((0.2633+0.3133)/2,4)==0.2883 and round((0.2204+0.3711)/2,4)==0.2958 or abs((0.2204+0.3711)/2-0.2958)<1e-4
assert abs((0.2883+0.2958)/2-0.2920)<1e-4
tau,D=sp.symbols('tau Delta',positive=True);s11,s12=sp.symbols('s11 s12',real=True)
l1=-sp.log(sp.exp(s11/tau)/(sp.exp(s11/tau)+sp.exp(s12/tau)));import random
for _ in range(20):
    sub={s11:random.uniform(-1,1),s12:random.uniform(-1,1),tau:random.uniform(0.05,3)}
    assert abs(float((l1-sp.log(1+sp.exp((s12-s11)/tau))).subs(sub)))<1e-12
assert sp.limit(sp.log(1+sp.exp(-D/tau)),tau,0,'+')==0 and sp.limit(sp.log(1+sp.exp(-D/tau)),tau,sp.oo)==sp.log(2)
dl=sp.diff(sp.log(1+sp.exp(-D/tau)),tau);sig=lambda x:1/(1+sp.exp(-x))
assert sp.simplify(dl-sig(-D/tau)*D/tau**2)==0
v=float(dl.subs({D:0.6,tau:0.5}));assert round(v,4)==0.5555 and abs(0.6/0.25-2.4)<1e-12 and round(float(sig(-1.2)),4)==0.2315
assert round(1/0.07,2)==14.29 and round(math.log(1/0.07),3)==2.659
print("clip2 ok")
