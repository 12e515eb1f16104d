"""Answers read off the parsed structure rather than ranked sentences: a
meeting's agenda, attendance, who held a role, what a person presented or was
assigned. Every line quotes the minutes (an item's label, a decision, an
attendance entry, a signature) and ends with the marker of the source it
comes from; the sources are numbered in the order they are first cited."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from minutes.records import CONTACT_LABEL, MEETING_LABEL, AgendaItem, Attendee, Meeting, Source
from minutes.text import fold_ocr, sentences

from .intent import MISSED_Q, MUNICIPALITIES, SECRETARIAT, Intent, indexed_people
from .position import Position, items_at
from .retrieve import Ref, Retriever


@dataclass
class Citer:
    """Numbers sources as an answer cites them: ``mark(ref)`` → "[n]"."""

    retriever: Retriever
    sources: list[Source] = field(default_factory=list)
    _rank: dict[Ref, int] = field(default_factory=dict)

    def mark(self, ref: Ref) -> str:
        if ref not in self._rank:
            self._rank[ref] = len(self.sources) + 1
            self.sources.append(self.retriever.source(ref, self._rank[ref], 1.0))
        return f"[{self._rank[ref]}]"

    def item(self, m: Meeting, index: int) -> str:
        return self.mark(Ref(self.retriever.doc_id_of(m), "item", index))

    def attendance(self, m: Meeting) -> str:
        return self.mark(Ref(self.retriever.doc_id_of(m), "attendance", 0))

    def signatures(self, m: Meeting) -> str:
        return self.mark(Ref(self.retriever.doc_id_of(m), "signatures", 0))


def heading(m: Meeting) -> str:
    return f"**{MEETING_LABEL} {m.date}**"


def _flat(text: str) -> str:
    return " ".join(text.split())


# --- a meeting's agenda ------------------------------------------------------------------------------
def meeting_agenda(meetings: list[Meeting], lang: str, with_attendance: bool, c: Citer) -> list[str]:
    lines: list[str] = []
    for m in meetings:
        lines += ["", heading(m) + (f" · {m.title}" if m.title else "")]
        if m.place_time:
            lines.append(f"- Plats och tid: {_flat(m.place_time)} {c.attendance(m)}")
        if with_attendance:
            lines += attendance_lines(m, None, c)
        lines += [item_line(m, it, c) for it in m.items]
    head = "Mötet enligt protokollet:" if lang == "sv" else "The meeting according to the minutes:"
    return [head] + lines


# a decision that only takes note of what was told ("att tacka för informationen", "Att notera informationen")
NOTED = re.compile(r"^\W*att\s+(?:\w+\s+){1,2}informationen\b", re.I)


def about_noted(it: AgendaItem) -> str | None:
    """What an item was about when a decision of it only takes note ("Budget 2026: att notera informationen"
    says nothing of the budget): the first sentence of its text, and the one saying what is still to come
    of it, if one does."""
    # (a decision that goes on, "att tacka för informationen och godkänna att projektet förlängs …", says it)
    if it.body and any(NOTED.search(fold_ocr(d)) and len(d.split()) <= 8 for d in it.decisions):
        said = sentences(it.body)
        # and what is still to come of it, which a newcomer asking what is ongoing needs ("Ärendet diskuterades
        # och beslut fattas på decembermötet", "Budgeten ska sedan beslutas av styrelsen 2025-12-05")
        pending = next((x for x in said[1:] if _PENDING.search(fold_ocr(x))), None)
        return " ".join(_flat(x) for x in (said[0], pending) if x)
    return None


_PENDING = re.compile(r"\b(?:beslut\w* fattas|ska (?:sedan )?beslutas|beslutas (?:av|pa)|aterkommer|"
                      r"tas upp (?:pa|i|infor)|pa ett senare mote)\b", re.I)


def item_line(m: Meeting, it: AgendaItem, c: Citer) -> str:
    """An item as an agenda line: its label (with the matter its body is headed by) and decisions, after
    what the item was about when a decision only takes note; or else the first sentence of its text."""
    if it.decisions:
        label = f"{it.label} – {it.subheading}" if it.subheading else it.label
        about = about_noted(it)
        return f"- {label}: " + (f"{about} {c.item(m, it.index)} " if about else "") + \
            " ".join(f"{_flat(d)} {c.item(m, it.index)}" for d in it.decisions)
    if it.body:
        return f"- {it.label}: {sentences(it.body)[0]} {c.item(m, it.index)}"
    return f"- {it.label} {c.item(m, it.index)}"


def item_whole(m: Meeting, it: AgendaItem, lang: str, c: Citer) -> list[str]:
    """An item told whole, for a question about that one item: its label and text, each decision beneath."""
    mark = c.item(m, it.index)
    said = " ".join(_flat(x) for x in sentences(it.body)) if it.body else ""
    lines = [f"- {it.label}: {said} {mark}" if said else f"- {it.label} {mark}"]
    word = "Beslut" if lang == "sv" else "Decision"
    return lines + [f"  - {word}: {_flat(d)} {mark}" for d in it.decisions]


def items_at_position(meetings: list[Meeting], pos: Position, lang: str, c: Citer,
                      presenter: bool = False) -> list[str]:
    """The items at an agenda position ("punkt 5", "kl. 10.10", "efter lunchen"), each meeting's under
    its heading; a meeting without an item there is left out. ``presenter``: the question asks who presented
    ("Vem föredrog punkt 3?"); an item with a presenter line is answered by it."""
    lines: list[str] = []
    for m in meetings:
        found = items_at(m, pos)
        if found:
            lines += ["", heading(m)]
            if pos.kind == "first" and m.preamble:
                # "Palle Lundberg hälsade deltagarna välkomna … Mötet började med en incheckningsrunda."
                lines.append(f"- {_flat(m.preamble)} {c.attendance(m)}")
            for it in found:
                if presenter and it.presenter:
                    lines.append(f"- {it.label}: Föredragande: {_flat(it.presenter)} {c.item(m, it.index)}")
                else:
                    lines += item_whole(m, it, lang, c) if len(found) == 1 else [item_line(m, it, c)]
    if not lines:
        return []
    return ["Ur dagordningen:" if lang == "sv" else "From the agenda:"] + lines


# --- where and when a meeting was held -----------------------------------------------------------
def place(meetings: list[Meeting], lang: str, c: Citer) -> list[str]:
    """Each meeting's place-and-time line as the minutes state it, in date order;
    a meeting whose minutes state none is said to have none."""
    lines: list[str] = []
    for m in meetings:
        line = _flat(m.place_time) if m.place_time else ("(protokollet anger ingen plats)" if lang == "sv" else
                                                         "(the minutes state no place)")
        lines += ["", heading(m), f"- Plats och tid: {line} {c.attendance(m)}"]
    if not lines:
        return []
    return ["Plats och tid enligt protokollen:" if lang == "sv" else "Place and time according to the minutes:"] + lines


# --- attendance ----------------------------------------------------------------------------------------
def _fmt(a: Attendee) -> str:
    s = f"{a.name}, {a.affiliation}" if a.affiliation else a.name
    return s + (" (via Teams)" if a.remote else "")


def _muni_of(a: Attendee) -> str | None:
    aff = fold_ocr(a.affiliation)
    if "sekretariat" in aff:
        return "sekretariatet"  # "sekretariatet Familjen Helsingborg" is not for Helsingborg
    return next((k for k in MUNICIPALITIES if re.search(rf"\b{k}", aff)), None)


# "Alfred Nerhagen och Katia Lilia … deltog digitalt": someone named who took part from afar
_REMOTE_SAID = re.compile(r"\b(?:deltog|deltar|medverkade|narvarade|anslot|deltagit)\b(?:\s+\w+){0,3}\s+"
                          r"(?:digitalt|via teams|pa distans|pa lank)\b")
_FULL_NAME = re.compile(r"\b[A-ZÅÄÖ][a-zåäöé]+ [A-ZÅÄÖ][a-zåäöé]+")


def attendance_lines(m: Meeting, intent: Intent | None, c: Citer, say_unlisted: bool = True) -> list[str]:
    """The attendance of one meeting, narrowed to what the intent asks for. ``say_unlisted``: a person
    the list does not name gets a line saying so (else none: over all meetings, a list that does not
    name them is no source about them)."""
    people = m.attendees
    if intent and intent.person:
        p = fold_ocr(intent.person)
        people = [a for a in people if fold_ocr(a.name) == p]
        if not people:
            guest = next((g for g in m.guests if fold_ocr(g) == p), None)
            if guest:
                return [f"- Gäster: {guest} {c.attendance(m)}"]
            # (the mark is taken only for a line that cites it: a skipped list is no source of the answer)
            return [f"- {intent.person}: finns inte i närvarolistan {c.attendance(m)}"] if say_unlisted else []
    want = intent.attendance if intent else None
    if intent and intent.municipality:
        people = [a for a in people if _muni_of(a) == intent.municipality]
        if not people and want in (None, "present"):
            return []  # (no mark taken: the meeting is left out)
    present = [a for a in people if a.present and (want != "remote" or a.remote)]
    if want == "remote" and not present and not (intent and intent.person):
        # no one on the list was remote; guests who joined an item from afar are in its text
        joined = [(it, x) for it in m.items for x in sentences(it.body or "")
                  if _REMOTE_SAID.search(fold_ocr(x)) and _FULL_NAME.search(x)]
        if joined:
            return [f"- {it.label}: {_flat(x)} {c.item(m, it.index)}" for it, x in joined]
    not_remote = None
    if want == "remote" and intent and (intent.person or intent.municipality) and people and not present:
        # "Was Tomas Rikse there in person or via Teams?": his own line answers it, and "no one joined
        # via Teams" would deny the others' remote attendance
        want = None
        present = [a for a in people if a.present]
        not_remote = (f"{people[0].name} är inte" if intent.person else f"Ingen för {people[0].affiliation} är") + \
            " antecknad som deltagande via Teams"
    mark = c.attendance(m)
    out = []
    absent = [a for a in people if not a.present]
    if want in (None, "present", "remote") and present:
        label = "Närvarande via Teams" if want == "remote" else "Närvarande"
        out.append(f"- {label}: " + "; ".join(_fmt(a) for a in present) + f" {mark}")
    if want in (None, "absent") and absent:
        out.append("- Frånvarande (anmält förhinder): " + "; ".join(_fmt(a) for a in absent) + f" {mark}")
    if want == "absent" and not absent:
        # (narrowed to a person or municipality, the others' absence is not denied)
        if intent and intent.person and people:
            who = f"{people[0].name} är inte"
        elif intent and intent.municipality:
            who = f"Ingen för {people[0].affiliation if people else intent.municipality} är"
        else:
            who = "Ingen är"
        out.append(f"- {who} antecknad som frånvarande {mark}")
    if want == "remote" and not present:
        out.append(f"- Ingen är antecknad som deltagande via Teams {mark}")
    if not_remote and present:
        out.append(f"- {not_remote} {mark}")
    if want == "guests" and not m.guests:
        out.append(f"- Inga gäster är antecknade {mark}")
    if (want == "guests" or (want is None and not (intent and (intent.person or intent.municipality)))) and m.guests:
        out.append(f"- Gäster: {m.guest_line} {mark}")
    return out


def attendance(meetings: list[Meeting], intent: Intent, lang: str, c: Citer) -> list[str]:
    lines = ["Närvaro enligt protokollen:" if lang == "sv" else "Attendance according to the minutes:"]
    for m in meetings:
        body = attendance_lines(m, intent, c, say_unlisted=len(meetings) == 1)
        if (intent.municipality or intent.person) and not body:
            continue
        lines += ["", heading(m)] + (body or [f"- (ingen uppgift) {c.attendance(m)}"])
    return lines if len(lines) > 1 else []


# --- roles -------------------------------------------------------------------------------------------
_ROLE_TEXT = {
    "secretary": re.compile(r"sekreterare|sekretariatschef|,\s*sekretariatet\b"),
    "chair": re.compile(r"\bordforande\b|\bleds av\b|\bleder motet|\bledde motet|motena .*leds"),
    # "Palle Lundberg hälsade deltagarna välkomna till dagens möte.", "… inledde mötet med …"
    "opened": re.compile(r"\bhalsade\b.*\bvalkomn?\w*|\b(?:inledde|oppnade|startade) motet\b|\bmotet oppnades av\b"),
}


def role(meetings: list[Meeting], intent: Intent, lang: str, retriever: Retriever, c: Citer,
         current: bool = False, known: dict[str, str] | None = None) -> list[str]:
    """Who held the role at each meeting: signatures, attendance entries, presenters and
    sentences that name it, newest meeting first; ``current``: only the latest meeting
    that says ("Vem är sekretariatschef?"); ``known``: the people the minutes name (folded → as spelt)."""
    if intent.role == "contact":
        return _contact(meetings, lang, c, current, intent.person)
    if intent.role == "signed":
        return _signed(meetings, lang, c, current)
    rx = _ROLE_TEXT[intent.role or "secretary"]
    # A sentence is quoted only when it names someone the minutes know: "Att Sekretariatschefen
    # tillsammans med …" names the role, not who holds it.
    if known is None:
        known = indexed_people(retriever)

    def held(m: Meeting) -> list[str]:
        found: list[str] = []
        for sig in m.signatures:
            if rx.search(fold_ocr(sig)):
                found.append(f"- {sig} {c.signatures(m)}")
        if intent.role == "secretary":
            for a in m.attendees:
                if a.present and rx.search(fold_ocr(", " + a.affiliation)):
                    found.append(f"- Närvarande: {_fmt(a)} {c.attendance(m)}")
        for it in m.items:
            if it.presenter and rx.search(fold_ocr(it.presenter)) and intent.role == "secretary":
                name = re.split(r",", it.presenter)[0]
                found.append(f"- Föredragande: {name}, sekretariatet ({it.label}) {c.item(m, it.index)}")
                break
        if intent.role == "opened":
            # the words before the first item ("Palle Lundberg hälsade deltagarna välkomna …") stand with the
            # attendance record
            found += [f"- ”{t}” {c.attendance(m)}" for t in sentences(m.preamble or "") if rx.search(fold_ocr(t))]
        doc = retriever.doc_id_of(m)
        for it in m.items:
            for u in retriever.units_for(Ref(doc, "item", it.index)):
                text = retriever.unit_text[u]
                ft = fold_ocr(text)
                if rx.search(ft) and any(re.search(rf"\b{re.escape(k)}\b", ft) for k in known) \
                        and not text.startswith("Föredragande"):
                    found.append(f"- ”{text}” ({it.label}) {c.item(m, it.index)}")
        seen: set[str] = set()
        return [f for f in found if not (f in seen or seen.add(f))][:3]

    head = {"secretary": ("Sekretariatet/sekreterare enligt protokollen (senaste mötet först):",
                          "Secretary / head of the secretariat according to the minutes (latest meeting first):"),
            "chair": ("Ordförande/mötesledning enligt protokollen (senaste mötet först):",
                      "Chair according to the minutes (latest meeting first):"),
            "opened": ("Vem som öppnade mötet enligt protokollen (senaste mötet först):",
                       "Who opened the meeting according to the minutes (latest meeting first):")}[intent.role or "secretary"]
    return _latest_first(meetings, held, current, head[0] if lang == "sv" else head[1])


def _latest_first(meetings: list[Meeting], lines_of, current: bool, head: str) -> list[str]:
    """``head`` and, newest meeting first, each meeting's heading and the lines ``lines_of`` gives it
    (meetings it gives none are left out; ``current``: only the newest that has some)."""
    lines: list[str] = []
    for m in sorted(meetings, key=lambda m: m.date or "", reverse=True):
        if found := lines_of(m):
            lines += ["", heading(m)] + found
            if current:
                break
    return [head] + lines if lines else []


def _signed(meetings: list[Meeting], lang: str, c: Citer, current: bool) -> list[str]:
    """The signature lines of each meeting's minutes that name their signers, newest meeting first
    (an electronic signature page without names says nothing of who signed)."""
    return _latest_first(meetings, lambda m: [f"- {sig} {c.signatures(m)}" for sig in m.signatures], current,
                         "Underskrifter enligt protokollen (senaste mötet först):" if lang == "sv" else
                         "Signatures in the minutes (latest meeting first):")


def _contact(meetings: list[Meeting], lang: str, c: Citer, current: bool, person: str | None) -> list[str]:
    """The e-mail address each meeting's minutes give in their header, newest meeting first; ``person``:
    only an address made of that person's names."""
    parts = fold_ocr(person or "").lower().split()
    return _latest_first(
        meetings, lambda m: [f"- {CONTACT_LABEL}: {m.contact} {c.attendance(m)}"]
        if m.contact and all(p in fold_ocr(m.contact).lower() for p in parts) else [], current,
        "Kontakt enligt protokollens sidhuvud (senaste mötet först):" if lang == "sv" else
        "Contact in the minutes' header (latest meeting first):")


