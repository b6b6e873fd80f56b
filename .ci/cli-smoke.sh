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
echo "cli smoke: ok"

if [ -x .ci/batch-smoke.sh ]; then bash .ci/batch-smoke.sh; fi
