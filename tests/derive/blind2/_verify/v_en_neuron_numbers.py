from kit import *

s = lambda z: 1/(1 + np.exp(-z))
same(0.4*1 + -0.6*0.5 + 0.1, 0.2); same(0.4 - 0.3 + 0.1, 0.2)
a = s(0.2); near("0.5498", a); near("0.1013", 0.5*(a - 1)**2); near("0.1013", 0.5*(0.5498 - 1)**2)
near("-0.4502", a - 1); near("0.2475", a*(1 - a)); near("0.2475", 0.5498*0.4502)
dz = (a - 1)*a*(1 - a); near("-0.1114", dz); near("-0.1114", -0.4502*0.2475)
near("-0.0557", dz*0.5); same(-0.1114*0.5, -0.0557)
same(0.4 - 0.5*(-0.1114), 0.4557); near("0.4557", 0.4 - 0.5*dz)
near("-0.572", -0.6 - 0.5*(-0.0557)); near("-0.572", -0.6 - 0.5*dz*0.5)
same(0.1 - 0.5*(-0.1114), 0.1557)
z2 = 0.4557 - 0.572*0.5 + 0.1557; near("0.325", z2)
w1, w2, b = 0.4 - 0.5*dz, -0.6 - 0.25*dz, 0.1 - 0.5*dz; z3 = w1 + 0.5*w2 + b; near("0.325", z3)
near("0.581", s(0.325)); near("0.581", s(z3)); near("0.088", 0.5*(s(z3) - 1)**2); near("0.088", 0.5*(0.581 - 1)**2)
key("../en/single_neuron_backprop_by_numbers.md",
    "Medium-style tutorial blog post: a Markdown table binding the values, $$ blocks chaining symbolic and numeric forms with \\approx, \\tfrac, \\cdot and \\times, updates with \\leftarrow, a re-check in prose with an emoji",
    "one sigmoid neuron with squared error: forward and backward pass by numbers with 4-decimal rounding, one gradient step, the loss after it",
    wrong={},
    plain={"One neuron with two inputs, a sigmoid activation and the squared error": "defines the loss",
           "| inputs | $x_1 = 1$, $x_2 = 0.5$ |": "binds x",
           "| weights | $w_1 = 0.4$, $w_2 = -0.6$ |": "binds w",
           "| bias | $b = 0.1$ |": "binds b",
           "| target | $y = 1$ |": "binds y",
           "| learning rate | $\\eta = 0.5$ |": "binds eta"})
done("en/single_neuron_backprop_by_numbers")
