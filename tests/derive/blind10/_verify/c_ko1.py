FILES = {}
FILES["ko/logistic_grad.md"] = ({"style": "Korean tistory blog post (study log)", "topic": "logistic regression gradient via sigmoid derivative, vectorised form"}, r"""
# [ML 공부] 로지스틱 회귀 손실함수 미분 정리

오늘은 로지스틱 회귀의 gradient를 직접 유도해 보겠습니다. 생각보다 깔끔하게 정리됩니다!

## 1. 정의

$$z = w^\top x + b,\quad \hat y = \sigma(z) = \frac{1}{1+e^{-z}} ⟦N:model definition⟧$$

$$L = -\left[y\log\hat y + (1-y)\log(1-\hat y)\right] ⟦N:loss definition⟧$$

## 2. 시그모이드 미분

$$\sigma'(z) = \frac{e^{-z}}{(1+e^{-z})^2} = \sigma(z)\left(1+\sigma(z)\right) ⟦W:sigma' = sigma(1 - sigma)⟧$$

(참고로 $1 - \sigma(z) = \dfrac{e^{-z}}{1+e^{-z}}$ 입니다.)

## 3. 체인룰

$$\frac{\partial L}{\partial \hat y} = -\frac{y}{\hat y} + \frac{1-y}{1-\hat y}$$

$$\frac{\partial L}{\partial z} = \left(-\frac{y}{\hat y} + \frac{1-y}{1-\hat y}\right)\hat y(1-\hat y) = \hat y - y$$

∴ $\dfrac{\partial L}{\partial w} = (\hat y - y)\,x$, $\;\dfrac{\partial L}{\partial b} = \hat y - y$

## 4. 벡터화 (m개 샘플)

$X \in \mathbb{R}^{m\times n}$, 비용 $J = \frac1m\sum_{i=1}^m L^{(i)}$ 일 때 ⟦N:shape and cost definition⟧

$$\nabla_w J = \frac{1}{m} X^\top(\hat{\mathbf y} - \mathbf y), \qquad \frac{\partial J}{\partial b} = \frac1m\sum_{i=1}^m \left(\hat y^{(i)} - y^{(i)}\right)$$

$\nabla_w J$의 shape은 $(n,)$ 으로 $w$와 같습니다. 선형회귀와 모양이 똑같아서 신기하죠 ㅎㅎ
""")

FILES["ko/softmax_ce.md"] = ({"style": "Korean velog post with numeric example", "topic": "softmax + cross entropy forward and gradient with numbers"}, r"""
# Softmax + Cross-Entropy 수치 예제로 확인하기

로짓 $z = (2,\ 1,\ 0)$, 정답은 두 번째 클래스 ($y = (0, 1, 0)$) 라고 하자. ⟦N:binds logits and label⟧

### 1) softmax

$$p_i = \frac{e^{z_i}}{\sum_k e^{z_k}} ⟦N:definition⟧$$

$$\sum_k e^{z_k} = e^2 + e^1 + e^0 \approx 7.389 + 2.718 + 1 = 11.107$$

$$p \approx (0.665,\ 0.245,\ 0.090)$$

### 2) loss

$$L = -\sum_k y_k \log p_k = -\log p_2 \approx 1.408$$

### 3) gradient

앞의 글에서 유도한 대로 $\dfrac{\partial L}{\partial z} = p - y$ 이므로

$$\frac{\partial L}{\partial z} \approx (0.665,\ 0.245 - 1,\ 0.090) = (0.665,\ -0.755,\ 0.090)$$

성분의 합은 $0.665 - 0.755 + 0.090 = 0$ 이 된다. (softmax 출력의 합이 항상 1이기 때문)

### 4) 한 스텝 업데이트 후

학습률 $\eta = 1$ 로 $z \leftarrow z - \eta\,\nabla_z L$ 하면 $z \approx (1.335,\ 1.755,\ -0.090)$ 이 되고, 정답 클래스 로짓이 가장 커진다.
""")

