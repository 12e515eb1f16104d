"""Extractive answers (the default; no LLM), by what the question asks for.
Every statement is a verbatim unit of the minutes (a decision, a sentence, an
item's label, an attendance entry, a signature) followed by the marker [n] of
the source it comes from.

- decisions on a topic: the trusted items' decisions grouped by meeting in date
  order, plus the sentence saying what an uninformative decision was about;
- a fact: the sentences of the trusted items that hold it;
- a topic over time: a dated timeline of the items that treat it;
- a meeting, attendance, roles, a person: read off the parsed structure
  (``structured``).

When the evidence is weak (``evidence.weigh``) the answer abstains
(``grounded`` False) rather than guess."""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

import numpy as np

from ingest.dates import SPELLED
from minutes.records import MEETING_LABEL, Meeting, Source
from minutes.text import addresses_model, fold_ocr, sentences

from . import structured
from .asked import ASKS, DAY, asks_group_view, headed, holds, lacking, states_view, strict_asks
from .evidence import (Evidence, Terms, as_terms, day_terms, distinctive_terms, exact, question_terms, rare_words,
                       shared, source_terms, weigh)
from .glossary import GLOSSARY_WORDS
from .intent import ORG_WORD, Intent, language, topicless_decision
from .lexical import content_terms
from .names import MONTHS, unnamed
from .position import LUNCH_TIME_Q, Position, is_lunch
from .retrieve import Retrieval, Retriever
from .when import SHORT_MONTHS

__all__ = ["Answer", "NOTHING", "extractive", "followup", "language", "distinctive_terms", "answer_structured"]

NOTHING = {
    "sv": "Jag hittar inget om det i protokollen.",
    "en": "I find nothing about that in the minutes.",
}
FROM_MINUTES = {"sv": "Ur protokollen:", "en": "From the minutes:"}  # the head of a quoted answer


@dataclass
class Answer:
    question: str
    text: str
    grounded: bool
    sources: list[Source]
    language: str
    mode: str = "extractive"
    note: str | None = None
    cited: list[int] = field(default_factory=list)
    intent: str = "fact"
    verified: list[dict] = field(default_factory=list)  # LLM mode: per sentence, what the verifier found
    read_as: str | None = None  # a follow-up written out as the question answered ("Vad har Christian … föredragit?")

    def public_dict(self) -> dict:
        """The shape of ``qa ask --json`` (a public interface)."""
        return {
            "question": self.question,
            "answer": self.text,
            "grounded": self.grounded,
            "mode": self.mode,
            "language": self.language,
            "intent": self.intent,
            "note": self.note,
            "read_as": self.read_as,
            "cited": self.cited,
            "verified": self.verified,
            "sources": [s.public_dict() for s in self.sources],
        }


def renumbered(sources: list[Source]) -> list[Source]:
    """The same sources ranked 1..n in their order (for an answer over a subset)."""
    return [Source(i, s.meeting, s.item, s.kind, s.score, s.page, s.dense_score, s.bm25_score)
            for i, s in enumerate(sources, start=1)]


def cited_ranks(text: str) -> list[int]:
    return sorted({int(m) for m in re.findall(r"\[(\d{1,3})\]", text)})


_NOT_RECORDED = {
    "sv": {"presented": "Protokollen anger inget som {who} föredragit; här är var {who} nämns:",
           "assigned": "Protokollen anger inget uppdrag för {who}; här är var {who} nämns:",
           "led": "Protokollen anger inget som {who} lett; här är var {who} nämns:",
           "missed": "Protokollen anger ingen punkt som {who} inte deltog i; här är var {who} nämns:",
           "title": "Protokollen anger ingen titel för {who}; här är var {who} nämns:"},
    "en": {"presented": "The minutes record nothing {who} presented; here is where {who} is mentioned:",
           "assigned": "The minutes record no assignment for {who}; here is where {who} is mentioned:",
           "led": "The minutes record nothing {who} led; here is where {who} is mentioned:",
           "missed": "The minutes record no item {who} did not take part in; here is where {who} is mentioned:",
           "title": "The minutes give no title for {who}; here is where {who} is mentioned:"},
}


# "… held at Marina Plaza", "… hölls på Mindpark": the place a question names
_VENUE = re.compile(r"\b(?:held|met|meet|took place|hölls|höll|hålls|möttes|träffades)\s+(?:at|in|på|i)\s+"
                    r"(?!(?i:" + "|".join(MONTHS) + r")\b)([A-ZÅÄÖ][\w-]+(?:\s[A-ZÅÄÖ][\w-]+)*)")


# --- structured intents ----------------------------------------------------------------------------
def answer_structured(question: str, intent: Intent, lang: str, meetings: list[Meeting], retriever: Retriever,
                      with_attendance: bool = False, current: bool = False,
                      known: dict[str, str] | None = None) -> Answer | None:
    """Meeting, attendance, role and person questions, over ``meetings`` (already
    narrowed by the question's dates). None when the structure holds nothing."""
    c = structured.Citer(retriever)
    answered, note = True, None
    if intent.kind == "meeting":
        lines = structured.meeting_agenda(meetings, lang, with_attendance, c)
    elif intent.kind == "place":
        # "Which meetings were held at Marina Plaza?": the meetings whose place line names it
        venue = _VENUE.search(question)
        if venue:
            meetings = [m for m in meetings if fold_ocr(venue.group(1)) in fold_ocr(m.place_time or "")]
            if not meetings and venue.group(0).startswith(("hålls", "meet ")):
                return None  # meetings to come ("när mötena hålls i Lund") are in an item, if anywhere
            if not meetings:
                a = Answer(question, NOTHING[lang], False, [], lang, intent=intent.kind)
                a.note = (f"Inget protokoll anger ett möte i/på {venue.group(1)}." if lang == "sv" else
                          f"No minutes record a meeting at {venue.group(1)}.")
                return a
        lines = structured.place(meetings, lang, c)
    elif intent.kind == "attendance":
        lines = structured.attendance(meetings, intent, lang, c)
    elif intent.kind == "role" and intent.role == "presenter":
        lines = structured.presenters(meetings, lang, c, intent.municipality)
    elif intent.kind == "role":
        lines = structured.role(meetings, intent, lang, retriever, c, current, known)
        if not lines and intent.role == "opened":
            # no minutes of those meetings say who welcomed it ("Mötets öppnande samt incheckning" names no one)
            a = Answer(question, NOTHING[lang], False, [], lang, intent=intent.kind)
            a.note = ("Protokollen anger inte vem som öppnade mötet." if lang == "sv" else
                      "The minutes do not say who opened the meeting.")
            return a
        if not lines and intent.role == "contact":
            # no header names an address (of that person): no other sentence does either
            a = Answer(question, NOTHING[lang], False, [], lang, intent=intent.kind)
            a.note = ("Inget protokolls sidhuvud anger en sådan e-postadress." if lang == "sv" else
                      "No minutes' header gives such an e-mail address.")
            return a
    elif intent.kind == "person":
        asks = structured.person_asks(question)
        lines = structured.person(meetings, intent, lang, retriever, c, asks)
        if not lines and asks:
            # nothing of that kind: every mention of the person, said so
            c = structured.Citer(retriever)
            lines = structured.person(meetings, intent, lang, retriever, c)
            if lines:
                # the mentions of a person who presented (was assigned, led) nothing do not answer the question
                lines[0] = _NOT_RECORDED[lang][asks].format(who=intent.person)
                answered = False
                note = lines[0].split(";")[0] + "."
            else:
                # named only in the attendance lists: no item says they presented, were assigned or led anything
                a = Answer(question, NOTHING[lang], False, [], lang, intent=intent.kind)
                a.note = _NOT_RECORDED[lang][asks].format(who=intent.person).split(";")[0] + "."
                return a
    else:
        return None
    if not lines or not c.sources:
        return None
    text = "\n".join(lines)
    a = Answer(question, text, answered, c.sources, lang, cited=cited_ranks(text), intent=intent.kind)
    a.note = note
    return a


