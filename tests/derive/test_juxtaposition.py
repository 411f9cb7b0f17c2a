"""juxtaposition.py: a name written against a bracket. A name the text has bound to a number,
before a bracket of two or more entries, is that number times a tuple (`α\\,(1, 2)` after
`α = 0.5`), never a function of two arguments; a function the text defines stays applied."""

import pytest

from checker.derive.document import check_text


@pytest.mark.parametrize("text, verdict", [
    ("With $\\alpha = 0.5$ and $u = (2, 3)$: $u - \\alpha\\,(2, 4) = (1,\\ 1)$.", "holds"),
    ("Take $\\beta = 3$ and $u = (1, 1)$. Then $u + \\beta (1, 2) = (4,\\ 7)$.", "holds"),
    # wrong twins: the product is checked, so a wrong entry fails
    ("With $\\alpha = 0.5$ and $u = (2, 3)$: $u - \\alpha\\,(2, 4) = (1,\\ 2)$.", "fails"),
    ("Take $\\beta = 3$ and $u = (1, 1)$. Then $u + \\beta (1, 2) = (4,\\ 6)$.", "fails"),
    # a function of two arguments the text defines is applied, bound number or not
    ("Let $g(a, b) = a + 2b$ and $c = 1$. Then $g(1, 2) = 5$.", "holds"),
    ("Let $g(a, b) = a + 2b$ and $c = 1$. Then $g(1, 2) = 4$.", "fails"),
    # a bracket of names after a name bound to a number: a function of them, no product
    ("We measured $W = 0.5$, so the distance is $W(P, Q) = 0.5$.", []),
])
def test_a_number_before_a_tuple_is_a_product(text, verdict):
    assert [s.verdict for s in check_text(text).steps][-1:] == ([verdict] if verdict else [])
