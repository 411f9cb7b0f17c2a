from sympy import Matrix, Rational as Q, simplify
A=Matrix([[3,1],[1,2]]);b=Matrix([5,5]);x0=Matrix([0,0])
assert A.det()==5
r0=b-A*x0;p0=r0;Ap0=A*p0;assert Ap0==Matrix([20,15])
a0=(r0.T*r0)[0]/(p0.T*Ap0)[0];assert a0==Q(2,7) and (p0.T*Ap0)[0]==100+75
x1=x0+a0*p0;assert x1==Matrix([Q(10,7),Q(10,7)])
r1=r0-a0*Ap0;assert r1==Matrix([5-Q(40,7),5-Q(30,7)])==Matrix([-Q(5,7),Q(5,7)])
b0=(r1.T*r1)[0]/(r0.T*r0)[0];assert (r1.T*r1)[0]==Q(50,49) and b0==Q(1,49) and b0!=Q(1,7)
p1=r1+b0*p0;assert p1==Matrix([-Q(5,7)+Q(5,49),Q(5,7)+Q(5,49)])==Matrix([-Q(30,49),Q(40,49)])
Ap1=A*p1;assert Ap1==Matrix([-Q(50,49),Q(50,49)])
pAp=(p1.T*Ap1)[0];assert pAp==Q(1500+2000,2401)
a1=(r1.T*r1)[0]/pAp;assert a1==Q(7,10)
x2=x1+a1*p1;assert x2==Matrix([Q(70,49)-Q(21,49),Q(70,49)+Q(28,49)])==Matrix([1,2])
assert A*x2==b and (p0.T*A*p1)[0]==0
print("cg ok")
