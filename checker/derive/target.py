"""The true class of a worked example named in words: "the correct class is the third",
"정답은 세 번째 클래스", "真实类别是第 3 类", "(정답은 1번)", "true class 0". The label the text
calls one-hot (`y`, `t`) is then that class's one-hot vector, as long as the vector the same
example has just written out (`z = (1, 2, 3)`, `p ≈ (0.09, 0.24, 0.67)`): `y = (0, 0, 1)`,
bound like a tuple the text writes, so `p - y ≈ (0.09, 0.24, -0.33)` is checked.

Which entry a class names: an ordinal ("third", "세 번째", "第 3 类", "2번째") is a position,
counted from 1; a class number (`class 0`, `0번`) is an index, counted from 0 when it is 0 or
when the text writes from index 0 (`z_0`) the entries of the label, of a vector written out,
or of a name indexed as the label is (`y_i \\log p_i`: p), and from 1 when it writes them
from index 1 (`p_1`) and never from 0; a class number the text gives no way to place binds
nothing. Only the prose on the line of an inline formula is read (a display formula's prose is
the paragraphs around it, maybe another example's); a label written out on that line
(`y = (0, 1, 0)`) keeps its value, a class named again (another example) binds again, and a
sentence with a negation binds nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from checker.derive.markdown import Formula
from checker.derive.onehot import LABELS
from checker.derive.regex import Regex
from checker.derive.state import State
from checker.derive.tree import Num, Shape, Sym
from checker.derive.update import bind_vector

_ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10,
    "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5,
    "첫": 1, "두": 2, "세": 3, "네": 4, "다섯": 5, "여섯": 6, "일곱": 7, "여덟": 8, "아홉": 9,
    "열": 10,
    "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10,
}
_EN_ORD = r"(?P<ord>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|1st|2nd" \
    r"|3rd|4th|5th)"
_KO_ORD = r"(?P<ord>첫|두|세|네|다섯|여섯|일곱|여덟|아홉|열)"
_ZH_ORD = r"(?P<ord>[一二三四五六七八九十])"
_TRUE = r"(?:true|correct|target|right|ground[- ]truth)"
_KO_TRUE = r"정답(?:\s*(?:클래스|레이블|라벨))?\s*(?:은|는|이|가|:|：)?\s*"
_ZH_TRUE = r"(?:真实|正确|目标)(?:类别|类|标签|答案)\s*(?:是|为|=|：|:)?\s*"
# (pattern, what its number is: "ord" a position from 1, "num" a class number)
_STATEMENTS = tuple((Regex(p, re.IGNORECASE), kind) for p, kind in (
    (_TRUE + r"\s+(?:class|label|category)\s*(?:is|=|:)?\s*(?:the\s+)?" + _EN_ORD +
     r"(?![A-Za-z])", "ord"),
    (r"(?:label|class|" + _TRUE + r"|target|ground[- ]truth)\s+is\s+the\s+" + _EN_ORD +
     r"\s+(?:class|one|category)", "ord"),
    (r"(?:target|ground[- ]truth)\s+is\s+class\s+(?P<num>\d+)(?!\d|\.\d)", "num"),
    (_TRUE + r"\s+(?:class|label|category)\s*(?:is\s+|=\s*|:\s*)?(?:class\s+)?(?P<num>\d+)"
     r"(?!\d|\.\d)", "num"),
    (r"label\s+is\s+class\s+(?P<num>\d+)(?!\d|\.\d)", "num"),
    (_KO_TRUE + _KO_ORD + r"\s*번째", "ord"),
    (_KO_TRUE + r"(?P<num>\d+)\s*번째", "ordnum"),
    (_KO_TRUE + r"(?P<num>\d+)\s*번(?!째)", "num"),
    (_ZH_TRUE + r"第\s*(?P<num>\d+)\s*(?:类|个)", "ordnum"),
    (_ZH_TRUE + r"第\s*" + _ZH_ORD + r"\s*(?:类|个)", "ord"),
))


def true_class(text: str) -> tuple[str, int] | None:
    """The class a sentence names as the true one: ("position", k) for an ordinal (k from 1),
    ("number", c) for a class number as written; None when it names none."""
    for pattern, kind in _STATEMENTS:
        m = pattern.search(text)
        if m is None:
            continue
        if kind == "ord":
            return "position", _ORDINAL_WORDS[m.group("ord").lower()]
        return ("position" if kind == "ordnum" else "number"), int(m.group("num"))
    return None


def position(named: tuple[str, int], counted_from: int | None) -> int | None:
    """The 1-based entry a named class is: an ordinal as it is; a class number from 0 when it
    is 0 or the text counts from 0, from 1 when it counts from 1; None when it cannot be
    placed."""
    kind, k = named
    if kind == "position":
        return k if k >= 1 else None
    if k == 0 or counted_from == 0:
        return k + 1
    return k if counted_from == 1 else None


def counted_from(texts: Iterable[str], bases: set[str]) -> int | None:
    """0 when a formula writes one of `bases` at index 0 (`z_0`, `p_{0}`), else 1 when one
    writes it at index 1, else None."""
    pattern = "|".join(re.escape(b) for b in sorted(bases))
    if not pattern:
        return None
    found = set()
    for text in texts:
        found.update(m.group(1) for m in re.finditer(
            r"(?<![A-Za-z\\])(?:\\mathbf\{|\\boldsymbol\{|\\vec\{)?(?:" + pattern +
            r")\}?\s*_\s*\{?\s*([01])(?![\d.,])", text))
    return 0 if "0" in found else 1 if "1" in found else None


def indexed_alike(texts: Iterable[str], label: str) -> set[str]:
    """The letters a formula writes with the label's index (`y_i \\log p_i`: p): the entries
    of the same classes."""
    out: set[str] = set()
    for text in texts:
        pairs = {(m.group(1), m.group(2)) for m in re.finditer(
            r"(?<![A-Za-z\\])([A-Za-z])\s*_\s*\{?\s*([a-z])(?![A-Za-z0-9])", text)}
        letters = {i for base, i in pairs if base == label}
        out.update(base for base, i in pairs if i in letters)
    return out


def label_name(state: State, texts: Iterable[str]) -> str | None:
    """The one-hot label: the one name of LABELS the prose calls one-hot, else the one of y, t
    the formulas write with an index (`y_k`); None when there is none or more than one."""
    called = sorted(n for n in state.ctx.normalised if n in LABELS)
    if len(called) == 1:
        return called[0]
    if called:
        return None
    written = {m.group(1) for text in texts
               for m in re.finditer(r"(?<![A-Za-z\\])([yt])\s*_\s*\{?\s*[a-z]\b", text)}
    return written.pop() if len(written) == 1 else None


def latest_vector(state: State, line: int) -> tuple[str, int] | None:
    """The vector the example wrote out last, up to `line` and still in force: its name and
    how many entries it has."""
    best: tuple[int, str, int] | None = None
    for name in state.ctx.tuples:
        value = state.ctx.bound({name}, line, stale=False).get(name)
        if value is None or not getattr(value, "is_Matrix", False):
            continue
        start = max((b[0] for b in state.ctx.bindings.get(name, []) if b[0] <= line),
                    default=None)
        if start is not None and (best is None or start > best[0]):
            best = (start, name, len(value))
    return None if best is None else (best[1], best[2])


def bind_true_class(state: State, formula: Formula, texts: list[str]) -> None:
    """After an inline formula: a true class named on its line binds the one-hot label to
    that class's vector, as long as the last vector written out (module docstring)."""
    if formula.display:
        return
    line_text = formula.before.split("\n")[-1] + " $ " + formula.after.split("\n")[0]
    named = true_class(line_text)
    if named is None or any(cue in line_text.lower() for cue in ("not ", "아니", "不是")):
        return
    label = label_name(state, texts)
    vector = latest_vector(state, formula.line)
    if label is None or vector is None or vector[0] == label or vector[1] < 2:
        return
    if any(at == formula.line for at, _, _ in state.ctx.bindings.get(label, [])) or \
            state.definition_of(Sym(label), formula.line) is not None:
        return  # written out on this line (`y = (0, 1, 0)`), or defined: as the text has it
    vectors = {n for n in state.ctx.tuples if "_" not in n} | indexed_alike(texts, label)
    k = position(named, counted_from(texts, {label} | vectors))
    if k is None or k > vector[1]:
        return
    entries = tuple(Num("1" if j == k else "0") for j in range(1, vector[1] + 1))
    bind_vector(state, Sym(label), Shape(entries), formula.line)

