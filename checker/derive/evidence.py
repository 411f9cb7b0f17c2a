"""What a step that does not hold is known by, gathered once for every diagnosis.

Both sides (SymPy values, matrices or numbers) and their values at the points where they
differ; the text's names (`naming.py`: its definitions folded back in, `y_j` for the instance
`y_2`); the chain-rule factors the text's names make (a, a(1 - a), 1 - a²); what the left
side differentiates, the function it differentiates when that is a common one (σ, tanh, log,
softmax) and that function's own value; the matrix variable's shape; the ranges' lengths;
the right side as written with a way to ask whether a repaired one would hold.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np
import sympy as sp

from checker.derive import layout, vocabulary
from checker.derive.context import Context
from checker.derive.equivalence import Comparison, compare
from checker.derive.glossary import naming_of
from checker.derive.onehot import label_families
from checker.derive.naming import Naming
from checker.derive.printer import spoken
from checker.derive.render import render
from checker.derive.sample import evaluate
from checker.derive.traversal import symbols_of
from checker.derive.tree import Bin, Call, Const, Deriv, Node, Prime, Sum, Sym, walk


@dataclass(frozen=True)
class Evidence:
    """What a failed step is known by: both sides (SymPy values, matrices or numbers), their
    values at the sample points (`lv`, `rv`: one row per point, one column per entry), those
    points, and what the text calls things."""

    left: object
    right: object
    lv: np.ndarray
    rv: np.ndarray
    values: dict[str, np.ndarray]
    note: str | None = None  # what the comparison itself found (shapes)
    factors: tuple = ()  # (label in the text's names, values at the points): a, a(1 - a) ...
    named: tuple | None = None  # the right side in the text's names, and what they stand for
    derivative: str | None = None  # `∂L/∂W` when the left side differentiates
    variable: tuple[str, tuple[int, int]] | None = None  # W and its (concrete) shape
    sizes: dict[str, int] = field(default_factory=dict)  # m → 2: the ranges' lengths
    ctx: Context | None = None
    # the right side as written, and a way to ask whether another one would hold: for the
    # diagnoses that name a repair (a factor to insert, a product to turn round, an index)
    written: object = None
    holds_as: Callable[[object], bool] | None = None
    letters: frozenset[str] = frozenset()  # the index letters the left side uses
    naming: Naming | None = None  # the text's names for what the step computes with
    claim: str | None = None  # the left side when it is a derivative: ∂J/∂ŷ, σ'(z), (tanh x)'
    function: str | None = None  # the common function it differentiates: σ, tanh, log
    target: tuple[str, object] | None = None  # what it differentiates: (J, J's value)
    learned: tuple[Sym, ...] = ()  # names on the left only (η in w - η·g = w - g)
    # the left side as written, and a way to read another side in the step's own reading:
    # for the diagnoses that name a one-edit slip (`slip.py`, `edit.py`)
    written_left: object = None
    value_of: Callable[[object], object] | None = None
    # the names the step's definitions use that it does not write (x_i in ŷ_i = wx_i + b):
    # candidates for a chain-rule factor left out
    beside: tuple[Sym, ...] = ()
    # the chain's links the text's definitions make (∂h/∂z_1 for h = σ(z_1)), the next link
    # after a derivative the right side writes first: candidates for a chain-rule factor
    links: tuple[Deriv, ...] = ()

    @property
    def matrix(self) -> bool:
        return isinstance(self.left, sp.MatrixBase) or isinstance(self.right, sp.MatrixBase)

    def show(self, expr) -> str:
        """expr in the text's names (its definitions folded back), as the text writes it."""
        return self.naming.say(expr) if self.naming is not None else spoken(expr, self.ctx)

    def write(self, expr) -> str:
        """expr in the text's notation as it stands (no definition folded, nothing
        rewritten): a part of the step as written, `1 + σ(z)`."""
        return self.naming.print(expr) if self.naming is not None else spoken(expr, self.ctx)

    def show_factor(self, expr) -> str:
        """expr shown as a factor: `ŷ`, `(b + w·x)`."""
        folded = self.naming.fold(expr) if self.naming is not None else expr
        text = self.naming.print(folded) if self.naming is not None else self.show(expr)
        return f"({text})" if isinstance(folded, sp.Add) else text

    @property
    def symbols(self) -> list[sp.Symbol]:
        return sorted(symbols_of(self.left, self.right), key=str)

    def at(self, expr) -> np.ndarray:
        """expr at the sample points (entries along the last axis for a matrix)."""
        out = evaluate(expr, self.symbols, self.values).real
        return out.reshape(len(self.lv), -1) if out.ndim > 1 or self.matrix else out


