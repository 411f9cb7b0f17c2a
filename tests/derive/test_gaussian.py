"""A name given the normal distribution (gaussian.py): p(x) is its density at x."""

import pytest

from checker.derive.document import check_text

_PQ = "$p = \\mathcal N(\\mu_1, \\sigma_1^2)$, $q = \\mathcal N(\\mu_2,\\sigma_2^2)$.\n\n"
_LOG_RATIO = ("$$\\log p(x) - \\log q(x) = \\log\\frac{\\sigma_2}{\\sigma_1} - "
              "\\frac{(x-\\mu_1)^2}{2\\sigma_1^2} + \\frac{(x-\\mu_2)^2}{2\\sigma_2^2}$$")

ROWS = [
    ("en, log ratio of two Gaussians", _PQ + _LOG_RATIO, ["holds"]),
    ("en, the ratio upside down", _PQ + _LOG_RATIO.replace("\\frac{\\sigma_2}{\\sigma_1}",
                                                           "\\frac{\\sigma_1}{\\sigma_2}"),
     ["fails"]),
    ("ko, the density at the mean",
     "$p = \\mathcal{N}(0, \\sigma^2)$ 이면 $$p(0) = \\frac{1}{\\sqrt{2\\pi\\sigma^2}}$$",
     ["holds"]),
    ("zh, log density (a 2 missing)",
     "设 $p = N(\\mu, \\sigma^2)$，则\n\n$$\\log p(x) = -\\frac12\\log(2\\pi\\sigma^2) - "
     "\\frac{(x-\\mu)^2}{\\sigma^2}$$", ["fails"]),
    ("zh, log density",
     "设 $p = N(\\mu, \\sigma^2)$，则\n\n$$\\log p(x) = -\\frac12\\log(2\\pi\\sigma^2) - "
     "\\frac{(x-\\mu)^2}{2\\sigma^2}$$", ["holds"]),
    # a name given the law at numbers: a density (p_Z(0.5) its value), never a number bound
    ("en, a standard normal named p_Z",
     "Take $p_Z = \\mathcal N(0, 1)$ and $f(z) = 2z + 1$.\n\n"
     "$$p_Z(0.5) = \\frac{e^{-1/8}}{\\sqrt{2\\pi}} \\approx 0.3521$$", ["holds", "holds"]),
    ("en, a standard normal named p_Z (the exponent's 2 dropped)",
     "Take $p_Z = \\mathcal N(0, 1)$ and $f(z) = 2z + 1$.\n\n"
     "$$p_Z(0.5) = \\frac{e^{-1/4}}{\\sqrt{2\\pi}}$$", ["fails"]),
    ("ko, a normal of variance 4 at its mean",
     "$p_Y = \\mathcal N(1, 4)$ 라고 두면 $$p_Y(1) = \\frac{1}{\\sqrt{8\\pi}}$$", ["holds"]),
    ("ko, a normal of variance 4 at its mean (read as variance 2)",
     "$p_Y = \\mathcal N(1, 4)$ 라고 두면 $$p_Y(1) = \\frac{1}{\\sqrt{4\\pi}}$$", ["fails"]),
    # the density written at its point: N(x; μ, σ²)
    ("zh, a mixture's two densities at a sample",
     "对样本 $x = 0$：$\\mathcal{N}(0; 0, 1) \\approx 0.399$，$\\mathcal{N}(0; 2, 1) \\approx 0.054$。",
     ["holds", "holds"]),
    ("zh, a mixture's two densities at a sample (the components swapped)",
     "对样本 $x = 0$：$\\mathcal{N}(0; 2, 1) \\approx 0.399$。", ["fails"]),
    ("en, the log density at a point",
     "$$\\log \\mathcal N(x; \\mu, \\sigma^2) = -\\tfrac12\\log(2\\pi\\sigma^2) - "
     "\\frac{(x-\\mu)^2}{2\\sigma^2}$$", ["holds"]),
    ("en, the log density at a point (a 2 dropped)",
     "$$\\log \\mathcal N(x; \\mu, \\sigma^2) = -\\tfrac12\\log(2\\pi\\sigma^2) - "
     "\\frac{(x-\\mu)^2}{\\sigma^2}$$", ["fails"]),
    ("ko, a proposal's ratio at the example's points",
     "$x = 0.5$, $x' = 1.2$, 제안분포 $q(x') = \\mathcal N(x'; 1, 1)$ 이면\n\n"
     "$$\\frac{q(x)}{q(x')} = \\frac{\\exp(-(0.5-1)^2/2)}{\\exp(-(1.2-1)^2/2)}$$", ["holds"]),
    # laws of vectors, a count N of three arguments, the text's own N: never the density
    ("en, a law of vectors (Σ)",
     "$$\\log \\mathcal N(x; \\mu, \\Sigma) = -\\tfrac12\\log(2\\pi\\Sigma) - "
     "\\frac{(x-\\mu)^2}{\\Sigma}$$", ["undecided"]),
    ("zh, a law of vectors (identity covariance)",
     "二维标准正态：$$\\log \\mathcal N(y; 0, I) = -\\log(2\\pi) - \\frac{\\|y\\|^2}{2}$$",
     ["undecided"]),
    ("en, a count of transitions N(s, a, s')",
     "$$N(1, 0, 1) = 3$$", ["undecided"]),
    ("en, the text's own N with a semicolon",
     "Let $N(a; b, c) = a + b + c$.\n\n$$N(1; 0, 1) = 2$$", ["holds"]),
    # the text's own N: not the normal distribution
    ("en, N defined by the text",
     "Let $N(a, b) = a + b$ and $p = N(1, 2)$.\n\n$$p + 1 = 4$$", ["holds"]),
]


@pytest.mark.parametrize("style, text, verdicts", ROWS, ids=[r[0] for r in ROWS])
def test_a_normal_distribution_has_a_density(style, text, verdicts):
    steps = check_text(text).steps
    assert [s.verdict for s in steps] == verdicts, [(s.line, s.verdict, s.method) for s in steps]