FILES["ko/conv_output_size.md"] = ({"style": "Korean tistory post on CNN output sizes (ResNet stem)", "topic": "conv/pool output sizes with padding and stride, floor"}, r"""
# CNN 출력 크기 계산 (ResNet 앞단 따라가기)

출력 크기 공식은 아래와 같다. ($\lfloor\cdot\rfloor$ 는 내림) ⟦N:intro sentence⟧

$$O = \left\lfloor \frac{I + 2P - K}{S} \right\rfloor + 1 ⟦N:formula definition⟧$$

입력은 $224 \times 224 \times 3$. ⟦N:binds input size⟧

**① conv1** : $K=7,\ S=2,\ P=3$, 필터 64개

$$O = \left\lfloor \frac{224 + 6 - 7}{2} \right\rfloor + 1 = \lfloor 111.5 \rfloor + 1 = 113 ⟦W:floor(111.5)+1 = 112⟧$$

→ $112 \times 112 \times 64$

**② maxpool** : $K=3,\ S=2,\ P=1$

$$O = \left\lfloor \frac{112 + 2 - 3}{2} \right\rfloor + 1 = 55 + 1 = 56$$

→ $56 \times 56 \times 64$

**③ 3×3 conv, S=1, P=1** : $\lfloor (56 + 2 - 3)/1 \rfloor + 1 = 56$, 크기 유지!

**④ 3×3 conv, S=2, P=1** (다음 stage 시작) : $\lfloor (56 + 2 - 3)/2\rfloor + 1 = 27 + 1 = 28$

정리: $224 \to 112 \to 56 \to 56 \to 28$. 
stride 2가 나올 때마다 대략 절반이 된다고 기억하면 편하다.
""")

FILES["ko/cnn_params.md"] = ({"style": "Korean lecture summary (class notes) with a table", "topic": "parameter count of a small CNN"}, r"""
## 4주차 정리 — 작은 CNN 파라미터 개수 세기

구조: 입력 $32\times32\times3$ → Conv(3×3, 64, same) → MaxPool 2 → Conv(3×3, 128, same) → MaxPool 2 → FC 256 → FC 10 ⟦N:architecture declaration⟧

합성곱 층 파라미터 = $(K \cdot K \cdot C_{in} + 1)\cdot C_{out}$ ⟦N:formula⟧

- Conv1: $(3\cdot3\cdot3 + 1)\cdot 64 = 28 \cdot 64 = 1{,}792$
- Conv2: $(3\cdot3\cdot64 + 1)\cdot 128 = 577\cdot128 = 73{,}728$ ⟦W:577*128 = 73,856⟧
- 풀링 층: 학습 파라미터 없음 (0개)

공간 크기는 $32 \to 16 \to 8$ 이므로 flatten 하면 $8\cdot8\cdot128 = 8{,}192$.

- FC1: $8192\cdot 256 + 256 = 2{,}097{,}408$
- FC2: $256\cdot10 + 10 = 2{,}570$

| 층 | 파라미터 |
|---|---|
| Conv1 | 1,792 |
| Conv2 | 73,856 |
| FC1 | 2,097,408 |
| FC2 | 2,570 |
| **합계** | **2,175,626** |

→ 전체의 약 $96.4\%$ 가 FC1 에 몰려 있다. 그래서 GAP(global average pooling)를 쓰는 것!
""")

FILES["ko/depthwise_separable.ipynb"] = ({"style": "Korean Colab notebook (MobileNet study)", "topic": "depthwise separable conv parameter and MAC counts vs standard conv"}, [
("md", r"""
# Depthwise Separable Convolution 파라미터 비교

설정: $K = 3$, $C_{in} = 32$, $C_{out} = 64$, bias 는 생략. ⟦N:binds sizes⟧
"""),
("md", r"""
### 1. 일반 합성곱

$$P_{\text{std}} = K^2 \cdot C_{in}\cdot C_{out} = 9 \cdot 32 \cdot 64 = 18{,}432$$

### 2. Depthwise + Pointwise

- depthwise: 채널마다 $3\times3$ 필터 1개 → $K^2\cdot C_{in} = 9\cdot 32 = 288$
- pointwise: $1\times1$ conv → $C_{in}\cdot C_{out} = 32\cdot64 = 2{,}048$

$$P_{\text{sep}} = 288 + 2048 = 2{,}336$$
"""),
("md", r"""
### 3. 비율

$$\frac{P_{\text{sep}}}{P_{\text{std}}} = \frac{K^2 C_{in} + C_{in}C_{out}}{K^2 C_{in} C_{out}} = \frac{1}{C_{out}} + \frac{1}{K} ⟦W:second term is 1/K^2⟧$$

숫자로: $\dfrac{2336}{18432} \approx 0.127 = \dfrac{1}{64} + \dfrac{1}{9}$, 즉 약 8배 가볍다.

### 4. 연산량 (출력 $56\times56$, stride 1)

곱셈-누산(MAC)은 파라미터 수에 출력 위치 수 $56^2 = 3136$ 을 곱하면 된다.
- 일반: $18432 \times 3136 = 57{,}802{,}752$
- separable: $2336 \times 3136 = 7{,}325{,}696$
"""),
("code", r"""
K, Cin, Cout = 3, 32, 64
std = K*K*Cin*Cout; sep = K*K*Cin + Cin*Cout
print(std, sep, sep/std, 1/Cout + 1/K**2, std*56*56, sep*56*56)
"""),
])

