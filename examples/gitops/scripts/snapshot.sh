#!/bin/sh
# Scheduled (or by hand): capture the appliance into the snapshot the pull-request twin plans against.
#   snapshot.sh OUT_FILE      e.g. sps/appliance.snapshot.json; commit it (it holds no secret)
# Read-only: a read-only REST user is enough. Every secret in the file is the mask ********.
set -eu
. "$(dirname "$0")/common.sh"
out=${1:?usage: snapshot.sh OUT_FILE}
mkdir -p "$(dirname "$out")"
$sps snapshot --out "$out" || fail "the snapshot of the appliance failed"
echo "Wrote $out: commit it, and pull requests plan against a twin of this appliance."
