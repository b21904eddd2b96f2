"""Runs the engines people would otherwise use on hone-bench's workload and prints them side by
side with hone's numbers (read from hone-bench's JSON results).

Run through Scripts/bench-peers, which makes the venv. Peers measured:
  - py-fsrs 6.3.2: replay every review of the journal (Scheduler.reschedule_card per card).
  - fsrs-rs-python 0.9.3: memory states of all cards from their histories, one batch call.
  - Anki's library (pip `anki`): a collection holding the same notes (Basic and reversed: two cards a
    note, like hone's term and definition cards), the same revlog and the same card states; then a
    fresh process that opens it and fetches its first queued card; and, in-process, switching FSRS
    on (Anki recomputes every card's memory state from the revlog).
  - C: Scripts/bench/floor.c, a whole process that reads + parses the journal + runs FSRS (the floor),
    and its FSRS loop alone, timed inside that process (the formulas over reviews in memory).
  - with --fit: fitting FSRS parameters on the whole log (Anki and fsrs-rs-python).
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
DAY_START_HOURS = 4


def log(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def summary(times: list[float]) -> dict:
    return {"median_ms": statistics.median(times), "min_ms": min(times), "max_ms": max(times), "runs_ms": times}


def timed(runs: int, body, setup=None) -> dict:
    times = []
    for _ in range(runs):
        if setup:
            setup()
        start = time.perf_counter()
        body()
        times.append((time.perf_counter() - start) * 1000)
    return summary(times)


TIME = "/usr/bin/time"


def fresh_process(argv: list[str], runs: int, first_line: bool) -> dict:
    """Fresh processes timed to their first line (or exit), with peak RSS (KiB). Linux counts the
    parent's memory in a directly spawned child's max RSS (this script holds the whole journal), so
    the peak comes from /usr/bin/time, a small parent, where it is installed; else from wait4."""
    times, rss = [], 0
    handle, name = tempfile.mkstemp(prefix="hone-bench-peers-rss-")
    os.close(handle)
    rss_file = Path(name)
    wrapped = [TIME, "-f", "%M", "-o", str(rss_file)] + argv if os.access(TIME, os.X_OK) else argv
    for index in range(runs + 1):  # the first run warms the page cache and is not counted
        start = time.perf_counter()
        proc = subprocess.Popen(wrapped, stdout=subprocess.PIPE, stdin=subprocess.DEVNULL, stderr=subprocess.PIPE)
        if first_line:
            line = proc.stdout.readline()
            elapsed = (time.perf_counter() - start) * 1000
        proc.stdout.read()
        err = proc.stderr.read()
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        if not first_line:
            elapsed = (time.perf_counter() - start) * 1000
            line = b""
        if proc.returncode != 0:
            raise SystemExit(f"{' '.join(argv)} failed ({proc.returncode}): {err.decode(errors='replace')[-2000:]}")
        if first_line and line.strip() == b"none":
            raise SystemExit(f"{' '.join(argv)}: no card was queued")
        if index == 0:
            continue
        times.append(elapsed)
        measured = rss_file.read_text().strip().splitlines() if wrapped is not argv else []
        rss = max(rss, int(measured[-1]) if measured and measured[-1].isdigit() else usage.ru_maxrss)
    rss_file.unlink()
    result = summary(times)
    result["max_rss_kib"] = rss
    return result


def study_day(seconds: float) -> int:
    return int((seconds - DAY_START_HOURS * 3600) // 86400)


def parse_time(text: str) -> float:
    return dt.datetime.fromisoformat(text.replace("Z", "+00:00")).timestamp()


class Workload:
    """The generated home folder: deck entries and each card's history from the journal."""

    def __init__(self, info: dict):
        self.info = info
        self.home = Path(info["home"])
        self.deck_id = "bench"
        deck = json.loads((self.home / "Decks" / f"{self.deck_id}.json").read_text())
        self.entries = deck["entries"]
        self.now = parse_time(info["now"])
        self.retention = float(info["desired_retention"])
        self.histories: dict[str, list[tuple[float, int, int]]] = {}
        log(f"reading {self.home}/Progress/default/reviews.jsonl ...")
        with open(self.home / "Progress" / "default" / "reviews.jsonl", "rb") as journal:
            for line in journal:
                review = json.loads(line)
                self.histories.setdefault(review["card"], []).append(
                    (parse_time(review["at"]), int(review["rating"]), int(review.get("duration_ms") or 0)))
        for history in self.histories.values():
            history.sort(key=lambda review: review[0])
        self.reviews = sum(len(h) for h in self.histories.values())
        log(f"  {len(self.entries)} entries, {len(self.histories)} cards with reviews, {self.reviews} reviews")


