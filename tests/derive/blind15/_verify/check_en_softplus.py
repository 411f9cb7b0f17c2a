import numpy as np, math, sympy as sp
x=sp.symbols('x',real=True)
sp_=lambda t: sp.log(1+sp.exp(t))
assert sp.simplify(sp.diff(sp_(x),x)-sp.exp(x)/(1+sp.exp(x)))==0
assert 2**-23==np.finfo(np.float32).eps and round(2**-23*1e7,2)==1.19 and round(2**-52*1e16,2)==2.22
assert round(float(np.finfo(np.float32).max)/1e38,2)==3.40 and round(float(np.finfo(np.float64).max)/1e308,2)==1.80
assert round(math.log(3.40e38),2)==88.72
assert round(math.exp(100)/1e43,2)==2.69 and np.isinf(np.exp(np.float32(100)))
assert round(math.exp(-20)*1e9,2)==2.06 and math.exp(-20)<2**-24 and round(2**-24*1e8,2)==5.96
assert np.float32(1)+np.float32(math.exp(-20))==np.float32(1)
for v in (-5.,0.,2.,7.):
    assert abs(math.log(1+math.exp(v))-(v+math.log(1+math.exp(-v))))<1e-12
    assert abs(math.log(1+math.exp(v))-(max(v,0)+math.log1p(math.exp(-abs(v)))))<1e-12
    assert abs((math.log1p(math.exp(v))-math.log1p(math.exp(-v)))-v)<1e-12
    ls=math.log(1/(1+math.exp(-v)))
    assert abs(ls-(-math.log1p(math.exp(-v))))<1e-12 and abs(ls-math.log1p(math.exp(-v)))>1e-3  # wrong line
assert round(math.log(2),4)==0.6931 and round(3+math.log1p(math.exp(-3)),4)==3.0486
print("softplus ok")
