"""What a hostile student appends to a solution module, for test_adversary.py.

Each constant is Python source appended to `solutions/<exercise>.py`; it redefines what it needs
(a later definition wins). "Earning" attacks compute less than the exercise asks and get points
only if the attack works; "probing" attacks are correct code that reports, in an error message
that reaches the report, whatever it could reach that it must not (`LEAK` starts the message).
"""

from __future__ import annotations

LEAK = "LEAKED:"

# --- conv2d's vectorisation points -------------------------------------------------------------

# The timed runs are checked at 64 output positions drawn from np.random.default_rng(len(tag)):
# known in advance, so a loop over those 64 pixels (zeros elsewhere) is "vectorised".
SAMPLED_POSITIONS = '''
import json as _json
_small = conv2d_forward  # the small checks: any correct code (a pixel loop would do)
_runs = []


def conv2d_forward(x, w, b, strides=(1, 1), padding="valid"):
    held = [c["id"] for c in _json.load(open("plan.json"))["calls"] if c.get("hold")]
    if not held or x.shape[1] < 100:
        return _small(x, w, b, strides, padding)
    rng = np.random.default_rng(len(held[0]) - 2)  # the grader's picks: default_rng(len(tag))
    _runs.append(0)
    out = np.zeros((x.shape[0], x.shape[1], x.shape[2], w.shape[3]))
    for _ in range(len(_runs)):
        picks = np.stack([rng.integers(0, n, 64) for n in out.shape[:3]], axis=1)
    kh, kw = w.shape[:2]
    padded = np.pad(x, ((0, 0), ((kh - 1) // 2, kh), ((kw - 1) // 2, kw), (0, 0)))
    for n, i, j in picks:
        out[n, i, j] = np.tensordot(padded[n, i:i + kh, j:j + kw], w, axes=3) + b
    return out, None
'''

# A pixel loop for the timed size, and a cache filled at import (not timed): the timed images
# come from default_rng([seed, 7]) after the timed kernel, which sits in inputs.bin from the start,
# so the seed is found by trying seeds (20 us each: the CLI's 10**6 in ~20 s on one core, fewer
# cores' worth with helper processes; no time at all when a batch fixes the seed).
KNOWN_SEED = '''
import json as _json
_vectorised = conv2d_forward
_cache = {}


def _loop(x, w, b):
    """A Python loop over output pixels ('same' padding, stride 1): what is timed when not cached."""
    kh, kw = w.shape[:2]
    padded = np.pad(x, ((0, 0), ((kh - 1) // 2, kh // 2), ((kw - 1) // 2, kw // 2), (0, 0)))
    out = np.empty(x.shape[:3] + (w.shape[3],))
    for i in range(x.shape[1]):
        for j in range(x.shape[2]):
            out[:, i, j] = np.tensordot(padded[:, i:i + kh, j:j + kw], w, axes=3) + b
    return out


def _precompute():
    plan = _json.load(open("plan.json"))
    held = [c for c in plan["calls"] if c.get("hold")]
    if not held:
        return
    spec = plan["inputs"][held[0]["args"][1]["array"]]
    with open("inputs.bin", "rb") as f:
        w = np.frombuffer(f.read(), spec["dtype"], int(np.prod(spec["shape"])), spec["offset"]).reshape(spec["shape"])
    for seed in range(1000):
        rng = np.random.default_rng([seed, 7])
        if np.array_equal(rng.normal(size=w.shape), w):
            break
    else:
        return
    b = rng.normal(size=w.shape[3])
    rng.normal(size=(1, 4, 4, w.shape[2]))
    for _ in held:
        x = rng.normal(size=(2, 160, 160, w.shape[2]))
        _cache[x[0, 0, :8, 0].tobytes()] = _vectorised(x, w, b, padding="same")[0]


_precompute()


def conv2d_forward(x, w, b, strides=(1, 1), padding="valid"):
    if x.shape[1] < 100:
        return _vectorised(x, w, b, strides, padding)
    hit = _cache.get(np.ascontiguousarray(x[0, 0, :8, 0]).tobytes())
    return (hit if hit is not None else _loop(x, w, b)), None
'''

# A timed call that starts a helper process: with helpers, a loop over pixels spread over 16
# processes divides its wall time by the cores (and takes 16 shares of a busy machine against the
# yardstick's one), while the factor was measured for one process.
TIMED_HELPER = '''
import os as _os
_vectorised = conv2d_forward


def conv2d_forward(x, w, b, strides=(1, 1), padding="valid"):
    if x.shape[1] >= 100:
        try:
            pid = _os.fork()
        except OSError:
            pid = None
        if pid == 0:
            _os._exit(0)
        if pid is not None:
            _os.waitpid(pid, 0)
            raise RuntimeError("LEAKED: started a helper process during a timed call")
    return _vectorised(x, w, b, strides, padding)
'''

# --- LeNet's "your gradients agree with your own loss" -------------------------------------------

