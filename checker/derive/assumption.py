"""What the text assumes or declares: directives, y ∈ {0, 1}, 0 < ŷ < 1, one-hot labels,
matrix shapes.
"""

from __future__ import annotations

import re

from checker.derive.context import Context
from checker.derive.errors import Unreadable
from checker.derive.markdown import Directive
from checker.derive.member import is_name, mentions
from checker.derive.notation import parse_expression
from checker.derive.render import render
from checker.derive.result import Step
from checker.derive.state import State
from checker.derive.tree import Shape, Sym


def read_directive(d: Directive, state: State) -> list[Step]:
    """`<!-- grader: define a = \\sigma(z); assume y \\in \\{0, 1\\}; shape X (m, n) -->`."""
    ctx = state.ctx
    steps = []
    for part in filter(None, (p.strip() for p in d.text.split(";"))):
        verb, _, rest = part.partition(" ")
        try:
            if verb == "define":
                name, body = rest.split("=", 1)
                target = parse_expression(name.strip(), ctx.known)
                value = parse_expression(body.strip(), ctx.known)
                if not is_name(target):
                    raise Refused("a name to define (`define a = \\sigma(z)`)", name.strip())
                if mentions(value, target):
                    raise Refused("a definition in other names", f"{part}: {name.strip()} "
                                  "in terms of itself")
                state.define(target, value, d.line)
            elif verb == "assume":
                if not assumes(rest, ctx):
                    raise Refused("an assumption such as `y \\in \\{0, 1\\}`, "
                                  "`0 < \\hat{y} < 1` or `y_1 + y_2 + y_3 = 1`", rest.strip())
            elif verb == "shape":
                name, dims = rest.split("(", 1)
                shape = parse_expression("(" + dims, ctx.known)
                if not isinstance(shape, Shape):
                    raise Refused("a shape such as `X (m, n)`", rest.strip())
                sizes = tuple(render(x) for x in shape.dims)
                if any(not (s.isidentifier() or (s.isdigit() and 0 < int(s) <= 100_000))
                       for s in sizes):
                    raise Refused("sizes that are names or whole numbers up to 100000",
                                  ", ".join(sizes))
                ctx.declare_shape(name.strip(), sizes)
            else:
                raise Refused("`define`, `assume` or `shape`", f"`{verb}`")
        except Refused as why:
            steps.append(Step(d.line, "unreadable", "", "", f"could not read the directive "
                              f"`{part}`: expected {why.expected}, found {why.received}"))
        except (Unreadable, ValueError):
            steps.append(Step(d.line, "unreadable", "", "",
                              f"could not read the directive `{d.text}`"))
    return [] if d.read else steps  # a shape the prose only seemed to declare: no step


class Refused(Unreadable):
    """A directive that reads but makes no sense: refused, never applied."""


def assumes(text: str, ctx: Context) -> bool:
    """Record what `text` assumes (a directive's `assume`); False when it assumes nothing this
    checker knows how to use."""
    before = (dict(ctx.discrete), dict(ctx.intervals), set(ctx.normalised))
    layout = re.fullmatch(r"\s*(numerator|denominator)\s+layout\s*", text)
    if layout:  # assume numerator layout: ∂L/∂W has Wᵀ's shape
        ctx.layout = layout.group(1)
        return True
    row = re.fullmatch(r"\s*(.+?)\s+(?:is\s+)?(?:a\s+)?row(?:\s+vector)?\s*", text)
    if row:  # assume x row: the words call x a row vector (the text keeps its vectors rows)
        try:
            sym = parse_expression(row.group(1))
        except Unreadable:
            return False
        if isinstance(sym, Sym):
            ctx.rows.add(sym.name)
            return True
        return False
    # assume A symmetric, assume Q orthogonal, assume D diagonal, assume P idempotent
    kind = re.fullmatch(r"\s*(.+?)\s+(?:is\s+)?(symmetric|orthogonal|diagonal|idempotent)"
                        r"(?:\s+(\d+(?:\.\d+)?))?\s*", text)
    if kind:
        try:
            sym = parse_expression(kind.group(1))
        except Unreadable:
            return False
        if isinstance(sym, Sym):
            getattr(ctx, kind.group(2)).add(sym.name)
            if kind.group(3) and kind.group(2) == "orthogonal":  # AᵀA = 4I: A = 2Q
                ctx.scales[sym.name] = float(kind.group(3)) ** 0.5
            # read as a number (no shape), an orthogonal Q is ±1 and an idempotent P is 0 or 1
            scalar = {"orthogonal": (-1.0, 1.0), "idempotent": (0.0, 1.0)}.get(kind.group(2))
            if scalar and kind.group(2) == "orthogonal":
                scalar = tuple(v * ctx.scales.get(sym.name, 1.0) for v in scalar)
            if scalar:
                ctx.discrete.setdefault(sym.name, scalar)
            return True
        return False
    read_assumption(text, ctx)
    return (dict(ctx.discrete), dict(ctx.intervals), set(ctx.normalised)) != before


