"""The derivation library: every file's recorded verdicts are the checker's, the errata come
with corrections that hold, and `grader derivations` lists, shows, and exits as documented."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from checker import derivations as lib
from checker.cli import app
from checker.derive.result import VERDICTS

NAMES = lib.names()
runner = CliRunner()


def test_the_library_covers_the_course_topics() -> None:
    assert len(NAMES) >= 10
    for topic in ("mse_gradient", "sigmoid_from_logit", "logistic_loss_gradient",
                  "l1_l2_penalties", "cross_entropy_gradient", "activations",
                  "blog_backprop", "convolution_examples", "matrix_forms",
                  "two_layer_backprop", "softmax_examples", "batch_losses_scaling"):
        assert topic in NAMES


@pytest.mark.parametrize("name", NAMES)
def test_recorded_verdicts_are_the_checkers(name: str) -> None:
    assert lib.mismatches(name) == ()


@pytest.mark.parametrize("name", NAMES)
def test_every_file_names_its_source_and_records_steps(name: str) -> None:
    assert "seeds/00" in lib.source(name) and "lines" in lib.source(name)
    notes = lib.notes(name)
    assert notes, "no recorded verdicts"
    assert all(v in VERDICTS for n in notes for v in n.verdicts)
    assert all(n.doc_line for n in notes if n.kind in {"doc", "fix"})


@pytest.mark.parametrize("name", NAMES)
def test_every_fix_corrects_a_recorded_document_line(name: str) -> None:
    notes = lib.notes(name)
    documented = {n.doc_line for n in notes if n.kind == "doc"}
    assert {n.doc_line for n in notes if n.kind == "fix"} <= documented


def test_errata_each_have_a_correction_that_holds() -> None:
    errata = lib.errata()
    assert len(errata) >= 8
    for e in errata:
        assert e.correction, e
        assert e.correction_holds, e
        assert e.why and e.line > 0 and e.written


def test_errata_come_from_both_documents() -> None:
    documents = {e.document for e in lib.errata()}
    assert any("001_" in d for d in documents) and any("000_" in d for d in documents)


def test_status_counts_add_up() -> None:
    for s in lib.list_derivations():
        assert s.steps == s.holds + s.fails + s.unreadable + s.undecided
        assert s.matches


def test_unknown_name_is_a_usage_error() -> None:
    from checker.errors import UsageError

    with pytest.raises(UsageError, match="mse_gradient"):
        lib.derivation_report("no_such_derivation")


# -- the command line ----------------------------------------------------------------------
def test_cli_lists_every_derivation() -> None:
    result = runner.invoke(app, ["derivations"])
    assert result.exit_code == 0, result.output
    for name in NAMES:
        assert name in result.output
    assert "every file matches its recorded verdicts" in result.output


def test_cli_shows_one_derivations_steps() -> None:
    result = runner.invoke(app, ["derivations", "mse_gradient"])
    assert result.exit_code == 0, result.output
    assert "fails" in result.output and "[document line 171]" in result.output
    assert "[correction of document line 171]" in result.output
    assert "counterexample:" in result.output


def test_cli_unknown_name_exits_2_and_lists_the_names() -> None:
    result = runner.invoke(app, ["derivations", "no_such_derivation"])
    assert result.exit_code == 2
    assert "mse_gradient" in result.output and "no_such_derivation" in result.output


def test_cli_bad_format_exits_2() -> None:
    assert runner.invoke(app, ["derivations", "--format", "xml"]).exit_code == 2


def test_cli_errata() -> None:
    result = runner.invoke(app, ["derivations", "--errata"])
    assert result.exit_code == 0, result.output
    assert "line 171" in result.output and "correction:" in result.output
    assert "DOES NOT HOLD" not in result.output


@pytest.mark.parametrize("args, key", [
    (["derivations", "--format", "json"], "derivations"),
    (["derivations", "blog_backprop", "--format", "json"], "files"),
    (["derivations", "--errata", "--format", "json"], "errata"),
])
def test_cli_json(args: list[str], key: str) -> None:
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    doc = json.loads(result.output)
    assert doc["version"] == 1 and doc[key]


def test_cli_exits_1_when_a_file_differs_from_its_record(monkeypatch: pytest.MonkeyPatch) -> None:
    original = lib.notes("activations")
    flipped = [lib.Note(n.line, n.kind, n.doc_line, ("fails",) * len(n.verdicts))
               for n in original]
    monkeypatch.setattr("checker.derivations.notes",
                        lambda name: flipped if name == "activations" else original)
    result = runner.invoke(app, ["derivations", "activations"])
    assert result.exit_code == 1
    assert "differs:" in result.output
