DOCS = []
def md(name, style, topic, body): DOCS.append((name + ".md", "ko", style, topic, body))
def nb(name, style, topic, cells): DOCS.append((name + ".ipynb", "ko", style, topic, cells))

md("ko23_linreg_gd_three_points_velog", "velog 블로그 글", "세 점 (1,2),(2,2),(3,4)에 대한 MSE 편미분과 경사하강법 한 스텝", r'''# [ML 기초] 직선 하나를 경사하강법으로 맞춰보기

데이터는 딱 세 개입니다: $(1, 2)$, $(2, 2)$, $(3, 4)$. 모델은 $\hat y = wx + b$, 손실은 MSE입니다.⟦N:모델 정의⟧

$$L(w, b) = \frac1n\sum_{i=1}^{n}(wx_i + b - y_i)^2$$⟦N:손실 정의⟧

## 편미분

$$\frac{\partial L}{\partial w} = \frac2n\sum_i (wx_i + b - y_i)\,x_i, \qquad \frac{\partial L}{\partial b} = \frac2n\sum_i (wx_i + b - y_i)$$

## 한 스텝 돌려보기

$w = 0$, $b = 0$에서 시작하고 학습률은 $\eta = 0.1$로 두겠습니다.⟦N:초깃값과 학습률⟧

처음에는 예측이 전부 0이라 오차 $\hat y - y$가 $(-2, -2, -4)$이고, $L = \frac{4 + 4 + 16}{3} = 8$ 입니다.

| 항목 | 계산 | 값 |
|---|---|---|
| $\sum (\hat y_i - y_i)x_i$ | $-2 - 4 - 12$ | $-18$ |
| $\partial L/\partial w$ | $\frac23 \times (-18)$ | $-12$ |
| $\sum (\hat y_i - y_i)$ | $-2 - 2 - 4$ | $-8$ |
| $\partial L/\partial b$ | $\frac23 \times (-8)$ | $-5.333$ |

갱신:

$$w_1 = 0 - 0.1 \times (-12) = 1.2, \qquad b_1 = 0 - 0.1 \times (-5.333) = 0.05333$$⟦W:0.1 x 5.333 is 0.5333⟧

새 예측은 $\hat y = (1.7333,\ 2.9333,\ 4.1333)$, 오차는 $(-0.2667,\ 0.9333,\ 0.1333)$이고

$$L = \frac{0.0711 + 0.8711 + 0.0178}{3} = \frac{0.96}{3} = 0.32$$

한 번에 8에서 0.32로 떨어졌네요. 참고로 최소제곱 해는 $w = 1$, $b = 0.6667$이고 그때 $L = 0.2222$ 입니다.
아직 갈 길이 조금 남았습니다 😅
''')

md("ko23_sigmoid_bce_derivation_tistory", "tistory 블로그 (유도 정리)", "시그모이드 미분과 BCE의 dL/dz = ŷ - y 유도, 샘플 하나로 수치 확인", r'''## 로지스틱 회귀 손실의 미분, 한 번 제대로 정리

시그모이드 $\sigma(z) = \dfrac{1}{1 + e^{-z}}$ 의 미분부터 합니다.⟦N:시그모이드 정의⟧

$$\sigma'(z) = \frac{e^{-z}}{(1 + e^{-z})^2} = \sigma(z)\big(1 - \sigma(z)\big)$$

손실(BCE)은 $L = -y\log\hat y - (1 - y)\log(1 - \hat y)$, $\hat y = \sigma(z)$ 입니다.⟦N:손실 정의⟧

연쇄 법칙으로

$$\frac{\partial L}{\partial z} = \left(-\frac{y}{\hat y} + \frac{1 - y}{1 - \hat y}\right)\hat y(1 - \hat y) = \hat y - y$$

이므로 $z = wx + b$ 일 때 $\frac{\partial L}{\partial w} = (\hat y - y)x$, $\frac{\partial L}{\partial b} = \hat y - y$ 가 됩니다.

### 숫자로 확인

$x = 1.5$, $y = 0$, $w = 0.4$, $b = -0.1$ 이라고 하면⟦N:샘플과 파라미터⟧

- $z = 0.4 \times 1.5 - 0.1 = 0.5$
- $ŷ = σ(0.5) ≈ 0.6225$
- $L = -\log(1 - 0.6225) = -\log 0.3775 \approx 0.9741$
- $∂L/∂w = 0.6225 × 1.5 ≈ 0.9337$
- $∂L/∂b ≈ 0.6225$

학습률 0.1로 한 번 업데이트하면 $w = 0.4 - 0.1 \times 0.9337 \approx 0.3066$,
$b = -0.1 - 0.06225 \approx -0.1622$ 입니다.

새 파라미터로 다시 계산하면 $z = 0.3066 \times 1.5 - 0.1622 \approx 0.2977$, $\hat y \approx 0.5739$ 로
정답 0 쪽으로 조금 내려갔습니다. 👍
''')

