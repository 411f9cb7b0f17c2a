"""Judging a function case from its calls' outcomes: forward and backward apart.

A case's forward call (`F`) is judged on its output(s); a layer's backward call (`B`) on its
gradients and on agreeing with a centred difference of the student's own forward (`N`). An input
changed in place is noted, worth no points (only the child saw it). The two are separate verdicts with
separate points, so one wrong gradient does not cost the forward, and a forward of the wrong
shape is reported as the forward's failure, never as the NumPy error its backward then raises.
When the forward differs, the backward is judged against the student's own forward: it keeps
its points if the forward's mistake is a known one (named by a diagnosis) and the gradients
agree with a centred difference of that forward (one mistake costs once); otherwise it fails
and says it relies on the forward. A case with `repeat` is called twice (`R`): a function that
gives another result the second time is told so.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from checker.grade import failures, hidden, mismatch, specs, store
from checker.grade.compare import Comparison, compare, in_place, modified, routes_to_one_max
from checker.grade.evidence import possessive
from checker.grade.transport import Outcome

NUMGRAD_RTOL = 1e-5


@dataclass(frozen=True)
class Part:
    """One verdict of a case on one input: `part` is "" (the whole case), "forward" or "backward"."""

    part: str
    verdict: Comparison


@dataclass(frozen=True)
class _Call:
    """What judging a case's variant needs: the case, its stored arrays, the outcomes."""

    case: specs.Case
    v: int
    variant: dict[str, Any]
    tag: str
    out: dict[str, Outcome]
    data: Any
    params: list[str]

    def outcome(self, kind: str) -> Outcome | None:
        return self.out.get(f"{self.tag}{kind}")

    @property
    def secret(self) -> bool:
        return isinstance(self.case, hidden.Hidden)

    def failure(self, outcome: Outcome | None) -> str:
        return failures.hidden(outcome) if self.secret else failures.plain(outcome)

    def failed(self, got: Outcome | None, inputs: dict[str, Any], prefix: str = "") -> Comparison:
        """A call that did not return: what it raised, and what a shape error points to (`mismatch`)."""
        hint = None if self.secret or got is None or got.status != "error" else mismatch.hint(got.message, inputs)
        text = prefix + self.failure(got)
        if not hint:
            return Comparison(False, text, blocked=failures.unimplemented(got))
        return Comparison(False, f"{text} — looks like: {hint}", f"looks like: {hint}", text)

    def compare(self, *args: Any, **kwargs: Any) -> Comparison:
        return (hidden.compare if self.secret else compare)(*args, **kwargs)

    @property
    def expected(self) -> list[np.ndarray]:
        return [self.data[store.expected(self.case.name, self.v, j)] for j in range(self.variant["expected"])]

    @property
    def inputs(self) -> dict[str, Any]:
        """The forward call's arguments by parameter name (`argument i` past the known names)."""
        names = [*self.params, *(f"argument {i}" for i in range(len(self.params), len(self.variant["args"])))]
        return {name: self.data[a["array"]] if "array" in a else a.get("value")
                for name, a in zip(names, self.variant["args"])}

    @property
    def dout(self) -> np.ndarray:
        return self.data[store.dout(self.case.name, self.v)]

    def batch(self) -> int:
        """The batch size, when the first input's rows are samples: a layer's batch, or the rows a
        loss or gradient averages over (tag "mean"); 1 (unknown) otherwise, e.g. a 2-D signal."""
        first = next((np.asarray(x) for x in self.inputs.values() if isinstance(x, np.ndarray)), None)
        if first is not None and ((self.case.backward and first.ndim > 1) or ("mean" in self.case.tags and first.ndim)):
            return int(first.shape[0])
        return 1

    def match(self, fn: str, j: int, want: np.ndarray, got: Any, inputs: dict[str, Any]) -> Comparison:
        mistakes = [(label, self.data[store.mistake(self.case.name, self.v, m)])
                    for m, label in enumerate(self.variant["mistakes"])]
        output = specs.output_name(fn, j - (1 if fn == self.case.backward else 0))
        if fn == self.case.backward and isinstance(got, np.ndarray) and got.dtype == np.float64 and _single(self):
            got = got.astype(np.float32)  # the gradients of a float32 forward: judged at single precision too
        what = f"{possessive(fn)} {output}" if output else f"{fn} output"
        return self.compare(what, want, got, rtol=self.case.rtol, atol=self.case.atol, mistakes=mistakes,
                            tags=self.case.tags, batch=self.batch(), fn=fn, output=output, inputs=inputs,
                            kwargs=self.case.kwargs)


def _unchanged(outcome: Outcome, names: list[str], before: list[np.ndarray]) -> Comparison:
    """A pass, with a note when the call changed an input in place (seen only by the child: no points)."""
    return Comparison(True, in_place(list(zip(names, before, outcome.watched))))


def _forward(call: _Call, kind: str = "F") -> Comparison:
    """The forward call's outputs (all of them for a case without backward) and its inputs."""
    case, got = call.case, call.outcome(kind)
    if got is None or got.status != "ok":
        return call.failed(got, call.inputs)
    expected = call.expected[:1] if case.backward else call.expected
    if got.container and len(expected) == 1 and not case.backward and case.keep is None:
        return _one_value_due(case.fn, got.container, expected[0].shape)
    if len(got.outputs) < len(expected):
        return Comparison(False, f"{case.fn}: returned {len(got.outputs)} values; expected {len(expected)}")
    for j, (want, received) in enumerate(zip(expected, got.outputs)):
        result = call.match(case.fn, j, want, received, call.inputs)
        if not result.passed:
            return result
    arrays = [(i, a) for i, a in enumerate(call.variant["args"]) if "array" in a]
    return _unchanged(got, [f"argument {i}" for i, _ in arrays], [call.data[a["array"]] for _, a in arrays])


