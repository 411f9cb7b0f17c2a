DOCS = []
def md(name, style, topic, body): DOCS.append((name + ".md", "ko", style, topic, body))
def nb(name, style, topic, cells): DOCS.append((name + ".ipynb", "ko", style, topic, cells))

md("ko_normal_equation_three_points_velog", "velog 블로그 글", "세 점 (1,2),(2,2),(3,4)에 대한 정규방정식: X^T X, 역행렬, theta, 잔차", r'''# [ML 기초] 정규방정식으로 직선 맞추기 — 점 세 개로 손계산

경사하강법 말고 한 번에 답을 구하는 방법이 **정규방정식(normal equation)** 이다. 손실을
$J(\theta) = \lVert X\theta - y\rVert^2$ 로 두고 기울기를 0으로 놓으면⟦N:손실 정의⟧

$$X^\top X\,\theta = X^\top y$$⟦N:풀어야 할 방정식⟧

가 나온다. 따라서 $X^\top X$ 가 가역이면 $\theta = (X^\top X)^{-1}X^\top y$ 다.

## 데이터

점 세 개 $(1, 2), (2, 2), (3, 4)$ 를 쓰자. 절편을 위해 1 열을 붙이면

$$X = \begin{pmatrix}1 & 1\\ 1 & 2\\ 1 & 3\end{pmatrix}, \qquad y = \begin{pmatrix}2\\2\\4\end{pmatrix}$$⟦N:데이터 행렬과 벡터⟧

## 계산

$$X^\top X = \begin{pmatrix}3 & 6\\ 6 & 14\end{pmatrix}, \qquad X^\top y = \begin{pmatrix}8\\18\end{pmatrix}$$

행렬식은 $\det(X^\top X) = 3 \cdot 14 - 6 \cdot 6 = 6$ 이고,

$$(X^\top X)^{-1} = \frac16\begin{pmatrix}14 & -6\\ -6 & 3\end{pmatrix}$$

그러므로

$$\theta = \frac16\begin{pmatrix}14 \cdot 8 - 6 \cdot 18\\ -6 \cdot 8 + 3 \cdot 18\end{pmatrix} = \frac16\begin{pmatrix}4\\6\end{pmatrix} = \begin{pmatrix}0.6667\\1\end{pmatrix}$$

즉 $\hat y = 0.6667 + x$. 

## 잔차 확인

예측값은 $1.6667, 2.6667, 3.6667$ 이고 잔차는 $0.3333, -0.6667, 0.3333$. 잔차 합이 $0$ 이고,
$X^\top$ 과 잔차의 곱도 $(0, 0)$ 이 나와야 한다: 두 번째 성분은 $0.3333 - 1.3333 + 1 = 0$. 

제곱합은 $0.1111 + 0.4444 + 0.1111 \approx 0.6667$. 점이 세 개뿐이라 이 정도면 준수하다.
''')

