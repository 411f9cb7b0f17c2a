"""A named standard metric written with another formula: `F_1 = \\frac{P + R}{2}` (F1 is the
harmonic mean 2PR/(P+R)), `\\text{Precision} = \\frac{TP}{TP + FN}` (that is the recall).

Where a formula's head names a metric whose formula is fixed (F1, precision, recall,
specificity, IoU, Dice, accuracy) and its right side is written in that metric's own inputs
only (precision and recall as P, R or in words; the counts TP, FP, FN, TN), the right side is
compared with the standard formula, written in the text's own spelling of those names and
read the way the text is read (`TP` as one name or as T·P alike). A difference is a wrong
formula however the arithmetic after it goes: the text names the metric, and the metric has one
formula. A right side in any other names (`(TP + TN)/N`, `|A ∩ B|/|A ∪ B|`), or a head that
names no metric, is not read here. Nor are two conventions people really use under the same
name: the metric of the other class, with the roles of positives and negatives swapped
(`\\text{Precision} = TN/(TN + FN)` for class 0, as a per-class report gives it), and a
smoothed form, whose numerator or denominator adds a constant to the counts (`(2TP + 1)/(2TP +
FP + FN + 1)`, a Dice kept finite on empty masks; Laplace's `(TP + 1)/(TP + FP + 2)`)."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

import sympy as sp

from checker.derive.regex import Regex

COUNTS = ("TP", "FP", "FN", "TN")


@dataclass(frozen=True)
class Metric:
    """One standard metric: the heads that name it (lower case, no spaces), the inputs it is
    written in (`counts` or `rates`: precision and recall), its formula in those inputs (`{TP}`,
    `{P}`: a name as the text spells it) and how a report shows it."""

    heads: frozenset[str]
    inputs: str
    formula: str
    shown: str


METRICS = (
    Metric(frozenset({"f_1", "f1", "f1score", "f_1score"}), "rates",
           r"\frac{2 {P} {R}}{{P} + {R}}", "F1 is the harmonic mean of precision and recall, "
           "2PR/(P + R)"),
    Metric(frozenset({"f_1", "f1", "f1score", "f_1score"}), "counts",
           r"\frac{2 {TP}}{2 {TP} + {FP} + {FN}}", "F1 is 2TP/(2TP + FP + FN)"),
    Metric(frozenset({"precision", "prec", "ppv"}), "counts", r"\frac{{TP}}{{TP} + {FP}}",
           "precision is TP/(TP + FP)"),
    Metric(frozenset({"recall", "sensitivity", "tpr"}), "counts", r"\frac{{TP}}{{TP} + {FN}}",
           "recall is TP/(TP + FN)"),
    Metric(frozenset({"specificity", "tnr"}), "counts", r"\frac{{TN}}{{TN} + {FP}}",
           "specificity is TN/(TN + FP)"),
    Metric(frozenset({"iou", "jaccard"}), "counts", r"\frac{{TP}}{{TP} + {FP} + {FN}}",
           "IoU is TP/(TP + FP + FN)"),
    Metric(frozenset({"dice"}), "counts", r"\frac{2 {TP}}{2 {TP} + {FP} + {FN}}",
           "Dice is 2TP/(2TP + FP + FN)"),
    Metric(frozenset({"accuracy", "acc"}), "counts",
           r"\frac{{TP} + {TN}}{{TP} + {TN} + {FP} + {FN}}",
           "accuracy is (TP + TN)/(TP + TN + FP + FN)"),
)
_RATES = {"p": "P", "r": "R", "precision": "P", "recall": "R", "prec": "P", "rec": "R"}
_PRECISION = ("precision", "정밀도", "精确率", "精确度", "查准率", "精度", "適合率")
_RECALL = ("recall", "재현율", "召回率", "查全率", "再現率")
_WRAPPED = Regex(r"\\(?:text|mathrm|mathit|textrm|textit|operatorname|rm)\s*\{\s*"
                 r"([A-Za-z]+)\s*\}")
_COMMAND = Regex(r"\\[A-Za-z]+")
_RELATION = Regex(r"=|\\approx|\\simeq|≈")


def head_metrics(head: str) -> tuple[Metric, ...]:
    """The metrics a formula's head (as rendered: `F_1`, `IoU`, `Precision`) names."""
    key = re.sub(r"[\s{}\-]", "", head).lower()
    return tuple(m for m in METRICS if key in m.heads)


@dataclass(frozen=True)
class Template:
    """A metric's standard formula spelled as the text spells its inputs, and the same
    spelling of all inputs of its kind (`every`: what the right side may be written in)."""

    metric: Metric
    text: str
    every: str
    mirror: str | None = None  # the formula for the other class: TP, FN swapped with TN, FP


