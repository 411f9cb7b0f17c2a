"""Names a text may use by convention without defining them, read as plain variables:
`\\bar{x}` beside the family `x_i` is its mean. Read as a variable, such a name makes a failing
step prove nothing: the rule gives the guess (certainty.guesses collects it), so the step may
hold, never fail. (`I` added to an expression, the identity by convention, is decided in
equivalence.py: read as the number 1, a step that then agrees is undecided, one that still
differs fails, as it would for matrices of any size.)"""

from __future__ import annotations

import functools
import itertools
import re
from typing import TYPE_CHECKING

from checker.derive.guess import Guess, written_symbols
from checker.derive.traversal import symbols_of
from checker.derive.tree import Bin, Deriv, Node, Num, Sum, Sym, rewrite, walk

if TYPE_CHECKING:
    from checker.derive.context import Context
    from checker.derive.state import State


def mean(sides: tuple[Node, ...], state: State, line: int) -> list[Guess]:
    """`\\sum_i (x_i - \\bar{x})^2`: x̄ beside the family x_i, never defined by the text, read as
    a variable of its own; the text may mean the family's mean. Its other readings: each such
    name (all, or some of them) as (1/n)Σ x_i over the range a sum of the step gives the family
    (none when no sum does). A name the step differentiates by is a variable: no guess."""
    written = written_symbols(sides)
    families = {s.stem for s in written if s.index}
    wrt = {n.var for side in sides for n in walk(side) if isinstance(n, Deriv)}
    barred = []
    for sym in written:
        if sym.accents[:1] == ("bar",) and not sym.index and sym not in barred and \
                replace_accent(sym).stem in families and sym not in wrt and \
                not _through_family(sym, state, line):
            barred.append(sym)
    if not barred:
        return []
    from checker.derive.render import render

    shown = render(barred[0])
    return [Guess(f"{shown} read as a variable (the text does not define it), though beside "
                  f"the family {render(replace_accent(barred[0]))}_i it may be their mean",
                  f"define it (`{shown} = \\frac{{1}}{{n}}\\sum_i ...`)",
                  _as_means(sides, barred))]


def _as_means(sides: tuple[Node, ...], barred: list[Sym]) -> tuple[tuple[Node, ...], ...]:
    """The step's sides with each non-empty subset of the barred names read as their family's
    mean, over the range a sum of the step gives it; () when some name has no such range."""
    means = {}
    for sym in barred[:3]:
        found = _mean_of(sides, replace_accent(sym))
        if found is None or len(barred) > 3:
            return ()
        means[sym] = found
    out = []
    for k in range(1, len(barred) + 1):
        for chosen in itertools.combinations(barred, k):
            swap = {sym: means[sym] for sym in chosen}
            out.append(tuple(rewrite(side, lambda n, swap=swap: swap.get(n)
                                     if isinstance(n, Sym) else None) for side in sides))
    return tuple(out)


def _mean_of(sides: tuple[Node, ...], whole: Sym) -> Node | None:
    """(1/count)·Σ_{i=lo}^{hi} x_i for the first sum of the sides over a member x_i of
    `whole`'s family with both bounds written; None when there is none."""
    for node in (n for side in sides for n in walk(side)):
        if isinstance(node, Sum) and node.op == "+" and node.index and node.skip is None and \
                node.lo is not None and node.hi is not None and \
                any(isinstance(m, Sym) and m.stem == whole.stem and m.index == (node.index,)
                    for m in walk(node.body)):
            member = Sym(whole.base, (node.index,), whole.sup, whole.accents)
            count = node.hi if node.lo == Num("1") else \
                Bin("+", Bin("-", node.hi, node.lo), Num("1"))
            return Bin("/", Sum(member, node.index, node.lo, node.hi), count)
    return None


def _through_family(sym: Sym, state: State, line: int) -> bool:
    """sym's definitions reach a member of the family under its accent (x̄ = Σ_i x_i / n); a
    value (`\\bar x = 4`, an example's) or another name (`\\hat\\mu = \\bar x`) does not."""
    stem = replace_accent(sym).stem
    return any(r.stem == stem and r.index for r in state.reached((sym,), line))


def replace_accent(sym: Sym) -> Sym:
    """x̄ → x: the name under its outermost accent."""
    return Sym(sym.base, sym.index, sym.sup, sym.accents[1:])


def conventions(sides: tuple[Node, ...], state: State, line: int) -> list[Guess]:
    """Every guess a conventional name in the step takes."""
    return mean(sides, state, line)


