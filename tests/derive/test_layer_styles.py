"""Short correct documents on the course's layers and training tricks (round 22, alarm27: conv
forward and backward on small matrices, pooling backward, parameter counts of LeNet-5 and
Keras summaries, batch norm, dropout, initialisation, Adam/RMSProp/momentum, schedules,
weight decay, label smoothing, metrics from counts), in learner, exam, textbook, velog and
CSDN styles, each with a wrong twin (one slip). No step of a correct document may fail; some
step of its twin must. The first ones hold a class this round made safe (an entry of a
gradient stated for the whole, another phase of the model, a total written as its number, a
contrastive conjunction); the rest guard readings that already held."""

import pytest

from tests.derive.twins import check_twins

_UPSTREAM = ("Upstream gradient:\n\n$$G = \\frac{\\partial L}{\\partial Y} = \\begin{bmatrix} 1 & 2 "
             "\\\\ -1 & 0 \\end{bmatrix}, \\quad K = \\begin{bmatrix} 1 & 2 \\\\ 0 & -1 "
             "\\end{bmatrix}$$\n\n")

_PAIRS = [
    ("conv dX entries of a stated upstream gradient, 0-based",
     _UPSTREAM + ("- $\\partial L/\\partial X_{01} = G_{00}K_{01} + G_{01}K_{00} = 1\\cdot2 + "
                  "2\\cdot1 = 4$\n- $\\partial L/\\partial X_{11} = G_{00}K_{11} + G_{01}K_{10} + "
                  "G_{10}K_{01} + G_{11}K_{00} = -1 + 0 - 2 + 0 = {}$"), "-3", "-1"),
    ("conv dX entries, 1-based",
     _UPSTREAM + "So $G_{11}K_{12} + G_{12}K_{11} = 1\\cdot 2 + 2 \\cdot 1 = {}$.", "4", "3"),
    ("dropout at test time",
     ("Keep probability $p = 0.8$: $\\tilde{h} = \\frac{m \\odot h}{p}$. With $h = (2.0, 0.5, "
      "1.0, 4.0)$ and $m = (1, 0, 1, 1)$:\n\n$$\\tilde{h} = \\frac{(2.0, 0, 1.0, 4.0)}{0.8} = "
      "({}, 0, 1.25, 5.0)$$\n\nAt test time nothing is scaled, $\\tilde h = h$."), "2.5", "1.6"),
    ("zh dropout 测试时",
     ("保留概率 $p=0.5$：$\\tilde{h}=\\frac{m\\odot h}{p}$，$h=(3,1)$，$m=(1,1)$，"
      "则 $\\tilde{h}=({},2)$。\n\n测试时不做缩放，$\\tilde{h}=h$。"), "6", "3"),
    ("accuracy over the size of the test set",
     ("TP = 40, FP = 10, FN = 20, TN = 130 (200 emails).\n\n$$\\text{acc} = \\frac{TP + TN}{200} "
      "= \\frac{40 + 130}{200} = {}$$"), "0.85", "0.75"),
    ("zh soft threshold whereas ridge",
     ("L1 的解为软阈值 $w^*=\\mathrm{sign}(a)\\max(|a|-\\lambda,0)$。$a=-0.2$，$\\lambda=0.3$，"
      "故 $w^*={}$。\n\n而 L2 的解为 $w^*=\\frac{a}{1+\\lambda}$。"), "0", "-0.2"),
    ("conv forward, learner",
     ("$X = \\begin{bmatrix} 1 & 2 \\\\ 0 & 1 \\end{bmatrix}$ patch, kernel $K = \\begin{bmatrix} "
      "1 & 0 \\\\ -1 & 2 \\end{bmatrix}$: $Y_{00} = 1\\cdot 1 + 2\\cdot 0 + 0\\cdot(-1) + 1\\cdot 2 "
      "= {}$"), "3", "4"),
    ("conv output size with padding, exam",
     ("$$H_{out} = \\left\\lfloor \\frac{32 + 4 - 5}{2} \\right\\rfloor + 1 = 15 + 1 = {}$$"),
     "16", "17"),
    ("maxpool backward keeps the sum",
     "Only the winners get gradient: $0.5 - 1 + 2 + 0.1 = {}$ on both sides.", "1.6", "1.5"),
    ("ko avgpool backward",
     "상류 기울기가 $g = 0.8$ 이면 $\\frac{\\partial L}{\\partial a_k} = 0.8 \\times \\frac{1}{4} = {}$",
     "0.2", "0.4"),
    ("lenet total as a sum", "Total: $$156 + 2416 + 48120 + 10164 + 850 = {}$$", "61706",
     "61606"),
    ("keras batchnorm non-trainable",
     "Total: $1344 + 256 + 65 = 1665$, trainable $1665 - 128 = {}$.", "1537", "1538"),
    ("batch norm variance",
     ("$$\\sigma_B^2 = \\frac{1}{m}\\sum_{i=1}^m (x_i - \\mu_B)^2 = \\frac{2.25 + 0.25 + 0.25 + "
      "2.25}{4} = {}$$"), "1.25", "1.67"),
    ("zh batch norm running mean",
     "第一步：$\\mu_{run}=0.9\\times0+0.1\\times2=0.2$\n\n第二步：$\\mu_{run}=0.9\\times0.2+0.1\\times4={}$",
     "0.58", "0.62"),
    ("ko he init",
     "$n_{in} = 512$ 인 층이면 $\\operatorname{Var}(W) = 2/512 = {}$ 이고", "0.00390625",
     "0.0078125"),
    ("xavier uniform limit",
     "For 256 → 128: $a = \\sqrt{6/384} = {}$.", "0.125", "0.0625"),
    ("adam exam second moment",
     "(2) $v_1 = 0.99 \\cdot 0 + 0.01 \\cdot 4 = {}$", "0.04", "0.4"),
    ("ko rmsprop second step",
     "2회차: $s_2 = 0.9 \\times 1.6 + 0.1 \\times 4 = {}$", "1.84", "1.76"),
    ("zh momentum third step",
     "第3步：$v_3=0.9\\times2.8+0.5=3.02$，$w_3=0.52-0.302={}$", "0.218", "0.228"),
    ("cosine schedule end",
     "当 $t=100$ 时，$\\cos\\pi=-1$，$\\eta_{100}=\\frac12\\times0.1\\times(1+\\cos\\pi)={}$。",
     "0", "0.1"),
    ("weight decay factor",
     "$$w_{new} = (1 - 0.001)\\cdot 2 - 0.1 \\cdot 0.5 = 1.998 - 0.05 = {}$$", "1.948", "1.958"),
    ("ko label smoothing target",
     "정답 클래스의 목표값은 $$1 - \\varepsilon + \\frac{\\varepsilon}{K} = 1 - 0.2 + 0.04 = {}$$",
     "0.84", "0.86"),
    ("recall from counts",
     "$$R = \\frac{TP}{TP + FN} = \\frac{40}{60} \\approx {}$$", "0.667", "0.8"),
    ("ko macro f1", "매크로 F1 은 평균: $(0.667 + 0.947)/2 = {}$", "0.807", "0.817"),
]


@pytest.mark.parametrize("text, right, wrong", [p[1:] for p in _PAIRS],
                         ids=[p[0] for p in _PAIRS])
def test_correct_document_and_its_wrong_twin(text, right, wrong):
    check_twins(text.replace("{}", right), text.replace("{}", wrong))
