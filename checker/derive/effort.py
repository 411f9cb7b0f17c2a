"""Work in resource-time: `GPU-hours`, `node-hours`, `person-days`, `TPU hours`, a time
multiplied by how many resources worked it (`resource_time`, a unit word of conversion.UNITS
of its own kind), and how it relates to a time (`shared`): one resource, or a whole count of
them sharing the work."""

from __future__ import annotations

import math
import re

from checker.derive.conversion import RESOURCE, UNITS, Link, Unit
from checker.derive.regex import Regex

# the time words a resource's work is counted in (their seconds: conversion.UNITS)
_SPANS = frozenset({"h", "hr", "hrs", "hour", "hours", "day", "days", "s", "sec", "second",
                    "seconds"})
_RESOURCE = Regex(r"(?P<who>[A-Za-z][A-Za-z0-9]*)(?P<sep>[-‐ ])(?P<span>[a-z]+)")


def resource_time(text: str) -> str | None:
    """A unit of work that a count of resources does in a time (`GPU-hours`, `node-hours`,
    `person-days`, `TPU hours`: a time multiplied by how many of them worked), made a key of
    UNITS on first sight, of its own kind (RESOURCE): its factor is the time unit's, one
    resource working. Hyphenated after any word; after a space, only after an acronym of
    capitals (`GPU hours`), since `10 more hours` is a time. None for anything else."""
    m = _RESOURCE.fullmatch(text.strip())
    if m is None or m["span"] not in _SPANS or len(m["who"]) < 2 or m["who"] in UNITS or \
            (m["sep"] == " " and not re.fullmatch(r"[A-Z][A-Z0-9]+", m["who"])):
        return None
    key = text.strip()
    seconds = UNITS[m["span"]][0].factor
    UNITS.setdefault(key, (Unit(RESOURCE, seconds, f"{seconds:g} s of one {m['who']}"),))
    return key


def shared(left: str, right: str, lv: float | None, rv: float | None,
            rtol: float) -> Link | None:
    """A time beside work in resource-time (`1.625 \\times 10^6\\ \\text{s} \\approx
    451.4\\ \\text{GPU-hours}`): it holds when one resource did the work in that time; when
    the work is a whole number (2 or more) of times the time, that many resources may have
    shared it (undecided: the count is not read); any other ratio fails, no count of
    resources makes it. None when neither unit is a resource-time, or the other is neither
    a time nor one."""
    if not {left, right} <= set(UNITS) | {""}:
        return None  # (`?`: a member that mixes several units)
    kinds = [UNITS[w][0].kind if w else "" for w in (left, right)]
    if RESOURCE not in kinds or not {"time", RESOURCE} >= set(kinds) or \
            lv is None or rv is None or not lv or not rv:
        return None
    a, b = UNITS[left][0], UNITS[right][0]
    work, span = (rv * b.factor, lv * a.factor) if kinds[1] == RESOURCE else \
        (lv * a.factor, rv * b.factor)
    count = work / span
    if math.isclose(count, 1.0, rel_tol=rtol):
        return Link(False, "holds", f"holds in units: {_figure(lv)} {left} = "
                    f"{_figure(rv)} {right}, one resource working (1 {right or left} = "
                    f"{(b if kinds[1] == RESOURCE else a).named})")
    if count > 1.5 and math.isclose(count, round(count), rel_tol=rtol):
        return Link(False, "undecided", f"could not decide: {_figure(lv)} {left} and "
                    f"{_figure(rv)} {right} agree if {round(count)} resources shared the "
                    "work; say how many (or write the time per resource)")
    return Link(False, "fails", f"converted: {_figure(lv)} {left} and {_figure(rv)} "
                f"{right} are {count:.4g} to 1, and no whole count of resources sharing the work "
                "gives that")


def _figure(value: float) -> str:
    """A value as the step shows it, to 6 digits."""
    return f"{value:.6g}"
