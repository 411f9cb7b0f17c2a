"""A command's braced arguments (group.py): an indicator the text names by its index
(`\\mathbb{1}_j`) is a name of its own, while `\\mathbb{1}_{x > 0}` stays the indicator of its
condition; `\\underset{k}{\\max}` is the operator with its limit."""

import pytest

from checker.derive.document import check_text
from checker.derive.group import named_indicator
from checker.derive.notation import parse_expression
from checker.derive.tree import Sym, walk


@pytest.mark.parametrize("text, end", [
    (r"{1}_j", 3),
    (r"1_{y_i}", 1),
    (r"{ 1 }_{j}", 5),
    (r"{1}_{x > 0}", None),  # a condition: the indicator of it
    (r"{1}_{k \ne y}", None),
    (r"{1}_{i \in S}", None),
    (r"{1}[z > 0]", None),  # no index
    (r"{12}_j", None),
])
def test_a_named_indicator_is_one_with_an_index_and_no_condition(text, end):
    assert named_indicator(text, 0) == end


@pytest.mark.parametrize("tex, index", [
    (r"\mathbb{1}_j", ("j",)),
    (r"\mathbb 1_{y_i}", ("y_i",)),
])
def test_a_named_indicator_reads_as_a_name(tex, index):
    (sym,) = [n for n in walk(parse_expression(tex)) if isinstance(n, Sym)]
    assert (sym.base, sym.index) == ("𝟙", index)


_HINGE = {
    "en": ("The hinge loss $L_i = \\sum_{j \\ne y} \\max(0, s_j - s_y + 1)$. Write "
           "$\\mathbb{1}_j = \\mathbb{1}[s_j - s_y + 1 > 0]$. Then $%s$.\n"),
    "ko": ("힌지 손실 $L_i = \\sum_{j \\ne y} \\max(0, s_j - s_y + 1)$ 에서 "
           "$\\mathbb{1}_j = \\mathbb{1}[s_j - s_y + 1 > 0]$ 라 하면 $$%s$$\n"),
    "zh": ("铰链损失 $L_i = \\sum_{j \\ne y} \\max(0, s_j - s_y + 1)$，记 "
           "$\\mathbb{1}_j = \\mathbb{1}[s_j - s_y + 1 > 0]$，则 $%s$。\n"),
}


@pytest.mark.parametrize("text, verdicts", [
    (_HINGE["en"] % "\\frac{\\partial L_i}{\\partial s_y} = -\\sum_{j \\ne y} \\mathbb{1}_j",
     ["holds"]),
    (_HINGE["ko"] % "\\frac{\\partial L_i}{\\partial s_y} = -\\sum_{j \\ne y} (s_j - s_y + 1)",
     ["fails"]),
    (_HINGE["zh"] % "\\frac{\\partial L_i}{\\partial s_y} = -\\sum_{j \\ne y} \\mathbb 1_j",
     ["holds"]),
    # never defined: a name on the right side only, so a step that differs proves nothing
    ("$$\\frac{\\partial L}{\\partial z} = \\mathbb{1}_j - p$$ for $L = z^2$.\n", ["undecided"]),
])
def test_steps_through_a_named_indicator(text, verdicts):
    assert [s.verdict for s in check_text(text).steps] == verdicts