md("ko_logistic_loss_gradient_tistory", "티스토리 블로그", "로지스틱 회귀 평균 BCE 손실의 기울기 (1/m) sum (y_hat - y) x, 샘플 두 개 수치 예", r'''# 로지스틱 회귀 손실 함수 미분 정리 (feat. 샘플 2개)

오늘은 로지스틱 회귀의 **손실 함수 기울기**를 유도하고, 실제 숫자를 넣어서 확인해 보겠습니다.

## 1. 정의

$m$ 개 샘플에 대한 평균 손실:

$$J(\mathbf{w}) = -\frac{1}{m}\sum_{i=1}^{m}\Big[y^{(i)}\log\hat y^{(i)} + (1 - y^{(i)})\log(1 - \hat y^{(i)})\Big], \quad \hat y^{(i)} = \sigma(\mathbf{w}^\top\mathbf{x}^{(i)})$$⟦N:손실 정의⟧

## 2. 미분

시그모이드의 미분 $\sigma'(z) = \sigma(z)(1 - \sigma(z))$ 를 쓰면 샘플 하나의 편미분이 깔끔하게 정리됩니다.

$$\frac{\partial J}{\partial w_j} = \frac1m\sum_{i=1}^{m}\big(\hat y^{(i)} - y^{(i)}\big)x_j^{(i)}$$

선형회귀의 MSE 기울기와 모양이 똑같다는 게 포인트!

## 3. 수치 예

첫 성분을 바이어스용 1로 두고, $\mathbf{w} = (0, 0.5)$ 일 때:⟦N:w 값 지정⟧

| 샘플 | $\mathbf{x}$ | $y$ | $z$ | $\hat y$ |
|---|---|---|---|---|
| 1 | $(1, 2)$ | 1 | 1 | $\sigma(1) \approx 0.73106$ |
| 2 | $(1, -1)$ | 0 | $-0.5$ | $\sigma(-0.5) \approx 0.37754$ |

오차 $\hat y - y$ 는 $-0.26894$ 와 $0.37754$ 입니다.

- $w_0$ 방향: $\frac12\big(-0.26894 \cdot 1 + 0.37754 \cdot 1\big) = \frac12(0.10860) = 0.05430$
- $w_1$ 방향: $-0.26894 \cdot 2 + 0.37754 \cdot (-1) = -0.53788 - 0.37754 = -0.9514$⟦W:자리 바뀜, 합은 -0.91542⟧
- 따라서 $\partial J/\partial w_1 = -0.91542/2 = -0.45771$

손실 값: $J = \frac12\big(-\ln 0.73106 - \ln 0.62246\big) = \frac12(0.31326 + 0.47408) \approx 0.39367$.

기울기가 $w_1$ 방향으로 음수이므로, 경사하강법은 $w_1$ 을 키우는 쪽으로 움직입니다.
''')

nb("ko_softmax_ce_three_class_colab", "Colab 노트북", "소프트맥스 + 교차 엔트로피: 로짓 (3, 1, -1), 확률, 손실, 기울기 p - y", [
("markdown", r'''# 소프트맥스와 교차 엔트로피 손실 계산 실습

로짓 $\mathbf{z} = (3, 1, -1)$, 정답은 **두 번째** 클래스라서 $\mathbf{y} = (0, 1, 0)$.⟦N:로짓과 정답 지정⟧'''),
("code", r'''import numpy as np
z = np.array([3.0, 1.0, -1.0])
p = np.exp(z) / np.exp(z).sum()
print(p, -np.log(p[1]))'''),
("markdown", r'''## 1. 확률

$$p_i = \frac{e^{z_i}}{\sum_k e^{z_k}}$$⟦N:소프트맥스 정의⟧

- $e^3 \approx 20.0855$, $e^1 \approx 2.7183$, $e^{-1} \approx 0.3679$
- 분모: $20.0855 + 2.7183 + 0.3679 = 23.1717$
- $\mathbf{p} \approx (0.8668,\ 0.1173,\ 0.0159)$

## 2. 손실

$$L = -\sum_i y_i\log p_i = -\log p_2 = -\ln 0.1173 \approx 2.413$$⟦W:자리 바뀜, -ln 0.1173 = 2.143⟧

모델이 1번 클래스에 86.7%를 걸었기 때문에 손실이 큽니다.'''),
("markdown", r'''## 3. 기울기

소프트맥스-교차 엔트로피를 한꺼번에 미분하면 $\dfrac{\partial L}{\partial z_i} = p_i - y_i$ 이므로

$$\nabla_{\mathbf{z}}L = (0.8668,\ 0.1173 - 1,\ 0.0159) = (0.8668,\ -0.8827,\ 0.0159)$$

세 성분의 합은 $0.8668 - 0.8827 + 0.0159 = 0$ 입니다 (항상 0).'''),
("code", r'''grad = p.copy(); grad[1] -= 1
print(grad, grad.sum())'''),
])

