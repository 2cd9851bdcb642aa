/*
 * alinea_icu.h — the only ICU surface Swift sees.
 *
 * Swift on this toolchain cannot import ICU's <unicode/…> headers (ICU renames every symbol
 * with a version suffix through macros the importer ignores, and the headers
 * clash with Foundation's bundled ICU). This header therefore exposes plain C:
 * UTF-16 buffers as uint16_t, lengths and error codes as int32_t, and opaque
 * handles as void pointers. Every function that fills a buffer returns the
 * length it needs (ICU "preflighting"): when that exceeds the capacity, the
 * caller retries with a larger buffer. `*status` receives the ICU UErrorCode
 * (0 = success, negative = warning, positive = failure).
 */
#ifndef ALINEA_ICU_H
#define ALINEA_ICU_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ---- errors ---------------------------------------------------------- */

/** ICU's name for an error code, e.g. "U_INVALID_CHAR_FOUND". */
const char *alinea_icu_error_name(int32_t status);
/** The ICU version string, e.g. "72.1". Writes into `out` (NUL-terminated). */
void alinea_icu_version(char *out, int32_t capacity);

/* ---- normalisation --------------------------------------------------- */

enum { ALINEA_NFC = 0, ALINEA_NFD = 1, ALINEA_NFKC = 2, ALINEA_NFKD = 3, ALINEA_NFKC_CASEFOLD = 4 };

int32_t alinea_normalize(int32_t form, const uint16_t *src, int32_t length,
                         uint16_t *dest, int32_t capacity, int32_t *status);
/** 1 when `src` is already in `form`, 0 otherwise. */
int32_t alinea_is_normalized(int32_t form, const uint16_t *src, int32_t length, int32_t *status);
/* 1 when `codepoint` is NFC_Quick_Check=Yes with combining class 0: a character NFC leaves as it
 * is and that nothing before it combines with, so a text made only of such characters is NFC. */
int32_t alinea_nfc_stable_starter(int32_t codepoint);

/* ---- case mapping ---------------------------------------------------- */

enum { ALINEA_LOWER = 0, ALINEA_UPPER = 1, ALINEA_TITLE = 2, ALINEA_FOLD = 3 };

/** Locale-sensitive case mapping (`locale` like "fr", "en", "tr"); FOLD ignores the locale. */
int32_t alinea_case_map(int32_t kind, const char *locale, const uint16_t *src, int32_t length,
                        uint16_t *dest, int32_t capacity, int32_t *status);

/* ---- character properties -------------------------------------------- */

/** ICU general category (UCharCategory) of a code point. */
int32_t alinea_char_category(int32_t codepoint);
/** 1 when the code point is alphabetic (UCHAR_ALPHABETIC). */
int32_t alinea_char_is_alphabetic(int32_t codepoint);

/* ---- transliteration ------------------------------------------------- */

/** Opens a transliterator by ID ("Any-Latin; Latin-ASCII"); NULL on failure. */
void *alinea_translit_open(const uint16_t *id, int32_t idLength, int32_t *status);
/** Transliterates `buffer` in place; `*length` is updated; returns the needed length. */
int32_t alinea_translit_apply(void *handle, uint16_t *buffer, int32_t *length, int32_t capacity,
                              int32_t *status);
void alinea_translit_close(void *handle);

/* ---- break iteration ------------------------------------------------- */

enum { ALINEA_BREAK_CHARACTER = 0, ALINEA_BREAK_WORD = 1, ALINEA_BREAK_LINE = 2, ALINEA_BREAK_SENTENCE = 3 };

/** Opens a break iterator for `locale` ("fr@ss=standard" enables ICU's abbreviation suppression). */
void *alinea_break_open(int32_t kind, const char *locale, int32_t *status);
/** Points the iterator at `text`; the caller keeps `text` alive while iterating. */
void alinea_break_set_text(void *handle, const uint16_t *text, int32_t length, int32_t *status);
/** Next boundary as a UTF-16 offset, or -1 at the end. */
int32_t alinea_break_next(void *handle);
/** Rule status of the boundary just returned (word kinds: 0 none, 100 number, 200 letter, …). */
int32_t alinea_break_rule_status(void *handle);
void alinea_break_close(void *handle);

/* ---- charset detection and conversion -------------------------------- */

/**
 * Guesses the charset of `bytes` with ICU's detector. Writes the canonical
 * name into `name` and its confidence (0–100) into `*confidence`; returns 1
 * when a guess was made, 0 otherwise.
 */
int32_t alinea_charset_detect(const char *bytes, int32_t length, char *name, int32_t nameCapacity,
                              int32_t *confidence, int32_t *status);

/**
 * Decodes `bytes` in charset `name` to UTF-16, stopping at the first byte
 * sequence that is invalid or unmapped (it never substitutes). On such an
 * error `*errorOffset` is the byte offset of the offending sequence.
 */
int32_t alinea_charset_decode(const char *name, const char *bytes, int32_t length, uint16_t *dest,
                              int32_t capacity, int32_t *errorOffset, int32_t *status);

#ifdef __cplusplus
}
#endif
#endif