md("ko23_leaky_relu_elu_wikidocs", "wikidocs 교재 절", "Leaky ReLU와 ELU의 정의, 도함수, 값과 역전파 예", r'''### 4.3 Leaky ReLU와 ELU

ReLU는 음수 구간의 기울기가 0이라 뉴런이 죽을 수 있습니다. 이를 완화하는 두 함수입니다.

**Leaky ReLU** ($\alpha = 0.01$):⟦N:alpha 지정⟧

$$f(x) = \begin{cases} x & (x > 0) \\ \alpha x & (x \le 0) \end{cases}, \qquad f'(x) = \begin{cases} 1 & (x > 0) \\ \alpha & (x < 0) \end{cases}$$⟦N:정의⟧

예: $f(-3) = 0.01 \times (-3) = -0.03$, $f'(-3) = 0.01$.

**ELU** ($\alpha = 1$):⟦N:alpha 지정⟧

$$g(x) = \begin{cases} x & (x > 0) \\ \alpha(e^x - 1) & (x \le 0) \end{cases}$$⟦N:정의⟧

음수 구간에서 $g'(x) = \alpha e^x = g(x) + \alpha$ 이므로, 순전파 값을 재사용할 수 있습니다.

| $x$ | $g(x)$ | $g'(x)$ |
|---|---|---|
| $-2$ | $e^{-2} - 1 \approx -0.8647$ | $e^{-2} \approx 0.1353$ |
| $-1$ | $e^{-1} - 1 \approx -0.3679$ | $e^{-1} \approx 0.3679$ |⟦W:e^{-1} - 1 is -0.6321⟧
| $1$ | $1$ | $1$ |

확인: $g'(-1) = g(-1) + 1 = -0.6321 + 1 = 0.3679$.

**역전파 예.** 어떤 뉴런의 입력이 $x = -2$이고 위에서 내려온 기울기가 $0.5$라면⟦N:입력값 지정⟧

- Leaky ReLU: $0.5 \times 0.01 = 0.005$
- ELU: $0.5 \times 0.1353 \approx 0.0677$

ELU 쪽이 13배 넘게 큰 기울기를 전달합니다 ($0.0677 / 0.005 \approx 13.5$).
''')

