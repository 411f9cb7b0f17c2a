from fractions import Fraction as F
p=[F(5,10),F(3,10),F(2,10)];q=[F(6,10),F(2,10),F(2,10)]
acc=[min(1,a/b) for a,b in zip(p,q)];assert acc==[F(5,6),1,1] and F(5,10)/F(6,10)==F(5,6)
beta=sum(b*a for a,b in zip(acc,q));assert beta==sum(min(a,b) for a,b in zip(p,q))==F(9,10)
tv=F(1,2)*sum(abs(a-b) for a,b in zip(p,q));assert tv==F(1,10) and 1-tv==beta
res=[max(0,a-b) for a,b in zip(p,q)];assert res==[0,F(1,10),0]; r=[x/sum(res) for x in res];assert r==[0,1,0]
out=[q[i]*acc[i]+(1-beta)*r[i] for i in range(3)];assert out==p
assert q[0]*F(5,6)==F(1,2) and F(2,10)+F(1,10)==F(3,10)
E=(1-F(9,10)**5)/F(1,10);assert float(E)==4.0951 or abs(float(E)-4.0951)<1e-12
assert F(9,10)**5!=F(6561,10000) and F(9,10)**4==F(6561,10000)  # wrong line uses 0.9^4
assert (1-0.6561)/0.1-3.439<1e-9  # its own arithmetic after the slip
print("specdec ok")
