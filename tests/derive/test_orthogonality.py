"""orthogonality.py: the matrices a text says are orthogonal or diagonal (in words, by
`QᵀQ = I`, or by naming the decomposition beside `X = UΣVᵀ`), and the steps that hold only
because of it. Each document row: its steps are all correct (none may fail), and its wrong twin
has one slip that must still fail under the property."""

import pytest

from checker.derive.document import check_text
from checker.derive.orthogonality import stated
from tests.derive.twins import check_twins

SAID = [
    ("an orthogonal matrix $Q$ rotates", {"Q orthogonal"}),
    ("Here $U$ and $V$ are orthogonal.", {"U orthogonal", "V orthogonal"}),
    ("$W$ has orthonormal columns.", {"W orthogonal"}),
    ("직교 행렬 $Q$ 를 곱해도 길이는 같다.", {"Q orthogonal"}),
    ("设 $Q \\in \\mathbb{R}^{n\\times n}$ 是正交矩阵。", {"Q orthogonal"}),
    ("with a diagonal matrix $D$ of variances", {"D diagonal"}),
    ("其中 对角矩阵 $\\Lambda$ 的对角线是特征值", {"Lambda diagonal"}),
    ("the columns satisfy $W^\\top W = I$", {"W orthogonal"}),
    ("## SVD\n\n$$X = U\\Sigma V^\\top$$",
     {"U orthogonal", "V orthogonal", "Sigma diagonal"}),
    ("特征分解 $A = Q\\Lambda Q^\\top$", {"Q orthogonal", "Lambda diagonal"}),
    ("고유값 분해: $A = Q\\Lambda Q^\\top$", {"Q orthogonal", "Lambda diagonal"}),
    # a condition, a negation, a product named by no decomposition: nothing said
    ("If $Q$ is orthogonal, then the norm is kept.", set()),
    ("$A$ is not orthogonal in general.", set()),
    ("$Q$ 가 직교 행렬이면 길이가 보존된다.", set()),
    ("如果 $Q$ 是正交矩阵，那么长度不变。", set()),
    ("$$X = AB C^\\top$$", set()),
    ("the vectors $u$ and $v$ are orthogonal, so $u^\\top v = 0$", set()),
    # an orthogonal projection is idempotent, not an orthogonal matrix; a scaled QᵀQ
    ("We say $P$ is an orthogonal projection.", {"P idempotent", "P symmetric"}),
    ("Let $P$ be symmetric and idempotent.", {"P idempotent", "P symmetric"}),
    ("$P$ 는 사영 행렬이다.", {"P idempotent"}),
    ("设 $P$ 是投影矩阵。", {"P idempotent"}),
    ("$x$ minus its orthogonal projection $P$ onto the span", {"P idempotent", "P symmetric"}),
    ("$v$ is orthogonal to the plane", set()),
    ("the columns satisfy $A^\\top A = 4I$", {"A orthogonal 4"}),
]


@pytest.mark.parametrize("text,expected", SAID, ids=[s[0][:40] for s in SAID])
def test_what_the_text_says(text, expected):
    assert {d.text.removeprefix("assume ") for d in stated(text)} == expected