nb("ko23_conv_pool_output_size_colab", "Colab 노트북", "64x64 입력에서 conv/pool 출력 크기 (내림)와 conv 파라미터 수", [
("markdown", r'''# 합성곱/풀링 출력 크기 계산 연습

출력 크기 공식: $o = \left\lfloor \dfrac{i + 2p - k}{s} \right\rfloor + 1$⟦N:공식 정의⟧

입력은 $64 \times 64 \times 3$ 컬러 이미지입니다.'''),
("code", r'''import torch, torch.nn as nn
net = nn.Sequential(nn.Conv2d(3, 16, 5), nn.MaxPool2d(2),
                    nn.Conv2d(16, 32, 3, stride=2, padding=1), nn.MaxPool2d(3, stride=2))
print(net(torch.zeros(1, 3, 64, 64)).shape)   # torch.Size([1, 32, 7, 7])
print([sum(p.numel() for p in m.parameters()) for m in net])'''),
("markdown", r'''## 층별 계산

1. conv1 ($k = 5$, $s = 1$, $p = 0$): $64 - 5 + 1 = 60$
2. pool1 ($k = 2$, $s = 2$): $\lfloor (60 - 2)/2 \rfloor + 1 = 30$
3. conv2 ($k = 3$, $s = 2$, $p = 1$): $\lfloor (30 + 2 - 3)/2 \rfloor + 1 = \lfloor 14.5 \rfloor + 1 = 15$
4. pool2 ($k = 3$, $s = 2$): $\lfloor (15 - 3)/2 \rfloor + 1 = 7$

최종 특성 맵은 $7 \times 7 \times 32$, 펼치면 $7 \cdot 7 \cdot 32 = 1568$ 차원입니다.'''),
("markdown", r'''## 파라미터 수

- conv1: $5 \times 5 \times 3 \times 16 + 16 = 1216$
- conv2: $3 \times 3 \times 16 \times 32 + 32 = 4680$⟦W:4608 + 32 is 4640⟧
- 풀링 층은 0개

합계 $1216 + 4640 = 5856$ 개. 출력된 리스트 `[1216, 0, 4640, 0]`와 일치합니다.'''),
])

md("ko23_momentum_sgd_study_note", "개인 공부 노트 (1인칭)", "f(w) = w^2/2에서 모멘텀 SGD 세 스텝, 진동 관찰", r'''# 모멘텀 직접 계산해 봄 (공부 노트)

업데이트 규칙은 이렇게 씀:
$v_t = \beta v_{t-1} + g_t$, $w_t = w_{t-1} - \eta v_t$⟦N:업데이트 규칙⟧

함수는 $f(w) = \frac12 w^2$ → $g = f'(w) = w$. 간단하게.
$w_0 = 2$, $v_0 = 0$, $\eta = 0.5$, $\beta = 0.9$ 로 둠.⟦N:초깃값과 하이퍼파라미터⟧

**1스텝**: $g_1 = 2$, $v_1 = 0 + 2 = 2$, $w_1 = 2 - 0.5 \times 2 = 1$

**2스텝**: $g_2 = 1$, $v_2 = 0.9 × 2 + 1 = 2.8$, $w_2 = 1 - 1.4 = -0.4$
→ 어? 벌써 0을 넘어가 버림. 관성 때문.

**3스텝**: $g_3 = -0.4$
$0.9 \times 2.8 = 2.25$ 이고⟦W:0.9 x 2.8 is 2.52⟧
$v_3 = 2.52 - 0.4 = 2.12$, $w_3 = -0.4 - 0.5 \times 2.12 = -1.46$

음... 더 멀어졌다. 모멘텀 없이 ($\beta = 0$) 하면 매번 $w \leftarrow w - 0.5w = 0.5w$ 라서
$2 \to 1 \to 0.5 \to 0.25$ 로 얌전히 줄어드는데.

정리하면:

| $t$ | 모멘텀 $w_t$ | 그냥 GD $w_t$ |
|---|---|---|
| 1 | $1$ | $1$ |
| 2 | $-0.4$ | $0.5$ |
| 3 | $-1.46$ | $0.25$ |

결론: 이 문제에선 $\eta = 0.5$, $\beta = 0.9$ 조합이 너무 공격적. 진동하다가 결국 수렴은 하는데
(특성방정식 근의 크기가 $\sqrt{0.9} \approx 0.949 < 1$) 엄청 느림.
''')

