from vh import *
s, z = sp.symbols('s z', real=True)
sg = 1/(1 + sp.exp(-z))
same(sp.diff(sg, z), sg*(1 - sg)); same(s*(1 - s), sp.Rational(1, 4) - (s - sp.Rational(1, 2))**2)
same(sp.diff(sg, z).subs(z, 0), sp.Rational(1, 4))
num("9.5e-7", 0.25**10, approx_digits=8)
num("32", (32 + 4 - 5)/1 + 1); num("1206", (5*5*3 + 1)*16, "planted", expect=False); num("1216", (5*5*3 + 1)*16)
num("-0.2", 0.1*-2); num("0.004", 0.001*4); num("-2", -0.2/0.1); num("4", 0.004/0.001); num("0.001", -0.001*(-2)/2)
w, eta, lam = sp.symbols('w eta lambda'); gL = sp.symbols('gL')
same(w - eta*(gL + lam*w), (1 - eta*lam)*w - eta*gL)
num("2.997", 0.999*3); num("2.947", 2.997 - 0.05); num("2.947", (1 - 0.001)*3 - 0.1*0.5)
report("zh/exam")
mk("../zh/final_exam_answers.md",
   "Chinese final-exam answer key: 一/二/三/四 problems with points, 答： answers mixing prose and inline math, a completed square with \\le, (1/4)^10 in scientific notation, Adam's first step with two results per $$, an update with \\leftarrow evaluated inline, grading notes in full-width parentheses",
   "maximum of sigma' and vanishing gradients; convolution/pooling output sizes and a parameter count; Adam's first step; L2 regularisation as weight decay with numbers",
   wrong={"参数量 $(5 \\times 5 \\times 3 + 1) \\times 16 = 1206$": "arithmetic slip: 76 x 16 = 1216"},
   not_claims={"**四、（10 分）** 损失": "defines J and binds w, dL/dw, eta, lambda",
               "某参数第一步的梯度 $g_1 = -2$": "binds beta_1, beta_2, eta, m_0, v_0, g_1"})
