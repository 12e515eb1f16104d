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

from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from minutes.records import Source

from .intent import MUNICIPALITIES
from .lexical import content_terms
from .retrieve import Retrieval, Retriever

PEAK_CONFIDENT = 0.035  # dense alone is trusted above this (dev: unanswerable ≤ 0.029, answerable mostly ≥ 0.04)
PEAK_WITH_AGREEMENT = 0.02  # when BM25 agrees on the top item
COVERAGE_LEXICAL = 0.67  # lexical alone: two thirds of the distinctive words and a rare one in the top item
RELATED_DENSE = 0.03  # an item within this cosine of the top one may also be trusted (if it shares a rare word)

# Words in nearly every item (member municipalities, the organisation) are no evidence
# that an item is about the question: "bemanning i Perstorp" must not match an attendance list.
_COMMON = " ".join(MUNICIPALITIES) + " familjen skåne skane kommun kommunen kommuner kommunerna kommunernas " \
    "kommundirektör kommundirektörer kommundirektörerna directors director group gruppen"
# Words that say what kind of answer is wanted, not what it is about.
_ASKING = """vem vilka vilken vilket vad när var hur mycket många who what which when where how much many until since
    och and also också sedan summarise summarize sammanfatta tell berätta please
    genom åren aren tid över over time years through history historik tidslinje timeline behandlats evolved progressed""".split()


@lru_cache(maxsize=1)
def _common_terms() -> frozenset[str]:
    return frozenset(content_terms(_COMMON))


def distinctive_terms(question: str) -> set[str]:
    """The question's content words minus those found in nearly every item, the words
    that ask rather than name, and the date that says when (it narrows, it is no topic)."""
    from .when import date_words

    return {t for t in content_terms(question) - _common_terms() - content_terms(date_words(question))
            if t not in _ASKING}


@dataclass
class Evidence:
    grounded: bool
    trusted: list[Source]  # the sources an answer may quote, best first
    reason: str
    peak: float = 0.0
    agree: bool = False
    coverage: float = 0.0


def shared(terms: set[str], other: set[str]) -> set[str]:
    """Those of ``terms`` found in ``other``, whole or as the head of a Swedish compound
    ("traineeprogrammet" ~ "traineeprojekt": the first seven letters of long words)."""
    heads = {o[:7] for o in other if len(o) >= 8}
    return {t for t in terms if t in other or (len(t) >= 8 and t[:7] in heads)}


def source_terms(s: Source) -> set[str]:
    return content_terms(s.text + " " + s.item_title)


def weigh(retrieval: Retrieval, retriever: Retriever, terms: set[str]) -> Evidence:
    sources = retrieval.sources
    if not sources:
        return Evidence(False, [], "inga källor")
    top = sources[0]
    scores = retrieval.dense_profile
    peak = scores[0] - float(np.mean(scores[1:10])) if len(scores) > 2 else 0.0
    agree = retrieval.top_agree
    top_terms = source_terms(top)
    coverage = len(shared(terms, top_terms)) / len(terms) if terms else 0.0
    rare = retriever.rare_terms(terms)
    rare_hit = bool(shared(rare, top_terms))
    if agree and (coverage >= 0.5 or rare_hit or peak >= PEAK_WITH_AGREEMENT):
        reason = "dense och lexikal sökning är överens"
    elif peak >= PEAK_CONFIDENT:
        reason = "tydlig semantisk träff"
    elif rare_hit and coverage >= COVERAGE_LEXICAL:
        reason = "frågans ovanliga ord finns i punkten"
    elif terms and len(shared(terms, content_terms(top.item_title))) == len(terms):
        reason = "frågans ord finns i punktens rubrik"
    else:
        return Evidence(False, [], "svagt stöd", peak, agree, coverage)
    # Other items are trusted when they share a rare word of the question (or, without rare
    # words, are as close as the top item); near-equal cosines alone pull in neighbouring topics.
    best = top.dense_score or 0.0
    trusted = [top]
    for s in sources[1:]:
        terms_s = source_terms(s)
        if rare:
            ok = bool(shared(rare, terms_s)) and (rare_hit or (s.dense_score or 0) >= best - RELATED_DENSE)
        else:
            ok = ((s.dense_score or 0) >= best - RELATED_DENSE / 3 and bool(shared(terms, terms_s))) or \
                (bool(terms) and len(shared(terms, content_terms(s.item_title))) == len(terms))
        if ok:
            trusted.append(s)
    return Evidence(True, trusted, reason, peak, agree, coverage)
