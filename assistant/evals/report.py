"""Eval results for people and machines: a terminal table, JSON, and a self-contained HTML report.

The HTML has no scripts and no external assets: bars and the latency histogram are inline SVG
drawn here, and every piece of text from answers or articles is HTML-escaped.
"""

from __future__ import annotations

import json
from html import escape
from typing import Any

from assistant.evals.metrics import LOWER_IS_BETTER
from assistant.evals.runner import EvalResult

LABELS = {
    "accuracy": "accuracy (answerable, every fact)", "median_answer_words": "median answer words",
    "rejection_rate": "rejection rate (expected refusals)", "premise_handled_rate": "false premise refused or corrected",
    "premise_accepted_rate": "false premise accepted", "conflict_detection": "conflict: both values reported",
    "false_only_rate": "conflict: only the altered value", "short_answer_em": "short answer exact match",
    "short_answer_rate": "short answer given (factoid)",
    "fact_recall": "fact recall", "refusal_accuracy": "refusal accuracy (unanswerable)",
    "false_refusal_rate": "false refusals (answerable)", "citation_validity": "citation validity (exact quotes)",
    "citation_recall": "citation recall (ALCE)", "citation_precision": "citation precision (ALCE)",
    "hit_at_k": "retrieval hit@k", "recall_at_k": "retrieval source recall@k", "mrr_at_10": "retrieval MRR@10",
    "latency_p50_ms": "ask latency p50 (ms)", "latency_p95_ms": "ask latency p95 (ms)",
    "grouping_precision": "story grouping precision", "grouping_recall": "story grouping recall",
    "briefing_fact_coverage": "briefing fact coverage", "forbidden_fact_rate": "briefing forbidden facts",
    "duplicate_fact_rate": "briefing duplicate sentences", "judge_faithfulness": "LLM judge: faithfulness",
    "judge_relevance": "LLM judge: answer relevance",
}


def format_metric(name: str, value: float | None) -> str:
    if value is None:
        return "n/a"
    if name.endswith("_words"):
        return f"{value:.1f}"
    return f"{value:,.0f}" if name.endswith("_ms") else f"{value:.3f}"


KIND_COLUMNS = (("n", "n"), ("correct", "correct"), ("fact_recall", "fact recall"), ("refused", "refused"),
                ("median_words", "words"), ("hit_at_k", "hit@k"))


def _kind_cell(col: str, value: Any) -> str:
    if col == "n":
        return str(value)
    return format_metric("_words" if col == "median_words" else "", value)


def threshold_text(name: str, t: Any) -> str:
    if isinstance(t, dict):
        return " ".join(f"{'>=' if k == 'min' else '<='} {v:g}" for k, v in t.items())
    return f"{'<=' if name in LOWER_IS_BETTER else '>='} {t:g}"


def to_table(r: EvalResult) -> str:
    """The terminal summary: one line per metric, then the gate, then failing case ids."""
    metric_label = {**LABELS, "hit_at_k": f"retrieval hit@{r.k}", "recall_at_k": f"retrieval source recall@{r.k}"}
    gates = {g["metric"]: g for g in r.gate}
    lines = [f"suite {r.suite} · provider {r.provider} · {r.info['questions']} questions, "
             f"{r.info['briefings']} briefings, {r.info['articles']} articles · {r.info['total_s']:.1f} s", ""]
    width = max(len(v) for v in metric_label.values())
    for name, value in r.metrics.items():
        g = gates.get(name)
        note = ""
        if g:
            note = f"  threshold {threshold_text(name, g['threshold'])}  {'ok' if g['passed'] else 'FAILED'}"
        lines.append(f"  {metric_label.get(name, name):<{width}}  {format_metric(name, value):>8}{note}")
    if r.by_kind:
        lines += ["", "  by kind:        " + "".join(f"{title:>12}" for _, title in KIND_COLUMNS)]
        for kind, row in r.by_kind.items():
            lines.append(f"    {kind:<14}" + "".join(f"{_kind_cell(c, row.get(c)):>12}" for c, _ in KIND_COLUMNS))
    failing = [q for q in r.questions if q["failures"]] + [b for b in r.briefings if b["failures"]]
    if failing:
        lines += ["", f"  failing cases ({len(failing)}):"]
        for c in failing:
            lines.append(f"    {c['id']}: {'; '.join(c['failures'])[:160]}")
    missing = [g["metric"] for g in r.gate if g["value"] is None]
    verdict = "PASSED" if r.passed else "FAILED: " + ", ".join(g["metric"] for g in r.gate if not g["passed"])
    if missing:
        verdict += f" (not measured: {', '.join(missing)})"
    lines += ["", f"gate {verdict}" if r.gate else "gate: no thresholds set"]
    return "\n".join(lines)


