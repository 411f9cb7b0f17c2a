"""A chain whose members are written in units (`1{,}610{,}612{,}736 \\text{ B} = 1.5 \\text{
GiB}`, `2.0 \\times \\ln 2 \\approx 1.386` bits): a link between members in different units is
decided by their conversion, a link in a scaled unit by its factor, a conversion between bits and
nats the wrong way is reported; the runs between such links are read as any chain."""

from __future__ import annotations

import math

import sympy as sp

from checker.derive import conversion, effort, information, prefix
from checker.derive.markdown import Formula
from checker.derive.meaning import Lowering
from checker.derive.member import is_numeric
from checker.derive.piece import read_pieces
from checker.derive.progress import Walk
from checker.derive.regex import Regex
from checker.derive.render import render
from checker.derive.result import Step
from checker.derive.tree import Node, Num, Sym
from checker.derive.unit import named_after


def in_units(w: Walk, units: tuple[str, ...], members: list[Node], ops: list[str],
              opening: tuple[list[Node], object], f: Formula, given: tuple, lines: list[int],
              source: str = "") -> None:
    """The chain's pieces; a link between members in different units (`1{,}610{,}612{,}736
    \\text{ B} = 1.5 \\text{ GiB}`) is decided by their conversion (conversion.py), and the
    runs between such links are read as any chain. `opening`: the candidates and trail of
    the chain's first member; `source`: its statement as read (written_after)."""
    candidates, trail = opening
    decided: dict[int, conversion.Link] = {}
    units = written_after(units, members, f, source)
    stated = named_after(f.after) if not units or not units[-1] else None
    chain = tuple(units) + ((stated,) if stated else ())  # every unit the chain states
    if stated and ops and ops[-1] in ("=", "≈"):  # `$2.0 \times \ln 2 \approx 1.386$ bits`
        link = _direction(w, ("", stated), members[-2:], f.line, chain)
        if link is not None:
            decided[len(ops) - 1] = link
            units = units or ("",) * (len(members) - 1) + (stated,)
    units = _closing_word(units, stated, decided, len(ops))
    start = 0
    if not candidates and _given_in_unit(w, units, members, f.line):
        if prefix.measured(units[1]):  # `R = 10\ \text{k}\Omega`: 10, in kΩ (prefix.py)
            w.state.bind(members[0], members[1], f.line)  # type: ignore[arg-type]
            w.state.ctx.prefixed[members[0].name] = (  # type: ignore[attr-defined]
                f.line, prefix.size(units[1]), units[1])
        else:
            _unbind(w, members[0].name, f.line)  # type: ignore[attr-defined]
        start = 1  # `T_H = 300\ \text{K}` in a new problem: its value, no step
    if len(units) == len(members):
        for k, op in enumerate(ops):
            if op in ("=", "≈") and not conversion.same(units[k], units[k + 1]) and \
                    k not in decided and k >= start:
                shown = max(conversion.shown_tolerance(m.text) for m in members[k:k + 2]
                            if isinstance(m, Num)) if any(isinstance(m, Num) for m in
                                                          members[k:k + 2]) else 1e-9
                values = (_number(w, members[k], f.line), _number(w, members[k + 1], f.line))
                link = _direction(w, units[k:k + 2], members[k:k + 2], f.line, chain) or \
                    effort.shared(units[k], units[k + 1], *values,
                                  max(shown, 0.01 if op == "≈" else 1e-9)) or \
                    conversion.decide(units[k], units[k + 1], *values,
                                      max(shown, 0.01 if op == "≈" else 1e-9))
                if not link.checked:
                    decided[k] = link
            elif op in ("=", "≈") and not units[k] and not units[k + 1]:
                link = _scaled(w, chain, members[k:k + 2], f.line, op)
                if link is not None:
                    decided[k] = link
    for k in sorted(decided) + [len(ops)]:
        if k > start or k == len(ops):
            read_pieces(w, members[start:k + 1], ops[start:k], candidates if not start else [],
                        trail if not start else None, f, given,
                        lines[start:k])  # type: ignore[arg-type]
        if k < len(ops):
            link = decided[k]
            lhs, rhs = (f"{render(members[j])} {units[j]}".strip() for j in (k, k + 1))
            w.steps.append(Step(lines[k] if k < len(lines) else f.line, link.verdict, lhs, rhs,
                                link.method, source=f.text, relation=ops[k]))
        start = k + 1
    if not candidates and isinstance(members[0], Sym) and len(units) == len(members) and \
            len({u for u in units[1:] if u}) >= 2:  # `V = 10\ \text{L} = 0.01\ \text{m}^3`
        _unbind(w, members[0].name, f.line + 1)  # its value in which unit: later steps say
    elif not candidates and isinstance(members[0], Sym) and len(members) > 2 and \
            len(units) == len(members) and units[-1] and prefix.measured(units[-1]) and \
            not any(units[:-1]):  # `I = 31.25 + 22.22 = 53.47\ \text{mA}`: worked out in mA
        found = w.state.ctx.bindings.get(members[0].name)
        if found and found[-1][0] == f.line:  # (bound to the chain's value on this line)
            w.state.ctx.prefixed[members[0].name] = (  # type: ignore[attr-defined]
                f.line, prefix.size(units[-1]), units[-1])


