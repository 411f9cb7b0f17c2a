"""Hostile submissions: each ends within its limit plus a margin and never gets full marks.

Every case is the good `dense.py` followed by an attack (most redefine `dense_forward`),
graded with `--only dense` and a short timeout, so a full score would mean the attack
changed a score.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from checker.grade.checks import grade
from checker.grade.isolation import Limits

GOOD = (Path(__file__).parents[3] / "solutions" / "dense.py").read_text()
TIMEOUT = 1.5
WRONG = "\ndef dense_forward(x, w, b):\n    return x @ w, (x, w)\n"

HOSTILE = {
    "infinite loop": "def dense_forward(x, w, b):\n    while True:\n        pass\n",
    "infinite loop at import": "while True:\n    pass\n",
    "memory bomb": "def dense_forward(x, w, b):\n    a = []\n    while True:\n        a.append(bytearray(10**8))\n",
    "numpy memory bomb": "import numpy as np\ndef dense_forward(x, w, b):\n    return np.ones((10**6, 10**6)), None\n",
    "fork bomb": "import os\ndef dense_forward(x, w, b):\n    while True:\n        try:\n            os.fork()\n        except OSError:\n            pass\n",
    "deep recursion": "import sys\nsys.setrecursionlimit(10**8)\ndef f(n):\n    return f(n + 1) + 1\n"
                      "def dense_forward(x, w, b):\n    return f(0)\n",
    "sys.exit(0)": "import sys\ndef dense_forward(x, w, b):\n    sys.exit(0)\n",
    "os._exit(0)": "import os\ndef dense_forward(x, w, b):\n    os._exit(0)\n",
    "KeyboardInterrupt": "def dense_forward(x, w, b):\n    raise KeyboardInterrupt\n",
    "SystemExit at import": "raise SystemExit(0)\n",
    "monkeypatched numpy": "import numpy as np\nnp.allclose = lambda *a, **k: True\nnp.array_equal = lambda *a, **k: True\n"
                           "np.lib.format.write_array = lambda *a, **k: None\n" + WRONG,
    "rigged ndarray subclass": "import numpy as np\nclass R(np.ndarray):\n    def __eq__(self, o):\n        return True\n"
                               "    __array_priority__ = 1000\n"
                               "def dense_forward(x, w, b):\n    return np.zeros((x.shape[0], w.shape[1])).view(R), (x, w)\n",
    "rigged __eq__ object": "class A:\n    def __eq__(self, o):\n        return True\n    shape = (4, 3)\n"
                            "def dense_forward(x, w, b):\n    return A(), (x, w)\n",
    "object array": "import numpy as np\ndef dense_forward(x, w, b):\n    return np.array([object()] * 3), (x, w)\n",
    "str array": "import numpy as np\ndef dense_forward(x, w, b):\n    return np.full((x.shape[0], w.shape[1]), 'x'), (x, w)\n",
    "NaN and Inf": "import numpy as np\ndef dense_forward(x, w, b):\n    return x @ w + b + np.nan, (x, w)\n",
    "huge output": "import numpy as np\ndef dense_forward(x, w, b):\n    return np.zeros(10**8), (x, w)\n",
    "printing fake JSON": "print('{\"version\": 1, \"score\": 100, \"max_score\": 100}')\n" + WRONG,
    "forged result files": "import json, os\ndef dense_forward(x, w, b):\n    for n in os.listdir('out'):\n"
                           "        os.remove(os.path.join('out', n))\n    for i in range(40):\n"
                           "        open(f'out/c{i}v0B.json', 'w').write(json.dumps({'id': 'x', 'status': 'ok'}))\n"
                           "    os.symlink('/etc/passwd', 'out/c0v0F.0.npy')\n    return x @ w, (x, w)\n",
    "writing and deleting files": "import os, shutil\nfor p in ['/work/main/solutions', '/work/main/checker', '..']:\n"
                                  "    shutil.rmtree(p, ignore_errors=True)\n"
                                  "open('/tmp/owned', 'w').write('x') if os.geteuid() else None\n" + WRONG,
    "reading reference data": "import numpy as np\ndef dense_forward(x, w, b):\n    d = np.load('/work/main/checker/reference/data/dense.npz')\n"
                              "    return d[d.files[0]], (x, w)\n",
    "importing the grader": "import checker.grade.results as r\nr.CheckResult.__init__ = None\n" + GOOD,
    "threads left running": "import threading, time, os\ndef spam():\n    while True:\n        for n in os.listdir('out'):\n"
                            "            try:\n                open(os.path.join('out', n), 'w').write('{}')\n"
                            "            except OSError:\n                pass\n"
                            "threading.Thread(target=spam, daemon=False).start()\n" + WRONG,
    "killing the fork server": "import os, signal\ndef dense_forward(x, w, b):\n    os.kill(os.getppid(), signal.SIGKILL)\n"
                              "    return x @ w + b, (x, w)\n",
    "forged progress lines": "import os, json, threading, time\n"
                             "def _forge():  # each second, claims the running call ended and the next began\n"
                             "    ids = [c['id'] for c in json.load(open('plan.json'))['calls']]\n"
                             "    for a, b in zip(ids, ids[1:]):\n        time.sleep(1.0)\n"
                             "        os.write(3, f'E {a}\\nS {b}\\n'.encode())\n"
                             "threading.Thread(target=_forge, daemon=True).start()\n"
                             "def dense_forward(x, w, b):\n    while True:\n        time.sleep(0.01)\n",
    "huge JSON number": "import sys\n_m = sys.modules['runner']\n"
                        "def _forged(call_id, record, progress):\n"
                        "    open(f'out/{call_id}.json', 'w').write('{\"id\": \"%s\", \"status\": \"ok\", \"seconds\": 1%s, "
                        "\"outputs\": [1e400]}' % (call_id, '0' * 400))\n"
                        "    _m._announce(progress, 'E ' + call_id)\n_m._finish = _forged\n" + WRONG,
    "malformed npy headers": "import sys\n_m = sys.modules['runner']\n_shapes = iter(['(4294967296, 4294967296)', '(-1, -8)', "
                             "'(100000000000000000000, 0)'] * 50)\n"
                             "def _forged(path, value):\n"
                             "    h = (\"{'descr': '<f8', 'fortran_order': False, 'shape': %s, }\" % next(_shapes)).encode() + b'\\n'\n"
                             "    open(path, 'wb').write(b'\\x93NUMPY\\x01\\x00' + len(h).to_bytes(2, 'little') + h + bytes(64))\n"
                             "_m._save = _forged\n",
    "one file named many times": "import sys, json\n_m = sys.modules['runner']\n_finish = _m._finish\n"
                                 "def _forged(call_id, record, progress):\n"
                                 "    if record.get('outputs'):\n        record['outputs'] = [record['outputs'][0]] * 64\n"
                                 "    _finish(call_id, record, progress)\n_m._finish = _forged\n"
                                 "import numpy as np\ndef dense_forward(x, w, b):\n    return np.zeros(10**6), (x, w)\n",
    "changing cwd and env": "import os\nos.chdir('/')\nos.environ.clear()\nos.environ['OPENBLAS_NUM_THREADS'] = '64'\n" + WRONG,
}

# in bubblewrap mode the worker's parent is its keeper, PID 1 of its namespace, which a signal
# from inside cannot kill; in the fallback the call fails
HARMLESS = {"killing the fork server"}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_submission_is_contained(tmp_path: Path, name: str) -> None:
    (tmp_path / "dense.py").write_text(GOOD + "\n" + HOSTILE[name])
    start = time.monotonic()
    report = grade(tmp_path, seed=1, only=("dense",), limits=Limits(timeout=TIMEOUT, memory_mb=1024))
    elapsed = time.monotonic() - start
    (exercise,) = report.exercises
    if name in HARMLESS:  # the attack cannot reach its target: the code's own result is scored
        assert exercise.score <= exercise.max_score
    else:
        assert exercise.score < exercise.max_score, exercise
    assert elapsed < 4 * TIMEOUT + 6, f"{name} took {elapsed:.1f} s"
    assert (Path(__file__).parents[3] / "checker" / "reference" / "data" / "manifest.json").is_file()
    assert all(c.message or c.passed for c in exercise.checks)


def test_good_submission_still_passes_after_the_attacks(tmp_path: Path) -> None:
    (tmp_path / "dense.py").write_text(GOOD)
    report = grade(tmp_path, seed=1, only=("dense",))
    assert report.score == report.max_score
