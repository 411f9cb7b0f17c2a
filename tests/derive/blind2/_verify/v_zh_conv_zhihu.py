from kit import *

o = lambda w, k, s, p: (w - k + 2*p)//s + 1
same(o(224, 3, 1, 1), 224); same((224 - 3 + 2)/1 + 1, 224); same((3*3*3 + 1)*64, 1792)
same(o(112, 3, 2, 1), 56); same((112 - 3 + 2)/2, 55.5); same(np.floor(55.5) + 1, 56)
if 2*(3 - 1) + 1 == 6: PROBLEMS.append("dilation line is right?")
same(2*(3 - 1) + 1, 5)
same(56 - 5 + 1, 52)
same(o(56, 5, 1, 0), 52)
same((56 - 2)/2 + 1, 28)
key("../zh/conv_output_size_zhihu_answer.md",
    "Chinese Zhihu answer (谢邀, 编辑于 footer): \\lfloor\\rfloor formula, bold numbered examples with bindings inline before each $$ result, same/stride/dilation/pool cases, a summary in prose",
    "conv output size with padding, stride (floor), dilation (effective kernel D(K - 1) + 1), pooling; a parameter count",
    wrong={"$$K' = 2 \\times (3 - 1) + 1 = 6$$": "arithmetic slip: 2 x (3 - 1) + 1 = 5 (the next line does use 5)"},
    plain={"设输入边长为 $W$": "names W, K, P, S (no relation)",
           "$$W_{out} = \\left\\lfloor \\frac{W - K + 2P}{S} \\right\\rfloor + 1$$": "defines W_out",
           "**例 1（VGG 的 3×3 卷积）**": "binds W, K, P, S for example 1",
           "**例 2（步长为 2，除不尽）**": "binds W, K, P, S for example 2",
           "再在 $W = 56$，$P = 0$，$S = 1$ 上卷积": "binds W, P, S for example 3",
           "卷积核的等效大小是 $K' = D(K - 1) + 1$": "defines K' and binds D, K"})
done("zh/conv_output_size_zhihu_answer")