md("ko_two_layer_matrix_backprop_lecture", "강의 노트", "2층 ReLU 신경망의 행렬 역전파: 형태, dZ, dW 공식과 2샘플 수치 예", r'''## 7주차 — 행렬 형태의 역전파

### 표기
- 입력 $X \in \mathbb{R}^{m \times d}$ (샘플이 행), $W^{[1]} \in \mathbb{R}^{d \times h}$, $W^{[2]} \in \mathbb{R}^{h \times 1}$, 바이어스 생략
- 순전파: $Z^{[1]} = XW^{[1]}$, $A^{[1]} = \mathrm{ReLU}(Z^{[1]})$, $\hat Y = A^{[1]}W^{[2]}$⟦N:순전파 정의⟧
- 손실: $L = \frac{1}{2m}\lVert\hat Y - Y\rVert^2$⟦N:손실 정의⟧

### 역전파 공식
- $dZ^{[2]} = \frac1m(\hat Y - Y)$, 형태 $m \times 1$
- $dW^{[2]} = A^{[1]\top}dZ^{[2]}$: $(h \times m)(m \times 1) = h \times 1$
- $dA^{[1]} = dZ^{[2]}W^{[2]\top}$, $dZ^{[1]} = dA^{[1]} \odot \mathbb{1}[Z^{[1]} > 0]$
- $dW^{[1]} = X^\top dZ^{[1]}$: $(d \times m)(m \times h) = d \times h$

### 수치 예 ($m = d = h = 2$)⟦N:크기 지정 (제목)⟧

$$X = \begin{pmatrix}1 & 2\\ 0 & 1\end{pmatrix},\quad W^{[1]} = \begin{pmatrix}1 & -1\\ 0.5 & 1\end{pmatrix},\quad W^{[2]} = \begin{pmatrix}1\\ -2\end{pmatrix},\quad Y = \begin{pmatrix}3\\0\end{pmatrix}$$⟦N:수치 예의 값 지정⟧

- $Z^{[1]} = XW^{[1]} = \begin{pmatrix}2 & 1\\ 0.5 & 1\end{pmatrix}$, 모두 양수라 $A^{[1]} = Z^{[1]}$
- $\hat Y = A^{[1]}W^{[2]} = \begin{pmatrix}2 - 2\\ 0.5 - 2\end{pmatrix} = \begin{pmatrix}0\\ -1.5\end{pmatrix}$
- $L = \frac14\big((0-3)^2 + (-1.5)^2\big) = \frac{11.25}{4} = 2.8125$
- $dZ^{[2]} = \frac12\begin{pmatrix}-3\\ -1.5\end{pmatrix} = \begin{pmatrix}-1.5\\ -0.75\end{pmatrix}$
- $dW^{[2]}$ 첫 성분: $2 \cdot (-1.5) + 0.5 \cdot (-0.75) = -3.75$⟦W:계산 실수, -3 - 0.375 = -3.375⟧
- $dW^{[2]} = \begin{pmatrix}-3.375\\ -2.25\end{pmatrix}$
- $dZ^{[1]} = dZ^{[2]}W^{[2]\top} = \begin{pmatrix}-1.5 & 3\\ -0.75 & 1.5\end{pmatrix}$ (ReLU 게이트 모두 통과)
- $dW^{[1]} = X^\top dZ^{[1]} = \begin{pmatrix}-1.5 & 3\\ -3.75 & 7.5\end{pmatrix}$

형태가 $W^{[1]}$ 와 같은 $2 \times 2$ 인지 항상 확인할 것.
''')

