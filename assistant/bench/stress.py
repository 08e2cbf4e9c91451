"""`make stress`: concurrent REST clients asking questions while the CNN/DM corpus is uploaded, on loopback.

    python -m assistant.bench.stress [--clients 20] [--duration 60] [--data FILE.jsonl] [--articles N] [--json]

Starts a real `assistant serve` on 127.0.0.1 with a fresh data dir, uploads a first slice of the
corpus, then runs N client threads that ask questions over `POST /api/ask` for the given duration
while the rest of the corpus is uploaded slice by slice through `POST /api/ingest`. Bounded: clients
stop at the duration once the ingest is done, or at --max-requests, or at --max-seconds overall.

Prints requests, errors, refusals and p50/p95/p99 latency, then checks, exiting 1 on any violation:
- every answer's citations: the cited article exists and `body[start:end] == quote`;
- the store ends with exactly the articles the uploads reported (no lost, no duplicated ids), and
  its chunk count equals the sum of the articles' chunk counts (no orphans) and the reports' chunks;
- a clean `assistant ingest` of the same records into another data dir gives the same articles and
  chunks; uploading everything again adds nothing.
Timings are printed, never asserted: the machine is shared.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from assistant.bench.run import DEFAULT_DATA, sample_queries
from assistant.config import environment_with
from assistant.evals.metrics import percentile
from assistant.testing import serve

STARTUP_SECONDS = 300  # model load on a loaded 2-core machine
REQUEST_TIMEOUT = 300  # one ask or one upload slice


class Violation(Exception):
    pass


def call(method: str, url: str, body: bytes | None = None, ctype: str = "application/json",
         timeout: float = REQUEST_TIMEOUT) -> tuple[int, Any]:
    """One HTTP request on loopback; returns (status, parsed JSON or text). Never raises for HTTP errors."""
    req = urllib.request.Request(url, data=body, method=method, headers={"Content-Type": ctype} if body else {})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            status, raw = resp.status, resp.read()
    except urllib.error.HTTPError as e:
        status, raw = e.code, e.read()
    try:
        return status, json.loads(raw)
    except ValueError:
        return status, raw.decode("utf-8", "replace")


def multipart(name: str, data: bytes) -> tuple[bytes, str]:
    boundary = uuid.uuid4().hex
    head = (f'--{boundary}\r\nContent-Disposition: form-data; name="files"; filename="{name}"\r\n'
            "Content-Type: application/octet-stream\r\n\r\n").encode()
    return head + data + f"\r\n--{boundary}--\r\n".encode(), f"multipart/form-data; boundary={boundary}"


@dataclass
class Tally:
    latencies: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    refused: int = 0
    during_ingest: int = 0
    citations: list[dict] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)


def client(url: str, questions: list[str], offset: int, stop: threading.Event, ingesting: threading.Event,
           tally: Tally, budget: list[int]) -> None:
    i = offset
    while not stop.is_set():
        with tally.lock:
            if budget[0] <= 0:
                return
            budget[0] -= 1
        q = questions[i % len(questions)]
        i += 1
        busy = ingesting.is_set()
        t = time.perf_counter()
        try:
            status, got = call("POST", url + "/api/ask", json.dumps({"question": q}).encode())
        except Exception as e:  # a dropped connection is an error like any other
            status, got = 0, f"{type(e).__name__}: {e}"
        ms = (time.perf_counter() - t) * 1000
        with tally.lock:
            tally.latencies.append(ms)
            tally.during_ingest += busy
            if status != 200 or not isinstance(got, dict):
                tally.errors.append(f"{status}: {str(got)[:300]}")
                continue
            tally.refused += bool(got.get("refused"))
            tally.citations += got.get("citations") or []


def start_server(workdir: Path, port: int) -> tuple[subprocess.Popen, str]:
    env = environment_with(ASSISTANT_DATA_DIR=str(workdir / "data"), PYTHONUNBUFFERED="1",
                           NO_PROXY="127.0.0.1,localhost", no_proxy="127.0.0.1,localhost")
    proc, url, log_path = serve.start(workdir, env, port)
    try:
        serve.wait_ready(proc, url, log_path, timeout=STARTUP_SECONDS)
    except serve.ServeFailed as e:
        serve.stop(proc)
        raise Violation(str(e)) from e
    return proc, url


def upload(url: str, name: str, lines: list[str]) -> dict:
    body, ctype = multipart(name, ("\n".join(lines) + "\n").encode("utf-8"))
    status, got = call("POST", url + "/api/ingest", body, ctype)
    if status != 200 or not isinstance(got, dict):
        raise Violation(f"upload of {name} failed: {status} {str(got)[:500]}")
    return got


def check_citations(url: str, citations: list[dict]) -> list[str]:
    """Every cited quote must be the exact text at its offsets of an article that exists."""
    bodies: dict[str, str | None] = {}
    bad = []
    for c in citations:
        aid = c.get("article_id", "")
        if aid not in bodies:
            status, got = call("GET", url + f"/api/articles/{aid}")
            bodies[aid] = got.get("body") if status == 200 and isinstance(got, dict) else None
        body = bodies[aid]
        if body is None:
            bad.append(f"citation of a missing article {aid}")
        elif body[c["start"]:c["end"]] != c["quote"] or not c["quote"]:
            bad.append(f"quote not at {aid}[{c['start']}:{c['end']}]: {c['quote'][:80]!r}")
    return bad


def clean_count(workdir: Path, records: Path) -> dict:
    """Articles and chunks of a plain `assistant ingest` of the same file into a fresh data dir."""
    env = environment_with(ASSISTANT_DATA_DIR=str(workdir / "clean"))
    out = subprocess.run([sys.executable, "-m", "assistant", "ingest", str(records), "--json"], env=env,
                         capture_output=True, text=True, timeout=3600)
    if out.returncode != 0:
        raise Violation(f"clean ingest failed: {out.stderr[-1000:]}")
    return json.loads(out.stdout)


def run(args: argparse.Namespace, workdir: Path) -> dict:
    lines = [ln for ln in Path(args.data).read_text(encoding="utf-8").splitlines() if ln.strip()]
    if args.articles:
        lines = lines[:args.articles]
    corpus = workdir / "corpus.jsonl"
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    questions = sample_queries(corpus, len(lines))
    first, rest = lines[:args.first], lines[args.first:]
    slices = [rest[i:i + args.slice] for i in range(0, len(rest), args.slice)]

    proc, url = start_server(workdir, args.port)
    try:
        reports = [upload(url, "first.jsonl", first)] if first else []
        tally, stop, ingesting, budget = Tally(), threading.Event(), threading.Event(), [args.max_requests]
        ingest_error: list[str] = []

        def ingest_rest() -> None:
            try:
                for n, part in enumerate(slices):
                    reports.append(upload(url, f"slice-{n:03d}.jsonl", part))
            except Exception as e:
                ingest_error.append(str(e))
            finally:
                ingesting.clear()

        started = time.monotonic()
        ingesting.set()
        threads = [threading.Thread(target=client, args=(url, questions, k * 7, stop, ingesting, tally, budget),
                                    daemon=True) for k in range(args.clients)]
        for t in threads:
            t.start()
        uploader = threading.Thread(target=ingest_rest, daemon=True)
        ingest_t = time.monotonic()
        uploader.start()
        while time.monotonic() - started < args.duration or ingesting.is_set():
            if time.monotonic() - started > args.max_seconds or budget[0] <= 0 and not ingesting.is_set():
                break
            time.sleep(0.2)
        stop.set()
        uploader.join(timeout=max(1.0, args.max_seconds - (time.monotonic() - started)))
        ingest_s = time.monotonic() - ingest_t
        for t in threads:
            t.join(timeout=REQUEST_TIMEOUT)
        elapsed = time.monotonic() - started

        violations = list(tally.errors[:20]) + ingest_error
        if uploader.is_alive():
            violations.append(f"the ingest did not finish within --max-seconds {args.max_seconds}")
        violations += check_citations(url, tally.citations)[:20]
        added = sum(r["added"] for r in reports)
        skipped = sum(r["skipped"] for r in reports)
        report_chunks = sum(r["chunks"] for r in reports)
        report_ids = [i for r in reports for i in r["article_ids"]]
        failed = [f for r in reports for f in r["failed"]]
        listed = call("GET", url + "/api/articles")[1]["articles"]
        health = call("GET", url + "/api/health")[1]
        ids = [a["id"] for a in listed]
        checks = {
            "no upload failures": not failed,
            "every record added or skipped": added + skipped == len(lines),
            "no duplicated article ids": len(ids) == len(set(ids)),
            "stored ids == reported ids": sorted(ids) == sorted(report_ids),
            "stored articles == reported added": health["articles"] == added == len(ids),
            "stored chunks == reported chunks": health["chunks"] == report_chunks,
            "stored chunks == sum of articles' chunk counts": health["chunks"] == sum(a["chunk_count"] for a in listed),
        }
        again = upload(url, "again.jsonl", lines)
        checks["re-upload adds nothing"] = again["added"] == 0 and again["skipped"] == len(lines)
        clean = None
        if not args.no_clean_check:
            clean = clean_count(workdir, corpus)
            checks["clean ingest: same articles"] = clean["added"] == added
            checks["clean ingest: same chunks"] = clean["chunks"] == health["chunks"]
        violations += [f"check failed: {name}" for name, ok in checks.items() if not ok]
    finally:
        serve.stop(proc)

    lat = tally.latencies
    return {
        "clients": args.clients, "duration_s": round(elapsed, 1), "requests": len(lat), "errors": len(tally.errors),
        "requests_during_ingest": tally.during_ingest, "refused": tally.refused,
        "answers_per_s": round(len(lat) / elapsed, 2) if elapsed else 0.0,
        "latency_ms": {f"p{q}": round(percentile(lat, q), 1) if lat else None for q in (50, 95, 99)},
        "citations_checked": len(tally.citations), "articles": health["articles"], "chunks": health["chunks"],
        "records": len(lines), "uploads": len(reports), "ingest_s_under_load": round(ingest_s, 1),
        "clean_ingest": None if clean is None else {"articles": clean["added"], "chunks": clean["chunks"],
                                                   "seconds": clean["seconds"]},
        "checks": checks, "violations": violations, "ok": not violations,
    }


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m assistant.bench.stress", description=__doc__.split("\n\n")[0])
    p.add_argument("--clients", type=int, default=20, help="concurrent REST clients (default 20)")
    p.add_argument("--duration", type=float, default=60.0, help="seconds of questions, at least (default 60)")
    p.add_argument("--data", default=str(DEFAULT_DATA), help="JSONL records to ingest (default ../shared/data/cnndm_articles.jsonl)")
    p.add_argument("--articles", type=int, default=0, help="only the first N records (default all)")
    p.add_argument("--first", type=int, default=20, help="records uploaded before the clients start (default 20)")
    p.add_argument("--slice", type=int, default=25, help="records per upload while the clients run (default 25)")
    p.add_argument("--max-requests", type=int, default=20000, help="stop after this many questions")
    p.add_argument("--max-seconds", type=float, default=1800.0, help="hard limit on the load phase")
    p.add_argument("--port", type=int, default=0, help="loopback port for the server (default: a free one)")
    p.add_argument("--no-clean-check", action="store_true", help="skip the separate clean ingest count")
    p.add_argument("--keep", metavar="DIR", help="work in DIR and keep it (server log, data dirs)")
    p.add_argument("--json", action="store_true", help="one JSON object on stdout")
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    if not Path(args.data).is_file():
        print(f"error: {args.data} not found; pass --data FILE.jsonl", file=sys.stderr)
        return 2
    if args.clients < 1 or args.duration <= 0:
        print("error: --clients must be at least 1 and --duration positive", file=sys.stderr)
        return 2
    args.port = args.port or serve.free_port()
    with tempfile.TemporaryDirectory(prefix="assistant-stress-") as tmp:
        workdir = Path(args.keep) if args.keep else Path(tmp)
        workdir.mkdir(parents=True, exist_ok=True)
        try:
            out = run(args, workdir)
        except Violation as e:
            print(f"error: {e}", file=sys.stderr)
            return 1
    if args.json:
        print(json.dumps(out))
    else:
        lat = out["latency_ms"]
        print(f"{out['clients']} clients for {out['duration_s']} s: {out['requests']} answers "
              f"({out['requests_during_ingest']} while ingesting), {out['errors']} errors, {out['refused']} refusals, "
              f"{out['answers_per_s']} answers/s; latency p50 {lat['p50']} ms, p95 {lat['p95']} ms, p99 {lat['p99']} ms")
        print(f"ingest under load: {out['records']} records in {out['uploads']} uploads, {out['ingest_s_under_load']} s; "
              f"store: {out['articles']} articles, {out['chunks']} chunks; {out['citations_checked']} citations checked")
        for name, ok in out["checks"].items():
            print(f"  {'ok ' if ok else 'FAIL'} {name}")
        for v in out["violations"]:
            print(f"violation: {v}")
    return 0 if out["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
