"""Shapes declared in prose, as people write them: "$X$ is $(m, n)$", "Let $X$ be
$m \\times n$", "`w`: weights of shape $(D, M)$", "입력 $X$의 크기는 $(m, n)$", "$W^{[1]}$ 的维度为
$(n_h, n_x)$". Each becomes a `shape` directive on its line (document.read_text applies it from
there on, as `<!-- grader: shape X (m, n) -->` would be).

A declaration is a name (inline math or code holding one name), then prose joining it to a shape
(CONNECTORS: a few words, all of them from FILLERS, the last one a cue), then the shape (inline
math or code: `(a, b)` or `a \\times b`, each dimension a name or a number). Anything else near a
shape (`$(4 - 3 + 1) \\times (4 - 3 + 1)$`, "$C_{out}$ filters of size $f \\times f$",
"$X^\\top$ is $n \\times m$") declares nothing.
"""

from __future__ import annotations

import re
from itertools import pairwise

from checker.derive import phrase
from checker.derive.markdown import Directive
from checker.derive.regex import Regex
from checker.derive.tree import Bin, Num, Shape, Sym

# the last word(s) of the prose between a name and its shape: vocabulary rows
CUES = phrase.SHAPE
# words that may stand before the cue ("`x`: input of shape", "$W$, the weights, is")
FILLERS = frozenset({
    "input", "inputs", "output", "outputs", "weight", "weights", "matrix", "vector", "bias",
    "labels", "label", "targets", "the", "a", "an", "of", "with", "has", "have", "is", "are",
    "be", "its", "which", "all", "also", "now", "here", "then", "shape", "size",
    "dimension", "dimensions", "design", "data", "batch", "gradient", "upstream", "error",
})
_MATH = Regex(r"`([^`]+)`|\$([^$]+)\$|\\\((.+?)\\\)")  # `code`, $math$, \\( math \\)
# a learner's list of shapes: "- `X`: (m, d), one example per row", the shape in plain text
_LISTED = Regex(r"\s*:\s*(\([^()$`]+\))")
_PUNCT = " \t,;:.—–-()"
# a name in a set of arrays (ℝ as well: the formula path reads $...$ but not every writer's
# inline math, such as kramdown's \( X \in \mathbb{R}^{m \times d} \)):
# `Y \in \{0,1\}^{m \times K}`, `P \in [0, 1]^{m \times K}`
_MEMBER = Regex(r"^\s*(.+?)\s*(?:\\in|∈)\s*(?:\\\{[^{}$]*\\\}|\[[^\[\]$]*\]|"
                r"(?:\\mathbb\s*(?:\{[A-Z]\}|[A-Z])|[ℝℤℕ])"
                r"(?:_\{?[+\w]\}?)?)\s*\^\s*(\{[^{}]+\}|\w)\s*$")


def _name(text: str) -> Sym | None:
    from checker.derive.notation import parse_expression

    try:
        node = parse_expression(text.strip())
    except Exception:  # noqa: BLE001 - prose math that does not read declares nothing
        return None
    return node if isinstance(node, Sym) else None


def _dims(text: str) -> tuple[str, str] | None:
    """`(m, n)`, `m \\times n`, `n_h × 1` → ("m", "n"); anything else None."""
    from checker.derive.notation import parse_expression
    from checker.derive.render import render

    text = text.strip().replace("×", r" \times ")
    try:
        node = parse_expression(text)
    except Exception:  # noqa: BLE001
        return None
    if isinstance(node, Shape):
        dims = node.dims
    elif isinstance(node, Bin) and node.op == "*" and r"\times" in text:
        dims = (node.left, node.right)
    else:
        return None
    if len(dims) != 2 or not all(isinstance(d, (Sym, Num)) for d in dims):
        return None
    if all(isinstance(d, Num) and d.text == "1" for d in dims):
        return None  # (1, 1): a number
    return render(dims[0]), render(dims[1])


# "$x \\in \\mathbb{R}^{n}$ is a row vector", "행 벡터 $x \\in ℝ^n$", "$x$ 为列向量": a vector
# with its orientation said in words (the books that write y = xW keep x a row)
_ORIENTED_AFTER = Regex(r"^\s*(?:(?:is|be|are)\s+(?:a\s+)?)?(row|column)\s+vectors?\b|"
                        r"^\s*(?:는|은|이|가)?\s*(행|열)\s*벡터|^\s*(?:是|为)?\s*(?:一个)?(行|列)向量",
                        re.IGNORECASE)
