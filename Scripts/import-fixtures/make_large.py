#!/usr/bin/env python3
"""A large Anki package for timing `hone import` (not a test fixture; not committed).

    python3 make_large.py /tmp/large.apkg [NOTES]

Notes mix Basic, Basic (and reversed card) and Cloze, with some HTML and tags, in one deck.
"""
import random
import sys

import genanki

out = sys.argv[1]
count = int(sys.argv[2]) if len(sys.argv) > 2 else 20_000
rng = random.Random(20261124)
words = [f"{a}{b}" for a in ["ka", "lo", "mi", "su", "te", "ra", "no", "vi", "ze", "po"]
         for b in ["bar", "den", "fix", "gul", "hom", "jat", "kel", "mun", "pes", "quor", "rin", "sat"]]
deck = genanki.Deck(1_900_000_001, "Large::Vocabulary")
for index in range(count):
    term = f"{rng.choice(words)} {rng.choice(words)} {index}"
    meaning = " ".join(rng.choice(words) for _ in range(rng.randint(4, 12)))
    kind = index % 10
    tags = [f"set{index % 20}", "large"]
    if kind < 6:
        note = genanki.Note(genanki.BASIC_MODEL, [term, f"<div>{meaning}</div><br>&nbsp;example {index}"], tags=tags)
    elif kind < 9:
        note = genanki.Note(genanki.BASIC_AND_REVERSED_CARD_MODEL, [term, meaning], tags=tags)
    else:
        note = genanki.Note(genanki.CLOZE_MODEL, [f"The {{{{c1::{term}::word}}}} means {{{{c2::{meaning}}}}}.", ""], tags=tags)
    deck.add_note(note)
genanki.Package(deck).write_to_file(out)
print(f"{count} notes -> {out}")
