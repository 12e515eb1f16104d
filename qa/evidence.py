"""Whether the retrieved items answer a question, and which of them to trust.

Decided from evidence that carries over to new questions and languages rather
than from absolute cosines fitted to one question set:

- agreement: the dense and the lexical (BM25) retrievers rank the same item first;
- peak: how far the top item's dense cosine stands above the mean of the next
  nine (a flat profile means the question matched nothing in particular);
- coverage: the share of the question's distinctive words that occur in the top
  item, and whether one of its rare words does.

Calibrated on the dev split only (``python -m eval`` reports the frozen test split)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from minutes.records import Source

from .intent import MUNICIPALITIES
from .lexical import INFLECTED, content_terms
from .retrieve import Retrieval, Retriever

PEAK_CONFIDENT = 0.035  # dense alone is trusted above this (dev: unanswerable ≤ 0.029, answerable mostly ≥ 0.04)
PEAK_WITH_AGREEMENT = 0.02  # when BM25 agrees on the top item
COVERAGE_LEXICAL = 0.67  # lexical alone: two thirds of the distinctive words and a rare one in the top item
RELATED_DENSE = 0.03  # an item within this cosine of the top one may also be trusted (if it shares a rare word)
RELATED_COVERAGE = 0.75  # … and when it holds nearly as many of the question's words as the top item

# Words in nearly every item (member municipalities, the organisation) are no evidence
# that an item is about the question: "bemanning i Perstorp" must not match an attendance list.
_COMMON = " ".join(MUNICIPALITIES) + " familjen skåne skane kommun kommunen kommuner kommunerna kommunernas " \
    "kommundirektör kommundirektörer kommundirektörerna directors director group gruppen"
# Words that say what kind of answer is wanted, not what it is about.
_ASKING = """vem vems varifrån kommer vilka vilken vilket vad när var hur mycket många who whom whose what which when where how much many
    until since ahead big topic topics subject subjects ämne ämnen ämnet matter matters
    och and also också sedan summarise summarize sammanfatta tell told berätta please
    genom åren aren tid över over time years through across throughout
    history historik tidslinje timeline behandlats evolved progressed
    developed work arbetet changed förändrats ändrats
    punkt punkten punkter item handled dealt treated hanterats discussed diskuterats
    held hållas hålls meet träffas fram tas togs tagits
    everyone everybody anyone anybody someone somebody one ones sub come comes came coming often frequently kind sort
    ongoing händer hände hänt
    give me key points anything something brief explain describe overview news update updates status details going
    gist essence
    ge mig kort förklara beskriv översikt nytt nyheter läget here
    bestämt bestämde bestämdes agree agreed done gjort göra gör gjorde gäller quick supposed get got gets gällde
    consist consisted consists contain contained contains comprise comprised innehöll innehåller bestod""".split()
# (where a meeting is "held", where they "meet": a place, no topic; "give me the key points", "has anything been
# decided", "how has the work developed": a request or a way of asking, no topic)


@lru_cache(maxsize=1)
def _common_terms() -> frozenset[str]:
    return frozenset(content_terms(_COMMON))


def distinctive_terms(question: str) -> set[str]:
    """The question's content words minus those found in nearly every item, the words
    that ask rather than name, and the date that says when (it narrows, it is no topic)."""
    from .when import date_words

    # "Which decisions were taken …": a decision taken or made says no more than "decision" ("take place" does)
    question = re.sub(r"\b(decisions?) (?:were|was|have been|has been) (?:taken|made)\b", r"\1", question, flags=re.I)
    # "Show the history of …", "List …", "Visa …", "Trace …", "Följ …": a request, not what the question is about
    question = re.sub(r"^\W*(?:show|list|give|visa|lista|ge|trace|follow|följ|folj)\b(?: me| mig| us| oss)?", "",
                      question, flags=re.I)
    # "Which two meetings …": how many it expects, not what it is about ("krockar två gånger")
    # (of meetings or days only: "Which two topics …" must still meet an item that lists two)
    question = re.sub(r"\b(which|the|vilka|de) (?:two|three|four|five|två|tva|tre|fyra|fem) (?=(?:meetings?|dates?|days?|"
                      r"möten|moten|datum|dagar|tillfällen)\b)", r"\1 ", question, flags=re.I)
    # "take place": when or where something happens, the way "held" asks
    question = re.sub(r"\b(?:take|takes|took|taken|taking) place\b", "", question, flags=re.I)
    # "fick i uppdrag": the task is the topic, "fick" only says it was given ("att uppdra till sekretariatschef")
    question = re.sub(r"\b(?:fick|får|far|fått|fatt)(?= (?:\w+ )?i uppdrag\b)", "", question, flags=re.I)
    # "When does it come back?", "När kommer den tillbaka?": when a matter returns, no topic of its own
    question = re.sub(r"\b((?:come|comes|came|coming) back|(?:kommer|komma|kom) (?:\w+ )?tillbaka)\b", " ", question,
                      flags=re.I)
    # "Vad är nästa steg för …?", "the next step": what happens next, not a matter called a step ("steg 2")
    question = re.sub(r"\b(?:(?:the )?next steps?|nästa steg(?:et)?|nasta steg(?:et)?)\b", " ", question, flags=re.I)
    # "When is the next board meeting?": which meeting is next is the date the answer names, no topic word
    question = re.sub(r"\b(?:next|upcoming|nästa|nasta)(?= (?:(?:board|directors'?) )?meeting\b| (?:styrelse)?möte)", " ", question,
                      flags=re.I)
    # "What is planned for the anniversary?", "Vad planeras för …?": asks what is to come, no topic of its own
    question = re.sub(r"\b(?:what(?:'s| is| are| was| were)|vad (?:är|ar)?)\s*(?:planned|planerat|planeras)\b", " ",
                      question, flags=re.I)
    # "Vem ledde workshopen?", "Who ran the item?": who led it is what is asked (the strict check wants a
    # sentence saying so: "Ola Odebäck … genomförde en workshop"), no word the item must hold; the meeting's
    # leader is the chair, asked as a role
    question = re.sub(r"^(\W*(?:vem|vilka|who)\s+)(?:ledde|led|ran)\b(?!\s+(?:mötet|motet|mötena|motena|the meetings?|"
                      r"meetings?)\b)", r"\1", question, flags=re.I)
    # "per år", "per year": a rate, not the name Per; the minutes write "årlig"
    question = re.sub(r"\bper (?:år|ar|year)\b", "årlig", question, flags=re.I)
    asking = _asking_terms()
    if _TASKED_SUMMARY.search(question):
        asking = asking - content_terms("summarise summarize sammanfatta")
    return content_terms(question) - _common_terms() - content_terms(date_words(question)) - asking


# "What should Johan Lindberg summarise?": a summary someone was tasked with is the topic, not a request for one
_TASKED_SUMMARY = re.compile(r"\b(?:should|shall|will|must|ska|skall|skulle|to)\s+(?:[A-ZÅÄÖ][\wåäöé-]+\s+){0,2}"
                             r"(?:summari[sz]e|sammanfatta)\b")


# The question's distinctive words, each with the words that also count as it: for an
# English question, the Swedish words of its domain glossary ("transport" → "kollektivtrafik"),
# so that coverage and rare words can be judged over Swedish minutes.
Terms = dict[str, frozenset[str]]


def question_terms(question: str, lang: str, phrases: bool = False) -> Terms:
    """``phrases``: an English question's glossary phrases count as one Swedish word each."""
    from .glossary import as_phrases, phrase_forms, swedish_forms, swedish_synonyms

    phrased: dict[str, set[str]] = {}
    if phrases and lang == "en":
        phrased = phrase_forms(question)
        question = as_phrases(question)
    forms = swedish_forms(question) if lang == "en" else swedish_synonyms(question)
    return {t: frozenset(forms.get(t, ())) | frozenset(phrased.get(t, ())) for t in distinctive_terms(question)}