def introduced(left: Node, lv, rv, ctx: Context, line: int,
               texts: dict[int, list[str]] | None = None, own: str = "",
               blocks: dict[int, list[str]] | None = None, block: int = 0) -> list[Guess]:
    """`∂L/∂z = p - 1` where p is the softmax output said in words, or given a value only after
    the step (`其中 p^+ = ...`): a name free on the right side only, of no family the left side
    uses, which the text has neither defined nor bound by then, is shorthand the writer
    introduces, not a variable the step claims the equality for; read as a free variable it
    makes a failing step prove nothing. (A name free on the left side only is what a wrong
    right side leaves out, and another member of a left family (`x_i^{(j)}` for `x_j^{(i)}`) a
    wrong index, and a name the left side's definitions use (x of h = Wa + Ux, which ∂h/∂W
    drops) a wrong answer: no guess.) `left` is the left side as written, `lv`, `rv` the
    sides' values, `line` the step's. A left side that is a name the text has not defined
    (`... = z = wᵀx + b`) is being named, not claimed about: alias.names_by_value's."""
    if isinstance(left, Sym) and ctx.lookup(left, line) is None:
        return []
    families = {_stem(ctx, str(s)) for s in symbols_of(lv)} | _families(left, ctx, line)
    laws = _law_parameters(ctx)
    right_only = sorted(str(s) for s in symbols_of(rv) - symbols_of(lv)
                        if _stem(ctx, str(s)) not in families and str(s) not in laws and
                        not _related_before(_stem(ctx, str(s)), texts or {}, line, own,
                                            _sup(ctx, str(s))) and
                        (_written_after(_stem(ctx, str(s)), blocks or {}, block, own) or
                         _written_nowhere(_stem(ctx, str(s)), blocks or {}, own)))
    right_only = [n for n in right_only if _stands_for_something(lv, rv, n)]
    if not right_only:
        return []
    name = ctx.shown(right_only[0])
    return [Guess(f"{name} appears on the right side only, with no definition or value in the "
                  f"text before this step: read as a free variable",
                  f"define {name} before the step, in terms of the names of the left side")]


def _stands_for_something(lv, rv, name: str) -> bool:
    """Whether some value of `name` in the other names makes the sides agree (p = e^z/(e^z +
    e^w) for `∂L/∂z = p - 1`): shorthand can stand for it. When only a constant does (C = 0
    for `|S_g| = (C/G)HW + |S_g|`) while other names stay free, no writer names that: the
    step is wrong whatever C is. (At an example's values, with no other name left, the number
    that solves it is the name's value there: shorthand.)
    Matrices, and what SymPy cannot solve quickly, are given the benefit of the doubt."""
    import sympy as sp

    if getattr(lv, "is_Matrix", False) or getattr(rv, "is_Matrix", False):
        return True
    try:
        difference = sp.sympify(lv - rv)
        if sp.count_ops(difference) > 60:
            return True
        target = next((s for s in difference.free_symbols if str(s) == name), None)
        if target is None:
            return True
        if difference.free_symbols == {target}:
            return True  # the other side a number at the example's values: p^+ ≈ 0.7311 there
        return any(getattr(v, "free_symbols", None) for v in sp.solve(difference, target))
    except Exception:  # noqa: BLE001 - not solved: the doubt stays
        return True


def _written_after(stem: str, blocks: dict[int, list[str]], block: int, own: str) -> bool:
    """The text names the letter after the step in a formula of its own, in words (`= p - 1$$
    where $p$ is the softmax output`, `($q$ 는 w 의 확률)`) or with the number it is at the
    example (`其中 $p^+ = e/(e + 1) \\approx 0.7311$`): its introduction. A name written nowhere
    else (X beside the x_i, the identity I, a w the writer slipped in) is what a wrong answer
    looks like, and a name a formula below defines in other names (`where $p = \\sigma(z)$`) is
    read with that definition first (lookahead): both fail as read. (`blocks`: every block's
    formulas, the document's whole math; `block`: the step's.)"""
    return any(_introduces(text, stem) for at, formulas in blocks.items() if at >= block
               for text in formulas if text.strip() != own.strip())


def _written_nowhere(stem: str, blocks: dict[int, list[str]], own: str) -> bool:
    """No other formula of the text writes the letter, in either case (`∂L/∂z = p - y` in an
    aside on softmax, the only p of the text): a name the writer never introduces is unknown,
    and what it stands for decides the step, not the checker. A letter the text writes
    elsewhere (a w slipped in from another line, X beside the x_i) is the text's own name, and
    a constant (the identity I, e, i) is no unknown: a wrong answer with it fails."""
    if stem in _CONSTANTS or not blocks:
        return False
    variants = {stem, stem.swapcase()}
    mine = _tokens(own)
    if any(t.kind in ("letter", "greek") and t.value == stem and mine[k + 1].kind == "rel"
           for k, t in enumerate(mine[:-1])) or \
            any(t.kind == "letter" and t.value == stem.swapcase() != stem for t in mine):
        return False  # `..., \quad κ = L/μ`: the step's own formula defines it; X beside x_i
    return not any(t.kind in ("letter", "greek") and t.value in variants
                   for formulas in blocks.values() for text in formulas
                   if text.strip() != own.strip() for t in _tokens(text))


