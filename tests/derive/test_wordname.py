"""A quantity named in words inside math, standing alone as an operand (wordname.named):
`\\text{bytes moved}`, `\\text{DW-sep}`, `\\#\\text{tokens}` are one name each, checked like
any name; words beside a number (a unit) or prose between formulas stay text."""

import pytest

from checker.derive.document import check_text
from checker.derive.lexer import tokenize


@pytest.mark.parametrize("text, verdicts", [
    ("Take $\\#\\text{heads} = 4$ and $d = 8$: $$\\#\\text{heads} \\cdot d = 32$$", ["holds"]),
    ("Take $\\#\\text{heads} = 4$ and $d = 8$: $$\\#\\text{heads} \\cdot d = 30$$", ["fails"]),
    ("$$\\frac{\\text{bytes read}}{\\text{bytes read}} \\cdot \\text{peak rate} = "
     "\\text{peak rate}$$", ["holds"]),
    ("$$\\frac{\\text{bytes read}}{\\text{bytes read}} \\cdot \\text{peak rate} = "
     "2 \\cdot \\text{peak rate}$$", ["fails"]),
    ("캐시 크기 $\\text{KV-cache} = 2 L d$, $L = 4$, $d = 16$ 이면 "
     "$$\\frac{\\text{KV-cache}}{L} = 32$$", ["holds"]),
    ("캐시 크기 $\\text{KV-cache} = 2 L d$, $L = 4$, $d = 16$ 이면 "
     "$$\\frac{\\text{KV-cache}}{L} = 16$$", ["fails"]),
])
def test_a_quantity_named_in_words_is_one_name(text, verdicts):
    assert [s.verdict for s in check_text(text).steps] == verdicts


@pytest.mark.parametrize("formula, kinds", [
    ("x = 3 \\text{ bytes moved}", ["letter", "rel", "num", "text"]),  # a unit
    ("x = y \\text{ for all } i", ["letter", "rel", "letter", "text", "letter"]),  # prose
    ("\\frac{\\text{number of tokens}}{2}", ["cmd", "open", "text", "close", "open", "num",
                                              "close"]),  # a clause, not a name
    ("f(x) = 0 \\text{ if } x < 0", ["letter", "open", "letter", "close", "rel", "num", "text",
                                     "letter", "rel", "num"]),
])
def test_words_beside_a_number_or_a_name_stay_text(formula, kinds):
    assert [t.kind for t in tokenize(formula)] == kinds
