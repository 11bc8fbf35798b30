#ifndef MADO_CURL_ON_DEMAND_H
#define MADO_CURL_ON_DEMAND_H

/// Loads libcurl (libcurl.so.4) the first time it is needed; every later call is free.
/// Returns NULL when libcurl is ready, or why it could not be loaded (the dynamic loader's
/// words), a string that lives as long as the process.
const char *mado_curl_load(void);

#endif
