"""Units inside a chain (conversion.py): a unit word right after a number states a unit, not a
factor; members in different units are related by a conversion, never compared as numbers."""

import pytest

from checker.derive.document import check_text

_SETUP = "Batch $B = 8$, length $n = 2048$, $d = 1024$, $L = 24$.\n\n"


@pytest.mark.parametrize("formula", [
    # bytes beside a batch size B: the B after a number is the unit
    ("2 \\cdot L \\cdot B \\cdot n \\cdot d \\cdot 2\\,\\text{B} = 2 \\cdot 24 \\cdot 8 \\cdot 2048 "
     "\\cdot 1024 \\cdot 2 = 1{,}610{,}612{,}736 \\text{ B} = 1.5 \\text{ GiB}"),
    "4\\,\\text{KiB} \\times 32 \\times 4096 = 512\\,\\text{MiB}",
    "3 \\times 10^9 \\,\\mathrm{bytes} = 3\\,\\mathrm{GB}",  # the decimal convention
    "2^{30} \\text{ bytes} = 1\\,\\text{GB}",  # the binary one, named loosely
    "150\\,\\text{ms} = 0.15\\,\\text{s}",
    "7\\,\\text{B} = 7 \\times 10^{9}",  # a count in billions
    "1.2\\,\\text{M} = 1{,}200{,}000",
    "32\\,\\text{bits} = 4\\,\\text{B}",
    "90\\,\\text{분} = 1.5\\,\\text{시간}",  # Korean time units
    "2048 \\times 2\\,\\text{字节} = 4\\,\\text{KiB}",
    "1.5\\,\\text{GiB} \\approx 1.61\\,\\text{GB}",  # rounded, to the digits shown
    "312\\,\\text{TFLOPS} = 3.12 \\times 10^{14}",  # operations
    "2\\,\\text{PFLOPS} = 2000\\,\\text{TFLOPS}",
])
def test_a_link_between_units_holds_by_its_conversion(formula):
    steps = check_text(_SETUP + f"$${formula}$$").steps
    assert steps and all(s.verdict == "holds" for s in steps), steps
    assert any("holds in units" in s.method for s in steps), steps


@pytest.mark.parametrize("formula", [
    "2\\,\\text{GB} = 3\\,\\text{s}",  # different kinds
    "10\\,\\text{K} = 3\\,\\text{MB}",
])
def test_a_link_no_conversion_relates_is_undecided_never_fails(formula):
    steps = check_text(_SETUP + f"$${formula}$$").steps
    assert steps and all(s.verdict == "undecided" for s in steps), steps
    assert any("different units" in s.method for s in steps), steps


@pytest.mark.parametrize("formula", [
    "16\\,\\text{KiB} \\times 32 \\times 4096 = 1\\,\\text{GiB}",  # 2 GiB
    "4\\,\\text{MiB} \\times 3 = 6{,}291{,}456 \\text{ bytes}",  # 12 582 912
    "1024 \\,\\text{bytes} \\times 1024 = 2\\,\\text{MiB}",
])
def test_sizes_of_one_reading_each_that_are_off_fail(formula):
    """KiB, MiB, GiB and bytes leave no convention to choose: a value off by a factor fails."""
    steps = check_text(_SETUP + f"$${formula}$$").steps
    assert [s.verdict for s in steps] == ["fails"], steps


@pytest.mark.parametrize("formula, verdict", [
    ("1\\,\\text{min} = 100\\,\\text{ms}", "fails"),  # 60 000 ms
    ("W = \\frac{1}{50 - 45} = 0.2\\ \\text{s} = 20\\ \\text{ms}", "fails"),  # 200 ms
    ("W = \\frac{1}{50 - 45} = 0.2\\ \\text{s} = 200\\ \\text{ms}", "holds"),
    ("2\\,\\text{h} = 100\\,\\text{min}", "fails"),
    ("2\\,\\text{h} = 120\\,\\text{min}", "holds"),
    ("90\\,\\text{분} = 2\\,\\text{시간}", "fails"),
    ("3\\,\\text{小时} = 300\\,\\text{分钟}", "fails"),
    ("3\\,\\text{小时} = 180\\,\\text{分钟}", "holds"),
    ("2\\,\\text{weeks} = 14\\,\\text{days}", "holds"),
    ("2\\,\\text{weeks} = 12\\,\\text{days}", "fails"),
    # rounded within 10 %: a conversion of rounded values, never a failure
    ("0.33\\,\\text{h} \\approx 20\\,\\text{min}", "holds"),
    ("0.3\\,\\text{h} \\approx 20\\,\\text{min}", "holds"),
])
def test_times_of_one_reading_each_that_are_off_fail(formula, verdict):
    """s, ms, min, h: 1000 and 60 are no choice either."""
    steps = check_text(f"$${formula}$$").steps
    assert steps[-1].verdict == verdict, steps
    assert all(s.verdict != "fails" for s in steps[:-1]), steps


