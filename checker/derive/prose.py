"""What the prose around the formulas establishes: labels that are one-hot ("label $\\mathbf{y}$
one-hot", "$\\mathbf{y}$는 원-핫 벡터", "标签 $y$ 采用 one-hot"), names it calls a known
activation ("let $p$ be the sigmoid of $z$", "$f$가 시그모이드이면"). (Shapes declared in words:
declared.py.)

Only context is read here, never a claim: the cue words are phrase.py rows; the activation
words and the "call it" patterns stay here, as they are sentence shapes around a name, not
cue words before or after a formula.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from checker.derive import phrase, vocabulary
from checker.derive.errors import Unreadable
from checker.derive.markdown import Formula
from checker.derive.notation import parse_expression
from checker.derive.regex import Regex
from checker.derive.statement import single_statement
from checker.derive.tree import Call, Deriv, Node, Sym, walk


def _name(f: Formula) -> Sym | None:
    try:
        node = parse_expression(f.text)
    except (Unreadable, RecursionError):
        return None
    return node if isinstance(node, Sym) else None


def one_hot(formulas: list[Formula]) -> list[str]:
    """The families the prose says sum to 1: labels it calls one-hot ("label $y$ one-hot"),
    and families it says sum to one ("since the $q_j$ sum to one", "$p_k$의 합은 1")."""
    out = []
    for f in formulas:
        if f.display:
            continue
        before = f.before.split("$")[-1][-30:].lower()
        after = f.after.split("$")[0][:30].lower()
        sym = _name(f)
        if sym is None or len(sym.base) != 1 or not sym.base.isalpha():
            continue
        if any(cue in before + " | " + after for cue in phrase.ONE_HOT):
            if not sym.index:
                out.append(sym.stem)  # a label is a Latin letter: y, t, Y (not the ε beside it)
        elif any(after.lstrip(" ,").startswith(cue) or f" {cue}" in after[:16]
                 for cue in phrase.SUM_ONE) and len(sym.index) <= 1:
            out.append(sym.stem)  # q_j, p (a distribution's entries): their sum is 1
    return out


# -- a name the prose calls a known function ("let $p$ be the sigmoid of $z$") -----------------
# (the function words a writer names an activation by, and the name the checker knows it by)
_ACTIVATIONS = {"sigmoid": "sigma", "logistic": "sigma", "시그모이드": "sigma", "tanh": "tanh",
                "relu": "relu", "렐루": "relu"}
_CALLED = Regex(r"\s*,?\s*(?:is|be|denotes|denote|stands for|is given by|comes from|가|이|는|"
                r"은|为|是)?\s*(?:the|a|an)?\s*(?:output of (?:the |a )?)?(" +
                "|".join(_ACTIVATIONS) + r")(?![A-Za-z])", re.IGNORECASE)
# "... the sigmoid's derivative", "시그모이드의 미분": a name for something else than the function
_NOT_ITSELF = Regex(r"\s*(?:function)?\s*(?:'s|의|的)?\s*(?:derivative|gradient|slope|prime|"
                    r"미분|도함수|기울기|导数|梯度)", re.IGNORECASE)
_OF = Regex(r"\s*(?:function\s*)?(?:of|applied to)\s*$", re.IGNORECASE)
_OUTPUT = Regex(r"\s*(?:output|function|activation)?\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class Called:
    """`$p$` that the prose calls a known function (the sigmoid), of `arg` when it says of what."""

    line: int
    name: Sym
    function: str  # "sigma", "tanh", "relu"; "" for a name given to a formula (`body`)
    arg: Node | None = None
    body: Node | None = None
    certain: bool = False  # the text leaves no other referent (prose.named_formulas)


def called_functions(formulas: list[Formula]) -> list[Called]:
    """Names the prose calls an activation: "let $p$ be the sigmoid of $z$", "where $\\hat y$
    denotes the sigmoid output $\\sigma(z)$", "$f$가 시그모이드이면", "$a$ 为 tanh". Only what
    the prose says: the definition it gives is a guess (document.py marks it so)."""
    out = []
    for k, f, sym, head, found in _named_as(formulas, _CALLED):
        if _NOT_ITSELF.match(head[found.end():]):
            continue
        function = _ACTIVATIONS[found.group(1).lower()]
        rest = head[found.end():]
        following = formulas[k + 1] if k + 1 < len(formulas) and \
            formulas[k + 1].line == f.line and "$" in f.after else None
        arg = None
        if following is not None and _OF.match(rest):
            arg = _name(following)  # "the sigmoid of $z$"
        elif following is not None and _OUTPUT.match(rest):
            try:  # "the sigmoid output $\sigma(z)$"
                node = parse_expression(following.text)
            except (Unreadable, RecursionError):
                node = None
            if isinstance(node, Call) and vocabulary.display(node.name) == \
                    vocabulary.display(function) and len(node.args) == 1:
                arg = node.args[0]
        if not defined_in_math(sym, formulas[k + 1:]):
            out.append(Called(f.line, sym, function, arg))
    return out


def _named_as(formulas: list[Formula], words: re.Pattern):
    """Each inline formula that is one name followed by `words` in the prose: (its position,
    the formula, the name, the prose up to the next formula, the match)."""
    for k, f in enumerate(formulas):
        sym = None if f.display else _name(f)
        if sym is None:
            continue
        head = f.after.split("$")[0]
        found = words.match(head)
        if found is not None:
            yield k, f, sym, head, found


def defined_in_math(sym: Sym, later: list[Formula], values: bool = True) -> bool:
    """A later formula whose head is the name (`p = \\sigma(z) = ...` after "let $p$ be the
    sigmoid of $z$"): the math defines it, the prose only announces that definition. Without
    `values`, one giving it numbers only (a worked example's `dY = [[1, 0], [0, 1]]`) does not."""
    for f in later:
        if "=" not in f.text:
            continue
        try:
            relation = single_statement(f.text)
        except (Unreadable, RecursionError):
            continue
        head = relation.members[0] if relation is not None and relation.members else None
        if not values and head == sym and all(
                not isinstance(n, (Sym, Deriv)) for m in relation.members[1:] if m is not None
                for n in walk(m)):
            continue
        if head == sym or (isinstance(head, Call) and not head.order and head.name == sym.name):
            return True
    return False


def called_definition(c: Called, differentiated: list[Sym],
                      texts: list[str]) -> tuple[Node, Node] | None:
    """The definition a Called reads as (head, body): `p = σ(z)` with the argument the prose
    names, else the one variable the text differentiates the name by (∂p/∂z); `f(z) = σ(z)`
    for a name the text applies as a function (`f'(z)`, `f(z)`), at the argument it writes.
    None when the prose leaves the argument open."""
    if c.body is not None:
        return c.name, c.body
    if not c.name.index and not c.name.accents and not c.name.sup:
        applied = {m.group(1) for t in texts for m in re.finditer(
            rf"(?<![\\\w]){re.escape(c.name.base)}'*\(\s*([A-Za-z])\s*\)", t)}
        if len(applied) == 1:
            param = Sym(applied.pop())
            return Call(c.name.name, (param,)), Call(c.function, (param,))
    arg = c.arg
    if arg is None and len(differentiated) == 1:
        arg = differentiated[0]
    return None if arg is None else (c.name, Call(c.function, (arg,)))


# "let me call it $S_i$", "denote it by $a$", "이를 $S$ 라 하자", "记为 $S$": the name the prose
# gives the formula right above
_IT = Regex(r"(?:call|denote|name|write)\s+(?:it|this|that|the result|the output)"
            r"(?:\s+(?:by|as))?\s*$|(?:이를|이것을|이 값을|이걸)\s*$|(?:记为|记作|称为)\s*$",
            re.IGNORECASE)
_IT_AFTER = Regex(r"\s*(?:이?라고?\s*하자|이?라\s*하면|로\s*두자|으로\s*두자)")


def named_formulas(formulas: list[Formula]) -> list[Called]:
    """A name the prose gives the display formula right above ("Let me call it $S_i$"): that
    formula's value, under the name (a guess: "it" may mean another formula, unless the name
    carries the indices of the quantity the formula defines: `_same_indexed`)."""
    out = []
    for k, f in enumerate(formulas):
        sym = None if f.display else _name(f)
        if sym is None or not k:
            continue
        lead = f.before.split("$")[-1]
        korean = lead.rstrip().endswith(("이를", "이것을", "이 값을", "이걸"))
        if not _IT.search(lead) or (korean and not _IT_AFTER.match(f.after)):
            continue
        above = next((g for g in formulas[k - 1::-1] if g.display), None)
        if above is None or formulas[k - 1] is not above:
            continue  # the formula right before this one is the one named
        try:
            relation = single_statement(above.text)
        except (Unreadable, RecursionError):
            continue
        members = relation.members if relation is not None else None
        value = members[-1] if members and len(members) >= 2 else None
        if value is not None and not any(isinstance(n, Sym) and n == sym for n in walk(value)) \
                and not defined_in_math(sym, formulas[k + 1:]):
            out.append(Called(f.line, sym, "", body=value,
                              certain=_same_indexed(sym, members[0], lead)))
    return out


def _same_indexed(name: Sym, head: Node, lead: str) -> bool:
    """Is the name the prose gives the formula above certainly that formula's? When "it" comes
    in the first sentence after the display, and the name carries the very index letters of
    the quantity the display defines (`softmax(z)_i = ...`, "call it $S_i$"), no other formula
    or quantity can be meant; a name without them, or after more prose, stays a guess."""
    index = getattr(head, "index", ())
    return bool(index) and tuple(map(str, index)) == tuple(map(str, name.index)) and \
        all(str(i).isalpha() for i in index) and not re.search(r"[.!?。]\s", lead)


# "let $dY$ denote the upstream gradient $\partial L/\partial Y$", "$\delta$ is the gradient of
# the loss with respect to $z$", "$dZ$ 를 상류 기울기라 하자", "记 $dY$ 为上游梯度": a name the
# prose gives a loss's derivative
_GRADIENT = Regex(r"\s*,?\s*(?:denotes?|be|is|stands? for|holds?)\s+(?:the\s+)?"
                       r"(?:upstream|incoming|backpropagated|back-propagated)?\s*"
                       r"(?:gradient|derivative)(?![a-z])|"
                       r"\s*(?:를|을|는|은|이|가)?\s*(?:상류|업스트림)?\s*(?:기울기|그래디언트|"
                       r"그라디언트)\s*(?:라고?|로)\s*(?:하자|두자|하면|쓰자)|"
                       r"\s*(?:为|是|表示)\s*(?:上游|回传)?\s*梯度", re.IGNORECASE)
_BY = Regex(r"(?:\s+of\s+the\s+loss)?(?:\s*(?:with respect to|w\.r\.t\.?|wrt))?\s*$",
                 re.IGNORECASE)


def named_gradients(formulas: list[Formula]) -> list[Called]:
    """A name the prose says is a loss's derivative: the derivative written right after the
    words ("the upstream gradient $\\partial L/\\partial Y$", "... with respect to $Y$"), else,
    for a name written `d` + a name (`dY`, `dZ^{[2]}`, `dh_t`), the writer's shorthand dY =
    ∂L/∂Y (`loss` the text's loss). Certain: the prose names it as `dY = ∂L/∂Y` would."""
    out: list[Called] = []
    loss = None
    for k, f, sym, head, found in _named_as(formulas, _GRADIENT):
        rest = head[found.end():]
        loss = loss or _loss(formulas)
        body = None
        following = formulas[k + 1] if k + 1 < len(formulas) and \
            formulas[k + 1].line == f.line and "$" in f.after else None
        if following is not None and _BY.fullmatch(rest):
            try:
                node = parse_expression(following.text)
            except (Unreadable, RecursionError):
                node = None
            if isinstance(node, Deriv) and isinstance(node.num, Sym) and not rest.strip():
                body = node  # "... gradient $\partial L/\partial Y$"
            elif isinstance(node, Sym) and rest.strip():
                body = Deriv(var=node, num=Sym(loss))  # "... with respect to $Y$"
        elif len(sym.base) >= 2 and sym.base[0] == "d" and sym.base[1:].isalpha() and \
                not re.match(r"\s*(?:of|with|w\.r\.t|wrt)\b", rest, re.IGNORECASE):
            body = Deriv(var=Sym(sym.base[1:], sym.index, sym.sup, sym.accents), num=Sym(loss))
        here = [g for g in formulas[k + 1:] if g.line == f.line]  # (numbers in the same
        # sentence, "here $dY = [...]$": bound as before, the definition would hide them)
        if body is not None and body.var != sym and not defined_in_math(sym, here) and \
                not defined_in_math(sym, formulas[k + 1:], values=False):
            out.append(Called(f.line, sym, "", body=body, certain=True))
    return out


_LOSS = Regex(r"\\partial\s*(\\mathcal\{L\}|\\ell|[LJCE])(?![A-Za-z])")


def _loss(formulas: list[Formula]) -> str:
    """The loss the text differentiates (`∂L/∂W`, `∂J/∂w`, `∂\\mathcal{L}/∂z`): the name written
    most often after ∂; L when it writes none."""
    found = Counter(m.group(1) for f in formulas for m in _LOSS.finditer(f.text))
    name = found.most_common(1)[0][0] if found else "L"
    return {"\\mathcal{L}": "L", "\\ell": "ell"}.get(name, name)
