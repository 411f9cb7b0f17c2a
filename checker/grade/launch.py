"""Starting a sandbox's fork server: in the bubblewrap world, or as the fallback's plain process.

Both ways hand the server the same files (`FILES`: `warden.py` and the modules it imports,
read from beside this module), the same environment and the same package writer (the
submission's modules in the scratch area). They differ in where those files live: in memfds
bound inside the allow-list world (`world.py`), or in a fresh host folder that, as root,
children cannot look past (`isolation.py`).
"""

from __future__ import annotations

import functools
import json
import os
import secrets
import sys
import tempfile
from pathlib import Path

from checker.grade import isolation, scratch, world
from checker.grade.forkserver import ForkServer

FILES = ("warden.py", "enclosure.py", "runner.py", "syscalls.py")
ENV = {"PATH": "/usr/local/bin:/usr/bin:/bin", "LANG": "C.UTF-8", "OPENBLAS_NUM_THREADS": "1",
       "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1", "MPLBACKEND": "Agg", "PYTHONDONTWRITEBYTECODE": "1",
       # a fresh process would mmap and zero every large temporary until glibc adapts (train: 0.9 s, not 0.35 s)
       "MALLOC_MMAP_THRESHOLD_": str(32 << 20), "MALLOC_TRIM_THRESHOLD_": str(128 << 20)}


def files() -> dict[str, bytes]:
    """The server's files by name, as they are beside this module."""
    return {name: Path(__file__).with_name(name).read_bytes() for name in FILES}


def in_world(submission: Path, secret: tuple[Path, ...], package: dict[str, str],
             root_mode: bool) -> tuple[ForkServer, list[int]]:
    """The fork server in the bubblewrap world (`world.py`) and the memfds holding its files
    (the caller closes them; kept open for a restart). The server's `ready` says whether
    children can be made."""
    bwrap, sites = world.program(), isolation.site_dirs()
    assert bwrap is not None
    memfds: dict[str, int] = {}
    try:
        for name, content in files().items():
            memfds[f"{world.HOME}/code/{name}"] = fd = os.memfd_create(name, 0)
            os.write(fd, content)
        python = world.place(str(Path(sys.executable).resolve()))
        inside = [world.place(str(Path(p).resolve())) for p in sites]
        probe = secrets.randbelow(1 << 30) + (1 << 20)

        def command(control: int) -> list[str]:
            for fd in memfds.values():
                os.lseek(fd, 0, os.SEEK_SET)  # bwrap copies from the current offset (again after a restart)
            argv = [python, "-I", f"{world.HOME}/code/warden.py", str(control), json.dumps(inside),
                    json.dumps({"nest": True, "probe_uid": probe if root_mode else None})]
            return world.command(bwrap, sites, world.secrets(submission, secret), memfds,
                                 {**ENV, "HOME": f"{world.HOME}/work", "MPLCONFIGDIR": "/tmp/matplotlib"}, argv,
                                 root_mode)

        server = ForkServer(command, {"PATH": ENV["PATH"]}, functools.partial(write_package, package),
                            pass_fds=tuple(memfds.values()))
    except BaseException:
        for fd in memfds.values():
            os.close(fd)
        raise
    return server, list(memfds.values())


def in_fallback(submission: Path, secret: tuple[Path, ...], package: dict[str, str],
                root_mode: bool) -> tuple[ForkServer, Path, list[str]]:
    """Today's processes and limits: as root a fresh uid per child and the grader's files
    hidden. Returns the server, its folder on the host (the caller removes it) and the paths
    hidden from children."""
    host = Path(tempfile.mkdtemp(prefix="grader-"))
    try:
        os.chmod(host, 0o711)
        area = host / "scratch"
        area.mkdir(mode=0o711)
        for name, content in files().items():
            (host / name).write_bytes(content)
        holder = host / "python"
        for name in ("base", "venv"):
            (holder / name).mkdir(mode=0o755, parents=True)
        hide = isolation.hidden_paths(submission, secret) if root_mode and isolation.can_hide() else []
        python, python_env, sites = isolation.python_for(holder if hide else None)
        argv = [python, "-I", str(host / "warden.py"), "", json.dumps(sites), json.dumps({"nest": False})]
        command = lambda control: [*argv[:3], str(control), *argv[4:]]
        env = {**ENV, "HOME": str(area), "MPLCONFIGDIR": f"{area}/.mpl", **python_env}
        server = ForkServer(command, env, functools.partial(write_package, package),
                            isolation.server_preexec(hide, str(holder), str(area)), cwd=str(area))
    except BaseException:
        scratch.remove_path(str(host))
        raise
    return server, host, hide


def write_package(package: dict[str, str], area: int) -> None:
    """The submission's modules, in the scratch area (read-only for children: see warden.py); a
    replaced server's area may hold them already (the fallback's folder): written anew."""
    try:
        os.mkdir("package", 0o755, dir_fd=area)
    except FileExistsError:
        pass
    folder = os.open("package", scratch.FOLDER, dir_fd=area)
    try:
        scratch.remove(folder, "exercises")
        os.mkdir("exercises", 0o755, dir_fd=folder)
        exercises = os.open("exercises", scratch.FOLDER, dir_fd=folder)
        try:
            for name, code in {"__init__": "", **package}.items():
                scratch.write(exercises, f"{name}.py", code.encode())
        finally:
            os.close(exercises)
    finally:
        os.close(folder)
