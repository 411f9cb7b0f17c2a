# (name, lang, style, topic, body)  body: str for .md, list of (kind, src) for .ipynb
DOCS = []
def md(name, style, topic, body): DOCS.append((name + ".md", "ko", style, topic, body))
def nb(name, style, topic, cells): DOCS.append((name + ".ipynb", "ko", style, topic, cells))

md("ko25_maxpool_backprop_velog", "velog 블로그 글", "4x4 입력의 2x2 max pooling 순전파와 역전파(그래디언트 라우팅), average pooling과 비교", r'''# [CNN 스터디] Max Pooling은 역전파 때 뭘 하나

풀링 층에는 학습할 파라미터가 없다. 그런데 역전파는 해야 한다. 결론부터: **max pooling은 최댓값 자리로만 그래디언트를 보낸다.**

## 순전파

4×4 입력에 2×2 윈도우, stride 2를 쓴다.

$$X = \begin{bmatrix} 1 & 3 & 2 & 0 \\ 4 & 2 & 1 & 5 \\ 0 & 1 & 3 & 2 \\ 2 & 6 & 1 & 1 \end{bmatrix}$$⟦N:주어진 입력⟧

출력 크기는 $(4 - 2)/2 + 1 = 2$ 이다. 각 윈도우의 최댓값:

- 왼쪽 위 $\max(1, 3, 4, 2) = 4$, 위치 $(2, 1)$
- 오른쪽 위 $\max(2, 0, 1, 5) = 5$, 위치 $(2, 4)$
- 왼쪽 아래 $\max(0, 1, 2, 6) = 6$, 위치 $(4, 2)$
- 오른쪽 아래 $\max(3, 2, 1, 1) = 3$, 위치 $(3, 3)$

$$Y = \begin{bmatrix} 4 & 5 \\ 6 & 3 \end{bmatrix}$$

## 역전파

위층에서 $\dfrac{\partial L}{\partial Y} = \begin{bmatrix} 0.1 & -0.2 \\ 0.3 & 0.4 \end{bmatrix}$ 가 내려왔다고 하자.⟦N:주어진 상류 그래디언트⟧
$y = \max(x_1, \dots, x_4)$ 에서 $\partial y/\partial x_k$ 는 최댓값 자리에서 1, 나머지는 0 이므로⟦N:y 의 정의 (max)⟧

$$\frac{\partial L}{\partial X} = \begin{bmatrix} 0 & 0 & 0 & 0 \\ 0.1 & 0 & 0 & -0.2 \\ 0 & 0 & 0.4 & 0 \\ 0 & 0.3 & 0 & 0 \end{bmatrix}$$

16칸 중 4칸, 즉 $4/16 = 25\%$ 만 그래디언트를 받는다. 합은 보존된다: $0.1 - 0.2 + 0.3 + 0.4 = 0.6$ 으로 $\partial L/\partial Y$ 의 합과 같다.

## average pooling이었다면?

평균은 $y = \frac14\sum_k x_k$ 이니까 $\partial y/\partial x_k = 1/4$. 그래서 왼쪽 위 네 칸은 모두 $0.1/4 = 0.025$,
오른쪽 위는 $-0.2/4 = -0.05$, 왼쪽 아래는 $0.3/4 = 0.75$ 씩 받는다.⟦W:0.3/4 는 0.075 (소수점 자리 실수)⟧
오른쪽 아래는 $0.4/4 = 0.1$.

이 경우에도 합은 $4 \times (0.025 - 0.05 + 0.075 + 0.1) = 0.6$ 으로 같다. 순전파 값은 왼쪽 위가 $(1 + 3 + 4 + 2)/4 = 2.5$ 였을 것이다.
''')

