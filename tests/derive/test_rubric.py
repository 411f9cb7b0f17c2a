"""rubric.py: the case labels of a case analysis (`$k<1$: ..., $k=1$: ..., $k>1$: ...`) give
a value for their own case only; vestige.py: a step that holds only at an earlier example's or
case's values is undecided, never `holds`."""

import pytest

from checker.derive import rubric
from checker.derive.document import check_text

# (a line of prose; the labels read on it: (name, relation))
LABELS = [
    ("$k<1$: decreasing, $k=1$: constant $h = 1/\\lambda$, $k>1$: wear-out.",
     [("k", "<"), ("k", "="), ("k", ">")]),
    ("- $x \\ge 0$: the identity", [("x", "\\ge")]),
    ("When $k = 1$, the hazard is constant.", [("k", "=")]),
    ("Case $i = 2$: the second row.", [("i", "=")]),
    ("**Case 2, $n \\ne 1$.** More terms.", [("n", "\\ne")]),
    ("$k=1$ 인 경우 상수이다.", [("k", "=")]),
    ("$k = 1$ 일 때 지수분포가 된다.", [("k", "=")]),
    ("当 $k=1$ 时，风险率为常数。", [("k", "=")]),
    ("若 $k>1$，风险率递增。", [("k", ">")]),
    # not labels: values listed, a formula inside a sentence, a label with nothing after it
    ("$x = 2$, $y = 1$ are the inputs.", []),
    ("We take $k = 1.5$ and $\\lambda = 10$.", []),
    ("For $k=1$ we get the exponential.", []),
    ("the constant $h(t) = 1/\\lambda$: flat", []),
    ("Take $k = 2$:", []),
]


@pytest.mark.parametrize(("text", "expected"), LABELS)
def test_a_label_opens_a_clause_and_closes_as_a_label(text, expected):
    assert [(lab.name, lab.relation) for lab in rubric.labels(text)] == expected


INLINE = "## H\n\n$k<1$: falling, $k=1$: flat, $k>1$: rising.\n\n$$f = 1$$\n"
LISTED = "## H\n\n- $k<1$: falling\n- $k = 1$: flat\n- $k>1$: rising\n\nAfter.\n"
LAST = "## H\n\n- $k<1$: falling\n- $k = 1$: flat\n\n$$f = 1$$\n"
PROBLEMS = "## H\n\n- $x = 2$: find the slope\n- $x = 3$: find the slope\n\nAfter.\n"
OTHER = "## H\n\n- $k<1$: falling\n\n## Next\n\n- $k = 1$: flat\n"
# (the text, the label's formula and line; where its case ends and whether another closes it)
ENDS = [
    (INLINE, "k=1", 3, (4, True)),  # the rest of its line is the next case's
    (LISTED, "k = 1", 4, (5, True)),  # up to the next item's case
    (LAST, "k = 1", 4, (5, False)),  # the last case: its paragraph, perhaps more below
    (PROBLEMS, "x = 2", 3, None),  # values to work out, no range split: examples
    (OTHER, "k = 1", 7, None),  # the range case is in another section
    (INLINE, "k<1", 3, None),  # a range is a condition, never a value
]


@pytest.mark.parametrize(("source", "formula", "line", "expected"), ENDS)
def test_a_case_ends_at_the_next_case_of_its_name(source, formula, line, expected):
    headings = [k for k, text in enumerate(source.split("\n"), start=1) if text.startswith("#")]
    got = rubric.case_end(source, headings, formula, line)
    assert (None if got is None else (got.until, got.closed)) == expected


HEAD = ("## Weibull\n\nShape $k$, scale $\\lambda$:\n\n"
        "$$h(t) = \\frac{k}{\\lambda}\\left(\\frac{t}{\\lambda}\\right)^{k-1}$$\n\n")
WRONG = "\n\nThe slope:\n\n$$h'(t) = \\frac{k(k-1)}{\\lambda}\\left(\\frac{t}{\\lambda}\\right)^{k-2}$$\n"
RIGHT = ("\n\nThe slope:\n\n"
         "$$h'(t) = \\frac{k(k-1)}{\\lambda^2}\\left(\\frac{t}{\\lambda}\\right)^{k-2}$$\n")
