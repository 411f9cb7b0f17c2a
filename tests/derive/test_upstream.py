"""Chains through stated upstream gradients (meaning.py, mean.means): batch norm's
backward pass written with ∂L/∂x̂_i given, the mean's count m read as the number of terms
its open-range sum runs over, and a derivative by a vector whose length the text never
gives."""

import pytest

from checker.derive.document import check_text

D = "\\frac{\\partial %s}{\\partial %s}"
X, MU, GA, BE = "\\hat{x}", "\\mu", "\\gamma", "\\beta"
SUM_X = f"\\sum_j {D % ('L', X + '_j')}"
SUM_XX = f"\\sum_j {D % ('L', X + '_j')}{X}_j"
BN = ("前向（一个特征，批大小 $m$）：\n\n$$\\mu = \\frac{1}{m}\\sum_{i} x_i,\\quad \\sigma^2 = "
      "\\frac{1}{m}\\sum_i (x_i - \\mu)^2,\\quad \\hat{x}_i = \\frac{x_i - \\mu}{\\sqrt{\\sigma^2 + "
      "\\epsilon}},\\quad y_i = \\gamma\\hat{x}_i + \\beta$$\n\n上游梯度 $\\frac{\\partial L}{\\partial "
      "y_i}$ 已知。记 $s = \\sqrt{\\sigma^2 + \\epsilon}$。\n\n$$%s$$\n")


@pytest.mark.parametrize("claim, verdict", [
    (f"{D % ('L', X + '_i')} = \\gamma {D % ('L', 'y_i')}", "holds"),
    (f"{D % ('L', X + '_i')} = {D % ('L', 'y_i')}", "fails"),  # the γ dropped
    # through μ directly; the path through σ² is 0 because μ is the mean of the m terms
    (f"{D % ('L', MU)} = -\\frac{{1}}{{s}}\\sum_i {D % ('L', X + '_i')}", "holds"),
    (f"{D % ('L', MU)} = \\frac{{1}}{{s}}\\sum_i {D % ('L', X + '_i')}", "fails"),  # sign
    (f"{D % ('L', MU)} = -\\sum_i {D % ('L', X + '_i')}", "fails"),  # the 1/s dropped
    ("\\sum_i (x_i - \\mu) = 0", "holds"),
    # the compact form through x̂, σ² and μ
    (f"{D % ('L', 'x_i')} = \\frac{{1}}{{m s}}\\left(m{D % ('L', X + '_i')} - {SUM_X} - "
     f"{X}_i{SUM_XX}\\right)", "holds"),
    (f"{D % ('L', 'x_i')} = \\frac{{1}}{{s}}\\left(m{D % ('L', X + '_i')} - {SUM_X} - "
     f"{X}_i{SUM_XX}\\right)", "fails"),  # the 1/m dropped
    (f"{D % ('L', 'x_i')} = \\frac{{1}}{{m s}}\\left(m{D % ('L', X + '_i')} - {SUM_X} + "
     f"{X}_i{SUM_XX}\\right)", "fails"),  # a sign
    (f"{D % ('L', 'x_i')} = \\frac{{1}}{{m s}}\\left(m{D % ('L', X + '_i')} - {SUM_X} - "
     f"{X}_i\\sum_j {D % ('L', X + '_j')}{X}_i\\right)", "fails"),  # the index j became i
    (f"{D % ('L', GA)} = \\sum_i {D % ('L', 'y_i')}{X}_i", "holds"),
    (f"{D % ('L', BE)} = \\sum_i {D % ('L', 'y_i')}{X}_i", "fails"),
])
def test_batch_norm_backward_through_a_stated_upstream_gradient(claim, verdict):
    assert check_text(BN % claim).steps[-1].verdict == verdict


MEAN = "With $\\mu = \\frac{\\sum_i x_i}{m}$ over the batch:\n\n$$%s$$"
PENALTY = "$$J = L + \\frac{\\lambda}{2m}\\sum_j w_j^2$$\n\n$$%s$$"