md("ko23_dropout_scaling_lecture", "대학 강의 노트", "inverted dropout: 1/p 스케일, 마스크 적용 값, 기댓값과 분산", r'''# 7주차: 드롭아웃의 스케일링

유지 확률을 $p$라 하자. 마스크 $m_i \sim \text{Bernoulli}(p)$ 에 대해 inverted dropout은

$$\tilde a_i = \frac{m_i a_i}{p}$$⟦N:정의⟧

로 계산한다. 그러면 $\mathbb{E}[\tilde a_i] = \frac{p\,a_i}{p} = a_i$ 이므로 테스트 때 아무것도 바꿀 필요가 없다.

**예제.** $p = 0.8$, $a = (2.0,\ 0.5,\ 1.5,\ 3.0)$, 샘플된 마스크 $m = (1, 0, 1, 1)$.⟦N:예제 값⟧

스케일은 $1/p = 1/0.8 = 1.25$ 이고

$$\tilde a = 1.25 \times (2.0,\ 0,\ 1.5,\ 3.0) = (2.5,\ 0,\ 1.875,\ 3.75)$$

- 원래 합: $2.0 + 0.5 + 1.5 + 3.0 = 7.0$
- 드롭아웃 후 합: $2.5 + 1.875 + 3.75 = 8.125$ (이번 샘플에선 더 크지만 기댓값은 7.0)

**분산.** $\mathrm{Var}[\tilde a_i] = \frac{a_i^2}{p^2}\,p(1 - p) = a_i^2\frac{1 - p}{p}$. 예를 들어 $a_1 = 2$ 이면
$4 \times \frac{0.2}{0.8} = 1$.

**비교: 원래(비-inverted) 방식.** 학습 때는 $m_i a_i$ 만 쓰고, 테스트 때 $p a_i$ 로 줄인다.
$a_4 = 3.0$ 이면 테스트 출력은 $0.8 \times 3.0 = 2.4$.

두 방식의 출력 비율은 항상 $1/p = 1.25$ 배 차이가 난다.

**질문 답변.** 유지 확률을 $p = 0.5$로 바꾸면?⟦N:p 재지정⟧
스케일은 $1/0.5 = 2$, 분산은 $a_i^2 \cdot \frac{0.5}{0.5} = a_i^2$ 로 커진다.
''')

nb("ko23_two_layer_relu_backprop_colab", "Colab 노트북 (행렬 역전파)", "배치 2개, 2-3-1 ReLU 신경망: Z1, A1, 출력, dZ2, dW2, dZ1, dW1 = X^T dZ1", [
("markdown", r'''# 2층 신경망 역전파를 행렬로

표기: 샘플이 행. $X \in \mathbb{R}^{m \times 2}$, $W_1 \in \mathbb{R}^{2 \times 3}$, $W_2 \in \mathbb{R}^{3 \times 1}$, $m = 2$.⟦N:배치 크기 지정⟧
손실은 $L = \frac{1}{2m}\sum_i (\hat y_i - y_i)^2$.⟦N:손실 정의⟧'''),
("code", r'''import numpy as np
X = np.array([[1., 2.], [-1., 1.]]); y = np.array([[1.], [0.]])
W1 = np.array([[0.5, -1., 0.2], [0.3, 0.4, -0.5]]); b1 = np.array([0., 0.1, 0.])
W2 = np.array([[1.], [-2.], [0.5]]); b2 = 0.1'''),
("markdown", r'''## 순전파

$$Z_1 = XW_1 + b_1 = \begin{pmatrix} 1.1 & -0.1 & -0.8 \\ -0.2 & 1.5 & -0.7 \end{pmatrix}, \quad A_1 = \mathrm{ReLU}(Z_1) = \begin{pmatrix} 1.1 & 0 & 0 \\ 0 & 1.5 & 0 \end{pmatrix}$$

$\hat y = A_1W_2 + b_2 = (1.1 + 0.1,\ -3.0 + 0.1)^\top = (1.2,\ -2.9)^\top$

$L = \frac{1}{4}\big(0.2^2 + 2.9^2\big) = \frac{0.04 + 8.41}{4} = 2.1125$'''),
("markdown", r'''## 역전파

$dZ_2 = \frac{1}{m}(\hat y - y) = (0.1,\ -1.45)^\top$

$dW_2 = A_1^\top dZ_2 = (1.1 \times 0.1,\ 1.5 \times (-1.45),\ 0)^\top = (0.11,\ -2.175,\ 0)^\top$, $db_2 = 0.1 - 1.45 = -1.35$

$dA_1 = dZ_2W_2^\top = \begin{pmatrix} 0.1 & -0.2 & 0.05 \\ -1.45 & 2.9 & -0.725 \end{pmatrix}$

ReLU 마스크 $\mathbb{1}[Z_1 > 0]$를 곱하면 $dZ_1 = \begin{pmatrix} 0.1 & 0 & 0 \\ 0 & 2.9 & 0 \end{pmatrix}$

$$dW_1 = X^\top dZ_1 = \begin{pmatrix} 1 & -1 \\ 2 & 1 \end{pmatrix}\begin{pmatrix} 0.1 & 0 & 0 \\ 0 & 2.9 & 0 \end{pmatrix} = \begin{pmatrix} 0.1 & 2.9 & 0 \\ 0.2 & 2.9 & 0 \end{pmatrix}$$⟦W:the (1,2) entry is 1 x 0 + (-1) x 2.9 = -2.9⟧

$db_1 = (0.1,\ 2.9,\ 0)$. 세 번째 은닉 유닛은 두 샘플 모두에서 꺼져 있어서 기울기가 0입니다.'''),
("code", r'''Z1 = X @ W1 + b1; A1 = np.maximum(Z1, 0); yhat = A1 @ W2 + b2
dZ2 = (yhat - y) / 2; dZ1 = (dZ2 @ W2.T) * (Z1 > 0)
print(X.T @ dZ1)   # [[ 0.1 -2.9  0. ] [ 0.2  2.9  0. ]]'''),
("markdown", r'''출력의 첫 행 둘째 값은 $-2.9$ 입니다: 두 번째 샘플의 $x_1 = -1$ 이 곱해지기 때문.'''),
])