FILES["ko/backprop_2layer.ipynb"] = ({"style": "Korean Jupyter notebook, hand-worked forward/backward", "topic": "numeric forward and backward pass of a tiny 2-layer ReLU network"}, [
("md", r"""
# 손으로 해보는 역전파 (스칼라 2층 신경망)

$$z_1 = w_1 x + b_1,\quad h = \mathrm{ReLU}(z_1),\quad \hat y = w_2 h + b_2,\quad L = \tfrac12(\hat y - y)^2 ⟦N:model definition⟧$$

값: $x = 1.5$, $y = 0.2$, $w_1 = 0.5$, $b_1 = 0.1$, $w_2 = 2.0$, $b_2 = 0$ ⟦N:binds values⟧
"""),
("md", r"""
## 순전파

- $z_1 = 0.5 \times 1.5 + 0.1 = 0.85$
- $h = \mathrm{ReLU}(0.85) = 0.85$
- $\hat y = 2.0 \times 0.85 + 0 = 1.7$
- $L = \tfrac12 (1.7 - 0.2)^2 = \tfrac12 \times 2.25 = 1.125$
"""),
("md", r"""
## 역전파

- $\partial L/\partial \hat y = \hat y - y = 1.5$
- $\partial L/\partial w_2 = 1.5 \times h = 1.5 \times 0.85 = 1.275$
- $\partial L/\partial b_2 = 1.5$
- $\partial L/\partial h = 1.5 \times w_2 = 3.0$
- $\partial L/\partial z_1 = 3.0 \times \mathbb{1}[z_1 > 0] = 3.0$
- $\partial L/\partial w_1 = 3.0$ ⟦W:drops the factor x=1.5; correct value 3.0*1.5 = 4.5⟧
- $\partial L/\partial b_1 = 3.0$

학습률 $\eta = 0.1$ 로 업데이트하면 $w_2 \leftarrow 2.0 - 0.1275 = 1.8725$.
"""),
("code", r"""
x, y, w1, b1, w2, b2 = 1.5, 0.2, 0.5, 0.1, 2.0, 0.0
z1 = w1*x + b1; h = max(z1, 0); yh = w2*h + b2
d = yh - y
print(0.5*d**2, d*h, d*w2*(z1 > 0)*x)   # 1.125 1.275 4.5
"""),
])

FILES["ko/tanh_sigmoid_identity.md"] = ({"style": "Korean Q&A answer (naver-knowledge-in style)", "topic": "tanh-sigmoid identity and tanh derivative"}, r"""
**질문:** tanh 랑 sigmoid 가 사실 같은 함수라는데 무슨 뜻인가요? 미분도 알려주세요.

**답변:**

정의부터 볼게요. ⟦N:framing⟧
$$\sigma(x) = \frac{1}{1+e^{-x}}, \qquad \tanh(x) = \frac{e^{x} - e^{-x}}{e^{x}+e^{-x}} ⟦N:definitions⟧$$

**(1) 관계식** $\tanh(x) = 2\sigma(2x) - 1$

$$2\sigma(2x) - 1 = \frac{2}{1+e^{-2x}} - 1 = \frac{1 - e^{-2x}}{1 + e^{-2x}} = \frac{e^{x} - e^{-x}}{e^{x} + e^{-x}} = \tanh(x)$$

(마지막 단계는 분자·분모에 $e^{x}$ 를 곱한 것)

**(2) 미분**

$$\frac{d}{dx}\tanh(x) = 1 - \tanh^2(x)$$

관계식으로도 확인 가능:
$$\frac{d}{dx}\left[2\sigma(2x) - 1\right] = 2\,\sigma'(2x) ⟦W:chain rule gives 2*2*sigma'(2x) = 4 sigma'(2x)⟧$$

**(3) 숫자로** $x = 0.5$ ⟦N:binds x⟧
- $\tanh(0.5) \approx 0.4621$
- $1 - \tanh^2(0.5) \approx 0.7864$
- $\sigma(1) \approx 0.7311$, $\;4\cdot 0.7311 \cdot 0.2689 \approx 0.7864$ ✓

그래서 $\tanh'(0) = 1$ 이고 $\sigma'(0) = 0.25$ 입니다. 기울기가 4배 크니 tanh 쪽이 vanishing 이 덜하다고들 해요.
""")
