import as2peer as peer
import pytest_twisted
from twisted.internet import threads


@pytest_twisted.ensureDeferred
async def test_pyas2lib_message_gets_processed_mdn(as2_env):
    env = as2_env
    org = peer.organization("PEER", env.keys["peer"])
    gw = peer.partner(
        "DEMODIST",
        env.keys["station"].cert,
        sign=True,
        encrypt=True,
        mdn_mode="SYNC",
        mdn_digest_alg="sha256",
    )
    headers, body, msg = peer.build(org, gw, b"ISA*00*hello~\n")
    status, rh, rb = await threads.deferToThread(peer.http_post, env.url, headers, body)
    assert status == 200, rb
    assert peer.check_mdn(msg, rh, rb) == ("processed", None)
