from vh import *
import nbformat
nb = nbformat.v4.new_notebook()
md, code = nbformat.v4.new_markdown_cell, nbformat.v4.new_code_cell
nb.cells = [
md(r"""# BPTT by hand: a two-step scalar RNN

Before trusting autograd on sequences I want to do backpropagation through time once on paper. The smallest RNN that still has a recurrence:

$$a_t = w\,h_{t-1} + u\,x_t, \qquad h_t = \tanh(a_t), \qquad h_0 = 0$$

with a loss on the last state only, $L = \frac{1}{2}(h_2 - y)^2$.

We use $w = 0.5$, $u = 1.0$, inputs $x_1 = 1$, $x_2 = 0.5$ and target $y = 0.2$."""),
code("""import numpy as np

w, u = 0.5, 1.0
x = [1.0, 0.5]
y = 0.2

def forward(w, u):
    h = 0.0
    hs = [h]
    for xt in x:
        h = np.tanh(w * h + u * xt)
        hs.append(h)
    return 0.5 * (h - y) ** 2, hs

L, hs = forward(w, u)
print(L, hs)"""),
md(r"""## Forward, by hand

$$a_1 = w h_0 + u x_1 = 0 + 1 = 1, \qquad h_1 = \tanh(1) \approx 0.7616$$

$$a_2 = 0.5 \times 0.7616 + 1.0 \times 0.5 = 0.8808, \qquad h_2 = \tanh(0.8808) \approx 0.7068$$

$$L = \tfrac{1}{2}(0.7068 - 0.2)^2 \approx 0.1284$$

Matches the cell above (`0.12843...`)."""),
md(r"""## Backward

Write $\delta_t = \frac{\partial L}{\partial a_t}$ for the gradient arriving at the pre-activation of step $t$. At the last step

$$\delta_2 = \frac{\partial L}{\partial h_2}\frac{\partial h_2}{\partial a_2} = (h_2 - y)(1 - h_2^2) \approx 0.5068 \times 0.5004 \approx 0.2536$$

$w$ and $u$ are shared by both steps, so their gradients are sums over the steps:

$$\frac{\partial L}{\partial w} = \delta_2 h_1 + \delta_1 h_0 = \delta_2 h_1 \approx 0.2536 \times 0.7616 \approx 0.193$$

Going one step back in time:

$$\delta_1 = \frac{\partial L}{\partial a_1} = \delta_2\,(1 - h_1^2) \approx 0.2536 \times 0.4200 \approx 0.1065$$

$$\frac{\partial L}{\partial u} = \delta_2 x_2 + \delta_1 x_1 \approx 0.1268 + 0.1065 = 0.2333$$"""),
code("""eps = 1e-6
dw = (forward(w + eps, u)[0] - forward(w - eps, u)[0]) / (2 * eps)
du = (forward(w, u + eps)[0] - forward(w, u - eps)[0]) / (2 * eps)
print(f"dL/dw = {dw:.5f}, dL/du = {du:.5f}")
# dL/dw = 0.19315, dL/du = 0.18006"""),
md(r"""## Fixing $\delta_1$

$\partial L/\partial w$ agrees with the finite difference, $\partial L/\partial u$ does not (0.2333 vs 0.1801). The path from $a_1$ to $a_2$ goes through $h_1$ **and through the multiplication by $w$** — I dropped that factor:

$$\delta_1 = \delta_2\,\frac{\partial a_2}{\partial h_1}\,\frac{\partial h_1}{\partial a_1} = \delta_2\, w\,(1 - h_1^2) \approx 0.2536 \times 0.5 \times 0.4200 \approx 0.0533$$

$$\frac{\partial L}{\partial u} = \delta_2 x_2 + \delta_1 x_1 \approx 0.1268 + 0.0533 = 0.1801$$

Now both match. With a loss on the last of $T$ steps the same argument repeats, $\delta_{t-1} = \delta_t\, w\,(1 - h_{t-1}^2)$, so

$$\delta_1 = \delta_T \prod_{t=1}^{T-1} w\,(1 - h_t^2),$$

and since $0 < 1 - h_t^2 \le 1$, every factor has magnitude at most $|w|$: with $|w| < 1$ the signal from step $T$ vanishes geometrically on its way back."""),
]
for _i, _c in enumerate(nb.cells): _c.id = f"cell-{_i + 1}"
nbformat.write(nb, "../en/rnn_bptt_scalar_by_hand.ipynb")

w, u, x1, x2, y = 0.5, 1.0, 1.0, 0.5, 0.2
h1 = np.tanh(u*x1); a2 = w*h1 + u*x2; h2 = np.tanh(a2); L = 0.5*(h2-y)**2
num("1", u*x1); num("0.7616", h1); num("0.8808", 0.5*0.7616 + 0.5); num("0.8808", a2)
num("0.7068", h2); num("0.7068", np.tanh(0.8808)); num("0.1284", L); num("0.1284", 0.5*(0.7068-0.2)**2)
d2 = (h2-y)*(1-h2**2)
num("0.5068", h2-y); num("0.5004", 1-h2**2); num("0.2536", d2); num("0.2536", 0.5068*0.5004)
num("0.193", d2*h1); num("0.193", 0.2536*0.7616)
d1 = d2*w*(1-h1**2)
num("0.1065", d1, "delta1 wrong", expect=False); num("0.4200", 1-h1**2); num("0.1065", 0.2536*0.42)
du = d2*x2 + d1*x1
num("0.1268", d2*x2); num("0.2333", du, "du wrong", expect=False)
num("0.0533", d1); num("0.0533", 0.2536*0.5*0.42); num("0.1801", du); num("0.1801", 0.1268+0.0533)
# symbolic checks
W, U, X1, X2, Y = sp.symbols('w u x1 x2 y', real=True)
H1 = sp.tanh(U*X1); A2 = W*H1 + U*X2; H2 = sp.tanh(A2); LL = (H2-Y)**2/2
D2 = (H2-Y)*(1-H2**2)
same(sp.diff(LL, W), D2*H1, "dL/dw"); same(sp.diff(LL, U), D2*X2 + D2*W*(1-H1**2)*X1, "dL/du")
report("en/rnn_nb")
mk("../en/rnn_bptt_scalar_by_hand.ipynb",
   "Jupyter notebook: Markdown cells between code cells, three statements per $$ joined by \\qquad, \\approx chains of rounded values, a wrong delta found by a finite-difference cell and corrected in the next Markdown cell, a general product formula",
   "backpropagation through time for a two-step scalar tanh RNN: forward values, delta_2, dL/dw, delta_1 (first without the factor w, then corrected), dL/du; the vanishing product",
   wrong={"\\delta_1 = \\frac{\\partial L}{\\partial a_1} = \\delta_2\\,(1 - h_1^2)": "drops the factor w = da_2/dh_1 from delta_1 (the notebook finds and fixes it two cells later)",
          "\\approx 0.1268 + 0.1065 = 0.2333": "uses the wrong delta_1: dL/du is 0.1801"},
   not_claims={"a_t = w\\,h_{t-1} + u\\,x_t, \\qquad": "defines the recurrence and h_0",
               "with a loss on the last state only": "defines L",
               "We use $w = 0.5$": "binds w, u, x_1, x_2, y",
               "Write $\\delta_t = ": "defines delta_t"})
