import numpy as np
f=lambda v: v[0]**2+5*v[1]**2
x0=np.array([1.,1.]);g=np.array([2.,10.]);d=-g
assert f(x0)==6 and g@d==-104 and abs(0.1*104-10.4)<1e-12
rows=[(1,(-1,-9),406,-4.4,False),(0.5,(0,-4),80,0.8,False),(0.25,(0.5,-1.5),11.5,3.4,False),(0.125,(0.75,-0.25),0.875,4.7,True)]
for a,pt,fv,rhs,ok in rows:
    p=x0+a*d;assert np.allclose(p,pt) and abs(f(p)-fv)<1e-12 and abs(6-10.4*a-rhs)<1e-12 and (f(p)<=rhs)==ok
assert 1+405==406 and 0.25+11.25==11.5 and 0.5625+0.3125==0.875
H=np.diag([2.,10.]);a=(g@g)/(g@H@g);assert g@H@g==1008 and 2*4+10*100==1008 and round(a,4)==0.1032
assert abs(f(x0+a*d)-(6-104**2/2016))<1e-12 and 104**2==10816 and round(6-10816/2016,4)==0.6349
print("armijo ok")
