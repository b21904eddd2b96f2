#!/usr/bin/env python3
"""Writes the fixtures of hone's import tests with the real tools.

Anki packages in every layout:
  legacy-genanki.apkg   genanki: collection.anki2 (schema 11), no meta, media files
  legacy2.apkg          anki, legacy export: collection.anki21 + stub collection.anki2 + meta (v2)
  latest.apkg           anki, current export: collection.anki21b (zstd) + stub collection.anki2 + meta (v3)
  collection.colpkg     anki, whole collection (current layout)
each with the same notes: Basic, Basic (and reversed card), Basic (type in the answer), Cloze with hints,
HTML, media, custom note types, unicode, control characters, SQL-looking text, a duplicate front, an
image-only note. The anki-made packages carry review history (revlog rows of every type, and one review
answered through Anki's own scheduler).

Hostile packages (zipfile + zstandard): an entry with `..`, an absolute entry, a zip bomb, a zstd bomb,
a collection that is not SQLite beside a valid stub (both layouts).

Text samples: CSV (Anki's #headers), TSV, a CSV with a header row, Quizlet exports, a Markdown glossary.

manifest.json records what went in and what hone must make of it; the Swift tests read it, so
`swift test` never needs Python. Run: pip install -r requirements.txt; python3 generate.py [OUT_DIR]
"""
import io
import json
import os
import shutil
import sqlite3
import sys
import tempfile
import zipfile

import genanki
import zstandard
from anki.collection import Collection, ExportAnkiPackageOptions
from anki.decks import DeckId

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "..", "Tests", "HoneKitTests", "Fixtures", "import")
DAY = 86_400_000
T0 = 1_764_000_000_000  # 2025-11-24T16:00:00Z, in Anki's revlog ids (milliseconds)


def entry_id(guid):
    """hone's entry id for an Anki note: the guid's UTF-8 bytes in hex (see AnkiNoteMapper.entryID)."""
    return guid.encode().hex()


# Each note: (guid, note type, fields, tags, what hone must make of it).
# An expectation is a list of entries {id, term, definition, details, tags, cloze}, or {"skip": reason}.
NOTES = [
    ("hola-basic", "basic", ["hola", "hello"], ["spanish", "greetings"],
     [dict(term="hola", definition="hello")]),
    ("perro-rev", "reversed", ["perro", "dog"], ["animals"],
     [dict(term="perro", definition="dog")]),
    ("paris-type", "typein", ["Capital of France?", "Paris"], [],
     [dict(term="Paris", definition="Capital of France?")]),
    ("cloze-canb", "cloze", ["{{c1::Canberra::city}} is the capital of {{c2::Australia}}.", "Not Sydney."], ["geo"],
     [dict(suffix="-c1", term="Canberra", definition="[city] is the capital of Australia.", details=["Not Sydney."], cloze=True),
      dict(suffix="-c2", term="Australia", definition="Canberra is the capital of [...].", details=["Not Sydney."], cloze=True)]),
    ("cloze-h2o", "cloze", ["Water is {{c1::H<sub>2</sub>O}} and salt is {{c1::NaCl}}; {{c2::Paris}} is on the Seine.", ""], [],
     [dict(suffix="-c1", term="H2O, NaCl", definition="Water is [...] and salt is [...]; Paris is on the Seine.", cloze=True),
      dict(suffix="-c2", term="Paris", definition="Water is H2O and salt is NaCl; [...] is on the Seine.", cloze=True)]),
    ("html-cafe", "basic",
     ["<b>caf&eacute;</b> &amp; cr&egrave;me",
      "<div>coffee</div><div>and cream</div><ul><li>hot</li><li>cold</li></ul>line<br>break&nbsp;here &lt;ok&gt;"],
     ["html"],
     [dict(term="café & crème", definition="coffee; and cream; hot; cold; line; break here <ok>")]),
    ("media-gato", "basic", ['gato <img src="cat.jpg">', "cat [sound:cat.mp3]"], ["media"],
     [dict(term="gato", definition="cat")]),
    ("media-only", "basic", ['<img src="dog.jpg">', "a dog photo"], ["media"],
     [dict(skip="empty")]),
    ("vocab-chien", "vocab", ["chien", "dog (French)", "Le chien aboie."], ["french"],
     [dict(term="chien", definition="dog (French)", details=["Example: Le chien aboie."])]),
    ("pairs-alpha", "pairs", ["alpha", "first letter", "extra"], [],
     [dict(term="alpha", definition="first letter", details=["Gamma: extra"])]),
    ("uni-family", "basic", ["\U0001F469\u200D\U0001F469\u200D\U0001F467 family", "家族 (かぞく)"], ["unicode"],
     [dict(term="\U0001F469\u200D\U0001F469\u200D\U0001F467 family", definition="家族 (かぞく)")]),
    # Anki itself drops control characters when a note is added (its escape sequences lose their ESC and
    # show as text); genanki keeps them, and hone strips the whole sequences.
    ("ctrl-bell", "basic", ["bell\u0007 ring", "\u001b[31mred\u001b[0m text\u001b]0;title\u0007"], [],
     [dict(term="bell ring", definition="red text", anki_definition="[31mred[0m text]0;title")]),
    ("sql-bobby", "basic", ["Robert'); DROP TABLE notes;--", "Little Bobby Tables"], ["sql"],
     [dict(term="Robert'); DROP TABLE notes;--", definition="Little Bobby Tables")]),
    ("dup-hola", "basic", ["Hola", "hi"], [],
     [dict(skip="duplicate")]),
]

