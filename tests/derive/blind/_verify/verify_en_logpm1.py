from vh import *
a, u = sp.symbols('a u', real=True); Y = sp.symbols('Ytilde')
sg = lambda t: 1/(1+sp.exp(-t))
same(sg(-a), 1-sg(a), "sigma(-a)")
same(-sp.log(sg(u)), sp.log(1+sp.exp(-u)), "-log sigma")
x = sp.symbols('x', real=True)  # scalar feature for the gradient check, a = w x
w = sp.symbols('w', real=True)
for yt in (1, -1):
    uu = yt*w*x
    g = sp.diff(sp.log(1+sp.exp(-uu)), w)
    same(g, -sp.exp(-uu)/(1+sp.exp(-uu))*yt*x, f"proof step 1 y={yt}")
    same(g, -yt*sg(-uu)*x, f"proof step 2 y={yt}")
    # (10.23): -grad = -sum y sigma(-y a) x  -> wrong: -grad = + y sigma(-ya) x
    same(-g, -yt*sg(-uu)*x, f"10.23 y={yt} (planted)", expect=False)
    yy = (1+yt)//2
    same(-yt*sg(-yt*a), sg(a) - yy, f"connection y={yt}")
    d = sp.diff(-yt*sg(-yt*a), a)
    same(d, yt**2*sg(-yt*a)*(1-sg(-yt*a)), f"curv1 y={yt}")
    same(yt**2*sg(-yt*a)*(1-sg(-yt*a)), sg(a)*(1-sg(a)), f"curv2 y={yt}")
same(sp.exp(-u)/(1+sp.exp(-u)), 1/(sp.exp(u)+1)); same(1/(sp.exp(u)+1), sg(-u))
same(-sg(-a), sg(a)-1); 
report("en/logpm1")
mk("../en/logistic_pm1_labels_textbook.md",
   "textbook section (Murphy/Bishop style): \\tilde{y} labels, \\mid in conditional probabilities, \\tag{10.21} numbers referred to in prose, Proposition/Proof with \\square, \\nabla_{\\mathbf{w}}, \\Big parentheses, d/da of a product of label and sigmoid",
   "logistic regression with labels in {-1, +1}: likelihood sigma(y a), log loss, its gradient and the step direction, link to the {0,1} form, the label-free Hessian",
   wrong={"-\\nabla_{\\mathbf{w}}\\mathrm{NLL} = -\\sum_{n}": "sign: the negative gradient is +sum y_n sigma(-y_n a_n) x_n (the prose after it describes the correct direction)"},
   not_claims={"\\mathrm{NLL}(\\mathbf{w}) = \\sum_{n=1}^{N}": "defines NLL",
               "**Connection to the": "defines y = (1 + y tilde)/2"})
