"""A number the prose gives a defined name as a case ("With $C = 10^{21}$:", "For $C = ...$:",
"当 $C = ...$ 时", "$C = ...$ 이면") after an example gave the names its definition reaches
other values (N = 1.3·10^9, C = 120N^2): the steps of that case are worked at the number, which
stands for the name (scope.bind `case`, roles.NUMBER_SUPPOSED, equality.cased), never at the
example's values. Each row: a correct document (no step fails, some hold) and its wrong twin
(one slip in the case's own arithmetic: some step still fails)."""

import pytest

from tests.derive.twins import check_twins
from checker.derive.document import check_text

_EN = ("# Budget\n\nOur model has $N = 1.3\\times10^9$ parameters, so $D = 20N = 2.6\\times10^{{10}}$."
       "\n\n## The other way\n\nPlugging $D = 20N$ into $C = 6ND$ gives $C = 120N^2$, so "
       "$N^\\ast = \\sqrt{{C/120}}$.\n\n{cue} $N^\\ast = \\sqrt{{8.33\\times10^{{18}}}} \\approx "
       "2.89\\times10^9$ and $D^\\ast = 20N^\\ast \\approx {d}\\times10^{{10}}$ tokens.\n")
_KO = ("# 예산\n\n모델은 $N = 1.3\\times10^9$ 개 파라미터, $D = 20N = 2.6\\times10^{{10}}$ 이다.\n\n"
       "## 반대로\n\n$C = 6ND$ 에 $D = 20N$ 을 넣으면 $C = 120N^2$, 즉 $N^\\ast = \\sqrt{{C/120}}$."
       "\n\n{cue} $N^\\ast = \\sqrt{{8.33\\times10^{{18}}}} \\approx 2.89\\times10^9$, "
       "$D^\\ast = 20N^\\ast \\approx {d}\\times10^{{10}}$ 이다.\n")
_ZH = ("# 预算\n\n模型有 $N = 1.3\\times10^9$ 个参数，$D = 20N = 2.6\\times10^{{10}}$。\n\n"
       "## 反过来\n\n把 $D = 20N$ 代入 $C = 6ND$ 得 $C = 120N^2$，所以 $N^\\ast = \\sqrt{{C/120}}$。"
       "\n\n{cue}$N^\\ast = \\sqrt{{8.33\\times10^{{18}}}} \\approx 2.89\\times10^9$，"
       "$D^\\ast = 20N^\\ast \\approx {d}\\times10^{{10}}$。\n")

ROWS = [
    ("en with", _EN, "With $C = 10^{{21}}$:"),
    ("en for", _EN, "For $C = 10^{{21}}$:"),
    ("en if", _EN, "If $C = 10^{{21}}$, then"),
    ("ko 이면", _KO, "$C = 10^{{21}}$ 이면"),
    ("zh 当时", _ZH, "当 $C = 10^{{21}}$ 时，"),
]


def _doc(template: str, cue: str, d: str) -> str:
    return template.replace("{cue}", cue.replace("{{", "{").replace("}}", "}")).replace(
        "{d}", d).replace("{{", "{").replace("}}", "}")


@pytest.mark.parametrize("what, template, cue", ROWS, ids=[r[0] for r in ROWS])
def test_a_case_given_by_its_number_is_worked_at_it(what, template, cue):
    right, wrong = _doc(template, cue, "5.77"), _doc(template, cue, "6.77")
    check_twins(right, wrong)
    held = [s for s in check_text(right).steps if s.line == right.count("\n", 0, right.index(
        "8.33")) + 1]
    assert [s.verdict for s in held] == ["holds", "holds", "holds"], held


def test_the_case_ends_with_its_sentence():
    """After the sentence, the example's values hold again: C is 120N^2 at N = 1.3·10^9."""
    text = _doc(_EN, "For $C = 10^{{21}}$:", "5.77") + \
        "\nBack at our model, $C = 120N^2 = 2.028\\times10^{20}$.\n"
    assert [s.verdict for s in check_text(text).steps][-2:] == ["holds", "holds"]


# a clause's number for a name defined before (`s = a + b`): a step under it is never said to
# hold "under s = 10" at the name's old value (review22: `s^2 = 16` held so); the slip fails
@pytest.mark.parametrize("doc", [
    "Let $s = a + b$ with $a = 1$ and $b = 3$, so $s = 4$. If $s = 10$, then $2s = 20$ and "
    "$s^2 = {}$.\n",
    "$a = 1$, $b = 3$ 일 때 $s = a + b = 4$ 이다. $s = 10$ 이면 $2s = 20$ 이고 $s^2 = {}$ 이다.\n",
])
def test_a_case_for_a_defined_name_never_holds_at_its_old_value(doc):
    check_twins(doc.format("100"), doc.format("16"))
    assert not any("under s = 10" in s.method and s.verdict == "holds" and "16" in s.rhs
                   for s in check_text(doc.format("16")).steps)
