"""Shapes the text fixes as written, and products that can never conform.

A space declared for a name (`X \\in \\mathbb{R}^{m \\times n}`), a matrix written out, a
transpose or a product of names whose shapes are known: the shape a node has whatever sizes the
text leaves free (`certain_shape`), and whether an operation between two such shapes fails at
every size (`never_conform`). Unlike inference.py's shapes these are the text's word: a step
whose sides differ on them does not hold.
"""

from __future__ import annotations

from checker.derive.tree import (
    Bin,
    Call,
    Deriv,
    Neg,
    Num,
    Sym,
    Transpose,
)
from checker.derive.unification import ELEMENTWISE


# -- shapes declared as spaces: X ∈ ℝ^{m×n} ----------------------------------------------
def space(node) -> tuple[str, str] | None:
    """`\\mathbb{R}^{m \\times n}` → (m, n); `\\mathbb{R}^n` → (n, 1), a column."""
    from checker.derive.render import render

    if not (isinstance(node, Bin) and node.op == "^" and isinstance(node.left, Sym) and
            node.left.base == "R" and not node.left.index):
        return None
    exponent = node.right
    if isinstance(exponent, Bin) and exponent.op == "*":
        return render(exponent.left), render(exponent.right)
    return render(exponent), "1"


def spaces(segments) -> list[tuple[str, tuple[str, str], bool]]:
    """The shapes a formula declares: `X \\in \\mathbb{R}^{m \\times n}`, each name of a list
    before it (`\\mathbf{x}, \\mathbf{a} \\in \\mathbb{R}^n`), and each name a chain equates
    before it (`\\delta = \\frac{\\partial L}{\\partial z} \\in \\mathbb{R}^k`). The flag
    says whether both sizes are written (`\\mathbb{R}^{n \\times 1}`: a column as the writer
    wrote it), not the column `\\mathbb{R}^n` is by default."""
    out: list[tuple[str, tuple[str, str], bool]] = []
    waiting: list[str] = []
    for seg in segments:
        members, ops = seg.relation.members, seg.relation.ops
        if len(members) == 1 and isinstance(members[0], Sym):
            waiting.append(members[0].name)
            continue
        # δ = \frac{\partial L}{\partial z} \in \mathbb{R}^k: the names the chain equates
        dims = space(members[-1]) if ops and ops[-1] == "∈" and \
            all(op == "=" for op in ops[:-1]) else None
        if dims is not None and isinstance(members[0], Sym):
            both = isinstance(members[-1].right, Bin) and members[-1].right.op == "*"
            out.extend((name, dims, both) for name in waiting + [
                m.name for m in members[:-1] if isinstance(m, Sym)])
        waiting = []
    return out


# -- a matrix expression's shape in the text's own dimensions -------------------------------
def written_shape(node, shapes: dict, lookup, depth: int = 0) -> tuple[str, str] | None:
    """(m, n) for X declared (m, n); through definitions, transposes, products, sums and
    functions applied entry by entry: A_1 = σ(XW_1 + b_1) is (m, h). None when not known.
    The checked sizes may make a matrix square by chance; this says whether the text's is."""
    if depth > 12:
        return None
    again = lambda n: written_shape(n, shapes, lookup, depth + 1)  # noqa: E731
    named = _named(node, shapes, lookup, again)
    if named is not _OTHER:
        return named  # type: ignore[return-value]
    if isinstance(node, Deriv) and node.order == 1 and isinstance(node.num, Sym) and \
            again(node.num) is None:  # ∂L/∂W of a loss: W's shape
        return again(node.var)
    if isinstance(node, Call):
        if node.name in {"tr", "trace"} or node.order:
            return None
        return next((s for s in map(again, node.args) if s), None)
    if isinstance(node, Bin):
        left, right = again(node.left), again(node.right)
        if node.op == "*" and left and right:
            return left[0], right[1]
        if node.op in {"+", "-", "⊙", "/"} and left and right:
            return left if "1" not in left else right  # a bias row broadcast
        return left or right if node.op != "^" else left
    return None


# -- a shape no reading can change ----------------------------------------------------------
NUMBER = ()  # the certain shape of a number
BIASES = {"b", "beta"}  # Wx + b, XW + b: added to a product of its own shape or broadcast
_OTHER = object()