_CONSTANTS = frozenset({"I", "e", "i", "j", "0", "1"})


def _introduces(text: str, stem: str) -> bool:
    """A formula that names the letter with no relation (`$p$`), or gives it a number
    (`p^+ = \\frac{e}{e + 1} \\approx 0.7311`, `u = 3`: its value at the example, not a
    definition in the step's names)."""
    tokens = _tokens(text)
    named = [k for k, t in enumerate(tokens) if t.kind in ("letter", "greek") and t.value == stem]
    relations = [k for k, t in enumerate(tokens) if t.kind == "rel"]
    if not named:
        return False
    if not relations:
        return True
    after = tokens[relations[0] + 1:]
    return named[0] < relations[0] and not any(
        t.kind in ("letter", "greek") and t.value != "e" for t in after)


@functools.lru_cache(maxsize=512)
def _tokens(text: str) -> tuple:
    """A formula's tokens as written, read once however many failing steps ask (none when the
    formula cannot be tokenized: an unreadable formula says nothing here)."""
    from checker.derive.lexer import tokenize

    try:
        return tuple(tokenize(text))
    except Exception:  # noqa: BLE001
        return ()


def _relates(text: str, stem: str) -> bool:
    """Whether a formula as written has a relation and the letter `stem`."""
    tokens = _tokens(text)
    return any(t.kind == "rel" for t in tokens) and \
        any(t.kind in ("letter", "greek") and t.value == stem for t in tokens)


def _sup(ctx: Context, name: str) -> str:
    """What a name carries on its shoulder (`+` of p^+, `-` of p_k^-): part of which it is."""
    sym = ctx.symbols.get(name)
    return sym.sup if sym is not None else ""


def _related_before(stem: str, texts: dict[int, list[str]], line: int, own: str = "",
                    sup: str = "") -> bool:
    """A formula with a relation on an earlier line writes the name (`\\nabla J = 2X^\\top(Xw -
    y)` before `X^\\top X w = X^\\top y`), even one this checker cannot read: the text has
    introduced it in its math, so a step that has it on one side only is no shorthand. (`texts`:
    each line's formulas as written; `sup`: the name's shoulder mark, which the formula must
    write too: p^+ is not p_k^-.)"""
    marks = (f"^{sup}", f"^{{{sup}}}") if sup else ("",)
    return any(_relates(text, stem) and any(m in text for m in marks)
               for at, formulas in texts.items() if at <= line
               for text in formulas if at < line or text.strip() != own.strip())


def _law_parameters(ctx: Context) -> set[str]:
    """The names a distribution the text declares is written in (`p = \\mathcal N(\\mu_1,
    \\sigma_1^2)`, `w \\sim \\mathcal N(0, \\sigma^2)`): the text introduces them with the law,
    so a step under it that writes σ_1 on one side only is no shorthand."""
    found = ctx.randomness
    if found is None:
        return set()
    names = {str(s) for _, params in found.distributions.values() for p in params
             for s in getattr(p, "free_symbols", ())}
    written = {re.sub(r"[\\{}\s]", "", p) for d in found.declarations + found.laws
               for p in d.params}  # (as written: `\\sigma_1^2`, the name sigma_1)
    return names | {re.split(r"\^", p, maxsplit=1)[0] for p in written}


def _families(left: Node, ctx: Context, line: int) -> set[str]:
    """The families the left side writes, and those its names' definitions use, through
    definitions of definitions (L of ŷ of w, x)."""
    seen: set[str] = set()
    todo = written_symbols((left,))
    while todo and len(seen) < 64:
        sym = todo.pop()
        if sym.stem in seen:
            continue
        seen.add(sym.stem)
        found = ctx.lookup(sym, line)
        if found is not None:
            todo.extend(written_symbols((found.body,)) + list(found.params))
    return seen


def _stem(ctx: Context, name: str) -> str:
    """The family a value's free name belongs to (`x` of x_1^(j)): its symbol's stem."""
    sym = ctx.symbols.get(name)
    return sym.stem if sym is not None else re.split(r"[_^\[]", name, maxsplit=1)[0]
