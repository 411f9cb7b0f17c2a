"""Scenario checks: two_layer, lenet and training graded on mutated solutions, and the judges."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest

from checker.grade import catalogue, checks, models, own, scenario, specs, steps
from checker.grade.store import verify
from checker.grade.transport import Outcome
from checker.grade.variant import Seen

ROOT = Path(__file__).parents[2]


def _mutant(tmp_path: Path, module: str, old: str, new: str, fresh: bool = True) -> Path:
    for source in (ROOT / "solutions").glob("*.py"):
        if fresh or not (tmp_path / source.name).exists():
            shutil.copy(source, tmp_path / source.name)
    path = tmp_path / f"{module}.py"
    code = path.read_text()
    assert old in code, f"{old!r} is no longer in solutions/{module}.py"
    path.write_text(code.replace(old, new, 1))
    return tmp_path


@pytest.mark.parametrize(
    ("module", "old", "new", "failing", "needle"),
    [
        pytest.param("two_layer", '"w1": x.T @ err1 / m,', '"w1": x.T @ err1,', "backward (reference input)",
                     "a sum where a mean was due", id="two_layer sum for mean"),
        pytest.param("two_layer", "a2[:, 0] >= 0.5", "a2[:, 0] > 0.6", "predict (",
                     "predict()", id="two_layer predict threshold"),
        pytest.param("lenet", "dlogits / len(labels)", "dlogits", "ConvNet: loss_and_grads (reference input)",
                     "a sum where a mean was due (off by the batch size 3)", id="lenet sum for mean"),
        pytest.param("lenet", "param -= lr * grad", "param += lr * grad", "ConvNet: weights after one sgd_step",
                     "model.get_weights()[0]", id="lenet sgd_step ascends"),
        pytest.param("lenet", "return [p.copy() for p in self._params]", "return self._params[::-1]",
                     "get_weights after set_weights", "expected shape", id="lenet weights reversed"),
        pytest.param("training", "yield x[batch], y[batch]", "yield x[batch], y[start : start + batch_size]",
                     "every sample once", "do not belong to the samples", id="training labels not shuffled"),
        pytest.param("training", "for start in range(0, len(x), batch_size):",
                     "for start in range(0, len(x) - batch_size + 1, batch_size):", "every sample once",
                     "batch sizes", id="training last batch dropped"),
        pytest.param("training", "total += float(model.sgd_step(xb, yb, lr)) * len(xb)", "total += 0.0",
                     "accuracy after training", "needs at least 70%", id="training never steps"),
    ],
)
def test_mutants_lose_the_right_points(tmp_path: Path, module: str, old: str, new: str, failing: str,
                                       needle: str) -> None:
    report = checks.grade(_mutant(tmp_path, module, old, new), seed=3, only=(module,))
    (result,) = report.exercises
    failed = [c for c in result.checks if not c.passed]
    assert 0 < result.score < result.max_score
    assert any(failing in c.name and needle in c.message for c in failed), [(c.name, c.message) for c in failed]


EPS = own.DIRECTION_EPS


@pytest.mark.parametrize(
    ("high", "low", "along", "passed"),
    [
        pytest.param(2 + 3 * EPS, 2 - 3 * EPS, 3.0, True, id="smooth, gradients right"),
        pytest.param(2 + 3 * EPS, 2 - 3 * EPS, 3.01, False, id="smooth, gradients off by 0.3%"),
        # slope 3 up to a kink at base + eps/2, slope 5 after it: the centred difference reads 3.5
        pytest.param(2 + 4 * EPS, 2 - 3 * EPS, 3.0, True, id="kink on the + side, gradients right"),
        pytest.param(2 + 3 * EPS, 2 - 4 * EPS, 3.0, True, id="kink on the - side, gradients right"),
        pytest.param(2 + 4 * EPS, 2 - 3 * EPS, 5.0, False, id="kink, gradients of the far side"),
        pytest.param(2 + 4 * EPS, 2 - 3 * EPS, 6.0, False, id="kink, gradients wrong"),
    ],
)
def test_a_kink_beside_the_base_point_is_not_a_wrong_gradient(high: float, low: float, along: float,
                                                              passed: bool) -> None:
    """The base loss is 2.0: the side without the kink still changes as the gradients say."""
    assert own._slopes(2.0, high, low, along, specs.Directional("grads")).passed is passed


def test_a_consistent_but_wrong_loss_keeps_the_centred_difference_points(tmp_path: Path) -> None:
    """Loss and gradients both doubled: wrong against the reference, consistent with each other."""
    wrong = _mutant(tmp_path, "lenet", "return float(-log_probs[rows, labels].mean()), dlogits / len(labels)",
                    "return float(-2 * log_probs[rows, labels].mean()), 2 * dlogits / len(labels)")
    (result,) = checks.grade(wrong, seed=0, only=("lenet",)).exercises
    passed = {c.name.split(" (reference")[0]: c.passed for c in result.checks}
    assert passed["ConvNet: your gradients agree with your own loss (centred difference)"]
    assert not passed["ConvNet: loss_and_grads"] and passed["ConvNet: forward (logits)"]


def test_a_forward_that_returns_probabilities_keeps_the_centred_difference_points(tmp_path: Path) -> None:
    """forward returns the softmax of the logits (a mistake the logits check names), loss_and_grads is
    right: the loss changes as the cross-entropy of those probabilities does, so the mistake costs once."""
    wrong = _mutant(tmp_path, "lenet", "        return self._forward(x)[0]\n",
                    "        z = self._forward(x)[0]\n        e = np.exp(z - z.max(axis=1, keepdims=True))\n"
                    "        return e / e.sum(axis=1, keepdims=True)\n")
    (result,) = checks.grade(wrong, seed=0, only=("lenet",)).exercises
    passed = {c.name.split(" (reference")[0]: c.passed for c in result.checks}
    assert passed["ConvNet: your gradients agree with your own loss (centred difference)"]
    assert not passed["ConvNet: forward (logits)"]


FLAT = ("return x.reshape(len(x), -1), x", "return x.transpose(0, 3, 1, 2).reshape(len(x), -1), x")
OWN_DENSE = ("from .dense import dense_backward, dense_forward\n",
             "from .dense import dense_backward\n\n\ndef dense_forward(x, w, b):\n    return x @ w + 2 * b, (x, w)\n")


@pytest.mark.parametrize(
    ("edits", "model", "check", "needle"),
    [
        pytest.param({"dense": [("np.ones(len(dout), dtype=dout.dtype) @ dout", "dout[0]")]}, "ConvNet", "loss_and_grads",
                     "the first that differs is Dense(10): dense_backward()[2]", id="bias gradient of one row"),
        pytest.param({"activations": [("return dout * (cache > 0)", "return dout * (dout > 0)")]}, "ConvNet",
                     "loss_and_grads", "the first that differs is the relu after Dense(100): relu_backward()",
                     id="relu mask from dout"),
        pytest.param({"dense": [("return x @ w + b, (x, w)", "return x @ w + 2 * b, (x, w)")]},
                     "LeNet5 (sigmoid, avg pooling)", "forward (logits)",
                     "the first that differs is Dense(120): dense_forward()", id="bias doubled"),
        pytest.param({"activations": [("return dout * cache * (1 - cache)", "return dout * cache")]}, "LeNet5 (sigmoid, avg pooling)",
                     "loss_and_grads", "the first that differs is the sigmoid after Dense(84): sigmoid_backward()",
                     id="sigmoid derivative without (1 - s)"),
        pytest.param({"dense": [("return dout @ w.T, x.T @ dout,", "return dout.reshape(3, -1) @ w.T, x.T @ dout,")],
                      "lenet": [("dlogits / len(labels)", "dlogits")]},
                     "ConvNet", "loss_and_grads", "the first that differs is Dense(10): dense_backward() failed on them",
                     id="a layer that raises on the probe's two images"),
        pytest.param({"lenet": [FLAT]}, "ConvNet", "forward (logits)",
                     "put together differently: the flatten order: yours flattens channels first", id="flatten channels first"),
        pytest.param({"lenet": [FLAT]}, "ConvNet", "loss_and_grads", "The forward pass differs already",
                     id="flatten: gradients point at forward"),
        pytest.param({"lenet": [("return float(-log_probs[rows, labels].mean())", "return float(-log_probs[rows, labels].sum())")]},
                     "ConvNet", "loss_and_grads", "so the loss value itself differs", id="loss summed, gradients right"),
        pytest.param({"lenet": [OWN_DENSE], "dense": [("return x @ w + b, (x, w)", "return x @ w + 3 * b, (x, w)")]},
                     "ConvNet", "forward (logits)", "(not probed: Dense(10); Dense(100)), so the assembly differs",
                     id="own dense_forward in lenet.py: the broken one in dense.py is not blamed"),
    ],
)
def test_a_failed_model_check_names_the_layer(tmp_path: Path, edits: dict[str, list[tuple[str, str]]], model: str,
                                              check: str, needle: str) -> None:
    """Each layer swapped into the reference model (fed its stored activations) finds the culprit; the
    update rule is judged against the model's own gradients, so it is not charged again."""
    for module, pairs in edits.items():
        for old, new in pairs:
            _mutant(tmp_path, module, old, new, fresh=False)
    (result,) = checks.grade(tmp_path, seed=3, only=("lenet",)).exercises
    by_name = {c.name: c for c in result.checks}
    failed = by_name[f"{model}: {check} (reference input)"]
    assert not failed.passed and needle in failed.message, failed.message
    for step in ("weights after one sgd_step: weights - lr * your gradients", "sgd_step returns the loss before the step"):
        assert by_name[f"{model}: {step} (reference input)"].passed


