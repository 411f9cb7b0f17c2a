"""Syntax trees → short, readable plain text for reports (`∂L/∂w`, `ŷ`, `x_1^(2)`)."""

from __future__ import annotations

from checker.derive import vocabulary
from checker.derive.tree import (
    GIVEN,
    Abs,
    At,
    Bin,
    Call,
    Cases,
    Const,
    Deriv,
    Elision,
    Entry,
    Grid,
    Integral,
    Lim,
    Matrix,
    Neg,
    Node,
    Norm,
    Num,
    Prime,
    Shape,
    Sum,
    Sym,
    Transpose,
)

GREEK = vocabulary.GREEK_DISPLAY
PREC = {"+": 1, "-": 1, "*": 2, "/": 2, "⊙": 2, "^": 3}


def _symbol(sym: Sym) -> str:
    """The letter under its accents: ŷ (a combining mark), else `bar(x)`."""
    text = vocabulary.display(sym.base)
    for accent in reversed(sym.accents):
        mark = vocabulary.BY_NAME[accent].display
        text = text + mark if mark else f"{accent}({text})"
    return text


def render(node: Node | None, prec: int = 0) -> str:
    if node is None:
        return "…"
    if isinstance(node, Num):
        return node.text
    if isinstance(node, Const):
        return vocabulary.display(node.name)
    if isinstance(node, Sym):
        text = _symbol(node)
        if node.index:
            joined = "".join(node.index) if all(len(i) == 1 for i in node.index) else \
                ",".join(node.index)
            text += f"_{joined}" if len(joined) == 1 else f"_{{{joined}}}"
        return text + _sup(node.sup)
    if isinstance(node, Neg):
        text = "-" + render(node.arg, 2)
        return f"({text})" if prec >= 2 else text  # 1.5·(-1), a - (-b)
    if isinstance(node, Bin):
        p = PREC[node.op]
        if node.op == "^" and isinstance(node.left, Const) and node.left.name == "e":
            return f"e^({render(node.right)})"
        op = {"*": "·", "⊙": " ⊙ "}.get(node.op, f" {node.op} " if p == 1 else node.op)
        left_prec = p + 1 if node.op == "^" else p  # (x^2)^3, not x^2^3
        right_prec = p + (node.op in "-/^")
        right = render(node.right, max(right_prec, 2) if isinstance(node.right, Neg)
                       else right_prec)
        text = render(node.left, left_prec) + op + right
        return f"({text})" if p < prec else text
    if isinstance(node, Call):
        name = (render(node.of) if node.of is not None else vocabulary.display(node.name)) + \
            "'" * node.order
        if node.name == "inner" and len(node.args) == 2:
            return f"⟨{render(node.args[0])}, {render(node.args[1])}⟩"
        if node.name == "xor" and not node.order and len(node.args) > 1:
            return " ⊕ ".join(render(a, 3) for a in node.args)  # bits, as written
        if node.name == "factorial" and not node.order and len(node.args) == 1:
            return render(node.args[0], 3) + "!"  # y!
        if node.args == (Sym("·"),):
            return name  # σ' = σ(1 - σ): written without its argument
        return name + f"({arguments(node.args)})"
    if isinstance(node, Deriv | At) and node.written:  # z_x, z_x(1, 1): as the text writes it
        return node.written
    if isinstance(node, Deriv):
        d = "∂"
        order = f"^{node.order}" if node.order > 1 else ""
        var = render(node.var) + (f"^{node.power}" if node.power > 1 else "")  # ∂/∂σ^2
        if node.num is not None:
            return f"{d}{order}{render(node.num)}/{d}{var}{order}"
        return f"{d}{order}/{d}{var}{order} [{render(node.operand)}]"
    if isinstance(node, Prime):
        return render(node.arg, 3) + "'" * node.order
    if isinstance(node, Sum):
        rng = f"{node.index}={render(node.lo)}..{render(node.hi)}" if node.hi else node.index
        if node.skip is not None:
            rng = f"{node.index}≠{render(node.skip)}"
        head = {"+": "Σ", "*": "Π"}.get(node.op, node.op)  # max_j z_j
        if node.index is None:  # `\\sum x_i`, its index not written
            return f"{head} {render(node.body, 2)}"
        return f"{head}_{rng} {render(node.body, 2)}"
    if isinstance(node, Integral):
        var = render(Sym(node.var))
        if node.lo is None or node.hi is None:
            return f"∫ {render(node.body, 2)} d{var}"
        return f"∫_{render(node.lo)}^{render(node.hi)} {render(node.body, 2)} d{var}"
    if isinstance(node, Lim):
        side = "" if node.side == "+-" else f"^{node.side}"
        return f"lim_{render(Sym(node.var))}→{render(node.to)}{side} {render(node.body, 2)}"
    if isinstance(node, Abs):
        return f"|{render(node.arg)}|"
    if isinstance(node, At):  # f|_{x=0}
        return f"({render(node.arg)})|_{render(node.at.members[0])}={render(node.at.members[-1])}"
    if isinstance(node, Entry):  # (XW)_{ij}
        inner = render(node.arg) if isinstance(node.arg, Call) else f"({render(node.arg)})"
        return inner + "_" + ("".join(node.index) if all(len(i) == 1 and i != ":"
                                                         for i in node.index)
                              else "{" + ",".join(node.index) + "}")
    if isinstance(node, Norm):
        return f"‖{render(node.arg)}‖" + (f"_{render(node.p)}" if node.p else "")
    if isinstance(node, Transpose):  # (∂L/∂Z)ᵀ: a fraction's bar would not bind the mark
        inner = render(node.arg, 3)
        return (f"({inner})" if isinstance(node.arg, Deriv) and "/" in inner else inner) + "ᵀ"
    if isinstance(node, Elision):
        return {"vdots": "⋮", "ddots": "⋱"}.get(node.kind, "⋯")
    if isinstance(node, Grid):
        return "[" + "; ".join(" ".join(render(c) for c in row) for row in node.rows) + "]"
    if isinstance(node, Matrix):
        return "[" + "; ".join(" ".join(render(c) for c in row) for row in node.rows) + "]"
    if isinstance(node, Shape):
        return "(" + ", ".join(render(d) for d in node.dims) + ")"
    if isinstance(node, Cases):
        def condition(c) -> str:
            if c is None:
                return "otherwise"
            parts = [render(c.members[0])]
            for op, m in zip(c.ops, c.members[1:]):
                parts += [op, render(m)]
            return "if " + " ".join(parts)
        return "{" + "; ".join(f"{render(v)} {condition(c)}" for v, c in node.branches) + "}"
    return type(node).__name__


