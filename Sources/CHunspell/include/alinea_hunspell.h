/*
 * alinea_hunspell.h — plain C access to libhunspell for Swift.
 *
 * Hunspell's own C header works, but wrapping it keeps the library's
 * pointer-to-pointer list conventions and its free function out of Swift:
 * results come back as one '\n'-separated UTF-8 string in a caller buffer.
 */
#ifndef ALINEA_HUNSPELL_H
#define ALINEA_HUNSPELL_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/** Loads a dictionary (.aff + .dic paths); NULL when either cannot be read. */
void *alinea_hunspell_open(const char *affPath, const char *dicPath);
void alinea_hunspell_close(void *handle);
/** 1 when the UTF-8 word is accepted by the dictionary. */
int32_t alinea_hunspell_spell(void *handle, const char *word);
/**
 * Morphological analyses ("po:nom is:mas", …) of `word`, '\n'-separated,
 * written into `out` (NUL-terminated, truncated at `capacity`). Returns the
 * number of analyses.
 */
int32_t alinea_hunspell_analyze(void *handle, const char *word, char *out, int32_t capacity);
/** Suggestions for a misspelt word, '\n'-separated, as for analyze. */
int32_t alinea_hunspell_suggest(void *handle, const char *word, char *out, int32_t capacity);
/** Stems of `word`, '\n'-separated, as for analyze. */
int32_t alinea_hunspell_stem(void *handle, const char *word, char *out, int32_t capacity);

#ifdef __cplusplus
}
#endif
#endif