def _named(node, shapes: dict, lookup, again):
    """What both shape readers share: a name's declared shape or its definition's (None: not
    known), a transpose's, a negation's; _OTHER for any other node."""
    if isinstance(node, Sym):
        dims = shapes.get(node.name)
        if dims is not None:
            return tuple(dims) if len(dims) == 2 else None
        found = lookup(node)
        return again(found.body) if found is not None and not found.params else None
    if isinstance(node, Transpose):
        inner = again(node.arg)
        return inner[::-1] if inner else inner
    if isinstance(node, Neg):
        return again(node.arg)
    return _OTHER
LOSS_NAMES = {"L", "J", "C", "ell", "mathcal{L}", "loss", "Loss", "cost", "Cost"}


def certain_shape(node, shapes: dict, lookup, number, depth: int = 0,
                  numerator: bool = False) -> tuple[str, ...] | None:
    """The shape of `node` in the text's dimensions whatever shape its undeclared names have:
    from declared shapes and definitions only. A number is NUMBER; a sum or ⊙ of a full
    matrix (no dimension 1) with a name of no declared shape has the matrix's shape (the name
    broadcasts to it, or the sum does not conform either way); ∂L/∂W of a loss has W's shape;
    `number(sym)`: a name that is a number (a dimension: m in 1/m); `numerator`: the text uses
    the numerator layout (∂L/∂W has Wᵀ's shape). None when the shape depends on a name whose
    shape is not known."""
    if depth > 12:
        return None
    again = lambda n: certain_shape(n, shapes, lookup, number, depth + 1,  # noqa: E731
                                    numerator)
    if isinstance(node, Num):
        return NUMBER
    if isinstance(node, Sym) and number(node):
        return NUMBER
    named = _named(node, shapes, lookup, again)
    if named is not _OTHER:
        return named  # type: ignore[return-value]
    if isinstance(node, Call):
        if len(node.args) == 1 and not node.order and \
                (node.name in ELEMENTWISE or node.name == "softmax"):
            return again(node.args[0])
        if node.name in {"max", "min"} and not node.order:  # max(0, Z): Z's shape
            found = [again(a) for a in node.args]
            arrays = [f for f in found if f != NUMBER]
            return arrays[0] if len(arrays) == 1 and len(found) == 2 else None
        return None
    if isinstance(node, Deriv):
        if node.order == 1 and isinstance(node.num, Sym) and node.num.name in LOSS_NAMES:
            var = again(node.var)
            return var[::-1] if numerator and var else var
        return None
    if not isinstance(node, Bin):
        return None
    left, right = again(node.left), again(node.right)
    if node.op == "^":
        return left if right == NUMBER else None
    if left == NUMBER or right == NUMBER:
        return right if left == NUMBER else left
    if node.op == "*":
        if left and right and left[1] == right[0]:
            return left[0], right[1]
        return None
    if node.op not in {"+", "-", "⊙", "/"}:
        return None
    if left and right:
        if all(a == b or "1" in (a, b) for a, b in zip(left, right)):
            return tuple(b if a == "1" else a for a, b in zip(left, right))
        return None
    known = left or right
    other = node.right if known is left else node.left
    if known and isinstance(other, Sym) and other.base in BIASES and node.op in {"+", "-"}:
        return known  # Wx + b: a bias has the product's shape, or broadcasts over a batch
    return known if known and "1" not in known else None


