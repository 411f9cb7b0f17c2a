"""A name solved for anew in a later case (resolution.py): `... ⇒ d_i = -10` after `d_i = 15`
binds the new number on its line, so the equation is checked at it and later steps use it; a
solution that does not satisfy the equation still fails."""

import pytest

from checker.derive.document import check_text

_LENS = """Lens with $f = 10$. Object at $d_o = 30$:

$$\\frac{1}{d_i} = \\frac{1}{10} - \\frac{1}{30} = \\frac{2}{30}$$

so $d_i = 15$ cm.

Move the object to $d_o = 5$ cm:

$$\\frac{1}{d_i} = \\frac{1}{10} - \\frac{1}{5} = -\\frac{1}{10} \\quad\\Rightarrow\\quad d_i = %s$$

Then $m = -d_i/d_o = 10/5 = 2$.
"""


@pytest.mark.parametrize("solution, fails", [
    ("-10", False),
    ("-10 \\text{ cm}", False),
    ("-5", True),  # no solution of the equation
])
def test_a_name_solved_again(solution, fails):
    verdicts = [s.verdict for s in check_text(_LENS % solution).steps]
    assert ("fails" in verdicts) == fails, verdicts


@pytest.mark.parametrize("text, verdicts", [
    ("처음에 $x = 7$ 이었다. 다시 풀면 $2x + 1 = 7 \\Rightarrow x = 3$ 이고 $x^2 = 9$ 이다.",
     ["holds", "holds"]),
    ("处理后 $x = 7$。再解 $2x + 1 = 7 \\Rightarrow x = 4$,得 $x^2 = 16$。",
     ["fails", "holds"]),
])
def test_a_name_solved_again_in_one_line(text, verdicts):
    assert [s.verdict for s in check_text(text).steps] == verdicts
