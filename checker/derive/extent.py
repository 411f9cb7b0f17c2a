"""Shapes written with `\\times` inside a formula, not factors: an annotation column of an align
(`&& (h \\times K)`), and a shape product
(`(n_l \\times m)(m \\times n_{l-1}) = n_l \\times n_{l-1}`), whose `\\times` between two sizes is
a shape's comma, checked by the shape rule. A size is a letter or a number, with a one-token or
braced subscript or superscript."""

from __future__ import annotations

from checker.derive.lexeme import Token


def _size_end(tokens: list[Token], k: int) -> int | None:
    """Where a size that starts at k ends: a letter or a number, with a subscript or a
    superscript of one token or a braced group of sizes and signs (`n_l`, `n_{l-1}`, `d_{in}`,
    `n^{[l]}`), or None."""
    if k >= len(tokens) or tokens[k].kind not in {"letter", "num"}:
        return None
    k += 1
    while k + 1 < len(tokens) and tokens[k].value in {"_", "^"}:
        if tokens[k + 1].kind in {"letter", "num"}:
            k += 2
        elif tokens[k + 1].value == "{":
            close = next((j for j in range(k + 2, len(tokens)) if tokens[j].value == "}"), None)
            if close is None or not all(t.kind in {"letter", "num", "word"} or
                                        t.value in "+-[]" for t in tokens[k + 2:close]):
                return None
            k = close + 1
        else:
            return None
    return k


def _times(tokens: list[Token], k: int, text: str) -> bool:
    return k < len(tokens) and text.startswith("\\times", tokens[k].pos)


def _times_pair(tokens: list[Token], k: int, text: str) -> tuple[int, int, int] | None:
    """`h \\times K`, `n_l \\times n_{l-1}` at k: (where the \\times is, where the second size
    starts, where it ends), or None."""
    first = _size_end(tokens, k)
    if first is None or not _times(tokens, first, text):
        return None
    second = _size_end(tokens, first + 1)
    return None if second is None else (first, first + 1, second)


def _times_shape(tokens: list[Token], k: int, text: str) -> int | None:
    """`(h \\times K)` at k: two sizes joined by `\\times` in parentheses; where it ends."""
    if k >= len(tokens) or tokens[k].value != "(":
        return None
    pair = _times_pair(tokens, k + 1, text)
    return pair[2] + 1 if pair and pair[2] < len(tokens) and tokens[pair[2]].value == ")" \
        else None


def times_shapes(tokens: list[Token], text: str) -> list[Token]:
    """Shapes written with `\\times`, not factors: `&& (h \\times K)` after a statement (an
    annotation column of an align, split off like `\\quad (h \\times K)`), and
    `(d \\times m)(m \\times K) = d \\times K`, `(n_l \\times m)(m \\times n_{l-1}) = n_l \\times
    n_{l-1}` (a shape product: every `\\times` between two sizes is a shape's comma, checked by
    the shape rule)."""
    ends = {k: e for k in range(len(tokens)) if (e := _times_shape(tokens, k, text))}
    out = list(tokens)
    for k in ends:
        if k >= 2 and tokens[k - 1].value == "&" and tokens[k - 2].value == "&":
            out[k - 1] = Token("sep", "quad", tokens[k - 1].pos)
    product = any(e in ends for e in ends.values())
    inside = {j for k, e in ends.items() for j in range(k, e)}
    if not product or any(t.kind not in {"open", "close", "rel"} and j not in inside and
                          not _bare_pair(tokens, j, text) for j, t in enumerate(tokens)):
        return out
    out = []
    k = 0
    while k < len(tokens):
        pair = _times_pair(tokens, k + 1, text) if k in ends else _times_pair(tokens, k, text)
        if k in ends and pair:  # (d \\times m): the shape (d, m)
            at, second, stop = pair
            out += [*tokens[k:at], Token("op", ",", tokens[at].pos), *tokens[second:stop + 1]]
            k = stop + 1
        elif pair and (k == 0 or tokens[k - 1].kind in {"rel", "close"}):
            at, second, stop = pair  # d \\times K: the shape (d, K)
            out += [Token("open", "(", tokens[k].pos), *tokens[k:at],
                    Token("op", ",", tokens[at].pos), *tokens[second:stop],
                    Token("close", ")", tokens[stop - 1].pos)]
            k = stop
        else:
            out.append(tokens[k])
            k += 1
    return out


def _bare_pair(tokens: list[Token], j: int, text: str) -> bool:
    """Token j lies in a pair of sizes written without parentheses (`= n_l \\times n_{l-1}`)."""
    for k in range(max(0, j - 12), j + 1):
        pair = _times_pair(tokens, k, text)
        if pair and k <= j < pair[2] and (k == 0 or tokens[k - 1].kind in {"rel", "close"}):
            return True
    return False