_POSITION_SAID = {
    "number": ("punkt {v}", "item {v}"), "time": ("punkt kl. {v}", "item at {v}"),
    "first": ("första punkt", "first item"), "last": ("sista punkt", "last item"),
    "after_lunch": ("punkt efter lunchen", "item after lunch"), "before_lunch": ("punkt före lunchen", "item before lunch"),
    "after_opening": ("punkt efter öppnandet", "item after the opening"),
}


def answer_position(question: str, pos: Position, lang: str, meetings: list[Meeting], retriever: Retriever) -> Answer:
    """"What was item 5 in March 2024?", "Vad behandlades efter lunchen den 16 juni 2023?": the item(s)
    at that place on each meeting's agenda, quoted in full; none there is said so."""
    c = structured.Citer(retriever)
    lines = structured.items_at_position(meetings, pos, lang, c,
                                         presenter=bool(_ASKS_PRESENTER.search(fold_ocr(question).lower())))
    if not lines:
        a = Answer(question, NOTHING[lang], False, [], lang, intent="meeting")
        said = _POSITION_SAID[pos.kind][lang == "en"].format(v=pos.value)
        a.note = f"Dagordningen har ingen {said}." if lang == "sv" else f"The agenda has no {said}."
        return a
    text = "\n".join(lines)
    return Answer(question, text, True, c.sources, lang, cited=cited_ranks(text), intent="meeting")


def item_slot(question: str, topic: str, slot: str, retrieval: Retrieval, retriever: Retriever) -> Answer:
    """"När började punkten om återbruk?", "What number was the annual report item?": the agenda heading
    of the item the question is about (``topic``: the question without its asking words) states its time or
    number; an item whose heading has none is said so."""
    lang = language(question)
    if LUNCH_TIME_Q.search(fold_ocr(question)):
        # the lunch item of the meetings searched (minutes without one say nothing of when lunch was)
        top = next((s for s in retrieval.sources if s.item is not None and is_lunch(s.item)), None)
    else:
        top = weigh(retrieval, retriever, question_terms(topic, lang, phrases=lang == "en")).top_item
    if top is None:
        return Answer(question, NOTHING[lang], False, retrieval.sources, lang, intent="fact")
    if not (top.item.time if slot == "time" else top.item.number):
        a = Answer(question, NOTHING[lang], False, retrieval.sources, lang, intent="fact")
        what = {"time": ("ingen tid", "no time"), "number": ("inget nummer", "no number")}[slot]
        a.note = (f"Punkten som handlar om frågan ({top.meeting.date}, {top.item.title}) har {what[0]} i protokollet."
                  if lang == "sv" else
                  f"The item about the question ({top.meeting.date}, {top.item.title}) has {what[1]} in the minutes.")
        return a
    text = "\n".join(["Ur dagordningen:" if lang == "sv" else "From the agenda:", "",
                      f"- {top.item.label} [{top.rank}] ({MEETING_LABEL} {top.meeting.date})"])
    return Answer(question, text, True, retrieval.sources, lang, cited=cited_ranks(text), intent="fact")


# --- retrieval-based intents -----------------------------------------------------------------------
@dataclass
class _Unit:
    source: Source
    text: str
    sim: float
    lex: float
    kind_bonus: float = 0.0

    @property
    def score(self) -> float:
        return self.sim + 0.06 * self.lex + self.kind_bonus


# a question about what is to come ("When will …", "När ska …", "… go next?")
_TO_COME = re.compile(r"\b(will|next|going to|upcoming|coming|is to|are to|ska|skall|kommer|nasta|nastkommande|"
                      r"framover)\b")


def _after_meeting(text: str, meeting_date: str | None) -> bool | None:
    """Whether a day the sentence names ("den 5:e april", "27 oktober 2023") falls after its meeting;
    None when it names no such day (a day without a year is of the meeting's year)."""
    if not meeting_date:
        return None
    days = [(int(m[3] or meeting_date[:4]), MONTHS[m[2]], int(m[1])) for m in SPELLED.finditer(fold_ocr(text).lower())]
    if not days:
        return None
    return any(f"{y}-{mo:02d}-{d:02d}" > meeting_date for y, mo, d in days)


def _later_day(text: str, meeting_date: str) -> bool:
    """The sentence names a day after ``meeting_date``, spelled ("den 5 dec", of that date's year) or as a date
    ("2025-12-05")."""
    # ("den 5 dec": a month cut short, of the meeting's year)
    short = [f"{meeting_date[:4]}-{SHORT_MONTHS[m[2]]:02d}-{int(m[1]):02d}"
             for m in _SHORT_DAY.finditer(fold_ocr(text).lower())]
    return bool(_after_meeting(text, meeting_date)) or \
        any(d > meeting_date for d in re.findall(r"\b20\d\d-\d\d-\d\d\b", text) + short)


_SHORT_DAY = re.compile(r"\b(\d{1,2})(?::e)?\s+(" + "|".join(SHORT_MONTHS) + r")\b")


def next_board(question: str, lang: str, sources: list[Source], retriever: Retriever,
               since: str = "") -> Answer | None:
    """"När är nästa styrelsemöte?": the sentences of the newest minutes among ``sources`` that name a board
    meeting on a day after their own meeting ("Budgeten ska sedan beslutas av styrelsen 2025-12-05"); None
    when no minutes do. Minutes say what was planned then: the answer is the latest plan on record.
    ``since``: the day the question asks after ("after 2026"): a board meeting before it is no answer."""
    for day in sorted({s.meeting.date for s in sources if s.meeting.date}, reverse=True):
        said = [(s, t) for s in sources if s.meeting.date == day
                for t in (retriever.unit_text[u] for u in retriever.units_for(retriever.ref_of(s)))
                if re.search(r"\bstyrelse\w*", fold_ocr(t).lower()) and _later_day(t, day)
                and (not since or since <= day or _later_day(t, since))]
        if said:
            quoted = list({id(s): s for s, _ in said}.values())
            cited = renumbered(quoted)
            rank = {id(s): c.rank for s, c in zip(quoted, cited)}
            lines = [f"- {t} [{rank[id(s)]}] ({_where(s)})" for s, t in said]
            text = "\n".join([FROM_MINUTES[lang], ""] + lines)
            a = Answer(question, text, True, cited, lang, cited=cited_ranks(text), intent="fact")
            a.note = (f"Det senaste protokollet som nämner ett kommande styrelsemöte är från {day}." if lang == "sv" else
                      f"The latest minutes naming a board meeting to come are from {day}.")
            return a
    return None


