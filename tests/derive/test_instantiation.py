"""A formula that puts numbers in for names (instantiation.py): no result to judge, so no
step; the arithmetic after it is still checked, and a bound name keeps the step a claim."""

import pytest

from checker.derive.document import check_text
from checker.derive.instantiation import rewritten, substitutes
from checker.derive.notation import parse_expression


@pytest.mark.parametrize("pattern, value, names", [
    (r"k^2 C_{in}", r"3 \cdot 3 \cdot 64", {"k": 3, "C_in": 64}),
    (r"k^2 C_{in}", r"3^2 \cdot 64", {"k": 3, "C_in": 64}),
    (r"k^2 C_{in}", r"9 \cdot 64", {"k": 3, "C_in": 64}),
    (r"H_{out} W_{out} C_{out} K^2 C_{in}", r"56 \cdot 56 \cdot 64 \cdot 9 \cdot 64",
     {"H_out": 56, "W_out": 56, "C_out": 64, "K": 3, "C_in": 64}),
    (r"\frac{1}{C_{out}} + \frac{1}{K^2}", r"\frac{1}{128} + \frac{1}{9}", {"C_out": 128, "K": 3}),
    (r"(H + 2P - F)/S + 1", r"(32 + 2 \cdot 1 - 3)/1 + 1", {"H": 32, "P": 1, "F": 3, "S": 1}),
    (r"x \cdot x", r"2 \cdot 3", None),  # one name, two numbers
    (r"k^2 C", r"3 \cdot 4 \cdot 64", None),  # 3·4 is no square
    (r"a + b", "7", None),  # the sum's result, not the numbers put in
    (r"\sigma^2", r"(4 + 1 + 0 + 9)/4", None),  # a lone name: any number fits, no pattern
    (r"\log(\sigma^2)", "-1.2", None),  # a result
    (r"N", "3", None),
])
def test_substitutes(pattern, value, names):
    found = substitutes(parse_expression(pattern), parse_expression(value))
    assert (None if found is None else {k: round(v, 9) for k, v in found.items()}) == names


_KO = """He 초기화의 fan-in: 3×3 커널, 입력 채널 64개이면

$$k^2 C_{{in}} = 3 \\cdot 3 \\cdot 64 = {fan_in}$$
"""
_EN = """FLOPs of the layer (56×56 output, 64 channels in and out, 3×3 kernel):
$H_{{out}} W_{{out}} C_{{out}} K^2 C_{{in}} = 56 \\cdot 56 \\cdot 64 \\cdot 9 \\cdot 64 = {flops}$.
"""
_ZH = """卷积输出尺寸（输入 32，填充 1，卷积核 3，步幅 1）：

$$\\frac{{H + 2P - F}}{{S}} + 1 = \\frac{{32 + 2 \\cdot 1 - 3}}{{1}} + 1 = {out}$$
"""


@pytest.mark.parametrize("text, right, wrong", [
    (_KO, {"fan_in": "576"}, {"fan_in": "567"}),
    (_EN, {"flops": "115605504"}, {"flops": "115605"}),
    (_ZH, {"out": "32"}, {"out": "30"}),
])
def test_the_substitution_is_no_step_and_the_arithmetic_is(text, right, wrong):
    steps = check_text(text.format(**right)).steps
    assert [s.verdict for s in steps] == ["holds"], [(s.lhs, s.rhs, s.verdict) for s in steps]
    assert [s.verdict for s in check_text(text.format(**wrong)).steps] == ["fails"]


