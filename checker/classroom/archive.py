"""An LMS or Gradescope export (a .zip of one folder per student) for `--each`, unpacked safely.

Exports wrap the students' folders in a folder of their own (`assignment_1234_export/`) and a
student's files in folders of the student's making (`alice/my-work/dense.py`): the folder that
holds the students is found by descending through single folders, and each student's exercises
by `bundle.locate`. Untrusted input: members that would land outside the target (absolute
paths, `..`), links, more than MAX_MEMBERS members or MAX_BYTES unpacked are refused.
"""

from __future__ import annotations

import stat
import zipfile
from pathlib import Path

from checker.errors import InputFileError

MAX_MEMBERS = 100_000
MAX_BYTES = 4 << 30


def unpack(archive: Path, into: Path) -> Path:
    """Extract `archive` into `into`; the folder whose subfolders are the students'."""
    try:
        with zipfile.ZipFile(archive) as bundle:
            members = bundle.infolist()
            if len(members) > MAX_MEMBERS or sum(m.file_size for m in members) > MAX_BYTES:
                raise InputFileError(f"an export of at most {MAX_MEMBERS} files and {MAX_BYTES >> 30} GiB",
                                     f"{archive} ({len(members)} files)", "Split the export.")
            root = into.resolve()
            for member in members:
                target = (into / member.filename).resolve()
                if not target.is_relative_to(root) or stat.S_ISLNK(member.external_attr >> 16):
                    raise InputFileError("an export whose files stay inside it", f"{member.filename} in {archive}",
                                         "Export the submissions again from the LMS.")
            bundle.extractall(into)
    except (zipfile.BadZipFile, OSError) as error:
        raise InputFileError("a .zip export of submission folders", f"{archive} ({error})",
                             "Pass the export as downloaded, or unpack it and pass the folder.") from None
    top = into
    while True:
        entries = [p for p in top.iterdir() if not p.name.startswith((".", "_"))]
        folders = [p for p in entries if p.is_dir()]
        if len(folders) != 1 or len(entries) > 1 and any(p.suffix in (".py", ".ipynb") for p in entries):
            return top
        top = folders[0]
