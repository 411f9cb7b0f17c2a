"""What the text assumes or declares: directives, y ∈ {0, 1}, 0 < ŷ < 1, one-hot labels,
matrix shapes, and shape statements such as (m, n)(n, k) = (m, k).

A mixin of DocumentChecker.
"""

from __future__ import annotations

import re

from checker.derive.errors import Unreadable
from checker.derive.markdown import Formula
from checker.derive.notation import parse_expression
from checker.derive.render import render
from checker.derive.result import Step
from checker.derive.roles import shape_value, show
from checker.derive.tree import Node, Shape, Sym


class AssumptionReading:
    """Reading directives and assumptions into the document's context."""

    def _directive(self, d) -> None:
        for part in d.text.split(";"):
            words = part.strip().split(None, 1)
            if len(words) != 2:
                continue
            verb, rest = words
            try:
                if verb == "define":
                    name, body = rest.split("=", 1)
                    target = parse_expression(name.strip(), self.ctx.known)
                    self._define(target, parse_expression(body.strip(), self.ctx.known),
                                 d.line)
                elif verb == "assume":
                    self._assumption(rest, d.line)
                elif verb == "shape":
                    name, dims = rest.split("(", 1)
                    shape = parse_expression("(" + dims, self.ctx.known)
                    if not isinstance(shape, Shape):
                        raise ValueError(rest)
                    self.ctx.declare_shape(name.strip(), tuple(render(x) for x in shape.dims))
            except (Unreadable, ValueError):
                self.steps.append(Step(d.line, "unreadable", "", "",
                                       f"could not read the directive `{d.text}`"))

    # -- assumptions and shapes ----------------------------------------------------------
    def _assumption(self, text: str, line: int, quiet: bool = False) -> bool:
        for m in re.finditer(r"([A-Za-z](?:_\{?\w+\}?)?)\s*\\in\s*\\\{([^}]*)\\\}", text):
            try:
                values = tuple(float(v) for v in m.group(2).split(","))
            except ValueError:
                continue
            self.ctx.discrete[m.group(1).replace("{", "").replace("}", "")] = values
        number = r"(-?(?:\d+(?:\.\d+)?|\.\d+))"
        m = re.fullmatch(rf"\s*{number}\s*<\s*(.+?)\s*<\s*{number}\s*", text)
        if m:
            try:
                sym = parse_expression(m.group(2))
            except Unreadable:
                return False
            if isinstance(sym, Sym):
                self.ctx.intervals[sym.name] = (float(m.group(1)), float(m.group(3)))
        m = re.fullmatch(r"\s*\\sum\S*\s*([a-z])_\{?\w\}?\s*=\s*1\s*", text) or \
            re.fullmatch(r"\s*([a-z])_1\s*\+\s*\1_2(?:\s*\+\s*\1_\d)*\s*=\s*1\s*", text)
        if m:
            self.ctx.normalised.add(m.group(1))
            return True
        return False

    def _shapes(self, chain: list[Node], before: str, after: str, f: Formula) -> None:
        shapes = []
        for m in chain:
            shape = shape_value(m)
            if shape is None:
                return  # a declaration such as X ⇒ (364, 30)
            shapes.append(shape)
        for (a, sa), (b, sb) in zip(zip(chain, shapes), zip(chain[1:], shapes[1:])):
            ok = sa == sb
            self.steps.append(Step(
                f.line, "holds" if ok else "fails", show(a), show(b), "matrix shape rule",
                None, None if ok else f"shapes differ: {sa} vs {sb}", f.text))
