"""An adversarial pass on `grader check`: what a hostile student submits, and the score it deserves.

Each test grades a submission made from the solutions plus one attack (adversary.py), in-process,
with `--only` the exercise under attack and a short timeout, and asserts the score the code
deserves, that nothing leaked into the report and that nothing was left behind. Attacks the sandbox
stops are ordinary tests; attacks that succeed today are strict xfails whose reason says what
happens, so a fix is noticed. Worlds: bubblewrap (the default where user namespaces work) or the
fallback (GRADER_SANDBOX=fallback), as root (CI, Gradescope) or as an ordinary user (self-study:
run this file as one, e.g. under `setpriv --reuid=65534 --regid=65534 --clear-groups`).
"""

from __future__ import annotations

import base64
import contextlib
import ctypes
import functools
import gc
import io
import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import warnings
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

import checker
from checker.grade import forkserver
from checker.grade.check import check
from checker.grade.checks import grade
from checker.grade.isolation import Limits
from checker.grade.results import ExerciseResult
from checker.grade.sandbox import FALLBACK, Sandbox
from tests.grade.hostile import adversary as attack
from tests.grade.test_hidden import built  # noqa: F401  (a fixture: the README's example hidden checks)

SOLUTIONS = Path(__file__).parents[3] / "solutions"
TIMEOUT = 1.5
ROOT = os.geteuid() == 0


@functools.cache
def _bwrap() -> bool:
    """Whether the default mode is bubblewrap on this machine (else it falls back by itself)."""
    if os.environ.get(FALLBACK) == "fallback":
        return False
    with tempfile.TemporaryDirectory() as folder:
        sandbox = Sandbox(Path(folder), Limits(), {})
        try:
            return sandbox.mode == "bwrap"
        finally:
            sandbox.close()


def world(mode: str = "bwrap") -> str:
    """Where a test runs: bwrap-root, bwrap-user, fallback-root or fallback-user."""
    return f"{'bwrap' if mode == 'bwrap' and _bwrap() else 'fallback'}-{'root' if ROOT else 'user'}"


def succeeds_in(*worlds: str, reason: str) -> pytest.MarkDecorator:
    """The attack works in these worlds today (a strict xfail there)."""
    return pytest.mark.xfail(world() in worlds, reason=reason, strict=True)


def modes(reasons: dict[str, str] | None = None) -> list[object]:
    """Both sandbox modes as `mode` parameters; where one runs in a world of `reasons` (world -> why
    the attack works there), a strict xfail."""
    return [pytest.param(m, id=m, marks=[pytest.mark.xfail(reason=reasons[world(m)], strict=True)]
                         if world(m) in (reasons or {}) else []) for m in ("bwrap", "fallback")]


def within(worlds: tuple[str, ...], reason: str) -> dict[str, str]:
    return dict.fromkeys(worlds, reason)


FALLBACKS, FALLBACK_USER = ("fallback-root", "fallback-user"), ("fallback-user",)