def _beyond_title(terms: Terms, title_terms: set[str]) -> Terms:
    """The question's words that an item's title does not hold: what a sentence of the item must share
    to be about the question rather than only about the item."""
    return {t: f for t, f in terms.items() if not shared({t: f}, title_terms)}


def _units(retriever: Retriever, retrieval: Retrieval, sources: list[Source], terms: set[str] | Terms,
           question: str) -> list[_Unit]:
    """The quotable units of ``sources``, scored against the question: cosine, the
    share of its distinctive words in the unit or its item title, and whether the
    unit holds the kind of thing asked for (a date for "när", an amount for "hur mycket")."""
    q = np.asarray(retrieval.query_embedding, dtype=np.float32)
    fq = fold_ocr(question)
    wants = [ans for ask, ans in ASKS if ask.search(fq)]
    to_come = bool(_TO_COME.search(fq))
    terms = as_terms(terms)
    weight = {t: min(retriever.idf(w) for w in {t} | f) for t, f in terms.items()}
    total = sum(weight.values()) or 1.0
    out: list[_Unit] = []
    for src in sources:
        title_terms = content_terms(src.item_title)
        # the question's words beyond the item's title say which of its sentences answers
        beyond = _beyond_title(terms, title_terms)
        beyond_total = sum(weight[t] for t in beyond) or 1.0
        decisions = set(src.item.decisions) if src.item is not None else set()
        for u in retriever.units_for(retriever.ref_of(src)):
            text = retriever.unit_text[u]
            if addresses_model(text):
                continue  # a planted instruction is never quoted as an answer
            sim = float(retriever.unit_emb[u] @ q) if q.size == retriever.unit_emb.shape[1] else 0.0
            uterms = content_terms(text)
            hit = shared(terms, uterms)
            lex = (sum(weight[t] for t in hit)
                   + 0.5 * sum(weight[t] for t in shared(terms, title_terms - uterms))) / total
            held = [w for w in wants if holds(w, text, question)]
            # a day beats a bare year for "när/when": "2025-12-05" over "jämfört med Budget 2025"
            bonus = 0.015 if held == [ASKS[0][1]] and not holds(DAY, text, question) else 0.03 if held else 0.0
            if to_come and ASKS[0][1] in held:
                # "When is the board meeting where the priorities go next?": a day after the meeting, not the
                # day an earlier decision was taken ("antagen på styrelsemötet den 27 oktober 2023")
                after = _after_meeting(text, src.meeting.date)
                bonus += 0.01 if after else -0.03 if after is False else 0.0
            if any(" ".join(d.split()) == text for d in decisions):
                bonus += 0.01  # what the meeting decided outweighs the presentation that led to it
            elif len(text.split()) < 8 and not re.search(r"[.:!?]$", text) and not re.search(r"\d", text):
                bonus -= 0.03  # a sub-heading says what follows, not what was said
            if text.rstrip(" ”\"'").endswith("?"):
                bonus -= QUESTION_PENALTY  # the minutes asking "ska vi arbeta med frågan gemensamt?" answer nothing
            bonus += BEYOND_TITLE * sum(weight[t] for t in hit if t in beyond) / beyond_total
            out.append(_Unit(src, text, sim, lex, bonus))
    return out