MEDIA = {"cat.jpg": b"\xff\xd8\xff\xe0 not really a jpeg", "cat.mp3": b"ID3 not really an mp3", "dog.jpg": b"\xff\xd8\xff\xe0 dog"}

# Review history, per (note guid, card ord): (days after T0, ease, revlog type, duration ms).
# Types: 0 learn, 1 review, 2 relearn, 3 filtered/cram, 4 manual. Cram and manual rows are skipped.
REVIEWS = {
    ("hola-basic", 0): [(0, 3, 0, 4000), (1, 3, 1, 3000), (6, 1, 1, 9000), (6.007, 3, 2, 5000), (7, 4, 3, 2000), (8, 0, 4, 0)],
    ("perro-rev", 1): [(0, 4, 0, 2500)],
    ("paris-type", 0): [(2, 2, 0, 7000), (3, 3, 1, 6000)],
    ("cloze-canb", 1): [(1, 3, 0, 3500)],
}


def expected_entries(tool):
    out = []
    for guid, kind, fields, tags, expectations in NOTES:
        for e in expectations:
            if "skip" in e:
                continue
            definition = e.get("anki_definition", e["definition"]) if tool == "anki" else e["definition"]
            out.append(dict(id=entry_id(guid) + e.get("suffix", ""), term=e["term"], definition=definition,
                            details=e.get("details", []), tags=tags, cloze=e.get("cloze", False)))
    return out


def side_of(guid, ord_):
    kind = next(n[1] for n in NOTES if n[0] == guid)
    if kind == "cloze":
        return entry_id(guid) + f"-c{ord_ + 1}", "term"
    if kind == "typein":
        return entry_id(guid), "term"  # the typed field (Back) is the term: Anki's card asks for it
    return entry_id(guid), ["definition", "term"][ord_]  # ord 0 shows the Front (term) and asks the Back


# ---------------------------------------------------------------------------------------------------
# genanki: the legacy layout (collection.anki2, no meta)

def genanki_package(path):
    css = ".card { font-family: arial; }"
    vocab = genanki.Model(1607392319, "Vocab", fields=[{"name": "Word"}, {"name": "Meaning"}, {"name": "Example"}],
                          templates=[{"name": "Recognize", "qfmt": "{{Word}}", "afmt": "{{FrontSide}}<hr id=answer>{{Meaning}}<br>{{Example}}"},
                                     {"name": "Recall", "qfmt": "{{Meaning}}", "afmt": "{{FrontSide}}<hr id=answer>{{Word}}"}], css=css)
    pairs = genanki.Model(1607392320, "Pairs", fields=[{"name": "Alpha"}, {"name": "Beta"}, {"name": "Gamma"}],
                          templates=[{"name": "Card 1", "qfmt": "{{Alpha}}", "afmt": "{{FrontSide}}<hr id=answer>{{Beta}}"}], css=css)
    models = {"basic": genanki.BASIC_MODEL, "reversed": genanki.BASIC_AND_REVERSED_CARD_MODEL,
              "typein": genanki.BASIC_TYPE_IN_THE_ANSWER_MODEL, "cloze": genanki.CLOZE_MODEL, "vocab": vocab, "pairs": pairs}
    deck = genanki.Deck(2059400110, "Genanki Sample")
    for guid, kind, fields, tags, _ in NOTES:
        model = models[kind]
        values = fields[:len(model.fields)]
        deck.add_note(genanki.Note(model=model, fields=values, tags=tags, guid=guid))
    media_dir = tempfile.mkdtemp()
    files = []
    for name, data in MEDIA.items():
        with open(os.path.join(media_dir, name), "wb") as f:
            f.write(data)
        files.append(os.path.join(media_dir, name))
    genanki.Package(deck, media_files=files).write_to_file(path)
    shutil.rmtree(media_dir)


