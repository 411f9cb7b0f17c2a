"""What an undefined name depends on: the variables the text differentiates it by, and
through the text's definitions (ŷ = wx + b makes L of ŷ depend on w).

`note_derivatives` records each ∂N/∂v the text writes; `definition` is a name's definition in
force for a step, `depends` and `arguments` say what an unknown function is a function of.
"""

from __future__ import annotations


# -- what the text differentiates -------------------------------------------------------
def note_derivatives(differentiated: dict, nodes, line: int) -> None:
    """Record, for every ∂N/∂v written in nodes (also ∂/∂v N), that the text differentiates N
    (as written: a_1, a_j, L) by v on that line: an undefined N is then an unknown function
    of such v."""
    from checker.derive.tree import Deriv, Sym, walk

    for node in nodes:
        for n in walk(node):
            if not isinstance(n, Deriv):
                continue
            num = n.num if n.num is not None else n.operand
            if isinstance(num, Sym):
                differentiated.setdefault(num, []).append((line, n.var))


def _mentions(ctx, sym) -> list[tuple[int, object]]:
    """Where the text differentiates sym: as written, or as a member of a family written
    with a letter (a_2 in ∂a_j/∂z_k; a_c in ∂a_2/∂z_1)."""
    from checker.derive.tree import Sym

    if not isinstance(sym, Sym):
        return [m for written, found in ctx.differentiated.items() if _same(written, sym)
                for m in found]
    # _same holds only for names or stems that are equal: the written ∂s of other stems are
    # passed over without comparing them (asked ~14k times per course document)
    stem, name = sym.stem, sym.name
    return [m for written, found in ctx.differentiated.items()
            if (written.stem == stem or written.name == name) and _same(written, sym)
            for m in found]


def differentiated_by(ctx, sym) -> list:
    """The variables the text differentiates sym by, anywhere, each once, in order."""
    out: list = []
    for _, var in _mentions(ctx, sym):
        if var not in out:
            out.append(var)
    return out


# -- what an undefined name is a function of --------------------------------------------
def _same(a, b) -> bool:
    """Two written variables are the same one: equal (also `L_0` as a call's name and as the
    written L with index 0: a number for index, no superscript), or members of one family
    (w_i, w_j)."""
    if a == b or (a.name == b.name and not (a.sup or b.sup) and
                  all(k.isdigit() for k in a.index + b.index)):
        return True
    if a.stem != b.stem or a.sup != b.sup or len(a.index) != len(b.index):
        return False
    return all(x == y or _open(x) or _open(y) for x, y in zip(a.index, b.index))


def _open(index: str) -> bool:
    return any(c.isalpha() for c in index)


def _related(a, b) -> bool:
    """a and b may depend on each other: the same variable, or a matrix and its entry."""
    from checker.derive.matrix import example_of

    if _same(a, b) or (a.stem == b.stem and a.sup == b.sup and not (a.index and b.index)):
        return True
    example = example_of(a)  # a^{[2](i)} and A^{[2]}
    return example is not None and any(_same(whole, b) for whole in example[0])


def _lookup(ctx, sym, line: int):
    """sym's definition at line; for an entry Z_{ij} with none of its own, its matrix's."""
    from dataclasses import replace

    from checker.derive.matrix import example_of

    found = ctx.lookup(sym, line)
    if found is None and sym.index:
        found = ctx.lookup(replace(sym, index=()), line)
    example = example_of(sym) if found is None else None
    for whole in example[0] if example else ():  # a^{[2](i)}: A^{[2]}'s definition
        found = found or ctx.lookup(whole, line)
    return found


def definition(ctx, sym, line: int, wrt: frozenset = frozenset(),
               seen: frozenset = frozenset()):
    """The definition of sym in force at line, unless the step differentiates by a variable
    v (in wrt) such that the text states ∂sym/∂v while that definition does not involve v:
    z = (X - μ)/S in one section, ∂z/∂w = x stated in another; in ∂L/∂w, z is that other z.
    An entry g_k of a gradient the text defines whole (g = ∂L/∂y) is ∂L/∂y_k here."""
    from checker.derive.definition import gradient_entry

    found = ctx.lookup(sym, line) or gradient_entry(ctx, sym, line)
    if found is None or not wrt:
        return found
    for var in wrt:
        if ctx.stated(sym.name, var.name) and \
                not _body_depends(ctx, found, var, line, wrt, seen | {sym.name}):
            return None
    return found


