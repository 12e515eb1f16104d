"""Uploads from the app: checked, safely named, saved under the upload folder,
then ingested like any other file. No Streamlit here."""
from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from minutes.errors import InputError
from minutes.settings import Settings

from .load import check_size, check_type
from .pipeline import FileReport

_UNSAFE = re.compile(r"[^0-9A-Za-zÅÄÖåäöÉé._-]+")


def safe_name(name: str) -> str:
    """A file name that cannot leave the upload folder or hide: no path parts,
    no leading dots, only letters, digits, '.', '_' and '-'; at most 120 characters."""
    base = re.split(r"[\\/]", unicodedata.normalize("NFC", name))[-1]
    stem, dot, ext = base.rpartition(".")
    if not dot:
        stem, ext = base, ""
    stem = _UNSAFE.sub("-", stem).strip("-._") or "protokoll"
    ext = _UNSAFE.sub("", ext).lower()
    return stem[:110] + (f".{ext}" if ext else "")


@dataclass
class Upload:
    name: str
    data: bytes


def save_uploads(uploads: list[Upload], settings: Settings) -> tuple[list[Path], list[FileReport]]:
    """Save the acceptable uploads; the rest get a failed report naming the reason.
    The same content uploaded again reuses its file; a different file with a
    taken name gets a numbered name instead of overwriting."""
    folder = settings.upload_dir
    folder.mkdir(parents=True, exist_ok=True)
    saved: list[Path] = []
    rejected: list[FileReport] = []
    for up in uploads:
        name = safe_name(up.name)
        suffix = Path(name).suffix.lower()
        try:  # the same checks, and messages, as ingest's loader
            check_type(Path(name))
            check_size(Path(name), len(up.data), settings.max_file_bytes)
        except InputError as e:
            rejected.append(FileReport(up.name, "failed", error=e.reason))
            continue
        target = folder / name
        n = 1
        digest = hashlib.sha256(up.data).digest()
        while target.exists() and hashlib.sha256(target.read_bytes()).digest() != digest:
            n += 1
            target = folder / f"{Path(name).stem}-{n}{suffix}"
        if not target.exists():
            tmp = target.with_name(f".{target.name}.part")
            tmp.write_bytes(up.data)
            tmp.replace(target)  # never a half-written file under the real name
        saved.append(target)
    return saved, rejected