# py-fsrs ---------------------------------------------------------------------------------------

def bench_py_fsrs(workload: Workload, runs: int) -> dict:
    import fsrs

    scheduler = fsrs.Scheduler(desired_retention=workload.retention)
    ratings = {1: fsrs.Rating.Again, 2: fsrs.Rating.Hard, 3: fsrs.Rating.Good, 4: fsrs.Rating.Easy}
    cards = []
    for card_id, (card, history) in enumerate(workload.histories.items(), start=1):
        logs = [fsrs.ReviewLog(card_id=card_id, rating=ratings[rating],
                               review_datetime=dt.datetime.fromtimestamp(at, dt.timezone.utc), review_duration=duration)
                for at, rating, duration in history]
        cards.append((fsrs.Card(card_id=card_id), logs))

    def replay():
        for card, logs in cards:
            scheduler.reschedule_card(card, logs)

    log("py-fsrs: replaying every review ...")
    return timed(runs, replay)


# fsrs-rs-python --------------------------------------------------------------------------------

def fsrs_rs_items(workload: Workload):
    import fsrs_rs_python as rs

    items = []
    for history in workload.histories.values():
        reviews, last = [], None
        for at, rating, _ in history:
            day = study_day(at)
            reviews.append(rs.FSRSReview(rating, 0 if last is None else day - last))
            last = day
        items.append(rs.FSRSItem(reviews))
    return items


def bench_fsrs_rs(workload: Workload, runs: int) -> dict:
    import fsrs_rs_python as rs

    model = rs.FSRS(rs.DEFAULT_PARAMETERS)
    items = fsrs_rs_items(workload)
    log("fsrs-rs-python: memory states, batch call ...")
    return timed(runs, lambda: model.memory_state_batch(items))


def fit_fsrs_rs(workload: Workload) -> dict:
    import fsrs_rs_python as rs

    model = rs.FSRS(rs.DEFAULT_PARAMETERS)
    # Training items: every prefix of a history that ends in a review on a later day.
    items = []
    for history in workload.histories.values():
        reviews, last = [], None
        for at, rating, _ in history:
            day = study_day(at)
            delta = 0 if last is None else day - last
            reviews.append(rs.FSRSReview(rating, delta))
            last = day
            if len(reviews) > 1 and delta > 0:
                items.append(rs.FSRSItem(list(reviews)))
    log(f"fsrs-rs-python: fitting parameters on {len(items)} items ...")
    return timed(1, lambda: model.compute_parameters(items))


# C floor ---------------------------------------------------------------------------------------

def bench_floor(workload: Workload, runs: int, scratch: Path) -> tuple[dict, dict]:
    """The C floor as a whole process, and its FSRS loop alone as it times it inside (the formulas
    over the reviews grouped in memory: what hone's fsrs-formulas row times in-process)."""
    binary = scratch / "floor"
    subprocess.run([os.environ.get("CC", "cc"), "-O2", "-o", str(binary), str(HERE / "floor.c"), "-lm"], check=True)
    journal = str(workload.home / "Progress" / "default" / "reviews.jsonl")
    log("C floor: read + parse + FSRS, whole process ...")
    whole = fresh_process([str(binary), journal], runs, first_line=False)
    log("C: the FSRS formulas alone (timed inside the floor's process) ...")
    loops = [json.loads(subprocess.run([str(binary), journal], check=True, capture_output=True).stdout)["fsrs_ms"]
             for _ in range(max(runs, 5))]
    return whole, summary(loops)


