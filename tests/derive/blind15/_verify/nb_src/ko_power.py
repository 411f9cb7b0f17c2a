OUT = "ko/power_iteration.ipynb"
CELLS = [
("md", r"""
# 거듭제곱법(power iteration)으로 가장 큰 고유값 찾기

대칭행렬 $A = \begin{bmatrix} 2 & 1 \\ 1 & 3 \end{bmatrix}$, 시작 벡터 $v_0 = (1, 0)$.
반복: $w_k = A v_k$, $v_{k+1} = w_k / \lVert w_k \rVert$, 레일리 몫 $r_k = v_k^\top A v_k$.
"""),
("md", r"""
## 정답부터 (특성방정식)

$$\det(A - \lambda I) = (2-\lambda)(3-\lambda) - 1 = \lambda^2 - 5\lambda + 5 = 0$$

$$\lambda_{1,2} = \frac{5 \pm \sqrt{5}}{2} \approx 3.618,\; 1.382$$

검산: $\lambda_1 + \lambda_2 = 5 = \operatorname{tr}A$, $\lambda_1\lambda_2 = \frac{25 - 5}{4} = 5 = \det A$.
"""),
("md", r"""
## 손으로 3번 반복

$k = 0$: $w_0 = A v_0 = (2, 1)$, $\lVert w_0\rVert = \sqrt5$, $v_1 \approx (0.8944, 0.4472)$, $r_0 = v_0^\top A v_0 = 2$

$k = 1$: $w_1 = A v_1 \approx (2.2361, 2.2361)$, $v_2 \approx (0.7071, 0.7071)$,
$r_1 = v_1^\top w_1 \approx 0.8944(2.2361) + 0.4472(2.2361) \approx 3.0$

$k = 2$: $w_2 = A v_2 \approx (2.1213, 2.8284)$, $\lVert w_2 \rVert \approx 3.5355$, $v_3 = (0.6, 0.8)$,
$r_2 = v_2^\top w_2 \approx 0.7071(2.1213 + 2.8284) \approx 3.5$

$k = 3$: $A v_3 = (2.0, 3.0)$, $r_3 = 0.6(2.0) + 0.8(3.0) = 3.6$

레일리 몫 $2 \to 3 \to 3.5 \to 3.6$ 이 $\lambda_1 \approx 3.618$ 로 다가간다.
"""),
("md", r"""
## 수렴 속도

벡터의 오차는 매 반복 $|\lambda_2/\lambda_1|$ 배로 줄어든다:

$$\left|\frac{\lambda_2}{\lambda_1}\right| = \frac{5 - \sqrt5}{5 + \sqrt5} \approx 0.382$$

대칭행렬에서는 레일리 몫의 오차가 그 제곱, 즉 $0.382^2 \approx 0.146$ 배씩 줄어든다.
실제로 $3.618 - 3.5 = 0.118$ 에서 $3.618 - 3.6 = 0.018$ 로, 비율 $\approx 0.15$.
"""),
("code", r"""
import numpy as np
A = np.array([[2, 1], [1, 3.]]); v = np.array([1, 0.])
for k in range(8):
    w = A @ v; print(k, v @ A @ v); v = w / np.linalg.norm(w)
print(np.linalg.eigvalsh(A))
"""),
]
