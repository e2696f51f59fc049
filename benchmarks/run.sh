#!/usr/bin/env bash
# Runs every measurement of BENCHMARKS.md and prints the figures it
# quotes: the machine, the SDK's benchmarks and the side-by-side ones
# with go-i18n and x/text/message through benchstat, jobdesc's
# renderers, Accept-Language header to level text with and without the
# SDK's cache and with go-i18n, the binary sizes, what a program that
# uses one generated skill links, what jobdesc costs a program, and the
# init trace.
#
#   benchmarks/run.sh            # 10 runs of each benchmark
#   COUNT=20 benchmarks/run.sh   # more runs on a noisy machine
#
# Raw benchmark output is kept in $OUT (a new temporary directory unless
# set), so that it can be compared with a later run: benchstat old new.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
count=${COUNT:-10}
out=${OUT:-$(mktemp -d)}
mkdir -p "$out"
benchstat=(go run golang.org/x/perf/cmd/benchstat@v0.0.0-20260908200009-22c9c6c9d4da)

echo "== machine"
go version
grep -m1 'model name' /proc/cpuinfo 2>/dev/null || true
echo "cores: $(nproc 2>/dev/null || echo '?')"
echo "load before: $(uptime)"

echo "== SDK benchmarks ($count runs)"
(cd "$root" && go test -run '^$' -bench . -count "$count" ./csmg/ ./internal/langmatch/) >"$out/sdk.txt"
echo "load after: $(uptime)"
(cd "$root/benchmarks" && "${benchstat[@]}" "$out/sdk.txt")

echo "== side by side ($count runs)"
(cd "$root/benchmarks" && go test -run '^$' -bench Peers -count "$count" .) >"$out/peers.txt"
echo "load after: $(uptime)"
(cd "$root/benchmarks" && "${benchstat[@]}" -col /impl -row /case "$out/peers.txt")

echo "== jobdesc renderers ($count runs)"
(cd "$root" && go test -run '^$' -bench Render -benchmem -count "$count" ./jobdesc/) >"$out/jobdesc.txt"
echo "load after: $(uptime)"
(cd "$root/benchmarks" && "${benchstat[@]}" "$out/jobdesc.txt")

echo "== Accept-Language: header to level text ($count runs)"
(cd "$root" && go test -run '^$' -bench Accept -benchmem -count "$count" ./sfia/) >"$out/accept-sdk.txt"
(cd "$root/benchmarks" && go test -run '^$' -bench Accept -benchmem -count "$count" .) >"$out/accept.txt"
echo "load after: $(uptime)"
(cd "$root/benchmarks" && "${benchstat[@]}" "$out/accept-sdk.txt")
(cd "$root/benchmarks" && "${benchstat[@]}" -col /impl -row /header "$out/accept.txt")

echo "== binary sizes, linking and init trace"
(cd "$root/benchmarks" && go test -count=1 -v -run 'TestBinarySize|TestInitTrace|TestLinking|TestJobdescSize' ./size/) || true

echo "raw output in $out"
