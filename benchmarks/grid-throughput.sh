#!/usr/bin/env bash
# Grid throughput against the plain run, on the same scenario and options (the numbers in README.md).
#   benchmarks/grid-throughput.sh [ROUNDS]
# Each round runs, one after another: the plain `onepool run` of 200 replications on 1 and 2 threads; the
# grid of 4 cells x 50 replications on local[1] and local[2] (one block per cell); and on local[2] with
# 5, 25 and 50 blocks per cell. Every line is the throughput the command prints (staff-months a second,
# warm-up included; for the grid, from the first job to the last cell folded, Spark's start apart), then the
# whole command's wall-clock and CPU seconds (user + system), which say more on a shared machine.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-2}
./mvnw -B -q -DskipTests -pl grid -am package
jar=reports/target/onepool.jar
gridjar=grid/target/onepool-grid.jar
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
java_opts=(-Djava.awt.headless=true -XX:+UseParallelGC)
# Runs a command, keeping its standard output and its wall-clock and CPU seconds.
timed() {
  local TIMEFORMAT="whole command %R s wall, %U s user + %S s system CPU"
  { time "$@" > "$work/stdout" 2> /dev/null; } 2> "$work/time"
}
uptime
for round in $(seq 1 "$rounds"); do
  for threads in 1 2; do
    rm -rf "$work/plain"
    timed java "${java_opts[@]}" -jar "$jar" run scenarios/social-work-retention.yaml --options retention-payments \
      --replications 200 --seed 1590 --no-stress --no-sensitivity --threads "$threads" --quiet --out "$work/plain"
    echo "round $round plain run, $threads thread(s): $(tail -1 "$work/stdout") ($(cat "$work/time"))"
  done
  for setting in "local[1] 50" "local[2] 50" "local[2] 10" "local[2] 2" "local[2] 1"; do
    set -- $setting
    sed "s/^replicationsPerBlock: .*/replicationsPerBlock: $2/" benchmarks/grid/social-work-4-cells.yaml > "$work/grid.yaml"
    sed -i "s#\.\./\.\./scenarios/#$PWD/scenarios/#" "$work/grid.yaml"
    rm -rf "$work/out"
    timed java "${java_opts[@]}" -jar "$gridjar" "$work/grid.yaml" --master "$1" --quiet --out "$work/out"
    echo "round $round grid $1, $((50 / $2)) block(s) per cell: $(tail -1 "$work/stdout") ($(cat "$work/time"))"
  done
done
uptime
