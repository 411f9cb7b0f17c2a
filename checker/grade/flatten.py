"""Return values taken apart into arrays, the one way the grader and the builder do it.

The child (runner.py, which imports nothing of the grader) takes a call's return value apart in
one of two ways, and the grader must read and store expected values in the same way: `parts`
for a function case (the items of a returned tuple or list, the positions `keep` picks), and
`paths` for a scenario step (nested tuples, lists and dicts, sorted keys, as ``(path, leaf)``
pairs like ``("[1][0]", array)``, at most DEPTH levels and LEAVES leaves). `kept` keeps the
pairs under some top-level positions; `leaves` drops the paths; `aligned` reads an array and a
list of numbers as the same value (losses returned as ``np.array(losses)``, not a list). tests/grade/test_flatten.py
checks the child's own code against these on a table of values.
"""

from __future__ import annotations

import re
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


def _children(parent: str, paths: list[str]) -> list[str]:
    """The paths directly under `parent` that are list items, ``parent[0]``, ``parent[1]`` ..."""
    return [p for p in paths if re.fullmatch(re.escape(parent) + r"\[\d+\]", p)]


def aligned(pairs: list[tuple[str, Any]], expected: list[str]) -> list[tuple[str, Any]]:
    """`pairs` laid out as the `expected` paths where they differ only in holding an array for a
    list of numbers or the other way round: an array whose items the expected paths list
    (``[1]`` for ``[1][0] ... [1][k-1]``) is split into them, and numbers listed where one array is
    expected are stacked. Anything else is left as it is (the paths then differ, as they did)."""
    if [p for p, _ in pairs] == expected:
        return pairs
    received = [p for p, _ in pairs]
    out: list[tuple[str, Any]] = []
    k = 0
    while k < len(pairs):
        path, leaf = pairs[k]
        items, parent = _children(path, expected), path.rpartition("[")[0]
        if path not in expected and items == [f"{path}[{i}]" for i in range(len(items))] and items \
                and isinstance(leaf, np.ndarray) and leaf.ndim >= 1 and len(leaf) == len(items):
            out += [(item, leaf[i]) for i, item in enumerate(items)]
            k += 1
            continue
        listed = _children(parent, received) if parent in expected and parent not in received else []
        if listed and path == listed[0] and listed == [f"{parent}[{i}]" for i in range(len(listed))] \
                and received[k : k + len(listed)] == listed \
                and all(isinstance(v, np.ndarray) for _, v in pairs[k : k + len(listed)]) \
                and len({v.shape for _, v in pairs[k : k + len(listed)]}) == 1:
            out.append((parent, np.stack([v for _, v in pairs[k : k + len(listed)]])))
            k += len(listed)
            continue
        out.append((path, leaf))
        k += 1
    return out if [p for p, _ in out] == expected else pairs
