"""Exercise tree against solution tree: same modules, same public API, skeletons that fail loudly.

Generic over every module: a new exercise is covered as soon as both files exist.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[2]


def _module_names(package: str) -> set[str]:
    return {p.stem for p in (ROOT / package).glob("*.py") if p.stem != "__init__"}


EXERCISES = _module_names("exercises")
SOLUTIONS = _module_names("solutions")
BOTH = sorted(EXERCISES & SOLUTIONS)


def _public(module: ModuleType) -> dict[str, object]:
    """Functions and classes defined in ``module`` itself whose names do not start with ``_``."""
    return {
        name: obj
        for name, obj in vars(module).items()
        if not name.startswith("_")
        and (inspect.isfunction(obj) or inspect.isclass(obj))
        and obj.__module__ == module.__name__
    }


def _is_protocol(cls: type) -> bool:
    return bool(getattr(cls, "_is_protocol", False))


def _methods(cls: type) -> dict[str, Callable[..., object]]:
    """Public methods defined in the class body (static and class methods unwrapped)."""
    methods = {}
    for name, attr in vars(cls).items():
        if name.startswith("_"):
            continue
        if isinstance(attr, (staticmethod, classmethod)):
            attr = attr.__func__
        if inspect.isfunction(attr):
            methods[name] = attr
    return methods


def _api(module: ModuleType) -> dict[str, str]:
    """Every public name with its signature; ``Class.method`` rows for public methods."""
    api = {}
    for name, obj in _public(module).items():
        if inspect.isclass(obj):
            try:
                api[name] = f"class{inspect.signature(obj)}"
            except (TypeError, ValueError):
                api[name] = "class"
            for method_name, method in _methods(obj).items():
                api[f"{name}.{method_name}"] = str(inspect.signature(method))
        else:
            api[name] = str(inspect.signature(obj))
    return api


def _skeleton_functions(module: ModuleType) -> Iterator[tuple[str, Callable[..., object]]]:
    """Every function the student must write: public functions and public methods."""
    for name, obj in _public(module).items():
        if inspect.isclass(obj):
            if not _is_protocol(obj):
                for method_name, method in _methods(obj).items():
                    yield f"{name}.{method_name}", method
        else:
            yield name, obj


def _dummy_call(func: Callable[..., object]) -> None:
    """Call with a placeholder for every required argument (the body must raise first)."""
    args, kwargs = [], {}
    for parameter in inspect.signature(func).parameters.values():
        if parameter.default is not inspect.Parameter.empty:
            continue
        if parameter.kind in (parameter.POSITIONAL_ONLY, parameter.POSITIONAL_OR_KEYWORD):
            args.append(np.zeros((2, 2)))
        elif parameter.kind is parameter.KEYWORD_ONLY:
            kwargs[parameter.name] = np.zeros((2, 2))
    func(*args, **kwargs)


def test_there_are_exercises() -> None:
    assert BOTH, "no module found in both exercises/ and solutions/"


@pytest.mark.parametrize("name", sorted(EXERCISES | SOLUTIONS))
def test_module_in_both_trees(name: str) -> None:
    assert name in EXERCISES, f"solutions/{name}.py has no exercises/{name}.py"
    assert name in SOLUTIONS, f"exercises/{name}.py has no solutions/{name}.py"


@pytest.mark.parametrize("name", BOTH)
def test_same_public_api(name: str) -> None:
    exercise = _api(importlib.import_module(f"exercises.{name}"))
    solution = _api(importlib.import_module(f"solutions.{name}"))
    assert exercise == solution


@pytest.mark.parametrize("name", BOTH)
def test_every_skeleton_raises_not_implemented(name: str) -> None:
    module = importlib.import_module(f"exercises.{name}")
    functions = list(_skeleton_functions(module))
    assert functions, f"exercises/{name}.py has nothing to implement"
    for qualname, func in functions:
        with pytest.raises(NotImplementedError) as raised:
            _dummy_call(func)
        message = str(raised.value)
        assert message.split(":")[0] in (qualname, qualname.split(".")[-1]), (qualname, message)
        assert "see lecture section" in message, (qualname, message)


@pytest.mark.parametrize("name", BOTH)
def test_skeleton_body_is_one_raise_under_todo(name: str) -> None:
    module = importlib.import_module(f"exercises.{name}")
    for qualname, func in _skeleton_functions(module):
        lines, _ = inspect.getsourcelines(func)
        source = textwrap.dedent("".join(lines))
        body = ast.parse(source).body[0].body  # type: ignore[attr-defined]
        has_doc = isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant)
        assert has_doc and isinstance(body[0].value.value, str), f"{qualname}: no docstring"
        assert len(body) == 2 and isinstance(body[1], ast.Raise), f"{qualname}: not one raise"
        raised = body[1].exc
        assert isinstance(raised, ast.Call), qualname
        assert getattr(raised.func, "id", "") == "NotImplementedError", qualname
        above = source.splitlines()[body[1].lineno - 2].strip()
        assert above == "# TODO", f"{qualname}: line above the raise is {above!r}"
        assert source.count("# TODO") == 1, f"{qualname}: more than one TODO"
