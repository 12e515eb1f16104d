"""Parse a loaded document into a ``Meeting`` with its ``AgendaItem``s.

Keywords are matched on OCR-folded text (``fold_ocr``), so "Mötet beslutar",
"Motet beslutar" and "Méotet beslutar" are one keyword. The parser never
raises on odd text: what it cannot place becomes body text, and a document
with no agenda items comes back with ``parsed=False`` and its pages as text."""
from __future__ import annotations

import re
from pathlib import Path

from minutes.records import AgendaItem, Attendee, Meeting, SourceDocument
from minutes.text import fold_ocr, squash

from .clean import Para, paragraphs, strip_boilerplate
from .dates import meeting_date

_ITEM_NUM = re.compile(r"^(\d{1,2})\s*\.\s+(?=\S)(.+)$")
_ITEM_TIME = re.compile(r"^(\d{1,2})[.:](\d{2})\s+(?=\S)(.+)$")
_DECISION = re.compile(r"^(m\w{0,3}tet\s+beslutar|beslut|beslutet|beslutades)\s*:?\s*$")
_PRESENTER = re.compile(r"^f\w{0,2}redragande\s*:\s*")
_ATT = re.compile(r"^att\b\s*")
_PRESENT = re.compile(r"^n\w{0,2}rvarande(\s+tjanstem\w*)?(\s+ledamoter)?\s*:\s*")
_ABSENT = re.compile(r"^(anm\S*\s+f\S*rhinder|franvarande|ej\s+narvarande)\s*:?\s*")
_GUESTS = re.compile(r"^(gaster|gast|adjungerade|ovriga\s+deltagare)\s*:\s*")
_PLACE_TIME = re.compile(r"^(plats\s+och\s+tid|tid\s+och\s+plats|tid\s*/\s*plats|plats\s*/\s*tid)\s*:\s*")
_OTHER = re.compile(r"^(ovrigt|ovriga\s+fragor)\s*:?\s*$")
_ROLE = re.compile(r"^(ordforande|sekretariatschef|sekreterare|justerare|justeras|vid\s+protokollet)\s*$")
_PROTOCOL = re.compile(r"protokoll\s+(?:nr\.?\s*)?(\d{1,3})\s*(?:/|\s)\s*((?:19|20)\d\d)", re.I)
_EMAIL = re.compile(r"\b([a-z]+)\.([a-z]+)\d*@[\w.-]+", re.I)
_NAME = re.compile(r"^[A-ZÅÄÖÉÜ][\w'’-]+(?:\s+(?:af\s+|von\s+|de\s+)?[A-ZÅÄÖÉÜ][\w'’-]+){1,3}$")

MUNICIPALITIES = (
    "bjuv", "bastad", "helsingborg", "hoganas", "klippan", "landskrona", "perstorp",
    "svalov", "astorp", "angelholm", "orkelljunga",
)
_AFFIL = re.compile(
    r"^(?:(?:sekretariatet|sekretariatschef|region\s+skane|kommunforbundet\s+skane)(?:\s+familjen\s+helsingborg)?"
    rf"|(?:{'|'.join(MUNICIPALITIES)})(?:s\s+stad|\s+stad|\s+kommun)?)(?:\s+via\s+teams)?"
)


def _key(text: str) -> str:
    return fold_ocr(text).strip().lstrip("•").strip()


def item_heading(text: str, last_number: int) -> tuple[str | None, str | None, str] | None:
    """(number, time, title) when ``text`` is a numbered or time-stamped heading."""
    if len(text) > 220:
        return None
    m = _ITEM_TIME.match(text)
    if m and int(m[1]) < 24 and int(m[2]) < 60 and m[3][:1].isalpha():
        return None, f"{int(m[1]):02d}.{m[2]}", m[3]
    m = _ITEM_NUM.match(text)
    if m and 0 < int(m[1]) <= 40 and int(m[1]) > last_number and (m[2][:1].isalpha() or m[2][:1] in "\"”"):
        return m[1], None, m[2]
    return None


def is_structural(text: str) -> bool:
    """Lines that always start a paragraph of their own."""
    t = text.strip().replace("**", "").lstrip("#").strip()
    k = _key(t)
    return bool(
        item_heading(t, 0)
        or _DECISION.match(k) or _PRESENTER.match(k) or _ATT.match(k) or _PRESENT.match(k)
        or _ABSENT.match(k) or _GUESTS.match(k) or _PLACE_TIME.match(k) or _OTHER.match(k) or _ROLE.match(k)
        or k.startswith("sammanfattning:")
    )


