"""End to end in a real browser: `streamlit run chat_app.py` driven by
Playwright through Debian's Chromium (installed by `make test`)."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time

import pytest

from .conftest import ROOT, free_port, wait_until_up

CHROMIUM = "/usr/bin/chromium"
QUESTION = "Vad beslutades om delstudier för kollektivtrafikens utveckling?"
# Without these, Chromium tries to reach Google's services and this closed network refuses it.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def app_server(browser, sample_index, tmp_path):
    """Started after the browser is up: the clock measures the app, not Chromium's launch."""
    port = free_port()
    env = {**os.environ, "MINUTES_INDEX_DIR": str(sample_index.index_dir)}
    log = open(tmp_path / "streamlit.log", "w")
    started = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "qa.serve", "--server.port", str(port), "--server.address", "127.0.0.1"],
        cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    wait_until_up(url + "/_stcore/health", proc, tmp_path / "streamlit.log", "streamlit")
    print(f"server up {time.perf_counter() - started:.1f} s")
    yield url, started
    proc.terminate()
    proc.wait(timeout=20)
    log.close()


@pytest.mark.skipif(not shutil.which(CHROMIUM), reason="Debian chromium missing (make test installs it)")
def test_browser_question_shows_citations_to_both_meetings(browser, app_server, tmp_path):
    from playwright.sync_api import expect

    url, started = app_server
    if True:
        page = browser.new_page()
        page.goto(url)
        print(f"goto done {time.perf_counter() - started:.1f} s")
        page.get_by_text("Protokollfrågor · Kommundirektörsmöte").wait_for(timeout=60_000)
        print(f"title {time.perf_counter() - started:.1f} s")
        box = page.get_by_test_id("stChatInputTextArea")
        box.wait_for(timeout=60_000)
        print(f"chat input {time.perf_counter() - started:.1f} s")
        box.fill(QUESTION)
        box.press("Enter")
        expect(page.get_by_text("Beslut i protokollen:")).to_be_visible(timeout=60_000)
        first_answer_s = time.perf_counter() - started
        expanders = page.get_by_test_id("stExpander")
        expect(expanders.filter(has_text="2024-03-22, punkt 3 Finansiering av delstudier")).to_have_count(1)
        expect(expanders.filter(has_text="2025-11-21, punkt 5 Budget 2026")).to_have_count(1)
        expect(page.get_by_text("ska finansiera delstudierna med 500 000 kr", exact=False).first).to_be_visible()
        page.screenshot(path=str(tmp_path / "answer.png"), full_page=True)
    print(f"first answer {first_answer_s:.1f} s after start")
    # 3–4 s on the Xeon, 7–9 s on the 2-core EPYC, 11.2 s there once while the machine ran ~28 % slow
    # (a clean-clone CI run, 2026-11-27): the bound catches an app that loads the index per request, not
    # the machine's load
    assert first_answer_s < 15, f"first answer took {first_answer_s:.1f} s"
