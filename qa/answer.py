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
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np

from minutes.records import MEETING_LABEL, Meeting, Source
from minutes.text import addresses_model, fold_ocr, sentences

from . import structured
from .evidence import (Evidence, Terms, as_terms, distinctive_terms, exact, question_terms, rare_words, shared,
                       source_terms, weigh)
from .claim_numbers import atoms, covered, unit_atoms
from .glossary import GLOSSARY
from .intent import BOARD_DECISION_Q, MUNICIPALITIES, Intent, deciding_body, language
from .lexical import STOP, content_terms
from .names import unnamed
from .retrieve import Retrieval, Retriever

__all__ = ["Answer", "NOTHING", "extractive", "followup", "language", "distinctive_terms", "answer_structured"]

NOTHING = {
    "sv": "Jag hittar inget om det i protokollen.",
    "en": "I find nothing about that in the minutes.",
}


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
           "led": "Protokollen anger inget som {who} lett; här är var {who} nämns:"},
    "en": {"presented": "The minutes record nothing {who} presented; here is where {who} is mentioned:",
           "assigned": "The minutes record no assignment for {who}; here is where {who} is mentioned:",
           "led": "The minutes record nothing {who} led; here is where {who} is mentioned:"},
}


# --- structured intents ----------------------------------------------------------------------------
def answer_structured(question: str, intent: Intent, lang: str, meetings: list[Meeting], retriever: Retriever,
                      with_attendance: bool = False, current: bool = False,
                      known: dict[str, str] | None = None) -> Answer | None:
    """Meeting, attendance, role and person questions, over ``meetings`` (already
    narrowed by the question's dates). None when the structure holds nothing."""
    c = structured.Citer(retriever)
    if intent.kind == "meeting":
        lines = structured.meeting_agenda(meetings, lang, with_attendance, c)
    elif intent.kind == "place":
        lines = structured.place(meetings, lang, c)
    elif intent.kind == "attendance":
        lines = structured.attendance(meetings, intent, lang, c)
    elif intent.kind == "role":
        lines = structured.role(meetings, intent, lang, retriever, c, current, known)
    elif intent.kind == "person":
        asks = structured.person_asks(question)
        lines = structured.person(meetings, intent, lang, retriever, c, asks)
        if not lines and asks:
            # nothing of that kind: every mention of the person, said so
            c = structured.Citer(retriever)
            lines = structured.person(meetings, intent, lang, retriever, c)
            if lines:
                lines[0] = _NOT_RECORDED[lang][asks].format(who=intent.person)
    else:
        return None
    if not lines or not c.sources:
        return None
    text = "\n".join(lines)
    # the mentions of a person who presented (was assigned, led) nothing do not answer the question
    answered = not (intent.kind == "person" and lines[0] == _NOT_RECORDED[lang].get(structured.person_asks(question) or "",
                                                                               "").format(who=intent.person))
    return Answer(question, text, answered, c.sources, lang, cited=cited_ranks(text), intent=intent.kind)


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


# A day: "22 – 23 augusti", "2025-12-05", "5/3", or a meeting named by its month ("beslut fattas
# på decembermötet" says when, as a date does).
_DAY = re.compile(r"\b\d{1,2}\s*(?:[–-]\s*\d{1,2}\s*)?(?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)\w*|"
                  r"\b(?:19|20)\d\d-\d\d-\d\d\b|\b\d{1,2}/\d{1,2}\b|"
                  r"\b(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)m\w{0,3}te",
                  re.I)
# What kind of words answer the question: a date (a day, a year or a season), an amount, a name, a place.
_ASKS = [
    (re.compile(r"\b(nar|until when|when|since when|datum|date|vilken dag)\b"),
     re.compile(_DAY.pattern + r"|\b(?:19|20)\d\d\b|sommaren|hosten|varen|\b(?:under|efter|fore|innan|vid) (?:lunchen|motet|dagen)\b|"
                r"i samband med", re.I)),
    (re.compile(r"\b(hur mycket|how much|belopp|amount|kostar|kostade|cost|pengar|money|budget\w*|kronor|set aside|"
                r"avsatt\w*|avsatts)\b"),
     # an amount with its unit, or a sum written in thousands ("från 500 000 till 150 000")
     re.compile(r"\d[\d .,]*\s*(?:kr|kronor|mkr|miljon|%)|\d+\s*%|(?<![\d.,-])\d{1,3}(?:[ .]\d{3})+(?![\d-])", re.I)),
    (re.compile(r"\b(vem|vilka|who|whom)\b"), re.compile(r"\b[A-ZÅÄÖ][a-zåäöé]+ [A-ZÅÄÖ][a-zåäöé]+")),
    (re.compile(r"\b(var |where|plats|place|location)"), re.compile(r"\b(på|pa|i|från|fran) [A-ZÅÄÖ]\w+")),
]
# Questions whose answer must be a date, an amount, a count or a name: quotes that state none do not
# answer them ("How many trainees start…?" is not answered by "Traineeerna som startar till hösten …").
# "Which company/consultancy/agency …?" is answered by a firm's name ("Startpoint Advisory", "Leadership
# ARTS"), not by "extern leverantör" or by the public body that sent the letter.
_ASKS_FIRM = re.compile(r"\b(which|what) (\w+ )?(compan\w*|firm|consultan\w*|agency|operator|supplier|vendor|contractor|"
                        r"provider)\b|\b(vilket|vilken) (\w+ )?\w*(foretag|konsult\w*|byra|leverantor|operator|firma|bolag)\b")
