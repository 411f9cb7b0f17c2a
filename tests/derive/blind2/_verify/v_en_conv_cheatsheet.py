from kit import *

N, P, K = sp.symbols('N P K', positive=True)
eq(sp.solve(sp.Eq(N + 2*P - K + 1, N), P)[0], (K - 1)/2)
o = lambda n, k, s, p: (n + 2*p - k)//s + 1
same(o(32, 5, 1, 0), 28); same((32 - 5)/1 + 1, 28); same((5*5*3 + 1)*6, 456)
same(o(28, 2, 2, 0), 14); same((28 - 2)/2 + 1, 14)
same(o(227, 11, 4, 0), 55); same((227 - 11)/4 + 1, 55)
if (55 - 3)/2 + 1 == 26 or o(55, 3, 2, 0) == 26: PROBLEMS.append("pool line is right?")
same(o(224, 7, 2, 3), 112); same((224 + 6 - 7)//2, 111); same(7*7*3*64, 9408)
same(o(56, 3, 1, 1), 56); same((3*3*64 + 1)*128, 73856); same((256 + 1)*64, 16448)
same(56*56*128, 401408); same((401408 + 1)*10, 4014090)
key("../en/conv_shapes_cheatsheet.md",
    "personal interview cheat sheet: \\lfloor\\rfloor output-size formula, \\#\\text{params}, a numbered list of examples each chaining a formula, its value and a parameter count inline, arrows for channel changes",
    "conv and pool output sizes, same padding, conv/dense parameter counts, AlexNet/LeNet/ResNet-stem examples, flatten size",
    wrong={"$O = \\frac{55 - 3}{2} + 1 = 26$": "arithmetic slip: (55 - 3)/2 + 1 = 27, not 26"},
    plain={"$$O = \\left\\lfloor \\frac{N + 2P - K}{S} \\right\\rfloor + 1$$": "defines the output size O",
           "$$\\#\\text{params} = (K \\cdot K \\cdot C_{in} + 1)\\, C_{out}$$": "defines the parameter count",
           "Pooling uses the same formula (usually $P = 0$)": "a convention (P = 0 binding)",
           "\"Same\" padding at stride 1 needs $O = N$": "conditions: O = N and the equation solved for P (not identities)"})
done("en/conv_shapes_cheatsheet")
