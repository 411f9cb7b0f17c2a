"""What each formula is: a claim to check, or a definition, an update, a condition, a label...

Decided by ordered rule tables over the formula and the document's state (`state.py`): the
first rule whose test holds gives the role. Each rule is one small test with its reason (the
tests of a chain's head in `link.py`, of its members in `member.py`); the walker (`document.py`)
has one handler per role. Adding a role or a rule is one row here and one test row in
`tests/derive/test_roles.py`. (The roles of a statement and of the pieces between its
relations: `piece.py`.)
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum

from checker.derive import measure
from checker.derive.context import function_valued
from checker.derive.errors import ShapeMismatch
from checker.derive.gaussian import density
from checker.derive.head import entry_of_new_function, other_arity
from checker.derive.hypothesis import hypothetical, other_model, rebound_alongside
from checker.derive.introduction import solved_for
from checker.derive.law import fixed_by_law
from checker.derive.link import (
    Link,
    at_names,
    computed,
    defined,
    derivative_of,
    determined,
    expands_to_itself,
    given_value,
    is_label,
    is_new,
    is_update,
    named_quantity,
    repeats_argument,
    stated_statistic,
    unknown_at,
    vector_for_a_number,
)
from checker.derive.member import bindable, is_name, is_numeric, mentions, worked_out
from checker.derive.redefinition import (
    another_function,
    another_member,
    brings_new_name,
    contradicts,
    penalty_term,
    recurrence,
    renumbered,
    unrelated,
)
from checker.derive.square import square_of_new, square_redefined
from checker.derive.supposition import square_supposed, supposes_other_values
from checker.derive.tree import Bin, Call, Const, Deriv, Neg, Norm, Num, Sym, walk

# the nodes of arithmetic on plain names (`T - k`, `t/T`, `‖W‖`): no function, derivative, entry
_ARITHMETIC = (Bin, Const, Neg, Norm, Num, Sym)


class Role(Enum):
    CLAIM = "claim"  # an identity to check
    DEFINITION = "definition"  # introduces a name, or gives it a new meaning from here on
    UPDATE = "update"  # w = w - αg: an assignment, not an identity
    BINDING = "binding"  # x = 3, m_0 = v_0 = 0: a worked example's values, for its steps
    CONDITION = "condition"  # `if y = 1`, `Cost = 0` for a value considered: restricts, no step
    LABEL = "label"  # XW = [...]: a product of names used nowhere else names the expression
    NAMING = "naming"  # `... = z` at the end of a chain: names the value
    SHAPE = "shape"  # X ⇒ (364, 30): declares a matrix's shape
    SHAPE_RULE = "shape rule"  # (m, n)(n, k) = (m, k): checked by the shape rule
    IMPLICATION = "implication"  # A = B ⇒ C = D: the second follows from the first
    RELATION = "relation"  # a limit, an inequality, an arrow: not an identity
    CHAIN = "chain"  # equalities, each link checked in turn
    STATISTIC = "statistic"  # E[r_i] = q: a statistic's value at that argument, not a function


# -- the head of a chain: `head = value = ...` ---------------------------------------------
_ANNOUNCED = ("the prose announces a definition (\"let $h' = h$\", \"令\", \"로 두면\"): a new "
              "meaning from here on, never a restatement of the old one")
_PIECE = ("stated for a region of a variable (\"x < 0 时 f(x) = 0.1x\" after f(x) = max(0, x)), "
          "with another value than the name's: a piece of a new definition, which later steps "
          "may or may not mean")
_CAPTIONED = ("defined under another caption, given another value under this one (\"Xavier "
              "uniform: $a = \\sqrt{6/384}$\", then \"He uniform: $a = \\sqrt{6/256}$\"): "
              "another case of a list, a new meaning")
_RESTATEMENT = "defined nearby in this section: a restatement, checked"
_ALTERNATIVE = ("defined on this very line with another value, listed beside the first (\"for "
                "$R(w) = \\frac{λ}{2}‖w‖^2$ and $R(w) = λ‖w‖_1$\", \"分别对 … 和 …\"): an "
                "alternative, a new meaning")
_RECURRENCE = ("a recurrence (v_t = βv_{t-1} + g_t): the family's rule from here on, even where "
               "another was written nearby (momentum, then Nesterov): an indexed family, not a "
               "claim about v_2")
_CASES = ("defined on this very line with another value, a case named beside it (\"$p_t = p$ if "
          "$y = 1$, and $p_t = 1 - p$ otherwise\", \"$y = 0$ 이면 $p_t = 1 - p$\", \"当 ... 时\"): "
          "a piece of a definition by cases, which later steps may or may not mean")
_OTHER_MODEL = ("in a counterfactual sentence, an expression for a name the text defines "
                "(\"without the skip ($y = F(x)$)\", \"if instead $\\hat y = \\tanh(z)$\"): another "
                "model's meaning, which later steps may or may not mean")
_WORDED = ("its clause opens on a condition in words only, with another value than the name's "
           "(\"Ridge 이면 해는 $w = z/(1 + λ)$\" after the lasso's $w = z - λ$, \"若改用 L2 正则，"
           "则 ...\", \"if we use ridge, ...\"): the value of another case (method, model), a new "
           "meaning; a condition in math (`$y = 1$ 이면`) is applied instead, and a member of a "
           "family (m_2) keeps its family's rule (\"if the gradient stays the same\")")
_ANOTHER_MEMBER = ("after a general form (f(x) = ax + b) and one member (f(x) = 2x + 1), another "
                   "member with numbers (f(x) = 5x + 1): a new meaning, and the steps after it "
                   "may still mean the earlier member (a guess between them)")
_RENUMBERED = ("a name whose earlier chain worked out one number (η = 1/L = 0.25) given a chain "
               "that works out another (η = 2/(L + μ) = 1/3): a new value, and the steps after it "
               "may still mean the old one (a guess between them)")
SQUARE_SUPPOSED = (
    "in a condition on what follows, a number for the square of a name the example gave a value "
    "(σ = 1, then \"当 $σ^2 = e$ 时\", \"when $σ^2 = 4$:\", \"If the variance were $σ^2 = 4$\"): "
    "another variance supposed, the name its root for the steps after it in its paragraph")
NUMBER_SUPPOSED = (
    "a number for a defined name the example already gives a value (μ of the x written out), in "
    "a condition on what follows (\"当 $\\mu = 0$ 时\", \"if $\\mu = 0$\", \"$\\mu = 0$ 이면\"): a case "
    "supposed, never a claim at the example's values (`s = 0.5 일 때` for an s no value fixes "
    "gives the example's value: a binding); the steps of its sentence are worked at it "
    "(\"For $C = 10^{21}$: $N^* = \\sqrt{C/120} = ...$\")")
INTRODUCED = (
    "an expression of one name met here for the first time, affine in it, set to a number "
    "(\"target coverage $1 - \\alpha = 0.9$\", \"power $1 - \\beta = 0.8$\"): that name's value, "
    "solved (introduction.py), for the steps after it")
GIVEN_MEASURE = (
    "a number for the norm or size of a name with no entries, definition or value (\"with "
    "$\\|w\\| = 2.0$, $\\|g\\| = 0.05$\", `|\\mathcal H| = 1000`, `|g|^2 = 0.01`): a value given "
    "for the steps after it (measure.py), never a claim about free entries")
PLAIN_BINDING = ("a number for a name that is not an expression of others: the example's "
                 "value (`x = 3`, `z_1 = ... = 2.20`; a whole matrix for a family the text "
                 "defines entry by entry claims its members instead: grid.py)")
NAMED_QUANTITY = ("a function the text never defines, of functions it never defines (D_KL(N(μ, "
                  "σ²) ‖ N(0, 1)), L(f(x), y)): names the quantity, as a label; a closed form "
                  "its chain ends in defines it (closure.py)")
CURVE = ("the equation of a curve the prose names right before it (\"the curve $x^3 + y^3 = "
         "6xy$\", \"circle $x^2 + y^2 = 25$\", \"타원\", \"曲线\"): a relation stated between its "
         "coordinates, never an identity in them; the steps of its section may hold on it "
         "(curve.py)")
Rule = tuple[str, Callable[[Link], bool], Role]
HEAD_RULES: tuple[Rule, ...] = (
    ("continues the previous formula: each `=` is a step", lambda k: k.continued, Role.CLAIM),
    ("a function at one name written twice (`Cov(X, X) = Var(X)`, `k(x, x) = 1`, `d(x, x) = 0`): "
     "its value where its arguments agree, a claim, never a definition (a function's parameters "
     "are distinct names)", lambda k: repeats_argument(k.head), Role.CLAIM),
    ("a product of names used nowhere else names the expression",
     lambda k: not is_name(k.head) and is_label(k.head, k.rest) and not defined(k) and
     not computed(k), Role.LABEL),
    ("follows a ⇒: a consequence to check, never a new definition",
     lambda k: k.consequence, Role.CLAIM),
    ("a name given the normal distribution at numbers (`p_Z = \\mathcal N(0, 1)`, `q = N(1, "
     "4)`): a density, defined (p_Z(0.5) is its value at 0.5), never a number bound",
     lambda k: is_numeric(k.value) and len(k.rest) == 1 and isinstance(k.head, Sym) and
     density(k.value, lambda key: k.state.ctx.get(key, k.line) is not None) is not None,
     Role.DEFINITION),
    ("a number for a statistic of variables whose law the text declares in numbers (X ~ N(0, "
     "1), then E[X^2] = 1): the law fixes it, a claim (law.py)", fixed_by_law, Role.CLAIM),
    ("a statistic at an argument given a value free of it (E[r_i] = q): known there only; so "
     "too alone for a name the text defines (`we want Var(z) = 1`: perhaps a requirement)",
     lambda k: stated_statistic(k.head, k.value) and not (defined(k) and len(k.rest) > 1),
     Role.STATISTIC),
    ("the same of a name the text defines, derived on (Var[y] = x²/p - x² = x²(1 - p)/p for "
     "y = mx/p): a claim, never a function Var of y; unless the text also claimed another value "
     "for the name (h̃ = rh, then h̃ = rh/(1 - p)): which meaning holds is then unsure",
     lambda k: stated_statistic(k.head, k.value) and not any(
         isinstance(n, Sym) and n.name in k.state.contested for n in walk(k.head)), Role.CLAIM),
    ("a statistic whose argument's meaning is contested: known there only",
     lambda k: stated_statistic(k.head, k.value), Role.STATISTIC),
    ("the square of a new name (σ² = ...): defines the name, its root",
     lambda k: square_of_new(k), Role.DEFINITION),
    ("the square of a name defined by its square, given a value sharing no name with the old "
     "one (σ² = 1/n, then σ² = 2/(n_in + n_out)): a new meaning", square_redefined,
     Role.DEFINITION),
    (SQUARE_SUPPOSED, square_supposed, Role.DEFINITION),
    ("a number for the derivative of a name the text has not defined (∂L/∂Y = [...]): the "
     "worked example gives it (the upstream gradient), for the steps after it",
     given_value, Role.CONDITION),
    (NAMED_QUANTITY, named_quantity, Role.LABEL),
    ("a function nothing defines at arguments that are not all names, given a value free of "
     "them (L(w_0) = 0.5): what it is there, as a statistic's value",
     lambda k: unknown_at(k) and not defined(k), Role.STATISTIC),
    ("a number for a function the text never defines, at names (`H(Y) = 1`, `L(w) = 0.5`): "
     "its value there, as a statistic's, never a constant function (H(X) is not 1)",
     lambda k: at_names(k) and is_numeric(k.value), Role.STATISTIC),
    ("an entry of a function the text never defines (`LN(x)_i = γ_i(x_i - μ)/σ + β_i`, "
     "`f(z)_j = ...`): defines the function, entry by entry", entry_of_new_function,
     Role.DEFINITION),
    ("in a counterfactual sentence, a number for a derivative (\"without the 1/m you'd get "
     "$\\partial J/\\partial w = -25$\"): what another reading would give, considered",
     lambda k: isinstance(k.head, Deriv) and hypothetical(k.state, k.head, k.value, k.line),
     Role.CONDITION),
    (NUMBER_SUPPOSED,
     lambda k: k.supposed and is_numeric(k.value) and isinstance(k.head, Sym) and
     k.definition is not None and len(k.rest) == 1 and determined(k), Role.CONDITION),
    ("in a condition on what follows (\"$x = z$ 이면\", \"if $x = z$\", \"当 $x = z$ 时\"), "
     "two names the example gives values set equal: a case considered (the two inputs the "
     "same), never a new meaning of the first, which would outlive its sentence and hide the "
     "values the next case gives", lambda k: k.supposed and len(k.rest) == 1 and
     all(isinstance(n, Sym) and k.state.ctx.bound({n.name}, k.line) for n in (k.head, k.value)),
     Role.CONDITION),
    ("in a condition on what follows (\"if $x + y = 11$\", \"$x + y = 11$ 이면\", \"当 $a - b = 1$ "
     "时\"), an expression of names the example gives values, set to another value: a case "
     "considered (another constraint, another example), never a claim at the example's values",
     lambda k: k.supposed and len(k.rest) == 1 and not is_name(k.head) and
     supposes_other_values(k), Role.CONDITION),
    ("in a condition on what follows (\"for $T - k = 10$\", \"$t/T = 0.5$ 일 때\", \"当 $n - 1 = 3$ "
     "时\"), a number for an expression the example gives no value: a case supposed, never a "
     "claim (it holds at the values it supposes); only arithmetic of plain names (a function's "
     "value after \"For $z = (0, 0)$,\" is claimed there)", lambda k: k.supposed and
     not is_name(k.head) and len(k.rest) == 1 and is_numeric(k.value) and
     all(isinstance(n, _ARITHMETIC) for n in walk(k.head)) and not determined(k), Role.CONDITION),
    ("announced by the prose (\"let $x + 2y = 8$\", \"设 $a - b = 1$\", \"$x + 2y = 8$ 이라고 하자\"), "
     "arithmetic of plain names set to a number: a constraint supposed (another problem, "
     "another case), never a claim at the example's values", lambda k: k.announced and
     not is_name(k.head) and len(k.rest) == 1 and is_numeric(k.value) and
     any(isinstance(n, Sym) for n in walk(k.head)) and
     all(isinstance(n, _ARITHMETIC) for n in walk(k.head)), Role.CONDITION),
    (GIVEN_MEASURE, lambda k: len(k.rest) == 1 and is_numeric(k.value) and
     measure.given(k.head, k.line, k.state), Role.CONDITION),
    ("in a counterfactual sentence that changes none of the example's values, a number for a "
     "function the text defines, at numbers (\"if we put two in parallel, $R(50) = 1 - (1 - "
     "0.90)^2$\"): another system's value, considered, never the defined function's",
     lambda k: isinstance(k.head, Call) and hypothetical(k.state, k.head, k.value, k.line) and
     not k.opened, Role.CONDITION),
    (CURVE, lambda k: k.curve and len(k.rest) == 1, Role.CONDITION),
    (INTRODUCED, lambda k: not k.consequence and not k.continued and
     solved_for(k.head, k.value, k.state, k.line) is not None, Role.BINDING),
    ("an expression on the left: an identity", lambda k: not is_name(k.head), Role.CLAIM),
    ("in a counterfactual sentence that changes none of the example's values, a number for a "
     "name it defines (\"plain SGD would be at $w_3 = (1 - 0.2)^3$\"): what another method "
     "would give, considered, never the example's value; unless the sentence opens its case on "
     "it (\"With $m = 10$ instead, ...\": the value its steps are worked at)",
     lambda k: hypothetical(k.state, k.head, k.value, k.line) and not k.opened, Role.CONDITION),
    (_OTHER_MODEL, lambda k: other_model(k.state, k.head, k.value, k.line), Role.DEFINITION),
    ("the derivative of a function the text defines (g'(x) = ... after g(x) = ...): a claim "
     "about it, never a new meaning of g (a number for it is a case considered: f'(w) = 0)",
     lambda k: derivative_of(k.head) and k.definition is not None and
     not is_numeric(k.value), Role.CLAIM),
    ("the value at an argument of a name defined as a function's value (φ = Φ', then φ(x) = "
     "...): a claim about that function", lambda k: isinstance(k.head, Call) and
     not k.head.order and k.definition is not None and function_valued(k.definition.body),
     Role.CLAIM),
    ("the name, a variable, is a term of its new value: an update rule (v = μv + g)",
     lambda k: is_update(k.head, k.value) and (is_new(k) or is_numeric(k.definition.body)),
     Role.UPDATE),
    ("an exercise's template fixed the name: its answer cannot redefine it",
     lambda k: k.state.fixed(k.head, k.line), Role.CLAIM),
    ("arithmetic for a name defined above this section, whose definition's names this "
     "section's example all gives values: the definition worked out there, a claim",
     lambda k: len(k.rest) >= 1 and worked_out(k.head, k.value, k.line, k.state), Role.CLAIM),
    (PLAIN_BINDING,
     lambda k: is_numeric(k.value) and bindable(k.head, k.line, k.state), Role.BINDING),
    ("a number again for a name the text gave a number (w_1 = 2 - 0.001 = 1.999 under one "
     "method, then w_1 = 2 - 0.0012 = 1.9988 under another): its new value, as for a name "
     "without a definition (the new chain is checked on its own)",
     lambda k: is_numeric(k.value) and isinstance(k.head, Sym) and
     bool(k.state.ctx.bound({k.head.name}, k.line)), Role.BINDING),
    ("a number for a defined name, then in the same formula a number for a name its definition "
     "reaches (`δ = 1, r = 3` where |r| = δ): the values of a new case, each given: rebound",
     lambda k: rebound_alongside(k.state, k.head, k.value, k.line), Role.BINDING),
    ("a number for a defined name right after words that give a case (\"for a second point "
     "with $r = -0.4$\", \"at $x = 2$\", \"다른 점 $r = 1$ 에서\"): the value of a new case, "
     "rebound",
     lambda k: k.case and is_numeric(k.value) and isinstance(k.head, Sym) and len(k.rest) == 1,
     Role.BINDING),
    ("a number for a name defined from quantities without values, while a worked example "
     "is under way (its values bound in this section): the value the example computed "
     "(`ŷ ≈ 0.9242` where ŷ = A_1W_2 + b_2)",
     lambda k: is_numeric(k.value) and isinstance(k.head, Sym) and not determined(k) and
     k.state.ctx.example_under_way(k.line), Role.BINDING),
    ("a number for a name defined from quantities without values: a case considered "
     "(`z = 0` for z = wx + b)",
     lambda k: is_numeric(k.value) and not determined(k), Role.CONDITION),
    ("the name of a function the text defines, with another number of arguments (H(P), then "
     "H(P, Q) = -Σ P log Q): another function of that name, defined", other_arity,
     Role.DEFINITION),
    ("a new name on both sides: an equation to solve (`p = (1 - p)e^z`)",
     lambda k: is_new(k) and mentions(k.value, k.head), Role.CLAIM),
    ("shapes that do not conform: reported as a step",
     lambda k: is_new(k) and isinstance(k.expansion, ShapeMismatch), Role.CLAIM),
    ("a new name whose value cannot be read yet: defined as written",
     lambda k: is_new(k) and isinstance(k.expansion, Exception), Role.DEFINITION),
    ("the value, expanded, contains the name: an equation in it",
     lambda k: is_new(k) and expands_to_itself(k), Role.CLAIM),
    ("a name used freely so far (the label y, the loss L) given a meaning: defined from "
     "here on", lambda k: is_new(k) and k.state.used_freely(k.head), Role.DEFINITION),
    ("a new name: defined from here on", is_new, Role.DEFINITION),
    ("a penalty term added to (or removed from) the name's value: a new meaning",
     penalty_term, Role.DEFINITION),
    ("another function of the same argument (a = σ(z), then a = tanh(z)), or the old value "
     "put through a function (A = XW, then A = ReLU(XW)): a new meaning", another_function,
     Role.DEFINITION),
    (_ANOTHER_MEMBER, another_member, Role.DEFINITION),
    (_RENUMBERED, renumbered, Role.DEFINITION),
    ("a value sharing no name with the old one (σ_w² = 1/n, then σ_w² = 2/(n_in + n_out)), "
     "or the old one with its parameters as numbers (ŷ = w_0 + w_1x, then ŷ = 2/3 + x/2): a new "
     "meaning", unrelated, Role.DEFINITION),
    ("a value that writes a name the text has not read before (y = √x, then \"Rotating $y = "
     "\\sqrt{r^2 - x^2}$\", r new): a new curve, a new meaning", brings_new_name,
     Role.DEFINITION),
    (_RECURRENCE, lambda k: recurrence(k.head, k.value), Role.DEFINITION),
    (_ANNOUNCED, lambda k: k.announced, Role.DEFINITION),
    (_PIECE, lambda k: k.piece and contradicts(k), Role.DEFINITION),
    (_ALTERNATIVE, lambda k: k.listed and k.definition.line == k.line and  # type: ignore
     contradicts(k), Role.DEFINITION),
    (_CAPTIONED, lambda k: k.recaptioned and contradicts(k), Role.DEFINITION),
    (_CASES, lambda k: k.cases and k.definition.line == k.line and  # type: ignore[union-attr]
     contradicts(k), Role.DEFINITION),
    (_WORDED, lambda k: k.worded and isinstance(k.head, Sym) and not k.head.index and
     contradicts(k), Role.DEFINITION),
    ("numbers as a tuple for a name whose definition reads as one number (g = ∂L/∂y, then g = "
     "(1, 1, 2)): the example's vector, bound", vector_for_a_number, Role.BINDING),
    (_RESTATEMENT,
     lambda k: k.state.recent(k.definition.line, k.line),  # type: ignore[union-attr]
     Role.CLAIM),
    ("concluded from what precedes (\"So\", \"于是\", \"따라서\" opening the sentence before "
     "it): a "
     "restatement of the name's meaning, checked, even in another section", lambda k: k.concluded,
     Role.CLAIM),
    ("defined long ago or in another section: a new meaning", lambda k: True,
     Role.DEFINITION),
)


def classify(link: Link) -> Role:
    """The role of a chain's first `=`: the first rule that holds."""
    return next(role for _, test, role in HEAD_RULES if test(link))


def reason(link: Link) -> str:
    """Why classify() decided as it did (for tests and debugging)."""
    return next(why for why, test, _ in HEAD_RULES if test(link))


def guessed_meaning(link: Link) -> bool:
    """A defined name given another value in a later section or far below, decided by the
    table's catch-all: a new meaning, or the old one restated (perhaps wrongly)? A guess."""
    return link.definition is not None and contradicts(link) and (
        reason(link) in (HEAD_RULES[-1][0], _ANNOUNCED, _PIECE, _ALTERNATIVE, _CAPTIONED,
                         _CASES, _OTHER_MODEL, _ANOTHER_MEMBER,
                         _RENUMBERED) or
        reason(link) == _RECURRENCE and link.definition.line == link.line)


def contested(link: Link) -> bool:
    """A name defined nearby written again with a value that contradicts it (a table row for
    another layer: o = ⌊(i + 2p - k)/s⌋ + 1, then o = (i - 1)s - 2p + k): checked as a
    restatement, but later steps cannot tell which value the writer means."""
    return link.definition is not None and not is_numeric(link.value) and \
        reason(link) == _RESTATEMENT and contradicts(link)
