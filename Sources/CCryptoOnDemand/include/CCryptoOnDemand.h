#ifndef MADO_CRYPTO_ON_DEMAND_H
#define MADO_CRYPTO_ON_DEMAND_H
#include <stddef.h>

/// Loads libcrypto (libcrypto.so.3) the first time a hash is asked for; every later call is free.
/// Returns NULL when libcrypto is ready, or why it could not be loaded (the dynamic loader's
/// words), a string that lives as long as the process.
const char *mado_crypto_load(void);

/// SHA-256 of `count` bytes into `out` (32 bytes). 0 when libcrypto could not be loaded.
int mado_sha256(const unsigned char *bytes, size_t count, unsigned char *out);

/// HMAC-SHA256 of `count` bytes under `key` into `out` (32 bytes); the length written, or 0.
unsigned int mado_hmac_sha256(const void *key, int key_length, const unsigned char *bytes, size_t count,
                              unsigned char *out);

/// 0 when the `count` bytes at `a` and `b` are equal, in a time that does not depend on them.
int mado_crypto_memcmp(const void *a, const void *b, size_t count);

#endif