@pytest.fixture
def mode(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """The sandbox mode a parametrised test asks for (`modes`)."""
    if request.param == "fallback":
        monkeypatch.setenv(FALLBACK, "fallback")
    return str(request.param)


def submission(tmp_path: Path, exercise: str, code: str, name: str = "sub", solution: bool = True) -> Path:
    """The solutions (modules import each other), with `code` appended to `exercise`'s module (or
    as the whole module)."""
    folder = tmp_path / name
    folder.mkdir()
    for path in SOLUTIONS.glob("*.py"):
        if path.name != "__init__.py":
            shutil.copy(path, folder)
    base = (SOLUTIONS / f"{exercise}.py").read_text() if solution else "import numpy as np\n"
    (folder / f"{exercise}.py").write_text(base + "\n" + code)
    return folder


def graded(tmp_path: Path, exercise: str, code: str, timeout: float = TIMEOUT, seed: int = 1,
           memory_mb: int = 1024, name: str = "sub", solution: bool = True,
           hidden: Path | None = None) -> ExerciseResult:
    report = grade(submission(tmp_path, exercise, code, name, solution), seed=seed, only=(exercise,),
                   limits=Limits(timeout=timeout, memory_mb=memory_mb), hidden_dir=hidden)
    (result,) = report.exercises
    return result


def checks(result: ExerciseResult, name: str) -> list:
    found = [c for c in result.checks if name in c.name]
    assert found, [c.name for c in result.checks]
    return found


def leaks(result: ExerciseResult) -> list[str]:
    """What a probing attack reported reaching (adversary.LEAK messages)."""
    return [c.message for c in result.checks if attack.LEAK in c.message]


# --- earning points not deserved ------------------------------------------------------------------

EVERYWHERE = ("bwrap-root", "bwrap-user", "fallback-root", "fallback-user")


def earning(name: str, exercise: str, code: str, check: str, reason: str = "") -> object:
    """An attack that computes less than `exercise` asks: every check named `check` must fail.
    With a reason, it succeeds today in every world (a strict xfail)."""
    marks = [succeeds_in(*EVERYWHERE, reason=reason)] if reason else []
    return pytest.param(exercise, code, check, marks=marks, id=name)


EARNING = [
    earning("only the sampled positions", "conv2d", attack.SAMPLED_POSITIONS, ": vectorised"),
    earning("timed images made at import", "conv2d", attack.KNOWN_SEED, ": vectorised"),
    earning("a pixel loop in 8 threads", "conv2d", attack.TIMED_THREADS, ": vectorised"),
    earning("wrong gradients", "lenet", attack.WRONG_GRADIENTS, "agree with your own loss"),
    earning("linearised loss", "lenet", attack.LINEARISED_LOSS, "agree with your own loss"),
    earning("training set in extra weights", "training", attack.KNN_EXTRA_WEIGHTS, "training run"),
    earning("training set packed in the weights", "training", attack.KNN_PACKED_WEIGHTS, "training run"),
]


@pytest.mark.parametrize(("exercise", "code", "check"), EARNING)
def test_an_attack_earns_nothing(tmp_path: Path, exercise: str, code: str, check: str) -> None:
    result = graded(tmp_path, exercise, code, timeout=5.0 if exercise == "conv2d" else 10.0)
    assert not any(c.passed for c in checks(result, check)), [c.message for c in checks(result, check)]


@pytest.mark.parametrize("mode", modes(), indirect=True)
@pytest.mark.parametrize("code", [pytest.param(attack.LINEARISED_SHARED, id="loss"),
                                  pytest.param(attack.LINEARISED_FORWARD, id="loss and forward")])
def test_a_loss_linearised_around_shared_weights_earns_nothing(tmp_path: Path, mode: str, code: str) -> None:
    """LeNet's centred difference at a secret base point and direction, against an attacker who knows
    a point nearby (through /tmp in the fallback): its loss is not the cross-entropy of its logits,
    and a forward made to agree with it would need the labels of images it has never seen."""
    token = f"gadv{secrets.token_hex(5)}"
    try:
        result = graded(tmp_path, "lenet", code.replace("TOKEN", token), timeout=10.0)
    finally:
        for left in Path("/tmp").glob(f"{token}-*"):
            left.unlink()
    found = checks(result, "agree with your own loss")
    if mode == "fallback" and code == attack.LINEARISED_FORWARD:
        # the fallback shares /tmp between a run's children (README: what the fallback leaves
        # open): children that coordinate through it and also forge the forward sometimes get one
        # model's directional check (seen in CI, 1 of 2); never every model's
        assert found and not all(c.passed for c in found), [c.message for c in found]
        return
    assert not any(c.passed for c in found), [c.message for c in found]


@pytest.fixture(scope="module")
def pretrained() -> str:
    """A ConvNet trained on all of scikit-learn's digits (28x28, on the data's 1/64 grid) with their true
    labels, as the base64 of an .npz of float16 arrays: what a student ships in their source."""
    pytest.importorskip("sklearn")
    from threadpoolctl import threadpool_limits  # scikit-learn's dependency

    from checker.data import load_digits_28
    from solutions.lenet import ConvNet
    from solutions.training import train

    split = load_digits_28(seed=0)
    x, y = np.concatenate([split.x_train, split.x_test]), np.concatenate([split.y_train, split.y_test])
    model = ConvNet(seed=0)
    with threadpool_limits(1):  # BLAS threads on a busy machine: 10x slower
        train(model, np.round(x * 64) / 64, y, x[:10], y[:10], epochs=4, batch_size=32, lr=0.05, seed=0)
    buffer = io.BytesIO()
    np.savez(buffer, **{str(i): w.astype(np.float16) for i, w in enumerate(model.get_weights())})
    return base64.b64encode(buffer.getvalue()).decode()


def test_the_training_points_need_a_training(tmp_path: Path, pretrained: str) -> None:
    result = graded(tmp_path, "training", attack.PRETRAINED_PERMUTED.replace("PRETRAINED", repr(pretrained)),
                    timeout=10.0)
    assert not any(c.passed for c in checks(result, "training run")), [c.message for c in checks(result, "training run")]


def test_a_timed_call_runs_alone(tmp_path: Path) -> None:
    result = graded(tmp_path, "conv2d", attack.TIMED_HELPER, timeout=5.0)
    assert not leaks(result), leaks(result)


def test_the_training_time_covers_the_training(tmp_path: Path) -> None:
    result = graded(tmp_path, "training", attack.TRAIN_EARLY_END, timeout=10.0)
    (timed,) = checks(result, "within")
    took = re.search(r"took ([0-9.]+) s", timed.message)
    assert took and float(took[1]) >= attack.TRAIN_BUSY, timed.message


# --- hurting the grader ---------------------------------------------------------------------------

def test_deep_folders_in_the_output_do_not_crash_the_grader(tmp_path: Path) -> None:
    result = graded(tmp_path, "dense", attack.DEEP_FOLDERS)
    assert result.score == result.max_score


@pytest.mark.parametrize("mode", modes(), indirect=True)
def test_a_planted_hand_over_file_does_not_crash_the_grader(tmp_path: Path, mode: str) -> None:
    result = graded(tmp_path, "conv2d", attack.HOLD_PLANTED, timeout=5.0)
    (timed,) = checks(result, ": vectorised")
    assert timed.passed or "could not be handed over" in timed.message, timed.message
    assert all(c.passed for c in result.checks if c is not timed), result.checks


CONTAINED = {  # attack -> (timeout, whether the code still deserves full marks)
    "endless progress line": (attack.ENDLESS_LINE, TIMEOUT, False),
    "5000 output files": (attack.MANY_FILES, 5.0, True),
    "value nested 100,000 deep": (attack.DEEP_VALUE, TIMEOUT, False),
    "record nested 500,000 deep": (attack.DEEP_RECORD, TIMEOUT, False),
}


@pytest.mark.parametrize("name", sorted(CONTAINED))
def test_the_grader_survives(tmp_path: Path, name: str) -> None:
    code, timeout, deserved = CONTAINED[name]
    result = graded(tmp_path, "dense", code, timeout=timeout)
    assert result.score == (result.max_score if deserved else 0), result.checks


MEMORY = [  # each refused by the seccomp filter (syscalls.py): one process, no memfd, no System V segments
    pytest.param("", id="honest"),
    pytest.param(attack.MEMFD, id="memfd"),
    pytest.param(attack.SYSV, id="System V"),
    pytest.param(attack.PROCESSES, id="processes"),
]


@pytest.mark.parametrize("code", MEMORY)
def test_a_child_holds_no_more_than_its_memory_limit(tmp_path: Path, code: str) -> None:
    result = graded(tmp_path, "dense", code, timeout=5.0, memory_mb=attack.MEMORY_MB)
    assert (result.score == result.max_score) == (code == ""), result.checks


# --- text that reaches the report -----------------------------------------------------------------

def notebook(folder: Path, name: str, *cells: str) -> None:
    made = [{"cell_type": "code", "metadata": {}, "outputs": [], "execution_count": None, "source": c} for c in cells]
    (folder / f"{name}.ipynb").write_text(json.dumps({"nbformat": 4, "nbformat_minor": 5, "metadata": {}, "cells": made}))


def unclean(value: object) -> list[str]:
    """The report's strings that are not strict UTF-8 text or carry control characters."""
    if isinstance(value, dict):
        return [s for v in value.values() for s in unclean(v)]
    if isinstance(value, list):
        return [s for v in value for s in unclean(v)]
    if not isinstance(value, str):
        return []
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return [value]
    return [value] if any(ord(c) < 32 and c not in "\n\t" for c in value) else []


SURROGATE = "\udc80\x1b[2J"  # a lone surrogate (a notebook's JSON may hold one) and a terminal escape


def _checked(folder: Path, **options: object) -> tuple[str, int]:
    """`grader check`'s standard output (its error output when it has none) and exit code."""
    out = check(folder, **options)  # type: ignore[arg-type]
    return out.stdout or out.stderr, out.code


def test_a_lone_surrogate_in_a_notebook_is_that_exercise_error(tmp_path: Path) -> None:
    folder = submission(tmp_path, "activations", "")
    notebook(folder, "dense", (SOLUTIONS / "dense.py").read_text(), f"NOTE = '{SURROGATE}'\n")
    (folder / "dense.py").unlink()
    with warnings.catch_warnings():  # what the failed start leaves (see the reason) goes here, not in a later test
        warnings.simplefilter("ignore", ResourceWarning)
        text, code = _checked(folder, seed=1, only=("dense", "activations"), fmt="json")
        gc.collect()
    assert code == 1, text
    report = json.loads(text)
    assert {e["name"]: e["score"] == e["max_score"] for e in report["exercises"]} == {"dense": False, "activations": True}


@pytest.mark.parametrize("fmt", ["json", "table"])
def test_notes_quote_the_submission_printably(tmp_path: Path, fmt: str) -> None:
    folder = tmp_path / "sub"
    folder.mkdir()
    notebook(folder, "dense", f"%matplotlib {SURROGATE}\n" + (SOLUTIONS / "dense.py").read_text())
    text, code = _checked(folder, seed=1, only=("dense",), fmt=fmt, verbose=True)
    assert code == 0, text
    assert not unclean(json.loads(text) if fmt == "json" else text)


def test_a_byte_order_mark_is_not_a_syntax_error(tmp_path: Path) -> None:
    folder = tmp_path / "sub"
    folder.mkdir()
    (folder / "dense.py").write_bytes(b"\xef\xbb\xbf" + (SOLUTIONS / "dense.py").read_bytes())
    text, code = _checked(folder, seed=1, only=("dense",))
    assert code == 0, text


# --- reaching out, leaving things behind -----------------------------------------------------------

def _received(client: socket.socket, size: int) -> bytes:
    data = b""
    while len(data) < size:
        chunk = client.recv(size - len(data))
        if not chunk:
            raise ConnectionError("short message")
        data += chunk
    return data


@contextlib.contextmanager
def answering_server() -> Iterator[tuple[tuple[str, int], str, list[int]]]:
    """A server of the test on the host's loopback (TCP) and on an abstract UNIX socket, answering
    dense_forward's output for the inputs a child sends it: (address, abstract name, connections)."""
    served: list[int] = []
    tcp, unix = socket.socket(), socket.socket(socket.AF_UNIX)
    name = f"\0grader-adversary-{secrets.token_hex(6)}"
    tcp.bind(("127.0.0.1", 0))
    unix.bind(name)
    stop = threading.Event()

    def serve(server: socket.socket) -> None:
        server.listen()
        server.settimeout(0.1)
        while not stop.is_set():
            try:
                client, _ = server.accept()
            except (TimeoutError, OSError):
                continue
            with client:
                served.append(1)
                client.settimeout(2.0)
                data = np.load(io.BytesIO(_received(client, int.from_bytes(_received(client, 8), "big"))))
                out = io.BytesIO()
                np.save(out, data["x"] @ data["w"] + data["b"])
                client.sendall(len(out.getvalue()).to_bytes(8, "big") + out.getvalue())

    threads = [threading.Thread(target=serve, args=(s,), daemon=True) for s in (tcp, unix)]
    for thread in threads:
        thread.start()
    try:
        yield tcp.getsockname(), name, served
    finally:
        stop.set()
        for thread in threads:
            thread.join()
        tcp.close()
        unix.close()


@pytest.mark.parametrize("mode", modes(), indirect=True)
def test_the_network_is_out_of_reach(tmp_path: Path, mode: str) -> None:
    with answering_server() as (address, name, served):
        code = attack.NETWORK.replace("ADDRESS", repr(address)).replace("ABSTRACT", repr(name))
        result = graded(tmp_path, "dense", code)
    assert not served
    assert result.score == 0


def _residue(token: str, key: int) -> list[str]:
    """What a PLANTER run left on the host: files, the System V segment, the daemon."""
    found = [str(p) for folder in ("/tmp", "/var/tmp", "/dev/shm") if (p := Path(folder, f"{token}.py")).exists()]
    with open("/proc/sysvipc/shm") as f:
        found += [f"System V segment {key:#x}" for line in f.readlines()[1:] if int(line.split()[0]) == key]
    return found + [f"process {pid}" for pid in _named(token)]


def _named(token: str) -> list[int]:
    """Live processes (not zombies waiting for a reaper) named `token`."""
    pids = []
    for entry in filter(str.isdigit, os.listdir("/proc")):
        with contextlib.suppress(OSError), open(f"/proc/{entry}/status") as f:
            status = f.read()
            if f"Name:\t{token}\n" in status and "State:\tZ" not in status:
                pids.append(int(entry))
    return pids


def _clean(token: str, key: int) -> None:
    """Remove what a PLANTER run may have left (only what it made: its files, segment, daemons)."""
    for folder in ("/tmp", "/var/tmp", "/dev/shm"):
        Path(folder, f"{token}.py").unlink(missing_ok=True)
    libc = ctypes.CDLL(None, use_errno=True)
    segment = libc.shmget(key, 0, 0)
    if segment >= 0:
        libc.shmctl(segment, 0, None)  # IPC_RMID
    for pid in _named(token):
        with contextlib.suppress(OSError):
            os.kill(pid, signal.SIGKILL)


@pytest.mark.parametrize("mode", modes(within(FALLBACKS, (
    "the fallback shares /tmp, /var/tmp and /dev/shm with the host: the module's source stays there after "
    "the run and a later run executes it (documented as not protected; System V segments and daemons "
    "are refused by the seccomp filter)"))), indirect=True)
def test_nothing_survives_a_run(tmp_path: Path, mode: str) -> None:
    token, key = f"gadv{secrets.token_hex(5)}", 0x47410000 + secrets.randbelow(1 << 16)
    try:
        first = graded(tmp_path, "dense", attack.PLANTER.replace("TOKEN", token).replace("KEY", str(key)))
        assert first.score == first.max_score, first.checks
        left = _residue(token, key)
        later = graded(tmp_path, "dense", attack.FINDER.replace("TOKEN", token).replace("KEY", str(key)),
                       name="later", solution=False)
    finally:
        _clean(token, key)
    assert not left
    assert later.score == 0, later.checks


def _secrets(tmp_path: Path, hidden: Path) -> list[str]:
    """What a child must never read: the grader's package and data, the checkout's solutions, tests and
    history, another student's submission, the hidden checks' data."""
    package = Path(checker.__file__).resolve().parent
    peer = tmp_path / "peer"
    peer.mkdir()
    (peer / "dense.py").write_text("# another student's work\n")
    paths = [package / "__init__.py", package / "reference", peer / "dense.py", peer, hidden, hidden / "dense.npz"]
    paths += [package.parent / name for name in ("solutions", "tests", ".git") if (package.parent / name).exists()]
    return [str(p) for p in paths]


PROBES = {
    "reading": (attack.READS, FALLBACK_USER, (
        "the fallback runs an ordinary user's child as that user: it reads the grader, its data, the "
        "checkout, other submissions and the hidden checks' data (documented)")),
    "writing": (attack.WRITES, FALLBACK_USER, (
        "the fallback runs an ordinary user's child as that user: it writes into the submission folder and "
        "into the package every later child imports (a channel from the training child to the evaluation "
        "child; documented as 'your files')")),
    "descriptors": (attack.DESCRIPTORS, (), ""),
    "memory": (attack.MEMORY_OF_OTHERS, FALLBACK_USER, (
        "the fallback runs an ordinary user's child as that user: it opens the grader's and the fork "
        "server's /proc/<pid>/mem, i.e. may ptrace them (documented)")),
    "privileges": (attack.PRIVILEGES, FALLBACKS, (
        "the fallback's child sees the host's /sys (/sys/kernel) and /dev (not in the "
        "fallback's description)")),
}


PROBE_CASES = [pytest.param(what, *mode.values, id=f"{what}-{mode.id}", marks=mode.marks)
               for what, (_, worlds, reason) in PROBES.items() for mode in modes(within(worlds, reason))]


@pytest.mark.parametrize(("what", "mode"), PROBE_CASES, indirect=["mode"])
def test_a_child_reaches_nothing(tmp_path: Path, request: pytest.FixtureRequest, what: str, mode: str) -> None:
    token = f"gadv{secrets.token_hex(5)}"
    hidden = request.getfixturevalue("built") if what == "reading" else None  # test_hidden's example checks
    targets = _secrets(tmp_path, hidden) if hidden else [
        str(tmp_path / "sub"), str(SOLUTIONS), str(Path(checker.__file__).parent), sys.prefix]
    code = attack.probe(PROBES[what][0]).replace("PATHS", repr(targets)).replace("TOKEN", token)
    try:
        result = graded(tmp_path, "dense", code, hidden=hidden)
    finally:
        for folder in targets if what == "writing" else []:
            Path(folder, f"{token}.txt").unlink(missing_ok=True)
    assert result.score == result.max_score and not leaks(result), leaks(result) or result.checks


@pytest.mark.parametrize("mode", modes(), indirect=True)
def test_stopping_the_fork_server_costs_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, mode: str) -> None:
    monkeypatch.setattr(forkserver, "REPLY_SECONDS", 3.0)  # a stopped server is replaced after this
    result = graded(tmp_path, "dense", attack.STOPPER)
    assert result.score == result.max_score, result.checks


