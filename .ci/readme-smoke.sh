#!/usr/bin/env bash
# The newcomer's first hour: after the README's `npm ci && npm start`, every CLI command the
# README shows (`npx newsparse …` and the GNU parallel recipes) runs as written, from inside
# the clone, on sample files named as the README names them.
#
#   bash .ci/readme-smoke.sh           in this checkout (CI's checkout is a fresh clone whose
#                                      `npm ci` linked the bin before anything was built)
#   bash .ci/readme-smoke.sh --clone   clone HEAD into a scratch folder, `npm ci && npm start`
#                                      there, then run the commands (what a newcomer does)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
scratch=$(mktemp -d)
trap 'rm -rf "$scratch" "${work:-}"' EXIT

if [ "${1:-}" = "--clone" ]; then
  git clone -q "$root" "$scratch/repo"
  cd "$scratch/repo"
  root=$(pwd)
  npm ci --no-audit --no-fund --prefer-offline >"$scratch/npm-ci.log" 2>&1 || { cat "$scratch/npm-ci.log" >&2; exit 1; }
fi

# npm links bins at install time, before the build: the link must point at a committed file.
target=$(readlink node_modules/.bin/newsparse || true)
case "$target" in
  */bin/newsparse.js) ;;
  *) echo "node_modules/.bin/newsparse links to '${target:-nothing}', not the committed bin/newsparse.js" >&2; exit 1 ;;
esac

npm start >"$scratch/start.log" 2>&1 || { cat "$scratch/start.log" >&2; exit 1; }
grep -q 'China-Peru' "$scratch/start.log" || { echo "npm start printed no report" >&2; cat "$scratch/start.log" >&2; exit 1; }

# The README's shell commands (blocks at the start of a line, so not the install steps):
# continuation lines joined, comments dropped.
commands=$(awk '
  /^```sh/ { inside = 1; next }
  /^```/   { inside = 0; next }
  inside {
    line = $0
    if (line ~ /^[ \t]*#/) next
    sub(/[ \t]+#.*$/, "", line)
    if (pending != "") line = pending " " line
    if (line ~ /\\$/) { sub(/[ \t]*\\$/, "", line); pending = line; next }
    pending = ""
    if (line ~ /^npx newsparse/ || (line ~ /^(parallel|ls|find|mkdir|cat) / && line !~ /^ls [a-z]+\/ /)) print line
  }' README.md)
[ -n "$commands" ] || { echo "no newsparse commands found in README.md" >&2; exit 1; }

# Sample inputs under the names the README uses, in a folder inside the clone so that npx
# finds the workspace's bin (a folder outside would make npx look on the registry).
mkdir -p "$root/tmp"
work=$(mktemp -d "$root/tmp/readme-smoke.XXXXXX")
articles="$root/examples/articles"
cp "$articles/global-times-china-peru.txt" "$work/article.txt"
cp "$articles/sample-page.html" "$work/page.html"
mkdir "$work/articles"
cp "$articles"/sample-*.txt "$work/articles/"
node -e '
const fs = require("fs");
const dir = process.argv[1];
const texts = fs.readdirSync(dir).filter((f) => f.endsWith(".txt")).sort().map((f) => fs.readFileSync(dir + "/" + f, "utf8"));
const lines = Array.from({ length: 24 }, (_, i) => JSON.stringify({ id: "doc-" + i, text: texts[i % texts.length] }));
fs.writeFileSync(process.argv[2], lines.join("\n") + "\n");
' "$articles" "$work/corpus.jsonl"
# Web archives as a crawler writes them (wget --warc-file of pages served on 127.0.0.1), and
# a GNU parallel host list naming only this machine.
node "$root/.ci/make-warc.mjs" "$work" >/dev/null
echo ':' >"$work/hosts.txt"

cd "$work"
count=0
while IFS= read -r line; do
  case "$line" in
    parallel*|*'| parallel'*) command -v parallel >/dev/null 2>&1 || { echo "skipped (no GNU parallel): $line" >&2; [ -z "${CI:-}" ] || exit 1; continue; } ;;
  esac
  if ! bash -c "set -o pipefail; $line" </dev/null >"$scratch/out" 2>"$scratch/err"; then
    echo "README command failed: $line" >&2
    cat "$scratch/err" >&2
    exit 1
  fi
  count=$((count + 1))
done <<<"$commands"
echo "readme smoke: npm start and $count README commands ran as written"