def _round(obj: Any) -> Any:
    if isinstance(obj, float):
        return round(obj, 4)
    if isinstance(obj, dict):
        return {k: _round(v) for k, v in obj.items()}
    if isinstance(obj, list):
        return [_round(v) for v in obj]
    return obj


def to_json(r: EvalResult, full: bool = True) -> str:
    d = r.to_dict()
    if not full:
        d = {k: d[k] for k in ("suite", "provider", "k", "metrics", "thresholds", "gate", "passed", "by_kind", "info")}
    return json.dumps(_round(d), ensure_ascii=False)


# ---- SVG -------------------------------------------------------------------------------------------------


def svg_bars(items: list[tuple[str, float, float | None, bool]], width: int = 640) -> str:
    """Horizontal bars for 0..1 metrics: (label, value, threshold or None, passed)."""
    row, label_w, bar_w = 26, 260, width - 320
    h = row * len(items) + 10
    out = [f'<svg class="bars" xmlns="http://www.w3.org/2000/svg" width="{width}" height="{h}" '
           f'role="img" aria-label="metric bars">']
    for i, (label, value, threshold, ok) in enumerate(items):
        y = 5 + i * row
        w = max(0.0, min(1.0, value)) * bar_w
        colour = "#2e7d32" if ok else "#c62828"
        out.append(f'<text x="{label_w - 8}" y="{y + 16}" text-anchor="end" font-size="12">{escape(label)}</text>')
        out.append(f'<rect x="{label_w}" y="{y + 4}" width="{bar_w}" height="16" fill="#eee"/>')
        out.append(f'<rect x="{label_w}" y="{y + 4}" width="{w:.1f}" height="16" fill="{colour}"/>')
        if threshold is not None:
            tx = label_w + max(0.0, min(1.0, threshold)) * bar_w
            out.append(f'<line x1="{tx:.1f}" x2="{tx:.1f}" y1="{y + 1}" y2="{y + 23}" stroke="#000" '
                       f'stroke-width="2"><title>threshold {threshold:g}</title></line>')
        out.append(f'<text x="{label_w + bar_w + 8}" y="{y + 16}" font-size="12">{value:.3f}</text>')
    out.append("</svg>")
    return "".join(out)


