"""Typed records passed between the pipeline stages.

Loading yields a ``SourceDocument`` (lines that know their page); parsing turns
it into a ``Meeting`` of ``AgendaItem``s; chunking turns a meeting into
``Chunk``s for the store; retrieval hands back ``Source``s that point at an
item of a meeting."""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Any

from .text import sentences

MEETING_LABEL = "Kommundirektörsmöte"


@dataclass
class Line:
    """One line of text and the 1-based page it stands on."""

    text: str
    page: int


@dataclass
class SourceDocument:
    """A loaded file: its lines in reading order. Blank lines mark paragraph
    breaks. Invariant: pages are non-decreasing along ``lines``."""

    path: str
    name: str
    lines: list[Line]
    n_pages: int
    content_hash: str
    warnings: list[str] = field(default_factory=list)
    ocr_pages: list[int] = field(default_factory=list)


@dataclass
class Attendee:
    name: str
    affiliation: str = ""
    present: bool = True
    remote: bool = False


@dataclass
class AgendaItem:
    """An agenda item. Invariant: its ``text`` comes from one item only, and
    ``page`` is the page its heading stands on (``end_page`` its last)."""

    index: int
    title: str
    number: str | None = None
    time: str | None = None
    presenter: str | None = None
    body: str = ""
    decisions: list[str] = field(default_factory=list)
    decision_pages: list[int] = field(default_factory=list)
    page: int = 1
    end_page: int = 1

    @property
    def label(self) -> str:
        """"punkt 3 Titel", "08.30 Titel" or just the title."""
        if self.number:
            return f"punkt {self.number} {self.title}"
        if self.time:
            return f"{self.time} {self.title}"
        return self.title

    @property
    def subheading(self) -> str | None:
        """A heading of the body's own that names the matter ("Projektet Tillgänglighetsguide" under
        "Inför styrelsemötet 2 juni"): a short first line without end punctuation, more text below."""
        first, _, rest = self.body.strip().partition("\n")
        first = first.strip()
        if rest.strip() and first and len(first.split()) <= 6 and first[-1] not in ".!?:;," and \
                first[0].isupper() and not first.startswith(("•", "-", "*", "o ", "e ")):
            return first
        return None

    @property
    def text(self) -> str:
        """The item as a reader sees it: title, presenter, body, decisions."""
        parts = [self.label]
        if self.presenter:
            parts.append(f"Föredragande: {self.presenter}")
        if self.body:
            parts.append(self.body)
        if self.decisions:
            parts.append("Beslut:\n" + "\n".join(self.decisions))
        return "\n\n".join(parts)


@dataclass
class Meeting:
    """A parsed meeting. ``parsed`` is False when the document did not read as
    minutes; it is then indexed as plain text chunks (``raw_pages``)."""

    meeting_id: str
    source: str
    date: str | None
    title: str
    protocol: str | None = None
    place: str | None = None
    time: str | None = None
    place_time: str | None = None
    attendees: list[Attendee] = field(default_factory=list)
    guests: list[str] = field(default_factory=list)
    # the guests as the minutes list them, with whom they came from ("Från Region Skåne deltar …")
    guests_text: str = ""
    secretary: str | None = None
    preamble: str = ""
    items: list[AgendaItem] = field(default_factory=list)
    parsed: bool = True
    warnings: list[str] = field(default_factory=list)
    n_pages: int = 1
    raw_pages: list[str] = field(default_factory=list)
    # The closing signatures as they stand ("Palle Lundberg ordförande"), their page, and the chair named there.
    signatures: list[str] = field(default_factory=list)
    signature_page: int | None = None
    chair: str | None = None
    # the e-mail address in the minutes' header, as written ("mikael.johansson4@helsingborg.se"): whom to contact
    contact: str | None = None

    @property
    def guest_line(self) -> str:
        """The guests as the minutes list them, or their names where no line was kept."""
        return self.guests_text or "; ".join(self.guests)

    @property
    def present(self) -> list[str]:
        return [a.name for a in self.attendees if a.present]

    @property
    def absent(self) -> list[str]:
        return [a.name for a in self.attendees if not a.present]

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Meeting":
        # (fields a newer version wrote are left out: an index stays readable)
        d = {k: v for k, v in d.items() if k in cls.__dataclass_fields__}
        d["attendees"] = [Attendee(**a) for a in d.get("attendees", [])]
        d["items"] = [AgendaItem(**i) for i in d.get("items", [])]
        return cls(**d)

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False)

    def public_dict(self) -> dict[str, Any]:
        """The shape of ``qa meetings --json`` (a public interface)."""
        return {
            "meeting_id": self.meeting_id,
            "date": self.date,
            "title": self.title,
            "protocol": self.protocol,
            "source": self.source,
            "place": self.place,
            "time": self.time,
            "present": self.present,
            "absent": self.absent,
            "remote": [a.name for a in self.attendees if a.present and a.remote],
            "guests": self.guests,
            "guests_text": self.guests_text,
            "secretary": self.secretary,
            "chair": self.chair,
            "contact": self.contact,
            "parsed": self.parsed,
            "pages": self.n_pages,
            "items": [
                {
                    "number": i.number,
                    "time": i.time,
                    "title": i.title,
                    "presenter": i.presenter,
                    "decisions": i.decisions,
                    "page": i.page,
                }
                for i in self.items
            ],
        }


