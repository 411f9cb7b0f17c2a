import numpy as np, itertools
pi=np.array([.5,.5]);A=np.array([[.8,.2],[.3,.7]]);B=np.array([[.5,.4,.1],[.1,.3,.6]]);O=[0,2,2]
a1=pi*B[:,0];assert np.allclose(a1,[0.25,0.05])
s=a1@A;assert np.allclose(s,[0.215,0.085]) and abs(0.25*0.8+0.05*0.3-0.215)<1e-12 and abs(0.25*0.2+0.05*0.7-0.085)<1e-12
a2=s*B[:,2];assert np.allclose(a2,[0.0215,0.051])
s=a2@A;assert np.allclose(s,[0.0325,0.04]) and abs(0.0215*0.8+0.051*0.3-0.0325)<1e-12 and abs(0.0215*0.2+0.051*0.7-0.04)<1e-12
a3=s*B[:,2];assert np.allclose(a3,[0.00325,0.024]) and abs(a3.sum()-0.02725)<1e-12
assert round(0.024/0.02725,3)==0.881
tot=sum(pi[p[0]]*B[p[0],O[0]]*np.prod([A[p[t-1],p[t]]*B[p[t],O[t]] for t in (1,2)]) for p in itertools.product(range(2),repeat=3))
assert abs(tot-0.02725)<1e-12 and 2**3==8 and 2**2*3==12
print("hmm ok")
