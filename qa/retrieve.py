"""Hybrid retrieval: BM25 (Swedish stems, folded) and dense (Chroma) fused by
reciprocal rank; results are agenda items of meetings (``Source``), never
arbitrary text windows. The BM25 side and the answer units are rebuilt from the
store at start and whenever the index changes."""
from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass, field
from typing import NamedTuple

import numpy as np

from minutes.embedder import Embedder, make_embedder
from minutes.records import Meeting, Source
from minutes.settings import Settings
from minutes.store import Store

from .lexical import INFLECTED, BM25Index

RRF_K = 60
CANDIDATES = 40
# Rank fusion forgets margins: an item BM25 scores this many times above every other
# ("årsredovisning", "Leadership ARTS") gets a second lexical vote (set on the dev split).
LEXICAL_DOMINANT = 1.6


class Ref(NamedTuple):
    """Where a chunk or unit belongs: an agenda item (kind "item", its index), the
    attendance record or the signatures (index 0), or a raw page (its page number)."""

    doc_id: str
    kind: str
    index: int


def _ref(doc_id: str, kind: str, item_index: int, page: int) -> Ref:
    if kind == "item":
        return Ref(doc_id, kind, item_index)
    return Ref(doc_id, kind, page if kind == "raw" else 0)


def _unit_ref(md: dict) -> Ref:
    idx = int(md["item_index"])
    kind = md.get("kind") or ("item" if idx >= 0 else "attendance")  # indexes written before units had a kind
    return Ref(md["doc_id"], kind, idx if kind == "item" else 0)


@dataclass
class Filters:
    date_from: str | None = None
    date_to: str | None = None
    meetings: tuple[str, ...] = ()  # meeting_ids

    def admits(self, m: Meeting) -> bool:
        d = m.date or ""
        return (
            (not self.date_from or (d and d >= self.date_from))
            and (not self.date_to or (d and d <= self.date_to))
            and (not self.meetings or m.meeting_id in self.meetings)
        )


@dataclass
class Retrieval:
    """The top-k sources, and what the evidence check needs of the full candidate
    lists: every candidate's dense cosine (best first) and whether the dense and
    BM25 retrievers put the same item first."""

    sources: list[Source]
    query_embedding: list[float]
    filters: Filters
    dense_profile: list[float] = field(default_factory=list)
    top_agree: bool = False


