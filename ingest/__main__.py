"""python -m ingest PATH... [--index-dir DIR] [--prune] [--rebuild]

Exit 0 when every file was indexed, 1 when any failed (the rest are still
indexed), 2 for a usage error."""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from minutes import logs
from minutes.errors import MinutesError
from minutes.settings import Settings

from .pipeline import FileReport, ingest


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m ingest", description="Läs in protokoll (PDF, txt, md) i indexet.")
    ap.add_argument("paths", nargs="+", type=Path, help="filer eller mappar (genomsöks rekursivt)")
    ap.add_argument("--index-dir", type=Path, help="indexkatalog (standard: index_store/ eller MINUTES_INDEX_DIR)")
    ap.add_argument("--prune", action="store_true", help="ta bort dokument vars filer inte längre finns")
    ap.add_argument("--rebuild", action="store_true", help="töm indexet först (t.ex. efter byte av inbäddningsmodell)")
    ap.add_argument("-q", "--quiet", action="store_true", help="ingen förloppsindikator")
    args = ap.parse_args(argv)
    logs.setup()
    try:
        settings = Settings.from_env().with_overrides(index_dir=args.index_dir)
    except MinutesError as e:
        print(f"fel: {e}", file=sys.stderr)
        return 2

    from tqdm import tqdm

    bar: list[tqdm] = []

    def on_start(n: int) -> None:
        bar.append(tqdm(total=n, unit="fil", disable=args.quiet or not sys.stderr.isatty(), file=sys.stderr))

    def on_file(fr: FileReport) -> None:
        line = fr.line()
        if bar:
            bar[0].write(line, file=sys.stdout)
            if fr.status != "removed":
                bar[0].update(1)
        else:
            print(line)

    t0 = time.perf_counter()
    try:
        report = ingest(args.paths, settings, prune=args.prune, rebuild=args.rebuild, on_file=on_file,
                        on_start=on_start)
    except MinutesError as e:
        print(f"fel: {e}", file=sys.stderr)
        return 1
    finally:
        if bar:
            bar[0].close()
    dt = time.perf_counter() - t0
    t = report.timings
    print(
        f"Klart på {dt:.1f} s: {report.count('indexed')} nya, {report.count('updated')} uppdaterade, "
        f"{report.count('unchanged')} oförändrade, {len(report.failed)} fel"
        + (f", {report.count('removed')} borttagna" if report.count("removed") else "")
        + f" (tolkning {t['load_parse']:.1f} s, inbäddning {t['embed']:.1f} s, lagring {t['store']:.1f} s)."
    )
    if report.failed:
        print(f"{len(report.failed)} fil(er) kunde inte läsas in; övriga är indexerade.", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
