"""The answering service shared by the CLI and the app: what the question asks
for (intent), which meetings its dates name, follow-ups, and the answer mode
(extractive, or LLM with verification). Built once per process; ``ask`` is cheap.

Dates: a question's own dates always win over a follow-up's carried-over
filters. A bare year narrows only while it finds something ("the 2026 budget
… in 2026" is about a meeting held in 2025): when a date taken from the
question leaves no or weak sources, the answer is given without it and says so."""
from __future__ import annotations

import datetime as dt
import re
import threading
from dataclasses import dataclass, field, replace

from minutes.records import Meeting
from minutes.settings import Settings
from minutes.store import Store
from minutes.text import fold_ocr

from .answer import (NOTHING, Answer, answer_position, answer_structured, cited_ranks, extractive, followup,
                     item_slot, next_board, renumbered)
from .asked import AMOUNT_Q, WHY_Q
from .evidence import as_terms, day_terms, distinctive_terms, question_terms, rare_words, source_terms, weigh
from .evidence import shared as shared_terms
from .glossary import GLOSSARY, swedish_terms
from .intent import (MUNICIPALITIES, Intent, asks_board_decision, classify, find_person, indexed_people, language,
                     role_asked, role_when_clause, topicless_decision)
from .lexical import content_terms
from .names import unnamed
from .position import Position, asks_slot, position_of, slot_topic
from .retrieve import Filters, Retrieval, Retriever
from .when import MONTHS, When, date_words, days_named, meeting_day, meeting_month, months_alone, months_with_year, when

_PRONOUN = re.compile(r"\b(det|den|dem|detta|dessa|denna|dar|da|punkten|it|that|this|those|they|them|there|then|"
                      r"the item|ones|"
                      # "Vad sa de om finansieringen?" ("de" as the subject; as an article it names its own noun)
                      r"(?:sa|sade|tyckte|beslutade|bestamde|gjorde|ville|kom) de)\b")
# "Who from Helsingborg took part in it?": attendance at the previous answer's item, not at the meetings
_IN_IT = re.compile(r"\b(?:in|at|during|i|pa|under) (?:it|that|this|that item|this item|the item|den|det|denna|detta|"
                    r"punkten)\W*$")
# "Who chaired it?", "Vem ledde den?": the previous answer's item, not the meetings' chairs
_LED_IT = re.compile(r"\b(?:chaired|chairs|led|leads|ledde|leder) (?:it|that|this|den|det)\W*$")
# "Vem föredrog?", "Who presented?", "Sedan när?": a short question that asks only what (who, when, how much),
# of the previous answer's matter
_SLOT_ONLY = frozenset({"foredrog", "foredragit", "foredra", "presented", "presenterade", "presenterat", "ledde", "led",
                        "kost", "cost", "costs", "beslutades", "decided", "ansvarar", "responsible", "started",
                        "startade", "borjade", "began",
                        # "How much money was involved?", "Hur mycket pengar handlade det om?"
                        "peng", "money", "amount", "belopp", "sum", "summ", "involved", "handl",
                        # (the stems distinctive_terms gives: "Who is responsible?" is "responsibl")
                        "ansvar", "borj", "foredr", "ledd", "presenter", "responsibl", "start",
                        # "Hur länge?", "How long?"
                        "lang", "long",
                        # "Hur mycket budgeteras?", "How much is budgeted?"
                        "budgeter", "budgeted", "avsatt", "avsatts", "allocated"})
# "Vilka presenterade planen?": a definite noun that names no topic of its own refers to the previous answer
_REFERRING = re.compile(r"\b(planen|projektet|forslaget|rapporten|utredningen|studien|avtalet|programmet|arendet|"
                        r"iden|pengarna|medlen|beloppet|summan|kostnaden|upplagget|dokumentet|strategin|yttrandet|"
                        r"the (?:plan|project|proposal|report|study|agreement|programme|program|matter|idea|money|funds|"
                        r"amount|sum|cost|approach|format|document|strategy|statement)|"
                        # "Which one was not prioritised?", "Vilken av dem …?": one of the previous answer's things
                        r"which one|which of them|vilken av dem|vilket av dem|vilka av dem)\b"
                        # (a noun of its own: "the study trip" names a topic)
                        r"(?=\s*(?:[?.!,]|$)|\s+(?:about|om|for|och|and|to|till|i|in|on|pa|was|were|is|ar|var|har|has|"
                        r"had|will|ska|go|gick|get|fick|cost|kostade|by|av|med|with|start\w*|end\w*|"
                        r"come|comes|came|kommer|kom|tas|togs|from|fran)\b)")
# "… där?", "… there?", "… at that meeting?" closing a question: the meeting the previous answer was about
_THERE = re.compile(r"\b(dar|there|at that meeting|pa det motet|pa samma mote|at the same meeting|da|then|"
                    r"at the time)\W*$")
# "Och 2025?", "And in March 2024?", "What about last year?": only when, of the previous question
_WHEN_FILLER = re.compile(r"\b(and|och|but|men|what|about|how|hur|var|blev|ar|is|was|then|da|sa|same|samma|in|i|"
                          r"during|under|for|at|pa|the|den|det|motet|meeting|aret|year)\b")
# "What about the budget?", "Hur var det med budgeten?": the matter, asked of what the conversation is about
_WHAT_ABOUT_THEN = re.compile(r"^\W*(?:and |och )?(?:what about|how about|hur (?:ar|var) det med|vad galler|vad med)\b",
                              re.I)
# "Where do their meetings take place?", "Var träffas de?": the meetings of the previous answer's group
_THEIR_MEETINGS = re.compile(r"\b(?:their|deras) (?:meetings?|moten|motena)\b|"
                             r"\b(?:do|will|did) they (?:usually |normally )?meet\b|\b(?:traffas|mots|moter) de\b")
_CONTINUES = re.compile(r"^\s*(och|and|men|but|also|ocksa|samt)\b")
_OUTCOME = re.compile(r"\b(outcome|result\w*|how did .* go|how did it go|hur gick|resultat\w*|utfall\w*|utvarder\w*|"
                      r"evaluat\w*)\b")
# "Vad fattas beslut om i december 2025 …?", "What will be decided in December …?": a decision to come,
# which minutes written before may state (not what was decided then)
_TO_BE_DECIDED = re.compile(r"\b(?:(?:ska|skall|kommer att) (?:\w+ )?(?:beslutas|besluta|fatta\w*)|fattas (?:\w+ )?beslut|"
                            r"beslut fattas|will (?:\w+ )?(?:be )?decided?|(?:is|are) to (?:be )?decided?|to be decided)\b")
# "What did Cecilia Leijon report in December 2025?": what someone said or reported at a time
_REPORTED = re.compile(r"\b(what did .{1,60} (?:report|say|present|tell)|vad (?:rapporterade|sa|sade|presenterade|"
                       r"berattade)|what was (?:reported|said|presented))\b")
# "the directors' next meeting after 12 May 2023", "nästa möte efter mars 2024" (the board's meetings are
# not on record)
_NEXT_AFTER = re.compile(r"\b(?:next|nasta|foljande|upcoming) (?:directors'? |kommundirektors)?(?:meeting|mote)\w*"
                         r"(?: \w+){0,2}? (?:after|efter) (?!.*\b(?:board|styrelse\w*)\b)(.+)$")
# "När är nästa styrelsemöte?", "When is the next board meeting after …?": a board meeting to come
_NEXT_BOARD = re.compile(r"\b(?:next|nasta|kommande|upcoming|following|foljande) (?:board meeting|styrelsemote\w*|"
                         r"meeting of the board)\b")
