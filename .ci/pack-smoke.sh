#!/usr/bin/env bash
# What users get from npm: pack every public package, install the tarballs into a scratch
# project, then import (ESM) and require (CJS) each one and run the CLI through npx.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

packages=(core dateline entities metadata quotes newsparse)
for package in "${packages[@]}"; do
  (cd "packages/$package" && npm pack --silent --pack-destination "$scratch" >/dev/null)
done
cd "$scratch"
npm init -y >/dev/null
npm install --no-audit --no-fund --silent ./*.tgz >/dev/null

names=(@newsparse/core @newsparse/dateline @newsparse/entities @newsparse/metadata @newsparse/quotes newsparse)
for name in "${names[@]}"; do
  node --input-type=module -e "const m = await import('$name'); if (Object.keys(m).length === 0) process.exit(1);"
  node -e "const m = require('$name'); if (Object.keys(m).length === 0) process.exit(1);"
done
node -e "
const { parseArticle } = require('newsparse');
const r = parseArticle(require('fs').readFileSync('$root/examples/articles/global-times-china-peru.txt', 'utf8'));
if (!r.metadata.title) process.exit(1);"
npx --no-install newsparse --version >/dev/null
npx --no-install newsparse --pretty "$root/examples/articles/global-times-china-peru.txt" | grep -q 'China-Peru'
echo "pack smoke: ${#names[@]} tarballs import, require and run the CLI"
