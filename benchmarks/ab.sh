#!/usr/bin/env bash
# Compares the lookup benchmarks of another tree of this repository (the
# "old" one, a git worktree say) with this tree's on a shared machine:
# it builds the test binaries of csmg and of the benchmarks module in
# both trees, then runs old and new in turn, one -count 1 run each per
# round, so that both see the same load, and prints benchstat's tables.
#
#   git worktree add /tmp/old 1d00093
#   benchmarks/ab.sh /tmp/old          # 10 rounds
#   ROUNDS=20 benchmarks/ab.sh /tmp/old
#
# The benchmarks module's are its sfiakit cases only (the peers'
# figures do not change with the tree). The load average before and
# after each round is kept beside the raw output in $OUT (a new
# temporary directory unless set).
set -euo pipefail

old=$(cd "${1:?usage: benchmarks/ab.sh OLD_TREE}" && pwd)
new=$(cd "$(dirname "$0")/.." && pwd)
rounds=${ROUNDS:-10}
out=${OUT:-$(mktemp -d)}
mkdir -p "$out"
benchstat=(go run golang.org/x/perf/cmd/benchstat@v0.0.0-20260908200009-22c9c6c9d4da)

for tree in old new; do
  dir=${!tree}
  (cd "$dir" && go test -c -o "$out/$tree-csmg.test" ./csmg/)
  (cd "$dir/benchmarks" && go test -c -o "$out/$tree-peers.test" .)
  : >"$out/$tree-csmg.txt"
  : >"$out/$tree-peers.txt"
done
: >"$out/load.txt"

for i in $(seq "$rounds"); do
  echo "round $i start: $(uptime)" >>"$out/load.txt"
  for tree in old new; do
    dir=${!tree}
    (cd "$dir/csmg" && "$out/$tree-csmg.test" -test.run '^$' -test.bench . -test.count 1) >>"$out/$tree-csmg.txt"
    (cd "$dir/benchmarks" && "$out/$tree-peers.test" -test.run '^$' -test.bench 'Peers/.*/impl=sfiakit' -test.count 1) >>"$out/$tree-peers.txt"
  done
  echo "round $i end: $(uptime)" >>"$out/load.txt"
done

cat "$out/load.txt"
cd "$new/benchmarks"
"${benchstat[@]}" old="$out/old-csmg.txt" new="$out/new-csmg.txt"
"${benchstat[@]}" old="$out/old-peers.txt" new="$out/new-peers.txt"
echo "raw output in $out"
