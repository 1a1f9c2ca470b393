#!/bin/sh
# Runs the search benchmarks (see bench/README.md) from the project folder:
#   bench/search.sh generate 20000 60000 measure 300
#   bench/search.sh quality
# BENCH_DATA_DIR (default target/bench-data) holds the benchmark's own embedded database; it is kept between runs,
# so "measure" alone reuses what "generate" loaded. "quality" loads the demo dataset, which the latency runs must not
# meet, so a run starting with it defaults to a database of its own (target/bench-quality-data).
# BENCH_JAVA_OPTS passes system properties, e.g. BENCH_JAVA_OPTS=-Dbench.only=leader to time one operation while
# tuning it, or -Dxieshang.search.counted-matches=1000.
set -e
cd "$(dirname "$0")/.."
data_dir=target/bench-data
if [ "$1" = quality ]; then data_dir=target/bench-quality-data; fi
mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
exec java -Xmx2g -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  -Dbench.data-dir="${BENCH_DATA_DIR:-$data_dir}" ${BENCH_JAVA_OPTS:-} \
  org.xieshang.search.bench.SearchBench "$@"
