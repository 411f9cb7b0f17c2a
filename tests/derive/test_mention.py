"""mention.py: a name typed as a plain word of the prose, its value in math ("for SNR $= 0.01$",
"with lr $= 0.1$", "N $= 64$ 일 때"): when the word spells a name the math uses, the formula
binds it for the steps after it; a word the math never writes binds nothing. A value restated
in another unit ("$v = 72$ km/h $= 20$ m/s") gives the name the new number too. Each row: a correct
document (no step may fail) and a wrong twin (one slip: some step must fail)."""

import pytest

from checker.derive.document import check_text
from tests.derive.twins import check_twins

_RATE = "The rate is $C = B\\log_2(1 + \\mathrm{SNR})$ with $B = 2$ and $\\mathrm{SNR} = 3$.\n\n"
_SGD = "One step: $w' = w - \\mathrm{lr} \\cdot g$ with $w = 1$, $g = 2$ and $\\mathrm{lr} = 0.1$.\n\n"

ROWS = [
    ("an acronym in words, a case after 'for'",
     _RATE + "For SNR $= 7$ we get $C = 2 \\times 3 = 6$.",
     _RATE + "For SNR $= 7$ we get $C = 2 \\times 4 = 8$."),
    ("a plain letter name typed in words, ko",
     "$S = n(n + 1)/2$ 이고 $n = 4$ 이면 $S = 10$.\n\nn $= 6$ 일 때 $S = 21$ 이다.",
     "$S = n(n + 1)/2$ 이고 $n = 4$ 이면 $S = 10$.\n\nn $= 6$ 일 때 $S = 20$ 이다."),
    # a value restated in another unit right after it is given: the name takes the new number,
    # the first stays in force under it (a step in either unit holds)
    ("a speed restated in m/s, en",
     "The car runs at $v = 72$ km/h $= 20$ m/s and brakes at $a = 5$ m/s².\n\n"
     "It stops in $s = v^2/(2a) = 400/10 = 40$ m; $d = 144$ km takes $d/v = 2$ h.",
     "The car runs at $v = 72$ km/h $= 20$ m/s and brakes at $a = 5$ m/s².\n\n"
     "It stops in $s = v^2/(2a) = 400/10 = 40$ m; $d = 144$ km takes $d/v = 3$ h."),
    ("a speed restated in m/s, zh",
     "汽车速度 $v = 72$ km/h $= 20$ m/s，加速度 $a = 5$ m/s²。\n\n刹车距离 $s = v^2/(2a) = 40$ m。",
     "汽车速度 $v = 72$ km/h $= 20$ m/s，加速度 $a = 5$ m/s²。\n\n刹车距离 $s = v^2/(2a) = 80$ m。"),
    ("a word-name of the math (lr) given anew, en",
     _SGD + "With lr $= 0.2$, $w' = 1 - 0.4 = 0.6$.",
     _SGD + "With lr $= 0.2$, $w' = 1 - 0.2 = 0.8$."),
]


@pytest.mark.parametrize("what, right, wrong", ROWS, ids=[r[0] for r in ROWS])
def test_the_named_value_is_bound(what, right, wrong):
    check_twins(right, wrong)


def test_a_word_right_after_a_formula_is_its_unit():
    """"$... = 2^{30}$ B $= 1$ GiB": B is bytes, the value's unit, not the batch size B."""
    text = ("Batch $B = 8$, so the scores take $2^{27} \\times 8 = 2^{30}$ B $= 1$ GiB.\n\n"
            "Per sample: $2^{30}/B = %s$ bytes.")
    assert "fails" not in [s.verdict for s in check_text(text % "2^{27}").steps]
    assert check_text(text % "2^{28}").steps[-1].verdict == "fails"


def test_a_word_the_math_never_writes_binds_nothing():
    text = _RATE + "The noise $= 7$ here, and $C = 2 \\times 2 = 4$."
    assert [s.verdict for s in check_text(text).steps][-2:] == ["holds", "holds"]