@pytest.mark.parametrize("text, verdict", [
    # m is the count of the mean's terms: as many as the example gives
    ("With $\\mu = \\frac{1}{m}\\sum_i x_i$, $x = (1, 2, 3, 4)$:\n\n$$\\mu = 2.5$$", "holds"),
    ("With $\\mu = \\frac{1}{m}\\sum_i x_i$, $x = (1, 2, 3, 4)$:\n\n$$\\mu = 2$$", "fails"),
    (MEAN % "\\sum_i (x_i - \\mu)^2 = \\sum_i x_i^2 - m\\mu^2", "holds"),
    (MEAN % "\\sum_i (x_i - \\mu)^2 = \\sum_i x_i^2 - \\mu^2", "fails"),
    # a count beside a sum over something else (λ/(2m) Σ_j w_j²): identities in m still hold
    (PENALTY % f"{D % ('J', 'w_j')} = {D % ('L', 'w_j')} + \\frac{{\\lambda}}{{m}} w_j", "holds"),
    (PENALTY % f"{D % ('J', 'w_j')} = {D % ('L', 'w_j')} + \\lambda w_j", "fails"),
    # ... and m is never a number where no sum is reached: its value is the text's to give
    (PENALTY % "\\frac{\\lambda}{2m} = 0.005", "undecided"),
    # a count the text binds keeps its value
    ("Batch of $m = 4$, $\\mu = \\frac{1}{m}\\sum_i x_i$.\n\n$$\\frac{\\partial \\mu}{\\partial x_1} "
     "= \\frac{1}{4}$$", "holds"),
])
def test_the_count_of_a_mean_over_an_open_range(text, verdict):
    assert check_text(text).steps[-1].verdict == verdict


LSE = ("Define $\\operatorname{LSE}(z) = \\log\\sum_{j=1}^{n} e^{z_j}$ and $p = "
       "\\operatorname{softmax}(z)$.\n\n$$%s$$")


@pytest.mark.parametrize("text, verdict", [
    # ∂/∂z of a function of z's entries beside p, a vector defined as a whole: never a number
    # compared with a number
    (LSE % "\\nabla \\operatorname{LSE} = p", "undecided"),
    ("Let $p = \\mathrm{softmax}(z)$.\n\n$$\\frac{\\partial}{\\partial z}\\log\\sum_k e^{z_k} = p$$",
     "undecided"),
    ("$$\\frac{\\partial}{\\partial z}\\log\\sum_k e^{z_k} = \\mathrm{softmax}(z)$$", "undecided"),
    # written entry by entry, it is decided
    ("Let $p_i = \\frac{e^{z_i}}{\\sum_k e^{z_k}}$.\n\n$$\\frac{\\partial}{\\partial z_i}\\log\\sum_k "
     "e^{z_k} = p_i$$", "holds"),
    ("Let $p_i = \\frac{e^{z_i}}{\\sum_k e^{z_k}}$.\n\n$$\\frac{\\partial}{\\partial z_i}\\log\\sum_k "
     "e^{z_k} = 1 - p_i$$", "fails"),
    ("Let $p_i = \\frac{e^{z_i}}{\\sum_k e^{z_k}}$.\n\n$$\\frac{\\partial}{\\partial z_j}\\log\\sum_k "
     "e^{z_k} = p_i$$", "fails"),  # the index changed
])
def test_a_derivative_by_a_vector_of_no_stated_length(text, verdict):
    assert check_text(text).steps[-1].verdict == verdict


GIVEN = ("The loss is $\\mathcal{L}(\\mathbf{w})$. Let $\\mathbf{w} = (0.5, -2, 0)$, $\\lambda = "
         "0.1$, and suppose the data gradient is $\\nabla\\mathcal{L} = (0.2, 0.4, -0.1)$.\n\n$$%s$$")
GIVEN_KO = ("$w = (1, 2)$, $\\lambda = 0.5$ 이고 상류 기울기 $\\frac{\\partial L}{\\partial w} = "
            "(0.2, 0.1)$ 가 주어졌다.\n\n$$%s$$")


