"""A regular expression compiled where it is first used, not when its module is imported.

The checker's modules hold some 350 expressions at module level (phrases in three scripts,
units, notations); compiling them all is a tenth of a cold run's imports, and a document
uses fewer than half of them. A `Regex` is the compiled expression to every caller (its
methods and attributes are the `re.Pattern`'s), compiled once, on the first call.
"""

from __future__ import annotations

import re


class Regex:
    """`re.compile(pattern, flags)`, deferred to its first use. Its `pattern` is the text
    (other expressions are built from it without compiling this one)."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self._flags = flags
        self._compiled: re.Pattern | None = None

    def compiled(self) -> re.Pattern:
        if self._compiled is None:
            self._compiled = re.compile(self.pattern, self._flags)
        return self._compiled

    def __getattr__(self, name: str):
        # only what the instance does not hold: the compiled expression's methods, kept on
        # the instance once asked (the next call finds them without coming here)
        if name.startswith("__") or name in ("_compiled", "_flags", "pattern"):
            raise AttributeError(name)
        found = getattr(self.compiled(), name)
        self.__dict__[name] = found
        return found

    def __repr__(self) -> str:
        return f"Regex({self.pattern!r}, {self._flags})"
