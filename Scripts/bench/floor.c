/* The floor for a cold start: one process that reads the journal, parses every line by hand
 * (card, at, rating), groups the reviews by card and runs the FSRS-6 memory formulas over each
 * history (study days starting at 04:00 UTC, same-day reviews on the short-term formula), as
 * hone does when it has no snapshot. No scheduling steps, fuzz or output beyond a checksum.
 * It also times its FSRS loop alone (the reviews grouped in memory: the formulas over every
 * review), as "fsrs_ms", the C side of the "FSRS formulas alone over 1M reviews" anchor.
 *
 *   cc -O2 -o floor floor.c -lm && ./floor Progress/default/reviews.jsonl
 */
#include <fcntl.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

static const double W[21] = {0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
                             1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542};

typedef struct { const char *id; uint32_t len; uint32_t index; } Slot;
typedef struct { uint32_t card; int32_t day; uint8_t rating; } Review;

static uint64_t fnv(const char *p, size_t n) {
    uint64_t h = 0xcbf29ce484222325ULL;
    for (size_t i = 0; i < n; i++) { h ^= (uint8_t)p[i]; h *= 0x100000001b3ULL; }
    return h;
}

static int64_t days_from_civil(int64_t y, unsigned m, unsigned d) {
    y -= m <= 2;
    const int64_t era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = (unsigned)(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + (int64_t)doe - 719468;
}

static inline int num(const char *p, int n) { int v = 0; for (int i = 0; i < n; i++) v = v * 10 + (p[i] - '0'); return v; }

static const char *find(const char *p, const char *end, const char *key, size_t keylen) {
    while (p + keylen <= end) {
        const char *q = memchr(p, key[0], (size_t)(end - p));
        if (!q || q + keylen > end) return NULL;
        if (memcmp(q, key, keylen) == 0) return q + keylen;
        p = q + 1;
    }
    return NULL;
}

int main(int argc, char **argv) {
    if (argc < 2) { fprintf(stderr, "usage: floor reviews.jsonl\n"); return 64; }
    int fd = open(argv[1], O_RDONLY);
    if (fd < 0) { perror(argv[1]); return 66; }
    struct stat st;
    fstat(fd, &st);
    char *buf = malloc((size_t)st.st_size + 1);
    size_t got = 0;
    while (got < (size_t)st.st_size) {
        ssize_t n = read(fd, buf + got, (size_t)st.st_size - got);
        if (n <= 0) break;
        got += (size_t)n;
    }
    close(fd);
    const char *end = buf + got;

    size_t cap = 1 << 16;
    Slot *slots = calloc(cap, sizeof(Slot));
    uint32_t cards = 0;
    size_t rcap = 1 << 20, nrev = 0;
    Review *reviews = malloc(rcap * sizeof(Review));

    for (const char *line = buf; line < end;) {
        const char *nl = memchr(line, '\n', (size_t)(end - line));
        if (!nl) nl = end;
        const char *c = find(line, nl, "\"card\":\"", 8);
        const char *a = find(line, nl, "\"at\":\"", 6);
        const char *r = find(line, nl, "\"rating\":", 9);
        if (c && a && r) {
            const char *ce = memchr(c, '"', (size_t)(nl - c));
            uint32_t len = (uint32_t)(ce - c);
            if ((size_t)cards * 2 >= cap) { /* grow and rehash */
                size_t ncap = cap * 2;
                Slot *n = calloc(ncap, sizeof(Slot));
                for (size_t i = 0; i < cap; i++) if (slots[i].id) {
                    size_t j = fnv(slots[i].id, slots[i].len) & (ncap - 1);
                    while (n[j].id) j = (j + 1) & (ncap - 1);
                    n[j] = slots[i];
                }
                free(slots); slots = n; cap = ncap;
            }
            size_t j = fnv(c, len) & (cap - 1);
            while (slots[j].id && !(slots[j].len == len && memcmp(slots[j].id, c, len) == 0)) j = (j + 1) & (cap - 1);
            if (!slots[j].id) { slots[j].id = c; slots[j].len = len; slots[j].index = cards++; }
            int64_t days = days_from_civil(num(a, 4), (unsigned)num(a + 5, 2), (unsigned)num(a + 8, 2));
            int64_t secs = days * 86400 + num(a + 11, 2) * 3600 + num(a + 14, 2) * 60 + num(a + 17, 2);
            if (nrev == rcap) { rcap *= 2; reviews = realloc(reviews, rcap * sizeof(Review)); }
            int64_t local = secs - 4 * 3600;
            reviews[nrev].card = slots[j].index;
            reviews[nrev].day = (int32_t)(local >= 0 ? local / 86400 : (local - 86399) / 86400);
            reviews[nrev].rating = (uint8_t)(r[0] - '0');
            nrev++;
        }
        line = nl + 1;
    }

    /* Group by card, keeping file (time) order: a counting sort. */
    uint32_t *start = calloc(cards + 1, sizeof(uint32_t));
    for (size_t i = 0; i < nrev; i++) start[reviews[i].card + 1]++;
    for (uint32_t i = 0; i < cards; i++) start[i + 1] += start[i];
    uint32_t *fill = malloc((cards + 1) * sizeof(uint32_t));
    memcpy(fill, start, (cards + 1) * sizeof(uint32_t));
    Review *grouped = malloc(nrev * sizeof(Review));
    for (size_t i = 0; i < nrev; i++) grouped[fill[reviews[i].card]++] = reviews[i];

    struct timespec fsrs_start, fsrs_end;
    clock_gettime(CLOCK_MONOTONIC, &fsrs_start);
    const double decay = -W[20], factor = pow(0.9, 1 / decay) - 1;
    const double easy_d0 = W[4] - exp(W[5] * 3) + 1;
    double checksum = 0;
    for (uint32_t card = 0; card < cards; card++) {
        double s = 0, d = 0;
        int32_t last = 0;
        for (uint32_t k = start[card]; k < start[card + 1]; k++) {
            const Review *rv = &grouped[k];
            int g = rv->rating;
            if (k == start[card]) {
                s = fmax(W[g - 1], 0.001);
                d = fmin(fmax(W[4] - exp(W[5] * (g - 1)) + 1, 1), 10);
            } else {
                int elapsed = rv->day - last;
                if (elapsed < 1) {
                    double inc = exp(W[17] * (g - 3 + W[18])) * pow(s, -W[19]);
                    if (g != 1) inc = fmax(inc, 1);
                    s = fmax(s * inc, 0.001);
                } else {
                    double r = pow(1 + factor * elapsed / s, decay);
                    double next;
                    if (g == 1) {
                        double lt = W[11] * pow(d, -W[12]) * (pow(s + 1, W[13]) - 1) * exp((1 - r) * W[14]);
                        next = fmin(lt, s / exp(W[17] * W[18]));
                    } else {
                        double hard = g == 2 ? W[15] : 1, easy = g == 4 ? W[16] : 1;
                        next = s * (1 + exp(W[8]) * (11 - d) * pow(s, -W[9]) * (exp((1 - r) * W[10]) - 1) * hard * easy);
                    }
                    s = fmax(next, 0.001);
                }
                double delta = -W[6] * (g - 3);
                double damped = d + (10 - d) * delta / 9;
                d = fmin(fmax(W[7] * easy_d0 + (1 - W[7]) * damped, 1), 10);
            }
            last = rv->day;
        }
        checksum += s + d;
    }
    clock_gettime(CLOCK_MONOTONIC, &fsrs_end);
    const double fsrs_ms = (double)(fsrs_end.tv_sec - fsrs_start.tv_sec) * 1e3 + (double)(fsrs_end.tv_nsec - fsrs_start.tv_nsec) / 1e6;
    printf("{\"cards\":%u,\"reviews\":%zu,\"checksum\":%.6f,\"fsrs_ms\":%.3f}\n", cards, nrev, checksum, fsrs_ms);
    return 0;
}
