from kit import *

b, g = sp.symbols('beta g', positive=True); gs = sp.symbols('g1:6')
v = 0; vs = []
for t in range(5):
    v = b*v + gs[t]; vs.append(v)
eq(vs[0], gs[0]); eq(vs[1], b*gs[0] + gs[1]); eq(vs[2], b**2*gs[0] + b*gs[1] + gs[2])
for t in range(1, 6): eq(vs[t-1], sum(b**(t-k)*gs[k-1] for k in range(1, t+1)))
for t in range(1, 6):
    eq(g*sum(b**j for j in range(t)), g*(1 - b**t)/(1 - b))
T = sp.Symbol('T', positive=True); eq(sp.limit(g*(1 - sp.Rational(9, 10)**T)/(1 - sp.Rational(9, 10)), T, sp.oo), 10*g)
eq(1/(1 - sp.Rational(9, 10)), 10)
vt = 0; vv = 0
for t in range(5):
    vt = b*vt + (1 - b)*gs[t]; vv = b*vv + gs[t]; eq(vt, (1 - b)*vv)
w = 1.0; v = 0; rows = []
for t in range(3):
    gg = 2*w; v = 0.9*v + gg; w = w - 0.1*v; rows.append((gg, v, w))
same(rows, [(2, 2, 0.8), (1.6, 3.4, 0.46), (0.92, 3.98, 0.062)])
same(0.9*2 + 1.6, 3.4); same(0.9*3.4 + 0.92, 3.98); same(0.46 - 0.398, 0.062); same(0.8**3, 0.512)
key("../en/momentum_sgd_lecture_slides.md",
    "lecture slides exported to Markdown (--- separators, 'Slide n' headings): recurrences with v_0 = 0 on one line, unrolled terms joined by \\qquad, a sum with a \\longrightarrow limit, a tilde-variable EMA form, a table of iterates with arithmetic in the cells",
    "heavy-ball momentum: unrolled velocity, constant-gradient limit g/(1 - beta), equivalence with the EMA form, three iterations on f = w^2",
    wrong={},
    plain={"$$v_t = \\beta\\, v_{t-1} + g_t, \\qquad w_t": "the update rules and initialisation",
           "with $g_t = \\nabla f(w_{t-1})$ and typically": "defines g_t, binds beta",
           "If the gradient is constant, $g_k = g$": "assumption (constant gradient)",
           "## Slide 5 · By hand: $f(w) = w^2$": "defines f",
           "$$\\tilde\\eta\\,(1 - \\beta) = \\eta .$$": "relates the two learning rates: defines tilde eta, not an identity"})
done("en/momentum_sgd_lecture_slides")
