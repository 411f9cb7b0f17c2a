"""A regular expression compiled where first used (regex.py): the same answers as the
compiled expression, nothing compiled before a use, once after; an expression that is no
regular expression still fails, at its first use. And every module-level Regex of the
checker compiles (an error there is found here, not in a document that happens to use it)."""

import importlib
import pkgutil
import re

import pytest

import checker.derive
from checker.derive.regex import Regex


@pytest.mark.parametrize("pattern,flags,text", [
    (r"(?P<name>[A-Za-z]+)_(\d+)", 0, "x_1 and w_23"),  # groups, named
    (r"if|when|면|时", re.IGNORECASE, "IF a, x가 1이면, 当 x 时"),  # flags, three scripts
    (r"^\s*$", re.MULTILINE, "a\n\n b\n"),
])
def test_same_answers(pattern, flags, text):
    lazy, compiled = Regex(pattern, flags), re.compile(pattern, flags)
    assert lazy.pattern == compiled.pattern
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in compiled.finditer(text)]
    assert lazy.findall(text) == compiled.findall(text)
    assert lazy.sub("·", text) == compiled.sub("·", text)
    assert lazy.split(text) == compiled.split(text)
    assert lazy.flags == compiled.flags and lazy.groupindex == compiled.groupindex
    assert bool(lazy.match(text)) == bool(compiled.match(text))


def test_compiled_on_first_use_only():
    lazy = Regex(r"\d+")
    assert lazy._compiled is None and lazy.pattern == r"\d+"  # building another needs no compile
    assert lazy.search("a12").group() == "12"
    first = lazy._compiled
    assert first is not None
    assert lazy.fullmatch("7") and lazy._compiled is first  # compiled once


def test_wrong_expression_fails_at_first_use():
    lazy = Regex(r"(unclosed")  # the wrong twin: it must not pass silently
    with pytest.raises(re.error):
        lazy.search("unclosed")


def test_every_module_expression_compiles():
    found = 0
    for info in pkgutil.iter_modules(checker.derive.__path__):
        module = importlib.import_module(f"checker.derive.{info.name}")
        for value in vars(module).values():
            if isinstance(value, Regex):
                assert isinstance(value.compiled(), re.Pattern)
                found += 1
    assert found > 200