# a municipality presents as its city ("Helsingborgs stad"), not as "sekretariatet Familjen Helsingborg"
_BY = {"sekretariatet": r"\bsekretariatet\b", "helsingborg": r"\bhelsingborgs? stad\b", "natverk": r"natverk\w*"}


def presenters(meetings: list[Meeting], lang: str, c: Citer, by: str | None = None) -> list[str]:
    """Each item's presenter line ("Föredragande: …") as the minutes state it, meeting by meeting in
    date order; items without one are left out (the minutes do not say who presented them).
    ``by``: only the lines naming that organisation, "sekretariatet" or "helsingborg" (its city), or a
    network ("natverk")."""
    lines: list[str] = []
    for m in meetings:
        found = [f"- {it.label}: {_flat(it.presenter)} {c.item(m, it.index)}" for it in m.items
                 if it.presenter and (not by or re.search(_BY[by], fold_ocr(it.presenter).lower()))]
        if found:
            lines += ["", heading(m)] + found
    if not lines:
        return []
    return ["Föredragande enligt protokollen:" if lang == "sv" else "Presenters according to the minutes:"] + lines


# --- a person ----------------------------------------------------------------------------------------
# What a person question asks about, and the words that say a sentence is about it.
_PERSON_ASKS = {
    "presented": (re.compile(r"foredr\w*|presentera\w*|presented|presents|present\b|berattat|redovisat|informerat|told"),
                  re.compile(r"foredr\w*|presenter\w*|berattade|informer\w*|redovisade|visade|gick igenom|feredrog")),
    "assigned": (re.compile(r"uppdrag\w*|assign\w*|task\w*|ansvar\w*|responsib\w*|ska gora|will do|supposed to|"
                          r"asked to|ombetts|ombads"),
                 re.compile(r"\bska\b|uppdrag|ansvar\w*|kontaktar|tar fram|aterkommer|aterkopplar|sammanfatta|utgor")),
    "led": (re.compile(r"\bledde\b|\bled\b|\bleda\b|\blead\b|chair\w*|ordforande"),
            re.compile(r"\bledde\b|\bleds\b|\bleddes\b|ordforande|leda\b")),
    # "What is Johan Lindberg's job title?": the lines that state it beside the name (signatures, attendance
    # and presenter lines); no sentence is searched
    "title": (re.compile(r"\b(?:job title|title|titel\w*|befattning\w*|yrkestitel\w*|tjanstetitel\w*)\b"), None),
    # "Which item did Johan Lindberg not take part in?": an item whose text says the person was not there
    "missed": (MISSED_Q,
               re.compile(r"\b(?:deltog|deltar|narvarade|var|medverkade) (?:\w+ )?inte\b|\bfranvarande\b|\blamnade\b")),
}


