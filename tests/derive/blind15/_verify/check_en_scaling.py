import math
N=7e9; D=20*N; assert D==1.4e11
C=6*N*D; assert abs(C-5.88e21)<1e9 and abs(C-5.88e20)>1e20  # wrong line has e20
eff=0.4*312e12; assert eff==1.248e14
s=5.88e21/eff; assert abs(s-4.71e7)/4.71e7<1e-3
h=s/3600; assert abs(h-13088)<1 and abs(round(h,-1)-13090)<1e-9
assert round(13088/256)==51
# C = 120 N^2
n=math.sqrt(1e23/120); assert abs(1e23/120-8.33e20)/8.33e20<1e-3 and abs(n-2.89e10)/2.89e10<2e-3
assert abs(20*n-5.77e11)/5.77e11<2e-3
assert 15e12/8e9==1875 and 2*N==1.4e10
print("scaling ok")
