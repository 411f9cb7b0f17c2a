import sympy as sp, math
A=sp.Matrix([[4,1],[2,3]]);assert A.det()==10 and 4*3-1*2==10
Ai=sp.Matrix([[3,-1],[-2,4]])/10;assert A.inv()==Ai and A*Ai==sp.eye(2)
assert sp.Matrix([[12-2,-4+4],[6-6,-2+12]])/10==sp.eye(2)
l=sp.symbols('l');cp=sp.expand((A-l*sp.eye(2)).det());assert cp==l**2-7*l+10==sp.expand((l-5)*(l-2))
assert (A-5*sp.eye(2))*sp.Matrix([1,1])==sp.zeros(2,1) and (A-2*sp.eye(2))*sp.Matrix([1,-2])==sp.zeros(2,1)
assert A-5*sp.eye(2)==sp.Matrix([[-1,1],[2,-2]]) and A-2*sp.eye(2)==sp.Matrix([[2,1],[2,1]])
assert A*sp.Matrix([1,-2])==sp.Matrix([2,-4])
AtA=A.T*A;assert AtA==sp.Matrix([[20,10],[10,10]]) and sp.expand((AtA-l*sp.eye(2)).det())==l**2-30*l+100
mu=[15+math.sqrt(125),15-math.sqrt(125)];assert round(mu[0],3)==26.180 and round(mu[1],3)==3.820
s=[math.sqrt(m) for m in mu];assert round(s[0],3)==5.117 and round(s[1],3)==1.954 and round(s[0]/s[1],3)==2.618
assert abs(s[0]*s[1]-10)<1e-12 and 5/2==2.5
print("inv ok")
