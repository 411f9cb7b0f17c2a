"""The notation of ML-course math as data: one row per notion, every way it is written.

Each row has a kind (what the reader does with it), its spellings (LaTeX commands with their
backslash, bare words, Unicode characters), its meaning (a SymPy function, a canonical
relation or operator symbol, a constant) and how reports display it. The lexer, the parser,
the lowering to SymPy and the renderer derive what they need from this one table: adding a
notation is adding a row (and a test row in `tests/derive/test_notation.py`).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

import sympy as sp


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


def _sigmoid(x: sp.Expr) -> sp.Expr:
    return 1 / (1 + sp.exp(-x))


def _relu(x: sp.Expr) -> sp.Expr:
    return sp.Max(0, x)


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
        ("Xi", "Ξ", "Ξ"), ("Pi", "Π", "Π"), ("Sigma", "Σ"), ("Phi", "Φ", "Φ"), ("Psi", "Ψ", "Ψ"),
        ("Omega", "Ω", "Ω"), ("ell", "ℓ", "ℓ"))),
    _letter("sigma", "σ", "σ", meaning=_sigmoid),
    # functions: written as words, with or without a backslash
    _function("log", sp.log), _function("ln", sp.log), _function("exp", sp.exp),
    _function("sin", sp.sin), _function("cos", sp.cos), _function("tan", sp.tan),
    _function("tanh", sp.tanh, also=("Tanh",)), _function("sinh", sp.sinh),
    _function("cosh", sp.cosh), _function("coth", sp.coth),
    # written `\operatorname{sech}^2 u`, `\text{sech}`: words without a LaTeX command
    _function("sech", sp.sech, command=False), _function("csch", sp.csch, command=False),
    _function("arctan", sp.atan), _function("erf", sp.erf, command=False),
    _function("sign", sp.sign), _function("sgn", sp.sign),
    _function("sqrt", sp.sqrt, command=False),
    _function("factorial", sp.factorial, command=False),
    Row("inner", Kind.FUNCTION, ("inner",), lambda a, b: a * b, arguments=2),  # ⟨a, b⟩  # y! (written after its argument)  # `\sqrt` is layout: it may have a degree
    _function("abs", sp.Abs), _function("sigmoid", _sigmoid, "σ", also=("Sigmoid",)),
    _function("logit", lambda p: sp.log(p / (1 - p))),
    _function("relu", _relu, also=("Relu", "RELU")), _function("ReLU", _relu),
    _function("max", sp.Max, arguments=0), _function("min", sp.Min, arguments=0),
    _function("softmax", also=("Softmax",)),  # a word, with no meaning of its own yet
    _function("det"),  # of a whole matrix (quantity.MATRIX_FUNCTIONS), never entry by entry
    Row("floor", Kind.FUNCTION, ("floor",), sp.floor), Row("ceil", Kind.FUNCTION, ("ceil",),
                                                           sp.ceiling),
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
    # operators
    _operator("cdot", "*", "\\cdot", "·", "⋅", "∙"), _operator("times", "*", "\\times", "×"),
    _operator("ast", "*", "\\ast", "∗"), _operator("minus", "-", "−", "–"),
    _operator("odot", "⊙", "\\odot", "⊙"), _operator("circ", "⊙", "\\circ", "∘"),
    _operator("div", "/", "\\div", "÷"), _operator("pm", "±", "\\pm", "±"),
    _operator("top", "T", "\\top", "\\intercal"),
    _operator("partial", "∂", "\\partial", "∂"), _operator("nabla", "∇", "\\nabla", "∇"),
    _operator("Vert", "‖", "\\|", "\\Vert", "\\lVert", "\\rVert", "‖"),
    _operator("vert", "|", "\\vert", "\\lvert", "\\rvert"),
    _operator("mid", "∣", "\\mid", "∣"),  # p(y \mid x): between a function's arguments
    _operator("parallel", "∥", "\\parallel", "∥"),  # D_{KL}(p \parallel q): between them too
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
    Row("vec", Kind.ACCENT, ("\\vec",), "vec", "\u20d7"),
    Row("dot", Kind.ACCENT, ("\\dot",), "dot", "\u0307"),
    *_commands(Kind.FONT, "mathbf boldsymbol bm mathit mathrm mathsf mathbb mathcal pmb "
               "boxed cancel bcancel xcancel"),  # \cancel{2}: the term, marked as cancelling
    *_commands(Kind.TEXT, "text textbf textit textrm mbox operatorname texttt"),
    *(Row(n, Kind.CONDITION, (n,)) for n in ("if", "for", "when", "where", "otherwise", "s.t.",
                                             "such", "and")),
    # prose cues: a formula right after "if"/"when" (or before "이면", "일 때", "时") is a
    # condition, on the statement before it in its sentence, or on what follows
    Row("if", Kind.CUE, ("if", "when", "whenever", "unless", "only if", "provided", "provided that",
                         "as long as", "for", "若", "如果", "当", "假设", "만약"), "before"),
    Row("이면", Kind.CUE, ("이면", "이라면", "라면", "면", "일 때", "일때", "인 경우", "일 경우",
                         "인 경우에", "时", "的时候", "时,"), "after"),
    # prose words after which a formula starting with `=` goes on with the formula before it
    # (after any other word, "mean $= 0.325$", it goes on with the prose's quantity)
    Row("so", Kind.CUE, ("so", "thus", "hence", "therefore", "then", "and", "which is", "i.e.",
                         "即", "所以", "则", "즉", "따라서", "그러면", "이므로", "이고", "이며"),
        "continues"),
    # prose right before a requirement ("same padding needs $O = N$", "we want $\mathrm{Var}(z)
    # = \sigma^2$", "令二者相等："): only when it ends right before the formula, never as words of
    # the sentence ("we want to show that", "matching coefficients")
    Row("needs", Kind.CUE, ("needs", "need", "requires", "require", "impose", "vanishes where", "vanishes when",
                            "vanishes at", "is zero where", "is zero when", "want", "we'd like",
                            "we would like", "matching", "equate", "要求", "需要", "希望",
                            "되려면", "같으려면", "성립하려면", "만족하려면", "유지하려면",
                            "0 으로", "0으로", "영으로"),  # "편미분을 0 으로:"
        "requirement"),  # ("려면" after a verb of holding only: not "경사를 구하려면")
    # ("set", "令" also introduce definitions: an equation to solve only when set to zero)
    Row("set", Kind.CUE, ("set", "令", "设", "놓으면"), "set to zero"),  # ("setting": below)
    # prose that announces a definition ("let $h' = h$", "令 $h' = h$", "$h' = h$로 두면"): the
    # name takes this value from here on, even right after another definition of it
    # (and "set", "令", "设" above, unless the value is 0: an equation to solve)
    Row("let", Kind.CUE, ("let", "define", "redefine", "denote", "write", "put", "we write", "记",
                          "取"),
        "defines"),
    Row("두면", Kind.CUE, ("로 두면", "으로 두면", "로 놓으면", "으로 놓으면", "라 하자", "이라 하자",
                         "라고 하자", "이라고 하자", "로 정의하면", "으로 정의하면"), "defines after"),
    Row("we get", Kind.CUE, ("that is", "we get", "gives", "giving", "得", "得到", "에서"),
        "solved"),
    # prose that names a region ("for negative inputs", "음수 구간에서는"): a step beside it that
    # holds on one piece of a piecewise function only is about that piece
    Row("region", Kind.CUE, ("negative", "positive", "region", "interval", "piece", "branch",
                             "for x", "when x", "otherwise", "> 0", "< 0", "≥ 0", "≤ 0",
                             "음수", "양수", "구간", "负", "正", "区间", "分段"), "region"),
    # words that make a line prose, not a formula written without dollars ("Cost = 0 if y = 1")
    # (and the shape cues below: "is", "be", "shape", ...)
    Row("prose", Kind.CUE, ("or", "of", "to", "in", "at", "the", "on",
                            "as", "by", "we", "it", "an", "not", "with"), "prose"),
    # prose right before a formula that makes it an equation to solve, not an identity
    Row("equation", Kind.CUE, ("setting", "set to zero", "set it to zero", "equal to zero",
                               "equating", "normal equation", "normal equations", "solve",
                               "solving", "solution satisfies", "minimizer satisfies",
                               "minimiser satisfies", "optimum satisfies", "minimum satisfies",
                               "asks for", "令二者相等", "令两者相等", "使二者相等", "使两者相等",
                               "等于零", "等于 0", "为 0", "为0", "0으로 두", "0으로 놓",
                               "0이 되는", "방정식",
                               # set to zero, in other words ("편미분을 0 으로:", "令导数为零")
                               "0 으로 두", "0 으로 놓", "为零",
                               "置零", "置为零", "设为0", "设为 0", "一阶条件", "驻点",
                               "first-order condition", "first-order conditions",
                               "first order condition", "first order conditions",
                               "stationary point", "stationary points", "critical point",
                               "vanishes", "vanish", "일계 조건", "1계 조건",
                               "정류점", "임계점"), "equation"),
    # prose right after an equation that solves it ("$\nabla_\theta J = 0$ 을 풀면", "解得")
    Row("solve after", Kind.CUE, ("을 풀면", "를 풀면", "을 풀어", "를 풀어", "을 풀자", "를 풀자",
                                  "을 만족하는", "를 만족하는", "을 만족시키는", "를 만족시키는",
                                  "解得", "求解", "的解", "可解得"), "equation after"),
    # prose right below a display formula that says what its names are ("where $a_i = ...$"):
    # those definitions are read before it (clause.py)
    Row("where", Kind.CUE, ("where", "here", "in which", "여기서", "其中", "这里", "式中"),
        "defines the formula above"),
    # prose that says a label is one-hot (its entries sum to 1), and that gives a shape
    Row("one-hot", Kind.CUE, ("one-hot", "one hot", "onehot", "원-핫", "원핫", "独热"), "one-hot"),
    # prose after a family that says its entries sum to 1 ("since the $q_j$ sum to one")
    Row("sums to one", Kind.CUE, ("sum to one", "sum to 1", "sums to one", "sums to 1",
                                  "add up to one", "add up to 1", "adds up to one",
                                  "adds up to 1", "summing to one", "summing to 1",
                                  "합은 1", "합이 1", "합은 1이", "和为1", "和为 1", "之和为1",
                                  "之和为 1"), "sums to one"),
    # ("$X$ is $(m, n)$", "`x`: input of shape $(N, D)$", "$X$의 크기는 $(m, n)$": declared.py)
    Row("shape", Kind.CUE, ("is", "are", "be", "is now", "has shape", "of shape", "is of shape",
                            "shape", "shaped", "has size", "of size", "size", "dimension",
                            "dimensions", "has dimensions", ":", "의 크기는", "의 크기도",
                            "의 크기가", "의 크기", "크기는", "크기", "의 모양은", "의 형태는", "의 차원은",
                            "의 shape은", "는", "은", "的维度为", "的维度是", "的形状为",
                            "的形状是", "的大小为", "维度为", "形状为", "为", "是", "："), "shape"),
    # what the writer does with a formula (stance.py): quotes it as wrong, before it ("Many
    # wrote $...$", "흔한 오답: $...$", "常见错误：$...$"), right before it ("..., not $...$",
    # "instead of $...$", "而不是 $...$"), or right after it ("$...$ is wrong", "$...$ 는
    # 틀렸습니다", "$...$ 是错的"); asks it ("whether $...$", "$...$ 맞나요?"); states it for a
    # limit ("for large $x$", "$x$ 가 클 때", "当 $x$ 很大时", with `\approx`)
    Row("many wrote", Kind.CUE, ("many wrote", "many students wrote", "students wrote", "some wrote",
                                 "students often write", "people often write", "often written as",
                                 "common mistake", "common mistakes", "common error",
                                 "common errors", "common slip", "common pitfall",
                                 "common wrong answer", "wrong answer", "common deduction",
                                 "typical mistake", "typical error", "a mistake is",
                                 "mistake:", "wrong:", "incorrect:", "wrongly", "incorrectly",
                                 "mistakenly", "erroneously", "never write", "do not write",
                                 "don't write", "흔한 실수", "흔한 오답", "자주 하는 실수",
                                 "자주 틀리는", "오답", "틀린 답", "틀린 식", "잘못된 식",
                                 "잘못된 답", "잘못 쓴", "잘못 적은", "잘못 계산",
                                 "常见错误", "常见的错误", "错误写法", "错误的写法", "错误的",
                                 "错误：", "错误:", "误写", "写错"), "quotes as wrong"),
    Row("not", Kind.CUE, (", not", "and not", "but not", "is not", "instead of", "rather than", "而不是",
                          "不是", "并非"), "quotes as wrong right before"),
    Row("✗", Kind.CUE, ("✗", "✘", "❌"), "marked wrong"),  # right before or after it
    Row("is wrong", Kind.CUE, ("is wrong", "are wrong", "was wrong", "is incorrect", "was incorrect",
                               "is not right", "is not correct", "isn't right", "isn't correct",
                               "is not true", "is false", "is a mistake", "is a common mistake",
                               "is an error", "does not hold", "doesn't hold", "(wrong)",
                               "(incorrect)", "— wrong", "- wrong", "틀렸",
                               "틀립니다", "틀린", "틀림", "는 잘못", "은 잘못", "잘못된",
                               "잘못되었", "가 아니라", "이 아니라", "가 아닙니다",
                               "이 아닙니다", "가 아니다", "이 아니다", "성립하지 않", "是错的",
                               "是错误的", "错了", "不对", "不正确", "有误", "不成立", "是不对的"),
        "called wrong"),
    Row("whether", Kind.CUE, ("whether", "is it true that", "是否", "맞나요", "맞는지", "맞습니까",
                              "맞을까요", "对吗", "对不对"), "asks"),
    Row("for large", Kind.CUE, ("for large", "for very large", "for sufficiently large",
                                "for small", "for very small", "for sufficiently small",
                                "when large", "as large", "in the limit", "asymptotically",
                                "large positive", "large negative", "very large", "very small",
                                "클 때", "작을 때", "크면", "작으면", "커지면", "작아지면",
                                "커질 때", "작아질 때", "극한", "很大", "很小", "足够大", "足够小",
                                "充分大", "趋于", "趋近", "极限"), "limit"),
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
    *_commands(Kind.LAYOUT, "begin end"),
    *_commands(Kind.ANNOTATION, "tag label hspace vspace phantom color"),  # \color{red}
    Row("textcolor", Kind.ANNOTATION, ("\\textcolor",)),  # \textcolor{red}{x}: the colour only
    *(Row(n, Kind.REFUSED, ("\\" + n, c)) for n, c in (
        ("emptyset", "∅"), ("varnothing", "⌀"), ("int", "∫"), ("iint", "∬"), ("oint", "∮"),
        ("forall", "∀"), ("exists", "∃"))),
)

BY_SPELLING: dict[str, Row] = {s: row for row in ROWS for s in row.spellings
                                if row.kind not in {Kind.CUE, Kind.LABEL}}  # math spellings;
# cues are prose, labels only what a script says
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
CUES_BEFORE = tuple(sorted((s for r in ROWS if r.kind is Kind.CUE and r.meaning == "before"
                           for s in r.spellings), key=len, reverse=True))
CUES_AFTER = tuple(sorted((s for r in ROWS if r.kind is Kind.CUE and r.meaning == "after"
                          for s in r.spellings), key=len, reverse=True))
CUES_SET = tuple(sorted((s for r in ROWS if r.kind is Kind.CUE and r.meaning == "set to zero"
                        for s in r.spellings), key=len, reverse=True))
CUES_WHERE = tuple(s for r in ROWS if r.kind is Kind.CUE and r.meaning == "defines the formula above"
                   for s in r.spellings)
CUES_SOLVED = tuple(s for r in ROWS if r.kind is Kind.CUE for s in r.spellings
                    if r.meaning == "solved" or r.meaning == "continues" and s in {"i.e.", "即", "즉"})
CUES_REGION = frozenset(s for r in ROWS if r.kind is Kind.CUE and r.meaning == "region"
                        for s in r.spellings)
PROSE_WORDS = frozenset(s for r in ROWS if r.kind is Kind.CUE and r.meaning in
                        {"prose", "continues", "before", "shape"} for s in r.spellings)
CUES_ONE_HOT = frozenset(s for r in ROWS if r.kind is Kind.CUE and r.meaning == "one-hot"
                         for s in r.spellings)
# an equation to solve: cues right before the formula (both rows), and cues that may stand
# anywhere in the sentence introducing it ("Setting the gradient to zero gives $...$")
CUES_EQUATION = frozenset(s for r in ROWS if r.kind is Kind.CUE
                          and r.meaning in ("equation", "requirement") for s in r.spellings)

CUES_SUM_ONE = frozenset(s for r in ROWS if r.kind is Kind.CUE and r.meaning == "sums to one"
                         for s in r.spellings)
CUES_SHAPE = frozenset(s for r in ROWS if r.kind is Kind.CUE and r.meaning == "shape"
                       for s in r.spellings)
# statistics written as functions (`\mathrm{Var}(X)`): their identities need assumptions
STATISTICS = frozenset({"Var", "var", "Cov", "cov", "Std", "std", "E", "Pr"})


def statistic(name: str) -> str | None:
    """The statistic a function's name stands for: `Var`, `E`, and `E_{q}`, an expectation
    under what its subscript names (`E_q[X]`, `\\mathbb{E}_{z \\sim q}[f(z)]`, named so by
    call.expectation): never a function the text defines."""
    if name in STATISTICS:
        return name
    return "E" if name.startswith("E_{") and name.endswith("}") else None
CUES_DEFINING = tuple(sorted((s for r in ROWS if r.kind is Kind.CUE and r.meaning in
                              {"defines", "set to zero"} for s in r.spellings),
                             key=len, reverse=True))
CUES_DEFINING_AFTER = tuple(s for r in ROWS if r.kind is Kind.CUE and r.meaning == "defines after"
                            for s in r.spellings)
CUES_CONTINUING = frozenset(s for r in ROWS if r.kind is Kind.CUE and r.meaning == "continues"
                            for s in r.spellings)


def _cues(meaning: str) -> tuple[str, ...]:
    """A meaning's cue spellings, longest first (so `and not` is tried before `not`)."""
    return tuple(sorted((s for r in ROWS if r.kind is Kind.CUE and r.meaning == meaning
                         for s in r.spellings), key=len, reverse=True))


CUES_EQUATION_AFTER = _cues("equation after")
CUES_EQUATION_SENTENCE = _cues("equation")
CUES_QUOTED = _cues("quotes as wrong")
CUES_QUOTED_RIGHT_BEFORE = _cues("quotes as wrong right before") + _cues("marked wrong")
CUES_CALLED_WRONG = _cues("called wrong") + _cues("marked wrong")
CUES_ASKING = _cues("asks")
CUES_LIMIT = _cues("limit")
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


# Hangul (jamo and syllables) and CJK ideographs, as a character class body: a word of the text's
# language (`오차`, `损失`), never a letter of math
HANGUL_CJK = "\u3131-\u318e\uac00-\ud7a3\u4e00-\u9fff"
GREEK_DISPLAY = {r.name: r.shown for r in ROWS if r.kind is Kind.LETTER}


def display(name: str) -> str:
    """How a name the table knows is shown (`alpha` → α, `sigmoid` → σ); others as given."""
    found = BY_NAME.get(name)
    if found is None or found.kind not in {Kind.LETTER, Kind.FUNCTION, Kind.CONSTANT}:
        return name
    return found.shown
