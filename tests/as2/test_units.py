"""Pure AS2 pieces: algorithm spellings, MIC rules, MIME slicing, profile validation."""

import base64
import hashlib

import pytest

from gateway.as2 import algorithms, cms, mdn, message, mime
from gateway.as2.errors import InsufficientSecurity
from gateway.as2.settings import As2Partner
from gateway.errors import ConfigError


@pytest.mark.parametrize(
    "spelling",
    [
        "sha256",
        "SHA-256",
        "sha-256",
        "sha256_rsa",
        "rsa-sha256",
        "SHA256withRSA",
        "sha256WithRSAEncryption",
    ],
)
def test_digest_spellings(spelling):
    assert algorithms.digest(spelling) == "sha256"


@pytest.mark.parametrize(
    "spelling,expected",
    [
        ("rsassa_pkcs1v15", "rsassa_pkcs1v15"),
        ("RSASSA-PKCS1-v1_5", "rsassa_pkcs1v15"),
        ("sha256_rsa", "rsassa_pkcs1v15"),
        ("rsa", "rsassa_pkcs1v15"),
        ("rsassa_pss", "rsassa_pss"),
        ("RSA-PSS", "rsassa_pss"),
        ("sha512withRSAandMGF1-pss", "rsassa_pss"),
    ],
)
def test_signature_spellings(spelling, expected):
    assert algorithms.signature(spelling) == expected


@pytest.mark.parametrize(
    "spelling,expected",
    [
        ("3des", "tripledes_3key"),
        ("tripledes_192_cbc", "tripledes_3key"),
        ("des-ede3-cbc", "tripledes_3key"),
        ("aes_128_cbc", "aes128_cbc"),
        ("AES192", "aes192_cbc"),
        ("aes256-cbc", "aes256_cbc"),
    ],
)
def test_cipher_spellings(spelling, expected):
    assert algorithms.cipher(spelling).name == expected


def test_unknown_algorithm_in_a_profile_names_the_key():
    with pytest.raises(ConfigError, match=r"as2\.cipher.*unknown encryption algorithm 'rc4'"):
        As2Partner(name="X", cipher="rc4")
    with pytest.raises(ConfigError, match=r"as2\.digest"):
        As2Partner(name="X", digest="md5")


def test_mdn_request_parsing():
    req = mdn.request_from(
        {
            "disposition-notification-to": "a@b",
            "disposition-notification-options": "signed-receipt-protocol=optional, pkcs7-signature;"
            " signed-receipt-micalg=optional, SHA-384, sha1",
            "receipt-delivery-option": "https://partner.example/mdn",
        }
    )
    assert (req.mode, req.signed, req.micalgs) == ("async", True, ("sha384", "sha1"))
    assert mdn.request_from({}).mode == "none"


def _b64(data, alg="sha256"):
    return base64.b64encode(hashlib.new(alg, data).digest()).decode()


def test_mic_of_unsigned_unencrypted_is_over_the_content_only(keys):
    built = message.wrap(
        b"ISA*1~\n",
        content_type="application/edi-x12",
        filename="",
        options=message.SendOptions(sign=False, encrypt=False),
        signer=None,
        recipient=None,
    )
    assert built.mic == _b64(b"ISA*1~\r\n")  # canonical text, no MIME headers
    got = message.unwrap(
        mime.Entity(tuple(built.headers), built.body, b""),
        keys=list,
        partner_certs=list,
        micalgs=("sha256",),
    )
    assert got.mic == built.mic and got.content == b"ISA*1~\r\n"
    with pytest.raises(InsufficientSecurity):
        message.unwrap(
            mime.Entity(tuple(built.headers), built.body, b""),
            keys=list,
            partner_certs=list,
            require_signing=True,
        )


def test_mic_of_unsigned_encrypted_is_over_the_decrypted_entity(keys):
    st = keys["station"]
    built = message.wrap(
        b"ISA*1~",
        content_type="application/edi-x12",
        filename="a.edi",
        options=message.SendOptions(sign=False),
        signer=None,
        recipient=st.cert,
    )
    clear, _ = cms.decrypt(built.body, [(st.key, st.cert)])
    assert clear.startswith(b"Content-Type: application/edi-x12\r\n")
    assert built.mic == _b64(clear)
    got = message.unwrap(
        mime.Entity(tuple(built.headers), built.body, b""),
        keys=lambda: [(st.key, st.cert)],
        partner_certs=list,
    )
    assert got.mic == built.mic and got.encrypted and not got.signed


def test_mic_of_signed_message_is_over_the_signed_entity_and_binary_mode_keeps_bytes(keys):
    st, pt = keys["station"], keys["peer"]
    for binary, expected in ((False, b"a\r\nb\r\n"), (True, b"a\nb\n")):
        built = message.wrap(
            b"a\nb\n",
            content_type="application/edi-x12",
            filename="",
            options=message.SendOptions(encrypt=False, binary_signing=binary, digest="sha-512"),
            signer=pt,
            recipient=None,
        )
        signed_part = mime.Entity(tuple(built.headers), built.body, b"").parts()[0]
        assert signed_part.body == expected
        assert built.mic == _b64(signed_part.raw, "sha512") and built.mic_alg == "sha512"
        got = message.unwrap(
            mime.Entity(tuple(built.headers), built.body, b""),
            keys=list,
            partner_certs=lambda: [pt.cert],
            binary_signing=binary,
        )
        assert got.mic == built.mic and got.content == expected
    del st


def test_multipart_parts_keep_exact_bytes_with_lf_and_crlf():
    for nl in (b"\r\n", b"\n"):
        body = nl.join(
            [
                b"preamble",
                b"--B",
                b"Content-Type: a",
                b"",
                b"one" + nl + b"two",
                b"--B",
                b"",
                b"second",
                b"--B--",
                b"epilogue",
            ]
        )
        entity = mime.Entity((("Content-Type", 'multipart/mixed; boundary="B"'),), body, b"")
        first, second = entity.parts()
        assert first.raw == b"Content-Type: a" + nl + nl + b"one" + nl + b"two"
        assert first.body == b"one" + nl + b"two" and second.body == b"second"


@pytest.mark.parametrize("order", ["before-signing", "after-signing"])
def test_compression_before_or_after_signing_round_trips(keys, order):
    st, pt = keys["station"], keys["peer"]
    built = message.wrap(
        b"ISA*z~" * 5000,
        content_type="application/octet-stream",
        filename="z",
        options=message.SendOptions(compress=order),
        signer=pt,
        recipient=st.cert,
    )
    assert len(built.body) < 6000  # 30 KB compressed
    got = message.unwrap(
        mime.Entity(tuple(built.headers), built.body, b""),
        keys=lambda: [(st.key, st.cert)],
        partner_certs=lambda: [pt.cert],
        require_signing=True,
        require_encryption=True,
    )
    assert got.content == b"ISA*z~" * 5000 and got.compressed and got.mic == built.mic
    layers = [layer.split(":")[0] for layer in got.layers]
    assert layers == (
        ["encrypted", "compressed", "signed"]
        if order == "after-signing"
        else ["encrypted", "signed", "compressed"]
    )


def test_decompression_is_bounded():
    from gateway.as2.errors import DecompressionFailed

    bomb = cms.compress(b"\0" * (1 << 20))
    assert len(bomb) < 5000
    assert cms.decompress(bomb, 1 << 20) == b"\0" * (1 << 20)
    with pytest.raises(DecompressionFailed, match="exceeds the limit of 1000 bytes"):
        cms.decompress(bomb, 1000)
