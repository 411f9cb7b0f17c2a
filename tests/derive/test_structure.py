"""Guesses about a formula's structure (structure.py): a subscript read as an index though its
letter is a quantity of the text. (A name before parentheses: test_parenthesis.py.)"""

import pytest

from checker.derive.document import check_text

# a subscript read as an index though its letter is a quantity of the text (d_k beside the
# keys k_i): a step that differs read both ways (d at an index, d_k a label) is decided; one
# that holds either way holds
_SCALING = {
    "en": "Assume the components $q_i, k_i$ are independent with mean $0$ and variance $1$.",
    "ko": "성분 $q_i, k_i$ 는 서로 독립이고 평균 $0$, 분산 $1$ 이라고 하자.",
    "zh": "设各分量 $q_i, k_i$ 相互独立，均值为 $0$，方差为 $1$。",
}


@pytest.mark.parametrize("lang, total, verdict", [
    ("en", "d_k", "holds"),
    ("en", "d_k^2", "fails"),  # d_k unit variances add up to d_k, read either way
    ("ko", "d_k", "holds"),
    ("ko", "2d_k", "fails"),
    ("zh", "d_k", "holds"),
    ("zh", "\\sqrt{d_k}", "fails"),
])
def test_a_label_subscript_that_cannot_matter(lang, total, verdict):
    text = (f"$Q \\in \\mathbb{{R}}^{{n\\times d_k}}$, $K \\in \\mathbb{{R}}^{{m\\times d_k}}$.\n\n"
            f"{_SCALING[lang]}\n\n"
            f"$$\\sum_{{i=1}}^{{d_k}}\\mathrm{{Var}}(q_i k_i) = {total}$$")
    steps = check_text(text).steps
    assert [s.verdict for s in steps] == [verdict], steps


# a one-letter subscript written once in the step (k_s, k_c, v_f), beside members of its family
# given numbers: read as an index it takes a member's number (k_2), read as a label it is a name
# of its own that the step defines; the step hinges on the guess and never fails. The
# arithmetic after it is still checked, and a name written twice is a claim of every member
_SPRINGS = {
    "en": "Two springs have $k_1 = 200$ and $k_2 = 300$ N/m. In series,",
    "ko": "두 용수철의 상수는 $k_1 = 200$, $k_2 = 300$ N/m 이다. 직렬로 연결하면",
    "zh": "两根弹簧 $k_1 = 200$、$k_2 = 300$ N/m，串联时",
}


@pytest.mark.parametrize("lang, name, tail, verdicts", [
    ("en", "k_s", " = \\frac{1}{120}", ["holds", "undecided"]),
    ("en", "k_s", " = \\frac{1}{100}", ["fails", "undecided"]),
    ("ko", "k_s", " = \\frac{5}{600} = \\frac{1}{120}", ["holds", "holds", "undecided"]),
    ("ko", "k_s", " = \\frac{5}{600} = \\frac{1}{150}", ["holds", "fails", "undecided"]),
    ("zh", "k_c", " = \\frac{1}{120}", ["holds", "undecided"]),  # (k_串 is a name: test_script)
    ("zh", "k_c", " = \\frac{1}{60}", ["fails", "undecided"]),
])
def test_a_subscript_written_once_beside_numbered_members_may_be_a_label(lang, name, tail, verdicts):
    # (the label last: `\frac{1}{k_s} = ...` first introduces k_s through its reciprocal)
    text = f"{_SPRINGS[lang]}\n\n$$\\frac{{1}}{{k_1}} + \\frac{{1}}{{k_2}}{tail} = \\frac{{1}}{{{name}}}$$"
    steps = check_text(text).steps
    assert [s.verdict for s in steps] == verdicts, steps
    assert "may be a label" in steps[-1].method, steps[-1]


@pytest.mark.parametrize("claim, verdict", [
    ("x_i^2 = 2x_i", "fails"),  # at x_2 = 3: 9 ≠ 6 (a claim of every member)
    ("x_i^2 + x_i = x_i(x_i + 1)", "holds"),
])
def test_a_member_written_twice_is_a_claim_of_every_member(claim, verdict):
    steps = check_text(f"Let $x_1 = 1$ and $x_2 = 3$.\n\n$${claim}$$").steps
    assert steps[-1].verdict == verdict, steps
