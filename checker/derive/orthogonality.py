"""Matrices the text says are orthogonal, diagonal or idempotent, and sample points that
respect it.

A step such as `XV = UΣ` after `X = UΣVᵀ` holds because VᵀV = I: true of the V of a singular
value decomposition, false of a matrix of random entries. The text says it in one of three
ways, each read here as `assume NAME orthogonal` / `assume NAME diagonal` directives:

- in words beside a matrix's name (a capital: "$u$ and $v$ are orthogonal" says u·v = 0 of
  two vectors, nothing this reads): "an orthogonal matrix $Q$", "$U$ and $V$ are orthogonal",
  "$Q$ has orthonormal columns", "직교 행렬 $Q$", "$Q$ 是正交矩阵", "a diagonal $\\Lambda$",
  "对角矩阵 $D$" (not under a condition or a negation: "if $Q$ is orthogonal", "non-orthogonal");
- by a formula: `Q^\\top Q = I` or `QQ^\\top = I`;
- by naming a decomposition near its formula: `X = U\\Sigma V^\\top` within a few lines of
  "SVD", "singular value decomposition", "奇异值分解", "특이값 분해" (U and V orthogonal, Σ
  diagonal), `A = Q\\Lambda Q^\\top` near "eigendecomposition", "spectral", "特征分解", "고유값
  분해" (Q orthogonal, Λ diagonal).

Sampling (`respect`): an orthogonal matrix's entries are drawn together, one random matrix with
orthonormal columns (rows, when it is wider than tall) per point, by QR; a diagonal matrix's
entries off the diagonal are 0. A step that holds for every matrix still holds for these, so
the property can only let more steps hold; it is never read from a condition.
"""

from __future__ import annotations

import re

import numpy as np

from checker.derive.dimension import SMALL
from checker.derive.markdown import Directive
from checker.derive.regex import Regex
from checker.derive.tree import Bin, Sym, Transpose

# ("an orthogonal projection", "orthogonal to", "the orthogonal complement": not an
# orthogonal matrix; "idempotent" and "projection" are their own kind)
_WORD = {"orthogonal": r"orthogonal(?!\s+(?:projection|projector|complement|to)\b)|orthonormal|"
                       r"rotation",
         "diagonal": r"diagonal",
         "idempotent": r"idempotent|(?:orthogonal\s+)?(?:projection|projector)"}
_ZH = {"orthogonal": "正交(?!投影)", "diagonal": "对角", "idempotent": "幂等|(?:正交)?投影"}
_KO = {"orthogonal": "직교(?!\\s*(?:사영|투영))", "diagonal": "대각",
       "idempotent": "멱등|(?:직교\\s*)?(?:사영|투영)"}
# a condition or a negation near the name: what the text supposes, not what it says
_NOT = Regex(r"\b(?:not|non|if|when|whenever|unless|suppose|assuming|only|need|needs|"
             r"requires?|whether)\b|이면|라면|일\s*때|인\s*경우|如果|若|当|时|是否|不是|아니",
             re.IGNORECASE)
_MATH = Regex(r"\$([^$]+)\$|\\\((.+?)\\\)")
_JOIN = Regex(r"^\s*(?:,|and|&|와|과|및|和|与|、)\s*$", re.IGNORECASE)
_SVD = Regex(r"\bSVD\b|singular[- ]value decomposition|奇异值分解|특이\s*값\s*분해|"
             r"특잇값\s*분해", re.IGNORECASE)
_EIGEN = Regex(r"eigen-?decomposition|eigenvalue decomposition|spectral (?:decomposition|"
               r"theorem)|特征(?:值)?分解|谱分解|고유\s*값\s*분해|고윳값\s*분해|고유\s*분해",
               re.IGNORECASE)
_DISPLAY = Regex(r"\$\$(.+?)\$\$|\\\[(.+?)\\\]|\$([^$]+)\$", re.DOTALL)
_NEAR = (6, 2)
# a projection that is also symmetric: an orthogonal one (P = QQᵀ)
_SYMMETRIC = Regex(r"symmetric|orthogonal\s+projection|对称|正交投影|대칭|직교\s*(?:사영|투영)",
                   re.IGNORECASE)  # a decomposition named up to 6 lines before its formula or 2 after


def _before(kind: str) -> re.Pattern:
    return re.compile(rf"(?<![\w-])(?:{_WORD[kind]})(?:\s+(?:square\s+)?(?:matrix|matrices))?"
                      rf"\s*$|(?:{_KO[kind]})\s*행렬\s*$|(?:{_ZH[kind]})矩阵\s*$", re.IGNORECASE)


