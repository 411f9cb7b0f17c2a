"""The number a worked chain arrives at, as the value of the name it is about (outcome.py): a
claim `head = ... ≈ number` about a name no definition gives a value (a derivative nobody
expanded) states that value; later steps substituting it are checked at it, to the digits it
was written with: a correct substitution holds, an arithmetic slip fails at the values named."""

import pytest

from checker.derive.document import check_text
from checker.derive.outcome import agrees
from checker.derive.tree import Neg, Num

# δ_t named as a derivative, its value at t = 2 computed by hand (English, a notebook's style)
_RNN = ("Write $\\delta_t = \\frac{\\partial L}{\\partial a_t}$ with $a_t = w h_{t-1} + u x_t$, "
        "$h_t = \\tanh(a_t)$. We use $w = 0.5$, $y = 0.2$, $h_1 = 0.7616$, $h_2 = 0.7068$.\n\n"
        "$$\\delta_2 = \\frac{\\partial L}{\\partial a_2} = (h_2 - y)(1 - h_2^2) \\approx "
        "0.5068 \\times 0.5004 \\approx 0.2536$$\n\n")
# Korean, the value stated through the derivative of an undefined error E
_KO = ("예제: $x = 2$, $b = 1$ 로 두면 $z = 2x + b$ 이고 $q_t = \\frac{\\partial E}{\\partial "
       "z_t}$ 라 하자.\n\n$$q_1 = \\frac{\\partial E}{\\partial z_1} = 0.5 \\times 0.6225 "
       "\\approx 0.3113$$\n\n")
# Chinese, a sigmoid value stated for g_1
_ZH = ("设 $g_k = \\frac{\\partial J}{\\partial s_k}$，并取 $v = 3$，$c = 0.25$。\n\n"
       "$$g_1 = \\frac{\\partial J}{\\partial s_1} = \\frac{1}{1 + e^{-1}} \\approx 0.7311$$\n\n")
# a first value, then a new meaning with its own number: the new one is substituted
_AGAIN = (_RNN + "$$\\delta_1 = \\frac{\\partial L}{\\partial a_1} = \\delta_2 (1 - h_1^2) "
          "\\approx 0.1065$$\n\nThat dropped $w$. Fixed:\n\n$$\\delta_1 = \\delta_2 \\frac{"
          "\\partial a_2}{\\partial h_1}\\frac{\\partial h_1}{\\partial a_1} \\approx 0.2536 "
          "\\times 0.5 \\times 0.4200 \\approx 0.0533$$\n\n")

SUBSTITUTED = [
    (_RNN + "$$\\delta_2 h_1 \\approx 0.2536 \\times 0.7616$$", "holds"),
    (_RNN + "$$\\delta_2 h_1 \\approx 0.2536 \\times 0.7716$$", "fails"),
    (_RNN + "$$\\delta_2 w (1 - h_1^2) \\approx 0.0533$$", "holds"),
    (_RNN + "$$\\delta_2 w (1 - h_1^2) \\approx 0.0583$$", "fails"),
    (_KO + "$$q_1 x \\approx 0.6226$$", "holds"),
    (_KO + "$$q_1 x \\approx 0.6426$$", "fails"),
    (_ZH + "$$v\\,g_1 - c \\approx 1.943$$", "holds"),
    (_ZH + "$$v\\,g_1 - c \\approx 1.993$$", "fails"),
    (_AGAIN + "$$\\delta_2 x + \\delta_1 \\approx 0.1268 + 0.0533$$\n\n(with $x = 0.5$)", None),
]


@pytest.mark.parametrize("doc, verdict", [row for row in SUBSTITUTED if row[1]])
def test_a_name_whose_value_a_chain_stated_is_substituted_to_its_digits(doc, verdict):
    step = check_text(doc).steps[-1]
    assert step.verdict == verdict, step
    if verdict == "fails":  # the slip is named at the values used
        assert "at the example's values" in step.method, step


@pytest.mark.parametrize("doc, verdict", [
    (_AGAIN + "$v = 0.5$.\n\n$$\\delta_2 v + \\delta_1 \\approx 0.1268 + 0.0533$$", "holds"),
    (_AGAIN + "$v = 0.5$.\n\n$$\\delta_2 v + \\delta_1 \\approx 0.1268 + 0.0633$$", "fails"),
])
def test_a_new_meaning_with_its_own_number_replaces_the_first_value(doc, verdict):
    step = check_text(doc).steps[-1]
    assert step.verdict == verdict, step


@pytest.mark.parametrize("doc", [
    # within what the stated digits allow (0.3113 ± 0.00005, doubled; the claim's ± 0.00005)
    _KO + "$$q_1 x \\approx 0.6225$$",
    _KO + "$$q_1 x \\approx 0.6227$$",
    # a value rounded further when substituted
    _ZH + "$$v\\,g_1 \\approx 3 \\times 0.73$$",
    _RNN + "$$-\\ln \\delta_2 \\approx -\\ln 0.254$$",
])
def test_a_substitution_within_the_stated_rounding_never_fails(doc):
    step = check_text(doc).steps[-1]
    assert step.verdict != "fails", step


@pytest.mark.parametrize("doc", [
    # a failed step: no value to go on from
    _KO.replace("0.3113", "0.4113") + "$$q_1 x \\approx 0.8226$$",
    # the number is for a derivative, not a plain name: no name takes it
    "Let $J$ be the loss and $u = 2$.\n\n$$\\frac{\\partial J}{\\partial s} = 0.5 \\times 0.6 "
    "= 0.3$$\n\n$$u \\frac{\\partial J}{\\partial s} \\approx 0.6$$",
])
def test_no_value_is_taken_from_a_chain_that_states_none(doc):
    step = check_text(doc).steps[-1]
    assert step.verdict != "holds" or "0.4113" not in doc, step


@pytest.mark.parametrize("doc", [
    # the definition gives the value: the stated digits bind nothing
    "Take $u = 1$ and $h = \\tanh(u)$, $e_t = \\frac{\\partial E}{\\partial h_t}$.\n\n"
    "$$h = \\tanh(1) = 0.76$$\n\n$$h^2 \\approx 0.5800$$",
    "设 $r = 2$，$s = \\sqrt{r}$。\n\n$$s = \\sqrt{2} = 1.4$$\n\n$$s^2 \\approx 2.000$$",
    "예: $a = 3$, $c = a / 7$.\n\n$$c = 3/7 = 0.43$$\n\n$$7c \\approx 3.000$$",
])
def test_a_name_its_definition_gives_a_value_keeps_it_whatever_digits_are_stated(doc):
    step = check_text(doc).steps[-1]
    assert step.verdict == "holds", step


@pytest.mark.parametrize("before, number, same", [
    (0.7615941559557649, Num("0.76"), True),  # tanh(1), then `≈ 0.76`: the precise one stays
    (0.1065, Num("0.0533"), False),  # a new value: it replaces the old
    (-0.0758, Neg(Num("0.0758")), True),
    (3.0, Num("3"), True),
    (3.0, Num("4"), False),
    (None, Num("0.5"), False),  # no value before
])
def test_a_value_stated_again_to_its_digits_is_the_one_bound_before(before, number, same):
    assert agrees(before, number) is same