# Anki ------------------------------------------------------------------------------------------

def build_anki_collection(workload: Workload, hone: str, path: Path) -> None:
    """The same notes, revlog and card states in an Anki collection (built once, then reused)."""
    from anki.collection import AddNoteRequest, Collection

    log(f"Anki: building {path} ...")
    cards_json = subprocess.run([hone, "cards", "--json", "--home", str(workload.home), "--now", workload.info["now"]],
                                check=True, capture_output=True, env={**os.environ, "TZ": "UTC"}).stdout
    listed = json.loads(cards_json)
    states = {card["id"]: card for card in listed}
    # hone lists an entry's cards in deck order: its term card, then its definition card.
    entry_cards = [card["id"] for card in listed if card["id"].endswith(("/term", "/definition"))]
    if len(entry_cards) != 2 * len(workload.entries):
        raise SystemExit(f"Anki: expected two cards per entry, hone lists {len(entry_cards)} for {len(workload.entries)} entries")
    tmp = path.with_suffix(".partial.anki2")
    if tmp.exists():
        tmp.unlink()
    col = Collection(str(tmp))
    deck_id = col.decks.id(workload.deck_id)
    model = col.models.by_name("Basic (and reversed card)")
    notes = []
    for entry in workload.entries:
        note = col.new_note(model)
        note["Front"] = entry["term"]
        note["Back"] = entry["definition"]
        note.tags = entry.get("tags", [])
        notes.append(note)
    col.add_notes([AddNoteRequest(note, deck_id) for note in notes])
    # hone's /definition card asks the definition from the term (Anki's card 1, ord 0); /term the reverse.
    base_of = {note.id: entry_cards[2 * index].rsplit("/", 1)[0] for index, note in enumerate(notes)}
    card_ids = {}
    for cid, nid, ord_ in col.db.all("select id, nid, ord from cards"):
        card_ids[f"{base_of[nid]}/{'definition' if ord_ == 0 else 'term'}"] = cid
    # hone also makes cards of cloze blanks it finds in a definition ("<deck>/<entry>/cloze:..."): a
    # Basic note has no such card, so their few reviews stay out of Anki's revlog.
    missing = set(workload.histories) - set(card_ids)
    if any(not card.rsplit("/", 1)[-1].startswith("cloze:") for card in missing):
        raise SystemExit(f"Anki: {len(missing)} journal cards have no Anki card (e.g. {sorted(missing)[0]})")
    if missing:
        log(f"  {len(missing)} cloze cards of hone's ({sum(len(workload.histories[c]) for c in missing)} reviews) have no Anki card")

    # The revlog: one row per review (id = its millisecond), typed learn/review/relearn as Anki would.
    rows = []
    for card, history in workload.histories.items():
        if card not in card_ids:
            continue
        cid = card_ids[card]
        first_day = study_day(history[0][0])
        last_at, relearning = None, False
        for at, rating, duration in history:
            day = study_day(at)
            if day == first_day:
                kind = 0
            elif last_at is not None and study_day(last_at) == day and relearning:
                kind = 2
            else:
                kind = 1
                relearning = rating == 1
            interval = day - study_day(last_at) if last_at is not None else 0
            rows.append((int(round(at * 1000)), cid, -1, rating, interval, 0, 0, min(duration, 60000), kind))
            last_at = at
    col.db.executemany("insert into revlog (id, cid, usn, ease, ivl, lastIvl, factor, time, type) values (?,?,?,?,?,?,?,?,?)", rows)

    # Card states as hone computed them at --now, placed relative to Anki's today.
    today, now_day, now_real = col.sched.today, study_day(workload.now), time.time()
    updates = []
    for card, cid in card_ids.items():
        state = states.get(card)
        if state is None or state["state"] == "new":
            continue
        due = parse_time(state["due"]) if state["due"] else workload.now
        data = json.dumps({"s": round(state["stability"], 4), "d": round(state["difficulty"], 4), "dr": workload.retention},
                          separators=(",", ":"))
        if state["state"] == "review":
            kind, queue, due_value = 2, 2, today + study_day(due) - now_day
        else:
            kind, queue = (1, 1) if state["state"] == "learning" else (3, 1)
            due_value = int(now_real + (due - workload.now))
        updates.append((kind, queue, due_value, max(int(round(state["interval_days"])), 0), 2500, state["reps"],
                        state["lapses"], 1 if queue == 1 else 0, data, cid))
    col.db.executemany("update cards set type=?, queue=?, due=?, ivl=?, factor=?, reps=?, lapses=?, left=?, data=?, "
                       "mod=0 where id=?", updates)
    conf = col.decks.config_dict_for_deck_id(deck_id)
    conf["new"]["perDay"] = int(json.loads((workload.home / "Progress" / "default" / "settings.json").read_text())["new_per_day"])
    conf["rev"]["perDay"] = 9999
    conf["desiredRetention"] = workload.retention
    col.decks.update_config(conf)
    col.set_config("fsrs", True)
    # The deck Anki opens on (else "Default", which is empty: no card would be queued).
    col.decks.select(deck_id)
    col.close()
    tmp.rename(path)