md("ko25_softmax_jacobian_diag_tistory", "tistory 블로그 글 (행렬 미분 정리)", "소프트맥스 야코비안 diag(a) - a a^T 를 로짓 (0, ln2, ln3) 에서 계산하고 CE 그래디언트 a - y 와 연결", r'''# 소프트맥스 미분, 야코비안 행렬로 한 번에 정리

소프트맥스 $a_i = \dfrac{e^{z_i}}{\sum_k e^{z_k}}$ 의 미분은 경우가 둘로 나뉜다.⟦N:소프트맥스 정의⟧

$$\frac{\partial a_i}{\partial z_j} = \begin{cases} a_i(1 - a_i) & i = j \\ -a_i a_j & i \ne j \end{cases} = a_i(\delta_{ij} - a_j)$$

행렬로 쓰면 (분자 레이아웃, $J_{ij} = \partial a_i/\partial z_j$)⟦N:레이아웃과 J 의 정의⟧

$$J = \operatorname{diag}(\mathbf{a}) - \mathbf{a}\mathbf{a}^\top$$

이다. 대칭 행렬이고, 각 행의 합은 $a_i - a_i\sum_j a_j = 0$ 이다.

## 숫자로 확인

계산이 깔끔하도록 $\mathbf{z} = (0, \ln 2, \ln 3)$ 으로 잡자.⟦N:예제 로짓⟧
그러면 $e^{\mathbf{z}} = (1, 2, 3)$, 합이 $6$ 이므로

$$\mathbf{a} = \left(\tfrac16,\ \tfrac13,\ \tfrac12\right) \approx (0.1667,\ 0.3333,\ 0.5)$$

성분별로:

- $J_{11} = \frac16 \cdot \frac56 = \frac{5}{36} \approx 0.1389$
- $J_{22} = \frac13 \cdot \frac23 = \frac29 \approx 0.2222$, $J_{33} = \frac12 \cdot \frac12 = 0.25$
- $J_{12} = -\frac16 \cdot \frac13 = -\frac{1}{18} \approx -0.0556$
- $J_{13} = -\frac16 \cdot \frac12 = -\frac13$⟦W:-(1/6)(1/2) 는 -1/12 ≈ -0.0833⟧
- $J_{23} = -\frac13 \cdot \frac12 = -\frac16 \approx -0.1667$

$$J \approx \begin{pmatrix} 0.1389 & -0.0556 & -0.0833 \\ -0.0556 & 0.2222 & -0.1667 \\ -0.0833 & -0.1667 & 0.25 \end{pmatrix}$$

첫 행의 합: $0.1389 - 0.0556 - 0.0833 = 0$ (반올림 범위 안에서). 좋다.

## 크로스 엔트로피와 붙이기

정답이 3번 클래스, 즉 $\mathbf{y} = (0, 0, 1)$ 이라 하자.⟦N:정답 레이블 지정⟧
그러면 $L = -\ln a_3 = \ln 2 \approx 0.6931$.
$\partial L/\partial \mathbf{a} = (0, 0, -1/a_3) = (0, 0, -2)$ 이고, 체인룰로

$$\frac{\partial L}{\partial \mathbf{z}} = J^\top \frac{\partial L}{\partial \mathbf{a}} = -2\,(J_{31}, J_{32}, J_{33}) = \left(\tfrac16,\ \tfrac13,\ -\tfrac12\right) = \mathbf{a} - \mathbf{y}$$

결국 그 유명한 $\mathbf{a} - \mathbf{y}$ 가 야코비안을 거쳐도 그대로 나온다.
''')

md("ko25_normal_equation_wikidocs", "위키독스 교재 절", "세 점 (0,1), (1,3), (2,4) 에 대한 정규방정식, 역행렬, 잔차, MSE 와 결정계수", r'''## 3.4 정규방정식으로 한 번에 풀기

선형회귀 $\hat{\mathbf{y}} = X\boldsymbol\theta$ 에서 $J(\boldsymbol\theta) = \lVert X\boldsymbol\theta - \mathbf{y}\rVert^2$ 를 최소화하는 해는⟦N:모델과 비용 함수 정의⟧

$$\nabla_{\boldsymbol\theta} J = 2X^\top(X\boldsymbol\theta - \mathbf{y}) = \mathbf{0} \;\Longrightarrow\; \boldsymbol\theta = (X^\top X)^{-1}X^\top\mathbf{y}$$

를 만족한다. 데이터 $(0, 1), (1, 3), (2, 4)$ 로 직접 계산해 보자. 절편 열을 붙이면

$$X = \begin{bmatrix} 1 & 0 \\ 1 & 1 \\ 1 & 2 \end{bmatrix}, \qquad \mathbf{y} = \begin{bmatrix} 1 \\ 3 \\ 4 \end{bmatrix}$$⟦N:설계 행렬과 타깃⟧

$$X^\top X = \begin{bmatrix} 3 & 3 \\ 3 & 5 \end{bmatrix}, \qquad X^\top\mathbf{y} = \begin{bmatrix} 8 \\ 11 \end{bmatrix}$$

행렬식은 $3 \cdot 5 - 3 \cdot 3 = 6$ 이므로

$$(X^\top X)^{-1} = \frac16\begin{bmatrix} 5 & -3 \\ -3 & 3 \end{bmatrix}$$

$$\boldsymbol\theta = \frac16\begin{bmatrix} 5 \cdot 8 - 3 \cdot 11 \\ -3 \cdot 8 + 3 \cdot 11 \end{bmatrix} = \frac16\begin{bmatrix} 7 \\ 9 \end{bmatrix} \approx \begin{bmatrix} 1.1667 \\ 1.5 \end{bmatrix}$$

즉 $\hat y = 1.1667 + 1.5x$.

**잔차 확인.** 예측값은 $1.1667, 2.6667, 4.1667$ 이고 잔차 $y - \hat y$ 는 $-0.1667, 0.3333, -0.1667$ 이다. 잔차의 합은 $0$ 이고 $X^\top(\mathbf{y} - X\boldsymbol\theta) = \mathbf{0}$ 도 성립한다.

- $\text{SSE} = \frac{1}{36} + \frac{4}{36} + \frac{1}{36} = \frac16 \approx 0.1667$
- $\text{MSE} = \text{SSE}/3 = \frac{1}{18} \approx 0.0833$⟦W:1/18 은 0.0556⟧
- $\bar y = 8/3$, $\text{SST} = \frac{25}{9} + \frac19 + \frac{16}{9} = \frac{14}{3} \approx 4.667$
- $R^2 = 1 - \dfrac{1/6}{14/3} = 1 - \dfrac{1}{28} \approx 0.9643$

| 방법 | $\theta_0$ | $\theta_1$ |
|---|---|---|
| 정규방정식 | $7/6 \approx 1.1667$ | $9/6 = 1.5$ |
''')

