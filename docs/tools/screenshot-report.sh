#!/usr/bin/env bash
# Renders an HTML validation report with headless Chromium and saves a screenshot, to look at the
# report as its reader sees it (docs/reports.md). Chromium loads nothing from the network: the
# report is self-contained and its Content-Security-Policy forbids any request.
#   docs/tools/screenshot-report.sh examples/data/000_ff2a909ca0d0a799.txt docs/report-000.png 1400 1700
#   docs/tools/screenshot-report.sh report.html out.png        # an existing report
# Needs Chromium (Debian: apt-get install -y chromium) and, for a document, the ./budget launcher;
# pngquant (apt-get install -y pngquant), when present, makes the PNG a fifth of its size.
set -euo pipefail

if [[ $# -lt 2 ]]; then
  echo "usage: $0 DOCUMENT|REPORT.html OUT.png [WIDTH HEIGHT]" >&2
  exit 2
fi
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
input="$1"
png="$2"
width="${3:-1400}"
height="${4:-2000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

case "$input" in
  *.html) html="$(cd "$(dirname "$input")" && pwd)/$(basename "$input")" ;;
  *)
    html="$work/report.html"
    # exit code 1 only says the document has ERROR findings: the report is still written
    "$root/budget" validate --format html -o "$html" "$input" || [[ $? -eq 1 ]]
    ;;
esac

browser="$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)"
if [[ -z "$browser" ]]; then
  echo "$0: Chromium is not on the PATH (Debian: apt-get install -y chromium)" >&2
  exit 2
fi
"$browser" --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
  --disable-sync --no-first-run --hide-scrollbars --user-data-dir="$work/profile" \
  --screenshot="$work/shot.png" --window-size="$width,$height" "file://$html" >/dev/null 2>&1
# a screenshot committed to the repository should be small: pngquant, when there, cuts it to a palette
if command -v pngquant >/dev/null 2>&1; then
  pngquant --quality 60-85 --speed 1 --force --output "$png" "$work/shot.png"
else
  mv "$work/shot.png" "$png"
fi
echo "$png"