def _after(kind: str) -> re.Pattern:
    columns = r"|^\s*(?:has|have)\s+orthonormal\s+(?:columns|rows)" if kind == "orthogonal" else ""
    return re.compile(rf"^\s*(?:(?:is|are|be)\s+(?:an?\s+)?(?:both\s+)?(?:symmetric\s+and\s+)?)?"
                      rf"(?:{_WORD[kind]})\b{columns}|^\s*(?:가|는|은|이|도|는\s*모두)?\s*"
                      rf"(?:{_KO[kind]})\s*행렬|^\s*(?:都)?(?:是|为)?\s*(?:对称的?)?(?:{_ZH[kind]})(?:矩阵|的)",
                      re.IGNORECASE)


_PATTERNS = {kind: (_before(kind), _after(kind)) for kind in _WORD}


def _name(text: str) -> Sym | None:
    """The one name a piece of inline math holds (`Q`, `Q \\in \\mathbb{R}^{n \\times n}`)."""
    from checker.derive.notation import parse_expression

    try:
        node = parse_expression(re.split(r"\\in\b|∈", text)[0].strip())
    except Exception:  # noqa: BLE001 - prose math that does not read says nothing
        return None
    return node if isinstance(node, Sym) else None


def _in_words(number: int, line: str) -> list[Directive]:
    """What the prose of one line says of the names in its inline math."""
    pieces = [(m.start(), m.end(), _name(m.group(1) or m.group(2)))
              for m in _MATH.finditer(line)]
    out: list[Directive] = []
    for kind, (before, after) in _PATTERNS.items():
        if not re.search(f"{_WORD[kind]}|{_ZH[kind]}|{_KO[kind]}", line, re.IGNORECASE):
            continue
        for k, (start, end, sym) in enumerate(pieces):
            if sym is None or not sym.base[:1].isupper():
                continue  # ("$u$ and $v$ are orthogonal": vectors, u·v = 0, not unit ones)
            said = before.search(line[max(0, start - 60):start])
            rest = k  # names joined by "and" / "," share the words after the last one
            while not said and rest + 1 < len(pieces) and \
                    _JOIN.match(line[pieces[rest][1]:pieces[rest + 1][0]]):
                rest += 1
            tail = line[pieces[rest][1]:]
            found = None if said else after.match(tail)
            if not (said or found):
                continue
            near = line[max(0, start - 40):start] + (tail[:found.end() + 8] if found else "")
            if not _NOT.search(near):
                out.append(Directive(number, f"assume {sym.name} {kind}", read=True))
                if kind == "idempotent" and _SYMMETRIC.search(near):
                    out.append(Directive(number, f"assume {sym.name} symmetric", read=True))
    return out


def _factors(text: str) -> list[tuple[Sym, Sym, Sym]]:
    """The `A B Cᵀ` products a formula equates a name to (`X = U\\Sigma V^\\top`)."""
    from checker.derive.notation import parse_expression

    parts = [p.replace("&", "").strip() for p in re.split(r"(?<![<>!\\])=", text)]
    out = []
    for part in parts[1:]:
        try:
            node = parse_expression(part)
        except Exception:  # noqa: BLE001
            continue
        if isinstance(node, Bin) and node.op == "*" and isinstance(node.left, Bin) and \
                node.left.op == "*" and isinstance(node.right, Transpose) and \
                all(isinstance(n, Sym) for n in (node.left.left, node.left.right, node.right.arg)):
            out.append((node.left.left, node.left.right, node.right.arg))
    return out


_SCALED_I = Regex(r"(\d+(?:\.\d+)?)?\s*(?:\\cdot\s*)?(?:I|\\mathbf\{I\}|I_[ndk])")


def _orthonormal(text: str) -> list[tuple[Sym, str]]:
    """`Q^\\top Q = I`, `QQ^\\top = I`: the name said orthogonal by a formula, and the square
    of its scale (`A^\\top A = 4I`: A = 2Q, columns orthogonal of norm 2)."""
    from checker.derive.notation import parse_expression

    parts = [p.replace("&", "").strip() for p in re.split(r"(?<![<>!\\])=", text)]
    scaled = _SCALED_I.fullmatch(parts[-1]) if len(parts) == 2 else None
    if scaled is None:
        return []
    try:
        node = parse_expression(parts[0])
    except Exception:  # noqa: BLE001
        return []
    if isinstance(node, Bin) and node.op == "*":
        pair = (node.left, node.right)
        for a, b in (pair, pair[::-1]):
            if isinstance(a, Transpose) and isinstance(b, Sym) and a.arg == b:
                return [(b, scaled.group(1) or "1")]
    return []


