import sympy as sp
x,y,l,m,b=sp.symbols('x y lambda mu b',real=True)
L=x**2+y**2-l*(x+2*y-5)
sol=sp.solve([sp.diff(L,x),sp.diff(L,y),x+2*y-5],[x,y,l],dict=True)[0]
assert sol=={x:1,y:2,l:2} and (x**2+y**2).subs(sol)==5 and 1+4==5
assert sp.simplify(5/sp.sqrt(5)-sp.sqrt(5))==0
assert 2+1==3
f=(x-2)**2+(y-1)**2;g=x+y-2
s2=sp.solve([sp.diff(f,x)+m,sp.diff(f,y)+m,g],[x,y,m],dict=True)[0]
assert s2=={x:sp.Rational(3,2),y:sp.Rational(1,2),m:1} and 2*(2-1.5)==1
assert f.subs(s2)==sp.Rational(1,2) and 0.5**2+0.5**2==0.5 and 1.5+0.5-2==0
s3=sp.solve([sp.diff(f,x)+m,sp.diff(f,y)+m,x+y-b],[x,y,m],dict=True)[0]
fb=sp.simplify(f.subs(s3));assert sp.simplify(fb-(3-b)**2/2)==0
assert sp.diff(fb,b).subs(b,2)==-1
print("kkt ok")