@pytest.mark.parametrize("formula, verdicts", [
    ("2 \\cdot 8 \\cdot 2 = 32\\,\\text{bytes}", ["holds"]),  # one unit: as numbers
    ("2 \\cdot 8 \\cdot 2 = 30\\,\\text{bytes}", ["fails"]),
    ("1{,}024 \\text{ B} \\times 2 = 2048 \\text{ B}", ["holds"]),
    ("3\\,\\text{ms} \\times 4 = 12\\,\\text{ms}", ["holds"]),
    ("3\\,\\text{ms} \\times 4 = 14\\,\\text{ms}", ["fails"]),
])
def test_members_in_one_unit_are_checked_as_numbers(formula, verdicts):
    steps = check_text(f"$${formula}$$").steps
    assert [s.verdict for s in steps] == verdicts, steps


def test_the_unit_b_is_not_the_batch_size_the_text_binds():
    steps = check_text(_SETUP + "$$B \\cdot n \\cdot 2\\,\\text{B} = 32{,}768 \\text{ B} "
                                "= 32 \\text{ KiB}$$").steps
    assert [s.verdict for s in steps] == ["holds", "holds"], steps


@pytest.mark.parametrize("text", [
    "合计 $12 \\cdot 768^2 = 7{,}077{,}888$，12 层 $\\approx 84{,}934{,}656 \\approx 85\\text{M}$",
    "In total $= 2 \\cdot 85\\,\\text{M} = 1.7 \\times 10^{8}$ FLOPs per token.",
    "총 메모리 $= 3 \\times 512\\,\\text{MiB} = 1.5\\,\\text{GiB}$",
])
def test_a_chain_continued_from_prose_is_read_in_its_units(text):
    steps = check_text(text).steps
    assert steps and all(s.verdict == "holds" for s in steps), steps


@pytest.mark.parametrize("formula", [
    "3\\,\\text{GB} = 5 \\times 10^{9}",  # 3·10^9 or 3·2^30 B: 5·10^9 in neither
    "30 + 1.41 \\approx 41.4\\ \\text{GB}",  # the arithmetic slip, whatever unit 31.41 is in
    "4096 \\times 32 = 150\\text{K tokens}",
    "12 \\times 4 = 50\\ \\text{MB}",
])
def test_a_bare_number_no_rescaling_relates_to_a_size_or_count_fails(formula):
    """Sizes and counts change unit by powers of 1000 or 1024 (or 8 bits a byte): a bare
    number no such factor maps on the other side's value differs in every unit meant."""
    steps = check_text(_SETUP + f"$${formula}$$").steps
    assert steps[-1].verdict == "fails" and "no unit relates them" in steps[-1].method, steps


@pytest.mark.parametrize("formula", [
    "4096 \\times 32 = 131{,}072 \\approx 131\\text{K tokens}",  # the unit, then what it counts
    "34 \\times 33{,}554{,}432\\ \\text{B} = 1.0625\\ \\text{GiB/层}",  # a unit per layer
    "2 \\times 10^{9} \\times 2\\ \\text{bytes} = 4\\ \\text{GB of memory}",
    "1{,}200 \\times 3 = 3.6\\,\\text{K개 파라미터}",
])
def test_a_unit_word_followed_by_what_it_counts_is_a_unit(formula):
    steps = check_text(_SETUP + f"$${formula}$$").steps
    assert steps and all(s.verdict == "holds" for s in steps), steps
    assert any("holds in units" in s.method for s in steps), steps


@pytest.mark.parametrize("text, verdicts", [
    # Ψ counted in parameters, the middle members already written in the chain's GB
    ("Let $\\Psi = 7.5 \\times 10^9$ parameters.\n\n"
     "$$16\\Psi = 16 \\times 7.5 = 120\\ \\text{GB}$$", ["holds", "holds"]),
    ("모델 파라미터 $N = 2 \\times 10^9$개.\n\n$$2N = 2 \\times 2 = 4\\ \\text{GB}$$",
     ["holds", "holds"]),
    ("设参数量 $P = 3 \\times 10^6$。\n\n$$4P = 4 \\times 3 = 12\\ \\text{MB}$$",
     ["holds", "holds"]),
    # a wrong middle member: off as numbers and by no factor of the chain's unit
    ("Let $\\Psi = 7.5 \\times 10^9$ parameters.\n\n"
     "$$16\\Psi = 16 \\times 7 = 112\\ \\text{GB}$$", ["fails", "holds"]),
])
def test_bare_members_of_a_chain_in_a_scaled_unit_may_be_written_in_it(text, verdicts):
    assert [s.verdict for s in check_text(text).steps] == verdicts


