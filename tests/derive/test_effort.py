"""Work in resource-time (effort.py): GPU-hours, node-hours, person-days are a time times a
count of resources; beside a time they hold with one resource, stay undecided at a whole
count, and fail at any other ratio."""

import pytest

from checker.derive.document import check_text


@pytest.mark.parametrize("formula, verdict", [
    # work in resource-time (GPU-hours, node-hours): a time times how many resources worked
    ("7200\\ \\text{s} \\approx 2\\ \\text{GPU-hours}", "holds"),  # one GPU
    ("3\\ \\text{h} \\times 4 = 12\\ \\text{node-hours}", "holds"),
    ("2\\ \\text{days} = 48\\ \\text{TPU hours}", "holds"),  # an acronym before a space
    ("36\\ \\text{h} = 5\\ \\text{person-days}", "fails"),  # 36 h is 1.5 days: no count
    ("36\\ \\text{h} = 6\\ \\text{person-days}", "undecided"),  # four people
    # wall time beside the work of 4 GPUs: the count is not read, never a failure
    ("7200\\ \\text{s} \\approx 8\\ \\text{GPU-hours}", "undecided"),
    # wrong twins: no whole count of GPUs makes them agree
    ("7200\\ \\text{s} \\approx 0.2\\ \\text{GPU-hours}", "fails"),
    ("7200\\ \\text{s} \\approx 2.6\\ \\text{GPU-hours}", "fails"),
    ("3 \\times 4 = 13\\ \\text{node-hours}", "fails"),  # a bare number, in the same unit
    ("5400\\ \\text{s} = 2\\ \\text{more hours}", "fails"),  # a word, not an acronym: a time
])
def test_work_in_resource_time(formula, verdict):
    steps = check_text(f"$${formula}$$").steps
    assert [s.verdict for s in steps][-1:] == [verdict], steps


def test_a_member_that_mixes_units_is_no_resource_time():
    # GB over TB/s beside a time: undecided for the mixed units, never an internal error
    steps = check_text("$$t = 14\\ \\text{GB} / 2\\ \\text{TB/s} = 7\\ \\text{ms}$$").steps
    assert steps and all("mixes several units" in s.method for s in steps), steps