_FOLLOWUP_NOTE = {"sv": "Följdfråga: besvarad ur punkterna i föregående svar.",
                  "en": "Follow-up: answered from the items of the previous answer."}

# a thing referred to ("it", "den", "detta"), not people ("they") nor the dummy "det"
_IT = re.compile(r"\b(it|den|denna|detta)\b")
_UNSAID_NOTE = {"sv": "Följdfråga: punkterna i föregående svar säger inget om det.",
                "en": "Follow-up: the items of the previous answer say nothing about that."}
_WITH_ATTENDANCE = re.compile(r"narvar|franvar|attend|deltog|deltagare|who was there")


# "Could you tell me …", "Kan du berätta …", "Show me …", "Jag undrar …" before a question word: a wrapping
_WRAPPING = re.compile(r"^\W*(?:(?:please|ok|okay|hi|hello|hej|snalla)\W+)*"
                       r"(?:(?:can|could|would|will) you\s+(?:please\s+)?|(?:kan|kan ni|skulle) (?:du|ni)\s+(?:kunna\s+)?|"
                       r"i (?:want|need|would like|'d like) to know\s+|i wonder\s+|jag (?:undrar|vill veta)\s+)?"
                       r"(?:tell me|show me|let me know|find out|explain|tell us|show us|beratta(?: for mig)?|visa(?: mig)?|"
                       r"saga|ta reda pa|forklara)?\s*(?:please\s+)?"
                       r"(?=(?:who|whom|whose|what|when|where|which|how|why|vem|vems|vad|nar|var|vilka|vilken|vilket|hur|"
                       r"varfor)\b)", re.I)


def _without_venue(question: str) -> str:
    """The question without the capitalised place after "på"/"at"/"in" that names its meeting."""
    # (a month is no place: "in June 2023")
    return re.sub(r"\s+(?:på|pa|at|in|i)\s+(?:the\s+)?(?!" + _MONTH_NAMES + r")[A-ZÅÄÖ][\wåäöé-]{3,}"
                  r"(?:\s+(?!" + _MONTH_NAMES + r")[A-ZÅÄÖ][\wåäöé-]+)?", "", question)


_MONTH_NAMES = "(?i:" + "|".join(MONTHS) + r")\b"


def unwrapped(question: str) -> str | None:
    """The question a polite or imperative wrapping holds ("Could you tell me who chaired …?" → "Who chaired
    …?"), or None when there is none."""
    m = _WRAPPING.match(fold_ocr(question))
    if not m or not m.group(0).strip(" ,!"):
        return None
    # (fold_ocr keeps the length of the text, so the match's end is the original's)
    rest = question[m.end():].lstrip()
    # ("berätta vad som beslutades" asks "Vad beslutades")
    rest = re.sub(r"^(vad|vem|vilka|vilken|vilket)\s+som\s+", r"\1 ", rest, flags=re.I)
    return rest[:1].upper() + rest[1:] if rest else None


# "… the meeting where/at which …", "mötet där/då …": a meeting named by what happened at it
_MEETING_WHERE = re.compile(r"\b(?:the meeting|the directors' meeting|motet|kommundirektorsmotet) "
                            r"(?:held |hallet )?(?:where|at which|in which|when|dar|da|som)\b"
                            # a clause follows; "Vad beslutade mötet där?" refers back (a follow-up)
                            r"(?=\s+\w)")

@dataclass
class Turn:
    question: str
    answer: Answer
    filters: Filters

    @property
    def read_as(self) -> str:
        """The question as it was answered ("Och sekreterare?" read as "Vem var sekreterare 2019?")."""
        return self.answer.read_as or self.question


@dataclass
class Conversation:
    """Chat history; follow-ups resolve to the previous answer's items."""

    turns: list[Turn] = field(default_factory=list)


def _topic_question(conversation: Conversation) -> str:
    """The question that named the topic a chain of follow-ups is about, with the follow-ups after it
    ("What was decided about the study trip?" → "Who will come back with a plan for it?" → "And when is it?")."""
    asked = []
    for t in reversed([t for t in conversation.turns if t.answer.grounded][-3:]):
        asked.append(t.read_as)
        if t.answer.intent != "followup":
            break
    return " ".join(reversed(asked))


