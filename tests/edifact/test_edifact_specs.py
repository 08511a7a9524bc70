"""Every spec loads and is consistent; malformed spec literals fail when built."""

from __future__ import annotations

import pytest

from gateway.translators.edifact.messages import DIRECTORIES, SPECS
from gateway.translators.edifact.segments import SERVICE
from gateway.translators.edifact.spec import C, E, G, Group, SpecError, U, Use, seg
from gateway.translators.edifact.validate import segment_pattern


def _uses(group: Group):
    for child in group.children:
        if isinstance(child, Use):
            yield child
        else:
            yield from _uses(child)


@pytest.mark.parametrize("key", sorted(SPECS))
def test_every_message_spec_is_consistent(key):
    spec = SPECS[key]
    uses = list(_uses(spec))
    assert uses[0].tag == "UNH" and uses[-1].tag == "UNT"
    directory = DIRECTORIES.get(key[2], {})
    for use in uses:
        assert use.seg is SERVICE.get(use.tag) or use.seg is directory.get(use.tag), use.tag
        assert segment_pattern(use.seg, "+", ":").pattern.startswith(use.tag)


def test_every_segment_compiles_for_other_separators():
    for d in DIRECTORIES.values():
        for s in d.values():
            assert segment_pattern(s, "*", "^").fullmatch(s.tag) or any(
                e.mandatory for e in s.elements
            )


@pytest.mark.parametrize(
    "build",
    [
        lambda: E("1004 X an..35"),
        lambda: E("1004 C an35x"),
        lambda: E("1004 C"),
        lambda: C("C506 M"),
        lambda: seg("bgm", "lower case tag"),
        lambda: G("SG1", "C", 1, U(seg("RFF", "x", E("1153 M an..3")), "C", 1)),
        lambda: U(seg("RFF", "x"), "M", 0),
    ],
)
def test_malformed_literals_fail_at_build_time(build):
    with pytest.raises(SpecError):
        build()