# a task given to the head of the secretariat by role ("att uppdra till sekretariatschef att …")
_TO_HEAD = re.compile(r"\b(?:till|att) sekretariatschef\w*|\bsekretariatschef\w* (?:far|ska|tar|aterkommer)\b")


# a word that names a post ("sekretariatschef", "Utvecklingsdirektör", "ordförande", "Strateg")
_TITLE_WORD = re.compile(r"\w*(?:chef|direktor|ordforande|strateg|samordnare|handlaggare|sekreterare|radgivare|"
                         r"projektledare|koordinator|controller)\w*|\bvd\b")
_HEAD_PRESENTS = re.compile(r"\bsekretariatschef\w* (?:redovisade|presenterar|presenterade|foredrog|informerade)\b")


def person_asks(question: str) -> str | None:
    """"presented", "assigned", "led" or "missed" when the question asks for that, else None (anything; also
    when it asks for more than one: "Which items did Jörgen Fransson lead or present?")."""
    q = fold_ocr(question)
    if _PERSON_ASKS["missed"][0].search(q):
        return "missed"  # ("was not present at" is no presenting)
    asked = [k for k, (ask, _) in _PERSON_ASKS.items() if ask.search(q)]
    return asked[0] if len(asked) == 1 else None


def _title_lines(m: Meeting, person: str, c: Citer, shown: set[str]) -> list[str]:
    """The lines of one meeting's minutes that state a person's title beside the name: a signature ("Johan
    Lindberg sekretariatschef"), an attendance or guest entry ("Ulrika Geeraedts (Utvecklingsdirektör)"), a
    presenter line (each wording once over the meetings: ``shown``), and the sentence of an item they
    presented that calls its presenter "Sekretariatschef". An organisation alone is no title."""
    name = fold_ocr(person)
    found = [f"- Underskrift: {sig} {c.signatures(m)}" for sig in m.signatures
             if name in fold_ocr(sig) and _TITLE_WORD.search(fold_ocr(sig))]
    found += [f"- Närvarande: {_fmt(a)} {c.attendance(m)}" for a in m.attendees
              if fold_ocr(a.name) == name and _TITLE_WORD.search(fold_ocr(a.affiliation))]
    found += [f"- Gäst: {g.group(0)} {c.attendance(m)}"
              for g in re.finditer(rf"{re.escape(person)}\s*\([^)]*\)", m.guest_line or "")
              if _TITLE_WORD.search(fold_ocr(g.group(0)))]
    for it in m.items:
        if not (it.presenter and name in fold_ocr(it.presenter)):
            continue
        if _flat(it.presenter) not in shown and _TITLE_WORD.search(fold_ocr(it.presenter)):
            shown.add(_flat(it.presenter))
            found.append(f"- Föredragande i {it.label}: ”{_flat(it.presenter)}” {c.item(m, it.index)}")
        found += [f"- ”{t}” ({it.label}) {c.item(m, it.index)}" for t in sentences(it.body)
                  if _HEAD_PRESENTS.search(fold_ocr(t))]
    return found


