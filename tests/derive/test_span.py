"""Which members a family stands for when an undefined loss is a function of it, and matrix
entries written without a comma (span.py)."""

import pytest

from checker.derive import span
from checker.derive.tree import Sym

MEMBERS = [
    ("written from 0, three outputs", {"y": {0, 2}}, ["y"], 0, range(3)),
    ("written from 1", {"y": {1}}, ["y"], 0, range(1, 4)),
    ("the gradient's name gives the largest index", {"y": {0}, "g": {0, 4}}, ["y", "g"], 0,
     range(5)),
    ("nothing written: the open range from 1", {}, ["z"], 0, range(1, 4)),
    ("a given vector of four slopes", {"y": {0}}, ["y"], 4, range(4)),
    ("a given vector of two slopes: two, though more are written", {"y": {0, 2}}, ["y"], 2,
     range(2)),
]


@pytest.mark.parametrize("written, stems, length, expected", [r[1:] for r in MEMBERS],
                         ids=[r[0] for r in MEMBERS])
def test_members(written, stems, length, expected):
    assert span.members(written, stems, length) == expected


PAIRS = [
    ("two digits beside w_{ij}", {"w": {2}}, Sym("w", ("21",)), Sym("w", ("2", "1"))),
    ("a one-index family keeps its index", {"w": {1}}, Sym("w", ("21",)), None),
    ("both arities written: not read", {"w": {1, 2}}, Sym("w", ("21",)), None),
    ("three digits are no pair", {"w": {2}}, Sym("w", ("123",)), None),
]


@pytest.mark.parametrize("arity, sym, expected", [r[1:] for r in PAIRS],
                         ids=[r[0] for r in PAIRS])
def test_as_pair(arity, sym, expected):
    assert span.as_pair(arity, sym) == expected
