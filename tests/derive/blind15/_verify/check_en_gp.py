import numpy as np, math
k=lambda a,b: np.exp(-(a-b)**2/2)
X=np.array([0.,1.]);y=np.array([1.,2.]);K=k(X[:,None],X[None,:])+0.01*np.eye(2)
assert abs(math.exp(-0.5)-0.6065)<1e-4
assert round(1.01**2-math.exp(-1),4)==0.6522 and round(np.linalg.det(K),4)==0.6522
Ki=np.linalg.inv(K);assert np.allclose(Ki,[[1.5486,-0.9299],[-0.9299,1.5486]],atol=1e-4)
a=np.linalg.solve(K,y);assert np.allclose(a,[-0.311,2.167],atol=1e-3)
assert abs(1.5486-2*0.9299-(-0.311))<1e-3 and abs(-0.9299+2*1.5486-2.167)<1e-3
ks=k(0.5,X);assert np.allclose(ks,0.8825,atol=1e-4) and abs(math.exp(-1/8)-0.8825)<1e-4
mu=ks@a;assert round(mu,3)==1.638 and abs(0.8825*(-0.311+2.167)-1.638)<1e-3
c=math.exp(-1/8);q=ks@np.linalg.solve(K,ks);assert abs(q-2*c*c/(1.01+math.exp(-0.5)))<1e-12
assert abs(c*c-0.7788)<1e-4 and abs(1.01+0.6065-1.6165)<1e-12 and round(2*0.7788/1.6165,4)==0.9636
assert round(1-q,4)==0.0365 or round(1-q,4)==0.0364
assert abs(1-0.9636-0.0364)<1e-12 and abs((1-q)-0.0364)<1e-4
k3=k(3.0,X);assert abs(k3[0]-0.0111)<1e-4 and abs(k3[1]-0.1353)<1e-4 and abs(k3[1]-0.3679)>0.2  # wrong
assert round(k3@a,3)==0.290 and abs(0.0111*-0.311+0.1353*2.167-0.290)<1e-3
assert round(1-k3@np.linalg.solve(K,k3),3)==0.974
print("gp ok")
