"""A system written together (dependence.together): definitions on the lines of one display of
several lines (`v_t` and `w_t` of momentum in one align) read each other's new meanings, not
those a name had before the display (SGD's closed form of w_t here)."""

import pytest

from checker.derive.document import check_text

_SGD = ("The gradient of $f(w) = \\frac{1}{2}w^2$ is $f'(w) = w$.\n\nSGD: $w_{t+1} = (1 - \\eta)"
        "\\, w_t$, hence $w_t = (1 - \\eta)^t w_0$.\n\n## Momentum\n\nWith $\\eta = 0.1$, "
        "$w_0 = 1$, $\\mu = 0.9$ and $v_0 = 0$:\n\n")
_SYSTEM = ("\\begin{align*}\nv_{t} &= \\mu\\, v_{t-1} + f'(w_{t-1}) \\\\\n"
           "w_{t} &= w_{t-1} - \\eta\\, v_{t}\n\\end{align*}\n\n")


@pytest.mark.parametrize("text, verdict", [
    (_SGD + _SYSTEM + "$$v_3 = 0.9 \\cdot 1.8 + 0.72$$", "holds"),
    (_SGD + _SYSTEM + "$$w_3 = 0.72 - 0.1 \\cdot 2.34$$", "holds"),
    # wrong twins
    (_SGD + _SYSTEM + "$$v_3 = 0.9 \\cdot 1.8 + 0.27$$", "fails"),
    (_SGD + _SYSTEM + "$$w_3 = 0.72 - 0.1 \\cdot 2.43$$", "fails"),
])
def test_a_system_in_one_display_reads_its_new_meanings(text, verdict):
    assert check_text(text).steps[-1].verdict == verdict
