"""A real Chroma server (`chroma run`, from the chromadb package) on 127.0.0.1:
with CHROMA_HOST/CHROMA_PORT set, every command and the app use it and the
embedded index directory is not touched."""
from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from .conftest import MINUTES, ROOT, free_port, wait_until_up
from .test_ingest import PY, run

CHROMA = str(Path(PY).parent / "chroma")


@pytest.fixture(scope="module")
def chroma_server(tmp_path_factory):
    data = tmp_path_factory.mktemp("chroma-server")
    port = free_port()
    log = open(data / "server.log", "w")
    proc = subprocess.Popen([CHROMA, "run", "--path", str(data / "db"), "--host", "127.0.0.1", "--port", str(port)],
                            stdout=log, stderr=subprocess.STDOUT)
    wait_until_up(f"http://127.0.0.1:{port}/api/v2/heartbeat", proc, data / "server.log", "chroma run")
    yield {"CHROMA_HOST": "127.0.0.1", "CHROMA_PORT": str(port)}, data / "db"
    proc.terminate()
    proc.wait(timeout=20)
    log.close()


def test_ingest_and_questions_against_a_chroma_server(chroma_server, tmp_path):
    env, db = chroma_server
    local = tmp_path / "embedded-index"
    r = run("-m", "ingest", str(MINUTES), "--index-dir", str(local), env=env)
    assert r.returncode == 0, r.stdout + r.stderr
    assert not (local / "chroma.sqlite3").exists()  # nothing went to the embedded store
    assert any(db.rglob("*.sqlite3"))  # the server persisted it
    r = run("-m", "qa", "meetings", "--json", env=env)
    meetings = json.loads(r.stdout)
    assert [m["date"] for m in meetings] == ["2019-01-18", "2023-05-12", "2023-06-16", "2024-03-22", "2025-11-21"]
    r = run("-m", "qa", "ask", "Vad beslutades om delstudier för kollektivtrafikens utveckling?", "--json", env=env)
    d = json.loads(r.stdout)
    assert d["grounded"] and {s["meeting_date"] for s in d["sources"][:3]} >= {"2024-03-22", "2025-11-21"}
    # re-ingest is idempotent against the server too
    r = run("-m", "ingest", str(MINUTES), env=env)
    assert r.returncode == 0 and r.stdout.count("OFÖRÄNDRAD") == 5


def test_app_uses_the_server(chroma_server, monkeypatch):
    from streamlit.testing.v1 import AppTest

    env, _ = chroma_server
    if run("-m", "qa", "meetings", "--json", env=env).stdout.strip() in ("", "[]"):
        assert run("-m", "ingest", str(MINUTES), env=env).returncode == 0
    for k, v in env.items():
        monkeypatch.setenv(k, v)
    monkeypatch.setenv("MINUTES_INDEX_DIR", "/nonexistent/never-used")
    monkeypatch.chdir(ROOT)
    at = AppTest.from_file(str(ROOT / "chat_app.py"), default_timeout=120)
    at.run()
    assert not at.exception
    assert "chroma://127.0.0.1" in at.sidebar.markdown[0].value
    at.chat_input[0].set_value("Vem var sekreterare 2019?").run()
    assert any("Johan Lindberg" in m.value for m in at.markdown)


def test_unreachable_server_is_a_clear_error(tmp_path):
    port = free_port()
    r = run("-m", "qa", "meetings", "--json", env={"CHROMA_HOST": "127.0.0.1", "CHROMA_PORT": str(port)})
    assert r.returncode != 0 and "Traceback" not in r.stderr
    assert "Chroma-servern 127.0.0.1" in r.stderr and "CHROMA_HOST" in r.stderr