nb("ko25_adam_two_steps_colab", "Colab 노트북 (코드 출력값을 본문에서 인용)", "f(w) = (w - 3)^2 에서 Adam 두 스텝: 모멘트, 편향 보정, 업데이트", [
("markdown", r'''# Adam 두 스텝 손으로 따라가기

목표 함수는 $f(w) = (w - 3)^2$, 그래디언트는 $g = f'(w) = 2(w - 3)$.⟦N:목표 함수 정의⟧
하이퍼파라미터는 기본값 그대로: $\eta = 0.1$, $\beta_1 = 0.9$, $\beta_2 = 0.999$, $\epsilon$ 은 무시. 시작점 $w_0 = 0$.⟦N:하이퍼파라미터와 초기값⟧'''),
("code", r'''import numpy as np
w, m, v = 0.0, 0.0, 0.0
for t in (1, 2):
    g = 2 * (w - 3)
    m = 0.9 * m + 0.1 * g
    v = 0.999 * v + 0.001 * g * g
    mh, vh = m / (1 - 0.9**t), v / (1 - 0.999**t)
    w -= 0.1 * mh / np.sqrt(vh)
    print(t, g, m, v, mh, vh, w)
# 1 -6.0 -0.6 0.036 -6.0 36.0 0.1
# 2 -5.8 -1.12 0.069604 -5.8947 34.8194 0.19990'''),
("markdown", r'''업데이트 규칙:

$$m_t = \beta_1 m_{t-1} + (1 - \beta_1)g_t, \quad v_t = \beta_2 v_{t-1} + (1 - \beta_2)g_t^2, \quad w_t = w_{t-1} - \eta\,\frac{\hat m_t}{\sqrt{\hat v_t}}$$⟦N:업데이트 규칙 정의⟧

여기서 $\hat m_t = m_t/(1 - \beta_1^t)$, $\hat v_t = v_t/(1 - \beta_2^t)$.⟦N:편향 보정 정의⟧'''),
("markdown", r'''## 스텝 1

- $g_1 = 2(0 - 3) = -6$
- $m_1 = 0.1 \times (-6) = -0.6$, $v_1 = 0.001 \times 36 = 0.036$
- $\hat m_1 = -0.6/0.1 = -6$, $\hat v_1 = 0.036/0.001 = 36$
- $w_1 = 0 - 0.1 \times (-6)/6 = 0.1$

첫 스텝은 그래디언트 크기와 상관없이 정확히 $\eta$ 만큼 움직인다.'''),
("markdown", r'''## 스텝 2

- $g_2 = 2(0.1 - 3) = -5.8$
- $m_2 = 0.9 \times (-0.6) + 0.1 \times (-5.8) = -1.12$
- $v_2 = 0.999 \times 0.036 + 0.001 \times 33.64 = 0.069604$
- $\hat m_2 = -1.12/0.19 \approx -5.8947$
- $\hat v_2 = 0.069604/0.001999 \approx 3.482$⟦W:0.069604/0.001999 는 34.82 (자릿수 실수)⟧
- $\sqrt{\hat v_2} \approx 5.9008$ 이므로 $w_2 = 0.1 + 0.1 \times 5.8947/5.9008 \approx 0.1999$

코드 출력도 0.19990. 두 번째 스텝도 거의 $0.1$ 만큼($0.0999$) 움직였다. 최솟값 3 까지는 아직 멀다.'''),
])

