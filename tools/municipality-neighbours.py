#!/usr/bin/env python3
"""Derives src/FocalPoint.Data/ReferenceData/municipality_neighbours.csv from the municipality boundaries (GeoJSON).

Two municipalities are neighbours when at least two boundary vertices of one lie within 0.004 degrees (about 400 m) of
vertices of the other: the shared OpenStreetMap boundaries are simplified, so vertices rarely coincide exactly.
Usage: tools/municipality-neighbours.py ../shared/data/geo/kosovo_municipalities_adm2.geojson
Review the output (a neighbour table is reference data: ADR 0021) before committing it.
"""
import csv, json, pathlib, sys

root = pathlib.Path(__file__).resolve().parent.parent
geo = json.load(open(sys.argv[1], encoding="utf-8"))
rows = list(csv.DictReader(open(root / "src/FocalPoint.Data/ReferenceData/municipalities.csv", encoding="utf-8")))
by_name = {r[k].lower(): int(r["Id"]) for r in rows for k in ("NameSq", "NameEn", "NameSr")}
cell, tolerance = 0.01, 0.004
points = {}
for feature in geo["features"]:
    geometry = feature["geometry"]
    polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
    points[by_name[feature["properties"]["name"].lower()]] = [tuple(p) for polygon in polygons for ring in polygon for p in ring]
grids = {}
for area, pts in points.items():
    grid = grids.setdefault(area, {})
    for p in pts:
        grid.setdefault((int(p[0] / cell), int(p[1] / cell)), []).append(p)

def close(p, grid):
    cx, cy = int(p[0] / cell), int(p[1] / cell)
    return any(abs(p[0] - q[0]) < tolerance and abs(p[1] - q[1]) < tolerance
               for dx in (-1, 0, 1) for dy in (-1, 0, 1) for q in grid.get((cx + dx, cy + dy), []))

pairs = sorted((a, b) for a in points for b in points if a < b and sum(close(p, grids[b]) for p in points[a]) >= 2)
with open(root / "src/FocalPoint.Data/ReferenceData/municipality_neighbours.csv", "w", encoding="utf-8", newline="") as out:
    out.write("MunicipalityId,NeighbourId\n")
    out.writelines(f"{a},{b}\n" for a, b in pairs)
print(f"{len(pairs)} neighbour pairs written")
