#!/usr/bin/env python3
"""Validate the two hand-labelled data sets in this folder (stdlib only).

    python3 evals/data/check_labelled.py [--data DIR]

disagreement_pairs.jsonl   cross-outlet sentence pairs labelled conflict / no_conflict
sentence_boundaries.jsonl  passages with gold sentence boundaries

DIR is the shared data folder holding multioutlet_dev.jsonl and cnndm_articles.jsonl
(default: ../shared/data next to the repository root). Prints counts; exits 1 on any error.
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data"

PAIRS = HERE / "disagreement_pairs.jsonl"
BOUNDS = HERE / "sentence_boundaries.jsonl"

CONFLICT_TYPES = {"number", "date", "place", "name", "attribution", "characterisation"}
NO_CONFLICT_TYPES = {"same_fact", "paraphrase", "different_point"}
PAIR_KEYS = {"id", "cluster", "split", "a", "b", "label", "type", "slot", "a_value", "b_value", "note"}
BOUND_KEYS = {"id", "source_file", "article", "text", "sentences", "split"}
SPLITS = {"dev", "test"}

MIN_PAIRS, MIN_NO_CONFLICT, TARGET_CONFLICTS = 220, 160, 60
MIN_PASSAGES, MIN_SENTS, MAX_SENTS = 120, 2, 8


class Report:
    def __init__(self) -> None:
        self.errors: list[str] = []

    def err(self, where: str, msg: str) -> None:
        self.errors.append(f"{where}: {msg}")


def read_jsonl(path: Path, rep: Report) -> list[tuple[int, dict]]:
    rows = []
    if not path.exists():
        rep.err(path.name, "file missing")
        return rows
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            rep.err(f"{path.name}:{n}", "blank line")
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            rep.err(f"{path.name}:{n}", f"bad JSON ({e})")
            continue
        if not isinstance(obj, dict):
            rep.err(f"{path.name}:{n}", "not a JSON object")
            continue
        rows.append((n, obj))
    return rows


def is_text(v) -> bool:
    return isinstance(v, str) and v.strip() != ""


def check_keys(where: str, obj: dict, keys: set[str], rep: Report) -> bool:
    missing, extra = keys - obj.keys(), obj.keys() - keys
    if missing:
        rep.err(where, f"missing keys {sorted(missing)}")
    if extra:
        rep.err(where, f"unknown keys {sorted(extra)}")
    return not missing


def check_ids(name: str, rows: list[tuple[int, dict]], prefix: str, rep: Report) -> None:
    seen = set()
    for n, obj in rows:
        i = obj.get("id")
        if not isinstance(i, str) or not re.fullmatch(prefix + r"-\d{3,}", i):
            rep.err(f"{name}:{n}", f"id {i!r} is not {prefix}-NNN")
        elif i in seen:
            rep.err(f"{name}:{n}", f"duplicate id {i}")
        seen.add(i)


# ----------------------------------------------------------------------------------------------
def check_pairs(multi: list[dict], rep: Report) -> None:
    name = PAIRS.name
    rows = read_jsonl(PAIRS, rep)
    check_ids(name, rows, "dp", rep)
    by_cluster: dict[str, dict[str, dict]] = collections.defaultdict(dict)
    for art in multi:
        by_cluster[art["cluster"]][art["source"]] = art

    split_of_cluster: dict[str, set[str]] = collections.defaultdict(set)
    seen_pairs: dict[frozenset, str] = {}
    counts = collections.Counter()
    types = collections.Counter()
    datasets = collections.Counter()
    for n, d in rows:
        where = f"{name}:{n} ({d.get('id')})"
        if not check_keys(where, d, PAIR_KEYS, rep):
            continue
        cluster, split, label, typ = d["cluster"], d["split"], d["label"], d["type"]
        if split not in SPLITS:
            rep.err(where, f"split {split!r} not in {sorted(SPLITS)}")
        if cluster not in by_cluster:
            rep.err(where, f"unknown cluster {cluster!r}")
            continue
        split_of_cluster[cluster].add(split)
        sents = {}
        for side in ("a", "b"):
            s = d[side]
            if not isinstance(s, dict) or set(s) != {"source", "sentence"}:
                rep.err(where, f"{side} must be {{source, sentence}}")
                continue
            src, sent = s["source"], s["sentence"]
            if not is_text(sent) or sent != sent.strip():
                rep.err(where, f"{side}.sentence empty or has surrounding whitespace")
            art = by_cluster[cluster].get(src)
            if art is None:
                rep.err(where, f"{side}.source {src!r} has no article in cluster {cluster}")
                continue
            if sent not in art["text"]:
                rep.err(where, f"{side}.sentence is not an exact substring of the {src} article")
            sents[side] = sent
            datasets[art["dataset"]] += side == "a"
        if d["a"].get("source") == d["b"].get("source"):
            rep.err(where, "a and b come from the same outlet")
        if len(sents) == 2:
            key = frozenset([sents["a"], sents["b"]])
            if sents["a"] == sents["b"]:
                rep.err(where, "a and b are the same sentence")
            elif key in seen_pairs:
                rep.err(where, f"same sentence pair as {seen_pairs[key]}")
            seen_pairs[key] = d["id"]

        if label == "conflict":
            if typ not in CONFLICT_TYPES:
                rep.err(where, f"conflict needs type in {sorted(CONFLICT_TYPES)}, got {typ!r}")
            if not is_text(d["slot"]):
                rep.err(where, "conflict needs a slot description")
            for side in ("a", "b"):
                v = d[f"{side}_value"]
                if not is_text(v):
                    rep.err(where, f"conflict needs {side}_value")
                elif side in sents and v not in sents[side]:
                    rep.err(where, f"{side}_value {v!r} is not in the {side} sentence")
            if is_text(d["a_value"]) and d["a_value"] == d["b_value"]:
                rep.err(where, "conflict with identical a_value and b_value")
        elif label == "no_conflict":
            if typ not in NO_CONFLICT_TYPES:
                rep.err(where, f"no_conflict needs type in {sorted(NO_CONFLICT_TYPES)}, got {typ!r}")
            if d["slot"] is not None:
                rep.err(where, "no_conflict must have slot null")
            for side in ("a", "b"):
                v = d[f"{side}_value"]
                if v is not None and (not is_text(v) or (side in sents and v not in sents[side])):
                    rep.err(where, f"{side}_value {v!r} must be null or a substring of the {side} sentence")
        else:
            rep.err(where, f"label {label!r} must be conflict or no_conflict")
        if not isinstance(d["note"], str):
            rep.err(where, "note must be a string")
        counts[(split, label)] += 1
        types[(label, typ)] += 1

    for cluster, splits in split_of_cluster.items():
        if len(splits) > 1:
            rep.err(name, f"cluster {cluster} appears in both dev and test")

    total = sum(counts.values())
    conflicts = counts[("dev", "conflict")] + counts[("test", "conflict")]
    no_conf = total - conflicts
    print(f"{name}: {total} pairs, {conflicts} conflict / {no_conf} no_conflict, "
          f"{len(split_of_cluster)} clusters")
    for split in sorted(SPLITS):
        n_cl = sum(1 for s in split_of_cluster.values() if s == {split})
        print(f"  {split:5} {counts[(split, 'conflict')] + counts[(split, 'no_conflict')]:4} pairs "
              f"({counts[(split, 'conflict')]} conflict, {counts[(split, 'no_conflict')]} no_conflict) "
              f"in {n_cl} clusters")
    print("  by type: " + ", ".join(f"{t}={c}" for (lab, t), c in sorted(types.items())))
    print("  by dataset: " + ", ".join(f"{k}={v}" for k, v in sorted(datasets.items())))
    if total < MIN_PAIRS:
        rep.err(name, f"only {total} pairs (need >= {MIN_PAIRS})")
    if no_conf < MIN_NO_CONFLICT:
        rep.err(name, f"only {no_conf} no_conflict pairs (need >= {MIN_NO_CONFLICT})")
    if conflicts < TARGET_CONFLICTS:
        print(f"  note: {conflicts} real conflicts found, below the target of {TARGET_CONFLICTS} "
              "(real cross-outlet conflicts are rare; none were invented)")


# ----------------------------------------------------------------------------------------------
def check_bounds(multi: list[dict], cnndm: dict[str, str], rep: Report) -> None:
    name = BOUNDS.name
    rows = read_jsonl(BOUNDS, rep)
    check_ids(name, rows, "sb", rep)
    split_of_article: dict[tuple, set[str]] = collections.defaultdict(set)
    counts = collections.Counter()
    n_sents = collections.Counter()
    for n, d in rows:
        where = f"{name}:{n} ({d.get('id')})"
        if not check_keys(where, d, BOUND_KEYS, rep):
            continue
        src, art, text, sents, split = (d["source_file"], d["article"], d["text"], d["sentences"],
                                        d["split"])
        if split not in SPLITS:
            rep.err(where, f"split {split!r} not in {sorted(SPLITS)}")
        if src == "multioutlet_dev.jsonl":
            if not (isinstance(art, str) and art.isdigit() and 1 <= int(art) <= len(multi)):
                rep.err(where, f"article {art!r} is not a line number of {src} (1..{len(multi)})")
                continue
            full, dataset = multi[int(art) - 1]["text"], multi[int(art) - 1]["dataset"]
        elif src == "cnndm_articles.jsonl":
            if art not in cnndm:
                rep.err(where, f"article {art!r} is not an id in {src}")
                continue
            full, dataset = cnndm[art], "cnndm"
        else:
            rep.err(where, f"source_file {src!r} must be multioutlet_dev.jsonl or cnndm_articles.jsonl")
            continue
        split_of_article[(src, art)].add(split)
        if not is_text(text) or text != text.strip():
            rep.err(where, "text empty or has surrounding whitespace")
            continue
        if text not in full:
            rep.err(where, "text is not an exact substring of the article")
        if not isinstance(sents, list) or not all(isinstance(s, str) for s in sents):
            rep.err(where, "sentences must be a list of strings")
            continue
        if not MIN_SENTS <= len(sents) <= MAX_SENTS:
            rep.err(where, f"{len(sents)} sentences (need {MIN_SENTS}-{MAX_SENTS})")
        pos, ok = 0, True
        for j, s in enumerate(sents):
            if not s or s != s.strip():
                rep.err(where, f"sentence {j} empty or has surrounding whitespace")
                ok = False
                break
            k = text.find(s, pos)
            if k < 0:
                rep.err(where, f"sentence {j} not found in order in the text")
                ok = False
                break
            if text[pos:k].strip():
                rep.err(where, f"text before sentence {j} not covered: {text[pos:k]!r}")
                ok = False
                break
            pos = k + len(s)
        if ok and text[pos:].strip():
            rep.err(where, f"text after the last sentence not covered: {text[pos:]!r}")
        counts[(dataset, split)] += 1
        n_sents[split] += len(sents)

    for key, splits in split_of_article.items():
        if len(splits) > 1:
            rep.err(name, f"article {key} appears in both dev and test")

    total = sum(counts.values())
    print(f"{name}: {total} passages, {sum(n_sents.values())} sentences, "
          f"{len(split_of_article)} articles")
    for split in sorted(SPLITS):
        per = {ds: c for (ds, sp), c in sorted(counts.items()) if sp == split}
        print(f"  {split:5} {sum(per.values()):4} passages, {n_sents[split]} sentences: "
              + ", ".join(f"{k}={v}" for k, v in per.items()))
    if total < MIN_PASSAGES:
        rep.err(name, f"only {total} passages (need >= {MIN_PASSAGES})")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder with the shared data files")
    args = ap.parse_args(argv)
    rep = Report()
    multi_path, cnndm_path = args.data / "multioutlet_dev.jsonl", args.data / "cnndm_articles.jsonl"
    if not multi_path.exists() or not cnndm_path.exists():
        print(f"error: shared data not found under {args.data}", file=sys.stderr)
        return 1
    multi = [json.loads(line) for line in multi_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    cnndm = {}
    for line in cnndm_path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            obj = json.loads(line)
            cnndm[obj["id"]] = obj["text"]
    check_pairs(multi, rep)
    check_bounds(multi, cnndm, rep)
    if rep.errors:
        print(f"\n{len(rep.errors)} error(s):", file=sys.stderr)
        for e in rep.errors[:200]:
            print("  " + e, file=sys.stderr)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
