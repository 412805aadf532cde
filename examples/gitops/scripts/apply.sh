#!/bin/sh
# Merge: apply exactly the plan that was reviewed, in one transaction. `sps apply PLAN` refuses a
# plan the appliance no longer matches (changed since the review) and a document edited since.
#   apply.sh PLAN_FILE
set -eu
. "$(dirname "$0")/common.sh"
plan=${1:?usage: apply.sh PLAN_FILE}
[ -f "$plan" ] || fail "no reviewed plan at $plan (did the plan job run on this commit?)"
code=0
$sps apply "$plan" --auto-approve || code=$?
[ "$code" -eq 0 ] || fail "the reviewed plan was not applied (exit $code); plan again and review the new plan"
