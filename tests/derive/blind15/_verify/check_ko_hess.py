import sympy as sp
x,y,t,v1,v2,w=sp.symbols('x y t v1 v2 w',real=True)
f1=x**2+3*x*y+2*y**2;assert [sp.diff(f1,x),sp.diff(f1,y)]==[2*x+3*y,3*x+4*y]
H1=sp.hessian(f1,(x,y));assert H1==sp.Matrix([[2,3],[3,4]]) and H1.det()==-1 and 2*4-3*3==-1
ev=sorted(H1.eigenvals().keys(),key=lambda e:float(e));assert sp.simplify(ev[1]-(3+sp.sqrt(10)))==0 and sp.simplify(ev[0]-(3-sp.sqrt(10)))==0
assert sp.simplify((6+sp.sqrt(36+4))/2-(3+sp.sqrt(10)))==0 and round(float(3+sp.sqrt(10)),3)==6.162 and round(float(3-sp.sqrt(10)),3)==-0.162
assert sp.expand(f1.subs({x:t,y:-t}))==0 and sp.expand(f1.subs({x:3*t,y:-2*t}))==-t**2
f2=2*x**2+2*x*y+y**2;assert [sp.diff(f2,x),sp.diff(f2,y)]==[4*x+2*y,2*x+2*y]
H2=sp.hessian(f2,(x,y));assert H2==sp.Matrix([[4,2],[2,2]]) and H2.det()==4 and 8-4==4
l=sp.symbols('l');assert sp.expand((H2-l*sp.eye(2)).det())==l**2-6*l+4
assert round(float(3+sp.sqrt(5)),3)==5.236 and round(float(3-sp.sqrt(5)),3)==0.764
q=sp.expand((sp.Matrix([v1,v2]).T*H2*sp.Matrix([v1,v2]))[0]);assert q==4*v1**2+4*v1*v2+2*v2**2
assert sp.expand(2*(v1+v2)**2+v1**2-q)!=0 and sp.expand(2*(v1+v2)**2+2*v1**2-q)==0  # wrong line
# logistic hessian (1-D w, scalar x): check second derivative
xx,yy=sp.symbols('xx yy',real=True);m=yy*w*xx;ell=sp.log(1+sp.exp(-m));s=1/(1+sp.exp(-m))
assert sp.simplify((sp.diff(ell,w,2)-s*(1-s)*xx**2).subs(yy,1))==0 and sp.simplify((sp.diff(ell,w,2)-s*(1-s)*xx**2).subs(yy,-1))==0
print("hess ok")