md("ko25_batchnorm_three_values_notes", "개인 공부 노트 (1인칭, 약간 지저분)", "배치 정규화 순전파를 값 세 개 (1, 4, 7) 로 계산하고 running 통계 갱신", r'''# BN 순전파 손계산 (세 개짜리 배치)

헷갈려서 그냥 숫자로 해봄. 한 채널, 배치에 값이 세 개: $x = (1, 4, 7)$.⟦N:배치 값⟧
$\gamma = 2$, $\beta = 0.5$, $\epsilon = 10^{-5}$.⟦N:파라미터 값⟧

1) 평균: $\mu_B = (1 + 4 + 7)/3 = 4$

2) 분산 (훈련 때는 $n$ 으로 나눔!): $\sigma_B^2 = \frac{(-3)^2 + 0^2 + 3^2}{3} = 6$

3) 정규화: $\sqrt{6 + 10^{-5}} \approx 2.4495$ 니까

$$\hat x = \left(\frac{-3}{2.4495},\ 0,\ \frac{3}{2.4495}\right) \approx (-1.2247,\ 0,\ 1.2247)$$

4) 스케일/시프트 $y = \gamma\hat x + \beta$:⟦N:변환 정의⟧

- $y_1 = 2 \times (-1.2247) + 0.5 = -2.9495$⟦W:-2.4495 + 0.5 는 -1.9495⟧
- $y_2 = 0.5$
- $y_3 = 2 \times 1.2247 + 0.5 = 2.9495$

음... $y$ 의 평균은 $\beta = 0.5$, 표준편차는 거의 $\gamma = 2$ 가 나와야 맞는 거임. $(-1.9495 + 0.5 + 2.9495)/3 = 0.5$ 확인.

5) running 통계 (PyTorch 식, momentum 0.1, 초기값 mean 0 / var 1):

- running mean: $0.9 \times 0 + 0.1 \times 4 = 0.4$
- running var 는 **불편 분산** 을 씀: $18/2 = 9$ 이고, $0.9 \times 1 + 0.1 \times 9 = 1.8$

그러니까 추론 때 같은 $x = 4$ 가 들어오면 $\hat x = (4 - 0.4)/\sqrt{1.8} \approx 2.683$ 이 됨. 훈련 때(0)랑 완전 다름 → 초반 몇 스텝의 eval 결과가 이상한 이유.
''')

