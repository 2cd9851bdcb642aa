/*
 * alinea_icu.c — thin C wrappers over ICU 72 (see include/alinea_icu.h for why).
 * Nothing here allocates memory the caller must free except through the
 * matching *_close function.
 */
#include "alinea_icu.h"

#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/ucasemap.h>
#include <unicode/uchar.h>
#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>
#include <unicode/ucsdet.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>
#include <unicode/utrans.h>
#include <unicode/uversion.h>

const char *alinea_icu_error_name(int32_t status) { return u_errorName((UErrorCode)status); }

void alinea_icu_version(char *out, int32_t capacity) {
    UVersionInfo info;
    char text[U_MAX_VERSION_STRING_LENGTH];
    u_getVersion(info);
    u_versionToString(info, text);
    if (capacity > 0) {
        strncpy(out, text, (size_t)capacity - 1);
        out[capacity - 1] = 0;
    }
}

static const UNormalizer2 *normalizer_for(int32_t form, UErrorCode *err) {
    switch (form) {
    case ALINEA_NFC: return unorm2_getNFCInstance(err);
    case ALINEA_NFD: return unorm2_getNFDInstance(err);
    case ALINEA_NFKC: return unorm2_getNFKCInstance(err);
    case ALINEA_NFKD: return unorm2_getNFKDInstance(err);
    case ALINEA_NFKC_CASEFOLD: return unorm2_getNFKCCasefoldInstance(err);
    default: *err = U_ILLEGAL_ARGUMENT_ERROR; return NULL;
    }
}

int32_t alinea_normalize(int32_t form, const uint16_t *src, int32_t length, uint16_t *dest,
                         int32_t capacity, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    const UNormalizer2 *n = normalizer_for(form, &err);
    int32_t needed = 0;
    if (U_SUCCESS(err)) needed = unorm2_normalize(n, (const UChar *)src, length, (UChar *)dest, capacity, &err);
    *status = err;
    return needed;
}

int32_t alinea_is_normalized(int32_t form, const uint16_t *src, int32_t length, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    const UNormalizer2 *n = normalizer_for(form, &err);
    UBool result = 0;
    if (U_SUCCESS(err)) result = unorm2_isNormalized(n, (const UChar *)src, length, &err);
    *status = err;
    return result ? 1 : 0;
}

int32_t alinea_nfc_stable_starter(int32_t codepoint) {
    return u_getIntPropertyValue((UChar32)codepoint, UCHAR_NFC_QUICK_CHECK) == UNORM_YES
        && u_getCombiningClass((UChar32)codepoint) == 0;
}

int32_t alinea_case_map(int32_t kind, const char *locale, const uint16_t *src, int32_t length,
                        uint16_t *dest, int32_t capacity, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    int32_t needed = 0;
    switch (kind) {
    case ALINEA_LOWER:
        needed = u_strToLower((UChar *)dest, capacity, (const UChar *)src, length, locale, &err);
        break;
    case ALINEA_UPPER:
        needed = u_strToUpper((UChar *)dest, capacity, (const UChar *)src, length, locale, &err);
        break;
    case ALINEA_TITLE:
        needed = u_strToTitle((UChar *)dest, capacity, (const UChar *)src, length, NULL, locale, &err);
        break;
    case ALINEA_FOLD:
        needed = u_strFoldCase((UChar *)dest, capacity, (const UChar *)src, length, U_FOLD_CASE_DEFAULT, &err);
        break;
    default: err = U_ILLEGAL_ARGUMENT_ERROR;
    }
    *status = err;
    return needed;
}

int32_t alinea_char_category(int32_t codepoint) { return (int32_t)u_charType((UChar32)codepoint); }

int32_t alinea_char_is_alphabetic(int32_t codepoint) {
    return u_hasBinaryProperty((UChar32)codepoint, UCHAR_ALPHABETIC) ? 1 : 0;
}

void *alinea_translit_open(const uint16_t *id, int32_t idLength, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    UParseError parseError;
    UTransliterator *t = utrans_openU((const UChar *)id, idLength, UTRANS_FORWARD, NULL, 0, &parseError, &err);
    *status = err;
    if (U_FAILURE(err)) {
        if (t) utrans_close(t);
        return NULL;
    }
    return t;
}

