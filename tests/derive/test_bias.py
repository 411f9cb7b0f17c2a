"""A parameter count said to include the biases, written as a product of the layer's sizes
alone (bias.py): it counts the weights only."""

import pytest

from checker.derive.bias import claims_bias, factors, leaves_out
from checker.derive.document import check_text
from checker.derive.tree import Bin, Num

_CONV = "입력 28×28×8, 3×3 필터 16개, stride 2, padding 1\n"


@pytest.mark.parametrize("lead, after, claimed", [
    ("파라미터 (편향 포함):", "(2점)", True),
    ("params with bias:", "", True),
    ("参数量（含偏置）：", "", True),
    ("including biases, ", "", True),
    ("params without bias:", "", False),
    ("weights:", "", False),
    ("with bias:", "plus 16 biases", False),  # the biases added after it
    ("편향 제외, bias 포함 아님:", "", False),
    ("params with bias:", " weights, then $", False),  # the product called the weights
    ("파라미터 (편향 포함):", " 에 16을 더해 448.", False),  # added after it
    ("per filter including bias:", " + 1 = 28.", False),
    ("Weights and biases are counted apart. Weights:", "", False),  # another sentence
])
def test_the_words_before_a_count_claim_the_biases(lead, after, claimed):
    assert claims_bias(lead, after) is claimed


def test_a_product_of_whole_numbers_has_its_factors():
    assert factors(Bin("*", Bin("*", Num("3"), Num("3")), Num("16"))) == [3, 3, 16]
    assert factors(Bin("+", Num("3"), Num("16"))) is None
    assert factors(Bin("*", Num("0.5"), Num("16"))) is None


@pytest.mark.parametrize("product, nearby, weights", [
    ([3, 3, 8, 16], _CONV, True),
    ([784, 10], "a Linear layer 784 → 10", True),
    ([785, 10], "a Linear layer 784 → 10", False),  # 785 = 784 + 1 folds the bias in
    ([16], "16 filters", False),
    ([785, 10], "784 pixels plus a bias, i.e. 785 inputs; 10 outputs", False),  # folded in
    ([3, 3, 64, 64], "Conv2d(64, 64, 3, bias=False), kernel 3", False),  # a layer without bias
    # a bias line that states a size folds nothing into it (no size one less beside it)
    ([3, 3, 8, 16], _CONV + "- 편향 8개를 빼먹은 경우 1점", True),
    ([3, 3, 8, 16], _CONV + "- 파라미터: $5·5·3·8 + 8 = 608$ (2점). 편향 8개를 빼먹은 경우 1점", True),
])
def test_a_product_of_stated_sizes_counts_the_weights(product, nearby, weights):
    assert leaves_out(product, nearby) is weights


@pytest.mark.parametrize("text", [
    _CONV + "- 파라미터 (편향 포함): $3·3·8·16 = 1152$ (2점)",
    "A Linear layer $784 \\to 10$.\n\nParameters with bias: $784 \\times 10 = 7840$.",
    "卷积层：输入通道 $64$，输出通道 $128$，$3\\times3$ 卷积核。\n\n参数量（含偏置）："
    "$P = 3 \\times 3 \\times 64 \\times 128 = 73{,}728$",
    "A Linear layer $784 \\to 10$.\n\nParams (incl. bias): $784 \\times 10 = 7840$.",
])
def test_a_count_with_biases_as_a_product_of_sizes_fails(text):
    steps = check_text(text).steps
    assert [s.verdict for s in steps if "biases" in s.method] == ["fails"], steps


@pytest.mark.parametrize("text", [
    _CONV + "- 파라미터 (편향 포함): $3·3·8·16 + 16 = 1168$",
    "A Linear layer $784 \\to 10$.\n\nParameters with bias: $785 \\times 10 = 7850$.",
    "A Linear layer $784 \\to 10$.\n\nParameters without bias: $784 \\times 10 = 7840$.",
    _CONV + "- 가중치: $3·3·8·16 = 1152$, 편향 16개를 더하면 1168",
    _CONV + "- with bias: $(3·3·8 + 1)·16 = 1168$",
    "All convs $3\\times3$, $8 \\to 16$ channels, with bias.\n\nWeights: $3·3·8·16 = 1152$",
    # a layer said to have no bias: its count with biases is its weights
    "`Conv2d(64, 64, kernel_size=3, bias=False)`, BatchNorm follows.\n\n"
    "Parameters (incl. bias): $3 \\times 3 \\times 64 \\times 64 = 36864$",
    "3×3 합성곱, 채널 64 → 64, 편향 없음 (BN 사용).\n\n파라미터 (편향 포함): $3·3·64·64 = 36864$",
    # a factor stated beside the bias: the bias folded into it
    "Each of the 10 neurons sees 784 pixels plus a bias, i.e. 785 inputs.\n\n"
    "Parameters with bias: $785 \\times 10 = 7850$",
    # "and biases" in another sentence than the count's
    "Kernel 3×3, 16 → 32 channels. Weights and biases are counted apart. Weights: "
    "$3 \\cdot 3 \\cdot 16 \\cdot 32 = 4608$.",
    # the biases added after it, in words or a formula
    "Input 3 channels, 16 filters of 3×3.\n\nParams with bias: $3 \\times 3 \\times 3 \\times 16 = "
    "432$ weights, then $432 + 16 = 448$.",
    "입력 채널 3, 3×3 필터 16개.\n\n파라미터 (편향 포함): $3 \\times 3 \\times 3 \\times 16 = 432$ 에 "
    "16을 더해 448.",
    "输入通道 3，16 个 3×3 卷积核。\n\n参数量（含偏置）：$3 \\times 3 \\times 3 \\times 16 = 432$ 个权重，"
    "再加 16，共 448。",
    "Input 3 channels, 16 filters of 3×3.\n\nParams with bias: $3 \\times 3 \\times 3 \\times 16 = "
    "432$, $432 + 16 = 448$.",
    # a normalisation's shift β is its bias, counted per channel beside the scale γ
    "The BatchNorm layer over 64 channels has 2 parameters per channel: a scale $\\gamma$ and a "
    "bias $\\beta$.\n\nLearnable params (scale and bias): $2 \\times 64 = 128$",
    "LayerNorm over $d = 768$ features: a gain and a bias per feature, 2 vectors.\n\n"
    "Parameters including bias: $2 \\times 768 = 1536$",
    "# 배치 정규화\n\n채널 64개, 채널마다 γ와 β 2개.\n\n파라미터 (편향 포함): $2 \\times 64 = 128$",
])
def test_a_count_that_keeps_or_disowns_the_biases_never_fails(text):
    steps = check_text(text).steps
    assert not any(s.verdict == "fails" for s in steps), steps