md("ko25_l1_l2_gradient_exam", "기말고사 풀이 (1)(2)(3)(4)", "L2/L1 정칙화 항의 값과 그래디언트, SGD 한 스텝, weight decay 계수", r'''# 기말고사 4번 풀이

**문제.** $\mathbf{w} = (0.5, -1.0, 0)$, 데이터 손실의 그래디언트 $\mathbf{g} = (0.2, -0.1, 0.3)$, $\lambda = 0.1$, $\eta = 0.5$ 일 때⟦N:문제의 값⟧

**(1)** L2 항 $R_2 = \frac{\lambda}{2}\lVert\mathbf{w}\rVert_2^2$ 의 값과 그래디언트.⟦N:L2 항 정의⟧

$\lVert\mathbf{w}\rVert_2^2 = 0.25 + 1 + 0 = 1.25$ 이므로 $R_2 = 0.05 \times 1.25 = 0.0625$.
$\nabla R_2 = \lambda\mathbf{w} = (0.05,\ -0.1,\ 0)$.

**(2)** L1 항 $R_1 = \lambda\lVert\mathbf{w}\rVert_1$.⟦N:L1 항 정의⟧

$R_1 = 0.1 \times (0.5 + 1.0 + 0) = 0.15$. 미분 불가능한 $w_3 = 0$ 에서는 부분그래디언트 $0$ 을 택해 $\partial R_1 = \lambda\,\mathrm{sign}(\mathbf{w}) = (0.1,\ -0.1,\ 0)$.

**(3)** SGD 한 스텝 $\mathbf{w} \leftarrow \mathbf{w} - \eta(\mathbf{g} + \nabla R)$.

- L2: $\mathbf{g} + \lambda\mathbf{w} = (0.25,\ -0.2,\ 0.3)$ 이므로 $\mathbf{w} = (0.5 - 0.125,\ -1 + 0.1,\ 0 - 0.15) = (0.375,\ -0.9,\ -0.15)$
- L1: $\mathbf{g} + \lambda\,\mathrm{sign}(\mathbf{w}) = (0.3,\ -0.2,\ 0.3)$ 이므로 $\mathbf{w} = (0.35,\ -0.9,\ -0.15)$

두 결과의 차이는 첫 성분뿐이다: $0.375 - 0.35 = 0.025$.

**(4)** L2 스텝은 $\mathbf{w} \leftarrow (1 - \eta\lambda)\mathbf{w} - \eta\mathbf{g}$ 로 쓸 수 있고, 감쇠 계수는 $1 - 0.5 \times 0.1 = 0.95$ 이다. 실제로 $0.95 \times 0.5 - 0.5 \times 0.2 = 0.375$ 로 (3)과 같다.

(채점 기준: (3)에서 $\lambda\mathbf{w}$ 의 부호를 틀리면 부분점수 없음.)

**해설** L1 과 L2 의 차이는 크기가 작은 가중치에서 드러난다. L2 는 $w$ 에 비례해서 당기므로 0 에 가까울수록 힘이 약해지고,
L1 은 부호만 보고 같은 크기로 당기므로 작은 가중치를 정확히 0 으로 만들 수 있다(희소성).
이번 문제의 $w_3$ 처럼 이미 0 인 성분은 L1 에서 부분그래디언트를 어떻게 고르느냐에 따라 결과가 달라질 수 있다는 점도 기억하자.
''')

md("ko25_two_layer_matrix_backprop_lecture", "대학 강의 노트 (행렬 역전파, 형상 명시)", "배치 2개, 2-2-1 ReLU 망의 행렬 역전파 dZ, dW = dZ A^T, db 를 숫자로", r'''# 딥러닝 기초 7강 — 행렬 형태의 역전파

**표기.** 샘플을 열로 쌓는다: $X \in \mathbb{R}^{n_x \times m}$, $W^{[1]} \in \mathbb{R}^{n_h \times n_x}$, $W^{[2]} \in \mathbb{R}^{1 \times n_h}$. 여기서는 $n_x = n_h = m = 2$.⟦N:형상 선언⟧

순전파:

$$Z^{[1]} = W^{[1]}X + b^{[1]}, \quad A^{[1]} = \mathrm{ReLU}(Z^{[1]}), \quad Z^{[2]} = W^{[2]}A^{[1]} + b^{[2]}$$⟦N:순전파 정의⟧

손실은 $L = \frac{1}{2m}\sum_{i}(Z^{[2]}_i - Y_i)^2$ 로 두고, 역전파 공식은⟦N:손실 정의⟧

$$dZ^{[2]} = \tfrac1m(Z^{[2]} - Y), \quad dW^{[2]} = dZ^{[2]}A^{[1]\top}, \quad dA^{[1]} = W^{[2]\top}dZ^{[2]}, \quad dW^{[1]} = dZ^{[1]}X^\top$$

($dW^{[2]}$: $(1 \times m)(m \times n_h) = 1 \times n_h$, 형상 확인 완료.)

## 숫자 예

$X = I_2$, $W^{[1]} = \begin{bmatrix} 1 & -1 \\ 2 & 0 \end{bmatrix}$, $b^{[1]} = 0$, $W^{[2]} = [1,\ 1]$, $b^{[2]} = -1$, $Y = [1,\ 0]$.⟦N:예제 값⟧

$X = I$ 라서 $Z^{[1]} = W^{[1]} = \begin{bmatrix} 1 & -1 \\ 2 & 0 \end{bmatrix}$, $A^{[1]} = \begin{bmatrix} 1 & 0 \\ 2 & 0 \end{bmatrix}$.

$Z^{[2]} = [1 + 2 - 1,\ 0 + 0 - 1] = [2,\ -1]$, 손실 $L = \frac14\big((2 - 1)^2 + (-1 - 0)^2\big) = 0.5$.

역전파:

- $dZ^{[2]} = \frac12[1,\ -1] = [0.5,\ -0.5]$
- $dW^{[2]} = [0.5 \cdot 1 + (-0.5) \cdot 0,\ \ 0.5 \cdot 2 + (-0.5) \cdot 0] = [0.5,\ 1.0]$
- $db^{[2]} = 0.5 + 0.5 = 1$⟦W:db2 = 0.5 + (-0.5) = 0 (부호 실수)⟧
- $dA^{[1]} = W^{[2]\top}dZ^{[2]} = \begin{bmatrix} 0.5 & -0.5 \\ 0.5 & -0.5 \end{bmatrix}$
- $Z^{[1]} > 0$ 인 곳만 통과: $dZ^{[1]} = \begin{bmatrix} 0.5 & 0 \\ 0.5 & 0 \end{bmatrix}$
- $dW^{[1]} = dZ^{[1]}X^\top = \begin{bmatrix} 0.5 & 0 \\ 0.5 & 0 \end{bmatrix}$, $db^{[1]} = \begin{bmatrix} 0.5 \\ 0.5 \end{bmatrix}$ (행 방향 합)

두 번째 샘플은 은닉 유닛이 모두 꺼져 있어서 $W^{[1]}$ 의 둘째 열로 가는 그래디언트가 $0$ 이다. 또 $db^{[2]} = 0$ 이므로 출력 편향은 이번 스텝에 움직이지 않는다.
''')

