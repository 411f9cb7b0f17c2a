from vh import *
mu, eta, ph, v = sp.symbols('mu eta phi v')
g = sp.Function('g')  # grad f
th = ph - mu*v
v1 = mu*v - eta*g(ph)
l1 = (th + v1) + mu*v1
l2 = th + (1+mu)*v1
l3 = ph - mu*v + (1+mu)*(mu*v - eta*g(ph))
l4 = ph + mu**2*v - (1+mu)*eta*g(ph)
same(l1, l2, "1-2"); same(l2, l3, "2-3"); same(l3, l4, "3-4")
# heavy ball
gf = lambda t: 4*t
th0, vv = 1.0, 0.0
v1 = 0.9*vv - 0.1*gf(th0); num("-0.4", v1); t1 = th0+v1; num("0.6", t1)
v2 = 0.9*v1 - 0.1*gf(t1); num("-0.36", 0.9*v1); num("-0.24", -0.1*gf(t1)); num("-0.6", v2); t2 = t1+v2; num("0", t2)
v3 = 0.9*v2 - 0.1*gf(t2); num("-0.54", v3); t3 = t2+v3; num("-0.54", t3)
# nesterov
la = t1 + 0.9*v1; num("0.24", la); num("0.96", gf(la))
nv2 = 0.9*v1 - 0.1*gf(la); num("-0.456", nv2); nt2 = t1 + nv2; num("0.144", nt2)
la2 = nt2 + 0.9*nv2; num("-0.2664", la2); num("-1.0656", gf(la2))
nv3 = 0.9*nv2 - 0.1*gf(la2); num("0.10656", -0.1*gf(la2)); num("-0.30384", nv3)
nt3 = nt2 + nv3; num("-0.14984", nt3, "planted", expect=False); print("true theta3", nt3)
report("en/nesterov")
mk("../en/nesterov_two_forms_lecture.md",
   "scribed university lecture notes: numbered sections, update rules paired with \\qquad, a change of variables in prose ('Let ... Then ...'), aligned derivation, a bullet-list worked example with inline arithmetic chains and 'so' bindings",
   "heavy-ball momentum vs Nesterov's look-ahead form, the change of variables to the form frameworks implement, three steps of each on f = 2 theta^2",
   wrong={"\\theta_3 = 0.144 - 0.30384 = -0.14984": "arithmetic slip: 0.144 - 0.30384 = -0.15984, not -0.14984"},
   not_claims={"v_{t+1} = \\mu v_t - \\eta \\nabla f(\\theta_t), \\qquad": "heavy-ball update rules (recurrences)",
               "v_{t+1} = \\mu v_t - \\eta \\nabla f(\\theta_t + \\mu v_t)": "NAG update rules (recurrences)"})