# an invertible function of a name with no value, equal to numbers: the equation that gives
# the angle (or rate) found next, no step; the arithmetic after it still is one, and so is
# the angle the text reads off it (a wrong one fails)
@pytest.mark.parametrize("text, verdicts", [
    ("Sides 5, 6, 7: $$\\cos C = \\frac{25 + 36 - 49}{2 \\cdot 5 \\cdot 6} = \\frac{12}{60} = 0.2$$",
     ["holds", "holds"]),
    ("Sides 5, 6, 7: $$\\cos C = \\frac{25 + 36 - 49}{2 \\cdot 5 \\cdot 6} = \\frac{12}{60} = 0.3$$",
     ["holds", "fails"]),
    ("굴절: $$\\sin\\theta_2 = \\frac{\\sin 30^\\circ}{1.25} = 0.4 \\ \\Rightarrow\\ \\theta_2 \\approx "
     "23.58^\\circ$$", ["holds", "holds"]),
    ("굴절: $$\\sin\\theta_2 = \\frac{\\sin 30^\\circ}{1.25} = 0.4 \\ \\Rightarrow\\ \\theta_2 \\approx "
     "32.58^\\circ$$", ["holds", "fails"]),
])
def test_an_inverted_function_gives_its_name_a_value(text, verdicts):
    assert [s.verdict for s in check_text(text).steps] == verdicts


def test_a_function_of_a_bound_name_keeps_the_claim():
    text = "Let $C = 0$.\n\n$$\\cos C = \\frac{1}{2}$$\n"
    assert [s.verdict for s in check_text(text).steps] == ["fails"]


def test_a_bound_name_keeps_the_claim():
    text = "$K = 5$.\n\n$$K^2 C = 3 \\cdot 3 \\cdot 64$$\n"
    assert [s.verdict for s in check_text(text).steps] != []


def test_names_bound_in_an_earlier_section_take_the_new_numbers():
    text = ("## 1) Training\n\nWith $n = 4096$ tokens, $d = 512$.\n\n"
            "## 2) Inference\n\nNow 2048 tokens, width 1024:\n\n"
            "$$2 n^2 d = 2 \\cdot 2048^2 \\cdot 1024 = 8589934592$$\n")
    assert [s.verdict for s in check_text(text).steps] == ["holds"]


@pytest.mark.parametrize("pattern, value, names", [
    (r"\frac{ab}{(a+b)^2(a+b+1)}", r"\frac{12 \cdot 7}{19^2 \cdot 20}", {"a": 12, "b": 7}),
    (r"\frac{ab}{(a+b)^2(a+b+1)}", r"\frac{12 \cdot 7}{19^2 \cdot 19}", None),  # a+b+1 is 20
    (r"\frac{a}{a+b}", r"\frac{9}{9 + 5}", {"a": 9, "b": 5}),
    (r"\frac{a}{a+b}", r"\frac{9}{14}", None),  # b is fixed by nothing but the sum
    (r"a + b", "7", None),  # a sum's result alone fixes no name
])
def test_rewritten_with_sums_written_as_their_numbers(pattern, value, names):
    found = rewritten(parse_expression(pattern), parse_expression(value))
    assert (None if found is None else {k: round(v, 9) for k, v in found.items()}) == names


# a general formula written again at a new case's numbers (the posterior's α, β after a prior's
# values were bound): a guess, undecided; numbers that are no consistent case still fail
_BETA = ("Prior: $\\alpha = 2$, $\\beta = 2$. After 10 successes in 15 trials the posterior has "
         "$\\alpha_1 = 12$, $\\beta_1 = 7$.\n\n"
         "$$\\operatorname{Var}[p] = \\frac{\\alpha\\beta}{(\\alpha+\\beta)^2(\\alpha+\\beta+1)}"
         " = %s$$")


@pytest.mark.parametrize("value, verdict", [
    ("\\frac{12 \\cdot 7}{19^2 \\cdot 20}", "undecided"),
    ("\\frac{12 \\cdot 7}{19^2 \\cdot 19}", "fails"),
    ("\\frac{2 \\cdot 2}{4^2 \\cdot 5}", "holds"),  # the values in force
    ("\\frac{2 \\cdot 2}{4^2 \\cdot 4}", "fails"),
    ("\\frac{12 \\cdot 2}{14^2 \\cdot 15}", "fails"),  # one name moved alone: a slip
])
def test_a_formula_at_a_new_case(value, verdict):
    steps = [s for s in check_text(_BETA % value).steps if "α" in s.lhs]
    assert [s.verdict for s in steps] == [verdict], steps
