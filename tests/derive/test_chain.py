"""Chains (chain.py): in a chain of approximations `A ≈ B ≈ C` every member approximates the
first, so a link B ≈ C that differs only as two roundings of A's value differ holds (A ≈ B
held, A ≈ C holds to C's digits); a C that approximates neither fails, and so does an `=`
link, which claims B's value itself."""

import pytest

from checker.derive.document import check_text


def _verdicts(text: str) -> list[str]:
    return [s.verdict for s in check_text(text).steps]


@pytest.mark.parametrize("text, verdict", [
    # 0.9933 × 0.0067 = 0.006655 (0.0067 to four places); σ'(5) = 0.006648 (0.0066)
    ("$\\sigma(5) \\approx 0.9933$, so $\\sigma'(5) \\approx 0.9933 \\times 0.0067 \\approx "
     "0.0066$", "holds"),
    ("$\\sigma(5) \\approx 0.9933$, so $\\sigma'(5) \\approx 0.9933 \\times 0.0067 \\approx "
     "0.0076$", "fails"),
    ("由对称性 $\\sigma'(-5) \\approx 0.9933 \\times 0.0067 \\approx 0.0066$", "holds"),
    # tanh'(1) = 0.419974: 1 - 0.7616² = 0.41997 (0.4200); written 0.4199, both round it
    ("$$\\tanh'(1) = 1 - \\tanh^2 1 \\approx 1 - 0.7616^2 \\approx 0.4199$$", "holds"),
    ("$$\\tanh'(1) = 1 - \\tanh^2 1 \\approx 1 - 0.7616^2 \\approx 0.2384$$", "fails"),
    # numbers only: no exact first member to round, the product decides
    ("$$0.9933 \\times 0.0067 \\approx 0.0066$$", "fails"),
])
def test_a_chain_of_approximations_rounds_its_first_member(text, verdict):
    assert _verdicts(text)[-1] == verdict, check_text(text).steps


# A first member with names in it may be read at values the writer has left (p_1 at the first
# T, E at the first prediction): C agreeing with it proves nothing, the link is checked as read
@pytest.mark.parametrize("text, verdict", [
    ("$p_1 = \\frac{e^{z_1/T}}{e^{z_1/T} + e^{z_2/T}}$, $z = (2, 0)$.\n\n"
     "- $T = 1$:$p_1 = \\frac{7.389}{8.389} \\approx 0.881$\n"
     "- $T = 0.5$:$p_1 = \\frac{e^4}{e^4 + 1} = \\frac{54.6}{55.6} \\approx 0.881$", "fails"),
    ("$\\mathbf{t} = (0, 1, 0)$, $\\mathbf{y} = (0.1, 0.7, 0.2)$ 일 때 "
     "$E = -\\sum_k t_k \\log y_k = -\\log 0.7 \\approx 0.357$\n\n"
     "예측이 $\\mathbf y = (0.3, 0.4, 0.3)$ 이면 $E = -\\log 0.4 \\approx 0.357$ 이다.", "fails"),
])
def test_a_first_member_with_names_decides_nothing(text, verdict):
    assert _verdicts(text)[-1] == verdict, check_text(text).steps