@pytest.mark.parametrize("formula, verdict", [
    # a bare number beside a time: units of time rescale by their ratios (60, 3600, 24, 1000)
    ("\\frac{3}{0.8} = 3.57\\,\\text{시간}", "fails"),  # 3.75
    ("\\frac{3}{0.8} = 3.75\\,\\text{시간}", "holds"),
    ("45 / 60 = 0.45\\,\\text{h}", "fails"),  # 0.75
    ("1.5 \\times 3 = 4\\,\\text{小时}", "fails"),  # 4.5
    ("1.5 \\times 3 = 4.5\\,\\text{小时}", "holds"),
    ("90 \\times 2 = 3\\,\\text{시간}", "undecided"),  # 180 minutes: a conversion may relate them
    ("7200 \\times 3 = 6\\,\\text{hours}", "holds"),  # in seconds
])
def test_a_bare_number_no_rescaling_relates_to_a_time_fails(formula, verdict):
    steps = check_text(f"$${formula}$$").steps
    assert steps and steps[-1].verdict == verdict, steps
    if verdict == "fails":
        assert "ratios of units of time" in steps[-1].method, steps


# FLOPs after a number: a unit, no name (was "FLOPs read as one variable", undecided)
@pytest.mark.parametrize("text, verdicts", [
    ("$N = 7 \\times 10^9$.\n\n$$6N = 6 \\times 7 \\times 10^9 = 4.2 \\times 10^{10}\\ "
     "\\text{FLOPs}$$", ["holds", "holds"]),
    ("$N = 7 \\times 10^9$.\n\n$$6N = 6 \\times 7 \\times 10^9 = 4.2 \\times 10^{9}\\ "
     "\\text{FLOPs}$$", ["holds", "fails"]),
    ("전체 피크는 $$8 \\times 312 \\times 10^{12} = 2.496 \\times 10^{15}\\ \\text{FLOPS}$$ 이다.",
     ["holds"]),
    ("实际：$$24000 \\times 4.2 \\times 10^{10} = 1.008 \\times 10^{14}\\ \\text{FLOPS}$$",
     ["fails"]),
])
def test_operations_written_after_a_number(text, verdicts):
    assert [s.verdict for s in check_text(text).steps] == verdicts, check_text(text).steps


# units of physical quantities after a number: a unit of factor 1 (or a prefixed one), never a
# name (was "depends on J", undecided)
@pytest.mark.parametrize("formula, verdicts", [
    ("0.25 \\times 4800 = 1200\\ \\text{J}", ["holds"]),
    ("0.25 \\times 4800 = 1100\\ \\text{J}", ["fails"]),
    ("3.5\\ \\text{kJ} = 3500\\ \\text{J}", ["holds"]),
    ("3.5\\ \\text{kJ} = 350\\ \\text{J}", ["fails"]),
    ("250\\,\\text{mL} \\times 6 = 1.5\\,\\text{L}", ["holds"]),
    ("250\\,\\text{mL} \\times 6 = 15\\,\\text{L}", ["fails"]),
    ("2\\,\\text{km} = 2000\\,\\text{m}", ["holds"]),
    ("\\frac{12}{0.5} = 24\\ \\text{W}", ["holds"]),
])
def test_units_of_physical_quantities(formula, verdicts):
    assert [s.verdict for s in check_text(f"$${formula}$$").steps] == verdicts, \
        check_text(f"$${formula}$$").steps


# two scales of a count (M, B): the B beside millions is a billion, a conversion fixed
@pytest.mark.parametrize("formula, verdict", [
    ("24 \\times 55\\text{M} \\approx 1.32\\text{B}", "holds"),
    ("24 \\times 55\\text{M} \\approx 13.2\\text{B}", "fails"),
    ("3{,}000\\text{K} = 3\\text{M}", "holds"),
    ("3{,}000\\text{K} = 30\\text{M}", "fails"),
])
def test_two_scales_of_a_count_leave_no_choice(formula, verdict):
    steps = check_text(f"$${formula}$$").steps
    assert [s.verdict for s in steps] == [verdict], steps


