"""Superscripts and subscripts, what is written on a name's shoulders and at its feet:
`x^{(2)}`, `W^{[l]}`, `A^T`, `x^2`, `g^{(L)\\prime}(z)`, `w_{t+1}`, `W_{:,j}`, `(XW)_{ij}`,
`\\|w\\|_2`, `\\mathbb{1}_{x > 0}`, `y\\_hat`, names of their own (`v_\\infty`, the value v_t tends
to; `w_{<t}`, the tokens before t; `x_+`, `x_-`, the positive and the negative sample), labels
(`s_{y_i}`: at the index y_i; `s^+`, `p_k^-`: the positive and negative ones), and when a prime
names a new quantity (`W'`), an order statistic (`s_{(17)}`, the 17th smallest: never s_17) and
a running average (`E[g^2]_t` of RMSprop and Adadelta: a family named by what it averages,
never an entry of an expectation). What an index's tokens say is index.py's. Functions of the parser
(`notation.Parser`).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from checker.derive import bracket, call, index, iterate, vocabulary
from checker.derive.errors import Unreadable
from checker.derive.lexeme import Token
from checker.derive.regex import Regex
from checker.derive.render import render
from checker.derive.tree import (
    Abs,
    Bin,
    Call,
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
        return Transpose(node, letter=toks[0].kind == "letter")
    if values and all(v == "'" for v in values):  # f^{\prime}(x)
        if p.at("open", "(") and isinstance(node, Sym):
            return Call(node.name, call.call_args(p), len(values))
        return Prime(node, len(values))
    step = iterate.step_label(node.base, values) if isinstance(node, Sym) and \
        not node.sup else None
    if step is not None:  # w^{k+1}, w^k of an update written with superscripts
        return replace(node, sup=step)
    arrow = index.direction(toks)
    if isinstance(node, Sym) and not node.sup and arrow is not None:
        return replace(node, sup=arrow)  # ℓ^{I→T}: the image-to-text one, a label
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
    if isinstance(node, Sym) and node.name in p.functions and node.name not in p.names and \
            len(values) == 1 and values[0].isdigit() and p.at("open", "("):
        # f^2(x) for a function the text defines: its value squared (∫ f^2(x) dx) or f
        # applied twice (an iterate); never f^2 times x
        raise Unreadable("the power of the value written `f(x)^2`, or the function applied "
                         "again `f(f(x))`", f"`{node.name}^{values[0]}(…)`: a power of "
                         f"{node.name}'s value, or {node.name} applied {values[0]} times?")
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
    if isinstance(node, Call) and node.name == "E" and not node.order and len(node.args) == 1:
        # E[g^2]_t, E[Δθ^2]_{t-1} (RMSprop, Adadelta): a running average, a family named by
        # what it averages, never an entry of an expectation
        node = Sym(f"E[{render(node.args[0])}]")
    if not isinstance(node, Sym):
        found = index.plain(toks) or index.whole_axis(toks) or _label(toks)
        if found is None or isinstance(node, Num):
            raise Unreadable("a subscript on a symbol, or an entry `(A)_{ij}` with letters "
                             "or digits", "a subscript on an expression")
        return Entry(node, found)  # (XW)_{ij}, softmax(z)_j: an entry of the value
    if len(toks) == 3 and toks[0].kind == "letter" and toks[1].kind == "op" and \
            toks[1].value in "+-" and toks[2].kind == "num" and toks[2].value.isdigit():
        by = int(toks[2].value) * (1 if toks[1].value == "+" else -1)  # w_{t+1}, m_{t-1}
        return replace(node, index=node.index + (Shift(toks[0].value, by),))
    if all(t.kind in {"letter", "num"} or (t.kind == "op" and t.value == ",") for t in toks):
        letters = [t.value for t in toks if t.value != ","]
        if all(t.kind == "num" for t in toks) and len(toks) == 1:
            letters = [toks[0].value]
        return replace(node, index=node.index + tuple(letters))
    if not node.index and toks and all(t.kind == "word" and _HAN_HANGUL.fullmatch(t.value)
                                       for t in toks):
        # k_串, x_并, v_{최대}: a subscript in Chinese or Korean script is a word, a label
        # naming a quantity of its own (the series spring's k), never an index letter: k_串 is
        # not k at some index beside k_1 and k_2
        return replace(node, base=f"{node.base}_{{{''.join(t.value for t in toks)}}}")
    if len(toks) == 1 and toks[0].kind in {"word", "greek"}:
        return replace(node, index=node.index + (toks[0].value,))
    if len(toks) >= 2 and toks[0].kind == "rel" and toks[0].value in {"<", "≤", ">", "≥"} and \
            toks[1].kind in {"letter", "num"} and not node.index and \
            all(t.kind in {"letter", "num"} or (t.kind == "op" and t.value in "+-")
                for t in toks[1:]):
        # w_{<t}, x_{\le i-1}: the ones before t (a context, `p(w_t \mid w_{<t})`), a name
        return replace(node, base=f"{node.base}_{''.join(t.value for t in toks)}")
    if len(toks) == 1 and toks[0].kind == "op" and toks[0].value in {"+", "-"} and \
            not node.index:  # x_+, x_-, α_+: the positive and the negative one, names
        return replace(node, base=f"{node.base}_{toks[0].value}")
    if 1 <= len(toks) <= 2 and all(t.kind == "op" and t.value in {"*", "∗", "⋆"} for t in toks) \
            and not node.index:  # k_*, K_{**}, f_\ast: the test point's (a GP's), a name
        return replace(node, base=f"{node.base}_{'*' * len(toks)}")
    if len(toks) == 1 and toks[0].kind == "const" and toks[0].value == "infty" and \
            not node.index:  # v_\infty: the value v_t tends to, a name of its own (a label)
        return replace(node, base=f"{node.base}_∞")
    named = index.direction(toks) or index.constant(toks)
    if named is not None and not node.index:  # L_{I→T}, z_{1-α/2}: a name of its own
        return replace(node, base=f"{node.base}_{{{named}}}")
    groups = index.offsets(toks)
    if groups is not None:  # h_{t-1,j}, a_{t,i}: an offset in one of several indices
        return replace(node, index=node.index + groups)
    compound = index.compound(toks)
    if compound is not None:  # x_{i+k}, X_{i+a,j+b}, δ_{t-i+1}: an index expression
        return replace(node, index=node.index + compound)
    whole = index.whole_axis(toks)
    if whole is not None and not node.index:  # P_{1\cdot}, W_{:,j}: a row, a column
        return Entry(node, whole)
    nested = index.nested(toks)
    if nested is not None:  # s_{y_i}, f_{y_i}: the entry at the index y_i names (one label)
        return replace(node, index=node.index + nested)
    tupled = index.tupled(toks)
    if tupled is not None and not node.index:  # PE_{(pos, 2i)}: the entry at (pos, 2i)
        return replace(node, index=tupled)
    if index.shape(toks):  # W_{(128 \times 576)}: W, its shape noted beside it
        return node
    if len(toks) == 3 and toks[0].value == "(" and toks[2].value == ")" and \
            toks[1].kind == "num" and toks[1].value.isdigit() and not node.index:
        # s_{(17)}, x_{( 1 )}: the 17th smallest (an order statistic), a name of its own,
        # never s_17, the 17th as drawn
        return replace(node, index=(f"({toks[1].value})",))
    if len(toks) >= 3 and len(toks) % 2 and not node.index and \
            all(t.kind in {"letter", "num", "word"} for t in toks[::2]) and \
            all(t.value in _JOINING for t in toks[1::2]):  # R_{B\parallel C}: parts in parallel
        return replace(node, base=f"{node.base}_{{{''.join(t.value for t in toks)}}}")
    raise Unreadable("a subscript made of letters or digits",
                     "`" + " ".join(t.value for t in toks) + "`")


_JOINING = {"∥", "‖", "⊕"}  # B∥C: a combination of parts, in a subscript a name of its own
_HAN_HANGUL = Regex("[" + vocabulary.HANGUL_CJK + "]+")


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
    """W', b', h', R_A', h_i': a prime on a name the text neither defines (as a value or a
    function, nor as a family: h_j = ...) nor knows as a function (σ', an indexed function's
    stem F_l) names a new quantity (the folded weight, the kept unit, the updated rating); as
    a derivative it would be dW/dW. Of a name defined as a value, y' stays y's derivative."""
    known = p.known
    if not isinstance(node, Sym) or node.base in vocabulary.FUNCTIONS or \
            any(name in (node.name, node.stem) for name, _ in known.unary):
        return False
    names = {node.name, node.stem} | ({f"{node.stem}_*"} if node.index else set())
    return not names & (known.functions | known.plain)


def _label(toks: list[Token]) -> tuple[str, ...] | None:
    """`f'_{num}`: a word (lexer.labels), which one; the reader is told it is read as an entry."""
    if len(toks) == 1 and toks[0].kind == "word" and not toks[0].bare:
        return (toks[0].value,)
    return None


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
