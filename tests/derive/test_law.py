"""A number stated for a statistic of variables whose law the text declares in numbers (law.py):
a claim the law decides, never a premise the steps after it use. Each row: a correct document
(it holds) and its wrong twin (it fails), en/ko/zh; a law with a name for a parameter leaves the
statement a premise (no step, never a failure)."""

import pytest

from checker.derive.document import check_text

ROWS = [
    ("the second moment of a standard normal, en",
     "Let $X \\sim \\mathcal N(0, 1)$.\n\n$$\\mathbb E[X^2] = {}$$\n", "1", "2"),
    ("the variance of a normal with numbers, ko",
     "$Z \\sim \\mathcal{{N}}(2, 4)$ 이면 $$\\operatorname{{Var}}(Z) = {}$$ 이다.\n", "4", "2"),
    ("the mean of a Bernoulli mask, zh",
     "设 $m \\sim \\mathrm{{Bernoulli}}(0.3)$，则 $$\\mathbb{{E}}[m] = {}$$。\n", "0.3", "0.5"),
    ("a scaled mean, en",
     "Let $X \\sim \\mathcal N(1, 1)$.\n\n$$\\mathbb E[3X] = {}$$\n", "3", "1"),
]


def _verdicts(text: str) -> list[str]:
    return [s.verdict for s in check_text(text).steps]


@pytest.mark.parametrize("what, text, right, wrong", ROWS, ids=[r[0] for r in ROWS])
def test_the_law_decides_a_stated_statistic(what, text, right, wrong):
    assert _verdicts(text.format(right)) == ["holds"]
    assert _verdicts(text.format(wrong)) == ["fails"]


def test_a_later_step_goes_on_from_the_law_not_from_a_wrong_statement():
    text = ("Let $m \\sim \\mathrm{Bernoulli}(0.3)$.\n\n$$\\mathbb E[m] = 0.5$$\n\n"
            "$$\\mathbb E[2m] = 2\\,\\mathbb E[m] = 0.6$$\n")
    steps = check_text(text).steps
    assert [(s.line, s.verdict) for s in steps] == [(3, "fails"), (5, "holds"), (5, "holds")]


@pytest.mark.parametrize("text", [
    # a name for a parameter: the statement may choose it (He: Var(w) = 2/n)
    "Let $w \\sim \\mathcal N(0, \\sigma^2)$ and choose $$\\operatorname{Var}(w) = 2$$\n",
    # no law: a premise
    "Assume $$\\mathbb E[r] = 0.5$$ for the reward.\n",
    # a requirement: the text chooses the law (ko: "분산이 1 이 되려면")
    "$w \\sim \\mathcal N(0, 2)$ 일 때 분산이 1 이 되려면 $\\operatorname{Var}(w) = 1$ 이어야 한다.\n",
])
def test_a_statistic_the_law_does_not_fix_is_no_failure(text):
    assert "fails" not in _verdicts(text)


def test_a_law_from_another_section_leaves_the_statement_a_premise():
    text = ("## Part 1\n\nLet $X \\sim \\mathcal N(0, 1)$.\n\n## Part 2\n\n"
            "Now the variance is four: $$\\operatorname{Var}(X) = 4$$\n")
    assert "fails" not in _verdicts(text)
