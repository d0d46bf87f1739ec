"""Evaluation reports: JSON for machines, Markdown for reviews, one self-contained HTML page."""

from __future__ import annotations

import base64
import html
import io
import json
import os
import tempfile
from pathlib import Path
from typing import Any

import numpy as np

from assistant.evaluate.runner import ANSWER_METRICS, LENGTH_METRICS, RETRIEVAL_METRICS, EvalResult

TABLE_METRICS = (*RETRIEVAL_METRICS, *ANSWER_METRICS, *LENGTH_METRICS)


def _fmt(v: Any) -> str:
    return f"{v:.3f}" if isinstance(v, float) else str(v)


def _ms(v: float) -> str:
    """Latencies in whole milliseconds: tenths of a millisecond are noise on a shared machine."""
    return f"{round(v):d}"


def _write(path: Path, text: str) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(text)
    os.chmod(tmp, 0o644)
    os.replace(tmp, path)


def modes_table(res: EvalResult, metrics: tuple[str, ...] = TABLE_METRICS) -> list[list[str]]:
    shown = [m for m in metrics if any(m in res.metrics[mode] for mode in res.modes)]
    rows = [["mode", *[m.replace("recall@k", f"recall@{res.k}") for m in shown]]]
    for mode in res.modes:
        rows.append([mode, *[_fmt(res.metrics[mode].get(m, "–")) for m in shown]])
    return rows


GENERATOR_METRICS = ("answer_term_hit", "answer_rate", "refusal_accuracy", "answer_chars_p50", "ask_ms_p50",
                     "verified_share", "sentences_kept", "sentences_dropped", "model_answers", "fallback_rate")


def generators_table(res: EvalResult) -> list[list[str]]:
    """Answer metrics per generator, side by side (same retrieval)."""
    shown = [m for m in GENERATOR_METRICS if any(m in row for row in res.generators.values())]
    rows = [["generator", *shown]]
    for name, row in res.generators.items():
        rows.append([name, *[_fmt(row.get(m, "–")) for m in shown]])
    return rows


def _group_table(groups: dict[str, dict[str, dict[str, float]]], modes: list[str], metric: str) -> list[list[str]]:
    keys = sorted({g for mode in modes for g in groups.get(mode, {})})
    rows = [["group", "n", *modes]]
    for g in keys:
        n = next((int(groups[m][g]["questions"]) for m in modes if g in groups.get(m, {})), 0)
        rows.append([g, str(n), *[_fmt(groups.get(m, {}).get(g, {}).get(metric, "–")) for m in modes]])
    return rows


def refusal_table(res: EvalResult) -> list[list[str]]:
    """The answer threshold moved by each shift: what is refused and what is still answered."""
    rows = [["threshold shift", "refusal accuracy", "answer rate"]]
    for p in res.refusal_curve:
        rows.append([f"{p['shift']:+.2f}",
                     *(_fmt(p[k]) if k in p else "–" for k in ("refusal_accuracy", "answer_rate"))])
    return rows


REFUSAL_NOTE = ("Each row moves every answer threshold by the shift (ASSISTANT_MIN_ANSWER_SCORE = 0.80 + shift by "
                "default); +0.00 is the configured behaviour.")


def _md(rows: list[list[str]]) -> str:
    out = ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * len(rows[0])]
    out += ["| " + " | ".join(r) + " |" for r in rows[1:]]
    return "\n".join(out)


