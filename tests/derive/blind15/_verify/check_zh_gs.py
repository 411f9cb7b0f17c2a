from sympy import Matrix, Rational as Q, sqrt
v1,v2,v3=Matrix([1,2,2]),Matrix([3,0,3]),Matrix([0,0,1])
assert v1.norm()==3 and sqrt(1+4+4)==3;e1=v1/3
assert (v2.T*e1)[0]==3 and Q(1,3)*(3+0+6)==3
u2=v2-3*e1;assert u2==Matrix([2,-2,1]) and u2.norm()==3;e2=u2/3
assert (e1.T*e2)[0]==0 and Q(1,9)*(2-4+2)==0
assert (v3.T*e1)[0]==Q(2,3) and (v3.T*e2)[0]==Q(1,3)
u3=v3-Q(2,3)*e1-Q(1,3)*e2;assert u3==Matrix([-Q(4,9),-Q(2,9),Q(4,9)])
assert u3==Matrix([0-Q(2,9)-Q(2,9),0-Q(4,9)+Q(2,9),1-Q(4,9)-Q(1,9)])
assert u3.norm()==Q(2,3) and Q(1,9)*sqrt(36)==Q(6,9);e3=u3/u3.norm();assert e3==Matrix([-2,-1,2])/3
A=Matrix.hstack(v1,v2,v3);Qm=Matrix.hstack(e1,e2,e3);R=Matrix([[3,3,Q(2,3)],[0,3,Q(1,3)],[0,0,Q(2,3)]])
assert Qm==Matrix([[1,2,-2],[2,-2,-1],[2,1,2]])/3 and Qm*R==A and Qm.T*Qm==Matrix.eye(3)
assert A.det()==-6 and abs(R.det())==6 and 3*3*Q(2,3)==6
print("gs ok")
