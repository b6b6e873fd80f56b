#!/usr/bin/env bash
# The CLI as users run it: the seed report, the documented errors, and batch mode sharded
# over several processes with GNU parallel (the README's scaling recipe).
set -euo pipefail
cd "$(dirname "$0")/.."
cli="node packages/newsparse/dist/cli.js"
seed=examples/articles/global-times-china-peru.txt
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

$cli --pretty "$seed" | grep -q "China-Peru ties deepen"
$cli --json "$seed" | node -e 'const r=JSON.parse(require("fs").readFileSync(0,"utf8")); if(!r.metadata.title) process.exit(1)'
$cli --version | grep -Eq '^[0-9]+\.[0-9]+\.[0-9]+'

expect_fail() { # code, what, command...
  local want=$1; shift
  set +e; "$@" >"$work/out" 2>"$work/err"; local got=$?; set -e
  if [ "$got" != "$want" ] || [ "$(wc -l <"$work/err")" != 1 ] || grep -q '    at ' "$work/err"; then
    echo "expected exit $want and one error line from: $*" >&2; cat "$work/err" >&2; exit 1
  fi
}
expect_fail 1 $cli /nonexistent/article.txt
: > "$work/empty.txt"; expect_fail 1 $cli "$work/empty.txt"
printf 'a\0b' > "$work/binary.bin"; expect_fail 1 $cli "$work/binary.bin"
expect_fail 2 $cli --no-such-flag "$seed"
expect_fail 2 $cli --timeout soon "$seed"
expect_fail 2 $cli --date soon "$seed"
expect_fail 2 $cli --date 2024-06-27 --reference 2024-06-28 "$seed"
# --date is --reference: the seed's dates resolve the same either way.
[ "$($cli --json --date 2024-06-27 "$seed")" = "$($cli --json --reference 2024-06-27 "$seed")" ] || { echo "--date and --reference differ" >&2; exit 1; }
echo "cli smoke: report and errors ok"

# Every exit code is documented in --help.
help=$($cli --help)
for code in 0 1 2 70 130 143; do grep -Eq "^  $code +[a-z]|; $code by" <<<"$help" || { echo "exit code $code missing from --help" >&2; exit 1; }; done

# --- The CLI never destroys or duplicates data (issue #17) ---------------------------------
ids() { node -e 'process.stdout.write(require("fs").readFileSync(process.argv[1], "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l).id).join(" "))' "$1"; }
one_line() { # stderr file: exactly one line, no stack trace
  [ "$(wc -l <"$1")" = 1 ] && ! grep -q '    at ' "$1" || { echo "expected one error line:" >&2; cat "$1" >&2; exit 1; }
}
d=$work/data; mkdir -p "$d/articles/sub"
cp "$seed" "$d/articles/a.txt"; cp examples/articles/sample-lima-port.txt "$d/articles/sub/b.txt"
node -e '
const fs = require("fs"); const t = fs.readFileSync(process.argv[1], "utf8");
const rec = (i) => ({ id: "doc-" + i, text: t.slice(0, 1500) });
fs.writeFileSync(process.argv[2] + "/in.jsonl", [0, 1, 2, 3, 4].map((i) => JSON.stringify(rec(i))).join("\n") + "\n");
fs.writeFileSync(process.argv[2] + "/noid.jsonl", [0, 1, 2, 3].map((i) => JSON.stringify({ text: rec(i).text })).join("\n") + "\n");
' "$seed" "$d"
sum() { sha256sum "$d/in.jsonl" "$d/articles/a.txt" "$d/articles/sub/b.txt" | cut -c1-64 | tr '\n' ' '; }
before=$(sum)

# Outputs that are, or lead to, an input are refused before anything is written: exit 2.
ln -s in.jsonl "$d/link.jsonl"; ln "$d/in.jsonl" "$d/hard.jsonl"; ln -s articles "$d/articles-link"
expect_fail 2 $cli --jsonl "$d/in.jsonl" -o "$d/in.jsonl"
expect_fail 2 $cli --jsonl "$d/in.jsonl" --errors "$d/in.jsonl"
expect_fail 2 $cli --jsonl "$d/in.jsonl" -o "$d/link.jsonl"
expect_fail 2 $cli --jsonl "$d/in.jsonl" -o "$d/hard.jsonl"
expect_fail 2 $cli --jsonl -o "$d/in.jsonl" < "$d/in.jsonl"
expect_fail 2 bash -c "$cli --jsonl '$d/in.jsonl' >> '$d/in.jsonl'"
expect_fail 2 $cli "$d/articles/a.txt" -o "$d/articles/a.txt"
expect_fail 2 $cli "$d/articles" -o "$d/articles/sub/b.txt"
expect_fail 2 $cli "$d/articles" -o "$d/articles/new.jsonl"
expect_fail 2 $cli "$d/articles" -o "$d/articles-link/new.jsonl"
[ "$(sum)" = "$before" ] || { echo "a refused run changed an input" >&2; exit 1; }
[ ! -e "$d/articles/new.jsonl" ] || { echo "a refused run created a file in the input folder" >&2; exit 1; }
rm "$d/link.jsonl" "$d/hard.jsonl"
echo "cli smoke: outputs that are inputs refused, inputs intact"