def extractive(question: str, retrieval: Retrieval, retriever: Retriever, intent: Intent | None = None,
               day_topic: bool = False) -> Answer:
    """Decision, fact and timeline answers over the retrieved items. ``day_topic``: the day the question
    names is no meeting's, so it is a topic ("on 23 January") rather than a filter."""
    lang = language(question)
    intent = intent or Intent("fact")
    sources = retrieval.sources
    days = day_terms(question) if day_topic else {}
    terms = question_terms(question, lang) | days
    # which items are about the question: an English glossary phrase is one topic ("the potential study")
    topics = (question_terms(question, lang, phrases=True) | days) if lang == "en" else terms
    # (a decision over a broad topic, "What was decided about public transport?", is a topic over time too)
    ev = weigh(retrieval, retriever, topics, spread=intent.kind in ("timeline", "decision"))
    if not ev.grounded:
        return Answer(question, NOTHING[lang], False, sources, lang, intent=intent.kind)
    unnamed = _unnamed(question, ev.trusted)
    missing = unnamed or _unqualified(question, lang, ev.trusted[0], terms)
    whole = next((s for s in ev.trusted[1:] if terms and shared(terms, source_terms(s)) == set(terms)), None) \
        if missing and not unnamed else None
    if whole is not None:
        # "… gemensam remiss om Europakommissionens förslag?": the closing "om …" is another trusted item's, which
        # holds every word of the question; that item answers, first
        ev = replace(ev, trusted=[whole] + [s for s in ev.trusted if s is not whole])
        missing = []
    if missing:
        # "the trainee programme in Malmö": the items are about the topic, not about Malmö
        a = Answer(question, NOTHING[lang], False, sources, lang, intent=intent.kind)
        a.note = (f"Punkterna som handlar om frågan nämner inte {', '.join(missing)}." if lang == "sv" else
                  f"The items about the question do not mention {', '.join(missing)}.")
        return a
    if intent.person and not _names_person(ev.trusted[0], intent.person):
        # "Vilket nätverk kommer Andreas Ekberg från?": the item that names him answers, not "SKLs nätverk",
        # which holds only the question's other word
        named = next((s for s in ev.trusted[1:] if _names_person(s, intent.person)), None)
        if named is not None:
            ev = replace(ev, trusted=[named] + [s for s in ev.trusted if s is not named])
    top = ev.trusted[0]
    if intent.kind == "fact" and _ASKS_TIME_OR_NUMBER.search(fold_ocr(question)) and _by_presenter_only(top, terms):
        # "How long will Mikael Johansson stay as head of the secretariat?": the item he presented is about
        # something else
        a = Answer(question, NOTHING[lang], False, sources, lang, intent=intent.kind)
        where = f"{top.meeting.date}, {top.item.label}"
        a.note = (f"Punkten ({where}) har frågans ord bara i raden om vem som föredrog den." if lang == "sv" else
                  f"The item ({where}) has the question's words only in the line saying who presented it.")
        return a
    if intent.kind == "timeline":
        text = _timeline(lang, ev, sources, retriever, topics)
        if text:
            return Answer(question, text, True, sources, lang, cited=cited_ranks(text), intent="timeline")
    units = _units(retriever, retrieval, ev.trusted, terms, question)
    fq = fold_ocr(question)
    strict = strict_asks(question)
    titled = bool(terms) and len(shared(terms, content_terms(top.item_title))) / len(terms)
    # "What did the secretariat inform about?" names the item "Information från sekretariatet": its content answers
    names_item = titled == 1.0 and len(terms) >= 2 and _WHAT_ABOUT.search(fq)
    if intent.kind == "fact" and not strict and terms and \
            ((_OVERVIEW.search(fq) and titled >= 0.5) or names_item):
        text = _overview(lang, top, units)
        # "What were the findings of the potential study?" names the item but asks for an outcome it lacks
        if text and not lacking(question, strict, [u for u in units if u.source is top], retriever):
            return Answer(question, text, True, sources, lang, cited=cited_ranks(text), intent="fact")
    if intent.kind == "decision":
        text = _decisions(lang, ev, units, terms, retriever, bool(_WHO_PRESENTED.search(fold_ocr(question).lower())))
        if not text and titled == 1.0:
            # no trusted item records a decision; the item the question names says what became of it
            # ("Vad beslutades om löneavdrag?" → "Punkten genomfördes under lunchen")
            text = _overview(lang, top, units)
            others = [u for u in _pick(ev, units) if u.source is not top and shared(terms, content_terms(u.text))]
            if text and others:
                text += "\n" + "\n".join(_fact_lines(others))
        if text:
            return Answer(question, text, True, sources, lang, cited=cited_ranks(text), intent="decision")
    if intent.kind == "fact" and _ASKS_PRESENTER.search(fq) and top.item is not None and \
            not re.search(r"\b(ledde|led)\b", fq):
        # "Who presented the summary of SKR's report?": the item's presenter line says it, or else the
        # sentence of the item where named people present ("Alfred Nerhagen och Katia Lilia … berättade om")
        if top.item.presenter:
            line = _presenter_line(top)
        else:
            # (a name opening the sentence counts: "Anna Pihlqvist återkopplade på kommundirektörernas frågor")
            said = [u for u in units if u.source is top and _PRESENTING.search(u.text) and _PAIR.search(f" {u.text}")]
            line = f"- {_bare(max(said, key=lambda u: u.score).text)} [{top.rank}] ({_where(top)})" if said else ""
        if line:
            text = "\n".join([FROM_MINUTES[lang], "", line])
            return Answer(question, text, True, sources, lang, cited=cited_ranks(text), intent=intent.kind)
    if intent.kind == "fact" and _ATTENDED_ITEM.search(fq) and top.item is not None:
        # "Vem närvarade under punkten om prioriteringar?": who the item's own text says was there ("Mikael
        # Kipowski, Helsingborg stad, närvarade." of the presenter line), not a sentence sharing the topic
        line = top.item.presenter or ""
        # (the whole presenter line: who presented was there too)
        said = ([f"Föredragande: {line}"] if _WAS_THERE.search(line) else []) + \
            [x for x in sentences(top.item.body) if _WAS_THERE.search(x)]
        if re.search(r"\b(?:inte|ej|not)\b|n't\b", fq):  # "Vem deltog inte …?": the sentence that says so
            said = [x for x in said if re.search(r"\b(inte|ej)\b", x)]
        if said:
            text = "\n".join([FROM_MINUTES[lang], ""] + [f"- {_bare(x)} [{top.rank}] ({_where(top)})" for x in said])
            return Answer(question, text, True, sources, lang, cited=cited_ranks(text), intent=intent.kind)
    picked = _pick(ev, units)
    if not picked:
        return Answer(question, NOTHING[lang], False, sources, lang, intent=intent.kind)
    about = _on_topic(picked, top, terms, retriever)
    picked = [u for u in picked if u in about] or picked  # another item's sentence off the topic is no answer
    lacks = lacking(question, strict, about, retriever)
    if intent.kind == "fact" and lacks:
        # the best sentence misses what is asked; another sentence of the same item that shares the
        # question's words and states it answers instead ("… därmed inget gemensamt arbete")
        # (a word of the item's title says only that the sentence is about the item, not about the question)
        # nor does a word that asks ("styrelsen" of "vad beslutade styrelsen")
        asking = content_terms(" ".join(" ".join(g for g in m.groups() if g) or m.group(0)
                                        for x in strict for m in [x[0].search(fq)] if m))
        beyond = {t: f for t, f in _beyond_title(terms, content_terms(top.item_title)).items() if t not in asking}
        mine = [u for u in units if u.source is top and u not in picked]
        if top.item is not None and top.item.presenter:
            # the presenter line ("Föredragande: …, Mikael Kipowski, Helsingborg stad, närvarade") is no unit
            # of its own; it may say who
            mine.append(_Unit(top, f"Föredragande: {top.item.presenter}", 0.0, 0.0))
        # (a question that names only the item and what it asks, "accelerator deadline": any of its sentences)
        rest = sorted((u for u in mine if not beyond or shared(beyond, content_terms(u.text))), key=lambda u: -u.score)
        extra = next((u for u in rest if not lacking(question, strict, about + [u], retriever)), None)
        if extra is None and beyond and shared(beyond, content_terms(top.text)):
            # a heading that only frames the item ("Inför styrelsemötet 2 juni" over "Projektet
            # Tillgänglighetsguide"): the item's text is about the question's other words, so a sentence of
            # it sharing the heading's word may answer ("att projektet tas upp i styrelsen först efter sommaren")
            # (only the heading's common words: "styrelsen" frames, "unga ledare" of a heading names the topic)
            framed = {t: f for t, f in terms.items() if t not in beyond and t not in asking}
            if rare_words(retriever, framed):
                framed = {}
            rest = sorted((u for u in mine if shared(framed, content_terms(u.text), short_heads=False)),
                          key=lambda u: -u.score)
            extra = next((u for u in rest if not lacking(question, strict, about + [u], retriever)), None)
        if extra is not None:
            picked, lacks = picked + [extra], []
    asked_words = content_terms(question)
    denied = _YES_NO.search(fold_ocr(question)) and \
        any(re.search(r"\b(inte|ej|not)\b", fold_ocr(u.text)) for u in picked)
    if intent.kind == "fact" and not lacks and not denied and not _ASKS_ITEM.search(fq) and \
            all(content_terms(u.text) <= asked_words for u in picked):
        # "What will the Familjedag 2024 programme include?" quoted with "Familjedag 2024": the quote only
        # repeats the question's words, it says nothing of what is asked
        if _OVERVIEW.search(fq) and not strict and top.item is not None and \
                len(shared(terms, content_terms(" ".join(u.text for u in picked)))) == len(terms):
            # "Vad sades om Familjedag 2024?" asks nothing beyond its topic: that the item mentions it is
            # what was said, with the item's decision to note it (not its decisions on other things)
            picked += [u for u in units if u.source is top and u not in picked and u.text in top.item.decisions
                       and structured.NOTED.search(fold_ocr(u.text))]
        else:
            lacks = [(None, None, "bara frågans egna ord", "only the question's own words")]
    if intent.kind == "fact" and lacks:
        # "When was the accelerator programme started?": the item is about it, but states no date
        a = Answer(question, NOTHING[lang], False, sources, lang, intent=intent.kind)
        where = f"{top.meeting.date}, {top.item.label if top.item else top.item_title}"
        a.note = (f"Punkten som handlar om frågan ({where}) anger {lacks[0][2]}." if lang == "sv" else
                  f"The item about the question ({where}) states {lacks[0][3]}.")
        return a
    person = intent.person or _named_in(question, top)
    if intent.kind == "fact" and person:
        # "Which network did Lena Åström represent?": the sentence naming her says it, or the presenter line
        mine = [u for u in units if u.source is top and _mentions(u.text, person)]
        if top.item is not None and top.item.presenter and _mentions(top.item.presenter, person):
            mine.append(_Unit(top, f"Föredragande: {top.item.presenter}", 0.0, 0.0))
        # (another item's sentence naming them says nothing of them in this one)
        if not any(_mentions(u.text, person) for u in picked if u.source is top):
            picked = mine[:1] + picked
        if _names_person(top, person):
            # (another item that does not name them says nothing of them: "SKLs nätverk" for Andreas Ekberg)
            picked = [u for u in picked if u.source is top or _names_person(u.source, person)]
    if intent.kind == "fact" and asks_group_view(question):
        # "What did the group think about the project?": its verdict too ("att tacka för väl genomfört projekt")
        picked += [u for u in units if u.source is top and u not in picked and states_view(u.text)]
    text = _facts(lang, picked, units)
    return Answer(question, text, True, sources, lang, cited=cited_ranks(text), intent=intent.kind)


