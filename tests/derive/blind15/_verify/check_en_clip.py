import numpy as np
S=np.array([[0.9,0.1,0.2],[0.3,0.8,0.0],[0.1,0.2,0.7]]);t=0.1;Z=S/t
assert np.allclose(Z,[[9,1,2],[3,8,0],[1,2,7]])
L=lambda *a: np.log(1+sum(np.exp(x) for x in a))
assert round(L(-8,-7),5)==0.00125 and round(L(-5,-8),5)==0.00705 and round(L(-6,-5),5)==0.00917
assert round(L(-6,-8),5)==0.00281 and round(L(-7,-6),5)==0.00338 and round(L(-5,-7),5)==0.00762
def lse(v): return np.log(np.exp(v).sum())
row=np.mean([lse(Z[i])-Z[i,i] for i in range(3)]); col=np.mean([lse(Z[:,j])-Z[j,j] for j in range(3)])
assert round(row,5)==0.00582 and round(col,5)==0.00461 and round((row+col)/2,5)==0.00521
assert np.allclose([lse(Z[0])-9, lse(Z[1])-8, lse(Z[2])-7],[L(-8,-7),L(-5,-8),L(-6,-5)])
assert np.allclose([lse(Z[:,0])-9, lse(Z[:,1])-8, lse(Z[:,2])-7],[L(-6,-8),L(-7,-6),L(-5,-7)])
assert round(L(-0.8,-0.7),3)==0.666
p11=1/(1+np.exp(-8)+np.exp(-7)); assert round(p11,5)==0.99875
g=(p11-1)/t; assert abs(g-(-0.0125))<1e-4 and abs(g-(-0.00125))>1e-3  # wrong line dropped 1/tau
print("clip ok")