@dataclass
class Chunk:
    """A unit of retrieval. Invariant: a chunk never spans two agenda items;
    ``embed_text`` starts with a context line (date, item number and title)."""

    chunk_id: str
    meeting_id: str
    kind: str  # "item", "attendance" or "raw"
    item_index: int | None  # the agenda item's index for kind "item"; None otherwise (a raw chunk is located by page)
    part: int
    text: str
    embed_text: str
    page: int
    date: str | None


@dataclass
class Source:
    """A retrieved or cited part of a meeting, ranked: an agenda item (kind
    "item", ``item`` set), the attendance record ("attendance"), the closing
    signatures ("signatures") or a page of a document that did not parse as
    minutes ("raw", ``page`` says which). ``[n]`` in an answer refers to ``rank`` n."""

    rank: int
    meeting: Meeting
    item: AgendaItem | None
    kind: str
    score: float
    page: int
    dense_score: float | None = None
    bm25_score: float | None = None

    @property
    def text(self) -> str:
        if self.item is not None:
            return self.item.text
        if self.kind == "attendance":
            return attendance_text(self.meeting)
        if self.kind == "signatures":
            return "\n".join(self.meeting.signatures)
        pages = self.meeting.raw_pages
        return pages[self.page - 1] if 0 < self.page <= len(pages) else "\n".join(pages)

    @property
    def item_title(self) -> str:
        if self.item is not None:
            return self.item.title
        if self.kind == "attendance":
            return "Närvaro"
        if self.kind == "signatures":
            return "Underskrifter"
        return self.meeting.title

    def citation(self) -> str:
        """"Kommundirektörsmöte 2024-03-22, punkt 3 Titel, s. 2"."""
        what = self.item.label if self.item is not None else self.item_title
        return f"{MEETING_LABEL} {self.meeting.date or '(datum okänt)'}, {what}, s. {self.page}"

    def public_dict(self) -> dict[str, Any]:
        return {
            "rank": self.rank,
            "meeting_id": self.meeting.meeting_id,
            "meeting_date": self.meeting.date,
            "meeting_title": self.meeting.title,
            "item_number": self.item.number if self.item else None,
            "item_time": self.item.time if self.item else None,
            "item_title": self.item_title,
            "kind": self.kind,
            "source": self.meeting.source,
            "page": self.page,
            "citation": self.citation(),
            "text": self.text,
            "decisions": self.item.decisions if self.item else [],
            "score": round(self.score, 6),
        }


# how the attendance record labels the header's e-mail address (``Meeting.contact``)
CONTACT_LABEL = "Kontakt"


def is_contact_line(line: str) -> bool:
    """The attendance record's line giving the header's e-mail address: read from the structure, not quoted
    as a sentence nor embedded."""
    return line.startswith(f"{CONTACT_LABEL}: ")


def attendance_text(m: Meeting) -> str:
    """The attendance record of a meeting as readable text."""
    def fmt(a: Attendee) -> str:
        s = f"{a.name}, {a.affiliation}" if a.affiliation else a.name
        return s + (" (via Teams)" if a.remote else "")

    lines = [f"Närvaro {m.title} {m.date or ''}".strip()]
    if m.place_time:
        lines.append(f"Plats och tid: {m.place_time}")
    if m.present:
        lines.append("Närvarande: " + "; ".join(fmt(a) for a in m.attendees if a.present))
    if m.absent:
        lines.append("Frånvarande (anmält förhinder): " + "; ".join(fmt(a) for a in m.attendees if not a.present))
    if m.guests:
        lines.append("Gäster: " + m.guest_line)
    if m.secretary:
        lines.append(f"Sekreterare: {m.secretary}")
    if m.contact:
        lines.append(f"{CONTACT_LABEL}: {m.contact}")
    if m.preamble:
        lines.append(m.preamble)
    return "\n".join(lines)


def answer_units(m: Meeting) -> list[tuple[str, int, str]]:
    """The quotable units of a meeting, as (kind, item_index, text): each sentence
    of an item's body, each decision whole ("item", the item's index), each line
    of the attendance record ("attendance", -1) and each signature ("signatures",
    -1). Extractive answers quote these verbatim."""
    units: list[tuple[str, int, str]] = []
    for item in m.items:
        for s in sentences(item.body):
            units.append(("item", item.index, s))
        for d in item.decisions:
            units.append(("item", item.index, " ".join(d.split())))
    if m.parsed:
        for line in attendance_text(m).split("\n")[1:]:
            # (the header's e-mail address answers only whom to contact, which the structure reads)
            if line.strip() and not is_contact_line(line):
                units.append(("attendance", -1, line.strip()))
        for line in m.signatures:
            units.append(("signatures", -1, line))
    return units