@pytest.mark.parametrize(
    ("old", "new", "check", "needle"),
    [
        pytest.param("param -= lr * grad", "param = param - lr * grad", "weights after one sgd_step",
                     "sgd_step did not change the model's weights", id="update not stored"),
        pytest.param("return loss, grads\n\n    def _loss", "return 0.0, [g * 0 for g in grads]\n\n    def _loss",
                     "weights after one sgd_step", "needs nonzero gradients from model.loss_and_grads",
                     id="zero gradients earn nothing"),
        pytest.param("return loss, grads\n\n    def _loss", "return 0.0, [g * 0 for g in grads]\n\n    def _loss",
                     "your gradients agree with your own loss", "yours are all zero", id="zero gradients: no free centred difference"),
    ],
)
def test_update_rule_checks(tmp_path: Path, old: str, new: str, check: str, needle: str) -> None:
    (result,) = checks.grade(_mutant(tmp_path, "lenet", old, new), seed=3, only=("lenet",)).exercises
    failed = next(c for c in result.checks if c.name.startswith(f"ConvNet: {check}"))
    assert not failed.passed and needle in failed.message, failed.message


def test_a_float32_model_passes_the_update_rule(tmp_path: Path) -> None:
    """Parameters kept in float32: the step is judged from the weights the model reports."""
    wrong = _mutant(tmp_path, "lenet", "self._params = [np.array(w, dtype=self.dtype) for w in weights]",
                    "self._params = [np.array(w, dtype=np.float32) for w in weights]")
    (result,) = checks.grade(wrong, seed=3, only=("lenet",)).exercises
    by_name = {c.name: c for c in result.checks}
    assert by_name["ConvNet: weights after one sgd_step: weights - lr * your gradients (reference input)"].passed


