"""A parameter given a new number in words: "With padding 2 the size is kept: $o = 32$",
"패딩을 1로 하면 $o = 28$", "步幅取 2 时 $o = 16$", "with a learning rate of 0.05, $w_1 = 0.9$".

Worked examples change one setting at a time and often say it in prose, the number written as
a plain word of the sentence, not as `$p = 2$`. Checked at the example's earlier value (p = 0),
such a step differs and proves nothing. A name the step was checked at is named in words by
the text (the word right before its first mention, "padding $p$", "填充 $p$") or by the
convention of the course's notation (p padding, s stride, k kernel, η learning rate); when the
step's sentence writes that word beside a number outside math, the step was read at a value
the text has just changed: a guess, so it holds if it holds, and never fails."""

from __future__ import annotations

import re

import sympy as sp

from checker.derive.guess import Guess
from checker.derive.regex import Regex
from checker.derive.state import State
from checker.derive.tree import Node
from checker.derive.vocabulary import GREEK_DISPLAY

# the words the course's notation gives its letters, by convention (en, ko, zh)
_CONVENTION = {
    "p": ("padding", "패딩", "填充"),
    "s": ("stride", "스트라이드", "步幅", "步长"),
    "k": ("kernel", "커널", "卷积核"),
    "f": ("filter size", "kernel", "커널", "卷积核"),
    "η": ("learning rate", "학습률", "学习率"),
    "α": ("learning rate", "학습률", "学习率"),
    "λ": ("regularization", "weight decay", "정규화", "正则"),
    "d": ("dilation", "팽창", "膨胀"),
}
_NUMBER = r"[-+]?\d+(?:\.\d+)?"
_GAP = r"[^$.。\d]{0,14}?"  # "padding 2", "padding of 2", "패딩을 1로", "步幅取 2"
# a formula that is only `= number` (or `≈ number`) right after a word: the word's quantity has
# that number ("the rate $= 3$", "평균 $= 4$"), as if written in words
_VALUE_ONLY = Regex(r"\s*(?:=|\\approx|≈)\s*(" + _NUMBER + r")\s*")


def changed_in_prose(state: State, line: int, sides: tuple[Node, Node], before: str,
                     values: dict, block: list[str] = ()) -> list[Guess]:
    """The guess that the step was read at a value its sentence changes in words (see the
    module), with the step read at the number the words give as the reading the text decides,
    or none. `before`: the step's paragraph up to it; `values`: the example's values it was
    checked at (shown name → value); `block`: the formulas of the step's paragraph, in order."""
    if not values:
        return []
    prose = state.prose
    sentence = re.split(r"(?<=[.!?。！？])\s", before.strip())[-1]
    words = _outside_math(sentence, block[:before.count("$")]).lower()
    if not re.search(r"\d", words):
        return []
    found = {}  # name → (its word's match): every setting the sentence changes in words
    for name in sorted(values):
        for word in _labels(name, prose):
            match = re.search(re.escape(word) + _GAP + "(" + _NUMBER + ")", words) or \
                re.search("(" + _NUMBER + ")" + r"\s*(?:x\s*\d+\s*)?" + re.escape(word), words)
            if match is not None:
                found[name] = (word, match)
                break
    if not found:
        return []
    name, (word, match) = next(iter(found.items()))
    said = ", ".join(f"\u201c{m.group(0).strip()}\u201d" for _, m in found.values())
    again = _rebound(state, line, {n: m.group(1) for n, (_, m) in found.items()})
    readings = ((*sides, again),) if again is not None else ()
    at = ", ".join(f"{n} = {m.group(1)}" for n, (_, m) in found.items())
    plural = "s" if len(found) > 1 else ""
    return [Guess(f"{', '.join(found)} at the example's value{plural} "
                  f"({', '.join(_plain(values[n]) for n in found)}), though the sentence gives "
                  f"the {word} another number in words ({said})",
                  f"write the new value as `${name} = ...$`", readings=readings,
                  stated=(*sides, again) if again is not None else (),
                  why=f"with {at}, as the words say ({said})")]


def _outside_math(sentence: str, written: list[str]) -> str:
    """The sentence's words (each formula a `$` in it, `written` the formulas up to it, in
    order): every formula dropped, but one that is only `= number` ("the rate $= 3$"), read as
    the number said in words."""
    parts = sentence.split("$")
    formulas = written[len(written) - (len(parts) - 1):] if len(parts) > 1 else []
    if len(formulas) != len(parts) - 1:
        formulas = [""] * (len(parts) - 1)
    out = parts[0]
    for text, words in zip(formulas, parts[1:]):
        value = _VALUE_ONLY.fullmatch(text)
        out = (out.rstrip() + f" = {value.group(1)} " if value else out + " ") + words
    return out


def _rebound(state: State, line: int, numbers: dict[str, str]):
    """The text's context with each name (as shown) bound to its number at `line`, or None
    when a name is not one binding of the context."""
    ctx = state.ctx
    bound = {}
    for name, number in numbers.items():
        keys = [k for k in ctx.bindings if ctx.shown(k) == name]
        if len(keys) != 1:
            return None
        bound[keys[0]] = sp.nsimplify(number)
    return ctx.rebound(bound, line)


def _plain(value) -> str:
    """0.0 as 0, 2.5 as 2.5."""
    try:
        number = float(value)
    except (TypeError, ValueError):
        return str(value)
    return str(int(number)) if number.is_integer() else str(number)


def _labels(name: str, prose: str) -> tuple[str, ...]:
    """The words naming `name`: the text's own (the word before its first mention in math,
    `padding $p = 0$`, `패딩 $p$`, `odds ($b = 1$)`) and the convention's."""
    spelt = "|".join(re.escape(s) for s in (name, *_latex(name)))
    own = re.search(r"([^\W\d_]{2,}(?: [^\W\d_]{2,})?)\s*[(（]?\s*\$\s*(?:" + spelt +
                    r")\s*[=$]", prose)  # (and "even odds ($b = 1$)": in a parenthesis)
    found = (own.group(1).lower(),) if own and len(own.group(1)) >= 3 or (
        own and not own.group(1).isascii()) else ()
    if found and " " in found[0] and len(found[0].split()[-1]) >= 3:  # "with rate $λ$":
        found += (found[0].split()[-1],)  # "rate" too (the word before may be any word)
    return found + _CONVENTION.get(name, ())


def _latex(name: str) -> tuple[str, ...]:
    """How the text may type a letter shown as `name` (λ: `\\lambda`)."""
    return tuple("\\" + latex for latex, shown in GREEK_DISPLAY.items() if shown == name)
