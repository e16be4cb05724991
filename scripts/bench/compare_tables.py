#!/usr/bin/env python3
"""Compares an `atmos analyze --format json --min-n 0` table with analysis_table.R's output.

Every cell of the R table must be in the atmos table and vice versa (empty cells: R has n = 0),
with n and df equal and estimate, SE, deff (replace), sum of weights, Kish n_eff and the interval
bounds (atmos's method per cell: logit -> R's "xlogit", korn_graubard -> "beta",
clopper_pearson -> binom.test) within TOLERANCE, absolute (relative for sums of weights and
n_eff, which are in population units). Prints the largest differences; exits 1 on a mismatch.

usage: compare_tables.py ATMOS.json R.json [TOLERANCE (default 1e-9)]
"""

import json
import math
import sys


def main() -> None:
    if len(sys.argv) not in (3, 4):
        sys.exit(__doc__)
    atmos = json.load(open(sys.argv[1], encoding="utf-8"))
    r = json.load(open(sys.argv[2], encoding="utf-8"))
    tol = float(sys.argv[3]) if len(sys.argv) == 4 else 1e-9

    key = lambda c: (c["indicator"], c["wave"], c.get("breakdown"), c.get("group"))  # noqa: E731
    # R may have computed a part of the table (analysis_table.R's INDICATOR argument).
    r_indicators = {c["indicator"] for c in r["cells"]}
    a_cells = {key(c): c for c in atmos["cells"] if c["indicator"] in r_indicators}
    r_cells = {key(c): c for c in r["cells"]}
    problems = []
    worst = {}

    def check(k, field, a, b, relative=False):
        if a is None or b is None or (isinstance(b, float) and math.isnan(b)):
            problems.append(f"{k}: {field}: atmos {a}, R {b}")
            return
        diff = abs(a - b) / (abs(b) if relative and b != 0 else 1.0)
        if diff > worst.get(field, (0.0, None))[0]:
            worst[field] = (diff, k)
        if diff > tol:
            problems.append(f"{k}: {field}: atmos {a!r}, R {b!r} (difference {diff:.3g})")

    for k, rc in r_cells.items():
        ac = a_cells.get(k)
        if ac is None:
            problems.append(f"{k}: in R's table, not in atmos's")
            continue
        if rc["n"] == 0:
            if ac["status"] != "empty":
                problems.append(f"{k}: empty in R, {ac['status']} in atmos")
            continue
        if ac["status"] != "published":
            problems.append(f"{k}: {ac['status']} in atmos (run it with --min-n 0)")
            continue
        if ac["n"] != rc["n"] or ac["df"] != rc["df"]:
            problems.append(f"{k}: n/df atmos {ac['n']}/{ac['df']}, R {rc['n']}/{rc['df']}")
        for field in ("estimate", "se"):
            check(k, field, ac[field], rc.get(field))
        # No deff for one respondent or p = 0 or 1 (0/0): atmos publishes none either.
        if rc.get("deff") is not None or ac["deff"] is not None:
            check(k, "deff", ac["deff"], rc.get("deff"))
        check(k, "sum_weights", ac["sum_weights"], rc["sum_weights"], relative=True)
        check(k, "n_eff_kish", ac["n_eff_kish"], rc["n_eff_kish"], relative=True)
        method = ac["ci_method"]
        r_ci = {"logit": "xlogit", "korn_graubard": "beta",
                "clopper_pearson": "clopper_pearson"}.get(method)
        bounds = rc.get(r_ci) if r_ci else None
        if bounds is None:
            problems.append(f"{k}: atmos interval {method}, R has no such interval")
            continue
        check(k, f"ci_lower ({method})", ac["ci_lower"], bounds[0])
        check(k, f"ci_upper ({method})", ac["ci_upper"], bounds[1])
    for k in a_cells.keys() - r_cells.keys():
        problems.append(f"{k}: in atmos's table, not in R's")

    ckey = lambda c: (c["indicator"], c.get("breakdown"), c.get("group"),  # noqa: E731
                      c["earlier"], c["later"])
    a_cmp = {ckey(c): c for c in atmos["comparisons"] if c["indicator"] in r_indicators}
    r_cmp = {ckey(c): c for c in r.get("comparisons", [])}
    for k, rc in r_cmp.items():
        ac = a_cmp.get(k)
        if ac is None or ac["status"] != "published":
            problems.append(f"{k}: comparison in R's table, not published by atmos")
            continue
        for field in ("difference", "se", "z", "p_value", "p_holm"):
            rv = rc.get(field)
            if rv is None and ac[field] is None:
                continue
            check(k, field, ac[field], rv)
        check(k, "comparison ci_lower", ac["ci_lower"], rc["ci"][0])
        check(k, "comparison ci_upper", ac["ci_upper"], rc["ci"][1])
    for k in a_cmp.keys() - r_cmp.keys():
        if a_cmp[k]["status"] == "published":
            problems.append(f"{k}: comparison published by atmos, not in R's table")

    print(f"indicators compared: {', '.join(sorted(r_indicators))}")
    print(f"compared {len(r_cells)} cells and {len(r_cmp)} comparisons (R survey {r.get('survey_version')}), tolerance {tol:g}")
    for field, (diff, k) in sorted(worst.items()):
        print(f"  largest difference in {field}: {diff:.3g} at {k}")
    if problems:
        print(f"{len(problems)} mismatches, the first 20:")
        for p in problems[:20]:
            print("  " + p)
        sys.exit(1)
    print("every cell agrees")


if __name__ == "__main__":
    main()