# Wrong gradients (twice too large), and a loss made linear around the first weights the process
# saw, with those gradients as its slope: the grader's centred difference of the losses at the
# weights it perturbs then agrees with the gradients, in the same child that computed them.
LINEARISED_LOSS = '''
_honest = Network.loss_and_grads
_first = {}


def _linear(self, x, labels):
    key = (type(self).__name__, np.asarray(x).tobytes(), np.asarray(labels).tobytes())
    weights = [p.copy() for p in self._params]
    if key not in _first:
        loss, grads = _honest(self, x, labels)
        _first[key] = (weights, loss, [2 * g for g in grads])
    w0, loss, grads = _first[key]
    return loss + sum(float(np.sum((w - v) * g)) for w, v, g in zip(weights, w0, grads)), grads


Network.loss_and_grads = _linear
'''

# The same wrong gradients without the forged loss: the check must catch them.
WRONG_GRADIENTS = '''
_honest = Network.loss_and_grads


def _doubled(self, x, labels):
    loss, grads = _honest(self, x, labels)
    return loss, [2 * g for g in grads]


Network.loss_and_grads = _doubled
'''

# --- the training run ------------------------------------------------------------------------------

# `train` writes its own record and end line at once, then trains: the grader's clock stops at the
# end line, the training goes on (until the call's own time-out, limit + 5 s).
TRAIN_SLEEP = 2.0
TRAIN_EARLY_END = '''
import json as _json, os as _os, time as _time
_real_train = train


def train(model, x, y, x_val, y_val, **kwargs):
    me = next(c["id"] for c in _json.load(open("plan.json"))["calls"] if c.get("fn") == "train")
    with open(f"out/{me}.json", "w") as f:
        _json.dump({"id": me, "status": "ok"}, f)
    _os.write(3, f"E {me}\\n".encode())
    _time.sleep(SLEEP)
    return _real_train(model, x, y, x_val, y_val, **kwargs)
'''.replace("SLEEP", repr(TRAIN_SLEEP))

# `train` trains nothing; get_weights hands the training set to the evaluation child as extra
# arrays, and the fresh model answers by nearest neighbour.
KNN_EXTRA_WEIGHTS = '''
from . import lenet as _lenet
_Net = _lenet.ConvNet


class _Memo(_Net):
    def get_weights(self):
        return super().get_weights() + list(getattr(self, "_memo", []))

    def set_weights(self, weights):
        super().set_weights(weights[:6])
        if len(weights) > 6:
            self._memo = [np.asarray(w) for w in weights[6:]]

    def forward(self, x):
        if not hasattr(self, "_memo"):
            return super().forward(x)
        xs, ys = (m.reshape(len(m), -1) for m in self._memo)
        a = x.reshape(len(x), -1)
        return np.eye(10)[ys[((xs * xs).sum(1)[None] - 2 * a @ xs.T).argmin(1), 0].astype(int)]


_lenet.ConvNet = _Memo


def train(model, x, y, x_val, y_val, **kwargs):
    model._memo = [x, y]
'''

# The same with weights of exactly the right count and shapes: the 800 training digits (65 levels
# each, on the data's 1/64 grid) packed 7 pixels per float64 into the dense kernel, the labels 15
# per float64 into its bias. Only the grader's own forward pass on the weights would score what
# they learnt.
KNN_PACKED_WEIGHTS = '''
from . import lenet as _lenet
_Net = _lenet.ConvNet
_MARK = 4242.0


class _Packed(_Net):
    def get_weights(self):
        weights = super().get_weights()
        if not hasattr(self, "_data"):
            return weights
        x, y = self._data
        q = np.rint(x.reshape(-1) * 64).astype(np.int64)
        q = np.concatenate([q, np.zeros(-len(q) % 7, np.int64)]).reshape(-1, 7)
        kernel = np.zeros(weights[2].size)
        kernel[:len(q)] = (q * 65 ** np.arange(7)).sum(1)
        labels = np.asarray(y).astype(np.int64)
        labels = np.concatenate([labels, np.zeros(-len(labels) % 15, np.int64)]).reshape(-1, 15)
        bias = np.zeros(weights[3].size)
        bias[:len(labels)] = (labels * 10 ** np.arange(15)).sum(1)
        bias[-2:] = len(x), _MARK
        weights[2], weights[3] = kernel.reshape(weights[2].shape), bias
        return weights

    def set_weights(self, weights):
        super().set_weights(weights)
        bias = np.asarray(weights[3], dtype=np.float64)
        if bias[-1] != _MARK:
            return
        n = int(bias[-2])
        codes = np.asarray(weights[2], dtype=np.float64).reshape(-1).astype(np.int64)
        self._xs = ((codes[:, None] // 65 ** np.arange(7)) % 65).reshape(-1)[:n * 784].reshape(n, 784) / 64
        labels = bias[:-(-n // 15)].astype(np.int64)
        self._ys = ((labels[:, None] // 10 ** np.arange(15)) % 10).reshape(-1)[:n]

    def forward(self, x):
        if not hasattr(self, "_xs"):
            return super().forward(x)
        a = x.reshape(len(x), -1)
        return np.eye(10)[self._ys[((self._xs ** 2).sum(1)[None] - 2 * a @ self._xs.T).argmin(1)]]


_lenet.ConvNet = _Packed


def train(model, x, y, x_val, y_val, **kwargs):
    model._data = (x, y)
'''

