"""Definite integrals (integral.py): read with their bounds and differential, valued in closed
form; indefinite integrals and integrals over a family's index are not decided."""

import pytest

from checker.derive.document import check_text
from checker.derive.errors import Unreadable
from checker.derive.notation import parse_expression
from checker.derive.render import render

# (formula, as read)
READ = [
    ("\\int_0^1 x^2\\,dx", "∫_0^1 x^2 dx"),
    ("\\int_{0}^{2} 3x \\, \\mathrm{d}x", "∫_0^2 3·x dx"),
    ("\\int^1_0 (2 + \\alpha)\\, d\\alpha", "∫_0^1 (2 + α) dα"),
    ("2 \\int_0^\\infty e^{-t}\\,dt", "2·∫_0^∞ e^(-t) dt"),
    ("\\int_0^1 \\frac{1}{1 + x}\\,\\text{d}x + 1", "∫_0^1 1/(1 + x) dx + 1"),
    ("\\int x^2\\,dx", "∫ x^2 dx"),  # indefinite: up to a constant (primitive.py)
    # the differential in the numerator of the one fraction the integrand is
    ("\\int_0^1 \\frac{dx}{1 + x}", "∫_0^1 1/(1 + x) dx"),
    ("\\int_1^{2} \\dfrac{t\\,\\mathrm{d}t}{t^2 + 1} - 1", "∫_1^2 t/(t^2 + 1) dt - 1"),
]


@pytest.mark.parametrize("tex, shown", READ)
def test_an_integral_is_read_with_its_bounds_and_differential(tex, shown):
    assert render(parse_expression(tex)) == shown


@pytest.mark.parametrize("tex", [
    "\\int_x p(x)\\log D(x)\\,dx",  # over a domain
    "\\int_0^1 \\frac{dx}{1 + x} x",  # a fraction with the differential, then more factors
    "\\int_0^1 \\frac{1}{1 + x}",  # no differential at all
])
def test_what_is_no_integral_with_its_differential_stays_unreadable(tex):
    with pytest.raises(Unreadable):
        parse_expression(tex)


def _verdicts(text):
    return [s.verdict for s in check_text(text).steps]


# (style, document, verdicts): each right, and a wrong twin
DOCUMENTS = [
    ("en, a power", "$$\\int_0^1 x^2\\,dx = \\frac{1}{3}$$", ["holds"]),
    ("en, a power wrong", "$$\\int_0^1 x^2\\,dx = \\frac{1}{2}$$", ["fails"]),
    ("ko, 적분 경로", "경로 위에서 $\\mathrm{IG}_2 = 2 \\int_0^1 (2 + \\alpha)\\, d\\alpha = "
     "2 \\cdot 2.5 = 5$ 이다.", ["holds", "holds"]),
    ("ko, 적분 경로 wrong", "경로 위에서 $\\mathrm{IG}_2 = 2 \\int_0^1 (2 + \\alpha)\\, d\\alpha = "
     "2 \\cdot 2 = 4$ 이다.", ["fails", "holds"]),
    ("zh, 均匀分布方差", "$$\\mathrm{Var}(W) = \\frac{1}{2a}\\int_{-a}^{a} w^2\\,dw = \\frac{a^2}{3}$$",
     ["holds"]),
    ("zh, 均匀分布方差 wrong", "$$\\frac{1}{2a}\\int_{-a}^{a} w^2\\,dw = \\frac{a^2}{2}$$",
     ["fails"]),
    ("en, bounds the example gives", "Let $a = 2$. Then $\\int_0^a x\\,dx = 2$.", ["holds"]),
    ("en, the variable has a value elsewhere", "Let $x = 5$. $\\int_0^1 x\\,dx = 0.5$.",
     ["holds"]),
    ("en, improper", "$$\\int_0^\\infty e^{-t}\\,dt = 1$$", ["holds"]),
    ("zh, 微分写在分子上", "$$\\int_0^{2}\\frac{dx}{1 + x} = \\ln 3$$", ["holds"]),
    ("zh, 微分写在分子上 wrong", "$$\\int_0^{2}\\frac{dx}{1 + x} = \\ln 2$$", ["fails"]),
    ("ko, 무한 구간, 분자의 미분", "$$\\int_2^{+\\infty}\\frac{dx}{x^3} = \\frac18$$", ["holds"]),
    ("ko, 무한 구간, 분자의 미분 wrong", "$$\\int_2^{+\\infty}\\frac{dx}{x^3} = \\frac14$$",
     ["fails"]),
    ("en, an unknown function", "$$\\int_0^1 f(x)\\,dx = 0.5$$", ["undecided"]),
    # a family read at whole indices is never integrated over its index
    ("en, a schedule's average", "$\\eta_t = \\eta_{\\max}\\cos(\\pi t / T)$, $T = 100$.\n\n"
     "$$\\frac{1}{T}\\int_0^T \\eta_t\\,dt = 0$$", ["undecided"]),
]


@pytest.mark.parametrize("style, text, expected", DOCUMENTS, ids=[d[0] for d in DOCUMENTS])
def test_definite_integrals(style, text, expected):
    assert _verdicts(text) == expected, [(s.line, s.verdict, s.lhs, s.rhs, s.method)
                                         for s in check_text(text).steps]
