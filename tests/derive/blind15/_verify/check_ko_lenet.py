out=lambda W,K,P=0,S=1:(W-K+2*P)//S+1
assert out(32,5)==28 and 32-5+1==28 and 6*(25+1)==156
assert 28//2==14
assert out(14,5)==10 and 14-5+1==10 and 14-5+1!=9  # wrong line
assert 25*6+1==151 and 16*151==2416
assert 10//2==5 and out(5,5)==1
assert 25*16+1==401 and 120*401==48120 and 400*120+120==48120
assert 84*121==10164 and 10*85==850
assert 156+2416+48120+10164+850==61706
assert 6*(25*3+1)==456 and 9*(25*4+1)==909 and 25*6+1==151 and 456+909+151==1516 and 6+9+1==16
print("lenet ok")
