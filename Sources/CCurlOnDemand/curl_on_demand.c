// libcurl on demand. FoundationNetworking (URLSession) is linked into `mado` statically and calls
// libcurl's functions; linking libcurl itself would make every `mado` process load it and its
// ~28 libraries (TLS, Kerberos, LDAP…) at start, about 7 ms, although only the Instagram and LINE
// API calls use it. These definitions stand in for libcurl's in the executable (hidden: libcurl's
// own calls never land here) and forward each call to the real function, found with
// dlopen/dlsym on the first call. The Swift side calls mado_curl_load() before it makes a
// URLSession, so a missing libcurl is a clear error, not a crash inside Foundation.
//
// Types are libcurl's ABI on LP64: handles are pointers, enums are ints.
#define _GNU_SOURCE
#include "CCurlOnDemand.h"
#include "CLibraryOnDemand.h"
#include <dlfcn.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define HIDDEN __attribute__((visibility("hidden")))

// Every libcurl function FoundationNetworking uses (`nm -u libFoundationNetworking.a
// lib_CFURLSessionInterface.a | grep curl_`, in the toolchain's lib/swift_static/linux). A new
// toolchain that calls another one makes the release build fail to link (an undefined curl_…),
// never a binary that loads libcurl at start or misses a function.
#define CURL_FUNCTIONS(X) \
    X(curl_easy_cleanup) X(curl_easy_getinfo) X(curl_easy_init) X(curl_easy_pause) \
    X(curl_easy_setopt) X(curl_easy_strerror) X(curl_free) X(curl_global_init) \
    X(curl_multi_add_handle) X(curl_multi_assign) X(curl_multi_cleanup) X(curl_multi_info_read) \
    X(curl_multi_init) X(curl_multi_remove_handle) X(curl_multi_setopt) X(curl_multi_socket_action) \
    X(curl_slist_append) X(curl_slist_free_all) X(curl_url) X(curl_url_get) X(curl_url_set) \
    X(curl_version) X(curl_version_info)

#define DECLARE_POINTER(name) static void *real_##name;
CURL_FUNCTIONS(DECLARE_POINTER)

static pthread_once_t once = PTHREAD_ONCE_INIT;
static mado_library library;
static const char *failure;