def bench_anki_first_card(collection: Path, runs: int, python: str) -> dict:
    log("Anki: fresh process, open the collection, first queued card ...")
    return fresh_process([python, str(HERE / "anki_first_card.py"), str(collection)], runs, first_line=True)


def bench_anki_recompute(collection: Path, runs: int, scratch: Path) -> dict:
    """Switching FSRS on: Anki computes every card's memory state from the revlog."""
    from anki.collection import Collection

    copy = scratch / "recompute.anki2"
    collections = []

    def setup():
        if collections:
            collections.pop().close()
        shutil.copy(collection, copy)
        col = Collection(str(copy))
        col.db.execute("update cards set data = '{}'")
        col.set_config("fsrs", False)
        col.close()
        collections.append(Collection(str(copy)))

    def switch_on():
        col = collections[-1]
        deck_id = col.decks.id("bench")
        current = col.decks.get_deck_configs_for_update(deck_id)
        from anki.deck_config_pb2 import UpdateDeckConfigsRequest

        col.decks.update_deck_configs(UpdateDeckConfigsRequest(
            target_deck_id=deck_id, configs=[c.config for c in current.all_config], fsrs=True,
            limits=current.current_deck.limits))

    log("Anki: switching FSRS on (recompute all memory states) ...")
    result = timed(runs, switch_on, setup)
    col = collections[-1]
    computed = col.db.scalar("select count() from cards where data like '%\"s\":%'")
    log(f"  memory states after switching on: {computed} cards")
    col.close()
    result["cards_with_memory"] = computed
    return result


def bench_anki_import(package: Path, runs: int, scratch: Path) -> dict:
    """Importing hone-bench's .apkg of the workload (notes and revlog) into an empty collection."""
    from anki.collection import Collection, ImportAnkiPackageOptions, ImportAnkiPackageRequest

    collections = []

    def setup():
        if collections:
            collections.pop().close()
        path = scratch / "import.anki2"
        for leftover in scratch.glob("import.anki2*"):
            leftover.unlink()
        collections.append(Collection(str(path)))

    def import_package():
        collections[-1].import_anki_package(ImportAnkiPackageRequest(
            package_path=str(package), options=ImportAnkiPackageOptions(with_scheduling=True)))

    log(f"Anki: importing {package} into an empty collection ...")
    result = timed(runs, import_package, setup)
    col = collections[-1]
    result["notes"], result["revlog"] = col.note_count(), col.db.scalar("select count() from revlog")
    log(f"  imported {result['notes']} notes, {result['revlog']} revlog rows")
    col.close()
    return result