# a note in parentheses after the unit, inside its \text{} (`M (per block)`): still the unit
@pytest.mark.parametrize("formula, verdict", [
    ("3 \\cdot 512^2 = 786{,}432 \\approx 0.79\\text{M (per block)}", "holds"),
    ("3 \\cdot 512^2 = 786{,}432 \\approx 0.69\\text{M (per block)}", "fails"),
    ("6 \\cdot 1000 = 6000 = 6\\text{K (블록당)}", "holds"),
])
def test_a_note_after_the_unit_leaves_it_a_unit(formula, verdict):
    steps = check_text(f"$${formula}$$").steps
    assert [s.verdict for s in steps] == ["holds", verdict], steps


# a power written after a unit is the unit's (`\text{m}^3`), never the number's; a unit per
# another (`m/s`, `J/(mol·K)`) is a compound of its own
@pytest.mark.parametrize("formula, verdicts", [
    ("4\\ \\text{L} = 0.004\\ \\text{m}^3", ["holds"]),
    ("4\\ \\text{L} = 0.04\\ \\text{m}^3", ["fails"]),  # a decimal place slipped
    ("250\\ \\text{cm}^3 = 0.25\\ \\text{L}", ["holds"]),
    ("\\frac{9 \\times 2}{3} = 6\\ \\text{m}^{2}", ["holds"]),  # not 36
    ("3 \\times 3.5 = 10.5\\ \\text{m/s}^2", ["holds"]),
    ("3 \\times 3.5 = 11.5\\ \\text{m/s}^2", ["fails"]),
    ("2 \\times 4.2 = 8.4\\ \\text{J/(mol·K)}", ["holds"]),
    ("20\\ \\text{m/s} = 72\\ \\text{km/h}", ["holds"]),  # speeds: 3.6 (see below)
    ("9.8\\ \\text{m/s}^2 = 35.28\\ \\text{km/h}^2", ["undecided"]),  # compounds to a power
])
def test_a_power_or_a_per_after_a_unit(formula, verdicts):
    steps = check_text(f"$${formula}$$").steps
    assert [s.verdict for s in steps] == verdicts, steps



@pytest.mark.parametrize("formula, verdict", [
    # decibels: a number in dB is the number written (10·log10 of a ratio), never d times B
    ("10\\log_{10} 400 \\approx 26.02\\ \\text{dB}", "holds"),
    ("20\\log_{10} 10 = 20\\ \\text{dB}", "holds"),
    ("10\\log_{10} 400 \\approx 24.02\\ \\text{dB}", "fails"),  # wrong twin
])
def test_decibels_are_numbers_as_written(formula, verdict):
    assert [s.verdict for s in check_text(f"$${formula}$$").steps] == [verdict]


@pytest.mark.parametrize("formula, verdict", [
    # a year: 365 or 365.25 days (the Julian year), both readings tried
    ("2\\,\\text{years} = 730\\,\\text{days}", "holds"),
    ("4\\,\\text{yr} = 1461\\,\\text{days}", "holds"),
    ("3\\,\\text{년} = 1000\\,\\text{days}", "undecided"),  # neither: which year is meant?
    # beside a bare number, a number in years (radiocarbon ages, loan terms); one off stays
    # undecided, as any bare number beside a unit does (it may be in another unit)
    ("t = \\frac{5730}{2} = 2865\\ \\text{years}", "holds"),
    ("t = \\frac{5730}{2} = 2856\\ \\text{years}", "undecided"),
    # years on both sides: numbers in one unit, a slip fails
    ("2865\\ \\text{years} + 5\\ \\text{years} = 2870\\ \\text{years}", "holds"),
    ("2865\\ \\text{years} + 5\\ \\text{years} = 2880\\ \\text{years}", "fails"),
])
def test_a_year_has_two_readings(formula, verdict):
    steps = check_text(f"$${formula}$$").steps
    assert steps[-1].verdict == verdict, steps