# who was at an item (not a meeting's attendance list, which the attendance intent reads)
_ATTENDED_ITEM = re.compile(r"\b(?:vem|vilka|who)\b.*\b(narvarade|narvarat|deltog|anslot|attended|took part|joined|"
                            r"(?:was|were)(?:n't| not)? present|(?:was|were) there)\b.*\b(punkt\w*|item|under|during|vid|at)\b")
_WAS_THERE = re.compile(r"\b(närvarade|deltog|anslöt|deltar|narvarade|anslot)\b")


_PAIR = re.compile(r"(?<!^)\b[A-ZÅÄÖ][a-zåäöé]+ [A-ZÅÄÖ][a-zåäöé]+")


# a time, a duration, an amount or a count: what no presenter line holds
_ASKS_TIME_OR_NUMBER = re.compile(r"\b(nar|when|hur lange|how long|hur mycket|how much|hur manga|how many|vilket datum|"
                                  r"what date|vilken tid|what time)\b")


def _by_presenter_only(top: Source, terms: Terms) -> bool:
    """The question meets the item only in the words of its presenter line ("Föredragande: Mikael
    Johansson, sekretariatet"): what it shares with the item's title and text is among those words."""
    if top.item is None or not top.item.presenter or not terms:
        return False
    # (the decisions are the item's words too: "nätverket … ska få en fast årlig finansiering")
    said = shared(terms, content_terms(f"{top.item.title} {top.item.body.replace(top.item.presenter, ' ')} "
                                       f"{' '.join(top.item.decisions)}"))
    line = shared(terms, content_terms(top.item.presenter))
    return bool(line) and set(said) <= set(line)


def _named_in(question: str, top: Source) -> str | None:
    """A person-like name pair of the question ("Olu Lindström") that the top item's text holds."""
    if top.item is None:
        return None
    text = fold_ocr(f"{top.item.body} {top.item.presenter or ''}")
    return next((p for p in _PAIR.findall(question.strip()) if not ORG_WORD.search(fold_ocr(p))
                 and re.search(rf"\b{re.escape(fold_ocr(p))}\b", text)), None)


def _names_person(src: Source, person: str) -> bool:
    """The item's text or its presenter line names the person."""
    return _mentions(f"{src.text} {src.item.presenter if src.item is not None else ''}", person)


def _mentions(text: str, person: str) -> bool:
    """The text names the person by surname."""
    return bool(re.search(rf"\b{re.escape(fold_ocr(person.split()[-1]))}\b", fold_ocr(text)))


def _topic_test(top: Source, terms: Terms, retriever: Retriever):
    """Whether a text (and its item title) is about the question as the top item is: it holds the
    question's rarest words that the top item holds and a second of its words ("When did the reuse pilot
    start?" is not answered by when the trainees start). None when no word of the question is in any item."""
    terms = as_terms(terms)
    df = {t: max(retriever.item_frequency(w) for w in {t} | f) for t, f in terms.items()}
    known = [t for t in terms if df[t]]  # a word in no item ("receive") says nothing about the topic
    if not known:
        return None
    # a number ("steg 2") names no topic while a word does
    words = [t for t in known if not t.isdigit()] or known
    fewest = min(df[t] for t in words)
    # the rarest words (several as rare: all those the top item holds, "supplier" and "step" and "plan")
    rarest = {t for t in words if df[t] == fewest}
    rarest = shared({t: terms[t] for t in rarest}, content_terms(top.text) | content_terms(top.item_title)) or rarest
    need = min(2, len(known))

    def about(text: str, title: str) -> bool:
        # the rarest word alone may be one that asks ("meant to achieve" ~ "syftar"): a second word must agree
        held = shared(terms, content_terms(text) | content_terms(title))
        return rarest <= held and len(held) >= need
    return about


def _on_topic(picked: list[_Unit], top: Source, terms: Terms, retriever: Retriever) -> list[_Unit]:
    """The picked units that are about the question: those of the top item, and others about it as it is."""
    about = _topic_test(top, terms, retriever)
    if about is None:
        return picked
    return [u for u in picked if u.source is top or about(u.text, u.source.item_title)]


def _unnamed(question: str, trusted: list[Source]) -> list[str]:
    """The names the question states that none of the trusted items holds. English domain
    words a question capitalises are no names."""
    return unnamed(question, " ".join(fold_ocr(s.text + " " + s.item_title) for s in trusted), GLOSSARY_WORDS)


# "Vad stod i antikrångelrapporten om upphandling?": a closing "om …" narrows the topic to a part of it
_ABOUT_TAIL = re.compile(r"\b(?:om|angaende|gallande)\s+((?:[\w'’-]+\s*){1,2})\W*$")


def _unqualified(question: str, lang: str, top: Source, terms: Terms) -> list[str]:
    """The words of a closing "om …" that the item about the rest of the question lacks, when it holds the
    rest ("SKR:s antikrångelrapport" … "om upphandling"). Swedish questions only: an English word's Swedish
    form may be inside a compound the glossary cannot see ("wage" in "löneavdrag")."""
    m = _ABOUT_TAIL.search(fold_ocr(question).lower()) if lang == "sv" else None
    if not m:
        return []
    tail = {t: f for t, f in terms.items() if shared({t: f}, content_terms(m[1]) | {m[1].strip()})}
    rest = {t: f for t, f in terms.items() if t not in tail}
    if not tail or not rest:
        return []
    held = source_terms(top)
    if len(shared(rest, held)) < max(1, len(rest) - 1):
        return []  # the item is not plainly about the rest either: retrieval decides, as before
    # "Vegeå-satsningen" is held where the item holds each part ("Satsning i Vegeåns …")
    parted = {t for w in re.findall(r"\w+(?:-\w+)+", m[1]) for t in content_terms(w)
              if all(shared(as_terms({p} | content_terms(p)), held) for p in w.split("-"))}
    # "hållbar" is held by "hållbarhet" (stemmed "hallbar"): the question's word whole, as (the head of) the item's
    # (its stem, "hallb", is too short a head to count as one)
    headed_by = {t for w in re.findall(r"\w{5,}", m[1]) for t in content_terms(w)
                 if any(h.startswith(w) for h in held)}
    return sorted(t for t, f in tail.items()
                  if not t.isdigit() and t not in parted and t not in headed_by and not shared({t: f}, held))


