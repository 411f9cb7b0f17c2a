"""Where a failing check points in the student's own file (for editor and CI annotations).

A check that raised points at the deepest frame of the traceback inside the exercise's module;
one whose values are wrong points at the `def` of the function that returned them. Only a
`.py` file has such lines: a notebook's are cells' (its messages name cell and line instead).
"""

from __future__ import annotations

import ast
from collections.abc import Iterable

from checker.grade.static import parse
from checker.grade.submission import Source
from checker.grade.transport import Outcome
from checker.grade.wording import frame_place


def def_line(source: Source, function: str) -> int | None:
    """The line of the last `def function` (or `class function`) outside any class, if any."""
    try:
        tree = parse(source.code)
    except (SyntaxError, ValueError):
        return None
    kinds = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)
    methods = {id(n) for c in ast.walk(tree) if isinstance(c, ast.ClassDef) for n in c.body}
    found = [n.lineno for n in ast.walk(tree) if isinstance(n, kinds) and n.name == function and id(n) not in methods]
    return max(found, default=None)


def line(source: Source, function: str, outcomes: Iterable[Outcome | None]) -> int | None:
    """The failure's line in `source`: the deepest frame in this module of the first outcome that
    raised, else the `def` of `function` (the function whose values were wrong)."""
    if source.kind != "py":
        return None
    for outcome in outcomes:
        if outcome is not None and outcome.status != "ok":
            frames = [frame_place(f) for f in outcome.traceback]
            mine = [n for module, n in filter(None, frames) if module == source.name]
            if mine:
                return mine[-1]
            break
    return def_line(source, function)
