# (name, lang, style, topic, body)
DOCS = []
def md(name, style, topic, body): DOCS.append((name + ".md", "ko", style, topic, body))
def nb(name, style, topic, cells): DOCS.append((name + ".ipynb", "ko", style, topic, cells))

md("ko24_logistic_minibatch_velog", "velog 포스트", "로지스틱 회귀 미니배치(2개) 손실, dz = a - y, 평균 그래디언트와 한 스텝", r'''# [ML 기초] 로지스틱 회귀, 샘플 두 개로 직접 미분해 보기

지난 글에서 $\frac{\partial L}{\partial z} = a - y$를 유도했으니 이번엔 숫자로 확인해 봅니다.

샘플은 $x^{(1)} = (1, 2),\ y^{(1)} = 1$ 과 $x^{(2)} = (2, -1),\ y^{(2)} = 0$ 두 개.⟦N:데이터 바인딩⟧
초기값은 $w = (0.5, -0.5)$, $b = 0$, 학습률 $\alpha = 0.1$ 로 둡니다.⟦N:초기값⟧

비용 함수는 평균 BCE:

$$J = -\frac{1}{m}\sum_{i=1}^{m}\Big[y^{(i)}\log a^{(i)} + (1 - y^{(i)})\log(1 - a^{(i)})\Big]$$⟦N:비용 함수 정의⟧

### 순전파

- $z^{(1)} = 0.5 - 1 = -0.5$, $a^{(1)} = \sigma(-0.5) \approx 0.3775$
- $z^{(2)} = 1 + 0.5 = 1.5$, $a^{(2)} = \sigma(1.5) \approx 0.8176$

손실은 각각 $-\log 0.3775 \approx 0.9741$, $-\log(1 - 0.8176) \approx 1.7014$ 이고 평균 $J \approx 1.3377$.

### 역전파

$dz = a - y = (-0.6225,\ 0.8176)$ 이므로

$$\frac{\partial J}{\partial w_1} = \frac{1}{2}\big(1 \cdot (-0.6225) + 2 \cdot 0.8176\big) \approx 0.5063$$

$$\frac{\partial J}{\partial w_2} = \frac{1}{2}\big(2 \cdot (-0.6225) + (-1) \cdot 0.8176\big) \approx -1.0312$$

$$\frac{\partial J}{\partial b} = \frac{-0.6225 + 0.8176}{2} \approx 0.1951$$⟦W:(-0.6225 + 0.8176)/2 is 0.0976 (the 1/2 was dropped)⟧

### 업데이트

$w \leftarrow (0.5 - 0.0506,\ -0.5 + 0.1031) = (0.4494,\ -0.3969)$, $b \leftarrow 0 - 0.1 \times 0.0976 \approx -0.0098$

한 스텝 만에 $w_2$의 절댓값이 꽤 줄었네요. 다음 글에서는 이걸 numpy로 벡터화해 봅니다 🙂
''')

md("ko24_softmax_ce_tistory", "tistory 블로그 글", "소프트맥스 + 교차 엔트로피 수치 예제 (로짓 2, 0, -1), 그래디언트 p - y, 로짓 두 배", r'''## 소프트맥스와 크로스 엔트로피 — 숫자로 보는 예제

클래스가 3개이고 모델이 로짓 $z = (2, 0, -1)$을 냈다고 합시다. 정답은 0번 클래스입니다.⟦N:예제 값 바인딩⟧

소프트맥스의 정의는

$$p_i = \frac{e^{z_i}}{\sum_{j} e^{z_j}}$$⟦N:소프트맥스 정의⟧

입니다. 계산해 보면

| $i$ | $z_i$ | $e^{z_i}$ | $p_i$ |
|---|---|---|---|
| 0 | 2 | 7.3891 | 0.8438 |
| 1 | 0 | 1 | 0.1142 |
| 2 | -1 | 0.3679 | 0.0420 |

분모는 $7.3891 + 1 + 0.3679 = 8.7570$ 입니다.

교차 엔트로피는 정답 클래스의 확률에만 의존합니다.

$$L = -\log p_0 = -\log 0.8438 \approx 0.1968$$⟦W:-ln 0.8438 is 0.1698 (transposed digits)⟧

그래디언트는 유명한 결과 $\dfrac{\partial L}{\partial z_i} = p_i - y_i$ 를 쓰면 바로 나옵니다.

$$\nabla_z L = (0.8438 - 1,\ 0.1142,\ 0.0420) = (-0.1562,\ 0.1142,\ 0.0420)$$

성분의 합이 $0$ 인 것도 확인할 수 있어요: $-0.1562 + 0.1142 + 0.0420 = 0$.

**로짓을 두 배로 하면?** $z' = (4, 0, -2)$ 이면 $p'_0 = \dfrac{54.598}{54.598 + 1 + 0.1353} \approx 0.9796$ 이고
손실은 $-\log 0.9796 \approx 0.0206$ 으로 약 8분의 1이 됩니다. 확신이 커질수록 그래디언트도 작아지죠.
''')