_FIRM = re.compile(r"\b[A-ZÅÄÖ][\w-]+ (?:Advisory|Consulting|Consultants|Partners|Group|AB|ARTS|Ltd|Inc|Konsult\w*)\b|"
                   r"\b[A-ZÅÄÖ]{3,}\b")
# A board decision the directors' minutes refer to: "enligt beslut i styrelsen 181130", "process antagen
# på styrelsemötet den 27 oktober 2023", "som styrelsen beslutade om".
_BOARD_SAID = re.compile(r"beslut(?:et)? i styrelsen|styrelse\w* (?:har )?(?:beslutat|beslutade|beslot|beslöt|antog|antagit|"
                         r"godkänt|godkande|godkände)|antag\w* (?:på|pa|av|i) styrelse\w*|"
                         r"styrelsen (?:har )?beslutat", re.I)
# A reason or purpose stated: "eftersom …", "syftar till att …", "för att …" ("återkopplar skälen" gives none).
_REASON = re.compile(r"\b(eftersom|darfor|därför|darmed|därmed|pa grund av|på grund av|for att|för att|syft\w*|i syfte|"
                     r"skal(?:et|en)? (?:ar|är|var)|anledning\w* (?:ar|är|var)|because|due to|in order to|so that|"
                     r"the reason)\b", re.I)
_MUNICIPALITY = re.compile(r"(?<!familjen )\b(?:" + "|".join(MUNICIPALITIES) + r")s?\b", re.I)  # not "Familjen Helsingborg"
# A person or municipality, or the named agent of a passive ("görs av Startpoint") or a firm.
_NAMED = re.compile(r"\b[A-ZÅÄÖ][a-zåäöé]+ [A-ZÅÄÖ][a-zåäöé]+|\b(?:" + "|".join(MUNICIPALITIES) + r")\b|"
                    r"\b(?:av|by) [A-ZÅÄÖ][\w-]{2,}|" + _FIRM.pattern)
_STRICT = [(re.compile(r"\b(nar|until when|when|since when|vilket datum|what date|vilken dag|deadline|sista dag\w*)\b"),
            _ASKS[0][1],
            "inget datum", "no date"),
           (re.compile(r"\b(hur mycket|how much|kostar|kostade|cost|belopp|amount|earn\w*|salary|salaries|tjanade)\b"),
            _ASKS[1][1],
            "inget belopp", "no amount"),
           (re.compile(r"\b(hur manga|how many|in numbers|i siffror|figures|statisti\w*)\b"),
            re.compile(r"\d|\b(tva|tre|fyra|fem|sex|sju|atta|nio|tio|two|three|four|five|six|seven|eight|nine|ten)\b"),
            "inget antal", "no number"),
           (re.compile(r"^\W*(who|whom|vem)\b|\b(vilka personer|which people)\b"),
            _NAMED, "ingen person eller kommun", "no person or municipality"),
           (re.compile(r"\b(vilka kommuner|vilken kommun|which municipalit\w*)\b"), _MUNICIPALITY, "ingen kommun",
            "no municipality"),
           # "What did X think of …?", "How did they vote?", "Who won …?": the quotes must say so
           (re.compile(r"\b(think|thought|felt|feel|opinion|view of|tyckte|tycker|ansag|asikt|uppfattning)\b"),
            re.compile(r"\b(tyck\w*|anser|ansag|ansåg|menade|upplev\w*|synpunkt\w*|reflekter\w*|positiv\w*|"
                       r"negativ\w*|nojd\w*|nöjd\w*|kritisk\w*|thinks?|thought|felt|opinion)\b", re.I),
            "ingen åsikt", "no opinion"),
           (re.compile(r"\b(vote\w*|voting|rosta\w*|rostade|rostning|votering)\b"),
            re.compile(r"\b(röst\w*|rost\w*|vot\w*|enhällig\w*|enhallig\w*|unanim\w*|majoritet\w*)\b", re.I),
            "ingen omröstning", "no vote"),
           (re.compile(r"\b(vann|won|win|wins|winner|vinnare|awarded|tilldelades)\b"),
            re.compile(r"\b(vann|vinn\w*|tilldela\w*|won|award\w*|fick uppdraget|fick kontraktet)\b", re.I),
            "ingen vinnare", "no winner"),
           (_ASKS_FIRM, _FIRM, "inget företagsnamn", "no company name"),
           (re.compile(r"^\W*(why|varfor)\b|\b(for what reason|av vilken anledning|what was the reason|vad var skalet)\b"),
            _REASON, "inget skäl", "no reason"),
           (BOARD_DECISION_Q, _BOARD_SAID, "inget beslut av styrelsen", "no decision of the board"),
           (re.compile(r"\b(total\w*|in all|overall|sammanlag\w*|summan?|allt som allt)\b"),
            re.compile(r"\b(total\w*|sammanlag\w*|summa\w*|allt som allt|in all)\b", re.I), "ingen totalsumma", "no total")]


