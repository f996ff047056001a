#!/usr/bin/env python3
"""Regenerate src/IkmMatch.Domain/Matching/Language/roots-id.txt, the Indonesian root lexicon (kata dasar).

Inputs
  * Debian's hunspell-id word list: /usr/share/hunspell/id_ID.dic and id_ID.aff
    (apt-get install -y hunspell-id; LGPL-3, (C) 2017 Ali Ahmadi, from the LibreOffice dictionaries).
  * tools/lexicon/roots-extra.txt: roots hunspell lacks (trade and workshop words) AND real roots that merely look
    affixed (pelat, kelas, kemas ...). Every word there is always kept: the derived-form filter never drops it.
  * tools/lexicon/roots-exclude.txt: words never to list (each with a reason), because they make the analyzer stem
    wrongly.

What it does
  1. Takes the .dic entries, strips "/FLAGS", keeps lowercase a-z words of 3 letters or more (proper nouns,
     acronyms and hyphenated reduplications such as "aba-aba" are left out: the analyzer splits on '-').
  2. Drops entries that are DERIVED forms of another entry, so that the analyzer, which keeps a word unchanged when
     it is in the lexicon, stems them to their root. An entry w is derived when w = affixes + r for another entry r
     by the Indonesian morphophonemic rules (meN-/peN- as me-/mem-/men-/meny-/meng-/menge- with k/p/t/s dropped;
     di-, ke-, se-, ber-/be-, ter-/te-, per-/pe-, memper-, diper-; -an, -kan, -i, -nya and their confixes), and the
     split is one of the productive patterns in trusted() below, some only when hunspell's own flags on r also
     build w. Hunspell lists a derived-looking word on a line of its own mostly because it is lexicalised
     (kuningan 'brass', seragam 'uniform', pelampung 'buoy', perangkat 'device'), so most such look-alikes stay;
     plain pe-/me-, ke-, se-, per-, ber-, ter- alone and a bare -an/-i never drop a word (kelas, selang, pelat,
     perban, beras, teras, menara, ringan, tangan, gulai). Hunspell itself lists few derived words: it builds
     perbaikan, pengelasan, kemasan from flags on baik, las, kemas, and this script never expands flags into words.
  3. Adds roots-extra.txt, removes roots-exclude.txt, writes the result sorted (LC_ALL=C order), one word a line.
  4. Runs the spot checks: each listed derived word must stem, by "strip affixes, accept the first candidate in the
     lexicon", to its expected root, the root must be listed and the derived word must not. Exit 1 if one fails.

Usage: python3 tools/lexicon/build-roots.py [--dic PATH] [--aff PATH] [--check-only] [--explain WORD ...]
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
LANG_DIR = REPO / "src" / "IkmMatch.Domain" / "Matching" / "Language"
OUT = LANG_DIR / "roots-id.txt"
HERE = Path(__file__).resolve().parent
EXTRA = HERE / "roots-extra.txt"
EXCLUDE = HERE / "roots-exclude.txt"

WORD = re.compile(r"^[a-z]+$")
MIN_LEN = 3

# Derived word -> expected root, by the analyzer's rule. Each root must be listed, each derived word must not.
SPOT_CHECKS = {
    "pengelasan": "las", "pengecatan": "cat", "penjahitan": "jahit", "pemeliharaan": "pelihara",
    "perbaikan": "baik", "penggulungan": "gulung", "pembubutan": "bubut", "menyambung": "sambung",
    "pengurasan": "kuras", "pengangkutan": "angkut", "merawat": "rawat", "dicat": "cat", "sayuran": "sayur",
    "pembersihan": "bersih", "pemasangan": "pasang", "pengiriman": "kirim", "penyewaan": "sewa",
    "pencucian": "cuci", "pengecoran": "cor", "perakitan": "rakit", "pengemasan": "kemas",
    "mengelas": "las", "dilas": "las", "pengeboran": "bor", "penggerindaan": "gerinda", "pengecekan": "cek",
    "perawatan": "rawat", "pengadaan": "ada", "penyediaan": "sedia", "pekerjaan": "kerja", "pembuatan": "buat",
    "pengangkatan": "angkat", "penambalan": "tambal", "pengukuran": "ukur", "pengujian": "uji",
    "pengecoran": "cor", "pemotongan": "potong", "penyambungan": "sambung", "pengemasan": "kemas",
    "kemasan": "kemas", "pelumasan": "pelumas", "melumasi": "lumas", "penggantian": "ganti", "pencetakan": "cetak",
    "penyablonan": "sablon", "pengolahan": "olah", "pembongkaran": "bongkar", "pemadam": "padam",
}
# Real roots that look affixed: each must be listed (kept unchanged by the analyzer).
MUST_KEEP = [
    "pelat", "peluru", "beton", "terminal", "kelas", "selang", "perak", "tenda", "mesin", "menara", "bengkel",
    "pipa", "pompa", "tangki", "kemas", "perancah", "pelumas", "peti", "kaleng", "beras", "berat", "teras",
    "semen", "sepatu", "kepala", "bantal", "bantalan", "perban", "majun", "las", "bubut", "gerinda", "laher",
    "sabun", "terpal", "karung", "palet", "kabel", "panel", "dinamo", "katup", "baut", "mur", "besi",
]


# --------------------------------------------------------------------------------------------------------------
# Hunspell .aff expansion (enough of it to ask "do r's flags generate w?")
# --------------------------------------------------------------------------------------------------------------

class Affix:
    __slots__ = ("kind", "flag", "strip", "add", "cont", "cond")

    def __init__(self, kind: str, flag: str, strip: str, add: str, cont: list[str], cond: str):
        self.kind, self.flag, self.strip, self.add, self.cont = kind, flag, strip, add, cont
        pattern = cond if cond else "."
        self.cond = re.compile(("^" + pattern) if kind == "PFX" else (pattern + "$"))

    def apply(self, word: str) -> str | None:
        if not self.cond.search(word):
            return None
        if self.kind == "PFX":
            if self.strip and not word.startswith(self.strip):
                return None
            return self.add + word[len(self.strip):]
        if self.strip and not word.endswith(self.strip):
            return None
        return word[: len(word) - len(self.strip)] + self.add


def long_flags(s: str) -> list[str]:
    return [s[i:i + 2] for i in range(0, len(s) - 1, 2)]


def read_aff(path: Path) -> dict[str, list[Affix]]:
    affixes: dict[str, list[Affix]] = {}
    for line in path.read_text(encoding="latin-1").splitlines():
        line = line.split("#", 1)[0].strip()
        parts = line.split()
        if len(parts) < 4 or parts[0] not in ("PFX", "SFX"):
            continue
        if parts[2] in ("Y", "N") and len(parts) == 4 and parts[3].isdigit():
            continue  # header line
        kind, flag, strip, add_cont = parts[0], parts[1], parts[2], parts[3]
        cond = parts[4] if len(parts) > 4 else "."
        strip = "" if strip == "0" else strip
        add, _, cont = add_cont.partition("/")
        add = "" if add == "0" else add
        affixes.setdefault(flag, []).append(Affix(kind, flag, strip, add, long_flags(cont), cond))
    return affixes


def hunspell_forms(root: str, flags: list[str], aff: dict[str, list[Affix]]) -> set[str]:
    """Words hunspell builds from root + flags: prefixes, suffixes, suffix then prefix (over-generating circumfix
    rules is fine: the set is only used to confirm a split the Indonesian rules already found)."""
    forms: set[str] = set()
    prefixes = [f for f in flags if f in aff and aff[f][0].kind == "PFX"]
    suffixes = [f for f in flags if f in aff and aff[f][0].kind == "SFX"]
    for p in prefixes:
        for a in aff[p]:
            w = a.apply(root)
            if w:
                forms.add(w)
    for s in suffixes:
        for a in aff[s]:
            w = a.apply(root)
            if not w or not WORD.match(w):
                continue
            forms.add(w)
            for p in set(prefixes) | {c for c in a.cont if c in aff and aff[c][0].kind == "PFX"}:
                for b in aff[p]:
                    w2 = b.apply(w)
                    if w2:
                        forms.add(w2)
    return forms


# --------------------------------------------------------------------------------------------------------------
# Indonesian morphophonemic rules (generation direction: root -> derived words)
# --------------------------------------------------------------------------------------------------------------

VOWELS = set("aeiou")


def syllables(word: str) -> int:
    return len(re.findall(r"[aeiou]+", word))


def nasal(stem: str, root: str) -> list[str]:
    """meN-/peN- + root: stem is 'me' or 'pe'. Returns the possible surface forms."""
    c = root[0]
    out: list[str] = []
    if syllables(root) == 1:
        out.append(stem + "nge" + root)  # mengelas, pengecatan, pengeboran
    if c in "lmnrwy":
        out.append(stem + root)
    elif c in "bfv":
        out.append(stem + "m" + root)
    elif c == "p":
        out.append(stem + "m" + root[1:])
        if root[1:2] in ("r", "l"):
            out.append(stem + "m" + root)  # memproduksi, memprogram
    elif c in "cdjz":
        out.append(stem + "n" + root)
    elif c == "t":
        out.append(stem + "n" + root[1:])
        if root[1:2] == "r":
            out.append(stem + "n" + root)  # mentransfer
    elif c == "s":
        out.append(stem + "ny" + root[1:])
        if root[1:2] in ("k", "m", "p", "t", "w", "y", "l", "r"):
            out.append(stem + "n" + root)  # menstabilkan, mensuplai (loans)
    elif c in VOWELS or c in "ghq":
        out.append(stem + "ng" + root)
    elif c == "k":
        out.append(stem + "ng" + root[1:])
        if root[1:2] in ("h", "l", "r"):
            out.append(stem + "ng" + root)  # mengkritik, mengklaim
    return out


def r_prefix(pfx: str, root: str) -> str:
    """ber-/ter-/per-: the r drops before a root starting with r (berantai, terasa, perawatan)."""
    return (pfx[:-1] if root.startswith("r") else pfx) + root


# kind of prefix -> generator
def prefixed(root: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = [("", root)]
    for w in nasal("me", root):
        out.append(("meN", w))
    for w in nasal("pe", root):
        out.append(("peN", w))
    out.append(("di", "di" + root))
    out.append(("ke", "ke" + root))
    out.append(("se", "se" + root))
    out.append(("ber", r_prefix("ber", root)))
    out.append(("ter", r_prefix("ter", root)))
    out.append(("per", r_prefix("per", root)))
    out.append(("memper", r_prefix("memper", root)))
    out.append(("diper", r_prefix("diper", root)))
    if root[0] in "lmnrwy":
        out.append(("pe", "pe" + root))
        out.append(("me", "me" + root))
    if root[0] in "r":
        out.append(("ber", "be" + root))
    return out


SUFFIXES = ["", "an", "kan", "i", "nya", "annya", "kannya", "inya"]


def derivations(root: str):
    """(prefix kind, suffix, word) for every affixation of root by the rules."""
    for suffix in SUFFIXES:
        if suffix.startswith("i") and root.endswith("i"):
            continue  # *bersihii
        stem = root + suffix
        for kind, word in prefixed(root):
            w = word + suffix
            if kind == "" and suffix == "":
                continue
            yield kind, suffix, w
        del stem


def trusted(kind: str, suffix: str, root: str, word: str, confirmed: bool) -> bool:
    """Whether the split of word into affixes + root is safe to act on. Hunspell lists a derived word on its own
    line mostly when it has a meaning of its own (kuningan 'brass', seragam 'uniform', pelampung 'buoy', perempuan),
    so only clearly productive patterns are trusted:
      A. a real nasal meN-/peN- (mem-, men-, meny-, meng-, menge-, pem-, ...) with -an/-kan/-i: pengalasan;
      B. di-/ber-/ter-/memper-/diper- with -kan: dibiarkan (with -i: dimensi, teratai are roots);
      C. a bare -kan that hunspell also builds from the root: bawakan, bicarakan;
      D. a real nasal meN- alone that hunspell also builds from the root: mendera.
    Plain pe-/me- (before l, m, n, r, w, y), ke-, se-, per- alone and a bare -an or -i are never trusted:
    pelat, peluru, menara, mereka, kelas, seragam, perangkat, kuningan, ringan, tangan, gulai, tetapi."""
    if len(root) < 4:
        return False
    base = suffix.replace("nya", "") if suffix != "nya" else ""
    nasal_ok = kind in ("meN", "peN") and not word[2:].startswith(root)  # pe+nasar is plain pe-, not peN-
    if base in ("an", "kan", "i") and nasal_ok:
        return True
    if base == "kan" and kind in ("di", "ber", "ter", "memper", "diper"):
        return True
    if kind == "" and base == "kan" and confirmed:
        return True
    if kind == "meN" and base == "" and nasal_ok and confirmed:
        return True
    return False


# --------------------------------------------------------------------------------------------------------------
# The analyzer's rule, for the spot checks: strip affixes, accept the first candidate in the lexicon.
# --------------------------------------------------------------------------------------------------------------

PREFIX_ORDER = [
    "memper", "diper", "menge", "penge", "meny", "peny", "meng", "peng", "mem", "pem", "men", "pen",
    "ber", "ter", "per", "be", "te", "pe", "me", "di", "ke", "se",
]
SUFFIX_ORDER = ["kannya", "annya", "inya", "nya", "kan", "an", "i", ""]
VOWEL_START = re.compile(r"^[aeiou]")


def restorations(pfx: str, rest: str) -> list[str]:
    """The roots a nasal prefix may have eaten the first consonant of: mem+V is p+V (memotong), men+V is t+V
    (menulis), meny+V is s+V (menyambung), meng+V is V or k+V (mengangkut, mengirim)."""
    vowel = VOWEL_START.match(rest) is not None
    if pfx in ("mem", "pem"):
        return ["p" + rest] if vowel else [rest]
    if pfx in ("men", "pen"):
        return ["t" + rest] if vowel else [rest]
    if pfx in ("meny", "peny"):
        return ["s" + rest] if vowel else []
    if pfx in ("meng", "peng"):
        return [rest, "k" + rest] if vowel else [rest]
    if pfx in ("be", "te"):
        return [rest] if rest.startswith("r") or rest == "kerja" else []  # berantai, terasa, bekerja
    if pfx == "me":
        return [rest] if rest[:1] in ("l", "m", "n", "r", "w", "y") else []  # melas, merawat, menyanyi
    return [rest]


def candidates(word: str) -> list[str]:
    """Candidate roots in the order tried: suffix stripped alone, then each prefix (longest first) with it."""
    out: list[str] = []
    for suffix in SUFFIX_ORDER:
        if suffix and not word.endswith(suffix):
            continue
        body = word[: len(word) - len(suffix)] if suffix else word
        if suffix:
            out.append(body)
        for pfx in PREFIX_ORDER:
            if body.startswith(pfx) and len(body) > len(pfx) + 1:
                out.extend(restorations(pfx, body[len(pfx):]))
    seen: set[str] = set()
    return [c for c in out if not (c in seen or seen.add(c))]


def stem(word: str, lexicon: set[str]) -> str:
    if word in lexicon:
        return word
    for c in candidates(word):
        if len(c) >= MIN_LEN and c in lexicon:
            return c
    return word


# --------------------------------------------------------------------------------------------------------------

def read_list(path: Path) -> list[str]:
    words = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip().lower()
        if line:
            words.append(line)
    return words


def build(dic: Path, aff_path: Path, explain: list[str]) -> tuple[list[str], list[tuple[str, str, str, str, str]]]:
    aff = read_aff(aff_path)
    entries: dict[str, list[str]] = {}
    lines = dic.read_text(encoding="latin-1").splitlines()
    for line in lines[1:]:  # first line is the entry count
        word, _, flags = line.strip().partition("/")
        if len(word) >= MIN_LEN and WORD.match(word):
            entries.setdefault(word, []).extend(long_flags(flags))

    extra = read_list(EXTRA)
    exclude = set(read_list(EXCLUDE))
    for w in extra:
        if not WORD.match(w):
            sys.exit(f"roots-extra.txt: '{w}' is not a-z only")
    keep = set(extra)
    lexicon = set(entries) | keep

    # index: derived word -> (root, kind, suffix)
    index: dict[str, list[tuple[str, str, str]]] = {}
    for r in lexicon:
        for kind, suffix, w in derivations(r):
            if w != r and w in lexicon:
                index.setdefault(w, []).append((r, kind, suffix))

    dropped: list[tuple[str, str, str, str, str]] = []
    for w, splits in sorted(index.items()):
        if w in keep:
            continue
        for r, kind, suffix in splits:
            if r in exclude:
                continue
            confirmed = w in hunspell_forms(r, entries.get(r, []), aff)
            if trusted(kind, suffix, r, w, confirmed):
                dropped.append((w, r, kind or "-", suffix or "-", "hunspell" if confirmed else "rules"))
                break
    drop = {d[0] for d in dropped}
    roots = sorted((lexicon - drop - exclude), key=lambda s: s.encode())

    for w in explain:
        print(f"{w}: in hunspell={w in entries} flags={entries.get(w)} extra={w in keep} "
              f"excluded={w in exclude} splits={index.get(w)} dropped={[d for d in dropped if d[0] == w]}")
    return roots, dropped


def spot_check(roots: list[str]) -> list[str]:
    lexicon = set(roots)
    failures = []
    for word, root in SPOT_CHECKS.items():
        got = stem(word, lexicon)
        if root not in lexicon:
            failures.append(f"root '{root}' (of {word}) is not listed")
        if word in lexicon:
            failures.append(f"derived '{word}' is listed")
        if got != root:
            failures.append(f"{word} stems to '{got}', expected '{root}'")
    for root in MUST_KEEP:
        if root not in lexicon:
            failures.append(f"real root '{root}' is not listed")
    return failures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dic", type=Path, default=Path("/usr/share/hunspell/id_ID.dic"))
    parser.add_argument("--aff", type=Path, default=Path("/usr/share/hunspell/id_ID.aff"))
    parser.add_argument("--check-only", action="store_true", help="spot-check the committed roots-id.txt only")
    parser.add_argument("--dropped", type=Path, help="write the dropped derived entries (word root prefix suffix why)")
    parser.add_argument("--explain", nargs="*", default=[], help="show how the given words were treated")
    args = parser.parse_args()

    if args.check_only:
        roots = OUT.read_text(encoding="utf-8").split()
    else:
        if not args.dic.exists():
            print(f"{args.dic} is missing: apt-get install -y hunspell-id", file=sys.stderr)
            return 2
        roots, dropped = build(args.dic, args.aff, args.explain)
        OUT.write_text("".join(w + "\n" for w in roots), encoding="utf-8")
        print(f"{OUT.relative_to(REPO)}: {len(roots)} roots ({len(dropped)} derived entries dropped)")
        if args.dropped:
            args.dropped.write_text("".join(" ".join(d) + "\n" for d in dropped), encoding="utf-8")

    failures = spot_check(roots)
    for f in failures:
        print("spot check FAILED: " + f, file=sys.stderr)
    print(f"spot checks: {len(SPOT_CHECKS) + len(MUST_KEEP) - len(failures)} passed, {len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
