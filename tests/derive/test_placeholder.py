"""placeholder.py (and redefinition._passes_through): a name a chain passes through, never
defined nor given a value, not in the chain's first or last member, is the writer's shorthand
for what joins the ends; a link with it on one side only is undecided, never fails. A name the
text defines, or one the chain starts from, is read as usual: a wrong link with it fails."""

import pytest

from checker.derive.document import check_text


def _verdicts(text: str) -> list[tuple[str, str, str]]:
    return [(s.verdict, s.lhs, s.rhs) for s in check_text(text).steps]


_SIGMOID = "$\\sigma(u) = \\frac{1}{1 + e^{-u}}$, $1 - \\sigma(u) = \\frac{e^{-u}}{1 + e^{-u}}$.\n\n"


@pytest.mark.parametrize("text", [
    # the odds of a logistic model, through the sigmoid's argument (Korean notes)
    ("$p(x) = \\sigma(a + bx)$ 이고 오즈는 $o(x) = \\dfrac{p(x)}{1 - p(x)}$ 이다. "
     "$1 - \\sigma(z) = \\dfrac{e^{-z}}{1 + e^{-z}}$ 이므로\n\n"
     "$$o(x) = \\frac{1/(1+e^{-z})}{e^{-z}/(1+e^{-z})} = e^{z} = e^{a + bx}$$\n\n"
     "$$\\log o(x) = a + bx$$\n"),
    # the same in English, the shorthand named only in words
    (_SIGMOID + "With $p = \\sigma(a + bx)$, writing $t$ for the argument,\n\n"
     "$$\\frac{p}{1 - p} = \\frac{1/(1+e^{-t})}{e^{-t}/(1+e^{-t})} = e^{t} = e^{a + bx}$$\n"),
    # a substitution on the way, in Chinese notes
    ("设 $f(x) = x^2 + 2x + 2$。令 $t$ 为 $x + 1$，则\n\n$$f(x) = t^2 + 1 = (x + 1)^2 + 1$$\n"),
])
def test_a_name_passed_through_never_fails(text):
    steps = _verdicts(text)
    assert steps and all(v != "fails" for v, _, _ in steps), steps


@pytest.mark.parametrize("text", [
    # the name defined: read with its definition, the wrong link fails
    ("$z = a + bx$ 이고 $p = \\sigma(z)$ 이다.\n\n"
     "$$\\frac{p}{1 - p} = e^{z} = e^{a + 2bx}$$\n"),
    # the name in the chain's first member: an identity in it, wrong
    ("Then $$\\frac{1}{1 + e^{-t}} + \\frac{e^{-t}}{1 + e^{-t}} = e^{t} = 2$$\n"),
    # a single step, no chain to pass through (w written in another formula of the text)
    ("设 $u = 2v$，$w > 0$。则 $$u + 1 = 3w$$\n"),
])
def test_a_name_the_chain_starts_from_or_the_text_defines_is_checked(text):
    steps = _verdicts(text)
    assert any(v == "fails" for v, _, _ in steps), steps


# a name redefined by a chain through a name said in words: the chain's end is its value
# (o(x) = e^{s} = e^{1 + 2x}, s the score): what follows reads o as e^{1 + 2x}
_ODDS_EN = ("The odds are $o(p) = \\frac{p}{1 - p}$, so $o(0.8) = 4$.\n\n"
            "With a linear score, the model's odds are $o(x) = e^{s} = e^{1 + 2x}$.\n\n"
            "Hence $\\log o(x) = VALUE$.\n")
_ODDS_KO = ("$g(u) = u^2$ 이므로 $g(3) = 9$.\n\n"
            "점수를 쓰면 $g(x) = e^{t} = e^{2x}$ 이다.\n\n"
            "따라서 $\\log g(x) = VALUE$ 이다.\n")
_ODDS_ZH = ("$h(q) = 2q$，所以 $h(1) = 2$。\n\n"
            "用打分表示：$h(x) = \\exp(r) = \\exp(3 - x)$。\n\n"
            "于是 $\\ln h(x) = VALUE$。\n")


@pytest.mark.parametrize("text, verdict", [
    (_ODDS_EN.replace("VALUE", "1 + 2x"), "holds"),
    (_ODDS_KO.replace("VALUE", "2x"), "holds"),
    (_ODDS_ZH.replace("VALUE", "3 - x"), "holds"),
    (_ODDS_EN.replace("VALUE", "1 + x"), "fails"),  # the wrong twins
    (_ODDS_ZH.replace("VALUE", "3 + x"), "fails"),
])
def test_a_definition_through_a_name_said_in_words_is_its_chains_end(text, verdict):
    steps = check_text(text).steps
    assert [s.verdict for s in steps if s.line == 5] == [verdict], \
        [(s.line, s.verdict, s.method) for s in steps]
    assert not any(s.verdict == "fails" for s in steps if s.line < 5)


@pytest.mark.parametrize("text", [
    # a first value with a parameter given later (β_2) and a name the end writes too (g_1):
    # no placeholder, the name keeps its first value
    "$$\\hat v_1 = \\frac{(1 - \\beta_2)\\, g_1^2}{1 - \\beta_2} = g_1^2$$\n\n"
    "Take $\\beta_2 = 0.999$ and $g_1 = 0.2$.\n\n$$\\sqrt{\\hat v_1} = 0.2$$\n",
    "$$s = \\frac{a b}{a} = b$$\n\n$a = 2$, $b = 3$ 이면\n\n$$s + 1 = 4$$\n",
])
def test_a_first_value_with_given_names_stays_the_definition(text):
    verdicts = [s.verdict for s in check_text(text).steps]
    assert "fails" not in verdicts and "holds" in verdicts, \
        [(s.line, s.verdict, s.method) for s in check_text(text).steps]


def test_a_worked_example_chain_keeps_its_formula():
    # the chain ends at a number (a worked example over a tuple's entries p_i): D keeps its
    # formula in p, so a wrong derivative of it still fails
    text = ("확률 $p = (0.9, 0.8, 0.1, 0.3)$, 정답 $g = (1, 1, 0, 1)$.\n\n"
            "$$D = \\frac{2\\sum_i p_i g_i}{\\sum_i p_i + \\sum_i g_i} = \\frac{2 \\cdot 2.0}{2.1 + 3}"
            " = \\frac{4}{5.1} \\approx 0.784$$\n\n"
            "$I = \\sum p_i g_i$, $S = \\sum p_i + \\sum g_i$ 로 두면\n\n"
            "$$\\frac{\\partial D}{\\partial p_i} = \\frac{2 g_i S - 2I}{S^2}$$\n\n"
            "- $i = 3$: $\\partial D/\\partial p_3 = \\frac{2(0 \\cdot 5.1 - 2)}{5.1} \\approx -0.784$\n")
    steps = check_text(text).steps
    assert [s.verdict for s in steps if s.line == 9][:1] == ["fails"], \
        [(s.line, s.verdict, s.method) for s in steps]