def svg_histogram(values: list[float], bins: int = 12, width: int = 640, height: int = 200) -> str:
    """Latency histogram (ms) with p50/p95 marked."""
    if not values:
        return '<svg class="hist" xmlns="http://www.w3.org/2000/svg" width="10" height="10"></svg>'
    from assistant.evals.metrics import percentile

    lo, hi = min(values), max(values)
    span = (hi - lo) or 1.0
    counts = [0] * bins
    for v in values:
        counts[min(bins - 1, int((v - lo) / span * bins))] += 1
    pad, plot_w, plot_h = 40, width - 60, height - 50
    bw = plot_w / bins
    top = max(counts)
    out = [f'<svg class="hist" xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
           f'role="img" aria-label="latency histogram">']
    for i, c in enumerate(counts):
        bh = c / top * plot_h
        x = pad + i * bw
        out.append(f'<rect x="{x:.1f}" y="{10 + plot_h - bh:.1f}" width="{bw - 2:.1f}" height="{bh:.1f}" '
                   f'fill="#1565c0"><title>{lo + i * span / bins:.0f}-{lo + (i + 1) * span / bins:.0f} ms: {c}</title></rect>')
    for q, colour in ((50, "#2e7d32"), (95, "#c62828")):
        p = percentile(values, q)
        x = pad + (p - lo) / span * plot_w
        out.append(f'<line x1="{x:.1f}" x2="{x:.1f}" y1="10" y2="{10 + plot_h}" stroke="{colour}" stroke-dasharray="4 3"/>')
        out.append(f'<text x="{x + 3:.1f}" y="22" font-size="11" fill="{colour}">p{q} {p:.0f} ms</text>')
    out.append(f'<line x1="{pad}" x2="{pad + plot_w}" y1="{10 + plot_h}" y2="{10 + plot_h}" stroke="#333"/>')
    out.append(f'<text x="{pad}" y="{height - 18}" font-size="11">{lo:.0f} ms</text>')
    out.append(f'<text x="{pad + plot_w}" y="{height - 18}" font-size="11" text-anchor="end">{hi:.0f} ms</text>')
    out.append(f'<text x="{pad + plot_w / 2}" y="{height - 4}" font-size="11" text-anchor="middle">'
               f'ask latency, {len(values)} questions</text>')
    out.append("</svg>")
    return "".join(out)


# ---- HTML ------------------------------------------------------------------------------------------------

_CSS = """body{font:14px/1.45 system-ui,sans-serif;max-width:1000px;margin:2em auto;padding:0 1em;color:#222}
table{border-collapse:collapse}td,th{border-bottom:1px solid #ddd;padding:3px 10px;text-align:left}
.fail{color:#c62828;font-weight:600}.ok{color:#2e7d32}.case{border:1px solid #ddd;border-radius:6px;padding:.6em 1em;margin:1em 0}
.quote{background:#f6f6f6;padding:2px 4px}.small{color:#666;font-size:12px}code{font-size:12px}"""


def _case_html(q: dict) -> str:
    parts = [f'<div class="case" id="case-{escape(q["id"])}"><h3>{escape(q["id"])} '
             f'<span class="small">({escape(q["kind"])})</span></h3>']
    for user, assistant in q.get("history") or []:
        parts.append(f'<p class="small">earlier: <b>Q</b> {escape(user)} <b>A</b> {escape(assistant)}</p>')
    parts.append(f"<p><b>Q:</b> {escape(q['question'])}</p>")
    if q.get("standalone_question"):
        parts.append(f'<p class="small">condensed to: {escape(q["standalone_question"])}</p>')
    parts.append(f"<p><b>A{' (refused)' if q['refused'] else ''}:</b> {escape(q['answer'])}</p>")
    if q.get("short_answer"):
        parts.append(f'<p class="small">short answer: <b>{escape(q["short_answer"])}</b> '
                     f'(answer kind {escape(str(q.get("answer_kind")))})</p>')
    parts.append("<ul>" + "".join(f'<li class="fail">{escape(f)}</li>' for f in q["failures"]) + "</ul>")
    for key, title in (("forbidden", "forbidden"), ("altered", "altered values")):
        if q.get(key):
            parts.append(f"<p>{title}: " + ", ".join(
                f'<span class="{"fail" if f["present"] else "small"}">{escape(" / ".join(f["aliases"]))}</span>'
                for f in q[key]) + "</p>")
    if q["facts"]:
        parts.append("<p>facts: " + ", ".join(
            f'<span class="{"ok" if f["present"] else "fail"}">{escape(" / ".join(f["aliases"]))}</span>'
            for f in q["facts"]) + "</p>")
    if q["citations"]:
        parts.append("<ol>" + "".join(
            f'<li value="{c["n"]}">{escape(c.get("source") or "?")} <code>{escape(c["article_id"])}'
            f'[{c["start"]}:{c["end"]}]</code> support {c["support"]:.2f}'
            f'{"" if c["valid"] else " <b class=fail>INVALID QUOTE</b>"}<br>'
            f'<span class="quote">{escape(c["quote"])}</span></li>' for c in q["citations"]) + "</ol>")
    parts.append(f'<p class="small">expected sources: {escape(", ".join(q["expected_sources"]) or "-")}; '
                 f'retrieved: {escape(", ".join(q["retrieved"][:10]))}</p></div>')
    return "".join(parts)


