"""The child side of the sandbox: a fork server, and the plan of calls each fork runs.

Runs as `python -I runner.py FD SITES` in the scratch area (SITES: a JSON list of the grader's
site-packages folders, added to the path before NumPy is imported), never imported by the grader; it needs
only the standard library and NumPy. It is a fork server: it imports NumPy once and waits
on the control socket FD (nothing from a submission runs in it). For each request it forks
a child that applies the request's limits, drops to the request's uid, moves into the work
directory, reads `plan.json` and the raw input arrays it indexes in `inputs.bin` (read-only;
each call gets copies), imports the student's package `exercises`, runs each call and writes
`out/<id>.json` plus one `.npy` per returned array. The child announces each call on its
progress pipe so the grader can time it out.
Nothing a child writes is trusted: the student's code runs in it, so the grader validates
every byte it reads back.
"""

import ctypes
import json
import os
import resource
import signal
import site
import socket
import sys
import time
import traceback

if __name__ == "__main__":  # the grader's site-packages (a venv's): NumPy and what else is installed there
    for _folder in json.loads(sys.argv[2]):
        site.addsitedir(_folder)

import numpy as np
import numpy.random  # NumPy loads it lazily: once here, not in every child

_write_array = np.lib.format.write_array
_asarray = np.asarray
_perf = time.perf_counter
_ONES, _ORDER = np.ones, np.random.default_rng  # bound before student code runs (it may patch numpy)
_OUT = "out"


def _announce(fd, text):
    try:
        os.write(fd, (text + "\n").encode())
    except OSError:
        pass


def _trimmed(error):
    """The traceback's frames in the student's own files, and the exception line."""
    frames = [f for f in traceback.extract_tb(error.__traceback__) if "/exercises/" in f.filename]
    lines = [f'  {os.path.basename(f.filename)}, line {f.lineno}, in {f.name}: {f.line or ""}' for f in frames[-6:]]
    text = f"{type(error).__name__}: {error}"[:500]
    return {"type": type(error).__name__, "message": text, "traceback": lines}


def _value(spec, inputs, results):
    if "array" in spec:
        return inputs[spec["array"]].copy()
    if "value" in spec:
        return spec["value"]
    if "list" in spec:
        return [_value(s, inputs, results) for s in spec["list"]]
    if "tuple" in spec:
        return tuple(_value(s, inputs, results) for s in spec["tuple"])
    if "dict" in spec:
        return {k: _value(s, inputs, results) for k, s in spec["dict"].items()}
    result = results[spec["ref"]]
    return result[spec["index"]] if "index" in spec else result


def _target(spec, module, results):
    if isinstance(spec, str):
        return getattr(module, spec)
    if "module" in spec:  # another exercise module of the package (training uses lenet's models)
        return getattr(__import__("exercises." + spec["module"], fromlist=["_"]), spec["attr"])
    if spec.get("builtin") == "list":  # to collect what a generator yields
        return list
    if spec.get("builtin") == "default_rng":
        return np.random.default_rng
    return getattr(results[spec["ref"]], spec["attr"])


def _save(path, value):
    array = _asarray(value)
    with open(path, "wb") as f:
        _write_array(f, array, allow_pickle=False)


def _flat(value, path, found, depth=0):
    """Nested tuples, lists and dicts (sorted keys) as (path, leaf) pairs, at most 64 leaves."""
    if len(found) >= 64:
        return
    if isinstance(value, dict) and depth < 3:
        for key in sorted(value, key=str):
            _flat(value[key], f"{path}[{key!r}]", found, depth + 1)
    elif isinstance(value, (tuple, list)) and depth < 3:
        for k, item in enumerate(value):
            _flat(item, f"{path}[{k}]", found, depth + 1)
    else:
        found.append((path, value))


