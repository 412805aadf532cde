#!/bin/sh
# Promotion: one environment's stack, planned and applied. The pipeline runs it for dev, then
# staging, then prod, each job with that environment's SPS_URL / SPS_USERNAME / SPS_PASSWORD
# and (from staging on) a manual approval in between.
#   promote.sh ENV SYNTH_DIR [OUTDIR]
set -eu
here=$(dirname "$0")
. "$here/common.sh"
env=${1:?usage: promote.sh ENV SYNTH_DIR [OUTDIR]}
synth=${2:?usage: promote.sh ENV SYNTH_DIR [OUTDIR]}
out=${3:-sps-$env}
stack="$synth/stacks/sps-$env"
[ -f "$stack/cdk.tf.json" ] || fail "no synthesized stack sps-$env in $synth"
"$here/plan.sh" "$stack" "$out"
"$here/apply.sh" "$out/plan.json"
echo "Promoted to $env."
