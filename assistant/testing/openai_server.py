"""A scripted OpenAI-compatible HTTP server on 127.0.0.1 for tests (no SDK patching).

Speaks POST /v1/chat/completions (plain JSON, or SSE when "stream": true, ending with
`data: [DONE]`) and GET /v1/models. Replies come from a queue (the last one repeats);
`fail_next(n, status)` answers the next n completion calls with an HTTP error; every request
body is recorded in `requests` so tests can assert what the prompt contained.
"""

from __future__ import annotations

import json
import re
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


class ScriptedOpenAIServer:
    def __init__(self, replies: list[str] | None = None, model: str = "scripted", port: int = 0) -> None:
        self.replies: list[str] = list(replies or ["The articles do not say."])
        self.model = model
        self.requests: list[dict[str, Any]] = []
        self.failures: list[int] = []
        self.lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", port), self._handler())
        self._server.daemon_threads = True
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

    def fail_next(self, n: int, status: int = 500) -> None:
        with self.lock:
            self.failures.extend([status] * n)

    def completions(self) -> list[dict[str, Any]]:
        return [r for r in self.requests if r.get("_path", "").endswith("/chat/completions")]

    def start(self) -> "ScriptedOpenAIServer":
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> "ScriptedOpenAIServer":
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _next(self) -> tuple[int | None, str]:
        with self.lock:
            if self.failures:
                return self.failures.pop(0), ""
            reply = self.replies.pop(0) if len(self.replies) > 1 else self.replies[0]
            return None, reply

    def _handler(self):
        outer = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:  # keep test output quiet
                pass

            def _json(self, status: int, obj: dict, headers: dict[str, str] | None = None) -> None:
                data = json.dumps(obj).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                for k, v in (headers or {}).items():
                    self.send_header(k, v)
                self.end_headers()
                self.wfile.write(data)

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
                with outer.lock:
                    outer.requests.append(body)
                if not self.path.rstrip("/").endswith("/chat/completions"):
                    self._json(404, {"error": {"message": "not found"}})
                    return
                status, reply = outer._next()
                if status is not None:
                    # retry-after-ms keeps the SDK's backoff short in tests.
                    self._json(status, {"error": {"message": f"scripted {status}", "type": "server_error"}},
                               {"retry-after-ms": "20"})
                    return
                cid = f"chatcmpl-{int(time.time() * 1000)}"
                if body.get("stream"):
                    self._stream(cid, reply)
                    return
                self._json(200, {
                    "id": cid, "object": "chat.completion", "created": int(time.time()), "model": outer.model,
                    "choices": [{"index": 0, "finish_reason": "stop",
                                 "message": {"role": "assistant", "content": reply}}],
                    "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
                })

            def _stream(self, cid: str, reply: str) -> None:
                self.send_response(200)
                self.send_header("Content-Type", "text/event-stream")
                self.send_header("Cache-Control", "no-cache")
                self.send_header("Connection", "close")
                self.end_headers()

                def send(delta: dict, finish: str | None = None) -> None:
                    chunk = {"id": cid, "object": "chat.completion.chunk", "created": int(time.time()),
                             "model": outer.model,
                             "choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}
                    self.wfile.write(f"data: {json.dumps(chunk)}\n\n".encode())
                    self.wfile.flush()

                send({"role": "assistant", "content": ""})
                for piece in re.findall(r"\S+\s*|\s+", reply):
                    send({"content": piece})
                send({}, "stop")
                self.wfile.write(b"data: [DONE]\n\n")
                self.wfile.flush()
                self.close_connection = True

        return Handler
