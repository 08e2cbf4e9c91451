"""The Evals tab: run a suite (the seeds suite by default), show metrics as a table and plots, list failing
cases, offer the HTML report for download. The scoring itself is assistant.evals' job."""

from __future__ import annotations

import logging
from typing import Any

import gradio as gr
import pandas as pd

from assistant.errors import AssistantError
from assistant.server.services import Services
from assistant.server.ui.downloads import Downloads

log = logging.getLogger(__name__)

METRIC_HEADERS = ["Metric", "Value", "Threshold", "Passed"]
FAIL_HEADERS = ["Case", "Kind", "Question", "Failures"]


def _suites() -> list[str]:
    try:
        from assistant.evals import bundled_names

        return bundled_names() or ["seeds"]
    except Exception:  # noqa: BLE001 - the tab still renders; running reports the real problem
        log.exception("could not list eval suites")
        return ["seeds"]


def metric_rows(result: Any) -> list[list[Any]]:
    from assistant.evals.report import LABELS, format_metric, threshold_text

    gates = {g["metric"]: g for g in result.gate}
    rows = []
    for name, value in result.metrics.items():
        g = gates.get(name)
        rows.append([LABELS.get(name, name), format_metric(name, value),
                     threshold_text(name, g["threshold"]) if g else "",
                     ("yes" if g["passed"] else "NO") if g else ""])
    return rows


def score_frame(result: Any) -> pd.DataFrame:
    """Metrics on a 0..1 scale (latencies left out: they have their own units)."""
    from assistant.evals.report import LABELS

    items = [(LABELS.get(k, k), float(v)) for k, v in result.metrics.items() if v is not None and not k.endswith("_ms")]
    return pd.DataFrame(items or [("none", 0.0)], columns=["metric", "value"])


def kind_frame(result: Any) -> pd.DataFrame:
    items = [(kind, float(row["fact_recall"])) for kind, row in result.by_kind.items()
             if row.get("fact_recall") is not None]
    return pd.DataFrame(items or [("none", 0.0)], columns=["kind", "fact_recall"])


def failing_rows(result: Any) -> list[list[str]]:
    rows = [[q["id"], q.get("kind", ""), q.get("question", ""), "; ".join(q["failures"])]
            for q in result.questions if q["failures"]]
    rows += [[b["id"], "briefing", "", "; ".join(b["failures"])] for b in result.briefings if b.get("failures")]
    return rows


def summary_markdown(result: Any) -> str:
    info = result.info
    verdict = "**passed**" if result.passed else "**FAILED** (see the thresholds below)"
    return (f"Suite `{result.suite}` with `{result.provider}`: {verdict} · {info.get('questions', 0)} questions, "
            f"{info.get('briefings', 0)} briefings over {info.get('articles', 0)} articles in "
            f"{info.get('total_s', 0):.1f} s.")


def evals_tab(svc: Services, downloads: Downloads) -> None:
    gr.Markdown("Scores the system against gold facts in a fresh, temporary library (your articles are not "
                "touched). The seeds suite takes about a minute here.")
    with gr.Row():
        suites = _suites()
        suite = gr.Dropdown(choices=suites, value="seeds" if "seeds" in suites else suites[0], label="Suite",
                            elem_id="eval-suite", allow_custom_value=True, scale=3)
        run = gr.Button("Run suite", variant="primary", elem_id="eval-run", scale=1)
    summary = gr.Markdown(elem_id="eval-summary")
    metrics = gr.Dataframe(headers=METRIC_HEADERS, datatype=["str"] * 4, interactive=False, elem_id="eval-metrics",
                           label="Metrics")
    with gr.Row():
        scores = gr.BarPlot(x="metric", y="value", title="Scores (0-1)", y_lim=[0, 1], elem_id="eval-plot",
                            x_label_angle=-35, height=320)
        kinds = gr.BarPlot(x="kind", y="fact_recall", title="Fact recall by question kind", y_lim=[0, 1],
                           elem_id="eval-kind-plot", height=320)
    failing = gr.Dataframe(headers=FAIL_HEADERS, datatype=["str"] * 4, interactive=False, wrap=True,
                           elem_id="eval-failures", label="Failing cases",
                           column_widths=["14%", "10%", "36%", "40%"])
    report = gr.DownloadButton("Download HTML report", visible=False, elem_id="eval-report")

    def go(name: str, progress=gr.Progress()) -> tuple:
        from assistant.evals import load_suite, run_suite
        from assistant.evals.report import to_html

        progress(0.05, desc=f"running suite {name}")
        try:
            result = run_suite(load_suite((name or "seeds").strip()), embedder=svc.library.embedder,
                               base_settings=svc.settings)
        except AssistantError as e:
            return (f"**Error:** {e}",) + (gr.skip(),) * 5
        except Exception as e:  # noqa: BLE001
            log.exception("eval run failed")
            return (f"**Error:** internal error ({type(e).__name__}); see the server log",) + (gr.skip(),) * 5
        path = downloads.write(f"eval-{result.suite}", ".html", to_html(result))
        return (summary_markdown(result), metric_rows(result), score_frame(result), kind_frame(result),
                failing_rows(result) or [["—", "", "", "no failing cases"]],
                gr.DownloadButton(value=str(path), visible=True))

    run.click(go, [suite], [summary, metrics, scores, kinds, failing, report], concurrency_id="evals",
              concurrency_limit=1)