# "How many X …?" is answered by a number that counts X ("krockar två gånger"), not by any number in
# the sentence ("den 27 oktober 2023 … prioriteringar"): dates and years are no counts.
_COUNT_Q = re.compile(r"\b(?:how many|hur manga)\s+([a-z]+)(?:\s+([a-z]+))?")
_NUMBER = r"(?:\d+|tva|tre|fyra|fem|sex|sju|atta|nio|tio|elva|tolv|two|three|four|five|six|seven|eight|nine|ten)"
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


@lru_cache(maxsize=256)
def _counted(question: str) -> re.Pattern | None:
    """A number followed (within two words) by a word for what the question counts, if it names one."""
    from .glossary import swedish_forms

    m = _COUNT_Q.search(fold_ocr(question).lower())
    if not m:
        return None
    said = " ".join(w for w in m.groups() if w)
    stems = content_terms(said) | {f for fs in swedish_forms(said).values() for f in fs}
    stems = {t for t in stems if len(t) >= 3 and not t.isdigit()}
    if not stems:
        return None
    alts = "|".join(sorted((re.escape(t) for t in stems), key=len, reverse=True))
    return re.compile(rf"\b{_NUMBER}\s+(?:\w+\s+){{0,2}}?(?:{alts})", re.I)


def _counts(question: str, text: str) -> bool:
    rx = _counted(question)
    if rx is None:
        return True
    t = _YEAR.sub(" ", _DAY.sub(" ", fold_ocr(text).lower()))
    return bool(rx.search(t))


# "Which hotel …?", "What score did …?", "Vilket miljöförbund …?": the thing asked for must be named in
# the quotes; an item about the study trip that names no hotel does not answer which hotel.
_WHICH_EN = re.compile(r"^\W*(?:which|what)\s+((?:[a-z-]+\s+){1,6}?)(?:did|does|do|is|was|were|are|will|would|can|"
                       r"could|should|has|have|had|must|may)\b")
_WHICH_SV = re.compile(r"^\W*(?:vilken|vilket|vilka|vad for)\s+(?:(?:ny|nya|nytt|annan|annat|andra|stora|storsta)\s+)?"
                       r"([a-z]+)")
_PREPOSITION = re.compile(r"\b(?:in|of|for|on|at|from|about|to|with|by|during)\b.*")
# nouns other checks answer (a date, an amount, a firm, people, municipalities) or that ask for a kind
_WHICH_SKIP = set("""kind type sort time times date day days year years month months amount sum cost company companies
    firm consultancy consultant consultants agency operator supplier vendor contractor provider people person persons
    municipality municipalities decision decisions one ones other else more
    aim aims purpose goal goals reason reasons way ways role roles result results outcome outcomes status topic topics
    issue issues idea ideas point points message change changes step steps question questions task tasks
    assignment information process plan plans part parts view views conclusion conclusions
    dag datum tid ar manad belopp summa foretag konsult byra leverantor personer person kommun kommuner beslut fler
    ovriga an som syfte mal skal satt roll resultat utfall fraga fragor uppdrag information process plan del
    utgor galler ska skall har hade ar var blir blev kan kommer far fick ledde leder deltog deltar foreslog
    presenterade beslutade tog gjorde sa sade ansvarar hölls holls halls togs behover skulle""".split())
# "Which organisation is X from?" is answered by a name (Leadership ARTS), not by the word itself
_NAMED_BY = set("organisation organization organisations organizations body bodies network networks group groups "
                "association associations authority authorities forum actor actors "
                "organisationer organisationerna myndighet myndigheter aktor aktorer forbund natverk".split())


_STOP_FOLDED = frozenset(fold_ocr(w) for w in STOP)


