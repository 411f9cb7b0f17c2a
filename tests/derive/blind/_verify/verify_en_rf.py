from vh import *
k, d = sp.symbols('k d')
num("5", 3 + 2*1); num("9", 3 + 2*3); num("5", 3 + (3-1)*(2-1)); num("9", 3 + (3-1)*(4-1))
num("32", (32 + 4 - 5)/1 + 1); num("112", 223//2 + 1); num("111", 223//2); num("112", (224 + 6 - 7)//2 + 1)
num("8", (4-1)*2 - 2 + 4); num("4", (8 + 2 - 4)//2 + 1)
r, j = 1, 1
layers = [(3, 1), (3, 2), (3, 1), (2, 2), (3, 1)]
out = []
for kk, ss in layers:
    r = r + (kk-1)*j; j = j*ss; out.append((j, r))
print(out)
assert out[:4] == [(1, 3), (2, 5), (2, 9), (4, 11)]
num("17", out[4][1], "planted r5", expect=False); num("19", out[4][1])
num("17", 11 + 2*4, "arithmetic as written", expect=False)
num("5", 2*2+1); num("18", 2*9)
report("en/rf")
mk("../en/receptive_field_cheatsheet.md",
   "cheat-sheet README: formulas in Markdown table cells, \\left\\lfloor \\right\\rfloor and bare \\lfloor \\rfloor, \\hat{k} for the effective kernel, bullet examples binding several values then computing, a recurrence pair with \\qquad, a table of iterates",
   "output sizes of convolution, dilated convolution and transposed convolution; effective kernel size; receptive field and jump recurrence through five layers; two 3x3 vs one 5x5",
   wrong={"| $11 + 2 \\cdot 4 = 17$ |": "arithmetic slip: 11 + 2*4 = 19 (and the sentence after it repeats 17)"},
   not_claims={"Notation: input size": "names the symbols",
               "r_l = r_{l-1} + (k_l - 1)\\,j_{l-1}, \\qquad": "the recurrences (definitions)",
               "Starting from $r_0 = 1$": "initial values",
               "| convolution | $o =": "defines the output size o (table cell)",
               "| dilated convolution |": "defines the effective kernel size",
               "| transposed convolution |": "defines the transposed convolution's output size"})
