"""A case supposed by an equation between two quantities (antecedent.py): "If $p_g =
p_{data}$, then $D^* = 1/2$" after an example bound other values. Each row: correct notes (no
step may fail) and a wrong twin whose slip is certain (a step must still fail)."""

import pytest

from tests.derive.twins import check_twins

_GAN = ("$$D^*(x) = \\frac{p_{data}(x)}{p_{data}(x) + p_g(x)}$$\n\n"
        "Example: $p_{data}(x) = 0.3$, $p_g(x) = 0.1$, so $D^*(x) = 0.3/0.4 = 0.75$.\n\n")
ROWS = [
    ("GAN optimum when the distributions agree (en)",
     _GAN + "If $p_g = p_{data}$, then $D^* = 1/2$.",
     _GAN.replace("0.3/0.4 = 0.75", "0.3/0.4 = 0.85") + "If $p_g = p_{data}$, then $D^* = 1/2$."),
    ("the same in Korean, 이면",
     _GAN + "$p_g(x) = p_{data}(x)$ 이면 $D^* = 1/2$ 이다.",
     _GAN.replace("0.3/0.4 = 0.75", "0.3/0.4 = 0.65") + "$p_g(x) = p_{data}(x)$ 이면 $D^* = 1/2$ 이다."),
    ("KL of equal means in Chinese, 当…时",
     "$$\\mathrm{KL} = \\frac{(\\mu_1 - \\mu_2)^2}{2}$$\n\n例：$\\mu_1 = 1$，$\\mu_2 = 0$，"
     "$\\mathrm{KL} = 0.5$。\n\n当 $\\mu_1 = \\mu_2$ 时 $\\mathrm{KL} = 0$。",
     "$$\\mathrm{KL} = \\frac{(\\mu_1 - \\mu_2)^2}{2}$$\n\n例：$\\mu_1 = 1$，$\\mu_2 = 0$，"
     "$\\mathrm{KL} = 1$。\n\n当 $\\mu_1 = \\mu_2$ 时 $\\mathrm{KL} = 0$。"),
]


@pytest.mark.parametrize("what, right, wrong", ROWS, ids=[r[0] for r in ROWS])
def test_correct_steps_never_fail_and_the_wrong_twin_does(what, right, wrong):
    check_twins(right, wrong)
