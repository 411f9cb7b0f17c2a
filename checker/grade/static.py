"""The static pass: what can be said about a module before any of its code runs.

Syntax errors with their line; functions and classes the exercise asks for and the module
lacks; signatures that differ from the expected API. The expected API is data (taken from the
reference solutions by `grader refs build`), never imported from the solutions.
"""

from __future__ import annotations

import ast
import threading
from dataclasses import dataclass
from typing import Any, Literal

from checker.errors import GraderError
from checker.grade.submission import Source

FindingKind = Literal["syntax", "missing", "signature"]

# Exercises are graded on a thread pool, and CPython 3.11's `ast.parse` keeps its recursion
# counter in interpreter-wide state: a CI run failed with "SystemError: AST constructor recursion
# depth mismatch" while two threads parsed (the error of python/cpython#106905; reported on
# 3.11 and 3.12). Parses take turns.
_PARSING = threading.Lock()


def parse(code: str, filename: str = "<unknown>") -> ast.Module:
    """`ast.parse`, one thread at a time (see `_PARSING`)."""
    with _PARSING:
        return ast.parse(code, filename=filename)


@dataclass(frozen=True)
class Finding:
    """One problem the static pass found; `fatal` ones stop the exercise from running."""

    kind: FindingKind
    name: str
    message: str
    fatal: bool


def signature(node: ast.FunctionDef | ast.AsyncFunctionDef) -> dict[str, Any]:
    """Parameter names (positional, then keyword-only) and how many have no default."""
    a = node.args
    positional = [p.arg for p in (*a.posonlyargs, *a.args)]
    return {
        "params": positional,
        "required": len(positional) - len(a.defaults),
        "kwonly": [p.arg for p in a.kwonlyargs],
        "varargs": a.vararg is not None or a.kwarg is not None,
    }


def _definitions(body: list[ast.stmt]) -> dict[str, ast.AST]:
    """Top-level names, looking inside `if`/`try` blocks (later definitions win)."""
    found: dict[str, ast.AST] = {}
    for node in body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            found[node.name] = node
        elif isinstance(node, (ast.Assign, ast.AnnAssign, ast.ImportFrom, ast.Import)):
            targets = node.targets if isinstance(node, ast.Assign) else [getattr(node, "target", None)]
            for target in targets:
                if isinstance(target, ast.Name):
                    found[target.id] = node
            if isinstance(node, (ast.ImportFrom, ast.Import)):
                for alias in node.names:
                    found[(alias.asname or alias.name).split(".")[0]] = node
        elif isinstance(node, (ast.If, ast.Try)):
            nested = [*node.body, *node.orelse, *getattr(node, "finalbody", [])]
            for handler in getattr(node, "handlers", []):
                nested.extend(handler.body)
            found.update(_definitions(nested))
    return found


def api_of(code: str) -> dict[str, Any]:
    """The public API of a module's source: functions and classes with their methods."""
    tree = parse(code)
    api: dict[str, Any] = {}
    for name, node in _definitions(tree.body).items():
        if name.startswith("_"):
            continue
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            api[name] = {"kind": "function", **signature(node)}
        elif isinstance(node, ast.ClassDef):
            methods = {
                m.name: signature(m)
                for m in node.body
                if isinstance(m, ast.FunctionDef) and (not m.name.startswith("_") or m.name == "__init__")
            }
            api[name] = {"kind": "class", "methods": methods}
    return api


def require_function(api: dict[str, Any], name: str, error: type[GraderError], expected: str,
                     received: str, todo: str) -> None:
    """Raise `error` unless `api` (as `api_of` reads a module) has a function `name`; the
    functions it has follow `expected` in brackets."""
    if api.get(name, {}).get("kind") != "function":
        functions = ", ".join(n for n, item in api.items() if item.get("kind") == "function")
        raise error(f"{expected} ({functions})", received, todo)


def _compare(label: str, expected: dict[str, Any], node: ast.AST, source: Source) -> str:
    if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
        return ""  # an alias or an assignment: nothing to compare before it runs
    got = signature(node)
    if got["varargs"]:
        return ""
    want_required = expected["params"][: expected["required"]]
    have_required = got["params"][: got["required"]]
    all_names = set(got["params"]) | set(got["kwonly"])
    missing = [p for p in (*expected["params"], *expected["kwonly"]) if p not in all_names]
    if have_required == want_required and not missing:
        return ""
    return (
        f"{label}: expected parameters ({', '.join(expected['params'] + expected['kwonly'])}); "
        f"received ({', '.join(got['params'] + got['kwonly'])}) at {source.where(node.lineno)}. "
        "Use the names and order of the exercise skeleton."
    )


def check_static(source: Source, api: dict[str, Any]) -> tuple[Finding, ...]:
    """Findings for one module against its expected API (`api_of` of the reference)."""
    try:
        tree = parse(source.code, f"{source.name}.py")
    except SyntaxError as error:
        if not error.lineno:
            return (Finding("syntax", source.name, f"cannot parse: {error.msg}", True),)
        where = source.where(error.lineno)
        text = (error.text or "").strip()
        message = f"syntax error at {where}: {error.msg}" + (f": {text}" if text else "")
        return (Finding("syntax", source.name, message, True),)
    except (ValueError, RecursionError) as error:  # null bytes, absurd nesting
        return (Finding("syntax", source.name, f"cannot parse: {error}", True),)
    defined = _definitions(tree.body)
    findings: list[Finding] = []
    for name, spec in api.items():
        node = defined.get(name)
        if node is None:
            findings.append(Finding("missing", name, f"{name} is not defined in the module", False))
            continue
        if spec["kind"] == "function":
            message = _compare(name, spec, node, source)
            if message:
                findings.append(Finding("signature", name, message, False))
        elif isinstance(node, ast.ClassDef):
            methods = {m.name: m for m in node.body if isinstance(m, ast.FunctionDef)}
            for method, msig in spec["methods"].items():
                if method not in methods:
                    findings.append(Finding("missing", f"{name}.{method}", f"{name}.{method} is not defined", False))
                    continue
                message = _compare(f"{name}.{method}", {"kind": "function", **msig}, methods[method], source)
                if message:
                    findings.append(Finding("signature", f"{name}.{method}", message, False))
    return tuple(findings)


def imports(code: str) -> frozenset[str]:
    """What the code imports: ``module`` for a whole module (its last name: ``import a.dense``,
    ``from . import dense``) and ``module.name`` for a name taken from one (``from .dense import
    f`` -> ``dense.f``; ``from x import y`` also gives ``y``, which may be a module). Empty when
    the code does not parse."""
    try:
        tree = parse(code)
    except (SyntaxError, ValueError):
        return frozenset()
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name.rpartition(".")[2] for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            module = (node.module or "").rpartition(".")[2]
            found.update(alias.name for alias in node.names)
            found.update(f"{module}.{alias.name}" for alias in node.names if module)
    return frozenset(found)
