n,k=1000,5
assert n//k==200 and n-n//k==800 and (k-1)*n//k==800 and k-1==4
assert (k-2)*n//k==600 and 600/800==0.75
assert 4*3==12 and 12*5+1==61
assert 5*3==15
v=5*(12*3+1);assert v==185 and v!=180  # wrong line
s=[0.81,0.84,0.79,0.83,0.83];assert abs(sum(s)-4.10)<1e-12 and abs(sum(s)/5-0.82)<1e-12
# overlap claim: brute force
import itertools
folds=[set(range(i*200,(i+1)*200)) for i in range(5)];U=set(range(1000))
for a,b in itertools.combinations(range(5),2): assert len((U-folds[a])&(U-folds[b]))==600
print("kfold ok")
