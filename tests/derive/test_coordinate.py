"""A function of one vector applied to its coordinates (coordinate.py): `g(2, 1)` for g(v) of a
vector v the text gives two entries is g at the point (2, 1)."""

import pytest

from checker.derive.document import check_text

_NORM = ("Let $g(\\mathbf{v}) = \\mathbf{v}^\\top \\mathbf{v}$ at $\\mathbf{v} = (3, 4)^\\top$: "
         "$g(\\mathbf{v}) = 25$.\n\nNearby, $g(3, 4.1) = %s$.")


@pytest.mark.parametrize("value, verdict", [
    ("25.81", "holds"),
    ("26.81", "fails"),  # the wrong twin: a slip at the point listed
])
def test_a_vector_function_at_its_coordinates(value, verdict):
    steps = check_text(_NORM % value).steps
    assert steps[-1].verdict == verdict, steps


def test_no_vector_of_that_many_entries_is_no_point():
    # v is given three entries: g(3, 4.1) lists two, so which point is meant is not known
    text = ("Let $g(\\mathbf{v}) = \\mathbf{v}^\\top \\mathbf{v}$ at $\\mathbf{v} = (3, 4, 0)^\\top$."
            "\n\nNearby, $g(3, 4.1) = 26.81$.")
    assert check_text(text).steps[-1].verdict == "undecided", check_text(text).steps
