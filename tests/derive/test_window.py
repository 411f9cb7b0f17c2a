"""An output size of a sliding window written without its + 1 (window.py): the count of the
window's moves, introduced as the output."""

import pytest

from checker.derive.document import check_text
from checker.derive.tree import Bin, Call, Num
from checker.derive.window import moves, one_short

_POOL = "입력 14×14×16, 2×2 max pool, stride 2\n"


@pytest.mark.parametrize("node, found", [
    (Bin("/", Bin("-", Num("14"), Num("2")), Num("2")), (14, 2, 0, 2)),
    (Call("floor", (Bin("/", Bin("+", Bin("-", Num("28"), Num("3")), Num("2")), Num("2")),)),
     (28, 3, 2, 2)),
    (Bin("/", Num("28"), Num("2")), None),  # a halving: no window subtracted
    (Bin("+", Bin("/", Bin("-", Num("14"), Num("2")), Num("2")), Num("1")), None),  # the + 1
    (Bin("/", Bin("-", Num("1.5"), Num("2")), Num("2")), None),
])
def test_a_count_of_moves_is_read_from_whole_numbers(node, found):
    assert moves(node) == found


@pytest.mark.parametrize("lead, after, nearby, short", [
    ("출력:", "→ 6×6×16 (1점)", _POOL, True),
    ("the output is", "", "input 14, pool 2, stride 2", True),
    ("输出尺寸：", "", "输入 14，池化 2，步长 2", True),
    ("the number of moves is", "", "input 14, pool 2, stride 2", False),  # no output word
    ("출력:", "에 1을 더하면 7", _POOL, False),  # the + 1 after it
    ("output:", ", plus one", "input 14, pool 2, stride 2", False),
    ("output:", "", "input 16, pool 3", False),  # 14 and 2 not stated
])
def test_an_output_size_without_the_one_is_one_short(lead, after, nearby, short):
    assert (one_short((14, 2, 0, 2), lead, after, nearby) is not None) is short


@pytest.mark.parametrize("text", [
    _POOL + "- 출력: $(14 - 2)/2 = 6$ → 6×6×16 (1점)",
    "Input $32 \\times 32$, a $5 \\times 5$ conv with stride $1$.\n\nThe output is "
    "$(32 - 5)/1 = 27$ wide.",
    "输入 28，卷积核 3，步长 2，填充 1。\n\n输出尺寸：$\\lfloor (28 - 3 + 2)/2 \\rfloor = 13$",
])
def test_an_output_size_without_the_one_fails(text):
    steps = check_text(text).steps
    assert [s.verdict for s in steps if "+ 1" in s.method] == ["fails"], steps


@pytest.mark.parametrize("text", [
    _POOL + "- 출력: $(14 - 2)/2 + 1 = 7$",
    "Input 28, a 2×2 pool with stride 2.\n\nOutput: $28/2 = 14$.",
    _POOL + "- 이동 횟수: $(14 - 2)/2 = 6$, 출력은 $6 + 1 = 7$",
    _POOL + "- 출력: $(14 - 2)/2 = 6$ 에 1을 더하면 $7$",
    "Take $x = 8$, $k = 3$, $s = 2$: $\\frac{8 - 3}{2} = 2.5$ 이면 내림하면 2",
    # TensorFlow's `valid` size: the 1 inside, ⌈(N − K + 1)/S⌉
    "TF `valid` padding: ceil((N - K + 1)/S). Input 28, kernel 5, stride 1.\n\n"
    "Output: $(28 - 5 + 1)/1 = 24$",
    # the last output's index, not the size
    "Input 32, window 4, stride 2; the last output index (0-based) is $(32 - 4)/2 = 14$, "
    "so there are 15 outputs.",
    "输入 32，窗口 4，步长 2。输出的最后一个位置的索引为 $(32 - 4)/2 = 14$（从 0 开始），共 15 个。",
    "입력 32, 윈도우 4, 스트라이드 2 이므로 출력의 마지막 위치 인덱스(0부터)는 $(32 - 4)/2 = 14$ 이고, "
    "출력 개수는 15개다.",
    # the count meant as moves, the + 1 in the next formula
    "Input 32, window 4, stride 2; output: $(32 - 4)/2 = 14$ strides\n"
    "after the first position, so the width is $14 + 1 = 15$.",
    # the + 1 in a later formula on the same line
    "Input 32, window 4, stride 2; output: $(32 - 4)/2 = 14$, and with the first window "
    "$14 + 1 = 15$.",
    "입력 32, 커널 4, 스트라이드 2, 출력 크기: $\\frac{32 - 4}{2} = 14$, 즉 $14 + 1 = 15$.",
    "输入 32，卷积核 4，步长 2；输出：$(32 - 4)/2 = 14$，所以 $14 + 1 = 15$。",
])
def test_an_output_size_with_its_one_never_fails(text):
    steps = check_text(text).steps
    assert not any(s.verdict == "fails" for s in steps), steps
