from kit import *

same((64 + 4 - 5)/2, 31.5); same((64 + 4 - 5)//2 + 1, 32); same(5*5*16, 400); same(401*32, 12832)
same(1 + 2 + 2, 5); same(2*(9*64*64), 73728); same(25*64*64, 102400); near("72", 100*73728/102400)
same(0.98/49, 0.02)
x = np.random.default_rng(0).normal(size=(7, 7)); same(fd(lambda v: 0.98*v.mean(), x), np.full((7, 7), 0.02), tol=1e-6)
same((112 + 2 - 3)//2 + 1, 56); same((112 + 2 - 3)//2, 55)
same(32*5*5*16, 12800)
key("../en/cnn_quiz_answer_explanations.md",
    "quiz answer key with explanations: bold answer letters, \\lfloor\\rfloor arithmetic inline, a '\\quad \\text{vs.} \\quad' comparison of two parameter counts, a percentage, an index-sum definition inline followed by its gradient, an instructor's note",
    "conv output size with stride and padding, parameter counts, receptive field of stacked 3x3 convs, global average pooling backward, weight-gradient shape",
    wrong={},
    plain={})
done("en/cnn_quiz_answer_explanations")