def _one_value_due(fn: str, container: tuple[str, int], shape: tuple[int, ...]) -> Comparison:
    """A tuple or list returned where the exercise documents one array or number."""
    kind, items = container
    due = "a single number" if shape == () else f"one array of shape {shape}"
    fix = "return the number itself (float(...))" if shape == () else "return the array itself (np.array(...) of what you built)"
    text = f"{fn}: returned a {kind} of {items} item{'s' if items != 1 else ''}; expected {due}"
    return Comparison(False, f"{text} — {fix}", fix, text)


def _own_gradients(call: _Call, grads: list[Any]) -> bool:
    """Whether the backward's gradients (for the `wrt` arguments) agree with a centred difference
    of the student's own forward."""
    numeric = call.outcome("N")
    if not call.case.wrt or numeric is None or numeric.status != "ok":
        return False
    pairs = list(zip(numeric.outputs, grads))
    return len(pairs) == len(call.case.wrt) and all(
        isinstance(n, np.ndarray) and isinstance(g, np.ndarray) and n.shape == g.shape
        and np.allclose(g, n, rtol=NUMGRAD_RTOL, atol=1e-6) for n, g in pairs)


def _backward(call: _Call, forward: Comparison) -> Comparison:
    case, got = call.case, call.outcome("B")
    relies = f"relies on {case.fn}, which differs from the reference: fix it first (see its forward check)"
    if not forward.passed and (got is None or got.status != "ok"):
        return Comparison(False, f"{case.backward}: {relies}", blocked=True)
    if got is None or got.status != "ok":
        return call.failed(got, {**call.inputs, "dout": call.dout}, f"{case.backward}: ")
    expected = call.expected[1:]
    if len(got.outputs) < len(expected):
        return Comparison(False, f"{case.backward}: returned {len(got.outputs)} values; expected {len(expected)}")
    inputs = {**call.inputs, "dout": call.dout}
    for j, (want, received) in enumerate(zip(expected, got.outputs), start=1):
        result = call.match(case.backward, j, want, received, inputs)
        if result.passed or ("ties" in case.tags and j == 1 and routes_to_one_max(call.inputs[call.params[0]],
                                                                                 call.dout, received)):
            continue  # any single tied maximum is a valid route
        if forward.passed:
            return result
        if forward.hint and _own_gradients(call, list(got.outputs)):
            return Comparison(True, f"{case.backward}: right for your forward (a centred difference of it agrees), "
                              "whose mistake the forward check names")
        return Comparison(False, f"{result.message} — {relies}" if not result.hint else result.message)
    unchanged = _unchanged(got, [f"{case.backward}'s dout"], [call.dout])
    numeric = call.outcome("N")
    if forward.passed and case.wrt and numeric is not None and numeric.status == "ok" and not _changes_inputs(call) \
            and not _single(call):
        for position, grad, mine in zip(case.wrt, numeric.outputs, got.outputs):
            if isinstance(grad, np.ndarray):
                result = call.compare(f"gradient wrt argument {position} vs a centred difference of your forward",
                                      grad, mine, rtol=NUMGRAD_RTOL, atol=1e-6)
                if not result.passed:
                    return result
    return unchanged


def _single(call: _Call) -> bool:
    """Whether the forward computes in float32: a centred difference (step 1e-6) of it is noise."""
    got = call.outcome("F")
    return got is not None and any(getattr(o, "dtype", None) == np.float32 for o in got.outputs)


def _changes_inputs(call: _Call) -> bool:
    """Whether the forward changed an input in place (then a centred difference of it says nothing)."""
    got = call.outcome("F")
    arrays = [call.data[a["array"]] for a in call.variant["args"] if "array" in a]
    return got is not None and any(not modified("", before, after).passed for before, after in zip(arrays, got.watched))


def _repeated(call: _Call, verdict: Comparison) -> Comparison:
    """A failed verdict, said of a function that gives another result when called again."""
    first, again = call.outcome("F"), call.outcome("R")
    if verdict.passed or first is None or again is None or first.status != "ok" or again.status != "ok":
        return verdict
    same = len(first.outputs) == len(again.outputs) and all(
        isinstance(a, np.ndarray) and isinstance(b, np.ndarray) and a.shape == b.shape
        and np.array_equal(a, b, equal_nan=True) for a, b in zip(first.outputs, again.outputs))
    if same:
        return verdict
    hint = ("looks like: another result when called again with the same inputs: a random source that the "
            "arguments do not seed (np.random.shuffle or permutation without the given seed?)")
    return Comparison(False, f"{verdict.detail or verdict.message} — {hint}", hint, verdict.detail)


def judge_case(case: specs.Case, v: int, variant: dict[str, Any], tag: str, out: dict[str, Outcome], data: Any,
               params: list[str]) -> list[Part]:
    """The verdicts of one variant of a case: one, or forward and backward for a layer."""
    call = _Call(case, v, variant, tag, out, data, params)
    forward = _forward(call)
    if not case.backward:
        return [Part("", _repeated(call, forward))]
    return [Part("forward", forward), Part("backward", _backward(call, forward))]