class Service:
    def __init__(self, settings: Settings, store: Store | None = None, retriever: Retriever | None = None):
        self.settings = settings
        self.store = store or Store(settings)
        self.store.require_content()
        self.retriever = retriever or Retriever(settings, self.store)

    # ------------------------------------------------------------------
    def people(self) -> dict[str, str]:
        return indexed_people(self.retriever)

    def meetings_for(self, filters: Filters, w: When) -> list[Meeting]:
        """The meetings the filters and the question's dates admit, in date order."""
        ms = sorted((m for m in self.retriever.meetings.values() if m.parsed and filters.admits(m)),
                    key=lambda m: m.date or "")
        if w.latest:
            return ms[-1:]
        if w.date_from:
            ms = [m for m in ms if m.date and w.date_from <= m.date <= (w.date_to or w.date_from)]
        return ms

    def next_meeting_after(self, question: str, filters: Filters) -> tuple[str | None, str | None, bool]:
        """"When was the directors' next meeting after 12 May 2023?": (the day named, the date of the first
        meeting on record after it, whether that meeting follows within ``NEXT_MEETING_GAP`` days); the group
        meets about monthly, so a meeting on record months later is the next one the index holds, not the next
        one held. (None, None, False) for any other question."""
        after = _NEXT_AFTER.search(fold_ocr(question).lower())
        since = when(after.group(1)) if after and not (filters.date_from or filters.date_to) else When()
        if not since.date_from:
            return None, None, False
        day = since.date_to or since.date_from
        nxt = next((m.date for m in self.meetings_for(filters, When()) if (m.date or "") > day), None)
        return day, nxt, nxt is not None and _days_between(day, nxt) <= NEXT_MEETING_GAP

    def at_venue(self, question: str, w: When, filters: Filters) -> When:
        """"Vad behandlades på mötet i Kågeröd?", "the meeting at Mindpark": a place the question names
        that some meetings' place lines hold (not all, not a municipality) names those meetings, when no
        other meeting falls between them."""
        if w.date_from or w.latest or not (_MEETING_NOUN.search(fold_ocr(question)) or
                                           _ROOM_Q.search(fold_ocr(question).lower())):
            return w
        ms = self.meetings_for(filters, When())
        words = {fold_ocr(x) for x in re.findall(r"(?<!^)\b[A-ZÅÄÖ][\wåäöé-]{3,}", question.strip())}
        words -= set(MUNICIPALITIES) | {"familjen"}
        at = [i for i, m in enumerate(ms) if any(re.search(rf"\b{re.escape(x)}\b", fold_ocr(m.place_time or ""))
                                                 for x in words)]
        if not at or len(at) == len(ms) or at != list(range(at[0], at[-1] + 1)):
            return w
        return replace(w, date_from=ms[at[0]].date, date_to=ms[at[-1]].date)

    def on_day(self, question: str, w: When, filters: Filters) -> When:
        """"Vad beslutades på mötet den 22 mars?": a meeting named by a day without a year is the meeting held
        on that day; when none was, the meeting to come that the latest minutes naming the day point to ("Ärendet
        återkommer … den 29 september" in June 2023 names 2023-09-29, which no minutes cover)."""
        if w.ordinal:
            # "det sista mötet 2023": the last meeting held within the dates, by the index's own dates
            ms = self.meetings_for(filters, replace(w, ordinal=None))
            if not ms:
                return w
            d = (ms[0] if w.ordinal == "first" else ms[-1]).date
            return When(d, d)
        if w.date_from or w.latest:
            return w
        md = meeting_day(question)
        # "Vad beslutades den 22 mars?": a day alone names a meeting when one was held that day
        days = [(m, d) for y, m, d in days_named(question) if y is None]
        day = md or (days[0] if len(days) == 1 else None)
        if day is None:
            # "Who attended the meeting in June?", "Och i juni?": the one meeting held in that month
            month = meeting_month(question)
            if month is None:
                return w
            held = [m.date for m in self.meetings_for(filters, When()) if m.date and int(m.date[5:7]) == month]
            return replace(w, date_from=held[0], date_to=held[0]) if len(held) == 1 else w
        ms = self.meetings_for(filters, When())
        mmdd = f"{day[0]:02d}-{day[1]:02d}"
        held = [m.date for m in ms if m.date and m.date[5:] == mmdd]
        if len(held) > 1:
            return w  # the same day in several years: the question does not say which
        if held:
            return replace(w, date_from=held[0], date_to=held[0])
        if md is None:
            return w
        names = "|".join(n for n, v in MONTHS.items() if v == md[0] and len(n) > 3)
        said = re.compile(rf"\b0?{md[1]}(?::?e)?\s+(?:{names})\b")
        naming = [m for m in ms if m.date and any(said.search(fold_ocr(i.text).lower()) for i in m.items)]
        if not naming:
            return w
        last = naming[-1].date
        year = int(last[:4]) + (mmdd <= last[5:])
        return replace(w, date_from=f"{year}-{mmdd}", date_to=f"{year}-{mmdd}")

    @staticmethod
    def context(conversation: Conversation | None) -> Turn | None:
        """The answered turn a follow-up refers to: the last one, or the one before it when the last was
        a follow-up the minutes could not answer ("Hur ofta träffas den?" leaves the topic where it was)."""
        turns = conversation.turns if conversation else []
        # (also one asked anew for a word of its own: "Who will come back with a plan for it?" still meant
        # the previous topic by "it", so "And when is it?" after it does too)
        if turns and not turns[-1].answer.grounded and (turns[-1].answer.intent == "followup" or
                                                        _PRONOUN.search(fold_ocr(turns[-1].question))):
            turns = turns[:-1]
        return turns[-1] if turns and turns[-1].answer.grounded else None

    def meeting_referred_to(self, intent: Intent, w: When, filters: Filters,
                            conversation: Conversation | None, question: str) -> str | None:
        """"Sammanfatta mötet i mars 2024" → "Vem var frånvarande?": an attendance or place question with no
        date, person or municipality of its own is about the one meeting the previous answer cited (its date);
        so is a role question that continues the previous one ("And who was secretary?")."""
        continues = intent.kind == "role" and intent.role != "presenter" and _CONTINUES.search(fold_ocr(question))
        if (intent.kind not in ("attendance", "place") and not continues) or w.date_from or w.latest or \
                intent.person or intent.municipality or filters.date_from or filters.date_to:
            return None
        return self._previous_meeting(conversation)

    def _about_that_meeting(self, question: str, conversation: Conversation | None) -> bool:
        """"What about the budget?" after a meeting's summary asks of that meeting."""
        prev = self.context(conversation)
        return prev is not None and prev.answer.intent == "meeting" and bool(_WHAT_ABOUT_THEN.match(fold_ocr(question)))

    def _own_topic(self, question: str, lang: str, conversation: Conversation | None) -> str | None:
        """None when a follow-up's topic words are in the previous answer's items (or it has none); else the
        date of the meeting to ask of (the previous answer was about one meeting's record: its agenda,
        attendance, place or roles), or "" to ask anew over all meetings."""
        prev = self.context(conversation)
        said = distinctive_terms(question) - _SLOT_ONLY  # ("Who is responsible?" asks of the items)
        # (its rare words: "presented", "decided" ask of the items; "the study trip" names a matter)
        topic = rare_words(self.retriever, {t: f for t, f in question_terms(question, lang).items() if t in said})
        cited = [s for s in prev.answer.sources if s.rank in prev.answer.cited] if prev else []
        if not topic or not cited or shared_terms(topic, set().union(*(source_terms(s) for s in cited))):
            return None
        record = prev.answer.intent in ("meeting", "attendance", "place", "role")
        if _IT.search(fold_ocr(question).lower()) and not record:
            # "And who will plan it?" after the study trip: "it" is that topic, its own word ("plan") what is
            # asked of it, not a matter to search for anew ("planen" of other items)
            return None
        return (self._previous_meeting(conversation) or "") if record else ""

    def _previous_meeting(self, conversation: Conversation | None) -> str | None:
        """The date of the one meeting the previous answer cites, if it cites one."""
        prev = self.context(conversation)
        about = {s.meeting.date for s in prev.answer.sources if s.rank in prev.answer.cited} if prev else set()
        return next(iter(about)) if len(about) == 1 else None

    def meeting_where(self, question: str, intent: Intent, w: When, filters: Filters) -> tuple[str, str] | None:
        """"Which venue hosted the meeting where the accelerator was extended?": a place or attendance
        question naming its meeting by what happened there is about the meeting of the item that the
        clause finds, when the evidence for it is grounded. The date of that meeting ("" when the clause
        finds none) and the question before the clause; None without such a clause."""
        clause = _MEETING_WHERE.search(fold_ocr(question)) or \
            (role_when_clause(fold_ocr(question)) if intent.kind == "role" else None)
        # (a year in the clause is the topic's: "… where the budget for 2026 was presented")
        if not clause or intent.kind not in ("attendance", "place", "meeting", "role") or (w.date_from and not w.year_only) or \
                w.latest or filters.date_from or filters.date_to:
            return None
        what = question[clause.end():]
        lang = language(what)
        retrieval = self.search(what, self.settings.top_k, filters)
        top = weigh(retrieval, self.retriever, question_terms(what, lang, phrases=True)).top_item
        return (top.meeting.date if top is not None else ""), question[:clause.start()]

    def asked_again(self, question: str, conversation: Conversation | None) -> str | None:
        """The previous question asked at the time a question that names only a time gives, or None."""
        prev = self.context(conversation)
        said = date_words(question) or " ".join(re.findall(r"\b(?:19|20)\d\d\b", question))  # ("Och 2019?")
        if prev is None or not said:
            return None
        rest = fold_ocr(question).lower()
        for x in sorted(said.split(), key=len, reverse=True):
            rest = re.sub(rf"\b{re.escape(x)}\b", " ", rest)
        if re.sub(r"\W+", " ", _WHEN_FILLER.sub(" ", rest)).strip():
            return None
        base = prev.read_as.strip().rstrip("?").strip()
        for x in sorted(set(re.findall(r"\b(?:19|20)\d\d(?:-\d\d-\d\d)?\b", base)), key=len, reverse=True):
            base = base.replace(x, " ")
        base = re.sub(rf"(?i)\b(?:den |on |the )?(?:\d{{1,2}}(?::e)? )?(?:{'|'.join(MONTHS)})\b", " ", base)
        base = re.sub(r"(?i)\b(?:i|in|during|under|pa|på|at)\s*$", " ", " ".join(base.split())).strip()
        if not re.search(r"\w{3,}", base):
            return None  # the previous question named only a time too: nothing to ask again
        time = re.sub(r"^\W*(?:and|och|but|men|what about|how about|hur var det|hur blev det)\b\W*", "",
                      question.strip().rstrip("?").strip(), flags=re.I)
        if _MEETING_NOUN.search(fold_ocr(time).lower()):
            # "What about the last meeting?" names the meeting: "Who chaired the meeting" loses its own
            base = re.sub(r"(?i)\s*\b(?:at |on |in |på |pa |i )?(?:the meeting|the directors' meeting|mötet|motet)\s*$",
                          "", base)
        if not re.match(r"(?i)(i|in|during|under|på|pa|at|den|on|the|last|förra|forra|senaste|this|i år|för|for)\b",
                        time):
            bare = re.fullmatch(r"(?:19|20)\d\d", time)
            time = ("under " if bare else "i ") + time if language(prev.question) == "sv" else "in " + time
        return f"{base} {time}?"

    def other_role(self, question: str, conversation: Conversation | None) -> str | None:
        """"Och sekreterare?" after "Vem var ordförande 2019?": the other role at the same time, written out
        ("Vem var sekreterare 2019?"), so that a later "Och 2024?" has a whole question to ask again."""
        prev = self.context(conversation)
        # (only the role named: "And who was secretary?" is a question of its own, asked of the previous items)
        bare = re.fullmatch(r"\W*(?:och|and|what about|how about|men|but)\s+(?:the\s+)?"
                            r"(?!(?:who|vem|what|vad|which|vilk)\w*\b)([\w-]+(?: [\w-]+)?)\W*", question.strip(),
                            flags=re.I)
        if prev is None or not bare:
            return None
        before = prev.read_as
        now, then = role_asked(bare[1]), role_asked(before)
        if not now or not then or now == then:
            return None
        # the time as the question said it ("2019", "in May 2023", "den 22 mars 2024")
        said = re.search(rf"(?i)(?:\b(?:i|in|on|den|under)\s+)?(?:\d{{1,2}}(?::e)?\s+)?(?:(?:{'|'.join(MONTHS)})\s+)?"
                         r"\b(?:19|20)\d\d\b", before)
        time = f" {said[0]}" if said else ""
        return f"Vem var {bare[1]}{time}?" if language(before) == "sv" else f"Who was the {bare[1]}{time}?"

    def asked_of(self, question: str, conversation: Conversation | None) -> str | None:
        """A question about the person the previous question named, written out: "Vad har han föredragit?"
        after "Vem är Christian Dahlmann?" → "Vad har Christian Dahlmann föredragit?"; "Och Mikael
        Johansson?" → the previous question about him. None when it is no such question."""
        prev = self.context(conversation)
        asked = prev and prev.read_as
        before = find_person(asked, self.people()) if asked else None
        if before is None and prev is not None and prev.answer.grounded and prev.answer.intent == "role":
            # "What did he present there?" after "Who was secretary in March 2024?": the one person the answer named
            folded = fold_ocr(prev.answer.text)
            named = {n for k, n in self.people().items() if re.search(rf"\b{re.escape(k)}\b", folded)}
            named = {n for n in named if not any(n != m and n in m for m in named)}  # not a name inside a longer one
            before = next(iter(named)) if len(named) == 1 else None
            asked = None
        if before is None:
            return None
        now = find_person(question, self.people())
        bare = re.sub(r"^\W*(?:and|och|what about|how about|hur (?:är|var) det med|men)\b\W*", "", question.strip(),
                      flags=re.I).strip(" ?.!")
        if asked and now and now != before and fold_ocr(bare).lower() == fold_ocr(now).lower():
            return re.sub(re.escape(before), now, asked, flags=re.I)
        pronoun = re.search(r"\b(han|hon|honom|henne|he|she|him|her)\b", question, re.I)
        if now is None and pronoun:
            return question[:pronoun.start()] + before + question[pronoun.end():]
        return None

    def other_topic(self, question: str, conversation: Conversation | None) -> str | None:
        """"And the accelerator programme?" after "Who presented the annual report 2023?": the previous
        question asked of another matter, written out ("Who presented the accelerator programme?"); None when
        it is no such question (a time, a person or a role alone is asked again by the others above)."""
        prev = self.context(conversation)
        bare = re.fullmatch(r"\W*(?:och|and|what about|how about|men|but|hur (?:är|var) det med)\s+(.+?)[\s?.!]*",
                            question.strip(), flags=re.I)
        if prev is None or not bare or not prev.answer.grounded or prev.answer.intent not in ("fact", "decision") or \
                re.match(r"(?i)(?:who|vem|what|vad|which|vilk|when|när|nar|where|var|how|hur|why|varför|varfor)\b",
                         bare[1]) or when(bare[1]).date_from or find_person(bare[1], self.people()):
            return None
        new = distinctive_terms(bare[1])
        before = prev.read_as.strip().rstrip("?").strip()
        old = distinctive_terms(before) - _SLOT_ONLY
        if not new or not old:
            return None
        # the previous question's matter runs from its first word of a topic to its end
        first = next((m for m in re.finditer(r"[\w-]+", before) if distinctive_terms(m.group(0)) & old), None)
        if first is None:
            return None
        head = re.sub(r"(?i)\s+(?:the|den|det|de)\s*$", "", before[:first.start()].rstrip())
        return f"{head} {bare[1]}?"

    def is_followup(self, question: str, w: When, intent: Intent, conversation: Conversation | None,
                    mode: str = "extractive") -> bool:
        if w.date_from or w.latest or self.context(conversation) is None:
            return False  # a question's own dates make it a new question
        if intent.kind == "role" and intent.role == "presenter":
            return True  # "Vem föredrog?" with no meeting named asks of the previous answer's items
        q = fold_ocr(question)
        if intent.kind == "place" and not intent.person and _THEIR_MEETINGS.search(q.lower()):
            return True  # "Where do their meetings take place?": the previous answer's group meets, not the directors
        if intent.kind == "attendance" and _IN_IT.search(q.lower()):
            return True
        if intent.kind == "role" and _LED_IT.search(q.lower()):
            return True
        if intent.kind in ("meeting", "place", "attendance", "role", "person") or intent.person:
            return False
        return bool(_CONTINUES.search(q) or (_PRONOUN.search(q) and len(distinctive_terms(question)) <= 3)
                    # (in LLM mode the model rewrites such a question into one that stands alone)
                    or (mode != "llm" and len(q.split()) <= 6 and distinctive_terms(question) <= _SLOT_ONLY)
                    or (_REFERRING.search(q) and len(distinctive_terms(question)) <= 2))

    def search(self, question: str, k: int, filters: Filters, query_embedding=None, tails: bool = False):
        """Retrieval as the answers use it: English questions also search the
        lexical side with the Swedish words of their domain terms. ``tails``: also the
        compounds a word of the question ends (a timeline of "upphandling" holds "Teleupphandling")."""
        extra = swedish_terms(question) if language(question) == "en" else ""
        if months_with_year(question) and self._day_is_topic(question):
            # a month no meeting was held in is a topic: its name is a word to find ("den 5 dec")
            extra += " " + " ".join(w for t, f in day_terms(question).items() for w in {t} | f)
        words = content_terms(f"{question} {extra}")
        compounds = self.retriever.compounds_of(words)
        if tails:
            compounds |= {w for t in words for w in self.retriever.compounds_ending(t)}
        return self.retriever.search(question, k, filters, query_embedding, " ".join([extra, *sorted(compounds)]))

    # ------------------------------------------------------------------
    def start(self, question: str, k: int | None = None, filters: Filters | None = None,
              conversation: Conversation | None = None, mode: str | None = None):
        """Retrieve and begin answering: an ``Answer`` (extractive) or an
        ``LLMRun`` to iterate for streamed text (its ``answer`` is set after)."""
        self.retriever.refresh()
        k_llm = k or max(self.settings.top_k, self.settings.llm_top_k)  # a k asked for is kept in both modes
        k = k or self.settings.top_k
        mode = mode or self.settings.answer_mode
        filters = filters or Filters()
        lang = language(question)
        again = self.asked_again(question, conversation) or self.asked_of(question, conversation) or \
            self.other_role(question, conversation) or self.other_topic(question, conversation)
        plain = None if again is not None else unwrapped(question)
        if plain is not None:
            # "Could you tell me who chaired the 2019 meeting?" is asked as "Who chaired the 2019 meeting?"
            run, f = self.start(plain, k, filters, conversation, mode)
            if isinstance(run, Answer):
                run.question, run.read_as = question, plain
            return run, f
        if again is not None:
            # "Och 2025?" after "Vem är kommundirektör i Bjuv?": the previous question, at the new time
            run, f = self.start(again, k, filters, conversation, mode)
            if isinstance(run, Answer):
                run.question, run.read_as = question, again
                run.note = " ".join(x for x in (f"Följdfråga, tolkad som: {again}" if lang == "sv" else
                                                f"Follow-up, read as: {again}", run.note) if x)
            return run, f
        named = when(question)
        folded = fold_ocr(question)  # (read by the checks below)
        lowered = folded.lower()
        at_venue = self.at_venue(question, named, filters)
        by_venue = at_venue.date_from is not None and named.date_from is None  # "… på mötet på Mindpark?"
        w = self.on_day(question, at_venue, filters)
        after_day, nxt, next_after = self.next_meeting_after(question, filters)
        if after_day and not next_after:
            return _no_meeting_after(question, after_day, lang, nxt), filters
        if next_after:
            w = When(nxt, nxt)
        there = None if (w.date_from or w.latest or filters.date_from or filters.date_to) or \
            not (_THERE.search(lowered) or self._about_that_meeting(question, conversation)) \
            else self._previous_meeting(conversation)
        if there and distinctive_terms(question) - {"dar", "there"}:
            # "What was decided about the budget there?" after an answer about one meeting: a question of its
            # own, asked of that meeting
            w = replace(w, date_from=there, date_to=there)
        if w.year_only and topicless_decision(question):
            w = replace(w, year_only=False, bare=False)  # "Vad beslutades 2019?": the year's meetings
        intent = classify(question, self.people(), w.names_meeting)
        prev = self.context(conversation)
        if there and topicless_decision(question) and prev is not None and \
                prev.answer.intent in ("place", "attendance", "role", "meeting"):
            # "What was decided there?" after "Where did the directors meet in November 2025?": that meeting's
            # decisions, item by item
            w, intent = replace(w, date_from=there, date_to=there), Intent("meeting")
        dated = self.meetings_for(filters, w) if w.date_from and not by_venue else []
        if len(dated) == 1 and (unplaced := _without_venue(question)) != question:
            # "… at the Marina Plaza meeting in June 2023": a venue the dated meeting's place line holds only
            # names it again
            gone = set(re.findall(r"[A-ZÅÄÖ][\wåäöé-]{3,}", question)) - set(re.findall(r"[A-ZÅÄÖ][\wåäöé-]{3,}",
                                                                                     unplaced))
            by_venue = bool(gone) and all(fold_ocr(x) in fold_ocr(dated[0].place_time or "") for x in gone)
        if by_venue and intent.kind != "place" and (w.date_from == w.date_to or len(dated) == 1):
            # ("Which meetings took place at Mindpark?" asks the place line; "Vad beslutades på mötet på Mindpark?"
            # asks the rest of the meeting the venue names)
            intent = classify(_without_venue(question), self.people(), w.names_meeting)
        if by_venue and _ROOM_Q.search(lowered) and not AMOUNT_Q.search(lowered):
            # "Vilket rum användes på Marina Plaza?": the place lines of the meetings held there name the rooms
            # ("Vad kostade lokalen på Marina Plaza?" asks an amount, which no place line gives)
            intent = Intent("place")
        if not w.names_meeting and (clause := _MEETING_WHERE.search(folded)):
            # "Summarise the meeting where the study trip was decided": what is asked of the meeting the
            # clause names (its agenda, its decisions), not the clause's topic; its "where" asks no place
            head = classify(question[:clause.start()] + clause.group(0).rsplit(" ", 1)[0], self.people(), True)
            intent = head if head.kind == "meeting" else intent
        if next_after and intent.kind not in ("attendance", "role", "person"):
            # when it was (its place-and-time line says the day), else what it treated
            intent = Intent("place" if re.match(r"\W*(?:when|nar|vilket datum|what date)\b",
                                                lowered) else "meeting")
        if intent.kind == "place" and w.date_from and not (filters.date_from or filters.date_to) and \
                w.date_from > max((m.date for m in self.retriever.meetings.values() if m.date), default="9999"):
            # "Var hålls mötena i januari 2026?": no minutes are of meetings to come, but an item may say where
            # they will be held ("… försöker ha vårt möte i Lund dessa tillfällen")
            intent = Intent("fact")
        slot = asks_slot(question)
        if slot:  # "Which number did the potential study have in March 2024?" asks of one item
            intent = replace(intent, kind="fact")

        pos = position_of(question)
        if pos is not None:
            return self._at_position(question, pos, lang, w, filters, conversation, mode, intent)

        followed = self.is_followup(question, w, intent, conversation, mode)
        own = self._own_topic(question, lang, conversation) if followed else None
        if own:
            # "And what did they decide about the study trip?" after who was absent at one meeting: the study
            # trip is in none of the previous answer's items; the question is asked anew, of that meeting
            w = replace(w, date_from=own, date_to=own)
        elif followed and own is None:
            cited = _named_items(question, [s for s in prev.answer.sources if s.rank in prev.answer.cited], k)
            retrieval = self.search(f"{question} ({prev.question})", k, prev.filters)
            if mode == "llm":
                from .llm import start_llm

                retrieval = replace(retrieval, sources=renumbered(cited) or retrieval.sources)
                return start_llm(question, retrieval, self.retriever, self.settings, _history(conversation)), \
                    prev.filters
            a = followup(question, lang, cited, retrieval, self.retriever, _topic_question(conversation))
            a.note = (_FOLLOWUP_NOTE if a.grounded else _UNSAID_NOTE)[lang]
            return a, prev.filters

        if intent.kind in ("meeting", "place", "attendance", "role", "person"):
            if WHY_Q.search(folded):
                # "Why was Kristina Magnusson absent?": attendance lists and headers state no reasons
                a = Answer(question, NOTHING[lang], False, [], lang, intent=intent.kind)
                a.note = "Protokollen anger inga skäl för det." if lang == "sv" else "The minutes give no reason for that."
                return a, filters
            same = self.meeting_referred_to(intent, w, filters, conversation, question)
            # the clause naming the meeting ("… där Vägval Skåne diskuterades") is no name to find in the lists
            where, asked = (None if same else self.meeting_where(question, intent, w, filters)) or (None, question)
            if where == "":
                a = Answer(question, NOTHING[lang], False, [], lang, intent=intent.kind)
                a.note = ("Inget möte där det frågan nämner behandlades." if lang == "sv" else
                          "No meeting where what the question names was treated.")
                return a, filters
            if same or where:
                w = replace(w, date_from=same or where, date_to=same or where)
            a = self._structured(asked, intent, lang, filters, w)
            if a is not None:
                a.question = question
                if same and a.grounded:
                    a.note = (f"Följdfråga: mötet {same}, som föregående svar gällde." if lang == "sv" else
                              f"Follow-up: the meeting of {same} the previous answer was about.")
                elif where and a.grounded:
                    a.note = (f"Mötet {where}, där det frågan nämner behandlades." if lang == "sv" else
                              f"The meeting of {where}, where what the question names was treated.")
                elif next_after and a.grounded:
                    # (the index holds the minutes it was given; a meeting between may be missing from it)
                    a.note = (f"Nästa möte i de indexerade protokollen efter {after_day}: {w.date_from}." if lang == "sv"
                              else f"The next meeting in the indexed minutes after {after_day}: {w.date_from}.")
                return self._over_records(question, a, filters, conversation, mode, intent), filters

        # Retrieval-based intents. The question's dates narrow the search unless the
        # caller gave explicit filters.
        f = filters
        narrowed = False
        if w.latest and not (filters.date_from or filters.date_to):
            last = self.meetings_for(filters, w)
            if last:
                f, narrowed = replace(filters, date_from=last[0].date, date_to=last[0].date), True
        elif w.date_from and not w.bare and not (filters.date_from or filters.date_to):
            f, narrowed = replace(filters, date_from=w.date_from, date_to=w.date_to), True
        kk = max(k, 10) if intent.kind == "timeline" else k
        if mode == "llm":
            kk = max(kk, k_llm)
        retrieval = self.search(question, kk, f, tails=intent.kind == "timeline")
        if mode == "llm":
            from .llm import make_backend, rewrite_followup, start_llm

            history = _history(conversation)
            if history:  # the model rewrites a follow-up into a standalone question to search with
                standalone = rewrite_followup(make_backend(self.settings), question, history)
                if standalone != question:
                    retrieval = self.search(standalone, kk, f)
            if narrowed and not retrieval.sources:
                # no meeting was held then: the date is a topic ("the sub-studies money in 2026"), as in
                # the extractive path below
                f = filters
                retrieval = self.search(question, kk, f, retrieval.query_embedding)
            elif narrowed and not weigh(retrieval, self.retriever, terms := question_terms(question, lang)).grounded:
                # nothing about it at those meetings ("… before the next meeting about the potential study" is
                # no question of the latest meeting): the model reads all meetings' items when they answer,
                # as the extractive path below does
                wide = self.search(question, kk, filters, retrieval.query_embedding)
                if weigh(wide, self.retriever, terms).grounded:
                    retrieval, f = wide, filters
            return start_llm(question, retrieval, self.retriever, self.settings, history, intent), f
        if slot:
            topic = slot_topic(question)
            return item_slot(question, topic, slot, self.search(topic, kk, f), self.retriever), f
        if _NEXT_BOARD.search(lowered) and intent.kind in ("fact", "place"):
            # "När är nästa styrelsemöte?": the board meeting the newest minutes point to (every item of them
            # is read: the board is a word of many)
            since = (w.date_to or w.date_from or "") if re.search(r"\b(after|efter)\b", lowered) else ""
            board = next_board(question, lang, self.search(question, 30, f, retrieval.query_embedding).sources,
                               self.retriever, since)
            if board is not None:
                return board, f
            if since:
                # "When is the next board meeting after 2026?": a board meeting the minutes name before then is
                # no answer
                a = Answer(question, NOTHING[lang], False, [], lang, intent=intent.kind)
                a.note = (f"Inget protokoll nämner ett styrelsemöte efter {since}." if lang == "sv" else
                          f"No minutes name a board meeting after {since}.")
                return a, f
        answer = self._extractive(question, retrieval, intent, w)
        if not answer.grounded and not w.date_from and intent.kind in ("fact", "decision"):
            continued = self._continued(question, lang, k, conversation)
            if continued is not None:
                return continued
        if w.bare and w.date_from and not answer.grounded and not answer.note and not (filters.date_from or
                                                                                        filters.date_to):
            # "Vad tog Region Skåne fram om infrastruktur 2025?": a bare year that did not narrow may still name
            # when the meeting was held; among that year's meetings the answer can stand out
            f = replace(filters, date_from=w.date_from, date_to=w.date_to)
            within = self._extractive(question, self.search(question, kk, f, retrieval.query_embedding), intent, w)
            if within.grounded:
                return within, f
        if answer.grounded and intent.kind == "role" and intent.role == "chair" and _items_led_only(answer.text):
            # "Vem ledde mötet i juni 2023?": "Jörgen Fransson … ledde punkten" led one item, not the meeting
            answer = Answer(question, NOTHING[lang], False, answer.sources, lang, intent=intent.kind)
            answer.note = ("Meningarna om ledning gäller enskilda punkter, inte mötet." if lang == "sv" else
                           "The sentences on leading concern single items, not the meeting.")
            return answer, f
        if narrowed and not answer.grounded and intent.kind == "role" and intent.role in ("chair", "secretary",
                                                                                           "signed"):
            # "Who chaired the last meeting?": the date names the meeting; another meeting's chair is no answer
            answer.note = answer.note or ("Protokollen från de mötena anger det inte." if lang == "sv" else
                                          "The minutes of those meetings do not say.")
        elif narrowed and not answer.grounded:
            # The date may be a topic ("budget for 2026") rather than when the meeting was held.
            wide = self.search(question, kk, filters, retrieval.query_embedding)
            again = self._extractive(question, wide, intent, w)
            outcome = _OUTCOME.search(folded)
            # "What did the board decide on 5 April 2024?" names a day with no directors' meeting
            decided = (intent.kind == "decision" or asks_board_decision(folded)) and not w.year_only \
                and not self.meetings_for(filters, w) and not _TO_BE_DECIDED.search(folded)
            reported = bool(_REPORTED.search(folded)) and not w.year_only and not self.meetings_for(filters, w)
            # (what it was asked about: the cited items, or the item found to lack the outcome)
            about = [s for s in again.sources if s.rank in again.cited] if again.grounded else \
                again.sources[:1] if again.note else []
            if about and (outcome or decided or reported) and \
                    all((s.meeting.date or "") < (f.date_from or "") for s in about):
                # "What was the outcome of the study trip in August 2024?": minutes written before then
                # can say what was planned, not how it went or what was decided then
                a = Answer(question, NOTHING[lang], False, [], lang, intent=intent.kind)
                said = ("hur det gick", "how it went") if outcome else \
                    ("vad som beslutades då", "what was decided then") if decided else \
                    ("vad som sades då", "what was said then")
                a.note = (f"Protokollen som nämner det är från före {f.date_from}; de säger inte {said[0]}."
                          if lang == "sv" else
                          f"The minutes that mention it predate {f.date_from}; they do not say {said[1]}.")
                return a, filters
            if not again.grounded and again.note:
                return again, filters  # what the item about it lacks says more than "nothing on that day"
            if again.grounded:
                period = f.date_from if f.date_from == f.date_to else f"{f.date_from} – {f.date_to}"
                again.note = (f"Inget svar bland möten {period}; svaret gäller alla möten." if lang == "sv" else
                              f"Nothing found among meetings {period}; answered over all meetings.")
                return again, filters
        return answer, f

    def _extractive(self, question: str, retrieval: Retrieval, intent: Intent, w: When) -> Answer:
        """The extractive answer, kept to the question's year (``_year_kept``)."""
        day_topic = self._day_is_topic(question)
        answer = _year_kept(extractive(question, retrieval, self.retriever, intent, day_topic), w, intent)
        led = _year_led(retrieval, w) if not answer.grounded and answer.note else None
        if led is not None:
            # "What happens with the sub-studies money in 2026?": the item of that year ("Budget 2026") ranked
            # below one of another year that the answer quoted; the question's year decides between them
            again = _year_kept(extractive(question, led, self.retriever, intent, day_topic), w, intent)
            answer = again if again.grounded else answer
        led = _month_led(retrieval, question, w) if not answer.grounded and not day_topic else None
        if led is not None:
            # "vem ledde workshopen om utvecklingsplanen i maj": two meetings' items on the plan are equally near;
            # the month named, in which one of them was held, decides between them
            again = extractive(question, led, self.retriever, intent, day_topic)
            answer = again if again.grounded else answer
        return answer

    def _day_is_topic(self, question: str) -> bool:
        """The question names a day on which no indexed meeting was held (of that year, when it gives one),
        or a month alone in which none was ("Who will come to the December board meeting?")."""
        days = days_named(question)
        held = [m.date for m in self.retriever.meetings.values() if m.date]
        if days:
            return not any(d[5:] == f"{month:02d}-{day:02d}" and (year is None or d[:4] == str(year))
                           for year, month, day in days for d in held)
        months = months_alone(question)
        if months:
            return not any(d[5:7] == f"{month:02d}" for month in months for d in held)
        # "När är styrelsemötet i december 2025?": a month of a year no meeting was held in is a topic too
        dated = months_with_year(question)
        return bool(dated) and not any(d[:7] == f"{year}-{month:02d}" for year, month in dated for d in held)

    def _over_records(self, question: str, a: Answer, filters: Filters, conversation: Conversation | None,
                      mode: str, intent: Intent):
        """A structured answer, or in LLM mode the model's answer over the records it cites; what fails
        verification falls back to the structured answer, not to a search."""
        if mode != "llm" or not (a.grounded and a.cited):
            return a
        from .llm import start_llm

        records = Retrieval(renumbered([s for s in a.sources if s.rank in a.cited]), [], filters)
        run = start_llm(question, records, self.retriever, self.settings, _history(conversation), intent)
        run.fallback_answer = a
        return run

    def _at_position(self, question: str, pos: Position, lang: str, w: When, filters: Filters,
                     conversation: Conversation | None, mode: str, intent: Intent):
        """"Vad var punkt 3?" after "Sammanfatta mötet i mars 2024" is about that meeting; with no meeting
        named or referred to, every meeting's item at that place."""
        same = None if (w.date_from or w.latest or filters.date_from or filters.date_to) else \
            self._previous_meeting(conversation)
        if same:
            w = replace(w, date_from=same, date_to=same)
        ms = self.meetings_for(filters, w)
        if not ms and (w.date_from or w.latest):
            return _no_meeting(question, w, lang, "meeting"), filters
        a = answer_position(question, pos, lang, ms, self.retriever)
        return self._over_records(question, a, filters, conversation, mode, replace(intent, kind="meeting")), filters

    def _continued(self, question: str, lang: str, k: int, conversation: Conversation | None):
        """"Vad sades om Vägval Skåne?" → "Vem från regionen kommer till styrelsen?": a question that finds
        nothing on its own, all of whose words the previous answer's items hold (or, with a pronoun, all
        but one of at most two), continues that answer: (answer, filters), or None."""
        prev = self.context(conversation)
        if prev is None:
            return None
        cited = [s for s in prev.answer.sources if s.rank in prev.answer.cited][:k]
        terms = distinctive_terms(question)
        held = set().union(*(source_terms(s) for s in cited))
        # a short stem counts as the head of a word ("styr" of "styrelsemötet")
        def holds(t: str) -> bool:
            return bool(shared_terms({t}, held)) or (len(t) >= 4 and any(h.startswith(t) for h in held))
        missing = [t for t in terms if not holds(t)]
        # "Who will come back with a plan for it?": "it" is the previous topic, and one word of its own
        # ("plan" where the item says "upplägg") may say what is asked of it
        referring = _PRONOUN.search(fold_ocr(question)) and len(missing) <= 1 and len(terms) <= 2
        if not cited or not terms or (missing and not referring):
            return None
        a = followup(question, lang, cited, self.search(f"{question} ({prev.question})", k, prev.filters),
                     self.retriever, _topic_question(conversation))
        if not a.grounded and missing:
            # "Vad kostar den?" after the study trip: the previous items say nothing of it (not what another
            # item, found on "kostar" alone, lacks)
            a = Answer(question, NOTHING[lang], False, [], lang, intent="followup")
            a.note = _UNSAID_NOTE[lang]
            return a, prev.filters
        if not a.grounded:
            return None
        a.note = _FOLLOWUP_NOTE[lang]
        return a, prev.filters

    def _in_items(self, question: str, intent: Intent, filters: Filters, w: When) -> Answer:
        """A structured question answered from the items' text instead (within the question's dates)."""
        f = replace(filters, date_from=w.date_from, date_to=w.date_to) if w.date_from else filters
        return extractive(question, self.search(question, self.settings.top_k, f), self.retriever,
                          replace(intent, kind="fact"))

    def _structured(self, question: str, intent: Intent, lang: str, filters: Filters, w: When) -> Answer | None:
        ms = self.meetings_for(filters, w)
        note = None
        if not ms and (w.date_from or w.latest):
            return _no_meeting(question, w, lang, intent.kind)
        if intent.kind == "attendance" and not intent.municipality:
            # "Who attended from Malmö?": a name no attendance list holds is no member or attendee
            lists = fold_ocr(" ".join(f"{a.name} {a.affiliation} {'via Teams' if a.remote else ''}"
                                      for m in ms for a in m.attendees) + " " + " ".join(m.guest_line for m in ms)
                             # (the meeting's place names the meeting, no attendee: "mötet på Mindpark")
                             + " " + " ".join(m.place_time or "" for m in ms))
            if intent.person:
                unknown = [] if fold_ocr(intent.person) in lists else [intent.person]
            else:
                unknown = unnamed(question, lists, GLOSSARY)
            if unknown:
                # "Vilka deltog från Startpoint Advisory?", "Vilken organisation representerade Andreas Ekberg?":
                # people who joined or presented an item are in its text, not the lists
                found = self._in_items(question, intent, filters, w)
                if found.grounded and all(fold_ocr(u) in fold_ocr(found.text) for u in unknown):
                    return found
                a = Answer(question, NOTHING[lang], False, [], lang, intent=intent.kind)
                a.note = (f"Närvarolistorna nämner inte {', '.join(unknown)}." if lang == "sv" else
                          f"The attendance lists do not mention {', '.join(unknown)}.")
                return a
        if intent.kind == "attendance" and intent.attendance == "guests" and not (w.date_from or w.latest):
            # "Vilka gäster har deltagit på mötena?": the meetings that had guests, over time
            ms = [m for m in ms if m.guests] or ms[-1:]
        elif intent.kind == "attendance" and not (w.date_from or w.latest or intent.person or intent.municipality) \
                and not _OVER_TIME.search(fold_ocr(question)):
            # "Who attended from Region Skåne as development director?": the meetings whose guests it names
            asked = question_terms(question, lang)
            hosting = [m for m in ms if m.guests and asked and shared_terms(asked, content_terms(m.guest_line))]
            if hosting:
                ms, intent = hosting, replace(intent, attendance="guests")
            else:
                ms = ms[-1:]
                note = "Närvaro vid det senaste mötet." if lang == "sv" else "Attendance at the latest meeting."
        if intent.kind == "meeting" and not ms:
            return None
        with_att = bool(_WITH_ATTENDANCE.search(fold_ocr(question)))
        current = intent.kind == "role" and not (w.date_from or w.latest) and \
            bool(re.search(r"\b(ar|is|nuvarande|current|currently|now|nu|idag|today|framover|fortsattningsvis|going forward|"
                           # "Who heads the secretariat?", "Vem leder sekretariatet?" (not "the heads of …")
                           r"(?:who|vem) (?:heads|leads|runs|leder))\b",
                          fold_ocr(question)))
        a = answer_structured(question, intent, lang, ms, self.retriever, with_att, current, self.people())
        if a is not None and note:
            a.note = note
        return a

    def ask(self, question: str, k: int | None = None, filters: Filters | None = None,
            conversation: Conversation | None = None, mode: str | None = None) -> Answer:
        started, f = self.start(question, k, filters, conversation, mode)
        if not isinstance(started, Answer):
            for _ in started:
                pass
            started = started.answer
        self.remember(conversation, question, started, f)
        return started

    @staticmethod
    def remember(conversation: Conversation | None, question: str, answer: Answer, filters: Filters) -> None:
        if conversation is not None:
            conversation.turns.append(Turn(question, answer, filters))


