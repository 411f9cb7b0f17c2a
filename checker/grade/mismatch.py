"""Shape errors the student's code raised, read against the call's inputs: what they point to.

A NumPy broadcast or matmul error says which shapes met; compared with the shapes of the
arrays the grader passed in, some have one likely cause. `hint` names it only when exactly one
reading fits, in the student's terms (their argument's name and shape); otherwise it says
nothing and the error is shown as it is (`failures.plain`). Pure functions of the message and
the inputs; never used for hidden checks (their messages are not shown).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

import numpy as np

_SHAPES = re.compile(r"could not be broadcast together with shapes ((?:\([\d, ]*\)\s*)+)")
_MATMUL = re.compile(r"matmul: Input operand 1 has a mismatch in its core dimension 0.*?\(size (\d+) is different from (\d+)\)")


def _shape(text: str) -> tuple[int, ...]:
    return tuple(int(n) for n in text.strip("() ").split(",") if n.strip())


def _matrices(inputs: Mapping[str, Any]) -> dict[str, tuple[int, ...]]:
    """The 2-D array inputs by name, with their shapes."""
    return {name: np.shape(value) for name, value in inputs.items()
            if isinstance(value, np.ndarray) and value.ndim == 2}


def _broadcast(shapes: list[tuple[int, ...]], inputs: Mapping[str, Any]) -> str | None:
    matrices = _matrices(inputs)
    if len(shapes) == 2 and all(len(s) == 2 for s in shapes) and shapes[0] == shapes[1][::-1] \
            and shapes[0] != shapes[1]:
        named = [n for n, s in matrices.items() if s in shapes]
        if len(named) == 1:
            other = next(s for s in shapes if s != matrices[named[0]])
            return (f"an array of shape {other} met {named[0]} of shape {matrices[named[0]]}, its transpose: rows and "
                    "columns swapped (the window sliced kw by kh where kh by kw is due, or a .T missing)")
    if len(shapes) == 2 and all(len(s) == 1 for s in shapes):  # one per sample (a 1-D input's length) due
        (a,), (b,) = shapes
        per_sample = {len(v) for v in inputs.values() if isinstance(v, np.ndarray) and v.ndim == 1}
        fits = [n for n, (rows, cols) in matrices.items() if rows != cols and {a, b} == {rows, cols} and rows in per_sample]
        if len(fits) == 1:
            rows, cols = matrices[fits[0]]
            return (f"one value per column of {fits[0]} ({cols}) met one per row ({rows}): a reduction over axis 0, "
                    "the samples, where one over each row (axis=1) is due")
    return None


def _matmul(inner: int, needed: int, inputs: Mapping[str, Any]) -> str | None:
    """Operand 1 has `inner` rows where operand 0 has `needed` columns: an input of shape
    (inner, needed) used where its transpose is due."""
    named = [n for n, s in _matrices(inputs).items() if s == (inner, needed) and inner != needed]
    if len(named) != 1:
        return None
    return (f"a matrix product whose inner sizes differ ({needed} and {inner}): {named[0]} of shape "
            f"{(inner, needed)} is used where its transpose {named[0]}.T, {(needed, inner)}, conforms")


def hint(message: str, inputs: Mapping[str, Any]) -> str | None:
    """What a shape error (`message`, "ValueError: ...") points to, or None."""
    if found := _SHAPES.search(message):
        return _broadcast([_shape(s) for s in re.findall(r"\([\d, ]*\)", found.group(1))], inputs)
    if found := _MATMUL.search(message):
        return _matmul(int(found.group(1)), int(found.group(2)), inputs)
    return None
