from kit import *

x = np.array([1, 2.]); W1 = np.array([[0.5, -0.5], [0.25, 0.5]]); w2 = np.array([1, -2.])
def L(W1_=W1, w2_=w2):
    return -np.log(1/(1 + np.exp(-(np.tanh(x @ W1_) @ w2_))))
a = x @ W1; same(a, [1, 0.5]); same([1*0.5 + 2*0.25, -0.5 + 2*0.5], [1, 0.5])
h = np.tanh(a); near("0.7616", h[0]); near("0.4621", h[1])
z = h @ w2; near("-0.1626", z); near("-0.1626", 0.7616 - 2*0.4621)
p = 1/(1 + np.exp(-z)); near("0.4594", p); near("0.4594", 1/(1 + np.exp(0.1626))); near("0.7778", -np.log(p)); near("0.7778", -np.log(0.4594))
near("-0.5406", p - 1)
g2 = fd(lambda v: L(w2_=v), w2); near("-0.4117", g2[0]); near("-0.2498", g2[1]); near("-0.4117", -0.5406*0.7616); near("-0.2498", -0.5406*0.4621)
dh = (p - 1)*w2; near("-0.541", dh[0]); near("1.081", dh[1]); near("1.081", -0.5406*-2)
near("0.420", 1 - h[0]**2); near("0.786", 1 - h[1]**2)
d = dh*(1 - h**2); near("-0.227", d[0]); near("0.850", d[1]); near("-0.227", -0.541*0.420); near("0.850", 1.081*0.786)
G = fd(lambda v: L(W1_=v), W1)
for t, v in zip(["-0.23", "0.85", "-0.45", "1.70"], G.ravel()): near(t, v)
for t, v in zip(["-0.23", "0.85", "-0.45", "1.70"], np.outer(x, [-0.227, 0.850]).ravel()): near(t, v)
key("../ko/two_layer_tanh_exam_solution.md",
    "Korean final-exam model answer (문제/답, (가)/(나) parts): row-vector convention, inline bmatrix binding, tuples with ^T, rounding to 4 then 3 then 2 decimals stated in prose, \\odot, a shape check in parentheses",
    "two-layer network (tanh hidden, sigmoid output, log loss) forward and backward by numbers",
    wrong={},
    plain={"**문제.** 입력 $\\mathbf{x} = (1, 2)$": "binds x, W_1, w_2, y",
           "은닉층은 $\\mathbf{h} = \\tanh(\\mathbf{x}W_1)$": "defines h, p, L"})
done("ko/two_layer_tanh_exam_solution")
