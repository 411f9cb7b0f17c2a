"""A layer's member of a rule written for every layer (layer.py): `dW^{[2]}` after
`dW^{[l]} = (1/m) dZ^{[l]} A^{[l-1]⊤}` is that rule at l = 2, so a line that writes it
otherwise is checked (a transposed product fails, the rule's own form holds); the last
layer's `[L]` and a body that uses the letter otherwise are no such rule."""

import pytest

from checker.derive.context import Context
from checker.derive.definition import define, get
from checker.derive.document import check_text
from checker.derive.layer import at_layer
from checker.derive.notation import parse_expression
from checker.derive.statement import single_statement

_RULE = "$$dW^{[l]} = \\frac{1}{m}\\, dZ^{[l]} A^{[l-1]\\top}$$\n\n"
_SHAPES = "Here $A^{[1]}$ has shape $(5, 4)$ and $dZ^{[2]}$ has shape $(3, 4)$.\n\n"


@pytest.mark.parametrize("claim, verdicts", [
    ("Then $dW^{[2]} = \\frac{1}{m} dZ^{[2]} A^{[1]\\top}$.", ["holds"]),
    ("Then $dW^{[2]} = \\frac{1}{m} A^{[1]} dZ^{[2]\\top}$.", ["fails"]),  # transposed
    ("Then $dW^{[2]} = dZ^{[2]} A^{[1]\\top}$.", ["fails"]),  # the 1/m lost
])
def test_a_layers_member_is_the_rule_at_its_number(claim, verdicts):
    steps = check_text(_RULE + _SHAPES + claim).steps
    assert [s.verdict for s in steps] == verdicts, steps


@pytest.mark.parametrize("rule, name, body", [
    ("dW^{[l]} = dZ^{[l]} A^{[l-1]\\top}", "dW^{[2]}", "dZ^{[2]} A^{[1]\\top}"),
    ("A^{[l]} = g^{[l]}(Z^{[l]})", "A^{[3]}", "g^{[3]}(Z^{[3]})"),
    ("dW^{[l]} = dZ^{[l]} A^{[l-1]\\top}", "dW^{[l]}", None),  # no number: the rule itself
    ("dZ^{[L]} = A^{[L]} - Y", "dZ^{[2]}", None),  # [L]: the last layer's own formula
    ("dW^{[l]} = l\\, dZ^{[l]}", "dW^{[2]}", None),  # l as a number too: not a layer count
    ("dW^{[l]} = dZ^{[1]}", "dW^{[2]}", None),  # runs over no layer
])
def test_which_rule_gives_a_layers_member(rule, name, body):
    ctx = Context()
    head, value = single_statement(rule).members
    define(ctx, head, value, 1)
    found = at_layer(ctx, parse_expression(name), 3, get)
    assert (found.body if found else None) == (parse_expression(body) if body else None), rule
