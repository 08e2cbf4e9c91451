"""A scripted OpenAI-compatible HTTP server on 127.0.0.1 for tests (no SDK patching).

Speaks POST /v1/chat/completions (plain JSON, or SSE when "stream": true, ending with
`data: [DONE]`) and GET /v1/models. Replies come from a queue (the last one repeats);
every request body is recorded in `requests` so tests can assert what the prompt contained.

Faults, so tests can drive the real client through what real endpoints do when they misbehave:

- `script(*steps)`: one step per completion request, used before the reply queue; a step is a
  reply string or a `Fault` (slow, HTTP error with Retry-After, stream cut off, malformed JSON, ...).
- `always(fault)`: every completion request gets the fault (a 429 storm, a server that is down).
- `fail_next(n, status)`: shorthand for n HTTP errors.
"""

from __future__ import annotations

import json
import re
import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Literal

FaultKind = Literal["http", "slow", "stall", "cut", "malformed", "echo_auth"]


@dataclass(frozen=True)
class Fault:
    """One scripted misbehaviour for one completion request; build it with the class methods."""

    kind: FaultKind
    status: int = 500
    retry_after: str | None = None
    seconds: float = 0.0

    @classmethod
    def http(cls, status: int = 500, retry_after: str | None = None) -> "Fault":
        """An HTTP error; `retry_after` is sent as the Retry-After header (else a 20 ms retry-after-ms)."""
        return cls("http", status=status, retry_after=retry_after)

    @classmethod
    def slow(cls, seconds: float) -> "Fault":
        """Say nothing for `seconds` (longer than the client's timeout), then answer normally."""
        return cls("slow", seconds=seconds)

    @classmethod
    def stall(cls, seconds: float) -> "Fault":
        """Streams: send the first words, then go silent for `seconds` mid-reply."""
        return cls("stall", seconds=seconds)

    @classmethod
    def cut(cls) -> "Fault":
        """The connection closes mid-reply: a stream without its finish chunk and [DONE], or a JSON
        body shorter than its Content-Length."""
        return cls("cut")

    @classmethod
    def malformed(cls) -> "Fault":
        """HTTP 200 whose body (or SSE data line) is not valid JSON."""
        return cls("malformed")

    @classmethod
    def echo_auth(cls, status: int = 401) -> "Fault":
        """An error whose message repeats the Authorization header it got, as some proxies do."""
        return cls("echo_auth", status=status)


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        # A client that gave up (timeout) leaves a handler writing to a closed socket; that is the
        # scenario under test, not a server failure worth a traceback on stderr.
        pass


