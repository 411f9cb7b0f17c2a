from common import md, nb
L='ko'
md(L,'sigmoid_tanh_identity','Korean tistory blog post','sigmoid and tanh derivatives and the identity tanh x = 2 sigma(2x) - 1, checked numerically',r'''
# [딥러닝 기초] 시그모이드와 tanh 미분 정리

오늘은 역전파에서 자주 쓰는 두 활성화 함수의 미분을 정리해 보겠습니다.
시그모이드 정의: $\sigma(x) = \frac{1}{1+e^{-x}}$ ⟦N: definition⟧
$$\sigma'(x) = \frac{e^{-x}}{(1+e^{-x})^2} = \sigma(x)\,\big(1-\sigma(x)\big)$$
tanh 정의: $\tanh x = \frac{e^x - e^{-x}}{e^x + e^{-x}}$ ⟦N: definition⟧
두 함수 사이에는 다음 관계가 있습니다.
$$\tanh x = 2\sigma(2x) - 1$$
양변을 미분하면
$$\frac{d}{dx}\tanh x = 4\sigma'(2x) = 4\sigma(2x)\big(1-\sigma(2x)\big)$$
그리고 익숙한 형태로 쓰면
$$\frac{d}{dx}\tanh x = 1 + \tanh^2 x$$ ⟦W: the derivative of tanh is 1 - tanh^2 x⟧
**숫자로 확인** ($x = 0.5$) ⟦N: binds x⟧
$$\sigma(0.5) \approx 0.6225,\quad \sigma'(0.5) \approx 0.6225\times0.3775 \approx 0.2350$$
$$\tanh(0.5) \approx 0.4621,\quad 1-\tanh^2(0.5) \approx 0.7864$$
$$4\sigma(1)(1-\sigma(1)) \approx 4\times0.7311\times0.2689 \approx 0.7864$$
두 값이 같으니 항등식이 맞다는 걸 확인할 수 있습니다. 시그모이드 미분의 최댓값은 $\sigma'(0) = 0.25$입니다.
''')
nb(L,'logistic_grad','Korean Colab practice notebook','logistic regression cross-entropy gradient, vector form and a two-sample numeric example',[
('md',r'''
# 로지스틱 회귀 경사 유도 (실습 노트)
데이터 $m$개, $\hat y^{(i)} = \sigma(w^\top x^{(i)} + b)$ ⟦N: model definition⟧
$$J(w,b) = -\frac1m\sum_{i=1}^m\Big[y^{(i)}\log\hat y^{(i)} + (1-y^{(i)})\log(1-\hat y^{(i)})\Big]$$ ⟦N: cost definition⟧
샘플 하나의 손실을 $\ell$, $z = w^\top x + b$라 두면 ⟦N: notation⟧
$$\frac{\partial \ell}{\partial \hat y} = \frac{y}{\hat y} - \frac{1-y}{1-\hat y}$$ ⟦W: sign flipped; dl/dyhat = -y/yhat + (1-y)/(1-yhat)⟧
$$\frac{\partial \ell}{\partial z} = \frac{\partial \ell}{\partial \hat y}\cdot\hat y(1-\hat y) = \hat y - y$$
따라서 전체 경사는
$$\frac{\partial J}{\partial w} = \frac1m\sum_{i=1}^m(\hat y^{(i)} - y^{(i)})x^{(i)},\qquad \frac{\partial J}{\partial b} = \frac1m\sum_{i=1}^m(\hat y^{(i)} - y^{(i)})$$
'''),
('code','import numpy as np\nX = np.array([[2.,1.],[1.,1.]]); y = np.array([1.,0.]); w = np.array([0.5,-1.])\nyh = 1/(1+np.exp(-(X@w)))\nprint(X.T@(yh-y)/2, (yh-y).mean())'),
('md',r'''
## 숫자 예제: $w = (0.5, -1)$, $b = 0$, 샘플 2개 ⟦N: binds parameters⟧
$x^{(1)} = (2, 1),\ y^{(1)} = 1$, $\;x^{(2)} = (1, 1),\ y^{(2)} = 0$ ⟦N: binds data⟧
$$z^{(1)} = 1 - 1 = 0,\quad \hat y^{(1)} = 0.5$$
$$z^{(2)} = 0.5 - 1 = -0.5,\quad \hat y^{(2)} = \sigma(-0.5) \approx 0.3775$$
$$\frac{\partial J}{\partial w} = \frac12\big[(0.5-1)(2,1) + (0.3775-0)(1,1)\big] = \frac12(-0.6225,\ -0.1225) \approx (-0.3112,\ -0.0612)$$
$$\frac{\partial J}{\partial b} = \frac12(-0.5 + 0.3775) \approx -0.0612$$
$$J \approx \frac12\big[-\log 0.5 - \log(1-0.3775)\big] \approx \frac12(0.6931 + 0.4741) \approx 0.5836$$
''')])
md(L,'conv_output_size','Korean velog post','convolution and pooling output sizes with padding and stride, AlexNet conv1 params',r'''
# CNN 출력 크기 계산 정리 🧮

입력 크기 $(H, W)$, 필터 $(FH, FW)$, 패딩 $P$, 스트라이드 $S$일 때 ⟦N: notation⟧
$$OH = \left\lfloor\frac{H + 2P - FH}{S}\right\rfloor + 1,\qquad OW = \left\lfloor\frac{W + 2P - FW}{S}\right\rfloor + 1$$
### 예제 1
입력 $(N, C, H, W) = (16, 3, 227, 227)$, 필터 96개 $11\times11$, $S = 4$, $P = 0$ ⟦N: binds example⟧
$$OH = \frac{227 - 11}{4} + 1 = 54 + 1 = 55$$
출력은 $(16, 96, 55, 55)$, 파라미터는 $11\cdot11\cdot3\cdot96 + 96 = 34944$개.
### 예제 2
입력 $32\times32$, $5\times5$ 필터, $P = 2$, $S = 1$ ⟦N: binds example⟧
$$OH = 32 + 4 - 5 + 1 = 32$$
### 예제 3
입력 $28\times28$, $3\times3$ 필터, $P = 1$, $S = 2$ ⟦N: binds example⟧
$$OH = \left\lfloor\frac{28 + 2 - 3}{2}\right\rfloor + 1 = \lfloor 13.5\rfloor + 1 = 15$$ ⟦W: floor(13.5) + 1 = 14⟧
### 풀링
$2\times2$ max pooling, $S=2$: $55\times55 \to \lfloor(55-2)/2\rfloor + 1 = 27$
풀링 층은 학습 파라미터가 0개입니다.
''')
md(L,'lenet5_params','Korean exam solution','LeNet-5 layer output sizes and parameter counts',r'''
# 기말고사 3번 풀이: LeNet-5 파라미터 수

입력: $32\times32\times1$ ⟦N: input shape⟧
| 층 | 출력 크기 | 파라미터 |
|---|---|---|
| C1: $5\times5$, 6개 | $28\times28\times6$ | $(5\cdot5\cdot1+1)\cdot6 = 156$ |
| S2: $2\times2$ 평균 풀링 | $14\times14\times6$ | 0 (학습 계수 없는 단순화 버전) |
| C3: $5\times5$, 16개 (전체 연결) | $10\times10\times16$ | $(5\cdot5\cdot6+1)\cdot16 = 2416$ |
| S4 | $5\times5\times16$ | 0 |
| C5: $5\times5$, 120개 | $1\times1\times120$ | $(5\cdot5\cdot16+1)\cdot120 = 48000$ | ⟦W: 401*120 = 48120⟧
| F6 | 84 | $120\cdot84 + 84 = 10164$ |
| 출력 | 10 | $84\cdot10+10 = 850$ |

합계: $156 + 2416 + 48120 + 10164 + 850 = 61706$
참고: 원 논문의 C3는 부분 연결이라 1516개이고, 그 경우 합계는 $61706 - 2416 + 1516 = 60806$.
C1 출력 크기: $32 - 5 + 1 = 28$, C3: $14 - 5 + 1 = 10$, C5: $5 - 5 + 1 = 1$.
''')
md(L,'dropout_scaling','Korean blog post','inverted dropout expectation, variance, example and backward scale',r'''
# 드롭아웃은 왜 $1/(1-p)$로 나눌까? (inverted dropout)

드롭 확률을 $p$라 하고 마스크 $r_i \sim \text{Bernoulli}(1-p)$를 둡니다. ⟦N: definition⟧
학습 시 출력: $\tilde h_i = \frac{r_i h_i}{1-p}$ ⟦N: definition⟧
기댓값을 구해 보면
$$\mathbb E[\tilde h_i] = \frac{\mathbb E[r_i]\,h_i}{1-p} = \frac{(1-p)h_i}{1-p} = h_i$$
그래서 테스트 때는 아무 것도 곱하지 않고 $h$를 그대로 쓰면 됩니다.
분산은 스케일 때문에 커집니다:
$$\operatorname{Var}[\tilde h_i] = \frac{h_i^2\,p(1-p)}{(1-p)^2} = \frac{p}{1-p}h_i^2$$
예: $p = 0.2$, $h = (1.0, 2.0, 3.0, 4.0, 5.0)$, 마스크 $r = (1, 0, 1, 1, 1)$ ⟦N: binds example⟧
$$\tilde h = \frac{1}{0.8}(1, 0, 3, 4, 5) = (1.25, 0, 3.75, 5, 6.25)$$
합은 $16.25$로, 기댓값 $15$보다 이번 샘플에서는 우연히 큽니다.
역전파: $\frac{\partial \tilde h_i}{\partial h_i} = \frac{r_i}{1-p}$, 즉 살아남은 유닛의 기울기는 $1.25$배.
$p=0.5$면 분산 계수는 $\frac{0.5}{0.5} = 1$, 즉 $\operatorname{Var}[\tilde h_i] = h_i^2$.
''')
md(L,'weight_decay_vs_l2','Korean naver blog study log','L2 regularisation equals weight decay for SGD but not for Adam (AdamW), first-step numbers',r'''
# [공부기록] weight decay랑 L2 정규화는 같은 걸까?

SGD에서 L2 항을 추가한 손실: $\tilde J(w) = J(w) + \frac\lambda2\|w\|^2$ ⟦N: definition⟧
$$\nabla\tilde J(w) = \nabla J(w) + \lambda w$$
업데이트 하면
$$w \leftarrow w - \eta(\nabla J + \lambda w) = (1-\lambda)w - \eta\nabla J$$ ⟦W: the shrink factor is (1 - eta*lambda); eta dropped⟧
→ SGD에서는 "가중치를 매 스텝 일정 비율로 줄이는 것" = weight decay와 똑같음!
예: $\eta = 0.1$, $\lambda = 0.01$, $w = 2$, $\nabla J = 0.5$ ⟦N: binds example⟧
$$w \leftarrow (1 - 0.001)\cdot 2 - 0.1\cdot0.5 = 1.998 - 0.05 = 1.948$$
그런데 Adam에서는 다르다. L2 항이 기울기 $g = \nabla J + \lambda w$에 섞여 들어가서 $\sqrt{\hat v}$로 같이 나눠지기 때문.
AdamW는 decay를 분리해서 적용: $w \leftarrow w - \eta\left(\frac{\hat m}{\sqrt{\hat v}+\epsilon} + \lambda w\right)$ ⟦N: update rule⟧
첫 스텝에서는 $\hat m/\sqrt{\hat v} = \operatorname{sign}(g)$ 이고 ($\epsilon$ 무시), 같은 숫자로 비교하면:
- Adam+L2: $g = 0.5 + 0.02 = 0.52$, 스텝 $= -0.1\cdot 1 = -0.1$, $w = 1.9$
- AdamW: 스텝 $= -0.1(1 + 0.02) = -0.102$, $w = 1.898$
→ L2 항의 효과가 Adam+L2에서는 첫 스텝에 아예 사라짐.
''')
nb(L,'he_xavier','Korean Jupyter lecture notebook','variance-preserving initialisation: Xavier and He derivations and numbers',[
('md',r'''
# 가중치 초기화: Xavier vs He 분산 유도
선형층 $z = \sum_{i=1}^{n_{in}} w_i x_i$, $w_i$와 $x_i$는 서로 독립이고 평균 0 ⟦N: assumptions⟧
$$\operatorname{Var}(z) = \sum_{i=1}^{n_{in}}\operatorname{Var}(w_i x_i) = n_{in}\operatorname{Var}(w)\operatorname{Var}(x)$$
분산을 유지하려면 $n_{in}\operatorname{Var}(w) = 1$, 즉 $\operatorname{Var}(w) = 1/n_{in}$.
역전파까지 고려한 절충(Xavier/Glorot): $\operatorname{Var}(w) = \frac{2}{n_{in} + n_{out}}$ ⟦N: states the Xavier choice⟧
ReLU는 대칭인 $z$의 절반을 0으로 만들기 때문에 $\mathbb E[\mathrm{ReLU}(z)^2] = \frac12\operatorname{Var}(z)$
따라서 He 초기화: $\operatorname{Var}(w) = \frac{2}{n_{in}}$
'''),
('md',r'''
## 숫자: $n_{in} = 256$, $n_{out} = 128$ ⟦N: binds sizes⟧
Xavier 정규분포: $\sigma = \sqrt{2/384} \approx 0.0722$
Xavier 균등분포 $U(-a, a)$: $a = \sqrt{6/(n_{in}+n_{out})} = \sqrt{6/384} = 0.125$
He 정규분포: $\sigma = \sqrt{2/256} \approx 0.0625$ ⟦W: sqrt(2/256) = 0.0884; 0.0625 is sqrt(1/256)⟧
He 균등분포: $a = \sqrt{6/256} \approx 0.1531$
균등분포 $U(-a,a)$의 분산은 $a^2/3$이므로 $0.125^2/3 \approx 0.0052 = 2/384$ ✓
'''),
('code','import numpy as np\nprint(np.sqrt(2/384), np.sqrt(6/384), np.sqrt(2/256), np.sqrt(6/256), 0.125**2/3, 2/384)')])
md(L,'attention_scaling','Korean textbook section','why scaled dot-product attention divides by sqrt(d_k), softmax saturation, cost',r'''
## 8.2 스케일드 닷-프로덕트 어텐션

$$\operatorname{Attention}(Q, K, V) = \operatorname{softmax}\!\left(\frac{QK^\top}{\sqrt{d_k}}\right)V$$ ⟦N: definition⟧
크기: $Q\in\mathbb R^{n\times d_k}$, $K\in\mathbb R^{m\times d_k}$, $V\in\mathbb R^{m\times d_v}$이면 출력은 $n\times d_v$이다.
**왜 $\sqrt{d_k}$로 나누는가.** $q, k$의 성분이 모두 독립이고 평균 0, 분산 1이라 가정하자. ⟦N: assumptions⟧
$$q\cdot k = \sum_{j=1}^{d_k} q_j k_j,\qquad \operatorname{Var}(q_jk_j) = \mathbb E[q_j^2]\,\mathbb E[k_j^2] = 1$$
$$\operatorname{Var}(q\cdot k) = d_k,\qquad \operatorname{Var}\!\left(\frac{q\cdot k}{\sqrt{d_k}}\right) = 1$$
예를 들어 $d_k = 64$이면 표준편차가 $8$에서 $1$로 줄어든다.
스케일하지 않으면 점수 차가 커져 softmax가 포화된다: 점수 $(8, 0)$이면 $p_1 = \frac{1}{1+e^{-8}} \approx 0.99966$,
나눈 뒤 $(1, 0)$이면 $p_1 = \frac{1}{1+e^{-1}} \approx 0.7311$.
포화 구간에서는 $\partial p_1/\partial s_1 = p_1(1-p_1) \approx 0.00034$로 기울기가 거의 사라진다.
연산량: $QK^\top$는 $n\cdot m\cdot d_k$번의 곱셈, 예컨대 $n = m = 512$, $d_k = 64$이면 $16{,}777{,}216$번.
''')
md(L,'transposed_conv','Korean TA answer key','transposed convolution output sizes, output_padding ambiguity, weight shape',r'''
# 조교 해설: 전치 합성곱(transposed conv) 출력 크기

PyTorch `ConvTranspose2d` 기준 (dilation 1):
$$H_{out} = (H_{in} - 1)\,S - 2P + K + P_{out}$$
(1) $H_{in} = 7$, $K = 4$, $S = 2$, $P = 1$, $P_{out}=0$ ⟦N: binds values⟧
$$H_{out} = 6\cdot2 - 2 + 4 = 14$$
→ 해상도가 정확히 2배. DCGAN에서 많이 쓰는 설정.
(2) $H_{in} = 7$, $K = 3$, $S = 2$, $P = 1$, $P_{out} = 1$ ⟦N: binds values⟧
$$H_{out} = 12 - 2 + 3 + 1 = 15$$ ⟦W: 12 - 2 + 3 + 1 = 14⟧
(3) 왜 $P_{out}$이 필요한가: 일반 conv ($K=3, S=2, P=1$)는 $14$를 $\lfloor(14+2-3)/2\rfloor+1 = 7$로 보내고,
$13$도 $\lfloor(13+2-3)/2\rfloor + 1 = 7$로 보낸다.
그래서 역방향 크기가 하나로 정해지지 않고, $P_{out}$으로 모호함을 해결한다.
(4) 파라미터: `ConvTranspose2d(128, 64, 4)`의 가중치 모양은 $(128, 64, 4, 4)$, 수는 $128\cdot64\cdot16 + 64 = 131136$.
''')
nb(L,'depthwise_separable','Korean Jupyter notebook','depthwise separable vs standard conv parameter and MAC counts (MobileNet)',[
('md',r'''
# Depthwise separable conv 파라미터·연산량 비교 (MobileNet)
입력 $D_F\times D_F\times M$, 출력 채널 $N$, 커널 $D_K\times D_K$, bias 없음 ⟦N: notation⟧
표준 conv 파라미터: $D_K^2 M N$
depthwise: $D_K^2 M$, pointwise($1\times1$): $MN$
비율: $\frac{D_K^2 M + MN}{D_K^2 MN} = \frac1N + \frac1{D_K}$ ⟦W: the ratio is 1/N + 1/D_K^2⟧
'''),
('md',r'''
## 예: $D_K = 3$, $M = 32$, $N = 64$, $D_F = 56$ (stride 1, same padding) ⟦N: binds values⟧
표준: $9\cdot32\cdot64 = 18432$
depthwise $9\cdot32 = 288$ + pointwise $32\cdot64 = 2048$ = $2336$
비율: $2336/18432 \approx 0.1267 = \frac1{64} + \frac19$
연산량(MAC) 표준: $56^2\cdot 18432 = 57{,}802{,}752$
separable: $56^2\cdot 2336 = 7{,}325{,}696$ → 약 $7.9$배 절약
'''),
('code','std = 9*32*64; sep = 9*32 + 32*64\nprint(std, sep, sep/std, 1/64+1/9, 56**2*std, 56**2*sep, std/sep)')])
md(L,'label_smoothing','Korean blog post','label smoothing targets, loss value and logit gradient',r'''
# 라벨 스무딩(label smoothing) 손실과 기울기

클래스 $K$개, 스무딩 계수 $\varepsilon$일 때 타깃:
$$y^{LS}_k = (1-\varepsilon)\,y_k + \frac{\varepsilon}{K}$$ ⟦N: definition⟧
정답 클래스는 $1 - \varepsilon + \varepsilon/K$, 나머지는 $\varepsilon/K$를 받는다.
예: $K = 4$, $\varepsilon = 0.1$ → 정답 $0.925$, 나머지 $0.025$ (합 $0.925 + 3\cdot0.025 = 1$)
손실 $L = -\sum_k y^{LS}_k\log p_k$, $p = \operatorname{softmax}(z)$. ⟦N: definition⟧
$$\frac{\partial L}{\partial z_k} = p_k - y^{LS}_k$$
예측 $p = (0.7, 0.1, 0.1, 0.1)$ (정답은 1번)일 때 ⟦N: binds prediction⟧
$$L = -0.925\log0.7 - 3\cdot0.025\log0.1 \approx 0.3299 + 0.1727 = 0.5026$$
$$\frac{\partial L}{\partial z} = (0.925 - 0.7,\ 0.025 - 0.1,\ \dots) = (0.225,\ -0.075,\ -0.075,\ -0.075)$$ ⟦W: gradient is p - y^LS = (-0.225, 0.075, 0.075, 0.075); sign reversed⟧
일반 원-핫이면 $\partial L/\partial z_1 = 0.7 - 1 = -0.3$이라, 스무딩을 쓰면 정답 로짓을 덜 세게 민다.
최적점에서는 $p_k = y^{LS}_k$이므로 로짓 차이는 $\log\frac{0.925}{0.025} = \log 37 \approx 3.611$로 유한하다.
''')
md(L,'receptive_field','Korean learner notes','receptive field recursion through a small CNN and stacked 3x3 vs 7x7 parameters',r'''
# 수용 영역(receptive field) 계산 메모 (헷갈려서 정리함)

재귀식: $r_l = r_{l-1} + (k_l - 1)\,j_{l-1}$, $j_l = j_{l-1}\,s_l$, 시작은 $r_0 = 1$, $j_0 = 1$ ⟦N: recursion definition and initial values⟧
($j$는 지금까지 stride의 곱 = 입력 기준 한 칸의 간격)
예제 네트워크: conv3(s1) → conv3(s1) → pool2(s2) → conv3(s1) → conv3(s2)
- conv3, s1: $r_1 = 1 + 2\cdot1 = 3$, $j_1 = 1$
- conv3, s1: $r_2 = 3 + 2\cdot1 = 5$, $j_2 = 1$
- pool2, s2: $r_3 = 5 + 1\cdot1 = 6$, $j_3 = 2$
- conv3, s1: $r_4 = 6 + 2\cdot2 = 10$, $j_4 = 2$
- conv3, s2: $r_5 = 10 + 2\cdot2 = 14$, $j_5 = 4$
최종 수용 영역은 $14\times14$.
3×3 conv를 stride 1로 $n$개 쌓으면 $r = 2n + 1$: 두 개면 $5$ (5×5 하나와 같음), 세 개면 $7$.
파라미터 비교 ($C$채널 → $C$채널, bias 제외): 3×3 세 개 $= 27C^2$ vs 7×7 하나 $= 49C^2$.
$C = 64$면 $27\cdot4096 = 110592$ vs $49\cdot4096 = 200704$.
''')
md(L,'perplexity_entropy','Korean study notes','entropy in bits, perplexity of a die and of a language model, nats vs bits',r'''
# 엔트로피(bit)와 퍼플렉시티

이산 분포 $p$의 엔트로피 (밑 2): $H(p) = -\sum_x p(x)\log_2 p(x)$ ⟦N: definition⟧
예 1: $p = (\tfrac12, \tfrac14, \tfrac14)$ ⟦N: binds distribution⟧
$$H = \tfrac12\cdot1 + \tfrac14\cdot2 + \tfrac14\cdot2 = 1.5\ \text{bits}$$
공정한 8면 주사위: $H = \log_2 8 = 3$ bits.
퍼플렉시티는 $\operatorname{PPL} = 2^{H}$ (밑 2) 또는 $e^{H}$ (자연로그)로 정의한다. ⟦N: definition⟧
8면 주사위의 퍼플렉시티는 $2^3 = 8$, 즉 "8개 중 하나를 고르는 만큼 헷갈린다."
언어 모델: 토큰 4개에 대해 모델이 정답에 준 확률이 $(0.5, 0.25, 0.1, 0.2)$ ⟦N: binds probabilities⟧
$$\text{평균 NLL} = -\tfrac14(\ln0.5 + \ln0.25 + \ln0.1 + \ln0.2) \approx \tfrac14(0.6931 + 1.3863 + 2.3026 + 1.6094) \approx 1.4979$$
$$\operatorname{PPL} = e^{1.4979} \approx 4.47$$
같은 값은 기하평균의 역수로도 구할 수 있다: $(0.5\cdot0.25\cdot0.1\cdot0.2)^{-1/4} = (0.0025)^{-1/4} \approx 4.47$
비트 단위 교차엔트로피: $1.4979\cdot\ln 2 \approx 1.038$ bits/token. ⟦W: converting nats to bits divides by ln 2: 1.4979/ln2 = 2.161 bits⟧
''')