def _split_people(text: str) -> list[tuple[str, str, bool]]:
    """"Name, Place via Teams Name2, Place2" → [(name, affiliation, remote)]."""
    people: list[list[str]] = []
    for tok in (squash(t) for t in text.strip().rstrip(".").split(",")):
        if not tok:
            continue
        f = fold_ocr(tok)
        m = _AFFIL.match(f)
        if m:
            aff, rest = tok[: m.end()].strip(), tok[m.end():].strip()
        elif tok[:1].islower():
            aff, rest = tok, ""
        elif people and not people[-1][1] and not _NAME.match(tok):
            aff, rest = tok, ""
        else:
            aff, rest = "", tok
        if aff and people:
            people[-1][1] = (people[-1][1] + ", " + aff).strip(", ") if people[-1][1] else aff
        if rest:
            people.append([rest, ""])
    out = []
    for name, aff in people:
        remote = bool(re.search(r"\bvia\s+teams\b", fold_ocr(aff)))
        aff = re.sub(r"\s*\bvia\s+teams\b", "", aff, flags=re.I).strip()
        out.append((name, aff, remote))
    return out


def _looks_like_people(text: str) -> bool:
    toks = [t.strip() for t in text.rstrip(".").split(",") if t.strip()]
    return bool(toks) and all(len(t.split()) <= 7 for t in toks) and any(_NAME.match(t) or _AFFIL.match(fold_ocr(t)) for t in toks)


def _guest_names(text: str) -> list[str]:
    names = []
    for sentence in re.split(r"(?<=\.)\s+", text):
        part = re.split(r"\bdeltar\b|\bdeltog\b|:", sentence, maxsplit=1)[-1]
        for tok in re.split(r",|\boch\b", part):
            tok = squash(re.sub(r"\(.*?\)", "", tok)).strip(" .")
            if _NAME.match(tok):
                names.append(tok)
    return names


def _is_untimed_heading(p: Para, nxt: Para | None) -> bool:
    """A short title-like paragraph after an item's decisions, followed by text."""
    t = p.text
    return (
        p.blank_before
        and not _ATT.match(_key(t))
        and len(t) <= 80
        and t[:1].isupper()
        and not re.search(r"[.,;]\s*$", t)
        and nxt is not None
        and not _ATT.match(_key(nxt.text))
        and not _ROLE.match(_key(nxt.text))
        and not _NAME.match(t)
    )


