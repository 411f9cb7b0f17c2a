"""Hidden checks: an instructor's extra cases, graded from data a student never sees.

An instructor writes cases in the vocabulary of `specs.py` (a `Case`, or a `Hidden` case with
the `message` a student sees); `grader hidden build` (see `checker/reference/hidden.py`) runs
them through the solutions and stores inputs and outputs with sha256 hashes, like the shipped
reference data. `grader check --hidden DIR` reads that folder (`read`), appends each exercise's
hidden cases to its own (their points count in its maximum) and grades them in the sandbox
like the others. Only the message is shown: the student's code saw the hidden inputs, so what
it raised or printed is never shown, nor any value; a failure says what kind of failure it
was, the expected and received shapes and the largest error.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np

from checker.errors import InputFileError, InternalError, UsageError
from checker.grade import specs, store
from checker.grade.compare import Comparison
from checker.grade.compare import compare as plain_compare
from checker.grade.static import require_function
from checker.grade.store import MANIFEST, verify_files
from checker.grade.transport import Rejected, Value

KIND, PREFIX = "hidden checks", "hidden: "
STORED = ("fn", "kwargs", "backward", "wrt", "keep", "points", "rtol", "atol", "tags")  # what grading needs
REBUILD = "Rebuild it with `grader hidden build CHECKS --out DIR` and copy the whole folder."


@dataclass(frozen=True)
class Hidden(specs.Case):
    """A `Case` whose inputs stay with the instructor; `message` is what a student sees (default: the name)."""

    message: str = ""

    @property
    def shown(self) -> str:
        """The check's name in every report: ``hidden: <message>``."""
        return PREFIX + (self.message or self.name)


def stored(case: Hidden) -> dict[str, Any]:
    """What the manifest keeps of a case (its name is the shown one; `make` stays with the instructor)."""
    return {"name": case.shown, **{key: value for key, value in asdict(case).items() if key in STORED}}


def _make(rng: np.random.Generator) -> list[Any]:
    raise InternalError("a hidden case's inputs come from its stored data, never from make")


@dataclass(frozen=True)
class HiddenSet:
    """The hidden cases of a `grader hidden build` folder, by exercise, and their stored variants."""

    directory: Path
    cases: dict[str, tuple[Hidden, ...]]
    variants: dict[str, dict[str, Any]]  # exercise -> case name -> the variants, as in the reference manifest

    def exercise(self, exercise: specs.Exercise) -> specs.Exercise:
        """`exercise` with its hidden cases after its own."""
        return replace(exercise, cases=exercise.cases + self.cases.get(exercise.name, ()))

    def entry(self, name: str, entry: dict[str, Any]) -> dict[str, Any]:
        """The reference manifest's entry for exercise `name`, with the hidden cases' variants."""
        return {**entry, "cases": {**entry["cases"], **self.variants.get(name, {})}}

    def data(self, name: str) -> tuple[Path, ...]:
        return (self.directory / f"{name}.npz",) if name in self.cases else ()

    @property
    def data_dirs(self) -> tuple[Path, ...]:
        """What the sandbox's children must not see (as root with mount namespaces: hidden)."""
        return (self.directory,) if self.cases else ()


NONE = HiddenSet(Path(), {}, {})


def digest(manifest: dict[str, Any]) -> str:
    """The sha256 of everything in a hidden manifest but the digest itself: a manifest edited by
    hand (points, tolerances, counts) is refused like a changed data file."""
    body = {k: v for k, v in manifest.items() if k != "digest"}
    return hashlib.sha256(json.dumps(body, sort_keys=True).encode()).hexdigest()


def _manifest(directory: Path) -> dict[str, Any]:
    """The folder's manifest, after checking every data file against its sha256."""
    if not directory.is_dir():
        received = f"the file {directory} (not a folder)" if directory.exists() else f"no folder at {directory}"
        raise UsageError("a folder of hidden checks built by `grader hidden build`", received,
                         "Pass the --out folder of `grader hidden build`.")
    path = directory / MANIFEST
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as error:
        raise InputFileError(f"{path} written by `grader hidden build`", f"{type(error).__name__}: {error}",
                             REBUILD) from None
    if not isinstance(manifest, dict) or manifest.get("kind") != KIND:
        raise InputFileError(f"a manifest of kind {KIND!r} in {directory}",
                             "the grader's own reference data" if isinstance(manifest, dict) and "derivations" in manifest
                             else "another kind of manifest", "Pass the --out folder of `grader hidden build`.")
    if manifest.get("digest") != digest(manifest):
        raise InputFileError(f"{path} as `grader hidden build` wrote it (its digest)", "a manifest changed since",
                             REBUILD)
    if manifest.get("variants") != specs.VARIANTS:
        raise InputFileError(f"{specs.VARIANTS} variants per case", f"{manifest.get('variants')} in {path}",
                             "It was built by another grader version. " + REBUILD)
    files = manifest.get("files")
    if not isinstance(files, dict) or not isinstance(manifest.get("exercises"), dict) or \
            any(f"{name}.npz" not in files for name in manifest["exercises"]):
        raise InputFileError(f"{path} with a sha256 for each exercise's data", "a manifest without them", REBUILD)
    verify_files(directory, files, REBUILD, by_path=True)
    return manifest


