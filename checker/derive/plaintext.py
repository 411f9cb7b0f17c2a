"""What a learner writes outside math that the walk still reads: definitions in prose without
dollars (`plain_definitions`) and a list of values right before a formula (`prose_values`),
or on a prose line of its own (`plain_values`)."""

from __future__ import annotations

import re

from checker.derive import phrase, vocabulary
from checker.derive.markdown import Formula, read_plain
from checker.derive.member import is_numeric, mentions
from checker.derive.regex import Regex
from checker.derive.statement import single_statement
from checker.derive.tree import Matrix, Node, Shape, Sym, walk

_PIECE = Regex(r"\s*(?:->|→|,|;)\s*")
_HEADING = Regex(r"\s{0,3}#{1,6}\s")  # a Markdown heading's line
_WORD = Regex(f"[{vocabulary.HANGUL_CJK}]+")


def plain_definitions(source: str) -> list[tuple[int, Node, Node]]:
    """Definitions written in prose without dollars (`z = w*x + b, a = sigmoid(z)`, `x -> z1 =
    w1*x -> a1 = sigmoid(z1)`): each piece that reads exactly as `name = expression` with names
    in it. Only definitions: nothing in prose is ever checked."""
    out: list[tuple[int, Node, Node]] = []
    named: set[str] = set()
    for line, text in read_plain(source):
        for piece in _PIECE.split(text):
            if piece.count("=") != 1 or \
                    set(re.findall(r"[A-Za-z]+", piece.lower())) & phrase.PROSE:
                continue
            left, _, right = piece.partition("=")
            if set(_WORD.findall(right)) - named:
                continue  # "y = 1 인데 a": a word that is no name defined here: prose
            named |= set(_WORD.findall(left))
            relation = single_statement(piece)
            members = relation.members if relation is not None else ()
            if len(members) == 2 and isinstance(members[0], Sym) and \
                    not is_numeric(members[1]) and not mentions(members[1], members[0]):
                out.append((line, members[0], members[1]))
    return out


def renews(definitions: list[tuple[int, Node, Node]], line: int, body: Node) -> bool:
    """A prose definition built on a name defined earlier on its own line (`x -> z1 = w1*x ->
    a1 = sigmoid(z1) -> L = (a2 - y)^2`: a second network, written as one chain): it gives its
    name a new meaning, even one defined before (`L = (a - y)^2` of the first network)."""
    earlier = set()
    for at, name, value in definitions:
        if at == line and value is body:
            break
        if at == line:
            earlier.add(name)
    return any(isinstance(n, Sym) and n in earlier for n in walk(body))


# a number ends the value unless an operator follows (`v = 0.45 − 0.2` is no value of v); a
# parenthesis opening a remark in words (`v = 0.5 (이전 스텝에서 ...)`) does end it
# a name: one letter, with a digit index written `_1` or as a Unicode subscript (`b₁`, `w₂`)
_NAME = r"([A-Za-z\u0370-\u03ff](?:_\d|[₀-₉])?)"
_PROSE_VALUE = Regex(r"(?<![\w\\./∂'^_])" + _NAME + r"\s*=\s*([-−]?\d+(?:\.\d+)?)"
                     r"(?![\w.]|\s*[-+*/^·×−–]|\s*\((?![" + vocabulary.HANGUL_CJK + r"]))")

_NUMBER = r"[-−]?\d+(?:\.\d+)?"
_LIST = r"\s*" + _NUMBER + r"(?:\s*,\s*" + _NUMBER + r")+\s*"  # 1, −2, 0.5
# nothing after the value that would make it a factor (`x = (1, 2)·w`, `W = [[1, 0]] x`)
_NOT_A_FACTOR = r"(?!\s*(?:[-+*/^·×−–(\[0-9_ᵀ]|[A-Za-z\u0370-\u03ff](?![A-Za-z])))"
_TUPLE_VALUE = Regex(r"(?<![\w\\./∂'^_])" + _NAME + r"\s*=\s*\((" + _LIST + r")\)" +
                     _NOT_A_FACTOR)
