"""`±` and `∓` (pair.py): a formula writing them makes two claims, one per sign; a link between
a member with `±` and one without is unread with what to write, except the pair of values
written after the roots (`≈ 5.236, 0.764`) and an interval's two ends (`⇒ (0.076, 0.324)`),
matched by size."""

import pytest

from checker.derive import pair
from checker.derive.document import check_text
from checker.derive.lexer import tokenize
from checker.derive.notation import Parser
from checker.derive.tree import Neg, Num, Relation


def _chain(text: str, which: int) -> Relation:
    return Parser(pair.branch(tokenize(text), which)).relation()


@pytest.mark.parametrize("text, plus, minus", [
    (r"3 \pm \sqrt5", "3 + sqrt", "3 - sqrt"),
    (r"\cos a \cos b \mp \sin a \sin b", "- ", "+ "),
    (r"\pm\eta", "", "-"),
])
def test_branch(text, plus, minus):
    values = [[t.value for t in pair.branch(tokenize(text), k)] for k in (0, 1)]
    assert "±" not in values[0] + values[1] and "∓" not in values[0] + values[1]
    assert " ".join(values[0]).startswith(plus) or plus.strip() in values[0]
    assert " ".join(values[1]).startswith(minus) or minus.strip() in values[1]


@pytest.mark.parametrize("text, expected", [
    ("0.764", Num("0.764")),
    ("-0.162", Neg(Num("0.162"))),
    ("x", None),
    ("1 + 2", None),
])
def test_lone_value(text, expected):
    assert pair.lone_value(tokenize(text)) == expected


@pytest.mark.parametrize("text, after, pieces, unpaired", [
    # every member writes ±: each link read once per sign
    (r"\frac{6 \pm \sqrt{40}}{2} = 3 \pm \sqrt{10}", None, 2, False),
    # a new name of the pair: its link a definition (no claim, not unread), the rest read
    (r"\lambda = \frac{6 \pm \sqrt{40}}{2} = 3 \pm \sqrt{10}", None, 2, False),
    (r"\lambda_{1,2} = 3 \pm \sqrt5 \approx 5.236", "0.764", 2, False),
    # the roots then their values, in either order: matched by size, none left unread
    (r"3 \pm \sqrt5 \approx 5.236", "0.764", 2, False),
    (r"3 \pm \sqrt5 \approx 0.764", "5.236", 2, False),
    # one of the two, by a sign the text does not give: unread
    (r"\eta g / |g| = \pm \eta", None, 0, True),
    # an interval after the pair: unread
    (r"0.015 \pm 0.0086 \Rightarrow x", None, 0, True),
])
def test_reading(text, after, pieces, unpaired):
    found = pair.reading(_chain(text, 0), _chain(text, 1),
                         tokenize(after) if after else None)
    assert (len(found.pieces), found.unpaired, found.spent) == (pieces, unpaired,
                                                                 after is not None)


def _verdicts(text: str) -> list[str]:
    return [s.verdict for s in check_text(text).steps]


@pytest.mark.parametrize("right, wrong", [
    # en: the roots of a 2x2 covariance, halved
    ((r"The eigenvalues: $$\lambda_{1,2} = \frac{4 \pm \sqrt{16 - 64/9}}{2} = "
     r"2 \pm \frac{\sqrt{80}}{6}$$"),
     (r"The eigenvalues: $$\lambda_{1,2} = \frac{4 \pm \sqrt{16 - 64/9}}{2} = "
     r"2 \pm \frac{\sqrt{80}}{3}$$")),
    # ko: roots, then their values in the writer's order (the smaller first)
    (r"고유값은 $$\lambda = 3 \pm \sqrt{5} \approx 0.764,\; 5.236$$ 이다.",
     r"고유값은 $$\lambda = 3 \pm \sqrt{5} \approx 0.764,\; 5.8$$ 이다."),
    # zh: a confidence interval, both ends
    (r"置信区间为 $$0.015 \pm 1.96 \times 0.00438 \approx 0.015 \pm 0.0086$$。",
     r"置信区间为 $$0.015 \pm 1.96 \times 0.00438 \approx 0.015 \pm 0.0172$$。"),
    # en: ∓ takes the other sign
    (r"$$\cos(a \pm b) = \cos a \cos b \mp \sin a \sin b$$",
     r"$$\cos(a \pm b) = \cos a \cos b \pm \sin a \sin b$$"),
])
def test_documents(right, wrong):
    good = _verdicts(right)
    assert "fails" not in good and good.count("holds") >= 2
    assert "fails" in _verdicts(wrong)


@pytest.mark.parametrize("text", [
    # one of the two values, by the sign of g: never a claim that both hold
    r"Each coordinate moves by $\eta\, g_1 / |g_1| = \pm\eta$ whatever the scale.",
    r"스텝은 $\eta\, g/(\sqrt{1 - \rho}\,|g|) = \pm\eta/\sqrt{0.1}$ 이다.",
    # a name the text defined: one of the two values, by the sign of g, not a new pair
    r"Let $u = -\eta\, g/|g|$. Each coordinate moves by $u = \pm\eta$.",
])
def test_one_of_two_stays_unread(text):
    steps = check_text(text).steps
    assert steps and all(s.verdict not in {"fails", "holds"} for s in steps)
    assert any("write the two values as two claims" in (s.method or "") for s in steps)


