"""Optional dependencies (scikit-learn, TensorFlow): imported only when used, with a clear
message saying which extra to install when they are missing."""

from __future__ import annotations

import importlib
from types import ModuleType

from checker.errors import UsageError


def require(modules: tuple[str, ...], what: str, install: str) -> tuple[ModuleType, ...]:
    """Import the modules, or raise UsageError(expected=what, todo=install)."""
    try:
        for m in modules:  # the package first: a submodule loaded earlier must not hide it
            importlib.import_module(m.split(".")[0])
        return tuple(importlib.import_module(m) for m in modules)
    except ImportError as error:
        raise UsageError(expected=what, received=f"ImportError: {error}",
                         todo=install) from error
