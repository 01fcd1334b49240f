#!/usr/bin/env python3
"""Writes the ground truth of the PDFs LibreOffice exported from testdata/word/*.docx: the tables of
the DOCX the PDF was made from, cell by cell (a paragraph of Word numbering gets its number, "1." and
so on within the cell; a cell spanning columns once; a cell under a vertical merge blank; the header
row once, although the PDF repeats it on every page). Run from the repository root:
bench/tables-truth/from-docx.py. See README.md beside it."""
import json
import zipfile
import xml.etree.ElementTree as ET

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
PDFS = {
    "seed-landscape": ["seed-landscape-noto-zeropad", "seed-landscape-wqy"],
    "seed-portrait": ["seed-portrait-noto-zeropad", "seed-portrait-uming", "seed-portrait-wqy-justified"],
    "variant-one-table": ["variant-one-table-noto-zeropad"],
    "captioned-tables": ["captioned-tables-wqy"],
}


def cell_text(tc):
    paragraphs, number = [], 0
    for p in tc.findall(W + "p"):
        text = "".join(t.text or "" for t in p.iter(W + "t"))
        if p.find(W + "pPr/" + W + "numPr") is not None:
            number += 1
            text = "%d. %s" % (number, text)
        paragraphs.append(text)
    return "\n".join(paragraphs)


def tables(docx):
    root = ET.fromstring(zipfile.ZipFile(docx).read("word/document.xml"))
    out = []
    for tbl in root.find(W + "body").iter(W + "tbl"):
        rows = []
        for tr in tbl.findall(W + "tr"):
            row = []
            for tc in tr.findall(W + "tc"):
                merge = tc.find(W + "tcPr/" + W + "vMerge")
                continued = merge is not None and merge.get(W + "val", "continue") == "continue"
                row.append("" if continued else cell_text(tc))
            rows.append(row)
        out.append(rows)
    return out


for docx, pdfs in PDFS.items():
    found = tables("testdata/word/%s.docx" % docx)
    for pdf in pdfs:
        with open("bench/tables-truth/%s.json" % pdf, "w", encoding="utf-8") as f:
            json.dump({"file": "testdata/pdf/%s.pdf" % pdf, "tables": found}, f, ensure_ascii=False, indent=1)
            f.write("\n")
