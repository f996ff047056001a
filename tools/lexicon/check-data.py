#!/usr/bin/env python3
"""Validate the matching language data in src/IkmMatch.Domain/Matching/Language/. Exit 1 on any problem.

roots-id.txt      one root a line, a-z only, 3+ letters, sorted in ordinal (LC_ALL=C) order, no duplicates,
                  no comments or blank lines.
stopwords-id.txt  one lowercase word a line (a-z, 0-9), '#' comments, no duplicates.
thesaurus-id.txt  '#' comments; each concept line holds 2+ terms separated by " | "; a term is words of
                  letters and digits separated by single spaces; no term on two lines (compared lowercased,
                  except UPPERCASE terms of 2 characters or fewer, which only match uppercase text);
                  no single-word term is a stop word or stems to one (multi-word terms are matched before
                  stop words are dropped, so "tenaga kerja" and "jasa boga" are fine);
                  two single-word terms on different lines do not stem to the same root (the analyzer would
                  then send them to the same place).

Stemming here is the reference rule of tools/lexicon/build-roots.py ("strip affixes, accept the first
candidate in roots-id.txt"), an approximation of the C# analyzer.

Usage: python3 tools/lexicon/check-data.py [--quiet]
"""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
LANG = REPO / "src" / "IkmMatch.Domain" / "Matching" / "Language"
ROOTS = LANG / "roots-id.txt"
STOPS = LANG / "stopwords-id.txt"
THESAURUS = LANG / "thesaurus-id.txt"

TERM = re.compile(r"^[A-Za-z0-9]+( [A-Za-z0-9]+)*$")


def load_stemmer():
    spec = importlib.util.spec_from_file_location("build_roots", HERE / "build-roots.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.stem


def uppercase_only(term: str) -> bool:
    """An abbreviation of 2 characters or fewer written in uppercase (HE, TA, K3): matches uppercase text only."""
    return len(term) <= 2 and term.upper() == term and any(c.isalpha() for c in term)


def main() -> int:
    quiet = "--quiet" in sys.argv
    problems: list[str] = []

    def problem(msg: str) -> None:
        problems.append(msg)

    # roots
    roots_lines = ROOTS.read_text(encoding="utf-8").split("\n")
    if roots_lines and roots_lines[-1] == "":
        roots_lines.pop()
    else:
        problem(f"{ROOTS.name}: does not end with a newline")
    for n, w in enumerate(roots_lines, 1):
        if not re.fullmatch(r"[a-z]{3,}", w):
            problem(f"{ROOTS.name}:{n}: '{w}' is not a root of 3+ letters a-z")
    if roots_lines != sorted(set(roots_lines), key=lambda s: s.encode()):
        problem(f"{ROOTS.name}: not sorted (LC_ALL=C sort -u) or has duplicates")
    roots = set(roots_lines)

    # stop words
    stops: set[str] = set()
    for n, line in enumerate(STOPS.read_text(encoding="utf-8").splitlines(), 1):
        w = line.strip()
        if not w or w.startswith("#"):
            continue
        if line != w:
            problem(f"{STOPS.name}:{n}: surrounding spaces in '{line}'")
        if not re.fullmatch(r"[a-z0-9]+", w):
            problem(f"{STOPS.name}:{n}: '{w}' is not one lowercase word (a-z, 0-9)")
        if w in stops:
            problem(f"{STOPS.name}:{n}: '{w}' is listed twice")
        stops.add(w)

    # thesaurus
    stem_word = load_stemmer()

    def stem(word: str) -> str:
        return stem_word(word.lower(), roots)

    owner: dict[str, tuple[int, str]] = {}  # term key -> (line, concept display name)
    stem_owner: dict[str, tuple[int, str, str]] = {}  # stem of a single-word term -> (line, concept, term)
    concepts = terms = 0
    for n, line in enumerate(THESAURUS.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        where = f"{THESAURUS.name}:{n}"
        parts = line.split(" | ")
        if len(parts) < 2:
            problem(f"{where}: a concept needs 2+ terms separated by ' | ': {line!r}")
        concepts += 1
        name = parts[0]
        seen_here: set[str] = set()
        for term in parts:
            terms += 1
            if not TERM.match(term):
                problem(f"{where}: bad term {term!r} (letters/digits, single spaces, no '|' without spaces)")
                continue
            key = term if uppercase_only(term) else term.lower()
            if key in seen_here:
                problem(f"{where}: '{term}' twice on the line")
            seen_here.add(key)
            if key in owner and owner[key][0] != n:
                problem(f"{where}: '{term}' is also on line {owner[key][0]} ({owner[key][1]})")
            owner.setdefault(key, (n, name))
            words = term.lower().split()
            if len(words) == 1:
                if uppercase_only(term):
                    continue  # matched on the uppercase text before lowercasing and stop words
                w = words[0]
                root = stem(w)
                if w in stops or root in stops:
                    problem(f"{where}: '{term}' is a stop word" + (f" (stems to '{root}')" if root != w else ""))
                prior = stem_owner.get(root)
                if prior and prior[0] != n:
                    problem(f"{where}: '{term}' stems to '{root}', as '{prior[2]}' on line {prior[0]} ({prior[1]})")
                stem_owner.setdefault(root, (n, name, term))

    for p in problems:
        print("PROBLEM: " + p, file=sys.stderr)
    if not quiet or problems:
        print(f"roots: {len(roots)}; stop words: {len(stops)}; thesaurus: {concepts} concepts, {terms} terms; "
              f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
