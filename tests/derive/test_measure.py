"""A norm or size of a name given as a number (measure.py): no step, and the number in the
steps after it; a name with entries, a value or a definition is checked as before."""

import pytest

from checker.derive.document import check_text

_LARS = ("For one conv layer with $\\|w\\| = 2.0$, $\\|g\\| = 0.05$ and weight decay "
         "$\\beta = 5\\times10^{-4}$:\n\n")

ROWS = [
    ("en, the LARS trust ratio from given norms",
     _LARS + "$$\\text{trust} = \\frac{0.001\\,\\|w\\|}{\\|g\\| + \\beta\\|w\\|} = "
     "\\frac{0.002}{0.05 + 0.001}$$", ["holds"]),
    ("en, the LARS trust ratio from given norms (β‖w‖ dropped, 0.001 kept)",
     _LARS + "$$\\text{trust} = \\frac{0.001\\,\\|w\\|}{\\|g\\| + \\beta\\|w\\|} = "
     "\\frac{0.002}{0.05}$$", ["fails"]),
    ("en, a hypothesis class of given size",
     "A finite class with $|\\mathcal H| = 1000$ and $\\delta = 0.01$:\n\n"
     "$$\\ln|\\mathcal H| + \\ln\\frac{1}{\\delta} \\approx 6.908 + 4.605$$", ["holds"]),
    ("en, a hypothesis class of given size (log base 10)",
     "A finite class with $|\\mathcal H| = 1000$ and $\\delta = 0.01$:\n\n"
     "$$\\ln|\\mathcal H| + \\ln\\frac{1}{\\delta} \\approx 3 + 2$$", ["fails"]),
    ("ko, a squared gradient norm given",
     "$|g|^2 = 0.01$ 일 때 $$B = \\frac{4}{|g|^2} = 400$$", ["holds"]),
    ("ko, a squared gradient norm given (read as |g|)",
     "$|g|^2 = 0.01$ 일 때 $$B = \\frac{4}{|g|^2} = 40$$", ["fails"]),
    ("zh, a vocabulary size given",
     "词表大小 $|V| = 30000$，均匀猜测的交叉熵 $$\\log|V| \\approx 10.309$$", ["holds"]),
    ("zh, a vocabulary size given (log base 2 taken for ln)",
     "词表大小 $|V| = 30000$，均匀猜测的交叉熵 $$\\log|V| \\approx 14.873$$", ["fails"]),
    # checked as before: entries given, a chain that works the norm out
    ("en, a norm of a vector whose entries are given",
     "With $w = (3, 4)$ we have $\\|w\\| = 6$.", ["fails"]),
    ("en, a norm worked out in a chain",
     "$$\\|u\\| = \\sqrt{0.09 + 0.16} = 0.5$$", ["undecided", "holds"]),
]


@pytest.mark.parametrize("style, text, verdicts", ROWS, ids=[r[0] for r in ROWS])
def test_a_given_measure(style, text, verdicts):
    steps = check_text(text).steps
    assert [s.verdict for s in steps] == verdicts, [(s.line, s.verdict, s.method) for s in steps]


def test_a_measure_a_definition_is_written_in_is_a_case_of_it():
    # PPL = |V| for the uniform model, then |V| = 50000 for an example: a later case (base 2)
    # gives PPL another value, never a false alarm
    text = ("균등분포 모델은 $\\operatorname{PPL} = |V|$ 이다. 예를 들어 $|V| = 50000$ 이면 "
            "평균 NLL 은 $\\ln 50000 \\approx 10.82$ 이다.\n\n"
            "밑을 2 로 쓰면 $\\operatorname{PPL} = 2^{2} = 4$ 로 같다.\n")
    assert all(s.verdict != "fails" for s in check_text(text).steps), check_text(text).steps
