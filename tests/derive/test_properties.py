"""Properties: SymPy's own LaTeX of an identity is read back and holds; a doubled side fails."""

import sympy as sp
from hypothesis import given, settings
from hypothesis import strategies as st

from checker.derive.document import check_text

x, y, w, b = sp.symbols("x y w b", real=True)
leaves = st.sampled_from([x, y, w, b, sp.Integer(2), sp.Integer(3), sp.Rational(1, 2)])


def _combine(children):
    return st.one_of(
        st.tuples(children, children).map(lambda p: p[0] + p[1]),
        st.tuples(children, children).map(lambda p: p[0] * p[1]),
        st.tuples(children, children).map(lambda p: p[0] - p[1]),
        st.tuples(children, st.integers(2, 3)).map(lambda p: p[0] ** p[1]),
        children.map(sp.exp),
        children.map(lambda e: 1 / (1 + sp.exp(-e))),
    )


expressions = st.recursive(leaves, _combine, max_leaves=6).filter(
    lambda e: e.free_symbols and sp.count_ops(e) < 25)


@settings(max_examples=80, deadline=None, derandomize=True)
@given(expressions)
def test_an_expansion_holds(e):
    text = f"$${sp.latex(e)} = {sp.latex(sp.expand(e))}$$"
    steps = check_text(text).steps
    assert [s.verdict for s in steps] == ["holds"], (text, steps)


@settings(max_examples=80, deadline=None, derandomize=True)
@given(expressions)
def test_a_doubled_side_fails_with_factor_two(e):
    text = f"$${sp.latex(e)} = 2 \\left({sp.latex(e)}\\right)$$"
    steps = check_text(text).steps
    assert [s.verdict for s in steps] == ["fails"], (text, steps)
    assert "1/2" in steps[0].diagnosis, steps[0].diagnosis
