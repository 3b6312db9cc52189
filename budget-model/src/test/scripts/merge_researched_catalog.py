#!/usr/bin/env python3
"""Merges the researched entries of ../shared/catalogs into the bundled catalog CSVs and adds the
trust column.

Run once by hand (the output is committed and reviewed):
  python3 merge_researched_catalog.py RESEARCH_DIR SEED_CODES_CSV BUNDLED_DIR

Rules followed:
- names come only from the bundled files (seed documents) and the researched files; a code whose
  researched name differs from the bundled one stops the run (nothing is chosen silently);
- provenance keeps the bundled seed references and adds each researched document as
  "issuer year kind" (the bracketed description the research gives for it);
- trust is the best evidence for the code and name together:
  OFFICIAL  printed in an official template or catalog (上海 2024 部门决算公开样张);
  PRINTED   printed with its code in a published disclosure, or in finance-system records;
  INFERRED  name printed without its code (类 lists by ordinal, column lists of vendor software):
            the code was inferred from the order or from another source;
- the validity years of bundled entries stay as they were (renames only); new entries are open.
"""
import csv, re, sys, unicodedata

research, seed_codes, bundled = sys.argv[1], sys.argv[2], sys.argv[3]
RANK = {"INFERRED": 0, "PRINTED": 1, "OFFICIAL": 2}
TEMPLATE = "上海 2024 部门决算公开样张(官方模板)"
# Checked by reading the template's basic-expenditure table (page 11): these two cells wrap over two
# lines, which is why the research did not credit the template for them.
TEMPLATE_WRAPPED = {"30108": "机关事业单位基本养老保险缴费", "31007": "信息网络及软件购置更新"}


def norm(s):
    s = unicodedata.normalize("NFKC", s)
    return re.sub(r"\s+", "", s)


printed = set()
for r in csv.DictReader(open(seed_codes, encoding="utf-8")):
    printed.add((r["code"], norm(r["printed_name"])))


def read_bundled(name):
    rows = list(csv.reader(open(f"{bundled}/{name}", encoding="utf-8")))
    header, body = rows[0], rows[1:]
    if header[:5] != ["scheme", "code", "name", "valid_from", "valid_to"]:
        sys.exit(f"{name}: unexpected header {header}")
    out = []
    for r in body:
        if len(header) == 6:
            scheme, code, nm, vf, vt, prov = r
            trust = "PRINTED" if (code, norm(nm)) in printed else "INFERRED"
        else:
            scheme, code, nm, vf, vt, trust, prov = r
        out.append({"scheme": scheme, "code": code, "name": nm, "valid_from": vf, "valid_to": vt,
                    "trust": trust, "provenance": prov})
    return out


def documents(source):
    docs = re.findall(r"\[([^\]]*)\]", source)
    return docs if docs else [s.strip() for s in source.split(" | ")]


def research_trust(scheme, code, docs, notes):
    if scheme == "FUNCTIONAL" and "NAME-ONLY" in notes:
        return "INFERRED"
    if any("官方模板" in d for d in docs):
        return "OFFICIAL"
    if all("vendor" in d or "names only" in d for d in docs):
        return "INFERRED"
    return "PRINTED"


def merge(file_name, research_name, scheme, notes_field):
    rows = read_bundled(file_name)
    by_code = {}
    for r in rows:
        by_code.setdefault(r["code"], []).append(r)
    for rr in csv.DictReader(open(f"{research}/{research_name}", encoding="utf-8")):
        code, nm = rr["code"], rr["name"]
        docs = documents(rr["source"])
        notes = rr.get(notes_field) or ""
        if code in TEMPLATE_WRAPPED and TEMPLATE not in docs:
            assert norm(TEMPLATE_WRAPPED[code]) == norm(nm)
            docs.append(TEMPLATE + ", cell wrapped over two lines")
        trust = research_trust(scheme, code, docs, notes)
        existing = by_code.get(code)
        if existing:
            same = [e for e in existing if norm(e["name"]) == norm(nm)]
            if not same:
                sys.exit(f"{research_name}: {code} {nm} differs from bundled {[e['name'] for e in existing]}")
            e = same[0]
            known = set(e["provenance"].split("; "))
            extra = [d for d in docs if d not in known]
            if extra:
                e["provenance"] = "; ".join([e["provenance"]] + extra)
            if RANK[trust] > RANK[e["trust"]]:
                e["trust"] = trust
        else:
            r = {"scheme": scheme, "code": code, "name": nm, "valid_from": "", "valid_to": "",
                 "trust": trust, "provenance": "; ".join(docs)}
            rows.append(r)
            by_code[code] = [r]
    rows.sort(key=lambda r: (r["code"], r["valid_from"] or "0000"))
    with open(f"{bundled}/{file_name}", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["scheme", "code", "name", "valid_from", "valid_to", "trust", "provenance"])
        for r in rows:
            w.writerow([r[k] for k in ("scheme", "code", "name", "valid_from", "valid_to", "trust", "provenance")])
    counts = {}
    for r in rows:
        lvl = {3: "类", 5: "款", 7: "项"}[len(r["code"])]
        counts[(lvl, r["trust"])] = counts.get((lvl, r["trust"]), 0) + 1
    print(file_name, len(rows), sorted(counts.items()))


merge("functional.csv", "functional.csv", "FUNCTIONAL", "name_variants")
merge("departmental-economic.csv", "departmental-economic.csv", "DEPARTMENTAL_ECONOMIC", "name_variants")
merge("government-economic.csv", "government-economic.csv", "GOVERNMENT_ECONOMIC", "notes")
