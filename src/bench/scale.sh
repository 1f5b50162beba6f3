#!/usr/bin/env bash
# Measures entente at several store sizes against Apache Jena's own tools on
# the same data in the same run, and prints one table per size.
#
#   bench/scale.sh [SIZE...]          (default: 1 2500 25000 articles)
#
# For each size it writes a corpus (entente bench-corpus: the seed article,
# then the BBC and Wikinews texts of ../shared/corpus, copied under new ids as
# needed, each with synthetic claims, so no extraction runs), ingests it, and
# measures:
#   ingest          articles/s of 'entente ingest' (one run, a figure only)
#   store size      on disk after the ingest, against the same quads loaded by
#                   tdb2.tdbloader and compacted by tdb2.tdbcompact
#   load            'entente load' of the store's N-Quads export into a new
#                   store against 'tdb2.tdbloader' of the same file (quads/s)
#   start-up        './entente query' against 'tdb2.tdbquery', same query, same store
#   questions       'entente bench-queries': each question's p50/p95 against
#                   the one-article store
#   endpoint        requests/s with 16 clients (wrk) of 'entente serve' against
#                   plain Fuseki (FusekiMainCmd, TDB2, union default graph) on
#                   the same store: a point lookup and question 04 over SPARQL,
#                   and /id/entity/china as Turtle and HTML against Fuseki's
#                   DESCRIBE of the same IRI
# Timed pairs run interleaved (A B A B ...), RUNS times (default 5; loads
# LOAD_RUNS times, default RUNS); the table shows medians and the ratio of
# the medians. Needs java, mvn, wrk
# (Debian: apt-get install wrk), curl and du. WORK (default /tmp/entente-scale)
# holds the corpora and stores; PORT (default 3391) is where servers listen.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1 2500 25000)
RUNS="${RUNS:-5}"
LOAD_RUNS="${LOAD_RUNS:-$RUNS}"
WORK="${WORK:-/tmp/entente-scale}"
PORT="${PORT:-3391}"
WRK_SECONDS="${WRK_SECONDS:-10}"
TEXTS=("$here/../shared/corpus/bbc" "$here/../shared/corpus/wikinews/articles")
HEAP="-Xmx1500m"
mkdir -p "$WORK"

entente() { "$here/entente" "$@"; }
# Jena's command-line tools and Fuseki, from Maven Central, with their own class path.
jena_cp="$WORK/jena-tools.classpath"
if [ ! -s "$jena_cp" ]; then
  mvn -B -q -f "$here/src/bench/jena-tools/pom.xml" dependency:build-classpath -Dmdep.outputFile="$jena_cp" >&2
fi
jena() { java $HEAP -cp "$(cat "$jena_cp")" "$@"; }

now() { date +%s.%N; }
median() { sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a/b}'; }
seconds() { local t0; t0=$(now); "$@" >/dev/null 2>&1; awk -v a="$t0" -v b="$(now)" 'BEGIN {printf "%.3f", b-a}'; }
apparent() { du -s --apparent-size --block-size=1 "$1" | cut -f1; }
allocated() { du -s --block-size=1 "$1" | cut -f1; }
mb() { awk -v b="$1" 'BEGIN {printf "%.1f MB", b/1e6}'; }
row() { printf '| %s | %s | %s | %s |\n' "$1" "$2" "$3" "$4"; }

wait_for() { for _ in $(seq 1 240); do curl -sf -o /dev/null "$1" && return 0; sleep 0.5; done; echo "no answer at $1" >&2; return 1; }
stop() { kill "$1" 2>/dev/null || true; wait "$1" 2>/dev/null || true; }
rps() { # URL ACCEPT: requests/s with 16 clients; a run with any failed answer counts as 0
  wrk -t2 -c16 -d"${WRK_SECONDS}s" --timeout 10s -H "Accept: $2" "$1" \
    | awk '/Non-2xx|Socket errors/ {bad=1} /Requests\/sec/ {r=$2} END {print (bad ? 0 : r)}'
}
urlencode() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.stdin.read()))'; }

POINT='SELECT ?p ?o WHERE { <https://w3id.org/entente/id/claim/000_b4d1e2a150973906/c08> ?p ?o }'
Q04="$(grep -v '^#' "$here/queries/04-peace-initiatives.rq")"
DESCRIBE='DESCRIBE <https://w3id.org/entente/id/entity/china>'
STARTUP_QUERY='SELECT ?claim WHERE { ?claim a <https://w3id.org/entente/ontology#Claim> } LIMIT 3'

