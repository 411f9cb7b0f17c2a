import numpy as np
R=lambda p: np.array([[np.cos(p),-np.sin(p)],[np.sin(p),np.cos(p)]])
q=np.array([1,2.]);k=np.array([3,-1.]);th=np.pi/6
assert abs(10000**(-2/8)-0.1)<1e-12 and abs(10000**(-2/8)-0.01)>0.05  # wrong line
assert abs(10000**(-6/8)-0.001)<1e-12
rq=R(2*th)@q; assert np.allclose(rq,[-1.2321,1.8660],atol=1e-4)
assert abs(rq@rq-5)<1e-9 and abs(1.2321**2+1.8660**2-5)<5e-4
rk=R(th)@k; assert np.allclose(rk,[3.0981,0.6340],atol=1e-4)
s=rq@rk; assert abs(s-(-2.634))<5e-4, s
assert abs((-1.2321*3.0981+1.8660*0.6340)-(-2.634))<5e-4
rr=R(-th)@k; assert np.allclose(rr,[2.0981,-2.3660],atol=1e-4)
assert abs(1*2.0981+2*-2.3660-(-2.6339))<1e-9
assert abs((R(7*th)@q)@(R(6*th)@k)-s)<1e-12
print("rope ok")
