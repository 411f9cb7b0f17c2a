import sympy as sp, math
y,yh,z,u=sp.symbols('y yh z u',real=True)
L=-(y*sp.log(yh)+(1-y)*sp.log(1-yh))
assert sp.simplify(sp.diff(L,yh)-(-y/yh+(1-y)/(1-yh)))==0 and sp.simplify(sp.diff(L,yh)-(yh-y)/(yh*(1-yh)))==0
s=1/(1+sp.exp(-z));assert sp.simplify(sp.diff(s,z)-s*(1-s))==0
assert sp.simplify(sp.diff(L.subs(yh,s),z)-(s-y))==0
assert sp.simplify(s-(1+sp.tanh(z/2))/2)==0 or abs(float((s-(1+sp.tanh(z/2))/2).subs(z,0.7)))<1e-12
d=sp.diff(sp.tanh(u),u);assert sp.simplify(d-(1-sp.tanh(u)**2))==0 and sp.simplify(d-(1+sp.tanh(u)**2))!=0  # wrong line
assert sp.simplify(sp.diff((1+sp.tanh(z/2))/2,z)-sp.Rational(1,4)*(1-sp.tanh(z/2)**2))==0
f=lambda t:1/(1+math.exp(-t))
Lf=lambda w1,w2,b=0.0:-math.log(f(w1*1+w2*-2+b))
assert 0.5-0.5==0 and f(0)==0.5 and abs(Lf(0.5,0.25)-math.log(2))<1e-15 and round(math.log(2),4)==0.6931
e=1e-4;g1=(Lf(0.5+e,0.25)-Lf(0.5-e,0.25))/(2*e);g2=(Lf(0.5,0.25+e)-Lf(0.5,0.25-e))/(2*e)
assert round(g1,5)==-0.5 and round(g2,5)==1.0 and (0.5-1)*1==-0.5 and (0.5-1)*-2==1.0
gb=(Lf(0.5,0.25,e)-Lf(0.5,0.25,-e))/(2*e);assert round(gb,5)==-0.5
print("logistic ok")
