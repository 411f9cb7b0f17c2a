"""Inner products of random vectors: `\\mathrm{Var}(q \\cdot k) = d_k`, `\\mathrm{Var}(q \\cdot k /
\\sqrt{d_k}) = 1` in the argument for attention's scaling, for vectors whose entries the text
calls independent, with their means and variances stated.

A statistic of a dot product q·k of two d-dimensional vectors is no statistic of a product of
two numbers: q·k = Σ_{i=1}^{d} q_i k_i. The text says the vectors have a dimension when it
writes that sum (`q \\cdot k = \\sum_{i=1}^{d_k} q_i k_i`, `\\sum_{i=1}^{d}\\mathrm{Var}(q_i
k_i)`) or puts both in a space (`$q, k \\in \\mathbb{R}^{d}$`, `$q$ and $k$ in
$\\mathbb{R}^{d}$`). With the pairs (q_i, k_i) independent and alike (the text calls the entries
independent; it states one mean and one variance for all of them):

- E[c q·k + r] = c d μ_q μ_k + r,
- Var(c q·k + r) = c² d (E[q_i²] E[k_i²] - μ_q² μ_k²), and Std its square root,

for c and r not random. A step holds when the sides agree with these values; it fails only
when every moment is stated (the entries' independence, zero means or a distribution's, the
variances as numbers or names) and the dimension is the one the step writes (or the example's
value bound for it), never one read from a name the reader took apart (d_k read as d at k).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import sympy as sp

from checker.derive.errors import Undecided
from checker.derive.moment import STATISTIC_NAMES, statistics_in
from checker.derive.randomness import Randomness, _names_in, _wordless, in_words
from checker.derive.regex import Regex

_SIZE = r"(\d+|[A-Za-z](?:_\{?\s*(?:\\(?:text|mathrm)\s*\{\s*)?[A-Za-z0-9]+\s*\}?\s*\}?)?)"
_NAME = r"(?:\\mathbf\s*\{\s*)?([A-Za-z])\}?"
_WRAP = r"(?:\\(?:operatorname|mathrm|text|mathbb)\s*\{\s*(?:Var|E)\s*\}|\\left|\\!|\\,|[\s(\[])*"
# Σ_{i=1}^{d_k} (Var)(q_i k_i): the index letter, the upper bound, the two stems
_SUM = Regex(r"\\sum_\{?\s*([a-z])\s*=\s*1\s*\}?\s*\^\s*(?:\{\s*" + _SIZE + r"\s*\}|"
             r"([A-Za-z0-9]))" + _WRAP + _NAME + r"_\{?\s*\1\s*\}?\s*(?:\\[,;!]|\\cdot|\s)*"
             + _NAME + r"_\{?\s*\1\s*\}?")
# `s = q^\top k = ` before the sum: the dot product's name (one letter)
_NAMED = Regex(r"^\s*([A-Za-z])\s*=\s*(?:[^=]*=\s*)?$")
# $q, k \in \mathbb{R}^{d}$: the space's dimension, one name (no n × d: a matrix)
_SPACE = Regex(r"\\mathbb\s*\{?\s*R\s*\}?\s*\^\s*(?:\{\s*" + _SIZE + r"\s*\}|([A-Za-z0-9]))")


@dataclass(frozen=True)
class Inner:
    """Two vectors the text gives a dimension to, from a line on: stems as SymPy names."""

    line: int
    pair: tuple[str, str]
    size: str  # the dimension's SymPy name (`d_k`) or digits
    named: str = ""  # the name the formula gives the dot product (`s = q^\\top k = Σ ...`)


def read_inner(source: str) -> tuple[Inner, ...]:
    """The pairs of vectors the text writes a dot product of over a range, or places in one
    space, with their dimension."""
    found = []
    for m in _SUM.finditer(source):
        a, b = m.group(4), m.group(5)
        if a != b:
            start = max(source.rfind("$", 0, m.start()), source.rfind("\n", 0, m.start()))
            named = _NAMED.search(source[start + 1:m.start()])
            found.append(Inner(_line(source, m.start()), _pair(a, b),
                               _size(m.group(2) or m.group(3)), named.group(1) if named else ""))
    for sentence in re.split(r"(?<=[.!?。])\s|\n\s*\n", source):
        for m in _SPACE.finditer(sentence):
            pieces = sentence[:m.start()].split("$")
            names = _names_in(["$" + p + "$" for p in pieces[1::2]])
            size = _size(m.group(1) or m.group(2))
            names.discard(size)
            if len(names) == 2 and all(len(n) == 1 and n.islower() for n in names):
                a, b = sorted(names)
                found.append(Inner(_line(source, source.find(sentence) + m.start()),
                                   (a, b), size))
    return tuple(found)


def _line(source: str, at: int) -> int:
    return source.count("\n", 0, at) + 1


def _pair(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a < b else (b, a)


def _size(text: str) -> str:
    """`d_{k}`, `n_{\\text{in}}` → the SymPy name `d_k`, `n_in`."""
    return re.sub(r"\s", "", _wordless(text.replace("\\text", "").replace("\\mathrm", ""))
                  .replace("{", "").replace("}", "")) if not text.isdigit() else text


@dataclass(frozen=True)
class Moments:
    """One vector's entries: mean and second moment, and whether the text states them."""

    mean: sp.Expr
    square: sp.Expr
    stated: bool


