#!/bin/sh
# Regenerates the PDF renderer's font: WenQuanYi Micro Hei (文泉驿微米黑, Apache-2.0), subset to the
# characters generated disclosures can print and those of budget-io's written layout variants, which
# its tests render to PDF too (charset.txt, rebuilt here by charset.py).
#
# Needs the Debian packages fonts-wqy-microhei and fonttools (apt-get install fonts-wqy-microhei
# fonttools); WQY_TTC overrides the collection's path, PYTHON the interpreter (it needs fontTools).
# Run it after changing a generator's words or the catalog: PdfFontTest fails until the font covers
# every character a generated disclosure can print.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
testkit=$(cd "$here/../../.." && pwd)
python=${PYTHON:-python3}
ttc=${WQY_TTC:-/usr/share/fonts/truetype/wqy/wqy-microhei.ttc}
out=$testkit/src/main/resources/io/github/cnbudget/testkit/wqy-microhei-subset.ttf

"$python" "$here/charset.py" "$testkit" "$testkit/../budget-model" \
  "$testkit/../budget-io/src/test/resources/io/github/cnbudget/io/text/variants" > "$here/charset.txt"
# face 0 is the proportional Micro Hei; glyf outlines, so PDFBox can embed it as a CIDFontType2.
# No hinting or layout tables: PDFBox uses neither, and they would only grow the file.
pyftsubset "$ttc" --font-number=0 --text-file="$here/charset.txt" --output-file="$out" \
  --no-hinting --layout-features= --name-IDs='*' --name-languages='*' --notdef-outline
# fail on any character the collection lacks, rather than shipping a font that prints tofu
"$python" - "$out" "$here/charset.txt" <<'PY'
import sys
from fontTools.ttLib import TTFont
cmap = TTFont(sys.argv[1]).getBestCmap()
text = open(sys.argv[2], encoding="utf-8").read().rstrip("\n")
missing = [c for c in text if ord(c) not in cmap]
if missing:
    sys.exit("no glyph in the font for: " + " ".join("U+%04X" % ord(c) for c in missing))
print("%s: %d characters, %d bytes" % (sys.argv[1], len(text), __import__("os").path.getsize(sys.argv[1])))
PY