@lru_cache(maxsize=256)
def _asked_thing(question: str) -> str:
    """The noun a which/what question asks for an instance of, or ""."""
    fq = fold_ocr(question).lower()
    m = _WHICH_EN.match(fq)
    if m:
        words = _PREPOSITION.sub("", m.group(1)).split()
        head = words[-1] if 1 <= len(words) <= 3 else ""
    else:
        m = _WHICH_SV.match(fq)
        head = m.group(1) if m else ""
    return "" if head in _WHICH_SKIP or head in _STOP_FOLDED else head


def _names_thing(question: str, about: list[_Unit], retriever: Retriever) -> bool:
    """Whether the quotes name what a which/what question asks for (true when it asks for nothing
    particular, or names an English word neither the glossary nor the minutes know)."""
    from .glossary import GLOSSARY, swedish_forms

    head = _asked_thing(question)
    if not head:
        return True
    forms = content_terms(head) | {f for fs in swedish_forms(head).values() for f in fs}
    known = language(question) == "sv" or head in GLOSSARY or any(retriever.item_frequency(t) for t in forms)
    if not known or not forms:
        return True
    held = set().union(*(content_terms(u.text) | content_terms(u.source.item_title) for u in about)) if about else set()
    if head in _NAMED_BY and any(_holds(_FIRM, u.text, question) or _holds(_NAMED, u.text, question) for u in about):
        return True
    # a Swedish compound names the thing by its tail or head ("vattenavrinningsområde" names an area)
    return any(f in held or (len(f) >= 4 and any(h.endswith(f) or h.startswith(f) for h in held)) for f in forms)


def _holds(rx: re.Pattern, text: str, question: str = "") -> bool:
    """``text`` states what ``rx`` looks for, not counting the numbers the question itself
    states (the "2026" of "When is the 2026 budget decided?" answers nothing)."""
    own = _own_numbers(question)
    if own is not None:
        text = own.sub(" ", text)
    if rx in (_NAMED, _MUNICIPALITY) and not _WHO_IS.match(question):
        # "Who replaced Johan Lindberg?" is not answered by "Johan Lindberg deltog inte"; "Who is
        # Natalie Bockstiegel?" asks about the name itself
        text = _own_names(question).sub(" ", text)
    return bool(rx.search(text) or rx.search(fold_ocr(text)))


_COUNT_LACK = (None, None, "inget antal", "no number")
_LABEL = re.compile(r"\b(?:steg|omgang|punkt|step|round|item|nr)\s*\d+", re.I)
_IN_NUMBERS = re.compile(r"\b(in numbers|i siffror|figures|statisti\w*)\b")
_WHO_IS = re.compile(r"^\W*(?i:who|vem)\s+(?i:is|was|are|were|är|ar|var)\s+[A-ZÅÄÖ]")


@lru_cache(maxsize=256)
def _own_names(question: str) -> re.Pattern:
    """The capitalised words a question states after its first word (its names)."""
    words = sorted({w for w in re.findall(r"(?<!^)\b[A-ZÅÄÖ][a-zåäöé]+", question.strip())}, key=len, reverse=True)
    return re.compile(rf"\b(?:{'|'.join(words)})\b") if words else re.compile(r"(?!x)x")


@lru_cache(maxsize=256)
def _own_numbers(question: str) -> re.Pattern | None:
    """The numbers a question states, as standalone numbers (once per question: ``_holds`` runs per unit)."""
    nums = sorted(set(re.findall(r"\d+", question)), key=len, reverse=True)
    return re.compile(rf"(?<![\d-])(?:{'|'.join(nums)})(?![\d-])") if nums else None



def _units(retriever: Retriever, retrieval: Retrieval, sources: list[Source], terms: set[str] | Terms,
           question: str) -> list[_Unit]:
    """The quotable units of ``sources``, scored against the question: cosine, the
    share of its distinctive words in the unit or its item title, and whether the
    unit holds the kind of thing asked for (a date for "när", an amount for "hur mycket")."""
    q = np.asarray(retrieval.query_embedding, dtype=np.float32)
    fq = fold_ocr(question)
    wants = [ans for ask, ans in _ASKS if ask.search(fq)]
    terms = as_terms(terms)
    weight = {t: min(retriever.idf(w) for w in {t} | f) for t, f in terms.items()}
    total = sum(weight.values()) or 1.0
    out: list[_Unit] = []
    for src in sources:
        title_terms = content_terms(src.item_title)
        # the question's words beyond the item's title say which of its sentences answers
        beyond = {t: f for t, f in terms.items() if not shared({t: f}, title_terms)}
        beyond_total = sum(weight[t] for t in beyond) or 1.0
        decisions = set(src.item.decisions) if src.item is not None else set()
        for u in retriever.units_for(retriever.ref_of(src)):
            text = retriever.unit_text[u]
            if addresses_model(text):
                continue  # a planted instruction is never quoted as an answer
            sim = float(retriever.unit_emb[u] @ q) if q.size == retriever.unit_emb.shape[1] else 0.0
            uterms = content_terms(text)
            lex = (sum(weight[t] for t in shared(terms, uterms))
                   + 0.5 * sum(weight[t] for t in shared(terms, title_terms - uterms))) / total
            held = [w for w in wants if _holds(w, text, question)]
            # a day beats a bare year for "när/when": "2025-12-05" over "jämfört med Budget 2025"
            bonus = 0.015 if held == [_ASKS[0][1]] and not _holds(_DAY, text, question) else 0.03 if held else 0.0
            if any(" ".join(d.split()) == text for d in decisions):
                bonus += 0.01  # what the meeting decided outweighs the presentation that led to it
            elif len(text.split()) < 8 and not re.search(r"[.:!?]$", text) and not re.search(r"\d", text):
                bonus -= 0.03  # a sub-heading says what follows, not what was said
            bonus += BEYOND_TITLE * sum(weight[t] for t in shared(beyond, uterms)) / beyond_total
            out.append(_Unit(src, text, sim, lex, bonus))
    return out


