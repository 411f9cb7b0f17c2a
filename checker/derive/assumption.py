"""What the text assumes or declares: directives, y ∈ {0, 1}, 0 < ŷ < 1, one-hot labels,
matrix shapes.
"""

from __future__ import annotations

import re

from checker.derive.context import Context
from checker.derive.errors import Unreadable
from checker.derive.markdown import Directive
from checker.derive.notation import parse_expression
from checker.derive.render import render
from checker.derive.result import Step
from checker.derive.state import State
from checker.derive.tree import Shape, Sym


def read_directive(d: Directive, state: State) -> list[Step]:
    """`<!-- grader: define a = \\sigma(z); assume y \\in \\{0, 1\\}; shape X (m, n) -->`."""
    ctx = state.ctx
    steps = []
    for part in d.text.split(";"):
        words = part.strip().split(None, 1)
        if len(words) != 2:
            continue
        verb, rest = words
        try:
            if verb == "define":
                name, body = rest.split("=", 1)
                target = parse_expression(name.strip(), ctx.known)
                state.define(target, parse_expression(body.strip(), ctx.known), d.line)
            elif verb == "assume":
                read_assumption(rest, ctx)
            elif verb == "shape":
                name, dims = rest.split("(", 1)
                shape = parse_expression("(" + dims, ctx.known)
                if not isinstance(shape, Shape):
                    raise ValueError(rest)
                ctx.declare_shape(name.strip(), tuple(render(x) for x in shape.dims))
        except (Unreadable, ValueError):
            steps.append(Step(d.line, "unreadable", "", "",
                              f"could not read the directive `{d.text}`"))
    return steps


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
    m = re.fullmatch(r"\s*\\sum\S*\s*([a-z])_\{?\w\}?\s*=\s*1\s*", text) or \
        re.fullmatch(r"\s*([a-z])_1\s*\+\s*\1_2(?:\s*\+\s*\1_\d)*\s*=\s*1\s*", text)
    if m:
        ctx.normalised.add(m.group(1))
        return True
    return False
