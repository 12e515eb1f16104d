"""python -m qa.serve [streamlit options]  (what `make run` uses)

Starts the Streamlit app (chat_app.py) and, while the server comes up, loads
the index and the embedder in the background, so the first visitor does not
wait for them. Equivalent to `streamlit run chat_app.py` otherwise."""
from __future__ import annotations

import sys
import threading

from minutes import logs
from minutes.errors import MinutesError
from minutes.settings import PROJECT_ROOT, Settings


def _warm(settings: Settings) -> None:
    from .service import shared

    try:
        shared(settings)
    except MinutesError:
        pass  # no index yet: the app explains how to build one


def main(argv: list[str] | None = None) -> int:
    logs.setup()
    try:
        settings = Settings.from_env()
    except MinutesError as e:
        print(f"fel: {e}", file=sys.stderr)
        return 2
    threading.Thread(target=_warm, args=(settings,), daemon=True, name="warm-index").start()
    from streamlit.web import cli

    sys.argv = ["streamlit", "run", str(PROJECT_ROOT / "chat_app.py"), *(sys.argv[1:] if argv is None else argv)]
    return cli.main()


if __name__ == "__main__":
    sys.exit(main())
