"""Names the prose says a partial derivative holds fixed (holding.py): the run of formulas
next to the step in its sentence, with a cue before it ("holding", "固定") or after it
("fixed", "held constant", "를 고정"). Rows written for this table, none copied."""

import pytest

from checker.derive.document import check_text
from checker.derive.holding import keys, said_fixed
from checker.derive.markdown import read_math
from checker.derive.render import render
from checker.derive.tree import Sym


def _said(text: str) -> list[str]:
    formulas, _ = read_math(text)
    blocks: dict[int, list[str]] = {}
    for f in formulas:
        blocks.setdefault(f.block, []).append(f.text)
    step = [f for f in formulas if "partial" in f.text][-1]  # (the last derivative)
    return [render(s) for s in said_fixed(step, blocks)]


@pytest.mark.parametrize("text, held", [
    ("Holding $a$ fixed, $\\frac{\\partial y}{\\partial x} = a$.", ["a"]),
    ("With $p$, $i$ and $g$ held constant, $\\frac{\\partial c}{\\partial f} = p$.",
     ["p", "i", "g"]),
    ("Treating $s$ as a constant, $\\frac{\\partial y}{\\partial x} = s$.", ["s"]),
    ("$\\frac{\\partial y}{\\partial x} = a$ with $a$ fixed.", ["a"]),
    ("$\\alpha_i$ 를 고정하면 $\\frac{\\partial c}{\\partial h_1} = \\alpha_1$ 이다.", ["α_i"]),
    ("固定 $a_i$ 时，$\\frac{\\partial o}{\\partial v_1} = a_1$。", ["a_i"]),
    # no cue, a cue about a formula past a turn, a cue in another sentence: nothing held
    ("With $a = 2$, $\\frac{\\partial y}{\\partial x} = a$.", []),
    ("固定 $a_i$ 时 $\\frac{\\partial o}{\\partial v_i} = a_i$；而 $\\frac{\\partial a_1}"
     "{\\partial e_2} = -a_1 a_2$。", []),
    ("Hold $a$ fixed. Then $\\frac{\\partial y}{\\partial x} = a$.", []),
])
def test_the_names_said_fixed(text, held):
    assert _said(text) == held


def test_a_member_holds_its_family():
    assert keys((Sym("a", ("i",)),)) == {"a_i", "a_*"}
    assert keys((Sym("u"),)) == {"u"}


@pytest.mark.parametrize("text, verdict", [
    ("$u = x^2$ and $y = u x$. With $u$ held constant,\n$$\\frac{\\partial y}{\\partial x} = u.$$",
     "holds"),
    ("$u = x^2$ and $y = u x$. With $u$ held constant,\n$$\\frac{\\partial y}{\\partial x} = "
     "2u.$$", "fails"),
    # the name differentiated is never held: ∂u/∂x is u's own slope
    ("$u = x^2$. Holding $u$ fixed, $\\frac{\\partial u}{\\partial x} = 0$.", "fails"),
    # without the words, the derivative goes through u's definition
    ("$u = x^2$ and $y = u x$.\n$$\\frac{\\partial y}{\\partial x} = u.$$", "fails"),
])
def test_a_step_read_with_the_names_held(text, verdict):
    assert [s.verdict for s in check_text(text).steps][-1] == verdict
