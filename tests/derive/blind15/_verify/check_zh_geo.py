import sympy as sp, math
from fractions import Fraction as F
p,q,k,E=sp.symbols('p q k E',positive=True)
assert sp.simplify(sp.summation(k*q**(k-1),(k,1,sp.oo)).subs(q,sp.Rational(1,3))-1/(1-sp.Rational(1,3))**2)==0
for pv in (sp.Rational(1,4),sp.Rational(1,6),sp.Rational(2,5)):
    assert sp.summation(k*(1-pv)**(k-1)*pv,(k,1,sp.oo))==1/pv
    m2=sp.summation(k**2*(1-pv)**(k-1)*pv,(k,1,sp.oo));assert sp.simplify(m2-(1/pv)**2-(1-pv)/pv**2)==0
assert sp.solve(sp.Eq(E,1+(1-p)*E),E)==[1/p]
assert 1/0.25==4 and 0.75/0.0625==12 and round(math.sqrt(12),2)==3.46 and round(0.75**10,4)==0.0563
assert sum(F(6,6-j) for j in range(6))==F(147,10) and sum(F(1,i) for i in range(1,7))==F(49,20) and abs(6*2.45-14.7)<1e-12
print("geo ok")