def _body_names(ctx, found, line: int) -> list:
    from checker.derive.tree import Call, Sym, walk

    out = []
    for n in walk(found.body):
        if isinstance(n, Sym):
            out.append(n)
        elif isinstance(n, Call):
            called = ctx.get(n.name, line) or ctx.get(n.name)
            if called is not None and called.params:
                out.extend(m for m in walk(called.body) if isinstance(m, Sym)
                           and m not in called.params)
    return out


def _body_depends(ctx, found, var, line: int, wrt: frozenset, seen: frozenset) -> bool:
    return any(_related(n, var) or depends(ctx, n, var, line, wrt=wrt, seen=seen)
               for n in _body_names(ctx, found, line)) or _names_part(ctx, found, var, line)


def _names_part(ctx, found, var, line: int) -> bool:
    """The body holds, whole, the expression the text names var (ŷ = w_2 ReLU(w_1x + b_1) + b_2
    and z_1 = w_1x + b_1): it depends on var through that named node."""
    from checker.derive.tree import Num, Sym, walk

    named = ctx.lookup(var, line)
    if named is None or named.params or isinstance(named.body, (Sym, Num)):
        return False
    return any(n == named.body for n in walk(found.body))


def depends(ctx, sym, var, line: int, *, wrt: frozenset = frozenset(),
            through_definition: bool = False, seen: frozenset = frozenset()) -> bool:
    """Does sym depend on var in the text's definitions (and, for undefined names, in what
    the text differentiates them by)? With through_definition, only paths that pass at
    least one definition count."""
    if sym.name in seen or len(seen) > 40:
        return False
    seen = seen | {sym.name}
    found = definition(ctx, sym, line, wrt, seen)
    if found is None and ctx.lookup(sym, line) is None:
        found = _lookup(ctx, sym, line) or _members_of(ctx, sym, var, line)  # Z_{ij}: Z's
    if found is not None:
        return _body_depends(ctx, found, var, line, wrt, seen)
    for n in differentiated_by(ctx, sym):
        if _same(n, var):
            if not through_definition:
                return True
        elif depends(ctx, n, var, line, wrt=wrt, through_definition=through_definition,
                     seen=seen):
            return True
    return False


def _members_of(ctx, sym, var, line: int):
    """y written whole, with no definition of its own, where the text defines its members
    (y_i = Σ_j k_j x_{i+j}): that family's definition, for a question about one entry x_1 (an
    undefined L differentiated by y is a function of y_0, y_1, ...: application.py); None
    otherwise (∂s/∂z, whole by whole, is a Jacobian the text states)."""
    from checker.derive.definition import family_key

    if sym.index or not var.index:
        return None
    return ctx.get(family_key(sym), line)


def arguments(ctx, sym, line: int, wrt: frozenset = frozenset()) -> list:
    """What an undefined, differentiated name is a function of: the names it is differentiated
    by, less those it depends on only through another of them (L by ŷ and by w, with
    ŷ = wx + b: L is a function of ŷ). A line that differentiates it by some of those only
    (`∂L/∂w = ∂L/∂ŷ ∂ŷ/∂w` in one section, `∂L/∂a ∂a/∂z ∂z/∂w` in another) says what it is
    a function of there: of those."""
    found = _innermost(ctx, differentiated_by(ctx, sym), line, wrt)
    here = []
    for at, var in _mentions(ctx, sym):
        if at == line and var not in here:
            here.append(var)
    local = _innermost(ctx, here, line, wrt)
    if local and len(local) < len(found) and \
            all(any(_same(v, u) for u in found) for v in local):
        return local
    return found


def _innermost(ctx, named: list, line: int, wrt: frozenset) -> list:
    """Of the names, those no other of them depends on."""
    return [v for v in named
            if not any(u is not v and not _same(u, v) and depends(ctx, u, v, line, wrt=wrt)
                       for u in named)]


def together(ctx, line: int, other: int) -> bool:
    """Two lines of one display of several lines (an align of a recurrence system: `v_t =
    μv_{t-1} + f'(w_{t-1})` above `w_t = w_{t-1} - ηv_t`): the definitions there are written
    together, so each means the others' new meanings, not those they had before the display."""
    first = ctx.displays.get(line)
    return first is not None and first == ctx.displays.get(other)
