"""A formula that puts numbers in for names (instantiation.py): no result to judge, so no
step; the arithmetic after it is still checked, and a bound name keeps the step a claim."""

import pytest

from checker.derive.document import check_text
from checker.derive.instantiation import substitutes
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


def test_a_bound_name_keeps_the_claim():
    text = "$K = 5$.\n\n$$K^2 C = 3 \\cdot 3 \\cdot 64$$\n"
    assert [s.verdict for s in check_text(text).steps] != []


def test_names_bound_in_an_earlier_section_take_the_new_numbers():
    text = ("## 1) Training\n\nWith $n = 4096$ tokens, $d = 512$.\n\n"
            "## 2) Inference\n\nNow 2048 tokens, width 1024:\n\n"
            "$$2 n^2 d = 2 \\cdot 2048^2 \\cdot 1024 = 8589934592$$\n")
    assert [s.verdict for s in check_text(text).steps] == ["holds"]
