"""The letter i as the imaginary unit (imaginary.py): when a text is about complex numbers,
when a formula uses i as an index all the same, and steps in complex arithmetic."""

import pytest
import sympy as sp

from checker.derive.context import Context
from checker.derive.document import check_text
from checker.derive.imaginary import Conjugate, ImaginaryPart, RealPart, imaginary, indexed
from checker.derive.lexer import tokenize
from checker.derive.meaning import Lowering
from checker.derive.notation import Names, parse_expression, unit
from checker.derive.tree import Const, walk

# (style, document, is it about complex numbers)
TEXTS = [
    ("en, words", "Treat the pair as a complex number $z$.", True),
    ("zh, 复数", "把 $q$ 看作复数。", True),
    ("ko, 복소수", "$z$ 를 복소수로 보자.", True),
    ("en, a literal", "Take $z = 3 + 2i$.", True),
    ("en, Euler", "Then $e^{i\\theta}$ turns the point.", True),
    ("en, i squared", "Recall $i^2 = -1$.", True),
    ("en, real part", "$\\langle a, b\\rangle = \\mathrm{Re}(a \\bar b)$", True),
    ("en, the field", "$z \\in \\mathbb{C}$", True),
    # an index beside numbers, a conjugate prior, a subscript 2i: real texts
    ("en, softmax", "$p_i = e^{z_i} / \\sum_j e^{z_j}$, $i = 1, \\dots, n$", False),
    ("zh, 共轭先验", "后验（共轭：成功数加到 $\\alpha$）", False),
    # an LSTM's input gate i and its derivative i(1 - i): no complex literal
    ("en, a gate's derivative", "$dz_i = di\\, i(1-i) \\approx 0.1616 \\times 0.24$", False),
    ("ko, 입력 게이트", "입력 게이트 $i$ 의 미분은 $i(1 - i)$ 이다.", False),
    ("en, RoPE frequencies", "$\\theta_{2i+1} = 10000^{-2i/d}$ and $x_{2 + i}$", False),
    ("ko, index sum", "$\\sum_{i=1}^{3} i = 6$ 이다.", False),
]


@pytest.mark.parametrize("style, text, expected", TEXTS, ids=[r[0] for r in TEXTS])
def test_a_text_about_complex_numbers(style, text, expected):
    assert imaginary(text) is expected


# (formula, does it use i as an index)
FORMULAS = [
    ("x_i + 1", True),
    ("\\sum_{i=1}^n w_i x_i", True),
    ("x^{(i)} - \\mu", True),
    ("w[i] = 2", True),
    ("i = 1, \\dots, n", True),
    ("i = 3", True),
    ("(2 + i)(1 - 3i) = 5 - 5i", False),
    ("e^{i\\pi/2} = i", False),
    ("i^2 = -1", False),
    ("f(i) = 2", False),
]


@pytest.mark.parametrize("formula, expected", FORMULAS, ids=[r[0] for r in FORMULAS])
def test_a_formula_with_an_index(formula, expected):
    assert indexed(tokenize(formula)) is expected


def _verdicts(text):
    return [s.verdict for s in check_text(text).steps]


