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

import numpy as np

from minutes.records import MEETING_LABEL, Source
from minutes.text import fold

from .lexical import content_terms
from .retrieve import Retrieval, Retriever

# Calibrated on the eval set's answerable vs. unanswerable questions (python -m eval).
GROUND_SIM = 0.845  # best unit cosine (e5) for an answer without lexical support
GROUND_SIM_LEX = 0.82  # ... when at least half the question's content words occur in the unit
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


def _units(retriever: Retriever, retrieval: Retrieval, terms: set[str]) -> list[_Unit]:
    q = np.asarray(retrieval.query_embedding, dtype=np.float32)
    out: list[_Unit] = []
    for src in retrieval.sources:
        doc_id = retriever.doc_id_of(src.meeting)
        idx = src.item.index if src.item is not None else -1
        for u in retriever.units_for(doc_id, idx):
            text = retriever.unit_text[u]
            sim = float(retriever.unit_emb[u] @ q) if q.size == retriever.unit_emb.shape[1] else 0.0
            lex = len(terms & content_terms(text)) / len(terms) if terms else 0.0
            out.append(_Unit(src, text, sim, lex))
    return out


def _grounded(best: _Unit | None) -> bool:
    if best is None:
        return False
    return best.sim >= GROUND_SIM or (best.lex >= 0.5 and best.sim >= GROUND_SIM_LEX)


def extractive(question: str, retrieval: Retrieval, retriever: Retriever) -> Answer:
    lang = language(question)
    sources = retrieval.sources
    terms = content_terms(question)
    units = _units(retriever, retrieval, terms)
    best = max(units, key=lambda u: u.score, default=None)
    if not _grounded(best):
        return Answer(question, NOTHING[lang], False, sources, lang)
    cutoff = best.score - RELATED_MARGIN
    relevant: dict[int, float] = {}
    for u in units:
        if u.score >= cutoff:
            relevant[u.source.rank] = max(relevant.get(u.source.rank, 0.0), u.score)

    if _DECISION_Q.search(fold(question)):
        text, cited = _decisions(question, lang, sources, relevant, units, terms)
        if text:
            return Answer(question, text, True, sources, lang, cited=cited)
    return _sentences(question, lang, sources, units, cutoff)


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