def test_skeleton_lenet_reports_its_constructor() -> None:
    report = checks.grade(ROOT / "exercises", seed=0, only=("lenet",))
    (result,) = report.exercises
    assert result.score == 0 and result.status == "not implemented"
    assert result.first_failure == "LeNet5: not implemented yet"


def test_held_out_labels_and_expected_values_never_reach_the_child() -> None:
    """The child gets the inputs its calls use: no expected outputs, no held-out labels."""
    entry = verify()["exercises"]["training"]
    variant = entry["cases"][models.TRAINING_RUN.name][0]
    sent = set().union(*(c.arrays() for c in scenario.calls(models.TRAINING_RUN, variant, "t")))
    assert sent and not any(k.endswith("|labels") or "|e" in k.rsplit("|", 1)[-1] for k in sent)
    assert "training run|0|x" in sent


@pytest.mark.parametrize(
    ("seconds", "passed", "needle"),
    [(0.8, True, "took 0.80 s"), (models.TRAIN_LIMIT + 1, False, "vectorise the layers")],
)
def test_training_time_limit(seconds: float, passed: bool, needle: str) -> None:
    step = next(s for s in models.TRAINING_RUN.steps if isinstance(s.check, specs.Time))
    variant = verify()["exercises"]["training"]["cases"][models.TRAINING_RUN.name][0]
    with np.load(ROOT / "checker/reference/data/training.npz", allow_pickle=False) as data:
        got = Outcome("x", "ok", seconds=seconds)
        verdict = steps._judge(step, got, Seen(models.TRAINING_RUN, 0, variant, "", {}, data))
    assert verdict.passed is passed and needle in verdict.message