@pytest.mark.parametrize("text, verdicts", [
    # an uncertainty (a value ± its spread) subtracted, negated, divided by, or combined with
    # another: spreads combine as intervals, so no sign branches are read (never failed)
    (r"$$(92.3 \pm 0.4) - (90.1 \pm 0.3) = 2.2 \pm 0.7$$", ["unreadable"]),
    (r"정확도에서 오류율: $$1 - (0.92 \pm 0.01) = 0.08 \pm 0.01$$", ["unreadable"]),
    (r"$$-(0.30 \pm 0.02) = -0.30 \pm 0.02$$", ["unreadable"]),
    (r"比值：$$\frac{6.0 \pm 0.3}{2.0 \pm 0.1} \approx 3.0 \pm 0.3$$", ["unreadable"]),
    # a spread scaled, or ± before an expression (roots, Taylor): sign branches as before
    (r"$$2(5.0 \pm 0.1) = 10.0 \pm 0.2$$", ["holds", "holds"]),
    (r"$$2(5.0 \pm 0.1) = 10.0 \pm 0.3$$", ["fails", "fails"]),
    (r"$$\frac{-1 \pm \sqrt{9}}{2} = \frac{-1 \pm 3}{2}$$", ["holds", "holds"]),
])
def test_an_uncertainty_is_not_read_as_two_signs(text, verdicts):
    steps = check_text(text).steps
    assert [s.verdict for s in steps] == verdicts
    assert all("uncertainty" in s.method for s in steps if s.verdict == "unreadable")


@pytest.mark.parametrize("right, wrong", [
    # en: a new name for the pair of roots, then their values
    (r"The eigenvalues: $$\lambda = \frac{6 \pm \sqrt{36 + 4}}{2} = 3 \pm \sqrt{10} "
     r"\approx 6.162,\; -0.162$$",
     r"The eigenvalues: $$\lambda = \frac{6 \pm \sqrt{36 + 4}}{2} = 3 \pm \sqrt{11} "
     r"\approx 6.162,\; -0.162$$"),
    # ko: the pair named and its values in the writer's order
    (r"고유값은 $$\lambda = 3 \pm \sqrt5 \approx 5.236,\; 0.764$$ 이다.",
     r"고유값은 $$\lambda = 3 \pm \sqrt5 \approx 5.236,\; 0.746$$ 이다."),
    # zh: the quadratic formula at numbers, then the simplified roots
    (r"特征值 $$\mu = \frac{30 \pm \sqrt{500}}{2} = 15 \pm \sqrt{125} "
     r"\approx 26.180,\ 3.820$$",
     r"特征值 $$\mu = \frac{30 \pm \sqrt{500}}{2} = 15 \pm \sqrt{120} "
     r"\approx 26.180,\ 3.820$$"),
    # zh: the quadratic formula itself names the roots: a definition, no step at all
    (r"根为 $x = \frac{-b \pm \sqrt{b^2 - 4ac}}{2a}$，于是 $$x = \frac{-4 \pm \sqrt{16 - 12}}{2} "
     r"= -2 \pm 1$$",
     r"根为 $x = \frac{-b \pm \sqrt{b^2 - 4ac}}{2a}$，于是 $$x = \frac{-4 \pm \sqrt{16 - 12}}{2} "
     r"= -2 \pm 2$$"),
])
def test_a_new_name_of_the_pair(right, wrong):
    """The link from a new name to the pair defines it (no step, never left unread); the rest
    of the chain is checked as before, so a slip after it still fails."""
    good = _verdicts(right)
    assert good and set(good) == {"holds"}, good
    assert "fails" in _verdicts(wrong)


@pytest.mark.parametrize("right, wrong", [
    # en: a score interval given by its ends after ⇒ (each end rounded to the digits shown)
    (r"The interval: $$0.35 \pm 0.0935 \;\Rightarrow\; (0.2565,\ 0.4435)$$",
     r"The interval: $$0.35 \pm 0.0935 \;\Rightarrow\; (0.2565,\ 0.4535)$$"),
    # ko: the ends in brackets after ≈, from a spread computed first
    (r"신뢰구간은 $$0.04 \pm 2.58 \times 0.01 \approx 0.04 \pm 0.0258 \approx "
     r"[0.0142,\; 0.0658]$$ 이다.",
     r"신뢰구간은 $$0.04 \pm 2.58 \times 0.01 \approx 0.04 \pm 0.0258 \approx "
     r"[0.0242,\; 0.0658]$$ 이다."),
    # zh: a slope's interval, the ends written high first (matched by size)
    (r"区间为 $$1.2 \pm 2.5 \times 0.1 = 1.2 \pm 0.25 = (1.45,\ 0.95)$$。",
     r"区间为 $$1.2 \pm 2.5 \times 0.1 = 1.2 \pm 0.25 = (1.45,\ 0.85)$$。"),
])
def test_an_interval_gives_the_two_ends(right, wrong):
    """The interval written as the chain's last member (`⇒ (lo, hi)`, `≈ [lo, hi]`) is the pair
    of the branches' values, the larger end with the larger branch: both ends are checked."""
    good = [s for s in check_text(right).steps if s.verdict != "unreadable"]
    assert [s.verdict for s in good].count("holds") == len(good) >= 2
    assert not any(s.verdict == "unreadable" for s in check_text(right).steps)
    assert "fails" in _verdicts(wrong)


@pytest.mark.parametrize("text", [
    # the ends rounded outward (a conservative interval): which rounding is meant is not read
    r"The interval: $$0.2 \pm 0.124 \;\Rightarrow\; (0.07,\ 0.33)$$",
    # a spread of names: no plain values to compare the ends with
    r"The interval: $$\mu \pm 2\sigma = (1, 5)$$",
])
def test_an_interval_not_read(text):
    steps = check_text(text).steps
    assert steps and all(s.verdict not in {"fails", "holds"} for s in steps)