md("ko24_gd_learning_rate_notes", "공부 노트 (1인칭, 지저분함)", "f(w) = (w-3)^2 에서 학습률 0.1, 0.5, 1.1 의 경사하강 궤적과 수렴 조건", r'''# 학습률 실험 메모

함수 $f(w) = (w - 3)^2$, 시작점 $w_0 = 0$.⟦N:함수와 시작점⟧
미분은 $f'(w) = 2(w - 3)$.

업데이트: $w_{t+1} = w_t - \eta f'(w_t)$⟦N:업데이트 규칙⟧

정리하면 $w_{t+1} - 3 = (1 - 2\eta)(w_t - 3)$ 이라서 오차가 매 스텝 $(1 - 2\eta)$배가 됨.

**$\eta = 0.1$ 일 때**⟦N:학습률 바인딩⟧

- $w_1 = 0 - 0.1 \times 2 \times (-3) = 0.6$
- $w_2 = 0.6 - 0.1 \times 2 \times (-2.4) = 0.6 + 0.48 = 1.18$⟦W:0.6 + 0.48 is 1.08⟧
- 음.. 공식으로 보면 $w_2 = 3 - 3 \times 0.8^2 = 3 - 1.92 = 1.08$ 이 맞다. 위에 계산 실수.
- $w_3 = 3 - 3 \times 0.8^3 = 3 - 1.536 = 1.464$

**η = 0.5**: $1 - 2\eta = 0$ 이라 한 번에 $w_1 = 0 - 0.5 \times (-6) = 3$. 끝.

**η = 1.1**: 배율이 $1 - 2.2 = -1.2$, 절댓값이 1보다 커서 발산.

| $t$ | $\eta = 0.1$ | $\eta = 0.5$ | $\eta = 1.1$ |⟦N:case labels of the table columns⟧
|---|---|---|---|
| 1 | 0.6 | 3 | 6.6 |
| 2 | 1.08 | 3 | -1.32 |
| 3 | 1.464 | 3 | 8.184 |

결론: 수렴 조건은 $|1 - 2\eta| < 1$, 즉 $0 < \eta < 1$. 이차함수 $f = \frac{L}{2}w^2$ 꼴이면 일반적으로 $\eta < 2/L$ 인데
여기선 $L = 2$ 니까 $2/L = 1$ 로 일치 👍
''')

