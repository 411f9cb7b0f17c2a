"""Hidden inputs never reach an ordinary child: hidden cases run in a child of their own, so an
ordinary check's message (shown in full) cannot carry them. Once, code that raised its whole plan's
inputs in an ordinary check's error message printed 940 characters of exact hidden values."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np

from tests.grade.test_hidden import _check, _submission, built  # noqa: F401  (a fixture)

DUMP = """
import numpy as _np, json as _json


def conv2d_forward(x, w, b, strides=(1, 1), padding="valid"):  # raises every input of its child's plan
    plan = _json.load(open("plan.json"))
    data = open("inputs.bin", "rb").read()
    values, keys = [], [k for k in plan["inputs"] if k.startswith("hidden")] or list(plan["inputs"])
    for spec in (plan["inputs"][k] for k in keys):
        count = int(_np.prod(spec["shape"]))
        values += _np.frombuffer(data, spec["dtype"], count, spec["offset"]).ravel().tolist()
    raise ValueError(" ".join(f"{v:.6g}" for v in values))
"""


def test_ordinary_messages_never_carry_hidden_inputs(tmp_path: Path, built: Path) -> None:  # noqa: F811
    code, report = _check(_submission(tmp_path, DUMP), built, "conv2d")
    assert code == 1
    checks = report["exercises"][0]["checks"]
    shown = [c["message"] for c in checks if not c.get("hidden")]
    assert any(re.search(r"ValueError: -?\d\.\d", m) for m in shown), shown  # ordinary inputs are shown
    with np.load(built / "conv2d.npz") as data:
        exact = {f"{v:.6g}" for key in data.files if re.search(r"\|a\d$", key) for v in data[key].ravel()}
    words = {w for m in shown for w in m.split()}
    assert not (words & exact - {str(n) for n in range(-9, 10)}), sorted(words & exact)[:5]
