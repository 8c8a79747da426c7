#!/bin/sh
# Times `wazir index` and `wazir recall` on a large real source tree: the java.base, java.desktop,
# java.sql and java.net.http modules from a JDK's lib/src.zip (about 6,400 files, 106 MB).
#
# Usage: bench/index.sh [path/to/src.zip]
#   JDK_SRC_ZIP  alternative way to name the zip (default: the Temurin 25 JDK's lib/src.zip)
#   JAVA         run `$JAVA -jar target/wazir.jar` instead of the project's `wazir` launcher (which adds
#                its JVM options and class-data archive, as users run it)
#   KEEP=1       keep the extracted tree and state folder (printed at the end)
#
# For each step it prints wall time, files per second (files the step went through) and peak memory
# (maximum resident set size, from /usr/bin/time -v when present), and the CPU time (user + system) the
# step used, which stays meaningful when the machine is busy. It checks nothing: tests do that.
set -eu

here=$(cd "$(dirname "$0")/.." && pwd -P)
zip=${1:-${JDK_SRC_ZIP:-/usr/lib/jvm/temurin-25-jdk-amd64/lib/src.zip}}
jar="$here/target/wazir.jar"
launcher=$here/wazir
if [ -n "${JAVA:-}" ] || [ ! -x "$launcher" ]; then launcher=; fi
java=${JAVA:-java}
# wazir <args...>: through the launcher, or `java -jar` when JAVA is set or there is no launcher.
wazir() {
  if [ -n "$launcher" ]; then "$launcher" "$@"; else "$java" -jar "$jar" "$@"; fi
}

[ -f "$zip" ] || { echo "bench: no JDK source zip at $zip (pass its path as the first argument)" >&2; exit 1; }
command -v unzip >/dev/null 2>&1 || { echo "bench: unzip is required" >&2; exit 1; }
if [ ! -f "$jar" ]; then
  echo "bench: building $jar ..." >&2
  mvn -q -ntp -f "$here/pom.xml" -DskipTests package >&2
fi
# Warm-up: the launcher builds its class-data archive on first use; keep that out of the timings.
wazir index --help >/dev/null 2>&1 || true
sleep 2

work=$(mktemp -d "${TMPDIR:-/tmp}/wazir-index-bench.XXXXXX")
if [ "${KEEP:-0}" != 1 ]; then trap 'rm -rf "$work"' EXIT INT TERM; fi
tree=$work/tree
state=$work/state
mkdir -p "$tree"

echo "bench: extracting java.base, java.desktop, java.sql, java.net.http from $zip" >&2
unzip -q "$zip" 'java.base/*' 'java.desktop/*' 'java.sql/*' 'java.net.http/*' -d "$tree"
if [ -f "$here/wazir.manifest.yaml" ]; then
  cp "$here/wazir.manifest.yaml" "$tree/wazir.manifest.yaml"
else
  printf 'project:\n  name: jdk-bench\npaths:\n  state_root_default: ~/.wazir/projects/{project_slug}\n' \
    > "$tree/wazir.manifest.yaml"
fi
# Files changed within the last second are "racily clean" for refresh's stat cache and are always read
# again; a real tree is rarely that fresh, so let the extraction settle first.
sleep 2
files=$(find "$tree" -type f | wc -l | tr -d ' ')
bytes=$(du -sb "$tree" | cut -f1)
echo "bench: $files files, $((bytes / 1048576)) MB in $tree" >&2

timer=
if [ -x /usr/bin/time ] && /usr/bin/time -v true >/dev/null 2>&1; then timer=/usr/bin/time; fi

printf '%-34s %9s %9s %11s %12s\n' step "wall s" "cpu s" "files/s" "peak MB"
# step <label> <file count for the rate, or -> <wazir args...>
step() {
  label=$1; count=$2; shift 2
  out=$work/out.txt; err=$work/err.txt
  if [ -n "$timer" ]; then
    if [ -n "$launcher" ]; then set -- "$launcher" "$@"; else set -- "$java" -jar "$jar" "$@"; fi
    (cd "$tree" && "$timer" -v "$@" --state-root "$state" >"$out" 2>"$err") || {
      echo "bench: step '$label' failed:" >&2; cat "$err" >&2; exit 1; }
    wall=$(sed -n 's/.*Elapsed (wall clock) time.*: //p' "$err" | awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; printf "%.2f", s }')
    peak=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$err" | awk '{ printf "%.0f", $1 / 1024 }')
    cpu=$(sed -n -e 's/.*User time (seconds): //p' -e 's/.*System time (seconds): //p' "$err" | awk '{ s += $1 } END { printf "%.2f", s }')
  else
    start=$(date +%s%N)
    (cd "$tree" && wazir "$@" --state-root "$state" >"$out" 2>"$err") || {
      echo "bench: step '$label' failed:" >&2; cat "$err" >&2; exit 1; }
    wall=$(awk -v a="$start" -v b="$(date +%s%N)" 'BEGIN { printf "%.2f", (b - a) / 1e9 }')
    peak=n/a; cpu=n/a
  fi
  if [ "$count" = - ]; then rate=-; else rate=$(awk -v n="$count" -v s="$wall" 'BEGIN { printf "%.0f", (s > 0 ? n / s : 0) }'); fi
  printf '%-34s %9s %9s %11s %12s\n' "$label" "$wall" "$cpu" "$rate" "$peak"
}

json_number() { sed -n "s/.*\"$1\": \\([0-9]*\\).*/\\1/p" "$work/out.txt" | head -n 1; }

step "index build" "$files" index build --json
indexed=$(json_number file_count)
step "index refresh (no change)" "$indexed" index refresh --json
# Edit 1% of the indexed Java files: append a comment line to every 100th one.
edited=0
for f in $(cd "$tree" && find . -name '*.java' -type f | LC_ALL=C sort | awk 'NR % 100 == 1'); do
  printf '\n// bench edit\n' >> "$tree/$f"; edited=$((edited + 1))
done
step "index refresh ($edited files edited)" "$indexed" index refresh --json
step "index summarize --tier all" "$indexed" index summarize --tier all --json
step "index search-symbols HashMap" - index search-symbols HashMap --json
matches=$(grep -c '"symbol_id"' "$work/out.txt" || true)
step "recall symbol ConcurrentHashMap" - recall symbol ConcurrentHashMap --json
step "index stats" - index stats

echo "bench: $indexed files indexed; search-symbols HashMap returned $matches symbols; $(nproc 2>/dev/null || echo ?) cores; via: ${launcher:-$java -jar $jar}" >&2
if [ "${KEEP:-0}" = 1 ]; then echo "bench: kept $work" >&2; fi
