#!/usr/bin/env python3
"""Re-check the newsqa data (stand-alone: python3 + stdlib; uses PyYAML for the suites when present).

    python3 evals/newsqa/build_check.py        # exit 0 when every check passes

Checks
  * questions.json: fields, kinds, article keys; support quotes are exact substrings of their article;
    no run of 6+ words shared by a question and any of its support quotes; every fact (or correction)
    has an alias in a support quote; a false premise's wrong term is in the question and not in the support;
  * unanswerable: every 'absent' regex matches no article of the combined corpus (235 CNN/DM + 476
    multioutlet + 2 seeds), a [scope, term] pair no article that matches the scope;
  * corpus.jsonl: every article the questions use, whole multioutlet events, texts identical to the source;
  * corpus_rejection.jsonl: each rejection question's redacted copies hold no alias of its facts, are their
    original with whole sentences removed (each removed sentence holds an alias), and every other article of
    the same event/story holds none of the event's aliases; no unredacted cited article slipped in;
  * corpus_conflict.jsonl: each altered copy = the original with the recorded substitutions applied and
    nothing else (token diff), has another source, holds no true alias and holds the altered aliases;
  * splits: no article, multioutlet event or recorded story group in both dev and test;
  * the six suite files match questions.json;
  * the minimum counts of the brief; folder under 3 MB. Prints counts per kind, split and dataset.
"""

from __future__ import annotations

import difflib
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
# The generator's own data folders, kind map and text rules, so a check means what the build meant.
from make_newsqa import (  # noqa: E402
    DATA, SEEDS, SUITE_KIND, has_any, norm, sentence_spans, shared_run, stem, substitute,
)

KINDS = {"factoid", "why", "list", "yesno", "broad", "comparison", "unanswerable", "false_premise"}
REJECT_KINDS = {"factoid", "why", "list"}
MINIMUM = {"total": 220, "cnndm": 100, "multioutlet": 80, "unanswerable": 40, "false_premise": 12, "conflict": 60}

errors: list[str] = []
warnings: list[str] = []


def err(msg):
    errors.append(msg)



