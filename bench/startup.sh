#!/usr/bin/env bash
# Start-up benchmark: runs everyday commands on this project's own tree N times each (default 20)
# and prints min / median / max wall time and the peak resident memory per command.
# Usage: bench/startup.sh [runs]      (builds the jar and its CDS archive first if needed)
#   PLAIN=1 bench/startup.sh   runs every command as `java -jar target/wazir.jar` with no archive and
#                              no JVM options: the baseline that shows what the launcher's set-up buys
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd -P)
runs=${1:-20}

./wazir --help >/dev/null            # builds the jar when missing or stale
if [ ! -f target/wazir.jsa ] || [ target/wazir.jar -nt target/wazir.jsa ]; then
  java -XX:ArchiveClassesAtExit=target/wazir.jsa.tmp -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData \
    -cp target/wazir.jar dev.wazir.startup.CdsTraining "$root" >/dev/null 2>&1 && mv -f target/wazir.jsa.tmp target/wazir.jsa
fi
export WAZIR_NO_REBUILD=1

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
state="$work/state"
./wazir capture init --run bench --phase clarify --status running --state-root "$state" >/dev/null 2>&1 || echo "note: capture init failed; the capture event row measures an error path" >&2
printf '{"session_id":"bench","cwd":"%s","hook_event_name":"PreToolUse","tool_name":"Write","tool_input":{"file_path":"%s/src/main/java/Example.java","content":"x"}}\n' \
  "$root" "$root" > "$work/payload.json"

have_time=
if [ -x /usr/bin/time ] && /usr/bin/time -f %M true >/dev/null 2>&1; then have_time=1; fi

measure() {   # measure LABEL STDIN-FILE COMMAND...
  local label=$1 input=$2; shift 2
  local times=() peak=0 i start end kb
  for ((i = 0; i < runs; i++)); do
    start=$(date +%s%N)
    if [ -n "$have_time" ]; then
      /usr/bin/time -o "$work/mem" -f %M "$@" <"$input" >/dev/null 2>&1 || true
      kb=$(tail -n 1 "$work/mem")
    else
      "$@" <"$input" >/dev/null 2>&1 || true
      kb=0
    fi
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000000 )))
    if [[ "$kb" =~ ^[0-9]+$ ]] && (( kb > peak )); then peak=$kb; fi
  done
  local sorted
  sorted=($(printf '%s\n' "${times[@]}" | sort -n))
  local n=${#sorted[@]}
  local median
  if (( n % 2 )); then median=${sorted[$((n / 2))]}; else median=$(( (sorted[n / 2 - 1] + sorted[n / 2]) / 2 )); fi
  awk -v l="$label" -v a="${sorted[0]}" -v m="$median" -v z="${sorted[$((n - 1))]}" -v p="$peak" \
    'BEGIN { printf "%-34s %8.3f %8.3f %8.3f %9.1f\n", l, a / 1000, m / 1000, z / 1000, p / 1024 }'
}

printf 'wazir start-up, %s runs each, %s, %s cores, %s\n' "$runs" "$(java -version 2>&1 | head -n 1)" "$(nproc)" \
  "$( [ -z "${PLAIN:-}" ] && [ -f target/wazir.jsa ] && echo 'CDS archive on' || echo 'no CDS archive')"
printf '%-34s %8s %8s %8s %9s\n' command 'min s' 'median s' 'max s' 'peak MiB'
if [ -n "${PLAIN:-}" ]; then
  w="java -jar target/wazir.jar"; guard="java -jar target/wazir.jar hook protected-path"; mode="plain java -jar, no archive"
else
  w="./wazir"; guard="hooks/protected-path-write-guard"; mode="launcher"
fi
echo "mode: $mode"
measure "wazir --help"                 /dev/null $w --help
measure "wazir validate manifest"      /dev/null $w validate manifest
measure "wazir validate hooks"         /dev/null $w validate hooks
measure "wazir validate"               /dev/null $w validate
measure "wazir doctor --json"          /dev/null $w doctor --json
measure "wazir export --check"         /dev/null $w export --check
measure "wazir status (missing run)"   /dev/null $w status --run missing --state-root "$state"
measure "wazir capture event"          /dev/null $w capture event --run bench --event phase_enter --phase verify --state-root "$state"
measure "guard hook (Claude payload)"  "$work/payload.json" $guard
