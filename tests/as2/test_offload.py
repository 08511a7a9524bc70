"""RSA work in worker processes (`[as2] crypto_processes`): same answers as in-thread."""

import as2peer as peer
import pytest
import pytest_twisted
from twisted.internet import threads

from gateway.as2.errors import AuthenticationFailed
from gateway.as2.offload import Crypto
from gateway.as2.sending import station_of


@pytest_twisted.ensureDeferred
async def test_messages_and_errors_through_a_crypto_process(sqlite_only, as2_env):
    env = as2_env
    st = station_of(env.rt)
    in_thread = st.crypto
    st._crypto = await threads.deferToThread(Crypto, st.certs, 1)
    try:
        gw = peer.partner(
            "DEMODIST",
            env.keys["station"].cert,
            sign=True,
            encrypt=True,
            mdn_mode="SYNC",
            mdn_digest_alg="sha384",
        )
        for key, expected in (
            ("peer", ("processed", None)),
            ("wrong", ("processed/error", "authentication-failed")),
        ):
            org = peer.organization("PEER", env.keys[key])
            headers, body, msg = peer.build(org, gw, b"ISA*pool~\n")
            status, rh, rb = await threads.deferToThread(peer.http_post, env.url, headers, body)
            assert status == 200
            assert peer.check_mdn(msg, rh, rb) == expected
        assert st._crypto.pool is not None
    finally:
        await threads.deferToThread(st._crypto.close)
        st._crypto = in_thread


def test_errors_cross_the_process_boundary_with_their_disposition(keys, tmp_path):
    from gateway.as2 import message
    from gateway.as2.certs import CertStore
    from gateway.as2.offload import UnwrapJob

    store = CertStore(tmp_path)
    store.add_station(keys["station"])
    other = tmp_path / "other.pem"
    other.write_bytes(peer.pem_cert(keys["wrong"].cert))
    built = message.wrap(
        b"x",
        content_type="application/edi-x12",
        filename="",
        options=message.SendOptions(),
        signer=keys["peer"],
        recipient=keys["station"].cert,
    )
    job = UnwrapJob(
        headers=tuple(built.headers),
        body=built.body,
        certs_root=str(tmp_path),
        partner_id="p",
        partner_files=(str(other),),
        require_signing=True,
        require_encryption=True,
        binary_signing=False,
        micalgs=(),
    )
    crypto = Crypto(store, 1)
    try:
        with pytest.raises(AuthenticationFailed) as err:
            crypto.unwrap(job)
        assert err.value.code == "authentication-failed"
    finally:
        crypto.close()
