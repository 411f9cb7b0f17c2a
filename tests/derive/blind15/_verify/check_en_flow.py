import sympy as sp, math
z,x,x1,x2=sp.symbols('z x x1 x2',real=True)
pz=sp.exp(-z**2/2)/sp.sqrt(2*sp.pi)
f=2*z+1; finv=sp.solve(sp.Eq(x,f),z)[0]; assert sp.simplify(finv-(x-1)/2)==0 and sp.diff(finv,x)==sp.Rational(1,2)
px=pz.subs(z,finv)*sp.Rational(1,2); assert abs(float(px.subs(x,2))-0.1760)<1e-4
assert abs(float(pz.subs(z,0.5))-0.3521)<1e-4 and abs(math.exp(-1/8)/math.sqrt(2*math.pi)-0.3521)<1e-4
assert abs(float(pz.subs(z,0.5))*2-0.7041)<1e-4   # the wrong line's arithmetic is right, the factor is wrong
assert abs(float(px.subs(x,2))-0.7041)>0.5
assert abs(math.log(float(pz.subs(z,0.5)))+1.0439)<1e-4 and abs(-1.0439-0.6931+1.7370)<1e-9
s=lambda a:a/2; t=lambda a:a**2
y2=x2*sp.exp(s(x1))+t(x1); J=sp.Matrix([[1,0],[sp.diff(y2,x1),sp.diff(y2,x2)]])
assert sp.simplify(J.det()-sp.exp(x1/2))==0
assert abs(float(y2.subs({x1:1,x2:2}))-4.2974)<1e-4
assert abs((4.2974-1)*math.exp(-0.5)-2.000)<5e-4
Y=float(y2.subs({x1:1,x2:2})); lp=-math.log(2*math.pi)-(1+Y**2)/2+0.5; assert abs(lp+11.072)<5e-4
lp2=-math.log(2*math.pi)-(1+4.2974**2)/2+0.5; assert abs(lp2+11.072)<5e-4
print("flow ok")
