"""A function whose subscript is a parameter (subscripted.py): S_λ(v) defined, S_{0.5}(1.5) is
S at λ = 0.5; only a number in the subscript, and only where the text defines no such member."""

import pytest

from checker.derive.document import check_text

_SOFT = "$$S_\\lambda(v) = \\operatorname{sign}(v)\\max(|v| - \\lambda,\\ 0)$$\n\n"

ROWS = [
    ("en, the soft threshold at two parameters",
     _SOFT + "Then $S_{0.5}(1.5) = 1.0$ and $S_1(3) = 2$.", ["holds", "holds"]),
    ("en, the soft threshold at two parameters (λ added, not subtracted)",
     _SOFT + "Then $S_{0.5}(1.5) = 2.0$.", ["fails"]),
    ("zh, a model family at θ = 2",
     "$$f_\\theta(x) = \\theta x^2$$\n\n于是 $f_{2}(3) = 18$。", ["holds"]),
    ("zh, a model family at θ = 2 (x not squared)",
     "$$f_\\theta(x) = \\theta x^2$$\n\n于是 $f_{2}(3) = 6$。", ["fails"]),
    ("ko, a temperature in the subscript",
     "$$h_\\tau(x) = \\frac{x}{\\tau}$$\n\n온도 2에서 $h_{2}(3) = 1.5$ 이다.", ["holds"]),
    # not read: a member the text defines, a letter in the subscript, a body without the letter
    ("en, a member defined on its own",
     _SOFT + "$$S_2(v) = v$$\n\n$$S_2(3) = 3$$", ["holds"]),
    ("en, a letter in the subscript",
     _SOFT + "$$S_{k}(3) = 2$$", ["undecided"]),
    ("zh, the subscript not in the body (a layer number)",
     "$$f_l(x) = 2x$$\n\n$$f_{3}(1) = 5$$", ["undecided"]),
]


@pytest.mark.parametrize("style, text, verdicts", ROWS, ids=[r[0] for r in ROWS])
def test_a_subscript_as_a_parameter(style, text, verdicts):
    steps = check_text(text).steps
    assert [s.verdict for s in steps] == verdicts, [(s.line, s.verdict, s.method) for s in steps]
