"""What a subscript's tokens say as an index (script.subscript reads them on a name): letters
or digits (`_{ij}`, `_{i,:}`), one index and a whole axis (`_{:,j}`), an offset (`_{t-1,j}`), an
index expression (`_{i+k}`, `_{2i+1}`) and an index with its own index (`_{y_i}`). Each returns
the index tuple, or None when the tokens are something else.
"""

from __future__ import annotations

from checker.derive.lexeme import Token
from checker.derive.tree import Compound, Shift
from checker.derive.vocabulary import GREEK_DISPLAY


def plain(toks: list[Token]) -> tuple[str, ...] | None:
    """The indices of `_{ij}`, `_{i,j}`, `_k`, `_2`, `_{i,:}` (a whole row): letters or digits,
    or None."""
    if toks and all(t.kind in {"letter", "num"} or (t.kind == "op" and t.value in ",:")
                    for t in toks):
        return tuple(t.value for t in toks if t.value != ",")
    return None


def whole_axis(toks: list[Token]) -> tuple[str, ...] | None:
    """`1\\cdot`, `i,:`, `:,j`: one index and a whole axis (`:` or `\\cdot`), or None."""
    values = [t for t in toks if not (t.kind == "op" and t.value == ",")]
    axes = [t for t in values if t.kind == "op" and t.value in {"*", ":"}]
    if len(values) == 2 and len(axes) == 1 and all(
            t.kind in {"letter", "num"} for t in values if t not in axes):
        return tuple(":" if t in axes else t.value for t in values)
    return None


def nested(toks: list[Token]) -> tuple[str, ...] | None:
    """`y_i`, `y_{i}`, `i, y_i`: indices separated by commas, each a letter or digit, or a letter
    with its own letter or digit index (the class y_i of sample i: `s_{y_i}`, `P_{i,y_i}`); a
    nested index is kept whole as one label (`y_i`), the same one wherever it is written."""
    out: list[str] = []
    for g in _comma_groups(toks):
        values = [t.value for t in g if t.kind != "open" and t.kind != "close"]
        kinds = [t.kind for t in g if t.kind != "open" and t.kind != "close"]
        braces = [t.value for t in g if t.kind in {"open", "close"}]
        if kinds in (["letter"], ["num"]) and not braces:
            out.append(values[0])
        elif kinds[:1] == ["letter"] and kinds[1:2] == ["op"] and values[1] == "_" and \
                len(kinds) == 3 and kinds[2] in {"letter", "num"} and braces in ([], ["{", "}"]):
            out.append(f"{values[0]}_{values[2]}")
        else:
            return None
    return tuple(out) if any("_" in i for i in out) else None


def _comma_groups(toks: list[Token]) -> list[list[Token]]:
    """The tokens of a subscript split at its commas (`t-1,j`: `t-1` and `j`)."""
    groups: list[list[Token]] = [[]]
    for t in toks:
        if t.kind == "op" and t.value == ",":
            groups.append([])
        else:
            groups[-1].append(t)
    return groups


def offsets(toks: list[Token]) -> tuple[str, ...] | None:
    """`t-1,j`: indices separated by commas, each a letter, a digit or a letter ± a digit."""
    groups = _comma_groups(toks)
    if len(groups) < 2:
        return None
    out: list[str] = []
    for g in groups:
        if len(g) == 1 and g[0].kind in {"letter", "num"}:
            out.append(g[0].value)
        elif len(g) == 3 and g[0].kind == "letter" and g[1].kind == "op" and \
                g[1].value in "+-" and g[2].kind == "num" and g[2].value.isdigit():
            out.append(Shift(g[0].value, int(g[2].value) * (1 if g[1].value == "+" else -1)))
        else:
            return None
    return tuple(out)


def compound(toks: list[Token]) -> tuple[str, ...] | None:
    """`i+k`, `i+a,j+b`, `t-i+1`, `m-i`, `2i+1`: indices separated by commas, each a sum of
    single letters (with a whole coefficient) and whole numbers, at least one of them with two
    letters or a coefficient; a group that is one letter, a number or a letter ± a number
    stays as it is. None if any group is something else (a word, a power, a nested index)."""
    out = [_sum(g) for g in _comma_groups(toks)]
    if any(i is None for i in out):
        return None
    return tuple(out) if any(isinstance(i, Compound) for i in out) else None  # type: ignore


def _sum(g: list[Token]) -> str | None:
    """One index group read as a sum (`2i+1`: a Compound; `t-1`: a Shift; `i`; `3`), or None."""
    read = _linear(g)
    if read is None:
        return None
    terms, by = read
    if len(terms) == 1 and terms[0][1] == 1:
        return Shift(terms[0][0], by) if by else terms[0][0]
    if not terms:
        return str(by) if by >= 0 else None
    return Compound(terms, by)