def _presenter_line(s: Source) -> str:
    return f"- Föredragande: {s.item.presenter} [{s.rank}] ({_where(s)})"


def _bare(text: str) -> str:
    """A quoted sentence without the list bullet it had in the minutes (the answer has its own)."""
    return text.lstrip("•·*–- ")


def _where(s: Source) -> str:
    return f"{MEETING_LABEL} {s.meeting.date}, {s.item.label if s.item else s.item_title}"


def _decision_bullets(s: Source, terms: Terms | None = None) -> list[str]:
    """The item's decisions; with ``terms``, only those naming what the item's title and the heading under
    it do not (of Expo Framtid's three ideas, the one the question names), when some do."""
    beyond = _beyond_title(terms, content_terms(headed(s))) if terms else {}
    mine = [d for d in s.item.decisions if beyond and shared(beyond, content_terms(d))]
    return [f"- {' '.join(d.split())} [{s.rank}]" for d in mine or s.item.decisions]


# "Who presented the accelerator update and what was decided?": the presenter line with the decisions
_WHO_PRESENTED = re.compile(r"\b(who presented|vem (?:som )?(?:foredrog|presenterade)|presenter|foredragande)\b")


def _decisions(lang: str, ev: Evidence, units: list[_Unit], terms: Terms, retriever: Retriever,
               presenter: bool = False) -> str:
    about = _topic_test(ev.trusted[0], terms, retriever)
    # another item's decisions belong to the answer when the item is about the question as the first one is
    # ("finansieringen för nätverket för infrastruktur …" is not the network's priorities)
    chosen = [s for s in ev.trusted if s.item is not None and s.item.decisions and
              (s is ev.trusted[0] or about is None or about(s.text, s.item_title))]
    if not chosen:
        return ""
    chosen.sort(key=lambda s: (s.meeting.date or "", s.item.index))
    lines = ["Beslut i protokollen:" if lang == "sv" else "Decisions in the minutes:"]
    for s in chosen:
        lines += ["", f"**{MEETING_LABEL} {s.meeting.date}** – {s.item.label}"] + _decision_bullets(s, terms)
        if presenter and s.item.presenter:
            lines.append(f"- Föredragande: {s.item.presenter} [{s.rank}]")
        if not any(shared(terms, content_terms(d)) for d in s.item.decisions):
            # The decision alone ("att notera informationen") does not say what it was about.
            # (the sentence naming most of what the title does not; two that name as much are both shown:
            # "budgetposten för delstudier" meets the gala's "budgetposten" and the studies' line alike)
            beyond = _beyond_title(terms, content_terms(headed(s)))
            ranked = sorted(((len(shared(beyond, content_terms(u.text))), u.score, u) for u in units
                             if u.source is s and u.text not in s.item.decisions), key=lambda x: x[:2], reverse=True)
            ctx = [u for n, _, u in ranked[:2] if n and n == ranked[0][0]] or [x[2] for x in ranked[:1]]
            label = "Ur punkten" if lang == "sv" else "From the item"
            lines += [f"  - {label}: ”{_bare(u.text)}” [{s.rank}]" for u in ctx]
    return "\n".join(lines)


_OVERVIEW = re.compile(r"\b(vad (?:sa|sade|sades|sags|star|stod) (?:motet |det |protokollet )?om|vad innehaller|"
                       r"vad (?:blev|var) (?:resultatet|utfallet)|"
                       r"vad innebar|vad handlar|beratta om|what (?:is|was|were|are) the\b|what was said|"
                       r"what does .* say|tell me about|what about|brief me|key points|explain|describe|"
                       r"what'?s going on|any news|förklara|forklara|beskriv|berätta kort)")


_WHAT_ABOUT = re.compile(r"^\W*(what|vad)\b.*\b(about|om|kring)\W*$|^\W*(what|vad) (?:did|was|were|has|have|har|hade|var)\b(?!.*\b(who|vem|when|nar|how|hur)\b)")


def _overview(lang: str, top: Source, units: list[_Unit]) -> str:
    """The item the question names, told in its own sentences and decisions (at most ten)."""
    mine = [u for u in units if u.source is top][:10]
    if not mine:
        return ""
    lines = [FROM_MINUTES[lang], "",
             # (the heading is quoted too: it may hold what was asked, "… utvecklingsstrategin ”Det öppna Skåne”")
             f"**{MEETING_LABEL} {top.meeting.date}** – {top.item.label if top.item else top.item_title} [{top.rank}]"]
    lines += [f"- {_bare(u.text)} [{top.rank}]" for u in mine]
    return "\n".join(lines)


QUESTION_PENALTY = 0.06  # a question the minutes pose, against the sentence that answers it (set on dev probes)
BEYOND_TITLE = 0.05  # weight of the question's words beyond the item title in a sentence (set on dev)
FACT_MARGIN = 0.03  # sentences within this of the best one are quoted too


def _pick(ev: Evidence, units: list[_Unit]) -> list[_Unit]:
    """The best sentences of the trusted items: the best one of the top item, and
    others only when they score nearly as well (at most four)."""
    if not units:
        return []
    top = ev.trusted[0]
    ranked = sorted(units, key=lambda u: -u.score)
    best_top = next((u for u in ranked if u.source is top), None)
    best = ranked[0]
    if best_top is not None and best_top.score >= best.score - FACT_MARGIN:
        best = best_top
    picked = [best]
    for u in ranked:
        if len(picked) >= 4 or u.score < best.score - FACT_MARGIN:
            break
        # (another sentence sharing none of the question's words is near only by its cosine: a neighbour)
        if u.text not in {p.text for p in picked} and (u.lex > 0 or best.lex == 0):
            picked.append(u)
    return _with_outcomes(picked, units)


_DECIDED_START = re.compile(r"^\s*(?:beslutades|beslöts|beslots|mötet beslutade|motet beslutade|beslut:)", re.I)


