#!/usr/bin/env bash
# The analysis benchmark (issue 4): a whole indicator table on N respondents per wave in 3 waves
# (default 333,334: 1,000,002 in all), 12 indicators, 5 breakdowns, each wave raked to its
# margins; atmos in release mode next to R's survey package on the same data, and the two
# tables compared cell by cell.
#
# usage: scripts/bench-analysis.sh [RESPONDENTS_PER_WAVE] [--no-r]
# needs: cargo, python3, hyperfine, and for R: r-base-core r-cran-survey r-cran-jsonlite
#        r-cran-mass. Files go to target/bench-analysis/ (data are regenerated only when missing).
# Results are printed; BENCHMARKS.md records them with the machine and the date.
set -euo pipefail
cd "$(dirname "$0")/.."

per_wave=${1:-333334}
run_r=1
[[ "${2:-}" == "--no-r" ]] && run_r=0
out=target/bench-analysis
mkdir -p "$out"
survey=oulu-atmosphere
indicators=racism_experienced_12m,witnessed_racism,harassment_12m,violence_12m,atmosphere_positive,atmosphere_improved,racism_seen_as_problem,city_against_racism,safety,home_town,lonely,has_finnish_friends
by=gender,age_band,language_group,years_in_oulu,district

echo "== build (release)"
cargo build --release -q -p atmos
atmos=target/release/atmos

data="$out/respondents-$per_wave"
for ext in parquet csv; do
  if [[ ! -s "$data.$ext" ]]; then
    echo "== synthetic data: $per_wave respondents per wave -> $data.$ext"
    "$atmos" demo --respondents "$per_wave" --out "$data.$ext"
  fi
done
ls -l "$data".*

args=(analyze --survey "$survey" --survey-dir "surveys/$survey" --indicators "$indicators"
      --by "$by" --min-n 0 --ci logit)
echo "== atmos: the table as JSON (kept for the comparison)"
"$atmos" "${args[@]}" --input "$data.parquet" --format json --out "$out/atmos-$per_wave.json"

echo "== atmos: timing"
hyperfine --warmup 1 --runs 10 --export-markdown "$out/atmos-$per_wave.md" \
  -n parquet "$atmos ${args[*]} --input $data.parquet --format json --out /dev/null" \
  -n csv "$atmos ${args[*]} --input $data.csv --format json --out /dev/null"

if ((run_r)); then
  # R needs about 6 minutes for the whole table at 20,000 respondents per wave on this machine
  # and grows linearly, so above 50,000 per wave it computes one indicator (all its domains,
  # every wave) and the whole table's time is that times the number of indicators.
  r_indicators=${R_INDICATORS:-$( ((per_wave > 50000)) && echo racism_experienced_12m || echo "$indicators")}
  echo "== R $(Rscript -e 'cat(as.character(packageVersion("survey")))' 2>/dev/null): indicators $r_indicators"
  python3 scripts/bench/analysis_spec.py "surveys/$survey" "$indicators" "$by" "$out/spec.json"
  /usr/bin/time -v Rscript scripts/bench/analysis_table.R "$data.csv" "$out/spec.json" \
    "$out/r-$per_wave.json" "$r_indicators" \
    2> >(grep -v "zero weight\|^Warning\|^There were" > "$out/r-$per_wave.time")
  sleep 1
  grep -E "Elapsed|Maximum resident" "$out/r-$per_wave.time"
  echo "== comparison (atmos run with R's indicators, so that Holm covers the same tests)"
  "${atmos}" "${args[@]/$indicators/$r_indicators}" --input "$data.parquet" --format json \
    --out "$out/atmos-$per_wave-r.json"
  python3 scripts/bench/compare_tables.py "$out/atmos-$per_wave-r.json" "$out/r-$per_wave.json"
fi
