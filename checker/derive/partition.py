"""A formula's tokens → the chunks its statements are read from: aligned environments and
bracketed reasons set apart, a split at separators and text, two lists paired entry by entry.
"""

from __future__ import annotations

from checker.derive.lexeme import Token
from checker.derive.lexer import CONDITION_WORDS


ALIGNED = {"aligned", "align", "alignat", "gathered", "gather", "split", "eqnarray",
           "multline", "equation", "flalign"}


def _drop_aligned(tokens: list[Token]) -> list[Token]:
    """`\\begin{aligned}` ... `\\end{aligned}` only lays out steps: without it, `&` is skipped
    and `\\\\` separates rows (a row that starts with `=` continues the one before); so does a
    one-column array of equations (`_stacked`)."""
    out: list[Token] = []
    k = 0
    stacks = 0  # one-column arrays of equations open here
    while k < len(tokens):
        t = tokens[k]
        if t.kind == "cmd" and t.value in {"begin", "end"} and k + 1 < len(tokens) and \
                tokens[k + 1].kind == "env" and tokens[k + 1].value in ALIGNED:
            k += 2
            continue
        if t.kind == "cmd" and t.value == "begin" and _stacked(tokens, k):
            stacks += 1
            k += 5  # \begin{array}{l}
            continue
        if t.kind == "cmd" and t.value == "end" and stacks and k + 1 < len(tokens) and \
                tokens[k + 1].kind == "env" and tokens[k + 1].value == "array":
            stacks -= 1
            k += 2
            continue
        out.append(t)
        k += 1
    return out


def _stacked(tokens: list[Token], k: int) -> bool:
    """`\\begin{array}{l} α_1 = 0.25 \\\\ α_2 = 0.05 \\end{array}`: an array of one column whose
    rows hold relations stacks equations, as `gathered` does (never a column of numbers,
    which is a vector)."""
    spec = [t.value for t in tokens[k + 1:k + 5]]
    if len(spec) < 4 or tokens[k + 1].kind != "env" or spec[0] != "array" or \
            spec[1] != "{" or spec[2] not in {"l", "c", "r"} or spec[3] != "}":
        return False
    for t in tokens[k + 5:]:
        if t.kind == "cmd" and t.value in {"begin", "end"}:
            return False
        if t.kind == "rel":
            return True
    return False


def _system(tokens: list[Token]) -> list[Token]:
    """`\\begin{cases} 12 = 2I_1 + 6I_3 \\\\ 6 = 4I_2 + 6I_3 \\end{cases}`: a brace around rows that
    each state a relation, none with a condition after `&` (an `&` only aligns a relation: `6
    &= ...`), is a system of equations written together, not the cases of a piecewise
    value: its rows are statements, as in an aligned block. Anything else is kept as it is."""
    if len(tokens) < 5 or [(t.kind, t.value) for t in tokens[:2]] != [("cmd", "begin"),
                                                                     ("env", "cases")] or \
            [(t.kind, t.value) for t in tokens[-2:]] != [("cmd", "end"), ("env", "cases")]:
        return tokens
    inner = tokens[2:-2]
    rows: list[list[Token]] = [[]]
    depth = 0
    for t in inner:
        depth += (t.kind == "open") - (t.kind == "close")
        if depth == 0 and t.kind == "sep" and t.value == "\\":
            rows.append([])
        else:
            rows[-1].append(t)
    rows = [r for r in rows if r]
    for row in rows:
        if not any(t.kind == "rel" for t in row) or any(
                t.kind == "op" and t.value == "&" and (k + 1 >= len(row) or row[k + 1].kind != "rel")
                for k, t in enumerate(row)):
            return tokens
    return [t for t in inner if not (t.kind == "op" and t.value == "&")]


def _reasons(tokens: list[Token]) -> list[Token]:
    """`(\\because z_1 = 0.5 > 0)`: a reason in brackets is a statement of its own, as
    `\\because z_1 = 0.5 > 0` is; the brackets only set it apart. So too a remark in brackets
    that opens with prose (`(\\text{same as before, since } v_0 = 0)`)."""
    out = list(tokens)
    for k in range(len(out) - 2, -1, -1):
        t, nxt = out[k], out[k + 1]
        if t.kind == "open" and t.value == "(" and (nxt.kind == "sep" and nxt.value in {
                "because", "therefore"} or nxt.kind == "text" and len(nxt.value.split()) > 1):
            depth = 0
            for j in range(k, len(out)):
                depth += (out[j].kind == "open") - (out[j].kind == "close")
                if depth == 0:
                    del out[j], out[k]
                    break
    return out


