"""Wholes of no shape read as the array of their members (stacking.py): beside a gradient by a
vector of declared length (`∇_z L = p - y`, z ∈ ℝ^K, p_k and y_k written), p and y are the
columns of their members; by a matrix (Z ∈ ℝ^{2×3}, P_{ij} written), P the matrix of its
entries; a reading, so it may only show that a step holds."""

import pytest

from checker.derive.document import check_text

SOFTMAX_EN = ("Logits $\\mathbf{z} \\in \\mathbb{R}^K$, probabilities "
              "$p_k = \\frac{e^{z_k}}{\\sum_{j=1}^{K} e^{z_j}}$, a one-hot label $\\mathbf{y}$, "
              "and the loss $L = -\\sum_{k=1}^{K} y_k \\log p_k$.\n\n")
SOFTMAX_ZH = ("设 $z\\in\\mathbb{R}^K$，标签 $y$ 为 one-hot 向量，"
              "$p_i = e^{z_i}/\\sum_{j=1}^{K} e^{z_j}$，$L = -\\sum_{i=1}^{K} y_i \\ln p_i$。\n\n")
SOFTMAX_KO = ("로짓 $a \\in \\mathbb{R}^{n}$, 확률 $q_j = e^{a_j}/\\sum_{k=1}^{n} e^{a_k}$, "
              "원-핫 레이블 $t$, 손실 $\\ell = -\\sum_{j=1}^{n} t_j \\log q_j$.\n\n")
SCORES_EN = ("Scores $Z \\in \\mathbb{R}^{2 \\times 3}$, outputs $P_{ij} = 2Z_{ij}$, targets "
             "$T_{ij}$, loss $L = \\frac{1}{4}\\sum_{i=1}^{2}\\sum_{j=1}^{3}"
             "(P_{ij} - T_{ij})^2$.\n\n")
SCORES_ZH = ("设 $S \\in \\mathbb{R}^{3 \\times 2}$，$Q_{ij} = 3S_{ij}$，"
             "$E = \\frac{1}{2}\\sum_{i=1}^{3}\\sum_{j=1}^{2} (Q_{ij} - R_{ij})^2$。\n\n")
SQUARES_KO = ("예측 $\\hat{y} \\in \\mathbb{R}^n$, 손실 "
              "$E = \\frac{1}{2}\\sum_{i=1}^{n}(\\hat{y}_i - t_i)^2$.\n\n")


@pytest.mark.parametrize("text, verdict", [
    (SOFTMAX_EN + "So $\\nabla_{\\mathbf{z}} L = \\mathbf{p} - \\mathbf{y}$.", "holds"),
    (SOFTMAX_ZH + "写成向量形式就是 $\\nabla_z L = p - y$。", "holds"),
    (SQUARES_KO + "$$\\frac{\\partial E}{\\partial \\hat{y}} = \\hat{y} - t$$", "holds"),
    (SOFTMAX_KO + "$$\\frac{\\partial \\ell}{\\partial a} = q - t$$", "holds"),
    # wrong twins: the reading is a guess, so a difference stays undecided
    (SOFTMAX_EN + "So $\\nabla_{\\mathbf{z}} L = \\mathbf{y} - \\mathbf{p}$.", "undecided"),
    (SOFTMAX_ZH + "写成向量形式就是 $\\nabla_z L = p$。", "undecided"),
    (SQUARES_KO + "$$\\frac{\\partial E}{\\partial \\hat{y}} = t - \\hat{y}$$", "undecided"),
    (SOFTMAX_KO + "$$\\frac{\\partial \\ell}{\\partial a} = t - q$$", "undecided"),
    # a capital whole with entries written with two indices (P_{ij}) beside a gradient by a
    # matrix of declared shape: the matrix of its entries at that shape
    (SCORES_EN + "$$\\frac{\\partial L}{\\partial Z} = P - T$$", "holds"),
    (SCORES_ZH + "$$\\frac{\\partial E}{\\partial S} = 3(Q - R)$$", "holds"),
    (SCORES_EN + "$$\\frac{\\partial L}{\\partial Z} = T - P$$", "undecided"),
    (SCORES_ZH + "$$\\frac{\\partial E}{\\partial S} = Q - R$$", "undecided"),
])
def test_a_whole_beside_a_gradient_by_a_declared_array(text, verdict):
    steps = check_text(text).steps
    assert steps and steps[-1].verdict == verdict, [(s.lhs, s.rhs, s.method) for s in steps]
