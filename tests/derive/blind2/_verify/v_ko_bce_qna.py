from kit import *

y = sp.symbols('y', real=True); yh = sp.symbols('yh', positive=True); z = sp.symbols('z', real=True)
L = -y*sp.log(yh) - (1 - y)*sp.log(1 - yh)
neq(sp.diff(L, yh), -y/yh - (1 - y)/(1 - yh), pos=(yh,))          # keyed wrong: sign
eq(sp.diff(L, yh), -y/yh + (1 - y)/(1 - yh), pos=(yh,))
# the asker's next line: as algebra from the wrong previous line it is consistent, but dL/dz is not that
wrong_dz = -y*(1 - yh) - (1 - y)*yh
eq(wrong_dz, -y + 2*y*yh - yh)
s = 1/(1 + sp.exp(-z)); true_dz = sp.diff(L.subs(yh, s), z)
neq(true_dz, wrong_dz.subs(yh, s))
eq(true_dz, s - y)
eq((-y/yh + (1 - y)/(1 - yh))*yh*(1 - yh), -y*(1 - yh) + (1 - y)*yh, pos=(yh,)); eq(-y*(1 - yh) + (1 - y)*yh, yh - y)
eq(sp.diff(-sp.log(1 - yh), yh), 1/(1 - yh), pos=(yh,))
same(0.5*3 - 1.1, 0.4); sv = 1/(1 + np.exp(-0.4)); near("0.5987", sv); near("-1.2039", (sv - 1)*3); near("-1.2039", (0.5987 - 1)*3)
key("../ko/logistic_bce_inflearn_qna.md",
    "Korean course Q&A board (Inflearn-like: 질문/답변, 작성자/지식공유자, ㅠㅠ and emoji): the asker's derivation with one sign error and its consequence, the answerer's corrected chain, a numeric check with \\approx",
    "logistic regression with binary cross-entropy: dL/dy-hat, dL/dz = y-hat - y, dL/dw = (y-hat - y) x; a wrong sign in the asker's derivation",
    wrong={"$$\\frac{\\partial L}{\\partial \\hat{y}} = -\\frac{y}{\\hat{y}} - \\frac{1 - y}{1 - \\hat{y}}$$": "sign error: the derivative of -(1 - y) log(1 - y-hat) is +(1 - y)/(1 - y-hat)",
           "$$\\frac{\\partial L}{\\partial z} = -y(1 - \\hat{y}) - (1 - y)\\hat{y} = -y + 2y\\hat{y} - \\hat{y}$$": "carries the sign error: dL/dz = y-hat - y (the algebra after the first '=' is internally consistent)"},
    plain={"제 풀이입니다. $\\hat{y} = \\sigma(z)$, $z = wx + b$": "defines y-hat and z",
           "$$L = -y\\log\\hat{y} - (1 - y)\\log(1 - \\hat{y})$$": "defines the loss"})
done("ko/logistic_bce_inflearn_qna")