# NumPy's nested lists: `W₁ = [[0.5, −0.5], [1, 0.25]]`, a matrix row by row
_MATRIX_VALUE = Regex(r"(?<![\w\\./∂'^_])" + _NAME + r"\s*=\s*(\[\s*\[" + _LIST +
                      r"\](?:\s*,\s*\[" + _LIST + r"\])+\s*\])" + _NOT_A_FACTOR)


def prose_values(f: Formula) -> list[tuple[Sym, Node]]:
    """Values a learner gives outside math right before a formula (`x = 2, w = 0.5, b = −1:
    so $z = ...$`): a list of at least two `name = number`, each name one letter (with a
    digit index). One such value alone in prose is not read (`the answer = 3`)."""
    return _values(f.before.split("$")[-1])


def caption_values(f: Formula) -> list[tuple[Sym, Node]]:
    """One value given as the caption of the formula's own line (`**T = 2:** $z/T = ...$`,
    `T = 0.5 일 때: $...$`): the case that line works out, for that line only. A caption is the
    prose on the line before the formula, ending in a colon, with no math of its own."""
    line = f.lead.replace("**", "").replace("__", "").strip()
    if "$" in line or not line.endswith((":", "：")):
        return []
    found = _PROSE_VALUE.findall(line)
    if len(found) != 1:
        return []
    name, number = found[0]
    relation = single_statement(f"{name} = {number.replace('−', '-')}")
    members = relation.members if relation is not None else ()
    if len(members) != 2 or not isinstance(members[0], Sym) or not is_numeric(members[1]):
        return []
    return [(members[0], members[1])]


def plain_values(source: str) -> list[tuple[int, Sym, Node]]:
    """The same lists of values on a prose line of their own, with no math in it (`x = 2, y = 5,
    w = 0.5, b = 1 일 때 해보자.` in the paragraph above a list of worked steps), and vectors
    written out there (`특징 벡터 x = (2, 4, 6, 8) 에 대해`), with their line: they hold from
    the next formula on, as if written right before it."""
    return [(line, name, value) for line, text in read_plain(source)
            for name, value in _values(text, 1 if _HEADING.match(text) else 2) +
            tuple_values(text) + matrix_values(text)]


def tuple_values(text: str) -> list[tuple[Sym, Node]]:
    """Each `name = (number, number, ...)` of a prose line (`the feature vector x = (2, 4, 6,
    8)`, `取 z = (1, 2, 3)`): a vector written out, one enough (a tuple is no stray number), read
    as the same formula in math would be (a name of one letter, two numbers or more, nothing
    after the tuple that would make it a factor: `x = (1, 2)·w` is none)."""
    return _read(f"{name} = ({inside})" for name, inside in _TUPLE_VALUE.findall(text))


def matrix_values(text: str) -> list[tuple[Sym, Node]]:
    """Each `name = [[number, ...], [number, ...], ...]` of a prose line (`W₁ = [[0.5, −0.5],
    [1, 0.25]]`, NumPy's way of writing a matrix row by row, in a post typed without LaTeX):
    the matrix, read as the same formula in math would be; two rows or more (a single row
    `[1, 2]` may be a vector as much as a row)."""
    return _read(f"{name} = {rows}" for name, rows in _MATRIX_VALUE.findall(text))


def _read(pieces) -> list[tuple[Sym, Node]]:
    """Each `name = value` piece read as a statement, kept when its value is all numbers."""
    out = []
    for piece in pieces:
        relation = single_statement(piece.replace("−", "-"))
        members = relation.members if relation is not None else ()
        if len(members) == 2 and isinstance(members[0], Sym) and \
                isinstance(members[1], (Shape, Matrix)) and is_numeric(members[1]):
            out.append((members[0], members[1]))
    return out


def _values(text: str, least: int = 2) -> list[tuple[Sym, Node]]:
    """Each `name = number` of `text`, when there are at least `least` of them (two in a line
    of prose, where one may be a remark; one in a heading, which names its section's case:
    `## tiny example, m = 2`)."""
    found = _PROSE_VALUE.findall(text)
    if len(found) < least:
        return []
    out = []
    for name, number in found:
        relation = single_statement(f"{name} = {number.replace('−', '-')}")
        members = relation.members if relation is not None else ()
        if len(members) == 2 and isinstance(members[0], Sym) and is_numeric(members[1]):
            out.append((members[0], members[1]))
    return out
