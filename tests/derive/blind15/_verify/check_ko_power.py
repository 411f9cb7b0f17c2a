import numpy as np, sympy as sp, math
l=sp.symbols('l');A=sp.Matrix([[2,1],[1,3]])
assert sp.expand((A-l*sp.eye(2)).det())==l**2-5*l+5 and sp.expand((2-l)*(3-l)-1)==l**2-5*l+5
r=sorted(sp.solve(l**2-5*l+5,l),key=float);assert sp.simplify(r[1]-(5+sp.sqrt(5))/2)==0
assert round((5+5**.5)/2,3)==3.618 and round((5-5**.5)/2,3)==1.382 and (25-5)/4==5 and A.det()==5 and A.trace()==5
An=np.array([[2,1],[1,3.]]);v=np.array([1,0.])
w=An@v;assert np.allclose(w,[2,1]) and abs(np.linalg.norm(w)-5**.5)<1e-12 and v@An@v==2
v1=w/np.linalg.norm(w);assert np.allclose(v1,[0.8944,0.4472],atol=1e-4)
w1=An@v1;assert np.allclose(w1,[2.2361,2.2361],atol=1e-4);v2=w1/np.linalg.norm(w1);assert np.allclose(v2,[0.7071,0.7071],atol=1e-4)
assert abs(v1@w1-3)<1e-12 and abs(0.8944*2.2361+0.4472*2.2361-3.0)<1e-3
w2=An@v2;assert np.allclose(w2,[2.1213,2.8284],atol=1e-4) and round(np.linalg.norm(w2),4)==3.5355
v3=w2/np.linalg.norm(w2);assert np.allclose(v3,[0.6,0.8]) and abs(v2@w2-3.5)<1e-12 and abs(0.7071*(2.1213+2.8284)-3.5)<1e-3
assert np.allclose(An@v3,[2,3]) and abs(0.6*2+0.8*3-3.6)<1e-12
assert round((5-5**.5)/(5+5**.5),3)==0.382 and round(0.382**2,3)==0.146
assert round(3.618-3.5,3)==0.118 and round(3.618-3.6,3)==0.018 and round(0.018/0.118,2)==0.15
print("power ok")
