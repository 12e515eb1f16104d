"""The vector store: Chroma, embedded (``PersistentClient`` at ``index_dir``) or
a Chroma server (``CHROMA_HOST``), reached through llama-index's Chroma vector
store. The only module that imports chromadb.

Two collections:
- ``<name>_chunks``: one record per chunk, embedded, with ``doc_id`` and
  ``version`` in its metadata;
- ``<name>_docs``: one record per document: its active ``version`` and the
  parsed ``Meeting`` as JSON, plus an ``__index__`` record naming the embedder.

Readers only see chunks whose version is a document's active version, so a
document being replaced reads as the old version or the new, never a mix:
ingest writes the new chunks, then flips the version (one write), then deletes
the old chunks."""
from __future__ import annotations

import json
import os
import socket
import time
from dataclasses import dataclass
from typing import Any, Iterable

from .errors import EmbedderMismatchError, IndexMissingError, MinutesError
from .records import Chunk, Meeting
from .settings import Settings

_INDEX_ID = "__index__"


@dataclass
class DocRecord:
    doc_id: str
    version: str
    content_hash: str
    path: str
    source: str
    ingested_at: float
    meeting: Meeting


@dataclass
class Hit:
    chunk_id: str
    doc_id: str
    kind: str
    item_index: int
    page: int
    text: str
    score: float  # cosine similarity


def _client(settings: Settings):
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    chroma_settings = ChromaSettings(anonymized_telemetry=False, allow_reset=False)
    if settings.chroma_host:
        headers = {"Authorization": f"Bearer {settings.chroma_token}"} if settings.chroma_token else None
        try:
            return chromadb.HttpClient(host=settings.chroma_host, port=settings.chroma_port, headers=headers,
                                       settings=chroma_settings)
        except Exception as e:
            raise MinutesError(
                f"Chroma-servern {settings.chroma_host}:{settings.chroma_port} svarar inte ({e}). "
                "Kontrollera CHROMA_HOST/CHROMA_PORT eller ta bort dem för det inbyggda indexet."
            ) from e
    settings.index_dir.mkdir(parents=True, exist_ok=True)
    return chromadb.PersistentClient(path=str(settings.index_dir), settings=chroma_settings)


# Which process wrote the index last (see Store.reopen).
_WRITER = f"{socket.gethostname()}:{os.getpid()}"


