#!/usr/bin/env bash
# The CLI at corpus scale (issue 7's figures): articles/s and peak memory with --jobs 1 and
# --jobs 2 over N articles (PolNeAR texts repeated; research-only, read in place, never
# copied into the repository), memory at N/5 vs N (flat when streamed), and a SIGTERM in
# the middle of a run followed by --resume (nothing lost, nothing twice).
#   bash tools/bench/cli-scaling.sh [N=5000]
# The rates include each worker's start and V8's warm-up (its optimising compiler runs on
# the spare core with one job, and competes with the workers with two), so the ratio
# grows with N: run it with N=20000 as well for the corpus-scale figure.
# NEWSPARSE_CLI overrides the command (e.g. a built copy outside the tree).
set -euo pipefail
cd "$(dirname "$0")/../.."
n=${1:-5000}
shared=${NEWSPARSE_SHARED:-../shared}
corpus="$shared/corpora/polnear-quotes/data.jsonl"
[ -f "$corpus" ] || { echo "no corpus at $corpus"; exit 0; }
cli=${NEWSPARSE_CLI:-node packages/newsparse/dist/cli.js}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

node -e '
const fs = require("fs");
const [corpus, n, out] = process.argv.slice(1);
const docs = fs.readFileSync(corpus, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l));
const fd = fs.openSync(out, "w");
for (let i = 0; i < +n; i++) { const d = docs[i % docs.length]; fs.writeSync(fd, JSON.stringify({ id: "a" + i, text: d.text, published: d.date }) + "\n"); }
' "$corpus" "$n" "$work/in.jsonl"
head -n $((n / 5)) "$work/in.jsonl" > "$work/small.jsonl"
echo "input: $n articles, $(du -m "$work/in.jsonl" | cut -f1) MB"

run() { # label jobs input
  /usr/bin/time -f "%e %M" -o "$work/time" $cli --jsonl --quiet --jobs "$2" -o "$work/out.jsonl" "$3"
  read -r seconds kb < "$work/time"
  local count; count=$(wc -l < "$work/out.jsonl")
  node -e "const [l,c,s,k]=process.argv.slice(1); console.log(l.padEnd(24), (c/s).toFixed(1).padStart(7), 'articles/s ', String(c).padStart(6), 'articles in', (+s).toFixed(1).padStart(6), 's   peak RSS', (k/1024).toFixed(0), 'MiB')" "$1" "$count" "$seconds" "$kb"
  echo "$count $seconds" > "$work/$1.rate"
  echo $((kb / 1024)) > "$work/$1.rss"
}
run "jobs1" 1 "$work/in.jsonl"
run "jobs2" 2 "$work/in.jsonl"
run "jobs2-fifth" 2 "$work/small.jsonl"
node -e '
const fs = require("fs"); const r = (n) => fs.readFileSync(process.argv[1] + "/" + n + ".rate", "utf8").split(" ").map(Number);
const [c1, s1] = r("jobs1"), [c2, s2] = r("jobs2");
console.log("speed-up --jobs 2 / --jobs 1:", ((c2 / s2) / (c1 / s1)).toFixed(2) + "x");' "$work"
echo "peak RSS of --jobs 2: $(cat "$work/jobs2-fifth.rss") MiB over $((n / 5)) articles, $(cat "$work/jobs2.rss") MiB over $n (flat when streamed)"

# SIGTERM mid-run, then resume. (A fresh run writes to a temporary file renamed when it ends
# or is stopped by a signal; kill -9 leaves only that temporary file, and --resume starts over.)
$cli --jsonl --quiet --jobs 2 -o "$work/resume.jsonl" "$work/in.jsonl" & pid=$!
sleep 8; kill -TERM $pid; wait $pid 2>/dev/null || true
node -e 'const fs=require("fs"); if (!fs.existsSync(process.argv[1])) { console.log("after SIGTERM: nothing written yet"); process.exit(0); } const l=fs.readFileSync(process.argv[1],"utf8"); const lines=l.split("\n"); const last=lines.pop(); let ok=0; for (const x of lines) { JSON.parse(x); ok++; } console.log("after SIGTERM:", ok, "complete lines, trailing fragment:", last.length ? last.length + " chars" : "none");' "$work/resume.jsonl"
$cli --jsonl --quiet --jobs 2 --resume -o "$work/resume.jsonl" "$work/in.jsonl"
node -e '
const ids = require("fs").readFileSync(process.argv[1], "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l).id);
const unique = new Set(ids);
console.log("after --resume:", ids.length, "lines,", unique.size, "unique ids of", +process.argv[2], unique.size === +process.argv[2] && ids.length === unique.size ? "(nothing lost, nothing twice)" : "(MISMATCH)");' "$work/resume.jsonl" "$n"
