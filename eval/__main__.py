"""python -m eval [--json] [--limit N] [--config NAME ...]

Runs the question set through the configurations side by side; writes
eval/results.md and eval/results.png."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from minutes import logs
from minutes.errors import MinutesError
from minutes.settings import Settings

from .run import HERE, evaluate

COLUMNS = ["config", "split", "hit_at_1", "recall_at_5", "mrr", "ndcg_at_10", "mean_context_chars", "fact_recall",
           "citation_precision", "abstain_accuracy", "answered_rate", "p50_ms"]


def table(result: dict) -> str:
    head = "| " + " | ".join(COLUMNS) + " |\n|" + "---|" * len(COLUMNS) + "\n"
    rows = ["| " + " | ".join("–" if r.get(c) is None else str(r.get(c)) for c in COLUMNS) + " |"
            for r in result["results"]]
    return head + "\n".join(rows) + "\n"


def breakdown(result: dict) -> str:
    """fact_recall / answered_rate / citation_precision per intent and language, default config."""
    out = []
    for r in result["results"]:
        if r["config"] != "default" or "per_intent" not in r:
            continue
        out.append(f"### default, {r['split']} split: per intent and language\n")
        out.append("| slice | n | fact_recall | citation_precision | abstain_accuracy | answered_rate |\n|---|---|---|---|---|---|")
        for name, b in list(r["per_intent"].items()) + [(f"lang={k}", v) for k, v in r["per_language"].items()]:
            cells = ["–" if b.get(c) is None else str(b[c]) for c in
                     ("fact_recall", "citation_precision", "abstain_accuracy", "answered_rate")]
            out.append(f"| {name} | {b['n']} | " + " | ".join(cells) + " |")
        out.append("")
    return "\n".join(out) + "\n"


def llm_table(result: dict) -> str:
    """Verified LLM answers on the scripted answer set, per split and language."""
    llm = result.get("llm")
    if not llm:
        return ""
    out = ["### LLM answers: verification on scripted answers (eval/llm_answers.jsonl)\n",
           "| split | slice | faithful_accepted | unfaithful_shown | n faithful | n unfaithful |", "|---|---|---|---|---|---|"]
    for sp in ("test", "dev"):
        if sp not in llm:
            continue
        b = llm[sp]
        for name, x in [("all", b)] + [(f"lang={k}", v) for k, v in b["per_language"].items()] + \
                [(f"kind={k}", v) for k, v in b["per_kind"].items()]:
            out.append(f"| {sp} | {name} | {x['faithful_accepted'] if x['faithful_accepted'] is not None else '–'} | "
                       f"{x['unfaithful_shown'] if x['unfaithful_shown'] is not None else '–'} | {x['n_faithful']} | "
                       f"{x['n_unfaithful']} |")
    out.append(f"\nVerification p50: {llm['verify_ms_p50']} ms per answer.\n")
    return "\n".join(out) + "\n"


def chart(result: dict, path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    metrics = ["hit_at_1", "recall_at_5", "mrr", "ndcg_at_10"]
    fig, ax = plt.subplots(figsize=(8, 4))
    width = 0.8 / len(result["results"])
    rows = [r for r in result["results"] if r.get("split", "test") == "test"] or result["results"]
    width = 0.8 / len(rows)
    for i, r in enumerate(rows):
        ax.bar([m + i * width for m in range(len(metrics))], [r[m] or 0 for m in metrics], width, label=r["config"])
    ax.set_xticks([m + 0.4 - width / 2 for m in range(len(metrics))], metrics)
    ax.set_ylim(0, 1.25)
    ax.set_yticks([0, 0.2, 0.4, 0.6, 0.8, 1.0])
    ax.set_title(f"Retrieval, test split ({result['splits'].get('test', '?')} questions) (embedder {result['embedder']} unless named)")
    ax.legend(fontsize=8, loc="upper center", ncol=3, frameon=False)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m eval")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--limit", type=int, help="only the first N questions (a quick slice)")
    ap.add_argument("--config", action="append", help="default, dense-only, bm25-only, llamaindex-default, default-minilm")
    ap.add_argument("--split", action="append", choices=["test", "dev"],
                    help="which question split(s) (default: both; the README reports test)")
    ap.add_argument("--index-dir", type=Path, default=HERE / "_cache" / "index")
    ap.add_argument("--out", type=Path, default=HERE, help="where results.md and results.png go")
    args = ap.parse_args(argv)
    logs.setup()
    try:
        settings = Settings.from_env().with_overrides(index_dir=args.index_dir)
        result = evaluate(settings, args.limit, args.config, tuple(args.split or ("test", "dev")))
    except MinutesError as e:
        print(f"fel: {e}", file=sys.stderr)
        return 1
    md = (f"# Evaluation\n\n{result['n_questions']} questions ({result['splits']}), embedder "
          f"`{result['embedder']}`.\n\n" + table(result) + "\n" + breakdown(result) + llm_table(result))
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "results.md").write_text(md, encoding="utf-8")
    chart(result, args.out / "results.png")
    if args.json:
        print(json.dumps({k: v for k, v in result.items()}, ensure_ascii=False, indent=2))
    else:
        print(table(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
