from vh import *
eta, g1, g, t = sp.symbols('eta g_1 g t', positive=True)
G = sp.symbols('G', real=True, nonzero=True)
same(eta*G/sp.sqrt(G**2), eta*G/sp.Abs(G), "sign 1")
same(eta*G/sp.Abs(G), eta*sp.sign(G), "sign 2")
same(eta*g/sp.sqrt(t*g**2), eta/sp.sqrt(t), "decay")
num("-1", 0.2*-5); num("-8", 4*-2)
num("-4.6", -5 - 0.4*(-1/1)); num("-1.6", -2 - 0.4*(-8/8))
num("-0.92", 0.2*-4.6); num("-6.4", 4*-1.6); num("0.8464", 0.92**2); num("40.96", 6.4**2)
num("1.8464", 1+0.8464); num("104.96", 64+40.96)
num("1.3588", np.sqrt(1.8464)); num("10.2450", np.sqrt(104.96))
num("-4.3292", -4.6 + 0.4*0.92/1.3588); num("-1.3501", -1.6 + 0.4*6.4/10.2450)
num("-4.3292", -4.6 + 0.4*0.92/np.sqrt(1.8464)); num("-1.3501", -1.6 + 0.4*6.4/np.sqrt(104.96))
num("0.2708", 0.4*0.92/np.sqrt(1.8464)); num("0.2499", 0.4*6.4/np.sqrt(104.96))
report("en/adagrad")
mk("../en/adagrad_textbook_section.md",
   "d2l-style textbook section: :label: and :numref: roles, bold vectors, \\tag{12.7.1} equation numbers, coordinate-wise operations on tuples, 'Step 1/Step 2' worked numbers with \\approx on tuples, a code cell, exercises",
   "Adagrad: accumulated squares, first step = eta sign(g), the 1/sqrt(t) decay, two steps on f = 0.1 x1^2 + 2 x2^2",
   wrong={},
   not_claims={"\\mathbf{s}_t = \\mathbf{s}_{t-1} + \\mathbf{g}_t^2, \\tag": "the accumulator recurrence",
               "\\mathbf{x}_t = \\mathbf{x}_{t-1} - \\frac{\\eta}": "the update rule",
               "we initialise $\\mathbf{s}_0": "initialisation",
               "start at $\\mathbf{x}_0 = (-5, -2)$": "binds x_0, eta and epsilon"})