def day_terms(question: str) -> Terms:
    """The days a question names, as words to find ("on 23 January" → "23" and "jan", which also
    counts as "januari"/"january"), and the months it names alone: for a day or month no meeting was
    held in, it is what the question is about ("Where will the directors meet on 23 January?" →
    "(23 jan och 17 april) … i Lund")."""
    from .when import days_named, months_alone, months_with_year

    out: Terms = {}
    for year, month, day in days_named(question):
        # the minutes also write a day as yymmdd ("styrelsen 181130" for 30 November 2018)
        compact = frozenset({f"{year % 100:02d}{month:02d}{day:02d}"}) if year else frozenset()
        out[str(day)] = compact
        out.update({k: f | compact for k, f in _month_term(month).items()})
    for month in months_alone(question) + [m for _, m in months_with_year(question)]:
        out.update(_month_term(month))  # "the December board meeting" → "den 5 dec"
    # "Var ska mötena hållas i april 2026?": the year of a month no meeting was held in is a word to find too
    # ("Mötesdatum för 2026 diskuterades …")
    out.update({str(year): frozenset() for year, _ in months_with_year(question)})
    return out


def _month_term(month: int) -> Terms:
    from ingest.dates import MONTHS

    names = " ".join(k for k, v in MONTHS.items() if v == month)  # "januari january", Swedish first
    return {names[:3]: frozenset(content_terms(names))}


