"""Ingest orchestration: files → meetings → chunks → embeddings → store.

Idempotent per document: the document's version is a hash of its content,
the pipeline version and the embedder; an unchanged file is skipped, a
changed one replaces its chunks atomically (see ``minutes.store``). One
ingest at a time per index (a lock file)."""
from __future__ import annotations

import hashlib
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

from minutes.embedder import Embedder, make_embedder
from minutes.errors import IndexLockedError, InputError
from minutes.records import Meeting, answer_units
from minutes.settings import Settings
from minutes.store import Store

from .chunk import chunk_meeting
from .load import SUPPORTED, load
from .ocr import make_ocr
from .parse import parse

PIPELINE_VERSION = "6"  # 2: the guest line is kept (Meeting.guests_text) and in the attendance chunk; 3: an "att"
# wrapping a bullet's unfinished sentence joins it; 4: the header's e-mail address (Meeting.contact) in the attendance
# chunk; 5: a blank line inside a sentence (a lowercase line after one that ended none) does not split the paragraph;
# 6: the contact line is kept out of the attendance chunk's embedded text


@dataclass
class FileReport:
    path: str
    status: str  # "indexed" | "updated" | "unchanged" | "failed" | "removed"
    date: str | None = None
    items: int = 0
    pages: int = 0
    chunks: int = 0
    decisions: int = 0
    warnings: list[str] = field(default_factory=list)
    error: str | None = None

    @property
    def name(self) -> str:
        return Path(self.path).name

    def line(self) -> str:
        """One line for this file, the same in the CLI and the app's upload report."""
        if self.status == "failed":
            return f"FEL        {self.name}: {self.error}"
        if self.status == "removed":
            return f"BORTTAGEN  {self.name}: filen finns inte längre"
        label = {"indexed": "INDEXERAD", "updated": "UPPDATERAD", "unchanged": "OFÖRÄNDRAD"}[self.status]
        line = (f"{label:<11}{self.name}: möte {self.date or '(datum okänt)'}, {self.items} punkter, "
                f"{self.decisions} beslut, {self.pages} s.")
        if self.warnings:
            line += " | varning: " + "; ".join(self.warnings)
        return line


@dataclass
class IngestReport:
    files: list[FileReport] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=lambda: {"load_parse": 0.0, "embed": 0.0, "store": 0.0})
    orphans_removed: int = 0

    @property
    def failed(self) -> list[FileReport]:
        return [f for f in self.files if f.status == "failed"]

    def count(self, status: str) -> int:
        return sum(f.status == status for f in self.files)


def collect(paths: list[Path]) -> tuple[list[Path], list[FileReport]]:
    """Expand folders recursively; a missing path is a failed file, not a crash."""
    files: list[Path] = []
    missing: list[FileReport] = []
    for p in paths:
        if p.is_dir():
            files.extend(sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUPPORTED
                                and not any(part.startswith(".") for part in f.relative_to(p).parts)))
        elif p.is_file():
            files.append(p)
        else:
            missing.append(FileReport(str(p), "failed", error="filen eller mappen finns inte"))
    seen, unique = set(), []
    for f in files:
        key = f.resolve()
        if key not in seen:
            seen.add(key)
            unique.append(f)
    return unique, missing


@contextmanager
def ingest_lock(settings: Settings) -> Iterator[None]:
    from filelock import FileLock, Timeout

    settings.index_dir.mkdir(parents=True, exist_ok=True)
    lock = FileLock(str(settings.index_dir / ".ingest.lock"))
    try:
        lock.acquire(timeout=0)
    except Timeout as e:
        raise IndexLockedError(
            f"En annan inläsning pågår redan mot indexet i {settings.index_dir}. Vänta tills den är klar och försök igen."
        ) from e
    try:
        yield
    finally:
        lock.release()


def version_of(content_hash: str, embedder_name: str) -> str:
    return hashlib.sha1(f"{content_hash}|{PIPELINE_VERSION}|{embedder_name}".encode()).hexdigest()[:16]