md("ko_lenet5_param_count_velog", "velog 블로그 글", "LeNet-5 각 층 출력 크기와 파라미터 수 (C3 완전 연결 가정), 총합", r'''# LeNet-5 파라미터 개수 직접 세어보기

면접에서 "LeNet-5 파라미터가 몇 개냐"는 질문을 받고 당황한 적이 있어서 정리한다.
입력은 $32 \times 32 \times 1$ 흑백 이미지이고, 여기서는 C3 층이 6개 채널 전부와 연결된다고 가정한다 (원 논문의 부분 연결 대신).

## 출력 크기

합성곱 출력 크기: $O = \frac{I - K}{S} + 1$ (패딩 없음).⟦N:공식 정의⟧

- C1: $32 - 5 + 1 = 28$ → $28 \times 28 \times 6$
- S2: $28 / 2 = 14$ → $14 \times 14 \times 6$
- C3: $14 - 5 + 1 = 10$ → $10 \times 10 \times 16$
- S4: $10 / 2 = 5$ → $5 \times 5 \times 16$
- C5: $5 - 5 + 1 = 1$ → $1 \times 1 \times 120$

## 파라미터

| 층 | 계산 | 개수 |
|---|---|---|
| C1 | $(5 \cdot 5 \cdot 1 + 1) \times 6$ | $156$ |
| C3 | $(5 \cdot 5 \cdot 6 + 1) \times 16$ | $2416$ |
| C5 | $(5 \cdot 5 \cdot 16 + 1) \times 120 = 48210$ | $48210$ |⟦W:자리 바뀜, 401*120 = 48120⟧
| F6 | $(120 + 1) \times 84$ | $10164$ |
| 출력 | $(84 + 1) \times 10$ | $850$ |

풀링층(S2, S4)은 학습 파라미터가 없다고 보았다.

합계: $156 + 2416 + 48120 + 10164 + 850 = 61706$.

약 6만 개. C5 하나가 $48120 / 61706 \approx 78\%$ 를 차지한다. 요즘 모델과 비교하면 정말 귀엽다.
''')

nb("ko_gd_step_size_colab", "Colab 노트북", "J(w) = (w-3)^2 에서 학습률 0.1 과 1.1 의 경사하강법 반복, 수렴 조건", [
("markdown", r'''# 학습률에 따라 경사하강법이 어떻게 달라질까

손실 $J(w) = (w - 3)^2$, 시작점 $w_0 = 0$.⟦N:손실과 시작점 지정⟧
미분하면 기울기는 $J'(w) = 2(w - 3)$.

갱신 규칙: $w_{t+1} = w_t - \eta\,J'(w_t)$⟦N:갱신 규칙⟧'''),
("code", r'''def run(eta, steps):
    w = 0.0
    for t in range(steps):
        w -= eta * 2 * (w - 3); print(t + 1, w)
run(0.1, 3); run(1.1, 2)'''),
("markdown", r'''## $\eta = 0.1$ 인 경우⟦N:경우 표시⟧

- $w_1 = 0 - 0.1 \cdot (-6) = 0.6$
- $w_2 = 0.6 - 0.1 \cdot (-4.8) = 1.08$
- $w_3 = 1.08 - 0.1 \cdot (-3.84) = 1.464$

오차 $e_t = w_t - 3$ 은 매번 $1 - 2\eta = 0.8$ 배가 되므로 $w_t = 3 - 3(0.8)^t$ 이고,
$w_{10} = 3 - 3 \times 0.1074 \approx 2.678$.'''),
("markdown", r'''## $\eta = 1.1$ 인 경우⟦N:경우 표시⟧

- $w_1 = 0 - 1.1 \cdot (-6) = 6.6$
- $w_2 = 6.6 - 1.1 \cdot 7.2 = -1.23$⟦W:6.6 - 7.92 = -1.32⟧

오차가 $-3 \to 3.6 \to -4.32$ 로 부호를 바꾸며 커진다. 배율이 $1 - 2.2 = -1.2$ 이기 때문.

## 수렴 조건

$|1 - 2\eta| < 1$, 즉 $0 < \eta < 1$ 이어야 수렴한다.
$\eta = 0.5$ 이면 $1 - 2\eta = 0$ 이라 한 번에 $w = 3$ 에 도착한다.'''),
])

