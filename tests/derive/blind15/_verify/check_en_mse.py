x,y,w,b=2,1,0.5,0.25
yh=w*x+b;assert yh==1.25 and 0.5*2+0.25==1.25
L=0.5*(yh-y)**2;assert L==0.03125 and 0.5*0.0625==0.03125
g=yh-y;assert g==0.25 and g*x==0.5
wn=w-0.1*0.5;bn=b-0.1*0.25;assert abs(wn-0.45)<1e-12 and abs(bn-0.225)<1e-12
yn=wn*x+bn;assert abs(yn-1.125)<1e-12 and round(0.5*0.125**2,4)==0.0078 and 0.5*0.125**2<L
y2h=0.5*-1+0.25;assert y2h==-0.25 and y2h-0==-0.25
s=0.25*2+(-0.25)*(-1);assert s==0.75 and s!=0.375  # wrong line
assert 0.5*0.75==0.375 and ((0.25*2+0.25)/2)==0.375
assert 0.5*(0.25-0.25)==0
# derivative formulas (sympy)
import sympy as sp
W,B=sp.symbols('w b');xs=[2,-1];ys=[1,0];m=2
Lb=sp.Rational(1,2*m)*sum((W*xi+B-yi)**2 for xi,yi in zip(xs,ys))
assert sp.diff(Lb,W).subs({W:0.5,B:0.25})==0.375 and sp.diff(Lb,B).subs({W:0.5,B:0.25})==0
print("mse ok")
