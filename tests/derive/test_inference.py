"""Shapes inferred for matrix algebra written without declared shapes (inference.py): the
step is checked at the most general sizes it allows; it can hold, and a disagreement on
inferred shapes is undecided, never wrong."""

import pytest

from checker.derive import inference
from checker.derive.document import check_text
from checker.derive.notation import parse_expression

D = "\\frac{\\partial}{\\partial %s}"


@pytest.mark.parametrize("text, verdict", [
    (f"$${D % 'x'} a^T x = a$$", "holds"),
    (f"$${D % 'x'} x^T A x = (A + A^T)x$$", "holds"),
    (r"$$\mathrm{tr}(ABC) = \mathrm{tr}(CAB)$$", "holds"),
    (r"$$\mathrm{tr}(A^T B) = \mathrm{tr}(B^T A)$$", "holds"),
    (r"$$(y - Xw)^T(y - Xw) = y^T y - 2y^T X w + w^T X^T X w$$", "holds"),
    (f"$${D % 'X'} \\mathrm{{tr}}(AX) = A^T$$", "holds"),
    # wrong on inferred shapes: undecided, with the shapes it took
    (f"$${D % 'x'} x^T A x = 2Ax$$", "undecided"),  # only for a symmetric A
    (r"$$(y - Xw)^T(y - Xw) = y^T y - y^T X w + w^T X^T X w$$", "undecided"),
    # scalars stay scalars: no matrix algebra written, no shapes inferred
    ("$$O(N, F, S) = (N - F)/S + 1$$\n\n$$O(7, 3, 1) = 5$$", "holds"),
])
def test_steps_on_inferred_shapes(text, verdict):
    steps = check_text(text).steps
    assert steps and steps[-1].verdict == verdict, steps
    if verdict == "undecided":
        assert "inferred" in steps[-1].method


@pytest.mark.parametrize("tex, shapes", [
    (r"x^T A x", {"x": ("?1", "1"), "A": ("?1", "?1")}),
    (r"\mathrm{tr}(AB)", {"A": ("?1", "?2"), "B": ("?2", "?1")}),
    (r"X^T (Xw - y)", {"X": ("?1", "?2"), "w": ("?2", "1"), "y": ("?1", "1")}),
])
def test_unification(tex, shapes):
    node = parse_expression(tex)
    found = inference.infer([node], [node], {}, lambda sym: None, set())
    # the classes are named in order of creation: compare the pattern, not the names
    rename: dict[str, str] = {}
    for name in sorted(found):
        for got, want in zip(found[name], shapes[name]):
            assert rename.setdefault(got, want) == want, (found, shapes)
