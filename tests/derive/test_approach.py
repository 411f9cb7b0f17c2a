"""Limits (approach.py): `\\lim_{x \\to a}` read with its variable held, valued by SymPy; a
chain of L'Hôpital's rule is checked link by link; a limit SymPy does not settle (two sides
that differ) is undecided; a subscript without an arrow is unreadable."""

import pytest

from checker.derive.document import check_text

ROWS = [
    ("$$\\lim_{x\\to 0}\\frac{\\sin x}{x} = 1$$", ["holds"]),
    ("$$\\lim_{x\\to 0}\\frac{\\sin 2x}{x} = 1$$", ["fails"]),  # 2
    # L'Hôpital, each quotient of derivatives a link; the wrong one: (3x^2)' is 6x
    ("$$\\lim_{x\\to 0}\\frac{x - \\sin x}{x^3} = \\lim_{x\\to 0}\\frac{1 - \\cos x}{3x^2} = "
     "\\lim_{x\\to 0}\\frac{\\sin x}{6x} = \\frac16$$", ["holds", "holds", "holds"]),
    ("$$\\lim_{x\\to 0}\\frac{x - \\sin x}{x^3} = \\lim_{x\\to 0}\\frac{1 - \\cos x}{3x^2} = "
     "\\lim_{x\\to 0}\\frac{\\sin x}{3x} = \\frac13$$", ["holds", "fails", "holds"]),
    ("$$\\lim_{x\\to\\infty}\\frac{x^2}{e^x} = \\lim_{x\\to\\infty}\\frac{2x}{e^x} = 0$$",
     ["holds", "holds"]),
    ("$$\\lim_{x\\to 0^+} x\\ln x = \\lim_{x\\to 0^+}(-x) = 0$$", ["holds", "holds"]),
    ("$$\\lim_{x\\to 0^{-}} \\frac{|x|}{x} = -1$$", ["holds"]),
    ("$$\\lim_{x\\to 0} \\frac{|x|}{x} = 1$$", ["undecided"]),  # the two sides differ
    ("$$\\lim_{x \\to \\infty} \\left(1 + \\frac{1}{x}\\right)^x = e$$", ["holds"]),
    ("$$\\lim_{n\\to\\infty}\\left(1 + \\frac{r}{n}\\right)^{n} = e^{r}$$", ["holds"]),
    ("$$\\lim_{x \\to a} \\frac{x^2 - a^2}{x - a} = 2a$$", ["holds"]),
    ("$$\\lim_{x \\to a} \\frac{x^2 - a^2}{x - a} = a$$", ["fails"]),
    # the limit's x is held: a value bound to x elsewhere does not enter it
    ("Let $x = 3$. $$\\lim_{x\\to 2} x^2 = 4$$", ["holds"]),
    ("Let $g(x) = x^2$. Then $$g'(x) = \\lim_{h\\to 0}\\frac{(x+h)^2 - x^2}{h} = 2x$$",
     ["holds", "holds"]),
    ("$$\\lim_{x\\to 0}\\frac{e^x - 1}{x} = 1$$ 이므로 미분계수는 1 이다.", ["holds"]),
    ("由洛必达法则，$$\\lim_{x\\to 0}\\frac{1 - \\cos x}{x^2} = \\lim_{x\\to 0}\\frac{\\sin x}{2x} "
     "= \\frac12$$", ["holds", "holds"]),
    # a family member indexed by the limit's variable: as a function of it, or undecided,
    # never read at one index (T_n read at n = 2 once failed: "the left side is 1")
    ("Let $$T_n = 2 - \\frac{n + 2}{2^n}$$\n\nSo $\\lim_{n\\to\\infty} T_n = 2$.",
     ["undecided"]),
    ("Let $$T_n = 2 - \\frac{n + 2}{2^n}$$\n\nCheck $n = 4$: $2 - \\frac{6}{16} = 1.625$.\n\n"
     "So $\\lim_{n\\to\\infty} T_n = 2$.", ["holds", "holds"]),
    ("Let $$T_n = 2 - \\frac{n + 2}{2^n}$$\n\nCheck $n = 4$: $2 - \\frac{6}{16} = 1.625$.\n\n"
     "So $\\lim_{n\\to\\infty} T_n = 3$.", ["holds", "fails"]),
    # an undefined function: its derivative is stated, never failed
    ("$$f'(x) = \\lim_{h\\to 0}\\frac{f(x+h) - f(x)}{h}$$", ["undecided"]),
]


@pytest.mark.parametrize("text, verdicts", ROWS)
def test_a_limit_is_valued(text, verdicts):
    steps = check_text(text).steps
    assert [s.verdict for s in steps] == verdicts, steps


@pytest.mark.parametrize("text", [
    "$$\\lim_{n} a_n = 0$$",  # no arrow: which way?
    "$$\\lim_{h \\downarrow 0} h = 0$$",
    "$$\\lim \\frac{1}{n} = 0$$",
])
def test_a_limit_without_its_arrow_is_unreadable(text):
    steps = check_text(text).steps
    assert steps and all(s.verdict == "unreadable" for s in steps), steps