class ScriptedOpenAIServer:
    def __init__(self, replies: list[str] | None = None, model: str = "scripted", port: int = 0) -> None:
        self.replies: list[str] = list(replies or ["The articles do not say."])
        self.model = model
        self.requests: list[dict[str, Any]] = []
        self.steps: list[Fault | str] = []
        self.storm: Fault | None = None
        self.lock = threading.Lock()
        self._stopping = threading.Event()
        self._server = _QuietServer(("127.0.0.1", port), self._handler())
        self._thread: threading.Thread | None = None

    @property
    def port(self) -> int:
        return self._server.server_address[1]

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def push(self, *replies: str) -> None:
        with self.lock:
            self.replies.extend(replies)

    def script(self, *steps: Fault | str) -> None:
        """Queue per-request steps (a Fault or a reply), used in order before the reply queue."""
        with self.lock:
            self.steps.extend(steps)

    def always(self, fault: Fault | None) -> None:
        """Every completion request gets `fault` until `always(None)`."""
        with self.lock:
            self.storm = fault

    def fail_next(self, n: int, status: int = 500) -> None:
        self.script(*[Fault.http(status)] * n)

    def completions(self) -> list[dict[str, Any]]:
        return [r for r in self.requests if r.get("_path", "").endswith("/chat/completions")]

    def start(self) -> "ScriptedOpenAIServer":
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()  # wakes handlers sleeping in a slow/stall fault
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> "ScriptedOpenAIServer":
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _next(self) -> tuple[Fault | None, str]:
        with self.lock:
            fault: Fault | None = self.storm
            if fault is None and self.steps:
                step = self.steps.pop(0)
                if isinstance(step, str):
                    return None, step
                fault = step
            if fault is not None and fault.kind in ("http", "echo_auth"):
                return fault, ""
            reply = self.replies.pop(0) if len(self.replies) > 1 else self.replies[0]
            return fault, reply

    def _handler(self):
        outer = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:  # keep test output quiet
                pass

            def _send(self, status: int, data: bytes, ctype: str, headers: dict[str, str] | None = None,
                      length: int | None = None) -> None:
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(data) if length is None else length))
                for k, v in (headers or {}).items():
                    self.send_header(k, v)
                self.end_headers()
                self.wfile.write(data)

            def _json(self, status: int, obj: dict, headers: dict[str, str] | None = None) -> None:
                self._send(status, json.dumps(obj).encode(), "application/json", headers)

            def do_GET(self) -> None:
                if self.path.rstrip("/").endswith("/models"):
                    self._json(200, {"object": "list", "data": [
                        {"id": outer.model, "object": "model", "created": 0, "owned_by": "tests"}]})
                else:
                    self._json(404, {"error": {"message": "not found"}})

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                try:
                    body = json.loads(self.rfile.read(length) or b"{}")
                except ValueError:
                    body = {}
                body["_path"] = self.path
                body["_authorization"] = self.headers.get("Authorization", "")
                with outer.lock:
                    outer.requests.append(body)
                if not self.path.rstrip("/").endswith("/chat/completions"):
                    self._json(404, {"error": {"message": "not found"}})
                    return
                fault, reply = outer._next()
                kind = fault.kind if fault else None
                if fault is not None and kind == "http":
                    # retry-after-ms keeps the SDK's backoff short in tests unless a Retry-After is scripted.
                    headers = {"Retry-After": fault.retry_after} if fault.retry_after else {"retry-after-ms": "20"}
                    self._json(fault.status, {"error": {"message": f"scripted {fault.status}",
                                                        "type": "server_error"}}, headers)
                    return
                if fault is not None and kind == "echo_auth":
                    auth = self.headers.get("Authorization", "")
                    self._json(fault.status, {"error": {
                        "message": f"invalid credentials: {auth} (key {auth.removeprefix('Bearer ')!r})",
                        "type": "invalid_request_error"}})
                    return
                if fault is not None and kind == "slow" and outer._stopping.wait(fault.seconds):
                    return
                cid = f"chatcmpl-{int(time.time() * 1000)}"
                if body.get("stream"):
                    self._stream(cid, reply, fault)
                    return
                if kind == "malformed":
                    self._send(200, b'{"id": "' + cid.encode() + b'", "choices": [{"message": {"content": ',
                               "application/json")
                    return
                data = json.dumps({
                    "id": cid, "object": "chat.completion", "created": int(time.time()), "model": outer.model,
                    "choices": [{"index": 0, "finish_reason": "stop",
                                 "message": {"role": "assistant", "content": reply}}],
                    "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
                }).encode()
                if kind == "cut":
                    self.close_connection = True
                    self._send(200, data[: len(data) // 2], "application/json", length=len(data))
                    return
                self._send(200, data, "application/json")

            def _stream(self, cid: str, reply: str, fault: Fault | None) -> None:
                self.send_response(200)
                self.send_header("Content-Type", "text/event-stream")
                self.send_header("Cache-Control", "no-cache")
                self.send_header("Connection", "close")
                self.end_headers()
                self.close_connection = True

                def send(delta: dict, finish: str | None = None) -> None:
                    chunk = {"id": cid, "object": "chat.completion.chunk", "created": int(time.time()),
                             "model": outer.model,
                             "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}
                    self.wfile.write(f"data: {json.dumps(chunk)}\n\n".encode())
                    self.wfile.flush()

                send({"role": "assistant", "content": ""})
                pieces = re.findall(r"\S+\s*|\s+", reply)
                kind = fault.kind if fault else None
                half = max(1, len(pieces) // 2)
                for i, piece in enumerate(pieces):
                    if i == half and kind == "cut":
                        return  # the connection closes: no finish_reason, no [DONE]
                    if i == 0 and kind == "malformed":
                        self.wfile.write(b'data: {"id": "' + cid.encode() + b'", "choices": [{"delta": \n\n')
                        self.wfile.flush()
                        return
                    if i == half and kind == "stall" and outer._stopping.wait(fault.seconds):
                        return
                    send({"content": piece})
                send({}, "stop")
                self.wfile.write(b"data: [DONE]\n\n")
                self.wfile.flush()

        return Handler
