"""A two-valued variable's distribution stated without `\\sim`: as a probability (`a Bernoulli
variable $m \\in \\{0, 1\\}$ with $P(m = 1) = p$`) or in words (`마스크 $m_i$ 를 뽑는데, 확률 $1 - p$
로 $1$, 확률 $p$ 로 $0$`, `$m$ 以概率 $p$ 为 $1$`, `$m$ is $1$ with probability $p$`). Each is
read as m ~ Bernoulli(p): E[m^k] = p. A sentence must say both what the variable is (its name
in math) and the probability of the value 1; nothing else in it is guessed."""

from __future__ import annotations

import re

from checker.derive.regex import Regex

_NAME = r"([A-Za-z](?:_\{?[A-Za-z0-9]+\}?)?)"
_SENTENCE = Regex(r"[^.!?。\n]*(?:\n(?!\s*\n)[^.!?。\n]*)*")
# P(m = 1) = p, \Pr(m_i = 1) = 1 - p, \mathbb{P}(m=1)=p, inside one math span
_PROBABILITY = Regex(r"(?:\\Pr|\\mathbb\{P\}|\\operatorname\{P\}|\\mathrm\{P\}|\bP)\s*"
                     r"(?:\\left)?[(\[]\s*" + _NAME + r"\s*=\s*1\s*(?:\\right)?[)\]]\s*=\s*"
                     r"([^$=,;]+?)\s*(?=\$|,|;|\\quad|\\qquad)")
# the sentence says the variable takes the values 0 and 1
_TWO_VALUED = Regex(r"Bernoulli|베르누이|伯努利|\\in\s*\\\{\s*0\s*,\s*1\s*\\\}|\{0,\s*1\}",
                    re.IGNORECASE)
# 확률 $q$ 로 $1$ / 以概率 $q$ 为 $1$ / is $1$ with probability $q$: the probability of 1
_WORDS = [
    Regex(r"확률\s*\$([^$]+)\$\s*(?:으로|로)\s*\$\s*1\s*\$"),
    Regex(r"概率\s*\$([^$]+)\$\s*(?:取|为|等于|是)\s*\$\s*1\s*\$"),
    Regex(r"(?:is|equals|takes the value)\s*\$\s*1\s*\$\s*with probability\s*\$([^$]+)\$",
               re.IGNORECASE),
]
# ... and the value 0 with the complementary probability, so the variable has two values
_ZERO = [
    Regex(r"확률\s*\$[^$]+\$\s*(?:으로|로)\s*\$\s*0\s*\$"),
    Regex(r"概率\s*\$[^$]+\$\s*(?:取|为|等于|是)\s*\$\s*0\s*\$"),
    Regex(r"(?:\$\s*0\s*\$\s*(?:otherwise|with probability))|(?:and|or) (?:zero|0) otherwise",
               re.IGNORECASE),
]


def _plain(name: str) -> str:
    return name.replace("{", "").replace("}", "")


def two_valued(source: str) -> list[tuple[int, str, str]]:
    """(line, variable, probability of 1 as written) for each such statement."""
    found = []
    for sentence in _SENTENCE.finditer(source):
        text = sentence.group(0)
        line = source.count("\n", 0, sentence.start()) + 1
        if _TWO_VALUED.search(text):
            for match in _PROBABILITY.finditer(text):
                found.append((line, _plain(match.group(1)), match.group(2).strip()))
        for words, zero in zip(_WORDS, _ZERO, strict=True):
            match = words.search(text)
            if match is None or not zero.search(text):
                continue
            # the variable: the one name alone in a math span before the probability
            names = [m.group(1) for m in re.finditer(r"\$\s*" + _NAME + r"\s*\$",
                                                     text[:match.start()])]
            if len(set(names)) == 1:
                found.append((line, _plain(names[0]), match.group(1).strip()))
    return found