_LATIN = Regex(r"\s?([A-Za-zμµ][A-Za-zμµ/]*)(?![A-Za-z0-9])")
_HANGUL = Regex(r"\s?([가-힣]+)")
_HAN = Regex(r"\s?([\u4e00-\u9fff]+)")
# what may follow a unit word in Korean (`1000초이다`, `2시간 정도`): a particle or copula
_PARTICLE = Regex(r"(?:이다|이고|이며|이므로|입니다|이니까|으로|로|정도|쯤|가|이|은|는|을|를|의|에|)$")


def written_after(units: tuple[str, ...], members: list[Node], f: Formula, source: str = ""
                  ) -> tuple[str, ...]:
    """The units of a chain whose last member, with no unit of its own, ends the formula and
    has its unit written by the writer in the prose right after the closing `$` (`$7200\\
    \\text{s} = 2$ hours`, `$T = 3.156 \\times 10^7\\ \\text{s} \\approx 365.3$ days`, `$1\\
    \\text{TiB} = 2^{40}$ 字节`, `$= 1.5$시간이다`, `$= 60$ 秒`): that member is in the word's unit
    when an earlier member of the chain is written in a unit of the same kind (a time beside a
    time), related to it by their conversion (`600 s = 12` min fails), never equal to it as a
    number. Any other chain's units as they are: a word of another kind (`= 600$ GB of logs`
    after seconds), a word that only begins like a unit (`초기값`); and a unit the formula itself
    ends in (moved after it by unit.outside) in a chain that gives a name its value (`E_k = ...
    = 240\\,000\\ \\text{J} = 240\\ \\text{kJ}`): unit.py converts that member, and the name
    keeps its value in the unit worked in (given in two, it would have none); in another chain
    that unit is its last member's as well (`2\\ \\text{kW} \\times 90\\ \\text{h} = 180\\
    \\text{kWh}`).
    `source`: the chain's statement as read; the chain ends the formula when the formula's text
    ends in it, or in its last member, a number as written (`240\\,000\\ \\text{J} = 240`)."""
    if len(units) != len(members) or len(units) < 2 or units[-1] or \
            f.moved and isinstance(members[0], Sym) or not _ends(f, members[-1], source):
        return units
    word = _unit_word(f.after)
    kinds = {u.kind for u in conversion.UNITS.get(word, ())} if word else set()
    if not any(kinds & {u.kind for u in conversion.UNITS.get(w, ())}
               for w in units[:-1] if w and w != "?"):
        return units
    return units[:-1] + (word,)


def _closing_word(units: tuple[str, ...], stated: str | None, decided: dict,
                  links: int) -> tuple[str, ...]:
    """`E = 1.1\\ \\text{kW} \\times 90\\ \\text{h} = 99\\ \\text{kWh}`: a unit word ending the
    formula (read as written after it, unit.outside) closes a chain whose other members are
    written in a product or quotient of units of the same kind: it is the last member's unit, so the last link is a
    conversion between units (kW×h and kWh), never a unit against a bare number."""
    if not stated or not units or units[-1] or links - 1 in decided or \
            stated not in conversion.UNITS:
        return units
    kinds = {u.kind for u in conversion.UNITS[stated]}
    if not any(kinds & {u.kind for u in conversion.UNITS.get(w, ())}
               for w in units[:-1] if w and w != "?" and ("×" in w or "/" in w)):
        return units  # (one unit of the kind, `E = 240\,000\ \text{J} = 240\ \text{kJ}`:
    return units[:-1] + (stated,)  # unit.py converts it, and E keeps its value in J)


def _ends(f: Formula, last: Node, source: str) -> bool:
    """The chain whose statement is `source` and whose last member is `last` ends the formula."""
    return bool(source) and f.text.rstrip(" .,;").endswith(source.rstrip(" .,;")) or \
        isinstance(last, Num) and f.text.rstrip().endswith(last.text)