def _with_outcomes(picked: list[_Unit], units: list[_Unit]) -> list[_Unit]:
    """A picked list item ("• Cecilia Leijon … önskar komma …") with the decision its item goes on to state
    ("Beslutades att sekretariatschefen tar ett möte med Cecilia …"): in "Övrigt", a point and what was
    decided on it share one bullet."""
    out: list[_Unit] = []
    for p in picked:
        out.append(p)
        if not _LIST_ITEM.match(p.text):
            continue
        i = next(k for k, u in enumerate(units) if u is p)
        asks = p.text.rstrip(" ”\"'").endswith("?")
        for k, u in enumerate(units[i + 1:]):
            if u.source is not p.source or _LIST_ITEM.match(u.text):
                break
            # (a bullet that asks, "ska vi arbeta med frågan gemensamt?", is answered by the sentence after it)
            if (_DECIDED_START.match(u.text) or (asks and k == 0)) and u not in out and u not in picked:
                out.append(u)
    return out


_LIST_ITEM = re.compile(r"^\s*(?:[•·¢*\-–]|[oe] )\s*")
LIST_MAX = 8


def _with_lists(picked: list[_Unit], units: list[_Unit]) -> list[_Unit]:
    """``picked``, each sentence that introduces a list ("DE stora förändringarna … är:") followed
    by the list's items, which are what it says."""
    out: list[_Unit] = []
    for u in picked:
        if u not in out:
            out.append(u)
        if not u.text.rstrip().endswith(":") or u not in units:
            continue
        i = units.index(u) + 1
        while i < len(units) and units[i].source is u.source and _LIST_ITEM.match(units[i].text) and \
                len(out) < len(picked) + LIST_MAX:
            if units[i] not in out:
                out.append(units[i])
            i += 1
    return out


def _fact_lines(picked: list[_Unit], units: list[_Unit] | None = None) -> list[str]:
    return [f"- {_bare(u.text)} [{u.source.rank}] ({_where(u.source)})" for u in _with_lists(picked, units or [])]


def _facts(lang: str, picked: list[_Unit], units: list[_Unit] | None = None) -> str:
    return "\n".join([FROM_MINUTES[lang], ""] + _fact_lines(picked, units))


def _opening(it) -> str | None:
    """An item's first sentence of its own, when it says something (not a heading or a presenter line)."""
    first = next((t for t in sentences(it.body)
                  if len(t.split()) > 4 and not re.match(r"\W*(?:föredragande|feredragande)\b", t, re.I)), None)
    return _bare(first) if first else None


def _timeline(lang: str, ev: Evidence, sources: list[Source], retriever: Retriever, terms: Terms) -> str:
    """A dated timeline of the items that treat the topic: the trusted ones and any
    retrieved item holding a rare word or half the distinctive words of the question,
    each with its decisions or, without decisions, its first sentence."""
    rare = rare_words(retriever, terms)

    tails = {w for t, f in rare.items() for x in {t} | f for w in retriever.compounds_ending(x)}

    def holds_rare(st: frozenset[str]) -> bool:
        # as a word or the tail of a compound ("upphandling" in "Teleupphandling")
        return bool(exact(rare, st) or tails & st)

    items = [s for s in ev.trusted if s.item is not None]
    # The rare word names the topic when a trusted item's title holds it ("… – om upphandling"); then any item
    # holding it belongs ("Teleupphandling"). Otherwise it is one item's word (the network's "plans" in its
    # 2019 item), and another item holding only that word ("Projektplan för Återbruk") is no part of the topic.
    titled = [bool(rare) and holds_rare(frozenset(content_terms(s.item_title))) for s in items]
    named = bool(rare) and (not items or any(titled))
    # (a year the question names is when, not what: "changed since 2019" is no item's topic)
    topic = {t: f for t, f in terms.items() if not re.fullmatch(r"(?:19|20)\d\d", t)} or terms
    for s in sources:
        st = source_terms(s)
        if s.item is not None and s not in items and topic and \
                ((named and holds_rare(st)) or len(shared(topic, st)) / len(topic) >= 0.5):
            items.append(s)
    if not items:
        return ""
    if titled and titled[0]:
        # the rare word names the leading item ("Tidslinje för delstudierna om kollektivtrafik"): the items on
        # the sub-studies, not every item on public transport
        items = [s for s in items if holds_rare(source_terms(s))]
    items.sort(key=lambda s: (s.meeting.date or "", s.item.index))
    lines = ["Tidslinje ur protokollen:" if lang == "sv" else "Timeline from the minutes:"]
    for s in items:
        lines += ["", f"**{s.meeting.date}** – {s.item.label} [{s.rank}]"]
        if terms and not shared(terms, content_terms(s.item_title)):
            # An item about something else that mentions the topic ("Budget 2026" on the trainee
            # programme's anniversary): the sentences that mention it, not its own decisions.
            said = [t for t in sentences(s.item.body) if shared(terms, content_terms(t))][:2]
            if said:
                lines += [f"- {_bare(t)} [{s.rank}]" for t in said]
                # a heading within the item ("Projektet Tillgänglighetsguide"): what follows is about the
                # topic, so its decisions are too
                if not all(len(t.split()) <= 4 and not re.search(r"[.:!?]$", t.strip()) for t in said):
                    continue
        if s.item.decisions:
            # what the item was about, then what was decided ("Avstämning av utskickat förfrågningsunderlag
            # inför upphandling." before "att uppdra till sekretariatschef att inarbeta …")
            about = structured.about_noted(s.item) or _opening(s.item)
            if about:
                lines.append(f"- {about} [{s.rank}]")
            lines += _decision_bullets(s)
        elif s.item.body:
            lines.append(f"- {sentences(s.item.body)[0]} [{s.rank}]")
    return "\n".join(lines)


# --- follow-ups --------------------------------------------------------------------------------------
# a yes/no question opens with its verb ("Deltog Johan Lindberg …?", "Did …?"): a quote of its own words that
# denies it ("Johan Lindberg deltog inte.") answers it
_YES_NO = re.compile(r"^\W*(?:did|does|do|is|was|were|are|has|have|had|will|can|deltog|var|ar|har|hade|fick|kommer|"
                     r"ska|blev|gick|tog|finns|godkande|beslutade)\b", re.I)
# "Vilken punkt deltog inte Johan Lindberg i?": the item cited is the answer, so a quote of the question's own
# words ("Johan Lindberg deltog inte.") answers it
_ASKS_ITEM = re.compile(r"\b(?:which|what|in which|during which) (?:agenda )?(?:item|point)s?\b|"
                        r"\bvilke[nt] (?:dagordnings)?(?:punkt|arende)\w*|\bvilka (?:punkter|arenden)\b")
# who presented (not which ideas "presenterades")
_ASKS_PRESENTER = re.compile(r"\b(vem|vilka(?: \w+)? personer|vilka(?=(?: \w+){0,5}? (?:foredr|presenter|redovis|ledde))|who|"
                             r"which (?:\w+ )?(?:people|persons))\b.*\b(foredr\w*|presentera(?!des)\w*|presented|"
                             r"redovisade|ledde|led|went through|walked through|gick igenom|briefed|reported on|informed|"
                             r"gave feedback|provided feedback|aterkopplade|responded to|"
                             # "vem pratade om antikrångelrapporten", "who spoke about …"
                             r"pratade om|talade om|berattade om|spoke about|talked about|"
                             # "Vem tog upp frågan om unga chefer?", "Who brought up …?"
                             r"tog upp|tagit upp|brought up|raised)\b")
