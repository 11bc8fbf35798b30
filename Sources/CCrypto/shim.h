#ifndef MADO_CCRYPTO_SHIM_H
#define MADO_CCRYPTO_SHIM_H
// libcrypto (OpenSSL) for hashes and HMAC: crypto is never hand-rolled here.
#include <openssl/sha.h>
#include <openssl/hmac.h>
#include <openssl/evp.h>
#include <openssl/crypto.h>
#endif
