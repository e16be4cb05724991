#!/usr/bin/env python3
"""Writes the JSON spec that scripts/bench/analysis_table.R computes a whole indicator table from.

R has no TOML reader, so this turns the survey definition (indicators.toml, margins.toml,
options.toml, pages/*.toml) into what the R script needs for the chosen single-item share
indicators and breakdowns: each indicator's column, its counted codes and the codes that are not
substantive answers; each breakdown's groups (code -> group); each wave's margins.

Only single-item share indicators are supported here (the R script re-implements their meaning
independently of atmos: 1 when a counted code is chosen, 0 for another substantive code, missing
otherwise), which is what the benchmark and the whole-table comparison use.

usage: analysis_spec.py SURVEY_DIR INDICATORS BREAKDOWNS OUT.json
       (INDICATORS and BREAKDOWNS comma-separated ids)
"""

import json
import sys
import tomllib
from pathlib import Path


def main() -> None:
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    survey_dir = Path(sys.argv[1])
    wanted_ind = sys.argv[2].split(",")
    wanted_by = sys.argv[3].split(",")
    out = Path(sys.argv[4])

    load = lambda p: tomllib.loads(p.read_text(encoding="utf-8"))  # noqa: E731
    options = {s["id"]: s["options"] for s in load(survey_dir / "options.toml")["set"]}
    questions = {}
    for page in sorted((survey_dir / "pages").glob("*.toml")):
        for q in load(page).get("question", []):
            questions[q["id"]] = q
    ind_file = load(survey_dir / "indicators.toml")
    indicators = {i["id"]: i for i in ind_file["indicator"]}
    breakdowns = {b["id"]: b for b in ind_file["breakdown"]}

    def option_set(item: str) -> list:
        q = questions[item.split(".")[0]]
        return options[q["options"]]

    spec = {"indicators": [], "breakdowns": [], "margins": {}}
    for iid in wanted_ind:
        ind = indicators[iid]
        if ind["kind"] != "share" or len(ind["items"]) != 1 or "*" in ind["items"][0]:
            sys.exit(f"{iid}: only single-item share indicators are supported")
        item = ind["items"][0]
        q = questions[item.split(".")[0]]
        if q["type"] not in ("single", "likert", "matrix"):
            sys.exit(f"{iid}: {item} is a {q['type']} question; only one code per item supported")
        opts = option_set(item)
        spec["indicators"].append({
            "id": iid,
            "column": item,
            "codes": ind["codes"],
            "nonsubstantive": [o["code"] for o in opts if o.get("nonsubstantive")],
        })
    for bid in wanted_by:
        b = breakdowns[bid]
        opts = option_set(b["question"])
        if "groups" in b:
            groups = [{"id": g["id"], "codes": g["codes"]} for g in b["groups"]]
        else:
            groups = [{"id": o["code"], "codes": [o["code"]]}
                      for o in opts if not o.get("nonsubstantive")]
        spec["breakdowns"].append({"id": bid, "column": b["question"], "groups": groups})
    for wave in load(survey_dir / "margins.toml")["wave"]:
        spec["margins"][wave["wave"]] = wave["margins"]
    out.write_text(json.dumps(spec, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
