"""`grader hidden build`: an instructor's checks file → hidden reference data.

The checks file is Python in the vocabulary of `checker.grade.specs`:

    HIDDEN = {"conv2d": (Hidden("stride 2x3 on a 7x9 image", "conv2d_forward", make,
                                {"strides": (2, 3)}, backward="conv2d_backward", wrt=(0, 1, 2),
                                message="conv2d with unequal strides"),)}

(a plain `Case` works too: its name is then its message). It runs here, on the instructor's
machine, with the solutions, exactly as `grader refs build` runs the shipped cases; the folder
it writes (one `.npz` per exercise, `manifest.json` with sha256 hashes) is all that grading
needs: neither the checks file nor the solutions.
"""

from __future__ import annotations

import importlib
import json
import os
import runpy
from pathlib import Path
from typing import Any

import numpy as np

from checker.errors import InputFileError, UsageError
from checker.grade.catalogue import BY_NAME
from checker.grade.hidden import KIND, Hidden, digest, stored
from checker.grade.specs import VARIANTS, Case
from checker.grade.static import api_of, require_function
from checker.grade.store import MANIFEST, sha256
from checker.reference.build import case_variants, importable

EXAMPLE = 'HIDDEN = {"conv2d": (Hidden("name", "conv2d_forward", make, {...}, message="..."), ...)}'


def _cases(exercise: str, items: Any, path: Path) -> tuple[Hidden, ...]:
    if not isinstance(items, (tuple, list)):
        raise UsageError(f"a tuple of cases for {exercise!r}", type(items).__name__, f"In {path}: {EXAMPLE}.")
    cases = []
    for item in items:
        if not isinstance(item, Case):
            raise UsageError(f"a Case or Hidden case for {exercise!r}", type(item).__name__,
                             "Hidden checks are function cases (scenarios are not supported); " + EXAMPLE)
        if item.timed or item.points <= 0:
            raise UsageError(f"{item.name!r}: positive points, not timed", f"points={item.points}, timed={item.timed}",
                             "Give the case points > 0 and leave timed off (timing is not hidden).")
        case = item if isinstance(item, Hidden) else Hidden(**vars(item))
        try:
            json.dumps(case.kwargs)
        except TypeError as error:
            raise UsageError(f"{case.name!r}: keyword arguments of numbers, strings, lists", str(error),
                             "Pass arrays as inputs from make, not as kwargs.") from None
        cases.append(case)
    shown = [c.shown for c in cases]
    if len(set(shown)) < len(shown):
        raise UsageError(f"one message per hidden check of {exercise!r}", ", ".join(shown),
                         "Give each case its own message (or name).")
    return tuple(cases)


def load(path: Path) -> dict[str, tuple[Hidden, ...]]:
    """The `HIDDEN` dict of a checks file, each case checked for what grading supports."""
    if not path.is_file():
        raise UsageError("a Python file of hidden checks", f"nothing at {path}", f"Write one with {EXAMPLE}.")
    try:
        found = runpy.run_path(str(path), {"Case": Case, "Hidden": Hidden, "np": np}).get("HIDDEN")
    except Exception as error:  # the instructor's file: report its error, never a traceback
        raise UsageError(f"{path} to run", f"{type(error).__name__}: {error}", "Fix the checks file.") from None
    if not isinstance(found, dict) or not found:
        raise UsageError(f"a non-empty dict HIDDEN in {path}", type(found).__name__, EXAMPLE)
    code = [e.name for e in BY_NAME.values() if e.kind == "code"]
    unknown = [str(name) for name in found if name not in code]
    if unknown:
        raise UsageError(f"exercise names ({', '.join(code)})", ", ".join(unknown), f"Fix the keys of HIDDEN in {path}.")
    return {name: _cases(name, items, path) for name, items in found.items()}


def _run(exercise: str, case: Hidden, module: Any, api: dict[str, Any], arrays: dict[str, np.ndarray]) -> Any:
    for name in filter(None, (case.fn, case.backward)):
        require_function(api, name, UsageError, f"a function of {exercise}", f"{name!r} in {case.name!r}",
                         "Fix the case's fn or backward.")
    try:  # stored (and seeded) under the shown name: grading knows no other
        return case_variants(exercise, Hidden(**{**vars(case), "name": case.shown}), module, arrays)
    except Exception as error:  # the case's make or kwargs do not fit the solutions
        raise UsageError(f"the solutions to run on {case.name!r}", f"{type(error).__name__}: {error}",
                         "Fix the case's make (input shapes) or kwargs.") from None


def build(checks: Path, solutions: Path = Path("solutions"), out: Path = Path("hidden")) -> dict[str, Any]:
    """Run the hidden checks in `checks` through `solutions`; write `.npz` files + manifest.json to `out`."""
    found = load(checks)
    importable(solutions)
    manifest: dict[str, Any] = {"kind": KIND, "version": 1, "variants": VARIANTS, "exercises": {}, "files": {}}
    data: dict[str, dict[str, np.ndarray]] = {}
    for exercise, cases in found.items():
        module = importlib.import_module(f"{solutions.name}.{exercise}")
        api = api_of((solutions / f"{exercise}.py").read_text(encoding="utf-8"))
        arrays: dict[str, np.ndarray] = {}
        manifest["exercises"][exercise] = {"checks": [stored(case) for case in cases],
                                           "cases": {case.shown: _run(exercise, case, module, api, arrays)
                                                     for case in cases}}
        data[exercise] = arrays
    try:
        out.mkdir(mode=0o700, parents=True, exist_ok=True)  # only the grader reads it (as root: not the children)
        os.chmod(out, 0o700)
        for exercise, arrays in data.items():
            np.savez_compressed(out / f"{exercise}.npz", **arrays)
            manifest["files"][f"{exercise}.npz"] = sha256(out / f"{exercise}.npz")
        manifest["digest"] = digest(manifest)
        (out / MANIFEST).write_text(json.dumps(manifest, indent=1, sort_keys=True) + "\n")
    except OSError as error:
        raise InputFileError(f"a folder to write at {out}", str(error), "Pass another --out.") from None
    return manifest