@pytest.mark.parametrize("text, verdict", [
    # a gradient stated for an undefined loss, by a whole vector: later steps use its value
    (GIVEN % "\\nabla\\mathcal{L} + \\lambda\\mathbf{w} = (0.25, 0.2, -0.1)", "holds"),
    (GIVEN % "\\nabla\\mathcal{L} + \\lambda\\mathbf{w} = (0.25, 0.6, -0.1)", "fails"),  # sign of λw_2
    (GIVEN % "\\nabla\\mathcal{L} - \\lambda\\mathbf{w} = (0.25, 0.2, -0.1)", "fails"),
    (GIVEN_KO % "\\frac{\\partial L}{\\partial w} + 2\\lambda w = (1.2, 2.1)", "holds"),
    (GIVEN_KO % "\\frac{\\partial L}{\\partial w} + 2\\lambda w = (1.2, 1.1)", "fails"),
])
def test_a_stated_gradient_by_a_whole_vector_is_used_after_it(text, verdict):
    assert check_text(text).steps[-1].verdict == verdict


def test_a_stated_gradient_is_a_value_given_on_its_own_line():
    """(roles.py: a number for the derivative of a name never defined is the example's given
    value, no step; an expression for it is taken as given, undecided)"""
    assert not check_text((GIVEN % "").replace("\n\n$$$$", "")).steps
    steps = check_text("The loss is $\\mathcal{L}(\\mathbf{w})$. Suppose $\\nabla\\mathcal{L} = "
                       "2\\mathbf{w}$.").steps
    assert steps[-1].verdict == "undecided" and "taken as given" in steps[-1].method


NAMED = ("Forward: $y_i = w x_i + b$ for $i = 1, 2, 3$. Upstream gradient $\\delta_i = "
         "\\frac{\\partial L}{\\partial y_i}$ is given.\n\n%s\n\n$$%s$$")
NUMBERS = "Numbers: $x = (1, 2, 3)$, $w = 2$, $b = 0$, $\\delta = (1, 0, 2)$."
NAMED_KO = ("순전파: $y_i = w x_i + b$ ($i = 1, 2, 3$). 상류 기울기 $δ_i = ∂L/∂y_i$ 는 "
            "주어진다.\n\n예: $x = (1, 2, 3)$, $w = 2$, $b = 0$, $δ = (1, 0, 2)$.\n\n$$%s$$")


@pytest.mark.parametrize("text, verdict", [
    # the chain rule through the named upstream gradient, in general ...
    (NAMED % ("", f"{D % ('L', 'w')} = \\sum_i \\delta_i x_i"), "holds"),
    (NAMED % ("", f"{D % ('L', 'w')} = \\sum_i \\delta_i"), "fails"),  # the x_i dropped
    (NAMED % ("", f"{D % ('L', 'x_2')} = \\delta_2 w"), "holds"),
    # ... and at the example's numbers, where δ's values stand for L's slopes
    (NAMED % (NUMBERS, f"{D % ('L', 'w')} = 1 \\cdot 1 + 0 \\cdot 2 + 2 \\cdot 3"), "holds"),
    (NAMED % (NUMBERS, f"{D % ('L', 'w')} = 1 \\cdot 1 + 0 \\cdot 2 + 2 \\cdot 2"), "fails"),
    (NAMED % (NUMBERS, f"{D % ('L', 'b')} = 1 + 0 + 2"), "holds"),
    (NAMED_KO % "∂L/∂w = 1 \\cdot 1 + 0 \\cdot 2 + 2 \\cdot 3", "holds"),
    (NAMED_KO % "∂L/∂w = 1 \\cdot 2 + 0 \\cdot 2 + 2 \\cdot 1", "fails"),  # x's order reversed
    (NAMED_KO % "∂L/∂x_3 = 2 \\cdot 2", "holds"),
    (NAMED_KO % "∂L/∂x_3 = 1 \\cdot 2", "fails"),  # δ_1 for δ_3: the index
    # without the example's values, a slope named for another index stays undecided (L
    # unknown: whether ∂L/∂y_1 = ∂L/∂y_2 depends on it)
    (NAMED % ("", f"{D % ('L', 'x_2')} = \\delta_1 w"), "undecided"),
    # an example longer than the family L is read over (4 values): never a sum cut short
    (NAMED % ("Numbers: $x = (1, 2, 3, 4)$, $w = 2$, $b = 0$, $\\delta = (1, 0, 2, 1)$.",
              f"{D % ('L', 'b')} = 1 + 0 + 2 + 1"), "undecided"),
])
def test_a_named_upstream_gradient_and_its_values(text, verdict):
    assert check_text(text).steps[-1].verdict == verdict
