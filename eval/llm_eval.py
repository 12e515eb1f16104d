"""The LLM answer mode against scripted answers (eval/llm_answers.jsonl):
faithful and unfaithful answers to questions about the sample minutes, served by
a scripted OpenAI-compatible model on loopback and run through the real service
(retrieval, prompt, verification).

- ``faithful_accepted``: faithful answers shown whole as verified LLM answers;
- ``unfaithful_shown``: unfaithful answers of which an unfaithful sentence reached
  the reader as a claim."""
from __future__ import annotations

import json
import statistics
from collections import defaultdict
from pathlib import Path

from minutes.settings import Settings
from minutes.text import fold

HERE = Path(__file__).resolve().parent
ANSWERS = HERE / "llm_answers.jsonl"


def load(split: str | None = None) -> list[dict]:
    rows = [json.loads(l) for l in ANSWERS.read_text(encoding="utf-8").splitlines() if l.strip()]
    return [r for r in rows if split is None or r["split"] == split]


_STRUCTURED = ("meeting", "place", "attendance", "role", "person")


def outcome(row: dict, answer) -> dict:
    llm_shown = answer.mode == "llm" and answer.grounded
    dropped = [v for v in answer.verified if not v["verified"]]
    if row["faithful"]:
        ok = llm_shown and not dropped
        fmt = [r for v in dropped for r in v["reasons"] if r.startswith(("uppgift som inte finns", "namn som inte finns"))]
        # attendance, place, role and agenda questions are answered from the parsed minutes in every mode:
        # the model is not asked, so its answer is not shown (counted apart, and as not accepted)
        structured = answer.mode == "extractive" and answer.grounded and answer.intent in _STRUCTURED
        return {"accepted": ok, "format_drops": len(fmt), "structured": structured,
                "reasons": [r for v in dropped for r in v["reasons"]]}
    text = fold(answer.text)
    shown = llm_shown and any(fold(b) in text for b in row["bad"])
    return {"shown": shown, "reasons": [r for v in dropped for r in v["reasons"]]}


def evaluate_llm(settings: Settings, split: str | None = None) -> dict:
    from qa.answer import Answer
    from qa.service import Service

    from .scripted_llm import ScriptedLLMServer

    rows = load(split)
    current: dict = {}
    with ScriptedLLMServer(lambda msgs: current["answer"]) as server:
        s = settings.with_overrides(answer_mode="llm", llm_backend="openai", llm_base_url=server.url + "/v1",
                                    llm_model="scripted", llm_api_key="x")
        service = Service(s)
        results, verify_ms = [], []
        for row in rows:
            current["answer"] = row["answer"]
            run, _ = service.start(row["question"], mode="llm")
            if not isinstance(run, Answer):
                for _ in run:
                    pass
                if run.verify_ms is not None:
                    verify_ms.append(run.verify_ms)  # timed inside the run: the verification the reader waits for
                run = run.answer
            results.append((row, run, outcome(row, run)))

    def block(sel):
        fa = [o["accepted"] for r, _, o in sel if r["faithful"]]
        un = [o["shown"] for r, _, o in sel if not r["faithful"]]
        drops = sum(o.get("format_drops", 0) for r, _, o in sel if r["faithful"])
        return {"faithful_accepted": _mean(fa), "unfaithful_shown": _mean(un), "n_faithful": len(fa),
                "n_unfaithful": len(un), "faithful_format_drops": drops,
                "faithful_answered_from_structure": sum(o.get("structured", False) for r, _, o in sel if r["faithful"])}

    out: dict = {}
    for sp in sorted({r["split"] for r in rows}):
        sel = [x for x in results if x[0]["split"] == sp]
        b = block(sel)
        b["per_language"] = {l: block([x for x in sel if x[0]["lang"] == l]) for l in ("sv", "en")}
        kinds = defaultdict(list)
        for x in sel:
            kinds[x[0]["kind"]].append(x)
        b["per_kind"] = {k: block(v) for k, v in sorted(kinds.items())}
        out[sp] = b
    out["verify_ms_p50"] = round(statistics.median(verify_ms), 1) if verify_ms else None
    out["failures"] = [
        {"id": r["id"], "split": r["split"], "faithful": r["faithful"], "kind": r["kind"], "reasons": o["reasons"]}
        for r, a, o in results if (r["faithful"] and not o["accepted"]) or (not r["faithful"] and o["shown"])
    ]
    return out


def _mean(xs):
    return round(statistics.fmean(xs), 3) if xs else None
