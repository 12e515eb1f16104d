"""Domain errors. Library code raises these; only the edges (CLI, UI) turn them
into messages for people."""


class MinutesError(Exception):
    """Base class: a problem a user can act on; its message says how."""


class InputError(MinutesError):
    """A file could not be read as minutes (corrupt, encrypted, too large…).

    The message names the file and the reason."""

    def __init__(self, path, reason: str):
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


class IndexMissingError(MinutesError):
    """The index directory holds no ingested minutes."""


class EmbedderMismatchError(MinutesError):
    """The index was built with another embedding model than the configured one."""


class IndexLockedError(MinutesError):
    """Another ingest holds the index lock."""


class ConfigError(MinutesError):
    """A setting is missing or invalid."""


class LLMError(MinutesError):
    """The configured language model could not be reached or failed."""
