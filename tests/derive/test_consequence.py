"""What a chain derived about a statistic (consequence.py): `E[y^2] = ... = x^2/p`, every link
holding, then the statistic at the example's values (`E[y^2] = 4/0.8`), where the text's later
indexed masks leave its distribution unread: the step holds with the derived value; a wrong
number stays undecided (a statistic's rules are not modelled), never held; a name of the
argument defined again after the derivation leaves the derived value out."""

import pytest

from checker.derive.document import check_text

_EN = ("Let $m \\sim \\text{{Bernoulli}}(q)$ and $h = \\dfrac{{m\\,a}}{{q}}$.\n\n"
       "$$\\mathbb{{E}}[h^2] = \\frac{{a^2}}{{q^2}}\\mathbb{{E}}[m^2] = \\frac{{a^2}}{{q}}$$\n\n"
       "{again}With $q = 0.5$, $a = 3$: $\\mathbb{{E}}[h^2] = {rhs}$.\n\n"
       "For $u = \\sum_i w_i m_i a_i / q$ with independent masks, "
       "$\\mathbb{{E}}[u] = \\sum_i w_i a_i$.")
_KO = ("$m \\sim \\text{{Bernoulli}}(q)$ 이고 $h = \\dfrac{{m\\,a}}{{q}}$ 이다.\n\n"
       "$$\\mathbb{{E}}[h^2] = \\frac{{a^2}}{{q^2}}\\mathbb{{E}}[m^2] = \\frac{{a^2}}{{q}}$$\n\n"
       "{again}$q = 0.8$, $a = 2$ 이면 $\\mathbb{{E}}[h^2] = {rhs}$ 이다.\n\n"
       "$u = \\sum_i w_i m_i a_i / q$ 에서 마스크들이 독립이면 $\\mathbb{{E}}[u] = \\sum_i w_i a_i$ 이다.")
_ZH = ("设 $r \\sim \\text{{Bernoulli}}(p)$，$z = \\dfrac{{r\\,w}}{{p}}$。\n\n"
       "$$\\mathbb{{E}}[z^2] = \\frac{{w^2}}{{p^2}}\\mathbb{{E}}[r^2] = \\frac{{w^2}}{{p}}$$\n\n"
       "{again}取 $p = 0.25$，$w = 1$，则 $\\mathbb{{E}}[z^2] = {rhs}$。\n\n"
       "对 $s = \\sum_i v_i r_i w_i / p$（各掩码独立），$\\mathbb{{E}}[s] = \\sum_i v_i w_i$。")


def _at_example(text: str):
    """The step from the statistic at the example's values (the third paragraph)."""
    line = text.split("\n\n")[2].count("\n") + 5
    return next(s for s in check_text(text).steps if s.line == line and "(" in s.lhs)


@pytest.mark.parametrize("text", [
    _EN.format(again="", rhs="9/0.5 = 18"), _KO.format(again="", rhs="4/0.8 = 5"),
    _ZH.format(again="", rhs="1/0.25 = 4"),
])
def test_a_statistic_at_the_examples_values_holds_with_its_derived_value(text):
    step = _at_example(text)
    # (statistic.py reads the same step through the distributions in force first)
    assert step.verdict == "holds" and ("derived above" in step.method or
                                        "at the example's values" in step.method), step


@pytest.mark.parametrize("text", [
    _EN.format(again="", rhs="9/0.25 = 36"), _KO.format(again="", rhs="4/0.2 = 20"),
    _ZH.format(again="", rhs="1/0.5 = 2"),
    # h defined again after the derivation: its derived value is no longer in force
    _EN.format(again="Next, take $h = m\\,a$. ", rhs="9/0.5 = 18"),
])
def test_a_statistic_not_agreeing_with_its_derived_value_is_not_held(text):
    assert _at_example(text).verdict != "holds", _at_example(text)
