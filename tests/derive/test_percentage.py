"""A per-cent sign that labels a side computed × 100 (percentage.py): `5.85/250 × 100 =
2.34\\%` holds in per cent; a number that is not the side's value (`= 23.4\\%`) still fails,
and a side without its own `× 100` is checked as read."""

import pytest

from checker.derive.document import check_text


@pytest.mark.parametrize("text, right, wrong", [
    ("Mass percent: $5.85/250 \\times 100 = %s\\%$.", "2.34", "23.4"),
    ("점유율: $\\frac{30}{120} \\times 100 = %s\\%$ 이다.", "25", "2.5"),
    ("收率 $100 \\cdot 4.18 / 4.40 = %s\\%$。", "95", "9.5"),
    ("Share: $%s\\% = 45/60 \\times 100$.", "75", "7.5"),
    ("Rounded: $2/3 \\times 100 \\approx %s\\%$.", "66.7", "6.67"),
])
def test_a_per_cent_sign_after_a_side_times_100(text, right, wrong):
    assert [s.verdict for s in check_text(text.replace("%s", right)).steps] == ["holds"]
    assert [s.verdict for s in check_text(text.replace("%s", wrong)).steps] == ["fails"]


@pytest.mark.parametrize("text, verdict", [
    ("$30/120 = 25\\%$", "holds"),  # a hundredth, as read
    ("$30/120 = 2.5\\%$", "fails"),  # no × 100 to label
    ("$30/120 \\times 100\\% = 25\\%$", "holds"),  # both sides in hundredths
])
def test_without_its_own_times_100_a_per_cent_sign_is_a_hundredth(text, verdict):
    assert [s.verdict for s in check_text(text).steps] == [verdict]


# per cents the text stated before, added bare (`0.53 + 3.6 = 4.13\%`): the sign labels the sum;
# a sum that is not the number before the sign fails, and so do numbers never stated in per cent
_GROWTH = ("물가상승률 $\\approx 3.6\\%$, 실질 성장률 $\\approx 0.53\\%$.\n\n"
           "합치면 $0.53 + 3.6 = %s\\%$ 정도다.")


@pytest.mark.parametrize("text, verdict", [
    (_GROWTH.replace("%s", "4.13"), "holds"),
    (_GROWTH.replace("%s", "4.31"), "fails"),
    ("Inflation 3.6%, real growth 0.53%; apart $3.6 - 0.53 = 3.07\\%$.", "holds"),
    ("Weights 0.53 and 3.6; together $0.53 + 3.6 = 4.13\\%$.", "fails"),  # no per cents stated
])
def test_stated_per_cents_added(text, verdict):
    assert [s.verdict for s in check_text(text).steps][-1] == verdict


# a per cent stated before plus percentage points computed (a rate interpolated between two
# stated rates): the sign labels the rate reached; a slip, or a start never stated in per
# cent, or fractions labelled as per cents, still fail
_RATES = "At a rate of 6% the balance is $+120$; at 9% it is $-60$.\n\n"


@pytest.mark.parametrize("text, verdict", [
    (_RATES + "So the break-even rate is $6 + 3 \\times \\frac{120}{180} = 8\\%$.", "holds"),
    (_RATES + "So the break-even rate is $6 + 3 \\times \\frac{120}{180} = 8.5\\%$.", "fails"),
    (_RATES + "So the break-even rate is $5 + 3 \\times \\frac{120}{180} = 7\\%$.", "fails"),
    (_RATES + "So the break-even rate is $0.06 + 0.03 \\times \\frac{120}{180} = 0.08\\%$.",
     "fails"),
    (_RATES + "연 수익률은 $9 - 3 \\times \\frac{60}{180} = 8\\%$ 이다.", "holds"),
])
def test_percentage_points_added_to_a_stated_per_cent(text, verdict):
    assert [s.verdict for s in check_text(text).steps][-1] == verdict, check_text(text).steps
