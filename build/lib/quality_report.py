#!/usr/bin/env python3
"""Run the judged match-quality set against a running IkmMatch API and write a Markdown report.

    quality_report.py BASE_URL --key-file FILE --judged-dir DIR --out FILE [--summary FILE] [--case ID[,ID...]]
                      [--commit C] [--dirty N] [--machine TEXT] [--software TEXT] [--command TEXT]

build/quality.sh calls it against the API it started. The judged set's own runner (DIR/run_judged.py) is imported as
a module, not copied: its client, its set-up of every case and its scoring (the three rules of a right case, NDCG@5,
top-1) are used as they are. This script only keeps, besides, the matches response of every case, so that the report
can show each pool IKM's score breakdown as the API returned it, criterion by criterion, whatever the criteria are.

The admin key is read from --key-file so that it never appears on a command line.
Prints the runner's text per case, the subtotals per category, and last (or writes to --summary instead):
    judged: P/N cases right, NDCG@5 x.xxx, top1 T/N
Exit status: 0 when every case ran; 1 when the harness failed for some case (set-up or the matches request failed,
or the response could not be read); 2 for bad arguments. Standard library only.
"""

import argparse
import datetime as dt
import importlib.util
import json
import os
import sys
import time

# Never write __pycache__ next to the judged set (it is shared and meant to stay read-only).
sys.dont_write_bytecode = True

# Fields of a match item shown in their own columns; any other field the API adds is listed generically.
KNOWN_ITEM_FIELDS = {"rank", "ikmId", "ikmName", "kecamatan", "score", "eligible", "breakdown", "unmet"}
# Usual order of a breakdown entry's fields; others follow in the order the API sends them.
PREFERRED_COLUMNS = ["criterion", "weight", "value", "points", "explanation"]


def load_runner(judged_dir):
    path = os.path.join(judged_dir, "run_judged.py")
    spec = importlib.util.spec_from_file_location("run_judged", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"quality_report: cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def recording_api(rj, base_url, key):
    """run_judged's Api, keeping the last matches response it received."""

    class RecordingApi(rj.Api):
        last_matches = None

        def request(self, method, path, body=None, expect=(200, 201, 204)):
            result = super().request(method, path, body, expect)
            if method == "GET" and path.split("?", 1)[0].endswith("/matches"):
                self.last_matches = result
            return result

    return RecordingApi(base_url, key)


# --- Markdown helpers -----------------------------------------------------------------------------------------------

def md(value):
    """A table cell: no line breaks, pipes escaped."""
    if value is None:
        return "–"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, (list, dict)):
        value = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    text = " ".join(str(value).split())
    return text.replace("|", "\\|") if text else "–"


def table(header, rows, align=None):
    out = ["| " + " | ".join(header) + " |",
           "| " + " | ".join((align or {}).get(i, "---") for i in range(len(header))) + " |"]
    out += ["| " + " | ".join(md(c) if not isinstance(c, Cell) else c.text for c in row) + " |" for row in rows]
    return out


class Cell:
    """A cell already in Markdown (not escaped again)."""

    def __init__(self, text):
        self.text = text


def elig(flag):
    return "eligible" if flag else "ineligible"


# --- the run ------------------------------------------------------------------------------------------------------

def run(rj, api, cases, today):
    runner = rj.Runner(api, today, keep=False)
    results = []
    for case in cases:
        api.last_matches = None
        try:
            res = runner.run_case(case)
        except rj.ApiError as e:
            print(f"[WRONG] {case['id']} ({case['category']}) - setup failed: {e}", flush=True)
            res = {"case": case, "right": False, "ndcg": 0.0, "top1": False, "problems": [str(e)], "error": str(e)}
        except (KeyError, TypeError, ValueError, AttributeError) as e:  # a response the runner cannot read
            msg = f"the matches response could not be read ({type(e).__name__}: {e})"
            print(f"[WRONG] {case['id']} ({case['category']}) - {msg}", flush=True)
            res = {"case": case, "right": False, "ndcg": 0.0, "top1": False, "problems": [msg], "error": msg}
        else:
            res["matches"] = api.last_matches
            rj.report(res, quiet=True)
            sys.stdout.flush()
        results.append(res)
    if runner.history_industry:
        runner.cleanup(None, [], runner.history_industry)
    return results


