import sympy as sp, math
n,u=sp.symbols('n u',positive=True)
ser=sp.series(sp.log(1-u),u,0,3).removeO();assert sp.simplify(ser-(-u-u**2/2))==0
assert sp.limit(n*sp.log(1-1/n),n,sp.oo)==-1
assert sp.limit((1-1/n)**n,n,sp.oo)==sp.exp(-1) and round(math.exp(-1),4)==0.3679
assert sp.simplify(sp.expand(n*(-1/n-1/(2*n**2)))-(-1-1/(2*n)))==0
assert round(0.9**10,4)==0.3487 and round(0.99**100,4)==0.3660 and round(0.999**1000,4)==0.3677
assert 0.9**10<0.99**100<0.999**1000<math.exp(-1)
assert round(1000*(1-0.3677),1)==632.3 and round(1-0.3677,3)==0.632
assert round(500*0.3677,1)==183.8 or round(500*0.3677,2)==183.85
print("bag ok")
