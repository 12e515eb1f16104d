"""Load a file into page-aware lines (``SourceDocument``).

PDFs are read with pypdf in layout mode, which keeps vertical gaps as blank
lines (paragraph breaks); struck-through text (a drawn line through it, as for
absent attendees) is marked ``~~…~~`` like in text sources. Pages without a
usable text layer are handed to OCR (``ingest.ocr``). Text files are UTF-8 with
a cp1252 fallback; there a repeated running header or a form feed starts a new
page."""
from __future__ import annotations

import hashlib
import re
from pathlib import Path

from minutes.errors import InputError
from minutes.records import Line, SourceDocument

from .clean import RUNNING_HEADER

TEXT_SUFFIXES = {".txt", ".md"}
PDF_SUFFIXES = {".pdf"}
SUPPORTED = TEXT_SUFFIXES | PDF_SUFFIXES


def file_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:16]


def check_type(path: Path) -> None:
    """Refuse a file type we cannot read (before opening it)."""
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED:
        raise InputError(path, f"filtypen {suffix or '(ingen)'} stöds inte (pdf, txt, md)")


def check_size(path: Path, size: int, max_bytes: int) -> None:
    """Refuse a file over the configured limit (before reading it)."""
    if size > max_bytes:
        raise InputError(path, f"filen är för stor ({size / 1e6:.1f} MB, gränsen är {max_bytes / 1e6:.1f} MB)")


def load(path: Path, max_bytes: int, ocr=None) -> SourceDocument:
    """Read ``path``; raises ``InputError`` naming the file and the reason.

    ``ocr`` is a callable ``(pdf_path, page_numbers) -> {page: text}`` used for
    pages with no text layer; without it such pages are reported as warnings."""
    path = Path(path)
    check_type(path)
    try:
        size = path.stat().st_size
    except OSError as e:
        raise InputError(path, f"kan inte läsas ({e.strerror})") from e
    if size == 0:
        raise InputError(path, "filen är tom")
    check_size(path, size, max_bytes)
    data = path.read_bytes()
    if path.suffix.lower() in PDF_SUFFIXES:
        return _load_pdf(path, data, ocr)
    return _load_text(path, data)


