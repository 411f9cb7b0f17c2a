import numpy as np, sympy as sp
z=np.array([1.5,.5,-1.]);e=np.exp(z);assert np.allclose(e,[4.4817,1.6487,0.3679],atol=5e-5) and round(e.sum(),4)==6.4983
p=e/e.sum();assert np.allclose(p,[0.6897,0.2537,0.0566],atol=5e-5)
L=-np.log(p[1]);assert round(L,4)==1.3715 and round(-np.log(0.2537),3)==1.372 or abs(-np.log(0.2537)-1.3715)<1e-3
assert round(p[1]*(1-p[1]),4)==0.1893 and round(-p[0]*p[1],4)==-0.1750
Z=sp.symbols('z1:4');P=[sp.exp(zi)/sum(sp.exp(zj) for zj in Z) for zi in Z]
for i in range(3):
    for j in range(3):
        assert sp.simplify(sp.diff(P[i],Z[j])-P[i]*((1 if i==j else 0)-P[j]))==0
Ls=-sp.log(P[1]);assert all(sp.simplify(sp.diff(Ls,Z[j])-(P[j]-(1 if j==1 else 0)))==0 for j in range(3))
g=p-np.array([0,1,0]);assert round(g[0],4)==0.6897 and round(g[2],4)==0.0566
assert abs(0.2537-1-(-0.7463))<1e-12 and abs(0.2537-1-(-0.7437))>1e-3  # wrong line
assert abs(g.sum())<1e-12
G=np.outer(g,[1,2.]);assert np.allclose(G,[[0.6897,1.3793],[-0.7463,-1.4926],[0.0566,0.1132]],atol=1e-4)
print("softmax ok")