# --resume refuses a file that is not newsparse output, untouched.
printf 'my notes\n' > "$d/notes.txt"
expect_fail 2 $cli --jsonl "$d/in.jsonl" --resume -o "$d/notes.txt"
[ "$(cat "$d/notes.txt")" = "my notes" ] || { echo "--resume changed a file that is not its output" >&2; exit 1; }

# Output goes to a temporary file and replaces the target at the end; a run with nothing to
# read leaves the target as it was.
printf 'previous results\n' > "$d/out.jsonl"
set +e; $cli --jsonl --quiet "$d/missing.jsonl" -o "$d/out.jsonl" 2>"$work/err"; code=$?; set -e
[ "$code" = 1 ] && [ "$(cat "$d/out.jsonl")" = "previous results" ] || { echo "a run with nothing to read replaced its output (exit $code)" >&2; exit 1; }
$cli --jsonl --jobs 1 --quiet "$d/in.jsonl" -o "$d/out.jsonl"
[ "$(ids "$d/out.jsonl")" = "doc-0 doc-1 doc-2 doc-3 doc-4" ] || { echo "unexpected output: $(ids "$d/out.jsonl")" >&2; exit 1; }
! ls -A "$d" | grep -q newsparse-tmp || { echo "temporary file left behind" >&2; exit 1; }

# --resume validates the last line by parsing it: a torn line that ends in "}" is redone.
head -2 "$d/out.jsonl" > "$d/torn.jsonl"; sed -n 3p "$d/out.jsonl" | cut -c1-300 | sed 's/$/}/' >> "$d/torn.jsonl"
$cli --jsonl --jobs 1 --quiet --resume "$d/in.jsonl" -o "$d/torn.jsonl"
[ "$(ids "$d/torn.jsonl")" = "doc-0 doc-1 doc-2 doc-3 doc-4" ] || { echo "torn last line not redone: $(ids "$d/torn.jsonl")" >&2; exit 1; }
echo "cli smoke: temporary output, --resume checks its target and its last line"

# Records without an id get the same id from a file and from standard input.
$cli --jsonl --jobs 1 --quiet "$d/noid.jsonl" -o "$d/noid.out"
head -2 "$d/noid.out" > "$d/noid-part.out"
$cli --jsonl --jobs 1 --quiet --resume -o "$d/noid-part.out" < "$d/noid.jsonl"
[ "$(ids "$d/noid-part.out")" = "line:1 line:2 line:3 line:4" ] || { echo "ids differ between file and stdin: $(ids "$d/noid-part.out")" >&2; exit 1; }

# Each real file is read once: a symlink loop and a second link to a file add nothing.
ln -s .. "$d/articles/sub/loop"; ln -s ../a.txt "$d/articles/sub/again.txt"
$cli --jobs 1 --quiet "$d/articles" "$d/articles/a.txt" -o "$d/folder.jsonl"
[ "$(ids "$d/folder.jsonl")" = "$d/articles/a.txt $d/articles/sub/b.txt" ] || { echo "files read more than once: $(ids "$d/folder.jsonl")" >&2; exit 1; }
rm "$d/articles/sub/loop" "$d/articles/sub/again.txt"

# Devices, FIFOs and missing paths are refused and reported; the rest are parsed (exit 1).
mkfifo "$d/fifo"
expect_fail 1 timeout 20 $cli /dev/zero
expect_fail 1 timeout 20 $cli "$d/fifo"
set +e; timeout 60 $cli --jobs 1 --quiet "$d/nope.txt" /dev/zero "$d/fifo" "$d/articles/a.txt" -o "$d/mixed.jsonl" 2>"$work/err"; code=$?; set -e
[ "$code" = 1 ] && [ "$(ids "$d/mixed.jsonl")" = "$d/articles/a.txt" ] && [ "$(wc -l <"$work/err")" = 3 ] || { echo "bad paths must be reported and the rest parsed (exit $code)" >&2; cat "$work/err" >&2; exit 1; }
grep -q 'nope.txt: no such file' "$work/err" && grep -q '/dev/zero: is a character device' "$work/err" && grep -q 'fifo: is a FIFO' "$work/err"
echo "cli smoke: stable ids, each file once, devices/FIFOs/missing paths reported"