# --- the report ---------------------------------------------------------------------------------------------------

def item_members(res):
    """(item, member) for every item of the matches response; member is None for IKM outside the pool."""
    by_rank = {r["rank"]: r["member"] for r in res.get("returned", [])}
    items = (res.get("matches") or {}).get("items", [])
    return [(item, by_rank.get(item.get("rank"))) for item in items]


def breakdown_lines(item):
    entries = item.get("breakdown") or []
    if not entries:
        return ["_No breakdown in the response._"]
    columns = [c for c in PREFERRED_COLUMNS if any(c in e for e in entries)]
    for e in entries:
        columns += [k for k in e if k not in columns]
    align = {i: "---:" for i, c in enumerate(columns)
             if all(isinstance(e.get(c), (int, float)) and not isinstance(e.get(c), bool) for e in entries if c in e)}
    rows = [[e.get(c) for c in columns] for e in entries]
    if "points" in columns and all(isinstance(e.get("points"), (int, float)) for e in entries):
        total = sum(e["points"] for e in entries)
        rows.append([Cell("**sum**" if i == 0 else (f"**{total:.2f}**" if c == "points" else ""))
                     for i, c in enumerate(columns)])
    return table(columns, rows, align)


def case_section(res):
    case = res["case"]
    need = case["need"]
    out = [f"### {case['id']} ({case['category']})", ""]
    out.append(f"**Need:** {md(need['title'])} — KBLI {need['kbli']}, {md(need['monthlyVolume'])} {need['unit']}/month, "
               f"required certificates {md(', '.join(need['requiredCertifications']) or None)}, "
               f"preferred {md(', '.join(need['preferredCertifications']) or None)}, "
               f"minimum TKDN {md(need['minTkdnPercent'])}, partial supply {md(need['allowPartialSupply'])}; "
               f"buyer in {case['industry']['kecamatan']}.")
    out.append("")
    out.append(f"**Focus:** {md(case.get('focus'))}")
    out.append("")
    if res.get("error"):
        out += ["**The harness failed for this case:** " + md(res["error"]), ""]
        return out
    out.append(f"NDCG@5 {res['ndcg']:.3f}, top-1 {'yes' if res['top1'] else 'no'}. Why it is wrong:")
    out.append("")
    out += [f"* {md(p)}" for p in res["problems"]]
    out.append("")

    judged = sorted(case["pool"], key=lambda m: -m["grade"])
    out.append("**Judged:** " + " · ".join(f"{m['key']}={m['grade']}" for m in judged))
    out.append("")
    api_order = [f"{r['member']['key']}={r['member']['grade']} ({r['score']:.2f}{'' if r['eligible'] else ', inelig.'})"
                 for r in res["returned"]]
    api_order += [f"{m['key']}={m['grade']} (not returned)" for m in res["missing"]]
    out.append("**API:** " + " · ".join(api_order))
    out.append("")

    rows = []
    for m, got, ok, r in res["verdicts"]:
        rows.append([m["key"], m["name"], m["kecamatan"], m["grade"], r["rank"] if r else None,
                     f"{r['score']:.2f}" if r else None, elig(m["eligible"]),
                     Cell(md(got) if ok else f"**{md(got)}** ⚠"), ", ".join(r["unmet"]) if r and r["unmet"] else None])
    out += table(["IKM", "name", "kecamatan", "grade", "API rank", "score", "expected", "API", "unmet"], rows,
                 {3: "---:", 4: "---:", 5: "---:"})
    out.append("")

    mismatches = [(m, got, r) for m, got, ok, r in res["verdicts"] if not ok]
    if mismatches:
        out.append("**Eligibility mismatches:**")
        out.append("")
        items = {id(member): item for item, member in item_members(res) if member is not None}
        for m, got, r in mismatches:
            detail = ""
            item = items.get(id(m))
            if item and item.get("unmet"):
                detail = ": " + "; ".join(f"`{u.get('code')}` {md(u.get('detail'))}" for u in item["unmet"])
            out.append(f"* {m['key']} {md(m['name'])}: expected {elig(m['eligible'])}, API {got}{detail}. "
                       f"Judged: {md(m.get('reason'))}")
        out.append("")
    if res.get("foreign"):
        out.append(f"_{res['foreign']} IKM outside the pool were returned too (totalCandidates {res.get('total')})._")
        out.append("")

    out.append("**Score breakdowns, in the API's order:**")
    out.append("")
    for item, m in item_members(res):
        if m is None:
            continue
        score = item.get("score")
        score = f"{score:.2f}" if isinstance(score, (int, float)) else md(score)
        head = (f"{m['key']} — {md(m['name'])} (grade {m['grade']}; rank {item.get('rank')}, score {score}, "
                f"{elig(item.get('eligible'))})")
        out += [f"<details><summary>{head}</summary>", ""]
        out.append(f"Judged: {md(m.get('reason'))}" + (f" _Note: {md(m['note'])}_" if m.get("note") else ""))
        out.append("")
        caps = "; ".join(f"{c['kbli']} {md(c['name'])} ({md(c.get('monthlyCapacity'))} {c.get('unit')})"
                         for c in m["capabilities"])
        out.append(f"Capabilities: {caps}.")
        out.append("")
        out += breakdown_lines(item)
        out.append("")
        if item.get("unmet"):
            out.append("Unmet: " + "; ".join(f"`{u.get('code')}` {md(u.get('detail'))}" for u in item["unmet"]))
            out.append("")
        extra = {k: v for k, v in item.items() if k not in KNOWN_ITEM_FIELDS}
        if extra:
            out.append("Other fields: " + ", ".join(f"`{k}` {md(v)}" for k, v in extra.items()))
            out.append("")
        out += ["</details>", ""]
    for m in res["missing"]:
        out.append(f"* {m['key']} — {md(m['name'])} (grade {m['grade']}): not returned, no breakdown. "
                   f"Judged: {md(m.get('reason'))}" + (f" _Note: {md(m['note'])}_" if m.get("note") else ""))
    if res["missing"]:
        out.append("")
    return out