# (style, document, the verdicts of its steps in order)
DOCUMENTS = [
    ("en, product by hand", "Take the complex numbers $z = 3 + 2i$, $w = 1 - 4i$:\n\n"
     "$$(3 + 2i)(1 - 4i) = 3 - 12i + 2i - 8i^2 = 11 - 10i$$", ["holds", "holds"]),
    ("zh, RoPE by hand", "把 $q$ 看作复数。\n\n$$(2 + i)(1 - 3i) = 2 - 6i + i + 3 = 5 - 5i,"
     "\\qquad e^{i\\,2\\pi/4} = i$$\n\n$$\\mathrm{Re}\\big[(5 - 5i)\\,i\\big] = "
     "\\mathrm{Re}\\,[5 + 5i] = 5$$", ["holds"] * 5),
    ("ko, roots of a quadratic", "복소수 근: $x^2 + 2x + 5 = 0$.\n\n"
     "$$(-1 + 2i)^2 + 2(-1 + 2i) + 5 = 1 - 4i - 4 - 2 + 4i + 5 = 0$$",
     ["undecided", "holds", "holds"]),  # the equation to solve is no identity
    ("en, Euler's formula", "By Euler's formula $e^{i\\theta} = \\cos\\theta + i\\sin\\theta$, "
     "so $e^{i\\pi} = -1$.", ["holds", "holds"]),
    ("zh, DFT by hand", "复数序列的 DFT: $e^{-2\\pi i/4} = -i$,所以 "
     "$X_1 = 1 + 2(-i) + 0 \\cdot (-1) + 1 \\cdot i = 1 - i$。", ["holds", "holds"]),
    ("en, rotation eigenvalue", "A rotation by $\\pi/2$ has complex eigenvalues: its "
     "characteristic polynomial is $\\lambda^2 + 1$, and $i^2 + 1 = 0$, "
     "$(\\cos\\theta + i\\sin\\theta)(\\cos\\theta - i\\sin\\theta) = 1$.",
     ["holds", "holds"]),
    ("en, a conjugate and a modulus", "For the complex number $3 + 4i$: $|3 + 4i| = 5$ and "
     "$\\overline{3 + 4i} = 3 - 4i$.", ["holds", "holds"]),
    # a sign slip, once i is read, fails; the general rule with names too
    ("en, sign slip in i^2", "Complex numbers: $(3 + 2i)(1 - 4i) = 3 - 10i + 8i^2$.",
     ["fails"]),
    ("en, (a+bi)(c+di) slip", "For complex numbers, $(a + bi)(c + di) = (ac + bd) + (ad + bc)i$.",
     ["fails"]),
    ("en, (a+bi)(c+di) right", "For complex numbers, $(a + bi)(c + di) = (ac - bd) + (ad + bc)i$.",
     ["holds"]),
    ("ko, wrong power of i", "허수 단위: $i^3 = i$ 이다.", ["fails"]),
    ("zh, wrong Euler value", "复数: $e^{i\\pi/2} = -i$。", ["fails"]),
    # i an index beside a complex literal elsewhere: the index reading stays
    ("en, index next to a literal", "Unlike a complex number such as $2 + 3i$, here $i = 2$ "
     "and $x_i = 3$, so $x_i + i = 5$.", ["holds"]),
    ("zh, index sum in a complex text", "复数 $2 + 3i$ 之外, $\\sum_{i=1}^{3} i = 6$。",
     ["holds"]),
    # a bar is a conjugate beside i, a mean elsewhere in the same text
    ("en, conjugate of a name", "For the complex number $z = 3 + 4i$: "
     "$z\\bar z = (3 + 4i)(3 - 4i) = 25$.", ["holds", "holds"]),
    ("en, a mean in a complex text", "Complex numbers aside, take $x_1 = 1$, $x_2 = 3$ and "
     "$\\bar x = \\frac{1}{2}(x_1 + x_2) = 2$.", ["holds"]),
    # |z|^2 of a name bound to a complex number is the squared modulus, not z^2
    ("en, inverse by the conjugate", "Let $z = 3 + 4i$, a complex number.\n\n"
     "$\\frac{1}{z} = \\frac{\\bar z}{|z|^2} = \\frac{3 - 4i}{25}$", ["holds", "holds"]),
    ("ko, 모듈러스 제곱", "복소수 $w = 1 - 2i$ 에 대해 $|w|^2 = 5$ 이고 "
     "$w \\bar w = (1 - 2i)(1 + 2i) = |w|^2$ 이다.", ["holds", "holds", "holds"]),
    ("zh, 模的平方", "复数 $q = 2 + i$，则 $|q|^2 + 1 = 6$。", ["holds"]),
    ("en, squared modulus slip", "Let $z = 3 + 4i$, a complex number. Then $|z|^2 = 7$.",
     ["fails"]),
    # Re of names that may be complex: real values do not decide it; never fails
    ("en, Re of complex names", "For complex numbers $a$, $b$: "
     "$\\mathrm{Re}(a \\bar b) = |a|\\,|b|$.", ["undecided"]),
]


@pytest.mark.parametrize("style, text, expected", DOCUMENTS, ids=[r[0] for r in DOCUMENTS])
def test_complex_arithmetic(style, text, expected):
    assert _verdicts(text) == expected, [(s.line, s.verdict, s.method)
                                         for s in check_text(text).steps]


# in a text with no complex numbers, i stays a name: a sum over it, a value given to it
REAL = [
    ("en, i given a value", "With $i = 2$ and $x_i = 3$: $x_i + i = 5$.", ["holds"]),
    ("ko, i as a count", "$i = 4$ 일 때 $2i + 1 = 9$ 이다.", ["holds"]),
    ("zh, index sum", "$\\sum_{i=1}^{3} i = 1 + 2 + 3 = 6$", ["holds", "holds"]),
]


@pytest.mark.parametrize("style, text, expected", REAL, ids=[r[0] for r in REAL])
def test_i_stays_a_name_elsewhere(style, text, expected):
    assert _verdicts(text) == expected, [(s.line, s.verdict, s.method)
                                         for s in check_text(text).steps]


# i the unit in one formula and an index in another: a difference is no failure
MIXED = [
    ("en, sum over i beside a wrong product", "Complex numbers: $(3 + 2i)(1 - 4i) = 3 - 10i$. "
     "Also $\\sum_{i=1}^{2} x_i = x_1 + x_2$.", "undecided"),
    ("zh, index and a wrong power", "复数 $i^3 = i$,而 $w_i = 2$。", "undecided"),
    ("ko, index and a right product", "복소수 $(1 + i)(1 - i) = 2$ 이고 $x_i = 1$ 이다.", "holds"),
]


@pytest.mark.parametrize("style, text, expected", MIXED, ids=[r[0] for r in MIXED])
def test_both_readings_of_i(style, text, expected):
    assert _verdicts(text)[0] == expected, [(s.line, s.verdict, s.method)
                                            for s in check_text(text).steps]


def _read(tex: str, imaginary_text: bool = True) -> sp.Expr:
    known = Names(imaginary=imaginary_text)
    tokens = tokenize(tex)
    return Lowering(Context(imaginary=imaginary_text), 1).expr(
        parse_expression(tex, unit(known, tokens)))


