"""What a text says about its random variables: the distributions it names (`m \\sim
\\mathrm{Bernoulli}(p)`, `U(a, b)`, `\\mathcal{N}(\\mu, \\sigma^2)`), whether it calls them
independent or identically distributed, and which have zero mean; and the moments of those
distributions."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import sympy as sp

INDEPENDENT = re.compile(r"independen|i\.\s?i\.\s?d|\biid\b|독립|独立", re.IGNORECASE)
IDENTICAL = re.compile(r"i\.\s?i\.\s?d|\biid\b|identically distributed|same distribution|"
                       r"동일한 분포|같은 분포|同分布|相同分布", re.IGNORECASE)
ZERO_MEAN = re.compile(r"zero[- ]mean|mean (of )?(zero|0)\b|평균(이|은|을)? ?0|零均值|均值(为|是)? ?0|"
                       r"期望(为|是)? ?0", re.IGNORECASE)
_NAME = r"([A-Za-z](?:_\{?[A-Za-z0-9]+\}?)?)"
_DIST = re.compile(_NAME + r"\s*\\sim\s*(?:\\(?:mathrm|operatorname|text|mathcal|mathbb)\s*)?\{?"
                   r"(Bernoulli|Bern|Normal|Uniform|N|U)\}?\s*\(([^()]*)\)")
_COMMAND = re.compile(r"\\(?:mathrm|operatorname|text\w*|mathbb|mathcal)\s*\{[^}]*\}|\\[A-Za-z]+")


def _wordless(math: str) -> str:
    """A formula without its commands and their word arguments (`\\mathrm{Var}`): its names."""
    return _COMMAND.sub(" ", math)


_PARAM = re.compile(r"^\s*(-?)\s*(\d+(?:\.\d+)?|[A-Za-z](?:_\{?[A-Za-z0-9]+\}?)?)\s*$")


@dataclass(frozen=True)
class Randomness:
    """What the text says about its random variables."""

    distributions: dict[str, tuple[str, tuple[sp.Expr, ...]]] = field(default_factory=dict)
    independent: bool = False
    identical: bool = False
    zero_mean: bool = False
    named: frozenset[str] = frozenset()  # names a sentence calls independent or zero-mean


def _param(text: str) -> sp.Expr | None:
    match = _PARAM.match(text)
    if match is None:
        return None
    sign = -1 if match.group(1) else 1
    value = match.group(2).replace("{", "").replace("}", "")
    if re.fullmatch(r"\d+(?:\.\d+)?", value):
        return sign * sp.nsimplify(value)
    return sign * sp.Symbol(value, real=True)


def read_randomness(source: str) -> Randomness:
    """Distributions named with `\\sim`, and the stated independence and zero means."""
    distributions: dict[str, tuple[str, tuple[sp.Expr, ...]]] = {}
    for name, family, params in _DIST.findall(source):
        values = [_param(p) for p in params.split(",")]
        family = {"Bern": "Bernoulli", "N": "Normal", "U": "Uniform"}.get(family, family)
        arity = 1 if family == "Bernoulli" else 2
        key = name.replace("{", "").replace("}", "")
        found: tuple[str, tuple[sp.Expr, ...]] = ("", ())  # random, moments unknown
        if len(values) == arity and all(v is not None for v in values):
            found = (family, tuple(values))  # type: ignore[arg-type]
        # declared twice, differently (two sections, two conventions): moments unknown
        distributions[key] = found if distributions.get(key, found) == found else ("", ())
    named = {name.replace("{", "").replace("}", "")
             for sentence in re.split(r"(?<=[.!?。])\s|\n\s*\n", source)
             if INDEPENDENT.search(sentence) or ZERO_MEAN.search(sentence)
             for math in re.findall(r"\$([^$]+)\$", sentence)
             for name in re.findall(_NAME, _wordless(math))}
    return Randomness(distributions, bool(INDEPENDENT.search(source)),
                      bool(IDENTICAL.search(source)), bool(ZERO_MEAN.search(source)),
                      frozenset(named))


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
