from vh import *
g = np.array([3, 4, 12.]); n = np.linalg.norm(g)
num("13", n); num("169", 9+16+144); num("0.3846", 5/13)
gc = g*5/13
for c, e in zip(("1.1538", "1.5385", "4.6154"), gc): num(c, e)
num("5.000", np.sqrt(1.1538**2 + 1.5385**2 + 4.6154**2)); num("5", np.linalg.norm([3, 4]))
v = np.clip(g, -5, 5); close(v, [3, 4, 5])
num("50", 9+16+25); num("7.07", np.sqrt(50))
num("85", g@v); num("91.92", 13*np.sqrt(50)); num("0.925", 85/(13*np.sqrt(50))); num("0.925", 85/91.92)
print("angle", np.degrees(np.arccos(85/(13*np.sqrt(50)))))
num("0.5", 0.1*5)
report("en/clip")
mk("../en/gradient_clipping_practitioner.md",
   "practitioner's debugging notes: bold run-in headings, superscript tensor indices g^{(1)}, \\leftarrow with \\min, one-element tuples, \\operatorname{clip} of a tuple equal to a tuple, a cosine with a dot product of tuples",
   "gradient clipping by global norm (worked numbers), per-tensor vs global clipping, clipping by value and the direction it changes, the step-size cap",
   wrong={},
   not_claims={"g \\leftarrow g \\cdot \\min": "the clipping update rule",
               "Two parameter tensors with gradients": "binds the gradients"})