md("ko23_lenet5_params_velog", "velog 글 (모델 정리)", "LeNet-5 (현대식 구현) 층별 출력 크기와 파라미터 수, 총 61,706개", r'''# LeNet-5 파라미터 세어보기

입력 $32 \times 32 \times 1$. 요즘 식으로 구현한 LeNet-5 (C3 완전 연결, 풀링엔 파라미터 없음) 기준입니다.

| 층 | 출력 | 파라미터 |
|---|---|---|
| C1: 5×5 conv, 6개 | 28×28×6 | $6 \times (5 \cdot 5 \cdot 1 + 1) = 156$ |
| S2: 2×2 pool | 14×14×6 | 0 |
| C3: 5×5 conv, 16개 | 10×10×16 | $16 \times (5 \cdot 5 \cdot 6 + 1) = 2416$ |
| S4: 2×2 pool | 5×5×16 | 0 |
| C5: 120 | 120 | $120 \times (400 + 1) = 48120$ |
| F6: 84 | 84 | $84 \times (120 + 1) = 10164$ |
| 출력: 10 | 10 | $10 \times (84 + 1) = 850$ |

크기 계산은 $o = i - k + 1$ (stride 1, 패딩 없음):⟦N:공식 정의⟧

- C1: $32 - 5 + 1 = 27$⟦W:32 - 5 + 1 is 28⟧
- C3: $14 - 5 + 1 = 10$
- C5: $5 - 5 + 1 = 1$, 즉 $5 \times 5 \times 16 = 400$ 개 입력이 120개 유닛에 연결됩니다.

총합:

$$156 + 2416 + 48120 + 10164 + 850 = 61706$$

참고로 원 논문의 C3는 부분 연결이라 $1516$개이고, 그러면 총합은 $61706 - 2416 + 1516 = 60806$ 이 됩니다
(S2, S4의 학습 계수 $2 \times 6 + 2 \times 16 = 44$개는 여기서 뺐습니다).

C5 + F6만으로 전체의 $(48120 + 10164)/61706 \approx 94.5\%$ 를 차지합니다.
''')

