#!/bin/sh
# Pull request: check the document offline, then plan it against the appliance.
#   plan.sh DOCUMENT [OUTDIR]
# Writes OUTDIR/plan.json (the plan to review and later apply; holds no secret) and OUTDIR/plan.md
# (the pull-request comment, always under the forges' 65,536-character limit). Exit 0 with or
# without changes, 1 when the document is invalid or the appliance cannot be planned against.
set -eu
. "$(dirname "$0")/common.sh"
doc=${1:?usage: plan.sh DOCUMENT [OUTDIR]}
out=${2:-sps-plan}
mkdir -p "$out"
$sps validate "$doc" --format "$findings" || fail "$doc is invalid; see the findings above"
code=0
$sps plan "$doc" --out "$out/plan.json" --markdown --detailed-exitcode >"$out/plan.md" || code=$?
case $code in
  0) echo "No changes: the appliance already matches $doc." ;;
  2) echo "Changes planned; the comment is $out/plan.md, the reviewed plan $out/plan.json." ;;
  *) fail "the plan of $doc failed (exit $code)" ;;
esac
