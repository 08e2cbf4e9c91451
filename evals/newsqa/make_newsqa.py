#!/usr/bin/env python3
"""Build the newsqa evaluation data from the hand-written questions in src_questions.py.

    python3 evals/newsqa/make_newsqa.py          # writes everything next to this file
    python3 evals/newsqa/build_check.py          # re-checks the written files

What it does (stdlib only):
  * resolves every support snippet to the full sentence(s) of the article that contain it
    (so quotes are exact substrings of the article text);
  * assigns each question to dev or test BY GROUP: articles that belong to the same event
    (multioutlet cluster, the two seed articles, near-duplicate CNN/DM stories) or to a
    closely related event are put in one group, and a group never spans both splits;
  * writes questions.json, corpus.jsonl, corpus_rejection.jsonl, corpus_conflict.jsonl and the
    six suite files (news-dev / news-test / news-reject-* / news-conflict-*).

Data locations default to the repository layout (../../../shared/data and ../../seeds); override
with NEWSQA_DATA and NEWSQA_SEEDS.
"""

from __future__ import annotations

import json
import os
import re
import sys
import unicodedata
from collections import OrderedDict, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
DATA = Path(os.environ.get("NEWSQA_DATA", REPO.parent / "shared" / "data"))
SEEDS = Path(os.environ.get("NEWSQA_SEEDS", REPO / "seeds"))
ALTERED_SOURCE = "Altered Wire"

sys.path.insert(0, str(HERE))
import src_questions as SRC  # noqa: E402

# ---- text utilities (build_check.py imports these) --------------------------------------------------

_ABBR = {
    "mr", "mrs", "ms", "dr", "st", "sgt", "lt", "col", "gen", "gov", "rep", "sen", "jr", "sr", "no",
    "vs", "capt", "prof", "rev", "ft", "mt", "inc", "co", "corp", "ltd", "jan", "feb", "mar", "apr",
    "aug", "sept", "sep", "oct", "nov", "dec", "calif", "fla", "ky", "ill", "mo", "wis", "nev", "tenn",
    "conn", "mass", "mich", "ariz", "colo", "ala", "okla", "pa", "va", "md", "wash", "ore", "del",
    "minn", "ind", "kan", "neb", "e.g", "i.e", "etc", "gens", "reps", "sens", "messrs", "ave",
}
_BOUNDARY = re.compile(r"[.!?]+[\"'\u201d\u2019)\]]*[ \t\u00a0]+|\n+")
_OPENERS = "\"'`(\u201c\u2018["


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence; a boundary is end punctuation + space before an upper-case
    letter or an opening quote, or a line break; abbreviations and single letters ("u. S.") do not end
    a sentence."""
    spans, start = [], 0
    for m in _BOUNDARY.finditer(text):
        nxt = text[m.end():m.end() + 1]
        if "\n" not in m.group(0):
            if not nxt or not (nxt.isupper() or nxt in _OPENERS):
                continue
            if m.group(0)[0] == ".":
                before = re.search(r"([A-Za-z][A-Za-z.'\u2019\-]*)$", text[start:m.start()])
                word = before.group(1).lower() if before else ""
                last = word.split("-")[-1]
                possessive = bool(re.search(r"['\u2019]s$", word))
                if word and not possessive and (len(last.rstrip(".")) == 1 or word in _ABBR or last in _ABBR
                                                or all(len(x) <= 1 for x in last.split("."))):
                    continue
        end = m.start() + len(m.group(0).rstrip())
        if text[start:end].strip():
            spans.append((start, end))
        start = m.end()
    if text[start:].strip():
        spans.append((start, len(text.rstrip())))
    out = []
    for s, e in spans:  # trim leading whitespace
        while s < e and text[s].isspace():
            s += 1
        out.append((s, e))
    return out


def norm(s: str) -> str:
    """Lower-case, accents removed, punctuation turned into spaces, spaces collapsed (the metric's
    matching rule)."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = re.sub(r"[^\w\s]|_", " ", s)
    return " ".join(s.split())


def has_alias(text: str, alias: str) -> bool:
    a = norm(alias)
    return bool(a) and f" {a} " in f" {norm(text)} "


def has_any(text: str, aliases) -> bool:
    return any(has_alias(text, a) for a in aliases)


def raw_hit(text: str, alias: str) -> bool:
    return alias.lower() in text.lower()


def words(s: str) -> list[str]:
    return norm(s).split()


