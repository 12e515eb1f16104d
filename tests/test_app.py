"""The Streamlit app, driven by Streamlit's AppTest against a real index."""
from __future__ import annotations


import pytest
from streamlit.testing.v1 import AppTest

from .conftest import ROOT


@pytest.fixture
def app_env(sample_index, monkeypatch):
    monkeypatch.setenv("MINUTES_INDEX_DIR", str(sample_index.index_dir))
    monkeypatch.chdir(ROOT)


def _app():
    at = AppTest.from_file(str(ROOT / "chat_app.py"), default_timeout=120)
    at.run()
    return at


def test_chat_answers_with_cited_sources(app_env):
    at = _app()
    assert not at.exception
    assert "5** möten" in at.sidebar.markdown[0].value
    at.chat_input[0].set_value("Vad beslutades om delstudier för kollektivtrafikens utveckling?").run()
    assert not at.exception
    text = "\n".join(m.value for m in at.markdown)
    assert "att föreslå styrelsen besluta att Familjen Helsingborg ska finansiera delstudierna" in text
    titles = [e.label for e in at.expander]
    assert any("2024-03-22, punkt 3 Finansiering av delstudier" in t for t in titles)
    assert any("2025-11-21, punkt 5 Budget 2026" in t for t in titles)
    codes = [c.value for c in at.code]
    assert any(c.startswith("Kommundirektörsmöte 2024-03-22, punkt 3") and c.endswith("s. 2") for c in codes)


def test_unanswerable_question_abstains(app_env):
    at = _app()
    at.chat_input[0].set_value("Vad kostar en ny brandbil i Klippan?").run()
    assert any("Jag hittar inget om det i protokollen." in m.value for m in at.markdown)
    assert not at.expander or all("✅" not in e.label for e in at.expander)


def test_meetings_view_search(app_env):
    at = _app()
    at.text_input(key="msearch").set_value("Antikrangel").run()
    assert any("1 av 5 möten" in c.value for c in at.caption)
    assert any(e.label.startswith("2025-11-21") for e in at.expander)


def test_missing_index_is_explained(tmp_path, monkeypatch):
    monkeypatch.setenv("MINUTES_INDEX_DIR", str(tmp_path / "none"))
    monkeypatch.chdir(ROOT)
    at = _app()
    assert not at.exception
    assert any("python -m ingest" in e.value for e in at.error)


# --- upload and access control ----------------------------------------------------------------------

def test_upload_ingests_reports_and_rejects(tmp_path, monkeypatch, sample_pdfs):
    idx = tmp_path / "idx"
    monkeypatch.setenv("MINUTES_INDEX_DIR", str(idx))
    monkeypatch.setenv("MINUTES_UPLOAD_DIR", str(tmp_path / "uploads"))
    monkeypatch.setenv("MINUTES_MAX_FILE_MB", "1")
    monkeypatch.chdir(ROOT)
    at = _app()  # empty index: the error explains, and uploading is offered
    assert any("python -m ingest" in e.value for e in at.error)
    pdf = sample_pdfs["2024-03-22"].read_bytes()
    at.file_uploader(key="upload").set_value([
        ("../../etc/2024-03-22 protokoll.pdf", pdf, "application/pdf"),
        ("stor.txt", b"x" * (2 * 1024 * 1024), "text/plain"),
        ("trasig.pdf", b"%PDF-1.4 trasig", "application/pdf"),
    ]).run()
    at.button(key="do_upload").click().run()
    assert not at.exception
    report = at.code[-1].value.splitlines()
    assert any(l.startswith("INDEXERAD") and "2024-03-22-protokoll.pdf" in l and "möte 2024-03-22" in l for l in report)
    assert any(l.startswith("FEL") and "stor.txt" in l and "för stor" in l for l in report)
    assert any(l.startswith("FEL") and "trasig.pdf" in l for l in report)
    saved = sorted(p.name for p in (tmp_path / "uploads").iterdir())
    assert saved == ["2024-03-22-protokoll.pdf", "trasig.pdf"]  # safe names, inside the folder, nothing else
    # the app now answers from the uploaded minutes
    at = _app()
    at.chat_input[0].set_value("Vad beslutades om delstudier för kollektivtrafikens utveckling?").run()
    assert any("500 000 kr" in m.value for m in at.markdown)
    assert any("2024-03-22-protokoll.pdf" in e.label or "2024-03-22" in e.label for e in at.expander)


def test_login_required_and_upload_restricted(app_env, monkeypatch):
    monkeypatch.setenv("MINUTES_REQUIRE_LOGIN", "true")
    monkeypatch.setenv("MINUTES_UPLOAD_USERS", "arkiv@familjenhelsingborg.se")
    at = AppTest.from_file(str(ROOT / "chat_app.py"), default_timeout=120)
    at.user = {"is_logged_in": False}
    at.run()
    assert not at.chat_input and any(b.label == "Logga in" for b in at.button)
    at = AppTest.from_file(str(ROOT / "chat_app.py"), default_timeout=120)
    at.user = {"is_logged_in": True, "email": "direktor@bjuv.se", "name": "D"}
    at.run()
    assert at.chat_input and [t.label for t in at.tabs] == ["Fråga", "Möten"]
    at = AppTest.from_file(str(ROOT / "chat_app.py"), default_timeout=120)
    at.user = {"is_logged_in": True, "email": "Arkiv@familjenhelsingborg.se"}
    at.run()
    assert [t.label for t in at.tabs] == ["Fråga", "Möten", "Ladda upp"]


def test_access_rules():
    from minutes.settings import Settings
    from qa.access import current_user, may_upload, may_use

    s = Settings()
    assert may_use(s, None) and may_upload(s, None)  # local default: open
    proxy = s.with_overrides(user_header="X-Forwarded-Email", upload_users=("a@x.se",))
    assert current_user(proxy, {}, {"X-Forwarded-Email": "a@x.se"}) == "a@x.se"
    assert current_user(proxy, {"is_logged_in": True, "email": "b@x.se"}, {}) is None  # the proxy decides
    assert not may_use(proxy, None) and may_upload(proxy, "A@x.se") and not may_upload(proxy, "b@x.se")
    off = s.with_overrides(upload_users=("none",))
    assert not may_upload(off, "a@x.se")
    anyone = s.with_overrides(require_login=True, upload_users=("*",))
    assert may_upload(anyone, "b@x.se") and not may_upload(anyone, None)
