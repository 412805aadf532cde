#!/bin/sh
# Pull request, with no appliance credentials (forks included): plan the document against a twin —
# an emulator serving the snapshot kept in the repository (sps-emulator --from) — instead of the
# appliance. The real plan still runs where credentials are (same-repository pull requests, merge).
#   twin-plan.sh SNAPSHOT DOCUMENT [OUTDIR]     writes OUTDIR/plan.md (the comment) and OUTDIR/plan.json
set -eu
here=$(dirname "$0")
. "$here/common.sh"
snapshot=${1:?usage: twin-plan.sh SNAPSHOT DOCUMENT [OUTDIR]}
doc=${2:?usage: twin-plan.sh SNAPSHOT DOCUMENT [OUTDIR]}
out=${3:-sps-twin-plan}
[ -f "$snapshot" ] || fail "no snapshot at $snapshot (run snapshot.sh against the appliance and commit it)"
mkdir -p "$out"
work=$(mktemp -d)
twin_pid=
stop_twin() {
  [ -z "$twin_pid" ] || kill "$twin_pid" 2>/dev/null || true
  [ -z "$twin_pid" ] || wait "$twin_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap stop_twin EXIT
mkfifo "$work/details"
$sps_emulator --from "$snapshot" --port 0 --json --ca-file "$work/ca.pem" >"$work/details" &
twin_pid=$!
read -r details <"$work/details" || fail "the twin of $snapshot did not start"
field() { printf '%s' "$details" | sed -n "s/.*\"$1\":\"\([^\"]*\)\".*/\1/p"; }
SPS_URL=$(field url) SPS_USERNAME=$(field username) SPS_PASSWORD=$(field password) SPS_CA_FILE="$work/ca.pem"
export SPS_URL SPS_USERNAME SPS_PASSWORD SPS_CA_FILE
unset SPS_INSECURE
echo "Planning $doc against a twin of the appliance ($snapshot) at $SPS_URL"
"$here/plan.sh" "$doc" "$out"
taken=$(sed -n 's/^ *"takenAt": "\([^"]*\)".*/\1/p' "$snapshot" | head -n 1)
{
  printf '> Planned against a **twin** of the appliance: the snapshot `%s` (taken %s), not the appliance itself.\n\n' "$snapshot" "$taken"
  cat "$out/plan.md"
} >"$out/plan.md.tmp" && mv "$out/plan.md.tmp" "$out/plan.md"
