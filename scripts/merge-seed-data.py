#!/usr/bin/env python3
"""Merges store/seed/parts/*.json into store/seed/countries.json and checks it."""
import json
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent / "store" / "seed"
TYPES = ["vet-school", "training-centre", "company", "chamber", "association",
         "public-authority", "research-body"]


def problems(c):
    code = c.get("code", "?")
    if len(c["cities"]) != 12:
        yield f"{code}: 12 cities expected"
    for kind in TYPES:
        patterns = c["organisation_patterns"].get(kind) or []
        if not patterns:
            yield f"{code}: no pattern for {kind}"
        for p in patterns:
            if "{city}" not in p and "{family}" not in p:
                yield f"{code}: pattern without placeholder: {p}"
        if not c["descriptions"].get(kind):
            yield f"{code}: no description for {kind}"
    for r in c["regional_networks"]:
        if r["city"] not in c["cities"]:
            yield f"{code}: regional network city not among cities: {r['city']}"
    if c["locale"] not in c.get("locales", []):
        yield f"{code}: its main locale must be among its locales"
    for key in ("given_names", "family_names", "job_titles"):
        if not c[key]:
            yield f"{code}: {key} empty"


countries = []
for part in sorted((ROOT / "parts").glob("*.json")):
    countries.extend(json.loads(part.read_text(encoding="utf-8")))
found = [p for c in countries for p in problems(c)]
codes = [c["code"] for c in countries]
if len(codes) != len(set(codes)):
    found.append("a country appears twice")
if found:
    print("\n".join(found), file=sys.stderr)
    sys.exit(1)
countries.sort(key=lambda c: c["code"])
(ROOT / "countries.json").write_text(
    json.dumps(countries, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print(f"{len(countries)} countries written")