def _unit_word(after: str) -> str | None:
    """The unit word (conversion.UNITS) that starts the prose after an inline formula: a Latin
    word as a whole, a Hangul one before a particle at most (`초이다`, not `초기값`), a CJK one
    at the start of the run (`秒。`, `分钟左右`)."""
    latin = _LATIN.match(after)
    if latin:
        return latin.group(1) if latin.group(1) in conversion.UNITS else None
    for run, ends in ((_HANGUL.match(after), _PARTICLE.fullmatch), (_HAN.match(after), lambda rest: True)):
        found = [u for u in conversion.UNITS if run and run.group(1).startswith(u) and
                 ends(run.group(1)[len(u):])] if run else []
        if found:
            return max(found, key=len)
    return None


def _given_in_unit(w: Walk, units: tuple[str, ...], members: list[Node], line: int) -> bool:
    """A name with no unit, no definition and no value bound in this section, given a number
    in a unit that only rescales (`T_H = 300\\ \\text{K}` in a new problem, `C = 32\\text{K}`):
    the quantity's value, stated with its unit, never a conversion between two numbers (its
    value from an earlier section is not what this line claims); unlike a unit of factor 1
    (`N = 7\\text{B}`, `Q = 2000\\ \\text{J}`, bound as written), the number as bound
    would be off by the unit's unknown scale, so the name has no value from here on."""
    if len(members) < 2 or len(units) < 2 or units[0] or units[1] in ("", "?") or \
            not isinstance(members[0], Sym) or not is_numeric(members[1]) or \
            any(u.factor == 1 for u in conversion.UNITS[units[1]]) and \
            not prefix.measured(units[1]):  # (`Q = 2\ \text{L/s}`: 10⁻³ m³/s, prefix.py)
        return False
    name = members[0].name
    return w.state.definition_of(members[0], line) is None and \
        not w.state.ctx.bound({name}, line, stale=False)


def _unbind(w: Walk, name: str, line: int) -> None:
    """The values of `name` bound before `line` end there (a name given its value in two
    units, `V = 10\\ \\text{L} = 0.01\\ \\text{m}^3`, has no one number for the steps after it:
    they work in either unit)."""
    found = w.state.ctx.bindings.get(name)
    if found:
        w.state.ctx.bindings[name] = [(at, v, line if until is None or until > line else until)
                                      if at < line else (at, v, until)
                                      for at, v, until in found]


def _scaled(w: Walk, chain: tuple[str, ...], pair: list[Node], line: int, op: str
            ) -> conversion.Link | None:
    """A link of two members with no unit in a chain that ends in a scaled unit
    (`16\\Psi = 16 \\times 7.5 = 120\\ \\text{GB}` with Ψ = 7.5·10^9): the member already
    written in that unit is related by its factor, not equal as numbers (None when the link
    holds as numbers, or no unit of the chain relates its values)."""
    lv, rv = (_number(w, m, line) for m in pair)
    if lv is None or rv is None:
        return None
    shown = max((conversion.shown_tolerance(m.text) for m in pair if isinstance(m, Num)),
                default=1e-9)
    return conversion.scaled(tuple(u for u in chain if u and u != "?"), lv, rv,
                             max(shown, 0.01 if op == "≈" else 1e-9))


def _direction(w: Walk, units: tuple[str, ...], pair: list[Node], line: int,
               chain: tuple[str, ...]) -> conversion.Link | None:
    """A link of a member with no unit to one in bits or nats that converts between them the
    wrong way (information.py): `2.0 \\times \\ln 2 \\approx 1.386 \\text{ bits}`; not read
    in a `chain` stated in both units, nor on a `\\log` with no base written, nor when the
    number in the unit is not the bare member's own (`\\ln 2 = 1` bit converts)."""
    if "" not in units or units == ("", "") or information.both_units(chain):
        return None
    bare, unit = (pair[0], units[1]) if not units[0] else (pair[1], units[0])
    stated = pair[1] if bare is pair[0] else pair[0]
    if information.undecided_base(render(bare)) or not information.same_number(
            _number(w, bare, line), _number(w, stated, line)):
        return None  # (`\ln 2 = 1` bit: ln 2 nats is 1 bit, a conversion the right way)
    try:
        expr = Lowering(w.state.ctx, line).expr(bare)
    except Exception:  # noqa: BLE001 - a member that cannot be read is no conversion
        return None
    why = information.wrong_way(expr, unit)
    return conversion.Link(False, "fails", why) if why else None


def _number(w: Walk, node: Node, line: int) -> float | None:
    """A member's value at the values bound, when it is a finite real number."""
    try:
        value = complex(sp.N(w.state.ctx.at_bound_values(
            Lowering(w.state.ctx, line).expr(node), line)))
    except Exception:  # noqa: BLE001 - a member that cannot be evaluated has no number
        return None
    return value.real if not value.imag and math.isfinite(value.real) else None
