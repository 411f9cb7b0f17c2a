"""The system calls a child may not make: a seccomp filter, as the kernel's classic BPF program.

Every worker installs it (`warden.py`) after `no_new_privs` and before any student code; it cannot
be removed and every thread inherits it. Refused, with EPERM (Python raises PermissionError):

* new processes (fork, vfork, clone without CLONE_THREAD): a child is one process, whose threads
  are allowed. So its memory is one address space under RLIMIT_AS, the CPU time the grader reads
  for a timed call is all the work done for it, and nothing outlives the worker;
* memory no limit counts: memfd_create, System V shared memory (shmget: the worker owns its IPC
  namespace's sysctls, so no cap there holds), userfaultfd;
* new namespaces and mounts (clone with CLONE_NEW*, unshare, setns, mount and the new mount API),
  and kernel interfaces a grading child never needs: io_uring, perf_event_open, ptrace and
  process_vm_readv/writev, keyrings, bpf, kexec and modules, reboot, swap, acct;
* the network beyond a socket pair: sockets other than AF_UNIX, connect, bind, sendto with an
  address, sendmsg (nothing to reach in bubblewrap mode; in the fallback, the host's network
  and abstract sockets).

clone3 answers ENOSYS (its flags sit behind a pointer a filter cannot read; glibc then uses
clone for threads). Another architecture's or x32 system calls answer ENOSYS. The numbers are
the kernel's for x86_64 (asm/unistd_64.h) and arm64 (asm-generic/unistd.h); on other machines
there is no filter (`program` returns None) and a child is held to one task by RLIMIT_NPROC.
This module needs the standard library only: the sandbox copies it beside warden.py, which
installs the filter (`install`).
"""

from __future__ import annotations

import ctypes
import errno
import os
import platform
import struct

# struct seccomp_data: nr (int), arch (u32), instruction pointer (u64), args[6] (u64 each)
NR, ARCH, ARGS = 0, 4, 16
LD, JEQ, JSET, RET = 0x20, 0x15, 0x45, 0x06  # BPF_LD|W|ABS, BPF_JMP|JEQ|K, BPF_JMP|JSET|K, BPF_RET|K
ALLOW, ERRNO = 0x7FFF0000, 0x00050000
CLONE_THREAD = 0x00010000
CLONE_NEW = 0x00020000 | 0x02000000 | 0x04000000 | 0x08000000 | 0x10000000 | 0x20000000 | 0x40000000
AF_UNIX = 1
X32 = 0x40000000  # x86_64's x32 ABI marks its system calls with this bit

DENIED = ("memfd_create", "shmget", "userfaultfd", "unshare", "setns", "mount", "umount2", "pivot_root",
          "move_mount", "open_tree", "fsopen", "fsconfig", "fsmount", "fspick", "mount_setattr",
          "io_uring_setup", "io_uring_enter", "io_uring_register", "perf_event_open", "ptrace",
          "process_vm_readv", "process_vm_writev", "keyctl", "add_key", "request_key", "bpf", "kexec_load",
          "kexec_file_load", "init_module", "finit_module", "delete_module", "reboot", "swapon", "swapoff", "acct",
          "fork", "vfork", "connect", "bind", "sendmsg", "sendmmsg")
ARCH_OF = {"x86_64": 0xC000003E, "aarch64": 0xC00000B7}  # AUDIT_ARCH_*
NUMBERS = {  # name -> (x86_64, aarch64); arm64 has no fork or vfork (glibc's fork is a clone there)
    "memfd_create": (319, 279), "shmget": (29, 194), "userfaultfd": (323, 282), "unshare": (272, 97),
    "setns": (308, 268), "mount": (165, 40), "umount2": (166, 39), "pivot_root": (155, 41),
    "move_mount": (429, 429), "open_tree": (428, 428), "fsopen": (430, 430), "fsconfig": (431, 431),
    "fsmount": (432, 432), "fspick": (433, 433), "mount_setattr": (442, 442), "io_uring_setup": (425, 425),
    "io_uring_enter": (426, 426), "io_uring_register": (427, 427), "perf_event_open": (298, 241),
    "ptrace": (101, 117), "process_vm_readv": (310, 270), "process_vm_writev": (311, 271), "keyctl": (250, 219),
    "add_key": (248, 217), "request_key": (249, 218), "bpf": (321, 280), "kexec_load": (246, 104),
    "kexec_file_load": (320, 294), "init_module": (175, 105), "finit_module": (313, 273),
    "delete_module": (176, 106), "reboot": (169, 142), "swapon": (167, 224), "swapoff": (168, 225),
    "acct": (163, 89), "fork": (57, None), "vfork": (58, None), "connect": (42, 203), "bind": (49, 200),
    "sendmsg": (46, 211), "sendmmsg": (307, 269), "clone": (56, 220), "clone3": (435, 435), "socket": (41, 198),
    "sendto": (44, 206),
}
MACHINES = {"x86_64": "x86_64", "amd64": "x86_64", "aarch64": "aarch64", "arm64": "aarch64"}