def inner_products(left, right, ctx, here: Randomness, worded, stems: dict[str, str],
                   said: tuple) -> tuple[bool, sp.Expr, sp.Expr, str] | None:
    """The step with its statistics of dot products valued: (True, ...) the sides agree;
    (False, ...) they differ and every moment and the dimension are as stated; None when the
    step has no such statistic. Raises Undecided when they differ under a reading the text
    does not settle."""

    def variance_of(name: str) -> sp.Expr | None:
        return in_words(worded, name, f"{name}_i")

    names = {s.name for s in left.free_symbols | right.free_symbols if isinstance(s, sp.Symbol)}
    found = valued(left, right, here, ctx.here, ctx.bound(names | {x.size for x in here.inner},
                                                          ctx.here), variance_of, stems, said)
    if found is None:
        return None
    lv, rv, doubt, size = found
    how = (f"expectation algebra (q·k a dot product of {size} independent pairs of entries, "
           "the means and variances stated)")
    if sp.simplify(lv - rv) == 0:
        return True, lv, rv, how
    if doubt:  # (the scalar reading of q·k is not the text's either)
        raise Undecided(f"with q·k a dot product of {size} independent pairs of entries the "
                        f"sides differ, but {doubt}")
    return False, lv, rv, how.replace("expectation algebra (", "expectation algebra: the "
                                      "sides differ (")


def valued(left, right, randomness: Randomness, here: int, bound: dict[str, sp.Expr],
           variance_of, stems: dict[str, str], said: tuple = ()
           ) -> tuple[sp.Expr, sp.Expr, str, str] | None:
    """The sides with each statistic of a dot product the text gives a dimension to replaced
    by its value: (left, right, why a difference would be uncertain ("" when it is certain),
    the dimension as read); None
    when the step has none, or a statistic of its vectors is left. `variance_of(name)`: the
    entries' variance the text states of that name, or None; `bound`: the example's values;
    `said`: the statistics the text states in formulas before the step (E or Var, argument,
    value): one of the entries that the moments read do not give (`Var(q_i) = 2` "if
    instead") makes a difference uncertain."""
    inners = [x for x in randomness.inner if x.line <= here]
    symbols = {s.name: s for s in left.free_symbols | right.free_symbols
               if isinstance(s, sp.Symbol)}
    replaced: dict = {}
    doubts, sizes = [], set()
    for st in statistics_in(left) + statistics_in(right):
        kind = STATISTIC_NAMES.get(st.signature.name)
        if kind not in ("E", "Var", "Std") or len(st.args) != 1:
            continue
        for inner in inners:
            arg = st.args[0]
            a, b = (symbols.get(n, sp.Symbol(n, real=True)) for n in inner.pair)
            if inner.named in symbols and inner.named not in inner.pair and \
                    not arg.has(a, b):  # s = q^T k: Var(s) is Var(q·k)
                arg = arg.subs(symbols[inner.named], a * b)
            if not (arg.has(a) and arg.has(b)):
                continue
            linear = _linear(arg, a, b, randomness)
            if linear is None:
                return None
            size, sure = _dimension(inner.size, symbols, bound, stems, inner.pair)
            if size is None:
                return None
            moments = [_moments(n, randomness, variance_of) for n in inner.pair]
            independent = randomness.independent and any(
                n in randomness.named or f"{n}_i" in randomness.named for n in inner.pair)
            if not independent:
                return None
            c, r = linear
            (ma, sa, _), (mb, sb, _) = ((m.mean, m.square, m.stated) for m in moments)
            variance = c ** 2 * size * (sa * sb - ma ** 2 * mb ** 2)
            replaced[st] = {"E": c * size * ma * mb + r, "Var": variance,
                            "Std": sp.sqrt(variance)}[kind]
            if not sure:
                doubts.append(f"{inner.size} was read as {size} (its subscript taken as an "
                              "index; write a label as text: `d_{\\text{k}}`)")
            if not all(m.stated for m in moments):
                doubts.append("the text does not state the entries' means and variances "
                              "(say so: \"mean 0 and variance 1\")")
            if not _consistent(said, inner.pair, moments, stems):
                doubts.append("a formula states the entries' statistics otherwise (a case "
                              "\"if instead\"), which this checker does not apply to the step")
            sizes.add(str(size))
            break
    if not replaced:
        return None
    lv, rv = left.xreplace(replaced), right.xreplace(replaced)
    if statistics_in(lv) + statistics_in(rv):
        return None
    return lv, rv, "; ".join(dict.fromkeys(doubts)), ", ".join(sorted(sizes))