md("ko23_buoyancy_archimedes_block", "중학/고1 과학 풀이", "아르키메데스 원리: 나무토막의 잠기는 비율, 누르는 힘, 바닷물에서의 비율", r'''# 나무토막은 얼마나 잠길까?

가로 20 cm, 세로 10 cm, 높이 5 cm인 나무토막(밀도 $\rho_w = 600\ \text{kg/m}^3$)을 물($\rho = 1000\ \text{kg/m}^3$)에 띄운다. $g = 9.81\ \text{m/s}^2$.⟦N:문제 조건⟧

**부피와 무게**

$$V = 0.2 \times 0.1 \times 0.05 = 0.001\ \text{m}^3$$

$m = 600 \times 0.001 = 0.6\ \text{kg}$, 무게 $W = 0.6 \times 9.81 = 5.886\ \text{N}$

**떠 있을 때.** 부력 = 무게 이므로 $\rho V_{\text{잠김}} g = \rho_w V g$,⟦N:평형 조건⟧

$$\frac{V_{\text{잠김}}}{V} = \frac{\rho_w}{\rho} = \frac{600}{1000} = 0.6$$

높이 5 cm 중 $0.6 \times 5 = 3$ cm가 잠기고 2 cm가 물 위에 나온다.

**완전히 누르려면.** 추가로 필요한 힘은 전부 잠겼을 때의 부력에서 무게를 뺀 것:

$$F = (1000 - 600) \times 0.001 \times 9.81 = 39.24\ \text{N}$$⟦W:400 x 0.001 x 9.81 is 3.924 N⟧

즉 약 3.9 N, 400 g짜리 추를 올려놓는 정도다.

**바닷물이라면** ($\rho = 1025\ \text{kg/m}^3$): 잠기는 비율은 $600/1025 \approx 0.585$, 깊이 $\approx 2.93$ cm.
민물보다 약 0.07 cm 덜 잠긴다.

**확인 문제.** 같은 토막을 식용유($\rho = 920\ \text{kg/m}^3$)에 넣으면⟦N:rebinds rho⟧
잠기는 비율은 $600/920 \approx 0.652$, 깊이는 $0.652 \times 5 \approx 3.26$ cm 이다.
''')

md("ko23_harmonic_mean_speed_trip", "수학 Q&A 답변", "왕복 평균 속력은 조화평균: 60 km/h와 40 km/h, 48 km/h", r'''**질문:** 갈 때 시속 60 km, 올 때 시속 40 km로 달렸으면 평균 속력은 50 km/h 아닌가요?

**답변:** 아닙니다. 평균 속력은 (전체 거리) ÷ (전체 시간)이고, 느린 구간에서 시간을 더 오래 씁니다.

편도 거리를 $d = 120$ km라고 해 봅시다.⟦N:거리 가정⟧

- 갈 때 걸린 시간: $120 / 60 = 2$ 시간
- 올 때 걸린 시간: $120 / 40 = 3$ 시간
- 평균 속력: $\dfrac{240}{2 + 3} = 48$ km/h

거리를 $d$로 두어도 결과는 같습니다:

$$\bar v = \frac{2d}{\frac{d}{60} + \frac{d}{40}} = \frac{2}{\frac{1}{60} + \frac{1}{40}} = \frac{2 \cdot 60 \cdot 40}{60 + 40} = 48$$

이것이 두 속력의 **조화평균**입니다. 산술평균 50보다 항상 작거나 같습니다 (같은 건 두 속력이 같을 때뿐).

차이는 $50 - 48 = 2$ km/h이고, 일반적으로 $\frac{a + b}{2} - \frac{2ab}{a + b} = \frac{(a - b)^2}{2(a + b)}$ 입니다.
여기에 넣으면 $\frac{400}{200} = 2$ 로 맞습니다.

만약 **시간**을 똑같이 나눴다면 (1시간은 60, 1시간은 40) 그때는 산술평균 $50$ km/h가 맞습니다.

**추가:** 같은 거리의 세 구간을 시속 30, 60, 90 km로 달리면

$$\bar v = \frac{3}{\frac{1}{30} + \frac{1}{60} + \frac{1}{90}} = \frac{3 \cdot 180}{6 + 3 + 2} = \frac{540}{11} \approx 49.09\ \text{km/h}$$

로, 산술평균 $60$ km/h보다 훨씬 작습니다. 느린 첫 구간이 전체 시간의 $\frac{6}{11} \approx 54.5\%$ 를 차지하기 때문입니다.
''')