def extractive(question: str, retrieval: Retrieval, retriever: Retriever, intent: Intent | None = None) -> Answer:
    """Decision, fact and timeline answers over the retrieved items."""
    lang = language(question)
    intent = intent or Intent("fact")
    sources = retrieval.sources
    terms = question_terms(question, lang)
    ev = weigh(retrieval, retriever, terms, spread=intent.kind == "timeline")
    if not ev.grounded:
        return Answer(question, NOTHING[lang], False, sources, lang, intent=intent.kind)
    missing = _unnamed(question, ev.trusted)
    if missing:
        # "the trainee programme in Malmö": the items are about the topic, not about Malmö
        a = Answer(question, NOTHING[lang], False, sources, lang, intent=intent.kind)
        a.note = (f"Punkterna som handlar om frågan nämner inte {', '.join(missing)}." if lang == "sv" else
                  f"The items about the question do not mention {', '.join(missing)}.")
        return a
    if intent.kind == "timeline":
        text = _timeline(lang, ev, sources, retriever, terms)
        if text:
            return Answer(question, text, True, sources, lang, cited=cited_ranks(text), intent="timeline")
    units = _units(retriever, retrieval, ev.trusted, terms, question)
    top = ev.trusted[0]
    strict = [x for x in _STRICT if x[0].search(fold_ocr(question))]
    titled = bool(terms) and len(shared(terms, content_terms(top.item_title))) / len(terms)
    # "What did the secretariat inform about?" names the item "Information från sekretariatet": its content answers
    names_item = titled == 1.0 and len(terms) >= 2 and _WHAT_ABOUT.search(fold_ocr(question))
    if intent.kind == "fact" and not strict and terms and \
            ((_OVERVIEW.search(fold_ocr(question)) and titled >= 0.5) or names_item):
        text = _overview(lang, top, units)
        if text:
            return Answer(question, text, True, sources, lang, cited=cited_ranks(text), intent="fact")
    if intent.kind == "decision":
        text = _decisions(lang, ev, units, terms)
        if text:
            return Answer(question, text, True, sources, lang, cited=cited_ranks(text), intent="decision")
    if intent.kind == "fact" and _ASKS_PRESENTER.search(fold_ocr(question)) and top.item is not None and \
            top.item.presenter and not re.search(r"\b(ledde|led)\b", fold_ocr(question)):
        # "Who presented the summary of SKR's report?": the item's presenter line says it
        text = "\n".join(["Ur protokollen:" if lang == "sv" else "From the minutes:", "", _presenter_line(top)])
        return Answer(question, text, True, sources, lang, cited=cited_ranks(text), intent=intent.kind)
    picked = _pick(ev, units)
    if not picked:
        return Answer(question, NOTHING[lang], False, sources, lang, intent=intent.kind)
    about = _on_topic(picked, top, terms, retriever)
    lacks = _lacking(question, strict, about, retriever)
    if intent.kind == "fact" and lacks:
        # the best sentence misses what is asked; another sentence of the same item that shares the
        # question's words and states it answers instead ("… därmed inget gemensamt arbete")
        # (a word of the item's title says only that the sentence is about the item, not about the question)
        # nor does a word that asks ("styrelsen" of "vad beslutade styrelsen")
        fq = fold_ocr(question)
        asking = content_terms(" ".join(" ".join(g for g in m.groups() if g) or m.group(0)
                                        for x in strict for m in [x[0].search(fq)] if m))
        beyond = {t: f for t, f in as_terms(terms).items()
                  if t not in asking and not shared({t: f}, content_terms(top.item_title))}
        mine = [u for u in units if u.source is top and u not in picked]
        if top.item is not None and top.item.presenter:
            # the presenter line ("Föredragande: …, Mikael Kipowski, Helsingborg stad, närvarade") is no unit
            # of its own; it may say who
            mine.append(_Unit(top, f"Föredragande: {top.item.presenter}", 0.0, 0.0))
        rest = sorted((u for u in mine if shared(beyond, content_terms(u.text))), key=lambda u: -u.score)
        extra = next((u for u in rest if not _lacking(question, strict, about + [u], retriever)), None)
        if extra is not None:
            picked, lacks = picked + [extra], []
    if intent.kind == "fact" and lacks:
        # "When was the accelerator programme started?": the item is about it, but states no date
        a = Answer(question, NOTHING[lang], False, sources, lang, intent=intent.kind)
        where = f"{top.meeting.date}, {top.item.label if top.item else top.item_title}"
        a.note = (f"Punkten som handlar om frågan ({where}) anger {lacks[0][2]}." if lang == "sv" else
                  f"The item about the question ({where}) states {lacks[0][3]}.")
        return a
    text = _facts(lang, picked)
    return Answer(question, text, True, sources, lang, cited=cited_ranks(text), intent=intent.kind)