def shared_run(a: str, b: str, n: int = 6) -> str | None:
    wa, wb = words(a), words(b)
    grams = {tuple(wb[i:i + n]) for i in range(len(wb) - n + 1)}
    for i in range(len(wa) - n + 1):
        if tuple(wa[i:i + n]) in grams:
            return " ".join(wa[i:i + n])
    return None


def substitute(text: str, subs) -> str:
    """Replace every case-insensitive, whole-token occurrence of each `frm` by `to` (in order),
    keeping the case of the first letter of the replaced text."""
    for frm, to in subs:
        pat = re.compile(r"(?<![A-Za-z0-9])" + re.escape(frm) + r"(?![A-Za-z0-9])", re.I)

        def rep(m, to=to):
            got = m.group(0)
            if got[:1].isupper() and to[:1].islower():
                return to[:1].upper() + to[1:]
            if got[:1].islower() and to[:1].isupper() and not got.isupper():
                return to[:1].lower() + to[1:]
            return to
        text = pat.sub(rep, text)
    return text


def redact(text: str, aliases) -> tuple[str, int]:
    """Drop every sentence containing an alias (and the whitespace after it); nothing else changes."""
    spans = sentence_spans(text)
    out, pos, removed = [], 0, 0
    for i, (s, e) in enumerate(spans):
        if has_any(text[s:e], aliases):
            out.append(text[pos:s])
            nxt = spans[i + 1][0] if i + 1 < len(spans) else len(text)
            pos = nxt if nxt > e else e
            removed += 1
    out.append(text[pos:])
    return "".join(out).rstrip() if removed else text, removed


# ---- data ---------------------------------------------------------------------------------------


