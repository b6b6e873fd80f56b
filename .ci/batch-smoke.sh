#!/usr/bin/env bash
# Batch mode as users run it at scale: JSONL in, JSONL out; stable order; bad records
# reported and skipped; a hard kill leaves valid JSONL and --resume completes it without
# loss or duplicates; sharding over processes with GNU parallel (README recipe).
set -euo pipefail
cd "$(dirname "$0")/.."
cli="node packages/newsparse/dist/cli.js"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# 60 records built from the bundled articles, plus three bad ones.
node -e '
const fs = require("fs");
const dir = "examples/articles";
const texts = fs.readdirSync(dir).filter((f) => f.endsWith(".txt")).sort().map((f) => fs.readFileSync(dir + "/" + f, "utf8"));
const lines = [];
for (let i = 0; i < 60; i++) lines.push(JSON.stringify({ id: "doc-" + i, text: texts[i % texts.length], published: "2024-06-27" }));
lines.splice(10, 0, "{not json", JSON.stringify({ id: "no-text" }), JSON.stringify({ id: "binary", text: "\u0000\u0001" }));
fs.writeFileSync(process.argv[1], lines.join("\n") + "\n");
' "$work/in.jsonl"

check_ids() { # file, expected count: every doc id once, in input order
  node -e '
  const lines = require("fs").readFileSync(process.argv[1], "utf8").split("\n").filter(Boolean);
  const ids = lines.map((line) => JSON.parse(line).id);
  const want = Array.from({ length: +process.argv[2] }, (_, i) => "doc-" + i);
  if (JSON.stringify(ids) !== JSON.stringify(want)) { console.error("ids differ:", ids.slice(0, 5), "…", ids.length); process.exit(1); }
  ' "$1" "$2"
}

set +e; $cli --jsonl --jobs 2 --quiet --errors "$work/errors.jsonl" "$work/in.jsonl" > "$work/out.jsonl" 2> "$work/stderr"; code=$?; set -e
[ "$code" = 1 ] || { echo "bad records must make the exit code 1, got $code" >&2; exit 1; }
check_ids "$work/out.jsonl" 60
[ "$(wc -l < "$work/errors.jsonl")" = 3 ] || { echo "expected 3 failed records" >&2; cat "$work/errors.jsonl" >&2; exit 1; }
grep -q 'in.jsonl:11: invalid JSON' "$work/stderr"
echo "batch: order and bad records ok"

# Kill -9 in the middle, then resume: nothing lost, nothing twice. (A fresh run writes to a
# temporary file that a hard kill leaves behind; a run started with --resume appends to the
# target as it goes, so that is the one a hard kill can continue.)
grep -v -e '^{not json' -e '"no-text"' -e '"binary"' "$work/in.jsonl" > "$work/good.jsonl"
$cli --jsonl --jobs 1 --quiet --resume -o "$work/resumed.jsonl" "$work/good.jsonl" & pid=$!
for _ in $(seq 1 600); do
  [ -s "$work/resumed.jsonl" ] && [ "$(wc -l < "$work/resumed.jsonl")" -ge 3 ] && break
  sleep 0.1
