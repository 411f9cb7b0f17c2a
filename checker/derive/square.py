"""Tests of a chain's head written as a square (`σ^2 = ...`): the square of a new name defines
the name, its root (a number for it gives its value, as `x = 3` does); the square of a name
defined by its square, given a value built from other names, gives it a new meaning. Asked by
the role table (`roles.py`), as the tests in `link.py`."""

from __future__ import annotations

from checker.derive.link import Link
from checker.derive.member import is_numeric, mentions
from checker.derive.redefinition import families
from checker.derive.tree import Bin, Call, Num, Sym


def square_of_new(k: Link) -> bool:
    """σ² = ... for a σ without a meaning or a value: defines σ, its root. So too for a number
    (`σ^2 = 4`, `s^2 = 8/3`, `τ^2 = 0.5`): a variance is written by its square, and the text
    gives its value so, as it gives `x = 3`; a negative number is no square, and the square of
    a name the text gives a set of values (`y ∈ \\{-1, +1\\}`, then `y^2 = 1`) is a claim
    about them, as is the square of a function's parameter (`w_1^2 = 2` after f(w_1, w_2)):
    all are checked."""
    head = k.head
    return isinstance(head, Bin) and head.op == "^" and isinstance(head.left, Sym) and \
        isinstance(head.right, Num) and head.right.text == "2" and \
        k.state.definition_of(head.left, k.line) is None and not mentions(k.value, head.left) \
        and not k.state.ctx.bound({head.left.name}, k.line) and \
        (not is_numeric(k.value) or a_square(k.expansion) and
         head.left.name not in k.state.ctx.discrete and not _parameter(head.left, k))


def _parameter(name: Sym, k: Link) -> bool:
    """A parameter of a function the text defined before (w_1 of f(w_1, w_2) = w_1^2 w_2): a
    number for its square is a claim at a point (given after "at"), not the name's value."""
    return any(name in d.params for d in k.state.ctx.definitions.values()
               if d.params and d.line <= k.line)


def a_square(value: object) -> bool:
    """A number that is a square: real and not below zero (`-4` is no square: a claim)."""
    try:
        return bool(value.is_real and value >= 0)  # type: ignore[union-attr]
    except (AttributeError, TypeError):  # a matrix, an error, a comparison left open
        return False


def square_redefined(k: Link) -> bool:
    """σ² = 2/(n_in + n_out) after σ² = 1/n or 1/n_out defined σ (variances chosen, as the
    initialisation schemes are), or 2/n_in after 2/(n_in + n_out): a value built from other
    names than the old one gives σ a new meaning; a restatement in the same names (1/m Σ x_i²
    - μ² after 1/m Σ (x_i - μ)²) is a claim. A number after a number (σ̂² = 1 for the start,
    then σ̂² = 0.9·1 + 0.1·20/3 after an update, or σ̂² = 4 in another example): its new value,
    as `x = 1` then `x = 0.9 + 0.6667` rebinds x."""
    head = k.head
    if not (isinstance(head, Bin) and head.op == "^" and isinstance(head.left, Sym) and
            head.right == Num("2")):
        return False
    definition = k.state.definition_of(head.left, k.line)
    body = definition.body if definition is not None else None
    if not (isinstance(body, Call) and body.name == "sqrt" and len(body.args) == 1):
        return False  # (σ defined by its square: its root)
    if is_numeric(body.args[0]) and is_numeric(k.value):
        return a_square(k.expansion)
    old, new = families(body.args[0]) - {head.left.stem}, families(k.value) - {head.left.stem}
    return bool(old) and bool(new) and old != new