md("ko_l2_regularization_decay_notes", "공부 노트 (블로그)", "L2 정규화 항 lambda/(2m) sum w^2 의 값과 기울기, 가중치 감쇠 계수, 한 번의 갱신", r'''# L2 정규화 = 가중치 감쇠? 숫자로 확인

정규화된 비용 함수:

$$J(\mathbf{w}) = J_0(\mathbf{w}) + \frac{\lambda}{2m}\sum_j w_j^2$$⟦N:비용 함수 정의⟧

정규화 항의 편미분은 $\dfrac{\partial}{\partial w_j}\left(\dfrac{\lambda}{2m}\sum_k w_k^2\right) = \dfrac{\lambda}{m}w_j$ 이다.

## 예제 설정

- 샘플 수 $m = 50$, $\lambda = 0.5$, 학습률 $\eta = 0.1$⟦N:하이퍼파라미터 지정⟧
- 현재 가중치 $\mathbf{w} = (2, -1)$, 데이터 손실의 기울기 $\nabla J_0 = (0.4, -0.2)$⟦N:값 지정⟧

## 계산

계수부터: $\frac{\lambda}{2m} = \frac{0.5}{100} = 0.05$⟦W:자릿수 실수, 0.5/100 = 0.005⟧

정규화 항의 값: $0.005 \times (4 + 1) = 0.025$

정규화 기울기: $\frac{\lambda}{m}\mathbf{w} = 0.01 \times (2, -1) = (0.02, -0.01)$

전체 기울기: $(0.4 + 0.02,\ -0.2 - 0.01) = (0.42, -0.21)$

갱신:

$$\mathbf{w} \leftarrow \mathbf{w} - \eta\left(\nabla J_0 + \frac{\lambda}{m}\mathbf{w}\right)$$

$$\mathbf{w}_{\text{new}} = (2 - 0.042,\ -1 + 0.021) = (1.958,\ -0.979)$$

## 가중치 감쇠로 다시 쓰기

같은 식을 $\mathbf{w} \leftarrow \left(1 - \frac{\eta\lambda}{m}\right)\mathbf{w} - \eta\nabla J_0$ 로 쓸 수 있고, $1 - \frac{0.1 \times 0.5}{50} = 0.999$.
즉 $(2, -1) \times 0.999 = (1.998, -0.999)$ 에서 $0.1 \times (0.4, -0.2) = (0.04, -0.02)$ 를 빼면 역시 $(1.958, -0.979)$. SGD에서는 두 관점이 완전히 같다.
''')

md("ko_activation_derivative_study_log", "학습 일지 (1인칭, 스스로 정정)", "tanh, leaky ReLU, ReLU 미분값과 sigma(x) = (1 + tanh(x/2))/2 확인", r'''# 오늘 공부한 것 — 활성화 함수 미분 (정리 중)

**tanh.** 처음에 $\tanh'(x) = 1 + \tanh^2 x$ 라고 적었는데 틀렸다.⟦N:틀렸다고 스스로 밝힌 줄⟧
맞는 식은 $\tanh'(x) = 1 - \tanh^2 x$.

$x = 1$ 에서 확인:⟦N:x 값 지정⟧

- $\tanh 1 \approx 0.76159$
- $\tanh^2 1 \approx 0.58003$
- $\tanh'(1) = 1 - 0.58003 = 0.41997$

**leaky ReLU.** $\alpha = 0.01$ 로 두면⟦N:alpha 지정⟧

$$f(x) = \begin{cases} x & x > 0\\ 0.01x & x \le 0\end{cases}, \qquad f'(x) = \begin{cases} 1 & x > 0\\ 0.01 & x < 0\end{cases}$$⟦N:함수와 도함수 정의 (경우 나눔)⟧

그래서 $f'(-2) = 0.01$, $f(-2) = -0.02$.

**ReLU 역전파.** 위에서 내려온 기울기가 $0.7$ 이고 입력이 $z = -0.3$ 이면, $\partial L/\partial z = 0.7 \times 0 = 0$.
입력이 $z = 0.3$ 이었다면 $0.7 \times 1 = 0.7$ 그대로 통과.

**시그모이드와 tanh 관계.** $\sigma(x) = \frac{1 + \tanh(x/2)}{2}$ 라서

$$\sigma(1) = \frac{1 + \tanh 0.5}{2} = \frac{1 + 0.46212}{2} = 0.73106$$

직접 $1/(1 + e^{-1})$ 로 계산해도 $0.73106$. 맞다!
''')

