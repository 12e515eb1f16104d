"""Presentation helpers shared by the app and the CLI (no Streamlit here):
Markdown export, source pages, index status."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from minutes.records import MEETING_LABEL, Meeting

from .answer import Answer


def answer_markdown(a: Answer) -> str:
    """An answer with its citations, ready to paste into a report."""
    lines = [f"## {a.question}", "", a.text, ""]
    if a.note:
        lines += [f"*{a.note}*", ""]
    cited = [s for s in a.sources if s.rank in a.cited]
    if cited:
        lines.append("### Källor")
        for s in cited:
            lines.append(f"[{s.rank}] {s.citation()} ({s.meeting.source})")
    return "\n".join(lines) + "\n"


def source_file(path: str) -> Path | None:
    p = Path(path) if path else None
    return p if p is not None and p.is_file() else None


def page_image(path: Path, page: int, scale: float = 1.4):
    """The PDF page as a PIL image (None for text sources or a missing page)."""
    if path.suffix.lower() != ".pdf":
        return None
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(path))
    try:
        if not 1 <= page <= len(doc):
            return None
        return doc[page - 1].render(scale=scale).to_pil()
    finally:
        doc.close()


def page_text(path: Path, page: int) -> str:
    """The text of one page of a text source (pages as the loader counts them)."""
    from ingest.load import load

    doc = load(path, 10**9)
    return "\n".join(l.text for l in doc.lines if l.page == page).strip()


def meeting_markdown(m: Meeting) -> str:
    out = [f"**{MEETING_LABEL} {m.date}** · {m.title}" + (f" · protokoll {m.protocol}" if m.protocol else "")]
    if m.place_time:
        out.append(f"Plats och tid: {m.place_time}")
    if m.present:
        out.append("Närvarande: " + ", ".join(m.present))
    if m.absent:
        out.append("Frånvarande: " + ", ".join(m.absent))
    if m.guests:
        out.append("Gäster: " + ", ".join(m.guests))
    if m.secretary:
        out.append(f"Sekreterare: {m.secretary}")
    return "  \n".join(out)


def matches(m: Meeting, query: str) -> bool:
    from minutes.text import fold

    q = fold(query.strip())
    if not q:
        return True
    hay = fold(" ".join([m.title, m.date or "", " ".join(m.present), " ".join(m.absent)]
                        + [i.text for i in m.items]))
    return all(w in hay for w in q.split())


def when(ts: float | None) -> str:
    return dt.datetime.fromtimestamp(ts).strftime("%Y-%m-%d %H:%M") if ts else "–"