def fit_anki(collection: Path, scratch: Path) -> dict:
    from anki.collection import Collection

    copy = scratch / "fit.anki2"
    shutil.copy(collection, copy)
    col = Collection(str(copy))
    log("Anki: fitting parameters on the whole log ...")
    result = timed(1, lambda: col._backend.compute_fsrs_params(search="deck:bench", current_params=[],
                                                                 ignore_revlogs_before_ms=0, num_of_relearning_steps=1,
                                                                 health_check=False))
    col.close()
    return result


# The table ---------------------------------------------------------------------------------------

def hone_numbers(results: dict) -> dict:
    suite = results["suites"][0]
    numbers = {}
    for op in suite["operations"]:
        if "median_ms" in op:
            numbers[op["id"]] = op
    for micro in suite["micro"]:
        numbers["micro:" + micro["id"]] = micro
    return numbers


def fmt(ms: float | None) -> str:
    if ms is None:
        return "-"
    if ms < 10:
        return f"{ms:.2f}"
    if ms < 100:
        return f"{ms:.1f}"
    return f"{ms:,.0f}"


def render(rows: list[list[str]]) -> str:
    header = ["Operation", "Peer", "Peer ms", "Peer RSS MB", "Anchor ms", "hone counterpart", "hone ms", "Peer / hone"]
    table = [header] + rows
    widths = [max(len(row[i]) for row in table) for i in range(len(header))]
    numeric = {2, 3, 4, 6, 7}

    def line(cells):
        return "| " + " | ".join(c.rjust(widths[i]) if i in numeric else c.ljust(widths[i]) for i, c in enumerate(cells)) + " |"

    sep = "|" + "|".join(("-" * (w + 1) + ":") if i in numeric else "-" * (w + 2) for i, w in enumerate(widths)) + "|"
    return "\n".join([line(header), sep] + [line(r) for r in rows[0:]])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--results", required=True, help="hone-bench's JSON results (a full run)")
    parser.add_argument("--hone", required=True, help="the hone executable (for the card states Anki gets)")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--slow-runs", type=int, default=3, help="runs of the slow peers (py-fsrs, Anki recompute)")
    parser.add_argument("--fit", action="store_true", help="also fit parameters on the whole log (minutes)")
    parser.add_argument("--skip", default="", help="comma-separated: py-fsrs, fsrs-rs, floor, anki, anki-import")
    parser.add_argument("--cache", default=tempfile.gettempdir(), help="where the Anki collection is kept")
    parser.add_argument("--json", help="where to write the peers' results (default: bench-results/peers-<time>.json)")
    args = parser.parse_args()
    skip = {s.strip() for s in args.skip.split(",") if s.strip()}

    results = json.loads(Path(args.results).read_text())
    suite = results["suites"][0]
    workload = Workload(suite["workload"])
    hone = hone_numbers(results)
    scratch = Path(tempfile.mkdtemp(prefix="hone-bench-peers-"))
    peers: dict[str, dict] = {}
    try:
        if "floor" not in skip:
            peers["floor"], peers["c-formulas"] = bench_floor(workload, args.runs, scratch)
        if "fsrs-rs" not in skip:
            peers["fsrs-rs"] = bench_fsrs_rs(workload, args.runs)
        if "py-fsrs" not in skip:
            peers["py-fsrs"] = bench_py_fsrs(workload, args.slow_runs)
        if "anki" not in skip:
            collection = Path(args.cache) / f"hone-bench-peers-v2-{workload.home.name}.anki2"
            if not collection.exists():
                build_anki_collection(workload, args.hone, collection)
            peers["anki-first-card"] = bench_anki_first_card(collection, args.runs, sys.executable)
            peers["anki-recompute"] = bench_anki_recompute(collection, args.slow_runs, scratch)
            if args.fit:
                peers["anki-fit"] = fit_anki(collection, scratch)
        # hone-bench writes the workload's Anki package beside the workload folder.
        package = Path(str(workload.home) + "-apkg") / "bench.apkg"
        if "anki-import" not in skip and "anki" not in skip and package.exists():
            peers["anki-import"] = bench_anki_import(package, args.slow_runs, scratch)
        if args.fit and "fsrs-rs" not in skip:
            peers["fsrs-rs-fit"] = fit_fsrs_rs(workload)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)

    def hone_ms(key):
        return hone.get(key, {}).get("median_ms")

    # Each peer's operation, beside hone's counterparts: (title, peer key, peer, anchor ms, [(hone's
    # counterpart, its key in hone-bench's results), ...]).
    scheduler = ("Scheduler replay (in-process)", "micro:replay-scheduler")
    formulas = ("FSRS formulas (in-process, one thread)", "micro:fsrs-formulas")
    engine = ("engine replay, all cores (in-process)", "micro:replay-engine")
    engine_1 = ("engine replay, one thread (in-process)", "micro:replay-engine-1")
    peer_rows = [
        ("start, open, first queued card (fresh process)", "anki-first-card", "Anki 26.9.3 library", 261,
         [("study --porcelain, first line", "study-first")]),
        ("memory states of all cards", "fsrs-rs", "fsrs-rs-python 0.9.3 batch", 81, [scheduler, formulas, engine]),
        ("FSRS formulas alone, reviews in memory", "c-formulas", "C (floor.c's loop, one thread)", 37, [formulas, engine_1, engine]),
        ("replay all reviews", "py-fsrs", "py-fsrs 6.3.2", 8200, [scheduler, engine_1]),
        ("recompute all memory states", "anki-recompute", "Anki 26.9.3 (FSRS on)", 2500,
         [("LearnerProgress.open, no snapshot", "micro:open-rebuild")]),
        ("read + parse journal + FSRS, whole process", "floor", "C, hand-written (floor)", 163,
         [("cards --json, no snapshot", "cards-json-cold"), ("study, first line, no snapshot", "study-first-cold")]),
        ("import the workload's .apkg (notes + revlog)", "anki-import", "Anki 26.9.3 library", None,
         [("import, empty home", "import-apkg")]),
        ("fit parameters on the whole log", "anki-fit", "Anki 26.9.3", 10500, [("optimize --json", "optimize-json")]),
        ("fit parameters on the whole log", "fsrs-rs-fit", "fsrs-rs-python 0.9.3", 18900, [("optimize --json", "optimize-json")]),
    ]
    specs = [(operation, key, peer, anchor, counterpart, hone_key)
             for operation, key, peer, anchor, counterparts in peer_rows for counterpart, hone_key in counterparts]
    rows = []
    # The anchors were measured on the workload (20,000 cards, 1,000,000 reviews) only.
    # (10,000 entries: 20,000 term and definition cards, plus the few cloze cards hone finds in definitions.)
    anchored = workload.info["entries"] == 10000 and workload.info["reviews"] == 1000000
    for operation, key, peer, anchor, counterpart, hone_key in specs:
        anchor = anchor if anchored else None
        if key not in peers:
            continue
        peer_ms = peers[key]["median_ms"]
        ours = hone_ms(hone_key)
        ratio = f"{peer_ms / ours:.2f}x" if ours else "-"
        rss = peers[key].get("max_rss_kib")
        rows.append([operation, peer, fmt(peer_ms), f"{rss * 1024 / 1e6:.1f}" if rss else "-", fmt(anchor), counterpart,
                     fmt(ours), ratio])
    info = workload.info
    print(f"Workload: {info['cards']:,} cards, {info['reviews']:,} reviews, {info['journal_bytes'] / 1e6:.1f} MB journal "
          f"({info['home']}); hone results: {args.results}")
    print(render(rows))
    print("\nPeer / hone above 1 means hone is faster. Anchors: the issue's numbers on this machine kind (79 MB journal).")
    out = Path(args.json) if args.json else Path("bench-results") / f"peers-{time.strftime('%Y%m%dT%H%M%S')}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps({"hone_results": args.results, "workload": info, "peers": peers,
                               "load_average": open("/proc/loadavg").read().split()[:3]}, indent=1) + "\n")
    log(f"peers' results: {out}")


if __name__ == "__main__":
    main()
