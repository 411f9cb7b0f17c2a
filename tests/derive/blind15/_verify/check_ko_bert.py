import math
assert abs(0.15*0.8-0.12)<1e-12 and abs(0.15*0.1-0.015)<1e-12
v=0.15*(0.8+0.1);assert abs(v-0.135)<1e-12 and abs(v-0.12)>0.01  # wrong line
assert abs(1-0.12)-0.88<1e-12
assert 512*256==131072 and abs(131072*0.15-19660.8)<1e-6 and abs(19660.8*0.8-15728.64)<1e-6 and abs(19660.8*0.1-1966.08)<1e-6
assert abs(512*0.15-76.8)<1e-9 and abs(76.8*0.8-61.44)<1e-9
var=512*0.15*0.85;assert abs(var-65.28)<1e-9 and round(math.sqrt(var),2)==8.08
print("bert ok")