md("ko_voltage_divider_load", "전기전자 기초 블로그", "전압 분배기: 무부하 출력, 전류, 전력, 부하 연결 시 병렬 합성과 출력 전압", r'''# 전압 분배기, 부하를 달면 왜 전압이 떨어질까?

$V_s = 12\ \text{V}$ 전원에 $R_1 = 3\ \text{k}\Omega$, $R_2 = 6\ \text{k}\Omega$ 를 직렬로 연결했다.⟦N:회로 값 지정⟧

## 무부하

전류: $I = \dfrac{V_s}{R_1 + R_2} = \dfrac{12}{9000} \approx 1.333\ \text{mA}$

출력 (R2 양단): $V_{\text{out}} = V_s\dfrac{R_2}{R_1 + R_2} = 12 \times \dfrac{6}{9} = 8\ \text{V}$

R1 양단은 $12 - 8 = 4\ \text{V}$.

소비 전력: $P = V_s I = 12 \times 1.333\ \text{mA} \approx 16\ \text{W}$⟦W:단위 실수, 12 V × 1.333 mA = 16 mW⟧

저항별로 보면 $P_1 = 4^2/3000 \approx 5.33\ \text{mW}$, $P_2 = 8^2/6000 \approx 10.67\ \text{mW}$, 합 16 mW.

## 부하 연결

출력에 $R_L = 6\ \text{k}\Omega$ 를 달면⟦N:부하 지정⟧ R2 와 병렬이 된다.

$$R_2 \parallel R_L = \frac{6 \times 6}{6 + 6} = 3\ \text{k}\Omega$$

$$V_{\text{out}} = 12 \times \frac{3}{3 + 3} = 6\ \text{V}$$

8 V 에서 6 V 로 25% 떨어졌다. 부하 저항이 $R_2$ 보다 훨씬 커야 분배비가 유지된다.
''')

md("ko_vieta_root_relations", "수학 문제 풀이 블로그", "근과 계수의 관계: x^2 - 5x + 3 = 0 의 두 근에 대한 대칭식 값", r'''# 근과 계수의 관계 연습 문제

**문제.** 이차방정식 $x^2 - 5x + 3 = 0$ 의 두 근을 $\alpha, \beta$ 라 할 때 다음을 구하시오.⟦N:주어진 방정식⟧

**풀이.** 근과 계수의 관계에서

$$\alpha + \beta = 5, \qquad \alpha\beta = 3$$

(1) $\alpha^2 + \beta^2 = (\alpha + \beta)^2 - 2\alpha\beta = 25 - 6 = 91$⟦W:자리 바뀜, 25 - 6 = 19⟧

(2) $\dfrac1\alpha + \dfrac1\beta = \dfrac{\alpha + \beta}{\alpha\beta} = \dfrac53 \approx 1.667$

(3) $(\alpha - \beta)^2 = (\alpha + \beta)^2 - 4\alpha\beta = 25 - 12 = 13$, 따라서 $|\alpha - \beta| = \sqrt{13} \approx 3.606$

(4) $\alpha^3 + \beta^3 = (\alpha + \beta)^3 - 3\alpha\beta(\alpha + \beta) = 125 - 45 = 80$

(5) $\dfrac\beta\alpha + \dfrac\alpha\beta = \dfrac{\alpha^2 + \beta^2}{\alpha\beta} = \dfrac{19}{3} \approx 6.333$

(6) $\alpha^2\beta + \alpha\beta^2 = \alpha\beta(\alpha + \beta) = 3 \times 5 = 15$

(7) 두 근이 $\alpha + 1$, $\beta + 1$ 인 이차방정식: 합은 $5 + 2 = 7$, 곱은 $\alpha\beta + (\alpha + \beta) + 1 = 3 + 5 + 1 = 9$ 이므로 $x^2 - 7x + 9 = 0$.

**검산.** 근의 공식으로 $x = \dfrac{5 \pm \sqrt{13}}{2}$, 즉 $\alpha \approx 4.3028$, $\beta \approx 0.6972$.
$\alpha + \beta = 5.0000$, $\alpha\beta \approx 3.0000$ 으로 맞는다.

이런 대칭식은 전부 $\alpha + \beta$ 와 $\alpha\beta$ 두 값만으로 표현된다는 것이 핵심이다.
''')

