"""Matrix algebra as ML notes write it, on concrete matrices of small sizes.

A declared (or inferred) matrix is a SymPy matrix of entry symbols; the operations here give
the notation its usual meaning in these notes: `+`, `-` and `⊙` broadcast a number, a row
(a bias `b` of shape (1, k) over a batch) or a column; a function of a matrix (`σ(Z)`,
`\\log A`, `e^{Z}`) applies entry by entry; `softmax` works on a vector, or row by row;
`\\mathbf{1}^T` and `I` take the size their neighbour needs. A product that does not conform
is a ShapeMismatch (a wrong step), never a guess.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import sympy as sp

from checker.derive.errors import ShapeMismatch, Undecided
from checker.derive.regex import Regex


def is_matrix(value: object) -> bool:
    return isinstance(value, sp.MatrixBase)


def shape_text(value: object) -> str:
    return f"({value.rows}, {value.cols})" if is_matrix(value) else "a number"  # type: ignore


@dataclass(frozen=True)
class Sized:
    """`\\mathbf{1}` (ones) or `I` (identity) before its size is known: the operand beside it
    in a product or a sum decides it."""

    kind: str  # "ones" (a column of ones; `1^T` is its transpose) or "identity"
    transposed: bool = False
    factor: sp.Expr = sp.S.One  # (1/m) 1^T: a number it was multiplied by

    def T(self) -> Sized:
        return Sized(self.kind, not self.transposed, self.factor)

    def scaled(self, by: sp.Expr) -> Sized:
        return Sized(self.kind, self.transposed, self.factor * by)

    def fit(self, rows: int | None = None, cols: int | None = None) -> sp.Matrix:
        if self.kind == "identity":
            n = rows if rows is not None else cols
            return self.factor * sp.eye(n)  # type: ignore[arg-type]
        if self.transposed:  # a row of ones: as many as the columns it must span
            return self.factor * sp.ones(1, cols)  # type: ignore[arg-type]
        return self.factor * sp.ones(rows, 1)  # type: ignore[arg-type]


@dataclass(frozen=True)
class Jacobian:
    """∂U/∂V for matrices U and V (an object with four indices): for each entry of V, in
    row-major order, the matrix of U's slopes by it. Alone it is not a matrix; beside ∂L/∂U
    (U's shape) in a product it is the chain rule: ∂L/∂V = Σ_ab ∂L/∂U_ab ∂U_ab/∂V."""

    numerator: tuple[int, int]
    variable: tuple[int, int]
    slopes: tuple[sp.Matrix, ...]

    def contract(self, gradient: sp.Matrix) -> sp.Matrix:
        rows, cols = self.variable
        return sp.Matrix(rows, cols, lambda r, c: sum(
            (gradient[a, b] * self.slopes[r * cols + c][a, b]
             for a in range(self.numerator[0]) for b in range(self.numerator[1])),
            sp.Integer(0)))

    def then(self, inner: Jacobian) -> Jacobian:
        """∂U/∂V · ∂V/∂W = ∂U/∂W."""
        if inner.numerator != self.variable:
            raise ShapeMismatch(f"the chain does not conform: ∂·/∂ of shape {self.variable} "
                                f"then ∂ of shape {inner.numerator}")
        rows, cols = self.numerator
        slopes = []
        for k in range(len(inner.slopes)):
            slopes.append(sp.Matrix(rows, cols, lambda a, b, k=k: sum(
                (self.slopes[v][a, b] * inner.slopes[k][v // self.variable[1],
                                                        v % self.variable[1]]
                 for v in range(len(self.slopes))), sp.Integer(0))))
        return Jacobian(self.numerator, inner.variable, tuple(slopes))


def _chain(left, right):
    """A gradient beside a Jacobian (either order), or two Jacobians: the chain rule."""
    if isinstance(left, Jacobian) and isinstance(right, Jacobian):
        if left.variable == right.numerator:
            return left.then(right)
        if right.variable == left.numerator:
            return right.then(left)
        raise ShapeMismatch("two derivatives of matrices that do not chain")
    jac, grad = (left, right) if isinstance(left, Jacobian) else (right, left)
    if not is_matrix(grad) or grad.shape != jac.numerator:
        raise Undecided(f"a derivative of a matrix by a matrix beside {shape_text(grad)}: "
                        "not a chain rule this checker can read")
    return jac.contract(grad)


def _resolve(left, right, op: str):
    """Give a Sized operand the size its neighbour needs."""
    if isinstance(left, Sized) and isinstance(right, Sized):
        raise Undecided("two operands whose sizes depend on each other (1 and I): no size")
    if isinstance(left, Sized):
        left = _fit(left, right, rows=right.rows if is_matrix(right) else 0,
                    cols=(right.rows if op == "*" else right.cols) if is_matrix(right) else 0)
    if isinstance(right, Sized):
        right = _fit(right, left, rows=(left.cols if op == "*" else left.rows)
                     if is_matrix(left) else 0, cols=left.cols if is_matrix(left) else 0)
    return left, right


def _fit(sized: Sized, beside, rows: int, cols: int) -> sp.Matrix:
    if not is_matrix(beside):
        raise Undecided(f"{'I' if sized.kind == 'identity' else '1'} beside a number: its size "
                        "is unknown")
    return sized.fit(rows=rows, cols=cols)


def _broadcast(left, right) -> tuple:
    """Both operands at one shape, as NumPy broadcasts: a number, a (1, k) row over (m, k),
    an (m, 1) column over (m, k); anything else does not conform."""
    if not is_matrix(left) and not is_matrix(right):
        return left, right
    if not is_matrix(left):
        return sp.Matrix(right.rows, right.cols, lambda r, c: left), right
    if not is_matrix(right):
        return left, sp.Matrix(left.rows, left.cols, lambda r, c: right)
    if left.shape == right.shape:
        return left, right
    rows = _common(left.rows, right.rows)
    cols = _common(left.cols, right.cols)
    if rows is None or cols is None:
        raise ShapeMismatch(f"the shapes do not conform: {shape_text(left)} and "
                            f"{shape_text(right)}")
    return (sp.Matrix(rows, cols, lambda r, c: left[r % left.rows, c % left.cols]),
            sp.Matrix(rows, cols, lambda r, c: right[r % right.rows, c % right.cols]))


def _common(a: int, b: int) -> int | None:
    if a == b or b == 1:
        return a
    if a == 1:
        return b
    return None


def combine(op: str, left, right):
    """left op right for + - * / ⊙ ^, matrices and numbers as the notes mean them."""
    if isinstance(left, Jacobian) or isinstance(right, Jacobian):
        if op != "*":
            raise Undecided("a derivative of a matrix by a matrix (four indices) in a sum")
        return _chain(left, right)
    if op in {"*", "/"} and isinstance(left, Sized) and not is_matrix(right) and \
            not isinstance(right, Sized):
        return left.scaled(right if op == "*" else 1 / right)
    if op == "*" and isinstance(right, Sized) and not is_matrix(left) and \
            not isinstance(left, Sized):
        return right.scaled(left)
    left, right = _resolve(left, right, op)
    if op == "*":
        if is_matrix(left) and is_matrix(right):
            if left.cols != right.rows:
                if left.shape == right.shape and 1 in left.shape:
                    # Y log(A) for two columns of one shape: entry by entry, as the notes
                    # mean it (a dot product is written yᵀx)
                    return left.multiply_elementwise(right)
                raise ShapeMismatch(f"the shapes do not conform: {shape_text(left)} times "
                                    f"{shape_text(right)}")
            return left * right
        return left * right
    if op in {"+", "-", "⊙"}:
        a, b = _broadcast(left, right)
        if op == "+":
            return a + b
        if op == "-":
            return a - b
        return a.multiply_elementwise(b) if is_matrix(a) else a * b
    if op == "/":
        if is_matrix(right):
            a, b = _broadcast(left, right)
            return sp.Matrix(a.rows, a.cols, lambda r, c: a[r, c] / b[r, c])
        return left / right
    if op == "^":
        if is_matrix(right):
            raise Undecided("a power with a matrix exponent")
        if is_matrix(left):
            if left.rows == left.cols and left.rows > 1:
                raise Undecided("the power of a square matrix: a matrix product, or entry by "
                                "entry?")
            return left.applyfunc(lambda e: e ** right)
        return left ** right
    raise ValueError(op)


def like_vectors(left, right) -> bool:
    """Two vectors of one shape side by side, more than one entry each: a product the notes
    write for the entry-by-entry one (Y log A) and for the dot product (x^{(i)}θ, q·k)."""
    return is_matrix(left) and is_matrix(right) and left.shape == right.shape and \
        1 in left.shape and len(left) > 1


def dot(left: sp.Matrix, right: sp.Matrix) -> sp.Expr:
    """The dot product of two vectors of one shape."""
    return sum((a * b for a, b in zip(left, right)), sp.Integer(0))


def entrywise(fn: Callable[[sp.Expr], sp.Expr], value):
    """A function of a matrix, entry by entry (σ(Z), log A, e^Z); of a number, itself."""
    return value.applyfunc(fn) if is_matrix(value) else fn(value)


def softmax(value) -> sp.Matrix:
    """softmax of a vector; of a matrix, row by row (one example per row, as in the notes)."""
    if not is_matrix(value):
        raise Undecided("softmax of a single number (of which vector?)")
    if value.cols == 1:
        value = value.T
        return _softmax_rows(value).T
    return _softmax_rows(value)


def _softmax_rows(value: sp.Matrix) -> sp.Matrix:
    out = sp.zeros(value.rows, value.cols)
    for r in range(value.rows):
        total = sum(sp.exp(value[r, c]) for c in range(value.cols))
        for c in range(value.cols):
            out[r, c] = sp.exp(value[r, c]) / total
    return out


def entry(value, rows: list[int | None], name: str) -> sp.Expr:
    """(A)_{ij} at 1-based indices; (A)_{i,:} a row; a vector's one index picks from it."""
    if not is_matrix(value):
        raise Undecided(f"an entry of {name}, which is a number here")
    if len(rows) == 1:
        if 1 not in value.shape:
            raise Undecided(f"{name}_{rows[0]}: one index into a matrix")
        flat = list(value)
        k = rows[0]
        if k is None or not 1 <= k <= len(flat):
            raise Undecided(f"{name}_{k}: outside its {len(flat)} entries")
        return flat[k - 1]
    i, j = rows
    if i is not None and not 1 <= i <= value.rows or j is not None and not 1 <= j <= value.cols:
        raise Undecided(f"{name}_({i},{j}): outside its shape {shape_text(value)}")
    if i is None:
        return value[:, j - 1]  # type: ignore[operator]
    if j is None:
        return value[i - 1, :]
    return value[i - 1, j - 1]


def gradient_shape_note(value, var_shape: tuple[int, int], name: str) -> str | None:
    """A result with the transpose of the variable's shape: say which shape it must have."""
    if is_matrix(value) and value.shape == var_shape[::-1] and var_shape[0] != var_shape[1]:
        return (f"transposed: the derivative by {name} must have {name}'s shape "
                f"{var_shape}, this is {value.shape}")
    return None


# -- one example per column (Andrew Ng's notation) ------------------------------------------
_EXAMPLE = Regex(r"(\[\w+\])?\((\w)\)")  # the sup of a^{[2](i)}, y^{(i)}


def example_of(sym) -> tuple[list, str] | None:
    """a^{[2](i)}, y^{(i)}, x_j^{(i)}, dZ^{[1](i)}: the names of the matrix it may be example
    i of (A^{[2]}, then a^{[2]}; Y, y; X, x; dZ^{[1]}), and the example's letter; None for
    a name that is no example."""
    from dataclasses import replace

    found = _EXAMPLE.fullmatch(sym.sup)
    if found is None or len(sym.index) > 1:
        return None
    layer = found.group(1) or ""
    bases = dict.fromkeys((sym.base[:1].upper() + sym.base[1:], sym.base))
    return [replace(sym, base=b, index=(), sup=layer) for b in bases], found.group(2)