md("ko25_total_probability_textbook_ch2", "확률 교과서 장 (번호 붙은 식, 식 참조)", "세 기계의 불량률로 전확률 공식과 베이즈 정리, 1000개 중 기대 불량 수", r'''## 2.5 전확률 공식과 베이즈 정리

표본공간이 서로소인 사건 $B_1, \dots, B_k$ 로 분할될 때, 임의의 사건 $A$ 에 대해

$$P(A) = \sum_{i=1}^{k} P(A \mid B_i)\,P(B_i) \tag{2.8}$$

가 성립하고, 조건부 확률의 정의 $P(B_j \mid A) = P(A \cap B_j)/P(A)$ 에 (2.8)을 대입하면⟦N:조건부 확률의 정의⟧

$$P(B_j \mid A) = \frac{P(A \mid B_j)\,P(B_j)}{\sum_{i} P(A \mid B_i)\,P(B_i)} \tag{2.9}$$

를 얻는다.

**예제 2.12** 어느 공장에서 기계 A, B, C 가 전체 생산량의 $50\%$, $30\%$, $20\%$ 를 만들고, 각 기계의 불량률은 $1\%$, $2\%$, $5\%$ 이다.
임의로 고른 제품이 불량일 확률과, 불량품이 기계 C 에서 나왔을 확률을 구하라.

**풀이** $D$ 를 불량 사건이라 하자. 식 (2.8)에 의해

$$P(D) = 0.5 \times 0.01 + 0.3 \times 0.02 + 0.2 \times 0.05 = 0.005 + 0.006 + 0.010 = 0.021 \tag{2.10}$$

(2.10)을 (2.9)에 대입하면

$$P(C \mid D) = \frac{0.010}{0.021} = \frac{10}{21} \approx 0.4762$$

같은 방법으로 $P(A \mid D) = 0.005/0.021 \approx 0.2381$,
$P(B \mid D) = 0.006/0.021 \approx 0.2587$ 이다.⟦W:0.006/0.021 은 0.2857 (숫자 자리 바뀜)⟧

세 사후확률의 합은 $\frac{5 + 6 + 10}{21} = 1$ 로 맞다. 생산량은 20%뿐인 기계 C 가 불량품의 절반 가까이($47.6\%$)를 차지한다는 점에 주목하라.

**참고** 1000개를 검사하면 불량품의 기댓값은 $1000 \times 0.021 = 21$ 개이고, 그중 C 에서 나온 것은 평균 $21 \times 10/21 = 10$ 개이다.
''')

