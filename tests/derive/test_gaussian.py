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
    # the text's own N: not the normal distribution
    ("en, N defined by the text",
     "Let $N(a, b) = a + b$ and $p = N(1, 2)$.\n\n$$p + 1 = 4$$", ["holds"]),
]


@pytest.mark.parametrize("style, text, verdicts", ROWS, ids=[r[0] for r in ROWS])
def test_a_normal_distribution_has_a_density(style, text, verdicts):
    steps = check_text(text).steps
    assert [s.verdict for s in steps] == verdicts, [(s.line, s.verdict, s.method) for s in steps]