nb("ko23_resistor_network_colab", "Colab 노트북 (회로 실습)", "직렬-병렬 저항 회로: 합성 저항, 전류 분배, 소비 전력 검산", [
("markdown", r'''# 직렬 + 병렬 저항 회로

$R_1 = 4\ \Omega$ 뒤에 $R_2 = 6\ \Omega$ 과 $R_3 = 12\ \Omega$ 이 병렬로 연결되어 있고 전원은 $V = 12$ V.⟦N:회로 값⟧'''),
("code", r'''R1, R2, R3, V = 4, 6, 12, 12
Rp = R2 * R3 / (R2 + R3); R = R1 + Rp; I = V / R
print(Rp, R, I, I * Rp, I * Rp / R2, I * Rp / R3)'''),
("markdown", r'''## 합성 저항과 전류

$$R_{23} = \frac{R_2R_3}{R_2 + R_3} = \frac{72}{18} = 4\ \Omega, \qquad R = 4 + 4 = 8\ \Omega$$

전체 전류 $I = 12 / 8 = 1.5$ A. 병렬부 전압은 $1.5 \times 4 = 6$ V 이므로

- $I_2 = 6/6 = 1$ A
- $I_3 = 6/12 = 0.5$ A, 합 $1 + 0.5 = 1.5$ A ✔'''),
("markdown", r'''## 전력

| 저항 | 전류 | 전력 $P = I^2R$ |
|---|---|---|
| $R_1$ | 1.5 A | $1.5^2 \times 4 = 9$ W |
| $R_2$ | 1 A | $1^2 \times 6 = 6$ W |
| $R_3$ | 0.5 A | $0.5^2 \times 12 = 6$ W |⟦W:0.25 x 12 is 3 W⟧

전원이 공급하는 전력 $P = VI = 12 \times 1.5 = 18$ W 이고 $9 + 6 + 3 = 18$ W로 일치.

전압도 확인: $V_1 = 1.5 \times 4 = 6$ V, $V_1 + V_{23} = 6 + 6 = 12$ V.
$R_1$과 $R_{23}$이 같아서 전압이 반씩 나뉩니다 ($\frac{4}{4 + 4} = 0.5$).'''),
])

md("ko23_triangle_area_cross_product", "고등 수학 개념 정리 노트", "외적으로 삼각형 넓이 구하기, 평면 방정식, 원점까지 거리, 사면체 부피 검산", r'''## 외적으로 삼각형 넓이 구하기

세 점 $A = (1, 0, 0)$, $B = (0, 2, 0)$, $C = (0, 0, 3)$.⟦N:점 지정⟧

두 변 벡터: $\vec{AB} = (-1, 2, 0)$, $\vec{AC} = (-1, 0, 3)$

외적:

$$\vec{AB} \times \vec{AC} = \begin{vmatrix} \mathbf i & \mathbf j & \mathbf k \\ -1 & 2 & 0 \\ -1 & 0 & 3 \end{vmatrix} = (2\cdot 3 - 0,\ 0 - (-1)\cdot 3,\ 0 - 2\cdot(-1)) = (6,\ 3,\ 2)$$

크기: $\sqrt{36 + 9 + 4} = \sqrt{49} = 7$

따라서 넓이 $S = \frac12 \times 7 = 3.5$.

### 덤: 평면 방정식과 거리

법선이 $(6, 3, 2)$ 이고 $A$를 지나므로 $6(x - 1) + 3y + 2z = 0$, 즉 $6x + 3y + 2z = 6$.⟦N:평면 방정식⟧
(절편형으로 쓰면 $\frac x1 + \frac y2 + \frac z3 = 1$ 이라 바로 확인됨.)

원점에서 평면까지 거리: $d = \dfrac{|0 + 0 + 0 - 6|}{7} = \dfrac67 \approx 0.857$

### 검산: 사면체 부피

$OABC$의 부피는 직접 $\frac16 \times 1 \times 2 \times 3 = 1$.
밑면 $ABC$, 높이 $d$로 계산하면 $\frac13 \times 3.5 \times \frac67 = 1$. 일치 ✔
''')
