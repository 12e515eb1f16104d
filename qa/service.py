"""The answering service shared by the CLI and the app: retrieval, date
narrowing, answer mode (extractive or LLM with citation checking) and
follow-up handling. Built once per process; ``ask`` is cheap."""
from __future__ import annotations

import re
import threading
from dataclasses import dataclass, field, replace

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

    def start(self, question: str, k: int | None = None, filters: Filters | None = None,
              conversation: Conversation | None = None, mode: str | None = None):
        """Retrieve and begin answering: an ``Answer`` (extractive) or an
        ``LLMRun`` to iterate for streamed text (its ``answer`` is set after)."""
        self.retriever.refresh()
        k = k or self.settings.top_k
        mode = mode or self.settings.answer_mode
        history = [(t.question, t.answer.text) for t in conversation.turns] if conversation else []
        if mode == "llm":
            from .llm import make_backend, rewrite_followup, start_llm

            standalone = rewrite_followup(make_backend(self.settings), question, history) if history else question
            _, f = self.effective(question, filters or Filters(), conversation)
            retrieval = self.retriever.search(standalone, k, f)
            return start_llm(question, retrieval, self.retriever, self.settings, history), f
        q, f = self.effective(question, filters or Filters(), conversation)
        answer = extractive(question, self.retriever.search(q, k, f), self.retriever)
        if q != question:
            answer.note = "Följdfråga: tolkad tillsammans med föregående fråga."
        return answer, f

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


_SHARED: dict[Settings, Service] = {}
_SHARED_LOCK = threading.Lock()


def shared(settings: Settings) -> Service:
    """One service per settings and process (the app's, warmed by ``qa.serve``).
    A failure (e.g. no index yet) is not cached."""
    with _SHARED_LOCK:
        if settings not in _SHARED:
            _SHARED[settings] = Service(settings)
        return _SHARED[settings]