def test_scenario_points() -> None:
    code = [e for e in catalogue.EXERCISES if e.kind == "code"]
    assert {e.name: sum(c.points for c in e.cases) for e in code[-3:]} == {
        "two_layer": 5.0, "lenet": 18.0, "training": 7.0}


def test_siblings_import_absolutely_too(tmp_path: Path) -> None:
    """`from conv2d import ...` (the only form a Jupyter notebook can use) works like `from .conv2d`."""
    wrong = _mutant(tmp_path, "pooling", "from .conv2d import", "from conv2d import")
    (result,) = checks.grade(wrong, seed=0, only=("pooling",)).exercises
    assert result.score == result.max_score, result.first_failure


def test_a_model_that_ignores_its_input_earns_no_consistency_points(tmp_path: Path) -> None:
    """Logits = the last bias for every image, with matching loss and gradients: self-consistent, useless."""
    wrong = _mutant(tmp_path, "lenet", "        return self._forward(x)[0]\n",
                    "        return np.tile(self._params[-1], (len(x), 1))\n")
    (result,) = checks.grade(wrong, seed=1, only=("lenet",)).exercises
    judged = [c for c in result.checks if "own" in c.name or "sgd_step" in c.name]
    assert judged and not any(c.passed for c in judged if "ConvNet" in c.name and "reference" in c.name)
    assert any("ignores its input" in c.message for c in judged)


def test_a_train_that_patches_the_model_earns_nothing(tmp_path: Path) -> None:
    """train() that attaches a nearest-neighbour forward to the model instead of training it: the
    accuracy is the grader's own forward pass of the weights, and speed alone earns nothing."""
    wrong = _mutant(tmp_path, "training", "def train(", "def _real_train(")
    (wrong / "training.py").write_text((wrong / "training.py").read_text() + '''

def train(model, x, y, x_val, y_val, epochs=5, batch_size=32, lr=0.05, seed=0):
    flat = x.reshape(len(x), -1)

    def forward(q):
        d = ((q.reshape(len(q), -1)[:, None, :] - flat[None]) ** 2).sum(-1)
        return np.eye(10)[y[d.argmin(1)]]

    model.forward = forward
    return {"loss": [0.0] * epochs, "val_accuracy": [1.0] * epochs}
''')
    (result,) = checks.grade(wrong, seed=1, only=("training",)).exercises
    run = [c for c in result.checks if c.name.startswith("training run")]
    assert run and not any(c.passed for c in run), [(c.name, c.message) for c in run]


def test_weights_trained_elsewhere_score_like_chance(tmp_path: Path) -> None:
    """train() that trains on scikit-learn's digits with their true labels (the task the training run
    once used) instead of the images it is given: the run's task is made anew from secret entropy
    (strokes.py), so those weights score like chance."""
    pytest.importorskip("sklearn")
    wrong = _mutant(tmp_path, "training", "def train(", "def _real_train(")
    (wrong / "training.py").write_text((wrong / "training.py").read_text() + """

def train(model, x, y, x_val, y_val, **options):
    from sklearn.datasets import load_digits

    digits = load_digits()
    images = np.pad(np.kron(digits.images / 16.0, np.ones((3, 3))), ((0, 0), (2, 2), (2, 2)))[..., None]
    return _real_train(model, images[:800], digits.target[:800], x_val, y_val, **options)
""")
    (result,) = checks.grade(wrong, seed=1, only=("training",)).exercises
    accuracy = next(c for c in result.checks if c.name.startswith("training run: accuracy"))
    assert not accuracy.passed and accuracy.message.startswith("accuracy "), accuracy.message
