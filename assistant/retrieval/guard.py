"""Failures of Chroma calls as errors a user can act on: a server that went away, a disk that refused a write."""

from __future__ import annotations

from typing import Any, Callable

from assistant.errors import StoreError

# What a client library raises when the Chroma server is gone (httpx / httpcore and the OS), by name:
# so this module imports none of them.
_UNREACHABLE = {"ConnectError", "ConnectTimeout", "ReadError", "ReadTimeout", "WriteError", "WriteTimeout",
                "RemoteProtocolError", "PoolTimeout", "NetworkError", "ConnectionRefusedError",
                "ConnectionResetError", "BrokenPipeError"}


def unreachable(exc: BaseException) -> bool:
    """True when the exception (or its cause) is a lost or refused connection."""
    e: BaseException | None = exc
    for _ in range(8):  # the cause chain, bounded
        if e is None:
            return False
        if type(e).__name__ in _UNREACHABLE or isinstance(e, ConnectionError):
            return True
        e = e.__cause__ or e.__context__
    return False


class Guarded:
    """A Chroma client or collection whose failures come out as errors a user can act on.

    Server mode: a connection failure becomes StoreUnavailable ("start the server again"); the
    client reconnects by itself on the next call once the server is back, so nothing restarts.
    Embedded mode: a refused disk write becomes DataDirUnwritable. Anything else passes unchanged.
    """

    def __init__(self, target: Any, translate: Callable[[Exception], Exception]) -> None:
        self._target = target
        self._translate = translate

    def __getattr__(self, name: str) -> Any:
        value = getattr(self._target, name)
        if not callable(value):
            return value

        def call(*args: Any, **kwargs: Any) -> Any:
            try:
                return value(*args, **kwargs)
            except StoreError:
                raise
            except Exception as e:
                raise self._translate(e) from e
        return call