# "Which municipalities declined …?", "Vilka kommuner valde att delta?", "Who was elected …?": an outcome
# the quotes must state (an offer to take part says nothing of who declined or chose to).
_OUTCOME_ASKED = [
    (re.compile(r"\b(declin\w*|refus\w*|turned down|tackade nej|avbojd\w*|avstod)\b"),
     re.compile(r"\b(tackade nej|avböj\w*|avboj\w*|avstå\w*|avsta\w*|avstod|declin\w*|refus\w*)", re.I)),
    (re.compile(r"\b(accept\w*|tackade ja)\b"), re.compile(r"\b(tackade ja|accept\w*|antog erbjudandet)", re.I)),
    (re.compile(r"\b(joined|anslot|gick med)\b"), re.compile(r"\b(anslöt|anslot|anslutit|gick med|deltar|deltog|joined)\b", re.I)),
    # "What did the report recommend?": a recommendation the quotes state
    (re.compile(r"\b(recommend\w*|rekommend\w*)\b"), re.compile(r"\b(rekommend\w*|recommend\w*|föreslår|foreslar|"
                                                                    r"föreslog|foreslog|förslag\w*|forslag\w*)", re.I)),
    (re.compile(r"\b(chose|chosen|selected|elected|appointed|valde|valdes|utsags|utsedd\w*)\b"),
     re.compile(r"\b(valde|valdes|vald|valts|väljas|valjas|utsågs|utsags|utsedd\w*|chose|chosen|selected|elected|"
                r"appointed)\b", re.I)),
]
# "How long …?" is answered by a duration, a span of clock times, or an end ("till den 31 oktober", "sedan 2015")
_ASKS_DURATION = re.compile(r"\b(how long|hur lange|hur lang tid)\b")
_DURATION = re.compile(r"\b\d+\s*(?:min\w*|tim\w*|hours?|dag\w*|days?|veck\w*|weeks?|månad\w*|manad\w*|months?|år|ar|years?)\b|"
                       r"\b(?:en|ett|två|tva|tre|fyra|fem|one|two|three|four|five) (?:timm\w*|hours?|dag\w*|days?|veck\w*|"
                       r"weeks?|månad\w*|manad\w*|months?|år|ar|years?)\b|"
                       r"\d{1,2}[.:]\d\d\s*[-–]\s*\d{1,2}[.:]\d\d|\btill (?:den )?\d|\bsedan \d{4}|\bsince \d{4}", re.I)
_IN_UNIT = re.compile(r"\b(?:in|i) (months|manader|weeks|veckor|days|dagar|hours|timmar|minutes|minuter)\b")
_UNITS = {"mon": "(?:manad|month)", "man": "(?:manad|month)", "wee": "(?:veck|week)", "vec": "(?:veck|week)",
          "day": "(?:dag|day)", "dag": "(?:dag|day)", "hou": "(?:tim|hour)", "tim": "(?:tim|hour)",
          "min": "(?:min)"}
# "When was X started?" is answered by a date that says so, not by any date of the item
_ASKS_START = re.compile(r"\b(nar|when)\b.*\b(start\w*|begin\w*|began|begun|launch\w*|borja\w*|inled\w*|paborja\w*)\b")
_STARTED = re.compile(r"\b(start\w*|börja\w*|borja\w*|inled\w*|påbörja\w*|paborja\w*|drog igång|launch\w*|began|begun)",
                      re.I)
_DECIDED = re.compile(r"beslut|besluta|decid|godk|antog|agreed", re.I)