def _op(code: int, k: int, jt: int = 0, jf: int = 0) -> bytes:
    return struct.pack("=HBBI", code, jt, jf, k)


def _answer(number: int) -> bytes:
    return _op(RET, ERRNO | number)


def _refuse(nr: int, answer: int = errno.EPERM) -> bytes:
    """System call `nr` (in the accumulator) answers `answer`."""
    return _op(JEQ, nr, 0, 1) + _answer(answer)


def _arg(index: int, high: bool = False) -> bytes:
    """Load argument `index`'s low (or high) 32 bits (little-endian machines: both above are)."""
    return _op(LD, ARGS + 8 * index + (4 if high else 0))


def program(machine: str | None = None) -> bytes | None:
    """The filter for `machine` (default: this one) as `struct sock_filter` entries, or None for a
    machine whose system call numbers are not known here."""
    known = MACHINES.get((machine or platform.machine()).lower())
    if known is None:
        return None
    column = list(ARCH_OF).index(known)
    arch, nr = ARCH_OF[known], {name: pair[column] for name, pair in NUMBERS.items() if pair[column] is not None}
    code = _op(LD, ARCH) + _op(JEQ, arch, 1, 0) + _answer(errno.ENOSYS) + _op(LD, NR)
    if known == "x86_64":
        code += _op(0x35, X32, 0, 1) + _answer(errno.ENOSYS)  # BPF_JMP|JGE|K
    code += b"".join(_refuse(nr[name]) for name in DENIED if name in nr)
    code += _refuse(nr["clone3"], errno.ENOSYS)
    # clone: threads only (CLONE_THREAD, no CLONE_NEW* flag). Each block below returns, so the
    # accumulator holds the number again after it
    code += (_op(JEQ, nr["clone"], 0, 5) + _arg(0) + _op(JSET, CLONE_NEW, 1, 0) + _op(JSET, CLONE_THREAD, 1, 0)
             + _answer(errno.EPERM) + _op(RET, ALLOW))
    # socket: AF_UNIX only (a socket pair between threads is fine)
    code += _op(JEQ, nr["socket"], 0, 4) + _arg(0) + _op(JEQ, AF_UNIX, 1, 0) + _answer(errno.EPERM) + _op(RET, ALLOW)
    # sendto: without an address only (send() on a connected socket)
    code += (_op(JEQ, nr["sendto"], 0, 6) + _arg(4) + _op(JSET, 0xFFFFFFFF, 3, 0) + _arg(4, high=True)
             + _op(JSET, 0xFFFFFFFF, 1, 0) + _op(RET, ALLOW) + _answer(errno.EPERM))
    return code + _op(RET, ALLOW)


class _Program(ctypes.Structure):  # struct sock_fprog
    _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.c_void_p)]


def install(code: bytes) -> None:
    """Install the filter `code` in this process for good (after no_new_privs, or as root)."""
    libc = ctypes.CDLL(None, use_errno=True)
    buffer = ctypes.create_string_buffer(code, len(code))
    fprog = _Program(len(code) // 8, ctypes.addressof(buffer))
    if libc.prctl(22, 2, ctypes.byref(fprog), 0, 0) != 0:  # PR_SET_SECCOMP, SECCOMP_MODE_FILTER
        number = ctypes.get_errno()
        raise OSError(number, f"seccomp: {os.strerror(number)}")
