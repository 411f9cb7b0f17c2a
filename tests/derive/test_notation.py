"""Notation → SymPy: how the parser reads ML-course LaTeX (a table), and what it refuses."""

import pytest
import sympy as sp

from checker.derive.context import Context
from checker.derive.errors import Unreadable
from checker.derive.meaning import Lowering
from checker.derive.notation import parse_expression

x, y, w, b, a, z = sp.symbols("x y w b a z", real=True)
yhat = sp.Symbol("hat(y)", real=True)


def S(name):
    return sp.Symbol(name, real=True)


def read(tex: str) -> sp.Expr:
    return Lowering(Context(), 1).expr(parse_expression(tex))


@pytest.mark.parametrize("tex, expected", [
    (r"wx + b", w * x + b),
    (r"2ywx", 2 * y * w * x),
    (r"a(1-a)", a * (1 - a)),
    (r"\hat{y} - y", yhat - y),
    (r"\widehat{y}", yhat),
    (r"\hat{\mathbf{y}}", yhat),
    (r"e^{-z}", sp.exp(-z)),
    (r"\exp(z)", sp.exp(z)),
    (r"\log(a)", sp.log(a)),
    (r"\ln a", sp.log(a)),
    (r"log(\frac{p}{1-p})", sp.log(S("p") / (1 - S("p")))),
    (r"\sigma(z)", 1 / (1 + sp.exp(-z))),
    (r"\sigma'(z)", sp.exp(-z) / (1 + sp.exp(-z)) ** 2),
    (r"\sqrt{x^2 + 1}", sp.sqrt(x ** 2 + 1)),
    (r"\sqrt[3]{x}", x ** sp.Rational(1, 3)),
    (r"\dfrac{w}{2} + \tfrac{x}{2}", (w + x) / 2),
    (r"sigmoid(z)", 1 / (1 + sp.exp(-z))),
    (r"\operatorname{sigmoid}(z)", 1 / (1 + sp.exp(-z))),
    (r"\tanh(x)", sp.tanh(x)),
    (r"\max(0, x)", sp.Max(0, x)),
    (r"|x|", sp.Abs(x)),
    (r"sign(w)", sp.sign(w)),
    (r"\frac{1}{2}(\hat{y} - y)^2", (yhat - y) ** 2 / 2),
    (r"\frac12 x", x / 2),
    (r"\left( x + 1 \right) \cdot 2", 2 * (x + 1)),
    (r"x \times w", x * w),
    (r"x * w", x * w),
    (r"\sum_{i=1}^{3} w_i", S("w_1") + S("w_2") + S("w_3")),
    (r"x_1^{(2)}", S("x_1^(2)")),
    (r"w_{ij}", S("w_2,1")),  # free indices get distinct values (2, then 1: an axis of 2)
    (r"\frac{\partial}{\partial w}(wx + b)", x),
    (r"\frac{\partial}{\partial w} \frac{1}{2}(wx + b - y)^2", x * (w * x + b - y)),
    (r"\frac{d}{dx} x^2", 2 * x),
    (r"\partial_{x} x^3", 3 * x ** 2),
    (r"\|w\|_1", sum(sp.Abs(S(f"w_{k}")) for k in (1, 2, 3))),
    (r"1x1 + 1x0", sp.Integer(1)),
    (r"\begin{bmatrix} x & y \end{bmatrix}\begin{bmatrix} w \\ b \end{bmatrix}",
     sp.Matrix([[x * w + y * b]])),
    (r"\begin{bmatrix} x \\ y \end{bmatrix}^T", sp.Matrix([[x, y]])),
    # typed in Unicode
    ("ŷ − y", yhat - y),
    ("y\u0302 − y", yhat - y),
    ("x² + 2x", x ** 2 + 2 * x),
    ("σ(z) · e^{−z}", sp.exp(-z) / (1 + sp.exp(-z))),
    ("𝑥 × 𝑤", x * w),
    ("x₁ + x₂", S("x_1") + S("x_2")),
    # more LaTeX
    (r"\ell + 1", S("ell") + 1),
    (r"\boxed{x + 1}", x + 1),
    (r"\lfloor 7/2 \rfloor + \lceil 1/2 \rceil", sp.Integer(4)),
    (r"\log_2 8", sp.Integer(3)),
    (r"w^* + W^{[l]} + a^{(l-1)}", S("w^*") + S("W^[l]") + S("a^(l-1)")),
    (r"y\_hat - y\_1", yhat - S("y_1")),
    (r"t_ilog(q_i)", S("t_2") * sp.log(S("q_2"))),
    (r"\prod_{i=1}^{3} x_i", S("x_1") * S("x_2") * S("x_3")),
    (r"\sum_{i,j} w_{ij}", sum(S(f"w_{i},{j}") for i in (1, 2, 3) for j in (1, 2, 3))),
    (r"\mathrm{Sigmoid}(z) + Tanh(x)", 1 / (1 + sp.exp(-z)) + sp.tanh(x)),
    (r"\tanh'(z)", 1 - sp.tanh(z) ** 2),
    (r"\left(\tanh(z)\right)'", 1 - sp.tanh(z) ** 2),
    (r"\nabla_w (w^2 + b)", 2 * w),
    (r"\frac{\partial^2}{\partial w^2} w^3", 6 * w),
])
def test_reads(tex, expected):
    got = read(tex)
    if isinstance(expected, sp.MatrixBase):
        assert got == expected
    else:
        assert sp.simplify(got - expected) == 0


@pytest.mark.parametrize("tex, construct", [
    (r"\frac{1}{2", "braces"),
    (r"\int x", "\\int"),
    (r"y + \emptyset", "\\emptyset"),
    (r"\foo{x}", "\\foo"),
    (r"hat y", "hat"),
    (r"x_1 + \dots + x_n", "dots"),
    (r"\text{np.dot}(x)", "np.dot"),
])
def test_refuses_with_the_construct(tex, construct):
    with pytest.raises(Unreadable) as err:
        read(tex)
    assert construct in str(err.value)


@pytest.mark.parametrize("tex, sym", [
    (r"\hat{y}_i", "Sym(base='y', index=('i',), sup='', accents=('hat',))"),
    (r"\hat{y_i}", "Sym(base='y', index=('i',), sup='', accents=('hat',))"),
    (r"\bar{\hat{x}}^{(2)}", "Sym(base='x', index=(), sup='(2)', accents=('bar', 'hat'))"),
])
def test_accents_are_fields_of_the_symbol(tex, sym):
    assert repr(parse_expression(tex)) == sym


def test_a_counterexample_names_symbols_as_written():
    from checker.derive.document import check_text
    step = check_text(r"$$\hat{y}_j + w_{j,k} = \hat{y}_j$$").steps[0]
    assert step.verdict == "fails" and set(step.counterexample.values) == {"y\u0302_2", "w_{21}"}
