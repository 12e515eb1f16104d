"""The Streamlit app, driven by Streamlit's AppTest against a real index."""
from __future__ import annotations

import os

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
