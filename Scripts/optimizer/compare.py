#!/usr/bin/env python3
"""Benchmark hone's FSRS optimizer against fsrs-rs (fsrs-rs-python 0.9.3) and print one table.

For each log (the real one, then synthetic logs of 1,000 / 5,000 / 20,000 cards from synthetic_log.py
with known parameters): cards ordered by their first review, the first 70% fitted, the rest tested;
study days start at 04:00 UTC. fsrs-rs fits the training items in card order (compute_parameters)
and is scored with its own `evaluate` on the test items (recency-weighted log loss and RMSE(bins));
hone is run as `hone optimize --reviews LOG --json` and reports the same measures itself (its
"defaults" row must agree with fsrs-rs's, which checks that the two measure alike). Times are the
fit on the training cards, best of three runs. `--million` adds a log of about a million reviews,
fitted whole by both.

    pip install fsrs-rs-python==0.9.3
    swift build -c release
    python3 Scripts/optimizer/compare.py [--hone .build/release/hone] [--million]
"""
import argparse
import csv
import json
import os
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from datetime import datetime, timedelta

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import synthetic_log  # noqa: E402

try:
    from fsrs_rs_python import DEFAULT_PARAMETERS, FSRS, FSRSItem, FSRSReview
except ImportError:
    sys.exit("compare.py needs fsrs-rs-python: pip install fsrs-rs-python==0.9.3")

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def items_by_card(path):
    """(card order) -> list of items per card; an item is the reviews up to a long-term review."""
    by_card = defaultdict(list)
    with open(path) as file:
        for index, row in enumerate(csv.DictReader(file)):
            at = datetime.fromisoformat(row["review_time"])
            by_card[row["card_id"]].append((at, int(row["review_rating"]), index))
    for reviews in by_card.values():
        reviews.sort(key=lambda r: (r[0], r[2]))
    cards = sorted(by_card, key=lambda c: (by_card[c][0][0], c))
    out = []
    for card in cards:
        reviews, items, last = [], [], None
        for at, rating, _ in by_card[card]:
            day = (at - timedelta(hours=4)).date()
            delta = 0 if last is None else (day - last).days
            reviews.append(FSRSReview(rating, delta))
            if delta > 0:
                items.append(FSRSItem(list(reviews)))
            last = day
        out.append(items)
    return out, sum(len(v) for v in by_card.values())


def flatten(cards):
    return [item for items in cards for item in items]


def fsrs_rs(train, test, runs=3):
    best, parameters = float("inf"), None
    for _ in range(runs):
        start = time.perf_counter()
        parameters = FSRS(DEFAULT_PARAMETERS).compute_parameters(train)
        best = min(best, time.perf_counter() - start)
    evaluation = FSRS(parameters).evaluate(test)
    return evaluation.log_loss, evaluation.rmse_bins, best, parameters


def hone(binary, log, runs=3, field="split_fit"):
    best, result = float("inf"), None
    with tempfile.TemporaryDirectory() as home:
        for _ in range(runs):
            out = subprocess.run([binary, "optimize", "--reviews", log, "--json", "--no-retention", "--home", home],
                                 env={**os.environ, "TZ": "UTC"}, capture_output=True, text=True, check=True)
            result = json.loads(out.stdout)
            best = min(best, result["timing"][field])
    return result, best


def row(name, log_loss, rmse, seconds):
    seconds = "" if seconds is None else f"{seconds:9.3f}"
    return f"  {name:<10} {log_loss:9.4f} {rmse:11.4f} {seconds:>9}"


def compare(label, log, binary, truth=None):
    cards, reviews = items_by_card(log)
    cut = int(len(cards) * 0.7)
    train, test = flatten(cards[:cut]), flatten(cards[cut:])
    defaults = FSRS(DEFAULT_PARAMETERS).evaluate(test)
    rs_loss, rs_rmse, rs_time, _ = fsrs_rs(train, test)
    result, hone_time = hone(binary, log)
    print(f"{label}: {reviews} reviews of {len(cards)} cards; fit on {len(train)} long-term reviews, test on {len(test)}")
    print(f"  {'':<10} {'log loss':>9} {'RMSE(bins)':>11} {'seconds':>9}")
    print(row("defaults", defaults.log_loss, defaults.rmse_bins, None))
    if truth:
        true = FSRS(truth).evaluate(test)
        print(row("true", true.log_loss, true.rmse_bins, None))
    print(row("fsrs-rs", rs_loss, rs_rmse, rs_time))
    print(row("hone", result["log_loss"]["fitted"], result["rmse_bins"]["fitted"], hone_time))
    gap = abs(result["log_loss"]["default"] - defaults.log_loss)
    print(f"  hone's own defaults row: {result['log_loss']['default']:.4f} / {result['rmse_bins']['default']:.4f}"
          f" ({'agrees' if gap < 1e-4 else 'DIFFERS'}); hone vs fsrs-rs log loss: "
          f"{(result['log_loss']['fitted'] / rs_loss - 1) * 100:+.2f}%, time {hone_time / rs_time:.2f}x")
    print()


def million(binary, folder):
    log = os.path.join(folder, "million.csv")
    cards = 125_000
    synthetic_log.write(synthetic_log.generate(cards, 7), log)
    per_card, reviews = items_by_card(log)
    items = flatten(per_card)
    start = time.perf_counter()
    FSRS(DEFAULT_PARAMETERS).compute_parameters(items)
    rs_time = time.perf_counter() - start
    result, hone_time = hone(binary, log, runs=1, field="full_fit")
    print(f"Full workload: {reviews} reviews of {cards} cards ({len(items)} long-term), fitted whole:")
    print(f"  fsrs-rs {rs_time:.2f} s, hone {hone_time:.2f} s (hone's whole run incl. the held-out check: {result['seconds']:.2f} s)")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--hone", default=os.path.join(ROOT, ".build", "release", "hone"))
    parser.add_argument("--real", default=os.path.join(ROOT, "..", "shared", "data", "real-review-log.csv"))
    parser.add_argument("--sizes", default="1000,5000,20000")
    parser.add_argument("--million", action="store_true")
    args = parser.parse_args()
    if not os.access(args.hone, os.X_OK):
        sys.exit(f"{args.hone}: no hone binary (swift build -c release, or pass --hone)")
    if os.path.exists(args.real):
        compare("Real log", args.real, args.hone)
    with tempfile.TemporaryDirectory() as folder:
        for size in [int(s) for s in args.sizes.split(",") if s]:
            log = os.path.join(folder, f"synthetic-{size}.csv")
            synthetic_log.write(synthetic_log.generate(size, size), log)
            compare(f"Synthetic, {size} cards", log, args.hone, truth=synthetic_log.TRUE_PARAMETERS)
        if args.million:
            million(args.hone, folder)


if __name__ == "__main__":
    main()