def evidence(left, right, cmp: Comparison, factors=(), derivative: str | None = None,
             named=None, variable=None, sizes=None, ctx: Context | None = None) -> Evidence:
    """The evidence of a failed comparison (its samples are the points it found)."""
    lv, rv, values = cmp.samples if cmp.samples is not None else \
        (np.zeros(0), np.zeros(0), {})
    return Evidence(left, right, np.asarray(lv), np.asarray(rv), values, cmp.note,
                    tuple(factors), named, derivative, variable, dict(sizes or {}), ctx)


def gather(low, left_node: Node, right_node: Node, lv, rv, cmp: Comparison, named=None
           ) -> Evidence:
    """The evidence of the failed step `left = right` read by `low` (meaning.Lowering): its
    text-named factors, the lengths of its ranges, what it differentiates; when the step uses
    one-hot labels, at points where they are one-hot (what the writer means)."""
    ctx = low.ctx
    if cmp.reduced is not None:  # E_x(a x + b) - 2b - a E_x(x) is -b: the difference read
        lv, rv = cmp.reduced
    names = {str(s) for s in symbols_of(lv, rv)}
    families = label_families(ctx, names)
    for family in families:
        retry = compare(lv, rv, ctx, extra_constraint=family)
        if not retry.agree and retry.samples is not None:
            cmp = retry
            break
    derivative = variable = None
    if isinstance(left_node, Deriv):
        derivative = render(left_node)
        shape = layout.shape_of(low, left_node.var.name)
        if shape is not None and len(shape) == 2:
            variable = (render(left_node.var), tuple(shape)) if ctx.layout != "numerator" \
                else (render(left_node.var) + "ᵀ", tuple(shape)[::-1])  # numerator layout
    reached = low.reach((left_node, right_node))
    written = {n.name for node in reached for n in walk(node)
               if isinstance(n, Sym)}  # only a range the step or its definitions name
    sizes = {name: size for name, size in ({n: layout.size(low, n) for n in low.sizes} |
                                           dict(ctx.dims)).items() if name in written}
    naming = naming_of(low, (left_node, right_node))
    if named is None and not isinstance(rv, sp.MatrixBase):
        held = naming.held(rv)
        named = (held, naming.meaning()) if held != rv else None
    found = evidence(lv, rv, cmp, factor_candidates(low, cmp), derivative, named, variable,
                     sizes, ctx)
    letters = frozenset(i for n in walk(left_node) if isinstance(n, Sym) for i in n.index
                        if isinstance(i, str) and len(i) == 1 and i.isalpha())
    constraint = families[0] if families else None

    def holds_as(node) -> bool:
        try:
            return compare(lv, low.again().expr(node), ctx, extra_constraint=constraint).agree
        except Exception:  # noqa: BLE001 - a repair that cannot be read does not hold
            return False

    inside = {n.name for d in walk(left_node) if isinstance(d, Deriv) for n in walk(d)
              if isinstance(n, Sym)}  # J and w in η·∂J/∂w are not factors of their own
    on_right = {n.name for n in walk(right_node) if isinstance(n, Sym)}
    learned = {n.name: n for n in walk(left_node) if isinstance(n, Sym)
               and n.name not in inside and n.name not in on_right}
    def value_of(node):
        try:
            return low.again().expr(node)
        except Exception:  # noqa: BLE001 - a side that cannot be read has no value
            return None

    from dataclasses import replace
    on_sides = {n for side in (left_node, right_node) for n in walk(side) if isinstance(n, Sym)}
    beside = sorted({n for node in reached for n in walk(node) if isinstance(n, Sym)} - on_sides,
                    key=render)
    return replace(found, written=right_node, holds_as=holds_as, letters=letters,
                   links=_links(low, reached, right_node),
                   written_left=left_node, value_of=value_of, beside=tuple(beside),
                   naming=naming, claim=_claim(left_node), function=_function(low, left_node),
                   target=_target(low, left_node),
                   learned=tuple(learned[k] for k in sorted(learned)))


def _links(low, reached: list[Node], right: Node) -> tuple[Deriv, ...]:
    """∂u/∂v for each name u the step reaches that the text defined through a name v: the
    links of the chain rule in the text's notation; first those that continue a derivative
    the right side writes (∂h/∂z_1 after ∂L/∂h), none the right side writes already."""
    names: list[Sym] = []
    for node in reached:
        for n in walk(node):
            if isinstance(n, Sym) and n not in names:
                names.append(n)
    written = [n for n in walk(right) if isinstance(n, Deriv)]
    ends = {d.var for d in written}
    out: list[Deriv] = []
    for u in names[:12]:
        found = low.ctx.lookup(u, low.line)
        if found is None or found.params:
            continue
        for v in walk(found.body):
            link = Deriv(var=v, num=u) if isinstance(v, Sym) and v != u else None
            if link is not None and link not in out and link not in written:
                out.append(link)
    return tuple(sorted(out, key=lambda d: d.num not in ends))


