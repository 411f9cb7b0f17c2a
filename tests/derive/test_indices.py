"""Indices: the Kronecker delta, indexed claims checked with two indices equal and apart,
Σ_{k ≠ i}, and cross entropy with one-hot labels through the full chain."""

import pytest

from checker.derive.document import check_text

D = "\\frac{\\partial %s}{\\partial %s}"
SOFTMAX = "$$a_i = \\frac{e^{z_i}}{\\sum_{k} e^{z_k}}$$\n\n"
CE = SOFTMAX + "$$L = -\\sum_k y_k \\log a_k$$\n\n"


@pytest.mark.parametrize("text, verdict, where", [
    (SOFTMAX + f"$${D % ('a_i', 'z_j')} = a_i(\\delta_{{ij}} - a_j)$$", "holds", None),
    (SOFTMAX + f"$${D % ('a_i', 'z_i')} = a_i(1 - a_i)$$", "holds", None),
    (SOFTMAX + f"$${D % ('a_i', 'z_j')} = a_i(\\delta_{{ij}} + a_j)$$", "fails", None),
    (SOFTMAX + f"$${D % ('a_i', 'z_j')} = a_i(1 - a_j)$$", "fails", None),
    # right for i ≠ j, wrong for i = j: the step uses δ, so it is checked both ways
    (SOFTMAX + f"$${D % ('a_i', 'z_j')} = a_i(\\delta_{{ij}} - a_j) - \\delta_{{ij}} a_i$$",
     "fails", "(at "),
    # without δ, a step with i and j may be meant for i ≠ j: checked there only
    (SOFTMAX + f"$${D % ('a_i', 'z_j')} = -a_i a_j$$", "holds", None),
    (CE + f"$${D % ('L', 'z_j')} = -\\sum_{{k}} y_k(\\delta_{{kj}} - a_j)$$", "holds", None),
    (CE + f"$${D % ('L', 'z_j')} = a_j - y_j$$", "holds", "one-hot"),
    (CE + f"$${D % ('L', 'z_j')} = y_j - a_j$$", "fails", None),
    ("$$\\sum_{k \\ne i} y_k + y_i = \\sum_k y_k$$", "holds", None),
    ("$$\\sum_{k \\ne i} y_k = \\sum_k y_k$$", "fails", None),
])
def test_indexed_steps(text, verdict, where):
    step = check_text(text).steps[-1]
    assert step.verdict == verdict, step
    if where:
        assert where in step.method, step


@pytest.mark.parametrize("text, verdict", [
    # the norm of a plain name whose entries the step writes with two indices (the gradients
    # of several parameters, g_{p,j}): all its entries, as the double sum writes them
    ("$$\\lVert g\\rVert_2 = \\sqrt{\\sum_{p}\\sum_{j} g_{p,j}^2}$$", "holds"),
    ("$$\\|g\\|_2^2 = \\sum_{p}\\sum_{j} g_{pj}^2$$", "holds"),
    ("$$\\lVert g\\rVert_2 = \\sqrt{\\sum_{p}\\sum_{j} g_{p,j}}$$", "fails"),  # no squares
    ("$$\\|g\\|_1 = \\sum_{p}\\sum_{j} g_{pj}^2$$", "fails"),  # the 1-norm is no sum of squares
    # one index: the vector, as before
    ("$$\\|w\\|_2 = \\sqrt{\\sum_{j} w_{j}^2}$$", "holds"),
    ("$$\\|w\\|_2 = \\sum_{j} w_{j}^2$$", "fails"),
])
def test_norm_of_entries(text, verdict):
    step = check_text(text).steps[-1]
    assert step.verdict == verdict, step