nb("ko25_battery_charging_units_colab", "Colab 노트북 (단위 계산)", "보조배터리 mAh·V → Wh, 효율을 곱한 충전 횟수, 충전 시간, 전기요금(원)", [
("markdown", r'''# 보조배터리 10000 mAh 로 폰을 몇 번 충전할 수 있을까

보조배터리: 10000 mAh, 셀 전압 3.7 V. 폰 배터리: 4500 mAh, 3.85 V. 변환 효율 85%.

mAh 는 전하량이고 에너지가 아니다. 에너지로 바꾸려면 전압을 곱해야 한다: $E = Q \times V$.⟦N:에너지 공식 정의⟧'''),
("code", r'''bank_Wh  = 10_000e-3 * 3.7      # Ah * V
phone_Wh = 4_500e-3 * 3.85
usable   = bank_Wh * 0.85
print(bank_Wh, phone_Wh, usable, usable / phone_Wh)
# 37.0 17.325 31.45 1.8152...'''),
("markdown", r'''- 보조배터리: $10000\ \text{mAh} \times 3.7\ \text{V} = 3.7\ \text{Wh}$⟦W:10 Ah x 3.7 V 는 37 Wh (mAh 를 Ah 로 바꿀 때 단위 실수)⟧
- 폰: $4.5\ \text{Ah} \times 3.85\ \text{V} = 17.325\ \text{Wh}$
- 실제로 쓸 수 있는 에너지: $37 \times 0.85 = 31.45\ \text{Wh}$
- 충전 횟수: $31.45 / 17.325 \approx 1.82$ 회

"10000 인데 두 번도 안 되네?" 하는 이유가 이것. 용량만 보고 $10000/4500 \approx 2.22$ 회라고 생각하기 쉽다.'''),
("markdown", r'''## 보조배터리 자체를 충전하는 데 걸리는 시간

충전기는 $5\ \text{V} \times 2\ \text{A} = 10\ \text{W}$, 충전 효율 90% 라고 하면⟦N:충전기 사양⟧

$$t = \frac{37\ \text{Wh}}{10\ \text{W} \times 0.9} \approx 4.11\ \text{h}$$

약 4시간 7분.

## 전기요금

벽에서 끌어오는 에너지는 $37/0.9 \approx 41.1\ \text{Wh} = 0.0411\ \text{kWh}$, kWh 당 120 원이면 $0.0411 \times 120 \approx 4.93$ 원. 한 달 매일 충전해도 $4.93 \times 30 \approx 148$ 원.

참고로 기내 반입 기준 100 Wh 의 $37/100 = 37\%$ 수준이라 문제없다.'''),
])

nb("ko25_geometric_distribution_notebook", "Jupyter 노트북 (확률 수업 자료)", "기하분포: 처음 성공까지의 시행 횟수, 확률질량, 누적확률, 기댓값과 분산, 무기억성", [
("markdown", r'''# 기하분포 — 처음 성공할 때까지

성공 확률이 $p$ 인 독립 시행을 반복할 때, 처음 성공하는 시행 번호 $X$ 의 분포는

$$P(X = k) = (1 - p)^{k-1}p, \qquad k = 1, 2, \dots$$⟦N:확률질량함수 정의⟧

예: 가챠 확률 $p = 0.2$.⟦N:예제 값⟧'''),
("code", r'''p = 0.2
pmf = lambda k: (1 - p)**(k - 1) * p
print(pmf(1), pmf(3), sum(pmf(k) for k in range(1, 4)), 0.8**5)
# 0.2 0.128 0.488 0.32768'''),
("markdown", r'''- 첫 번째에 성공: $P(X = 1) = 0.2$
- 세 번째에 처음 성공: $P(X = 3) = 0.8^2 \times 0.2 = 0.128$
- 세 번 안에 성공: $P(X \le 3) = 1 - 0.8^3 = 0.512$⟦W:1 - 0.8^3 은 0.488 (0.8^3 을 그대로 씀)⟧
- 다섯 번 모두 실패: $P(X > 5) = 0.8^5 \approx 0.3277$

코드 출력의 0.488 과 비교해 보자.'''),
("markdown", r'''## 기댓값과 분산

$$E[X] = \sum_{k=1}^{\infty} k(1 - p)^{k-1}p = \frac1p, \qquad \operatorname{Var}(X) = \frac{1 - p}{p^2}$$

$p = 0.2$ 이면 $E[X] = 5$ 회, $\operatorname{Var}(X) = 0.8/0.04 = 20$, 표준편차 $\sqrt{20} \approx 4.47$ 회.

## 무기억성

$$P(X > m + n \mid X > m) = \frac{(1 - p)^{m+n}}{(1 - p)^m} = (1 - p)^n$$

10번 연속 실패했더라도 다음 5번 안에 못 뽑을 확률은 여전히 $0.8^5 \approx 0.328$ 이다.'''),
])

