#!/usr/bin/env python3
"""Writes the UI resource files from tools/strings.tsv (one row per key, one column per language).

Edit the TSV, run this script, commit both. Tests check that every key used in the UI exists in all languages.
"""
import csv, pathlib
from xml.sax.saxutils import escape

root = pathlib.Path(__file__).resolve().parent.parent
rows = list(csv.DictReader(open(root / "tools/strings.tsv", encoding="utf-8"), delimiter="\t", quoting=csv.QUOTE_NONE))
keys = [r["key"] for r in rows]
duplicates = sorted({k for k in keys if keys.count(k) > 1})
if duplicates:
    raise SystemExit(f"duplicate keys in tools/strings.tsv: {', '.join(duplicates)}")
missing = [r["key"] for r in rows if not all((r.get(c) or "").strip() for c in ("en", "sq", "sr-Latn"))]
if missing:
    raise SystemExit(f"keys without a translation in every language: {', '.join(missing)}")
target = root / "src/FocalPoint.Web/Localisation"
header = '<?xml version="1.0" encoding="utf-8"?>\n<root>\n  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>\n  <resheader name="version"><value>2.0</value></resheader>\n  <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>\n  <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>\n'
for language, suffix in (("en", ""), ("sq", ".sq"), ("sr-Latn", ".sr-Latn")):
    body = "".join(f'  <data name="{escape(r["key"])}" xml:space="preserve"><value>{escape(r[language])}</value></data>\n' for r in sorted(rows, key=lambda r: r["key"]))
    (target / f"SharedResource{suffix}.resx").write_text(header + body + "</root>\n", encoding="utf-8")
print(f"{len(rows)} strings written")
