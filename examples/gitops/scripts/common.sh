# Shared by the pipeline scripts: which `sps` to run, and the output format of the forge we run on.
# SPS overrides the command (the test runs this checkout's bin/sps); installed from npm it is `sps`.
sps=${SPS:-sps}
# the emulator that serves a snapshot as a twin (SPS_EMULATOR overrides it like SPS)
sps_emulator=${SPS_EMULATOR:-sps-emulator}
if [ -n "${GITHUB_ACTIONS:-}" ]; then findings=github; else findings=text; fi
# Fail the job with a message the forge shows next to the job (an annotation on GitHub).
fail() {
  if [ "$findings" = github ]; then echo "::error title=sps::$1"; else echo "error: $1" >&2; fi
  exit 1
}
