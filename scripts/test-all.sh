#!/usr/bin/env bash
# `npm test`: every check and suite — typecheck, lint, unit + API tests on both engines, end-to-end in
# Chromium — then one closing line summing them all: "N passed, N failed".
set -u
cd "$(dirname "$0")/.."
out=test-reports
mkdir -p "$out"
rm -f "$out/vitest.json" "$out/playwright.json"
failed_checks=()

echo "== typecheck"; npx tsc --noEmit -p tsconfig.json || failed_checks+=(typecheck)
echo "== lint"; npx biome check . || failed_checks+=(lint)
echo "== unit and API tests (embedded PostgreSQL, PGlite and external PostgreSQL)"
npx vitest run --reporter=default --reporter=json --outputFile.json="$out/vitest.json"
echo "== build"; npx vite build --logLevel warn || failed_checks+=(build)
echo "== end-to-end tests (Chromium)"
PLAYWRIGHT_JSON_OUTPUT_NAME="$out/playwright.json" npx playwright test --reporter=list,json

node scripts/summarize-tests.ts "$out/vitest.json" "$out/playwright.json" "${failed_checks[@]}"