md("ko_muon_time_dilation", "물리 개념 정리 노트", "뮤온의 시간 지연: 0.98c 에서 로렌츠 인자, 늘어난 수명, 이동 거리", r'''# 특수상대론: 뮤온은 어떻게 지표면까지 올까

뮤온의 고유 수명은 $\tau_0 = 2.2\ \mu\text{s}$, 속력은 $v = 0.98c$ 라고 하자.⟦N:값 지정⟧ 빛의 속력은 $c = 3 \times 10^8\ \text{m/s}$ 로 근사.⟦N:상수 지정⟧

## 고전적으로 계산하면

$$d = v\tau_0 = 0.98 \times 3 \times 10^8 \times 2.2 \times 10^{-6} = 646.8\ \text{m}$$

수 km 상공에서 생긴 뮤온이 지표까지 올 수 없다.

## 로렌츠 인자

$$\gamma = \frac{1}{\sqrt{1 - v^2/c^2}}$$⟦N:정의⟧

- $0.98^2 = 0.9604$
- $1 - 0.9604 = 0.0396$, $\sqrt{0.0396} \approx 0.19900$
- $\gamma \approx 1/0.19900 \approx 5.025$

## 지구에서 본 수명과 거리

$$\tau = \gamma\tau_0 = 5.025 \times 2.2 \approx 11.55\ \mu\text{s}$$⟦W:5.025 × 2.2 = 11.055⟧

$$d = v\tau \approx 0.98 \times 3 \times 10^8 \times 11.055 \times 10^{-6} \approx 3250\ \text{m}$$

약 3.25 km, 고전적 값의 $\gamma$ 배다. (뮤온 입장에서는 대신 대기가 $1/\gamma$ 로 수축해 보인다.)
''')

nb("ko_exponential_bus_waiting_colab", "Colab 노트북 (확률통계 과제)", "지수분포 대기시간: 생존확률, 누적확률, 무기억성, 중앙값, 분산", [
("markdown", r'''# 과제 3번 — 버스 대기 시간

버스가 평균 5분마다 포아송 과정으로 온다고 하면, 대기 시간 $T$ 는 $\lambda = 0.2$ /분 인 지수분포를 따른다.⟦N:모형과 λ 지정⟧

$$f(t) = \lambda e^{-\lambda t}, \quad t \ge 0$$⟦N:밀도 함수 정의⟧'''),
("code", r'''import numpy as np
lam = 0.2
print(np.exp(-lam*10), 1 - np.exp(-lam*3), np.log(2)/lam)'''),
("markdown", r'''**(a) 10분 넘게 기다릴 확률**

$$P(T > 10) = e^{-0.2 \times 10} = e^{-2} \approx 0.1353$$

**(b) 3분 안에 올 확률**

$$P(T \le 3) = 1 - e^{-0.6} \approx 0.4512$$'''),
("markdown", r'''**(c) 이미 5분 기다렸을 때 15분 넘게 기다릴 확률**

$$P(T > 15 \mid T > 5) = \frac{e^{-3}}{e^{-1}} = e^{-2} \approx 0.1353$$

(a)와 같다. 이것이 무기억성.

**(d) 중앙값과 분산**

$$e^{-\lambda m} = \frac12 \ \Rightarrow\ m = \frac{\ln 2}{\lambda} \approx 3.466\ \text{분}$$

평균 $1/\lambda = 5$ 분보다 짧다. 분산은 $1/\lambda^2 = 25\ \text{분}^2$, 표준편차 5분.'''),
("code", r'''samples = np.random.default_rng(0).exponential(1/lam, 100_000)
print(np.median(samples), samples.var())'''),
])
