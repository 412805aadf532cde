#!/bin/sh
# Nightly: fail the job when the appliance differs from the document, and say what differs.
#   drift.sh DOCUMENT [OUTDIR]      writes OUTDIR/drift.md (the same report as a comment or issue body)
set -eu
. "$(dirname "$0")/common.sh"
doc=${1:?usage: drift.sh DOCUMENT [OUTDIR]}
out=${2:-sps-drift}
mkdir -p "$out"
code=0
$sps drift "$doc" --detailed-exitcode --markdown >"$out/drift.md" || code=$?
case $code in
  0) echo "No drift: the appliance matches $doc." ;;
  2)
    $sps drift "$doc" || true # the field-level report in the job log
    fail "the appliance drifted from $doc; see $out/drift.md"
    ;;
  *) fail "the drift check of $doc failed (exit $code)" ;;
esac
