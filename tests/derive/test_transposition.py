"""A value that disagrees with an earlier definition only by two of its inputs swapped
(transposition.py): the definition was never checked, so the step is undecided and names it;
any other disagreement still fails."""

import pytest

from checker.derive.document import check_text

_SPEEDUP = ("Old run $T_{old} = 12$ s, new run $T_{new} = 3$ s.\n\n"
            "$$S = \\frac{T_{new}}{T_{old}} = \\frac{3}{12}$$\n\n"
            "So the speed-up is $S = VALUE$.\n")
_BP_KO = ("후보 길이 $c = 12$, 참조 길이 $r = 15$.\n\n"
          "$$BP = \\exp(1 - c/r) = \\exp(1 - 12/15)$$\n\n"
          "따라서 $BP = VALUE$ 이다.\n")
_RATIO_ZH = ("设 $m = 3$，$n = 12$。\n\n"
             "$$q = \\frac{m}{n} = \\frac{3}{12}$$\n\n"
             "所以 $q = VALUE$。\n")


def _verdict(text, line):
    return [s.verdict for s in check_text(text).steps if s.line == line]


# (style, document, the line of the value, its verdict)
ROWS = [
    ("en, a speed-up upside down", _SPEEDUP.replace("VALUE", "4"), 5, ["undecided"]),
    ("ko, BP with c and r swapped", _BP_KO.replace("VALUE", "e^{-1/4}"), 5, ["undecided"]),
    ("zh, a ratio upside down", _RATIO_ZH.replace("VALUE", "4"), 5, ["undecided"]),
    # the value the definition gives holds; any other value, no swap of two inputs, fails
    ("en, the definition's own value", _SPEEDUP.replace("VALUE", "0.25"), 5, ["holds"]),
    ("en, a wrong value that is no swap", _SPEEDUP.replace("VALUE", "0.5"), 5, ["fails"]),
    ("ko, a wrong value that is no swap", _BP_KO.replace("VALUE", "e^{-1/3}"), 5, ["fails"]),
    ("zh, a wrong value that is no swap", _RATIO_ZH.replace("VALUE", "0.5"), 5, ["fails"]),
    # a general formula alone on its line, then a value with two inputs swapped: the usual
    # slip of the value, still a failure
    ("en, a general formula, then a swapped value",
     "Old run $T_{old} = 12$ s, new run $T_{new} = 3$ s.\n\n$$S = \\frac{T_{new}}{T_{old}}$$\n\n"
     "So the speed-up is $S = 4$.\n", 5, ["fails"]),
]


@pytest.mark.parametrize("style, text, line, verdicts", ROWS, ids=[r[0] for r in ROWS])
def test_a_swapped_definition(style, text, line, verdicts):
    assert _verdict(text, line) == verdicts, [(s.line, s.verdict, s.method)
                                              for s in check_text(text).steps]


def test_the_diagnosis_names_the_definitions_line_and_the_swap():
    step = next(s for s in check_text(_SPEEDUP.replace("VALUE", "4")).steps if s.line == 5)
    assert "line 3" in step.method and "T_{old}" in step.method and "T_{new}" in step.method
