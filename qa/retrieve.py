"""Hybrid retrieval: BM25 (Swedish stems, folded) and dense (Chroma) fused by
reciprocal rank; results are agenda items of meetings (``Source``), never
arbitrary text windows. The BM25 side and the answer units are rebuilt from the
store at start and whenever the index changes."""
from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass

import numpy as np

from minutes.embedder import Embedder, make_embedder
from minutes.records import Meeting, Source
from minutes.settings import Settings
from minutes.store import Store

from .lexical import BM25Index

RRF_K = 60
CANDIDATES = 40


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
    sources: list[Source]
    query_embedding: list[float]
    filters: Filters


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
        per_item: dict[tuple[str, int], set[str]] = {}
        for (_, md, _), terms in zip(rows, self.bm25.terms):
            per_item.setdefault(self._key(md), set()).update(terms)
        self._n_items = len(per_item)
        self._item_df = Counter(t for ts in per_item.values() for t in ts)
        metas, texts, embs = self.store.active_units(self.docs.values())
        self.unit_meta = [(m["doc_id"], int(m["item_index"])) for m in metas]
        self._units_of: dict[tuple[str, int], list[int]] = {}
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
    def _key(self, md: dict) -> tuple[str, int]:
        return md["doc_id"], int(md["item_index"])

    def search(self, question: str, k: int = 5, filters: Filters | None = None,
               query_embedding: list[float] | None = None) -> Retrieval:
        filters = filters or Filters()
        qemb = query_embedding if query_embedding is not None else (
            self.embedder.query(question) if self.mode != "bm25" else [])
        allowed = {doc_id for doc_id, m in self._by_doc.items() if filters.admits(m)}
        fused: dict[tuple[str, int], float] = {}
        dense_best: dict[tuple[str, int], float] = {}
        bm25_best: dict[tuple[str, int], float] = {}
        page_of: dict[tuple[str, int], int] = {}

        if self.mode in ("hybrid", "dense") and allowed:
            docs = [self.docs[d] for d in allowed]
            hits = self.store.dense_search(qemb, CANDIDATES, docs, filters.date_from, filters.date_to)
            rank = 0
            for h in hits:
                key = (h.doc_id, h.item_index)
                if key in dense_best:
                    continue  # a later part of an item already ranked
                rank += 1
                dense_best[key] = h.score
                page_of[key] = h.page
                fused[key] = fused.get(key, 0.0) + 1.0 / (RRF_K + rank)
        if self.mode in ("hybrid", "bm25") and self.bm25.ids:
            scores = self.bm25.scores(question)
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
        ranked = sorted(fused.items(), key=lambda kv: -kv[1])[:k]
        sources = []
        for rank, ((doc_id, idx), score) in enumerate(ranked, start=1):
            m = self._by_doc[doc_id]
            item = m.items[idx] if 0 <= idx < len(m.items) else None
            kind = "item" if item is not None else ("attendance" if idx == -1 else "raw")
            page = item.page if item is not None else (page_of.get((doc_id, idx), 1))
            sources.append(Source(rank, m, item, kind, score, page, dense_best.get((doc_id, idx)),
                                  bm25_best.get((doc_id, idx))))
        return Retrieval(sources, qemb, filters)

    def rare_terms(self, terms: set[str]) -> set[str]:
        """Those of ``terms`` that occur in only a few agenda items (at most 2, or 5 %)."""
        limit = max(2, self._n_items // 20)
        return {t for t in terms if 0 < self._item_df.get(t, 0) <= limit}

    def units_for(self, doc_id: str, item_index: int) -> list[int]:
        return self._units_of.get((doc_id, item_index), [])

    def doc_id_of(self, m: Meeting) -> str:
        return self._doc_of[id(m)]

    def path_of(self, m: Meeting) -> str:
        """The file the meeting was read from, as recorded at ingest."""
        return self.docs[self.doc_id_of(m)].path
