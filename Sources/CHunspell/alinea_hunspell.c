/* alinea_hunspell.c — see include/alinea_hunspell.h. */
#include "alinea_hunspell.h"

#include <hunspell/hunspell.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>

/* libhunspell shares a reference-counted UTF-8 case table between all its
   instances and counts without a lock: creating or destroying one dictionary
   while another thread does the same can free the table under a live one.
   Creation and destruction are therefore serialised here (the calls on one
   instance are serialised by the Swift wrapper). */
static pthread_mutex_t alinea_hunspell_lifecycle = PTHREAD_MUTEX_INITIALIZER;

void *alinea_hunspell_open(const char *affPath, const char *dicPath) {
    FILE *f = fopen(affPath, "r");
    if (!f) return NULL;
    fclose(f);
    f = fopen(dicPath, "r");
    if (!f) return NULL;
    fclose(f);
    pthread_mutex_lock(&alinea_hunspell_lifecycle);
    Hunhandle *handle = Hunspell_create(affPath, dicPath);
    pthread_mutex_unlock(&alinea_hunspell_lifecycle);
    return handle;
}

void alinea_hunspell_close(void *handle) {
    if (!handle) return;
    pthread_mutex_lock(&alinea_hunspell_lifecycle);
    Hunspell_destroy((Hunhandle *)handle);
    pthread_mutex_unlock(&alinea_hunspell_lifecycle);
}

int32_t alinea_hunspell_spell(void *handle, const char *word) {
    return Hunspell_spell((Hunhandle *)handle, word) ? 1 : 0;
}

static int32_t join_list(void *handle, char **list, int n, char *out, int32_t capacity) {
    int32_t used = 0;
    if (capacity > 0) out[0] = 0;
    for (int i = 0; i < n; i++) {
        size_t len = strlen(list[i]);
        if (used + (int32_t)len + 2 > capacity) break;
        if (i > 0) out[used++] = '\n';
        memcpy(out + used, list[i], len);
        used += (int32_t)len;
        out[used] = 0;
    }
    if (n > 0) Hunspell_free_list((Hunhandle *)handle, &list, n);
    return n;
}

int32_t alinea_hunspell_analyze(void *handle, const char *word, char *out, int32_t capacity) {
    char **list = NULL;
    int n = Hunspell_analyze((Hunhandle *)handle, &list, word);
    return join_list(handle, list, n, out, capacity);
}

int32_t alinea_hunspell_suggest(void *handle, const char *word, char *out, int32_t capacity) {
    char **list = NULL;
    int n = Hunspell_suggest((Hunhandle *)handle, &list, word);
    return join_list(handle, list, n, out, capacity);
}

int32_t alinea_hunspell_stem(void *handle, const char *word, char *out, int32_t capacity) {
    char **list = NULL;
    int n = Hunspell_stem((Hunhandle *)handle, &list, word);
    return join_list(handle, list, n, out, capacity);
}
