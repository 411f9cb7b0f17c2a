"""A name read with its older meaning inside a definition written before the new one
(doubt.renewed): the step is read again with every such name in its new meaning; one that
differs both ways fails, one that holds either way holds. Each row: momentum unrolled after
SGD's update rule (θ given a new update on a later line, g_t = ∇L(θ_t) written under the old
one), right, and its wrong twin (β for β²)."""

from __future__ import annotations

import pytest

from checker.derive.document import check_text

_BODY = ("$$\\theta_{{t+1}} = \\theta_t - \\eta g_t$$\n\n{where} $g_t = \\nabla_\\theta "
         "L(\\theta_t)$.\n\n## 2\n\n$$v_t = \\beta v_{{t-1}} + g_t$$\n\n"
         "$$\\theta_{{t+1}} = \\theta_t - \\eta v_t$$\n\n{unroll} $v_0 = 0$:\n\n"
         "$$v_1 = g_1$$\n\n$$v_2 = \\beta g_1 + g_2$$\n\n"
         "$$v_3 = \\beta v_2 + g_3 = g_3 + \\beta g_2 + {last} g_1$$\n")
ROWS = [  # (what, the words around the formulas)
    ("English", {"where": "where", "unroll": "Unrolling from"}),
    ("Korean", {"where": "여기서", "unroll": "점화식을 펼치면,"}),
    ("Chinese", {"where": "其中", "unroll": "令"}),
]


def _last(words: dict, last: str) -> list[str]:
    text = "# 1\n\n" + _BODY.format(last=last, **words)
    return [s.verdict for s in check_text(text).steps if s.line == text.count("\n")]


@pytest.mark.parametrize("what, words", ROWS, ids=[r[0] for r in ROWS])
def test_the_unrolled_sum_holds(what, words):
    assert _last(words, "\\beta^2") == ["holds", "holds"]


@pytest.mark.parametrize("what, words", ROWS, ids=[r[0] for r in ROWS])
def test_the_wrong_power_fails(what, words):
    assert _last(words, "\\beta") == ["holds", "fails"]
