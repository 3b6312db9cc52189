#!/usr/bin/env python3
"""Writes the narrative paragraphs of a disclosure PDF as test data: one paragraph a line,
"page<TAB>text". Prose is what `pdftotext -layout` prints without a column gap (a run of 3+
blanks inside the line); a paragraph ends at 。！？：； or where the next line is indented or opens
a list item. Paragraphs under a 名词解释 heading are left out, up to the next centred heading or 第X部分.

    python3 extract.py FILE.pdf > NAME.txt
"""
import re, subprocess, sys

text = subprocess.run(["pdftotext", "-layout", sys.argv[1], "-"], capture_output=True, text=True).stdout
ITEM = re.compile(r"^(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}[、.．]|\d{1,3}\s*[.、．](?!\d))")
out, cur, page_of_cur, skip = [], None, 0, False

def flush():
    global cur
    if cur and len(re.findall(r"[\u3400-\u9fff]", cur)) >= 6 and not skip:
        out.append((page_of_cur, cur))
    cur = None

for page_no, page in enumerate(text.split("\f"), start=1):
    for raw in page.split("\n"):
        line = raw.rstrip()
        body = line.strip()
        if not body:
            continue
        centred = len(line) - len(line.lstrip()) >= 8 and len(body) <= 40
        if re.match(r"^第[一二三四五六七八九十]+部分", body) or centred and "名词解释" not in body:
            flush(); skip = False
            body = re.sub(r"\s+", " ", body)
        if "名词解释" in body:
            flush(); skip = True; continue
        if re.search(r"\S\s{3,}\S", body) or re.fullmatch(r"[-—\d\s]+", body):
            flush()
            continue
        indent = len(line) - len(line.lstrip())
        if cur is None or indent >= 2 or re.search(r"[。！？：；:;]$", cur) or ITEM.match(body):
            flush()
            cur, page_of_cur = body, page_no
        else:
            cur += body
flush()
for p, t in out:
    print(f"{p}\t{t}")
