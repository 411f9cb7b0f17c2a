"""A column vector the text implies (column.py): `z = Wx` with W's shape declared and `z`
written with one index makes `x` a column of W's width, so the softmax Jacobian through `z_i`
is decided. Each row a document whose step holds, and its wrong twin, which must fail; then
documents where the text leaves x open, where no shape is implied."""

from __future__ import annotations

import pytest

from checker.derive.document import check_text, read_text
from checker.derive.column import implied_columns

_JACOBIAN = "$$\\frac{{\\partial p_i}}{{\\partial z_j}} = p_i(\\delta_{{ij}} - {last})$$\n"


def _doc(lead: str, last: str) -> str:
    return lead + "\n\n$$p_i = \\frac{e^{z_i}}{\\sum_m e^{z_m}}$$\n\n" + _JACOBIAN.format(last=last)


ROWS = [  # (what, the opening sentence of the document)
    ("English", "Let $p = \\mathrm{softmax}(z)$, $z = Wx$, $W \\in \\mathbb{R}^{K\\times d}$, "
                "loss $L = -\\sum_k y_k\\log p_k$."),
    ("Korean", "$p = \\mathrm{softmax}(z)$, $z = Wx$, $W \\in \\mathbb{R}^{K\\times d}$, 손실 "
               "$L = -\\sum_k y_k\\log p_k$ (원-핫 $y$)."),
    ("Chinese", "设 $p = \\mathrm{softmax}(z)$，$z = Wx$，其中 "
                             "$W \\in \\mathbb{R}^{K\\times d}$。"),
]


def _verdicts(text: str) -> list[str]:
    return [s.verdict for s in check_text("# notes\n\n" + text).steps
            if "\\partial p_i" in s.source or "∂p_i" in s.lhs]


@pytest.mark.parametrize("what, lead", ROWS, ids=[r[0] for r in ROWS])
def test_the_jacobian_holds(what, lead):
    assert _verdicts(_doc(lead, "p_j")) == ["holds"]


@pytest.mark.parametrize("what, lead", ROWS, ids=[r[0] for r in ROWS])
def test_the_wrong_index_fails(what, lead):
    assert _verdicts(_doc(lead, "p_i")) == ["fails"]


OPEN = [  # (what, a document where x's shape is not implied)
    ("no one index on z", "Let $z = Wx$, $W \\in \\mathbb{R}^{K\\times d}$.\n\n$$y = z + 1$$\n"),
    ("x indexed itself", "Let $z = Wx$, $W \\in \\mathbb{R}^{K\\times d}$.\n\n"
                         "$$z_i = \\sum_j W_{ij} x_{j}$$\n"),
    ("W a row", "Let $z = Wx$, $W \\in \\mathbb{R}^{1\\times d}$, and $p_i = z_i$.\n"),
    ("W of no shape", "Let $z = Wx$ and $p_i = z_i$.\n"),
]


@pytest.mark.parametrize("what, text", OPEN, ids=[r[0] for r in OPEN])
def test_no_column_implied(what, text):
    _, state = read_text("# notes\n\n" + text)
    assert "x" not in state.ctx.shapes


def test_the_column_has_ws_width():
    _, state = read_text("# notes\n\n" + _doc(ROWS[0][1], "p_j"))
    assert state.ctx.shapes["x"] == ("d", "1")
    assert implied_columns(state, 10 ** 6) == []  # declared once, not again
