x0,P0,u,Q,R,z1,z2=10,4,1,1,2,12,12.5
x1m=x0+u;P1m=P0+Q;assert (x1m,P1m)==(11,5)
K1=P1m/(P1m+R);assert abs(K1-5/7)<1e-12 and round(K1,4)==0.7143
x1=x1m+K1*(z1-x1m);assert round(x1,4)==11.7143 and round(11+5/7,4)==11.7143
P1=(1-K1)*P1m;assert round(P1,4)==1.4286 and abs(2/7*5-P1)<1e-12
assert abs(1/5+1/2-0.7)<1e-12 and round(1/0.7,4)==1.4286
x2m=x1+u;P2m=P1+Q;assert round(x2m,4)==12.7143 and round(P2m,4)==2.4286
K2=P2m/(P2m+R);assert round(K2,4)==0.5484 and round(2.4286/4.4286,4)==0.5484
x2=x2m+K2*(z2-x2m);assert round(x2,4)==12.5968
assert abs(12.7143+0.5484*(12.5-12.7143)-12.8318)>0.2  # wrong line
P2=(1-K2)*P2m;assert round(P2,4)==1.0968 and round((1-0.5484)*2.4286,4)==1.0968
assert P0==4
print("kalman ok")