nb("ko24_batchnorm_forward_colab", "Colab 노트북 (코드 셀 출력 인용)", "배치 정규화 순전파: 4개 값 (2, 4, 6, 12) 의 평균, 분산, 정규화, gamma/beta, running 통계", [
("markdown", r'''# 배치 정규화 순전파 손계산

미니배치 $x = (2, 4, 6, 12)$, $\gamma = 2$, $\beta = 0.5$, $\epsilon = 10^{-5}$.⟦N:값 바인딩⟧

$$\hat x_i = \frac{x_i - \mu_B}{\sqrt{\sigma_B^2 + \epsilon}}, \qquad y_i = \gamma\hat x_i + \beta$$⟦N:정의⟧'''),
("code", r'''import numpy as np
x = np.array([2., 4., 6., 12.])
mu, var = x.mean(), x.var()
xh = (x - mu) / np.sqrt(var + 1e-5)
print(mu, var, xh.round(4), (2 * xh + 0.5).round(4))'''),
("markdown", r'''## 평균과 분산

$\mu_B = (2 + 4 + 6 + 12)/4 = 6$

$\sigma_B^2 = \frac{(-4)^2 + (-2)^2 + 0^2 + 6^2}{4} = \frac{56}{4} = 14$, $\sqrt{14} \approx 3.7417$

## 정규화

| $x_i$ | $x_i - \mu_B$ | $\hat x_i$ | $y_i = 2\hat x_i + 0.5$ |⟦N:table header defining y_i⟧
|---|---|---|---|
| 2 | -4 | $-4/3.7417 = -1.0690$ | -1.6381 |
| 4 | -2 | $-2/3.7417 = -0.5345$ | -0.5690 |
| 6 | 0 | $0/3.7417 = 0$ | 0.5 |
| 12 | 6 | $6/3.7417 = 1.6306$ | 3.7071 |⟦W:6/3.7417 is 1.6036 (transposed digits)⟧

$\hat x$의 평균은 $0$, 분산은 $(1.1429 + 0.2857 + 0 + 2.5714)/4 \approx 1$ 입니다.'''),
("markdown", r'''## running 통계 (momentum 0.1)

초기값 running_mean $= 0$, running_var $= 1$ 에서⟦N:초기값⟧

- running_mean $= 0.9 \times 0 + 0.1 \times 6 = 0.6$
- PyTorch는 불편분산을 쓰므로 $14 \times 4/3 \approx 18.667$, running_var $= 0.9 \times 1 + 0.1 \times 18.667 \approx 2.767$'''),
("code", r'''import torch
bn = torch.nn.BatchNorm1d(1); bn(torch.tensor([[2.], [4.], [6.], [12.]]))
print(bn.running_mean, bn.running_var)'''),
])

md("ko24_pooling_backward_wikidocs", "위키독스 책 한 절", "4x4 입력에서 2x2 max pooling / average pooling 순전파와 역전파", r'''## 7.4 풀링 층의 역전파

풀링 층에는 학습할 파라미터가 없지만, 그래디언트는 입력으로 흘려보내야 합니다.

입력 $X$ (4×4), 풀링 크기 2, 스트라이드 2:

$$X = \begin{pmatrix} 1 & 3 & 2 & 0 \\ 4 & 2 & 1 & 5 \\ 0 & 1 & 3 & 2 \\ 2 & 6 & 1 & 1 \end{pmatrix}$$⟦N:입력 데이터⟧

출력 크기는 $(4 - 2)/2 + 1 = 2$ 이므로 2×2 입니다.

**최대 풀링**: 각 2×2 블록의 최댓값을 취하면

$$Y_{\max} = \begin{pmatrix} 4 & 5 \\ 6 & 3 \end{pmatrix}$$

**평균 풀링**: 블록 평균은 $(1 + 3 + 4 + 2)/4 = 2.5$, $(2 + 0 + 1 + 5)/4 = 2$, $(0 + 1 + 2 + 6)/4 = 2.25$, $(3 + 2 + 1 + 1)/4 = 1.75$.

### 역전파

위에서 내려온 그래디언트를 $\dfrac{\partial L}{\partial Y} = \begin{pmatrix} 0.1 & -0.2 \\ 0.3 & 0.4 \end{pmatrix}$ 라고 합시다.⟦N:상류 그래디언트 바인딩⟧

최대 풀링은 최댓값이 있던 위치에만 그래디언트를 그대로 보내고 나머지는 0입니다.

$$\frac{\partial L}{\partial X}\Big|_{\max} = \begin{pmatrix} 0 & 0 & 0 & 0 \\ 0.1 & 0 & 0 & -0.2 \\ 0 & 0 & 0.4 & 0 \\ 0 & 0.3 & 0 & 0 \end{pmatrix}$$

평균 풀링은 블록의 네 칸에 똑같이 $1/4$씩 나눠 줍니다: 왼쪽 위 블록은 $0.1/4 = 0.025$, 오른쪽 위는 $-0.05$,
왼쪽 아래 $0.075$, 오른쪽 아래 $0.1$.

두 경우 모두 입력 그래디언트의 총합은 $0.1 - 0.2 + 0.3 + 0.4 = 0.6$ 으로 출력 그래디언트의 총합과 같습니다.
''')

