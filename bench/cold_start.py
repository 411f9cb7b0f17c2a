"""Cold start of `grader derive`: what one fresh process spends, and a change's effect on it.

    python bench/cold_start.py [--base CHECKOUT] [--rounds N] [DOC ...]

Runs, in fresh processes, `python -c pass` (the interpreter), `grader derive` on an empty
document (interpreter, imports and CLI: the fixed cost of every run) and on each DOC (default:
the course documents, shared/seeds/0*.txt beside the checkout or a folder above it); the
check itself is a document's run minus the empty one. With --base, the same commands in another
checkout, interleaved round by round, so both see the same load; the last column is this
checkout / base. Medians of N rounds (default 5)
of CPU seconds (user + system of the child: what the other jobs on a shared machine change
least) and of wall seconds. No assertion: a measurement to read.

Bytecode: with PYTHONDONTWRITEBYTECODE=1 (this workplace sets it) nothing is cached, so every
run compiles the checker's modules again (0.3-0.4 s of CPU); an installed wheel has its .pyc.
The header says which case was measured.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = next((p / "shared" / "seeds" for p in ROOT.parents if (p / "shared" / "seeds").is_dir()), ROOT)
DEFAULT = sorted(SEEDS.glob("0*.txt"))  # the course documents, beside the checkout or above a worktree


def _measure(argv: list[str], checkout: Path) -> tuple[float, float]:
    """CPU and wall seconds of one fresh process run in `checkout`."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(argv, cwd=checkout, env={**os.environ, "PYTHONPATH": str(checkout)},
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), wall


def _commands(docs: list[Path], empty: Path) -> dict[str, list[str]]:
    derive = [sys.executable, "-m", "checker.cli", "derive", "--format", "json"]
    return {"interpreter": [sys.executable, "-c", "pass"], "fixed (empty document)": [*derive, str(empty)],
            **{doc.name[:24]: [*derive, str(doc)] for doc in docs}}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("docs", nargs="*", type=Path, default=DEFAULT)
    parser.add_argument("--base", type=Path, help="another checkout, measured side by side")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    checkouts = {"this": ROOT, **({"base": args.base.resolve()} if args.base else {})}
    cached = not sys.flags.dont_write_bytecode and not os.environ.get("PYTHONDONTWRITEBYTECODE")
    print(f"bytecode cache: {'used' if cached else 'off (PYTHONDONTWRITEBYTECODE): every run compiles'}; "
          f"rounds: {args.rounds}; medians")
    with tempfile.TemporaryDirectory() as folder:
        empty = Path(folder) / "empty.md"
        empty.write_text("# nothing to check\n", encoding="utf-8")
        commands = _commands(list(args.docs), empty)
        samples: dict[tuple[str, str], list[tuple[float, float]]] = {}
        for _ in range(args.rounds):
            for name, argv in commands.items():
                for who, checkout in checkouts.items():
                    samples.setdefault((who, name), []).append(_measure(argv, checkout))
    header = f"{'':28}" + "".join(f"{who + ' cpu':>11}{who + ' wall':>11}" for who in checkouts)
    print(header + ("   cpu this/base" if args.base else ""))
    medians = {key: (statistics.median(c for c, _ in runs), statistics.median(w for _, w in runs))
               for key, runs in samples.items()}
    for name in commands:
        row = "".join(f"{medians[who, name][0]:11.2f}{medians[who, name][1]:11.2f}" for who in checkouts)
        ratio = f"{medians['this', name][0] / medians['base', name][0]:16.2f}" if args.base else ""
        print(f"{name:28}{row}{ratio}")
    fixed = medians["this", "fixed (empty document)"][0]
    for doc in args.docs:
        total = medians["this", doc.name[:24]][0]
        print(f"{doc.name[:24]}: fixed {fixed:.2f} s + check {total - fixed:.2f} s (CPU, this checkout)")


if __name__ == "__main__":
    main()