class Store:
    """Read and write access to one index."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self._open()

    def _open(self) -> None:
        settings = self.settings
        self.client = _client(settings)
        self.chunks = self.client.get_or_create_collection(
            f"{settings.collection}_chunks", embedding_function=None, metadata={"hnsw:space": "cosine"}
        )
        self.docs = self.client.get_or_create_collection(f"{settings.collection}_docs", embedding_function=None)
        # Sentence-level units for extractive answers (quoted verbatim, ranked by the query embedding).
        self.units = self.client.get_or_create_collection(
            f"{settings.collection}_units", embedding_function=None, metadata={"hnsw:space": "cosine"}
        )
        from llama_index.vector_stores.chroma import ChromaVectorStore

        self.vector_store = ChromaVectorStore(chroma_collection=self.chunks)

    def reopen(self) -> None:
        """Drop this process's cached view of an embedded index and open it again.

        Embedded Chroma caches its vector segments per process and does not see
        another process's writes (it then fails with "Error finding id"), so a
        reader reopens when the index was written by someone else. A server
        (CHROMA_HOST) needs none of this."""
        if self.settings.chroma_host:
            return
        from chromadb.api.shared_system_client import SharedSystemClient

        SharedSystemClient._identifier_to_system.pop(self.client._identifier, None)
        self._open()

    def written_elsewhere(self, info: dict | None) -> bool:
        return bool(info) and info.get("writer") != _WRITER

    @property
    def location(self) -> str:
        s = self.settings
        return f"chroma://{s.chroma_host}:{s.chroma_port}" if s.chroma_host else str(s.index_dir)

    # --- index metadata -------------------------------------------------
    def index_info(self) -> dict[str, Any] | None:
        got = self.docs.get(ids=[_INDEX_ID], include=["metadatas"])
        return got["metadatas"][0] if got["ids"] else None

    def check_embedder(self, embedder_name: str) -> None:
        """Refuse to mix embedding models in one index."""
        info = self.index_info()
        if info and info.get("embedder") and info["embedder"] != embedder_name:
            raise EmbedderMismatchError(
                f"Indexet i {self.location} byggdes med inbäddningsmodellen '{info['embedder']}', "
                f"men inställningen är '{embedder_name}'. Bygg om indexet (python -m ingest --rebuild …) "
                "eller byt tillbaka MINUTES_EMBEDDER."
            )

    def _touch(self, embedder_name: str) -> None:
        self.docs.upsert(ids=[_INDEX_ID], embeddings=[[1.0]], documents=[""],
                         metadatas=[{"embedder": embedder_name, "updated_at": time.time(), "writer": _WRITER}])

    # --- documents ------------------------------------------------------
    def documents(self) -> dict[str, DocRecord]:
        got = self.docs.get(include=["metadatas", "documents"])
        out = {}
        for id_, meta, doc in zip(got["ids"], got["metadatas"], got["documents"]):
            if id_ == _INDEX_ID:
                continue
            out[id_] = DocRecord(id_, meta["version"], meta["content_hash"], meta.get("path", ""),
                                 meta.get("source", ""), float(meta.get("ingested_at", 0)),
                                 Meeting.from_dict(json.loads(doc)))
        return out

    def meetings(self) -> list[Meeting]:
        """Every indexed meeting in date order (undated last)."""
        ms = [d.meeting for d in self.documents().values()]
        return sorted(ms, key=lambda m: (m.date is None, m.date or "", m.source))

    def require_content(self) -> None:
        if self.docs.count() <= (1 if self.index_info() else 0):
            raise IndexMissingError(
                f"Indexet i {self.location} är tomt. Bygg det med: python -m ingest data/minutes (eller make run)."
            )

    # --- writing ----------------------------------------------------------
    def write_document(self, doc_id: str, version: str, content_hash: str, path: str, meeting: Meeting,
                       chunks: list[Chunk], embeddings: list[list[float]], embedder_name: str,
                       units: list[tuple[str, int, str]] = (), unit_embeddings: list[list[float]] = ()) -> None:
        """Add ``chunks`` as ``version`` of ``doc_id``, make it active, drop older versions.

        Atomic for readers: the new version's chunks are complete before the
        document record points at it. The version it replaces is kept until the
        next ingest's sweep, so a reader that loaded the old record just before
        the switch still finds its chunks (old or new, never a mix or nothing)."""
        from llama_index.core.schema import NodeRelationship, RelatedNodeInfo, TextNode

        self.check_embedder(embedder_name)
        nodes = [
            TextNode(
                id_=f"{version}:{c.chunk_id}",
                text=c.embed_text,
                embedding=emb,
                # llama-index stores the SOURCE node id as the record's doc_id/ref_doc_id.
                relationships={NodeRelationship.SOURCE: RelatedNodeInfo(node_id=doc_id)},
                metadata={
                    "doc_id": doc_id, "version": version, "meeting_id": c.meeting_id, "kind": c.kind,
                    "item_index": -1 if c.item_index is None else c.item_index, "part": c.part, "page": c.page, "date": c.date or "",
                    "date_int": int((c.date or "0").replace("-", "")), "source": meeting.source,
                },
            )
            for c, emb in zip(chunks, embeddings)
        ]
        self.chunks.delete(where={"$and": [{"doc_id": doc_id}, {"version": version}]})  # a half-written earlier try
        self.units.delete(where={"$and": [{"doc_id": doc_id}, {"version": version}]})
        if nodes:
            self.vector_store.add(nodes)
        for start in range(0, len(units), 1000):
            batch = list(range(start, min(start + 1000, len(units))))
            self.units.add(
                ids=[f"{version}:u{i}" for i in batch],
                embeddings=[unit_embeddings[i] for i in batch],
                documents=[units[i][2] for i in batch],
                metadatas=[{"doc_id": doc_id, "version": version, "kind": units[i][0], "item_index": units[i][1], "n": i}
                           for i in batch],
            )
        previous = self.docs.get(ids=[doc_id], include=["metadatas"])["metadatas"]
        keep = [version] + [m["version"] for m in previous if m and m.get("version")]
        meta = {"version": version, "content_hash": content_hash, "path": path, "source": meeting.source,
                "ingested_at": time.time(), "date": meeting.date or "", "n_chunks": len(chunks)}
        self.docs.upsert(ids=[doc_id], embeddings=[[1.0]], documents=[meeting.to_json()], metadatas=[meta])
        self.chunks.delete(where={"$and": [{"doc_id": doc_id}, {"version": {"$nin": keep}}]})
        self.units.delete(where={"$and": [{"doc_id": doc_id}, {"version": {"$nin": keep}}]})
        self._touch(embedder_name)

    def delete_document(self, doc_id: str) -> None:
        self.docs.delete(ids=[doc_id])
        self.chunks.delete(where={"doc_id": doc_id})
        self.units.delete(where={"doc_id": doc_id})

    def sweep_orphans(self) -> int:
        """Delete chunks of versions no document points at (left by a killed ingest)."""
        active = {d.version for d in self.documents().values()}
        n = 0
        for coll in (self.chunks, self.units):
            got = coll.get(include=["metadatas"])
            stale = [i for i, m in zip(got["ids"], got["metadatas"]) if m.get("version") not in active]
            if stale:
                coll.delete(ids=stale)
            n += len(stale)
        return n

    # --- reading ----------------------------------------------------------
    def _active_where(self, docs: Iterable[DocRecord], extra: list[dict] | None = None) -> dict:
        versions = [d.version for d in docs] or ["-"]
        clauses = [{"version": {"$in": versions}}] + (extra or [])
        return clauses[0] if len(clauses) == 1 else {"$and": clauses}

    def active_chunks(self, docs: Iterable[DocRecord]) -> list[tuple[str, dict, str]]:
        got = self.chunks.get(where=self._active_where(docs), include=["metadatas", "documents"])
        return list(zip(got["ids"], got["metadatas"], got["documents"]))

    def active_units(self, docs: Iterable[DocRecord]):
        """(metadatas, texts, embeddings) of every answer unit of the active versions."""
        got = self.units.get(where=self._active_where(docs), include=["metadatas", "documents", "embeddings"])
        return got["metadatas"], got["documents"], got["embeddings"]

    def dense_search(self, embedding: list[float], k: int, docs: Iterable[DocRecord],
                     date_from: str | None = None, date_to: str | None = None) -> list[Hit]:
        from llama_index.core.vector_stores.types import VectorStoreQuery

        extra = []
        if date_from:
            extra.append({"date_int": {"$gte": int(date_from.replace("-", ""))}})
        if date_to:
            extra.append({"date_int": {"$lte": int(date_to.replace("-", ""))}})
        n = self.chunks.count()
        if n == 0:
            return []
        res = self.vector_store.query(
            VectorStoreQuery(query_embedding=embedding, similarity_top_k=min(k, n)),
            where=self._active_where(docs, extra),
        )
        import math

        hits = []
        for node, sim in zip(res.nodes, res.similarities):
            md = node.metadata
            hits.append(Hit(node.node_id, md["doc_id"], md["kind"], int(md["item_index"]), int(md["page"]),
                            node.get_content(), 1.0 + math.log(max(sim, 1e-12))))
        return hits
