#!/usr/bin/env bash
# Times SiteGen against Hugo and Eleventy on the same generated corpus and writes bench/RESULTS.md.
#
#   bash bench/run.sh [N ...]        # default: 100 1000 5000 pages
#
# Environment: RUNS (hyperfine runs per command, default 5), RUNS_LARGE (runs for N >= 5000,
# default 3), SEED (corpus seed), BENCH_WORK (scratch folder, default bench/.work).
# Installs what it needs: hugo, hyperfine and GNU time from Debian (as root), Eleventy from
# bench/package-lock.json (npm ci). SiteGen is published in Release, ReadyToRun, as users get it.
# The published SiteGen carries the default theme's layouts precompiled; the corpus site uses that
# theme, so its cold build (empty build cache) never starts Roslyn. The "cold, own layouts" column
# times the same site with its own, edited copy of the theme, compiled on each cold build.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(100 1000 5000)
runs=${RUNS:-5}
runs_large=${RUNS_LARGE:-3}
seed=${SEED:-20201208}
work=${BENCH_WORK:-$repo/bench/.work}
results=$repo/bench/RESULTS.md
mkdir -p "$work"

# --- what the benchmark needs -------------------------------------------------------------------
packages=()
command -v hugo >/dev/null 2>&1 || packages+=(hugo)
command -v hyperfine >/dev/null 2>&1 || packages+=(hyperfine)
[ -x /usr/bin/time ] || packages+=(time)
command -v python3 >/dev/null 2>&1 || packages+=(python3)
command -v node >/dev/null 2>&1 || packages+=(nodejs npm)
if [ ${#packages[@]} -gt 0 ]; then
  apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${packages[@]}"
fi
(cd bench && npm ci --no-audit --no-fund --loglevel=error)
eleventy="node $repo/bench/node_modules/@11ty/eleventy/cmd.cjs"

rid=linux-x64
[ "$(uname -m)" = aarch64 ] && rid=linux-arm64
echo "Publishing SiteGen (Release, ReadyToRun, $rid) ..."
dotnet publish src/SiteGen.Cli -c Release -r "$rid" --self-contained false -p:PublishReadyToRun=true \
  -o "$work/sitegen-bin" --nologo -v quiet
sitegen="$work/sitegen-bin/SiteGen.Cli"
dotnet build bench/SiteGen.Corpus -c Release --nologo -v quiet -o "$work/corpus-bin"
export SITEGEN_CACHE_DIR="$work/sitegen-cache"

machine() {
  echo "- CPU: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), $(nproc) cores available"
  echo "- Memory: $(free -g | awk '/Mem:/ {print $2}') GiB; OS: $(. /etc/os-release && echo "$PRETTY_NAME"), kernel $(uname -r)"
  echo "- .NET $(dotnet --version), Hugo $(hugo version | awk '{print $2}'), Eleventy $($eleventy --version), Node $(node --version), hyperfine $(hyperfine --version | awk '{print $2}')"
}

load() { cut -d' ' -f1-3 /proc/loadavg; }

# Max resident set size in MB of one run of a command in the current folder, after its prepare step.
peak_mb() {
  local prepare=$1; shift
  bash -c "$prepare"
  /usr/bin/time -f '%M' -o "$work/rss" "$@" >/dev/null 2>&1
  echo $(( $(tail -1 "$work/rss") / 1024 ))
}

serve_reload() {
  # Edit -> reload in `sitegen serve`, per corpus size: bench/serve_reload.py appends a sentence to one
  # page (then a comment to a theme layout) several times and times each save to the reload event.
  local reload_runs=${RELOAD_RUNS:-7}
  echo "Median time from saving a file to the live-reload event the server sends (\`bench/serve_reload.py\`,"
  echo "$reload_runs saves each, after the first build), and the median CPU time (user + system) the server"
  echo "spent on each. The page edit appends a sentence to one event write-up; the layout edit adds a"
  echo "Razor comment to the theme's event layout (the default theme, copied into the corpus)."
  echo
  echo "| pages (N) | load before → after | one page edited | theme layout edited |"
  echo "|---|---|---|---|"
  local n site port pid before figures
  for n in "${sizes[@]}"; do
    site="$work/corpus-$n/sitegen"
    rm -rf "$site/themes" && mkdir -p "$site/themes" && cp -r "$repo/themes/default" "$site/themes/"
    port=$((18000 + n % 1000))
    before=$(load)
    (cd "$site" && exec "$sitegen" serve --port "$port" >"$work/serve-$n.log" 2>&1) &
    pid=$!
    figures=$(cd "$site" && python3 "$repo/bench/serve_reload.py" "$port" "$pid" \
      "$(ls content/en/events/*.md | head -1)" themes/default/layouts/event.cshtml "$reload_runs" || true)
    kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true
    rm -rf "$site/themes"
    echo "$figures" | awk -v n="$n" -v load="$before → $(load)" '
      { cell[$1] = sprintf("%d ms (CPU %d ms; %d–%d ms)", $2, $3, $4, $5) }
      END { printf "| %s | %s | %s | %s |\n", n, load, cell["page"] ? cell["page"] : "failed", cell["layout"] ? cell["layout"] : "failed" }'
  done
}

rows=()
for n in "${sizes[@]}"; do
  corpus="$work/corpus-$n"
  dotnet "$work/corpus-bin/SiteGen.Corpus.dll" "$n" "$corpus" --seed "$seed"
  r=$runs; [ "$n" -ge 5000 ] && r=$runs_large
  before=$(load)

  # Every timed run starts a new process with an empty output folder. "cold": no build cache either;
  # the corpus site has no themes/ folder, so it uses the default theme whose layouts come precompiled
  # with sitegen. "cold, own layouts": the same site with a copy of the default theme whose page layout
  # has one more comment, so its layouts are compiled (Roslyn) as any site's own theme is on its first
  # build. "warm cache": an earlier build's cache is on disk (each page's check results, and for the own
  # layouts their compiled assemblies). hyperfine runs each command's runs in turn, so a "warm cache"
  # command follows its site's cold runs, the last of which left that site's cache behind.
  own="$corpus/sitegen-own-layouts"
  rm -rf "$own" && mkdir -p "$own/themes" && cp -r "$corpus/sitegen/content" "$own/" && cp -r "$repo/themes/default" "$own/themes/"
  echo '@* This site'"'"'s own copy of the layout. *@' >>"$own/themes/default/layouts/page.cshtml"
  (cd "$corpus/sitegen" && rm -rf "$SITEGEN_CACHE_DIR" && "$sitegen" build >/dev/null)   # checks it builds, warms the cache
  hyperfine --runs "$r" --export-json "$work/sitegen-$n.json" --style basic \
    --command-name "sitegen cold" --prepare "rm -rf '$corpus/sitegen/_site' '$SITEGEN_CACHE_DIR'" "cd '$corpus/sitegen' && '$sitegen' build" \
    --command-name "sitegen warm cache" --prepare "rm -rf '$corpus/sitegen/_site'" "cd '$corpus/sitegen' && '$sitegen' build" \
    --command-name "sitegen cold, own layouts" --prepare "rm -rf '$own/_site' '$SITEGEN_CACHE_DIR'" "cd '$own' && '$sitegen' build" \
    --command-name "sitegen own layouts, warm cache" --prepare "rm -rf '$own/_site'" "cd '$own' && '$sitegen' build" \
    --command-name "hugo" --prepare "rm -rf '$corpus/hugo/public' '$corpus/hugo/resources' '$work/hugo-cache'" "cd '$corpus/hugo' && hugo --quiet --cacheDir '$work/hugo-cache'" \
    --command-name "eleventy" --prepare "rm -rf '$corpus/eleventy/_site' '$corpus/eleventy/.cache'" "cd '$corpus/eleventy' && $eleventy --quiet" \
    >"$work/hyperfine-$n.log"

  cd "$corpus/sitegen"; mem_sitegen=$(peak_mb "rm -rf _site '$SITEGEN_CACHE_DIR'" "$sitegen" build)
  cd "$corpus/hugo"; mem_hugo=$(peak_mb "rm -rf public resources '$work/hugo-cache'" hugo --quiet --cacheDir "$work/hugo-cache")
  cd "$corpus/eleventy"; mem_eleventy=$(peak_mb "rm -rf _site .cache" $eleventy --quiet)
  cd "$repo"
  pages=$(find "$corpus/sitegen/_site" -name '*.html' | wc -l)
  rows+=("$(python3 bench/summarise.py "$work/sitegen-$n.json" "$n" "$pages" "$r" "$before" "$(load)" "$mem_sitegen" "$mem_hugo" "$mem_eleventy")")
done

{
  echo "# SiteGen benchmark"
  echo
  echo "Written by \`bash bench/run.sh ${sizes[*]}\` on $(date -u '+%Y-%m-%d %H:%M UTC'). Corpus: \`bench/SiteGen.Corpus\`, seed $seed:"
  echo "three quarters English write-ups and posts of 600–900 words, a quarter Welsh translations; the"
  echo "same pages as a SiteGen, a Hugo and an Eleventy 3 site (layouts in \`bench/peers/\`)."
  echo
  echo "## Machine"
  echo
  machine
  echo
  echo "## Cold builds"
  echo
  echo "Median wall time of a new process with an empty output folder (hyperfine), and the mean CPU"
  echo "time (user + system) of the same runs. SiteGen checks every page (accessibility rules, links,"
  echo "hreflang) as part of the build; \"cold\" also has no build cache, \"warm cache\" has an earlier build's"
  echo "(each page's check results, and compiled layouts). The corpus site uses the default theme, whose layouts"
  echo "come precompiled with SiteGen: its cold build never starts Roslyn. \"own layouts\" is the same site with its"
  echo "own copy of the theme (one layout edited), whose layouts a cold build compiles with Roslyn, as on the first"
  echo "build of a site with its own theme, and a warm build loads from the cache."
  echo "Load is the 1/5/15-minute load average before and after the runs: on a shared machine wall time"
  echo "is noisy, CPU time less so."
  echo
  echo "| pages (N) | runs | load before → after | sitegen cold | sitegen warm cache | warm ÷ cold | own layouts: cold | own layouts: warm cache | warm ÷ cold | hugo | eleventy | sitegen cold ÷ hugo | sitegen cold ÷ eleventy |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|---|---|"
  for row in "${rows[@]}"; do echo "$row" | head -1; done
  echo
  echo "## Peak memory (max RSS, MB, one cold build)"
  echo
  echo "| pages (N) | sitegen | hugo | eleventy |"
  echo "|---|---|---|---|"
  for row in "${rows[@]}"; do echo "$row" | tail -1; done
  echo
  echo "Where the time goes, and what was changed because of it: [PROFILE.md](PROFILE.md)."
  echo
  echo "## Preview server: edit → reload"
  echo
  serve_reload
} >"$results"
echo "Wrote $results"
