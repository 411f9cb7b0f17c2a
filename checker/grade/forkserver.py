"""The grader's end of the fork server (`warden.py`): start it, ask it for children, replace it.

Starting Python and importing NumPy costs ~0.1 s; forking a process that has done so costs a few
milliseconds. The server is started once per grading run (in the bubblewrap world, or as a
plain process in the fallback) and never runs student code. Its first message says whether it
can make children and hands over a descriptor of its scratch area, where the grader writes the
package and each child's files. Requests are serialised, so threads may share it. Every wait
on the server has a time limit: a server that died, hangs or was stopped is killed and replaced
(a new scratch area: `on_start` writes the package again); the caller makes the child again.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

START_SECONDS, REPLY_SECONDS = 60.0, 20.0


class ServerError(OSError):
    """The fork server could not be started or did not answer."""


@dataclass(frozen=True)
class Child:
    """A spawned child: the holder's pid (for `reap`) and pidfds of the holder and the keeper
    (the keeper is gone once every process of the child is: see warden.py)."""

    pid: int
    holder: int
    keeper: int

    def kill(self) -> None:
        for fd in (self.keeper, self.holder):
            if fd < 0:
                continue
            try:
                signal.pidfd_send_signal(fd, signal.SIGKILL)
            except OSError:
                pass

    def close(self) -> None:
        for fd in {self.keeper, self.holder} - {-1}:
            os.close(fd)


class ForkServer:
    """A running fork server; `ready` is "" when it can make children, else why it cannot."""

    def __init__(self, command: Callable[[int], list[str]], env: dict[str, str], on_start: Callable[[int], None],
                 preexec: Callable[[], None] | None = None, pass_fds: tuple[int, ...] = (), cwd: str | None = None) -> None:
        self._args = command, env, preexec, pass_fds, cwd
        self._on_start = on_start
        self._lock = threading.Lock()
        self.ready, self.scratch = "", -1
        self._process: subprocess.Popen[bytes] | None = None
        self._start()

    def _start(self) -> None:
        command, env, preexec, pass_fds, cwd = self._args
        mine, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        try:
            self._process = subprocess.Popen(
                command(theirs.fileno()), cwd=cwd, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                pass_fds=(theirs.fileno(), *pass_fds), start_new_session=True,
                preexec_fn=preexec,  # noqa: PLW1509  C calls only (isolation.server_preexec)
            )
        finally:
            theirs.close()
        self._sock = mine
        self._sock.settimeout(START_SECONDS)
        try:
            message, fds, _, _ = socket.recv_fds(self._sock, 1 << 16, 1)
            hello = json.loads(message) if message else None
        except (OSError, ValueError) as error:
            self._stop()
            raise ServerError(f"the sandbox's fork server did not start ({type(error).__name__})") from None
        if not isinstance(hello, dict) or len(fds) != 1:
            self._stop()
            raise ServerError("the sandbox's fork server did not start")
        self.ready, self.scratch = str(hello.get("ready", "")), fds[0]
        self._sock.settimeout(REPLY_SECONDS)
        if not self.ready:
            try:
                self._on_start(self.scratch)
            except BaseException:
                self._stop()
                raise

    def _ask(self, request: dict[str, Any], fds: tuple[int, ...] = ()) -> tuple[dict[str, Any], list[int]]:
        socket.send_fds(self._sock, [json.dumps(request).encode()], list(fds))
        reply, got, _, _ = socket.recv_fds(self._sock, 1 << 16, 2)
        if not reply:
            raise ConnectionError("the fork server ended")
        answer: dict[str, Any] = json.loads(reply)
        return answer, got

    def spawn(self, request: dict[str, Any], fds: tuple[int, ...]) -> Child:
        """A new child (see warden.py). A server that died or does not answer in time is replaced
        and ServerError raised: the child's files were in the old server's scratch area."""
        with self._lock:
            try:
                answer, got = self._ask({"spawn": request}, fds)
            except (OSError, ValueError):
                self._restart()
                raise ServerError("the sandbox's fork server stopped answering; it was replaced") from None
            if len(got) != 2:  # the child ended (or failed) before both handles were taken
                for fd in got:
                    os.close(fd)
                return Child(int(answer["pid"]), -1, -1)
            return Child(int(answer["pid"]), got[0], got[1])

    def reap(self, pid: int) -> int | None:
        """The holder's wait status once it has ended; None when the server does not say in time."""
        with self._lock:
            try:
                status = self._ask({"reap": pid})[0]["status"]
            except (OSError, ValueError):
                self._restart()
                return None
        return status if isinstance(status, int) else None

    def _restart(self) -> None:
        self._stop()
        self._start()

    def _stop(self) -> None:
        self._sock.close()
        if self.scratch >= 0:
            os.close(self.scratch)
            self.scratch = -1
        if self._process is not None:
            try:
                os.killpg(self._process.pid, signal.SIGKILL)
            except OSError:
                pass
            self._process.wait()

    def close(self) -> None:
        self._sock.close()
        if self.scratch >= 0:
            os.close(self.scratch)
            self.scratch = -1
        if self._process is None:
            return
        try:
            self._process.wait(timeout=2.0)  # it ends when it reads the end of the socket
        except subprocess.TimeoutExpired:
            self._stop()
