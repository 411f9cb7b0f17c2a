"""Forged measurements: the student's process can replace anything in it (the runner included),
so points come only from outputs for inputs the grader chose and from what the grader measures
outside it. One row per forgery that once won points (the conv2d timer's rows are in
test_timing.py): the self-consistency check, the training clock, the in-place watch, and a
`train` that answers from stored digits instead of learning."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from checker.grade import checks

ROOT = Path(__file__).parents[3]


def _submission(tmp_path: Path, module: str, tail: str, old: str = "", new: str = "") -> Path:
    folder = tmp_path / "sub"
    shutil.copytree(ROOT / "solutions", folder, ignore=shutil.ignore_patterns("derivations", "__pycache__"))
    code = (folder / f"{module}.py").read_text()
    assert old in code
    (folder / f"{module}.py").write_text(code.replace(old, new, 1) + tail)
    return folder


def _checks(folder: Path, module: str) -> dict[str, tuple[float, float, str]]:
    (result,) = checks.grade(folder, seed=1, only=(module,)).exercises
    return {c.name: (c.score, c.max_score, c.message) for c in result.checks}


# gradients twice too large, and losses made up to agree with them from the weights seen earlier
# in the same process (the old in-process centred difference, or stashed weights, let this pass)
CONSISTENT_LIES = """

_seen = []
_real_set, _real_loss = Network.set_weights, Network.loss_and_grads


def _set(self, weights):
    _seen.append([np.array(w, dtype=np.float64) for w in weights])
    _real_set(self, weights)


def _loss(self, x, labels):
    loss, grads = _real_loss(self, x, labels)
    grads = [2 * g for g in grads]
    if len(_seen) >= 2:  # pretend the loss moved along the (doubled) gradients from the first weights
        base = _seen[0]
        _real_set(self, base)
        loss0, g0 = _real_loss(self, x, labels)
        _real_set(self, _seen[-1])
        loss = loss0 + sum(float(np.sum(2 * g * (w - b))) for g, w, b in zip(g0, _seen[-1], base))
    return loss, grads


Network.set_weights, Network.loss_and_grads = _set, _loss
"""


def test_made_up_losses_earn_no_self_consistency_points(tmp_path: Path) -> None:
    found = _checks(_submission(tmp_path, "lenet", CONSISTENT_LIES), "lenet")
    centred = {n: v for n, v in found.items() if "centred difference" in n}
    assert centred and all(score == 0 for score, _, _ in centred.values()), centred


EARLY_END = """

import sys as _sys
_runner = _sys.modules["runner"]
_finish, _announce = _runner._finish, _runner._announce


def _early(call_id, record, progress):  # the training clock stopped before the training ends
    _finish(call_id, record, progress)


_real_train = train


def train(*args, **kwargs):
    for line in ("E " + c["id"] for c in __import__("json").load(open("plan.json"))["calls"] if c.get("hold")):
        _announce(3, line)
    return _real_train(*args, **kwargs)
"""


def test_a_training_that_ends_its_clock_early_earns_no_time_point(tmp_path: Path) -> None:
    found = _checks(_submission(tmp_path, "training", EARLY_END), "training")
    (timed,) = [v for n, v in found.items() if n.startswith("training run: train:")]
    assert timed[0] == 0, timed


IN_PLACE = ("    return dout @ w.T, x.T @ dout, np.ones(len(dout), dtype=dout.dtype) @ dout",
            "    result = dout @ w.T, x.T @ dout, np.ones(len(dout), dtype=dout.dtype) @ dout\n"
            "    dout *= 2  # changes the caller's array\n    return result")
HIDE_IT = """

import sys as _sys
_runner = _sys.modules["runner"]
_outputs = _runner._outputs


def _clean(call_id, value, keep):  # reports the inputs as the grader sent them
    if call_id.endswith(".w"):
        value = []
    return _outputs(call_id, value, keep)


_runner._outputs = _clean
"""


@pytest.mark.parametrize("forge", ["", HIDE_IT], ids=["in place", "in place, hidden from the watch"])
def test_in_place_changes_cost_no_points_either_way(tmp_path: Path, forge: str) -> None:
    """Only the child sees its inputs after a call, so an in-place change is a note worth no points:
    hiding it from the watch changes nothing."""
    found = _checks(_submission(tmp_path, "dense", forge, *IN_PLACE), "dense")
    assert all(score == most for score, most, _ in found.values()), found
    notes = [m for _, _, m in found.values() if "modified in place" in m]
    assert bool(notes) == (not forge), notes


NEAREST = """

_real_train = train
_memory = {}


def train(model, x, y, x_val, y_val, epochs=5, batch_size=32, lr=0.05, seed=0):
    _memory["x"], _memory["y"] = x.reshape(len(x), -1), y  # kept in the process, and in files
    for folder in ("/tmp", "/var/tmp", "/dev/shm", "."):
        try:
            np.savez(folder + "/digits.npz", x=_memory["x"], y=y)
        except OSError:
            pass
    return {"loss": [0.0] * epochs, "val_accuracy": [1.0] * epochs}


def _nearest(self, q):
    found = _memory
    for folder in ("/tmp", "/var/tmp", "/dev/shm", "."):
        if not found:
            try:
                found = dict(np.load(folder + "/digits.npz"))
            except OSError:
                pass
    d = ((q.reshape(len(q), -1)[:, None, :] - found["x"][None]) ** 2).sum(-1)
    return np.eye(10)[found["y"][d.argmin(1)]]


from .lenet import ConvNet as _ConvNet  # noqa: E402
_ConvNet.forward = _nearest
"""


def test_a_train_that_remembers_the_digits_earns_nothing(tmp_path: Path) -> None:
    """The accuracy is measured in a new child given only the trained weights: nothing the training
    child kept (in the class, in /tmp, in its folder) reaches it."""
    found = _checks(_submission(tmp_path, "training", NEAREST), "training")
    run = {n: v for n, v in found.items() if n.startswith("training run")}
    assert run and all(score == 0 for score, _, _ in run.values()), run
