#!/usr/bin/env python3
"""Writes the ground truth of the table fixtures that were generated from a source jindu does not read
back: the PDFs PDFBox drew from the seed's expected JSON (seed-drawn-*: the rows SeedPdfDrawer draws,
序号, source text, content, departments joined with 、, progress; an empty section's one row
1 / 无), the LibreOffice exports of Flat ODT documents written by a fixtures script (the table of the
.fodt, cell by cell: a cell spanning columns once, a covered cell under a vertical merge blank, the
header once), and camelot's row_span_1.pdf (camelot's own expected grid, whose copy_text="v" mode
repeats a merged cell's text down: a text equal to the one above it in the first three columns is
blanked back to the merge it is, and the rows whose label spans columns keep it once, as the page
shows). Run from the repository root: bench/tables-truth/from-sources.py. See README.md beside it."""
import importlib.util
import json
import os
import sys
import tempfile
import xml.etree.ElementTree as ET


def write(name, pdf, tables):
    with open("bench/tables-truth/%s.json" % name, "w", encoding="utf-8") as f:
        json.dump({"file": pdf, "tables": tables}, f, ensure_ascii=False, indent=1)
        f.write("\n")


def seed_drawn():
    with open("testdata/seed/000_4744e66be9c0f129.expected.json", encoding="utf-8") as f:
        report = json.load(f)
    tables = []
    for section in report["sections"]:
        rows = [list(section["columns"])]
        if not section["records"]:
            rows.append(["1", "", "无", "", ""])
        for r in section["records"]:
            rows.append([r["seq"], r["source"]["text"], r["content"], "、".join(r["departments"]), r["progress"]])
        tables.append(rows)
    for name in ["seed-drawn-wqy", "seed-drawn-unruled-uming", "seed-drawn-unruled-norepeat-wqy"]:
        write(name, "testdata/pdf/%s.pdf" % name, tables)


T = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
X = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"


def fodt_tables(path):
    root = ET.parse(path).getroot()
    out = []
    for table in root.iter(T + "table"):
        rows = []
        for tr in table.iter(T + "table-row"):
            row = []
            for c in tr:
                if c.tag == T + "table-cell":
                    row.append("\n".join("".join(p.itertext()) for p in c.iter(X + "p")))
                elif c.tag == T + "covered-table-cell":
                    # covered by a cell to its left (a column span: nothing) or above (a vertical merge: blank)
                    spanned = any(int(p.get(T + "number-columns-spanned", "1")) > 1 for p in tr if p.tag == T + "table-cell")
                    if not spanned:
                        row.append("")
            rows.append(row)
        out.append(rows)
    return out


def generated(script, pdf_dir, names):
    spec = importlib.util.spec_from_file_location("source", script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    with tempfile.TemporaryDirectory() as out:
        sys.argv = [script, out]
        module.main()
        for name in names:
            path = os.path.join(out, name + ".fodt")
            if os.path.exists(path):
                write(name, "%s/%s.pdf" % (pdf_dir, name), fodt_tables(path))


def row_span_1():
    with open("testdata/external/pdf-tables/row_span_1.expected.data_lattice_copy_text.json", encoding="utf-8") as f:
        grid = json.load(f)
    rows = []
    for i, row in enumerate(grid):
        cells = [("" if i > 1 and j < 3 and text == grid[i - 1][j] and text else text) for j, text in enumerate(row)]
        # a label spanning columns (Total … Enrollment, All Models Total Enrollments, the source line) once
        while len(cells) > 1 and cells[-2] == "" and row[-2] == "" and cells[-1] != "" and any(row[:-2]):
            del cells[-2]
        if cells[0] and not any(cells[1:]):
            cells = [cells[0]]
        rows.append(cells)
    write("row_span_1", "testdata/external/pdf-tables/row_span_1.pdf", [rows])


if __name__ == "__main__":
    seed_drawn()
    generated("fixtures/pdf/stitch_documents.py", "testdata/pdf/stitch",
              ["stitch-merged-cell", "stitch-merged-columns", "stitch-lone-total"])
    row_span_1()
