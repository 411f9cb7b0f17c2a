"""Every message a writer reads about a step that does not hold or is not decided speaks the
text's language (issue 10 §5): over both keyed corpora and the course documents' derivations,
no diagnosis and no reason contains SymPy's syntax (`**`, `exp(`, `b*x`), an internal name
(`hat(y)`, `y_2,1`) or an exception's name (`AttributeError while evaluating`).

Reasons of `unreadable` steps are left out: they quote the writer's own text (`found *`).
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest

from bench.corpus import CORPUS, corpus_files
from checker.derivations import FOLDER, names
from checker.derive import derive

INTERNAL = re.compile(r"\*\*|\bexp\(|\bsqrt\(|\b(hat|bar|tilde|vec)\(|\w\s?\*\s?\w"
                      r"|\b[A-Za-z]+_\d+,\d+\b|\b[A-Z]\w*Error\b|Matrix\(|\bU[0-9a-f]{6,}")
BLIND = CORPUS.parent / "blind"


def messages(steps) -> list[str]:
    out = []
    for s in steps:
        if s.diagnosis:
            out.append(s.diagnosis)
        if s.verdict in {"fails", "undecided"}:
            out.append(s.method)
    return out


@cache
def _corpus(root: Path) -> list[tuple[str, str]]:
    files = corpus_files(root)
    return [(f"{p.relative_to(root)}:{s}", m) for p, r in zip(files, derive(files, 2), strict=True)
            for s, m in ((0, m) for m in messages(r.steps))]


@pytest.mark.parametrize("root", [CORPUS, BLIND], ids=["corpus", "blind"])
def test_no_message_over_a_corpus_uses_sympy_or_internal_names(root):
    found = _corpus(root)
    assert len(found) > 100  # the corpora have hundreds of such steps: not a vacuous pass
    bad = [f"{where}: {m}" for where, m in found if INTERNAL.search(m)]
    assert not bad, "\n".join(bad)


def test_no_message_on_the_course_derivations_uses_sympy_or_internal_names():
    # checked in forked workers, as the corpora are: after a whole suite the test process's
    # heap makes SymPy slower, and a step near its CPU limit would be explained differently
    names_ = names()
    reports = derive([FOLDER / f"{n}.md" for n in names_], jobs=2)
    found = [(n, m) for n, report in zip(names_, reports, strict=True)
             for m in messages(report.steps)]
    assert len(found) > 10
    bad = [f"{n}: {m}" for n, m in found if INTERNAL.search(m)]
    assert not bad, "\n".join(bad)


@pytest.mark.parametrize("text", ["2*x", "b + w*x", "exp(x)/(exp(x) + 1)**2", "hat(y)_2",
                                  "y_2,1", "AttributeError while evaluating"])
def test_the_checker_recognises_what_it_forbids(text):
    assert INTERNAL.search(text)


@pytest.mark.parametrize("text", ["ŷ - y", "σ(z)(1 - σ(z))", "2λ·w_i", "w_{21}", "e^(-x_j)",
                                  "the factor ŷ (left = ŷ × right)"])
def test_the_checker_lets_the_texts_notation_pass(text):
    assert not INTERNAL.search(text)


def instance_leaks(text: str, message: str) -> list[str]:
    """The names of a message about a step over a letter-indexed name (`∂J/∂w_j`) that are an
    instance the checker picked (`w_2`, `y_2`: a family the text writes with a letter index,
    never with that number): the text's `w_j` must be shown, not the point it was checked at."""
    if not re.search(r"∂\S*/∂\S+_[a-z]\b", message):
        return []
    return [f"{g}_{d}" for g, d in re.findall(r"(?<![\w\\])([A-Za-z]+)_(\d)\b", message)
            if re.search(rf"(?<![A-Za-z\\]){g}_\{{?[a-z]\b", text) and
            not re.search(rf"(?<![A-Za-z\\]){g}_\{{?{d}\b", text)]


LEAKS = [
    ("$J = L + \\lambda w_j^2$", "∂J/∂w_j = λ·w_2 + ∂L/∂w_2", ["w_2", "w_2"]),
    ("$y_j = \\gamma_j x_j + \\beta_j$", "∂L/∂β_j = ∂L/∂y_2", ["y_2"]),
    ("$y_j = \\gamma_j x_j + \\beta_j$", "∂L/∂β_j = ∂L/∂y_j", []),
    ("$w_1 + w_2 = w_j$", "∂J/∂w_j = w_2", []),  # the text writes w_2 itself
    ("$J = w_j^2$", "the sides differ at w_2 = 1", []),  # a point, said as one
]


@pytest.mark.parametrize(("text", "message", "leaks"), LEAKS)
def test_an_instance_leak_is_found(text, message, leaks):
    assert instance_leaks(text, message) == leaks


@pytest.mark.parametrize("root", [CORPUS, BLIND], ids=["corpus", "blind"])
def test_no_message_shows_an_instance_for_the_texts_letter_index(root):
    bad = [f"{where}: {m}" for where, m in _corpus(root)
           if instance_leaks((root / where.split(":")[0]).read_text(encoding="utf-8"), m)]
    assert not bad, "\n".join(bad)


# a step over a letter-indexed name whose expected value differentiates a function the text
# never defines: the letter is shown, not the instance checked (`∂L/∂w_2`, `∂L/∂y_2`)
LETTERED = [
    ("$$J = L + \\frac{\\lambda}{2}\\sum_{k=1}^{d} w_k^2$$\n\n"
     "$$\\frac{\\partial J}{\\partial w_j} = \\frac{\\partial L}{\\partial w_j} + 2\\lambda w_j$$",
     "∂L/∂w_j"),
    ("Here $y_j = \\gamma_j \\hat{x}_j + \\beta_j$.\n\n"
     "$$\\frac{\\partial L}{\\partial \\beta_j} = \\frac{\\partial L}{\\partial y_j} \\hat{x}_j$$",
     "∂L/∂y_j"),
]


@pytest.mark.parametrize(("text", "shown"), LETTERED)
def test_the_expected_value_keeps_the_texts_letter(text, shown):
    from checker.derive.document import check_text

    (step,) = check_text(text).steps
    assert step.verdict == "fails" and shown in (step.diagnosis or ""), step
    assert not instance_leaks(text, step.diagnosis or ""), step.diagnosis
