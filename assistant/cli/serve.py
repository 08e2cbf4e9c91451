"""`assistant serve`: the Gradio UI at / and the REST API under /api, in one uvicorn process."""

from __future__ import annotations

import argparse
import socket
import sys

from assistant.errors import UsageError
from assistant.library import Library
from assistant.server.auth import check_bind, is_loopback, parse_auth


def add_parser(sub: argparse._SubParsersAction) -> None:
    from assistant.cli.common import command

    s = sub.add_parser("serve", help="web UI at / and REST API under /api",
                       description="Serve the Gradio UI at / and the REST API under /api (docs at /docs). "
                                   "Loopback only unless ASSISTANT_AUTH=user:password is set.")
    s.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1: this machine only)")
    s.add_argument("--port", type=int, default=7860, help="port (default 7860)")
    command("serve")(serve)


def _port_free(host: str, port: int) -> None:
    """Fail with a message now rather than with uvicorn's traceback after the models have loaded."""
    family = socket.AF_INET6 if ":" in host.strip("[]") else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind((host.strip("[]"), port))
        except OSError as e:
            raise UsageError(f"cannot listen on {host}:{port} ({e.strerror or e}); "
                             f"pick another port with --port or stop what is using it") from None


def serve(args: argparse.Namespace, lib: Library) -> int:
    import uvicorn

    from assistant.server.api import create_app
    from assistant.server.services import Services

    if not 0 < args.port < 65536:
        raise UsageError(f"--port must be between 1 and 65535, got {args.port}")
    auth = parse_auth(lib.settings.auth)
    for warning in check_bind(args.host, auth):
        print(f"warning: {warning}", file=sys.stderr)
    _port_free(args.host, args.port)
    print("loading models…", file=sys.stderr, flush=True)
    services = Services(lib)
    services.warm()  # once, here: requests never pay for model loading
    app = create_app(lib, services=services, auth=auth)
    shown = "127.0.0.1" if args.host in ("0.0.0.0", "::") else args.host
    where = f"http://{shown}:{args.port}"
    print(f"serving {where}/ (UI), {where}/api (REST), {where}/docs (API docs)"
          + ("" if is_loopback(args.host) else " with authentication") + "; Ctrl-C stops",
          file=sys.stderr, flush=True)
    from assistant.feeds.runner import BackgroundScheduler

    scheduler = BackgroundScheduler(lib, services.write_lock)
    print(scheduler.start(), file=sys.stderr, flush=True)
    try:
        uvicorn.run(app, host=args.host.strip("[]"), port=args.port, log_level="warning", access_log=False,
                    timeout_graceful_shutdown=5)
    finally:
        scheduler.stop()
    return 0
