"""sharing.listed_names: which links of a chain join two names listed before a shared value."""

import pytest

from checker.derive.sharing import listed_names
from checker.derive.tree import Num, Sym

f, i, o, g = Sym("f"), Sym("i"), Sym("o"), Sym("g")


@pytest.mark.parametrize("chain, at, listed", [
    ([f, i, o, Num("0.5")], 0, True),  # f = i = o = 0.5: f and i share 0.5
    ([f, i, o, Num("0.5")], 1, True),
    ([f, i, o, Num("0.5")], 2, False),  # o = 0.5: a name and the value, checked
    ([f, i], 0, False),  # f = i alone: a claim about the two names
    ([f, i, g], 0, False),  # no written number at the end
])
def test_listed_names(chain, at, listed):
    assert listed_names(chain, at, len(chain) - 1) is listed