def write_report(path, args, meta, cases, results, rj, elapsed, api):
    lines = ["# Match quality", ""]
    when = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    commit = f"`{args.commit}`"
    if args.dirty and args.dirty != "0":
        commit += f" plus {args.dirty} uncommitted change(s) in src/ or the build properties"
    lines.append(f"Written by `{args.command}` on {when} at commit {commit}. Re-run it to refresh this file.")
    lines.append("")
    lines.append("| | |")
    lines.append("| --- | --- |")
    lines.append(f"| machine | {md(args.machine)} |")
    lines.append(f"| software | {md(args.software)} |")
    lines.append(f"| judged set | {md(meta.get('name'))} (version {md(meta.get('version'))}), "
                 f"{len(cases)} of {meta['total']} cases; `run_judged.py` and `cases.json` from "
                 f"`../shared/judged` (README there) |")
    lines.append("| API | Release, Production, rate limiting off, an empty throwaway registry (no demo seed); "
                 f"`GET /needs/{{id}}/matches?limit={rj.MATCH_LIMIT}&includeIneligible=true` |")
    lines.append(f"| run | {api.calls} API calls, {elapsed:.0f} s, dates relative to {meta['today']} (UTC) |")
    lines.append("")
    if args.case:
        lines += [f"**Partial run:** only the cases matching `{','.join(args.case)}`.", ""]
    lines.append("A case is **right** when the first-ranked IKM of its pool has the pool's top grade, no IKM ranks above "
                 "one graded 2 or more points higher, and every IKM's eligibility is as judged. NDCG@5 uses the gain "
                 "2^grade − 1 over the API's order of the pool (IKM not returned appended, lowest grade first); "
                 "top-1 counts the cases whose first-ranked IKM has the top grade.")
    lines.append("")
    lines.append("## Figures")
    lines.append("")
    rows = []
    for cat in dict.fromkeys(c["category"] for c in cases):
        sub = [r for r in results if r["case"]["category"] == cat]
        right, n, ndcg, top1 = rj.summary_line(sub)
        rows.append([cat, n, f"{right}/{n}", f"{ndcg:.3f}", f"{top1}/{n}"])
    right, n, ndcg, top1 = rj.summary_line(results)
    rows.append([Cell("**all**"), Cell(f"**{n}**"), Cell(f"**{right}/{n}**"), Cell(f"**{ndcg:.3f}**"),
                 Cell(f"**{top1}/{n}**")])
    lines += table(["category", "cases", "right", "NDCG@5", "top-1"], rows, {1: "---:", 2: "---:", 3: "---:", 4: "---:"})
    lines += ["", "```", overall_line(rj, results), "```", ""]
    errors = [r for r in results if r.get("error")]
    if errors:
        lines += [f"**The harness failed for {len(errors)} case(s):** "
                  + ", ".join(r["case"]["id"] for r in errors) + " (counted as wrong).", ""]
    right_ids = [r["case"]["id"].split("-", 1)[0] for r in results if r["right"]]
    wrong = [r for r in results if not r["right"]]
    lines.append("Right: " + (", ".join(right_ids) if right_ids else "none") + ".")
    lines.append("")
    lines.append("## Failing cases")
    lines.append("")
    if not wrong:
        lines += ["None.", ""]
    else:
        lines.append("Each with the judged grades, the API's order of the pool with scores, the eligibility verdicts and "
                     "every pool IKM's score breakdown exactly as the matches response gave it.")
        lines.append("")
    for res in wrong:
        lines += case_section(res)
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines).rstrip("\n") + "\n")