# the people of a follow-up's item who presented or led it ("Anna Pihlqvist återkopplade på …")
_PRESENTED = r"berättade|presenterade|redovisade|föredrog|ledde|återkopplade|genomförde"
# people presenting, as the minutes say it (not the passive "presenterades")
_PRESENTING = re.compile(r"\b(berättade|presenterade|redovisade|föredrog|informerade|informerar|återkopplade)\b")


_BARE_WHEN = re.compile(r"^\W*(?:och |and )?(?:nar|when)(?: (?:var|hande|skedde|ar|was|is|did) (?:det|detta|that|it|this)"
                        r"(?: happen)?)?\W*$")


def _word_within(terms: Terms, words: set[str]) -> bool:
    """Some word of ``terms`` is one of ``words``, or (without its ending) the head of one of their
    compounds: "dokumentet" in "strategidokument"."""
    return bool(shared(terms, words)) or any(len(t) >= 6 and t[:max(5, len(t) - 2)] in w
                                             for t in terms for w in words if len(w) > len(t) - 2)


def followup(question: str, lang: str, previous: list[Source], retrieval: Retrieval, retriever: Retriever,
             before: str = "") -> Answer:
    """A follow-up resolved to the previous answer's items: their presenter when asked
    who presented, else the sentences of those items that answer the question. ``before``: the
    previous question, whose words say which of an item's presenting sentences is meant."""
    srcs = renumbered(previous)
    # (an English question's words with their Swedish forms: "the study trip" is the minutes' "studieresa")
    said = distinctive_terms(before)
    topic = {t: f for t, f in question_terms(before, language(before)).items() if t in said} if before else {}
    lines: list[str] = []  # what the previous items' fields say
    if _ASKS_PRESENTER.search(fold_ocr(question)):
        for s in srcs:
            if s.item is not None and s.item.presenter:
                lines.append(_presenter_line(s))
            elif s.item is not None:
                said = [t for t in sentences(s.item.body) if re.search(rf"{_PRESENTED}|informerar|informerade", t)]
                # "What happened to the Vegeå project?" → "Who presented it?": a sentence where people
                # present (not the passive "presenterades"), then the one on the previous question's topic
                said.sort(key=lambda t: (not re.search(rf"(?:{_PRESENTED})(?!s)", t),
                                         -len(shared(topic, content_terms(t))), not _PAIR.search(t)))
                if said:
                    lines.append(f"- {said[0]} [{s.rank}] ({_where(s)})")
    elif _BARE_WHEN.match(fold_ocr(question).lower()):
        # "När?" after "Vem från regionen kommer till styrelsen?": the day the sentence about what is to come
        # names ("… på styrelsemötet den 5 dec"); after "Vem ledde punkten om rekrytering …?": the meeting's
        # date and the item's heading (with its time, where the agenda has one); after "Vad beslutades om
        # studieresan?" the day the decision sets ("genomförs 22 – 23 augusti"), with its meeting's date
        dated = [u for u in _units(retriever, retrieval, srcs, topic, before)
                 if shared(topic, content_terms(u.text)) and holds(DAY, u.text)] if topic else []
        if dated:
            best = max(dated, key=lambda u: u.score)
            lines = [f"- {best.text.strip(' •')} [{best.source.rank}] ({_where(best.source)})"]
        else:
            lines = [f"- {s.meeting.date}: {s.item.label if s.item is not None else s.item_title} [{s.rank}]"
                     for s in srcs if s.meeting.date]
    elif topicless_decision(question):
        # "What was decided?" after "Tell me about the anti-red-tape report": the decisions of those items
        lines = [f"- {' '.join(d.split())} [{s.rank}] ({_where(s)})"
                 for s in srcs if s.item is not None for d in s.item.decisions]
    if lines:
        text = "\n".join([FROM_MINUTES[lang], ""] + lines)
        return Answer(question, text, True, srcs, lang, cited=cited_ranks(text), intent="followup")
    terms = question_terms(question, lang)  # with an English word's Swedish forms ("ask for" ~ "begär")
    held = set().union(*(source_terms(s) for s in srcs)) if srcs else set()
    if lang == "sv" and any(len(t) >= 7 and retriever.item_frequency(t) and not _word_within({t: f}, held)
                            for t, f in terms.items()):
        # "Vad innehåller strategin om kollektivtrafik?" after "Det öppna Skåne": a long word of its own that
        # the previous items lack names a matter they do not treat: other items hold it (a verb of its own,
        # "föreslog", is no matter; nor an English word, which may have no Swedish form the glossary knows)
        return Answer(question, NOTHING[lang], False, srcs, lang, intent="followup")
    if _unnamed(question, srcs):
        # "Who from Bjuv took part in it?", "What about the one from Landskrona?": a name the previous items
        # do not hold is no part of their matter
        return Answer(question, NOTHING[lang], False, srcs, lang, intent="followup")
    ev = Evidence(True, srcs, "följdfråga")
    units = _units(retriever, retrieval, srcs, terms, question)
    picked = _pick(ev, units)
    strict = strict_asks(question)
    if not picked or lacking(question, strict, picked, retriever):
        # "Vem tog fram dokumentet?" after Vägval Skåne: the line on "dokumentet" names nobody, the one on the
        # "strategidokument" does ("Region Skåne har tagit fram …"); a line of the question's words that gives
        # what it asks for answers
        alt = [u for u in sorted(units, key=lambda u: -u.score) if _word_within(terms, content_terms(u.text))
               and not lacking(question, strict, [u], retriever)] if strict else []
        if not alt:
            # "Och när?" about items that state no date: the previous items do not answer it either
            return Answer(question, NOTHING[lang], False, srcs, lang, intent="followup")
        picked = alt[:1]
    # "Hur mycket fick den?" after "Vad sades om Näringslivsgalan?": the gala's line of the budget item, not
    # every amount in it (when a line on the previous topic answers)
    # (unless the question's own words are in another line: "Vem från regionen kommer till styrelsen?")
    # (only where it asks for a kind of answer, an amount or a day, that several lines give)
    on_topic = [u for u in picked if shared(topic, content_terms(u.text))] if topic and strict else []
    own = question_terms(question, lang)
    if on_topic and not any(shared(own, content_terms(u.text)) for u in picked if u not in on_topic) and \
            not lacking(question, strict, on_topic, retriever):
        picked = on_topic
    elif topic and strict and not on_topic and len(own) <= 1:
        # "Hur mycket budgeteras?" after "Vad sades om näringslivsgalan?": no line picked by the question's one
        # word is on the gala; its own line answers, when it gives the amount asked for (a question of more
        # words says what it asks itself: "Vem från regionen kommer till styrelsemötet?")
        near = sorted((u for u in units if shared(topic, content_terms(u.text))), key=lambda u: -u.score)
        if near and not lacking(question, strict, near[:1], retriever):
            picked = near[:1]
    text = _facts(lang, picked, units)
    return Answer(question, text, True, srcs, lang, cited=cited_ranks(text), intent="followup")