def template(metric: Metric, right: str, prose: str = "") -> Template | None:
    """The standard formula of `metric` spelled as the right side `right` (source text of the
    member after the head) spells its names, when every name it writes is one of the metric's
    inputs, else None. The letters P and R are precision and recall only where the document's
    `prose` names both (`P` is a padding, a probability elsewhere)."""
    words = re.findall(r"[A-Za-z]+", _COMMAND.sub(" ", _WRAPPED.sub(r" \1 ", right)))
    if not words:
        return None
    wrapped = _WRAPPED.search(right)
    wrap = (wrapped.group(0)[:wrapped.group(0).index("{") + 1], "}") if wrapped else ("", "")
    if metric.inputs == "counts":
        if any(w not in COUNTS for w in words):
            return None
        spell = {c: f" {wrap[0]}{c}{wrap[1]} " for c in COUNTS}
        every = " + ".join(spell.values())
    else:
        if any(w.lower() not in _RATES for w in words):
            return None
        names = {_RATES[w.lower()]: w for w in words}
        if set(names) != {"P", "R"} or (
                any(len(w) == 1 for w in words) and not names_rates(prose)):
            return None
        spell = {k: f" {wrap[0]}{v}{wrap[1]} " for k, v in names.items()}
        every = " + ".join(spell.values())
    text = metric.formula
    for name, spelled in spell.items():
        text = text.replace("{" + name + "}", spelled)
    mirror = None
    if metric.inputs == "counts":
        swap = {"TP": "TN", "TN": "TP", "FP": "FN", "FN": "FP"}
        mirror = re.sub(r"\{(TP|TN|FP|FN)\}", lambda m: spell[swap[m.group(1)]], metric.formula)
    return Template(metric, text, every, mirror)


def names_rates(prose: str) -> bool:
    """The text names both precision and recall, in any of its languages."""
    text = prose.lower()
    return any(w in text for w in _PRECISION) and any(w in text for w in _RECALL)


def right_text(source: str) -> str:
    """The source text of the member after a statement's head: between its first relation and
    the next one."""
    parts = _RELATION.split(source)
    return parts[1] if len(parts) > 1 else ""


def differs(written: sp.Expr, standard: sp.Expr, every: sp.Expr,
            mirror: sp.Expr | None = None) -> bool:
    """`written` is not the standard formula: its names are among the inputs (`every`, their
    sum, as read), it is no smoothed form (`smoothed`) and it differs from `standard` (and from
    its `mirror` for the other class) at positive values of them, at every point tried (a
    difference sympy cannot simplify away, checked by value)."""
    names = every.free_symbols
    if not written.free_symbols or not written.free_symbols <= names or \
            smoothed(written, names) or totalled(written, standard):
        return False
    if mirror is not None and not differs(written, mirror, every):
        return False
    try:
        if sp.simplify(written - standard) == 0:
            return False
    except Exception:  # noqa: BLE001 - what sympy cannot simplify is checked by value
        pass
    rng = random.Random(17)
    for _ in range(3):
        point = {s: sp.Rational(rng.randint(1, 97), rng.randint(1, 13)) for s in names}
        try:
            a, b = complex(written.subs(point)), complex(standard.subs(point))
        except (TypeError, ValueError, ZeroDivisionError):
            return False
        if abs(a - b) <= 1e-9 * max(1.0, abs(b)):
            return False
    return True


def totalled(written: sp.Expr, standard: sp.Expr) -> bool:
    """`written` is the standard formula with its denominator, a sum of the counts, written as
    the number it totals (`(TP + TN)/200` for accuracy on a test set of 200): the same
    numerator over a bare number. Whether the counts sum to it is the worked example's
    arithmetic, not the formula's."""
    try:
        num, den = sp.fraction(sp.together(written))  # (TP + TN)/100
        if not den.is_number or den == 0:
            return False
        return any(bottom.free_symbols and sp.expand(num - top) == 0 for top, bottom in
                   (sp.fraction(standard), sp.fraction(sp.together(standard))))
    except Exception:  # noqa: BLE001 - what cannot be split is no total
        return False


def smoothed(written: sp.Expr, names: set) -> bool:
    """`written` adds a constant to the counts in its numerator or denominator (`(TP + 1)/(TP +
    FP + 2)`): a sum with names and a constant term, as a smoothing writes it. A constant alone
    (`(P + R)/2`) is no smoothing."""
    try:
        parts = sp.fraction(sp.together(written))
        zero = {s: 0 for s in names}
        return any(part.free_symbols and sp.expand(part).subs(zero) != 0 for part in parts)
    except Exception:  # noqa: BLE001 - what cannot be split is not read as smoothed
        return False