def _briefing_html(b: dict) -> str:
    parts = [f'<div class="case" id="briefing-{escape(b["id"])}"><h3>briefing {escape(b["id"])} '
             f'<span class="small">({escape(b["date"])})</span></h3>',
             "<ul>" + "".join(f'<li class="fail">{escape(f)}</li>' for f in b["failures"]) + "</ul>"]
    for s in b["stories"]:
        outlets = ", ".join(x.get("source") or "?" for x in s["sources"])
        parts.append(f"<p><b>{escape(s['headline'])}</b> <span class=small>({escape(outlets)})</span><br>"
                     f"{escape(s['summary'])}</p>")
    parts.append(f'<p class="small">expected groups: {escape(json.dumps(b["expected_groups"]))}; '
                 f'predicted: {escape(json.dumps(b["predicted_groups"]))}</p></div>')
    return "".join(parts)


def to_html(r: EvalResult) -> str:
    gates = {g["metric"]: g for g in r.gate}
    bars = []
    for name, value in r.metrics.items():
        if value is None or name.endswith(("_ms", "_words")):
            continue
        g = gates.get(name)
        t = g["threshold"] if g else None
        if isinstance(t, dict):
            t = t.get("min", t.get("max"))
        bars.append((LABELS.get(name, name), float(value), t, g["passed"] if g else True))
    rows = []
    for name, value in r.metrics.items():
        g = gates.get(name)
        status = "" if not g else ('<span class="ok">ok</span>' if g["passed"] else '<span class="fail">FAILED</span>')
        thr = threshold_text(name, g["threshold"]) if g else ""
        rows.append(f"<tr><td>{escape(LABELS.get(name, name))}</td><td>{format_metric(name, value)}</td>"
                    f"<td>{escape(thr)}</td><td>{status}</td></tr>")
    failing_q = [q for q in r.questions if q["failures"]]
    failing_b = [b for b in r.briefings if b["failures"]]
    verdict = ('<p class="ok">gate passed</p>' if r.passed else
               '<p class="fail">gate failed: ' + escape(", ".join(g["metric"] for g in r.gate if not g["passed"])) + "</p>")
    kind_rows = "".join(f"<tr><td>{escape(k)}</td>" + "".join(f"<td>{_kind_cell(c, v.get(c))}</td>" for c, _ in KIND_COLUMNS)
                        + "</tr>" for k, v in r.by_kind.items())
    info = escape(json.dumps(r.info, ensure_ascii=False))
    return (
        f"<!doctype html><html><head><meta charset='utf-8'><title>eval {escape(r.suite)}</title>"
        f"<style>{_CSS}</style></head><body>"
        f"<h1>Eval: {escape(r.suite)}</h1><p class='small'>provider {escape(r.provider)} · k={r.k} · "
        f"{r.info['questions']} questions · {r.info['briefings']} briefings · {r.info['articles']} articles · "
        f"{r.info['total_s']:.1f} s</p>{verdict}"
        f"<h2>Metrics</h2><table><tr><th>metric</th><th>value</th><th>threshold</th><th></th></tr>{''.join(rows)}</table>"
        f"<h2>Plots</h2>{svg_bars(bars)}<br>{svg_histogram(r.latencies())}"
        f"<h2>By kind</h2><table><tr><th>kind</th>{''.join(f'<th>{t}</th>' for _, t in KIND_COLUMNS)}</tr>"
        f"{kind_rows}</table>"
        f"<h2>Failing cases ({len(failing_q) + len(failing_b)})</h2>"
        + "".join(_case_html(q) for q in failing_q) + "".join(_briefing_html(b) for b in failing_b)
        + f"<h2>Run</h2><p class='small'><code>{info}</code></p></body></html>"
    )