@lru_cache(maxsize=1)
def _asking_terms() -> frozenset[str]:
    return frozenset(content_terms(" ".join(_ASKING)))


@dataclass
class Evidence:
    grounded: bool
    trusted: list[Source]  # the sources an answer may quote, best first
    reason: str
    peak: float = 0.0
    agree: bool = False
    coverage: float = 0.0

    @property
    def top_item(self) -> Source | None:
        """The best trusted agenda item, when the evidence is grounded."""
        return next((s for s in self.trusted if s.item is not None), None) if self.grounded else None


def as_terms(terms: set[str] | Terms) -> Terms:
    return terms if isinstance(terms, dict) else {t: frozenset() for t in terms}


# a definite or genitive ending the stemmer leaves on a question's word ("upplägget" ~ the item's "upplägg")
_DEFINITE = ("et", "en", "ets", "ens")


def shared(terms: set[str] | Terms, other: set[str], short_heads: bool = True) -> set[str]:
    """Those of ``terms`` found in ``other`` (a term with forms: as itself or any of its
    forms), whole or as part of a Swedish compound: its head ("traineeprogrammet" ~
    "traineeprojekt": the first seven letters of long words) or its tail ("program" in
    "utvecklingsprogram"; a five-letter tail after a linking s: "datum" in "mötesdatum"), or with a
    definite or genitive ending ("vegea" ~ "vegean", "upplagget" ~ "upplagg"). ``short_heads``: a
    stem of six or seven letters may also be the head of a long word ("traine" of "traineeprojekt");
    retrieval takes it, the verifier does not."""
    heads = {o[:7] for o in other if len(o) >= 8}
    longs = [o for o in other if len(o) >= 9]

    def hit(w: str) -> bool:
        # a short stem is the head of a longer word ("traine" of "traineeprojekt", "inform" of "informationen")
        return w in other or (len(w) >= 8 and w[:7] in heads) or \
            (len(w) >= 5 and any(w + e in other for e in INFLECTED)) or \
            (len(w) >= 7 and any(w.endswith(e) and w[:-len(e)] in other for e in _DEFINITE)) or \
            (len(w) >= 6 and any(o.endswith(w) for o in longs)) or \
            (len(w) == 5 and any(o.endswith("s" + w) for o in longs)) or \
            (short_heads and 6 <= len(w) < 8 and w not in _common_terms() and any(o.startswith(w) for o in longs)) or \
            (short_heads and _compound_hit(w, other))
    return {t for t, forms in as_terms(terms).items() if hit(t) or any(hit(f) for f in forms)}


def _compound_hit(w: str, other: set[str]) -> bool:
    """A compound of the question made of two parts the item holds: its tail as a word and its head as
    the head of a word ("teleavtalet" ~ "avtal" and "teleupphandling")."""
    if len(w) < 9:
        return False
    for i in range(4, len(w) - 4):
        head, tail = w[:i], w[i:]
        bare = {tail} | {tail[:-len(e)] for e in INFLECTED if tail.endswith(e) and len(tail) - len(e) >= 5}
        # (the head may be a name the item inflects: "vegeaprojektet" ~ "vegean")
        # a linking s closes the head ("chefs|satsning" ~ "satsning" and "chefer")
        heads = (head, head[:-1]) if head.endswith("s") and i >= 5 else (head,)
        if (bare & other or any(tail + e in other for e in INFLECTED)) and \
                any(o.startswith(h) and o != w and not o.startswith(w) for h in heads for o in other
                    if len(o) > len(h) + 2 or o == h or o[len(h):] in INFLECTED):
            return True
    return False


def strict_shared(terms: set[str] | Terms, other: set[str]) -> set[str]:
    """``shared`` as the verifier matches: no short stem as the head of a long word."""
    return shared(terms, other, short_heads=False)


def rare_words(retriever: Retriever, terms: Terms) -> Terms:
    """Those of ``terms`` that are (or have a form that is) rare among the items; a compound no item holds,
    by the items' words it is made of ("vegeaprojektet" by "vegean"); a word no item holds, by the
    compounds it ends ("databas" by "tillganglighetsdatabasen")."""
    return {t: f for t, f in terms.items() if retriever.rare_terms({t} | f) or
            (not retriever.item_frequency(t) and retriever.rare_terms(retriever.compounds_of({t}))) or
            # the tail of a compound, when no form of the word is an item's word ("databas")
            (not any(retriever.item_frequency(x) for x in {t} | f) and
             retriever.rare_terms(retriever.compounds_ending(t)))}


