#!/usr/bin/env python3
"""Synthetic review logs of a learner whose memory follows FSRS-6 with known parameters, in py-fsrs's
CSV format (card_id, review_rating, review_time, review_duration).

The same process as Tests/HoneKitTests/Optimizer/SyntheticReviewLog.swift (its own random stream):
each day 20 new cards; a first rating drawn from fixed odds (Again and Hard followed by a same-day
Good); each later review after the interval that would give the true model 90% recall, stretched by
a random factor in 0.5...2; recall drawn with the true retrievability; a lapse followed by a same-day
Good. Reviews fall at 12:00 UTC (same-day ones ten minutes apart), so study days starting at 04:00 UTC
are calendar days.

    python3 synthetic_log.py CARDS SEED OUT.csv
"""
import csv
import math
import random
import sys
from datetime import datetime, timedelta, timezone

TRUE_PARAMETERS = [1.0, 2.5, 6.0, 20.0, 6.2, 0.55, 2.6, 0.02, 1.75, 0.22, 0.9, 1.3, 0.08, 0.35, 1.9, 0.5,
                   2.2, 0.6, 0.2, 0.1, 0.5]
S_MIN, S_MAX = 0.001, 36500.0


def clamp(x, lo, hi):
    return min(max(x, lo), hi)


class Model:
    """FSRS-6 as fsrs-rs trains it (the same formulas as HoneKit's MemoryModel)."""

    def __init__(self, w):
        self.w = w
        self.decay = -w[20]
        self.factor = 0.9 ** (1 / self.decay) - 1
        self.easy_d = w[4] - math.exp(w[5] * 3) + 1

    def initial(self, rating):
        w = self.w
        return clamp(w[rating - 1], S_MIN, S_MAX), clamp(w[4] - math.exp(w[5] * (rating - 1)) + 1, 1, 10)

    def retrievability(self, t, s):
        return (1 + self.factor * t / s) ** self.decay if t > 0 else 1.0

    def next(self, s, d, t, rating):
        w = self.w
        s = clamp(s, S_MIN, S_MAX)
        if t == 0:
            inc = math.exp(w[17] * (rating - 3 + w[18])) * s ** -w[19]
            new_s = s * (max(inc, 1.0) if rating >= 2 else inc)
        else:
            r = self.retrievability(t, s)
            if rating == 1:
                raw = w[11] * d ** -w[12] * ((s + 1) ** w[13] - 1) * math.exp((1 - r) * w[14])
                new_s = min(raw, s / math.exp(w[17] * w[18]))
            else:
                inc = math.exp(w[8]) * (11 - d) * s ** -w[9] * (math.exp((1 - r) * w[10]) - 1)
                inc *= w[15] if rating == 2 else 1
                inc *= w[16] if rating == 4 else 1
                new_s = s * (inc + 1)
        damped = d + (10 - d) * (w[6] * (3 - rating)) / 9
        new_d = clamp(w[7] * (self.easy_d - damped) + damped, 1, 10)
        return clamp(new_s, S_MIN, S_MAX), new_d


def pick(rng, odds):
    x = rng.random()
    for i, p in enumerate(odds):
        x -= p
        if x < 0:
            return i + 1
    return len(odds)


def generate(cards, seed, parameters=TRUE_PARAMETERS, horizon=300):
    rng = random.Random(seed)
    model = Model(parameters)
    epoch = datetime(2024, 1, 1, 12, tzinfo=timezone.utc)
    rows = []
    for card in range(cards):
        day = card // 20
        end = day + horizon
        minute = 0

        def add(rating):
            nonlocal minute
            at = epoch + timedelta(days=day, minutes=minute)
            rows.append((card + 1, rating, at.isoformat(), 8000 if rating > 1 else 20000))
            minute += 10

        first = pick(rng, [0.2, 0.1, 0.5, 0.2])
        s, d = model.initial(first)
        add(first)
        if first <= 2:
            s, d = model.next(s, d, 0, 3)
            add(3)
        while True:
            interval = max(1, round(s * (0.5 + 1.5 * rng.random())))  # s is the 90% interval
            day += interval
            minute = 0
            if day >= end:
                break
            r = model.retrievability(interval, s)
            rating = pick(rng, [0.15, 0.75, 0.1]) + 1 if rng.random() < r else 1
            s, d = model.next(s, d, interval, rating)
            add(rating)
            if rating == 1:
                s, d = model.next(s, d, 0, 3)
                add(3)
    return rows


def write(rows, path):
    with open(path, "w", newline="") as file:
        out = csv.writer(file)
        out.writerow(["card_id", "review_rating", "review_time", "review_duration"])
        out.writerows(rows)


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    write(generate(int(sys.argv[1]), int(sys.argv[2])), sys.argv[3])