def read_assumption(text: str, ctx: Context) -> bool:
    """Record what `text` assumes; True when the whole formula is an assumption, not a step
    (y_1 + y_2 + y_3 = 1); y ∈ {0, 1} and 0 < ŷ < 1 are recorded and read on as formulas."""
    for m in re.finditer(r"([A-Za-z](?:_\{?\w+\}?)?)\s*\\in\s*\\\{([^}]*)\\\}", text):
        try:
            values = tuple(float(v) for v in m.group(2).split(","))
        except ValueError:
            continue
        ctx.discrete[m.group(1).replace("{", "").replace("}", "")] = values
    number = r"(-?(?:\d+(?:\.\d+)?|\.\d+))"
    m = re.fullmatch(rf"\s*{number}\s*<\s*(.+?)\s*<\s*{number}\s*", text)
    if m:
        try:
            sym = parse_expression(m.group(2))
        except Unreadable:
            return False
        if isinstance(sym, Sym):
            ctx.intervals[sym.name] = (float(m.group(1)), float(m.group(3)))
    _one_sided(text, number, ctx)
    m = re.fullmatch(r"\s*\\sum\S*\s*([a-z])_\{?\w\}?\s*=\s*1\s*", text) or \
        re.fullmatch(r"\s*([a-z])_1\s*\+\s*\1_2(?:\s*\+\s*\1_\d)*\s*=\s*1\s*", text)
    if m:
        ctx.normalised.add(m.group(1))
        return True
    return False


_ABOVE = r"(?:>|\\gt|\\geq?|\\geqslant|≥|>=)"
_BELOW = r"(?:<|\\lt|\\leq?|\\leqslant|≤|<=)"


def _one_sided(text: str, number: str, ctx: Context) -> None:
    """`g > 0`, `x \\geq 0`, `0 < t`, `z < 0`: a name on one side of a number (its values are
    drawn on that side). The bounds are open: a step true at the boundary only is not favoured."""
    for pattern, above in ((rf"\s*(.+?)\s*{_ABOVE}\s*{number}\s*", True),
                           (rf"\s*{number}\s*{_BELOW}\s*(.+?)\s*", True),
                           (rf"\s*(.+?)\s*{_BELOW}\s*{number}\s*", False),
                           (rf"\s*{number}\s*{_ABOVE}\s*(.+?)\s*", False)):
        m = re.fullmatch(pattern, text)
        if not m:
            continue
        name, bound = (m.group(1), m.group(2)) if not m.group(1)[:1].isdigit() and \
            m.group(1)[:1] not in "-." else (m.group(2), m.group(1))
        if re.search(r"[<>]|\\[lg]e|\\[lg]t", name):
            return  # 0 < x < 1: the two-sided rule
        try:
            sym = parse_expression(name)
        except Unreadable:
            return
        if isinstance(sym, Sym):
            edge = float(bound)
            ctx.intervals[sym.name] = (edge, float("inf")) if above else (float("-inf"), edge)
        return