def markdown(res: EvalResult) -> str:
    parts = [f"# Evaluation: {res.questions_file}", "",
             f"{res.counts['questions']} questions ({res.counts['answerable']} answerable, "
             f"{res.counts['unanswerable']} unanswerable), k = {res.k}. "
             f"System: {', '.join(f'{k}={v}' for k, v in res.fingerprint.items())}.", "",
             *(f"> Warning: {w}" for w in res.warnings), *([""] if res.warnings else []),
             "## Metrics by mode", "", _md(modes_table(res)), "",
             *(["## Answers by generator", "", _md(generators_table(res)), ""] if res.generators else []),
             *(["## Refusal trade-off", "", REFUSAL_NOTE, "", _md(refusal_table(res)), ""]
               if res.refusal_curve else [])]
    for split, per_mode in res.splits.items():
        sub = EvalResult(res.questions_file, res.k, res.modes, res.fingerprint, metrics=per_mode)
        parts += [f"### Split `{split}`", "", _md(modes_table(sub)), ""]
    parts += ["## MRR@10 by question language", "", _md(_group_table(res.by_language, res.modes, "mrr@10")), "",
              "## MRR@10 by document language", "", _md(_group_table(res.by_doc_language, res.modes, "mrr@10")), "",
              "## MRR@10 by question → document language", "", _md(_group_table(res.by_pair, res.modes, "mrr@10")),
              "", "## Latency (ms)", "", _md([["operation", "p50", "p95"]] + [
                  [k, _ms(v["p50"]), _ms(v["p95"])] for k, v in res.latency_ms.items()]), "",
              f"## Failed questions ({len(res.failures)})", ""]
    for f in res.failures:
        parts.append(f"- **{f['id']}** ({f['language']}) {f['question']} — {'; '.join(f['problems'])}")
        exp = f["expected"]
        parts.append(f"  - expected: {', '.join(exp['doc_ids']) or '(nothing)'}"
                     + (f" containing “{exp['evidence']}”" if exp["evidence"] else ""))
        if f["answer"]:
            parts.append(f"  - answer: {' '.join(f['answer'].split())[:200]}")
        for h in f["retrieved_instead"]:
            parts.append(f"  - retrieved: {h['doc_id']} › {h['section']}: {h['text'][:120]}")
    return "\n".join(parts) + "\n"


def _plots(res: EvalResult) -> dict[str, str]:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    pngs: dict[str, str] = {}

    def save(fig: Any, name: str) -> None:
        buf = io.BytesIO()
        fig.tight_layout()
        fig.savefig(buf, format="png", dpi=110, metadata={"Software": None})
        plt.close(fig)
        pngs[name] = base64.b64encode(buf.getvalue()).decode()

    def bars(ax: Any, groups: list[str], values: dict[str, list[float]], counts: list[int] | None = None) -> None:
        """Grouped bars with their values written on them, the n under each group."""
        width = 0.8 / max(len(values), 1)
        for i, (label, vals) in enumerate(values.items()):
            drawn = ax.bar([j + i * width for j in range(len(groups))], vals, width, label=label)
            ax.bar_label(drawn, labels=[f"{v:.2f}" for v in vals], fontsize=6, padding=1, rotation=90)
        names = groups if counts is None else [f"{g}\n(n={n})" for g, n in zip(groups, counts, strict=True)]
        ax.set_xticks([j + width * (len(values) - 1) / 2 for j in range(len(groups))], names, fontsize=8)
        ax.set_ylim(0, 1.15)
        ax.legend(fontsize=8, loc="upper right", ncol=len(values))

    metrics = ["hit@1", "mrr@10", "ndcg@10", "recall@k"]
    fig, ax = plt.subplots(figsize=(7, 3.4))
    bars(ax, [m.replace("recall@k", f"recall@{res.k}") for m in metrics],
         {mode: [res.metrics[mode].get(m, 0) for m in metrics] for mode in res.modes})
    ax.set_title(f"Retrieval metrics by mode (n={res.counts.get('answerable', 0)} answerable questions)")
    ax.set_xlabel("metric")
    ax.set_ylabel("score (0-1)")
    save(fig, "modes")

    langs = sorted({g for m in res.modes for g in res.by_language.get(m, {})
                    if "mrr@10" in res.by_language[m][g]})
    fig, ax = plt.subplots(figsize=(7, 3.4))
    first = res.by_language.get(res.modes[0], {}) if res.modes else {}
    bars(ax, langs, {mode: [res.by_language[mode].get(g, {}).get("mrr@10", 0) for g in langs]
                     for mode in res.modes}, [int(first.get(g, {}).get("questions", 0)) for g in langs])
    ax.set_title("MRR@10 by question language")
    ax.set_xlabel("question language")
    ax.set_ylabel("MRR@10")
    save(fig, "languages")

    fig, ax = plt.subplots(figsize=(7, 3.4))
    series = {f"search {mode}": [r.search_ms for r in res.results if r.mode == mode] for mode in res.modes}
    asks = [r.ask_ms for r in res.results if r.ask_ms is not None]
    if asks:
        series["ask hybrid"] = asks
    everything = [x for v in series.values() for x in v]
    # Shared bins up to the 99th percentile: one slow outlier would squash every bar into the first bin.
    top = float(np.percentile(everything, 99)) if everything else 1.0
    edges = np.linspace(0, max(top, 1.0), 31)
    clipped = sum(x > top for x in everything)
    for label, v in series.items():
        ax.hist(np.clip(v, 0, top), bins=list(edges), alpha=0.5, label=label)
    ax.set_xlabel(f"ms per question ({clipped} above {top:.0f} ms shown in the last bin)" if clipped
                  else "ms per question")
    ax.set_ylabel("questions")
    ax.set_title("Latency")
    ax.legend(fontsize=8, loc="upper right", ncol=len(series))
    save(fig, "latency")
    return pngs