def exact(terms: Terms, other: set[str]) -> set[str]:
    """Those of ``terms`` that are (or have a form that is) a word of ``other``, no compounds."""
    return {t for t, f in terms.items() if ({t} | f) & other}


def source_terms(s: Source) -> frozenset[str]:
    return _text_terms(s.text, s.item_title)


@lru_cache(maxsize=1024)
def _text_terms(text: str, title: str) -> frozenset[str]:
    # weighing a question stems the same few items several times (top, neighbours, trusted)
    return frozenset(content_terms(text + " " + title))


def _holder(candidates: list[Source], terms: Terms, rare: Terms) -> Source | None:
    """The one candidate holding a rare word of the question and all its words, if exactly one does."""
    if not rare:
        return None
    held = [(s, source_terms(s)) for s in candidates]
    hits = [s for s, st in held if shared(rare, st) and len(shared(terms, st)) == len(terms)]
    # (or two, for a question of three or more words: "styrelsen 181130" in both 2019 items)
    return hits[0] if len(hits) == 1 or (len(hits) == 2 and len(terms) >= 3) else None


WINNER_COVERAGE = 0.5  # the clear lexical winner must also hold this share of the question's words (set on dev)


def _lexical_winner(candidates: list[Source], near: list[Source], terms: Terms, rare: Terms) -> Source | None:
    if not rare or len(terms) < 2:
        return None
    held = {id(s): shared(terms, source_terms(s)) for s in near}
    best = max(candidates, key=lambda s: len(held[id(s)]))
    n = len(held[id(best)])
    if n < 2 or n / len(terms) < WINNER_COVERAGE or not shared(rare, source_terms(best)):
        return None
    return best if all(len(held[id(s)]) < n for s in near if s is not best) else None


def _with_dense_top(candidates: list[Source], near: list[Source]) -> list[Source]:
    """``candidates`` and the dense side's first of ``near``, if it is not one of them."""
    dense_top = max(near, key=lambda s: s.dense_score or 0.0)
    return candidates + [dense_top] if dense_top not in candidates else candidates


def _holding_all(sources: list[Source], terms: Terms) -> list[Source]:
    """Those of ``sources`` that hold every word of the question."""
    return [s for s in sources if len(shared(terms, source_terms(s))) == len(terms)]


def _led_by(sources: list[Source], alt: Source, terms: Terms, rare: Terms):
    """``sources`` with ``alt`` first, and ``alt``'s terms, coverage of the question and rare-word hit."""
    alt_terms = source_terms(alt)
    coverage = len(shared(terms, alt_terms)) / len(terms) if terms else 0.0
    return [alt] + [s for s in sources if s is not alt], alt_terms, coverage, bool(shared(rare, alt_terms))


