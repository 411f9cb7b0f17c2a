"""A label before a colon that names a statement: `\\text{C1}: 32 - 5 + 1 = 28`, `j=1:\\ ...`.

Exam keys and worked examples tag each line of numbers with what it is about: a layer
(`\\text{C1}: 6 \\cdot 26 = 156`, `\\text{Conv1}: ...`, `3\\times3: 9 \\cdot 64 \\cdot 64`), a case (`j=1:\\ 0.25 + 0.25 - 1 = ...`).
The colon is no operator: the statement is what follows it. A word label is dropped; a case
label `name = value` is a statement of its own before it (`j = 1 \\quad ...`), so the line is
checked at that value, as `$j = 1$` in prose would give it (read as a condition only, the
line was checked at an earlier value of the name: `n = 6:\\ n^2 = 36` at n = 4). Read only
when the statement after the colon has no other colon at its level, so a ratio (`GRU : LSTM : RNN = 3 : 4 : 1`, `a : b`) is never taken for a
label; a single letter before a colon (`a : b = 2`) is a ratio as well and is left alone.
A hypothesis's name (`H_0: \\mu = 10`, `H_a: p > 0.5`) labels a case tested: the statement
after it is dropped with it (no step, no value of the parameter).
"""

from __future__ import annotations

from checker.derive.lexeme import Token

_BREAK = {",", ";"}  # ops that end a statement at the top level (partition._split)
_NAMES = {"letter", "greek"}
_ARROWS = {"⇒", "→", "⟹"}  # what follows from a hypothesis stated


def untagged(tokens: list[Token]) -> list[Token]:
    """`tokens` without the labels before a colon that open a statement (see the module)."""
    out = list(tokens)
    k = len(out) - 1
    while k >= 0:
        if _colon(out, k) and _alone(out, k):
            start = _start(out, k)
            label = out[start:k]
            if not label and start > 0 and out[start - 1].kind == "text":
                del out[k]  # \text{Conv1}: 6 \cdot 26 = 156
            elif _word(label) or _kernel(label):
                del out[start:k + 1]  # \text{C1}: ..., \mathrm{Conv1}: ..., 3\times3: ...
            elif _hypothesis(label):
                del out[start:_stated(out, k)]  # H_0: \mu = 10: a hypothesis stated, no step
            elif _case(label):
                out[k] = Token("sep", "quad", out[k].pos)  # j=1:\ ... → j = 1 \quad ...
            k = min(k, start)  # on before the label (the list may have shrunk)
        k -= 1
    return out


def _colon(toks: list[Token], k: int) -> bool:
    """Token k is a colon at the top level with a statement after it."""
    if toks[k].kind != "op" or toks[k].value != ":" or k + 1 == len(toks):
        return False
    depth = sum((t.kind == "open") - (t.kind == "close") for t in toks[:k])
    return depth == 0 and toks[k + 1].kind != "rel" and not (
        toks[k + 1].kind == "op" and toks[k + 1].value in _BREAK)


def _alone(toks: list[Token], k: int) -> bool:
    """No other colon at the top level in the statement around token k (a ratio has two)."""
    depth = 0
    for j, t in enumerate(toks):
        depth += (t.kind == "open") - (t.kind == "close")
        if j != k and depth == 0 and t.kind == "op" and t.value == ":" and \
                _between(toks, min(j, k), max(j, k)):
            return False
    return True


def _between(toks: list[Token], a: int, b: int) -> bool:
    """No statement break at the top level between tokens a and b."""
    depth = sum((t.kind == "open") - (t.kind == "close") for t in toks[:a])
    for t in toks[a:b]:
        depth += (t.kind == "open") - (t.kind == "close")
        if _ends(t, depth):
            return False
    return True


def _ends(t: Token, depth: int) -> bool:
    return depth == 0 and (t.kind == "sep" or (t.kind == "op" and t.value in _BREAK))


def _start(toks: list[Token], k: int) -> int:
    """Where the statement that token k is in opens: after a break or a piece of prose."""
    depth = 0
    for j in range(k - 1, -1, -1):
        t = toks[j]
        depth += (t.kind == "close") - (t.kind == "open")
        if depth == 0 and (_ends(t, 0) or t.kind == "text"):
            return j + 1
    return 0


def _word(label: list[Token]) -> bool:
    """`\\text{C1}`, `\\mathrm{LSTM}`, `\\mathrm{Conv1}` (a word, then its number), `Conv` typed in
    math: a word made by a command, or capitalised (a bare `log`, `ab` is no label)."""
    if len(label) > 2 and label[0].kind == "open" and label[-1].kind == "close":
        label = label[1:-1]
    return 1 <= len(label) <= 2 and label[0].kind == "word" and (
        not label[0].bare or label[0].value[:1].isupper()) and \
        all(t.kind == "num" for t in label[1:])


def _kernel(label: list[Token]) -> bool:
    """`1\\times1`, `3 \\times 3`, `3x3`, `1 \\times 7 \\times 7`: a kernel's size naming the
    layer a line counts (small whole numbers, multiplied): a label, as a word is."""
    return len(label) in (3, 5) and all(
        (t.kind == "num" and t.value.isdigit() and int(t.value) <= 15) if j % 2 == 0 else
        (t.kind == "op" and t.value == "*") for j, t in enumerate(label))


def _hypothesis(label: list[Token]) -> bool:
    """`H_0`, `H_1`, `H_a`, `H_{A}` (rule "a hypothesis stated"): the name of a statistical
    hypothesis, after which the colon states what it supposes (`H_0: \\mu = 10`, `H_1: p \\neq
    0.5`), a case tested, never a claim nor a value of the parameter."""
    if len(label) == 5 and label[2].kind == "open" and label[4].kind == "close":
        label = label[:2] + label[3:4]
    return len(label) == 3 and label[0].kind == "letter" and label[0].value == "H" and \
        label[1].kind == "op" and label[1].value == "_" and (
            label[2].kind == "num" and label[2].value in {"0", "1", "2"} or
            label[2].kind == "letter" and label[2].value in {"a", "A"})


def _end(toks: list[Token], k: int) -> int:
    """Where the statement that token k is in ends: at the next break at the top level."""
    depth = sum((t.kind == "open") - (t.kind == "close") for t in toks[:k])
    for j in range(k + 1, len(toks)):
        depth += (toks[j].kind == "open") - (toks[j].kind == "close")
        if _ends(toks[j], depth):
            return j + (toks[j].kind == "op")  # (the comma after it goes with it)
    return len(toks)


def _stated(toks: list[Token], k: int) -> int:
    """Where a hypothesis stated at token k ends: at the statement's break, or after an arrow
    at the top level that goes on to what follows from it (`H_0: p = 0.5 \Rightarrow z = ...`:
    the computation after the arrow is the writer's claim, checked)."""
    end, depth = _end(toks, k), 0
    for j in range(k + 1, end):
        depth += (toks[j].kind == "open") - (toks[j].kind == "close")
        if depth == 0 and toks[j].kind == "rel" and toks[j].value in _ARROWS:
            return j + 1
    return end


def _case(label: list[Token]) -> bool:
    """`j = 1`, `k=2`: one name set to a number."""
    return len(label) == 3 and label[0].kind in _NAMES and label[1].kind == "rel" and \
        label[1].value == "=" and label[2].kind == "num"