class Retriever:
    """Loads once; ``search`` is cheap. Modes: "hybrid", "dense", "bm25"."""

    def __init__(self, settings: Settings, store: Store | None = None, embedder: Embedder | None = None,
                 mode: str = "hybrid"):
        self.settings = settings
        self.store = store or Store(settings)
        self.embedder = embedder or make_embedder(settings)
        self.mode = mode
        self._stamp: object = None
        self.refresh()

    # ------------------------------------------------------------------
    def refresh(self, force: bool = False) -> None:
        """Reload documents, BM25 and answer units if the index changed."""
        info = self.store.index_info()
        stamp = info.get("updated_at") if info else None
        if not force and stamp == self._stamp and self._stamp is not None:
            return
        if self._stamp is not None and self.store.written_elsewhere(info):
            self.store.reopen()  # another process (a CLI ingest) changed the embedded index
        self.store.check_embedder(self.embedder.name)
        self.docs = self.store.documents()
        self.meetings = {d.meeting.meeting_id: d.meeting for d in self.docs.values()}
        self._by_doc = {doc_id: d.meeting for doc_id, d in self.docs.items()}
        self._doc_of = {id(m): doc_id for doc_id, m in self._by_doc.items()}  # meeting_ids may repeat (x.txt, x.pdf)
        rows = self.store.active_chunks(self.docs.values())
        self._chunk_meta = {cid: md for cid, md, _ in rows}
        self.bm25 = BM25Index([cid for cid, _, _ in rows], [text for _, _, text in rows])
        # In how many agenda items (of all meetings) each content word occurs.
        per_item: dict[Ref, set[str]] = {}
        for (_, md, _), terms in zip(rows, self.bm25.terms):
            per_item.setdefault(self._key(md), set()).update(terms)
        self._n_items = len(per_item)
        self._item_df = Counter(t for ts in per_item.values() for t in ts)
        self._tails: dict[str, set[str]] = {}  # compounds_ending's answers, per word
        metas, texts, embs = self.store.active_units(self.docs.values())
        self.unit_meta = [_unit_ref(m) for m in metas]
        self._units_of: dict[Ref, list[int]] = {}
        for i, key in enumerate(self.unit_meta):
            self._units_of.setdefault(key, []).append(i)
        self.unit_text = list(texts)
        self.unit_emb = np.asarray(embs, dtype=np.float32) if len(embs) else np.zeros((0, 1), np.float32)
        self._stamp = stamp
        self.loaded_at = time.time()

    @property
    def last_ingest(self) -> float | None:
        return max((d.ingested_at for d in self.docs.values()), default=None)

    # ------------------------------------------------------------------
    def _key(self, md: dict) -> Ref:
        return _ref(md["doc_id"], md["kind"], int(md["item_index"]), int(md["page"]))

    def search(self, question: str, k: int = 5, filters: Filters | None = None,
               query_embedding: list[float] | None = None, lexical_extra: str = "") -> Retrieval:
        """``lexical_extra``: words added to the BM25 query only (e.g. the Swedish
        for an English question's domain words)."""
        filters = filters or Filters()
        qemb = query_embedding if query_embedding is not None else (
            self.embedder.query(question) if self.mode != "bm25" else [])
        allowed = {doc_id for doc_id, m in self._by_doc.items() if filters.admits(m)}
        fused: dict[Ref, float] = {}
        dense_best: dict[Ref, float] = {}
        bm25_best: dict[Ref, float] = {}
        page_of: dict[Ref, int] = {}

        if self.mode in ("hybrid", "dense") and allowed:
            docs = [self.docs[d] for d in allowed]
            hits = self.store.dense_search(qemb, CANDIDATES, docs, filters.date_from, filters.date_to)
            rank = 0
            for h in hits:
                key = _ref(h.doc_id, h.kind, h.item_index, h.page)
                if key in dense_best:
                    continue  # a later part of an item already ranked
                rank += 1
                dense_best[key] = h.score
                page_of[key] = h.page
                fused[key] = fused.get(key, 0.0) + 1.0 / (RRF_K + rank)
        if self.mode in ("hybrid", "bm25") and self.bm25.ids:
            scores = self.bm25.scores(f"{question} {lexical_extra}".strip())
            order = np.argsort(-scores)
            rank = 0
            for idx in order[: CANDIDATES * 2]:
                if scores[idx] <= 0:
                    break
                md = self._chunk_meta[self.bm25.ids[idx]]
                if md["doc_id"] not in allowed:
                    continue
                key = self._key(md)
                if key in bm25_best:
                    continue
                rank += 1
                bm25_best[key] = float(scores[idx])
                page_of.setdefault(key, int(md["page"]))
                fused[key] = fused.get(key, 0.0) + 1.0 / (RRF_K + rank)
                if rank >= CANDIDATES:
                    break
        bm25_top = max(bm25_best, key=bm25_best.get, default=None)
        lex = sorted(bm25_best.values(), reverse=True)
        if len(lex) >= 2 and lex[0] >= LEXICAL_DOMINANT * lex[1]:
            fused[bm25_top] += 1.0 / (RRF_K + 1)
        ranked = sorted(fused.items(), key=lambda kv: -kv[1])[:k]
        dense_top = max(dense_best, key=dense_best.get, default=None)
        profile = sorted(dense_best.values(), reverse=True)
        sources = []
        for rank, (ref, score) in enumerate(ranked, start=1):
            sources.append(self.source(ref, rank, score, dense_best.get(ref), bm25_best.get(ref)))
        return Retrieval(sources, qemb, filters, profile, dense_top is not None and dense_top == bm25_top)

    def source(self, ref: Ref, rank: int, score: float = 0.0, dense: float | None = None,
               bm25: float | None = None) -> Source:
        m = self._by_doc[ref.doc_id]
        item = m.items[ref.index] if ref.kind == "item" and 0 <= ref.index < len(m.items) else None
        if item is not None:
            page = item.page
        elif ref.kind == "raw":
            page = ref.index
        elif ref.kind == "signatures":
            page = m.signature_page or m.n_pages
        else:
            page = 1
        return Source(rank, m, item, ref.kind, score, page, dense, bm25)

    def ref_of(self, s: Source) -> Ref:
        doc_id = self.doc_id_of(s.meeting)
        if s.item is not None:
            return Ref(doc_id, "item", s.item.index)
        return Ref(doc_id, s.kind, s.page if s.kind == "raw" else 0)

    def idf(self, term: str) -> float:
        """Inverse item frequency of a content word (words in no item weigh most)."""
        import math

        return math.log(1 + self._n_items / (1 + self._item_df.get(term, 0)))

    def item_frequency(self, term: str) -> int:
        """How many agenda items hold a content word."""
        return self._item_df.get(term, 0) or self._inflected_df(term)

    def _inflected_df(self, term: str) -> int:
        # a name's bare form ("vegea") counts the items holding its definite or genitive form
        return max((self._item_df.get(term + e, 0) for e in INFLECTED), default=0) if len(term) >= 5 else 0

    def words_holding(self, part: str) -> list[str]:
        """The content words of the items that hold ``part`` (a Swedish cognate of an English word, also
        inside a compound: "datab" of "tillgänglighetsdatabasen")."""
        return [w for w in self._item_df if part in w]

    def compounds_of(self, terms: set[str]) -> set[str]:
        """Words of the items that are Swedish compounds or inflections of ``terms``: of a word no item holds,
        its definite or genitive forms ("vegea" → "vegean"); of a compound no item holds (ten
        letters or more), those sharing its longest head of seven letters or more
        ("leverantorsombudsarendet" → "leverantorsombudsperson"); of a rare word (eight letters or more,
        in at most two items), the compounds it begins, joined by "s" ("leverantor" →
        "leverantorsombudsperson"). At most three per word: a common head or word adds noise."""
        out: set[str] = set()
        for t in terms:
            if t in self._item_df:
                found = [w for w in self._item_df if w.startswith(t + "s") and len(w) > len(t) + 4] \
                    if len(t) >= 8 and self._item_df[t] <= 2 else []
            elif any(t + e in self._item_df for e in INFLECTED):
                found = [t + e for e in INFLECTED if t + e in self._item_df]  # "vegea" → "vegean"
            else:
                found = []
                for i in range(len(t) - 3, 6, -1) if len(t) >= 10 else ():
                    found = [w for w in self._item_df if w.startswith(t[:i])]  # the longest head some word has
                    if found:
                        break
                for i in range(4, len(t) - 4) if not found and len(t) >= 9 else ():
                    # a name the items inflect, joined to a word they hold: "vegeaprojektet" → "vegean"
                    tail = t[i:]
                    if tail in self._item_df or any(tail.endswith(e) and tail[:-len(e)] in self._item_df
                                                    for e in INFLECTED):
                        found = [t[:i] + e for e in INFLECTED if t[:i] + e in self._item_df]
                        if found:
                            break
            if 0 < len(found) <= 3:
                out.update(found)
        return out

    def compounds_ending(self, term: str) -> set[str]:
        """Words of the items that end in ``term`` (six letters or more), bare or inflected: the compounds
        it is the tail of ("databas" → "tillganglighetsdatabasen"), if it ends only one: the tail of several
        ("programm" of "traineeprogrammet" and "acceleratorprogrammet") is a common word."""
        if len(term) < 6:
            return set()
        if term not in self._tails:  # (weighing asks of the same words several times a question)
            found = {w for w in self._item_df if term in w and len(w) > len(term) + 3 and
                     any(w.endswith(term + e) for e in ("",) + INFLECTED)}
            self._tails[term] = found if len(found) == 1 else set()
        return self._tails[term]

    def rare_terms(self, terms: set[str]) -> set[str]:
        """Those of ``terms`` that occur in only a few agenda items (at most 2, or 5 %)."""
        limit = max(2, self._n_items // 20)
        return {t for t in terms if 0 < self.item_frequency(t) <= limit}

    def units_for(self, ref: Ref) -> list[int]:
        """The quotable sentence units of an item, attendance record or signature block."""
        return self._units_of.get(ref, [])

    def doc_id_of(self, m: Meeting) -> str:
        return self._doc_of[id(m)]

    def path_of(self, m: Meeting) -> str:
        """The file the meeting was read from, as recorded at ingest."""
        return self.docs[self.doc_id_of(m)].path
