"""Units named after a formula (unit.py): a count linked to a size in KB/MB/GB/TB holds when a
number type's bytes per entry (the one the text names, else any usual width) times a power of
1000 or 1024 relates them. When none does, a named type's width is known (the step is checked
as read); with no type named it is undecided, never failed."""

import pytest

from checker.derive.document import check_text


@pytest.mark.parametrize("text", [
    "- entries: $576 \\times 25{,}088 = 14{,}450{,}688$, i.e. $\\approx 57.8$ MB in fp32",
    "가중치 수: $4096 \\times 4096 = 16{,}777{,}216$, 즉 $\\approx 32$ MiB (bf16) 이다.",
    "激活共 $1024 \\times 1024 = 1{,}048{,}576$，即 $\\approx 1.05$ MB（int8）。",
    "- $2 \\times 10^{9}$ weights, i.e. $= 8$ GB",  # no type named: a usual width (4 bytes)
])
def test_a_count_linked_to_a_size_holds_by_a_width(text):
    steps = check_text(text).steps
    assert steps and all(s.verdict == "holds" for s in steps), steps
    assert any("holds in the unit named" in s.method for s in steps), steps


def test_a_count_no_width_relates_to_its_size_is_undecided():
    steps = check_text("- $1000 \\times 1000 = 10^{6}$, i.e. $\\approx 3$ MB").steps
    assert [s.verdict for s in steps] == ["holds", "undecided"], steps


@pytest.mark.parametrize("text", [
    "- fp32 activations: $256 \\times 1024 = 262{,}144$, i.e. $\\approx 2$ MB",
    "bf16 가중치: $4096 \\times 4096 = 16{,}777{,}216$, 즉 $\\approx 64$ MiB 이다.",
    "int8 权重：$1000 \\times 1000 = 10^{6}$，即 $= 4$ MB。",
])
def test_a_size_for_a_named_type_is_checked_as_read(text):
    assert any(s.verdict == "fails" for s in check_text(text).steps), check_text(text).steps


# a time named after the formula in a fraction of a second: the value read is in seconds
@pytest.mark.parametrize("text, right, wrong", [
    ("Latency: $t = 120 / 4 \\times 10^{5} = %s$ ms", "0.3", "3"),
    ("지연 시간은 $t = 0.0000125 \\times 4 = %s$ μs 이다.", "50", "5"),
    ("每步耗时 $t = 3 \\times 10^{-9} \\times 5 = %s$ ns。", "15", "150"),
])
def test_a_time_in_a_prefixed_unit(text, right, wrong):
    assert [s.verdict for s in check_text(text % right).steps][-1] == "holds"
    assert [s.verdict for s in check_text(text % wrong).steps][-1] == "fails"


# bytes divided by the unit's own factor as written (`/ 2^{30}`, `/ 10^9`): the value read is
# already a size in that unit, never a count of entries; no type named, it is checked as read
@pytest.mark.parametrize("text, right, wrong", [
    ("Converting 3.5 GB to GiB gives $3.5\\times10^9 / 2^{30} \\approx %s$ GiB.", "3.26", "3.62"),
    ("3.5 GB를 GiB로 바꾸면 $3.5\\times10^9 / 2^{30} \\approx %s$ GiB 이다.", "3.26", "3.62"),
    ("换算成 GiB：$1.4\\times10^{10}/2^{30} \\approx %s$ GiB。", "13.04", "14.04"),
    ("In GB: $2.1875\\times10^8 / 10^9 \\approx %s$ GB.", "0.219", "0.0219"),
])
def test_bytes_converted_as_written_are_a_size(text, right, wrong):
    assert [s.verdict for s in check_text(text % right).steps] == ["holds"]
    assert [s.verdict for s in check_text(text % wrong).steps] == ["fails"]


# the width written as a factor as well (`× 4 / 2^{20}`): applied once already, so a result that
# applies it a second time fails where the text names the type (review22), and a usual width
# written where no type is named (it may be a count) makes a second width a guess, never a hold
@pytest.mark.parametrize("text, right, wrong", [
    ("One float32 map has $25690112$ entries: $25690112 \\times 4 / 2^{20} = %s$ MiB.", "98",
     "392"),
    ("float16 행렬 $4096 \\times 4096$ 은 $4096 \\times 4096 \\times 2 / 2^{20} = %s$ MiB 이다.",
     "32", "64"),
    ("fp32 权重：$10^9 \\times 4 / 10^9 = %s$ GB。", "4", "16"),
])
def test_a_width_written_is_not_applied_twice(text, right, wrong):
    assert [s.verdict for s in check_text(text % right).steps] == ["holds"]
    assert [s.verdict for s in check_text(text % wrong).steps] == ["fails"]


def test_a_usual_width_written_without_a_type_makes_another_a_guess():
    steps = check_text("A batch: $8 \\times 1024 \\times 1024 / 2^{20} = 32$ MiB.").steps
    assert [s.verdict for s in steps] == ["undecided"]


# a value given in a prefixed unit, the text computing in the unit itself (unit.in_base), and a
# value stated in a prefixed unit after the formula (unit.conversion)
_BAND = {
    "en": "Take $B = 1$ MHz and $S = 1000$.\n\n$$C = B\\log_2(1 + S)$$\n\n$$C = {claim}$$",
    "ko": "대역폭 $B = 2$ kHz, $S = 3$ 으로 두자.\n\n$$C = B\\log_2(1 + S)$$\n\n$$C = {claim}$$",
    "zh": "带宽 $B = 5$ GHz，$S = 1$。\n\n$$C = B\\log_2(1 + S)$$\n\n$$C = {claim}$$",
}


