"""The notation of ML-course math as data: one row per notion, every way it is written.

Each row has a kind (what the reader does with it), its spellings (LaTeX commands with their
backslash, bare words, Unicode characters), its meaning (a SymPy function, a canonical
relation or operator symbol, a constant) and how reports display it. The lexer, the parser,
the lowering to SymPy and the renderer derive what they need from this one table: adding a
notation is adding a row (and a test row in `tests/derive/test_notation.py`). The prose cues
beside formulas ("if", "let", "many wrote") are rows of the same shape in `phrase`.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

import sympy as sp

from checker.derive.elementary import Parity, Round, normal_cdf, relu, sigmoid
from checker.derive.imaginary import Conjugate, ImaginaryPart, RealPart


class Kind(Enum):
    LETTER = "letter"  # a Greek (or other named) letter: a name; a function too when the row
    # gives one (σ)
    FUNCTION = "function"  # log, tanh, sigmoid: applied to what follows
    NAME = "name"  # a word that is one name however short (`err`, `MSE`), not a product
    CONSTANT = "constant"  # π, ∞, and e where the text does not name something e
    RELATION = "relation"  # =, ≈, ⇒ ...: between the members of a statement
    OPERATOR = "operator"  # ·, ⊙, ∂ ...
    ACCENT = "accent"  # \hat{y}: part of the name
    FONT = "font"  # \mathbf{x}: only the look of its content
    TEXT = "text"  # \text{...}: a word, or prose
    CONDITION = "condition"  # prose words that start a condition: `if`, `for`, `when`
    SPACING = "spacing"  # \left, \big, \,: read as nothing
    SEPARATOR = "separator"  # \quad: between statements
    ELLIPSIS = "ellipsis"  # \dots: an elided pattern
    LAYOUT = "layout"  # \frac, \sqrt, \sum, \begin: structure the parser reads
    BRACKET = "bracket"  # ⌊ ⌋ ⌈ ⌉: brackets that apply a function
    ANNOTATION = "annotation"  # \tag{..}, \label{..}: dropped with their group
    REFUSED = "refused"  # \int, \emptyset: never read as something else; named when refused
    CUE = "cue"  # prose beside a formula that makes it a condition: "if", "when", "이면", "时"
    LABEL = "label"  # a word written as a subscript (`n_{in}`, `W_{hh}`): which one, not indices


@dataclass(frozen=True)
class Row:
    name: str  # the canonical name trees and tokens carry ("approx" reads as "≈": meaning)
    kind: Kind
    spellings: tuple[str, ...]  # `\alpha`, `alpha`, `α`
    meaning: object = None  # a SymPy callable, a canonical symbol, a constant's value
    display: str = ""  # how reports show it; the name when empty
    arguments: int = 1  # how many arguments a function takes; 0: any number (max, min)

    @property
    def shown(self) -> str:
        return self.display or self.name


def _letter(name: str, char: str, *typed: str, meaning: object = None) -> Row:
    """A letter written as a command (`\\alpha`) or typed (`α`, and look-alikes)."""
    return Row(name, Kind.LETTER, ("\\" + name, *typed), meaning, char)


def _function(name: str, meaning: object = None, display: str = "", arguments: int = 1,
              command: bool = True, also: tuple[str, ...] = ()) -> Row:
    """A function word: written bare (`log x`) or as a command (`\\log x`), and as `also`
    says (`Sigmoid`, `ReLU`: how people capitalise it)."""
    spellings = (name, "\\" + name) if command else (name,)
    return Row(name, Kind.FUNCTION, spellings + also, meaning, display, arguments)


def _commands(kind: Kind, names: str, meaning: object = None) -> tuple[Row, ...]:
    return tuple(Row(n, kind, ("\\" + n,), meaning) for n in names.split())


def _relation(name: str, symbol: str, *spellings: str) -> Row:
    return Row(name, Kind.RELATION, spellings or ("\\" + name,), symbol, symbol)


def _operator(name: str, symbol: str, *spellings: str) -> Row:
    return Row(name, Kind.OPERATOR, spellings or ("\\" + name,), symbol, symbol)


ROWS: tuple[Row, ...] = (
    # letters; σ applied to an argument is the sigmoid unless the text defines it
    *(_letter(n, c, *typed) for n, c, *typed in (
        ("alpha", "α", "α"), ("beta", "β", "β"), ("gamma", "γ", "γ"), ("delta", "δ", "δ"),
        ("epsilon", "ε", "ε", "ϵ"), ("varepsilon", "ε"), ("zeta", "ζ", "ζ"), ("eta", "η", "η"),
        ("theta", "θ", "θ", "ϑ"), ("vartheta", "θ"), ("iota", "ι", "ι"), ("kappa", "κ", "κ"),
        ("lambda", "λ", "λ"), ("mu", "μ", "μ", "µ"), ("nu", "ν", "ν"), ("xi", "ξ", "ξ"),
        ("rho", "ρ", "ρ"), ("tau", "τ", "τ"), ("upsilon", "υ", "υ"), ("phi", "φ", "φ", "ϕ"),
        ("varphi", "φ"), ("chi", "χ", "χ"), ("psi", "ψ", "ψ"), ("omega", "ω", "ω"),
        ("Gamma", "Γ", "Γ"), ("Delta", "Δ", "Δ"), ("Theta", "Θ", "Θ"), ("Lambda", "Λ", "Λ"),
        ("Xi", "Ξ", "Ξ"), ("Pi", "Π", "Π"), ("Sigma", "Σ"), ("Psi", "Ψ", "Ψ"),
        ("Omega", "Ω", "Ω"), ("ell", "ℓ", "ℓ"))),
    _letter("sigma", "σ", "σ", meaning=sigmoid),
    # Φ applied to an argument is the standard normal CDF unless the text defines it (GELU(x) =
    # xΦ(x)); Φ alone (a design matrix Φᵀ Φ) is a name
    _letter("Phi", "Φ", "Φ", meaning=normal_cdf),
    # functions: written as words, with or without a backslash
    _function("log", sp.log), _function("ln", sp.log), _function("exp", sp.exp),
    _function("sin", sp.sin), _function("cos", sp.cos), _function("tan", sp.tan),
    _function("tanh", sp.tanh, also=("Tanh",)), _function("sinh", sp.sinh),
    _function("cosh", sp.cosh), _function("coth", sp.coth),
    # written `\operatorname{sech}^2 u`, `\text{sech}`: words without a LaTeX command
    _function("sech", sp.sech, command=False), _function("csch", sp.csch, command=False),
    _function("arctan", sp.atan), _function("arcsin", sp.asin), _function("arccos", sp.acos),
    _function("erf", sp.erf, command=False),
    _function("sign", sp.sign), _function("sgn", sp.sign),
    _function("sqrt", sp.sqrt, command=False),
    _function("factorial", sp.factorial, command=False),
    Row("inner", Kind.FUNCTION, ("inner",), lambda a, b: a * b, arguments=2),  # ⟨a, b⟩  # y! (written after its argument)  # `\sqrt` is layout: it may have a degree
    _function("abs", sp.Abs), _function("sigmoid", sigmoid, "σ", also=("Sigmoid",)),
    _function("logit", lambda p: sp.log(p / (1 - p))),
    _function("relu", relu, also=("Relu", "RELU")), _function("ReLU", relu),
    _function("max", sp.Max, arguments=0), _function("min", sp.Min, arguments=0),
    _function("softmax", also=("Softmax",)),  # a word, with no meaning of its own yet
    _function("det"),  # of a whole matrix (quantity.MATRIX_FUNCTIONS), never entry by entry
    Row("floor", Kind.FUNCTION, ("floor",), sp.floor), Row("ceil", Kind.FUNCTION, ("ceil",),
                                                           sp.ceiling),
    _function("round", Round, command=False, also=("Round", "rint")),  # quantisation
    Row("xor", Kind.FUNCTION, ("xor",), Parity, arguments=0),  # bits: 1 \oplus 0 (glyph)
    # words that are one name, not a product of letters
    *(Row(n, Kind.NAME, (n,)) for n in ("err", "Err", "cost", "Cost", "loss", "Loss", "grad", "stride",
                                        "OR", "SE", "MSE")),
    # short words that, written as a subscript or superscript, name which one (`n_{in}`, the
    # fan-in; `W_{hh}`, hidden to hidden) and are never read as index letters (n at i, n)
    Row("label", Kind.LABEL, ("in", "out", "hid", "avg", "run", "num", "ana", "new", "old",
                              "reg", "tot", "eff", "val", "emb", "seq", "enc", "dec", "obs",
                              "ref", "std", "ff", "hh", "xh", "hx", "hy", "ih")),
    # constants
    Row("pi", Kind.CONSTANT, ("\\pi", "π"), sp.pi, "π"),
    Row("infty", Kind.CONSTANT, ("\\infty", "∞"), sp.oo, "∞"),
    Row("e", Kind.CONSTANT, (), sp.E, "e"),  # the letter e, read in context by the parser
    Row("ones", Kind.CONSTANT, (), sp.S.One, "𝟏"),
    Row("i", Kind.CONSTANT, (), sp.I, "i"),  # the letter i where the text is about complex numbers
    # Re, Im, the conjugate: read so only in a text about complex numbers (imaginary.py)
    Row("Re", Kind.FUNCTION, ("\\Re",), RealPart, "Re"),
    Row("Im", Kind.FUNCTION, ("\\Im",), ImaginaryPart, "Im"),
    Row("conjugate", Kind.FUNCTION, ("\\conjugate",), Conjugate, "conj"),  # a bold 1 (lexer): the vector of ones
    # relations
    _relation("eq", "=", "="), _relation("lt", "<", "<"), _relation("gt", ">", ">"),
    _relation("defined", ":=", ":=", "\\triangleq", "≜", "\\coloneqq", "≔"),  # defines
    _relation("implies", "⇒", "=>", "\\Rightarrow", "\\Longrightarrow", "\\implies", "⇒",
              "⟹"),
    _relation("approx", "≈", "\\approx", "\\simeq", "≈", "≃"),
    _relation("ne", "≠", "\\ne", "\\neq", "≠"), _relation("le", "≤", "\\le", "\\leq", "≤", "⩽"),
    _relation("ge", "≥", "\\ge", "\\geq", "≥", "⩾"),
    _relation("to", "→", "\\rightarrow", "\\to", "\\longrightarrow", "→", "⟶"),
    _relation("gets", "←", "\\leftarrow", "\\gets", "←", "⟵"),
    _relation("impliedby", "⇐", "\\Leftarrow", "⇐"),
    _relation("iff", "⇔", "\\iff", "\\Leftrightarrow", "\\Longleftrightarrow", "⇔", "⟺"),
    _relation("in", "∈", "\\in", "∈"), _relation("equiv", "≡", "\\equiv", "≡"),
    _relation("propto", "∝", "\\propto", "∝"),  # proportional to: equal up to a constant factor
    # operators
    _operator("cdot", "*", "\\cdot", "·", "⋅", "∙"), _operator("times", "*", "\\times", "×"),
    _operator("ast", "*", "\\ast", "∗"), _operator("minus", "-", "−", "–"),
    _operator("odot", "⊙", "\\odot", "⊙"), _operator("circ", "⊙", "\\circ", "∘"),
    _operator("div", "/", "\\div", "÷"), _operator("pm", "±", "\\pm", "±"), _operator("mp", "∓", "\\mp", "∓"),
    _operator("top", "T", "\\top", "\\intercal"),
    _operator("partial", "∂", "\\partial", "∂"), _operator("nabla", "∇", "\\nabla", "∇"),
    _operator("Vert", "‖", "\\|", "\\Vert", "\\lVert", "\\rVert", "‖"),
    _operator("vert", "|", "\\vert", "\\lvert", "\\rvert"),
    _operator("mid", "∣", "\\mid", "∣"),  # p(y \mid x): between a function's arguments
    _operator("parallel", "∥", "\\parallel", "∥"),  # D_{KL}(p \parallel q): between them too
    _operator("neg", "¬", "\\neg", "\\lnot", "¬"),  # P(\neg D): an event's complement (call.event)
    _operator("prime", "'", "′", "\\prime"),
    # z \sim q: "distributed as", read only in an expectation's subscript (E_{z \sim q}[...])
    _operator("sim", "∼", "\\sim", "∼"),
    *(Row(n, Kind.BRACKET, ("\\" + n, c), c) for n, c in (
        ("lfloor", "⌊"), ("rfloor", "⌋"), ("lceil", "⌈"), ("rceil", "⌉"),
        ("langle", "⟨"), ("rangle", "⟩"))),  # ⟨g, y⟩: the inner product
    # accents (part of a name), fonts (only a look), text (a word or prose)
    # accents: shown as a combining mark over the letter (ŷ, x̄, L̃, ẋ, v⃗)
    Row("hat", Kind.ACCENT, ("\\hat", "\\widehat"), "hat", "\u0302"),
    Row("bar", Kind.ACCENT, ("\\bar", "\\overline"), "bar", "\u0304"),
    Row("tilde", Kind.ACCENT, ("\\tilde", "\\widetilde"), "tilde", "\u0303"),
    Row("vec", Kind.ACCENT, ("\\vec", "\\overrightarrow"), "vec", "\u20d7"),
    Row("dot", Kind.ACCENT, ("\\dot",), "dot", "\u0307"),
    Row("ddot", Kind.ACCENT, ("\\ddot",), "ddot", "\u0308"),  # ẍ: the second derivative in time
    *_commands(Kind.FONT, "mathbf boldsymbol bm mathit mathrm mathsf mathbb mathcal pmb "
               "boxed cancel bcancel xcancel"),  # \cancel{2}: the term, marked as cancelling
    *_commands(Kind.TEXT, "text textbf textit textrm mbox operatorname texttt"),
    *(Row(n, Kind.CONDITION, (n,)) for n in ("if", "for", "when", "where", "otherwise", "s.t.",
                                             "such", "and")),
    # layout the reader skips or reads as structure
    *_commands(Kind.SPACING, "left right big Big bigg Bigg bigl bigr Bigl Bigr biggl biggr "
               "displaystyle limits nolimits nonumber notag textstyle middle enspace "
               "thinspace medspace thickspace negthinspace"),
    *(Row(n, Kind.SPACING, ("\\" + n,)) for n in (",", ";", ":", "!", " ")),
    # the end-of-proof marks: nothing to read
    *_commands(Kind.SPACING, "square blacksquare qed Box"),
    *_commands(Kind.SEPARATOR, "quad qquad"),
    # `A \\therefore B`: B is a statement of its own (not `= ...` continuing A)
    Row("therefore", Kind.SEPARATOR, ("\\therefore", "∴")),
    # ✓ / ✗ beside a statement mark it right or wrong (stance.py): they end the statement
    Row("mark", Kind.SEPARATOR, ("✓", "✔", "✅", "✗", "✘", "❌", "\\checkmark", "\\xmark")),
    Row("variation", Kind.SPACING, ("\ufe0f",)),  # ✔️: the emoji form of the mark
    Row("because", Kind.SEPARATOR, ("\\because", "∵")),
    *(Row(n, Kind.ELLIPSIS, ("\\" + n, c)) for n, c in (
        ("dots", "…"), ("cdots", "⋯"), ("ldots", "‥"), ("vdots", "⋮"), ("ddots", "⋱"))),
    Row("frac", Kind.LAYOUT, ("\\frac", "\\dfrac", "\\tfrac", "\\cfrac")),
    Row("sqrt", Kind.LAYOUT, ("\\sqrt", "√")), Row("sum", Kind.LAYOUT, ("\\sum", "∑")),
    Row("prod", Kind.LAYOUT, ("\\prod", "∏")),
    Row("lim", Kind.LAYOUT, ("\\lim",)),  # \lim_{x \to 0}: approach.py
    # \binom{n}{k}: the binomial coefficient, read as the call binomial(n, k)
    Row("binom", Kind.LAYOUT, ("\\binom", "\\dbinom", "\\tbinom")),
    Row("binomial", Kind.FUNCTION, ("binomial",), lambda n, k: sp.expand_func(
        sp.binomial(n, k)) if getattr(k, "is_Integer", False) else sp.binomial(n, k),
        arguments=2),
    *_commands(Kind.LAYOUT, "begin end"),
    *_commands(Kind.ANNOTATION, "tag label hspace vspace phantom color"),  # \color{red}
    Row("textcolor", Kind.ANNOTATION, ("\\textcolor",)),  # \textcolor{red}{x}: the colour only
    *(Row(n, Kind.REFUSED, ("\\" + n, c)) for n, c in (
        ("emptyset", "∅"), ("varnothing", "⌀"), ("int", "∫"), ("iint", "∬"), ("oint", "∮"),
        ("forall", "∀"), ("exists", "∃"))),
    Row("arg", Kind.REFUSED, ("\\arg",)),
    Row("celsius", Kind.REFUSED, ("\\celsius",)),  # glyph.py: °C beside K in one formula  # \arg\max_k p_k: where the maximum is, not a value
)

BY_SPELLING: dict[str, Row] = {s: row for row in ROWS for s in row.spellings
                                if row.kind is not Kind.LABEL}  # labels only what a script says
BY_NAME: dict[str, Row] = {row.name: row for row in ROWS}


def row(spelling: str) -> Row | None:
    """The row a spelling (`\\alpha`, `log`, `α`) belongs to."""
    return BY_SPELLING.get(spelling)


def of_kind(*kinds: Kind) -> frozenset[str]:
    return frozenset(r.name for r in ROWS if r.kind in kinds)


def _bare_words(*kinds: Kind) -> frozenset[str]:
    return frozenset(s for r in ROWS if r.kind in kinds for s in r.spellings
                     if s.isalpha())


def _applied(spelling: str) -> Row | None:
    found = BY_SPELLING.get(spelling) or BY_SPELLING.get("\\" + spelling)
    if found is not None and callable(found.meaning) and \
            found.kind in {Kind.FUNCTION, Kind.LETTER}:
        return found
    return None


# what each stage needs, derived from the rows
FUNCTION_WORDS = _bare_words(Kind.FUNCTION)  # letter runs read as one function word
NAME_WORDS = _bare_words(Kind.NAME)  # letter runs read as one name, however short
LABEL_WORDS = _bare_words(Kind.LABEL)  # letter runs that, as a whole script, are one label
CONDITION_WORDS = frozenset(s for r in ROWS if r.kind is Kind.CONDITION for s in r.spellings)
# bare words that only appear when a command lost its backslash (`hat y`, `frac12`): read as
# letters they would be a wrong product, so they are words the parser refuses
STRAY_WORDS = frozenset(s[1:] for r in ROWS if r.kind in {
    Kind.LAYOUT, Kind.ACCENT, Kind.FONT, Kind.TEXT, Kind.SPACING, Kind.SEPARATOR,
    Kind.ANNOTATION, Kind.OPERATOR} for s in r.spellings
    if s.startswith("\\") and s[1:].isalpha() and len(s) > 3)
# statistics written as functions (`\mathrm{Var}(X)`): their identities need assumptions
STATISTICS = frozenset({"Var", "var", "Cov", "cov", "Std", "std", "E", "Pr"})


def statistic(name: str) -> str | None:
    """The statistic a function's name stands for: `Var`, `E`, and `E_{q}`, an expectation
    under what its subscript names (`E_q[X]`, `\\mathbb{E}_{z \\sim q}[f(z)]`, named so by
    call.expectation): never a function the text defines."""
    if name in STATISTICS:
        return name
    return "E" if name.startswith("E_{") and name.endswith("}") else None
# the functions a Call may apply without the text defining them, by the name as written
FUNCTIONS: dict[str, Row] = {
    name: found for name in {s.lstrip("\\") for r in ROWS for s in r.spellings}
    if (found := _applied(name)) is not None}


def apply(name: str, args: list) -> sp.Expr | None:
    """A known function applied (`log`, `σ`, `max`), or None: not one, or not that many args."""
    found = FUNCTIONS.get(name)
    if found is None or (found.arguments and found.arguments != len(args)):
        return None
    return found.meaning(*args)  # type: ignore[operator]


# functions named by words the numerical libraries use (`\operatorname{softplus}(x)`,
# `\mathrm{log1p}(x)`), read as a known function only where the text never defines the word:
# a text may define its own (PyTorch's softplus with a sharpness β) and that definition is no
# claim about this one
WORDS: dict[str, object] = {
    "softplus": lambda x: sp.log(1 + sp.exp(x)),
    "log1p": lambda x: sp.log(1 + x),
}


# Hangul (jamo and syllables) and CJK ideographs, as a character class body: a word of the text's
# language (`오차`, `损失`), never a letter of math
HANGUL_CJK = "\u3131-\u318e\uac00-\ud7a3\u4e00-\u9fff"
GREEK_DISPLAY = {r.name: r.shown for r in ROWS if r.kind is Kind.LETTER}


def display(name: str) -> str:
    """How a name the table knows is shown (`alpha` → α, `sigmoid` → σ); others as given."""
    found = BY_NAME.get(name)
    if found is None and "_" in name[1:]:  # μ_*, α_+, v_∞: a letter with its mark (a name)
        head, mark = name.split("_", 1)
        return f"{display(head)}_{mark}" if head in BY_NAME else name
    if found is None or found.kind not in {Kind.LETTER, Kind.FUNCTION, Kind.CONSTANT}:
        return name
    return found.shown
