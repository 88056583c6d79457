#!/bin/sh
# Regenerates the vendored Snowball stemmers (see README.md). Not part of a build:
# run by hand when the pinned snowballstemmer version in pyproject.toml changes.
#   SNOWBALL=/path/to/snowball-vX.Y.Z ./regenerate.sh     (a built checkout of the Snowball sources)
# Needs node and npx (esbuild is fetched from the npm registry).
set -eu
: "${SNOWBALL:?set SNOWBALL to a built checkout of the Snowball sources at the pinned tag}"
here=$(cd "$(dirname "$0")" && pwd)
"$SNOWBALL/snowball" "$SNOWBALL/algorithms/indonesian.sbl" -js -o "$here/src/indonesian-stemmer"
"$SNOWBALL/snowball" "$SNOWBALL/algorithms/english.sbl" -js -o "$here/src/english-stemmer"
cp "$SNOWBALL/javascript/base-stemmer.js" "$SNOWBALL/COPYING" "$here/src/"
mv "$here/src/COPYING" "$here/LICENSE"
for pair in indonesian english; do
  # es2022 keeps the generated class's private fields as they are (smaller than esbuild's helpers)
  npx --yes esbuild@0.24.2 "$here/src/$pair.js" --bundle --minify --format=iife --global-name=snowball \
    --target=es2022 --legal-comments=none --outfile="$here/$pair.min.js"
done