# ---------------------------------------------------------------------------------------------------
# anki: legacy2 and latest layouts, and a .colpkg, with review history

def anki_collection(folder):
    col = Collection(os.path.join(folder, "collection.anki2"))
    mm = col.models
    vocab = mm.new("Vocab")
    for name in ["Word", "Meaning", "Example"]:
        mm.add_field(vocab, mm.new_field(name))
    for name, q, a in [("Recognize", "{{Word}}", "{{FrontSide}}<hr id=answer>{{Meaning}}<br>{{Example}}"),
                       ("Recall", "{{Meaning}}", "{{FrontSide}}<hr id=answer>{{Word}}")]:
        t = mm.new_template(name)
        t["qfmt"], t["afmt"] = q, a
        mm.add_template(vocab, t)
    mm.add(vocab)
    pairs = mm.new("Pairs")
    for name in ["Alpha", "Beta", "Gamma"]:
        mm.add_field(pairs, mm.new_field(name))
    t = mm.new_template("Card 1")
    t["qfmt"], t["afmt"] = "{{Alpha}}", "{{FrontSide}}<hr id=answer>{{Beta}}"
    mm.add_template(pairs, t)
    mm.add(pairs)
    names = {"basic": "Basic", "reversed": "Basic (and reversed card)", "typein": "Basic (type in the answer)",
             "cloze": "Cloze", "vocab": "Vocab", "pairs": "Pairs"}
    deck_id = col.decks.id("Languages::Spanish")
    for name, data in MEDIA.items():
        col.media.write_data(name, data)
    card_ids = {}
    for guid, kind, fields, tags, _ in NOTES:
        note = col.new_note(mm.by_name(names[kind]))
        for index, value in enumerate(fields[:len(note.keys())]):
            note.fields[index] = value
        note.tags = list(tags)
        note.guid = guid
        col.add_note(note, DeckId(deck_id))
        for card in note.cards():
            card_ids[(guid, card.ord)] = card.id
    serial = 0  # revlog ids are unique: a few milliseconds apart per row
    for (guid, ord_), history in REVIEWS.items():
        for days, ease, kind, duration in history:
            serial += 1
            at = T0 + int(days * DAY) + serial * 1000
            col.db.execute("insert into revlog (id, cid, usn, ease, ivl, lastIvl, factor, time, type) values (?,?,?,?,?,?,?,?,?)",
                           at, card_ids[(guid, ord_)], -1, ease, 1, 0, 2500, duration, kind)
    # One review answered through Anki's own scheduler (its revlog row carries the current time).
    col.decks.select(DeckId(deck_id))
    card = col.sched.getCard()
    col.sched.answerCard(card, 3)
    return col, card_ids


def revlog_of(col, card_ids):
    by_card = {cid: key for key, cid in card_ids.items()}
    out = []
    for at, cid, ease, kind, duration in col.db.all("select id, cid, ease, type, time from revlog order by id"):
        guid, ord_ = by_card[cid]
        entry, side = side_of(guid, ord_)
        out.append(dict(at_ms=at, card=f"{entry}/{side}", rating=ease, type=kind, duration_ms=duration,
                        imported=kind in (0, 1, 2) and 1 <= ease <= 4))
    return out