def _outputs(call_id, value, keep):
    """Save the kept parts of a return value; describe each part."""
    parts = list(value) if isinstance(value, (tuple, list)) and keep != "whole" else [value]
    if isinstance(keep, list):
        parts = [parts[i] if i < len(parts) else None for i in keep]
    described = []
    for k, part in enumerate(parts):
        if part is None:
            described.append({"kind": "none"})
            continue
        name = f"{call_id}.{k}.npy"
        try:
            _save(os.path.join(_OUT, name), part)
            described.append({"kind": "array", "file": name})
        except Exception as error:  # object arrays, ragged lists, full disk
            described.append({"kind": "other", "type": type(part).__name__, "why": str(error)[:200]})
    return described


def _numgrad(fn, args, kwargs, call, inputs):
    """Centred differences of sum(dout * fn(...)[out_index]) wrt each listed argument."""
    dout = inputs[call["dout"]]
    eps = call.get("eps", 1e-6)
    grads = []
    for position in call["wrt"]:
        x = args[position]
        grad = np.zeros_like(x, dtype=np.float64)
        flat = x.reshape(-1)
        for i in range(flat.size):
            old = flat[i]
            flat[i] = old + eps
            plus = float(np.sum(dout * _asarray(_pick(fn(*args, **kwargs), call))))
            flat[i] = old - eps
            minus = float(np.sum(dout * _asarray(_pick(fn(*args, **kwargs), call))))
            flat[i] = old
            grad.reshape(-1)[i] = (plus - minus) / (2 * eps)
        grads.append(grad)
    return tuple(grads)


def _directional(args, call):
    """Centred difference of model.loss_and_grads(x, labels)[0] along a seeded direction of the weights."""
    model, weights, x, labels = args
    rng = np.random.default_rng(call["seed"])
    direction = [rng.standard_normal(np.shape(w)) for w in weights]
    eps = call["eps"]
    losses = []
    for sign in (1.0, -1.0):
        model.set_weights([w + sign * eps * d for w, d in zip(weights, direction)])
        losses.append(float(model.loss_and_grads(x.copy(), labels.copy())[0]))
    return (losses[0] - losses[1]) / (2 * eps)


def _pick(value, call):
    index = call.get("out_index")
    return value if index is None else value[index]


def _time(fn, args, kwargs, call, inputs):
    """Best of `repeat` runs of the student's call and of a matrix-product yardstick, and the
    last run's result. Run r gets new images: the batch in a seeded order (`call["order"]`),
    scaled by 2 + r, so no result cached from another call fits; the grader checks the last
    result (the timed function is linear in its first argument up to a bias: conv2d_forward)."""
    m, k, n = call["proxy"]
    a, b = _ONES((m, k)), _ONES((k, n))
    images = args[0][_ORDER(call.get("order", 0)).permutation(len(args[0]))]
    best, proxy, value = float("inf"), float("inf"), None
    for r in range(call.get("repeat", 3)):
        run_args = [images * (2.0 + r), *args[1:]]
        start = _perf()
        a @ b
        proxy = min(proxy, _perf() - start)
        start = _perf()
        value = fn(*run_args, **kwargs)
        best = min(best, _perf() - start)
    return best, proxy, value


