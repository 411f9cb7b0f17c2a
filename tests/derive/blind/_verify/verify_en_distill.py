from vh import *
z = np.array([2., 1., 0.])
sm = lambda v, T=1: np.exp(v/T)/np.exp(v/T).sum()
close(np.round(sm(z), 4), [0.6652, 0.2447, 0.0900])
num("2.7183", np.e); num("1.6487", np.exp(0.5)); num("5.3670", np.exp(1)+np.exp(.5)+1)
p = sm(z, 2)
for c, e in zip(("0.5065", "0.3072", "0.1863"), p): num(c, e)
for c, e in zip(("0.5065", "0.3072", "0.1863"), np.array([2.7183, 1.6487, 1])/5.3670): num(c, e)
T = sp.symbols('T', positive=True)
Z = sp.symbols('z1:4', real=True); Q = sp.symbols('q1:4', positive=True)
E = [sp.exp(zz/T) for zz in Z]; P = [e/sum(E) for e in E]
qsub = {Q[2]: 1 - Q[0] - Q[1]}
Ls = -sum(q*sp.log(pp) for q, pp in zip(Q, P))
for i in range(3):
    for j in range(3):
        same(sp.diff(P[j], Z[i]), P[j]*((1 if i == j else 0) - P[i])/T)
    g = sp.diff(Ls, Z[i]).subs(qsub)
    same(g, (-sum(Q[j]/P[j]*sp.diff(P[j], Z[i]) for j in range(3))).subs(qsub))
    same(g, (-sum(Q[j]*((1 if i == j else 0) - P[i]) for j in range(3))/T).subs(qsub))
    same(g, (-(Q[i] - P[i])/T).subs(qsub)); same(g, ((P[i] - Q[i])/T).subs(qsub))
q = np.array([.7, .2, .1])
for c, e in zip(("-0.1935", "0.1072", "0.0863"), p - q): num(c, e)
for c, e in zip(("-0.0968", "0.0536"), (p - q)/2): num(c, e)
num("0.0423", (p-q)[2]/2, "planted", expect=False); num("0.0432", (p-q)[2]/2)
for c, e in zip(("-0.387", "0.214", "0.173"), 4*(p - q)/2): num(c, e)
# large-T approximation, zero-mean logits: p_i ~ (1 + z_i/T)/N
zz = np.array([1., 0.2, -1.2]); Tb = 1e4
close(sm(zz, Tb), (1 + zz/Tb)/3, tol=1e-7)
report("en/distill")
mk("../en/distillation_temperature_blog.md",
   "reading-group blog note: softmax with temperature, tuples divided by a scalar, \\text{soft} subscripts, Kronecker delta, a first-order \\approx expansion in prose, \\tfrac, \\operatorname{softmax}, numbers as tuples",
   "knowledge distillation: temperature softmax values, gradient of the soft cross entropy (p - q)/T, why the soft loss is scaled by T^2, numeric gradient",
   wrong={"= (-0.0968,\\ 0.0536,\\ 0.0423)": "digit slip: 0.0863 / 2 = 0.0432 (rounded), not 0.0423"},
   not_claims={"L = (1 - \\alpha)\\,\\mathrm{CE}": "defines the total distillation loss",
               "L_{\\text{soft}} = -\\sum_{j} q_j": "defines the soft loss",
               "p_i = \\frac{\\exp(z_i / T)}": "defines the temperature softmax",
               "For the student logits": "binds z and T (values given in prose)",
               "With the student above at $T = 2$": "binds T and the teacher's q"})
