"""The grader's flattening (flatten.py) and the child's (runner.py) take values apart alike."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

from checker.grade import flatten, runner

A, B = np.arange(3.0), np.ones((2, 2))
VALUES: list[Any] = [
    A,
    (A, B),
    [A, (B, [A])],
    {"w2": B, "b1": A, "w1": (A, B)},
    ({"b": A, "a": B}, [A, B, A]),
    [[[[A]]]],  # deeper than DEPTH: the rest stays one leaf
    [A] * 70,  # more than LEAVES
    3.5,
]


@pytest.mark.parametrize("value", VALUES, ids=[str(i) for i in range(len(VALUES))])
def test_paths_match_the_child(value: Any) -> None:
    found: list[tuple[str, Any]] = []
    runner._flat(value, "", found)
    mine = flatten.paths(value)
    assert [p for p, _ in mine] == [p for p, _ in found]
    assert all(a is b for (_, a), (_, b) in zip(mine, found))


@pytest.mark.parametrize(("value", "keep", "count"), [((A, B), None, 2), ((A, B, A), (0, 2), 2), (A, None, 1)])
def test_parts_are_the_returned_items(value: Any, keep: tuple[int, ...] | None, count: int) -> None:
    assert len(flatten.parts(value, keep)) == count


def test_kept_and_leaves() -> None:
    pairs = flatten.paths(((A, B), A, [B]))
    assert [p for p, _ in flatten.kept(pairs, (0, 2))] == ["[0][0]", "[0][1]", "[2][0]"]
    assert len(flatten.leaves({"x": [A, B], "y": A})) == 3


@pytest.mark.parametrize(
    ("received", "expected", "paths"),
    [
        ([("[0]", B), ("[1]", A)], ["[0]", "[1][0]", "[1][1]", "[1][2]"], ["[0]", "[1][0]", "[1][1]", "[1][2]"]),
        ([("[1][0]", A[0]), ("[1][1]", A[1]), ("[1][2]", A[2])], ["[1]"], ["[1]"]),  # numbers where an array is due
        ([("[0]", B), ("[1]", A)], ["[0]", "[1][0]", "[1][1]"], ["[0]", "[1]"]),  # 3 items for 2: left as it is
        ([("[1]", np.float64(2.0))], ["[1][0]"], ["[1]"]),  # a scalar has no items
        ([("[0]", A), ("[1]", A)], ["[0]", "[1]"], ["[0]", "[1]"]),
    ],
)
def test_aligned_reads_an_array_and_a_list_of_numbers_alike(
        received: list[tuple[str, Any]], expected: list[str], paths: list[str]) -> None:
    pairs = flatten.aligned([(p, np.asarray(v)) for p, v in received], expected)
    assert [p for p, _ in pairs] == paths
    assert np.array_equal(np.concatenate([np.ravel(v) for _, v in pairs]),
                          np.concatenate([np.ravel(v) for _, v in received]))
