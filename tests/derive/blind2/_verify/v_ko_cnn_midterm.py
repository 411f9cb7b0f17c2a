from kit import *

o = lambda n, k, s, p: (n - k + 2*p)//s + 1
same(o(28, 3, 1, 1), 28); same((28 - 3 + 2)/1 + 1, 28); same((3*3*1 + 1)*32, 320)
same(o(28, 2, 2, 0), 14); same((28 - 2)/2 + 1, 14)
same(o(14, 3, 1, 0), 12); same((14 - 3)/1 + 1, 12)
if (3*3*32 + 1)*64 == 18432: PROBLEMS.append("conv2 params line is right?")
same((3*3*32 + 1)*64, 18496)
same(o(12, 2, 2, 0), 6); same((12 - 2)/2 + 1, 6)
same(6*6*64, 2304); same((2304 + 1)*10, 23050)
same(o(14, 3, 1, 1), 14); same(o(14, 2, 2, 0), 7); same(7*7*64, 3136); same((3136 + 1)*10, 31370)
key("../ko/cnn_shapes_midterm_solution.md",
    "Korean midterm exam solution (문제/풀이/채점 기준): numbered layer list with bindings, the output-size formula, per-layer size and parameter computations with \\times, an alternative case under '참고'",
    "conv and pool output sizes and parameter counts (with bias) for a small MNIST CNN",
    wrong={"파라미터: $(3 \\times 3 \\times 32 + 1) \\times 64 = 18432$": "arithmetic slip / bias dropped: (3 x 3 x 32 + 1) x 64 = 18496; 18432 is the count without the 64 biases"},
    plain={"**풀이.** 출력 크기 공식은": "states the formulas used (definitions of O and the parameter count)"})
done("ko/cnn_shapes_midterm_solution")
