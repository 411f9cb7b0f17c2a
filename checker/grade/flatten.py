"""Return values taken apart into arrays, the one way the grader and the builder do it.

The child (runner.py, which imports nothing of the grader) takes a call's return value apart in
one of two ways, and the grader must read and store expected values in the same way: `parts`
for a function case (the items of a returned tuple or list, the positions `keep` picks), and
`paths` for a scenario step (nested tuples, lists and dicts, sorted keys, as ``(path, leaf)``
pairs like ``("[1][0]", array)``, at most DEPTH levels and LEAVES leaves). `kept` keeps the
pairs under some top-level positions; `leaves` drops the paths. tests/grade/test_flatten.py
checks the child's own code against these on a table of values.
"""

from __future__ import annotations

from typing import Any

import numpy as np

DEPTH, LEAVES = 3, 64


def parts(value: Any, keep: tuple[int, ...] | None = None) -> list[np.ndarray]:
    """A function's return value as float64 arrays: the items of a tuple or list (those at
    `keep`), or the value itself."""
    items = list(value) if isinstance(value, (tuple, list)) else [value]
    if keep is not None:
        items = [items[i] for i in keep]
    return [np.asarray(item, dtype=np.float64) for item in items]


def paths(value: Any, path: str = "", depth: int = 0) -> list[tuple[str, Any]]:
    """(path, leaf) pairs of a nested return value, as the child takes it apart."""
    found: list[tuple[str, Any]] = []
    _walk(value, path, depth, found)
    return found


def _walk(value: Any, path: str, depth: int, found: list[tuple[str, Any]]) -> None:
    if len(found) >= LEAVES:
        return
    if isinstance(value, dict) and depth < DEPTH:
        for key in sorted(value, key=str):
            _walk(value[key], f"{path}[{key!r}]", depth + 1, found)
    elif isinstance(value, (tuple, list)) and depth < DEPTH:
        for k, item in enumerate(value):
            _walk(item, f"{path}[{k}]", depth + 1, found)
    else:
        found.append((path, value))


def kept(pairs: list[tuple[str, Any]], keep: tuple[int, ...] | None) -> list[tuple[str, Any]]:
    """The (path, value) pairs under the top-level positions `keep` (all when None)."""
    if keep is None:
        return pairs
    return [(p, v) for p, v in pairs if any(p == f"[{i}]" or p.startswith(f"[{i}][") for i in keep)]


def leaves(value: Any) -> list[Any]:
    """The leaves of a nested value, in the child's order (a make value a step's output is judged by)."""
    return [leaf for _, leaf in paths(value)]