def _lacking(question: str, strict: list, about: list[_Unit], retriever: Retriever) -> list[tuple]:
    """What the question asks for (a date, an amount, a count, the thing a which-question names …)
    that the units ``about`` it do not state."""
    lacks = [x for x in strict if not any(_holds(x[1], u.text, question) for u in about)]
    fq = fold_ocr(question)
    if not lacks and _ASKS_DURATION.search(fq) and not any(_holds(_DURATION, u.text, question) for u in about):
        lacks.append((None, None, "ingen tidsrymd", "no duration"))
    unit = _IN_UNIT.search(fq)
    if not lacks and unit and not any(re.search(rf"\b{_UNITS[unit.group(1)[:3]]}", fold_ocr(u.text)) for u in about):
        # "… in months": a span stated in years is no answer in months (the reader would have to compute it)
        lacks.append((None, None, "ingen tidsrymd i den enheten", "no span in that unit"))
    if not lacks and _ASKS_START.search(fq) and not any(
            _holds(_ASKS[0][1], u.text, question) and _STARTED.search(u.text + " " + u.source.item_title) for u in about):
        lacks.append((None, None, "inget startdatum", "no start date"))
    days = {a for a in atoms(question) if a[0] in ("dm", "date", "mon")}
    if not lacks and days and BOARD_DECISION_Q.search(fq) and not any(
            _holds(_BOARD_SAID, u.text, question) and all(covered(a, unit_atoms(u.text)) for a in days) for u in about):
        # "… den 5 december?" is not answered by the board decision of 181130
        lacks.append(next(x for x in _STRICT if x[1] is _BOARD_SAID))
    body = deciding_body(fq)
    if not lacks and body:
        said = as_terms(content_terms(body))
        if not any(shared(said, content_terms(u.text)) and _DECIDED.search(u.text) for u in about):
            lacks.append((None, None, f"inget beslut av {body}", f"no decision by {body}"))
    for ask, said in _OUTCOME_ASKED:
        if not lacks and ask.search(fq) and not any(said.search(u.text) or said.search(fold_ocr(u.text)) for u in about):
            lacks.append((None, None, "inte utfallet", "no outcome"))
    if _counted(question) is not None and not lacks and not any(_counts(question, u.text) for u in about):
        lacks.append(_COUNT_LACK)
    if not lacks and _IN_NUMBERS.search(fold_ocr(question)) and not any(
            re.search(r"\d", _LABEL.sub(" ", _YEAR.sub(" ", _DAY.sub(" ", fold_ocr(u.text))))) for u in about):
        lacks.append(_COUNT_LACK)  # "the results in numbers": a date or "steg 2" is no figure
    if not lacks and not _names_thing(question, about, retriever):
        thing = _asked_thing(question)
        lacks.append((None, None, f"inget om {thing}", f"nothing on {thing}"))
    return lacks


def _on_topic(picked: list[_Unit], top: Source, terms: Terms, retriever: Retriever) -> list[_Unit]:
    """The picked units that are about the question: those of the top item, and others that hold
    its rarest word ("When did the reuse pilot start?" is not answered by when the trainees start)."""
    terms = as_terms(terms)
    df = {t: max(retriever.item_frequency(w) for w in {t} | f) for t, f in terms.items()}
    known = [t for t in terms if df[t]]  # a word in no item ("receive") says nothing about the topic
    if not known:
        return picked
    rarest = min(known, key=lambda t: df[t])
    return [u for u in picked if u.source is top or
            rarest in shared({rarest: terms[rarest]}, content_terms(u.text) | content_terms(u.source.item_title))]


def _unnamed(question: str, trusted: list[Source]) -> list[str]:
    """The names the question states that none of the trusted items holds. English domain
    words a question capitalises are no names."""
    return unnamed(question, " ".join(fold_ocr(s.text + " " + s.item_title) for s in trusted), _GLOSSARY_WORDS)


# English domain words ("European" of "European Commission") are no names.
_GLOSSARY_WORDS = frozenset(GLOSSARY) | {w for k in GLOSSARY for w in k.split()}


def _presenter_line(s: Source) -> str:
    return f"- Föredragande: {s.item.presenter} [{s.rank}] ({_where(s)})"


def _bare(text: str) -> str:
    """A quoted sentence without the list bullet it had in the minutes (the answer has its own)."""
    return text.lstrip("•·*–- ")


def _where(s: Source) -> str:
    return f"{MEETING_LABEL} {s.meeting.date}, {s.item.label if s.item else s.item_title}"


def _decision_bullets(s: Source) -> list[str]:
    return [f"- {' '.join(d.split())} [{s.rank}]" for d in s.item.decisions]


