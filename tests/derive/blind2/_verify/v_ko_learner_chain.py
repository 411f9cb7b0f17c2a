from kit import *

s = lambda z: 1/(1 + np.exp(-z))
x, w1, w2, y = 1.0, 0.0, 2.0, 1.0
def L(w1=w1, w2=w2):
    return 0.5*(s(w2*s(w1*x)) - y)**2
same(s(0), 0.5); same(2*0.5, 1); yh = s(1.0); near("0.7311", yh); near("0.0362", L()); near("0.0362", 0.5*(0.7311 - 1)**2)
near("0.1966", yh*(1 - yh)); near("0.1966", 0.7311*0.2689)
d2 = (yh - y)*yh*(1 - yh); near("-0.0529", d2); near("-0.0529", -0.2689*0.1966)
gw2 = (L(w2=w2 + 1e-6) - L(w2=w2 - 1e-6))/2e-6; near("-0.026", gw2); near("-0.026", -0.0529*0.5)
near("-0.1058", d2*w2); near("-0.1058", -0.0529*2)
near("-0.026", d2*w2*0.25); near("-0.026", -0.1058*0.25)
gw1 = (L(w1=1e-6) - L(w1=-1e-6))/2e-6; near("-0.026", gw1)
key("../ko/learner_sigmoid_chain_notes.md",
    "Korean learner's notes (음슴체, ㅠ, !!): Unicode math inside $ (σ, ŷ, ′, ½, −, ², ≤), slash derivatives dL/dz_2, a formula outside math in prose, bindings in one line with a parenthetical, arrows between inline formulas",
    "scalar chain through two sigmoids: forward and backward by numbers, the vanishing factor h(1 - h) <= 1/4",
    wrong={},
    plain={"$z_1 = w_1 x$, $h = σ(z_1)$, $z_2 = w_2 h$": "defines the network and the loss",
           "값: $x = 1$, $w_1 = 0$, $w_2 = 2$, $y = 1$": "binds x, w_1, w_2, y"})
done("ko/learner_sigmoid_chain_notes")