# (the cases written between the definition and the slope; the slope written; its verdict)
DOCUMENTS = [
    ("$k<1$: decreasing, $k=1$: constant hazard (exponential), $k>1$: wear-out.", WRONG,
     "fails"),
    ("- $k<1$: decreasing\n- $k = 1$: constant\n- $k>1$: wear-out", WRONG, "fails"),
    ("When $k < 1$, it falls. When $k = 1$, it is constant. When $k > 1$, it grows.", WRONG,
     "fails"),
    ("$k<1$ 인 경우 감소한다. $k=1$ 인 경우 상수이다. $k>1$ 인 경우 증가한다.", WRONG, "fails"),
    ("Case $k = 1$: constant.\n\nCase $k \\ne 1$: it moves with $t$.", WRONG, "fails"),
    # the last case may go on below its paragraph: undecided (vestige), never holds
    ("- $k<1$: decreasing\n- $k>1$: increasing\n- $k = 1$: constant", WRONG, "undecided"),
    # the right slope holds whatever the cases
    ("$k<1$: decreasing, $k=1$: constant hazard (exponential), $k>1$: wear-out.", RIGHT,
     "holds"),
    ("- $k<1$: decreasing\n- $k>1$: increasing\n- $k = 1$: constant", RIGHT, "holds"),
]


@pytest.mark.parametrize(("cases", "slope", "verdict"), DOCUMENTS)
def test_a_case_value_is_not_the_general_statements(cases, slope, verdict):
    steps = check_text(HEAD + cases + slope).steps
    assert steps[-1].verdict == verdict, steps[-1]


# inside its case the value holds: the step there is checked at it
INSIDE = [
    "- $k<1$: decreasing\n- $k = 1$: flat, $h(t) = 1/\\lambda$ and $h'(t) = 0$\n- $k>1$: rising",
    "$k<1$: falling, $k=1$: flat with $h'(t) = 0$, $k>1$: rising.",
]


@pytest.mark.parametrize("cases", INSIDE)
def test_a_step_inside_its_case_is_checked_at_its_value(cases):
    steps = [s for s in check_text(HEAD + cases).steps if s.lhs.startswith("h'")]
    assert steps and steps[-1].verdict == "holds", steps


# worked examples that are no case analysis, or whose last case goes on below: never fails
EXAMPLES = [
    # a problem's values listed, worked out after (no range split)
    ("## P\n\n$f(x) = x^2$.\n\n- $x = 2$: find the slope\n- $x = 3$: find the slope\n\n"
     "## S\n\n$f'(x) = 2x = 6$\n"),
    # the example is the last case of the list, its steps in displays below it
    ("## P\n\n$f(x) = x^2$.\n\n- $x < 0$: falling\n- $x = 2$: our example\n\n"
     "$$f'(x) = 2x = 4$$\n\n$$f(x) = 4$$\n"),
    # one case named, no analysis: the example's value, as before
    ("## P\n\n$f(x) = x^2$.\n\nWhen $x = 2$, the slope is\n\n$$f'(x) = 2x = 4$$\n"),
    # an example's values in one section, the general statement in the next
    ("## A\n\n$f(x) = x^2$. Take $x = 2$.\n\n## B\n\n$$f'(x) = 2x$$\n"),
]


@pytest.mark.parametrize("source", EXAMPLES)
def test_a_worked_example_never_fails_for_a_case_read(source):
    assert all(s.verdict != "fails" for s in check_text(source).steps)


# the earlier example's value: a step that holds only at it, as a general statement it is not
EARLIER = [
    ("## A\n\n$g(x, y) = x^2 y$. Take $x = 2$.\n\n## B\n\n$$\\frac{\\partial g}{\\partial x} = 4y$$\n",
     "undecided"),
    ("## A\n\n$g(x, y) = x^2 y$. Take $x = 2$.\n\n## B\n\n$$\\frac{\\partial g}{\\partial x} = 2xy$$\n",
     "holds"),
    # numbers at the earlier values: the example's arithmetic, as before
    ("## A\n\n$f(x) = x^2$. Take $x = 2$.\n\n## B\n\nThe slope: $f'(x) = x + 2$.\n", "holds"),
]


@pytest.mark.parametrize(("source", "verdict"), EARLIER)
def test_a_step_that_holds_only_at_an_earlier_value_is_undecided(source, verdict):
    assert check_text(source).steps[-1].verdict == verdict
