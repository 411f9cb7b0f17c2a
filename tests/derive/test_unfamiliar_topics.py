"""Short correct documents on topics away from the corpora (round 25, alarm25: circuits,
chemistry, econometrics, information theory, queueing, ML systems, RL, signal processing),
each with a wrong twin (one slip). No step of a correct document may fail; some step of its
twin must. The first ones hold a class this round made safe (prefixed units after a value, a
per-cent sign's operand, a name bound as written beside a stand-in index, resource-time units,
entries in square brackets, a formula at a new case, a name solved anew, micro typed as μ);
the rest guard readings that already held."""

import pytest

from tests.derive.twins import check_twins

_PAIRS = [
    ("rc current in mA", "Initial current: $i(0) = V_s/R = 5/10{,}000 = {}$ mA.", "0.5", "5"),
    ("rc energy in mJ",
     "Energy stored: $E = \\tfrac12 C V^2 = \\tfrac12 \\times 47\\times10^{-6} \\times 25 \\approx {}$ mJ.",
     "0.59", "0.47"),
    ("load power beside R_1, R_2",
     ("Divider $R_1 = 4.7$, $R_2 = 10$; a load $R_L = 6.8$ kΩ gets $V_L = 5.55$ V.\n\n"
     "Power: $P = V_L^2 / R_L \\approx 5.55^2 / 6800 \\approx {}$ mW."), "4.53", "5.43"),
    ("elasticity of percentages", "So $E = -20\\% / 20\\% = {}$, unit elastic.", "-1", "1"),
    ("ko mass percent", "질량 퍼센트는 $5.85/250 \\times 100 = {}\\%$ 이다.", "2.34", "0.234"),
    ("gpu-hours",
     ("$$\\frac{8.4\\times10^{22}}{124.8\\times10^{12}} \\approx 6.73\\times10^{8}\\ \\text{s} "
     "\\approx {}\\ \\text{GPU-hours}$$"), "1.87\\times10^{5}", "1.87\\times10^{4}"),
    # (not 1.12e7, 60 times as many: 60 GPUs may have shared the work, effort.shared)
    ("zh fir entries",
     "卷积输出:\n\n- $y[0] = 0.5 \\times 1 = 0.5$\n- $y[1] = 0.5 \\times 2 + 0.5 \\times 1 = {}$",
     "1.5", "2.5"),
    ("beta posterior variance at the new case",
     ("Prior $\\alpha = 2$, $\\beta = 2$; after 10 of 15 the posterior has $\\alpha_2 = 12$, "
     "$\\beta_2 = 7$.\n\n$$\\operatorname{Var}[p] = \\frac{\\alpha\\beta}{(\\alpha+\\beta)^2"
     "(\\alpha+\\beta+1)} = \\frac{12 \\cdot 7}{19^2 \\cdot 20} = \\frac{84}{7220} \\approx {}$$"),
     "0.0116", "0.0161"),
    ("thin lens second case",
     ("$f = 10$, $d_o = 30$: $1/d_i = 1/10 - 1/30 = 2/30$, so $d_i = 15$.\n\n"
     "Now $d_o = 5$: $$\\frac{1}{d_i} = \\frac{1}{10} - \\frac{1}{5} = -\\frac{1}{10} "
     "\\Rightarrow d_i = -10$$\n\nThen $m = -d_i/d_o = 10/5 = {}$."), "2", "-2"),
    ("ko capacitors in parallel",
     ("$C_1 = 2\\ \\mu\\text{F}$, $C_2 = 3\\ \\mu\\text{F}$ 이다.\n\n병렬이면 "
     "$C = C_1 + C_2 = 2 + 3 = {}\\ \\mu$F 이다."), "5", "6"),
    ("kkt optimum value", "$$f(x^*, y^*) = (1.5 - 2)^2 + (0.5 - 1)^2 = 0.25 + 0.25 = {}$$",
     "0.5", "0.25"),
    ("n-step return",
     "With $\\gamma = 0.9$: $G = 1 + 0.9 \\cdot 0 + 0.81 \\cdot 2 + 0.729 \\cdot 5 = {}$",
     "6.265", "6.625"),
    ("huffman mean length",
     "$$\\bar L = 0.4(1) + 0.3(2) + 0.2(3) + 0.1(3) = {}\\text{ bits}$$", "1.9", "2.1"),
    ("ko m/m/1", "이용률 $\\rho = 8/10 = 0.8$, 평균 손님 수 $L = \\rho/(1 - \\rho) = {}$ 명.",
     "4", "3.2"),
    ("ko screening test", "$$P(D \\mid +) = \\frac{0.0095}{0.0095 + 0.099} \\approx {}$$",
     "0.0876", "0.0095"),
    ("zh bsc capacity", "信道容量 $C = 1 - H_b(0.1) \\approx 1 - 0.469 = {}$ bit/次。",
     "0.531", "0.469"),
    ("zh tokens per second", "吞吐量 $\\frac{32 \\times 2048}{1.6} = {}$ tokens/s。",
     "40{,}960", "40{,}690"),
    ("zh caco3 leftover", "剩余固体质量:$10.0 - 4.40 = {}$ g。", "5.60", "5.40"),
    ("ols intercept", "$$\\hat\\beta_0 = \\bar y - \\hat\\beta_1 \\bar x = 4 - 0.6 \\times 3 = {}$$",
     "2.2", "3.4"),
    ("ko kv cache bytes", "토큰당 $2 \\times 32 \\times 4096 \\times 2 = {}$ B.", "524{,}288",
     "262{,}144"),
    ("zh lagrange utility", "于是 $x^* = 4$,$y^* = 2$,最大效用 $U^* = 4 \\times 2 = {}$。", "8",
     "6"),
    ("npv at 8%", "$$\\text{NPV} \\approx -1000 + 277.78 + 342.94 + 396.92 = {}$$", "17.64",
     "27.64"),
]


@pytest.mark.parametrize("text, right, wrong", [p[1:] for p in _PAIRS],
                         ids=[p[0] for p in _PAIRS])
def test_correct_document_and_its_wrong_twin(text, right, wrong):
    check_twins(text.replace("{}", right), text.replace("{}", wrong))