_ORIENTED_BEFORE = Regex(r"(?<![\w-])(row|column)\s+vectors?\s*$|(행|열)\s*벡터\s*$|"
                         r"(行|列)向量\s*$", re.IGNORECASE)
_ROW = {"row", "행", "行"}


def _oriented(text: str, line: str, start: int, end: int) -> tuple[str, str, str] | None:
    """A vector `x \\in \\mathbb{R}^{n}` the words around it call a row (1, n) or a column
    (n, 1); not under a condition or a negation ("if x is a row vector")."""
    found = _MEMBER.match(text)
    if found is None:
        return None
    name, exponent = _name(found.group(1)), found.group(2).strip("{}").strip()
    if name is None or not re.fullmatch(r"[A-Za-z](?:_\w)?|\d+", exponent):
        return None
    before = re.split(r"[.!?。！？]\s", line[:start])[-1]
    said = _ORIENTED_BEFORE.search(before) or _ORIENTED_AFTER.match(line[end:])
    if said is None or _NOT_SYMMETRIC.search(before[-40:] + line[end:end + 30]):
        return None
    row = next(g for g in said.groups() if g).lower() in _ROW
    return (name.name, "1", exponent) if row else (name.name, exponent, "1")


def _member(text: str) -> tuple[str, str, str] | None:
    """`Y \\in \\{0,1\\}^{m \\times K}` → ("Y", "m", "K"). A vector (`\\{0, 1\\}^{K}`) declares
    no orientation: nothing (a worked example binds such a y to a tuple)."""
    found = _MEMBER.match(text)
    if found is None:
        return None
    name = _name(found.group(1))
    exponent = found.group(2).strip("{}")
    dims = _dims(exponent) if ("times" in exponent or "×" in exponent) else None
    if name is None or dims is None:
        return None
    return name.name, dims[0], dims[1]


# "a symmetric $A$", "$A$ is symmetric", "대칭 행렬 $A$", "$A$ 는 대칭", "($A$ 대칭)", "对称矩阵 $A$"; not
# "non-symmetric", "(not necessarily symmetric)", nor a condition ("If $A$ is symmetric",
# "$A$ 가 대칭이면", "当 $A$ 对称时"): that is a case, not what the text says of A
_SYMMETRIC_BEFORE = Regex(r"(?<![\w-])symmetric(?:\s+(?:matrix|matrices|square matrix))?\s*$|"
                          r"대칭\s*행렬\s*$|对称矩阵\s*$", re.IGNORECASE)
_SYMMETRIC_AFTER = Regex(r"^\s*(?:(?:is|be|are)\s+(?:a\s+)?)?symmetric\b(?!\s+(?:if|when))|"
                         r"^\s*(?:가|는|은|이)?\s*대칭(?:\s*행렬)?(?:이다|입니다|이고|이므로|이라|\s*[)）,，;；]|\s*$)|"
                         r"^\s*(?:是|为)?对称(?:矩阵)?(?:[，。,.;；]|$)", re.IGNORECASE)
_NOT_SYMMETRIC = Regex(r"\b(?:not|non|if|when|whenever|unless|suppose|only)\b|이면|라면|"
                       r"일\s*때|인\s*경우|如果|若|当|时", re.IGNORECASE)


def _symmetric(line: str, start: int, end: int) -> bool:
    """Does the prose around the math at line[start:end] say that it is symmetric, outright?"""
    before = re.split(r"[.!?。！？]\s", line[:start])[-1]
    after = line[end:]
    if _SYMMETRIC_BEFORE.search(before):
        return not _NOT_SYMMETRIC.search(before[-40:])
    found = _SYMMETRIC_AFTER.match(after)
    return bool(found) and not _NOT_SYMMETRIC.search(before[-40:] + after[:found.end() + 8])


# "We use the numerator layout", "分子布局을 쓴다", "采用分子布局": ∂L/∂W has Wᵀ's shape from there on
# (a line that names the denominator layout too, or uses neither verb, is a remark)
_NUMERATOR = Regex(r"numerator[- ]layout|분자\s*레이아웃|分子布局", re.IGNORECASE)
_DENOMINATOR = Regex(r"denominator[- ]layout|분모\s*레이아웃|分母布局", re.IGNORECASE)
_USE = Regex(r"\b(?:use|uses|using|used|adopt|adopts|follow|follows|convention)\b|쓴다|씁니다|"
             r"사용|따른다|采用|使用", re.IGNORECASE)