md("ko25_dropout_he_init_notes", "velog 학습 정리 글", "He/Xavier 초기화 분산과 균등분포 한계, inverted dropout 스케일링과 기댓값", r'''# 초기화와 드롭아웃, 숫자로 정리

## He 초기화

ReLU 층에서 분산이 층마다 유지되려면 $\operatorname{Var}(W) = 2/n_{in}$ 이어야 한다.⟦N:조건⟧ $n_{in} = 512$ 이면⟦N:예제 값⟧

$$\operatorname{Var}(W) = \frac{2}{512} \approx 0.003906, \qquad \sigma = \sqrt{0.003906} = 0.0625$$

## Xavier(Glorot) 초기화

$512 \to 256$ 층이면 $\operatorname{Var}(W) = \dfrac{2}{n_{in} + n_{out}} = \dfrac{2}{768} \approx 0.002604$, 표준편차는 $\approx 0.0510$.

균등분포 $U[-r, r]$ 의 분산은 $r^2/3$ 이므로 $r^2/3 = 2/768$ 에서 $r = \sqrt{6/768} \approx 0.0884$.

## Inverted dropout

유지 확률 $q = 0.8$ 일 때, 훈련 중에는 마스크 $m_i \sim \text{Bernoulli}(0.8)$ 를 곱하고 $q$ 로 나눈다.⟦N:드롭아웃 규칙 정의⟧

$$\tilde h_i = \frac{m_i h_i}{q}, \qquad E[\tilde h_i] = \frac{q\,h_i}{q} = h_i$$

예: $h = (1.0, 2.0, 0.5, 3.0)$, 마스크 $(1, 0, 1, 1)$.⟦N:예제 값⟧

- $\tilde h_1 = 1.0/0.8 = 1.25$
- $\tilde h_2 = 0$
- $\tilde h_3 = 0.5/0.8 = 0.625$
- $\tilde h_4 = 3.0/0.8 = 3.75$

이번 샘플의 합은 $1.25 + 0 + 0.625 + 3.75 = 5.625$, 원래 합 $6.5$ 와 다르지만 기댓값은 같다.
추론 때는 마스크도 나눗셈도 없이 $h$ 를 그대로 쓴다.

분산은 늘어난다: $\operatorname{Var}(\tilde h_i) = h_i^2\,\frac{1 - q}{q} = 0.25\,h_i^2$, 예컨대 $h_4 = 3$ 이면 $2.25$.
''')

md("ko25_ideal_gas_tire_pressure", "고등학교 물리 풀이 블로그", "이상기체: 게이지압과 절대압, 온도 상승 시 타이어 압력, 기체 몰수", r'''# 여름에 타이어 공기압이 올라가는 이유 (이상기체 예제)

**문제** 20 °C 에서 타이어 게이지압이 220 kPa 였다. 주행 후 타이어 내부가 50 °C 가 되면 게이지압은? 부피 변화는 무시하고, 대기압은 101.3 kPa.

**풀이**

이상기체 식 $PV = nRT$ 에서 $V$, $n$ 이 일정하면 $P_1/T_1 = P_2/T_2$ 이다. 단, 여기 들어가는 $P$ 는 **절대압**, $T$ 는 **켈빈**이어야 한다.⟦N:조건과 법칙 설명⟧

- 절대압: $P_1 = 220 + 101.3 = 321.3\ \text{kPa}$
- 온도: $T_1 = 20 + 273.15 = 293.15\ \text{K}$, $T_2 = 50\ ^\circ\text{C} = 333.15\ \text{K}$⟦W:50 + 273.15 는 323.15 K⟧

$$P_2 = P_1\frac{T_2}{T_1} = 321.3 \times \frac{323.15}{293.15} \approx 354.2\ \text{kPa}$$

게이지압으로 돌리면 $354.2 - 101.3 = 252.9\ \text{kPa}$, 즉 약 $33\ \text{kPa}$ ($15\%$) 상승.

흔한 실수: 섭씨 그대로 $220 \times 50/20 = 550$ kPa 로 계산하는 것. 말이 안 되는 값이다.

**덤: 공기 몇 몰?** 타이어 부피를 $V = 25\ \text{L} = 0.025\ \text{m}^3$ 로 두면⟦N:부피 가정⟧

$$n = \frac{PV}{RT} = \frac{321300 \times 0.025}{8.314 \times 293.15} \approx 3.30\ \text{mol}$$

공기의 몰질량 29 g/mol 을 곱하면 약 $3.30 \times 29 \approx 95.7$ g 의 공기가 들어 있다.

**정리**
- 압력 계산에는 항상 절대압과 켈빈 온도를 쓴다.
- 여름철 장거리 주행 후에는 공기압이 10% 이상 높게 나오는 게 정상이니, 타이어가 식은 뒤에 재자.
- 반대로 겨울 아침에는 낮게 나온다. 같은 식으로 계산해 보면 된다.
''')
