"""Question sets → suites, with no hand edits: RGB (Chen et al. 2024), MultiHop-RAG (Tang & Yang 2024) and
the qa_dev schema our outside question writers use (shared/data/qa_dev_multioutlet.json).

Each adapter writes a folder holding `suite.yaml` and `corpus.jsonl`; `assistant eval FOLDER/suite.yaml`
then runs it like any other suite. Articles are named by the `id` field written into the corpus, so
the questions' expected sources survive dedup and content-hash ids.

Differences from the original protocols, on purpose: all questions share one corpus (each question's
passages are distractors for the others, which is harder than RGB's per-question context), and the
passages of a question are taken in file order rather than sampled, so a run is reproducible.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from pathlib import Path
from typing import Any, Iterable

import yaml

from assistant.evals.suite import SuiteError, parse_suite


def _read_records(path: Path) -> list[Any]:
    """A JSON list, an object holding one list, or JSON lines."""
    if not path.is_file():
        raise SuiteError(f"{path} not found")
    text = path.read_text(encoding="utf-8")
    try:
        data = json.loads(text)
    except json.JSONDecodeError:
        data = None
        out = []
        for n, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            try:
                out.append(json.loads(line))
            except json.JSONDecodeError as e:
                raise SuiteError(f"{path}:{n}: not JSON ({e.msg}); expected one JSON object per line") from e
        return out
    if isinstance(data, dict):
        lists = [v for v in data.values() if isinstance(v, list)]
        data = lists[0] if len(lists) == 1 else [data]
    if not isinstance(data, list):
        raise SuiteError(f"{path}: expected a list of records")
    return data


def answer_facts(answer: Any) -> list[list[str]]:
    """RGB answers: "x" → one fact; ["x", "x'"] → one fact with aliases; [["a", "a'"], ["b"]] → two facts."""
    if isinstance(answer, (str, int, float)):
        return [[str(answer)]]
    if isinstance(answer, list) and answer:
        if any(isinstance(a, list) for a in answer):
            return [[str(x) for x in (a if isinstance(a, list) else [a]) if str(x).strip()] for a in answer
                    if (a if isinstance(a, list) else [a])]
        return [[str(a) for a in answer if str(a).strip()]]
    return []


def _write(out_dir: Path, suite: dict, corpus: list[dict]) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    with (out_dir / "corpus.jsonl").open("w", encoding="utf-8") as f:
        for rec in corpus:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    path = out_dir / "suite.yaml"
    path.write_text(yaml.safe_dump(suite, sort_keys=False, allow_unicode=True, width=120), encoding="utf-8")
    parse_suite(suite, path)  # what we write must load
    return path


# ---- RGB --------------------------------------------------------------------------------------------


def rgb_suite(records: Iterable[dict], noise: float = 0.4, passages: int = 5, negative_rejection: bool = False,
              limit: int | None = None, name: str = "rgb") -> tuple[dict, list[dict]]:
    """(suite mapping, corpus records) from RGB records {id, query, answer, positive, negative}.

    Noise mode: per question `passages` passages, ceil(noise * passages) of them negatives.
    Negative rejection: only negatives are ingested and every question expects a refusal.
    """
    if not 0.0 <= noise <= 1.0:
        raise SuiteError(f"--noise {noise}: must be between 0 and 1")
    if passages < 1:
        raise SuiteError("--passages must be at least 1")
    corpus: list[dict] = []
    questions: list[dict] = []
    for i, rec in enumerate(records):
        if limit is not None and len(questions) >= limit:
            break
        if not isinstance(rec, dict) or not isinstance(rec.get("query"), str):
            raise SuiteError(f"RGB record {i + 1}: expected an object with 'query', 'answer', 'positive', 'negative'")
        qid = f"rgb-{rec.get('id', i)}"
        pos = [p for p in rec.get("positive") or [] if isinstance(p, str) and p.strip()]
        neg = [p for p in rec.get("negative") or [] if isinstance(p, str) and p.strip()]
        if negative_rejection:
            chosen_pos, chosen_neg = [], neg[:passages]
        else:
            n_neg = math.ceil(noise * passages - 1e-9)
            # As RGB does: no refilling when a record has fewer passages of a kind than asked.
            chosen_pos, chosen_neg = pos[:passages - n_neg], neg[:n_neg]
        pos_ids = []
        for j, text in enumerate(chosen_pos):
            corpus.append({"id": f"{qid}-pos-{j}", "text": text})
            pos_ids.append(f"{qid}-pos-{j}")
        for j, text in enumerate(chosen_neg):
            corpus.append({"id": f"{qid}-neg-{j}", "text": text})
        facts = answer_facts(rec.get("answer"))
        if negative_rejection or not pos_ids or not facts:
            questions.append({"id": qid, "question": rec["query"], "kind": "unanswerable"})
        else:
            questions.append({"id": qid, "question": rec["query"], "kind": "multi" if len(facts) > 1 else "single",
                              "facts": facts, "sources": pos_ids})
    if not questions:
        raise SuiteError("the RGB file holds no questions")
    if not corpus:
        raise SuiteError("the RGB file holds no passages to ingest")
    mode = "negative rejection" if negative_rejection else f"noise {noise:g}, {passages} passages per question"
    suite = {"name": name, "description": f"converted from RGB ({mode})", "corpus": "corpus.jsonl", "k": 5,
             "questions": questions}
    return suite, corpus


def write_rgb_suite(path: Path, out_dir: Path, noise: float = 0.4, passages: int = 5,
                    negative_rejection: bool = False, limit: int | None = None) -> Path:
    name = "rgb-" + re.sub(r"[^A-Za-z0-9_-]+", "-", path.stem) + ("-negative" if negative_rejection else "")
    suite, corpus = rgb_suite(_read_records(path), noise, passages, negative_rejection, limit, name)
    return _write(out_dir, suite, corpus)


# ---- MultiHop-RAG ---------------------------------------------------------------------------------------


def _norm_title(t: str) -> str:
    return " ".join(str(t).lower().split())


def multihop_suite(corpus_records: list[dict], queries: list[dict], limit: int | None = None,
                   name: str = "multihop") -> tuple[dict, list[dict]]:
    """(suite mapping, corpus records) from MultiHop-RAG's corpus and queries.

    Evidence is matched to corpus articles by URL, else by title. `null_query` questions (the
    answer is "Insufficient information.") expect a refusal.
    """
    corpus: list[dict] = []
    by_url: dict[str, str] = {}
    by_title: dict[str, str] = {}
    for i, a in enumerate(corpus_records):
        if not isinstance(a, dict) or not isinstance(a.get("body"), str):
            raise SuiteError(f"MultiHop corpus record {i + 1}: expected an object with 'title' and 'body'")
        rid = f"mh-{i:05d}"
        rec = {"id": rid, "body": a["body"]}
        for key in ("title", "source", "published_at", "url"):
            if a.get(key):
                rec[key] = str(a[key])
        corpus.append(rec)
        if a.get("url"):
            by_url[str(a["url"])] = rid
        if a.get("title"):
            by_title[_norm_title(a["title"])] = rid
    questions = []
    for i, q in enumerate(queries):
        if limit is not None and len(questions) >= limit:
            break
        if not isinstance(q, dict) or not isinstance(q.get("query"), str):
            raise SuiteError(f"MultiHop query {i + 1}: expected an object with 'query', 'answer', 'evidence_list'")
        qtype = str(q.get("question_type") or "")
        item: dict[str, Any] = {"id": f"mh-q{i:04d}", "question": q["query"]}
        if qtype == "null_query":
            item["kind"] = "unanswerable"
        else:
            sources = []
            for ev in q.get("evidence_list") or []:
                rid = by_url.get(str(ev.get("url") or "")) or by_title.get(_norm_title(ev.get("title") or ""))
                if rid is None:
                    raise SuiteError(f"MultiHop query {i + 1}: evidence {ev.get('title')!r} is not in the corpus")
                if rid not in sources:
                    sources.append(rid)
            item.update({"kind": "multi" if len(sources) > 1 else "single",
                         "facts": answer_facts(q.get("answer")), "sources": sources})
            if not item["facts"]:
                raise SuiteError(f"MultiHop query {i + 1}: empty answer")
        item["note"] = qtype
        questions.append(item)
    if not questions:
        raise SuiteError("the MultiHop queries file holds no questions")
    suite = {"name": name, "description": "converted from MultiHop-RAG", "corpus": "corpus.jsonl", "k": 5,
             "questions": questions}
    return suite, corpus


def write_multihop_suite(corpus_path: Path, queries_path: Path, out_dir: Path, limit: int | None = None) -> Path:
    suite, corpus = multihop_suite(_read_records(corpus_path), _read_records(queries_path), limit)
    return _write(out_dir, suite, corpus)


# ---- question sets in the qa_dev schema (shared/data/qa_dev_multioutlet.json) ---------------------------

QA_KINDS = {"factoid": "single", "list": "multi", "why": "why", "broad": "broad", "comparison": "cross",
            "unanswerable": "unanswerable", "false_premise": "false-premise"}
SPLITS = ("dev", "test", "all")


def cluster_split(cluster: str) -> str:
    """'dev' or 'test' for an event: sha1 of the cluster id read as a number, even → dev, odd → test.

    A fixed hash (not Python's salted hash(), not a seeded shuffle) so the split never changes between
    runs, machines or versions, and splitting by cluster keeps every event's outlets on one side.
    """
    return "dev" if int(hashlib.sha1(cluster.encode("utf-8")).hexdigest(), 16) % 2 == 0 else "test"


def _squash(text: str) -> str:
    return " ".join(str(text).replace("\u00a0", " ").split())


def _support_keys(q: dict, by_cluster: dict[str, list[tuple[str, dict]]]) -> list[str]:
    """Corpus ids of the articles holding a question's support quotes (same cluster; by quote, else outlet)."""
    keys: list[str] = []
    for s in q.get("support") or []:
        quote = _squash(s.get("quote") or "").removesuffix("...").strip()
        arts = by_cluster.get(str(q.get("cluster")), [])
        hits = [rid for rid, rec in arts if quote and quote[:200] in _squash(rec.get("text") or rec.get("body") or "")]
        if not hits:
            hits = [rid for rid, rec in arts if s.get("source") and rec.get("source") == s.get("source")]
        keys += [h for h in hits if h not in keys]
    return keys


def _forbidden(value: Any) -> list[list[str]]:
    """qa_dev writes `forbidden` as one wrong term's aliases (["a", "b"]); suites take a list of facts."""
    if not value:
        return []
    if isinstance(value, list) and all(isinstance(v, (str, int, float)) for v in value):
        return [[str(v) for v in value]]
    return answer_facts(value)


def qa_suite(data: Any, corpus_records: list[dict], split: str = "dev", name: str = "qa",
             limit: int | None = None) -> tuple[dict, list[dict]]:
    """(suite mapping, corpus records) from a qa_dev question set and the JSONL corpus it was written over.

    The whole corpus is ingested whatever the split (the other events are distractors, as when judged).
    Corpus records get an `id` (their own, else `doc-NNNN`, the 1-based line) that questions name as sources.
    """
    if split not in SPLITS:
        raise SuiteError(f"--split {split!r}: use one of {', '.join(SPLITS)}")
    questions_in = data.get("questions") if isinstance(data, dict) else data
    if not isinstance(questions_in, list):
        raise SuiteError("the question file must be a list of questions or an object with a 'questions' list")
    corpus: list[dict] = []
    by_cluster: dict[str, list[tuple[str, dict]]] = {}
    for n, rec in enumerate(corpus_records, 1):
        if not isinstance(rec, dict) or not isinstance(rec.get("text") or rec.get("body"), str):
            raise SuiteError(f"corpus record {n}: expected an object with 'text' (and cluster, source, title, ...)")
        rid = str(rec.get("id") or f"doc-{n:04d}")
        corpus.append({**rec, "id": rid})
        by_cluster.setdefault(str(rec.get("cluster")), []).append((rid, rec))
    questions: list[dict] = []
    for i, q in enumerate(questions_in):
        if limit is not None and len(questions) >= limit:
            break
        at = f"question {i + 1} ({q.get('id', '?') if isinstance(q, dict) else '?'})"
        if not isinstance(q, dict) or not isinstance(q.get("q"), str) or not q.get("cluster"):
            raise SuiteError(f"{at}: expected an object with 'q', 'kind', 'cluster' and 'facts'")
        if split != "all" and cluster_split(str(q["cluster"])) != split:
            continue
        kind = QA_KINDS.get(str(q.get("kind")))
        if kind is None:
            raise SuiteError(f"{at}: kind {q.get('kind')!r} unknown; known: {', '.join(QA_KINDS)}")
        item: dict[str, Any] = {"id": str(q.get("id") or f"qa{i + 1:03d}"), "question": q["q"], "kind": kind}
        facts = answer_facts(q.get("facts"))
        if kind == "false-premise":
            item["forbidden"] = _forbidden(q.get("forbidden"))
            correction = answer_facts(q.get("correction"))
            if correction:  # the expected answer is a correction; a refusal also counts as handled
                item.update({"answerable": True, "facts": correction})
        elif kind == "unanswerable" or q.get("unanswerable"):
            item["kind"] = "unanswerable"
        else:
            if not facts:
                raise SuiteError(f"{at}: an answerable question needs 'facts'")
            item["facts"] = facts
        if item.get("answerable", item["kind"] != "unanswerable") and (keys := _support_keys(q, by_cluster)):
            item["sources"] = keys
        item["note"] = f"{q.get('dataset', '')} {q['cluster']}".strip()
        questions.append(item)
    if not questions:
        raise SuiteError(f"no questions in the {split!r} split")
    suite = {"name": name, "description": f"converted from a qa_dev question set ({split} split by cluster)",
             "corpus": "corpus.jsonl", "k": 5, "questions": questions}
    return suite, corpus


def write_qa_suite(questions_path: Path, corpus_path: Path, out_dir: Path, split: str = "dev",
                   limit: int | None = None) -> Path:
    if not questions_path.is_file():
        raise SuiteError(f"{questions_path} not found")
    try:
        data = json.loads(questions_path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as e:
        raise SuiteError(f"{questions_path}: not JSON ({e.msg})") from e
    name = "qa-" + re.sub(r"[^A-Za-z0-9_-]+", "-", questions_path.stem) + f"-{split}"
    suite, corpus = qa_suite(data, _read_records(corpus_path), split, name, limit)
    return _write(out_dir, suite, corpus)