def _layout(line: str) -> bool:
    """Does the line say the text uses the numerator layout?"""
    return bool(_NUMERATOR.search(line)) and not _DENOMINATOR.search(line) and \
        bool(_USE.search(line)) and not re.search(r"\b(?:not|instead|rather)\b", line)


def _joins(prose: str) -> bool:
    """Does the prose between a name and a shape declare one?"""
    text = prose.strip(_PUNCT.replace(":", "")).lower()
    if not text:
        return False
    for cue in sorted(CUES, key=len, reverse=True):
        if text.endswith(cue):
            words = text[: len(text) - len(cue)].strip(_PUNCT).split()
            return len(words) <= 4 and all(w in FILLERS for w in words)
    return False


# a table of shapes, one name per row: | $X$ | inputs, one per row | $m \times n$ |
_SHAPE_HEADER = Regex(r"shape|size|dim|크기|형태|차원|形状|维度|大小", re.IGNORECASE)


def table_cells(line: str) -> list[str] | None:
    """The cells of a Markdown table row `| a | b |`, stripped; None for a line of no table."""
    text = line.strip()
    if not (text.startswith("|") and text.endswith("|")):
        return None
    return [c.strip() for c in text[1:-1].split("|")]


def table_shapes(source: str) -> list[Directive]:
    """Shapes listed in a Markdown table with a shape column (its header says shape, size,
    dimension, 크기, 形状, 维度): each row whose first cell is one name, in math or code."""
    out: list[Directive] = []
    column = None
    for number, line in enumerate(source.split("\n"), start=1):
        cells = table_cells(line)
        if cells is None:
            column = None
            continue
        if column is None:  # a header row: the shape column
            found = [k for k, c in enumerate(cells) if _SHAPE_HEADER.search(c) and "$" not in c]
            column = found[0] if len(found) == 1 and found[0] > 0 else -1
            continue
        if column < 0 or len(cells) <= column or set(cells[0]) <= set("-: "):
            continue
        first = _MATH.fullmatch(cells[0])
        shape = _MATH.fullmatch(cells[column])
        name = _name(first.group(1) or first.group(2) or first.group(3)) if first else None
        dims = _dims(shape.group(1) or shape.group(2) or shape.group(3)) if shape else None
        if name is not None and dims is not None:
            out.append(Directive(number, f"shape {name.name} ({dims[0]}, {dims[1]})",
                                     read=True))
    return out


def prose_shapes(source: str) -> list[Directive]:
    """The shapes the prose of `source` declares, as `shape NAME (a, b)` directives."""
    out: list[Directive] = []
    for number, line in enumerate(source.split("\n"), start=1):
        if "$$" in line:
            continue
        if _layout(line):
            out.append(Directive(number, "assume numerator layout", read=True))
        pieces = [(m.start(), m.end(), m.group(1) or m.group(2) or m.group(3))
                  for m in _MATH.finditer(line)]
        for start, end, text in pieces:
            oriented = _oriented(text, line, start, end)
            found = _member(text) or oriented
            if found is not None:
                out.append(Directive(number, f"shape {found[0]} ({found[1]}, {found[2]})",
                                     read=True))
            if found is oriented is not None and found[1] == "1":  # said a row in words
                out.append(Directive(number, f"assume {found[0]} row", read=True))
            said = "ymmetric" in line or "대칭" in line or "对称" in line
            name = found[0] if found else getattr(_name(text) if said else None, "name", None)
            if said and name is not None and _symmetric(line, start, end):
                out.append(Directive(number, f"assume {name} symmetric", read=True))
        for (_, end, left), (start, _, right) in pairwise(pieces):
            if not _joins(line[end:start]):
                continue
            name, dims = _name(left), _dims(right)
            if name is not None and dims is not None:
                out.append(Directive(number, f"shape {name.name} ({dims[0]}, {dims[1]})",
                                     read=True))
        for _, end, left in pieces:
            listed = _LISTED.match(line, end)
            name = _name(left) if listed else None
            dims = _dims(listed.group(1)) if listed else None
            # (m, d) names its sizes; `x`: (1, 2) may as well be x's value
            if name is not None and dims is not None and not all(d.isdigit() for d in dims):
                out.append(Directive(number, f"shape {name.name} ({dims[0]}, {dims[1]})",
                                     read=True))
    return sorted(out + table_shapes(source), key=lambda d: d.line)
