#include "alinea_zlib.h"

#include <stdlib.h>
#include <string.h>
#include <zlib.h>

int alinea_gunzip(const uint8_t *input, size_t length, uint8_t **out, size_t *out_length) {
    *out = NULL;
    *out_length = 0;
    z_stream s;
    memset(&s, 0, sizeof s);
    /* 16 + MAX_WBITS: expect a gzip header (dictzip's extra field is skipped by zlib). */
    int rc = inflateInit2(&s, 16 + MAX_WBITS);
    if (rc != Z_OK) return rc;
    size_t capacity = length * 4 + 1024;
    uint8_t *buffer = malloc(capacity);
    if (!buffer) { inflateEnd(&s); return Z_MEM_ERROR; }
    s.next_in = (Bytef *)input;
    s.avail_in = (uInt)length;
    size_t produced = 0;
    for (;;) {
        if (produced == capacity) {
            capacity *= 2;
            uint8_t *grown = realloc(buffer, capacity);
            if (!grown) { free(buffer); inflateEnd(&s); return Z_MEM_ERROR; }
            buffer = grown;
        }
        s.next_out = buffer + produced;
        s.avail_out = (uInt)(capacity - produced);
        rc = inflate(&s, Z_NO_FLUSH);
        produced = capacity - s.avail_out;
        if (rc == Z_STREAM_END) {
            /* Concatenated gzip members: continue with the next one. */
            if (s.avail_in > 0) { inflateReset(&s); continue; }
            break;
        }
        if (rc == Z_BUF_ERROR && s.avail_in == 0) { rc = Z_DATA_ERROR; }
        if (rc != Z_OK && rc != Z_BUF_ERROR) { free(buffer); inflateEnd(&s); return rc < 0 ? rc : Z_DATA_ERROR; }
    }
    inflateEnd(&s);
    *out = buffer;
    *out_length = produced;
    return 0;
}

void alinea_zlib_free(uint8_t *buffer) { free(buffer); }
