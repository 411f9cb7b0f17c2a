from vh import *
num("3", (7 + 0 - 5)/1 + 1)
num("9", 1*3*3); num("75", 3*5*5); num("10", 10)
rng = np.random.default_rng(7)
col = rng.normal(size=(9, 75)); Wc = rng.normal(size=(75, 10)); b = rng.normal(size=10); G = rng.normal(size=(9, 10))
L = lambda Wc: np.sum(G*(col@Wc + b))
close(fd_grad(L, Wc), col.T@G, tol=1e-6)
close(fd_grad(lambda c: np.sum(G*(c@Wc + b)), col), G@Wc.T, tol=1e-6)
close(fd_grad(lambda bb: np.sum(G*(col@Wc + bb)), b), G.sum(0), tol=1e-6)
num("25", 5*5); num("90", 10*9); num("6750", 90*75); num("27000", 6750*4); num("5880", 10*3*7*7*4); num("4.6", 27000/5880)
num("15", (28 + 2 - 4)/2 + 1, "planted", expect=False); num("14", (28 + 2 - 4)/2 + 1)
report("ko/im2col")
mk("../ko/im2col_conv_backward_tistory.md",
   "Korean tistory study post ('밑바닥 딥러닝' series): shapes as tuples in inline math beside backticked code, products of shapes with \\times and arrows, entry formula with \\text{out}_{rf} and W^{\\text{col}}, thousands written 27{,}000, an exercise line at the end",
   "im2col convolution: output size, shapes of col, W_col and out, the entry-wise derivation of dW_col = col^T dout, db and dcol shapes, memory cost, an output-size exercise",
   wrong={"\\frac{28 + 2 - 4}{2} + 1 = 15": "arithmetic slip: (28 + 2 - 4)/2 + 1 = 14"},
   not_claims={"- 입력 `x`:": "binds the input shape",
               "- 필터 `W`:": "binds the filter and bias shapes",
               "- stride $= 1$, pad $= 0$": "binds stride and padding",
               "\\text{out}_{rf} = \\sum_{k=1}^{75}": "defines out entry-wise"})
