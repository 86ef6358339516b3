"""Scale: --jobs workers and a Dask cluster give the bytes of one process."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
INPUTS = [str(REPO / "src" / "pyanj" / "bundled_data" / "corpus"), str(REPO / "tests" / "data" / "dev2.jsonl"),
          str(REPO / "tests" / "data" / "dev_ru.jsonl")]


def _geocode(tmp_path, name, *args, env=None):
    out = tmp_path / name
    r = subprocess.run([sys.executable, "-m", "pyanj.cli", "geocode", *INPUTS, "-o", str(out), *args],
                       capture_output=True, text=True, env={**os.environ, **(env or {})}, cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    return out.read_bytes(), r.stderr


@pytest.fixture(scope="module")
def serial(tmp_path_factory):
    return _geocode(tmp_path_factory.mktemp("serial"), "j1.jsonl", "--jobs", "1")


def test_jobs_2_writes_the_bytes_of_jobs_1(tmp_path, serial):
    many, err = _geocode(tmp_path, "j2.jsonl", "--jobs", "2", env={"PYANJ_PARALLEL_MIN_CHARS": "0"})
    assert many == serial[0]
    n = many.count(b"\n")
    assert err == f"{n} mentions from 99 documents written to {tmp_path / 'j2.jsonl'}\n"
    assert n > 2000


def test_parallel_mentions_use_the_callers_gazetteer_and_keep_order(monkeypatch, gz):
    from pyanj.resolve import parallel
    from pyanj.resolve.pipeline import document_mentions
    from pyanj.text.load import Document

    mine = _with_test_camp(gz)
    docs = [Document(f"d{i}", f"Trucks reached Khorog and the Qalai Test camp, day {i}.") for i in range(150)]
    monkeypatch.setattr(parallel, "MIN_PARALLEL_CHARS", 0)
    monkeypatch.setattr(parallel, "BATCH_DOCS", 7)
    counts = [0, 0]
    got = list(parallel.parallel_mentions(iter(docs), mine, 2, counts=counts))
    want = [m for d in docs for m in document_mentions(d, mine)]
    assert [m.to_json() for m in got] == [m.to_json() for m in want]
    assert counts == [150, 300]
    assert [m.place_id for m in got[:2]] == [want[0].place_id, "camp:qalai-test"]


def _with_test_camp(gz):
    """A copy of ``gz`` with a place added at run time (which only a pickled copy carries to a worker)."""
    import pickle

    from pyanj.gazetteer import Alias, Place, Source
    mine = pickle.loads(pickle.dumps(gz))
    mine.add(Place(id="camp:qalai-test", name="Qalai Test camp", feature_type="camp", country="AF",
                   lat=37.837199, lon=70.394158, precision="district", aliases=[Alias("Qalai Test camp")],
                   sources=[Source(note="test place")], admin1="Badakhshan", admin2="Khwahan", curated=True))
    return mine


def _gold_docs(n):
    import json

    from pyanj.text.load import Document
    lines = (REPO / "tests" / "data" / "dev2.jsonl").read_text("utf-8").splitlines()
    texts = [json.loads(line)["text"] for line in lines]
    return [Document(f"d{i}", texts[i % len(texts)] + "\n\nTrucks reached the Qalai Test camp.") for i in range(n)]


@pytest.mark.parametrize("joined", [False, True])
def test_batches_shared_between_this_process_and_a_worker_merge_in_input_order(monkeypatch, gz, joined):
    """Batches go to the worker while it has fewer than two, else are geocoded here; the merged output is
    the serial one, byte for byte (as joined UTF-8 chunks, or as Mentions back from the worker's tuples)."""
    from pyanj.outputs import jsonl_line
    from pyanj.resolve import parallel
    docs, gz = _gold_docs(40), _with_test_camp(gz)
    monkeypatch.setattr(parallel, "BATCH_DOCS", 2)
    serial = [0, 0]
    want = b"".join(parallel.serial_chunks(iter(docs), gz, serial, encode=jsonl_line))
    workers = parallel._Workers(1, gz, None)
    workers._starter.join()  # (ready before the first batch, so the worker surely gets some)
    assert workers.ready()
    counts, sent = [0, 0], []
    submit = workers.pool.submit
    monkeypatch.setattr(workers.pool, "submit", lambda *a: sent.append(a[1]) or submit(*a))
    try:
        got = list(parallel._merge(parallel._batches(docs), workers, gz, 2, None, counts, None,
                                   jsonl_line if joined else None, joined))
    finally:
        workers.close()
    out = b"".join(got) if joined else "".join(map(jsonl_line, got)).encode("utf-8")
    assert out == want
    assert counts == serial == [40, want.count(b"\n")]
    assert out.count(b'"place_id": "camp:qalai-test"') == 40
    assert 0 < len(sent) < 20  # (both the worker and this process geocoded)
    assert all(type(x) is (bytes if joined else parallel.Mention) for x in got)


def test_workers_of_the_bundled_gazetteer_start_with_the_forkservers_copy(tmp_path):
    """The bundled gazetteer is loaded once, in the forkserver, and a worker uses that copy (in a fresh
    interpreter: the forkserver is started once per process and its first use decides what it preloads)."""
    (tmp_path / "probe.py").write_text(
        "def preloaded():\n"
        "    from pyanj.resolve import forkserver_preload, parallel\n"
        "    gz = forkserver_preload.GAZETTEER\n"
        "    return gz is not None and parallel._WORKER['gz'] is gz and 'spelling_index' in gz._derived\n")
    code = f"""if 1:
        import sys
        sys.path.insert(0, {str(tmp_path)!r})
        import probe
        from pyanj.resolve import parallel
        from pyanj.text.load import Document
        w = parallel._Workers(1, None, None)
        w._starter.join()
        batch = w.pool.submit(parallel._run, [Document("a", "Trucks reached Khorog from Kabul.")], None).result()
        print(w.pool.submit(probe.preloaded).result(), [t[5] for t in batch[0]],
              "pyanj.resolve.forkserver_preload" in sys.modules)
        w.close()
    """
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert r.stdout == "True ['gn:1221328', 'gn:1138958'] False\n"


def test_default_jobs_is_the_processors_this_process_may_use():
    from pyanj.resolve.parallel import default_jobs
    assert default_jobs() == len(os.sched_getaffinity(0))


def test_dask_local_cluster_writes_the_bytes_of_one_process(tmp_path, serial, gz, capsys):
    distributed = pytest.importorskip("distributed")
    from pyanj.distributed import geocode_bag, write_mentions
    from pyanj.text.load import iter_documents

    docs = list(iter_documents(INPUTS))
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as c, \
            distributed.Client(c) as client:
        bag = geocode_bag(docs, gazetteer=gz, client=client, npartitions=5)
        assert bag.npartitions == 5
        n = write_mentions(bag, tmp_path / "dask.jsonl", client=client, progress=True)
    assert (tmp_path / "dask.jsonl").read_bytes() == serial[0]
    err = capsys.readouterr().err  # (the bar over the partitions: on standard error, never in the output)
    assert "geocoding partitions" in err and "5/5" in err and b"\x1b" not in serial[0]
    assert n == serial[0].count(b"\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dask.jsonl"]  # (part files removed)


def test_geocode_dask_flag_on_a_local_cluster(tmp_path, serial):
    pytest.importorskip("distributed")
    out, err = _geocode(tmp_path, "d.jsonl", "--dask", "--jobs", "2")
    assert out == serial[0]
    n = out.count(b"\n")
    assert err == f"{n} mentions from 99 documents written to {tmp_path / 'd.jsonl'}\n"


def test_geocode_dask_needs_a_reachable_scheduler(tmp_path):
    r = subprocess.run([sys.executable, "-m", "pyanj.cli", "geocode", INPUTS[0], "-o", str(tmp_path / "x.jsonl"),
                        "--scheduler", "tcp://127.0.0.1:1"], capture_output=True, text=True)
    assert r.returncode == 2
    assert r.stderr.startswith("pyanj: error: Dask: ") and r.stderr.count("\n") == 1
    assert not (tmp_path / "x.jsonl").exists()


def test_progress_bar_only_on_stderr_and_quiet_under_q(tmp_path, serial):
    corpus = str(REPO / "src" / "pyanj" / "bundled_data" / "corpus")
    base = [sys.executable, "-m", "pyanj.cli", "geocode", corpus]
    r = subprocess.run(base + ["-o", str(tmp_path / "p.jsonl"), "--progress", "--jobs", "1"], capture_output=True,
                       text=True)
    assert r.returncode == 0 and "0/6" in r.stderr and "005_0764c1e799657d16.txt" in r.stderr
    q = subprocess.run(base + ["-o", str(tmp_path / "q.jsonl"), "-q", "--progress"], capture_output=True, text=True)
    assert (q.returncode, q.stderr) == (0, "")
    assert (tmp_path / "p.jsonl").read_bytes() == (tmp_path / "q.jsonl").read_bytes()
    assert b"\x1b" not in (tmp_path / "p.jsonl").read_bytes()


def test_progress_bar_moves_through_one_jsonl_file_and_only_when_asked(tmp_path):
    """One big JSONL is one input file: the bar follows the bytes read from it (which the geocoding keeps
    pace with), not only the files; without --progress (standard error not a terminal) no bar at all."""
    import re
    lines = (REPO / "tests" / "data" / "dev.jsonl").read_text("utf-8").splitlines()
    (tmp_path / "in.jsonl").write_text("".join(lines[i % 5].replace('"doc_id": "', f'"doc_id": "{i}-', 1) + "\n"
                                               for i in range(80)), encoding="utf-8")
    base = [sys.executable, "-m", "pyanj.cli", "geocode", str(tmp_path / "in.jsonl"), "--jobs", "1"]
    r = subprocess.run(base + ["-o", str(tmp_path / "p.jsonl"), "--progress"], capture_output=True, text=True)
    shown = {int(p) for p in re.findall(r"(\d+)%", r.stderr)}
    assert r.returncode == 0 and {0, 100} <= shown and any(0 < p < 100 for p in shown), r.stderr
    plain = subprocess.run(base + ["-o", str(tmp_path / "n.jsonl")], capture_output=True, text=True)
    n = (tmp_path / "n.jsonl").read_bytes().count(b"\n")
    assert plain.stderr == f"{n} mentions from 80 documents written to {tmp_path / 'n.jsonl'}\n"
    assert (tmp_path / "p.jsonl").read_bytes() == (tmp_path / "n.jsonl").read_bytes()


def test_sentence_ends_after_a_long_word_are_found_without_a_space_before_it():
    """(the branch that copied the whole text before each such full stop)"""
    from pyanj.text.segment import segment
    text = "".join(f"Q{'w' * 12}{i}. " for i in range(20_000))
    seg = segment(text)
    assert len(seg.sentences) == 20_000
    assert text[slice(*seg.sentences[7])] == f"Q{'w' * 12}7."


def test_one_long_text_gives_the_mentions_of_its_parts(gz):
    """The river, coordinate and evidence steps of one long text agree with the text read alone (offsets
    shifted), and a coordinate still silences the digits it covers."""
    from pyanj import geocode
    part = ("Trucks crossed the Panj near Ishkashim at 36°42'N 71°36'E.\n\n"
            "The Panj river bridge at Khorog reopened; 37.4912, 71.5530 is the bazaar.\n\n")
    one = geocode(part, "d", gz)
    many = geocode(part * 300, "d", gz)
    assert len(many) == 300 * len(one)
    first = [(m.surface, m.place_id, m.lat, m.lon, m.flags) for m in one]
    assert [(m.surface, m.place_id) for m in many[:len(one)]] == [f[:2] for f in first]
    assert [m.feature_type for m in many].count("coordinate") == 600


def test_a_document_failing_in_a_worker_is_reported_in_its_turn():
    from concurrent.futures import Future

    from pyanj.resolve.parallel import _collect, _Failed
    from pyanj.text.load import Document

    docs = [Document("a", "x"), Document("b", "y"), Document("c", "z")]
    try:
        raise KeyError("boom")
    except KeyError as e:
        failed = _Failed(e)
    fut = Future()
    fut.set_result([["a1\n", "a2\n"], failed, ["c1\n"]])
    seen, counts = [], [0, 0]
    out = []
    with pytest.raises(KeyError):
        for x in _collect(docs, fut, counts, lambda doc, e: seen.append((doc.doc_id, repr(e)))):
            out.append(x)
    assert (out, seen, counts) == (["a1\n", "a2\n"], [("b", "KeyError('boom')")], [2, 2])
    assert "KeyError: 'boom'" in failed.trace


@pytest.mark.parametrize("fmt", ["jsonl", "geojson", "geojsonseq"])
def test_documents_written_as_joined_chunks_give_the_bytes_of_one_write_per_mention(gz, fmt):
    """(what the workers send: each document's mentions joined; an empty document and no documents at all too)"""
    import io

    from pyanj import geocode
    from pyanj.outputs import encoder, record_encoder, write_chunks, write_stream
    docs = [geocode(t, f"d{i}", gz) for i, t in enumerate(["Trucks reached Khorog.", "No place here.",
                                                           "From Kabul to Dushanbe via Sher Khan Bandar."])]
    for some in (docs, docs[1:2], []):
        one = io.StringIO()
        write_stream(fmt, (encoder(fmt)(m) for ms in some for m in ms), one)
        joined = io.BytesIO()
        write_chunks(fmt, ("".join(map(record_encoder(fmt), ms)).encode("utf-8") for ms in some), joined)
        assert joined.getvalue() == one.getvalue().encode("utf-8")
    assert [len(ms) for ms in docs] == [1, 0, 3]


def test_geocode_to_a_text_only_standard_output(monkeypatch):
    """(a stream with no binary buffer beneath it, as a notebook's: the chunks decoded back to text)"""
    import importlib
    import io

    cli_geocode = importlib.import_module("pyanj.cli.geocode")  # (the package's `geocode` is the command)
    out = io.StringIO()
    monkeypatch.setattr(sys, "stdout", out)
    cli_geocode._to_stdout(iter([b'{"a": "\xc3\xa9"}\n', b"{}\n"]), "jsonl", [1, 2])
    assert out.getvalue() == '{"a": "é"}\n{}\n'
