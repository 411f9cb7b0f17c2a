from kit import *

x, w1, b1, al, w2, b2, y = -2, 1.5, 0.5, 0.2, -1, 0.25, 0
def L(w1=w1, b1=b1, w2=w2, b2=b2):
    z = w1*x + b1; h = z if z >= 0 else al*z; return 0.5*(w2*h + b2 - y)**2
same(1.5*-2 + 0.5, -2.5); same(0.2*-2.5, -0.5); same(-1*-0.5 + 0.25, 0.75); same(0.5*0.75**2, 0.28125); same(L(), 0.28125)
g = lambda f, v: (f(v + 1e-6) - f(v - 1e-6))/2e-6
same(g(lambda v: L(w2=v), w2), -0.375, tol=1e-6); same(0.75*-0.5, -0.375); same(g(lambda v: L(b2=v), b2), 0.75, tol=1e-6)
same(0.75*-1, -0.75); same(-0.75*0.2, -0.15)
same(g(lambda v: L(w1=v), w1), 0.3, tol=1e-6); same(-0.15*-2, 0.3); same(g(lambda v: L(b1=v), b1), -0.15, tol=1e-6)
key("../en/leaky_relu_chain_gist.md",
    "GitHub gist: an HTML comment header, display math in one ```math fence per step, inline $ bindings in one line, \\tfrac12, a chain x -> z_1 -> h -> y-hat written with \\to arrows",
    "forward and backward through a scalar leaky-ReLU chain with exact decimals; the dead-ReLU remark",
    wrong={},
    plain={"Network: $x \\to z_1 = w_1 x + b_1": "defines the network and the loss",
           "Values: $x = -2$, $w_1 = 1.5$": "binds all values",
           "$\\mathrm{LReLU}_\\alpha(z) = z$ for $z \\ge 0$": "defines leaky ReLU piecewise (conditions in prose)"})
done("en/leaky_relu_chain_gist")