def partial_shape(node, shapes: dict, lookup, number, depth: int = 0,
                  numerator: bool = False) -> tuple | None:
    """What `node`'s shape certainly is when a name of no declared shape leaves part of it
    open: a product's rows are its left factor's, its columns its right factor's, whatever
    the other factor is (`XXᵀθ` with X (m, n) has m rows, θ a number or any matrix); an open
    dimension is None. NUMBER or a full shape when certain_shape knows it; None when neither
    dimension is known."""
    full = certain_shape(node, shapes, lookup, number, depth, numerator)
    if full is not None or depth > 12:
        return full
    def again(n):
        return partial_shape(n, shapes, lookup, number, depth + 1, numerator)
    found: tuple | None = None
    if isinstance(node, Neg):
        found = again(node.arg)
    elif isinstance(node, Transpose):
        inner = again(node.arg)
        found = inner[::-1] if inner else None
    elif isinstance(node, Call) and len(node.args) == 1 and not node.order and \
            (node.name in ELEMENTWISE or node.name == "softmax"):
        found = again(node.args[0])
    elif isinstance(node, Bin) and node.op in {"*", "+", "-", "⊙", "/"}:
        left, right = again(node.left), again(node.right)
        if node.op == "/":
            found = left if right == NUMBER else None
        elif node.op == "*":  # an open factor may be a number: only the certain side's axis
            rows = left[0] if left else right[0] if left == NUMBER and right else None
            cols = right[1] if right else left[1] if right == NUMBER and left else None
            found = (rows, cols)
        else:  # a sum: an open operand broadcasts (a number) or has the same dimension
            found = tuple(next((d for d in (a, b) if d is not None and d != "1"), None)
                          for a, b in zip(left or (None, None), right or (None, None)))
    return found if found and any(d is not None for d in found) else None


def distinct(a: str, b: str, value) -> bool:
    """Are two dimensions as written certainly different sizes: two numbers that differ, or
    two names the text never sets to equal values (`value`: a name's bound size or None)?"""
    if a == b:
        return False
    if a.isdigit() and b.isdigit():
        return True
    if a.isdigit() or b.isdigit() or not (a.isidentifier() and b.isidentifier()):
        return False
    va, vb = value(a), value(b)
    return va is None or vb is None or va != vb


def _apart(a: str, b: str, value) -> bool:
    """`distinct`, and a size the text names against the size 1: a named size stands for any
    size, as two names do in `distinct`, unless the text gives it the value 1."""
    if b == "1" and a.isidentifier():
        return value(a) != 1
    return distinct(a, b, value)


def never_conform(op: str, left: tuple[str, ...], right: tuple[str, ...], value) -> bool:
    """Shapes in the text's dimensions that cannot conform under `op` at any sizes."""
    if op == "*":
        return None not in (left[1], right[0]) and distinct(left[1], right[0], value)
    return any(None not in (a, b) and "1" not in (a, b) and distinct(a, b, value)
               for a, b in zip(left, right))


def broadcasts(left: tuple[str, ...], right: tuple[str, ...], value) -> bool:
    """May two factors written side by side be an element-wise product: of one shape, or one
    of them stretched along its axes of size 1 to the other's shape (`γ X̂`, γ (1, d) beside X̂
    (m, d)). A row beside a column (`dZ W^T`, (1, m) beside (n, 1)) is not: stretching both
    into an (n, m) outer product is NumPy's reading of `*`, never one of juxtaposition."""
    def into(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
        return all(x == "1" or not _apart(x, y, value) for x, y in zip(a, b))

    return into(left, right) or into(right, left)


def zero_beside(left, right) -> tuple | None:
    """`Xᵀ(y - Xθ) = 0`: a matrix beside the number 0 means the zero matrix of its shape. The
    sides as matrices then (the 0 made one), else None. (Only ever to hold: the 0 may be a value
    computed from an unread link, or the claim an equation set up to be solved.)"""
    import sympy as sp

    for matrix, number in ((left, right), (right, left)):
        if isinstance(matrix, sp.MatrixBase) and not isinstance(number, sp.MatrixBase) and \
                sp.sympify(number) == 0:
            zero = sp.zeros(*matrix.shape)
            return (matrix, zero) if matrix is left else (zero, matrix)
    return None


def identity_as_one(left, right):
    """`(I - ηA)e_k` read with every name a number: `I`, a name the text never defines, is the
    identity matrix by convention, which as a number is 1. The sides with I = 1, or None when
    no free `I` is in them. (Agreeing so, the step may hold for matrices too, or not: matrices
    do not commute; a difference read with I a number is no verdict either way.)"""
    import sympy as sp

    if any(isinstance(side, sp.MatrixBase) for side in (left, right)):
        return None  # (tested first: a matrix's free symbols cost a walk of every entry)
    names = {s for side in (left, right) for s in getattr(side, "free_symbols", ())
             if isinstance(s, sp.Symbol) and s.name == "I"}
    if not names:
        return None
    ones = {s: sp.Integer(1) for s in names}
    return sp.sympify(left).xreplace(ones), sp.sympify(right).xreplace(ones)
