"""origin.py: a tuple read from 1 beside a family indexed with it by the same letter and counted
from 0 (`w_k = N/(K n_k)` with `w_0` written), or whose name the text indexes in brackets
(`X[k]`): both counts are readings; a step holds if it holds with the tuples counted from 0,
and fails only when it differs both ways."""

import pytest

from checker.derive.document import check_text

_EN = ("Counts $n = (900, 90, 10)$, $N = 1000$, $K = 3$.\n\n$$w_k = \\frac{N}{K\\, n_k}$$\n\n"
       "$$w_0 = \\frac{1000}{3 \\cdot 900}, \\quad w_1 = \\frac{1000}{3 \\cdot %s}$$")
_KO = ("클래스별 개수 $c = (4, 6)$, 전체 $m = 10$.\n\n$$p_j = \\frac{c_j}{m}$$\n\n"
       "$p_0 = 0.4$ 이고 $p_1 = %s$ 이다.")
_ZH = ("样本数 $n = (50, 30, 20)$。\n\n$$q_i = \\frac{n_i}{100}$$\n\n$q_0 = 0.5$，$q_1 = %s$，"
       "$q_2 = 0.2$。")

# a tuple whose name the text indexes in brackets (`X[k]`, `x[n]`: signal and array notation,
# counted from 0); every tuple the step reads is then read from 0 together (X and H)
_DFT_ZH = ("$x = (1, 2, 3, 0)$，$X[k] = \\sum_{n=0}^{3} x[n]\\,e^{-2\\pi i kn/4}$，复数运算。\n\n"
           "$$X = (6,\\ -2-2i,\\ 2,\\ -2+2i), \\qquad H = (2,\\ 1-i,\\ 0,\\ 1+i)$$\n\n"
           "$$Y_1 = X_1 H_1 = %s$$")
_ARRAY_EN = ("Arrays are indexed as in NumPy: $a[i]$ and $b[i]$ for $i = 0, 1, 2$.\n\n"
             "$a = (3, 5, 7)$, $b = (1, 2, 4)$.\n\n$$a_1 + b_1 = %s$$")
_SIGNAL_KO = ("신호 $h[n]$ ($n \\ge 0$) 의 처음 세 값 $h = (1, 0.5, 0.25)$ 에 대해\n\n"
              "$$h_1 \\cdot 4 = %s$$")


@pytest.mark.parametrize("text, right, wrong", [
    (_EN, "90", "80"),
    (_KO, "0.6", "0.5"),
    (_ZH, "0.3", "0.4"),
    (_DFT_ZH, "(-2-2i)(1-i)", "(-2-2i)(1+i)"),
    (_ARRAY_EN, "7", "9"),
    (_SIGNAL_KO, "2", "3"),
])
def test_a_tuple_counted_from_zero(text, right, wrong):
    assert "fails" not in [s.verdict for s in check_text(text % right).steps]
    assert "fails" in [s.verdict for s in check_text(text % wrong).steps]


def test_a_recurrence_starts_its_state_before_its_inputs():
    # h_0 is the state before x_1: x = (1, 0) is x_1, x_2, never x_0, x_1
    text = ("$h_t = \\tanh(w h_{t-1} + u x_t)$, $x = (1, 0)$, $h_0 = 0$, $w = 0.5$, $u = 1$.\n\n"
            "$$h_1 = \\tanh(w h_0 + u x_1) = \\tanh(1)$$\n\n$$h_1 = \\tanh(0)$$")
    assert [s.verdict for s in check_text(text).steps][-1] == "fails"