def person(meetings: list[Meeting], intent: Intent, lang: str, retriever: Retriever, c: Citer,
           asks: str | None = None) -> list[str]:
    """What a named person presented, led, was assigned or missed, or their title (``asks``; None: every mention, with
    the attendance lists' lines for them first), meeting by meeting in date order. Presenter lines count
    as presenting."""
    name = fold_ocr(intent.person or "")
    first = name.split()[0] if name else ""
    said = _PERSON_ASKS[asks][1] if asks else None
    lines: list[str] = []
    shown: set[str] = set()
    for m in sorted(meetings, key=lambda m: m.date or ""):
        found: list[str] = []
        doc = retriever.doc_id_of(m)
        # a task "till sekretariatschef" is the person's where the same minutes name them the head: signing as
        # "sekretariatschef", or presenting an item whose text says "Sekretariatschef redovisade …"
        head = asks == "assigned" and (name == SECRETARIAT or
            any(name in fold_ocr(sig) and "sekretariatschef" in fold_ocr(sig) for sig in m.signatures) or
            any(it.presenter and name in fold_ocr(it.presenter) and _HEAD_PRESENTS.search(fold_ocr(it.text))
                for it in m.items))
        if asks == "title":
            found += _title_lines(m, intent.person or "", c, shown)
            if found:
                lines += ["", heading(m)] + found
            continue
        if asks is None:
            # who someone is: where the attendance list names them, and for whom ("Herman Crespin, Höganäs")
            for a in m.attendees:
                if fold_ocr(a.name) == name:
                    label = "Närvarande" if a.present else "Frånvarande (anmält förhinder)"
                    found.append(f"- {label}: {_fmt(a)} {c.attendance(m)}")
        for it in m.items:
            # the presenter line's first sentence names who presented; a later one may say who attended
            # ("… Andreas Ekberg nätverket infrastruktur och kollektivtrafik. Mikael Kipowski, Helsingborg stad,
            # närvarade.")
            presented = it.presenter and name in fold_ocr(re.split(r"(?<=\.)\s+", it.presenter)[0])
            if it.presenter and name in fold_ocr(it.presenter) and asks in (None, "presented") and \
                    (presented or asks is None):
                # (asked who someone is, with the line, which says for whom: "Jörgen Fransson, HR-chefsnätverket")
                line = f": ”{_flat(it.presenter)}”" if asks is None else ""
                role = "Föredragande i" if presented else "Nämns i raden om föredragande i"
                found.append(f"- {role} {it.label}{line} {c.item(m, it.index)}")
            for u in retriever.units_for(Ref(doc, "item", it.index)):
                text = retriever.unit_text[u]
                ft = fold_ocr(text)
                if name in ft or (first and re.search(rf"\b{re.escape(first)}\b", ft) and name in fold_ocr(it.text)):
                    # "att Elin Ask och Tomas Rikse förbereder …": a decision whose subject they are assigns it
                    subject = asks == "assigned" and re.match(r"\W*att\b", ft) and name in ft[:40]
                    if said is None or said.search(ft) or subject:
                        found.append(f"- ”{text}” ({it.label}) {c.item(m, it.index)}")
                elif head and _TO_HEAD.search(ft):
                    role = "som sekretariatschef" if lang == "sv" else "as head of the secretariat"
                    found.append(f"- ”{text}” ({it.label}; {role}) {c.item(m, it.index)}")
        if found:
            lines += ["", heading(m)] + found
    if not lines:
        return []
    who = intent.person[:1].upper() + intent.person[1:]  # ("Sekretariatet i protokollen:")
    return [f"{who} i protokollen:" if lang == "sv" else f"{who} in the minutes:"] + lines
