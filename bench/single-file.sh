#!/usr/bin/env bash
# Publishes the single-file sitegen for linux-x64 (the release download) and builds a copy of the
# sample site with it, on a PATH without the .NET SDK and without a themes/ folder, so the default
# theme and RazorLight's compiler references must come from inside the one file. The default theme's
# layouts come precompiled, so the build must compile none (its template cache stays empty).
#
#   bash bench/single-file.sh          # takes a few minutes: self-contained, ReadyToRun
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# DebugType=none on the command line reaches the referenced projects too, so no .pdb lands beside the file.
rm -rf src/SiteGen.Cli/bin/publish/linux-x64
dotnet publish src/SiteGen.Cli -p:PublishProfile=linux-x64 -p:DebugType=none --nologo -v quiet
binary=src/SiteGen.Cli/bin/publish/linux-x64/SiteGen.Cli
files=$(find src/SiteGen.Cli/bin/publish/linux-x64 -type f | wc -l)
echo "Published $(du -h "$binary" | cut -f1) in $files file(s): $binary"
[ "$files" -eq 1 ] || { echo "FAIL: the download should be one file"; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/bin" "$work/site" "$work/home"
cp "$binary" "$work/bin/sitegen"
cp -r content "$work/site/content"

# No SDK, no DOTNET_ROOT, a fresh home: only the one file and the site.
env -i PATH=/usr/bin:/bin HOME="$work/home" DOTNET_BUNDLE_EXTRACT_BASE_DIR="$work/extract" \
  "$work/bin/sitegen" build --source "$work/site" 2>&1 | tee "$work/build.log"

fail() { echo "FAIL: $*"; exit 1; }
grep -q ": 0 errors" "$work/build.log" || fail "the build reported errors"
for page in index.html events/diversity-in-service-user-involvement/index.html cy/index.html ur/index.html 404.html; do
  [ -s "$work/site/_site/$page" ] || fail "$page was not written"
done
grep -q '<a href="#main-content" class="skip-link">' "$work/site/_site/index.html" || fail "the home page was not rendered by the default theme"
compgen -G "$work/site/_site/assets/css/site.*.css" >/dev/null || fail "the theme stylesheet was not copied"
[ -z "$(find "$work/home/.cache/sitegen/templates" -name '*.dll' 2>/dev/null)" ] || fail "the default theme's layouts were compiled instead of loaded precompiled"
echo "PASS: the single-file sitegen built the sample site without an SDK or a themes/ folder, from precompiled layouts"
