"""Commits that an interrupt cannot split: signals held while a folder and the files beside it are put in
place; a GeoPackage and its layers folder replaced together; Ctrl-C inside GDAL's read of our record
batches is Ctrl-C, not GDAL's "Error while accessing batch"."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest

from pyanj import gazetteer
from pyanj.io import atomic_dir, final_commit, held_signals, staged_file
from pyanj.layers import write_layers
from pyanj.resolve import geocode


def _hidden(d: Path) -> list[str]:
    return sorted(p.name for p in d.rglob(".*"))


def test_a_signal_inside_held_signals_lands_when_the_block_ends():
    old = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        _held_then_delivered()
    finally:
        signal.signal(signal.SIGINT, old)


def test_a_command_gives_back_the_signal_handlers_it_set_aside(tmp_path):
    from click.testing import CliRunner

    from pyanj.cli import main
    (tmp_path / "a.txt").write_text("Clashes in Khorog.", encoding="utf-8")
    before = signal.getsignal(signal.SIGINT)
    r = CliRunner().invoke(main, ["geocode", str(tmp_path / "a.txt"), "-o", str(tmp_path / "m.jsonl"), "-q"])
    assert r.exit_code == 0 and signal.getsignal(signal.SIGINT) is before
    assert signal.getsignal(signal.SIGTERM) is not signal.SIG_IGN


def _held_then_delivered():
    seen = []
    with pytest.raises(KeyboardInterrupt):
        with held_signals():
            os.kill(os.getpid(), signal.SIGINT)  # (unheld, Python raises at the next instruction)
            seen.append("ran to the end")
    assert seen == ["ran to the end"]


def test_files_beside_a_folder_are_replaced_with_it(tmp_path):
    (tmp_path / "L").mkdir()
    (tmp_path / "L" / "a.geojson").write_text("old")
    (tmp_path / "x.gpkg").write_text("old gpkg")
    beside = []
    with atomic_dir(tmp_path / "L", with_files=beside) as stage:
        (stage / "a.geojson").write_text("new")
        beside.append(staged_file(tmp_path / "x.gpkg"))
        beside[-1][0].write_text("new gpkg")
    assert (tmp_path / "L" / "a.geojson").read_text() == "new"
    assert (tmp_path / "x.gpkg").read_text() == "new gpkg"
    assert _hidden(tmp_path) == []


def test_a_failure_before_the_commit_leaves_folder_and_files_beside_it_old(tmp_path):
    (tmp_path / "L").mkdir()
    (tmp_path / "L" / "a.geojson").write_text("old")
    (tmp_path / "x.gpkg").write_text("old gpkg")
    beside = []
    with pytest.raises(KeyboardInterrupt):
        with atomic_dir(tmp_path / "L", with_files=beside) as stage:
            (stage / "a.geojson").write_text("new")
            beside.append(staged_file(tmp_path / "x.gpkg"))
            beside[-1][0].write_text("new gpkg")
            raise KeyboardInterrupt
    assert (tmp_path / "L" / "a.geojson").read_text() == "old"
    assert (tmp_path / "x.gpkg").read_text() == "old gpkg"
    assert _hidden(tmp_path) == []


def test_ctrl_c_inside_the_geopackage_stream_is_ctrl_c(tmp_path, monkeypatch):
    import pyanj.layers.write as write
    gz = gazetteer.load()
    ms = geocode("Clashes in Khorog and Kunduz near the Pyanj river.", "d", gz)
    write_layers(ms, tmp_path / "L", gazetteer=gz, gpkg=tmp_path / "x.gpkg")
    before = (tmp_path / "x.gpkg").read_bytes()

    def interrupted(vals, t):
        raise KeyboardInterrupt
    monkeypatch.setattr(write, "_arrow_column", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_layers(ms, tmp_path / "L", gazetteer=gz, gpkg=tmp_path / "x.gpkg", force=True)
    assert (tmp_path / "x.gpkg").read_bytes() == before
    assert _hidden(tmp_path) == []


def _commit_with_a_signal_inside(tmp_path, monkeypatch):
    """atomic_dir over an old folder, with SIGINT sent in the middle of its held commit."""
    import pyanj.io as io
    swap = io._swap_in

    def swap_and_signal(stage, path):
        os.kill(os.getpid(), signal.SIGINT)
        return swap(stage, path)
    monkeypatch.setattr(io, "_swap_in", swap_and_signal)
    (tmp_path / "L").mkdir()
    (tmp_path / "L" / "a.geojson").write_text("old", encoding="utf-8")
    with atomic_dir(tmp_path / "L") as stage:
        (stage / "a.geojson").write_text("new", encoding="utf-8")


def test_an_interrupt_during_a_commit_lands_after_it(tmp_path, monkeypatch):
    old = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        with pytest.raises(KeyboardInterrupt):
            _commit_with_a_signal_inside(tmp_path, monkeypatch)
        assert signal.getsignal(signal.SIGINT) is signal.default_int_handler
    finally:
        signal.signal(signal.SIGINT, old)
    assert (tmp_path / "L" / "a.geojson").read_text(encoding="utf-8") == "new" and _hidden(tmp_path) == []


def test_an_interrupt_during_the_final_commit_is_dropped_and_later_ones_ignored(tmp_path, monkeypatch):
    """(``pyanj layers``: the folder's commit is the run's last; SIGTERM during it must not exit 130 with the
    new folder in place, since a non-zero exit means the old outputs stand.)"""
    old = signal.signal(signal.SIGINT, signal.default_int_handler)
    term = signal.getsignal(signal.SIGTERM)  # (set aside too if callable: an ignored SIGTERM outlives exec)
    try:
        with final_commit():
            _commit_with_a_signal_inside(tmp_path, monkeypatch)  # (no KeyboardInterrupt)
            assert signal.getsignal(signal.SIGINT) is signal.SIG_IGN
            import pyanj.io as io
            assert io._FINAL == [False]  # one commit only: a later one is held as before
    finally:
        signal.signal(signal.SIGINT, old)
        signal.signal(signal.SIGTERM, term)
    assert (tmp_path / "L" / "a.geojson").read_text(encoding="utf-8") == "new" and _hidden(tmp_path) == []
