"""The grader's end of the fork server (`runner.py`): start it once, ask it for children.

Starting Python and importing NumPy costs ~0.1 s; forking a process that has done so costs
~2 ms. The server is started once per grading run in the sandbox's view of the filesystem
(the grader, its data and the submission hidden) with a plain environment; it never runs
student code and never sees the reference data. Each child it forks gets its own limits,
session, uid (as root) and work directory. Requests are serialised, so threads may share it.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any


class ForkServer:
    """A running `runner.py` fork server; restarted if it dies."""

    def __init__(self, python: str, cwd: Path, env: dict[str, str], preexec: Callable[[], None],
                 sites: list[str]) -> None:
        """`sites`: the grader's site-packages folders, where the server finds NumPy (`isolation.site_dirs`)."""
        self._args = python, cwd, env, preexec, sites
        self._lock = threading.Lock()
        self._process, self._sock = self._start()

    def _start(self) -> tuple[subprocess.Popen[bytes], socket.socket]:
        python, cwd, env, preexec, sites = self._args
        mine, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        process = subprocess.Popen(
            [python, "-I", "runner.py", str(theirs.fileno()), json.dumps(sites)], cwd=cwd, env=env, stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, pass_fds=(theirs.fileno(),),
            start_new_session=True, preexec_fn=preexec,  # noqa: PLW1509  C calls only (isolation.server_preexec)
        )
        theirs.close()
        return process, mine

    def _ask(self, request: dict[str, Any], fds: tuple[int, ...] = ()) -> dict[str, Any]:
        socket.send_fds(self._sock, [json.dumps(request).encode()], list(fds))
        reply = self._sock.recv(1 << 16)
        if not reply:
            raise ConnectionError("the fork server ended")
        answer: dict[str, Any] = json.loads(reply)
        return answer

    def spawn(self, work: Path, package: Path, uid: int | None, limits: list[tuple[str, int, int]], progress: int,
              log: int) -> int:
        """The pid of a new child running the plan in `work` on the package `exercises` in `package`
        (retried once on a fresh server)."""
        request = {"work": str(work), "package": str(package), "uid": uid, "limits": limits}
        with self._lock:
            try:
                return int(self._ask(request, (progress, log))["pid"])
            except (ConnectionError, OSError, ValueError):
                self.close()
                self._process, self._sock = self._start()
                return int(self._ask(request, (progress, log))["pid"])

    def reap(self, pid: int) -> int | None:
        """The child's return code (negative: killed by that signal), once it has ended."""
        with self._lock:
            try:
                status = self._ask({"reap": pid})["status"]
            except (ConnectionError, OSError, ValueError):
                return None
        return os.waitstatus_to_exitcode(status) if isinstance(status, int) else None

    def close(self) -> None:
        self._sock.close()
        try:
            self._process.wait(timeout=1.0)  # it ends when it reads the end of the socket
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()