def _html_table(rows: list[list[str]]) -> str:
    head = "".join(f"<th scope='col'>{html.escape(c)}</th>" for c in rows[0])
    body = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in r) + "</tr>" for r in rows[1:])
    return f"<div class='t'><table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></div>"


def html_report(res: EvalResult) -> str:
    e = html.escape
    pngs = _plots(res)
    imgs = "".join(f"<img alt='{e(n)}' src='data:image/png;base64,{b}'>" for n, b in pngs.items())
    fails = "".join(
        f"<li><b>{e(f['id'])}</b> ({e(f['language'])}) {e(f['question'])} — {e('; '.join(f['problems']))}"
        f"<br><small>expected {e(', '.join(f['expected']['doc_ids']) or '(nothing)')} "
        f"“{e(f['expected']['evidence'])}”; answer: {e(' '.join(f['answer'].split())[:200])}</small><ul>"
        + "".join(f"<li><small>{e(h['doc_id'])} › {e(h['section'])}: {e(h['text'][:140])}</small></li>"
                  for h in f["retrieved_instead"]) + "</ul></li>" for f in res.failures)
    splits = "".join(f"<h3>Split {e(s)}</h3>" + _html_table(modes_table(
        EvalResult(res.questions_file, res.k, res.modes, res.fingerprint, metrics=pm))) for s, pm in res.splits.items())
    return f"""<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Evaluation report</title>
<style>body{{font:15px/1.5 system-ui,sans-serif;max-width:1000px;margin:2em auto;padding:0 1em;color:#1b1f24}}
table{{border-collapse:collapse;margin:.5em 0 1.5em}}th,td{{border:1px solid #ccd;padding:3px 8px;text-align:right}}
th:first-child,td:first-child{{text-align:left}}img{{max-width:100%;display:block;margin:1em 0}}
.t{{overflow-x:auto}}</style></head><body>
<h1>Evaluation: {e(res.questions_file)}</h1>
<p>{res.counts['questions']} questions ({res.counts['answerable']} answerable,
{res.counts['unanswerable']} unanswerable),
k = {res.k}. System: {e(', '.join(f'{k}={v}' for k, v in res.fingerprint.items()))}.</p>
{"".join(f"<p><b>Warning:</b> {e(w)}</p>" for w in res.warnings)}
<h2>Metrics by mode</h2>{_html_table(modes_table(res))}{splits}
{f"<h2>Refusal trade-off</h2><p>{e(REFUSAL_NOTE)}</p>{_html_table(refusal_table(res))}" if res.refusal_curve else ""}
<h2>Plots</h2>{imgs}
<h2>MRR@10 by question language</h2>{_html_table(_group_table(res.by_language, res.modes, "mrr@10"))}
<h2>MRR@10 by document language</h2>{_html_table(_group_table(res.by_doc_language, res.modes, "mrr@10"))}
<h2>MRR@10 by question → document language</h2>{_html_table(_group_table(res.by_pair, res.modes, "mrr@10"))}
<h2>Latency (ms)</h2>{_html_table([["operation", "p50", "p95"]] + [[k, _ms(v["p50"]), _ms(v["p95"])]
                                                                   for k, v in res.latency_ms.items()])}
<h2>Failed questions ({len(res.failures)})</h2><ul>{fails}</ul></body></html>
"""


def write_reports(res: EvalResult, out_dir: Path) -> dict[str, Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = {"json": out_dir / "report.json", "md": out_dir / "report.md", "html": out_dir / "report.html"}
    _write(paths["json"], json.dumps(res.to_json(), ensure_ascii=False, indent=2) + "\n")
    _write(paths["md"], markdown(res))
    _write(paths["html"], html_report(res))
    return paths
