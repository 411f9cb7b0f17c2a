OUT = "ko/armijo.ipynb"
CELLS = [
("md", r"""
# Armijo 백트래킹 라인서치 손계산

목적함수 $f(x, y) = x^2 + 5y^2$, 시작점 $x_0 = (1, 1)$, 방향은 최급강하 $d = -\nabla f(x_0)$.
파라미터: $c = 0.1$, 축소비 $\rho = 0.5$, 초기 스텝 $\alpha = 1$.

Armijo 조건: $f(x_0 + \alpha d) \le f(x_0) + c\,\alpha\,\nabla f(x_0)^\top d$
"""),
("md", r"""
## 준비

$$\nabla f = (2x,\ 10y) \;\Rightarrow\; \nabla f(x_0) = (2, 10),\quad d = (-2, -10)$$

$$f(x_0) = 1 + 5 = 6, \qquad \nabla f(x_0)^\top d = -(4 + 100) = -104$$

따라서 오른쪽 기준선은 $6 - 0.1 \cdot 104\,\alpha = 6 - 10.4\,\alpha$.
"""),
("md", r"""
## 백트래킹

| $\alpha$ | $x_0 + \alpha d$ | $f$ | 기준 $6 - 10.4\alpha$ | 통과? |
|---|---|---|---|---|
| 1 | $(-1, -9)$ | $1 + 405 = 406$ | $-4.4$ | ✗ |
| 0.5 | $(0, -4)$ | $0 + 80 = 80$ | $0.8$ | ✗ |
| 0.25 | $(0.5, -1.5)$ | $0.25 + 11.25 = 11.5$ | $3.4$ | ✗ |
| 0.125 | $(0.75, -0.25)$ | $0.5625 + 0.3125 = 0.875$ | $4.7$ | ✓ |

→ $\alpha = 0.125$ 채택, $x_1 = (0.75, -0.25)$, $f$ 가 $6 \to 0.875$ 로 감소.
"""),
("md", r"""
## 정확한 라인서치와 비교

이차함수 $f = \tfrac12 x^\top H x$, $H = \operatorname{diag}(2, 10)$ 에서 방향 $d = -g$ 의 최적 스텝은

$$\alpha^\ast = \frac{g^\top g}{g^\top H g} = \frac{104}{2\cdot 4 + 10\cdot 100} = \frac{104}{1008} \approx 0.1032$$

$$f(x_0 + \alpha^\ast d) = f(x_0) - \frac{(g^\top g)^2}{2\, g^\top H g} = 6 - \frac{10816}{2016} \approx 0.6349$$

백트래킹 결과 $0.875$ 는 최적값보다 조금 크지만, 함수값 4번 계산으로 충분히 좋은 스텝을 얻었다.
"""),
("code", r"""
import numpy as np
f = lambda v: v[0]**2 + 5 * v[1]**2
x0 = np.array([1., 1.]); g = np.array([2., 10.]); d = -g
a = 1.0
while f(x0 + a * d) > f(x0) + 0.1 * a * g @ d:
    a *= 0.5
print(a, x0 + a * d, f(x0 + a * d))
"""),
]
