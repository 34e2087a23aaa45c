// Linux calls that Swift's Glibc module does not import.
#ifndef STANDAR_CSYSTEM_H
#define STANDAR_CSYSTEM_H

/// Atomically exchanges two paths (renameat2 with RENAME_EXCHANGE). Returns 0, or -1 with errno set
/// (EINVAL where the file system does not support it, ENOENT when either path is missing).
int standar_exchange_paths(const char *a, const char *b);

#endif