def _function(exercise: str, name: str, api: dict[str, Any]) -> None:
    if name:
        require_function(api, name, InputFileError, f"a function of the {exercise} exercise", repr(name),
                         "The hidden checks were built for other exercises. " + REBUILD)


def _case(exercise: str, check: dict[str, Any], variants: list[Any], api: dict[str, Any]) -> Hidden:
    """One stored check as a case (its inputs come from the data: `make` is never called)."""
    _function(exercise, check["fn"], api)
    _function(exercise, check["backward"], api)
    number = lambda key: isinstance(check[key], (int, float)) and not isinstance(check[key], bool)  # noqa: E731
    if len(variants) != specs.VARIANTS or not number("points") or check["points"] <= 0 \
            or not isinstance(check["kwargs"], dict) or not number("rtol") or not number("atol"):
        raise ValueError(f"{check['name']!r}: {specs.VARIANTS} variants, positive points, numeric tolerances, "
                         "a dict of kwargs")
    options = {k: tuple(v) if k in ("wrt", "tags") or (k == "keep" and v is not None) else v
               for k, v in check.items() if k in STORED}
    return Hidden(check["name"], make=_make, message=check["name"].removeprefix(PREFIX), **options)


def _stored_arrays(path: Path, cases: dict[str, list[dict[str, Any]]]) -> None:
    """Every array the manifest names (inputs, dout, expected outputs) is in the exercise's data."""
    with np.load(path, allow_pickle=False) as data:
        files = set(data.files)
    for name, variants in cases.items():
        for k, variant in enumerate(variants):
            keys = [a["array"] for a in variant["args"] if "array" in a]
            keys += [store.expected(name, k, j) for j in range(int(variant["expected"]))]
            missing = [key for key in keys if key not in files]
            if missing:
                raise KeyError(f"{missing[0]} is not in {path.name}")


def read(directory: Path, reference: dict[str, Any]) -> HiddenSet:
    """The hidden checks in `directory`, verified against its hashes and the reference `api`s."""
    manifest = _manifest(directory)
    cases: dict[str, tuple[Hidden, ...]] = {}
    variants: dict[str, dict[str, Any]] = {}
    for exercise, entry in manifest["exercises"].items():
        if exercise not in reference["exercises"]:
            raise InputFileError(f"an exercise of the grader ({', '.join(reference['exercises'])})",
                                 repr(exercise), REBUILD)
        api = reference["exercises"][exercise]["api"]
        try:
            cases[exercise] = tuple(_case(exercise, check, entry["cases"][check["name"]], api)
                                    for check in entry["checks"])
            variants[exercise] = dict(entry["cases"])
            _stored_arrays(directory / f"{exercise}.npz", variants[exercise])
        except (KeyError, TypeError, AttributeError, ValueError) as error:
            raise InputFileError(f"{directory / MANIFEST} as `grader hidden build` writes it",
                                 f"a missing or malformed entry ({error})", REBUILD) from None
    return HiddenSet(directory, cases, variants)


def _shape(received: tuple[int, ...], expected: tuple[int, ...]) -> str:
    """A received shape, when it is near the expected one (a shape is a channel the student's code controls)."""
    if len(received) <= len(expected) + 1 and max(received, default=0) <= 4 * max(expected, default=1):
        return str(received)
    return f"a shape unlike it ({len(received)} dimensions)"


def compare(what: str, expected: np.ndarray, received: Value, **options: Any) -> Comparison:
    """`compare.compare`'s verdict, told with shapes, the largest error and the diagnosis only."""
    verdict = plain_compare(what, expected, received, **options)
    if verdict.passed:
        return verdict
    if received is None or isinstance(received, Rejected):
        return Comparison(False, f"{what}: not a numeric array; expected one of shape {expected.shape}")
    got = np.asarray(received, dtype=np.float64)
    hint = verdict.hint  # the grader's own diagnosis (the rest of the message holds values)
    if got.shape != expected.shape:
        text = f"expected shape {expected.shape}; received {_shape(got.shape, expected.shape)}"
    elif not np.all(np.isfinite(got)):
        text = "NaN or Inf in the result"
    else:
        text = f"max abs error {float(np.max(np.abs(got - expected))):.2g}"
    return Comparison(False, f"{what}: {text}" + (f" — {hint}" if hint else ""), hint, f"{what}: {text}")
