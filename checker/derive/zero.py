"""A name the example binds to 0 as a factor of a vector or matrix: "starting from $x_0 = 0$",
then `r_0 = b - Ax_0`, `x_1 = x_0 + α_0 p_0`. Notes write the zero vector as 0; read as the
number 0 times A, `Ax_0` became a 2×2 matrix of zeros that no column conforms with, and the
step could not be decided.

Whatever x_0's shape (the number 0 or the zero vector), a product with it as a factor is zero:
read as the number 0, which conforms with anything beside it (`b - 0` is b), the step is exact.
Not where the name is the variable being differentiated or evaluated (held): there it is a
variable, not its value; nor where the text declares its shape (`W \\in \\mathbb{R}^{d\\times K}`,
then `W = 0`): the zero matrix of that shape is read as it is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import sympy as sp

from checker.derive import matrix
from checker.derive.definition import family_key
from checker.derive.tree import Bin, Sym

if TYPE_CHECKING:
    from checker.derive.walker import Walker


def factor(w: Walker, node: Bin, left, right) -> sp.Expr | None:
    """0 for `A x_0` (or `x_0 A`) with x_0 bound to 0 here and A a vector or matrix; None when
    no factor is such a name, or the other is a number (then plain arithmetic reads it)."""
    if node.op != "*":
        return None
    for written, other in ((node.left, right), (node.right, left)):
        if isinstance(written, Sym) and matrix.is_matrix(other) and _bound_to_zero(w, written):
            return sp.Integer(0)
    return None


def _bound_to_zero(w: Walker, sym: Sym) -> bool:
    """The example binds the name to the number 0 at this line, and the step does not hold it
    as a variable."""
    name = sym.name
    if name in w.hold or family_key(sym) in w.hold or name in w.low.ctx.shapes:
        return False  # (a declared shape, `W \\in \\mathbb{R}^{d×K}`: its zero matrix is read)
    value = w.low.ctx.bound({name}, w.low.line, stale=False).get(name)
    return value is not None and not matrix.is_matrix(value) and \
        getattr(value, "is_number", False) and value == 0
