# Sourced by the launchers (bin/sps, bin/terraform-provider-sps). They run a single-file esbuild
# bundle of their TypeScript entry point: it starts in about half the time the TypeScript loader
# takes. The bundle is rebuilt whenever it is missing or any source (or package.json) is newer, so
# stale code never runs; it is built next to its target and renamed into place, so concurrent
# launches never see a half-written bundle.
#
# fresh_bundle ROOT ENTRY BUNDLE [BEFORE_PUBLISH]
#   BEFORE_PUBLISH, a shell function, is called with the bundle's folder after a build and before
#   the rename (to place files the bundle reads at run time). Fails, having said why on stderr,
#   when the build fails.
fresh_bundle() {
  fb_root=$1 fb_entry=$2 fb_bundle=$3 fb_before=${4:-}
  if [ -f "$fb_bundle" ] && [ -z "$(find "$fb_root/src" "$fb_root/package.json" -newer "$fb_bundle" -print -quit)" ]; then
    return 0
  fi
  fb_out=$(dirname -- "$fb_bundle")
  mkdir -p "$fb_out" || return 1
  fb_tmp="$fb_bundle.$$.tmp"
  # the bundle carries the time its build started: a source saved during the build is newer, so the
  # next launch builds again instead of running what the build read before the save
  : >"$fb_tmp.start" || return 1
  # --keep-names: error classes report their own names (SpsApiError, …), as they do from source
  "$fb_root/node_modules/.bin/esbuild" "$fb_entry" --bundle --platform=node --target=node20 --keep-names \
    --log-level=error --outfile="$fb_tmp" >&2 || { rm -f "$fb_tmp" "$fb_tmp.start"; return 1; }
  if [ -n "$fb_before" ]; then "$fb_before" "$fb_out" || { rm -f "$fb_tmp" "$fb_tmp.start"; return 1; }; fi
  touch -r "$fb_tmp.start" "$fb_tmp" 2>/dev/null
  rm -f "$fb_tmp.start"
  mv -f "$fb_tmp" "$fb_bundle"
}
