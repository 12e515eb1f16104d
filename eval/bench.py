"""python -m eval.bench [--scales 1 10 100] [--out eval/bench.md]

Measures on this machine, and writes eval/bench.md:

- ingest throughput of the sample PDFs (pages/s, items/s) and where the time
  goes (load+parse / embed / store), through the real pipeline;
- query latency p50/p95 (extractive answers, warm) at 1×, 10× and 100× the
  sample corpus. The larger corpora are synthetic, made here from the parsed
  samples: dates shifted by whole weeks, item order shuffled. Embedding 500
  meetings for real would take ~15 min here, so a copy reuses the sample
  chunk's vector with small noise (distinct points for the vector index; only
  the context line's date differs in the text) and its sentence units reuse
  the samples' vectors (same text). Latency depends on the index size, which
  is real;
- peak memory (max RSS) of a process running the Streamlit app script (AppTest)
  with the index loaded and one question answered, and its time to that answer.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import time
from copy import deepcopy
from pathlib import Path

from minutes import logs
from minutes.settings import PROJECT_ROOT, Settings

from .run import CORPUS, load_questions

HERE = Path(__file__).resolve().parent


def machine() -> str:
    cpu = "unknown CPU"
    try:
        cpu = next(l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name"))
    except (OSError, StopIteration):
        pass
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return f"{cpu}, {os.cpu_count()} cores, {mem:.0f} GiB RAM, {platform.system()} {platform.release()}, " \
           f"Python {platform.python_version()}"


def bench_ingest(tmp: Path) -> dict:
    """The five samples as PDFs, through the real pipeline into a fresh index."""
    import importlib.util

    from ingest.pipeline import ingest

    spec = importlib.util.spec_from_file_location("render_pdfs", PROJECT_ROOT / "scripts" / "render_pdfs.py")
    render = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(render)
    pdfs = tmp / "pdfs"
    pdfs.mkdir()
    for f in sorted(CORPUS.iterdir()):
        render.render(f, pdfs / (f.stem + ".pdf"))
    settings = Settings.from_env().with_overrides(index_dir=tmp / "ingest-index")
    from minutes.embedder import make_embedder

    make_embedder(settings)  # model load is start-up, not throughput
    t = time.perf_counter()
    rep = ingest([pdfs], settings)
    total = time.perf_counter() - t
    pages = sum(f.pages for f in rep.files)
    items = sum(f.items for f in rep.files)
    return {"files": len(rep.files), "pages": pages, "items": items, "seconds": round(total, 2),
            "pages_per_s": round(pages / total, 2), "items_per_s": round(items / total, 2),
            "split_s": {k: round(v, 2) for k, v in rep.timings.items()}}


def build_scaled(settings: Settings, factor: int, seed: int = 7) -> dict:
    """An index of ``factor`` × the samples (synthetic copies beyond the first)."""
    from ingest.chunk import chunk_meeting
    from ingest.pipeline import ingest, parse_file, version_of
    from minutes.embedder import make_embedder
    from minutes.records import answer_units
    from minutes.store import Store

    t = time.perf_counter()
    ingest([CORPUS], settings)
    if factor > 1:
        emb = make_embedder(settings)
        store = Store(settings)
        rng = random.Random(seed)
        originals = [(f, *parse_file(f, settings)) for f in sorted(CORPUS.iterdir())]
        import numpy as np

        unit_cache: dict[str, list[float]] = {}
        chunk_cache: dict[str, np.ndarray] = {}
        for _, m, _ in originals:
            texts = [u[2] for u in answer_units(m)]
            for text, vec in zip(texts, emb.passages(texts)):
                unit_cache[text] = vec
            chunks = chunk_meeting(m, emb.max_tokens, emb.count_tokens)
            for c, vec in zip(chunks, emb.passages([c.embed_text for c in chunks])):
                chunk_cache[c.text.replace(m.date, "<date>")] = np.asarray(vec, dtype=np.float32)
        noise = np.random.default_rng(seed)

        def near(text: str, date: str) -> list[float]:
            base = chunk_cache[text.replace(date, "<date>")]
            v = base + noise.normal(0, 0.01, base.shape).astype(np.float32)
            return (v / np.linalg.norm(v)).tolist()
        for copy in range(1, factor):
            for f, m, content_hash in originals:
                syn = deepcopy(m)
                shifted = dt.date.fromisoformat(m.date) - dt.timedelta(weeks=copy)
                syn.date = shifted.isoformat()
                rng.shuffle(syn.items)
                for i, item in enumerate(syn.items):
                    item.index = i
                syn.meeting_id = f"{syn.date}-syn{copy}"
                chunks = chunk_meeting(syn, emb.max_tokens, emb.count_tokens)
                units = [(k, i, t) for k, i, t in answer_units(syn) if t in unit_cache]  # the dated header line differs
                doc_id = f"syn{copy:03d}_{f.stem}"
                store.write_document(doc_id, version_of(content_hash + str(copy), emb.name), content_hash,
                                     str(f.resolve()), syn, chunks, [near(c.text, syn.date) for c in chunks],
                                     emb.name, units, [unit_cache[u[2]] for u in units])
    return {"build_s": round(time.perf_counter() - t, 1)}


def bench_queries(settings: Settings, rounds: int = 2) -> dict:
    from qa.service import Service

    svc = Service(settings)
    qs = [q["question"] for q in load_questions()]
    svc.ask(qs[0])  # warm
    times = []
    for _ in range(rounds):
        for q in qs:
            t = time.perf_counter()
            svc.ask(q)
            times.append((time.perf_counter() - t) * 1000)
    times.sort()
    return {"meetings": len(svc.retriever.meetings), "chunks": len(svc.retriever.bm25.ids),
            "units": len(svc.retriever.unit_text), "queries": len(times),
            "p50_ms": round(statistics.median(times), 1), "p95_ms": round(times[int(0.95 * (len(times) - 1))], 1)}


APP_PROBE = r"""
import json, resource, sys, time
t0 = time.perf_counter()
from streamlit.testing.v1 import AppTest
at = AppTest.from_file(sys.argv[1], default_timeout=300)
at.run()
at.chat_input[0].set_value(sys.argv[2]).run()
ok = any("delstudierna" in m.value for m in at.markdown)
print(json.dumps({"first_answer_s": round(time.perf_counter() - t0, 2), "answered": ok,
                  "max_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)}))
"""


def bench_app(index_dir: Path) -> dict:
    """A fresh process runs the app script, answers one question; its peak RSS."""
    env = {**os.environ, "MINUTES_INDEX_DIR": str(index_dir)}
    out = subprocess.run([sys.executable, "-c", APP_PROBE, str(PROJECT_ROOT / "chat_app.py"),
                          "Vad beslutades om delstudier för kollektivtrafikens utveckling?"],
                         capture_output=True, text=True, env=env, cwd=PROJECT_ROOT, timeout=600)
    if out.returncode != 0:
        return {"error": out.stderr.strip().splitlines()[-1:] or ["?"]}
    return json.loads(out.stdout.strip().splitlines()[-1])


def report_md(r: dict) -> str:
    ing = r["ingest"]
    lines = [
        "# Benchmarks", "", f"Run {r['when']} with `python -m eval.bench` on: {r['machine']}.", "",
        f"Embedder `{r['embedder']}`, extractive answers, embedded Chroma.", "",
        "## Ingest (the five sample PDFs, full pipeline)", "",
        "| files | pages | items | seconds | pages/s | items/s | load+parse s | embed s | store s |",
        "|---|---|---|---|---|---|---|---|---|",
        f"| {ing['files']} | {ing['pages']} | {ing['items']} | {ing['seconds']} | {ing['pages_per_s']} | "
        f"{ing['items_per_s']} | {ing['split_s']['load_parse']} | {ing['split_s']['embed']} | {ing['split_s']['store']} |",
        "", "Embedding covers the item chunks and every sentence unit used for extractive answers.", "",
        f"## Query latency (extractive, warm; the {r['scales'][0]['queries'] // 2} dev-split eval questions × 2)", "",
        "| corpus | meetings | chunks | sentence units | p50 ms | p95 ms | build s |", "|---|---|---|---|---|---|---|",
    ]
    for s in r["scales"]:
        lines.append(f"| {s['factor']}× | {s['meetings']} | {s['chunks']} | {s['units']} | {s['p50_ms']} | "
                     f"{s['p95_ms']} | {s['build_s']} |")
    lines += ["", "## The app process (Streamlit script under AppTest, fresh process)", "",
              "| corpus | time to first answer s | peak RSS MB |", "|---|---|---|"]
    for a in r["app"]:
        lines.append(f"| {a['factor']}× | {a.get('first_answer_s', '–')} | {a.get('max_rss_mb', a.get('error'))} |")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m eval.bench")
    ap.add_argument("--scales", type=int, nargs="+", default=[1, 10, 100])
    ap.add_argument("--out", type=Path, default=HERE / "bench.md")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    logs.setup()
    base = Settings.from_env()
    result = {"when": dt.date.today().isoformat(), "machine": machine(), "embedder": base.embedder,
              "scales": [], "app": []}
    with tempfile.TemporaryDirectory(prefix="minutes-bench-") as tmp:
        tmp = Path(tmp)
        print("ingest …", file=sys.stderr)
        result["ingest"] = bench_ingest(tmp)
        for factor in args.scales:
            print(f"corpus {factor}× …", file=sys.stderr)
            settings = base.with_overrides(index_dir=tmp / f"x{factor}")
            row = {"factor": factor, **build_scaled(settings, factor), **bench_queries(settings)}
            result["scales"].append(row)
            if factor in (min(args.scales), max(args.scales)):
                result["app"].append({"factor": factor, **bench_app(settings.index_dir)})
    args.out.write_text(report_md(result), encoding="utf-8")
    print(json.dumps(result, indent=2) if args.json else report_md(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