@pytest.mark.parametrize("text, verdicts", [
    # speeds: km/h, m/s, km/s relate by their factors (3.6, 1000), in a chain and for a name
    # given in both, whose later steps compute in m/s (was a false alarm on s = v²/(2a))
    ("$$72\\ \\text{km/h} = 20\\ \\text{m/s}$$", ["holds"]),
    ("$$48\\ \\text{km/h} \\approx 13.3\\ \\text{m/s}$$", ["holds"]),
    ("$$3\\ \\text{km/s} = 3000\\ \\text{m/s}$$", ["holds"]),
    ("$v = 72\\ \\text{km/h} = 20\\ \\text{m/s}$，$a = 4\\ \\text{m/s}^2$，故 $s = \\frac{v^2}{2a} = "
     "\\frac{400}{8} = 50\\ \\text{m}$。", ["holds", "holds", "holds"]),
    # wrong twins: a speed off by its factor, and the arithmetic after it
    ("$$48\\ \\text{km/h} \\approx 48\\ \\text{m/s}$$", ["fails"]),
    ("$$36\\ \\text{km/h} = 100\\ \\text{m/s}$$", ["fails"]),
    ("$v = 72\\ \\text{km/h} = 20\\ \\text{m/s}$，$a = 4\\ \\text{m/s}^2$，故 $s = \\frac{v^2}{2a} = "
     "\\frac{400}{8} = 40\\ \\text{m}$。", ["holds", "holds", "fails"]),
    # a unit per another to a power is an acceleration, not a speed squared: undecided
    ("$$9.8\\ \\text{m/s}^2 = 980\\ \\text{cm/s}^2$$", ["undecided"]),
])
def test_speeds_relate_by_their_conversion(text, verdicts):
    steps = check_text(text).steps
    assert [s.verdict for s in steps] == verdicts, steps


# bytes beside gigabytes: B is a byte or a billion, GB 1000^3 or 1024^3 bytes; a value off in
# every reading (a power of ten lost) fails, one that some reading relates holds
@pytest.mark.parametrize("formula, verdict", [
    ("3 \\times 10^9 \\times 4\\ \\text{B} = 12\\ \\text{GB}", "holds"),
    ("3 \\times 10^9 \\times 4\\ \\text{B} = 1.2\\ \\text{GB}", "fails"),
    ("3 \\times 2^{30}\\ \\text{B} = 3\\ \\text{GB}", "holds"),  # binary
    ("6 \\times 10^{9}\\ \\text{B} = 5.59\\ \\text{GB}", "holds"),  # read in GiB
    ("6 \\times 10^{9}\\ \\text{B} = 60\\ \\text{GB}", "fails"),
    # B as a billion parameters: entries of 2 bytes (fp16) relate 7 B to 14 GB, so no slip
    ("7\\text{B} \\times 2 = 14\\ \\text{GB}", "not fails"),
    ("7\\text{B} = 28\\ \\text{GB}", "not fails"),
    ("7\\text{B} \\times 16 = 112\\ \\text{GB}", "not fails"),  # Adam: 16 bytes each
    ("7\\text{B} \\times 2 = 1400\\ \\text{GB}", "fails"),  # 100 bytes each: no type
])
def test_bytes_and_gigabytes_off_in_every_reading(formula, verdict):
    steps = check_text(f"$${formula}$$").steps
    if verdict == "not fails":
        assert steps[-1].verdict != "fails", steps
    else:
        assert steps[-1].verdict == verdict, steps


# a chain's last number whose unit is written after the closing `$` (`= 10$ min`): in that
# unit, when an earlier member is written in a unit of its kind
@pytest.mark.parametrize("text, verdict", [
    ("Serving one by one: $25\\ \\text{ms} \\times 7200 = 180\\ \\text{s} = 3$ min in all.",
     "holds"),
    ("Serving one by one: $25\\ \\text{ms} \\times 7200 = 180\\ \\text{s} = 4$ min in all.",
     "fails"),
    ("A run of $2\\ \\text{h} = 7200$ s, no more.", "holds"),
    ("A run of $2\\ \\text{h} = 720$ s, no more.", "fails"),
    ("훈련은 $90\\ \\text{min} = 1.5$ 시간 걸렸다.", "holds"),
])
def test_a_unit_written_after_the_formula_is_the_last_members(text, verdict):
    steps = check_text(text).steps
    assert steps[-1].verdict == verdict, steps


def test_a_word_after_the_formula_that_is_no_unit_of_the_chains_kind_never_fails():
    # `600` then "GB" after a chain in seconds: no unit of a time (denomination.written_after
    # reads only a word of a kind the chain is written in), never a slip
    steps = check_text("It took $600\\ \\text{s} = 600$ GB of logs.").steps
    assert steps[-1].verdict != "fails", steps


def test_a_unit_the_formula_ends_in_keeps_the_name_bound():
    # `= 240\ \text{kJ}` is moved after the formula (unit.outside) and converted there: the
    # name keeps its value in J, so a law stated with it later is no step that fails
    text = ("Energy: $E = \\frac12 \\times 10 \\times 4^2 = 80\\ \\text{J} = 0.08\\ \\text{kJ}$.\n\n"
            "By the work theorem $F \\cdot d = E$, so $$d = \\frac{80}{20} = 4$$")
    assert all(s.verdict != "fails" for s in check_text(text).steps), check_text(text).steps
