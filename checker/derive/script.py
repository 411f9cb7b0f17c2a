"""Superscripts and subscripts, what is written on a name's shoulders and at its feet:
`x^{(2)}`, `W^{[l]}`, `A^T`, `x^2`, `g^{(L)\\prime}(z)`, `w_{t+1}`, `W_{:,j}`, `(XW)_{ij}`,
`\\|w\\|_2`, `\\mathbb{1}_{x > 0}`, `y\\_hat`, names of their own (`v_\\infty`, the value v_t tends
to; `w_{<t}`, the tokens before t), and when a prime names a new quantity (`W'`).
Functions of the parser (`notation.Parser`).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from checker.derive import bracket, call, iterate, vocabulary
from checker.derive.errors import Unreadable
from checker.derive.lexeme import Token
from checker.derive.tree import (
    Abs,
    Bin,
    Call,
    Compound,
    Const,
    Entry,
    Neg,
    Node,
    Norm,
    Num,
    Prime,
    Shift,
    Sym,
    Transpose,
)

if TYPE_CHECKING:
    from checker.derive.notation import Parser


def superscript(p: Parser, node: Node) -> Node:
    after = p.toks[p.i - 2] if p.i >= 2 else None  # what the `^` is written on
    toks = p.unwrap(p.script_tokens())
    if isinstance(node, Sym) and not node.sup and [t.value for t in toks] in (["+"], ["-"]) \
            and not (after is not None and after.kind == "close" and after.value in ")]") \
            and not p.starts_factor() and not p.at("op", "^"):
        # s^+, s^-, p_k^-: the positive or negative one (a sample, a score), a label, not a
        # power (x^-1, an exponent, is read on: a sign before a factor); (x)^+ and [x]_+, the
        # positive part, are not names
        return replace(node, sup=toks[0].value)
    primes = 0
    while len(toks) > 1 and toks[-1].kind == "op" and toks[-1].value == "'":
        toks, primes = toks[:-1], primes + 1  # g^{(L)\prime}: the label, then a prime
    if primes:
        node = superscript_of(p, node, toks)
        if p.at("open", "(") and isinstance(node, Sym):
            return Call(node.name, call.call_args(p), primes)
        return Prime(node, primes)
    return superscript_of(p, node, toks)


def superscript_of(p: Parser, node: Node, toks: list[Token]) -> Node:
    values = [t.value for t in toks]
    if values == ["-", "1"] and isinstance(node, Sym) and p.at("open", "(") and \
            call.applies(p, node) and node.name not in p.names:
        raise call.inverse_unreadable(node.name)
    if len(toks) > 1 and values[-1] == "T" and isinstance(node, Sym) and \
            _is_label(toks[:-1]):  # A^{[1]T}, a^{(l)T}: that one, transposed
        return Transpose(replace(node, sup="".join(values[:-1])))
    if values == ["T"]:
        return Transpose(node)
    if values and all(v == "'" for v in values):  # f^{\prime}(x)
        if p.at("open", "(") and isinstance(node, Sym):
            return Call(node.name, call.call_args(p), len(values))
        return Prime(node, len(values))
    step = iterate.step_label(node.base, values) if isinstance(node, Sym) and \
        not node.sup else None
    if step is not None:  # w^{k+1}, w^k of an update written with superscripts
        return replace(node, sup=step)
    if isinstance(node, (Sym, Const)) and _is_label(toks):
        # x^{(2)}, a^{(l-1)}, W^{[l]}, w^*: which one, not a power
        label = "".join(values)
        return replace(node, sup=label) if isinstance(node, Sym) else Sym(node.name, (), label)
    if values == ["r"] and isinstance(node, Sym):  # w^r: the reversed kernel, a label
        return replace(node, sup="r")
    if isinstance(node, Sym) and len(toks) == 1 and toks[0].kind == "word" and \
            not toks[0].bare and toks[0].value not in vocabulary.FUNCTION_WORDS:
        return replace(node, sup=toks[0].value)  # W^{\text{col}}, x^{\mathrm{train}}
    if isinstance(node, Sym) and node.base != "e" and len(toks) >= 2 and \
            all(t.kind == "letter" and t.value.isupper() for t in toks):
        return replace(node, sup="".join(values))  # y^{LS}, W^{QK}: a label in capitals
    return Bin("^", node, p.sub_parse(toks))


def raised_name(node: Node) -> bool:
    """σ^2, \\hat{x}^{-1}, w^{1/2}: a name raised to a number, so that a subscript written
    next (`\\sigma^2_B`) is the name's, as LaTeX sets `x^2_B` and `x_B^2` alike. A label
    (`x^{(i)}_j`, `W^{[l]}_{ij}`) is no power; a letter exponent (`a^L_j`) stays an entry."""
    if not (isinstance(node, Bin) and node.op == "^" and isinstance(node.left, Sym)):
        return False
    exponent = node.right.arg if isinstance(node.right, Neg) else node.right
    if isinstance(exponent, Bin) and exponent.op == "/":
        return isinstance(exponent.left, Num) and isinstance(exponent.right, Num)
    return isinstance(exponent, Num)


def subscript(p: Parser, node: Node) -> Node:
    toks = p.unwrap(p.script_tokens())
    if isinstance(node, Norm) and node.p is None:
        return Norm(node.arg, p.sub_parse(toks))
    if isinstance(node, Abs) and (isinstance(node.arg, Abs) or [t.value for t in toks] in (
            ["1"], ["2"], ["F"], ["infty"])):  # ||w||_2, and |w|_1 typed with single bars
        return Norm(node.arg.arg if isinstance(node.arg, Abs) else node.arg,
                    p.sub_parse(toks))
    if isinstance(node, Bin) and node.op == "^" and isinstance(node.left, Norm) and \
            node.left.p is None:  # \|w\|^2_2: the 2-norm, squared
        return Bin("^", Norm(node.left.arg, p.sub_parse(toks)), node.right)
    if isinstance(node, Const) and node.name == "e":
        node = Sym("e")
    if isinstance(node, Num) and node.text == "1" and any(t.kind == "rel" for t in toks):
        return bracket.indicator_of(p.sub_relation(toks), p.known)  # \mathbb{1}_{x > 0}
    if isinstance(node, Num) and node.text == "1" and len(toks) == 1 and \
            toks[0].kind in {"letter", "num"} and p.at("op", "^") and \
            p.peek(1) is not None and p.peek(1).value == "T":  # type: ignore[union-attr]
        return node  # \mathbf{1}_n^\top: the row of ones, as long as its neighbour needs
    if not isinstance(node, Sym):
        index = _plain_index(toks) or _slice_index(toks) or _label(toks)
        if index is None or isinstance(node, Num):
            raise Unreadable("a subscript on a symbol, or an entry `(A)_{ij}` with letters "
                             "or digits", "a subscript on an expression")
        return Entry(node, index)  # (XW)_{ij}, softmax(z)_j: an entry of the value
    if len(toks) == 3 and toks[0].kind == "letter" and toks[1].kind == "op" and \
            toks[1].value in "+-" and toks[2].kind == "num" and toks[2].value.isdigit():
        by = int(toks[2].value) * (1 if toks[1].value == "+" else -1)  # w_{t+1}, m_{t-1}
        return replace(node, index=node.index + (Shift(toks[0].value, by),))
    if all(t.kind in {"letter", "num"} or (t.kind == "op" and t.value == ",") for t in toks):
        letters = [t.value for t in toks if t.value != ","]
        if all(t.kind == "num" for t in toks) and len(toks) == 1:
            index = (toks[0].value,)
        else:
            index = tuple(letters)
        return replace(node, index=node.index + index)
    if len(toks) == 1 and toks[0].kind in {"word", "greek"}:
        return replace(node, index=node.index + (toks[0].value,))
    if len(toks) >= 2 and toks[0].kind == "rel" and toks[0].value in {"<", "≤", ">", "≥"} and \
            toks[1].kind in {"letter", "num"} and not node.index and \
            all(t.kind in {"letter", "num"} or (t.kind == "op" and t.value in "+-")
                for t in toks[1:]):
        # w_{<t}, x_{\le i-1}: the ones before t (a context, `p(w_t \mid w_{<t})`), a name
        return replace(node, base=f"{node.base}_{''.join(t.value for t in toks)}")
    if len(toks) == 1 and toks[0].kind == "const" and toks[0].value == "infty" and \
            not node.index:  # v_\infty: the value v_t tends to, a name of its own (a label)
        return replace(node, base=f"{node.base}_∞")
    groups = _index_groups(toks)
    if groups is not None:  # h_{t-1,j}, a_{t,i}: an offset in one of several indices
        return replace(node, index=node.index + groups)
    compound = _compound_groups(toks)
    if compound is not None:  # x_{i+k}, X_{i+a,j+b}, δ_{t-i+1}: an index expression
        return replace(node, index=node.index + compound)
    whole = _slice_index(toks)
    if whole is not None and not node.index:  # P_{1\cdot}, W_{:,j}: a row, a column
        return Entry(node, whole)
    nested = _nested_index(toks)
    if nested is not None:  # s_{y_i}, f_{y_i}: the entry at the index y_i names (one label)
        return replace(node, index=node.index + nested)
    raise Unreadable("a subscript made of letters or digits",
                     "`" + " ".join(t.value for t in toks) + "`")


def joined(p: Parser, node: Sym) -> Sym:
    """The part after `\\_` in y\\_hat (ŷ), y\\_pred, x\\_1: an accent or an index."""
    t = p.take()
    accent = vocabulary.row("\\" + t.value)
    if t.kind == "word" and accent is not None and accent.kind is vocabulary.Kind.ACCENT:
        return replace(node, accents=(str(accent.meaning),) + node.accents)
    if t.kind in {"word", "letter", "num"}:
        return replace(node, index=node.index + (t.value,))
    raise Unreadable("a name after \\_", f"`{t.value}`")


def new_name(p: Parser, node: Node) -> bool:
    """W', b', h': a prime on a name the text neither defines (as a value or a function)
    nor knows as a function (σ') names a new quantity (the folded weight, the kept unit);
    as a derivative it would be dW/dW. Of a name defined as a value, y' stays y's derivative."""
    known = p.known
    return isinstance(node, Sym) and not node.index and node.name not in known.functions \
        and node.name not in known.plain and node.base not in vocabulary.FUNCTIONS and \
        not any(name == node.name for name, _ in known.unary)


def _plain_index(toks: list[Token]) -> tuple[str, ...] | None:
    """The indices of `_{ij}`, `_{i,j}`, `_k`, `_2`, `_{i,:}` (a whole row): letters or digits,
    or None."""
    if toks and all(t.kind in {"letter", "num"} or (t.kind == "op" and t.value in ",:")
                    for t in toks):
        return tuple(t.value for t in toks if t.value != ",")
    return None


def _label(toks: list[Token]) -> tuple[str, ...] | None:
    """`f'_{num}`: a word (lexer.labels), which one; the reader is told it is read as an entry."""
    if len(toks) == 1 and toks[0].kind == "word" and not toks[0].bare:
        return (toks[0].value,)
    return None


def _slice_index(toks: list[Token]) -> tuple[str, ...] | None:
    """`1\\cdot`, `i,:`, `:,j`: one index and a whole axis (`:` or `\\cdot`), or None."""
    values = [t for t in toks if not (t.kind == "op" and t.value == ",")]
    axes = [t for t in values if t.kind == "op" and t.value in {"*", ":"}]
    if len(values) == 2 and len(axes) == 1 and all(
            t.kind in {"letter", "num"} for t in values if t not in axes):
        return tuple(":" if t in axes else t.value for t in values)
    return None


def _nested_index(toks: list[Token]) -> tuple[str, ...] | None:
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


def _index_groups(toks: list[Token]) -> tuple[str, ...] | None:
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


def _compound_groups(toks: list[Token]) -> tuple[str, ...] | None:
    """`i+k`, `i+a,j+b`, `t-i+1`, `m-i`, `2i+1`: indices separated by commas, each a sum of
    single letters (with a whole coefficient) and whole numbers, at least one of them with two
    letters or a coefficient; a group that is one letter, a number or a letter ± a number
    stays as it is. None if any group is something else (a word, a power, a nested index)."""
    groups = _comma_groups(toks)
    out: list[str] = []
    for g in groups:
        read = _linear(g)
        if read is None:
            return None
        terms, by = read
        if len(terms) == 1 and terms[0][1] == 1:
            out.append(Shift(terms[0][0], by) if by else terms[0][0])
        elif not terms:
            if by < 0:
                return None
            out.append(str(by))
        else:
            out.append(Compound(terms, by))
    return tuple(out) if any(isinstance(i, Compound) for i in out) else None


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


def _is_label(toks: list[Token]) -> bool:
    """(2), (l-1), [l], [2](i), *: a superscript that names which one, not an exponent."""
    if [t.value for t in toks] == ["*"]:
        return True
    if len(toks) < 3 or toks[0].value not in {"(", "["}:
        return False
    closing = {"(": ")", "[": "]"}[toks[0].value]
    end = next((k for k, t in enumerate(toks) if t.value == closing), None)
    if end is None:
        return False
    inside = toks[1:end]
    return bool(inside) and inside[0].kind in {"num", "letter"} and all(
        t.kind in {"num", "letter"} or (t.kind == "op" and t.value in "+-") for t in inside) \
        and (end == len(toks) - 1 or _is_label(toks[end + 1:]))
