"""python -m qa meetings --json | python -m qa ask "QUESTION" [--json] [--k N]
[--from YYYY-MM-DD] [--to YYYY-MM-DD] [--meeting ID] [--batch FILE] [--mode extractive|llm]"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

from minutes import logs
from minutes.errors import MinutesError
from minutes.settings import Settings


def _date(s: str) -> str:
    try:
        return dt.date.fromisoformat(s).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"ogiltigt datum '{s}' (använd ÅÅÅÅ-MM-DD)")


def _print_answer(a) -> None:
    print(a.text)
    if a.note:
        print(f"\n({a.note})")
    if a.grounded:
        print("\nKällor:" if a.language == "sv" else "\nSources:")
        for s in a.sources:
            if s.rank in a.cited:
                print(f"[{s.rank}] {s.citation()} — {s.meeting.source}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m qa", description="Frågor mot protokollen.")
    ap.add_argument("--index-dir", type=Path, help="indexkatalog (standard: index_store/ eller MINUTES_INDEX_DIR)")
    sub = ap.add_subparsers(dest="cmd", required=True)
    mp = sub.add_parser("meetings", help="lista möten, punkter och beslut")
    mp.add_argument("--json", action="store_true")
    mp.add_argument("--index-dir", type=Path, dest="index_dir_sub")
    qp = sub.add_parser("ask", help="ställ en fråga")
    qp.add_argument("question", nargs="?")
    qp.add_argument("--json", action="store_true")
    qp.add_argument("--k", type=int, default=None, help="antal källor (standard 5)")
    qp.add_argument("--from", dest="date_from", type=_date)
    qp.add_argument("--to", dest="date_to", type=_date)
    qp.add_argument("--meeting", action="append", default=[], help="mötes-id (upprepa för flera)")
    qp.add_argument("--batch", type=Path, help="en fråga per rad; en JSON-rad per svar")
    qp.add_argument("--mode", choices=["extractive", "llm"])
    qp.add_argument("--index-dir", type=Path, dest="index_dir_sub")
    args = ap.parse_args(argv)
    logs.setup()
    if args.cmd == "ask" and not args.question and not args.batch:
        ap.error("ange en fråga eller --batch FIL")
    if args.cmd == "ask" and args.k is not None and args.k < 1:
        ap.error("--k måste vara minst 1")
    try:
        settings = Settings.from_env().with_overrides(index_dir=args.index_dir_sub or args.index_dir)
        if args.cmd == "meetings":
            return _meetings(settings, args)
        return _ask(settings, args)
    except MinutesError as e:
        print(f"fel: {e}", file=sys.stderr)
        return 1


def _meetings(settings, args) -> int:
    from minutes.store import Store

    store = Store(settings)
    store.require_content()
    ms = store.meetings()
    if args.json:
        print(json.dumps([m.public_dict() for m in ms], ensure_ascii=False, indent=2))
        return 0
    for m in ms:
        print(f"{m.date}  {m.title}  ({m.source}, {len(m.items)} punkter)")
        for i in m.items:
            print(f"    s.{i.page:<3}{i.label}" + (f"  [{len(i.decisions)} beslut]" if i.decisions else ""))
    return 0


def _ask(settings, args) -> int:
    from qa.retrieve import Filters
    from qa.service import Service

    if args.batch and not args.batch.is_file():
        print(f"fel: {args.batch}: filen finns inte", file=sys.stderr)
        return 2
    service = Service(settings)
    filters = Filters(args.date_from, args.date_to, tuple(args.meeting))
    if args.batch:
        for line in args.batch.read_text(encoding="utf-8").splitlines():
            if line.strip():
                a = service.ask(line.strip(), k=args.k, filters=filters, mode=args.mode)
                print(json.dumps(a.public_dict(), ensure_ascii=False), flush=True)
        return 0
    a = service.ask(args.question, k=args.k, filters=filters, mode=args.mode)
    if args.json:
        print(json.dumps(a.public_dict(), ensure_ascii=False, indent=2))
    else:
        _print_answer(a)
    return 0


if __name__ == "__main__":
    sys.exit(main())
