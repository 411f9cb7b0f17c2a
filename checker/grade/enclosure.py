"""A child's enclosure, built with the kernel's own calls; runs in the sandbox beside `warden.py`.

The keeper (PID 1 of the child's namespaces, see warden.py) calls `enclose` to give the child
its view of the world; the holder `unshare`s the namespaces and the server `map_ids` them; the
worker calls `drop_capabilities` and `no_new_privs` before any student code runs. Standard
library only (ctypes on the C library): the fork server imports it before NumPy, from the
folder it was copied to, never from the grader's package.
"""

import ctypes
import os
import signal

_libc = ctypes.CDLL(None, use_errno=True)
NEW_NS, NEW_UTS, NEW_IPC, NEW_USER, NEW_PID, NEW_NET, NEW_CGROUP = (
    0x20000, 0x4000000, 0x8000000, 0x10000000, 0x20000000, 0x40000000, 0x2000000)
MS_RDONLY, MS_NOSUID, MS_NODEV, MS_NOEXEC, MS_REMOUNT, MS_BIND, MS_REC, MS_PRIVATE = (
    1, 2, 4, 8, 32, 4096, 16384, 1 << 18)
PR_SET_PDEATHSIG, PR_SET_DUMPABLE, PR_CAPBSET_DROP, PR_SET_SECUREBITS, PR_SET_NO_NEW_PRIVS = 1, 4, 24, 28, 38
SECUREBITS_LOCKED_NOROOT = 0xFF  # noroot, no_setuid_fixup, keep_caps, no_cap_ambient_raise: set and locked
TMP_MB = {"/tmp": 64, "/var/tmp": 16, "/dev/shm": 64}
HOME = "/.grader"  # in the world (see world.py): scratch/, code/, and each child's work/ and package/
SCRATCH, WORK, PACKAGE = f"{HOME}/scratch", f"{HOME}/work", f"{HOME}/package"
SHM_BYTES = 64 << 20


class _CapHeader(ctypes.Structure):
    _fields_ = [("version", ctypes.c_uint32), ("pid", ctypes.c_int)]


class _CapData(ctypes.Structure):
    _fields_ = [("effective", ctypes.c_uint32), ("permitted", ctypes.c_uint32), ("inheritable", ctypes.c_uint32)]


def _check(result, what):
    if result != 0:
        number = ctypes.get_errno()
        raise OSError(number, f"{what}: {os.strerror(number)}")


def _write(path, text):
    fd = os.open(path, os.O_WRONLY)
    try:
        os.write(fd, text.encode())
    finally:
        os.close(fd)


def _mount(source, target, kind, flags, options=None):
    _check(_libc.mount(source and source.encode(), target.encode(), kind and kind.encode(), flags,
                       options and options.encode()), f"mount {target}")


def map_ids(pid, uid):
    """Map root of the holder's new user namespace to `uid` (None: this process's own uid)."""
    uid, gid = (os.getuid(), os.getgid()) if uid is None else (uid, uid)
    _write(f"/proc/{pid}/setgroups", "deny")
    _write(f"/proc/{pid}/uid_map", f"0 {uid} 1")
    _write(f"/proc/{pid}/gid_map", f"0 {gid} 1")


def enclose(work):
    """The keeper's view of the world for this child (see the module docstring)."""
    _mount(None, "/", None, MS_REC | MS_PRIVATE)
    _mount(f"{SCRATCH}/{work}", WORK, None, MS_BIND)
    _mount(f"{SCRATCH}/package", PACKAGE, None, MS_BIND)
    _mount(None, PACKAGE, None, MS_BIND | MS_REMOUNT | MS_RDONLY | MS_NOSUID | MS_NODEV)
    for path, size in TMP_MB.items():
        _mount("tmpfs", path, "tmpfs", MS_NOSUID | MS_NODEV, f"size={size}m,mode=1777")
    _mount("tmpfs", SCRATCH, "tmpfs", MS_RDONLY | MS_NOSUID | MS_NODEV | MS_NOEXEC, "size=4k,mode=000")
    # this IPC namespace's System V shared memory, and no user namespace below this one
    _write("/proc/sys/kernel/shmmax", str(SHM_BYTES))
    _write("/proc/sys/kernel/shmall", str(SHM_BYTES // 4096))
    _write("/proc/sys/user/max_user_namespaces", "0")
    _libc.sethostname(b"sandbox", 7)
    try:  # a /proc of this PID namespace (only its own processes), where the kernel allows it
        _mount("proc", "/proc", "proc", MS_NOSUID | MS_NODEV | MS_NOEXEC)
    except OSError:
        _mount("tmpfs", "/proc", "tmpfs", MS_RDONLY | MS_NOSUID | MS_NODEV | MS_NOEXEC, "size=4k,mode=555")


def drop_capabilities():
    """Every capability gone for good: the bounding set emptied, root's exec rule and ambient
    capabilities locked off, the sets cleared."""
    for cap in range(64):
        if _libc.prctl(PR_CAPBSET_DROP, cap, 0, 0, 0) != 0:
            break
    _check(_libc.prctl(PR_SET_SECUREBITS, SECUREBITS_LOCKED_NOROOT, 0, 0, 0), "securebits")
    header, data = _CapHeader(0x20080522, 0), (_CapData * 2)()
    _check(_libc.capset(ctypes.byref(header), ctypes.byref(data)), "capset")


def unshare():
    """New user, mount, PID, IPC, network, UTS and cgroup namespaces for this process's children
    (the user namespace for this process itself: its ids are mapped from outside)."""
    _check(_libc.unshare(NEW_USER | NEW_NS | NEW_PID | NEW_IPC | NEW_NET | NEW_UTS | NEW_CGROUP), "unshare")


def die_with_parent():
    """SIGKILL when the parent ends (cleared by a uid change: set again after one)."""
    _libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL)


def undumpable():
    """No core dump, and no ptrace or /proc access from processes of the same uid."""
    _libc.prctl(PR_SET_DUMPABLE, 0)


def no_new_privs():
    """No exec may grant privileges again (set-uid bits, file capabilities) from here on."""
    _check(_libc.prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0), "no_new_privs")
