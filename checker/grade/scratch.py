"""Files in the sandbox's scratch area: arrays packed as raw bytes, files written once, folders removed.

The grader writes each child's plan, its inputs and the package through a descriptor of the
scratch area (`sandbox.py`); the child owns what it writes there, so removing a child's folder
must survive whatever the child left: folders nested thousands deep (removed without recursion),
folders without permissions, links, FIFOs. What cannot be removed stays in the scratch area,
which goes with the fork server.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from typing import Any

import numpy as np

FOLDER = os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW


def index(arrays: dict[str, np.ndarray]) -> dict[str, dict[str, Any]]:
    """Where each array's raw bytes sit in one file (64-byte aligned): dtype, shape, offset."""
    found, offset = {}, 0
    for key, array in arrays.items():
        found[key] = {"dtype": array.dtype.str, "shape": list(array.shape), "offset": offset}
        offset += -(-array.nbytes // 64) * 64
    return found


def pack(arrays: dict[str, np.ndarray], where: dict[str, dict[str, Any]]) -> bytes:
    """The arrays' bytes laid out as `where` (an `index`) says (no zip or header to parse: ~5 ms less
    per child)."""
    size = max([a["offset"] + -(-arrays[k].nbytes // 64) * 64 for k, a in where.items()], default=0)
    data = bytearray(size)  # empty arrays at the end lie inside it too
    for key, array in arrays.items():
        start = where[key]["offset"]
        data[start:start + array.nbytes] = np.ascontiguousarray(array).tobytes()
    return bytes(data)


def write(directory: int, name: str, data: bytes) -> None:
    """A new file `name` in `directory` (a descriptor): never through a link, never over a file that
    exists (OSError then)."""
    fd = os.open(name, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o644, dir_fd=directory)
    with os.fdopen(fd, "wb") as f:
        f.write(data)


def remove(parent: int, name: str) -> None:
    """Remove `name` in `parent` (a descriptor) and everything under it, however deep: each folder
    is emptied of its files and its subfolders are moved up into `parent` under fresh names, to
    be emptied in turn (no recursion, one descriptor at a time). Errors are ignored."""
    pending = [name]
    while pending:
        current = pending.pop()
        _open_up(parent, current)
        try:
            fd = os.open(current, FOLDER, dir_fd=parent)
        except OSError:
            with contextlib.suppress(OSError):
                os.unlink(current, dir_fd=parent)
            continue
        try:
            with os.scandir(fd) as entries:
                found = [(e.name, e.is_dir(follow_symlinks=False)) for e in entries]
            for entry, folder in found:
                if not folder:
                    with contextlib.suppress(OSError):
                        os.unlink(entry, dir_fd=fd)
                    continue
                moved = f".removed-{secrets.token_hex(8)}"
                _open_up(fd, entry)
                with contextlib.suppress(OSError):
                    os.rename(entry, moved, src_dir_fd=fd, dst_dir_fd=parent)
                    pending.append(moved)
        except OSError:
            pass
        finally:
            os.close(fd)
        with contextlib.suppress(OSError):
            os.rmdir(current, dir_fd=parent)


def _open_up(parent: int, name: str) -> None:
    """A folder of the child's without permissions: its owner may change them (root needs not)."""
    with contextlib.suppress(OSError, NotImplementedError):  # never through a link
        os.chmod(name, 0o700, dir_fd=parent, follow_symlinks=False)


def remove_path(path: str) -> None:
    """`remove` for a path on the host (the fallback's folder)."""
    head, tail = os.path.split(os.path.abspath(path))
    try:
        parent = os.open(head, FOLDER)
    except OSError:
        return
    try:
        remove(parent, tail)
    finally:
        os.close(parent)
