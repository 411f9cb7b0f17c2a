"""What a text says about its random variables: the distributions it names (`m \\sim
\\mathrm{Bernoulli}(p)`, `U(a, b)`, `\\mathcal{N}(\\mu, \\sigma^2)`), whether it calls them
independent or identically distributed, and which have zero mean; and the moments of those
distributions."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

import sympy as sp

from checker.derive.regex import Regex

INDEPENDENT = Regex(r"independen|i\.\s?i\.\s?d|\biid\b|독립|独立", re.IGNORECASE)
IDENTICAL = Regex(r"i\.\s?i\.\s?d|\biid\b|identically distributed|same distribution|"
                  r"동일한 분포|같은 분포|同分布|相同分布", re.IGNORECASE)
ZERO_MEAN = Regex(r"zero[- ]mean|mean (of )?(zero\b|0\b|\$\s*0\s*\$)|평균(이|은|을)? ?\$?\s*0|零均值|"
                  r"均值(为|是)? ?\$?\s*0|期望(为|是)? ?\$?\s*0", re.IGNORECASE)
MEAN = Regex(r"mean|평균|均值|期望", re.IGNORECASE)
# a distribution symmetric about zero ("a symmetric pre-activation $h$", "$h$ symmetric around
# zero", "0 에 대해 대칭인 분포", "对称分布"); not "asymmetric", "not symmetric", "비대칭", "不对称"
SYMMETRIC = Regex(r"(?<![A-Za-z-])symmetric|(?<!비)대칭|(?<![不非])对称", re.IGNORECASE)
NOT_SYMMETRIC = Regex(r"\b(?:not|non|never|unless)\b|asymmetric|비대칭|不对称|非对称|"
                      # symmetric about a centre other than zero: ReLU halves nothing
                      r"(?:about|around)\s+(?:its\s+mean|the\s+mean|\$\s*(?!0\s*\$)[^$]+\$)|"
                      r"\$\s*(?!0\s*\$)[^$]+\$\s*(?:에\s*대해|을\s*중심으로)|关于\s*\$\s*(?!0\s*\$)",
                      re.IGNORECASE)
# a variance stated in words: "with mean 0 and variance $1$", "unit variance", "분산이 1",
# "方差为 $\\sigma^2$" (the value as written; "unit": 1)
VARIANCE = Regex(r"\bvariance\s+(?:of\s+|=\s*)?(?:\$([^$]+)\$|(\d+(?:\.\d+)?)\b)|\b(unit) variance|"
                 r"분산(?:이|은|을|는)?\s*(?:\$([^$]+)\$|(\d+(?:\.\d+)?))|"
                 r"方差(?:为|是|等于)\s*(?:\$([^$]+)\$|(\d+(?:\.\d+)?))", re.IGNORECASE)
# the variance is of a vector's entries, not of the vector ("the components of $q$", "$q$ 의 각
# 성분", "$q$ 的各分量"): q_i, q_2 have it; q itself, a vector, has a covariance matrix
COMPONENTS = Regex(r"\b(?:components?|entries|entry|elements?|coordinates?)\s+of\b|"
                   r"성분|원소|分量|元素", re.IGNORECASE)
_NAME = r"([A-Za-z](?:_\{?[A-Za-z0-9]+\}?)?)"
# a declared name may be a Greek letter (`\\varepsilon \\sim \\mathcal{N}(0, 1)`): its command's name
_GREEK = r"\\(?:varepsilon|epsilon|vartheta|theta|varphi|phi|alpha|beta|gamma|delta|zeta|eta|" \
    r"xi|rho|tau|nu|chi|psi|omega|lambda|kappa|iota|upsilon|mu)(?![A-Za-z])"
_DIST = Regex(r"((?:" + _GREEK + r"|[A-Za-z])(?:_\{?[A-Za-z0-9]+\}?)?)\s*\\sim\s*(?:\\(?:mathrm|operatorname|text|mathcal|mathbb)\s*)?\{?"
              r"(Bernoulli|Bern|Normal|Uniform|N|U)\}?\s*\(([^()]*)\)")
_LAW = Regex(r"(?<![\\A-Za-z])([A-Za-z])\s*=\s*(?:\\(?:mathrm|operatorname|text|mathcal|mathbb)"
             r"\s*)?\{?(Normal|N)\}?\s*\(([^()]*)\)")
_COMMAND = Regex(r"\\(?:mathrm|operatorname|text\w*|mathbb|mathcal)\s*\{[^}]*\}|\\[A-Za-z]+")


def _wordless(math: str) -> str:
    """A formula without its commands and their word arguments (`\\mathrm{Var}`): its names."""
    return _COMMAND.sub(" ", math)


_IDENTITY = Regex(r"^(.*?)\s*(?:\\cdot\s*)?(?:\\mathbf\s*\{\s*I\s*\}|\\mathbb\s*\{\s*I\s*\}|"
                  r"(?<![A-Za-z\\])I)(?:_\{?[A-Za-z0-9]+\}?)?$")
_DEVIATION = Regex(r"^\\sigma(?:_\{?[A-Za-z0-9]+\}?)?$")
_PARAM = Regex(r"^\s*(-?)\s*(\d+(?:\.\d+)?|[A-Za-z](?:_\{?[A-Za-z0-9]+\}?)?)\s*$")


Lower = Callable[[str], "sp.Expr | None"]  # a parameter's text → its value at a step's line


@dataclass(frozen=True)
class Declaration:
    """`m \\sim \\mathrm{Bernoulli}(p)` on a line: the name as written (braces dropped), the
    family ("" when its parameters are not read: random, moments unknown), the parameters."""

    line: int
    name: str
    family: str
    params: tuple[str, ...]

    def covers(self, name: str) -> bool:
        """`m_i` declared: m_i, m_2, m_j are each a variable of that family; `m` only m."""
        if name == self.name:
            return True
        stem, _, index = self.name.partition("_")
        return len(index) == 1 and index.isalpha() and name.startswith(stem + "_") and \
            "_" not in name[len(stem) + 1:]


@dataclass(frozen=True)
class Randomness:
    """What the text says about its random variables."""

    distributions: dict[str, tuple[str, tuple[sp.Expr, ...]]] = field(default_factory=dict)
    independent: bool = False
    identical: bool = False
    zero_mean: bool = False
    named: frozenset[str] = frozenset()  # names a sentence calls independent or zero-mean
    declarations: tuple[Declaration, ...] = ()
    # names declared twice, differently (two sections, two conventions): the declaration in
    # force decides only what holds, never what fails
    conflicted: frozenset[str] = frozenset()
    # statistics the text states (`Var(w_i) = σ_w^2`): (E or Var, argument, value), valued on
    # the step's line
    stated: tuple[tuple[str, sp.Expr, sp.Expr], ...] = ()
    # names a sentence calls symmetric (about zero): E[ReLU(h)^2] = E[h^2]/2, odd moments 0;
    # `symmetry`: some sentence says so, of names not read (a variable substituted away)
    symmetric: frozenset[str] = frozenset()
    symmetry: bool = False
    # variances stated in words: (line, the sentence's names, the value as written); and, on a
    # step's line, those valued (`worded`, name → value), used only to make a step hold
    variances: tuple[tuple[int, tuple[str, ...], str], ...] = ()
    worded: tuple[tuple[str, sp.Expr], ...] = ()
    # names a sentence says have mean zero, and no other mean (`the $w_i$ are i.i.d. with mean
    # 0`); and, on a step's line, the variances in words of such names (`firm`): the moments a
    # step may fail against (variance.py)
    centred: frozenset[str] = frozenset()
    firm: tuple[tuple[str, sp.Expr], ...] = ()
    # distributions given a name (`p = \\mathcal{N}(\\mu_1, \\sigma_1^2)`), what E_p is under;
    # and those in force on a step's line, valued there
    laws: tuple[Declaration, ...] = ()
    law_values: tuple[tuple[str, tuple[str, tuple[sp.Expr, ...]]], ...] = ()
    # vectors the text gives a dimension to, whose dot product is a sum of d terms (inner.py)
    inner: tuple = ()
    # families written X_1, ..., X_n, whose undefined X̄ is their mean (average.py)
    families: tuple = ()

    def law(self, under: str) -> tuple[str, tuple[sp.Expr, ...]] | None:
        """The family and parameters of the distribution an expectation is under (`E_{p}`
        of `p = \\mathcal{N}(\\mu_1, \\sigma_1^2)`), or None."""
        match = re.fullmatch(r"E_\{?([^{}]+)\}?", under)
        return dict(self.law_values).get(match.group(1)) if match else None

    def distribution(self, name: str) -> tuple[str, tuple[sp.Expr, ...]] | None:
        """The declared family and parameters of a variable (`m_2` of `m_i`), or None."""
        found = self.distributions.get(name)
        if found is not None:
            return found
        return next((found for key, found in self.distributions.items()
                     if Declaration(0, key, "", ()).covers(name)), None)

    def said_random(self, name: str) -> bool:
        """Whether a sentence calls the variable independent or zero-mean (`the $w_i$ are
        i.i.d.` says so of w_1, w_2, ...)."""
        return any(Declaration(0, key, "", ()).covers(name) for key in self.named)

    def variance(self, name: str) -> sp.Expr | None:
        """The variance stated in words of a variable, or of the vector it is a component of
        (`q` with variance 1: q_i, q_2, the entry q[2,1] of a declared vector); None if none or
        two differ."""
        found = {v for key, v in self.worded if _speaks_of(key, name)}
        return found.pop() if len(found) == 1 else None

    def centred_name(self, name: str, stem: bool = False) -> bool:
        """Whether a sentence says this variable has mean zero: of it, of its family (`w_i`
        says so of w_2), of the vector it is an entry of (`x` of x_1), or (`stem`: the name the
        i.i.d. members stand for in the step's reading) of its members (w of the w_i); never
        of a vector by what is said of its components (q of q_i: q·k read as a product)."""
        return any(_speaks_of(key, name) or (stem and key.split("_")[0] == name)
                   for key in self.centred)

    def firm_variance(self, name: str, stem: bool = False) -> sp.Expr | None:
        """The variance stated in words of a zero-mean variable (as `centred_name`), or None."""
        if not self.centred_name(name, stem):
            return None
        found = {v for key, v in self.firm
                 if _speaks_of(key, name) or (stem and key.split("_")[0] == name)}
        return found.pop() if len(found) == 1 else None

    def doubtful(self, names: set[str]) -> bool:
        """Whether one of these variables is declared differently in two places."""
        return any(Declaration(0, key, "", ()).covers(n) for key in self.conflicted
                   for n in names)

    def at(self, line: int, lower: Lower) -> Randomness:
        """The distributions in force on a line (each name's last declaration before it, else
        its first), parameters valued there (`q` defined as 1 - p, `p` bound to 0.8)."""
        chosen: dict[str, Declaration] = {}
        for d in sorted(self.declarations, key=lambda d: d.line):
            if d.line <= line or d.name not in chosen:
                chosen[d.name] = d
        distributions: dict[str, tuple[str, tuple[sp.Expr, ...]]] = {}
        for name, d in chosen.items():
            values = [lower(p) for p in d.params]
            ok = d.family and all(v is not None for v in values)
            distributions[name] = (d.family, tuple(values)) if ok else ("", ())  # type: ignore
        laws: dict[str, Declaration] = {}
        for d in sorted(self.laws, key=lambda d: d.line):
            if d.line <= line or d.name not in laws:
                laws[d.name] = d
        valued = tuple((name, (d.family, tuple(lower(p) for p in d.params)))
                       for name, d in laws.items())
        return replace(self, distributions=distributions, law_values=tuple(
            (name, law) for name, law in valued if all(v is not None for v in law[1])))


def _speaks_of(key: str, name: str) -> bool:
    """Whether what a sentence says of `key` is said of the variable `name`: the name itself,
    a member of its family (q_i: q_2), or an entry of the vector it is or whose components it
    names (q, q_i: q[2,1])."""
    stem, _, index = key.partition("_")
    entry = re.split(r"[_\[]", name)[0]
    return Declaration(0, key, "", ()).covers(name) or (not index and key == entry) or \
        ("[" in name and len(index) == 1 and index.isalpha() and stem == entry)


def _param(text: str) -> sp.Expr | None:
    match = _PARAM.match(text)
    if match is None:
        return None
    sign = -1 if match.group(1) else 1
    value = match.group(2).replace("{", "").replace("}", "")
    if re.fullmatch(r"\d+(?:\.\d+)?", value):
        return sign * sp.nsimplify(value)
    return sign * sp.Symbol(value, real=True)


def _declarations(source: str) -> list[Declaration]:
    """`m \\sim \\mathrm{Bernoulli}(p)`, and a two-valued variable's distribution stated in
    words or as a probability (bernoulli.py)."""
    from checker.derive.bernoulli import two_valued

    found = []
    for match in _DIST.finditer(source):
        name, family, params = match.groups()
        family = {"Bern": "Bernoulli", "N": "Normal", "U": "Uniform"}.get(family, family)
        arity = 1 if family == "Bernoulli" else 2
        texts = tuple(p.strip() for p in params.split(","))
        scaled = _IDENTITY.match(texts[1]) if family == "Normal" and len(texts) == 2 else None
        if scaled:  # N(0, σ^2 I): each component of variance σ^2 (N(0, I): 1)
            texts = (texts[0], scaled.group(1).strip() or "1")
        if family == "Normal" and len(texts) == 2 and _DEVIATION.match(texts[1]):
            family = ""  # N(μ, σ): σ a standard deviation in some texts, a variance in others
        found.append(Declaration(source.count("\n", 0, match.start()) + 1,
                                 name.replace("{", "").replace("}", "").lstrip("\\"),
                                 family if len(texts) == arity else "", texts))
    found.extend(Declaration(line, name, "Bernoulli", (p,)) for line, name, p in two_valued(source))
    return found


def read_randomness(source: str) -> Randomness:
    """Distributions named with `\\sim` (or in words), and the stated independence and zero
    means. Its distributions are those of the whole text, parameters as written; `at` gives
    those in force on a line."""
    from checker.derive.average import read_families
    from checker.derive.inner import read_inner

    declarations = _declarations(source)
    distributions: dict[str, tuple[str, tuple[sp.Expr, ...]]] = {}
    conflicted = set()
    for d in declarations:
        values = [_param(p) for p in d.params]
        found: tuple[str, tuple[sp.Expr, ...]] = ("", ())  # random, moments unknown
        if d.family and all(v is not None for v in values):
            found = (d.family, tuple(values))  # type: ignore[arg-type]
        if distributions.get(d.name, found) != found:
            conflicted.add(d.name)
        # declared twice, differently (two sections, two conventions): moments unknown
        distributions[d.name] = found if d.name not in conflicted else ("", ())
    sentences = re.split(r"(?<=[.!?。])\s|\n\s*\n", source)
    variances = []
    for sentence in sentences:
        said = list(VARIANCE.finditer(sentence))
        if len(said) != 1:
            continue  # none, or two variances: whose is whose is not read
        value = next(g for g in said[0].groups() if g)
        names = _names_in([sentence[:said[0].start()]])
        if COMPONENTS.search(sentence[:said[0].start()]):
            names = {n if "_" in n else n + "_i" for n in names}
        line = source.count("\n", 0, source.find(sentence)) + 1
        variances.append((line, tuple(sorted(names)), "1" if value.lower() == "unit" else value))
    named = _names_in(s for s in sentences if INDEPENDENT.search(s) or ZERO_MEAN.search(s))
    centred = set()
    # "mean 0" and no other mean ("$x$ has mean $\\mu$, ..."); "i.i.d." ends no sentence
    for sentence in re.split(r"(?<=[.!?。])(?<!i\.i\.d\.)(?<!e\.g\.)(?<!i\.e\.)\s|\n\s*\n",
                             source):
        if ZERO_MEAN.search(sentence) and \
                len(MEAN.findall(sentence)) == len(ZERO_MEAN.findall(sentence)):
            names = _names_in([sentence])
            centred |= names | ({n + "_i" for n in names if "_" not in n}
                                if COMPONENTS.search(sentence) else set())
    symmetric = [s for s in sentences if SYMMETRIC.search(s) and not NOT_SYMMETRIC.search(s)]
    return Randomness(distributions, bool(INDEPENDENT.search(source)),
                      bool(IDENTICAL.search(source)), bool(ZERO_MEAN.search(source)),
                      frozenset(named), tuple(declarations), frozenset(conflicted),
                      symmetric=frozenset(_names_in(symmetric)), symmetry=bool(symmetric),
                      variances=tuple(variances), centred=frozenset(centred),
                      laws=tuple(_laws(source)), inner=read_inner(source),
                      families=read_families(source))


def in_words(worded: tuple[tuple[str, sp.Expr], ...], *names: str) -> sp.Expr | None:
    """The one variance the text states in words of these names (a step's `worded`), or None
    (none, or two that differ)."""
    values = {v for n, v in worded if n in names}
    return values.pop() if len(values) == 1 else None


def _laws(source: str) -> list[Declaration]:
    """`p = \\mathcal{N}(\\mu_1, \\sigma_1^2)`: a normal distribution given a name."""
    found = []
    for match in _LAW.finditer(source):
        texts = tuple(p.strip() for p in match.group(3).split(","))
        if len(texts) == 2:
            found.append(Declaration(source.count("\n", 0, match.start()) + 1, match.group(1),
                                     "Normal", texts))
    return found


def _names_in(sentences) -> set[str]:
    """The names written in the inline math of these sentences (braces dropped)."""
    return {name.replace("{", "").replace("}", "")
            for sentence in sentences for math in re.findall(r"\$([^$]+)\$", sentence)
            for name in re.findall(_NAME, _wordless(math))}


def moment_of(family: str, params: tuple[sp.Expr, ...], k: int) -> sp.Expr | None:
    if family == "Bernoulli":
        return params[0]
    if family == "Uniform":
        a, b = params
        return sp.simplify((b ** (k + 1) - a ** (k + 1)) / ((k + 1) * (b - a)))
    if family == "Normal" and k <= 2:
        mu, var = params  # N(μ, σ²): the second parameter is the variance
        return mu if k == 1 else var + mu ** 2
    return None
