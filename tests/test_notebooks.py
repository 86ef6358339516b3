"""The tutorial notebooks: committed without outputs, in step with their generator, and they run.

Each notebook is executed top to bottom with nbclient in a ``python3`` kernel (cwd ``notebooks/``,
300 s per cell); a cell that raises fails the test with the cell and the traceback.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
NB_DIR = ROOT / "notebooks"
NOTEBOOKS = ["01_frontier_tour.ipynb", "02_bring_your_own_texts.ipynb"]
CELL_TIMEOUT = 300

nbformat = pytest.importorskip("nbformat")


def _read(name):
    return nbformat.read(NB_DIR / name, as_version=4)


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_notebook_is_committed_without_outputs(name):
    nb = _read(name)
    nbformat.validate(nb)
    dirty = [i for i, c in enumerate(nb.cells) if c.cell_type == "code" and (c.outputs or c.execution_count)]
    assert not dirty, f"{name}: cells {dirty} carry outputs; clear them (python notebooks/make_notebooks.py)"
    assert nb.metadata.get("kernelspec", {}).get("name") == "python3"


def test_notebooks_match_their_generator():
    spec = importlib.util.spec_from_file_location("make_notebooks", NB_DIR / "make_notebooks.py")
    gen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gen)
    assert sorted(gen.NOTEBOOKS) == sorted(NOTEBOOKS)
    for name, cells in gen.NOTEBOOKS.items():
        want = [(c.cell_type, c.source) for c in gen.build(cells).cells]
        have = [(c.cell_type, c.source) for c in _read(name).cells]
        assert have == want, f"{name} differs from notebooks/make_notebooks.py: edit the generator and rerun it"


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_notebook_runs_top_to_bottom(name, tmp_path, monkeypatch):
    nbclient = pytest.importorskip("nbclient")
    pytest.importorskip("ipykernel")
    from nbclient.exceptions import CellExecutionError

    monkeypatch.setenv("TMPDIR", str(tmp_path))  # the notebooks write only under tempfile.mkdtemp()
    nb = _read(name)
    before = sorted(p.name for p in NB_DIR.iterdir())
    client = nbclient.NotebookClient(nb, kernel_name="python3", timeout=CELL_TIMEOUT,
                                     resources={"metadata": {"path": str(NB_DIR)}})
    try:
        client.execute()
    except CellExecutionError as e:
        pytest.fail(f"{name} raised in a cell:\n{e}", pytrace=False)
    errors = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs if o.output_type == "error"]
    assert not errors, errors
    assert sorted(p.name for p in NB_DIR.iterdir()) == before, "the notebook wrote next to itself"
