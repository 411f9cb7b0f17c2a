import sympy as sp, math
assert 10000**0==1 and abs(10000**(-2/4)-0.01)<1e-15 and abs(10000**-0.5-0.01)<1e-15
v=[math.sin(1),math.cos(1),math.sin(0.01),math.cos(0.01)];assert [round(a,4) for a in v[:3]]==[0.8415,0.5403,0.0100] and round(v[3],5)==0.99995
assert round(math.sin(2),4)==0.9093 and round(math.cos(2),4)==-0.4161 and abs(math.cos(2)-0.4161)>0.8  # wrong line
assert round(math.sin(0.02),4)==0.0200 and round(math.cos(0.02),4)==0.9998
assert round(2*math.pi/0.01,1)==628.3
w,p,k=sp.symbols('w p k',real=True)
assert sp.simplify(sp.expand_trig(sp.sin(w*(p+k)))-(sp.sin(w*p)*sp.cos(w*k)+sp.cos(w*p)*sp.sin(w*k)))==0
assert sp.simplify(sp.expand_trig(sp.cos(w*(p+k)))-(sp.cos(w*p)*sp.cos(w*k)-sp.sin(w*p)*sp.sin(w*k)))==0
M=sp.Matrix([[sp.cos(w*k),sp.sin(w*k)],[-sp.sin(w*k),sp.cos(w*k)]]);u=sp.Matrix([sp.sin(w*p),sp.cos(w*p)])
assert sp.simplify(M*u-sp.Matrix([sp.sin(w*(p+k)),sp.cos(w*(p+k))]))==sp.zeros(2,1)
assert sp.simplify(sp.sin(w*p)*sp.sin(w*(p+k))+sp.cos(w*p)*sp.cos(w*(p+k))-sp.cos(w*k))==0
assert round(math.cos(1)+math.cos(0.01),4)==1.5403
for P in (0,3,17):
    d=sum(math.sin(o*P)*math.sin(o*(P+1))+math.cos(o*P)*math.cos(o*(P+1)) for o in (1,0.01));assert abs(d-1.5402523)<1e-6
print("pe ok")