def parse(doc: SourceDocument) -> Meeting:
    lines, title = strip_boilerplate(doc.lines, is_structural)
    paras = paragraphs(lines, is_structural)
    stem = Path(doc.name).stem
    m = Meeting(meeting_id="", source=doc.name, date=None, title=title or "", n_pages=doc.n_pages)
    m.warnings.extend(doc.warnings)

    header: list[Para] = []
    items: list[AgendaItem] = []
    body: list[str] = []
    decision_mode = False
    section = None  # "present" | "absent" | "guests" | "place" in the header
    last_number = 0
    signature: list[str] = []
    signature_page: int | None = None

    def close_item():
        if items:
            items[-1].body = "\n\n".join(b for b in body if b).strip()
        body.clear()

    i = 0
    while i < len(paras):
        p = paras[i]
        nxt = paras[i + 1] if i + 1 < len(paras) else None
        i += 1
        text, k = p.text, _key(p.text)
        if signature or (_NAME.match(text) and nxt is not None and _ROLE.match(_key(nxt.text))) or (
            _ROLE.match(k) and items
        ):
            signature.append(text)  # signatures close the minutes
            signature_page = signature_page or p.page
            continue

        head = None
        if p.md_level >= 3 or p.md_level == 0 or True:
            head = item_heading(text, last_number)
        if head is None and p.md_level == 2 and not _DECISION.match(k):
            head = (None, None, text)
        if head is None and items and _OTHER.match(k):
            head = (None, None, text.rstrip(":").strip())
        if head is None and items and decision_mode and not p.md_level and _is_untimed_heading(p, nxt):
            head = (None, None, text)
        if head is not None:
            number, time, title_text = head
            # A heading that wraps continues in the next paragraph when no blank line separates them.
            while nxt is not None and not nxt.blank_before and not is_structural(nxt.text) and len(title_text) < 160 \
                    and not re.search(r"[.:]$", title_text) and (len(nxt.text) < 70 or nxt.text[:1].islower()):
                title_text = squash(title_text + " " + nxt.text)
                i += 1
                nxt = paras[i] if i < len(paras) else None
            close_item()
            section, decision_mode = None, False
            if number:
                last_number = int(number)
            items.append(AgendaItem(index=len(items), title=title_text.strip().rstrip(".").strip(), number=number,
                                    time=time, page=p.page, end_page=p.end_page))
            continue

        if not items:  # the header: title, date, place, attendance
            if _PRESENT.match(k):
                section = "present"
                text = text[_PRESENT.match(k).end():]
            elif _ABSENT.match(k):
                section = "absent"
                text = text[_ABSENT.match(k).end():]
            elif _GUESTS.match(k):
                section = "guests"
                text = text[_GUESTS.match(k).end():]
                m.guests.extend(_guest_names(text))
                m.guests_text = squash(f"{m.guests_text} {text}")
                header.append(p)
                continue
            elif _PLACE_TIME.match(k):
                section = "place"
                m.place_time = squash(text[_PLACE_TIME.match(k).end():])
                header.append(p)
                continue
            elif section in ("guests", "place"):
                section = None
            header.append(p)
            if section in ("present", "absent") and text.strip():
                if p.strike or _looks_like_people(text):
                    for name, aff, remote in _split_people(text):
                        m.attendees.append(Attendee(name, aff, present=section == "present" and not p.strike, remote=remote))
                    continue
                section = None
            if section is None and not m.title and ("protokoll" in k or "kommundirekt" in k):
                m.title = squash(text)
            elif section is None and m.attendees and not _EMAIL.search(text):
                m.preamble = (m.preamble + "\n" + text).strip()
            continue

        item = items[-1]
        item.end_page = max(item.end_page, p.end_page)
        if _DECISION.match(k):
            decision_mode = True
            continue
        pm = _PRESENTER.match(k)
        if pm:
            item.presenter = squash(text[pm.end():]).rstrip(",") or None
            continue
        am = _ATT.match(k)
        if am and (decision_mode or (item.decisions and not body)):
            prev_done = not item.decisions or p.blank_before or re.search(r"[,.;:]\s*$", item.decisions[-1]) \
                or re.search(r"\s(samt|och)$", item.decisions[-1])
            if prev_done:
                item.decisions.append(text)
                item.decision_pages.append(p.page)
            else:
                item.decisions[-1] = squash(item.decisions[-1] + " " + text)
            decision_mode = True
            continue
        if decision_mode and item.decisions and not p.blank_before:
            item.decisions[-1] = squash(item.decisions[-1] + " " + text)
            continue
        body.append(("• " + text[1:].strip()) if text.startswith("•") else text)
    close_item()

    m.items = items
    if signature:
        roles = {i for i, s in enumerate(signature) if _ROLE.match(_key(s))}
        for i in sorted(roles):
            if i > 0 and i - 1 not in roles:
                m.signatures.append(f"{signature[i - 1]} {signature[i]}")
            if i > 0 and re.match(r"sekret", _key(signature[i])):
                m.secretary = m.secretary or signature[i - 1]
            if i > 0 and re.match(r"ordforande", _key(signature[i])):
                m.chair = m.chair or signature[i - 1]
        m.signature_page = signature_page if m.signatures else None

    header_text = [p.text for p in header]
    if title and not m.title:
        m.title = title
    elif title and "protokoll" not in _key(m.title):
        m.title = title
    whole = "\n".join(p.text for p in paras)
    m.date, w = meeting_date(([m.title] if m.title else []) + header_text, whole)
    m.warnings.extend(w)
    proto = _PROTOCOL.search(" ".join([m.title] + header_text))
    if proto:
        m.protocol = f"{int(proto[1])}/{proto[2]}"
    if m.place_time:
        tm = re.search(r"(\d{1,2}[.:]\d{2})\s*[-–]\s*(\d{1,2}[.:]\d{2})", m.place_time)
        if tm:
            m.time = f"{tm[1].replace(':', '.')}–{tm[2].replace(':', '.')}"
        pl = re.search(r"\b(?:på|pa)\s+(.+?)(?:\s+med\s+|\.\s|\.$|$)", m.place_time)
        if pl:
            m.place = pl[1].strip(" .")
        elif tm:
            m.place = m.place_time[tm.end():].strip(" ,.") or None
    for a in m.attendees:
        if not m.secretary and re.search(r"sekretariat", fold_ocr(a.affiliation)) and a.present:
            m.secretary = a.name
    em = _EMAIL.search(" ".join(header_text))
    m.contact = em[0] if em else None
    if not m.secretary and em:
        m.secretary = f"{em[1].capitalize()} {em[2].capitalize()}"
    if not m.title:
        m.title = stem
    m.meeting_id = f"{m.date or 'okant-datum'}-{stem}"

    if not items:
        m.parsed = False
        m.warnings.append("inga dagordningspunkter hittades; dokumentet indexeras som löptext")
        pages: dict[int, list[str]] = {}
        for p in paras:
            pages.setdefault(p.page, []).append(p.text)
        m.raw_pages = ["\n".join(pages.get(n, [])) for n in range(1, doc.n_pages + 1)]
    elif not m.date:
        m.warnings.append("mötesdatum hittades inte")
    if items and not m.attendees:
        m.warnings.append("ingen närvarolista hittades")
    return m
