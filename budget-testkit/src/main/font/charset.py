#!/usr/bin/env python3
"""Prints, sorted and on one line, every character the testkit's generated disclosures and its PDF
renderer can print, for subset.sh: the string and char literals of the testkit's sources, the names
of the bundled classification catalog, the model's printed words the generators use, printable ASCII
and the full-width forms Chinese documents print.

TargetGen.java is left out: its OCR-garbled target texts (Arabic-Indic digits, ⩾) feed the target
parser's tests and never a disclosure, and the font has no glyphs for some of them.

Usage: charset.py <budget-testkit dir> <budget-model dir> [<folder of layout variant texts>]
"""
import csv
import pathlib
import sys

SKIPPED = {"TargetGen.java"}
# model sources whose words end up in generated documents (titles, stage words, levels, units)
MODEL_FILES = ["Stage.java", "AmountUnit.java", "table/TableKind.java", "performance/Level1.java",
               "performance/Level2.java", "project/ProjectCategory.java", "project/ProjectAttribute.java"]
EXTRA = "、，。：；（）“”‘’％－—｜【】［］《》！？　" + "".join(chr(c) for c in range(ord("０"), ord("９") + 1))


def literals(text):
    """The decoded string and char literals of a Java source, comments skipped."""
    out, i, n = [], 0, len(text)
    while i < n:
        c = text[i]
        if text.startswith("//", i):
            i = text.find("\n", i)
            i = n if i < 0 else i
        elif text.startswith("/*", i):
            i = text.find("*/", i + 2) + 2
        elif text.startswith('"""', i):
            j = text.find('"""', i + 3)
            out.append(text[i + 3:j])
            i = j + 3
        elif c in "\"'":
            j, buf = i + 1, []
            while text[j] != c:
                if text[j] == "\\":
                    e = text[j + 1]
                    if e == "u":
                        k = j + 1
                        while text[k] == "u":
                            k += 1
                        buf.append(chr(int(text[k:k + 4], 16)))
                        j = k + 4
                        continue
                    buf.append({"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f", "s": " "}.get(e, e))
                    j += 2
                else:
                    buf.append(text[j])
                    j += 1
            out.append("".join(buf))
            i = j + 1
        else:
            i += 1
    return out


def main(testkit, model, variants=None):
    chars = set(chr(c) for c in range(0x20, 0x7F)) | set(EXTRA)
    for f in sorted(pathlib.Path(testkit, "src/main/java").rglob("*.java")):
        if f.name not in SKIPPED:
            chars.update("".join(literals(f.read_text(encoding="utf-8"))))
    src = pathlib.Path(model, "src/main/java/io/github/cnbudget/model")
    for name in MODEL_FILES:
        chars.update("".join(literals((src / name).read_text(encoding="utf-8"))))
    for f in sorted(pathlib.Path(model, "src/main/resources/io/github/cnbudget/model/catalog").glob("*.csv")):
        with open(f, encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                chars.update(row.get("name") or "")
    if variants:
        # the written layout variants of the importer's tests, which the tests also render to PDF
        for f in sorted(pathlib.Path(variants).glob("*.txt")):
            chars.update(f.read_text(encoding="utf-8"))
    chars = sorted(c for c in chars if c.isprintable() or c == "\u3000")
    sys.stdout.write("".join(chars) + "\n")


if __name__ == "__main__":
    main(*sys.argv[1:4])
