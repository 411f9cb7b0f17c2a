from kit import *

x = np.array([1, 2, -1, 3.]); w = np.array([2, -1.]); g = np.array([1, 0, -1.])
y = np.array([x[i:i+2] @ w for i in range(3)]); same(y, [0, 5, -5]); same(4 - 2 + 1, 3)
same(1*2 + 2*-1, 0); same(2*2 + 1, 5); same(-1*2 + 3*-1, -5)
L = lambda x_, w_: g @ np.array([x_[i:i+2] @ w_ for i in range(3)])
same(fd(lambda v: L(x, v), w), [2, -1], tol=1e-6); same(1*1 + 0*2 + 1, 2); same(1*2 + 0 - 3, -1)
same(fd(lambda v: L(v, w), x), [2, -1, -2, 1], tol=1e-6)
same(1*2, 2); same(-1 + 0, -1); same(0 - 2, -2); same((-1)*(-1), 1)
gp = np.pad(g, 1); rw = w[::-1]; same(rw, [-1, 2]); same([gp[i:i+2] @ rw for i in range(4)], [2, -1, -2, 1])
key("../ko/conv1d_backward_tistory.md",
    "Korean Tistory post (밑바닥 구현 series, 합니다-체 and 반말 mixed, emoji): index sums with j and p - i, a bulleted entry-by-entry computation, conditions in prose ('i <= p <= i + k - 1 인 y_i'), a full-convolution remark with a reversed kernel",
    "1-D convolution (cross-correlation) forward and backward: dL/dw = x star g, dL/dx = full convolution, numbers for x = (1, 2, -1, 3), w = (2, -1)",
    wrong={},
    plain={"$$y_i = \\sum_{j=0}^{k-1} x_{i+j}\\, w_j$$": "defines the forward pass",
           "위에서 내려온 기울기를 $g_i = \\partial L / \\partial y_i$": "names g and binds it for the example"})
done("ko/conv1d_backward_tistory")
