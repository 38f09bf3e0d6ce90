#!/usr/bin/env bash
# `npm test`: every check and suite — typecheck, lint, unit + API tests on three stores, end-to-end in
# Chromium — then one closing line summing them all: "N passed, N failed".
set -u
cd "$(dirname "$0")/.."
out=test-reports
mkdir -p "$out"
rm -f "$out"/vitest-*.json "$out"/vitest-*.log "$out/playwright.json"
failed_checks=()

echo "== typecheck"; npx tsc --noEmit -p tsconfig.json || failed_checks+=(typecheck)
echo "== lint"; npx biome check . || failed_checks+=(lint)

# The API projects spend their time waiting on their servers, not on this process: one vitest per store,
# side by side, each running its files one at a time against its own server (files of one project share
# a server and its settings, so they must not run concurrently). Each writes its own log and report.
echo "== unit and API tests (embedded PostgreSQL, PGlite and external PostgreSQL, side by side)"
suites=("unit api-embedded" "api-pglite" "api-postgres")
pids=()
for suite in "${suites[@]}"; do
  name=${suite// /+}
  projects=()
  for project in $suite; do projects+=(--project "$project"); done
  npx vitest run "${projects[@]}" --reporter=default --reporter=json \
    --outputFile.json="$out/vitest-$name.json" >"$out/vitest-$name.log" 2>&1 &
  pids+=($!)
done
for i in "${!pids[@]}"; do
  wait "${pids[$i]}"
  name=${suites[$i]// /+}
  echo "-- $name"
  cat "$out/vitest-$name.log"
done

echo "== build"; npx vite build --logLevel warn || failed_checks+=(build)
echo "== end-to-end tests (Chromium)"
PLAYWRIGHT_JSON_OUTPUT_NAME="$out/playwright.json" npx playwright test --reporter=list,json

reports=()
for suite in "${suites[@]}"; do reports+=("vitest:$out/vitest-${suite// /+}.json"); done
node scripts/summarize-tests.ts "${reports[@]}" "playwright:$out/playwright.json" "${failed_checks[@]/#/check:}"
