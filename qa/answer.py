"""Extractive answers (the default; no LLM): every statement is a verbatim unit
of the minutes (a decision, a sentence, an attendance line) followed by the
marker [n] of the retrieved source it comes from.

Decision questions list the decisions of the relevant items grouped by meeting
in date order; other questions get the best-matching sentences. When nothing
scores above the calibrated thresholds, the answer abstains (``grounded`` is
False) rather than guess."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np

from minutes.records import MEETING_LABEL, Source
from minutes.text import addresses_model, fold

from .lexical import content_terms
from .retrieve import Retrieval, Retriever

# Calibrated on the eval set's answerable vs. unanswerable questions and checked
# on held-out unanswerable ones (python -m eval; README "Evaluation"). Cosines are
# multilingual-e5-small's; another embedder needs its own calibration.
GROUND_SIM = {"sv": 0.835, "en": 0.82}  # best sentence unit; e5 scores English→Swedish lower
GROUND_SIM_LEX = 0.815  # ... when most (>= 3/4) of the question's content words occur in the unit
GROUND_ITEM = 0.84  # best whole agenda item (dense), e.g. when the answer spans several sentences
GROUND_STRONG = 0.86  # above this a unit needs no lexical support
# Words in nearly every item (member municipalities, the organisation) are no evidence
# that an item is about the question: "bemanning i Perstorp" must not match an attendance list.
_NAMES = set("""bjuv båstad helsingborg höganäs klippan landskrona perstorp svalöv åstorp ängelholm örkelljunga
    familjen skåne kommun kommunen kommuner kommunerna kommunernas""".split())
RELATED_MARGIN = 0.03  # items within this of the best are also relevant

NOTHING = {
    "sv": "Jag hittar inget om det i protokollen.",
    "en": "I find nothing about that in the minutes.",
}
_EN = set("what who whom which when where why how was were did does do is are the of about decided decision "
          "decisions meeting meetings minutes attended absent present budget money cost".split())
_SV = set("vad vem vilka vilken när var varför hur är om och det den beslutades beslut mötet möte protokollet "
          "närvarande frånvarande kostar kostnad".split())
_DECISION_Q = re.compile(r"beslut|besluta|beslöt|decid|decision|resolv|agreed|bestämde|bestamde")


def language(question: str) -> str:
    ws = re.findall(r"[a-zåäöé]+", question.lower())
    en = sum(w in _EN for w in ws)
    sv = sum(w in _SV for w in ws) + 2 * bool(re.search(r"[åäö]", question.lower()))
    return "en" if en > sv else "sv"


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

    def public_dict(self) -> dict:
        """The shape of ``qa ask --json`` (a public interface)."""
        return {
            "question": self.question,
            "answer": self.text,
            "grounded": self.grounded,
            "mode": self.mode,
            "language": self.language,
            "note": self.note,
            "cited": self.cited,
            "sources": [s.public_dict() for s in self.sources],
        }


@dataclass
class _Unit:
    source: Source
    text: str
    sim: float
    lex: float

    @property
    def score(self) -> float:
        return self.sim + 0.04 * self.lex


def distinctive_terms(question: str) -> set[str]:
    """The question's content words minus those found in nearly every item."""
    return {t for t in content_terms(question) - _name_terms() if not t.startswith("kommundirektor")}


@lru_cache(maxsize=1)
def _name_terms() -> frozenset[str]:
    return frozenset(content_terms(" ".join(_NAMES)))


def _units(retriever: Retriever, retrieval: Retrieval, terms: set[str]) -> list[_Unit]:
    """Every sentence unit of the retrieved items, scored against the question:
    cosine, and the share of distinctive question words in the unit or its item title."""
    q = np.asarray(retrieval.query_embedding, dtype=np.float32)
    out: list[_Unit] = []
    for src in retrieval.sources:
        doc_id = retriever.doc_id_of(src.meeting)
        idx = src.item.index if src.item is not None else -1
        title_terms = content_terms(src.item_title)
        for u in retriever.units_for(doc_id, idx):
            text = retriever.unit_text[u]
            if addresses_model(text):
                continue  # a planted instruction is never quoted as an answer
            sim = float(retriever.unit_emb[u] @ q) if q.size == retriever.unit_emb.shape[1] else 0.0
            lex = len(terms & (content_terms(text) | title_terms)) / len(terms) if terms else 0.0
            out.append(_Unit(src, text, sim, lex))
    return out