md("ko24_vector_mse_gradient_notes", "대학 강의 노트 (행렬 미분)", "벡터 MSE 그래디언트 (2/n) X^T(Xw - y) 를 3x2 데이터로 계산, 정규방정식 해와 비교", r'''# 선형회귀의 행렬 미분

**표기.** $X \in \mathbb{R}^{n\times d}$ (행이 샘플), $\mathbf{w} \in \mathbb{R}^{d}$, $\mathbf{y} \in \mathbb{R}^n$. 분모 레이아웃을 쓴다.

$$J(\mathbf{w}) = \frac{1}{n}\lVert X\mathbf{w} - \mathbf{y}\rVert^2 = \frac{1}{n}(X\mathbf{w} - \mathbf{y})^\top(X\mathbf{w} - \mathbf{y})$$⟦N:손실 정의⟧

전개해서 미분하면 ($\nabla_{\mathbf{w}}\mathbf{w}^\top A\mathbf{w} = 2A\mathbf{w}$, $A$ 대칭)

$$\nabla_{\mathbf{w}}J = \frac{2}{n}X^\top(X\mathbf{w} - \mathbf{y})$$

**예제.** $n = 3$, $d = 2$ (절편 포함):⟦N:예제 크기⟧

$$X = \begin{pmatrix} 1 & 1 \\ 1 & 2 \\ 1 & 3 \end{pmatrix}, \quad \mathbf{y} = \begin{pmatrix} 2 \\ 2 \\ 5 \end{pmatrix}, \quad \mathbf{w} = \begin{pmatrix} 0 \\ 1 \end{pmatrix}$$⟦N:데이터 바인딩⟧

잔차: $X\mathbf{w} - \mathbf{y} = (1 - 2,\ 2 - 2,\ 3 - 5) = (-1,\ 0,\ -2)$, 그러므로 $J = (1 + 0 + 4)/3 \approx 1.667$.

$$X^\top(X\mathbf{w} - \mathbf{y}) = \begin{pmatrix} -1 + 0 - 2 \\ -1 + 0 - 6 \end{pmatrix} = \begin{pmatrix} -3 \\ -5 \end{pmatrix}$$⟦W:the second entry is -1 + 0 - 6 = -7⟧

$$\nabla_{\mathbf{w}}J = \frac{2}{3}\begin{pmatrix} -3 \\ -7 \end{pmatrix} \approx \begin{pmatrix} -2 \\ -4.667 \end{pmatrix}$$

학습률 $0.1$ 로 한 스텝: $\mathbf{w} \leftarrow (0 + 0.2,\ 1 + 0.4667) = (0.2,\ 1.4667)$.

**정규방정식과 비교.** $X^\top X = \begin{pmatrix} 3 & 6 \\ 6 & 14 \end{pmatrix}$, $X^\top\mathbf{y} = (9,\ 21)^\top$ 이고

$$\mathbf{w}^* = (X^\top X)^{-1}X^\top\mathbf{y} = \frac{1}{6}\begin{pmatrix} 14 & -6 \\ -6 & 3 \end{pmatrix}\begin{pmatrix} 9 \\ 21 \end{pmatrix} = \begin{pmatrix} 0 \\ 1.5 \end{pmatrix}$$

$\mathbf{w}^*$ 에서의 잔차는 $(-0.5,\ 1,\ -0.5)$ 이고 $X^\top$ 를 곱하면 $(0, 0)$ — 그래디언트가 0 이 되는 점이 맞다.
최소 손실은 $J^* = (0.25 + 1 + 0.25)/3 = 0.5$.
''')

md("ko24_conv_output_size_stride2", "velog 포스트", "stride 2, padding 1 이 섞인 작은 CNN의 출력 크기와 파라미터 수 (32x32x3 입력)", r'''# CNN 출력 크기 계산 정리 (stride, padding 섞인 경우)

공식부터. 입력 $N$, 커널 $K$, 패딩 $P$, 스트라이드 $S$ 이면

$$O = \left\lfloor \frac{N + 2P - K}{S} \right\rfloor + 1$$⟦N:출력 크기 공식 정의⟧

입력은 CIFAR 이미지 $32 \times 32 \times 3$.

**Conv1**: 5×5, 필터 16개, $S = 1$, $P = 2$⟦N:층 설정⟧

- $O = (32 + 4 - 5)/1 + 1 = 32$ → $32 \times 32 \times 16$
- 파라미터: $5 \times 5 \times 3 \times 16 + 16 = 1216$

**MaxPool**: 2×2, $S = 2$ → $O = (32 - 2)/2 + 1 = 16$, 즉 $16 \times 16 \times 16$

**Conv2**: 3×3, 필터 32개, $S = 2$, $P = 1$⟦N:층 설정⟧

- $O = \lfloor (16 + 2 - 3)/2 \rfloor + 1 = 9$⟦W:floor(15/2) + 1 = 8⟧
- 헷갈려서 다시: $15/2 = 7.5$ 를 내림하면 $7$, 더하기 1 해서 $8$. 출력은 $8 \times 8 \times 32$
- 파라미터: $3 \times 3 \times 16 \times 32 + 32 = 4640$

**GAP + FC(10)**: GAP 후 32차원, FC 파라미터는 $32 \times 10 + 10 = 330$

총 파라미터 $= 1216 + 4640 + 330 = 6186$ 개. GAP 대신 Flatten 을 썼다면 FC 하나가 $8 \times 8 \times 32 \times 10 + 10 = 20490$ 개라
전체의 $20490 / (1216 + 4640 + 20490) \approx 77.8\%$ 를 차지합니다.
''')

