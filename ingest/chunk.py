"""Meeting → chunks. One chunk per agenda item (split at paragraph boundaries
only when too long for the embedder, every part keeping the item's metadata),
one attendance chunk per meeting, and page-wise chunks for documents that did
not parse as minutes. Each embedded text starts with a context line."""
from __future__ import annotations

from typing import Callable

from minutes.records import MEETING_LABEL, Chunk, Meeting, attendance_text, is_contact_line

_MARGIN = 16  # tokens kept free for the model's own prefix and special tokens


def context_line(m: Meeting, what: str) -> str:
    return f"{MEETING_LABEL} {m.date or '(datum okänt)'} · {what}"


def _split(text: str, head: str, max_tokens: int, count: Callable[[str], int]) -> list[str]:
    """Greedy packing of paragraphs; a single over-long paragraph is split by sentences."""
    limit = max_tokens - _MARGIN
    if count(f"{head}\n{text}") <= limit:
        return [text]
    units: list[str] = []
    for para in text.split("\n\n"):
        if count(f"{head}\n{para}") <= limit:
            units.append(para)
        else:
            from minutes.text import sentences

            units.extend(sentences(para))
    parts: list[str] = []
    cur = ""
    for u in units:
        cand = f"{cur}\n\n{u}" if cur else u
        if cur and count(f"{head}\n{cand}") > limit:
            parts.append(cur)
            cur = u
        else:
            cur = cand
    if cur:
        parts.append(cur)
    return parts


def chunk_meeting(m: Meeting, max_tokens: int, count: Callable[[str], int]) -> list[Chunk]:
    chunks: list[Chunk] = []
    if m.parsed:
        for item in m.items:
            head = context_line(m, item.label)
            for part, text in enumerate(_split(item.text, head, max_tokens, count)):
                chunks.append(Chunk(f"{m.meeting_id}:item:{item.index}:{part}", m.meeting_id, "item", item.index,
                                    part, text, f"{head}\n{text}", item.page, m.date))
        head = context_line(m, "Närvaro och mötesuppgifter")
        for part, text in enumerate(_split(attendance_text(m), head, max_tokens, count)):
            # the contact e-mail is read from the structure; embedded, it only moves the chunk's vector
            embedded = "\n".join(line for line in text.split("\n") if not is_contact_line(line))
            chunks.append(Chunk(f"{m.meeting_id}:attendance:{part}", m.meeting_id, "attendance", None, part, text,
                                f"{head}\n{embedded}", 1, m.date))
    else:
        for page_no, page_text in enumerate(m.raw_pages, start=1):
            if not page_text.strip():
                continue
            head = context_line(m, f"{m.title}, s. {page_no}")
            for part, text in enumerate(_split(page_text, head, max_tokens, count)):
                chunks.append(Chunk(f"{m.meeting_id}:raw:{page_no}:{part}", m.meeting_id, "raw", None, part,
                                    text, f"{head}\n{text}", page_no, m.date))
    return chunks