def _grounded(best: _Unit | None, terms: set[str], sources: list[Source], source_terms: dict[int, set[str]],
              lang: str) -> bool:
    """Calibrated abstention: a strong semantic match, or a moderate one that the
    question's own distinctive words confirm (English questions over Swedish text
    cannot be confirmed lexically, so they rely on their lower cosine threshold)."""
    if best is None:
        return False
    if best.sim >= GROUND_STRONG:
        return True
    item = max((s.dense_score or 0.0 for s in sources), default=0.0)
    moderate = best.sim >= GROUND_SIM[lang] or (best.lex >= 0.75 and best.sim >= GROUND_SIM_LEX) or item >= GROUND_ITEM
    # confirmed: a distinctive word of the question occurs in one of the top three sources
    return moderate and (lang == "en" or any(terms & source_terms[s.rank] for s in sources[:3]))


def extractive(question: str, retrieval: Retrieval, retriever: Retriever) -> Answer:
    lang = language(question)
    sources = retrieval.sources
    terms = distinctive_terms(question)
    units = _units(retriever, retrieval, terms)
    best = max(units, key=lambda u: u.score, default=None)
    source_terms = {s.rank: content_terms(s.text + " " + s.item_title) for s in sources}
    if not _grounded(best, terms, sources, source_terms, lang):
        return Answer(question, NOTHING[lang], False, sources, lang)
    cutoff = best.score - RELATED_MARGIN
    # When the question's own words occur in the minutes, an item must share one to
    # count as related (near-equal cosines alone pull in neighbouring topics).
    lexical = any(u.lex > 0 for u in units)
    # Rare question words ("leverantörsombudsperson", not "projekt") decide which items
    # are about the same thing; common ones only when the question has no rare word.
    rare = retriever.rare_terms(terms)
    rare_in = {s.rank for s in sources if rare & source_terms[s.rank]}
    relevant: dict[int, float] = {}
    for u in units:
        related = (u.source.rank in rare_in) if rare_in else (not lexical or u.lex > 0)
        if u.score >= cutoff and (related or u.source is best.source):
            relevant[u.source.rank] = max(relevant.get(u.source.rank, 0.0), u.score)

    if _DECISION_Q.search(fold(question)):
        text, cited = _decisions(question, lang, sources, relevant, units, terms)
        if text:
            return Answer(question, text, True, sources, lang, cited=cited)
    return _sentences(question, lang, sources, [u for u in units if u.source.rank in relevant], cutoff)


def _decisions(question, lang, sources, relevant, units, terms) -> tuple[str, list[int]]:
    chosen = [s for s in sources if s.rank in relevant and s.item is not None and s.item.decisions]
    if not chosen:
        return "", []
    chosen.sort(key=lambda s: (s.meeting.date or "", s.item.index))
    head = "Beslut i protokollen:" if lang == "sv" else "Decisions in the minutes:"
    lines = [head]
    for s in chosen:
        lines.append("")
        lines.append(f"**{MEETING_LABEL} {s.meeting.date}** – {s.item.label}")
        for d in s.item.decisions:
            lines.append(f"- {' '.join(d.split())} [{s.rank}]")
        if not any(terms & content_terms(d) for d in s.item.decisions):
            # The decision alone ("att notera informationen") does not say what it was about.
            ctx = max((u for u in units if u.source is s and u.text not in s.item.decisions),
                      key=lambda u: u.score, default=None)
            if ctx is not None:
                label = "Ur punkten" if lang == "sv" else "From the item"
                lines.append(f"  - {label}: ”{ctx.text}” [{s.rank}]")
    return "\n".join(lines), sorted({s.rank for s in chosen})


def _sentences(question, lang, sources, units, cutoff) -> Answer:
    picked: list[_Unit] = []
    for u in sorted(units, key=lambda u: -u.score):
        if u.score < cutoff or len(picked) >= 4:
            break
        if any(u.text == p.text for p in picked):
            continue
        picked.append(u)
    head = "Ur protokollen:" if lang == "sv" else "From the minutes:"
    lines = [head, ""]
    for u in picked:
        s = u.source
        where = f"{MEETING_LABEL} {s.meeting.date}, {s.item.label if s.item else s.item_title}"
        lines.append(f"- {u.text} [{s.rank}] ({where})")
    return Answer(question, "\n".join(lines), True, sources, lang, cited=sorted({u.source.rank for u in picked}))