def load_sources():
    arts = {}
    for line in (DATA / "cnndm_articles.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            r = json.loads(line)
            arts[r["id"]] = {"title": None, "source": None, "text": r["text"], "event": None, "dataset": "cnndm"}
    for n, line in enumerate((DATA / "multioutlet_dev.jsonl").read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            r = json.loads(line)
            arts[f"mo-{n:03d}"] = {"title": r.get("title") or None, "source": r.get("source"), "text": r["text"],
                                   "event": r["cluster"], "dataset": "multioutlet", "url": r.get("url"),
                                   "published_at": r.get("published_at")}
    for p in sorted(SEEDS.glob("*.txt")):
        meta = json.loads(p.with_suffix(".meta.json").read_text(encoding="utf-8"))
        arts[p.name] = {"title": meta.get("title"), "source": meta.get("source"), "text": p.read_text(encoding="utf-8"),
                        "event": "seeds", "dataset": "seeds"}
    return arts


def load_jsonl(name):
    out = {}
    for i, line in enumerate((HERE / name).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        r = json.loads(line)
        for key in ("id", "title", "source", "published_at", "url", "text"):
            if key not in r:
                err(f"{name} line {i}: missing field {key}")
        if r["id"] in out:
            err(f"{name}: duplicate id {r['id']}")
        out[r["id"]] = r
    return out


# ---- checks ---------------------------------------------------------------------------------------


def check_questions(qs, arts):
    ids = set()
    for q in qs:
        qid = q.get("id")
        if qid in ids:
            err(f"duplicate question id {qid}")
        ids.add(qid)
        for key in ("q", "kind", "split", "dataset", "articles", "facts", "support"):
            if key not in q:
                err(f"{qid}: missing {key}")
        if q["kind"] not in KINDS:
            err(f"{qid}: unknown kind {q['kind']}")
        if q["split"] not in ("dev", "test"):
            err(f"{qid}: bad split")
        for a in q["articles"]:
            if a not in arts:
                err(f"{qid}: unknown article {a}")
            elif arts[a]["dataset"] != q["dataset"]:
                err(f"{qid}: article {a} is not {q['dataset']}")
        quotes = []
        for s in q["support"]:
            if s["article"] not in arts:
                err(f"{qid}: support from unknown article {s['article']}")
                continue
            if s["quote"] not in arts[s["article"]]["text"]:
                err(f"{qid}: support quote is not an exact substring of {s['article']}: {s['quote'][:80]!r}")
            run = shared_run(q["q"], s["quote"])
            if run:
                err(f"{qid}: question shares a 6-word run with its support: {run!r}")
            quotes.append(s["quote"])
        kind = q["kind"]
        if kind in ("unanswerable", "false_premise"):
            if q["facts"]:
                err(f"{qid}: {kind} question must have no facts")
            if not q.get("why"):
                err(f"{qid}: {kind} question needs 'why'")
        else:
            if not q["facts"] or any(not f or not all(isinstance(a, str) and a.strip() for a in f) for f in q["facts"]):
                err(f"{qid}: facts must be non-empty alias lists")
            if not quotes:
                err(f"{qid}: answerable question without support")
            if kind != "yesno":
                for f in q["facts"]:
                    if not any(has_any(x, f) for x in quotes):
                        err(f"{qid}: no alias of fact {f} in the support")
            if kind == "factoid" and len(q["facts"]) != 1:
                err(f"{qid}: a factoid has exactly one fact")
            if kind == "list" and not 2 <= len(q["facts"]) <= 4:
                err(f"{qid}: a list question has 2-4 facts")
            if kind == "comparison":
                if q["dataset"] != "multioutlet" or len(q.get("outlets", [])) < 2:
                    err(f"{qid}: comparison needs multioutlet articles and >= 2 outlets")
                srcs = {arts[s['article']]['source'] for s in q['support']}
                if not set(q.get("outlets", [])) <= srcs:
                    err(f"{qid}: outlets {q.get('outlets')} not all among support sources {srcs}")
        if kind == "false_premise":
            if not q.get("forbidden") or not q.get("correction"):
                err(f"{qid}: false premise needs forbidden and correction")
            else:
                if not has_any(q["q"], q["forbidden"]):
                    err(f"{qid}: no forbidden alias in the question")
                for f in q["correction"]:
                    if not any(has_any(x, f) for x in quotes):
                        err(f"{qid}: correction {f} not in the support")
                for x in quotes:
                    if has_any(x, q["forbidden"]):
                        err(f"{qid}: the support contains the wrong term")
                for a in q["articles"]:
                    if has_any(arts[a]["text"], [t for t in q["forbidden"] if len(norm(t).split()) > 1 or len(norm(t)) > 5]):
                        warnings.append(f"{qid}: a forbidden alias occurs in {a} (check that it is not asserted)")
        if q.get("altered"):
            if kind != "factoid":
                err(f"{qid}: counterfactual questions must be factoid")
            if not q.get("substitutions") or not q.get("altered_article"):
                err(f"{qid}: counterfactual needs substitutions and altered_article")


def check_absent(qs, arts):
    blobs = {k: (a["title"] or "") + "\n" + a["text"] for k, a in arts.items()}
    n = 0
    for q in qs:
        if q["kind"] != "unanswerable":
            continue
        n += 1
        if not q.get("absent"):
            err(f"{q['id']}: unanswerable question without 'absent' patterns")
        for pat in q.get("absent", []):
            if isinstance(pat, str):
                hits = [k for k, t in blobs.items() if re.search(pat, t, re.I)]
            else:
                scope, term = pat
                scoped = [k for k, t in blobs.items() if re.search(scope, t, re.I)]
                if not set(scoped) & set(q["articles"]):
                    err(f"{q['id']}: scope {scope!r} matches none of the topic articles")
                hits = [k for k in scoped if re.search(term, blobs[k], re.I)]
            if hits:
                err(f"{q['id']}: absent pattern {pat!r} found in {hits[:5]}")
    return n


def check_corpus(qs, arts, corpus):
    for q in qs:
        for a in q["articles"]:
            if arts[a]["dataset"] == "seeds":
                continue
            members = [a] if not arts[a]["event"] else [k for k, b in arts.items() if b["event"] == arts[a]["event"]]
            for m in members:
                if m not in corpus:
                    err(f"corpus.jsonl lacks {m} (used by {q['id']})")
    for k, r in corpus.items():
        if k not in arts:
            err(f"corpus.jsonl: unknown id {k}")
            continue
        if r["text"] != arts[k]["text"]:
            err(f"corpus.jsonl: text of {k} differs from the source")
        if arts[k]["dataset"] == "cnndm" and any(r[x] is not None for x in ("title", "source", "published_at", "url")):
            err(f"corpus.jsonl: {k} should carry null title/source/date/url")
        if arts[k]["dataset"] == "multioutlet" and (r["source"] != arts[k]["source"] or r["title"] != arts[k]["title"]):
            err(f"corpus.jsonl: metadata of {k} differs from the source")


def story_of(key, arts, story_groups):
    if arts[key]["event"]:
        return "event:" + arts[key]["event"]
    for g in story_groups:
        if key in g:
            return "story:" + g[0]
    return "art:" + key


def removed_segments(original, redacted):
    """Sentences of `original` that were removed to give `redacted`, or None if `redacted` is not
    `original` with whole sentences (and the whitespace after them) deleted."""
    spans = sentence_spans(original)
    pieces = []
    for i, (s, e) in enumerate(spans):
        nxt = spans[i + 1][0] if i + 1 < len(spans) else len(original)
        pieces.append((original[s:e], original[s:max(nxt, e)]))
    head = original[:spans[0][0]] if spans else original
    if not redacted.startswith(head):
        return None
    pos, removed = len(head), []
    for sent, seg in pieces:
        if redacted.startswith(seg, pos):
            pos += len(seg)
        elif redacted.startswith(seg.rstrip(), pos) and redacted[pos + len(seg.rstrip()):].strip() == "":
            pos += len(seg.rstrip())
        else:
            removed.append(sent)
    if redacted[pos:].strip():
        return None
    return removed


def check_rejection(qs, arts, rej, story_groups):
    rq = [q for q in qs if q["kind"] in REJECT_KINDS and q["facts"]]
    aliases_of_event = defaultdict(set)
    cited_of_event = defaultdict(set)
    for q in rq:
        for s in q["support"]:
            ev = story_of(s["article"], arts, story_groups)
            aliases_of_event[ev] |= {a for f in q["facts"] for a in f}
            cited_of_event[ev].add(s["article"])
    for q in rq:
        al = [a for f in q["facts"] for a in f]
        for a in {s["article"] for s in q["support"]}:
            rid = f"{stem(a)}-redacted"
            if rid not in rej:
                err(f"{q['id']}: redacted copy {rid} missing")
                continue
            r = rej[rid]
            if has_any(r["text"], al) or (r["title"] and has_any(r["title"], al)):
                err(f"{q['id']}: an alias of its facts is still in {rid}")
        ev = story_of(q["support"][0]["article"], arts, story_groups)
        for rid, r in rej.items():
            orig = r.get("redacted_from") or (rid if rid in arts else rid + ".txt")
            if orig in arts and story_of(orig, arts, story_groups) == ev and has_any((r["title"] or "") + "\n" + r["text"], al):
                err(f"{q['id']}: {rid} (same event) still holds an alias of its facts")
    for rid, r in rej.items():
        if rid.endswith("-redacted"):
            orig = r.get("redacted_from")
            if orig not in arts:
                err(f"{rid}: unknown redacted_from")
                continue
            removed = removed_segments(arts[orig]["text"], r["text"])
            if removed is None:
                err(f"{rid}: is not its original with whole sentences removed")
                continue
            ev_al = aliases_of_event[story_of(orig, arts, story_groups)]
            for sent in removed:
                if not has_any(sent, ev_al):
                    err(f"{rid}: removed a sentence without any alias: {sent[:70]!r}")
            if not removed:
                warnings.append(f"{rid}: nothing was removed")
        else:
            key = rid if rid in arts else rid + ".txt"
            if key not in arts:
                err(f"rejection corpus: unknown id {rid}")
                continue
            if r["text"] != arts[key]["text"]:
                err(f"rejection corpus: {rid} is not its original text")
            ev = story_of(key, arts, story_groups)
            if key in cited_of_event.get(ev, ()):
                err(f"rejection corpus: cited article {rid} included unredacted")
            if has_any((r["title"] or "") + "\n" + r["text"], aliases_of_event.get(ev, ())):
                err(f"rejection corpus: {rid} holds an alias of its event's questions")
    return len(rq)


def check_conflict(qs, arts, conf):
    cq = [q for q in qs if q.get("altered")]
    subs_of = defaultdict(list)
    for q in cq:
        subs_of[q["altered_article"]] += [tuple(x) for x in q["substitutions"]]
    for q in cq:
        a = q["altered_article"]
        if a not in {s["article"] for s in q["support"]}:
            err(f"{q['id']}: altered article is not a support article")
        aid = f"{stem(a)}-altered"
        if aid not in conf:
            err(f"{q['id']}: altered copy {aid} missing")
            continue
        r = conf[aid]
        text = r["text"]
        if (r["source"] or "") == (arts[a]["source"] or "") or not r["source"]:
            err(f"{aid}: needs a different source")
        if has_any(text, [x for f in q["facts"] for x in f]):
            err(f"{q['id']}: a true alias is still in {aid}")
        for f in q["altered"]:
            if not has_any(text, f):
                err(f"{q['id']}: altered alias {f} not in {aid}")
        for f in q["altered"]:
            if has_any(arts[a]["text"], f):
                err(f"{q['id']}: altered value {f} already occurs in the original article")
    for aid, r in conf.items():
        orig = r.get("altered_from")
        if orig not in arts:
            err(f"{aid}: unknown altered_from")
            continue
        subs = subs_of.get(orig)
        if not subs:
            err(f"{aid}: no question alters {orig}")
            continue
        if r["text"] != substitute(arts[orig]["text"], subs):
            err(f"{aid}: text is not the original with its substitutions applied")
        if r["title"] != (substitute(arts[orig]["title"], subs) if arts[orig]["title"] else arts[orig]["title"]):
            err(f"{aid}: title is not the original title with its substitutions applied")
        tok = lambda s: re.findall(r"\w+|[^\w\s]", s)  # noqa: E731
        a_t, b_t = tok(arts[orig]["text"]), tok(r["text"])
        changed = 0
        for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a_t, b_t, autojunk=False).get_opcodes():
            if op == "equal":
                continue
            changed += 1
            old, new = norm(" ".join(a_t[i1:i2])), norm(" ".join(b_t[j1:j2]))
            if not any(old in f" {norm(f)} " or f" {old} " in f" {norm(f)} " for f, _ in subs) \
                    or not any(new in f" {norm(t)} " or f" {new} " in f" {norm(t)} " for _, t in subs):
                err(f"{aid}: a change outside the substitutions: {old!r} -> {new!r}")
        if not changed:
            err(f"{aid}: identical to its original")
    return len(cq)


def check_splits(qs, arts, groups):
    where = defaultdict(set)
    for q in qs:
        for a in q["articles"] + [s["article"] for s in q["support"]]:
            where[("article", a)].add(q["split"])
            if arts[a]["event"]:
                where[("event", arts[a]["event"])].add(q["split"])
    for g in groups:
        splits = set()
        for a in g["articles"]:
            splits |= where.get(("article", a), set())
        for e in g.get("events", []):
            splits |= where.get(("event", e), set())
        if len(splits) > 1:
            err(f"split group {g['articles'][:3]}... spans dev and test")
        if splits and g["split"] not in splits:
            err(f"split group {g['articles'][:3]}... recorded as {g['split']} but used in {splits}")
    for k, s in where.items():
        if len(s) > 1:
            err(f"{k[0]} {k[1]} is used in both dev and test")


def parse_suite(path):
    text = path.read_text(encoding="utf-8")
    try:
        import yaml  # type: ignore
        return yaml.safe_load(text)
    except ImportError:
        pass
    data, cur = {"questions": []}, None
    for line in text.splitlines():
        if line.startswith("  - id: "):
            cur = {"id": line[8:].strip()}
            data["questions"].append(cur)
        elif cur is not None and line.startswith("    ") and ":" in line:
            k, v = line.strip().split(":", 1)
            v = v.strip()
            if k == "sources":
                cur[k] = [x.strip() for x in v.strip("[]").split(",")]
            elif v in ("true", "false"):
                cur[k] = v == "true"
            else:
                cur[k] = json.loads(v)
        elif line.startswith("corpus: "):
            data["corpus"] = line[8:].strip()
        elif line.startswith("  - ") and cur is None:
            data.setdefault("corpus", [])
            if isinstance(data["corpus"], list):
                data["corpus"].append(line[4:].strip())
        elif line.startswith("name: "):
            data["name"] = line[6:].strip()
    return data


def check_suites(qs, corpus, rej, conf, arts):
    byid = {q["id"]: q for q in qs}
    keys_main = set(corpus) | {k for k in arts if arts[k]["dataset"] == "seeds"}
    for split in ("dev", "test"):
        want = [q for q in qs if q["split"] == split]
        for variant in ("news", "news-reject", "news-conflict"):
            name = f"{variant}-{split}"
            path = HERE / f"{name}.yaml"
            if not path.exists():
                err(f"{path.name} missing")
                continue
            s = parse_suite(path)
            if s.get("name") != name:
                err(f"{path.name}: name should be {name}")
            if "thresholds" in s:
                err(f"{path.name}: must not set thresholds")
            items = s.get("questions") or []
            if variant == "news":
                ids = [it["id"] for it in items]
                if sorted(ids) != sorted(q["id"] for q in want):
                    err(f"{path.name}: questions differ from questions.json")
                for it in items:
                    q = byid.get(it["id"])
                    if not q:
                        continue
                    if it["kind"] != SUITE_KIND[q["kind"]] or it["question"] != q["q"]:
                        err(f"{path.name}: {it['id']} kind/question mismatch")
                    if q["kind"] == "false_premise":
                        if it.get("facts") != q["correction"] or it.get("forbidden") != [q["forbidden"]] or it.get("answerable") is not True:
                            err(f"{path.name}: {it['id']} false premise fields")
                    elif q["kind"] == "unanswerable":
                        if it.get("facts"):
                            err(f"{path.name}: {it['id']} unanswerable with facts")
                    elif it.get("facts") != q["facts"]:
                        err(f"{path.name}: {it['id']} facts differ")
                    for src in it.get("sources", []):
                        if src not in keys_main:
                            err(f"{path.name}: {it['id']} source {src} is not in corpus.jsonl or seeds/")
            elif variant == "news-reject":
                expect = {q["id"] + "-rej" for q in want if q["kind"] in REJECT_KINDS and q["facts"]}
                if {it["id"] for it in items} != expect:
                    err(f"{path.name}: question set differs from the rejection questions")
                for it in items:
                    if it["kind"] != "unanswerable" or it.get("facts"):
                        err(f"{path.name}: {it['id']} must be kind unanswerable without facts")
                    for src in it.get("sources", []):
                        if src not in rej:
                            err(f"{path.name}: {it['id']} source {src} not in corpus_rejection.jsonl")
            else:
                expect = {q["id"] + "-cf" for q in want if q.get("altered")}
                if {it["id"] for it in items} != expect:
                    err(f"{path.name}: question set differs from the counterfactual questions")
                for it in items:
                    q = byid.get(it["id"][:-3])
                    if it["kind"] != "conflict" or not q or it.get("facts") != q["facts"] or it.get("altered") != q["altered"]:
                        err(f"{path.name}: {it['id']} conflict fields")
                    for src in it.get("sources", []):
                        if src not in keys_main and src not in conf:
                            err(f"{path.name}: {it['id']} source {src} not ingested")


def main():
    arts = load_sources()
    doc = json.loads((HERE / "questions.json").read_text(encoding="utf-8"))
    qs = doc["questions"]
    corpus = load_jsonl("corpus.jsonl")
    rej = load_jsonl("corpus_rejection.jsonl")
    conf = load_jsonl("corpus_conflict.jsonl")
    story_groups = doc.get("story_groups", [])
    check_questions(qs, arts)
    n_un = check_absent(qs, arts)
    check_corpus(qs, arts, corpus)
    n_rej = check_rejection(qs, arts, rej, story_groups)
    n_cf = check_conflict(qs, arts, conf)
    check_splits(qs, arts, doc.get("split_groups", []))
    check_suites(qs, corpus, rej, conf, arts)

    by = Counter((q["kind"], q["split"]) for q in qs)
    kinds = sorted({q["kind"] for q in qs}, key=lambda k: list(SUITE_KIND).index(k))
    print(f"{'kind':<15}{'dev':>6}{'test':>6}{'all':>6}")
    for k in kinds:
        print(f"{k:<15}{by[(k, 'dev')]:>6}{by[(k, 'test')]:>6}{by[(k, 'dev')] + by[(k, 'test')]:>6}")
    tot = Counter(q["split"] for q in qs)
    print(f"{'total':<15}{tot['dev']:>6}{tot['test']:>6}{len(qs):>6}")
    ds = Counter((q["dataset"], q["split"]) for q in qs)
    print()
    for d in ("cnndm", "multioutlet", "seeds"):
        print(f"{d:<15}{ds[(d, 'dev')]:>6}{ds[(d, 'test')]:>6}{ds[(d, 'dev')] + ds[(d, 'test')]:>6}")
    print()
    rej_split = Counter(q["split"] for q in qs if q["kind"] in REJECT_KINDS and q["facts"])
    cf_split = Counter(q["split"] for q in qs if q.get("altered"))
    print(f"rejection variant: {n_rej} questions (dev {rej_split['dev']}, test {rej_split['test']}); "
          f"{len(rej)} records in corpus_rejection.jsonl")
    print(f"conflict variant: {n_cf} questions (dev {cf_split['dev']}, test {cf_split['test']}); "
          f"{len(conf)} records in corpus_conflict.jsonl")
    print(f"corpus.jsonl: {len(corpus)} records; unanswerable checked over {len(arts)} articles")
    dsc = Counter(q["dataset"] for q in qs)
    got = {"total": len(qs), "cnndm": dsc["cnndm"], "multioutlet": dsc["multioutlet"], "unanswerable": n_un,
           "false_premise": sum(1 for q in qs if q["kind"] == "false_premise"), "conflict": n_cf}
    for k, v in MINIMUM.items():
        if got[k] < v:
            err(f"only {got[k]} {k} questions (brief asks for at least {v})")
    size = sum(p.stat().st_size for p in HERE.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
    print(f"folder size: {size / 1e6:.2f} MB")
    if size >= 3e6:
        err("folder is 3 MB or more")
    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("ERROR:", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