# Invalid UTF-8 fails that record, reported with its line and id; the others are parsed.
{ sed -n 1p "$d/in.jsonl"; printf '{"id":"latin1","text":"Caf\xe9 owner Ana Ruiz said: \\"We open in July.\\""}\n'; sed -n 2p "$d/in.jsonl"; } > "$d/utf.jsonl"
set +e; $cli --jsonl --jobs 1 --quiet "$d/utf.jsonl" > "$d/utf.out" 2>"$work/err"; code=$?; set -e
[ "$code" = 1 ] && [ "$(ids "$d/utf.out")" = "doc-0 doc-1" ] && grep -q 'utf.jsonl:2 (id latin1): not valid UTF-8' "$work/err" || { echo "invalid UTF-8 not reported as documented (exit $code)" >&2; cat "$work/err" >&2; exit 1; }
printf 'Caf\xe9 owner Ana Ruiz said so.\n' > "$work/latin1.txt"; expect_fail 1 $cli "$work/latin1.txt"
echo "cli smoke: invalid UTF-8 reported"

# Write errors: one line naming the file and the error, exit 1, no stack trace.
expect_fail 1 $cli --jsonl --jobs 1 "$d/in.jsonl" -o /dev/full
grep -q 'cannot write /dev/full: no space left on device (ENOSPC)' "$work/err"
set +e; $cli --json "$seed" > /dev/full 2>"$work/err"; code=$?; set -e
[ "$code" = 1 ] && one_line "$work/err" && grep -q 'no space left on device' "$work/err"
expect_fail 1 $cli --jsonl --jobs 1 "$d/in.jsonl" -o /sys/newsparse-smoke.jsonl
grep -q 'permission denied (EACCES)' "$work/err"
node -e 'const fs = require("fs"); const l = fs.readFileSync(process.argv[1], "utf8"); fs.writeFileSync(process.argv[2], l.repeat(40))' "$d/in.jsonl" "$d/many.jsonl"
set +e; $cli --jsonl --jobs 1 --quiet "$d/many.jsonl" 2>"$work/err" | head -c 100 >/dev/null; code=${PIPESTATUS[0]}; set -e
[ "$code" = 1 ] && one_line "$work/err" && grep -q 'standard output.*(EPIPE)' "$work/err" || { echo "closed pipe: exit $code" >&2; cat "$work/err" >&2; exit 1; }
# A write refused half-way (here a file size limit): the lines written stay valid, --resume completes them.
limit=$(( $(head -1 "$d/out.jsonl" | wc -c) / 1024 + 1 )) # KB: room for the first result line only
set +e; (ulimit -f "$limit"; $cli --jsonl --jobs 1 --quiet "$d/in.jsonl" -o "$d/limited.jsonl" 2>"$work/err"); code=$?; set -e
[ "$code" = 1 ] && one_line "$work/err" && grep -q 'cannot write .*limited.jsonl: file too large (EFBIG)' "$work/err" || { echo "write error half-way: exit $code" >&2; cat "$work/err" >&2; exit 1; }
kept=$(ids "$d/limited.jsonl")
$cli --jsonl --jobs 1 --quiet --resume "$d/in.jsonl" -o "$d/limited.jsonl"
[ "$(ids "$d/limited.jsonl")" = "doc-0 doc-1 doc-2 doc-3 doc-4" ] || { echo "--resume after a write error: $(ids "$d/limited.jsonl")" >&2; exit 1; }
echo "cli smoke: write errors (ENOSPC, EACCES, EPIPE, EFBIG after '${kept}') in one line, --resume completes"

# Output is flushed as each record completes while the input pauses, and Ctrl-C stops
# within a second even while standard input sends nothing.
mkfifo "$d/paused.fifo"
{ sed -n 1p "$d/in.jsonl"; exec sleep 60; } > "$d/paused.fifo" & feeder=$!
$cli --jsonl --jobs 1 --quiet < "$d/paused.fifo" > "$d/slow.out" 2>"$work/err" & pid=$!
for _ in $(seq 1 300); do [ -s "$d/slow.out" ] && break; sleep 0.1; done
[ "$(ids "$d/slow.out")" = "doc-0" ] || { echo "a finished record was not written while the input paused" >&2; exit 1; }
started=$(date +%s%N); kill -INT "$pid"; set +e; wait "$pid"; code=$?; set -e; ms=$(( ($(date +%s%N) - started) / 1000000 ))
kill "$feeder" 2>/dev/null || true
[ "$code" = 130 ] && [ "$ms" -lt 1000 ] || { echo "Ctrl-C on a paused input: exit $code after $ms ms" >&2; exit 1; }
echo "cli smoke: flushed while the input paused; Ctrl-C stopped in $ms ms"
echo "cli smoke: ok"

if [ -x .ci/batch-smoke.sh ]; then bash .ci/batch-smoke.sh; fi
