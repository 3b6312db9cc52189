#!/usr/bin/env python3
"""Extracts every functional and economic code printed with a name in the four seed disclosures.

Run once by hand:
  python3 extract_seed_codes.py /path/to/seeds > .../catalog/seed-codes.csv
  python3 extract_seed_codes.py /path/to/seeds --class-names > .../catalog/seed-class-names.csv
The outputs are committed under src/test/resources/io/github/cnbudget/model/catalog/ and were
checked line by line against the seed text. Tests never read the seeds themselves.

seed-codes.csv: seed,year,line,scheme,code,printed_name (printed_name exactly as printed, inner
blanks kept).
seed-class-names.csv: seed,year,line,printed_name: every expenditure line printed with a Chinese
ordinal and no code (一、一般公共服务支出) whose name ends in 支出, as 收支总表-style tables print
the functional 类; printed_name keeps the ordinal.
Left out on purpose: seed 003's project table (一般公共预算项目支出预算表), whose rows print a
project name, not a classification name, beside the functional code.
"""
import csv, re, sys, glob, os

YEARS = {"000": 2023, "001": 2023, "002": 2020, "003": 2023}
AMOUNT = r"-?[\d,]+(?:\.\s?\d+)?"


def scheme(code):
    return "FUNCTIONAL" if code[0] == "2" else ("DEPARTMENTAL_ECONOMIC" if code[0] == "3" else "GOVERNMENT_ECONOMIC")


def rows(seed, lines):
    out = []
    if seed == "000":
        for i, l in enumerate(lines, 1):
            m = re.match(r"^\t([235]\d{2}(?:\d{2}){0,2})\t([^\t]+)\t", l)
            if m:
                out.append((i, m.group(1), m.group(2)))
    elif seed == "001":
        for i, l in enumerate(lines, 1):
            m = re.match(r"^\[([235]\d{2}(?:\d{2}){0,2})\]([^\t]+)\t", l) or re.match(r"^([235]\d{2}(?:\d{2}){0,2})\t([^\t]+)\t", l)
            if m:
                out.append((i, m.group(1), m.group(2)))
    elif seed == "002":
        in06 = False
        for i, l in enumerate(lines, 1):
            if "公开 06 表" in l:
                in06 = True
            if in06 and l.startswith("人员经费合计"):
                in06 = False
            if in06:
                # three side-by-side columns: code name [amount] code name [amount] ...; amounts have two
                # decimals and may touch the next code ("5,269.54302 商品和服务支出")
                for m in re.finditer(r"(?:^|(?<=\s)|(?<=\.\d\d))(3\d{2}(?:\d{2})?) ([^\d\s][^\d]*?)(?=\s*(?:[\d,]+\.\d\d)?(?:3\d{2}(?:\d{2})? |\s*$))", l.strip()):
                    out.append((i, m.group(1), m.group(2).strip()))
                continue
            m = re.match(r"^\s*(2\d{2}(?:\d{2}){0,2}) ([^\d\s][^\d]*?) " + AMOUNT, l)
            if m:
                out.append((i, m.group(1), m.group(2)))
    elif seed == "003":
        project = False
        for i, l in enumerate(lines, 1):
            if "一般公共预算项目支出预算表" in l:
                project = True
            elif project and "经费支出预算表" in l:
                project = False
            m = re.match(r"^(2\d{2})\t(\d{2})\t(\d{2})\t\d+\t([^\t]+)\t", l)
            if m and not project:
                out.append((i, m.group(1) + m.group(2) + m.group(3), m.group(4)))
    return out


ORDINAL_CELL = re.compile(r"^([一二三四五六七八九十廿]+、.+?支出)[\s\d.,]*$")


def class_names(lines):
    out = []
    for i, l in enumerate(lines, 1):
        # the expenditure side follows the income side after a tab, or (seed 002) after a blank or
        # straight after the last digit of an amount
        for cell in re.split(r"\t| (?=[一二三四五六七八九十廿]+、)|(?<=\d)(?=[一二三四五六七八九十廿]+、)", l):
            m = ORDINAL_CELL.match(cell.strip())
            if m:
                out.append((i, m.group(1)))
    return out


def main_class_names(seeds_dir):
    w = csv.writer(sys.stdout, lineterminator="\n")
    w.writerow(["seed", "year", "line", "printed_name"])
    for path in sorted(glob.glob(os.path.join(seeds_dir, "00[0-3]_*.txt"))):
        seed = os.path.basename(path)[:3]
        with open(path, encoding="utf-8") as f:
            lines = f.read().split("\n")
        for line, name in class_names(lines):
            w.writerow([seed, YEARS[seed], line, name])


def main(seeds_dir):
    w = csv.writer(sys.stdout, lineterminator="\n")
    w.writerow(["seed", "year", "line", "scheme", "code", "printed_name"])
    for path in sorted(glob.glob(os.path.join(seeds_dir, "00[0-3]_*.txt"))):
        seed = os.path.basename(path)[:3]
        with open(path, encoding="utf-8") as f:
            lines = f.read().split("\n")
        for line, code, name in rows(seed, lines):
            w.writerow([seed, YEARS[seed], line, scheme(code), code, name.strip()])


if __name__ == "__main__":
    if "--class-names" in sys.argv:
        main_class_names(sys.argv[1])
    else:
        main(sys.argv[1])
