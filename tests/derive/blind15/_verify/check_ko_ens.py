import sympy as sp
from math import comb
M,s2,r=sp.symbols('M sigma2 rho',positive=True)
v=(M*s2+M*(M-1)*r*s2)/M**2
assert sp.simplify(v-(s2/M+(M-1)/M*r*s2))==0 and sp.simplify(v-(r*s2+(1-r)/M*s2))==0
# numeric check with explicit covariance matrix
import numpy as np
C=4*(0.3*np.ones((10,10))+0.7*np.eye(10));w=np.ones(10)/10;assert abs(w@C@w-1.48)<1e-12
assert abs(0.3*4+0.7*4/10-1.48)<1e-12 and abs(1.2+0.28-1.48)<1e-12 and abs(4/10-0.4)<1e-12
assert sp.limit(0.3*4+0.7*4/M,M,sp.oo)==sp.Float(1.2) or abs(float(sp.limit(sp.Rational(3,10)*4+sp.Rational(7,10)*4/M,M,sp.oo))-1.2)<1e-12
p=sum(comb(5,k)*0.7**k*0.3**(5-k) for k in range(3,6));assert abs(p-0.83692)<1e-9
assert abs(10*0.343*0.09-0.3087)<1e-12 and abs(5*0.2401*0.3-0.36015)<1e-12 and abs(0.7**5-0.16807)<1e-12 and abs(0.3087+0.36015+0.16807-0.83692)<1e-12
print("ens ok")
