"""The answering service shared by the CLI and the app: retrieval, date
narrowing, answer mode (extractive or LLM with citation checking) and
follow-up handling. Built once per process; ``ask`` is cheap."""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Iterator

from minutes.settings import Settings
from minutes.store import Store

from .answer import Answer, extractive
from .lexical import content_terms
from .retrieve import Filters, Retriever
from .when import date_range

_FOLLOWUP = re.compile(r"\b(det|den|dem|detta|dessa|där|då|it|that|this|those|they|them|there|then)\b", re.I)


@dataclass
class Turn:
    question: str
    answer: Answer
    filters: Filters


@dataclass
class Conversation:
    """Chat history; follow-ups reuse the previous topic and filters."""

    turns: list[Turn] = field(default_factory=list)


class Service:
    def __init__(self, settings: Settings, store: Store | None = None, retriever: Retriever | None = None):
        self.settings = settings
        self.store = store or Store(settings)
        self.store.require_content()
        self.retriever = retriever or Retriever(settings, self.store)

    def effective(self, question: str, filters: Filters, conversation: Conversation | None) -> tuple[str, Filters]:
        """Narrow by dates named in the question; carry topic and filters over on a follow-up."""
        q = question
        if conversation and conversation.turns:
            prev = conversation.turns[-1]
            short = len(content_terms(question)) <= 2
            if short or _FOLLOWUP.search(question):
                q = f"{question} ({prev.question})"
                if filters == Filters():
                    filters = prev.filters
        d_from, d_to = date_range(question)
        if d_from and not (filters.date_from or filters.date_to):
            filters = replace(filters, date_from=d_from, date_to=d_to)
        return q, filters

    def ask(self, question: str, k: int | None = None, filters: Filters | None = None,
            conversation: Conversation | None = None, mode: str | None = None) -> Answer:
        self.retriever.refresh()
        k = k or self.settings.top_k
        q, f = self.effective(question, filters or Filters(), conversation)
        retrieval = self.retriever.search(q, k, f)
        mode = mode or self.settings.answer_mode
        if mode == "llm":
            from .llm import llm_answer

            answer = llm_answer(question, q, retrieval, self.retriever, self.settings, conversation)
        else:
            answer = extractive(question, retrieval, self.retriever)
            if q != question:
                answer.note = "Följdfråga: tolkad tillsammans med föregående fråga."
        if conversation is not None:
            conversation.turns.append(Turn(question, answer, f))
        return answer

    def stream(self, question: str, **kw) -> Iterator[str]:
        """Yield the answer text in pieces (LLM tokens, or the whole extractive answer)."""
        from .llm import stream_answer

        yield from stream_answer(self, question, **kw)