def parse_file(path: Path, settings: Settings) -> tuple[Meeting, str]:
    """Load and parse one file; returns the meeting and its content hash."""
    doc = load(path, settings.max_file_bytes, ocr=make_ocr(settings.ocr_languages))
    meeting = parse(doc)
    meeting.warnings = list(dict.fromkeys(meeting.warnings))
    if not meeting.items and not any(p.strip() for p in meeting.raw_pages):
        raise InputError(path, "ingen text kunde läsas (" + "; ".join(meeting.warnings) + ")")
    return meeting, doc.content_hash


def ingest(paths: list[Path], settings: Settings, *, prune: bool = False, rebuild: bool = False,
           store: Store | None = None, embedder: Embedder | None = None,
           on_file: Callable[[FileReport], None] | None = None,
           on_start: Callable[[int], None] | None = None) -> IngestReport:
    """Index ``paths`` (files or folders). Never raises for a bad file: its
    report says why. Raises ``IndexLockedError`` when another ingest runs."""
    report = IngestReport()
    files, missing = collect(paths)
    with ingest_lock(settings):
        embedder = embedder or make_embedder(settings)
        store = store or Store(settings)
        if rebuild:
            for doc_id in list(store.documents()):
                store.delete_document(doc_id)
            store.chunks.delete(where={"kind": {"$ne": "__none__"}})
            store.docs.delete(ids=["__index__"])
        store.check_embedder(embedder.name)
        report.orphans_removed = store.sweep_orphans()
        docs = store.documents()
        if on_start:
            on_start(len(files))
        for fr in missing:
            report.files.append(fr)
            if on_file:
                on_file(fr)
        for path in files:
            fr = _ingest_one(path, settings, store, embedder, docs, report)
            report.files.append(fr)
            if on_file:
                on_file(fr)
        if prune:
            for doc_id, rec in docs.items():
                if rec.path and not Path(rec.path).exists():
                    store.delete_document(doc_id)
                    fr = FileReport(rec.path, "removed", date=rec.meeting.date)
                    report.files.append(fr)
                    if on_file:
                        on_file(fr)
    return report


def _ingest_one(path: Path, settings: Settings, store: Store, embedder: Embedder, docs, report) -> FileReport:
    doc_id = path.name
    t0 = time.perf_counter()
    try:
        meeting, content_hash = parse_file(path, settings)
    except InputError as e:
        return FileReport(str(path), "failed", error=e.reason)
    except Exception as e:  # the parser must never take the whole ingest down
        return FileReport(str(path), "failed", error=f"oväntat fel vid tolkning ({type(e).__name__}: {e})")
    finally:
        report.timings["load_parse"] += time.perf_counter() - t0
    version = version_of(content_hash, embedder.name)
    fr = FileReport(str(path), "indexed", date=meeting.date, items=len(meeting.items), pages=meeting.n_pages,
                    decisions=sum(len(i.decisions) for i in meeting.items), warnings=list(meeting.warnings))
    old = docs.get(doc_id)
    if old is not None and old.version == version:
        fr.status = "unchanged"
        if old.path != str(path.resolve()):
            # Same content under a new path: remember the new path so --prune keeps it.
            store.docs.update(ids=[doc_id], metadatas=[{"path": str(path.resolve())}])
        return fr
    chunks = chunk_meeting(meeting, embedder.max_tokens, embedder.count_tokens)
    units = answer_units(meeting)
    t1 = time.perf_counter()
    embeddings = embedder.passages([c.embed_text for c in chunks])
    unit_embeddings = embedder.passages([u[2] for u in units]) if units else []
    t2 = time.perf_counter()
    store.write_document(doc_id, version, content_hash, str(path.resolve()), meeting, chunks, embeddings,
                         embedder.name, units, unit_embeddings)
    t3 = time.perf_counter()
    report.timings["embed"] += t2 - t1
    report.timings["store"] += t3 - t2
    fr.chunks = len(chunks)
    fr.status = "updated" if old is not None else "indexed"
    return fr
