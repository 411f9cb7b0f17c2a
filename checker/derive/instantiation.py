"""A formula that substitutes numbers into an expression: `k^2 C_{in} = 3 \\cdot 3 \\cdot 64`,
`H_{out} W_{out} C_{out} K^2 C_{in} = 56 \\cdot 56 \\cdot 64 \\cdot 9 \\cdot 64`,
`1/C_{out} + 1/K^2 = 1/128 + 1/9`: the right side is the left one written again with a number
in place of each name (the sizes the prose gave in words: "a 3×3 kernel over 64 channels").

Such a link says which numbers the names take, not a result the checker can judge: with the
names unbound it could only be undecided ("holds at particular values only"), so it is no step,
like `x = 3` (substitution in a chain: `= 576` after it is still checked, as arithmetic).
Matching is by the written structure, name for number, the same name always the same number
(`k^2` may be written `3 \\cdot 3`, `3^2` or `9`).
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from checker.derive.guess import Guess
from checker.derive.tree import Bin, Call, Const, Neg, Node, Num, Sym, product_factors, walk

if TYPE_CHECKING:
    from checker.derive.state import State

_EXACT = 1e-9


def substituted(left: Node, right: Node, line: int, state: State) -> bool:
    """`left = right` writes `left` again with a number for each of its names, none of which
    has a value in force on `line` (one bound in an earlier section is the old example's):
    which numbers the names take, no result; so is an inverted function's equation (`inverted`)."""
    if any(not isinstance(n, (Bin, Call, Const, Neg, Num)) for n in walk(right)):
        return False
    if inverted(left, right, line, state):
        return True  # `\\cos C = \\frac{32}{112}`: the value C takes
    found = substitutes(left, right)  # (a value from an earlier section is no value here:
    return found is not None and not state.ctx.bound(set(found), line, False)  # a new case)


# functions a text inverts to find an angle or a rate from a number it computed
INVERTIBLE = frozenset({"sin", "cos", "tan", "cot", "sec", "csc", "exp", "log", "ln", "tanh",
                        "sinh", "cosh"})


def inverted(left: Node, right: Node, line: int, state: State) -> bool:
    """`\\cos C = \\frac{49 + 64 - 81}{2 \\cdot 7 \\cdot 8}`, `\\sin\\theta_2 = \\frac{\\sin 40^\\circ}{1.5}`:
    an invertible function of one name that has no value or definition in force, equal to
    numbers: the equation that gives the name its value (the angle found next), as `x = 3`
    does, no result to check; the links after it (`= \\frac{32}{112} \\approx 0.2857`) still are."""
    if not (isinstance(left, Call) and left.name in INVERTIBLE and not left.order and
            len(left.args) == 1 and isinstance(left.args[0], Sym)):
        return False
    if any(not isinstance(n, (Bin, Call, Const, Neg, Num)) for n in walk(right)):
        return False  # (numbers only: `\\frac{\\sin 40^\\circ}{1.5}` too)
    name = left.args[0]
    return not state.ctx.bound({name.name}, line) and state.definition_of(name, line) is None


def substitutes(pattern: Node, value: Node) -> dict[str, float] | None:
    """The number each name of `pattern` takes when `value` is `pattern` with numbers in
    place of its names; None when it is not. A lone name or a name's power (`σ^2 = 14/4`) is
    no pattern: any number matches it, which says nothing about the structure written."""
    if isinstance(pattern, Sym) or _power_of_name(pattern) is not None:
        return None
    found: dict[str, float] = {}
    if _match(pattern, value, found) and found:
        return found
    return None


def rewritten(pattern: Node, value: Node) -> dict[str, float] | None:
    """`substitutes`, with a sum of names written as the one number it comes to (`(α + β)^2
    (α + β + 1)` as `19^2 \\cdot 20`) once the rest of the match gives its names values that
    make it that number; None when no such values exist."""
    return _rewriting(pattern, value, open_parts=False)


def written_with_numbers(pattern: Node, value: Node) -> bool:
    """`2(wx - y)x = 2(6 - 5) \\cdot 3`: `value` is `pattern` written again with a number for
    at least one name and, where a sum or product of names is written as the one number it
    comes to (wx as 6), a number that agrees with the names' numbers found elsewhere (a part
    of names found nowhere else, w here, may be any). The link says at which numbers the
    writer evaluates, not what the expression is at every point."""
    return _rewriting(pattern, value, open_parts=True) is not None


def _rewriting(pattern: Node, value: Node, open_parts: bool) -> dict[str, float] | None:
    """The numbers of `rewritten`'s match; `open_parts`: a part written as one number whose
    names the rest of the match gives no value may be any."""
    checks: list[tuple[Node, Node]] = []
    found: dict[str, float] = {}
    if isinstance(pattern, Sym) or _power_of_name(pattern) is not None or \
            not _match(pattern, value, found, checks) or not found:
        return None
    for part, written in checks:
        got, want = number(part, found), number(written)
        if want is None or (got is None and not open_parts) or \
                (got is not None and not _same(got, want)):
            return None
    return found


def at_other_values(state: State, line: int, sides: tuple[Node, Node]) -> list[Guess]:
    """The guess that a general formula written again with numbers (`\\operatorname{Var}[p] =
    \\frac{\\alpha\\beta}{(\\alpha+\\beta)^2(\\alpha+\\beta+1)} = \\frac{12 \\cdot 7}{19^2 \\cdot 20}` after a
    prior `α = 2`, `β = 2`) is taken at a new case its numbers give (the posterior's α = 12,
    β = 7), not at the values its names have in force: the text moved on to new values
    without binding them. Only when two names or more take new numbers, each the value in
    force of a kin of its name in one case, the same letter with one index (α_2 = 12 and
    β_2 = 7 beside α, β): the text names the new case, and the formula is written for it.
    None when the right side is no such rewriting, when a name has no number in force
    (`substituted`'s case), when the numbers are those values, or when one name alone moves
    (`V_L^2/R_L = 100/4` with R_L = 5 and R_1 = 4: a slip, checked as read)."""
    left, right = sides
    if any(not isinstance(n, (Bin, Call, Const, Neg, Num)) for n in walk(right)):
        return []
    found = rewritten(left, right)
    values = state.ctx.bound(set(found or ()), line)
    if not found or set(values) != set(found):
        return []
    try:
        moved = {n for n in found if not _same(float(values[n]), found[n])}
    except (TypeError, ValueError):
        return []
    cases = [_kin_cases(state, line, n, found[n]) for n in sorted(moved)]
    if len(moved) < 2 or not set.intersection(*cases):
        return []
    shown = state.ctx.shown
    at = ", ".join(f"{shown(n)} = {found[n]:g}" for n in sorted(found))
    was = ", ".join(f"{shown(n)} = {values[n]}" for n in sorted(found))
    first = min(moved)
    return [Guess(f"the formula written again at {at}, not at the values in force ({was})",
                  f"bind the new values before using them (`{shown(first)} = {found[first]:g}`)"
                  " or name the new case apart")]


def _kin_cases(state: State, line: int, name: str, value: float) -> set[str]:
    """The cases (indices: `2` of α_2) in which a name of the same letter as `name` has
    `value` in force on `line`."""
    ctx = state.ctx
    sym = ctx.symbols.get(name)
    if sym is None:
        return set()
    kin = {k for k in ctx.bindings if k != name and  # (α_2 bound, not yet read: α_2's letter)
           getattr(ctx.symbols.get(k), "base", k.partition("_")[0]) == sym.base}
    cases = set()
    for key, got in ctx.bound(kin, line).items():
        try:
            if _same(float(got), value):
                cases.add(key.partition("_")[2])
        except (TypeError, ValueError):
            continue
    return cases


def number(node: Node, names: dict[str, float] | None = None) -> float | None:
    """The value of a written number expression (`3 \\cdot 3`, `10^{-3}`, `\\sqrt{2}`), with
    the names in `names` at their values there."""
    try:
        if isinstance(node, Sym):
            return (names or {}).get(node.name)
        if isinstance(node, Num):
            return float(node.text)
        if isinstance(node, Neg):
            inner = number(node.arg, names)
            return None if inner is None else -inner
        if isinstance(node, Const):
            return {"e": math.e, "pi": math.pi}.get(node.name)
        if isinstance(node, Call) and len(node.args) == 1 and not node.order:
            arg = number(node.args[0], names)
            fn = {"sqrt": math.sqrt, "exp": math.exp, "log": math.log, "ln": math.log}.get(node.name)
            return None if arg is None or fn is None else fn(arg)
        if isinstance(node, Bin):
            a, b = number(node.left, names), number(node.right, names)
            if a is None or b is None:
                return None
            return {"+": lambda: a + b, "-": lambda: a - b, "*": lambda: a * b,
                    "/": lambda: a / b, "^": lambda: a ** b}.get(node.op, lambda: None)()
    except (ValueError, ZeroDivisionError, OverflowError, TypeError):
        return None
    return None


def _same(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=_EXACT, abs_tol=_EXACT)


def _name(sym: Sym, v: float | None, found: dict[str, float]) -> bool:
    if v is None or isinstance(v, complex):
        return False
    if sym.name in found:
        return _same(found[sym.name], v)
    found[sym.name] = v
    return True


def _terms(node: Node, sign: int = 1) -> list[tuple[int, Node]]:
    if isinstance(node, Bin) and node.op in "+-":
        return _terms(node.left, sign) + _terms(node.right, sign if node.op == "+" else -sign)
    if isinstance(node, Neg):
        return [(-sign, node.arg)]
    return [(sign, node)]


def _power_of_name(node: Node) -> tuple[Sym, int] | None:
    if isinstance(node, Bin) and node.op == "^" and isinstance(node.left, Sym) and \
            isinstance(node.right, Num) and node.right.text.isdigit() and \
            int(node.right.text) >= 2:
        return node.left, int(node.right.text)
    return None


def _match(pattern: Node, value: Node, found: dict[str, float],
           checks: list[tuple[Node, Node]] | None = None) -> bool:
    if isinstance(pattern, Sym):
        return _name(pattern, number(value), found)
    if isinstance(pattern, (Num, Const)):
        p, v = number(pattern), number(value)
        return p is not None and v is not None and _same(p, v)
    power = _power_of_name(pattern)
    if power is not None:
        sym, n = power
        if isinstance(value, Bin) and value.op == "^" and number(value.right) == n:
            return _name(sym, number(value.left), found)
        v = number(value)  # K^2 = 9: K = 3 (a size, positive)
        return v is not None and v > 0 and _name(sym, v ** (1 / n), found)
    if isinstance(pattern, Bin) and pattern.op == "*":
        if checks is not None and len(product_factors(value)) == 1 and number(value) is not None and \
                any(isinstance(n, Sym) for n in walk(pattern)) and \
                not _products(product_factors(pattern), product_factors(value), dict(found)):
            checks.append((pattern, value))  # (wx written 6: checked once w, x are)
            return True
        return _products(product_factors(pattern), product_factors(value), found, checks)
    if isinstance(pattern, Bin) and pattern.op in "+-" or isinstance(pattern, Neg):
        mine, theirs = _terms(pattern), _terms(value)
        if checks is not None and len(mine) > 1 and len(theirs) == 1 and \
                number(value) is not None:  # (α + β + 1 written 20: checked once α, β are)
            checks.append((pattern, value))
            return True
        return len(mine) == len(theirs) and all(
            s == t and _match(a, b, found, checks) for (s, a), (t, b) in zip(mine, theirs))
    if isinstance(pattern, Bin) and isinstance(value, Bin) and pattern.op == value.op:
        return _match(pattern.left, value.left, found, checks) and \
            _match(pattern.right, value.right, found, checks)
    if isinstance(pattern, Call) and isinstance(value, Call) and pattern.name == value.name \
            and len(pattern.args) == len(value.args) and pattern.order == value.order:
        return all(_match(a, b, found, checks) for a, b in zip(pattern.args, value.args))
    return False


def _products(mine: list[Node], theirs: list[Node], found: dict[str, float],
              checks: list[tuple[Node, Node]] | None = None) -> bool:
    """Factor by factor in written order; a name's power `k^2` may take as many equal
    factors (`3 \\cdot 3`) or one (`9`, `3^2`)."""
    if not mine:
        return not theirs
    if not theirs:
        return False
    head, power = mine[0], _power_of_name(mine[0])
    if power is not None and len(theirs) >= power[1]:
        run = [number(t) for t in theirs[:power[1]]]
        if all(r is not None for r in run) and all(_same(r, run[0]) for r in run):
            trial = dict(found)
            if _name(power[0], run[0], trial) and \
                    _products(mine[1:], theirs[power[1]:], trial, checks):
                found.update(trial)
                return True
    trial = dict(found)
    if _match(head, theirs[0], trial, checks) and _products(mine[1:], theirs[1:], trial, checks):
        found.update(trial)
        return True
    return False