def anki_packages(out):
    folder = tempfile.mkdtemp()
    col, card_ids = anki_collection(folder)
    reviews = revlog_of(col, card_ids)
    options = lambda legacy: ExportAnkiPackageOptions(with_scheduling=True, with_media=True, legacy=legacy, with_deck_configs=False)
    col.export_anki_package(out_path=os.path.join(out, "legacy2.apkg"), options=options(True), limit=None)
    col.export_anki_package(out_path=os.path.join(out, "latest.apkg"), options=options(False), limit=None)
    col.export_collection_package(os.path.join(out, "collection.colpkg"), include_media=True, legacy=False)
    shutil.rmtree(folder)
    return reviews


# ---------------------------------------------------------------------------------------------------
# Hostile packages: never made by Anki, refused by hone with nothing written

SQLITE_HEADER = b"SQLite format 3\x00"


def zip_with(path, entries):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            info = zipfile.ZipInfo(name)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


def valid_stub():
    folder = tempfile.mkdtemp()
    path = os.path.join(folder, "stub.anki2")
    db = sqlite3.connect(path)
    db.execute("create table col (id integer primary key, ver int, models text, decks text)")
    db.execute("create table notes (id integer primary key, guid text, mid int, tags text, flds text)")
    db.execute("insert into col values (1, 11, '{}', '{}')")
    db.execute("insert into notes values (1, 'stub', 1, '', 'Please update to the latest Anki version\x1f')")
    db.commit()
    db.close()
    data = open(path, "rb").read()
    shutil.rmtree(folder)
    return data