static void load(void) {
    // The soname of Debian's libcurl4, or MADO_LIBCURL (another build of libcurl).
    if (!mado_library_open(&library, "MADO_LIBCURL", "libcurl.so.4")) {
        failure = library.failure;
        return;
    }
#define RESOLVE(name) \
    if (!(real_##name = mado_library_symbol(&library, #name, "a libcurl"))) { \
        failure = library.failure; \
        return; \
    }
    CURL_FUNCTIONS(RESOLVE)
}

const char *mado_curl_load(void) {
    pthread_once(&once, load);
    return failure;
}

// Each stand-in: nothing to call until libcurl is loaded, then the real function. The failure
// values are libcurl's own "could not" codes, so a caller that checks sees an error, not junk.
#define CURLE_FAILED_INIT 2
#define CURLM_INTERNAL_ERROR 4
#define CURLUE_OUT_OF_MEMORY 7
#define READY (mado_curl_load() == NULL)

// setopt's third argument's type is named by the option's number range (curl.h: CURLOPTTYPE_*):
// long below 10000, a pointer (object or function) up to 30000, curl_off_t up to 40000, then
// a pointer (blob). All are one 64-bit integer register on LP64; read each as its own type.
enum { OPT_OBJECT = 10000, OPT_OFF_T = 30000, OPT_BLOB = 40000 };

HIDDEN int curl_easy_setopt(void *handle, int option, ...) {
    if (!READY) return CURLE_FAILED_INIT;
    va_list args;
    va_start(args, option);
    int rc;
    if (option < OPT_OBJECT) {
        long value = va_arg(args, long);
        rc = ((int (*)(void *, int, ...))real_curl_easy_setopt)(handle, option, value);
    } else if (option >= OPT_OFF_T && option < OPT_BLOB) {
        int64_t value = va_arg(args, int64_t);
        rc = ((int (*)(void *, int, ...))real_curl_easy_setopt)(handle, option, value);
    } else {
        void *value = va_arg(args, void *);
        rc = ((int (*)(void *, int, ...))real_curl_easy_setopt)(handle, option, value);
    }
    va_end(args);
    return rc;
}

HIDDEN int curl_multi_setopt(void *multi, int option, ...) {
    if (!READY) return CURLM_INTERNAL_ERROR;
    va_list args;
    va_start(args, option);
    int rc;
    if (option < OPT_OBJECT) {
        long value = va_arg(args, long);
        rc = ((int (*)(void *, int, ...))real_curl_multi_setopt)(multi, option, value);
    } else if (option >= OPT_OFF_T && option < OPT_BLOB) {
        int64_t value = va_arg(args, int64_t);
        rc = ((int (*)(void *, int, ...))real_curl_multi_setopt)(multi, option, value);
    } else {
        void *value = va_arg(args, void *);
        rc = ((int (*)(void *, int, ...))real_curl_multi_setopt)(multi, option, value);
    }
    va_end(args);
    return rc;
}

// getinfo's third argument is always a pointer to where the answer goes.
HIDDEN int curl_easy_getinfo(void *handle, int info, ...) {
    if (!READY) return CURLE_FAILED_INIT;
    va_list args;
    va_start(args, info);
    void *where = va_arg(args, void *);
    va_end(args);
    return ((int (*)(void *, int, ...))real_curl_easy_getinfo)(handle, info, where);
}

#define FORWARD(type, name, fail, params, args) \
    HIDDEN type name params { \
        if (!READY) return fail; \
        return ((type (*) params)real_##name) args; \
    }
#define FORWARD_VOID(name, params, args) \
    HIDDEN void name params { \
        if (!READY) return; \
        ((void (*) params)real_##name) args; \
    }

FORWARD(void *, curl_easy_init, NULL, (void), ())
FORWARD_VOID(curl_easy_cleanup, (void *handle), (handle))
FORWARD(int, curl_easy_pause, CURLE_FAILED_INIT, (void *handle, int bitmask), (handle, bitmask))
FORWARD(const char *, curl_easy_strerror, "libcurl is not loaded", (int code), (code))
FORWARD_VOID(curl_free, (void *pointer), (pointer))
FORWARD(int, curl_global_init, CURLE_FAILED_INIT, (long flags), (flags))
FORWARD(int, curl_multi_add_handle, CURLM_INTERNAL_ERROR, (void *multi, void *easy), (multi, easy))
FORWARD(int, curl_multi_assign, CURLM_INTERNAL_ERROR, (void *multi, int socket, void *pointer), (multi, socket, pointer))
FORWARD(int, curl_multi_cleanup, CURLM_INTERNAL_ERROR, (void *multi), (multi))
FORWARD(void *, curl_multi_info_read, NULL, (void *multi, int *queued), (multi, queued))
FORWARD(void *, curl_multi_init, NULL, (void), ())
FORWARD(int, curl_multi_remove_handle, CURLM_INTERNAL_ERROR, (void *multi, void *easy), (multi, easy))
FORWARD(int, curl_multi_socket_action, CURLM_INTERNAL_ERROR, (void *multi, int socket, int events, int *running), (multi, socket, events, running))
FORWARD(void *, curl_slist_append, NULL, (void *list, const char *text), (list, text))
FORWARD_VOID(curl_slist_free_all, (void *list), (list))
FORWARD(void *, curl_url, NULL, (void), ())
FORWARD(int, curl_url_get, CURLUE_OUT_OF_MEMORY, (void *url, int part, char **value, unsigned int flags), (url, part, value, flags))
FORWARD(int, curl_url_set, CURLUE_OUT_OF_MEMORY, (void *url, int part, const char *value, unsigned int flags), (url, part, value, flags))
FORWARD(char *, curl_version, "libcurl not loaded", (void), ())
FORWARD(void *, curl_version_info, NULL, (int age), (age))
