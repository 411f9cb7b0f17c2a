import numpy as np, math
A=np.array([[4,2],[2,5.]]);L=np.linalg.cholesky(A);assert np.allclose(L,[[2,0],[1,2]])
assert math.sqrt(5-1)==2
b=np.array([6,9.]);y=np.linalg.solve(L,b);assert np.allclose(y,[3,3]) and (9-3)/2==3
x=np.linalg.solve(L.T,y);assert np.allclose(x,[0.75,1.5]) and (3-1.5)/2==0.75
assert 4*0.75+2*1.5==6 and 2*0.75+5*1.5==9
assert abs(4*math.log(2)-2.7726)<5e-5 and abs(math.log(16)-2.7726)<5e-5 and 4*5-2*2==16
# char poly lambda^2 - 9 lambda + 16
assert np.isclose(np.trace(A),9) and np.isclose(np.linalg.det(A),16) and 81-64==17
l=sorted(np.linalg.eigvalsh(A));assert round(l[1],4)==6.5616 and round(l[0],4)==2.4384
k=l[1]/l[0];assert round(k,3)==2.691 and abs(k-2.96)>0.2  # wrong line
print("chol ok")
