import math
from statistics import NormalDist as N
assert round(N().inv_cdf(0.975),2)==1.96 and round(N().inv_cdf(0.8),4)==0.8416
assert abs(0.12-0.10-0.02)<1e-12
assert abs(0.1*0.9+0.12*0.88-0.1956)<1e-12 and abs(0.09+0.1056-0.1956)<1e-12
assert abs(1.96+0.8416-2.8016)<1e-12 and round(2.8016**2,3)==7.849
n=2.8016**2*0.1956/0.0004; assert 3838<n<3839 and math.ceil(n)==3839
assert round(7.849*0.1956/0.0004,1)==3838.2
assert (1000/1e4,1150/1e4)==(0.1,0.115) and abs(0.115-0.1-0.015)<1e-12
v=0.1*0.9/1e4+0.115*0.885/1e4; assert abs(v-1.9178e-5)<1e-9; se=math.sqrt(v); assert round(se,5)==0.00438
assert round(1.96*0.00438,4)==0.0086 and round(0.015-0.0086,4)==0.0064 and round(0.015+0.0086,4)==0.0236
z=0.015/0.00438; assert round(z,2)==3.42 and abs(z-2.42)>0.9  # wrong line
print("ab ok")
