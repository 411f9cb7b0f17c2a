import sympy as sp, math
z,x,w0,w1=sp.symbols('z x w0 w1',real=True)
sig=1/(1+sp.exp(-z))
assert sp.simplify(1-sig-sp.exp(-z)/(1+sp.exp(-z)))==0
assert sp.simplify(sig/(1-sig)-sp.exp(z))==0
odds=lambda t: sp.exp(w0+w1*t)
assert sp.simplify(odds(x+1)/odds(x)-sp.exp(w1))==0 and round(math.exp(0.8),4)==2.2255
s=lambda t:1/(1+math.exp(-t))
assert abs(-3+3.2-0.2)<1e-12 and round(s(0.2),4)==0.5498 and round(math.exp(0.2),4)==1.2214
assert -3+4==1 and round(s(1),4)==0.7311 and round(math.e,4)==2.7183
assert round(2.7183/1.2214,4)==2.2256 or abs(2.7183/1.2214-2.2255)<2e-4
assert round(0.7311/0.5498,3)==1.330
b=3/0.8;assert b==3.75 and abs(b-3.57)>0.1  # wrong line
assert sp.simplify(sp.diff(sig.subs(z,w0+w1*x),x)-w1*sig.subs(z,w0+w1*x)*(1-sig.subs(z,w0+w1*x)))==0
assert round(0.8*0.7311*0.2689,4)==0.1573 and 0.8/4==0.2
print("logodds ok")
