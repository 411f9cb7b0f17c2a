o=lambda W,K,P,S:(W+2*P-K)//S+1
assert (224+6-7)/2==111.5 and o(224,7,3,2)==112 and 7*7*3*64==9408
assert 7*7*3==147 and 112*112*64*147==118013952 and round(118013952/1e8,2)==1.18
assert o(112,3,1,2)==56 and (112+2-3)//2==55
assert o(56,3,1,1)==56 and o(56,3,1,2)==28 and (56+2-3)//2==27
t=(28-1)*2-2*1+4+0;assert t==56 and t!=58  # wrong line
assert (224-7)/2+1==109.5
# torch-free check of transposed conv formula via adjointness: conv(56,k4,s2,p1) -> 28
assert o(56,4,1,2)==28
print("conv ok")