@pytest.mark.parametrize("lang, claim, verdict", [
    ("en", "10^6 \\log_2(1001)", "holds"),  # in Hz
    ("en", "\\log_2(1001)", "holds"),  # in MHz, as given
    ("en", "10^3 \\log_2(1001)", "fails"),  # neither
    ("en", "10^6 \\log_2(1000)", "fails"),  # in Hz, but a slip
    ("ko", "2 \\times 10^3 \\times 2", "holds"),
    ("ko", "2 \\times 10^6 \\times 2", "fails"),
    ("zh", "5 \\times 10^9", "holds"),
    ("zh", "5 \\times 10^9 \\times 2", "fails"),
])
def test_a_value_given_in_a_prefixed_unit_may_be_computed_in_the_unit(lang, claim, verdict):
    steps = check_text(_BAND[lang].format(claim=claim)).steps
    assert steps[-1].verdict == verdict, steps[-1]


def test_without_the_unit_the_value_is_the_number_written():
    text = _BAND["en"].replace("MHz", "").format(claim="10^6 \\log_2(1001)")
    assert check_text(text).steps[-1].verdict == "fails"


@pytest.mark.parametrize("text, verdict", [
    ("$$10^6 \\times 9.9672 \\approx 9.967\\ \\text{Mbit/s}$$", "holds"),
    ("$$10^6 \\times 9.9672 \\approx 99.67\\ \\text{Mbit/s}$$", "fails"),
    ("속도는 $2.4 \\times 10^9 = 2.4$ GHz 이다.", "holds"),
    ("速度为 $2.4 \\times 10^9 = 24$ GHz。", "fails"),
    ("$$3 \\times 10^3 = 3$$ kW", "holds"),
])
def test_a_value_stated_in_a_prefixed_unit(text, verdict):
    assert check_text(text).steps[-1].verdict == verdict, check_text(text).steps


# a prefixed physical unit after a value (prefix.py: mA, mJ, mW, kΩ, μF ...): the value read is
# in the unit itself, so the prefix's size relates the sides; any other ratio fails
@pytest.mark.parametrize("text, right, wrong", [
    ("Initial current: $i(0) = V_s/R = 5/10{,}000 = %s$ mA.", "0.5", "5"),
    ("Stored energy: $E = \\tfrac12 \\times 47\\times10^{-6} \\times 25 \\approx %s$ mJ.",
     "0.59", "5.9"),
    ("부하 전력은 $P = 5.55^2 / 6800 \\approx %s$ mW 이다.", "4.53", "45.3"),
    ("电荷 $Q = 10 \\times 2.2\\times10^{-6} = %s$ μC。", "22", "2.2"),
])
def test_a_value_in_a_small_prefixed_unit(text, right, wrong):
    assert [s.verdict for s in check_text(text % right).steps][-1] == "holds"
    assert [s.verdict for s in check_text(text % wrong).steps][-1] == "fails"


# a name given in a prefixed unit (`$R_L = 6.8$ kΩ`), then written in the unit itself (6800)
_LOAD = ("A load $R_L = 6.8$ kΩ sees $V_L = 5.55$ V.\n\n"
         "Power: $P = V_L^2 / R_L \\approx 5.55^2 / 6800 \\approx %s$ mW.")


@pytest.mark.parametrize("value, verdicts", [
    ("4.53", ["holds", "holds"]),
    ("45.3", ["holds", "fails"]),
])
def test_a_name_given_in_kilo_ohms(value, verdicts):
    assert [s.verdict for s in check_text(_LOAD % value).steps] == verdicts


# the prefix micro typed as the Greek letter, the unit inside (`\mu\text{F}`) or right after the
# formula (`$5\ \mu$F`): one unit word, never μ times F
@pytest.mark.parametrize("text, verdicts", [
    (r"병렬이면 $C = 2 + 3 = 5\ \mu$F 이다.", ["holds"]),
    (r"直接相加:$2\ \mu\text{F} + 3\ \mu\text{F} = 5\ \mu\text{F}$。", ["holds"]),
    (r"直接相加:$2\ \mu\text{F} + 3\ \mu\text{F} = 6\ \mu\text{F}$。", ["fails"]),
    (r"병렬이면 $C = 2 + 3 = 6\ \mu$F 이다.", ["fails"]),
])
def test_micro_typed_as_mu(text, verdicts):
    assert [s.verdict for s in check_text(text).steps] == verdicts


# a value given in a prefixed unit per (or times) another (`$w = 2$ kN/m`, `$M = 3$ kN·m`): the
# text may compute in N/m, N·m; any other ratio is a slip
@pytest.mark.parametrize("text, verdict", [
    ("A load of $w = 2$ kN/m on $L = 3$ m.\n\n$$F = wL = 2000 \\times 3 = 6000$$", "holds"),
    ("A load of $w = 2$ kN/m on $L = 3$ m.\n\n$$F = wL = 2000 \\times 3 = 600$$", "fails"),
    ("A load of $w = 2$ kN/m on $L = 3$ m.\n\n$$F = wL = 200 \\times 3$$", "fails"),
    ("모멘트 $M = 3$ kN·m, $c = 2$ 일 때\n\n$$Mc = 3000 \\times 2$$", "holds"),
    ("模量 $K = 4$ MJ/kg，$m = 2$。\n\n$$Km = 8 \\times 10^6$$", "holds"),
])
def test_a_value_in_a_prefixed_unit_per_another(text, verdict):
    assert check_text(text).steps[-1].verdict == verdict, check_text(text).steps