def _linear(g: list[Token]) -> tuple[tuple[tuple[str, int], ...], int] | None:
    """The letters with their coefficients, and the constant, of `i+j-1`, `-k+m`, `2i`; None
    for anything else (a letter twice, a product of letters, a word)."""
    terms: list[tuple[str, int]] = []
    by, k, sign = 0, 0, 1
    while k < len(g):
        if g[k].kind == "op" and g[k].value in "+-":
            if k == len(g) - 1:
                return None
            sign, k = (1 if g[k].value == "+" else -1), k + 1
        elif k:
            return None  # two terms with no sign between them: a product, not a sum
        coef = 1
        if g[k].kind == "num" and g[k].value.isdigit():
            if k + 1 < len(g) and g[k + 1].kind == "letter":
                coef, k = int(g[k].value), k + 1
            else:
                by, k, sign = by + sign * int(g[k].value), k + 1, 1
                continue
        if g[k].kind != "letter" or len(g[k].value) != 1 or \
                any(letter == g[k].value for letter, _ in terms):
            return None
        terms.append((g[k].value, sign * coef))
        k, sign = k + 1, 1
    return (tuple(terms), by) if terms or by else None


def tupled(toks: list[Token]) -> tuple[str, ...] | None:
    """`(pos, 2i)`, `(pos, 2i+1)`, `(t, j)`: indices in brackets, separated by commas, each a
    letter, a number, a word of letters (`pos`: one index, never p·o·s) or an index expression
    (`2i+1`); None for anything else (`(l)` alone stays a layer label; a shape `(128 \\times
    576)` is read by `shape`)."""
    if len(toks) < 4 or toks[0].value != "(" or toks[-1].value != ")" or \
            not any(t.kind == "op" and t.value == "," for t in toks):
        return None
    inner = toks[1:-1]
    if any(t.kind in {"open", "close"} for t in inner):
        return None
    out: list[str] = []
    for g in _comma_groups(inner):
        if g and all(t.kind == "letter" for t in g) and \
                all(b.pos == a.pos + 1 for a, b in zip(g, g[1:])):
            out.append("".join(t.value for t in g))  # pos, 2i: one index each
            continue
        one = g[0].value if len(g) == 1 and g[0].kind == "num" else _sum(g)
        if one is None:
            return None
        out.append(one)
    return tuple(out)


def shape(toks: list[Token]) -> bool:
    """`(128 \\times 576)`, `(576 \\times 25088)`, `(m \\times n)`: a shape written as a subscript
    (W_{(128 \\times 576)}: W, of 128 rows and 576 columns), an annotation, not an index."""
    if len(toks) < 5 or toks[0].value != "(" or toks[-1].value != ")":
        return False
    inner = toks[1:-1]
    return len(inner) % 2 == 1 and all(t.kind in {"num", "letter"} for t in inner[::2]) and \
        all(t.kind == "op" and t.value == "*" for t in inner[1::2])


def direction(toks: list[Token]) -> str | None:
    """`I \\to T`, `s \\rightarrow t`: a script naming a direction (CLIP's image-to-text loss
    `\\ell^{I\\to T}`, a transition `p^{s\\to t}`), one label made of names and an arrow; None
    for anything else (`n \\to \\infty` has no name after the arrow)."""
    arrows = [k for k, t in enumerate(toks) if t.kind == "rel" and t.value == "→"]
    if len(arrows) != 1 or arrows[0] in (0, len(toks) - 1):
        return None
    if not all(t.kind in {"letter", "word", "greek"} for k, t in enumerate(toks)
               if k != arrows[0]):
        return None
    return "".join(t.value for t in toks)


def constant(toks: list[Token]) -> str | None:
    """`1-\\alpha/2`, `1-\\beta`, `\\eta\\lambda`: a subscript made of numbers, Greek letters and
    arithmetic, no Latin letter (which could be an index a sum runs over): the parameter of a
    quantile (`z_{1-\\alpha/2}`) or an operator (`S_{\\eta\\lambda}`), one label; so is a
    fraction of two numbers (`t_{1/2}`, a half-life; `Q_{3/4}`, a quartile); None else."""
    if [t.kind for t in toks] == ["num", "op", "num"] and toks[1].value == "/":
        return "".join(t.value for t in toks)
    if not any(t.kind == "greek" for t in toks) or len(toks) < 2:
        return None
    if not all(t.kind in {"greek", "num"} or (t.kind == "op" and t.value in "+-/*")
               for t in toks):
        return None
    return "".join(GREEK_DISPLAY.get(t.value, t.value) if t.kind == "greek" else t.value
                   for t in toks)