def _linear(arg: sp.Expr, a: sp.Symbol, b: sp.Symbol, randomness: Randomness
            ) -> tuple[sp.Expr, sp.Expr] | None:
    """(c, r) with arg = c·a·b + r, neither random nor using a or b; None otherwise."""
    product = sp.Dummy("product")
    swapped = sp.expand(arg).subs(a * b, product)
    if swapped.has(a, b) or sp.diff(swapped, product, 2) != 0:
        return None
    c, r = sp.diff(swapped, product), swapped.subs(product, 0)
    names = {s.name for s in (c.free_symbols | r.free_symbols) if isinstance(s, sp.Symbol)}
    if any(randomness.said_random(n) or randomness.distribution(n) is not None for n in names):
        return None
    if statistics_in(c) + statistics_in(r) or c == 0:
        return None
    return c, r


def _dimension(size: str, symbols: dict[str, sp.Symbol], bound: dict[str, sp.Expr],
               stems: dict[str, str], pair: tuple[str, str]) -> tuple[sp.Expr | None, bool]:
    """The dimension as the step has it: its own name, the example's value bound for it (both
    certain), or the one name the reader made of it at an index (d_k read as d_2: only to
    hold); (None, False) when the step writes none of these."""
    if size.isdigit():
        return sp.Integer(size), True
    if size in symbols:
        return symbols[size], True
    if size in bound:
        return bound[size], True
    stem, _, index = size.partition("_")
    if index:
        taken = [s for name, s in symbols.items() if name not in pair and name != size and
                 stems.get(name, name.partition("_")[0]) == stem and "_" in name]
        if len(taken) == 1:
            return taken[0], False
    return None, False


def _moments(name: str, randomness: Randomness, variance_of) -> Moments:
    """The entries' mean (0 when the text calls them zero-mean) and second moment (variance
    plus squared mean), unknown symbols where the text says nothing."""
    centred = name in randomness.centred or f"{name}_i" in randomness.centred
    mean = sp.Integer(0) if centred else sp.Symbol(f"mu_{name}")
    variance = variance_of(name)
    known = variance is not None
    if variance is None:
        variance = sp.Symbol(f"var_{name}", positive=True)
    return Moments(mean, variance + mean ** 2, centred and known)


def _consistent(said: tuple, pair: tuple[str, str], moments: list[Moments],
                stems: dict[str, str]) -> bool:
    """Whether every statistic the text states of the vectors' entries (E[q_i], Var(k_i),
    Var(q_i k_i)) is the one the moments read give; one of another form is not."""
    by_stem = dict(zip(pair, moments))
    for kind, arg, value in said:
        entries = [s for s in arg.free_symbols if isinstance(s, sp.Symbol)]
        of = {stems.get(s.name, s.name.partition("_")[0]) for s in entries}
        if not of & set(pair):
            continue
        if not of <= set(pair) or kind not in ("E", "Var"):
            return False
        factors = sp.Mul.make_args(arg)
        if len(factors) != len(entries) or len(of) != len(entries):
            return False  # only one entry, or a product of one entry of each
        ms = [by_stem[stems.get(s.name, s.name.partition("_")[0])] for s in entries]
        mean = sp.Mul(*(m.mean for m in ms))
        model = mean if kind == "E" else sp.Mul(*(m.square for m in ms)) - mean ** 2
        if sp.simplify(model - value) != 0:
            return False
    return True