def weigh(retrieval: Retrieval, retriever: Retriever, terms: set[str] | Terms, spread: bool = False) -> Evidence:
    """``spread``: the question asks about a topic over time (a timeline), so its words are
    expected in several items rather than rare; all of them in two retrieved items is evidence."""
    sources = retrieval.sources
    if not sources:
        return Evidence(False, [], "inga källor")
    terms = as_terms(terms)
    top = sources[0]
    scores = retrieval.dense_profile
    peak = scores[0] - float(np.mean(scores[1:10])) if len(scores) > 2 else 0.0
    agree = retrieval.top_agree
    top_terms = source_terms(top)
    coverage = len(shared(terms, top_terms)) / len(terms) if terms else 0.0
    rare = rare_words(retriever, terms)
    rare_hit = bool(shared(rare, top_terms))
    whole = _holding_all(sources[:5], terms)  # the first five that hold every word of the question
    scored = False  # grounded by the retrievers' scores (not by which item holds the question's words)
    if agree and (coverage >= 0.5 or rare_hit or (peak >= PEAK_WITH_AGREEMENT and coverage > 0.25)):
        reason, scored = "dense och lexikal sökning är överens", True
    elif peak >= PEAK_CONFIDENT:
        reason, scored = "tydlig semantisk träff", True
        # the peak is the dense side's top item; that is the one trusted, not the fused first
        dense_top = max(sources, key=lambda s: s.dense_score or 0.0)
        if dense_top is not top and (dense_top.dense_score or 0.0) >= scores[0] - 1e-6:
            top = dense_top
            sources, top_terms, coverage, rare_hit = _led_by(sources, top, terms, rare)
    elif rare_hit and coverage >= COVERAGE_LEXICAL:
        reason = "frågans ovanliga ord finns i punkten"
    elif terms and len(shared(terms, content_terms(top.item_title))) == len(terms):
        reason = "frågans ord finns i punktens rubrik"
    elif (alt := _holder(sources[1:3], terms, rare)) is not None:
        # the dense side ranked a neighbour first; the item holding the question's rare words and all
        # its words is the one it asks about ("the transition programme for the municipalities")
        top, reason = alt, "frågans ovanliga ord och alla dess ord finns i en annan träff"
        sources, top_terms, coverage, rare_hit = _led_by(sources, alt, terms, rare)  # coverage 1.0, a rare hit
    elif (alt := _lexical_winner(_with_dense_top(sources[:3], sources[:5]), sources[:5], terms, rare)) is not None:
        # one of the first three (or the dense side's first, if near the top) holds a rare word of the question
        # and more of its words than any other item near the top ("the next step … for the supplier
        # ombudsman"; "Which region's accessibility database …?" over items sharing only "region")
        top, reason = alt, "en träff har klart flest av frågans ord"
        sources, top_terms, coverage, rare_hit = _led_by(sources, alt, terms, rare)
    elif not rare and len(terms) >= 3 and len(whole) == 1 and whole[0] in sources[:2]:
        # no word of the question is rare, but only the first (or second) item holds all of its (three or more)
        # words ("the network's infrastructure proposal"; "the proposal for the new working form … presented"
        # over the item that only shares "arbetsform")
        if whole[0] is not top:
            top = whole[0]
            sources, top_terms, coverage, rare_hit = _led_by(sources, top, terms, rare)
        reason = "bara en av de första träffarna har alla frågans ord"
    elif rare and len(terms) >= 2 and len(whole) == 1:
        # every word of the question is in one item near the top and in no other ("How much money is being
        # returned?": "lämna tillbaka 225 000 kronor" in the fourth); its rare words make it the one asked about
        top = whole[0]
        sources, top_terms, coverage, rare_hit = _led_by(sources, top, terms, rare)
        reason = "bara en träff har alla frågans ord"
    elif spread and terms and len(whole) >= 2:
        # (led by the first that holds them: "How has public transport been discussed …?" puts "Diskussion kring
        # styrmodeller" first)
        if whole[0] is not top:
            top = whole[0]
            sources, top_terms, coverage, rare_hit = _led_by(sources, top, terms, rare)
        reason = "ämnet finns i flera punkter"
    else:
        return Evidence(False, [], "svagt stöd", peak, agree, coverage)
    if scored and rare and \
            (alt := _lexical_winner(sources[:3], sources[:5], terms, rare)) is not None and alt is not top and \
            (not rare_hit or set() < exact(terms, top_terms) < exact(terms, source_terms(alt))):
        # both retrievers (or the dense side) put first an item without the question's rare word, and the
        # second holds it and clearly more of the question's words ("pengar … per år" → "årlig finansiering");
        # or the first holds a rare word too, but the other holds all of the first's words and more, as words of
        # its own ("Which strategy document … on infrastructure?": "Vägval Skåne" over the strategy of 2019)
        top = alt
        sources, top_terms, coverage, rare_hit = _led_by(sources, alt, terms, rare)
    # Other items are trusted when they share a rare word of the question as a word of their
    # own (not as the head of a compound: "leverantör" is no "leverantörsombudsperson") and
    # hold nearly as many of its words as the top item (or, without rare words, are as close
    # as the top item); near-equal cosines or one shared word alone pull in neighbouring topics.
    best = top.dense_score or 0.0
    trusted = [top]
    for s in sources[1:]:
        terms_s = source_terms(s)
        if rare:
            near = len(shared(terms, terms_s)) >= RELATED_COVERAGE * coverage * len(terms)
            ok = bool(exact(rare, terms_s)) and near and (rare_hit or (s.dense_score or 0) >= best - RELATED_DENSE)
        else:
            ok = ((s.dense_score or 0) >= best - RELATED_DENSE / 3 and bool(shared(terms, terms_s))) or \
                (bool(terms) and len(shared(terms, content_terms(s.item_title))) == len(terms))
        if ok:
            trusted.append(s)
    return Evidence(True, trusted, reason, peak, agree, coverage)
