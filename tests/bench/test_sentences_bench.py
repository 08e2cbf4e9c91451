"""The sentence-splitter comparison scores what it claims to score."""

from __future__ import annotations

import json

from assistant.bench.sentences import Passage, by_line, load_passages, main, score
from assistant.text.sentences import sentence_spans

PASSAGES = [
    Passage("Dr. Smith went to Washington on Jan. 5. He met the U.S. president.\nShares rose 5.5 percent.",
            ["Dr. Smith went to Washington on Jan. 5.", "He met the U.S. president.", "Shares rose 5.5 percent."],
            "test"),
    Passage("Headline without a stop\nThe body starts here. It ends here.",
            ["Headline without a stop", "The body starts here.", "It ends here."], "test"),
]


def test_perfect_and_never_splitting_splitters():
    ours = score("ours", sentence_spans, PASSAGES)
    assert (ours.precision, ours.recall, ours.f1, ours.exact_passages, ours.offsets_exact) == (1, 1, 1, 1, True)
    whole = score("whole", lambda t: [(0, len(t))], PASSAGES)
    assert whole.recall == 0 and whole.exact_passages == 0 and whole.sentences_per_s > 0


def test_every_full_stop_splits_loses_precision():
    naive = by_line(lambda line: _at_every_dot(line))
    s = score("naive", naive, PASSAGES)
    assert s.recall == 1 and s.precision < 1 and s.exact_passages == 0.5


def _at_every_dot(line: str) -> list[tuple[int, int]]:
    out, cur = [], 0
    for i, ch in enumerate(line):
        if ch == "." and (i + 1 == len(line) or line[i + 1] == " "):
            out.append((cur, i + 1))
            cur = i + 1
    if cur < len(line):
        out.append((cur, len(line)))
    return out


def test_cli_reads_jsonl_and_prints_json(tmp_path, capsys):
    path = tmp_path / "s.jsonl"
    path.write_text("\n".join(json.dumps({"text": p.text, "sentences": p.sentences, "split": p.split})
                              for p in PASSAGES), encoding="utf-8")
    assert len(load_passages(path)) == 2
    assert main([str(path), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert any(s["splitter"].startswith("project") and s["f1"] == 1.0 for s in out["scores"])
    assert main([str(tmp_path / "missing.jsonl")]) == 2
