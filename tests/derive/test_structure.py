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