# -- what the left side differentiates --------------------------------------------------------
def _claim(left: Node) -> str | None:
    if isinstance(left, Deriv) or isinstance(left, Prime) or \
            (isinstance(left, Call) and left.order):
        return render(left)
    return None


def _differentiated(left: Node) -> Node | None:
    """J in ∂J/∂ŷ, σ(z) in σ'(z) and in ∂/∂z σ(z), tanh(x) in (tanh x)'."""
    if isinstance(left, Deriv):
        return left.num if left.num is not None else left.operand
    if isinstance(left, Call) and left.order:
        return Call(left.name, left.args, 0, left.of)
    if isinstance(left, Prime):
        return left.arg
    return None


def _target(low, left: Node) -> tuple[str, object] | None:
    node = _differentiated(left)
    if node is None:
        return None
    try:
        value = low.again().expr(node)
    except Exception:  # noqa: BLE001 - a function that cannot be read is not named
        return None
    return (render(node), value) if not isinstance(value, sp.MatrixBase) else None


COMMON = ("sigmoid", "tanh", "log", "ln", "softmax", "exp", "relu", "ReLU")


def _function(low, left: Node) -> str | None:
    """The common function the left side differentiates by its own argument, as the text
    shows it: σ in σ'(z), ∂σ(z)/∂z, ∂a/∂z with a = σ(z); softmax for ∂a_i/∂z_j with
    a_i = e^{z_i}/Σ_k e^{z_k}. (Not ∂log(g(x))/∂x: that is the chain rule's business.)"""
    node = _differentiated(left)
    var = left.var if isinstance(left, Deriv) else None
    if isinstance(node, Sym):
        found = low.ctx.lookup(node, low.line)
        node = found.body if found is not None and not found.params else None
    if isinstance(node, Call) and node.of is None and len(node.args) == 1 and \
            (node.name in COMMON or vocabulary.display(node.name) != node.name) and \
            (var is None or _same_name(node.args[0], var)):
        return vocabulary.display(node.name)
    if isinstance(node, Bin) and node.op == "/" and _is_exp(node.left) and \
            isinstance(node.right, Sum) and _is_exp(node.right.body) and var is not None and \
            _same_name(_exponent(node.left), var, family=True):
        return "softmax"
    return None


def _same_name(node: Node, var: Node, family: bool = False) -> bool:
    """node is the variable itself (z for ∂/∂z), or one of its family (z_i for ∂/∂z_j)."""
    if not (isinstance(node, Sym) and isinstance(var, Sym)):
        return False
    return node == var or (family and node.stem == var.stem and node.sup == var.sup)


def _exponent(node: Node) -> Node:
    return node.right if isinstance(node, Bin) else node.args[0]  # type: ignore[union-attr]


def _is_exp(node: Node) -> bool:
    return (isinstance(node, Bin) and node.op == "^" and isinstance(node.left, Const) and
            node.left.name == "e") or (isinstance(node, Call) and node.name == "exp")


def factor_candidates(low, cmp: Comparison) -> list[tuple[str, np.ndarray]]:
    """Values of a, a(1 - a), 1 - a² ... (entry by entry for matrices) for the names the text
    defined last, at the sample points: the chain-rule factors a step may drop."""
    if cmp.samples is None:
        return []
    values = cmp.samples[2]
    out: list[tuple[str, np.ndarray]] = []
    for d in list(low.ctx.definitions.values())[-12:]:
        if d.params or d.index:
            continue
        try:
            e = low.expr(d.name)
            names = sorted(symbols_of(e), key=str)
            if not names or not all(str(n) in values for n in names):
                continue
            shown = render(d.name)
            if isinstance(e, sp.MatrixBase):
                one = sp.ones(*e.shape)
                pairs = ((f"{shown} ⊙ (1 - {shown})", e.multiply_elementwise(one - e)),
                         (f"(1 - {shown}^2)", one - e.multiply_elementwise(e)))
            else:
                pairs = ((shown, e), (f"{shown}(1 - {shown})", e * (1 - e)),
                         (f"1 - {shown}^2", 1 - e ** 2))
            for label, f in pairs:
                out.append((label, evaluate(f, names, values).real))
        except Exception:  # noqa: BLE001 - a candidate that cannot be evaluated is skipped
            continue
    return out