def load_articles():
    arts: dict[str, dict] = OrderedDict()
    for line in (DATA / "cnndm_articles.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            r = json.loads(line)
            arts[r["id"]] = {"id": r["id"], "title": None, "source": None, "published_at": None,
                             "url": None, "text": r["text"], "dataset": "cnndm", "event": None}
    for n, line in enumerate((DATA / "multioutlet_dev.jsonl").read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            r = json.loads(line)
            key = f"mo-{n:03d}"
            arts[key] = {"id": key, "title": r.get("title") or None, "source": r.get("source"),
                         "published_at": r.get("published_at"), "url": r.get("url"), "text": r["text"],
                         "dataset": "multioutlet", "event": r["cluster"]}
    for p in sorted(SEEDS.glob("*.txt")):
        meta = json.loads(p.with_suffix(".meta.json").read_text(encoding="utf-8"))
        arts[p.name] = {"id": p.name, "title": meta.get("title"), "source": meta.get("source"),
                        "published_at": meta.get("published_at"), "url": meta.get("url"),
                        "text": p.read_text(encoding="utf-8"), "dataset": "seeds", "event": "seeds"}
    return arts


def stem(key: str) -> str:
    return key[:-4] if key.endswith(".txt") else key


# ---- resolution -----------------------------------------------------------------------------------


def resolve_quote(text: str, snippet: str, where: str) -> str:
    if snippet.startswith("="):  # a literal span, kept as written
        q = snippet[1:]
        if q not in text:
            raise SystemExit(f"{where}: literal quote not in article: {q!r}")
        return q
    pattern = r"\s+".join(re.escape(w) for w in snippet.split())  # a space also matches a no-break space
    hits = [(m.start(), m.end()) for m in re.finditer(pattern, text)]
    if not hits:
        raise SystemExit(f"{where}: snippet not found: {snippet!r}")
    spans = sentence_spans(text)
    quotes = set()
    for h, h_end in hits:
        cover = [(s, e) for s, e in spans if s < h_end and e > h]
        quotes.add(text[cover[0][0]:cover[-1][1]])
    if len(quotes) > 1:
        raise SystemExit(f"{where}: snippet occurs in several sentences: {snippet!r}")
    return quotes.pop()


def build_questions(arts):
    qs, seen = [], set()
    for raw in SRC.QUESTIONS:
        q = dict(raw)
        if q["id"] in seen:
            raise SystemExit(f"duplicate id {q['id']}")
        seen.add(q["id"])
        sup = []
        for key, snip in q.pop("sup", []):
            if key not in arts:
                raise SystemExit(f"{q['id']}: unknown article {key}")
            sup.append({"article": key, "quote": resolve_quote(arts[key]["text"], snip, q["id"])})
        q["support"] = sup
        arts_used = q.pop("arts", None) or list(OrderedDict.fromkeys(s["article"] for s in sup))
        q["articles"] = arts_used
        ds = {arts[a]["dataset"] for a in arts_used}
        if len(ds) != 1:
            raise SystemExit(f"{q['id']}: articles from several datasets")
        q["dataset"] = ds.pop()
        q.setdefault("facts", [])
        qs.append(q)
    return qs


# ---- grouping and splits -------------------------------------------------------------------------


def groups_of(qs, arts):
    parent: dict[str, str] = {}

    def find(x):
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(a, b):
        parent[find(a)] = find(b)

    def node(key):
        a = arts[key]
        return f"event:{a['event']}" if a["event"] else f"art:{key}"

    for g in SRC.CNNDM_STORY_GROUPS:
        for k in g[1:]:
            union(f"art:{g[0]}", f"art:{k}")
    for g in SRC.RELATED_EVENTS:
        for c in g[1:]:
            union(f"event:{g[0]}", f"event:{c}")
    for q in qs:
        ns = [node(k) for k in q["articles"]]
        for n in ns[1:]:
            union(ns[0], n)
    return {q["id"]: find(node(q["articles"][0])) for q in qs}


def assign_splits(qs, gid):
    by_ds = defaultdict(lambda: defaultdict(list))
    for q in qs:
        by_ds[q["dataset"]][gid[q["id"]]].append(q)
    split_of_group = {}
    for ds in sorted(by_ds):
        groups = by_ds[ds]
        count = {"dev": 0, "test": 0}
        kinds = {"dev": defaultdict(int), "test": defaultdict(int)}
        order = sorted(groups, key=lambda g: (-len(groups[g]), g))
        for g in order:
            forced = SRC.SPLIT_OVERRIDES.get(g)
            if forced:
                s = forced
            else:
                # balance the number of questions; break ties on the rarest kinds
                rare = sum(1 for q in groups[g] if q["kind"] in ("unanswerable", "false_premise", "comparison"))
                key = {s: (count[s], sum(kinds[s][k] for k in ("unanswerable", "false_premise", "comparison")) if rare else 0, s)
                       for s in ("dev", "test")}
                s = min(key, key=lambda s: key[s])
            split_of_group[g] = s
            count[s] += len(groups[g])
            for q in groups[g]:
                kinds[s][q["kind"]] += 1
    for q in qs:
        q["split"] = split_of_group[gid[q["id"]]]
        q["group"] = gid[q["id"]]


# ---- corpora -------------------------------------------------------------------------------------

REJECT_KINDS = ("factoid", "why", "list")


def record(a, **over):
    r = {"id": a["id"], "title": a["title"], "source": a["source"], "published_at": a["published_at"],
         "url": a["url"], "text": a["text"]}
    r.update(over)
    return r


def event_members(arts, key):
    a = arts[key]
    if a["event"]:
        return [k for k, b in arts.items() if b["event"] == a["event"]]
    return [key]


def build_corpus(qs, arts):
    keys = OrderedDict()
    for q in qs:
        for k in q["articles"]:
            for m in event_members(arts, k):
                if arts[m]["dataset"] != "seeds":
                    keys[m] = True
    order = sorted(keys, key=lambda k: (arts[k]["dataset"] != "cnndm", k))
    return [record(arts[k]) for k in order]


def rejection_questions(qs):
    return [q for q in qs if q["kind"] in REJECT_KINDS and q["facts"]]


def build_rejection(qs, arts):
    """Per event (multioutlet cluster, the seeds, or a single CNN/DM article plus its story group),
    the cited articles are redacted of every alias of every rejection question of that event; the
    other outlets' articles of the event are added only when they contain none of those aliases."""
    story = {}
    for g in SRC.CNNDM_STORY_GROUPS:
        for k in g:
            story[k] = "story:" + g[0]

    def ev(k):
        return arts[k]["event"] or story.get(k, "art:" + k)

    aliases = defaultdict(list)
    cited = defaultdict(list)
    for q in rejection_questions(qs):
        for s in q["support"]:
            e = ev(s["article"])
            aliases[e] += [a for f in q["facts"] for a in f]
            if s["article"] not in cited[e]:
                cited[e].append(s["article"])
    out, notes = [], []
    for e in sorted(cited, key=str):
        al = sorted(set(aliases[e]))
        for k in sorted(cited[e]):
            a = arts[k]
            text, removed = redact(a["text"], al)
            title = a["title"]
            if title and has_any(title, al):
                title = None
            out.append(record(a, id=f"{stem(k)}-redacted", text=text, title=title, url=None,
                              redacted_from=k, sentences_removed=removed))
        members = [m for m in arts if arts[m]["event"] == e] if arts[cited[e][0]]["event"] else []
        for m in members:
            if m in cited[e]:
                continue
            b = arts[m]
            blob = (b["title"] or "") + "\n" + b["text"]
            if has_any(blob, al) or any(raw_hit(blob, x) for x in al if len(norm(x)) >= 4):
                notes.append(f"{m} left out of the rejection corpus (contains an alias of {e})")
                continue
            out.append(record(b, id=m if b["dataset"] != "seeds" else stem(m)))
    return out, notes


def build_conflict(qs, arts):
    subs = defaultdict(list)
    for q in qs:
        if q.get("substitutions"):
            subs[q["altered_article"]] += [tuple(x) for x in q["substitutions"]]
    out = []
    for k in sorted(subs):
        a = arts[k]
        text = substitute(a["text"], subs[k])
        title = substitute(a["title"], subs[k]) if a["title"] else a["title"]
        out.append(record(a, id=f"{stem(k)}-altered", title=title, source=ALTERED_SOURCE, url=None,
                          text=text, altered_from=k, substitutions=[list(x) for x in subs[k]]))
    return out


# ---- suites ----------------------------------------------------------------------------------------

SUITE_KIND = {"factoid": "single", "yesno": "single", "list": "multi", "why": "why", "broad": "broad",
              "comparison": "cross", "unanswerable": "unanswerable", "false_premise": "false-premise"}


def j(x) -> str:
    return json.dumps(x, ensure_ascii=False)


def yaml_suite(name, description, corpus, items, header):
    lines = [f"# {line}" if line else "#" for line in header.splitlines()]
    lines += [f"name: {name}", "description: >", *["  " + ln for ln in wrap(description)],
              "corpus:" if isinstance(corpus, list) else f"corpus: {corpus}"]
    if isinstance(corpus, list):
        lines += [f"  - {c}" for c in corpus]
    lines += ["k: 5", "", "questions:"]
    for it in items:
        lines.append(f"  - id: {it['id']}")
        lines.append(f"    question: {j(it['question'])}")
        lines.append(f"    kind: {it['kind']}")
        if "answerable" in it:
            lines.append(f"    answerable: {'true' if it['answerable'] else 'false'}")
        for key in ("facts", "forbidden", "altered"):
            if it.get(key):
                lines.append(f"    {key}: {j(it[key])}")
        if it.get("sources"):
            lines.append(f"    sources: [{', '.join(it['sources'])}]")
        if it.get("note"):
            lines.append(f"    note: {j(it['note'])}")
    return "\n".join(lines) + "\n"


def wrap(text, width=96):
    out, cur = [], ""
    for w in text.split():
        if cur and len(cur) + 1 + len(w) > width:
            out.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}".strip()
    if cur:
        out.append(cur)
    return out


def main_items(qs):
    items = []
    for q in qs:
        it = {"id": q["id"], "question": q["q"], "kind": SUITE_KIND[q["kind"]], "sources": q["articles"]}
        if q["kind"] == "unanswerable":
            it["note"] = q.get("why", "")
        elif q["kind"] == "false_premise":
            it.update(answerable=True, facts=q["correction"], forbidden=[q["forbidden"]], note=q.get("why", ""))
        else:
            it["facts"] = q["facts"]
        items.append(it)
    return items


def reject_items(qs):
    return [{"id": f"{q['id']}-rej", "question": q["q"], "kind": "unanswerable",
             "sources": [f"{stem(s)}-redacted" for s in OrderedDict.fromkeys(x["article"] for x in q["support"])],
             "note": f"{q['kind']} question; every sentence with {', '.join(a[0] for a in q['facts'])} removed"}
            for q in rejection_questions(qs)]


def conflict_items(qs):
    return [{"id": f"{q['id']}-cf", "question": q["q"], "kind": "conflict", "facts": q["facts"],
             "altered": q["altered"], "sources": [q["altered_article"], f"{stem(q['altered_article'])}-altered"]}
            for q in qs if q.get("substitutions")]


HEADER = """newsqa {variant} ({split} split). Generated by make_newsqa.py from questions.json; do not edit by hand.
Questions written for this suite over real news: CNN/Daily Mail articles (shared/data/cnndm_articles.jsonl,
ids cnndm-NNN), multi-outlet events (shared/data/multioutlet_dev.jsonl, ids mo-NNN = line number) and the two
seed articles. Dev and test never share an article or an event. Format: evals/README.md.
{extra}"""


def write_suites(qs):
    for split in ("dev", "test"):
        sq = [q for q in qs if q["split"] == split]
        (HERE / f"news-{split}.yaml").write_text(yaml_suite(
            f"news-{split}",
            "Answerable (factoid, why, list, yes/no, broad, cross-outlet comparison), on-topic unanswerable and "
            "false-premise questions over real CNN/DM, multi-outlet and seed articles.",
            ["newsqa/corpus.jsonl", "seeds/"], main_items(sq),
            HEADER.format(variant="answerable + unanswerable + false premise", split=split,
                          extra="Kinds why and broad, and the forbidden: field of false-premise questions, are new to the format.")),
            encoding="utf-8")
        (HERE / f"news-reject-{split}.yaml").write_text(yaml_suite(
            f"news-reject-{split}",
            "RGB-style negative rejection: the factoid, why and list questions of news-" + split + " asked against "
            "copies of their articles with every sentence holding an answer alias removed. Every question expects a refusal.",
            "newsqa/corpus_rejection.jsonl", reject_items(sq),
            HEADER.format(variant="negative rejection", split=split,
                          extra="Corpus: corpus_rejection.jsonl only (redacted copies + same-event articles free of any alias).")),
            encoding="utf-8")
        (HERE / f"news-conflict-{split}.yaml").write_text(yaml_suite(
            f"news-conflict-{split}",
            "RGB-style counterfactual robustness: each question's answer article exists twice, the original and a "
            "copy from 'Altered Wire' with the answer value changed everywhere. A good answer reports both values "
            "(facts = true value, altered = the altered value).",
            ["newsqa/corpus.jsonl", "newsqa/corpus_conflict.jsonl", "seeds/"], conflict_items(sq),
            HEADER.format(variant="counterfactual conflict", split=split,
                          extra="Kind conflict and the altered: field are new to the format.")),
            encoding="utf-8")


# ---- main ------------------------------------------------------------------------------------------

FIELD_ORDER = ("id", "q", "kind", "split", "dataset", "articles", "facts", "support", "outlets", "unanswerable",
               "forbidden", "correction", "why", "absent", "altered", "altered_article", "substitutions")


def main():
    arts = load_articles()
    qs = build_questions(arts)
    for q in qs:
        if q.get("cf"):
            q["substitutions"] = [list(x) for x in q.pop("cf")]
            q["altered_article"] = q.pop("cf_article", None) or q["support"][0]["article"]
            q["altered"] = q.pop("alt")
        if q["kind"] in ("unanswerable", "false_premise"):
            q["unanswerable"] = True
    gid = groups_of(qs, arts)
    assign_splits(qs, gid)
    ordered = []
    for q in qs:
        ordered.append({k: q[k] for k in FIELD_ORDER if k in q})
    groups = OrderedDict()
    for q in qs:
        g = groups.setdefault(q["group"], {"split": q["split"], "articles": set(), "events": set()})
        for a in q["articles"] + [x["article"] for x in q["support"]]:
            g["articles"].add(a)
            if arts[a]["event"]:
                g["events"].add(arts[a]["event"])
    split_groups = [{"split": g["split"], "articles": sorted(g["articles"]), "events": sorted(g["events"])}
                    for g in groups.values()]
    doc = {"about": SRC.ABOUT, "story_groups": SRC.CNNDM_STORY_GROUPS, "related_events": SRC.RELATED_EVENTS,
           "split_groups": split_groups, "questions": ordered}
    (HERE / "questions.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    corpus = build_corpus(qs, arts)
    rej, notes = build_rejection(qs, arts)
    conf = build_conflict(qs, arts)
    for name, recs in (("corpus.jsonl", corpus), ("corpus_rejection.jsonl", rej), ("corpus_conflict.jsonl", conf)):
        with open(HERE / name, "w", encoding="utf-8") as f:
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    write_suites(qs)
    for n in notes:
        print("note:", n)
    print(f"{len(qs)} questions; corpus {len(corpus)}, rejection {len(rej)}, conflict {len(conf)} records")


if __name__ == "__main__":
    main()