def _decode(path: Path, data: bytes) -> str:
    if b"\x00" in data[:4096]:
        raise InputError(path, "filen är binär, inte text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
        # cp1252 decodes almost anything; lots of control characters means junk.
        junk = sum(1 for c in text if ord(c) < 32 and c not in "\n\r\t\f") + text.count("\ufffd")
        if junk > max(5, len(text) // 100):
            raise InputError(path, "filen är varken UTF-8- eller cp1252-text")
        return text


def _load_text(path: Path, data: bytes) -> SourceDocument:
    text = _decode(path, data)
    lines: list[Line] = []
    page, seen_header = 1, False
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        for k, part in enumerate(raw.split("\f")):
            if k:
                page += 1
            bare = part.strip().lstrip("#").strip()
            if RUNNING_HEADER.match(bare):
                if seen_header:
                    page += 1  # the header repeats where the original page broke
                seen_header = True
            lines.append(Line(part.rstrip(), page))
    if not any(l.text.strip() for l in lines):
        raise InputError(path, "filen innehåller ingen text")
    return SourceDocument(str(path), path.name, lines, page, file_hash(data))


def _strikes(page) -> list[str]:
    """Texts on ``page`` with a horizontal line drawn through their middle."""
    frags: list[tuple[str, float, float, float]] = []  # text, x, y, font size
    segs: list[tuple[float, float, float]] = []  # x0, x1, y
    path_pts: list[tuple[float, float]] = []

    def on_text(text, cm, tm, font_dict, font_size):
        if text.strip():
            x, y = tm[4] * cm[0] + cm[4], tm[5] * cm[3] + cm[5]
            frags.append((text, x, y, font_size * (tm[3] or 1)))

    def on_op(op, args, cm, tm):
        if op == b"m" and len(args) >= 2:
            path_pts[:] = [(float(args[0]), float(args[1]))]
        elif op == b"l" and len(args) >= 2 and path_pts:
            x0, y0 = path_pts[-1]
            x1, y1 = float(args[0]), float(args[1])
            if abs(y1 - y0) < 0.5 and abs(x1 - x0) > 5:
                segs.append((min(x0, x1) * cm[0] + cm[4], max(x0, x1) * cm[0] + cm[4], y0 * cm[3] + cm[5]))
            path_pts.append((x1, y1))
        elif op == b"re" and len(args) >= 4:
            x, y, w, h = (float(a) for a in args[:4])
            if abs(h) < 1.5 and abs(w) > 5:
                segs.append((x * cm[0] + cm[4], (x + w) * cm[0] + cm[4], (y + h / 2) * cm[3] + cm[5]))

    try:
        page.extract_text(visitor_text=on_text, visitor_operand_before=on_op)
    except Exception:  # strike detection is a refinement; never fail the page for it
        return []
    struck = []
    for text, x, y, size in frags:
        for x0, x1, sy in segs:
            if y + size * 0.1 < sy < y + size * 0.6 and x0 <= x + 2 and x1 >= x + 5:
                struck.append(text.strip())
                break
    return struck


_JUNK_RATIO = 0.5


def _is_junk(text: str) -> bool:
    """A text layer that is mostly not letters (broken encodings, glyph soup)."""
    chars = [c for c in text if not c.isspace()]
    if len(chars) < 20:
        return not chars or sum(c.isalpha() for c in chars) < len(chars) * _JUNK_RATIO
    return sum(c.isalpha() for c in chars) < len(chars) * _JUNK_RATIO


def _load_pdf(path: Path, data: bytes, ocr) -> SourceDocument:
    import io

    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    if not data.lstrip()[:5].startswith(b"%PDF"):
        raise InputError(path, "inte en PDF (saknar %PDF-huvud)")
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                ok = reader.decrypt("")
            except Exception:
                ok = 0
            if not ok:
                raise InputError(path, "PDF:en är krypterad med lösenord")
        pages = list(reader.pages)
    except InputError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError, RecursionError, AssertionError) as e:
        raise InputError(path, f"PDF:en är trasig eller trunkerad ({type(e).__name__}: {e})") from e
    if not pages:
        raise InputError(path, "PDF:en har inga sidor")

    texts: dict[int, str] = {}
    need_ocr: list[int] = []
    warnings: list[str] = []
    for no, page in enumerate(pages, start=1):
        try:
            text = page.extract_text(extraction_mode="layout") or ""
        except Exception as e:  # pypdf raises many types on damaged content streams
            warnings.append(f"s. {no}: textlagret kunde inte läsas ({type(e).__name__})")
            text = ""
        if _is_junk(text):
            need_ocr.append(no)
            continue
        for s in set(_strikes(page)):
            text = re.sub(rf"^(\s*){re.escape(s)}\s*$", rf"\1~~{s}~~", text, flags=re.M)
        texts[no] = text
    ocr_pages: list[int] = []
    if need_ocr:
        if ocr is None:
            warnings.append(f"sidorna {', '.join(map(str, need_ocr))} saknar textlager och OCR är avstängd")
        else:
            got, ocr_warnings = ocr(path, need_ocr)
            warnings.extend(ocr_warnings)
            texts.update(got)
            ocr_pages = sorted(got)
    lines: list[Line] = []
    for no in range(1, len(pages) + 1):
        for raw in texts.get(no, "").split("\n"):
            lines.append(Line(re.sub(r"[ \t]{2,}", " ", raw).strip(), no))
    if not any(l.text for l in lines):
        raise InputError(path, "ingen läsbar text i PDF:en" + (f" ({'; '.join(warnings)})" if warnings else ""))
    return SourceDocument(str(path), path.name, lines, len(pages), file_hash(data), warnings, ocr_pages)
