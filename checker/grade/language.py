"""The call language of scenario steps, read in one place.

A step names what it calls (its target) and what it passes (its arguments) in a few words:

- a target is a function of the exercise's module (``"forward"``), a function or class of another
  exercise module (``"lenet:ConvNet"``), a builtin (``"list"``, ``"default_rng"``), or a method
  of an earlier step's result (``"@model.sgd_step"``; ``"@train.__getattribute__"`` reads an
  attribute);
- an argument is a value of the scenario's make (``"x"``), one item of a list value
  (``"weights[4]"``), an earlier step's result (``"@forward"``) or one item of it (``"@forward[1]"``).

`target` and `arg` parse them; `lower_target` / `lower_arg` turn them into the JSON the child
runs (runner.py), and `resolve_target` / `resolve_arg` evaluate them in this process on the
reference solutions (`grader refs build`). `uses` lists the earlier steps a step refers to and
`shown` is how a report names the call.
"""

from __future__ import annotations

import copy
import importlib
from dataclasses import dataclass
from typing import Any, Literal

import numpy as np

BUILTINS: dict[str, Any] = {"list": list, "default_rng": np.random.default_rng}


@dataclass(frozen=True)
class Arg:
    """``"weights[4]"`` -> Arg("", "weights", 4); ``"@forward[1]"`` -> Arg("forward", "", 1)."""

    step: str  # an earlier step's id ("" for a make value)
    value: str  # the make value's name ("" for a step)
    index: int | None = None


@dataclass(frozen=True)
class Target:
    kind: Literal["function", "module", "builtin", "method"]
    name: str  # the function, class, builtin or method
    module: str = ""  # kind "module": the exercise module
    step: str = ""  # kind "method": the step whose result has the method


def arg(text: str) -> Arg:
    base, _, index = text.partition("[")
    number = int(index.rstrip("]")) if index else None
    return Arg(base[1:], "", number) if base.startswith("@") else Arg("", base, number)


def target(text: str) -> Target:
    if text.startswith("@"):
        step, _, name = text[1:].partition(".")
        return Target("method", name, step=step)
    if ":" in text:
        module, _, name = text.partition(":")
        return Target("module", name, module=module)
    return Target("builtin" if text in BUILTINS else "function", text)


def uses(target_text: str, args: tuple[str, ...], kwargs: dict[str, str], after: tuple[str, ...]) -> set[str]:
    """The earlier steps a step refers to: its target's object, its arguments, what it runs after."""
    found = {a.step for a in map(arg, (*args, *kwargs.values())) if a.step} | set(after)
    return found | ({target(target_text).step} - {""})


def shown(target_text: str, args: tuple[str, ...]) -> str:
    """How a student knows the call: ``model.forward``, ``ConvNet``, ``init_params``,
    ``train(...).losses``, ``the batches: list(...)``."""
    found = target(target_text)
    if found.kind == "builtin" and found.name == "list":
        return "the batches: list(...)"
    if found.kind == "method" and found.name == "__getattribute__":  # an attribute of an earlier result
        return f"{found.step}(...).{args[0]}"
    return f"{found.step}.{found.name}" if found.kind == "method" else found.name


def lower_arg(text: str, inputs: dict[str, Any], tag: str) -> dict[str, Any]:
    """An argument as the child's JSON: a stored make value's spec, or a reference to a call's result
    (ids are `tag` + step id)."""
    found = arg(text)
    if not found.step:
        return inputs[found.value] if found.index is None else inputs[found.value]["list"][found.index]
    return {"ref": tag + found.step} | ({} if found.index is None else {"index": found.index})


def lower_target(text: str, tag: str) -> Any:
    found = target(text)
    if found.kind == "method":
        return {"ref": tag + found.step, "attr": found.name}
    if found.kind == "module":
        return {"module": found.module, "attr": found.name}
    return {"builtin": found.name} if found.kind == "builtin" else found.name


def resolve_arg(text: str, values: dict[str, Any], results: dict[str, Any]) -> Any:
    """An argument's value in this process: a copy of a make value, or an earlier result."""
    found = arg(text)
    if found.step:
        return results[found.step] if found.index is None else results[found.step][found.index]
    value = values[found.value] if found.index is None else values[found.value][found.index]
    return copy.deepcopy(value)


def function(package: str, text: str) -> Any:
    """``"conv2d:conv2d_forward"`` in the package `package` (the solutions)."""
    module, _, name = text.partition(":")
    return getattr(importlib.import_module(f"{package}.{module}"), name)


def resolve_target(text: str, module: Any, results: dict[str, Any]) -> Any:
    """A target's callable in this process, `module` being the exercise's module (the solutions)."""
    found = target(text)
    if found.kind == "method":
        return getattr(results[found.step], found.name)
    if found.kind == "module":
        return function(module.__package__, text)
    return BUILTINS[found.name] if found.kind == "builtin" else getattr(module, found.name)
