from kit import *

p, a = sp.symbols('p a', positive=True)
eq(((1 - p)*a + p*0)/(1 - p), a)
same(1/0.75, 4/3)
A = np.array([4, 8, 2, 6.]); M = np.array([1, 1, 0, 1.])
at = M*A/0.75
for t, v in zip(["5.333", "10.667", "0", "8"], at): near(t, v)
same(4/3*np.array([4, 8, 0, 6]), at)
G = np.array([0.3, -0.6, 0.9, 0.15]); same(M*G/0.75, [0.4, -0.8, 0, 0.2]); same(4/3*np.array([0.3, -0.6, 0, 0.15]), [0.4, -0.8, 0, 0.2])
same(fd(lambda v: G @ (M*v/0.75), A), [0.4, -0.8, 0, 0.2], tol=1e-6)
same(1 - 0.25, 0.75)
key("../ko/dropout_wikidocs_section.md",
    "Korean WikiDocs e-book section (numbered, 한다-체): a probability in prose, tilde variables, expectation in $$, bindings with 이라고 하자, bulleted numeric example with fractions and tuples, a redefinition at test time ('tilde a_i = a_i 를 그대로 쓴다'), a blockquote note",
    "inverted dropout: scaled output, expectation preserved, backward scaling, a numeric example, test time",
    wrong={},
    plain={"$$\\tilde{a}_i = \\frac{m_i\\, a_i}{1 - p}$$": "defines tilde a_i",
           "$p = 0.25$, $a = (4, 8, 2, 6)$": "binds p, a, m",
           "테스트할 때는 마스크 없이 $\\tilde{a}_i = a_i$": "redefines tilde a_i at test time",
           "이다. 즉 꺼진 뉴런($m_i = 0$)으로는": "condition m_i = 0 naming the dropped neurons"})
done("ko/dropout_wikidocs_section")