nb("ko24_two_layer_sigmoid_backprop_colab", "Colab 노트북 (행렬 역전파, 배치 2)", "2-2-1 시그모이드 신경망, 배치 m = 2, X in R^{2x2}: 순전파, dZ2, dW2, db2, dZ1, dW1, db1", [
("markdown", r'''# 2층 신경망 역전파 (배치 크기 2)

표기: 샘플을 열로 쌓아 $X \in \mathbb{R}^{n_x \times m}$, $W^{[1]} \in \mathbb{R}^{2\times 2}$, $W^{[2]} \in \mathbb{R}^{1\times 2}$. 은닉층·출력층 모두 시그모이드, 손실은 평균 BCE.

$$X = \begin{pmatrix} 1 & 0 \\ 2 & 1 \end{pmatrix},\ Y = (1,\ 0),\ W^{[1]} = \begin{pmatrix} 0.5 & -0.5 \\ 0.2 & 0.1 \end{pmatrix},\ W^{[2]} = (1,\ -2),\ b = 0$$⟦N:값 바인딩⟧'''),
("code", r'''import numpy as np
sig = lambda z: 1 / (1 + np.exp(-z))
X = np.array([[1., 0.], [2., 1.]]); Y = np.array([[1., 0.]])
W1 = np.array([[0.5, -0.5], [0.2, 0.1]]); W2 = np.array([[1., -2.]])
Z1 = W1 @ X; A1 = sig(Z1); Z2 = W2 @ A1; A2 = sig(Z2)
print(Z1, A1.round(4), Z2.round(4), A2.round(4))'''),
("markdown", r'''## 순전파

$$Z^{[1]} = W^{[1]}X = \begin{pmatrix} -0.5 & -0.5 \\ 0.4 & 0.1 \end{pmatrix}, \quad A^{[1]} \approx \begin{pmatrix} 0.3775 & 0.3775 \\ 0.5987 & 0.5250 \end{pmatrix}$$

$Z^{[2]} \approx (-0.8198,\ -0.6724)$, $A^{[2]} \approx (0.3058,\ 0.3380)$, 비용 $J \approx 0.7986$.'''),
("markdown", r'''## 역전파

$$dZ^{[2]} = A^{[2]} - Y \approx (-0.6942,\ 0.3380)$$

$$dW^{[2]} = \frac{1}{m}dZ^{[2]}A^{[1]\top} \approx (-0.0672,\ -0.1191), \qquad db^{[2]} \approx -0.1781$$

$$dZ^{[1]} = W^{[2]\top}dZ^{[2]} \odot A^{[1]}(1 - A^{[1]}) \approx \begin{pmatrix} -0.1631 & 0.0794 \\ 0.3336 & -0.1686 \end{pmatrix}$$

$$dW^{[1]} = \frac{1}{m}dZ^{[1]}X^\top \approx \begin{pmatrix} -0.0816 & -0.1234 \\ 0.1668 & 0.2943 \end{pmatrix}$$⟦W:(2,2) entry is (0.3336 x 2 - 0.1686 x 1)/2 = 0.2493 (transposed digits)⟧

$db^{[1]} \approx (-0.0419,\ 0.0825)$. $dW^{[1]}$ 의 모양은 $W^{[1]}$ 과 같은 $2\times 2$.'''),
("code", r'''dZ2 = A2 - Y; dW2 = dZ2 @ A1.T / 2
dZ1 = (W2.T @ dZ2) * A1 * (1 - A1); dW1 = dZ1 @ X.T / 2
print(dW2.round(4), dZ1.round(4), dW1.round(4), dZ1.mean(axis=1).round(4))'''),
])

