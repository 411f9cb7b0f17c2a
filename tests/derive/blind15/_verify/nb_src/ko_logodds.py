OUT = "ko/logodds.ipynb"
CELLS = [
("md", r"""
# 로지스틱 회귀 계수 해석: 오즈(odds)와 로그 오즈

공부 시간 $x$ (시간)으로 합격 여부를 예측하는 모델:

$p(x) = \sigma(w_0 + w_1 x) = \dfrac{1}{1 + e^{-(w_0 + w_1 x)}}$, 학습 결과 $w_0 = -3$, $w_1 = 0.8$.
"""),
("md", r"""
## 1. 오즈와 로그 오즈

오즈의 정의는 $\text{odds}(x) = \dfrac{p(x)}{1 - p(x)}$ 이다. $1 - \sigma(z) = \dfrac{e^{-z}}{1 + e^{-z}}$ 이므로

$$\text{odds}(x) = \frac{1/(1+e^{-z})}{e^{-z}/(1+e^{-z})} = e^{z} = e^{w_0 + w_1 x}$$

$$\log\text{odds}(x) = w_0 + w_1 x$$

즉 로지스틱 회귀는 **로그 오즈가 $x$ 에 대해 선형**인 모델이다.
"""),
("md", r"""
## 2. 오즈비 (odds ratio)

$x$ 가 1 증가할 때:

$$\frac{\text{odds}(x+1)}{\text{odds}(x)} = \frac{e^{w_0 + w_1(x+1)}}{e^{w_0 + w_1 x}} = e^{w_1} = e^{0.8} \approx 2.2255$$

$x$ 와 무관하게 항상 같은 배수! 숫자로 확인해 보면:

- $x = 4$: $z = -3 + 3.2 = 0.2$, $p = \sigma(0.2) \approx 0.5498$, $\text{odds} = e^{0.2} \approx 1.2214$
- $x = 5$: $z = -3 + 4 = 1$, $p = \sigma(1) \approx 0.7311$, $\text{odds} = e^{1} \approx 2.7183$
- 비율: $2.7183 / 1.2214 \approx 2.2255$ ✓

반면 **확률**의 비율은 $0.7311 / 0.5498 \approx 1.330$ 으로 $x$ 에 따라 달라진다. "한 시간 더 공부하면 합격 확률이 2.2배" 라고 말하면 틀린 해석.
"""),
("md", r"""
## 3. 결정 경계와 기울기

$p = 0.5 \iff z = 0$ 이므로 경계는

$$x^\ast = -\frac{w_0}{w_1} = \frac{3}{0.8} = 3.57 \text{ 시간}$$

확률의 기울기는 $\dfrac{dp}{dx} = w_1\, p(1-p)$. $x = 5$ 에서

$$\frac{dp}{dx}\Big|_{x=5} = 0.8 \times 0.7311 \times 0.2689 \approx 0.1573$$

(경계 $x^\ast$ 에서 최대값 $w_1/4 = 0.2$ 를 가진다.)
"""),
("code", r"""
import numpy as np
sig = lambda z: 1 / (1 + np.exp(-z))
w0, w1 = -3, 0.8
for x in (4, 5):
    p = sig(w0 + w1 * x); print(x, p, p / (1 - p))
print(np.exp(w1), -w0 / w1)
"""),
]
