"""Verdicts as frozen dataclasses; every report format is a pure function of these."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

VERDICTS = ("holds", "fails", "unreadable", "undecided")
SCHEMA_VERSION = 1
# how an undecided step's method starts when it states a derivative of a name the text never
# defines (or not in terms of that variable): a statement, not a check of the derivation
GIVEN = "taken as given"
# output bounds (issue 10 §6): a 200 KB formula chaining 20,000 `=` must not produce a report of
# gigabytes. What a step echoes is cut to these lengths, with a note saying so; a formula
# reports at most STEPS_PER_FORMULA steps, then one step saying how many more it has.
ECHO_CHARS = 1000  # the formula as written, the method, the diagnosis
SIDE_CHARS = 400  # each rendered side
STEPS_PER_FORMULA = 100


def capped(text: str | None, limit: int) -> str | None:
    """text, or its beginning and a note with its length, in `limit` characters at most (a
    capped text is not cut again)."""
    if text is None or len(text) <= limit:
        return text
    note = f" … ({len(text)} characters; the first {{}} shown)"
    keep = limit - len(note) - 6
    return text[:keep] + note.replace("{}", str(keep))


@dataclass(frozen=True)
class Counterexample:
    values: dict[str, float]  # the free symbols' values
    left: float
    right: float
    derived: dict[str, float] = field(default_factory=dict)  # the text's defined names there


@dataclass(frozen=True)
class Step:
    line: int  # 1-based line in the file
    verdict: str  # one of VERDICTS
    lhs: str
    rhs: str
    method: str  # how it was decided, or why it was not
    counterexample: Counterexample | None = None
    diagnosis: str | None = None
    source: str = ""  # the formula as written
    cell: int | None = None  # in a notebook: the 1-based cell; `line` is then within the cell
    # a failing step whose right side agrees with the last expression that held (on this
    # line): the chain recovers from a mistake made in an earlier step
    recovers: int | None = None
    relation: str = "="  # as written and read: `=`, or `≈` (checked to the claimed digits)

    def __post_init__(self) -> None:
        for name, limit in (("source", ECHO_CHARS), ("method", ECHO_CHARS),
                            ("diagnosis", ECHO_CHARS), ("lhs", SIDE_CHARS), ("rhs", SIDE_CHARS)):
            value = getattr(self, name)
            if value is not None and len(value) > limit:
                object.__setattr__(self, name, capped(value, limit))

    def to_json(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class FileReport:
    path: str
    steps: tuple[Step, ...] = field(default_factory=tuple)

    def count(self, verdict: str) -> int:
        return sum(1 for s in self.steps if s.verdict == verdict)

    @property
    def ok(self) -> bool:
        return self.count("fails") == 0


def to_json(reports: list[FileReport]) -> dict:
    """The versioned JSON document of `grader derive --format json`."""
    return {
        "version": SCHEMA_VERSION,
        "files": [{"path": r.path, "steps": [s.to_json() for s in r.steps]} for r in reports],
    }