def _named_items(question: str, cited: list, k: int) -> list:
    """The previous answer's items a follow-up names by a word of their heading ("Vem ledde punkten om
    rekrytering?" after a meeting's agenda of twelve items), else its first ``k``."""
    own = distinctive_terms(question)
    named = [s for s in cited if own and shared_terms(as_terms(own), content_terms(s.item_title))]
    return named or cited[:k]


def _items_led_only(text: str) -> bool:
    """Every quoted line tells that someone led an item ("… anslöt och ledde punkten", "Punkten leddes av …")."""
    quoted = [fold_ocr(l) for l in text.splitlines() if l.startswith("- ")]
    return bool(quoted) and all(re.search(r"\bledde punkt\w*|\bpunkt\w* (?:leddes|ledes)\b", q) for q in quoted)


# "Vilka har varit frånvarande?", "Who has been absent at the meetings?": every meeting, not the latest
_OVER_TIME = re.compile(r"\b(har varit|have been|has been|genom aren|over the years|nagonsin|ever|alla moten|"
                        r"all (?:the )?meetings|pa motena|vid motena|at the meetings|at meetings|oftast|most often)\b")
_MEETING_NOUN = re.compile(r"\b(mote\w*|meetings?|sammantrad\w*|dagordning\w*|agendan?)\b")
# a room or an address at a venue, which the place line gives ("Métesrum Studion", "Bredgatan 11")
_ROOM_Q = re.compile(r"\b(rum|rummet|motesrum\w*|lokal(?:en)?|room|address|adress\w*|street|gata|gatan|"
                     # "I vilken stad ligger Mindpark?", "Which town is Ring Knutstorp in?"
                     r"stad|ort|orten|town|city|village)\b")