md("ko24_bayes_covid_test_notes", "강의 노트 (통계)", "베이즈 정리: 유병률 2%, 민감도 95%, 특이도 90% 검사의 양성 예측도와 재검사", r'''# 조건부 확률 — 진단 검사 예제

어떤 감염병의 유병률이 $2\%$, 검사의 민감도 $95\%$, 특이도 $90\%$ 라고 하자.

$$P(D) = 0.02, \quad P(+\mid D) = 0.95, \quad P(-\mid D^c) = 0.90$$⟦N:값 바인딩⟧

**전확률.** 양성이 나올 확률은

$$P(+) = 0.95 \times 0.02 + 0.10 \times 0.98 = 0.019 + 0.098 = 0.117$$

**베이즈 정리.**

$$P(D\mid +) = \frac{P(+\mid D)P(D)}{P(+)} = \frac{0.019}{0.117} \approx 0.1624$$

즉 양성 판정을 받아도 실제 감염일 확률은 약 $16.2\%$ 밖에 안 된다.

**인원수로 보기.** $10{,}000$명을 검사하면 감염자 $200$명 중 $190$명이 양성, 비감염자 $9{,}800$명 중 $980$명이 위양성이다.
양성 $1{,}170$명 중 진짜는 $190$명, 즉 $190/1170 \approx 1.62\%$.⟦W:190/1170 is about 16.2% (lost a power of ten)⟧

**재검사.** 첫 양성 후의 값 $P(D) = 0.1624$ 를 새 사전확률로 쓰면⟦N:사전확률 재지정⟧

$$P(D\mid ++) = \frac{0.95 \times 0.1624}{0.95 \times 0.1624 + 0.10 \times 0.8376} \approx \frac{0.1543}{0.2380} \approx 0.648$$

두 번 연속 양성이면 약 $65\%$.

**음성 예측도.** 음성은 $0.05 \times 0.02 + 0.9 \times 0.98 = 0.883$ 의 확률로 나오고, 음성 판정의 신뢰도는 높다: $P(D\mid -) = \frac{0.05 \times 0.02}{0.05 \times 0.02 + 0.9 \times 0.98} \approx 0.0011$.
''')

md("ko24_loan_annuity_compound", "tistory 재테크 글", "원리금균등상환 월 납입액(1000만원, 연 6%, 36개월), 총이자, 월복리 vs 단리", r'''# 대출 이자 직접 계산해 보기 (원리금균등)

조건: 원금 $P = 10{,}000{,}000$원, 연 이율 $6\%$, 기간 $n = 36$개월.⟦N:대출 조건⟧
월 이율은 $r = 0.06/12 = 0.005$.

원리금균등상환 월 납입액 공식은

$$M = \frac{P\,r}{1 - (1 + r)^{-n}}$$⟦N:공식 정의⟧

입니다. 하나씩 계산하면

- $(1.005)^{36} \approx 1.19668$, 그래서 $(1.005)^{-36} \approx 0.83564$
- 분모 $= 1 - 0.83564 = 0.16436$
- 분자 $= 10{,}000{,}000 \times 0.005 = 50{,}000$원

$$M = \frac{50{,}000}{0.16436} \approx 304{,}210\ \text{원}$$

분모를 반올림한 탓에 몇 원 차이가 나고, 반올림 없이 계산하면 $M \approx 304{,}219$원 입니다.

**총 상환액**: $304{,}219 \times 36 = 10{,}951{,}884$원, **총 이자**: 약 $951{,}884$원 (원금의 약 $9.5\%$).

## 예금이라면? 월복리 vs 단리

같은 1000만원을 연 6% 로 1년 맡기면

| 방식 | 계산 | 1년 후 |
|---|---|---|
| 단리 | $10{,}000{,}000 \times 1.06$ | $10{,}600{,}000$원 |
| 월복리 | $10{,}000{,}000 \times 1.005^{12}$ | $10{,}616{,}778$원 |

차이는 $16{,}778$원, 실효 연이율은 $1.005^{12} - 1 \approx 6.17\%$.
''')