int32_t alinea_translit_apply(void *handle, uint16_t *buffer, int32_t *length, int32_t capacity,
                              int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    int32_t limit = *length;
    int32_t textLength = *length;
    utrans_transUChars((UTransliterator *)handle, (UChar *)buffer, &textLength, capacity, 0, &limit, &err);
    *status = err;
    *length = textLength;
    return textLength;
}

void alinea_translit_close(void *handle) {
    if (handle) utrans_close((UTransliterator *)handle);
}

void *alinea_break_open(int32_t kind, const char *locale, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    UBreakIteratorType type;
    switch (kind) {
    case ALINEA_BREAK_CHARACTER: type = UBRK_CHARACTER; break;
    case ALINEA_BREAK_WORD: type = UBRK_WORD; break;
    case ALINEA_BREAK_LINE: type = UBRK_LINE; break;
    case ALINEA_BREAK_SENTENCE: type = UBRK_SENTENCE; break;
    default: *status = U_ILLEGAL_ARGUMENT_ERROR; return NULL;
    }
    UBreakIterator *b = ubrk_open(type, locale, NULL, 0, &err);
    *status = err;
    if (U_FAILURE(err)) {
        if (b) ubrk_close(b);
        return NULL;
    }
    return b;
}

void alinea_break_set_text(void *handle, const uint16_t *text, int32_t length, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    ubrk_setText((UBreakIterator *)handle, (const UChar *)text, length, &err);
    if (U_SUCCESS(err)) ubrk_first((UBreakIterator *)handle);
    *status = err;
}

int32_t alinea_break_next(void *handle) {
    int32_t next = ubrk_next((UBreakIterator *)handle);
    return next == UBRK_DONE ? -1 : next;
}

int32_t alinea_break_rule_status(void *handle) { return ubrk_getRuleStatus((UBreakIterator *)handle); }

void alinea_break_close(void *handle) {
    if (handle) ubrk_close((UBreakIterator *)handle);
}

int32_t alinea_charset_detect(const char *bytes, int32_t length, char *name, int32_t nameCapacity,
                              int32_t *confidence, int32_t *status) {
    UErrorCode err = U_ZERO_ERROR;
    int32_t found = 0;
    UCharsetDetector *det = ucsdet_open(&err);
    if (U_SUCCESS(err)) ucsdet_setText(det, bytes, length, &err);
    const UCharsetMatch *match = U_SUCCESS(err) ? ucsdet_detect(det, &err) : NULL;
    if (U_SUCCESS(err) && match) {
        const char *n = ucsdet_getName(match, &err);
        int32_t c = ucsdet_getConfidence(match, &err);
        if (U_SUCCESS(err) && n && nameCapacity > 0) {
            strncpy(name, n, (size_t)nameCapacity - 1);
            name[nameCapacity - 1] = 0;
            *confidence = c;
            found = 1;
        }
    }
    if (det) ucsdet_close(det);
    *status = err;
    return found;
}

int32_t alinea_charset_decode(const char *name, const char *bytes, int32_t length, uint16_t *dest,
                              int32_t capacity, int32_t *errorOffset, int32_t *status) {
    /* The caller sizes `dest` generously (2 units per byte is always enough);
       a too-small buffer is reported as U_BUFFER_OVERFLOW_ERROR. */
    UErrorCode err = U_ZERO_ERROR;
    *errorOffset = -1;
    UConverter *conv = ucnv_open(name, &err);
    if (U_FAILURE(err)) {
        *status = err;
        return 0;
    }
    ucnv_setToUCallBack(conv, UCNV_TO_U_CALLBACK_STOP, NULL, NULL, NULL, &err);
    UChar *target = (UChar *)dest;
    const char *source = bytes;
    if (U_SUCCESS(err))
        ucnv_toUnicode(conv, &target, (UChar *)dest + capacity, &source, bytes + length, NULL, 1, &err);
    if (err == U_INVALID_CHAR_FOUND || err == U_ILLEGAL_CHAR_FOUND || err == U_TRUNCATED_CHAR_FOUND) {
        char invalid[32];
        int8_t invalidLength = (int8_t)sizeof(invalid);
        UErrorCode e2 = U_ZERO_ERROR;
        ucnv_getInvalidChars(conv, invalid, &invalidLength, &e2);
        *errorOffset = (int32_t)(source - bytes) - (U_SUCCESS(e2) ? invalidLength : 0);
    }
    ucnv_close(conv);
    *status = err;
    return (int32_t)(target - (UChar *)dest);
}
