"""The `Match` and `Order` judges: a step's outputs against the stored reference outputs.

`match` aligns the kept outputs with the stored ones by path and compares each (diagnoses
included, `compare.py`); when they differ it names a list returned in another order (the
expected shapes, rearranged) or the build's wrong version of the step that the result is.
`ordered` adds the generator's case: the same samples in another order than the generator's.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from checker.grade import language, store
from checker.grade.compare import Comparison, compare
from checker.grade.flatten import aligned, kept, leaves
from checker.grade.specs import Match, Order, Step
from checker.grade.transport import Outcome
from checker.grade.variant import Seen, shown


def match(step: Step, check: Match, got: Outcome, seen: Seen, values: dict[str, Any],
          inputs: dict[str, Any] | None = None) -> Comparison:
    """The step's kept outputs against the stored ones (or the make value `check.expect`);
    `inputs`: the call's inputs by parameter name, for the diagnoses (default: its make values)."""
    expected_paths = seen.variant["outputs"][step.id]
    pairs = aligned(kept(list(zip(got.paths, got.outputs)), check.keep), expected_paths)
    paths = [p for p, _ in pairs]
    if paths != expected_paths:
        return Comparison(False, f"{shown(step)} returned {_paths(paths)}; expected {_paths(expected_paths)} (see "
                          "the docstring's Returns)")
    wanted = [np.asarray(leaves(values[check.expect])[j], dtype=np.float64) if check.expect
              else seen.data[store.expected(*seen.case, j, step.id)].astype(np.float64) for j in range(len(pairs))]
    order = _order(f"{shown(step)}()", paths, [np.shape(v) for _, v in pairs], [w.shape for w in wanted])
    if inputs is None:
        inputs = {a: values[a] for a in step.args if a in values and not isinstance(values[a], (dict, list))}
    batch = len(values["x"]) if "mean" in check.tags and isinstance(values.get("x"), np.ndarray) else 1
    attribute = language.target(step.target).name == "__getattribute__"
    for (path, received), expected in zip(pairs, wanted):
        what = shown(step) + path if attribute else f"{shown(step)}(){path}".replace("(...)()", "(...)")
        result = compare(what, expected, received, rtol=check.rtol, atol=check.atol, tags=check.tags, batch=batch,
                         fn=language.target(step.target).name, output=path, inputs=inputs)
        if not result.passed and order and not result.hint:
            return Comparison(False, f"{result.message} — looks like: {order}", f"looks like: {order}", result.detail)
        if not result.passed:
            return _known(result, step, check, seen, [v for _, v in pairs])
    return Comparison(True)


def _order(name: str, paths: list[str], shapes: list[Any], expected: list[tuple[int, ...]]) -> str:
    """A list returned in another order: the shapes of the items under one parent (``[1][0]``,
    ``[1][1]``, ...) are the expected ones, rearranged ("" when they are not)."""
    for parent in sorted({p.rpartition("[")[0] for p in paths}):
        items = [k for k, p in enumerate(paths) if p.rpartition("[")[0] == parent]
        mine, theirs = [shapes[k] for k in items], [expected[k] for k in items]
        if len(items) > 1 and mine != theirs and sorted(map(str, mine)) == sorted(map(str, theirs)):
            pairs = [theirs[k : k + 2] for k in range(0, len(theirs), 2)]
            how = ("reversed" if mine == theirs[::-1] else "listed from the last layer to the first (kernel and bias "
                   "of each layer in order)" if mine == [s for pair in pairs[::-1] for s in pair] else "in another order")
            return f"{name}{parent}'s items {how}: they have the expected shapes, rearranged (keep get_weights() order)"
    return ""


def _paths(paths: list[str]) -> str:
    """``6 values ([0][0] ... [2][1])``: how many values a result holds, and where."""
    if not paths:
        return "nothing"
    where = ", ".join(paths) if len(paths) <= 4 else f"{paths[0]}, {paths[1]} ... {paths[-1]}"
    return f"{len(paths)} value{'s' if len(paths) > 1 else ''} ({where})"


def _known(result: Comparison, step: Step, check: Match, seen: Seen, received: list[Any]) -> Comparison:
    """`result` with the stored mistake that every part of the step's result matches, if one does."""
    for m, label in enumerate(seen.variant.get("mistakes", {}).get(step.id, [])):
        wrong = [seen.data[store.mistake(*seen.case, m, step.id, j)] for j in range(len(received))]
        if all(isinstance(r, np.ndarray) and r.shape == w.shape and np.allclose(r, w, rtol=check.rtol, atol=check.atol)
               for r, w in zip(received, wrong)):
            return Comparison(False, f"{result.message} — looks like: {label}", f"looks like: {label}", result.detail)
    return result


def ordered(step: Step, check: Order, got: Outcome, seen: Seen, values: dict[str, Any]) -> Comparison:
    """`match`, and when the same (x, y) samples came in another order: the generator's order is not used."""
    verdict = match(step, check, got, seen, values)
    expected = [seen.data[store.expected(*seen.case, j, step.id)] for j in range(len(seen.variant["outputs"][step.id]))]
    received = [v for _, v in kept(list(zip(got.paths, got.outputs)), check.keep)]
    if verdict.passed or len(received) % 2 or not all(isinstance(r, np.ndarray) for r in received):
        return verdict
    rows = [np.concatenate([np.asarray(a, dtype=np.float64).reshape(len(a), -1) for a in part[k::2]]) for part
            in (received, expected) for k in (0, 1)]
    pairs = [np.hstack([rows[i], rows[i + 1].reshape(len(rows[i + 1]), -1)]) for i in (0, 2)]
    if pairs[0].shape == pairs[1].shape and np.array_equal(np.unique(pairs[0], axis=0), np.unique(pairs[1], axis=0)):
        hint = ("looks like: every sample, but not in the order rng.permutation(len(x)) of the generator passed in "
                "gives (the docstring's): np.random.*, a new default_rng or rng.choice give other orders")
        return Comparison(False, f"{verdict.detail or verdict.message} — {hint}", hint, verdict.detail)
    return verdict
