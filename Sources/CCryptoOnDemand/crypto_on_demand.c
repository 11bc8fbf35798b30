// libcrypto on demand. Hashes (SHA-256 for mail without a Message-ID, HMAC-SHA256 for webhook
// signatures and erasure keys) come from libcrypto, never hand-rolled; but linking it makes every
// `mado` process map, relocate and initialise its 4.7 MB at start (about 1.4 ms of a 7 ms
// `mado --version`) although a search or a list never hashes anything. It is opened with
// dlopen on the first hash instead, as libcurl is (see CCurlOnDemand).
//
// The function types come from OpenSSL's own headers (__typeof__), so a mismatch with the
// library's ABI is a compile error here, not a wrong call at run time.
#define _GNU_SOURCE
#include "CCryptoOnDemand.h"
#include "CLibraryOnDemand.h"
#include <dlfcn.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/sha.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

#define CRYPTO_FUNCTIONS(X) X(SHA256) X(HMAC) X(EVP_sha256) X(CRYPTO_memcmp)

#define DECLARE_POINTER(name) static __typeof__(name) *real_##name;
CRYPTO_FUNCTIONS(DECLARE_POINTER)

static pthread_once_t once = PTHREAD_ONCE_INIT;
static mado_library library;
static const char *failure;

static void load(void) {
    // The soname of Debian's libssl3, or MADO_LIBCRYPTO. Opened RTLD_LOCAL: libcurl, loaded
    // later, binds to its own copy through its own DT_NEEDED, which the loader shares with this one.
    if (!mado_library_open(&library, "MADO_LIBCRYPTO", "libcrypto.so.3")) {
        failure = library.failure;
        return;
    }
#define RESOLVE(name) \
    if (!(real_##name = (__typeof__(name) *)mado_library_symbol(&library, #name, "a libcrypto"))) { \
        failure = library.failure; \
        return; \
    }
    CRYPTO_FUNCTIONS(RESOLVE)
}

const char *mado_crypto_load(void) {
    pthread_once(&once, load);
    return failure;
}

int mado_sha256(const unsigned char *bytes, size_t count, unsigned char *out) {
    if (mado_crypto_load()) return 0;
    return real_SHA256(bytes, count, out) != NULL;
}

unsigned int mado_hmac_sha256(const void *key, int key_length, const unsigned char *bytes, size_t count,
                              unsigned char *out) {
    if (mado_crypto_load()) return 0;
    unsigned int length = 0;
    if (!real_HMAC(real_EVP_sha256(), key, key_length, bytes, count, out, &length)) return 0;
    return length;
}

int mado_crypto_memcmp(const void *a, const void *b, size_t count) {
    if (mado_crypto_load()) return -1;
    return real_CRYPTO_memcmp(a, b, count);
}