def hostile(out):
    made = {}
    zip_with(os.path.join(out, "hostile-dotdot.apkg"), [("collection.anki2", valid_stub()), ("../../escaped.txt", b"x")])
    made["hostile-dotdot.apkg"] = ".."
    zip_with(os.path.join(out, "hostile-absolute.apkg"), [("collection.anki2", valid_stub()), ("/tmp/hone-absolute.txt", b"x")])
    made["hostile-absolute.apkg"] = "absolute"
    # 120 MiB that deflate to about 120 KiB: past the 100 MiB floor and past 100x the package.
    with zipfile.ZipFile(os.path.join(out, "hostile-zipbomb.apkg"), "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        with z.open("collection.anki21", "w", force_zip64=True) as f:
            f.write(SQLITE_HEADER)
            block = bytes(1 << 20)
            for _ in range(120):
                f.write(block)
    made["hostile-zipbomb.apkg"] = "bomb"
    # 3 GiB of zeros in a zstd frame of a few hundred KiB, declared as a small frame: past every bound.
    cctx = zstandard.ZstdCompressor(level=3, write_content_size=False)
    buffer = io.BytesIO()
    with cctx.stream_writer(buffer, closefd=False) as w:
        w.write(SQLITE_HEADER)
        block = bytes(8 << 20)
        for _ in range(384):
            w.write(block)
    zip_with(os.path.join(out, "hostile-zstdbomb.apkg"),
             [("meta", b"\x08\x03"), ("collection.anki21b", buffer.getvalue()), ("collection.anki2", valid_stub())])
    made["hostile-zstdbomb.apkg"] = "bomb"
    notsql = zstandard.ZstdCompressor().compress(b"this is not an SQLite database\n" * 100)
    zip_with(os.path.join(out, "hostile-notsqlite-latest.apkg"),
             [("meta", b"\x08\x03"), ("collection.anki21b", notsql), ("collection.anki2", valid_stub())])
    made["hostile-notsqlite-latest.apkg"] = "not sqlite"
    zip_with(os.path.join(out, "hostile-notsqlite-legacy2.apkg"),
             [("collection.anki21", b"garbage, not a database" * 50), ("collection.anki2", valid_stub())])
    made["hostile-notsqlite-legacy2.apkg"] = "not sqlite"
    return made


# ---------------------------------------------------------------------------------------------------
# Text samples

TEXT = {
    "anki-headers.csv": (
        "#separator:Semicolon\n"
        "#html:true\n"
        "#columns:Front;Back;Tags\n"
        "#tags column:3\n"
        "#deck:Spanish verbs\n"
        "hablar;to <b>speak</b>;verbs regular\n"
        "\"ser\";\"to be\n(permanent)\";verbs irregular\n"
        "\"ir\";\"to go; \"\"to leave\"\"\";verbs irregular\n"
        "\n"
        "comer;;verbs\n"
    ),
    "header-row.csv": (
        "term,definition,aliases,tags\n"
        "large language model,\"An AI system trained on massive text, to generate language.\",LLM,models\n"
        "retrieval-augmented generation,Augmenting a model with external knowledge at inference time.,RAG;retrieval augmented generation,adaptation rag\n"
    ),
    "auto.tsv": "uno\tone\ndos\ttwo\ntres\tthree\n",
    "pipe.txt": "#separator:Pipe\nrojo|red\nverde|green\n",
    "quizlet.txt": "la casa\tthe house\nel perro\tthe dog\nel gato\tthe cat\n",
    "quizlet-custom.txt": "la casa - the house;el perro - the dog\nand the cat's friend;el gato - the cat;",
    "bad-quote.csv": "uno,one\ndos,\"two\ntres,three\n",
    "glossary.md": (
        "# Foundation models\n"
        "\n"
        "Key terms, model families and training phases.\n"
        "\n"
        "## foundation model\n"
        "\n"
        "A large-scale AI model trained on broad, diverse data that serves as a reusable base.\n"
        "aliases: FM, base model\n"
        "tags: basics\n"
        "\n"
        "The term was introduced by Stanford's CRFM in 2021.\n"
        "\n"
        "## RAG\n"
        "\n"
        "Augmenting a foundation model with **external knowledge** at [inference](https://example.com) time.\n"
        "aliases: retrieval-augmented generation\n"
        "tags: adaptation\n"
        "\n"
        "## Key foundation model families\n"
        "id: model-families\n"
        "key: Model family\n"
        "prompt Lab: Which lab trains {key}? | Which model family is trained by {value}?\n"
        "prompt Modality: Which modalities does {key} handle? | Which model family handles {value}?\n"
        "prompt Access: How is {key} accessed? | Which model family is available via {value}?\n"
        "\n"
        "| Model family | Lab | Modality | Access |\n"
        "|---|---|---|---|\n"
        "| Claude (Haiku/Sonnet/Opus) | Anthropic | Text, vision | API, Bedrock |\n"
        "| GPT-4o, o3 | OpenAI | Text, vision, audio | API |\n"
        "| Gemini 1.5 Pro/Flash | Google DeepMind | Text, vision, audio | API, Vertex AI |\n"
        "| Llama 3.x | Meta FAIR | Text | Open weights |\n"
        "| Mistral Large/Small | Mistral AI | Text | API, open weights |\n"
        "| Amazon Titan | AWS | Text, embeddings, image | Bedrock only |\n"
        "\n"
        "## The three training phases of a foundation model\n"
        "id: training-phases\n"
        "\n"
        "Foundation models go through three phases:\n"
        "\n"
        "1. Pretraining\n"
        "2. Instruction fine-tuning (SFT)\n"
        "3. Alignment (RLHF, DPO, Constitutional AI)\n"
    ),
}


def main():
    os.makedirs(OUT, exist_ok=True)
    genanki_package(os.path.join(OUT, "legacy-genanki.apkg"))
    reviews = anki_packages(OUT)
    hostile_made = hostile(OUT)
    for name, text in TEXT.items():
        with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="") as f:
            f.write(text)
    manifest = dict(
        note="Written by Scripts/import-fixtures/generate.py: what went into each package and what hone must make of it.",
        packages={
            "legacy-genanki.apkg": dict(layout="collection.anki2", deck="Genanki Sample", reviews=[],
                                        entries=expected_entries("genanki")),
            "legacy2.apkg": dict(layout="collection.anki21", deck="Languages::Spanish", reviews=reviews,
                                 entries=expected_entries("anki")),
            "latest.apkg": dict(layout="collection.anki21b", deck="Languages::Spanish", reviews=reviews,
                                entries=expected_entries("anki")),
            "collection.colpkg": dict(layout="collection.anki21b", deck="Languages::Spanish", reviews=reviews,
                                      entries=expected_entries("anki")),
        },
        notes=len(NOTES),
        skipped={entry_id(n[0]): n[4][0]["skip"] for n in NOTES if "skip" in n[4][0]},
        media_references=3,
        hostile=hostile_made,
    )
    with open(os.path.join(OUT, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump(manifest, f, indent=2, ensure_ascii=False)
        f.write("\n")
    for name in sorted(os.listdir(OUT)):
        print(f"{os.path.getsize(os.path.join(OUT, name)):>9}  {name}")


if __name__ == "__main__":
    main()