c, d, z, x = sp.symbols("c d z x", real=True)

# (formula, in a text about complex numbers, as SymPy)
READINGS = [
    ("(2 + i)(1 - 3i)", True, (2 + sp.I) * (1 - 3 * sp.I)),
    ("c + di", True, c + d * sp.I),  # d·i, not the gradient name di
    ("e^{i\\pi}", True, sp.exp(sp.I * sp.pi)),
    ("\\mathrm{Re}(z)", True, RealPart(z)),
    ("\\operatorname{Im}\\,[z]", True, ImaginaryPart(z)),
    ("\\Re(z)", True, RealPart(z)),
    ("z\\bar z + i", True, z * Conjugate(z) + sp.I),
    ("\\overline{3 + 4i}", True, 3 - 4 * sp.I),
    ("\\bar x + 1", True, sp.Symbol("bar(x)", real=True) + 1),  # no i: a mean
    ("2i + 1", False, 2 * sp.Symbol("i", real=True) + 1),
]


@pytest.mark.parametrize("tex, imaginary_text, expected", READINGS,
                         ids=[r[0] for r in READINGS])
def test_reading_i_re_im_and_bars(tex, imaginary_text, expected):
    assert sp.expand(_read(tex, imaginary_text) - expected) == 0


@pytest.mark.parametrize("tex", ["x_i + i", "\\sum_{i=1}^n i", "w[i] + 2i"])
def test_an_index_formula_keeps_i_a_name(tex):
    tokens = tokenize(tex)
    tree = parse_expression(tex, unit(Names(imaginary=True), tokens))
    assert not any(isinstance(n, Const) for n in walk(tree))


# vectors and matrices with complex entries: compared entry by entry in complex arithmetic (the
# checker's own evaluation is real and would drop the imaginary parts)
@pytest.mark.parametrize("text, right, wrong", [
    ("复数向量 $u = (1+2i, 2)$，$v = (1-2i, 3)$。\n\n$$u \\odot v = %s$$", "(5, 6)", "(1, 6)"),
    ("Complex numbers: $z = (3 + 4i, 1 - i)$.\n\n$$z \\odot z = %s$$", "(-7 + 24i, -2i)",
     "(25, -2i)"),
    ("복소수 벡터 $a = (2i, 1+i)$, $b = (1, 1-i)$ 에 대해\n\n$$a + 2b = %s$$",
     "(2 + 2i, 3 - i)", "(2, 3 - i)"),
])
def test_vectors_of_complex_entries(text, right, wrong):
    assert "fails" not in [s.verdict for s in check_text(text % right).steps]
    assert "fails" in [s.verdict for s in check_text(text % wrong).steps]


# |z| of a complex z the text gives: the modulus (|z|^2 = z z̄), never z^2
MODULUS = [
    ("en, modulus squared", "Let $z = 3 + 4i$ be a complex number. Then $|z|^2 = 25$ and "
     "$|z| = 5$.", ["holds", "holds"]),
    ("en, modulus squared wrong", "Let $z = 3 + 4i$. Then $|z|^2 = 7$.", ["fails"]),
    ("ko, 복소수의 크기", "$z = 1 - 2i$ 이므로 $|z|^2 = 5$.", ["holds"]),
    ("ko, 복소수의 크기 wrong", "$z = 1 - 2i$ 이므로 $|z|^2 = 3$.", ["fails"]),
    ("zh, 复数模长", "设复数 $w = 2 + i$，则 $|w|^2 = 5$，$w^2 = 3 + 4i$。", ["holds", "holds"]),
    # |·| of names that stay free: no real reading decides it
    ("en, free modulus", "For complex numbers $a$, $b$: $|ab|^2 = |a|^2 |b|^2$.", ["holds"]),
]


@pytest.mark.parametrize("style, text, expected", MODULUS, ids=[r[0] for r in MODULUS])
def test_the_modulus_of_a_complex_name(style, text, expected):
    assert _verdicts(text) == expected, [(s.line, s.verdict, s.method)
                                         for s in check_text(text).steps]


@pytest.mark.parametrize("text, verdicts", [
    # conjugate roots written with ±: i is the unit (the solution holds, its slip fails)
    ("特征方程 $\\lambda^2 + 2 \\times 0.75 = 0$，所以 $\\lambda = \\pm i\\sqrt{1.5} \\approx "
     "\\pm 1.2247i$。", ["holds", "holds"]),
    ("특성방정식 $\\lambda^2 + 2 \\times 0.75 = 0$ 이므로 $\\lambda = \\pm i\\sqrt{3}$ 이다.",
     ["fails"]),
    ("The characteristic equation $r^2 + 2r + 5 = 0$ gives $r = -1 \\pm 2i$.", []),
    ("The characteristic equation $r^2 + 2r + 5 = 0$ gives $r = -1 \\pm 3i$.", ["fails"]),
])
def test_conjugate_roots_written_with_plus_minus(text, verdicts):
    assert [s.verdict for s in check_text(text).steps] == verdicts, check_text(text).steps