def _decisions(lang: str, ev: Evidence, units: list[_Unit], terms: Terms) -> str:
    chosen = [s for s in ev.trusted if s.item is not None and s.item.decisions]
    if not chosen:
        return ""
    chosen.sort(key=lambda s: (s.meeting.date or "", s.item.index))
    lines = ["Beslut i protokollen:" if lang == "sv" else "Decisions in the minutes:"]
    for s in chosen:
        lines += ["", f"**{MEETING_LABEL} {s.meeting.date}** – {s.item.label}"] + _decision_bullets(s)
        if not any(shared(terms, content_terms(d)) for d in s.item.decisions):
            # The decision alone ("att notera informationen") does not say what it was about.
            ctx = max((u for u in units if u.source is s and u.text not in s.item.decisions),
                      key=lambda u: u.score, default=None)
            if ctx is not None:
                label = "Ur punkten" if lang == "sv" else "From the item"
                lines.append(f"  - {label}: ”{_bare(ctx.text)}” [{s.rank}]")
    return "\n".join(lines)


_OVERVIEW = re.compile(r"\b(vad (?:sa|sade|sades|sags|star|stod) (?:motet |det |protokollet )?om|vad innehaller|"
                       r"vad innebar|vad handlar|beratta om|what (?:is|was|were|are) the\b|what was said|"
                       r"what does .* say|tell me about|what about)")


_WHAT_ABOUT = re.compile(r"^\W*(what|vad)\b.*\b(about|om|kring)\W*$|^\W*(what|vad) (?:did|was|were|has|have|har|hade|var)\b(?!.*\b(who|vem|when|nar|how|hur)\b)")


def _overview(lang: str, top: Source, units: list[_Unit]) -> str:
    """The item the question names, told in its own sentences and decisions (at most ten)."""
    mine = [u for u in units if u.source is top][:10]
    if not mine:
        return ""
    lines = ["Ur protokollen:" if lang == "sv" else "From the minutes:", "",
             f"**{MEETING_LABEL} {top.meeting.date}** – {top.item.label if top.item else top.item_title}"]
    lines += [f"- {_bare(u.text)} [{top.rank}]" for u in mine]
    return "\n".join(lines)


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
        if u.text not in {p.text for p in picked}:
            picked.append(u)
    return picked


def _facts(lang: str, picked: list[_Unit]) -> str:
    lines = ["Ur protokollen:" if lang == "sv" else "From the minutes:", ""]
    for u in picked:
        lines.append(f"- {_bare(u.text)} [{u.source.rank}] ({_where(u.source)})")
    return "\n".join(lines)


def _timeline(lang: str, ev: Evidence, sources: list[Source], retriever: Retriever, terms: Terms) -> str:
    """A dated timeline of the items that treat the topic: the trusted ones and any
    retrieved item holding a rare word or half the distinctive words of the question,
    each with its decisions or, without decisions, its first sentence."""
    rare = rare_words(retriever, terms)
    items = [s for s in ev.trusted if s.item is not None]
    for s in sources:
        st = source_terms(s)
        if s.item is not None and s not in items and terms and \
                (exact(rare, st) or len(exact(terms, st)) / len(terms) >= 0.5):
            items.append(s)
    if not items:
        return ""
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
                continue
        if s.item.decisions:
            lines += _decision_bullets(s)
        elif s.item.body:
            lines.append(f"- {sentences(s.item.body)[0]} [{s.rank}]")
    return "\n".join(lines)


# --- follow-ups --------------------------------------------------------------------------------------
_ASKS_PRESENTER = re.compile(r"\b(vem|vilka|who)\b.*\b(foredr\w*|presentera\w*|presented|redovisade|ledde|led)\b")


def followup(question: str, lang: str, previous: list[Source], retrieval: Retrieval, retriever: Retriever) -> Answer:
    """A follow-up resolved to the previous answer's items: their presenter when asked
    who presented, else the sentences of those items that answer the question."""
    srcs = renumbered(previous)
    if _ASKS_PRESENTER.search(fold_ocr(question)):
        lines = ["Ur protokollen:" if lang == "sv" else "From the minutes:", ""]
        for s in srcs:
            if s.item is not None and s.item.presenter:
                lines.append(_presenter_line(s))
            elif s.item is not None:
                said = [t for t in sentences(s.item.body)
                        if re.search(r"berättade|presenterade|informerar|redovisade|föredrog|ledde", t)]
                if said:
                    lines.append(f"- {said[0]} [{s.rank}] ({_where(s)})")
        if len(lines) > 2:
            text = "\n".join(lines)
            return Answer(question, text, True, srcs, lang, cited=cited_ranks(text), intent="followup")
    terms = distinctive_terms(question)
    ev = Evidence(True, srcs, "följdfråga")
    picked = _pick(ev, _units(retriever, retrieval, srcs, terms, question))
    if not picked:
        return Answer(question, NOTHING[lang], False, srcs, lang, intent="followup")
    text = _facts(lang, picked)
    return Answer(question, text, True, srcs, lang, cited=cited_ranks(text), intent="followup")
