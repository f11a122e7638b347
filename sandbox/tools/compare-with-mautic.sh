#!/usr/bin/env bash
# Held-out comparison of the sandbox with a real Mautic 5.1.0: runs every scenario of
# sandbox/src/test/resources/fidelity/scenarios (create, act, read, clean up) against the real Mautic and against a
# fresh empty sandbox, compares each answer by shape (status, keys and their order, value types, nulls, list lengths)
# and prints the share that has Mautic's shape. Details: sandbox/target/fidelity/comparison.txt and
# comparison-differences.json.
#
#   MAUTIC_URL=http://127.0.0.1:8089 MAUTIC_PASS='Admin12345!' MAUTIC_SRC=/path/to/mautic \
#   MAUTIC_RESET='MAUTIC_REAL_DIR=... bash .../reset-fresh.sh' bash sandbox/tools/compare-with-mautic.sh [--record] [-Dfidelity.only=contacts]
#
# MAUTIC_URL       the real Mautic (REST API and HTTP Basic enabled)                       (required)
# MAUTIC_USER/PASS its API user                                                            (admin / Admin12345!)
# MAUTIC_SRC       its folder: scenarios that rebuild segments run its bin/console         (required for those)
# MAUTIC_RESET     a command that resets it to a fresh install first (both sides fresh)    (none: reset it yourself)
# --record         also writes Mautic's exchanges to api-spec/src/test/resources/recordings/5.1.0-scenarios, which
#                  the build replays (RecordedScenariosReplayIT); its earlier recordings (*.json) are removed first
# Other arguments go to Maven (e.g. -Dmaven.repo.local=..., -o, -Dfidelity.only=<part of a scenario name>).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
: "${MAUTIC_URL:?set MAUTIC_URL to the real Mautic}"
args=()
record=""
for a in "$@"; do
  if [ "$a" = "--record" ]; then record="$root/api-spec/src/test/resources/recordings/5.1.0-scenarios"; else args+=("$a"); fi
done
if [ -n "${MAUTIC_RESET:-}" ]; then sh -c "$MAUTIC_RESET"; fi
if [ -n "$record" ]; then mkdir -p "$record"; rm -f "$record"/*.json; args+=("-Dfidelity.record=$record"); fi
rebuild=""
if [ -n "${MAUTIC_SRC:-}" ]; then rebuild="cd '$MAUTIC_SRC' && php bin/console mautic:segments:update -q"; fi
cd "$root"
./mvnw -B -q -pl sandbox -am verify -DskipTests=false -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
  -Dit.test=MauticComparisonIT -Dfailsafe.failIfNoSpecifiedTests=false \
  -Dfidelity.mautic-url="$MAUTIC_URL" -Dfidelity.mautic-credentials="${MAUTIC_USER:-admin}:${MAUTIC_PASS:-Admin12345!}" \
  -Dfidelity.mautic-segment-rebuild="$rebuild" "${args[@]}" || status=$?
tail -1 "$root/sandbox/target/fidelity/comparison.txt"
exit ${status:-0}