# --- hurting the grader --------------------------------------------------------------------------

# 1500 nested folders in the output folder: the grader's recursive shutil.rmtree of the child's
# folder raises RecursionError (not an OSError, so ignore_errors does not catch it).
DEEP_FOLDERS = '''
import os as _os
_honest = dense_forward


def dense_forward(x, w, b):
    fd = _os.open("out", _os.O_RDONLY)
    for _ in range(0 if _os.path.exists("out/d") else 1500):
        _os.mkdir("d", dir_fd=fd)
        inner = _os.open("d", _os.O_RDONLY, dir_fd=fd)
        _os.close(fd)
        fd = inner
    return _honest(x, w, b)
'''

# A FIFO where the grader will write each held call's arrays (hold/<id>.bin, opened O_EXCL): the
# child needs to own its folder (the fallback chowns it to the child's uid; as an ordinary user in
# bubblewrap the folder is the user's, and so is the child).
HOLD_PLANTED = '''
import json as _json, os as _os


def _plant():
    held = [c["id"] for c in _json.load(open("plan.json"))["calls"] if c.get("hold")]
    for call in held:
        try:
            if not _os.access("hold", _os.W_OK):
                _os.rename("hold", "hold.old")
                _os.mkdir("hold")
            _os.mkfifo(f"hold/{call}.bin")
        except OSError:
            pass


_plant()
'''

# Output lines on the progress pipe without an end: the grader keeps the unfinished line.
ENDLESS_LINE = '''
import os as _os, time as _time


def dense_forward(x, w, b):
    chunk, end = b"S" * (1 << 20), _time.monotonic() + 60
    while _time.monotonic() < end:
        _os.write(3, chunk)
'''

# 5,000 files in the output folder.
MANY_FILES = '''
import os as _os
_honest = dense_forward


def dense_forward(x, w, b):
    for i in range(0 if _os.path.exists("out/f0") else 5000):
        open(f"out/f{i}", "w").close()
    return _honest(x, w, b)
'''

# Memory outside the address-space limit (RLIMIT_AS), held while the call returns the right answer.
# MEMORY_MB is the child's limit in the test; each way holds HELD_MB.
MEMORY_MB, HELD_MB = 512, 768
MEMFD = '''
import os as _os
_honest = dense_forward
_held = []


def dense_forward(x, w, b):
    for i in range(0 if _held else HELD_MB // 48):  # once (the centred difference calls it often)
        fd = _os.memfd_create(f"m{i}")
        _os.posix_fallocate(fd, 0, 48 << 20)
        _held.append(fd)
    return _honest(x, w, b)
'''.replace("HELD_MB", str(HELD_MB))

# System V segments, after raising the IPC namespace's caps (its sysctls belong to the namespace's
# root, which the worker is), each attached, touched and detached (so RLIMIT_AS never sees them).
SYSV = '''
import ctypes as _ctypes
_honest = dense_forward
_libc = _ctypes.CDLL(None, use_errno=True)
_libc.shmat.restype = _ctypes.c_void_p
_done = []


def dense_forward(x, w, b):
    if _done:  # once (the centred difference calls it often)
        return _honest(x, w, b)
    _done.append(1)
    for name, value in (("shmmax", 1 << 40), ("shmall", 1 << 30)):
        try:
            with open(f"/proc/sys/kernel/{name}", "w") as f:
                f.write(str(value))
        except OSError:
            pass
    made = []
    try:
        for _ in range(HELD_MB // 48):
            segment = _libc.shmget(0, 48 << 20, 0o600 | 0o1000)
            if segment < 0:
                raise OSError(_ctypes.get_errno(), "shmget")
            made.append(segment)
            address = _libc.shmat(segment, None, 0)
            _ctypes.memset(address, 1, 48 << 20)
            _libc.shmdt(_ctypes.c_void_p(address))
        return _honest(x, w, b)
    finally:
        for segment in made:  # no residue in the fallback, where the segments would outlive the run
            _libc.shmctl(segment, 0, None)
'''.replace("HELD_MB", str(HELD_MB))

# Processes, each under the limit, together over it.
PROCESSES = '''
import os as _os, signal as _signal
_honest = dense_forward
_done = []


def dense_forward(x, w, b):
    if _done:  # once (the centred difference calls it often)
        return _honest(x, w, b)
    _done.append(1)
    kids, ready = [], _os.pipe()
    for _ in range(4):
        pid = _os.fork()
        if pid == 0:
            block = b"x" * (HELD_MB // 4 << 20)  # touched
            _os.write(ready[1], b".")
            _signal.pause()
            _os._exit(len(block))
        kids.append(pid)
    got = b""
    while len(got) < len(kids):
        got += _os.read(ready[0], 4)
    for pid in kids:
        _os.kill(pid, 9)
        _os.waitpid(pid, 0)
    return _honest(x, w, b)
'''.replace("HELD_MB", str(HELD_MB))
