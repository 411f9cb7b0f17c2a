"""How far one pass through a document has come (`Walk`): the state, the steps so far, the chain
in progress, what the prose says about the formula under way, and the names a formula quoted
as wrong gave values; `Previous`, what a formula starting with `=` continues."""

from __future__ import annotations

from dataclasses import dataclass

from checker.derive import stance
from checker.derive.budget import UNLIMITED, Budget
from checker.derive.chain import Trail
from checker.derive.markdown import Formula
from checker.derive.result import Step
from checker.derive.state import State
from checker.derive.tree import Call, Node, Relation, Sym


@dataclass
class Previous:
    members: list[Node]  # candidates for the left side of a continuation, best first
    block: int
    line: int = 0  # where members[0] was written
    variables: tuple[Sym, ...] = ()  # what its chain differentiates by (∂J/∂w = ... : w)


class Walk:
    """One pass through a document: the state, the steps so far, the chain in progress (the
    functions of document.py, quotation.py, segment.py, piece.py and equality.py move it on)."""

    def __init__(self, state: State, budget: Budget = UNLIMITED) -> None:
        self.state = state
        self.budget = budget  # the file's (and the run's) time, beyond each formula's own
        self.first = 0  # where the formula under way began reporting steps
        self.steps: list[Step] = []
        self.previous: Previous | None = None
        # the named quantity the chain in progress began with (`D_{KL}(P ‖ Q) = ...`) and the
        # line it began on: its closed form, where the chain reaches one, defines it (closure.py)
        self.named: tuple[Call, int] | None = None
        self.trail: Trail | None = None  # how the last chain stands (see chain.follow)
        self.block_exprs: dict[int, list[Node]] = {}
        self.given: tuple[Relation, ...] = ()  # the prose's conditions on this formula
        self.announced = False  # the prose announces this formula as a definition
        self.concluded = False  # the prose concludes it from what precedes ("So", "于是")
        self.piece = False  # the prose states this formula for a region of a variable
        self.alternatives = False  # "$α_t = α$ or $1 - α$": one of the values listed
        self.supposes = False  # "当 $μ = 0$ 时": values supposed for what follows
        self.sentence_end = 0  # the line after the last formula of this formula's sentence
        self.listed = False  # supposed by the list it stands in, not by its own cue
        self.act = stance.Act.ASSERTED  # what the writer does with it: asserts, quotes, asks...
        self.last: tuple[Formula | None, Formula | None] = (None, None)  # (before, current)
        # the last formula read as a definition, and the name it defined (a formula listed
        # right after it with "and", "or" may define the name again: an alternative)
        self.defined: tuple[Formula, str] | None = None
        self.captions: dict[int, str] = {}  # line -> the caption of a definition there
        # the names a formula quoted as wrong defined or gave values, then forgotten: stem ->
        # that formula's line (a later step that fails on them may read the cue wrongly)
        self.quoted_away: dict[str, int] = {}
        self.unquoted: tuple[dict, dict] | None = None  # their definitions and values as quoted