def overall_line(rj, results):
    right, n, ndcg, top1 = rj.summary_line(results)
    return f"judged: {right}/{n} cases right, NDCG@5 {ndcg:.3f}, top1 {top1}/{n}"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("base_url")
    ap.add_argument("--key-file", required=True, help="file whose first line is the admin key")
    ap.add_argument("--judged-dir", required=True, help="directory with run_judged.py and cases.json")
    ap.add_argument("--out", required=True, help="the Markdown report to write")
    ap.add_argument("--summary", help="write the last line to this file instead of printing it")
    ap.add_argument("--case", action="append", default=[], help="case id or id prefix; repeat or comma-separate")
    ap.add_argument("--commit", default="unknown")
    ap.add_argument("--dirty", default="0", help="number of uncommitted changes in what was built")
    ap.add_argument("--machine", default="")
    ap.add_argument("--software", default="")
    ap.add_argument("--command", default="build/quality.sh")
    args = ap.parse_args()

    rj = load_runner(args.judged_dir)
    with open(args.key_file, encoding="utf-8") as f:
        key = f.readline().strip()
    if not key:
        print("quality_report: the key file is empty", file=sys.stderr)
        return 2
    with open(os.path.join(args.judged_dir, "cases.json"), encoding="utf-8") as f:
        data = json.load(f)
    cases = data["cases"]
    total = len(cases)
    args.case = [w for arg in args.case for w in arg.split(",") if w]
    if args.case:
        cases = [c for c in cases if any(c["id"] == w or c["id"].startswith(w) for w in args.case)]
        if not cases:
            print(f"quality_report: no case matches {args.case}", file=sys.stderr)
            return 2

    api = recording_api(rj, args.base_url, key)
    today = dt.datetime.now(dt.timezone.utc).date()
    print(f"IkmMatch judged set: {len(cases)} case(s) against {api.base}, today {today} (UTC)", flush=True)
    started = time.time()
    results = run(rj, api, cases, today)
    elapsed = time.time() - started

    print()
    print("per category:")
    for cat in dict.fromkeys(c["category"] for c in cases):
        sub = [r for r in results if r["case"]["category"] == cat]
        right, n, ndcg, top1 = rj.summary_line(sub)
        print(f"  {cat:16s} {right}/{n} right, NDCG@5 {ndcg:.3f}, top1 {top1}/{n}")
    print(f"({api.calls} API calls, {api.waited:.1f} s waited on 429, {elapsed:.0f} s)")
    meta = {"name": data.get("name"), "version": data.get("version"), "total": total, "today": today.isoformat()}
    write_report(args.out, args, meta, cases, results, rj, elapsed, api)
    line = overall_line(rj, results)
    if args.summary:  # the caller prints it last, after its own clean-up
        with open(args.summary, "w", encoding="utf-8") as f:
            f.write(line + "\n")
    else:
        print(line, flush=True)
    errors = [r["case"]["id"] for r in results if r.get("error")]
    if errors:
        print(f"quality_report: the harness failed for {len(errors)} case(s): {', '.join(errors)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
