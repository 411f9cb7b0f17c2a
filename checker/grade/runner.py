"""The plan a sandboxed worker runs: import the student's package, make each call, save results.

Imported by `warden.py` (the fork server and keeper, beside it in the sandbox), never by the
grader; it needs only the standard library and NumPy. `run_plan` reads `plan.json` and the raw
input arrays it indexes in `inputs.bin` (each call gets copies), imports the student's package
`exercises`, runs each call and writes `out/<id>.json` plus one `.npy` per returned array. Each
call is announced on the progress pipe (fd 3) so the grader can time it out. A held call's
arrays are not in `inputs.bin`: the grader writes them to `hold/<id>.bin` when the call starts
and says "go" on the hand-over pipe (fd 4), and measures the call's time itself, from the
hand-over to the end line of the call that carries its work, after which the worker waits for
the grader's "read" (nothing it does next counts), then lets go of what no later call uses (a
timed run's value and images: see `run`). The student's code runs in this process and may replace
anything here, so nothing it reports counts beyond the outputs, which the grader checks.
"""

import json
import os
import sys
import traceback

import numpy as np

_write_array = np.lib.format.write_array
_asarray = np.asarray
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
    if not (array.flags.c_contiguous or array.flags.f_contiguous):
        # one copy first: NumPy writes a strided view (a transposed output) piece by piece, 3.6x the
        # CPU, and a held call's outputs are written inside its measured time (before its end line)
        array = _asarray(array, order="C")
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
        except Exception:  # object arrays, ragged lists, full disk
            described.append({"kind": "other", "type": type(part).__name__})
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


def _pick(value, call):
    index = call.get("out_index")
    return value if index is None else value[index]


def _lines(fn, args, kwargs, call, inputs):
    """Line events in the student's files while `fn` runs on each of `call["sizes"]` (new images of
    that height and width, built from the first argument's batch and channels): how a loop in
    their code grows with the image (feedback only: this process could report anything)."""
    counts = []
    for size in call["sizes"]:
        images = np.ones((args[0].shape[0], size, size, args[0].shape[3]))
        seen = [0]

        def trace(frame, event, arg):
            if "/exercises/" not in frame.f_code.co_filename:
                return None
            if event == "line":
                seen[0] += 1
            return trace

        sys.settrace(trace)
        try:
            fn(images, *args[1:], **kwargs)
        finally:
            sys.settrace(None)
        counts.append(seen[0])
    return np.array(counts, dtype=np.int64)


def _wait(control, line):
    """Wait for the grader's `line` on the hand-over pipe."""
    buffer = b""
    while (line + "\n").encode() not in buffer:
        chunk = os.read(control, 256)
        if not chunk:
            raise RuntimeError("the grader closed the hand-over pipe")
        buffer = (buffer + chunk)[-4096:]


def _held(call, inputs, control):
    """Wait for the grader's "go <id>" on the hand-over pipe, then read this call's arrays."""
    _wait(control, "go " + call["id"])
    with open(os.path.join("hold", call["id"] + ".bin"), "rb") as f:
        data = f.read()
    for name, a in call["held"].items():
        inputs[name] = np.frombuffer(data, np.dtype(a["dtype"]), int(np.prod(a["shape"], dtype=np.int64)),
                                     a["offset"]).reshape(a["shape"])


def run(plan, inputs, progress, control):
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
    stops = {call.get("until", call["id"]) for call in plan["calls"] if call.get("hold")}
    needed = {dep for call in plan["calls"] for dep in call.get("deps", [])}
    for call in plan["calls"]:
        call_id = call["id"]
        _announce(progress, "S " + call_id)
        missing = sorted(d for d in call.get("deps", []) if d not in results)
        if missing:
            record = {"id": call_id, "status": "skipped", "message": f"needs {missing[0]}, which failed"}
        else:
            record = _call(call, module, inputs, results, control)
        _finish(call_id, record, progress)
        if call_id in stops:  # a held call's clock stops here: nothing runs until the grader has read it
            _wait(control, "read " + call_id)
        # what no later call uses is let go now, between calls: kept, a timed run's return value (a
        # conv2d cache holds the im2col matrix) and images made the next run's temporaries land on
        # memory new to the process, and the kernel's work to provide it counted in its time
        if call_id not in needed:
            results.pop(call_id, None)
        for name in call.get("held", {}):
            inputs.pop(name, None)


def _call(call, module, inputs, results, control):
    """Make one call (its result kept in `results`); its record."""
    call_id = call["id"]
    record = {"id": call_id, "status": "ok"}
    try:
        if call.get("held"):
            _held(call, inputs, control)
        args = [_value(s, inputs, results) for s in call.get("args", [])]
        kwargs = {k: _value(s, inputs, results) for k, s in call.get("kwargs", {}).items()}
        fn = _target(call["fn"], module, results)
        op = call.get("op", "call")
        if op == "numgrad":
            value = _numgrad(fn, args, kwargs, call, inputs)
        elif op == "lines":
            value = _lines(fn, args, kwargs, call, inputs)
        else:
            value = fn(*args, **kwargs)
        results[call_id] = value
        if call.get("keep") == "flat":
            pairs = []
            _flat(value, "", pairs)
            record["paths"] = [p for p, _ in pairs]
            record["outputs"] = _outputs(call_id, [v for _, v in pairs], None)
        elif call.get("keep") != "nothing":
            record["outputs"] = _outputs(call_id, value, call.get("keep"))
            if isinstance(value, (tuple, list)):  # what the outputs came in (one array may not be due)
                record["container"] = ["tuple" if isinstance(value, tuple) else "list", len(value)]
        record["watched"] = _outputs(call_id + ".w", [args[i] for i in call.get("watch", [])], None)
    except BaseException as error:  # SystemExit and KeyboardInterrupt included
        record = {"id": call_id, "status": "error", "error": _trimmed(error)}
    return record


def _finish(call_id, record, progress):
    with open(os.path.join(_OUT, call_id + ".json"), "w") as f:
        json.dump(record, f)
    _announce(progress, "E " + call_id)


def run_plan(progress, control, package):
    """The plan in the current directory on the package `exercises` in `package`; ends the process."""
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
    run(plan, inputs, progress, control)
    sys.stdout.flush()
    os._exit(0)  # threads a submission left running die here
