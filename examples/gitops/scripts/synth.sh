#!/bin/sh
# Synthesize the examples/environments stacks (what `cdktf synth` runs: the app in cdktf.json).
#   synth.sh APP_DIR OUTDIR     then OUTDIR/stacks/sps-<env> is each environment's document
set -eu
app=${1:?usage: synth.sh APP_DIR OUTDIR}
out=${2:?usage: synth.sh APP_DIR OUTDIR}
mkdir -p "$out"
out=$(CDPATH= cd -- "$out" && pwd)
cd "$app"
CHECKPOINT_DISABLE=1 CDKTF_OUTDIR="$out" npx tsx main.ts