NEXT_MEETING_GAP = 92  # days: a meeting on record further after the day is not known to be the next one held


def _days_between(a: str, b: str) -> int:
    return (dt.date.fromisoformat(b[:10]) - dt.date.fromisoformat(a[:10])).days


def _no_meeting_after(question: str, day: str, lang: str, indexed: str | None) -> Answer:
    """No meeting on record follows soon after the day the question names (``indexed``: the next one the
    index holds, months later)."""
    msg = (f"Protokollen har inget möte under tre månader efter {day}." if lang == "sv" else
           f"The minutes hold no meeting in the three months after {day}.")
    a = Answer(question, msg + " " + NOTHING[lang], False, [], lang, intent="meeting")
    if indexed:
        a.note = (f"Nästa möte i de indexerade protokollen är {indexed}; möten däremellan finns inte i dem." if lang == "sv"
                  else f"The next meeting in the indexed minutes is {indexed}; meetings between are not in them.")
    return a


def _no_meeting(question: str, w: When, lang: str, kind: str) -> Answer:
    """The question's dates name no meeting the index holds."""
    period = w.date_from if w.date_from == w.date_to else f"{w.date_from} – {w.date_to}"
    msg = (f"Det finns inget möte {period} i protokollen." if lang == "sv" else
           f"There is no meeting {period} in the minutes.")
    return Answer(question, msg + " " + NOTHING[lang], False, [], lang, intent=kind)


