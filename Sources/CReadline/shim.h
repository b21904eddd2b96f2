// The only C in hone: a thin layer over GNU readline (GPL-3.0-or-later).
// Swift 6 rejects direct use of readline's mutable C globals, so every global that hone touches is
// reached through a static inline accessor here. Completion and signal handling also live here
// because readline calls them back as plain C function pointers.
#ifndef HONE_READLINE_SHIM_H
#define HONE_READLINE_SHIM_H

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <unistd.h>
#include <readline/readline.h>
#include <readline/history.h>

#define HONE_MAX_WORDS 256

// State lives in function-local statics: Swift's importer emits static inline functions (and their
// local statics) but not file-scope static variables of a header.
static inline char **hone_words(void) { static char *words[HONE_MAX_WORDS]; return words; }
static inline int *hone_word_count(void) { static int count = 0; return &count; }
static inline volatile sig_atomic_t *hone_interrupted_flag(void) { static volatile sig_atomic_t flag = 0; return &flag; }

/// Replaces the list of words that Tab completes (`:` commands, deck names).
static inline void hone_set_completion_words(const char *const *words, int count) {
    char **stored = hone_words();
    int *stored_count = hone_word_count();
    for (int i = 0; i < *stored_count; i++) { free(stored[i]); stored[i] = NULL; }
    *stored_count = 0;
    for (int i = 0; i < count && i < HONE_MAX_WORDS; i++) {
        stored[(*stored_count)++] = strdup(words[i]);
    }
}

static char *hone_completion_generator(const char *text, int state) {
    static int index;
    static size_t length;
    if (state == 0) { index = 0; length = strlen(text); }
    while (index < *hone_word_count()) {
        const char *word = hone_words()[index++];
        if (strncmp(word, text, length) == 0) { return strdup(word); }
    }
    return NULL;
}

static char **hone_attempted_completion(const char *text, int start, int end) {
    (void)start; (void)end;
    rl_attempted_completion_over = 1; // never fall back to file names
    return rl_completion_matches(text, hone_completion_generator);
}

static void hone_sigint_handler(int sig) { (void)sig; *hone_interrupted_flag() = 1; }

/// Reads one key for readline. A Ctrl-C interrupts the read (the handler is installed without
/// SA_RESTART) and ends input as if at end of file, so `readline()` returns and hone can close
/// the session cleanly instead of dying.
static int hone_getc(FILE *stream) {
    for (;;) {
        if (*hone_interrupted_flag()) { return EOF; }
        unsigned char key;
        ssize_t count = read(fileno(stream), &key, 1);
        if (count == 1) { return key; }
        if (count == 0 || errno != EINTR) { return EOF; }
    }
}

/// Sets up readline for hone: program name, completion, and Ctrl-C handling that makes
/// `readline()` return instead of killing the process.
static inline void hone_readline_setup(const char *name) {
    rl_readline_name = name;
    rl_attempted_completion_function = hone_attempted_completion;
    rl_completer_word_break_characters = " \t";
    rl_catch_signals = 0;
    rl_getc_function = hone_getc;
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = hone_sigint_handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0; // no SA_RESTART: an interrupted read returns to readline's event hook
    sigaction(SIGINT, &action, NULL);
}

/// Installs the Ctrl-C flag handler without readline (plain line input).
static inline void hone_install_sigint_flag(void) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = hone_sigint_handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0;
    sigaction(SIGINT, &action, NULL);
}

static inline int hone_was_interrupted(void) { return *hone_interrupted_flag() != 0; }
static inline void hone_clear_interrupted(void) { *hone_interrupted_flag() = 0; }

#endif
