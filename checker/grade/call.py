"""One call of an exercise's plan, as the sandboxed runner receives it.

A call is its JSON spec (id, fn, args, ...); the grader reads two things off it: the earlier
calls whose results it uses (`{"ref": id}`, re-run after a child's crash) and the input
arrays it names (`{"array": key}`, a centred difference's `dout`), which decide what goes
into the child's inputs and what is held back until the call starts (`watch.py`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Call:
    """One call for the runner: `spec` is its JSON (id, fn, args, ...)."""

    id: str
    spec: dict[str, Any]
    timeout: float | None = None

    def _named(self, keys: tuple[str, ...]) -> set[str]:
        found: set[str] = set()

        def walk(node: Any) -> None:
            if isinstance(node, dict):
                found.update(node[k] for k in keys if isinstance(node.get(k), str))
                for value in node.values():
                    walk(value)
            elif isinstance(node, list):
                for value in node:
                    walk(value)

        walk(self.spec)
        return found

    def deps(self) -> set[str]:
        """The calls whose results this one uses."""
        return self._named(("ref",))

    def arrays(self) -> set[str]:
        """The input arrays the call names (its array arguments, a centred difference's dout):
        inputs only, never expected values (a layer probe's inputs are reference activations)."""
        return self._named(("array", "dout"))
