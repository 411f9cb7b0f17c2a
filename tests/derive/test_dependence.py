"""What an undefined name depends on (dependence.py): a subscripted name that the plain one's
definition is built from (L_0 in `L(w) = L_0(w) + R(w)`) is a name of its own, not L's entry,
so the gradient the text gives for it (`\\nabla L_0 = (0.2, -0.4)`) is a given later steps use."""

import pytest

from checker.derive.document import check_text

EN = ("The loss is $L(w) = L_0(w) + R(w)$ with $w = (1.5, -0.5)$, $\\nabla L_0 = (0.2, -0.4)$, "
      "$\\eta = 0.5$ and $\\lambda = 0.1$.\n\n")
KO = ("손실은 $L(w) = L_0(w) + R(w)$ 이고 $w = (1, 2)$, $\\nabla L_0 = (0.5, -1)$, "
      "$\\eta = 0.1$, $\\lambda = 1$ 이다.\n\n")
ZH = ("损失 $J(\\theta) = J_0(\\theta) + \\Omega(\\theta)$，已知 $\\theta = (2, 0)$，"
      "$\\nabla J_0 = (1, 1)$，学习率 $\\eta = 0.5$，$\\lambda = 0.2$。\n\n")

# (text, the step's right side, the verdict)
ROWS = [
    (EN + "$$w - \\eta(\\nabla L_0 + \\lambda w) = (1.5, -0.5) - 0.5 \\times (0.35, -0.45) "
     "= (1.325, -0.275)$$", "(1.5, -0.5) - 0.5·(0.35, -0.45)", "holds"),
    (KO + "$$w - \\eta(\\nabla L_0 + \\lambda w) = (1, 2) - 0.1 \\times (1.5, 1) = (0.85, 1.9)$$",
     "(1, 2) - 0.1·(1.5, 1)", "holds"),
    (ZH + "$$\\theta - \\eta(\\nabla J_0 + \\lambda \\theta) = (2, 0) - 0.5 \\times (1.4, 1) "
     "= (1.3, -0.5)$$", "(2, 0) - 0.5·(1.4, 1)", "holds"),
    # wrong twins: the penalty's sign, a dropped λ, the gradient's second entry
    (EN + "$$w - \\eta(\\nabla L_0 + \\lambda w) = (1.5, -0.5) - 0.5 \\times (0.05, -0.35)$$",
     "(1.5, -0.5) - 0.5·(0.05, -0.35)", "fails"),
    (KO + "$$w - \\eta(\\nabla L_0 + \\lambda w) = (1, 2) - 0.1 \\times (0.5, -1)$$",
     "(1, 2) - 0.1·(0.5, -1)", "fails"),
    (ZH + "$$\\theta - \\eta(\\nabla J_0 + \\lambda \\theta) = (2, 0) - 0.5 \\times (1.4, 0)$$",
     "(2, 0) - 0.5·(1.4, 0)", "fails"),
]


@pytest.mark.parametrize("text, right, verdict", ROWS)
def test_a_named_part_of_the_loss_is_no_entry_of_it(text, right, verdict):
    steps = check_text(text).steps
    step = [s for s in steps if s.rhs == right]
    assert step and step[0].verdict == verdict, [(s.lhs, s.rhs, s.verdict, s.method)
                                                for s in steps]


def test_the_entries_of_a_listed_vector_stay_its_entries():
    steps = check_text("Let $h = (h_1, h_2)$ with $h_1 = 2$ and $h_2 = 3$.\n\n"
                       "$$h_1 + h_2 = 2 + 3 = 5$$").steps
    assert steps and all(s.verdict == "holds" for s in steps), steps