def _year_kept(answer: Answer, w: When, intent: Intent) -> Answer:
    """A year the question names ("Traineeprogrammet 2019", "the budget in 2026") that no cited item
    was held in or mentions: a quote about another year does not answer it."""
    if not answer.grounded or intent.kind == "timeline" or not w.date_from:
        return answer
    if not (w.year_only or w.bare):
        return _year_first(answer, w, intent)
    year = w.date_from[:4]
    cited = [s for s in answer.sources if s.rank in answer.cited]
    if not cited or any(_of_year(s, year) for s in cited):
        return _year_first(answer, w, intent)
    a = Answer(answer.question, NOTHING[answer.language], False, answer.sources, answer.language, intent=intent.kind)
    a.note = (f"Punkterna som handlar om frågan nämner inte {year}." if answer.language == "sv" else
              f"The items about the question do not mention {year}.")
    return a


def _year_led(retrieval: Retrieval, w: When) -> Retrieval | None:
    """The retrieval narrowed to its items held in or mentioning the question's (bare) year, when one of
    the first three is and the first is not."""
    if not retrieval.sources or not w.date_from or not (w.year_only or w.bare):
        return None
    year = w.date_from[:4]
    if _of_year(retrieval.sources[0], year) or not any(_of_year(s, year) for s in retrieval.sources[:3]):
        return None
    return replace(retrieval, sources=renumbered([s for s in retrieval.sources if _of_year(s, year)]))


