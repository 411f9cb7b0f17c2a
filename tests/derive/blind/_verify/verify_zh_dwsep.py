from vh import *
k, ci, co = sp.symbols('k C_in C_out', positive=True)
same((k**2*ci + ci*co)/(k**2*ci*co), 1/co + 1/k**2)
num("18432", 3*3*32*64); num("288", 9*32); num("2048", 32*64); num("2336", 288 + 2048)
num("0.1267", 2336/18432); num("0.0156", 1/64); num("0.1111", 1/9); num("0.1267", 0.0156 + 0.1111); num("0.1267", 1/64 + 1/9)
num("231211008", 112*112*18432); num("2.31e8", 231211008, approx_digits=-6)
num("29302784", 112*112*2336)
num("2.93e6", 29302784, "planted", expect=False, approx_digits=-4); num("2.93e7", 29302784, approx_digits=-5)
d, i = sp.symbols('d i', positive=True)
num("5", 3 + 2*1); same(i + 2*d - (3 + 2*(d - 1)) + 1, i); same(3 + (3 - 1)*(d - 1), 3 + 2*(d - 1))
num("14", 6*2 - 2 + 3 + 1); num("14", (7 - 1)*2 - 2 + 3 + 1)
report("zh/dwsep")
mk("../zh/depthwise_separable_conv_cnblogs.md",
   "Chinese cnblogs post: \\text{std}/\\text{sep} subscripts, C_{in}/C_{out} names, a ratio simplified to 1/C_out + 1/k^2, bullet numeric chains, numbers with {,} thousands separators and scientific notation \\times 10^{8}, \\text{output\\_padding} with an escaped underscore",
   "parameter counts and multiply-adds of standard vs depthwise separable convolution, dilated convolution's effective kernel and 'same' padding, transposed convolution output size",
   wrong={"= 29{,}302{,}784 \\approx 2.93 \\times 10^{6}": "power of ten: 29,302,784 is about 2.93 x 10^7 (the 'one eighth' after it is right)"},
   not_claims={"P_{\\text{std}} = k \\cdot k": "defines P_std",
               "P_{\\text{sep}} = k \\cdot k \\cdot C_{in} + C_{in}": "defines P_sep",
               "**例：** $k = 3$": "binds k, C_in, C_out",
               "\\hat{k} = k + (k - 1)(d - 1)$$": "defines the effective kernel size",
               "o = (i - 1)\\,s - 2p + k + \\text{output": "defines the transposed convolution's output size",
               "本文是 MobileNet 论文阅读笔记": "names the symbols"})
