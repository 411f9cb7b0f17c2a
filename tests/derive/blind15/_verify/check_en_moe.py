import numpy as np
h=np.array([2.0,1.0,0.5,-1.0]);e=np.exp(h)
assert np.allclose(e,[7.389,2.718,1.649,0.368],atol=5e-4) and round(e.sum(),3)==12.124
g=e/e.sum();assert np.allclose(g,[0.6095,0.2242,0.1360,0.0303],atol=5e-5)
t=g[0]/(g[0]+g[1]);assert abs(t-np.e**2/(np.e**2+np.e))<1e-12 and abs(t-1/(1+np.exp(-1)))<1e-12 and round(t,4)==0.7311 and round(1-t,4)==0.2689
f=np.array([0.5,0.25,0.25,0]);P=np.array([0.4,0.3,0.2,0.1]);assert np.allclose(f*P,[0.2,0.075,0.05,0]) and abs(4*(f*P).sum()-1.3)<1e-12
assert 4*4/16==1
# minimum claim: for f uniform, L = E*sum(P)/E = 1 for any P
assert 1.25*1024*2/4==640 and 1024*2==2048
assert 2*1024*4096==8388608 and 8*8388608==67108864
assert 2*8388608==16777216 and 2*8388608!=8388608  # wrong line
print("moe ok")
