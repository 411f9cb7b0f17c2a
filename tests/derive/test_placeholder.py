"""placeholder.py (and link._passes_through): a name a chain passes through, never defined nor
given a value, not in the chain's first or last member, is the writer's shorthand for what
joins the ends; a link with it on one side only is undecided, never fails. A name the text
defines, or one the chain starts from, is read as usual: a wrong link with it fails."""

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