for n in "${sizes[@]}"; do
  corpus="$WORK/corpus-$n" store="$WORK/store-$n" nq="$WORK/store-$n.nq"
  rm -rf "$corpus" "$store" "$nq" "$WORK/jena-$n" "$WORK/load-"*
  echo "== $n article(s)" >&2
  entente bench-corpus --articles "$n" -o "$corpus" "${TEXTS[@]}" >&2
  t=$(seconds entente ingest --store "$store" --claims "$corpus/claims" "$corpus/articles.jsonl")
  ingest_rate=$(awk -v n="$n" -v t="$t" 'BEGIN {printf "%.1f", n/t}')
  entente export --store "$store" -f nq -o "$nq"
  quads=$(wc -l < "$nq")

  # Size: entente's store after its ingest, against Jena's loader and compaction of the same quads.
  jena tdb2.tdbloader --loc "$WORK/jena-$n" "$nq" >/dev/null 2>&1
  jena_loaded=$(allocated "$WORK/jena-$n")
  jena tdb2.tdbcompact --loc "$WORK/jena-$n" --deleteOld >/dev/null 2>&1
  jena_compact=$(allocated "$WORK/jena-$n")
  ours=$(allocated "$store")

  # Load: the same N-Quads file into a new store, interleaved.
  ours_t=() jena_t=()
  for i in $(seq 1 "$LOAD_RUNS"); do
    rm -rf "$WORK/load-a" "$WORK/load-b"
    ours_t+=("$(seconds java $HEAP -jar "$here/target/entente.jar" load --store "$WORK/load-a" "$nq")")
    jena_t+=("$(seconds jena tdb2.tdbloader --loc "$WORK/load-b" "$nq")")
  done
  load_a=$(printf '%s\n' "${ours_t[@]}" | median) load_b=$(printf '%s\n' "${jena_t[@]}" | median)
  rm -rf "$WORK/load-a" "$WORK/load-b"

  # Start-up: a small query on the store, whole process, interleaved.
  ours_t=() jena_t=()
  for i in $(seq 1 "$RUNS"); do
    ours_t+=("$(seconds entente query --store "$store" -e "$STARTUP_QUERY")")
    jena_t+=("$(seconds jena tdb2.tdbquery --loc "$store" --set tdb:unionDefaultGraph=true "$STARTUP_QUERY")")
  done
  start_a=$(printf '%s\n' "${ours_t[@]}" | median) start_b=$(printf '%s\n' "${jena_t[@]}" | median)

  # Endpoint: entente serve and plain Fuseki over the same store, one at a time (TDB2 lets one process open it).
  point=$(printf '%s' "$POINT" | urlencode) q04=$(printf '%s' "$Q04" | urlencode) describe=$(printf '%s' "$DESCRIBE" | urlencode)
  declare -A got=()
  for i in $(seq 1 "$RUNS"); do
    java $HEAP -jar "$here/target/entente.jar" serve --store "$store" --port "$PORT" >/dev/null 2>&1 &
    pid=$!
    base="http://127.0.0.1:$PORT"
    wait_for "$base/void"
    got[e_point]+="$(rps "$base/entente/sparql?query=$point" application/sparql-results+json) "
    got[e_q04]+="$(rps "$base/entente/sparql?query=$q04" application/sparql-results+json) "
    got[e_ttl]+="$(rps "$base/id/entity/china" text/turtle) "
    got[e_html]+="$(rps "$base/id/entity/china" text/html) "
    stop "$pid"
    java $HEAP -cp "$(cat "$jena_cp")" org.apache.jena.fuseki.main.cmds.FusekiMainCmd --port "$PORT" --tdb2 --loc "$store" \
      --set tdb:unionDefaultGraph=true /ds >/dev/null 2>&1 &
    pid=$!
    wait_for "$base/ds/sparql?query=ASK%7B%7D"
    got[f_point]+="$(rps "$base/ds/sparql?query=$point" application/sparql-results+json) "
    got[f_q04]+="$(rps "$base/ds/sparql?query=$q04" application/sparql-results+json) "
    got[f_describe]+="$(rps "$base/ds/sparql?query=$describe" text/turtle) "
    stop "$pid"
  done
  med() { tr ' ' '\n' <<<"${got[$1]}" | grep . | median; }

  echo
  echo "### $n article(s), $quads quads"
  echo
  row "what" "entente" "Jena" "entente / Jena"
  row "---" "---" "---" "---"
  row "ingest (articles/s, one run)" "$ingest_rate" "" ""
  row "store on disk after ingest vs tdbloader + tdbcompact (du)" "$(mb "$ours")" "$(mb "$jena_compact") (loaded: $(mb "$jena_loaded"))" "$(ratio "$ours" "$jena_compact")"
  row "load N-Quads into a new store (quads/s, median)" "$(awk -v q="$quads" -v t="$load_a" 'BEGIN {printf "%.0f", q/t}')" \
      "$(awk -v q="$quads" -v t="$load_b" 'BEGIN {printf "%.0f", q/t}')" "$(ratio "$load_b" "$load_a")"
  row "query start-up, whole process (s, median)" "$start_a" "$start_b" "$(ratio "$start_a" "$start_b")"
  row "SPARQL point lookup, 16 clients (req/s)" "$(med e_point)" "$(med f_point)" "$(ratio "$(med e_point)" "$(med f_point)")"
  row "SPARQL question 04, 16 clients (req/s)" "$(med e_q04)" "$(med f_q04)" "$(ratio "$(med e_q04)" "$(med f_q04)")"
  row "/id/entity/china Turtle vs Fuseki DESCRIBE (req/s)" "$(med e_ttl)" "$(med f_describe)" "$(ratio "$(med e_ttl)" "$(med f_describe)")"
  row "/id/entity/china HTML vs Fuseki DESCRIBE (req/s)" "$(med e_html)" "$(med f_describe)" "$(ratio "$(med e_html)" "$(med f_describe)")"
  echo
  echo "Questions (p50/p95 ms against the one-article store):"
  echo
  echo '```'
  java $HEAP -jar "$here/target/entente.jar" bench-queries --store "$store" --runs 20
  echo '```'
  unset got
done
