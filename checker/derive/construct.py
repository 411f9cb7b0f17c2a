"""The construct a formula uses that this checker cannot evaluate, named for the writer.

An unexpected error while a step is decided (a checker gap, not the writer's mistake) must
never reach the writer as `AttributeError while evaluating`: the step is undecided, and the
message names what in the formula was under way (`the derivative ∂h_t/∂h_{t-1} of a vector
by a vector is not supported`), found from the values and syntax nodes the error passed
through.
"""

from __future__ import annotations

import sympy as sp

from checker.derive import tree
from checker.derive.printer import spoken
from checker.derive.render import render

# values that stand for a construct but are not numbers or matrices (matrix.py), by class
VALUES = {
    "Jacobian": "a derivative of a matrix or vector by a matrix or vector (a Jacobian) on "
                "its own",
    "Sized": "𝟏 or I whose size the formula does not fix",
}
KINDS = {  # syntax node → what the writer calls it
    tree.Sum: "the sum", tree.Deriv: "the derivative", tree.Prime: "the derivative",
    tree.Matrix: "the matrix", tree.Grid: "the matrix", tree.Transpose: "the transpose",
    tree.Norm: "the norm", tree.Abs: "the absolute value", tree.Cases: "the cases",
    tree.Shape: "the tuple",
}
OPS = {"⊙": "the element-wise product", "*": "the product", "/": "the quotient",
       "^": "the power", "+": "the sum", "-": "the difference"}
LONGEST = 60  # characters of the construct shown


def describe(node) -> str:
    """`the sum Σ_k e^(z_k)`, `the function softmax(z)`: a syntax node as the writer knows it."""
    if isinstance(node, tree.Call):
        kind = "the function"
    elif isinstance(node, tree.Bin):
        kind = OPS.get(node.op, "the expression")
    else:
        kind = KINDS.get(type(node), "the expression")
    shown = render(node)
    return f"{kind} {shown if len(shown) <= LONGEST else shown[:LONGEST - 1] + '…'}"


def unsupported_value(value) -> str | None:
    """What a lowered value that is not a number or a matrix stands for, or None."""
    if isinstance(value, (sp.Basic, sp.MatrixBase, int, float)):
        return None
    return VALUES.get(type(value).__name__, "an expression this checker cannot evaluate")


def unsupported(err: BaseException, doing: str = "") -> str:
    """`could not decide: <construct> is not supported (…)` for an unexpected error: the
    innermost syntax node (or special value) the error passed through names the construct."""
    what = None
    tb = err.__traceback__
    frames = []
    while tb is not None:
        frames.append(tb.tb_frame)
        tb = tb.tb_next
    ours = [f for f in reversed(frames)  # innermost first
            if "/checker/derive/" in f.f_code.co_filename.replace("\\", "/")]
    for frame in ours:  # a special value met on the way names it best
        what = next((VALUES[type(v).__name__] for v in frame.f_locals.values()
                     if type(v).__name__ in VALUES), None)
        if what:
            break
    for frame in ours if what is None else ():  # else the syntax node under way
        node = frame.f_locals.get("node")
        if isinstance(node, tree.Node.__args__):  # type: ignore[attr-defined]
            what = describe(node)
            break
    for frame in ours if what is None else ():  # else the value being evaluated
        value = frame.f_locals.get("expr")
        if isinstance(value, (sp.Basic, sp.MatrixBase)):
            shown = spoken(value)
            shown = shown if len(shown) <= LONGEST else shown[:LONGEST - 1] + "…"
            what = f"a matrix ({shown}) where a number is expected" \
                if isinstance(value, sp.MatrixBase) else f"the expression {shown}"
            break
    if what is None and doing.startswith("while ") and doing != "while evaluating":
        what, doing = doing.removeprefix("while "), ""  # solving X = [...] for a variable
    return f"could not decide: {what or 'a construct in this formula'} is not supported " \
           f"(the checker failed {doing or 'there'}; the step is not checked)"