nb("ko24_gear_ratio_torque_notebook", "Jupyter 노트북 (기계 실습, 단위 포함)", "기어비에 따른 회전수(rpm), 토크(N·m), 출력(W)과 효율, 2단 감속", [
("markdown", r"""# 기어 감속: rpm, 토크, 출력

모터 사양: 회전수 $n_1 = 3000\ \text{rpm}$, 토크 $\tau_1 = 2\ \text{N·m}$.⟦N:모터 사양⟧ 구동 기어 잇수 $z_1 = 12$, 피동 기어 잇수 $z_2 = 48$.⟦N:잇수⟧

기어비는 $i = z_2/z_1 = 48/12 = 4$."""),
("code", r"""import math
n1, tau1, i, eta = 3000, 2.0, 48 / 12, 0.95
w1 = n1 * 2 * math.pi / 60
print(w1, tau1 * w1, n1 / i, tau1 * i * eta, eta * tau1 * w1)"""),
("markdown", r"""## 회전수와 토크

출력축 회전수: $n_2 = n_1/i = 3000/4 = 750\ \text{rpm}$

이상적인 경우 토크는 기어비만큼 커진다: $\tau_2 = 4 \times 2 = 8\ \text{N·m}$.
효율 $\eta = 95\%$ 를 반영하면 $\tau_2 = 0.95 \times 8 = 7.6\ \text{N·m}$.

## 출력 (단위 확인)

각속도 $\omega_1 = 3000 \times 2\pi/60 \approx 314.16\ \text{rad/s}$ 이므로

$$P_1 = \tau_1\omega_1 = 2\ \text{N·m} \times 314.16\ \text{rad/s} \approx 628.3\ \text{W}$$

출력측: $\omega_2 = 314.16/4 = 78.54\ \text{rad/s}$, $P_2 = 7.6 \times 78.54 \approx 596.9\ \text{W}$, 즉 입력의 $95\%$."""),
("markdown", r"""## 2단 감속

두 번째 단의 기어비를 $i_2 = 3$ 으로 하면⟦N:두 번째 단 설정⟧
전체 기어비는 $4 \times 3 = 12$, 최종 회전수는 $3000/12 = 250\ \text{rpm}$.

각 단의 효율이 $95\%$ 면 전체 효율은 $0.95^2 = 0.9025$, 최종 토크는 $2 \times 12 \times 0.9025 = 21.66\ \text{N·m}$."""),
])

md("ko24_heater_power_bill_units", "블로그 생활 물리 글", "전력 W = V x A, 전력량 kWh, 전기 요금 원, 저항과 전류 (단위 포함)", r'''# 전기히터 한 달 전기 요금 계산 (단위 끝까지 챙기기)

우리 집 전기히터 라벨: $V = 220\ \text{V}$, $I = 5\ \text{A}$.⟦N:라벨 값⟧

**전력**

$$P = V \times I = 220\ \text{V} \times 5\ \text{A} = 1100\ \text{W} = 1.1\ \text{kW}$$

**전력량.** 하루 3시간씩 30일 사용하면 사용 시간은 $3\ \text{h} \times 30 = 90\ \text{h}$.

$$E = 1.1\ \text{kW} \times 90\ \text{h} = 9.9\ \text{kWh}$$⟦W:1.1 kW x 90 h is 99 kWh (power of ten)⟧

**요금.** 단가를 $c = 150$원/kWh 라고 하면 (누진제는 무시)⟦N:단가 가정⟧

$$99\ \text{kWh} \times 150\ \text{원/kWh} = 14{,}850\ \text{원}$$

하루로 나누면 $14850 / 30 = 495$원.

**저항.** 옴의 법칙으로 $R = V/I = 220/5 = 44\ \Omega$.

**더 센 히터라면?** $2000\ \text{W}$ 짜리는 같은 $220\ \text{V}$ 에서 $I = 2000/220 \approx 9.09\ \text{A}$ 가 흐르고,
같은 90시간이면 $2\ \text{kW} \times 90\ \text{h} = 180\ \text{kWh}$, 요금은 $27{,}000$원.

**탄소 배출.** CO₂ 배출계수를 $e = 0.46\ \text{kg/kWh}$ 라고 하면⟦N:배출계수 가정⟧
한 달에 $99 \times 0.46 \approx 45.5\ \text{kg}$.

에너지를 줄(J)로 바꾸면 $1\ \text{kWh} = 3.6 \times 10^6\ \text{J}$ 이므로 $99\ \text{kWh} \approx 3.56 \times 10^8\ \text{J}$.
''')