def _named(tokens: list[Token], k: int) -> Token:
    """Token k, or, for prose that opens a statement and stands before its relation
    (`\\text{rel. error} = ...`, `8, \\qquad \\text{total params} = 4 \\cdot 3`, `\\#b = 512`,
    `\\text{bytes/token} &= ...` in an aligned block), the
    word that names its left side: not prose between two statements, after which the
    relation would continue the statement before (8 = 4·3)."""
    t = tokens[k]
    opens = k == 0 or tokens[k - 1].kind == "sep" or (
        tokens[k - 1].kind == "op" and tokens[k - 1].value in {",", ";"})
    after = k + 1
    while after < len(tokens) and tokens[after].kind == "op" and tokens[after].value == "&":
        after += 1  # \text{bytes/token} &= ...: the alignment mark lays out, names nothing
    if t.kind != "text" or not opens or after == len(tokens) or tokens[after].kind != "rel":
        return t
    if k and (t.value.lower().strip() in CONDITION_WORDS or t.value.lstrip().startswith("(")):
        return t  # (after another statement, `\\text{(chain rule)}`: a remark in brackets)
    return Token("word", t.value, t.pos)


def half_open(chunk: list[Token]) -> bool:
    """`B_1 = [0, \\tfrac13)`, `I = (0, 1]`, `x \\in [a, b)`: a name set equal to (or in) a
    half-open interval, its brackets of two kinds around two ends: the definition of a set of
    numbers, not a vector or a claim."""
    rel = next((k for k, t in enumerate(chunk) if t.kind == "rel"), None)
    if rel is None or chunk[rel].value not in {"=", "∈"} or rel + 4 > len(chunk):
        return False
    first, last = chunk[rel + 1], chunk[-1]
    if first.kind != "open" or last.kind != "close" or \
            (first.value, last.value) not in {("[", ")"), ("(", "]")}:
        return False
    depth, commas = 0, 0
    for k, t in enumerate(chunk[rel + 1:], start=rel + 1):
        depth += (t.kind == "open") - (t.kind == "close")
        if depth == 0 and k != len(chunk) - 1:
            return False  # [0, 1) + (2, 3]: not one interval
        commas += depth == 1 and t.kind == "op" and t.value == ","
    return commas == 1


def _split(tokens: list[Token]) -> list[tuple[list[Token], bool]]:
    parts: list[tuple[list[Token], bool]] = []
    current: list[Token] = []
    condition = False
    remark = False  # inside `\text{(multiply by } e^x \text{)}`: prose with math in it
    depth = 0
    env_depth = 0
    commas: set[int] = set()  # the parts that end at a comma
    # a spacing command beside a relation (`\quad \Longrightarrow \quad`) only spaces it
    tokens = [t for k, t in enumerate(tokens) if not (
        t.kind == "sep" and t.value != "\\" and (
            (k > 0 and tokens[k - 1].kind == "rel")
            or (k + 1 < len(tokens) and tokens[k + 1].kind == "rel")))]
    for t in tokens:
        if t.kind == "cmd" and t.value == "begin":
            env_depth += 1
        elif t.kind == "cmd" and t.value == "end":
            env_depth -= 1
        if t.kind == "open":
            depth += 1
        elif t.kind == "close":
            depth -= 1
        top = depth == 0 and env_depth == 0
        if remark:
            remark = not (top and (t.kind == "sep" or (t.kind == "text" and ")" in t.value)))
            if remark or t.kind == "text":
                continue
        if top and t.kind == "text" and t.value.startswith("(") and ")" not in t.value:
            parts.append((current, condition))
            current, condition, remark = [], False, True
            continue
        if top and (t.kind == "sep" or (t.kind == "op" and t.value in {",", "&", ";", "."})):
            if t.kind == "op" and t.value == "&":
                continue
            if t.kind == "op" and t.value == ",":
                commas.add(len(parts))
            parts.append((current, condition))
            current, condition = [], False
            continue
        if top and t.kind == "text":
            parts.append((current, condition))
            current = []
            condition = t.value.lower().strip() in CONDITION_WORDS
            continue
        current.append(t)
    parts.append((current, condition))
    return _paired(parts, commas)


def _paired(parts: list[tuple[list[Token], bool]],
            commas: set[int]) -> list[tuple[list[Token], bool]]:
    """`e^{1}, e^{0}, e^{-1} \approx 2.7183, 1, 0.3679`, `a, b = 1, 2`: two lists of as many
    entries joined by one relation, read pair by pair (never `e^{-1} ≈ 2.7183`)."""
    def plain(k: int) -> bool:
        return 0 <= k < len(parts) and bool(parts[k][0]) and not parts[k][1] and \
            not any(t.kind == "rel" for t in parts[k][0])

    for r, (chunk, condition) in enumerate(parts):
        rels = [i for i, t in enumerate(chunk) if t.kind == "rel"]
        if condition or len(rels) != 1 or rels[0] in (0, len(chunk) - 1):
            continue
        before = 0
        while plain(r - before - 1) and r - before - 1 in commas:
            before += 1
        after = 0
        while plain(r + after + 1) and r + after in commas:
            after += 1
        if before == 0 or before != after:
            continue
        at = rels[0]
        lefts = [c for c, _ in parts[r - before:r]] + [chunk[:at]]
        rights = [chunk[at + 1:]] + [c for c, _ in parts[r + 1:r + 1 + after]]
        pairs = [(left + [chunk[at]] + right, False) for left, right in zip(lefts, rights)]
        rest = _paired(parts[r + 1 + after:], {k - (r + 1 + after) for k in commas})
        return parts[:r - before] + pairs + rest
    return parts