DOCUMENTS = [
    ("SVD, scores (zh)",
     "数据矩阵 $X \\in \\mathbb{R}^{n\\times d}$。\n\n## SVD\n\n$$X = U\\Sigma V^\\top$$\n\n"
     "$V \\in \\mathbb{R}^{d \\times d}$，$U \\in \\mathbb{R}^{n \\times d}$，"
     "$\\Sigma \\in \\mathbb{R}^{d \\times d}$。主成分得分是 $XV = U\\Sigma$。",
     "数据矩阵 $X \\in \\mathbb{R}^{n\\times d}$。\n\n## SVD\n\n$$X = U\\Sigma V^\\top$$\n\n"
     "$V \\in \\mathbb{R}^{d \\times d}$，$U \\in \\mathbb{R}^{n \\times d}$，"
     "$\\Sigma \\in \\mathbb{R}^{d \\times d}$。主成分得分是 $XV = U\\Sigma V$。"),
    ("eigendecomposition, rotated back (en)",
     "Let $A \\in \\mathbb{R}^{n \\times n}$, $Q \\in \\mathbb{R}^{n \\times n}$ and "
     "$\\Lambda \\in \\mathbb{R}^{n \\times n}$; the eigendecomposition of $A$ is\n\n"
     "$$A = Q\\Lambda Q^\\top$$\n\nThen $Q^\\top A Q = \\Lambda$ and "
     "$AA = Q\\Lambda Q^\\top Q\\Lambda Q^\\top = Q\\Lambda\\Lambda Q^\\top$.",
     "Let $A \\in \\mathbb{R}^{n \\times n}$, $Q \\in \\mathbb{R}^{n \\times n}$ and "
     "$\\Lambda \\in \\mathbb{R}^{n \\times n}$; the eigendecomposition of $A$ is\n\n"
     "$$A = Q\\Lambda Q^\\top$$\n\nThen $Q A Q^\\top = \\Lambda$."),
    ("orthogonal Q keeps the length (zh)",
     "设 $Q \\in \\mathbb{R}^{n\\times n}$ 是正交矩阵，$x \\in \\mathbb{R}^{n \\times 1}$，"
     "$y = Qx$。\n\n$$y^\\top y = x^\\top Q^\\top Q x = x^\\top x$$",
     "设 $Q \\in \\mathbb{R}^{n\\times n}$ 是正交矩阵，$x \\in \\mathbb{R}^{n \\times 1}$，"
     "$y = Qx$。\n\n$$y^\\top y = x^\\top Q^\\top Q x = x^\\top Q x$$"),
    ("orthogonal Q in Korean, transpose is the inverse",
     "직교 행렬 $Q \\in \\mathbb{R}^{n \\times n}$ 와 $B \\in \\mathbb{R}^{n \\times n}$ 에 대해 "
     "$Q^\\top Q B = B$ 이다.",
     "직교 행렬 $Q \\in \\mathbb{R}^{n \\times n}$ 와 $B \\in \\mathbb{R}^{n \\times n}$ 에 대해 "
     "$Q B Q^\\top = B$ 이다."),
    ("a diagonal matrix is its own transpose (en)",
     "For simplicity take a diagonal matrix $D \\in \\mathbb{R}^{n \\times n}$ and "
     "$x \\in \\mathbb{R}^{n \\times 1}$: $(D + D^\\top)x = 2Dx$.",
     "For simplicity take a diagonal matrix $D \\in \\mathbb{R}^{n \\times n}$ and "
     "$x \\in \\mathbb{R}^{n \\times 1}$: $(D + D^\\top)x = Dx$."),
    # a projection: P² = P, whether P is read as a matrix (sampled A(BᵀA)⁻¹Bᵀ, or QQᵀ when
    # also symmetric) or as a number (0 or 1)
    ("an idempotent matrix (en)",
     "Let $P \\in \\mathbb{R}^{n \\times n}$ be idempotent.\n\n$$P - PP = 0, \\qquad PPP = P$$",
     "Let $P \\in \\mathbb{R}^{n \\times n}$ be idempotent.\n\n$$P - PP = 0, \\qquad PPP = 2P$$"),
    ("a projection read as a number (ko)",
     "$P$ 는 멱등 행렬이다. 따라서 $P^2 = P$ 이고 $P^3 = P$ 이다.",
     "$P$ 는 멱등 행렬이다. 따라서 $P^2 = P$ 이고 $P^3 = 2P$ 이다."),
    ("an orthogonal projection (zh)",
     "设 $P \\in \\mathbb{R}^{n\\times n}$ 是对称的投影矩阵，$x \\in \\mathbb{R}^{n \\times 1}$。\n\n"
     "$$x^\\top P x = x^\\top P^\\top P x$$",
     "设 $P \\in \\mathbb{R}^{n\\times n}$ 是对称的投影矩阵，$x \\in \\mathbb{R}^{n \\times 1}$。\n\n"
     "$$x^\\top P x = 2 x^\\top P^\\top P x$$"),
    # scaled orthogonal columns: AᵀA = 4I, so A⁻¹ = Aᵀ/4 and ‖Ax‖ = 2‖x‖
    ("orthogonal columns of norm 2 (en)",
     "Let $A \\in \\mathbb{R}^{3 \\times 3}$ with $A^\\top A = 4I$ and $x \\in \\mathbb{R}^{3 \\times 1}$."
     "\n\n$$A^{-1} = \\frac{1}{4} A^\\top$$",
     "Let $A \\in \\mathbb{R}^{3 \\times 3}$ with $A^\\top A = 4I$ and $x \\in \\mathbb{R}^{3 \\times 1}$."
     "\n\n$$A^{-1} = \\frac{1}{2} A^\\top$$"),
]


@pytest.mark.parametrize("name,right,wrong", DOCUMENTS, ids=[d[0] for d in DOCUMENTS])
def test_correct_steps_hold_and_slips_fail(name, right, wrong):
    check_twins(right, wrong)


def test_a_thin_factor_checked_wider_than_tall_is_undecided():
    """U of (n, d) with n and d letters, checked at 3 × 4: its columns cannot be orthonormal."""
    text = ("特异值分解（SVD）$X = U\\Sigma V^\\top$，$X \\in \\mathbb{R}^{n\\times d}$，"
            "$U \\in \\mathbb{R}^{n \\times d}$，$\\Sigma \\in \\mathbb{R}^{d \\times d}$，"
            "$V \\in \\mathbb{R}^{d \\times d}$。\n\n于是 $U^\\top X = \\Sigma V^\\top$。")
    steps = [s for s in check_text(text, "doc.md").steps if s.lhs.startswith("Uᵀ")]
    assert [s.verdict for s in steps] in (["undecided"], ["holds"])
