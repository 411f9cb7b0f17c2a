import numpy as np
x=np.random.default_rng(0).normal(size=(3,7,7));g=np.array([0.98,0.1,-0.2])
# finite difference of L = g . GAP(x)
L=lambda x: g@x.mean(axis=(1,2));e=1e-6;x2=x.copy();x2[0,3,4]+=e;assert abs((L(x2)-L(x))/e-0.98/49)<1e-6
assert abs(0.98/49-0.02)<1e-12 and abs(0.98/49-0.2)>0.1  # wrong line
assert 2048*1000+1000==2049000
assert 50257*768==38597376 and 38597376*4==154389504 and round(154389504/2**20,1)==147.2
assert 38597376*16==617558016 and round(617558016/1e6,1)==617.6
assert abs(0.1-0.3+0.05+0.15)<1e-12
print("gap ok")
