#!/usr/bin/env bash
# A release, rehearsed end to end against a local npm registry (verdaccio on 127.0.0.1):
# on a scratch clone, `changeset version` applies the pending changesets and `changeset
# publish` (what `npm run release` and .github/workflows/release.yml run) publishes all six
# packages; then an empty project installs `newsparse` alone from that registry, imports it
# (ESM and CJS) and runs `npx newsparse` on the seed article.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
seed="$root/examples/articles/global-times-china-peru.txt"
# 6.8 is the last verdaccio whose engines field takes Node 20.
verdaccio_version=6.8.0
scratch=$(mktemp -d)
registry_pid=
cleanup() {
  if [ -n "$registry_pid" ]; then kill "$registry_pid" 2>/dev/null || true; wait "$registry_pid" 2>/dev/null || true; fi
  rm -rf "$scratch"
}
trap cleanup EXIT
export npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false

# The registry: our packages live only here; everything else is proxied from the registry
# npm is configured with, so installs resolve third-party dependencies as users' would.
upstream=$(npm config get registry)
npm install --prefix "$scratch/verdaccio" --no-save --no-package-lock --prefer-offline --silent "verdaccio@$verdaccio_version" >/dev/null
port=$(node -e 'const s = require("net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); })')
registry="http://127.0.0.1:$port/"
cat >"$scratch/verdaccio/config.yaml" <<EOF
storage: $scratch/verdaccio/storage
auth:
  htpasswd:
    file: $scratch/verdaccio/htpasswd
    max_users: 1
uplinks:
  upstream:
    url: $upstream
    timeout: 60s
packages:
  '@newsparse/*':
    access: \$all
    publish: \$authenticated
  'newsparse':
    access: \$all
    publish: \$authenticated
  '**':
    access: \$all
    proxy: upstream
log: { type: stdout, format: pretty, level: warn }
EOF
"$scratch/verdaccio/node_modules/.bin/verdaccio" --config "$scratch/verdaccio/config.yaml" --listen "127.0.0.1:$port" >"$scratch/verdaccio.log" 2>&1 &
registry_pid=$!
for _ in $(seq 1 100); do
  node -e 'fetch(process.argv[1] + "-/ping").then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))' "$registry" && break
  kill -0 "$registry_pid" 2>/dev/null || { echo "verdaccio did not start" >&2; cat "$scratch/verdaccio.log" >&2; exit 1; }
  sleep 0.2
done
# A publisher account (the first user may sign up), and its token for npm.
token=$(node -e '
const [registry] = process.argv.slice(1);
fetch(registry + "-/user/org.couchdb.user:release-smoke", {
  method: "PUT", headers: { "content-type": "application/json" },
  body: JSON.stringify({ name: "release-smoke", password: "release-smoke-" + process.pid }),
}).then(async (r) => { const body = await r.json(); if (!body.token) throw new Error(JSON.stringify(body)); console.log(body.token); });
' "$registry")
# From here on npm (changesets' publish included) talks to the local registry only.
{ [ -f "$HOME/.npmrc" ] && cat "$HOME/.npmrc"; printf 'registry=%s\n//127.0.0.1:%s/:_authToken=%s\n' "$registry" "$port" "$token"; } >"$scratch/npmrc"
export npm_config_userconfig="$scratch/npmrc" npm_config_registry="$registry"

# Version, build and publish on a scratch clone, with this checkout's dependencies and builds.
git clone -q "$root" "$scratch/repo"
ln -s "$root/node_modules" "$scratch/repo/node_modules"
for package in core dateline entities metadata quotes newsparse; do
  cp -R "packages/$package/dist" "$scratch/repo/packages/$package/dist"
done
cd "$scratch/repo"
git config user.email release-smoke@localhost && git config user.name release-smoke
npx changeset version >"$scratch/version.log" 2>&1 || { cat "$scratch/version.log" >&2; exit 1; }
version=$(node -p 'require("./packages/newsparse/package.json").version')
# `npm run release` rebuilds, checks the exports and publishes. The builds above come from the
# same sources (CI checked their exports); only the CLI's carries the version, so rebuild it.
(cd packages/newsparse && npx tsup --silent) >"$scratch/build.log" 2>&1 || { cat "$scratch/build.log" >&2; exit 1; }
npx changeset publish >"$scratch/publish.log" 2>&1 || { cat "$scratch/publish.log" >&2; exit 1; }
node -e '
const [registry, version] = process.argv.slice(1);
const names = ["@newsparse/core", "@newsparse/dateline", "@newsparse/entities", "@newsparse/metadata", "@newsparse/quotes", "newsparse"];
Promise.all(names.map(async (name) => {
  const response = await fetch(registry + name.replace("/", "%2f"));
  const latest = response.ok ? (await response.json())["dist-tags"]?.latest : null;
  if (latest !== version) throw new Error(`${name}: the registry has ${latest ?? "nothing"}, expected ${version}`);
})).catch((error) => { console.error(error.message); process.exit(1); });
' "$registry" "$version" || { cat "$scratch/publish.log" >&2; exit 1; }
echo "release smoke: changeset version and publish put all six packages at $version on the local registry"

# A user's empty project: install newsparse alone, import, require, run the CLI.
mkdir "$scratch/app" && cd "$scratch/app"
npm init -y >/dev/null
npm install --prefer-offline --silent newsparse >"$scratch/install.log" 2>&1 || { cat "$scratch/install.log" >&2; exit 1; }
node --input-type=module -e "
import { parseArticle } from 'newsparse';
import { readFileSync } from 'node:fs';
const article = parseArticle(readFileSync('$seed', 'utf8'));
if (!article.metadata.title?.includes('China-Peru') || article.quotes.length === 0) process.exit(1);"
node -e "
const { parseArticle } = require('newsparse');
const article = parseArticle(require('fs').readFileSync('$seed', 'utf8'));
if (!article.metadata.title || article.entities.entities.length === 0) process.exit(1);"
[ "$(npx --no-install newsparse --version)" = "$version" ]
npx --no-install newsparse --pretty "$seed" >"$scratch/report.txt"
for expected in 'China-Peru ties deepen' 'People (' 'Quotes (' 'Dates ('; do
  grep -q "$expected" "$scratch/report.txt" || { echo "the report lacks '$expected'" >&2; cat "$scratch/report.txt" >&2; exit 1; }
done
if grep -q '^Dates (0)' "$scratch/report.txt"; then echo "the report resolved no dates" >&2; exit 1; fi
echo "release smoke: newsparse $version installed alone from the registry; import, require and npx newsparse ok"