done
kill -9 "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true
node -e 'require("fs").readFileSync(process.argv[1], "utf8").split("\n").filter(Boolean).forEach((l) => JSON.parse(l))' "$work/resumed.jsonl"
before=$(wc -l < "$work/resumed.jsonl")
$cli --jsonl --jobs 2 --quiet --resume -o "$work/resumed.jsonl" "$work/good.jsonl"
node -e '
const ids = require("fs").readFileSync(process.argv[1], "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l).id);
if (new Set(ids).size !== ids.length || ids.length !== 60) { console.error("resume lost or duplicated records:", ids.length, new Set(ids).size); process.exit(1); }
' "$work/resumed.jsonl"
echo "batch: kill after $before records, resume completed 60 with no duplicates"

# Ctrl-C while the workers are busy: exit 130 within a second, whole lines only, and
# --resume completes the run. Both in batch mode and in single-file mode.
node -e '
const fs = require("fs");
const t = fs.readFileSync("examples/articles/global-times-china-peru.txt", "utf8");
const big = t.repeat(Math.ceil(4.9e6 / t.length)).slice(0, 4.9e6);
fs.writeFileSync(process.argv[1] + "/big.txt", big);
const lines = [];
for (let i = 0; i < 6; i++) { lines.push(JSON.stringify({ id: "doc-" + i, text: t })); if (i === 2) lines.push(JSON.stringify({ id: "big", text: big })); }
fs.writeFileSync(process.argv[1] + "/slow.jsonl", lines.join("\n") + "\n");
' "$work"
stop_within_a_second() { # pid, what
  local started code ms
  started=$(date +%s%N); kill -INT "$1"; set +e; wait "$1"; code=$?; set -e; ms=$(( ($(date +%s%N) - started) / 1000000 ))
  [ "$code" = 130 ] && [ "$ms" -lt 1000 ] || { echo "Ctrl-C ($2): exit $code after $ms ms" >&2; exit 1; }
  echo "batch: Ctrl-C ($2) stopped in $ms ms"
}
$cli --jsonl --jobs 2 --quiet --timeout 0 -o "$work/interrupted.jsonl" "$work/slow.jsonl" & pid=$!
for _ in $(seq 1 300); do ls -A "$work" | grep -q 'interrupted.jsonl.*newsparse-tmp' && [ -s "$work"/.interrupted.jsonl.*newsparse-tmp ] && break; sleep 0.1; done
sleep 0.5
stop_within_a_second "$pid" "batch, workers busy"
$cli --jsonl --jobs 2 --quiet --timeout 0 --resume -o "$work/interrupted.jsonl" "$work/slow.jsonl"
[ "$(node -e 'console.log(require("fs").readFileSync(process.argv[1], "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l).id).join(" "))' "$work/interrupted.jsonl")" = "doc-0 doc-1 doc-2 big doc-3 doc-4 doc-5" ] || { echo "--resume after Ctrl-C did not complete the run" >&2; exit 1; }
$cli --timeout 0 --json "$work/big.txt" > /dev/null & pid=$!
sleep 1; kill -0 "$pid" || { echo "the single-file parse ended before Ctrl-C could be tested" >&2; exit 1; }
stop_within_a_second "$pid" "single file, parsing"

# --timeout: the slow record fails alone (its worker is replaced), the others are parsed. The
# big record takes 3–8 s on 2 cores, the others well under a second: 1.5 s keeps a margin both
# ways as the parsers get faster (at 5 s it passed the big record once they did).
set +e; $cli --jsonl --jobs 1 --quiet --timeout 1500 "$work/slow.jsonl" > "$work/timed.jsonl" 2> "$work/stderr"; code=$?; set -e
[ "$code" = 1 ] && [ "$(wc -l < "$work/timed.jsonl")" = 6 ] && grep -q 'slow.jsonl:4 (id big): timed out after 1500 ms' "$work/stderr" || { echo "--timeout: exit $code" >&2; cat "$work/stderr" >&2; exit 1; }
set +e; $cli --timeout 1500 --json "$work/big.txt" > /dev/null 2> "$work/stderr"; code=$?; set -e
[ "$code" = 1 ] && grep -q 'big.txt: timed out after 1500 ms' "$work/stderr" || { echo "--timeout, single file: exit $code" >&2; cat "$work/stderr" >&2; exit 1; }
echo "batch: --timeout fails only the slow record"

# The README's scaling recipe: shard the JSONL over processes with GNU parallel.
if command -v parallel >/dev/null 2>&1; then
  parallel --will-cite --pipe --keep-order -N 20 -j 3 "$cli --jsonl --jobs 1 --quiet" < "$work/good.jsonl" > "$work/sharded.jsonl"
  check_ids "$work/sharded.jsonl" 60
  echo "batch: GNU parallel sharding ok"
else
  echo "GNU parallel not installed: sharding recipe not tested" >&2
  [ -z "${CI:-}" ] || exit 1
fi