def render_name(sym: Sym) -> str:
    """A symbol at concrete index values, for a counterexample: `ŷ_2`, `w_{21}`, `w_{2,10}`,
    `x_1^(2)` (as the text writes an entry: never `w_2,1`)."""
    sub = ""
    if len(sym.index) == 1:
        sub = f"_{sym.index[0]}" if len(sym.index[0]) == 1 else f"_{{{sym.index[0]}}}"
    elif sym.index:
        joined = "".join(sym.index) if all(len(i) == 1 for i in sym.index) else \
            ",".join(sym.index)
        sub = f"_{{{joined}}}"
    return _symbol(sym) + sub + _sup(sym.sup)


def render_stem(stem: str) -> str:
    """A family's stem as the text writes it: `hat(y)` is ŷ (Sym.stem, the other way)."""
    accents: list[str] = []
    while stem.endswith(")") and "(" in stem:
        accent, inner = stem[:-1].split("(", 1)
        if accent not in vocabulary.BY_NAME:
            break
        accents.append(accent)
        stem = inner
    return _symbol(Sym(stem, accents=tuple(accents)))


def _sup(sup: str) -> str:
    """A symbol's label: `^*`, `^(2)`; primes (W', a new name) as written."""
    return sup if set(sup) == {"'"} else f"^{sup}" if sup else ""


def arguments(args) -> str:
    """A call's arguments as written: commas between them, the conditional bar where it was."""
    out = ""
    for a in args:
        if a == GIVEN:
            out += " ∣ "
        else:
            out += (", " if out and not out.endswith(" ∣ ") else "") + render(a)
    return out
