#!/usr/bin/env bash
# The official JavaScript SDK (@databricks/sdk-experimental 0.17.0, from npm) against the packaged
# standalone emulator, with the machine's node: start the jar as a user would, eval its exports,
# run sdk-test.mjs. Needs the jar (./mvnw -pl tokens-emulator -am package) and node with npm.
# .ci/run runs it after ./mvnw verify. The package declares node >= 22; this test is what shows
# that the calls it makes work on node 20 too.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
module="$(cd "$here/../../.." && pwd)"
# The runnable jar, not the sources or Javadoc jar beside it.
jar="$(ls "$module"/target/databricks-tokens-emulator-*.jar 2>/dev/null | grep -vE -- '-(sources|javadoc|tests)\.jar$' | head -1 || true)"
if [ -z "$jar" ]; then
  echo "No emulator jar in $module/target: run ./mvnw -pl tokens-emulator -am package first." >&2
  exit 1
fi
command -v node >/dev/null && command -v npm >/dev/null || { echo "node and npm are needed." >&2; exit 1; }
work="$module/target/js"
rm -rf "$work" && mkdir -p "$work"
cp "$here/package.json" "$here/sdk-test.mjs" "$work/"
(cd "$work" && npm install --no-audit --no-fund --loglevel=error)
java -jar "$jar" > "$work/emulator.env" 2> "$work/emulator.log" &
pid=$!
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true' EXIT
for _ in $(seq 1 300); do
  grep -q '^# Databricks emulator ready' "$work/emulator.env" && break
  kill -0 "$pid" 2>/dev/null || { cat "$work/emulator.log" >&2; exit 1; }
  sleep 0.2
done
grep -q '^# Databricks emulator ready' "$work/emulator.env" || { echo "The emulator did not start in 60 s." >&2; exit 1; }
eval "$(grep '^export ' "$work/emulator.env")"
(cd "$work" && HOME="$work" node sdk-test.mjs)   # a home without ~/.databrickscfg: the exports alone
