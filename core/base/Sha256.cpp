#include "Sha256.h"

#include <openssl/evp.h>

namespace kj {

namespace {

// One digest context per thread, made once: creating one per hash costs as much as the hash.
struct Context
{
    Context()
        : ctx(EVP_MD_CTX_new())
    { }
    ~Context() { EVP_MD_CTX_free(ctx); }
    Context(const Context &) = delete;
    Context &operator=(const Context &) = delete;
    EVP_MD_CTX *ctx;
};

// Fetched once: EVP_sha256() would make every digest look the algorithm up by name again.
struct Algorithm
{
    Algorithm()
        : md(EVP_MD_fetch(nullptr, "SHA256", nullptr))
    { }
    ~Algorithm() { EVP_MD_free(md); }
    Algorithm(const Algorithm &) = delete;
    Algorithm &operator=(const Algorithm &) = delete;
    EVP_MD *md;
};

const EVP_MD *algorithm()
{
    static const Algorithm sha256;
    return sha256.md;
}

} // namespace

Sha256Digest sha256(std::initializer_list<QByteArrayView> parts)
{
    thread_local Context context;
    Sha256Digest digest {};
    unsigned int size = 0;
    // These calls fail only on allocation failure inside OpenSSL, which the process does not survive.
    EVP_DigestInit_ex(context.ctx, algorithm(), nullptr);
    for (QByteArrayView part : parts)
        EVP_DigestUpdate(context.ctx, part.data(), size_t(part.size()));
    EVP_DigestFinal_ex(context.ctx, digest.data(), &size);
    return digest;
}

} // namespace kj