def _month_led(retrieval: Retrieval, question: str, w: When) -> Retrieval | None:
    """The retrieval narrowed to its items of meetings held in the month the question names alone ("i maj"),
    when some but not all of the first three are."""
    months = {f"{m:02d}" for m in months_alone(question)}
    if not months or w.date_from or w.latest or not retrieval.sources:
        return None
    held = [(s.meeting.date or "")[5:7] in months for s in retrieval.sources]
    if all(held[:3]) or not any(held[:3]):
        return None
    return replace(retrieval, sources=renumbered([s for s, h in zip(retrieval.sources, held) if h]))


def _of_year(s, year: str) -> bool:
    return (s.meeting.date or "").startswith(year) or \
        (s.item is not None and year in f"{s.item.title} {s.item.body} {' '.join(s.item.decisions)}")


def _year_first(answer: Answer, w: When, intent: Intent) -> Answer:
    """A fact answer to a question naming a year ("… at the board in December 2025") quotes the items held in
    or mentioning that year, when there are any, and not the others (the 2019 "budgetupplägg från 2020")."""
    if not answer.grounded or intent.kind != "fact" or not w.date_from:
        return answer
    year = w.date_from[:4]
    cited = [s for s in answer.sources if s.rank in answer.cited]
    other = {s.rank for s in cited if not _of_year(s, year)}
    if not other or len(other) == len(cited):
        return answer
    lines = [ln for ln in answer.text.split("\n")
             if not (ln.startswith("- ") and cited_ranks(ln) and set(cited_ranks(ln)) <= other)]
    text = "\n".join(lines)
    return replace(answer, text=text, cited=cited_ranks(text))


def _history(conversation: Conversation | None) -> list[tuple[str, str]]:
    return [(t.question, t.answer.text) for t in conversation.turns] if conversation else []


_SHARED: dict[Settings, Service] = {}
_SHARED_LOCK = threading.Lock()


def shared(settings: Settings) -> Service:
    """One service per settings and process (the app's, warmed by ``qa.serve``).
    A failure (e.g. no index yet) is not cached."""
    with _SHARED_LOCK:
        if settings not in _SHARED:
            _SHARED[settings] = Service(settings)
        return _SHARED[settings]