def run(plan, inputs, progress):
    results = {}
    _announce(progress, "S __import__")
    try:
        import exercises  # noqa: F401
        module = __import__("exercises." + plan["module"], fromlist=["_"])
    except BaseException as error:
        record = {"id": "__import__", "status": "error", "error": _trimmed(error)}
        _finish("__import__", record, progress)
        return
    _finish("__import__", {"id": "__import__", "status": "ok"}, progress)
    for call in plan["calls"]:
        call_id = call["id"]
        _announce(progress, "S " + call_id)
        record = {"id": call_id, "status": "ok"}
        missing = sorted(d for d in call.get("deps", []) if d not in results)
        if missing:
            _finish(call_id, {"id": call_id, "status": "skipped", "message": f"needs {missing[0]}, which failed"}, progress)
            continue
        try:
            args = [_value(s, inputs, results) for s in call.get("args", [])]
            kwargs = {k: _value(s, inputs, results) for k, s in call.get("kwargs", {}).items()}
            fn = _target(call["fn"], module, results)
            op = call.get("op", "call")
            if op == "numgrad":
                value = _numgrad(fn, args, kwargs, call, inputs)
            elif op == "time":
                record["seconds"], record["proxy_seconds"], value = _time(fn, args, kwargs, call, inputs)
            elif op == "directional":
                value = _directional(args, call)
            else:
                start = _perf()
                value = fn(*args, **kwargs)
                record["seconds"] = _perf() - start
            results[call_id] = value
            if call.get("keep") == "flat":
                pairs = []
                _flat(value, "", pairs)
                record["paths"] = [p for p, _ in pairs]
                record["outputs"] = _outputs(call_id, [v for _, v in pairs], None)
            elif call.get("keep") != "nothing":
                record["outputs"] = _outputs(call_id, value, call.get("keep"))
            record["watched"] = _outputs(call_id + ".w", [args[i] for i in call.get("watch", [])], None)
        except BaseException as error:  # SystemExit and KeyboardInterrupt included
            record = {"id": call_id, "status": "error", "error": _trimmed(error)}
        _finish(call_id, record, progress)


def _finish(call_id, record, progress):
    with open(os.path.join(_OUT, call_id + ".json"), "w") as f:
        json.dump(record, f)
    _announce(progress, "E " + call_id)


def _run_plan(progress, package):
    with open("plan.json") as f:
        plan = json.load(f)
    with open("inputs.bin", "rb") as f:
        data = f.read()
    inputs = {k: np.frombuffer(data, np.dtype(a["dtype"]), int(np.prod(a["shape"], dtype=np.int64)),
                               a["offset"]).reshape(a["shape"]) for k, a in plan["inputs"].items()}
    sys.path.insert(0, package)
    # `from conv2d import ...` as well as `from .conv2d import ...`: a notebook in Jupyter can only
    # import its siblings absolutely
    sys.path.insert(1, os.path.join(package, "exercises"))
    sys.dont_write_bytecode = True  # the package is shared and read-only
    sys.setrecursionlimit(3000)
    run(plan, inputs, progress)
    sys.stdout.flush()
    os._exit(0)  # threads a submission left running die here


def _child(request, progress, log):
    """In the fork: own session, only stdio and the progress pipe, the limits, the uid; then the plan."""
    os.setsid()
    os.dup2(os.open(os.devnull, os.O_RDONLY), 0)
    os.dup2(log, 1)
    os.dup2(log, 2)
    os.dup2(progress, 3)
    os.closerange(4, 1 << 16)  # the control socket included: a child cannot talk to the server
    for name, soft, hard in request["limits"]:
        resource.setrlimit(getattr(resource, name), (soft, hard))
    uid = request["uid"]
    if uid is not None:
        os.setgroups([])
        os.setgid(uid)
        os.setuid(uid)
    ctypes.CDLL(None).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG, after the uid change that clears it
    os.chdir(request["work"])
    os.environ["HOME"] = request["work"]
    np.random.seed()  # as in a fresh process, not the server's state
    _run_plan(3, request["package"])


def serve(control):
    """Fork one child per `{"work", "package", "uid", "limits"}` request (with its progress and log fds);
    reply with its pid. `{"reap": pid}` waits for that child and replies with its wait status."""
    sock = socket.socket(fileno=control)
    while True:
        message, fds, _, _ = socket.recv_fds(sock, 1 << 16, 2)
        if not message:
            os._exit(0)
        request = json.loads(message)
        if "reap" in request:
            try:
                status = os.waitpid(request["reap"], 0)[1]
            except ChildProcessError:
                status = None
            sock.send(json.dumps({"status": status}).encode())
            continue
        pid = os.fork()
        if pid == 0:
            try:
                _child(request, *fds)
            except BaseException:  # noqa: BLE001  a child never returns to the server's loop
                traceback.print_exc()
            os._exit(70)
        for fd in fds:
            os.close(fd)
        sock.send(json.dumps({"pid": pid}).encode())


if __name__ == "__main__":
    serve(int(sys.argv[1]))
