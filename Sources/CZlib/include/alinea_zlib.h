#ifndef ALINEA_ZLIB_H
#define ALINEA_ZLIB_H

#include <stddef.h>
#include <stdint.h>

/// Inflates a gzip (or dictzip, which is gzip with an extra header field)
/// buffer. On success returns 0 and sets *out (malloc'ed, caller frees with
/// alinea_zlib_free) and *out_length. On failure returns the zlib error code
/// (negative) and leaves *out NULL.
int alinea_gunzip(const uint8_t *input, size_t length, uint8_t **out, size_t *out_length);

/// Frees a buffer returned by alinea_gunzip.
void alinea_zlib_free(uint8_t *buffer);

#endif
