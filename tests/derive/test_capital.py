"""Known functions written as words (softplus, log1p: vocabulary.py) and entries written with
the lowercase of a matrix's letter (capital.py): s_{12} beside S, a guess, never a failure."""

import pytest

from checker.derive.document import check_text

_S = "$$S = \\begin{bmatrix} 0.8 & 0.2\\\\ 0.1 & 0.6\\end{bmatrix}$$\n\n"

ROWS = [
    # softplus, log1p: the numerical libraries' names, known unless the text defines them
    ("en, log-sigmoid as softplus",
     "$\\log\\sigma(x) = -\\log(1 + e^{-x}) = -\\operatorname{softplus}(-x)$.",
     ["holds", "holds"]),
    ("en, log-sigmoid as softplus (the sign inside flipped)",
     "$-\\log(1 + e^{-x}) = -\\operatorname{softplus}(x)$.", ["fails"]),
    ("zh, the stable log1p form",
     "数值稳定的写法：$$\\operatorname{log1p}\\big(e^{x}\\big) = \\max(x, 0) + "
     "\\operatorname{log1p}\\big(e^{-|x|}\\big)$$", ["holds"]),
    ("zh, the stable log1p form (max(x, 0) dropped)",
     "数值稳定的写法：$$\\operatorname{log1p}\\big(e^{x}\\big) = "
     "\\operatorname{log1p}\\big(e^{-|x|}\\big)$$",
     ["fails"]),
    ("ko, softplus at zero",
     "$\\mathrm{softplus}(0) = \\log 2 \\approx 0.6931$ 이다.", ["holds", "holds"]),
    ("ko, softplus at zero (read as ReLU's 0)",
     "$\\mathrm{softplus}(0) = 0$ 이다.", ["fails"]),
    ("en, the text's own softplus with a sharpness (PyTorch's): a definition, no claim",
     "$$\\operatorname{softplus}(x) = \\frac{1}{\\beta}\\log(1 + e^{\\beta x})$$", []),
    ("en, the text's own softplus with a sharpness, at zero",
     "Let $\\operatorname{softplus}(x) = \\frac{1}{2}\\log(1 + e^{2x})$.\n\n"
     "$$\\operatorname{softplus}(1) = \\tfrac12\\log(1 + e^2)$$", ["holds"]),
    # s_{12} beside the matrix S: the entry perhaps, never a failure as a free name
    ("ko, a margin written with S's entries",
     _S + "$$\\ell_1 = \\log\\big(1 + e^{(s_{12} - s_{11})/\\tau}\\big) = "
     "\\operatorname{softplus}\\Big(\\frac{0.2 - 0.8}{\\tau}\\Big)$$", ["undecided"]),
    ("en, a margin written with S's entries (a wrong entry put in)",
     _S + "$$\\log\\big(1 + e^{(s_{12} - s_{11})/\\tau}\\big) = "
     "\\operatorname{softplus}\\Big(\\frac{0.6 - 0.8}{\\tau}\\Big)$$", ["undecided"]),
    ("zh, no matrix S: s_{12} is a name of its own",
     "$$\\log\\big(1 + e^{s_{12} - s_{11}}\\big) = \\operatorname{softplus}(s_{11} - s_{12})$$",
     ["fails"]),
    ("en, entries given their own values",
     _S + "With $s_{12} = 0.2$ and $s_{11} = 0.8$:\n\n"
     "$$\\log\\big(1 + e^{s_{12} - s_{11}}\\big) = \\operatorname{softplus}(0.6)$$", ["fails"]),
]


@pytest.mark.parametrize("style, text, verdicts", ROWS, ids=[r[0] for r in ROWS])
def test_capital_and_words(style, text, verdicts):
    steps = check_text(text).steps
    assert [s.verdict for s in steps] == verdicts, [(s.line, s.verdict, s.method) for s in steps]
