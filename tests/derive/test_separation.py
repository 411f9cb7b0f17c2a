"""Sides that share no name (separation.py): an equation between expressions in different
names, none of which the text defines or binds, relates unknowns (a premise, a schema put into
another equation) and is never failed; sides that share a name, or reach a definition, are
checked as read."""

import pytest

from checker.derive.document import check_text


@pytest.mark.parametrize("text", [
    # a schema instantiated with subscripts, in Chinese notes
    ("仿射量化 $r = s\\,(q - z)$。设 $r_3 = \\sum_k r_{1,k}\\,r_{2,k}$，代入：\n\n"
     "$$s_3(q_3 - z_3) = \\sum_k s_1(q_{1,k} - z_1)\\,s_2(q_{2,k} - z_2)$$"),
    # a premise relating two unknown paths, in English notes
    "Suppose the two paths carry the same signal:\n\n$$w_1 x_1 + b_1 = v_2 u_2$$",
    # an assumption in Korean notes
    "두 경로의 출력은 같으므로\n\n$$\\alpha_1 m_1 + 1 = \\beta_2 (n_2 - 1)$$",
])
def test_sides_in_different_unknowns_never_fail(text):
    steps = check_text(text).steps
    assert steps and all(s.verdict != "fails" for s in steps), steps
    assert any("share no name" in s.method for s in steps), steps


@pytest.mark.parametrize("text", [
    "$$(a + b)^2 = a^2 + b^2$$",  # the sides share names: an identity, wrong
    # u is defined: it reaches v, read through it (w written in another formula of the text:
    # a letter written nowhere else would be unknown, convention._written_nowhere)
    "Let $u = 2v$ and $w > 0$. Then $$u + 1 = 3w$$",
    "设 $p_1 = 0.2$，$p_2 = 0.3$，则 $$p_1 + p_2 = q$$ 且 $q = 0.6$。",  # bound values
])
def test_sides_sharing_names_or_defined_are_checked(text):
    steps = check_text(text).steps
    assert any(s.verdict == "fails" for s in steps), steps
