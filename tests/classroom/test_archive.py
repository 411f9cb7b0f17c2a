"""`--each export.zip`: an LMS/Gradescope export unpacked safely, students found inside."""

from __future__ import annotations

import stat
import zipfile
from pathlib import Path

import pytest

from checker.classroom.archive import unpack
from checker.classroom.batch import Options, batch
from checker.errors import InputFileError
from tests.classroom.test_batch import DENSE, Watch


def _zip(path: Path, members: dict[str, str], links: tuple[str, ...] = ()) -> Path:
    with zipfile.ZipFile(path, "w") as bundle:
        for name, text in members.items():
            bundle.writestr(name, text)
        for name in links:
            info = zipfile.ZipInfo(name)
            info.external_attr = (stat.S_IFLNK | 0o777) << 16
            bundle.writestr(info, "/etc")
    return path


@pytest.mark.parametrize(
    ("members", "top"),
    [
        ({"export/s1/dense.py": "x", "export/s2/dense.py": "y", "export/submission_metadata.yml": ""}, "export"),
        ({"s1/dense.py": "x", "s2/dense.py": "y"}, ""),
        ({"a/b/c/s1/dense.py": "x", "a/b/c/s2/dense.py": "y"}, "a/b/c"),
    ],
)
def test_the_students_folder_is_found(tmp_path: Path, members: dict[str, str], top: str) -> None:
    found = unpack(_zip(tmp_path / "e.zip", members), tmp_path / "out")
    assert found == (tmp_path / "out" / top if top else tmp_path / "out")
    assert sorted(p.name for p in found.iterdir() if p.is_dir()) == ["s1", "s2"]


@pytest.mark.parametrize(
    ("members", "links"),
    [({"../evil.py": "x"}, ()), ({"/abs/evil.py": "x"}, ()), ({"s1/dense.py": "x"}, ("s1/link",))],
)
def test_an_export_that_reaches_outside_is_refused(tmp_path: Path, members: dict[str, str],
                                                   links: tuple[str, ...]) -> None:
    with pytest.raises(InputFileError, match="files stay inside it"):
        unpack(_zip(tmp_path / "e.zip", members, links), tmp_path / "out")
    assert not (tmp_path / "evil.py").exists()


def test_a_broken_zip_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "e.zip").write_bytes(b"not a zip")
    with pytest.raises(InputFileError, match="a .zip export"):
        unpack(tmp_path / "e.zip", tmp_path / "out")


def test_batch_grades_an_export(tmp_path: Path) -> None:
    export = _zip(tmp_path / "export.zip", {"assignment_9_export/ann/my-work/dense.py": DENSE,
                                            "assignment_9_export/bob/dense.py": "raise SystemExit\n"})
    out = tmp_path / "results"
    result = batch([], export, Options(seed=1, only=("dense",)), jobs=1, out=out, display=Watch(2))
    assert result.code == 1
    assert (out / "gradebook.csv").read_text().splitlines()[1:] == ["ann,2.0,2.0,2.0", "bob,0.0,2.0,0.0"]
