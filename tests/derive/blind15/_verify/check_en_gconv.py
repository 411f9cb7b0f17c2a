Cin,Cout,g,k=64,128,4,3
assert Cin//g==16 and Cout//g==32
assert 16*9*128+128==18560 and 64*9*128+128==73856 and 73728/18432==4 and 16*9*128==18432
assert 64*1*9==576
assert 16*9*128*32*32==18874368
keff=lambda k,d:k+(k-1)*(d-1)
assert keff(3,2)==5 and keff(3,4)==9 and 3+(3-1)*(4-1)==9  # doc says 7: wrong
H,p,d,s=32,2,2,1
assert (H+2*p-d*(k-1)-1)//s+1==32 and (32+4-4-1)+1==32
rf=1; 
for dd in (1,2,4): rf+=(k-1)*dd
assert rf==15 and 1+2+4+8==15  # doc says 13: wrong
print("gconv ok")
