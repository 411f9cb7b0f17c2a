"""What the prose establishes (prose.py): one-hot labels. (Shapes given in words: test_declared.)"""

import pytest

from checker.derive.document import check_text, read_text
from checker.derive.markdown import read_math
from checker.derive.prose import one_hot


@pytest.mark.parametrize("text, families", [
    ("The label $\\mathbf{y}$ is one-hot.", ["y"]),
    ("정답 레이블 $\\mathbf{y}$는 원-핫 벡터이다.", ["y"]),
    ("标签 $y$ 采用 one-hot 编码。", ["y"]),
    ("With smoothing $\\varepsilon$, the one-hot target $\\mathbf{y}$ is replaced", ["y"]),
    ("The label $y$ is 1 or 0.", []),
])
def test_one_hot_labels(text, families):
    assert one_hot(read_math(text)[0]) == families


def test_a_one_hot_label_stated_in_prose_is_assumed():
    text = ("The label $\\mathbf{y}$ is one-hot.\n\n"
            "$$-y_1(1 - a_1) + y_2 a_1 + y_3 a_1 = a_1 - y_1$$")
    step = check_text(text).steps[0]
    assert step.verdict == "holds" and "does not state it" not in step.method
    _, state = read_text(text)
    assert "y" in state.ctx.normalised
