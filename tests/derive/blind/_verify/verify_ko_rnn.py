from vh import *
w, u, h0, x1, x2, y1, y2 = sp.symbols('w u h0 x1 x2 y1 y2', real=True)
a1 = w*h0 + u*x1; h1 = sp.tanh(a1); a2 = w*h1 + u*x2; h2 = sp.tanh(a2)
L = (h1 - y1)**2/2 + (h2 - y2)**2/2
d2 = (h2 - y2)*(1 - h2**2)
A1, H1 = sp.symbols('A1 H1', real=True)
# dL/dh1 treating h1 as a free variable
Lh = (H1 - y1)**2/2 + (sp.tanh(w*H1 + u*x2) - y2)**2/2
same(sp.diff(Lh, H1).subs(H1, h1), (h1 - y1) + d2*w)
d1 = ((h1 - y1) + w*d2)*(1 - h1**2)
La = (sp.tanh(A1) - y1)**2/2 + (sp.tanh(w*sp.tanh(A1) + u*x2) - y2)**2/2
same(sp.diff(La, A1).subs(A1, a1), d1)
same(sp.diff(L, w), d1*h0 + d2*h1); same(sp.diff(L, u), d1*x1 + d2*x2)
# dh2/dh1 = w (1 - h2^2)
same(sp.diff(sp.tanh(w*H1 + u*x2), H1).subs(H1, h1), w*(1 - h2**2))
num("0.00098", 0.5**10)
report("ko/rnn")
mk("../ko/rnn_bptt_velog.md",
   "Korean velog post: three definitions per $$ joined by \\qquad, delta notation defined in prose, two paths summed, \\big[ \\big] brackets, a general recursion with delta_{T+1} = 0 as a boundary condition, a product formula and a bound in prose",
   "BPTT for a scalar tanh RNN with a loss at every step (T = 2): delta_2, dL/dh_1 through two paths, delta_1, gradients for w and u, the general recursion, the vanishing-gradient bound",
   wrong={},
   not_claims={"a_t = w\\,h_{t-1} + u\\,x_t, \\qquad h_t": "defines the model and the per-step loss",
               "전체 손실은 $L = L_1 + L_2$": "defines L and T",
               "각 시점 pre-activation에 대한": "defines delta_t",
               "길이 $T$ 에서도 똑같이": "boundary condition delta_{T+1} = 0"})
