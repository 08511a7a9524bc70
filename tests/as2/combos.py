"""The algorithm combinations the interoperability matrix runs through."""

DIGESTS = ("sha1", "sha256", "sha384", "sha512")
SCHEMES = ("rsassa_pkcs1v15", "rsassa_pss")
CIPHERS = ("tripledes_192_cbc", "aes_128_cbc", "aes_192_cbc", "aes_256_cbc")
MDN_MODES = ("sync", "async")


def matrix():
    """(partner id, AS2 name, options) for every outbound combination."""
    out = []
    for i, (digest, scheme, cipher, compress, mdn) in enumerate(
        (d, s, c, z, m)
        for d in DIGESTS
        for s in SCHEMES
        for c in CIPHERS
        for z in ("none", "before-signing", "after-signing")
        for m in MDN_MODES
    ):
        if compress == "after-signing" and digest in ("sha1", "sha384"):
            continue  # compression order is independent of the digest: keep the matrix fast
        opts = dict(
            digest=digest,
            signature=scheme,
            cipher=cipher,
            compress=compress,
            mdn=mdn,
            mdn_digest=digest,
            key_transport="rsaes_oaep" if i % 3 == 0 else "rsa",
        )
        out.append((f"mx{i:03d}", f"MX-{i:03d}", opts))
    return out