def stated(source: str) -> list[Directive]:
    """The orthogonal and diagonal matrices `source` states, as directives on their lines."""
    lines = source.split("\n")
    out = [d for number, line in enumerate(lines, start=1) if "$$" not in line
           for d in _in_words(number, line)]
    for m in _DISPLAY.finditer(source):
        text = m.group(1) or m.group(2) or m.group(3)
        number = source.count("\n", 0, m.start()) + 1
        out += [Directive(number, f"assume {q.name} orthogonal" + (
            f" {square}" if square != "1" else ""), read=True) for q, square in _orthonormal(text)]
        last = number + text.count("\n")
        window = "\n".join(lines[max(0, number - 1 - _NEAR[0]):last + _NEAR[1]])
        for a, b, c in _factors(text):
            svd, eigen = _SVD.search(window), _EIGEN.search(window) and a == c
            if svd or eigen:
                out += [Directive(number, f"assume {q.name} orthogonal", read=True)
                        for q in dict.fromkeys((a, c))]
                out.append(Directive(number, f"assume {b.name} diagonal", read=True))
    return sorted(set(out), key=lambda d: (d.line, d.text))


def respect(values: dict[str, np.ndarray], ctx, rng: np.random.Generator) -> frozenset[str]:
    """Redraw the sampled entries of the matrices said orthogonal (one random orthonormal
    matrix per point) and zero those off the diagonal of the matrices said diagonal. Returns
    the orthogonal names checked at a shape wider than tall though declared in sizes named by
    letters or large numbers (U of (n, d), with orthonormal columns, checked at 3 × 4): their
    rows are orthonormal there, not their columns, so a difference proves nothing."""
    guessed = set()
    for name in sorted(ctx.orthogonal - ctx.symmetric):
        members, rows, cols = _placed(values, ctx, name)
        if not members:
            continue
        size = len(values[members[0]])
        if rows >= cols:
            q = np.linalg.qr(rng.standard_normal((size, rows, cols)))[0]
        else:
            if not all(d.isdigit() and int(d) <= SMALL for d in ctx.shapes.get(name, ("1",))):
                guessed.add(name)
            q = np.swapaxes(np.linalg.qr(rng.standard_normal((size, cols, rows)))[0], 1, 2)
        q = q * ctx.scales.get(name, 1.0)
        for k in members:
            _, r, c = ctx.entries[k]
            values[k] = q[:, r - 1, c - 1]
    for name in sorted(ctx.idempotent - ctx.orthogonal - ctx.diagonal):
        _projection(values, ctx, rng, name)
    for k, sampled in list(values.items()):
        entry = ctx.entries.get(k)
        if entry is not None and entry[0] in ctx.diagonal and entry[1] != entry[2]:
            values[k] = np.zeros_like(sampled)
    return frozenset(guessed)


def _projection(values: dict[str, np.ndarray], ctx, rng: np.random.Generator, name: str) -> None:
    """A square matrix said idempotent, one random projection per point of rank about half its
    size: P = A(BᵀA)⁻¹Bᵀ, oblique, or QQᵀ (Q with orthonormal columns) when it is also said
    symmetric (an orthogonal projection)."""
    members, n, cols = _placed(values, ctx, name)
    if not members or n != cols or n < 2:
        return
    size, rank = len(values[members[0]]), max(1, n // 2)
    if name in ctx.symmetric:
        q = np.linalg.qr(rng.standard_normal((size, n, rank)))[0]
        p = q @ np.swapaxes(q, 1, 2)
    else:
        a, b = rng.standard_normal((size, n, rank)), rng.standard_normal((size, n, rank))
        p = a @ np.linalg.solve(np.swapaxes(b, 1, 2) @ a, np.swapaxes(b, 1, 2))
    for k in members:
        _, r, c = ctx.entries[k]
        values[k] = p[:, r - 1, c - 1]


def _placed(values: dict[str, np.ndarray], ctx, name: str) -> tuple[list[str], int, int]:
    """The sampled entries of the matrix `name`, and its rows and columns as checked."""
    members = [k for k in values if ctx.entries.get(k, ("",))[0] == name]
    placed = [pos for m, *pos in ctx.entries.values() if m == name]
    if not members or not placed:
        return [], 0, 0
    return members, max(r for r, _ in placed), max(c for _, c in placed)
