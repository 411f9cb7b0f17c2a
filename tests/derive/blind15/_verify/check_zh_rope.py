import sympy as sp, cmath, math, random
I=sp.I
q=2+I;k=1+3*I
a=sp.expand_complex(q*sp.exp(I*3*sp.pi/4));b=sp.expand_complex(k*sp.exp(I*sp.pi/4))
assert sp.simplify(a-(-3*sp.sqrt(2)/2+sp.sqrt(2)/2*I))==0 and sp.simplify(b-(-sp.sqrt(2)+2*sp.sqrt(2)*I))==0
assert sp.expand_complex(sp.exp(I*3*sp.pi/4)-(-sp.sqrt(2)/2+sp.sqrt(2)/2*I))==0 and sp.expand_complex(sp.exp(I*sp.pi/4)-(sp.sqrt(2)/2+sp.sqrt(2)/2*I))==0
ip=sp.re(a)*sp.re(b)+sp.im(a)*sp.im(b);assert sp.simplify(ip-5)==0
assert abs(-2.1213*-1.4142-3)<1e-3 and abs(0.7071*2.8284-2)<1e-3
assert sp.expand(q*sp.conjugate(k))==5-5*I and sp.exp(I*2*sp.pi/4)==I and sp.expand((5-5*I)*I)==5+5*I
# general identity Re[a conj(b)] = dot, and relative property
for _ in range(10):
    qq=complex(random.gauss(0,1),random.gauss(0,1));kk=complex(random.gauss(0,1),random.gauss(0,1));th=random.random();m=random.randint(0,9);n=random.randint(0,9)
    A=qq*cmath.exp(1j*m*th);B=kk*cmath.exp(1j*n*th)
    assert abs((A*B.conjugate()).real-(A.real*B.real+A.imag*B.imag))<1e-12
    assert abs((A*B.conjugate()).real-(qq*kk.conjugate()*cmath.exp(1j*(m-n)*th)).real)<1e-12
    R=[[math.cos(m*th),-math.sin(m*th)],[math.sin(m*th),math.cos(m*th)]]
    assert abs(R[0][0]*qq.real+R[0][1]*qq.imag-A.real)<1e-12 and abs(R[1][0]*qq.real+R[1][1]*qq.imag-A.imag)<1e-12
# rotate_half form (pairs (x0,x1)): rotate_half(x) = (-x1, x0)
x0,x1,mt=0.3,-1.1,0.7
assert abs(x0*math.cos(mt)+(-x1)*math.sin(mt)-(x0*math.cos(mt)-x1*math.sin(mt)))<1e-12 and abs(x1*math.cos(mt)+x0*math.sin(mt)-(x0*math.sin(mt)+x1*math.cos(mt)))<1e-12
print("rope zh ok")
