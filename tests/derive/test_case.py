"""case.py: what the clause right before a step says (a case named in words, conditions written
as formulas), and which names are label-like."""

import pytest
import sympy as sp

from checker.derive import case
from checker.derive.case import conditions, cued, label_values, written
from checker.derive.context import Context

# (the clause's words, formulas shown as `$`; its formulas; whether it names a case)
CUES = [
    ("dissimilar pair, inside margin ($):", ["d < m"], True),
    ("similar pair:", [], True),
    ("For negative samples,", [], True),
    ("when", [], True),
    ("음성 샘플이면", [], True),
    ("$ 인 경우:", ["a > b"], True),
    ("负类且 $ 时：", ["p > q"], True),
    ("对于正样本，", [], True),
    ("margin 을 만족하면 ($): hinge 항은 0 →", ["y(w^\\top x + b) \\ge 1"], True),
    ("아니면:", [], True),
    ("For each negative sample:", [], True),  # a quantifier over a named case
    ("For every sample with $:", ["y = 0"], True),
    ("matching pair:", [], True),
    ("정답 클래스에 대해", [], True),
    ("对负样本：", [], True),
    # a universal quantifier names no case: the step is said to hold for every value
    ("For every sample in the batch:", [], False),
    ("For each sample:", [], False),
    ("For all $:", ["i"], False),
    ("In both cases,", [], False),
    ("모든 샘플에 대해", [], False),
    ("각 샘플에 대해", [], False),
    ("모든 경우에", [], False),
    ("对所有样本：", [], False),
    ("对每个样本，", [], False),
    ("任意样本：", [], False),
    # no case named: a plain lead-in, an equation cue, nothing
    ("so", [], False),
    ("Then", [], False),
    ("The gradient is", [], False),
    ("따라서", [], False),
    ("", [], False),
    ("因此", [], False),
    ("평면 위의 점", [], False),
    ("Gradient of the total, summed over the batch:", [], False),  # a run-in label alone
    ("for", [], False),
]


@pytest.mark.parametrize(("words", "formulas", "expected"), CUES)
def test_a_clause_names_a_case_only_with_a_cue(words, formulas, expected):
    assert cued(words, formulas) is expected


# (a clause's formulas; the conditions a Restriction applies, and orders between two names)
CONDITIONS = [
    (["d < m"], [], ["d < m"]),
    (["d \\ge m"], [], ["d ≥ m"]),
    (["x > 0"], ["x > 0"], []),
    (["y = 0"], ["y = 0"], []),
    (["t = -1"], ["t = -1"], []),
    (["z = w x + b"], [], []),  # a definition, not a condition
    (["a + b < c"], ["a + b < c"], []),  # (left to the Restriction, which may not apply it)
]


@pytest.mark.parametrize(("formulas", "plain", "between"), CONDITIONS)
def test_the_clause_conditions(formulas, plain, between):
    got = conditions(formulas)
    assert [written(r) for r in got[0]] == plain
    assert [written(r) for r in got[1]] == between


def _ctx(discrete=None, bound=()):
    ctx = Context()
    ctx.discrete.update(discrete or {})
    for name, value in bound:
        ctx.bindings.setdefault(name, []).append((1, sp.Integer(value), None))
    return ctx


LABELS = [
    (_ctx({"y": (0.0, 1.0)}), {"y", "x"}, {"y": (0.0, 1.0)}),
    (_ctx({"t": (-1.0, 1.0)}), {"t"}, {"t": (-1.0, 1.0)}),
    (_ctx(bound=[("y", 1), ("y", 0)]), {"y"}, {"y": (0.0, 1.0)}),
    (_ctx(bound=[("y", 1)]), {"y"}, {}),  # one value bound: no label
    (_ctx(bound=[("k", 2), ("k", 3)]), {"k"}, {}),  # other values: no label
    (_ctx({"c": (0.0, 1.0, 2.0)}), {"c"}, {}),  # a class index, not a label
    (_ctx({"y": (0.0, 1.0)}), {"x"}, {}),  # not a name of the step
]


@pytest.mark.parametrize(("ctx", "names", "expected"), LABELS)
def test_label_like_names(ctx, names, expected):
    assert label_values(ctx, names) == expected


@pytest.mark.parametrize("text, index, expected", [
    # the case word right beside the formula: a piece of a definition by cases
    ("$p_t = p$ if $y = 1$, and $p_t = 1 - p$ otherwise.", 2, True),
    ("$y = 0$ 이면 $p_t = 1 - p$ 이다.", 1, True),
    ("当 $y = 0$ 时 $p_t = 1 - p$。", 1, True),
    # a condition on another formula of the sentence, or a verb of working out in its -면 form
    ("$f(x) = x^2$ 이면 $f'(x) = 2x$ 이고, 정리하면 $x_{t+1} = (1 - 2\\eta) x_t$ 이다.", 2, False),
    ("대입하면 $s = 7$ 이다.", 0, False),
])
def test_a_case_word_right_beside_the_formula(text, index, expected):
    from checker.derive.markdown import read_math

    formulas, _ = read_math(text)
    assert case.beside(formulas[index]) is expected