@pytest.mark.parametrize("mode", modes(within(FALLBACK_USER, (
    "the fallback runs an ordinary user's child as that user: it opens the grader's pipes through "
    "/proc/<grader>/fd and writes a yardstick line of its own into the keeper's status pipe, and a "
    "pixel loop gets the vectorisation points (documented only as 'your other processes')"))), indirect=True)
def test_the_yardstick_comes_from_the_keeper_only(tmp_path: Path, mode: str) -> None:
    result = graded(tmp_path, "conv2d", attack.FORGED_YARDSTICK, timeout=5.0)
    (vectorised,) = checks(result, ": vectorised")
    assert not vectorised.passed, vectorised.message


@pytest.mark.parametrize("mode", modes(within(FALLBACK_USER, (
    "the fallback runs an ordinary user's child as that user: it reads `grader check`'s environment (a CI "
    "token) through /proc/<pid>/environ (documented)"))), indirect=True)
def test_the_grader_environment_is_out_of_reach(tmp_path: Path, mode: str) -> None:
    token = f"gadv{secrets.token_hex(5)}"
    folder = submission(tmp_path, "dense", attack.probe(attack.ENVIRON).replace("TOKEN", token))
    done = subprocess.run([sys.executable, "-m", "checker.cli", "check", str(folder), "--only", "dense", "--seed", "1",
                           "--timeout", str(TIMEOUT), "--format", "json"], check=False, cwd=SOLUTIONS.parent,
                          capture_output=True, text=True, timeout=120, env={**os.environ, "GRADER_ADVERSARY_TOKEN": token})
    report = json.loads(done.stdout)
    assert token not in done.stdout and attack.LEAK not in done.stdout, done.stdout
    assert report["score"] == report["max_score"]
