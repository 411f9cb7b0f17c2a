FILES = []
def md(name, style, topic, text):
    FILES.append(dict(name=name, style=style, topic=topic, text=text))
def nb(name, style, topic, cells):
    FILES.append(dict(name=name, style=style, topic=topic, cells=cells))

md("ko/multinomial_mle_lagrange.md", "티스토리 공부 블로그 (Korean study blog)", "multinomial MLE with a Lagrange multiplier, Hessian, log-likelihood value", r"""# [통계 정리] 다항분포 MLE를 라그랑주 승수로 구하기

주사위처럼 $K$개 범주가 있고, 범주 $k$가 $n_k$번 나왔다고 하자 ($N = \sum_k n_k$). @@N:문제 설정 (notation)@@

로그우도는
$$\ell(p) = \sum_{k=1}^K n_k \log p_k$$ @@N:로그우도 정의@@
이고, 제약 $\sum_k p_k = 1$ 이 있으니까 라그랑지안을 만든다.
$$\mathcal L(p, \lambda) = \sum_k n_k\log p_k + \lambda\Big(1 - \sum_k p_k\Big)$$ @@N:라그랑지안 정의@@

편미분해서 0으로 두면
$$\frac{\partial \mathcal L}{\partial p_k} = \frac{n_k}{p_k} - \lambda = 0 \;\Rightarrow\; p_k = \frac{n_k}{\lambda}$$
$$\sum_k p_k = \frac{N}{\lambda} = 1 \;\Rightarrow\; \lambda = N, \qquad \hat p_k = \frac{n_k}{N}$$

최대인지 확인: 헤시안은 대각행렬이고
$$\frac{\partial^2 \ell}{\partial p_k^2} = -\frac{n_k}{p_k}$$ @@W:지수가 틀림; 2계 도함수는 -n_k/p_k^2@@
이라서 음수 → 오목, 최대 맞음.

### 숫자 예시

$n = (12, 5, 3)$, $N = 20$. @@N:예시 값 지정@@
$$\hat p = \Big(\frac{12}{20}, \frac{5}{20}, \frac{3}{20}\Big) = (0.6,\ 0.25,\ 0.15)$$
$$\ell(\hat p) = 12\ln 0.6 + 5\ln 0.25 + 3\ln 0.15 \approx -6.130 - 6.931 - 5.691 \approx -18.75$$
샘플당 평균 음의 로그우도는 $18.75/20 \approx 0.938$ nats 로, $\hat p$의 엔트로피와 같다.

$K = 2$이면 베르누이가 되고 $\hat p = n_1/N$ 으로 익숙한 결과가 나온다.
""")

md("ko/laplace_mle_mom.md", "velog 학습 노트 (오타 섞인 개인 노트)", "Laplace MLE (median, mean absolute deviation) and method of moments for Uniform and Laplace", r"""# 라플라스 분포 MLE + 적률추정 메모

오늘 스터디에서 나온거 정리. 라플라스 분포:
$$f(x;\mu,b) = \frac{1}{2b}\exp\Big(-\frac{|x-\mu|}{b}\Big)$$ @@N:밀도 정의@@

로그우도
$$\ell(\mu, b) = -n\log(2b) - \frac1b\sum_{i=1}^n |x_i - \mu|$$

- $\mu$ 에 대해서는 $\sum|x_i-\mu|$ 를 최소화하는 거라서 $\hat\mu = \text{median}$ (미분 안되는 점 있음 주의!!)
- $b$ 에 대해서는
$$\frac{\partial\ell}{\partial b} = -\frac{n}{b} + \frac{1}{b^2}\sum_i|x_i - \mu| = 0 \;\Rightarrow\; \hat b = \frac1n\sum_i|x_i - \hat\mu|$$

**예제** 데이터: 1, 2, 4, 7, 11 @@N:데이터 지정@@

$$\hat\mu = 4, \qquad \hat b = \frac{3 + 2 + 0 + 3 + 7}{5} = \frac{15}{5} = 3$$

적률법으로 하면? 라플라스 분산은 $2b^2$ 이니까
$$\bar x = \frac{25}{5} = 5, \qquad \frac1n\sum(x_i - \bar x)^2 = \frac{16 + 9 + 1 + 4 + 36}{5} = 13.2$$
$$2\tilde b^2 = 13.2 \;\Rightarrow\; \tilde b = \sqrt{6.6} \approx 2.57$$

**덤: 균등분포 $U(0,\theta)$** 적률추정은 $E[X] = \theta/2$ 에서
$$\tilde\theta = 2\bar x = 10$$
인데 관측값 중에 11 이 있음 ㅋㅋ 즉 적률추정량이 데이터와 모순될 수 있다. MLE는 $\hat\theta = \max_i x_i = 11$.
""")

nb("ko/softmax_hessian.ipynb", "대학원 수업 실습 노트북 (Korean course notebook)", "softmax Jacobian, cross-entropy Hessian, Kronecker structure for softmax regression", [
("md", r"""# 소프트맥스 회귀의 헤시안

$p = \mathrm{softmax}(z)$, $z = Wx$, $W \in \mathbb{R}^{K\times d}$, 손실 $L = -\sum_k y_k\log p_k$ (원-핫 $y$). @@N:설정과 기호 정의@@"""),
("md", r"""## 1. 소프트맥스 야코비안

$$p_i = \frac{e^{z_i}}{\sum_m e^{z_m}}$$ @@N:소프트맥스 정의@@

$$\frac{\partial p_i}{\partial z_j} = p_i(\delta_{ij} - p_i)$$ @@W:인덱스 오류; 올바른 식은 p_i(delta_ij - p_j) (i != j 이면 -p_i p_j)@@

행렬로 쓰면 $J = \operatorname{diag}(p) - pp^\top$ 이다.

## 2. 기울기와 헤시안 ($z$ 에 대해)

$$\nabla_z L = p - y$$

$$\nabla_z^2 L = \operatorname{diag}(p) - pp^\top$$

$W$ 에 대해서는 $\nabla_W L = (p - y)x^\top$ 이고, $\operatorname{vec}$ 을 행 우선으로 잡으면 헤시안은 $\big(\operatorname{diag}(p) - pp^\top\big)\otimes xx^\top$, 크기는 $Kd \times Kd$ 이다."""),
("code", r"""import numpy as np
z = np.array([1.,0.,-1.]); p = np.exp(z)/np.exp(z).sum()
H = np.diag(p) - np.outer(p,p); print(p, H, np.linalg.eigvalsh(H))"""),
("md", r"""## 3. 숫자로 확인

$z = (1, 0, -1)$ 이면 @@N:예시 값 지정@@
$$p \approx (0.665,\ 0.245,\ 0.090)$$
$$H_{11} = p_1(1 - p_1) \approx 0.665 \times 0.335 \approx 0.223, \qquad H_{12} = -p_1p_2 \approx -0.163$$
각 행의 합은 $p_i - p_i\sum_j p_j = 0$ 이라서 $H\mathbf 1 = 0$, 즉 고유값 0 이 있다 (PSD 이지만 특이).
$$\operatorname{tr} H = 1 - \sum_k p_k^2 \approx 1 - 0.511 = 0.489$$

$K = 3$, $d = 4$ 이면 헤시안은 $12 \times 12$.""")])

md("ko/weight_tying_memory.md", "네이버 블로그 스타일 설명글", "embedding table parameters and memory, weight tying savings, Adam memory", r"""## 임베딩 테이블, 메모리 얼마나 먹을까? (weight tying 정리)

요즘 LM 구조 보다 보면 입력 임베딩이랑 출력 projection 을 **공유(tying)** 하는 경우가 많죠. 얼마나 절약되는지 계산해봤어요.

설정: vocab $V = 32{,}000$, hidden $d = 768$, 12 layer, 최대 길이 512. @@N:설정값 지정@@

**1) 임베딩 파라미터 수**
$$V \times d = 32{,}000 \times 768 = 24{,}576{,}000 \approx 24.6\text{M}$$

**2) 메모리**
- fp32: $24{,}576{,}000 \times 4\ \text{B} \approx 98.3\ \text{MB}$
- bf16: $24{,}576{,}000 \times 2\ \text{B} \approx 49.2\ \text{MB}$
- Adam 학습 시 (파라미터 + 그래디언트 + $m$ + $v$, 전부 fp32, 즉 16 B/param):
$$24{,}576{,}000 \times 16\ \text{B} \approx 393\ \text{MB}$$

**3) 전체 모델에서 비중**

블록당 약 $12d^2$ 이니까
$$12 \times 12 \times 768^2 \approx 84.9\text{M}$$
위치 임베딩 $512 \times 768 \approx 0.39$M 까지 더하면
- tying O: $84.9 + 24.6 + 0.39 \approx 109.9$M
- tying X: 출력층 $24.6$M 이 추가돼서 약 $134.5$M

$$\frac{24.6}{134.5} \approx 18.3\%$$
를 아끼는 셈! 단 출력 bias($V = 32{,}000$개)는 보통 따로 둡니다.
""")

md("ko/bpe_merges_compression.md", "토크나이저 스터디 발표 자료 (Korean slides to Markdown)", "BPE merge count from vocab size, toy BPE merge steps, compression ratios", r"""# BPE 스터디 3주차

---

### Q1. 머지 횟수

바이트 수준 BPE: 기본 어휘 256 개에서 시작, 목표 어휘 32,000, 특수 토큰 4 개. @@N:설정값@@

$$\#\text{merges} = 32{,}000 - 256 - 4 = 31{,}740$$

(특수 토큰이 없다면 $31{,}744$ 번.)

---

### Q2. 토이 코퍼스 한 단계

단어 빈도: `l o w`: 5, `l o w e r`: 2, `n e w e s t`: 6, `w i d e s t`: 3 @@N:토이 코퍼스 지정@@

인접 쌍 빈도:
- `(l,o)` $= 5 + 2 = 7$, `(o,w)` $= 7$
- `(w,e)` $= 2 + 6 = 8$, `(e,r)` $= 2$
- `(e,s)` $= 6 + 3 = 9$, `(s,t)` $= 9$
- `(n,e)` $= 6$, `(e,w)` $= 6$, `(w,i)` $= (i,d) = (d,e) = 3$

최댓값 9 가 동률이라 먼저 나온 `(e,s)` 를 병합 → `es`. 그다음 `(es,t)` $= 9$ 가 최대라서 `est` 가 된다.

---

### Q3. 압축률

텍스트 1,000,000 바이트가 250,000 토큰이 됐다면 @@N:측정값 지정@@
$$\frac{1{,}000{,}000}{250{,}000} = 4.0\ \text{bytes/token}$$

단어 180,000 개 기준으로는
$$\frac{250{,}000}{180{,}000} \approx 1.39\ \text{tokens/word}$$

컨텍스트 4,096 토큰이면 대략 $4096 \times 4 \approx 16{,}384$ 바이트 분량의 텍스트가 들어간다.
""")

nb("ko/triplet_center_loss.ipynb", "Colab 실습 노트북 (metric learning)", "triplet margin loss and gradient, center loss and center update, contrastive (Siamese) loss", [
("md", r"""# 메트릭 러닝 손실 손계산

거리는 제곱 유클리드 $d(u,v) = \|u - v\|^2$, 마진 $\alpha = 0.2$. @@N:거리와 마진 정의@@

앵커 $a = (1, 0)$, 포지티브 $p = (0.8, 0.6)$, 네거티브 두 개 $n_1 = (0, 1)$, $n_2 = (0.9, 0.5)$. @@N:예시 벡터 지정@@"""),
("md", r"""## Triplet loss

$$L = \max\big(0,\ d(a,p) - d(a,n) + \alpha\big)$$ @@N:손실 정의@@

$$d(a,p) = 0.2^2 + 0.6^2 = 0.04 + 0.36 = 0.40$$
$$d(a,n_1) = 1 + 1 = 2 \;\Rightarrow\; L_1 = \max(0,\ 0.40 - 2 + 0.2) = 0$$
$$d(a,n_2) = 0.1^2 + 0.5^2 = 0.26 \;\Rightarrow\; L_2 = \max(0,\ 0.40 - 0.26 + 0.2) = 0.34$$

$n_2$ 는 hard negative. 활성 구간에서 앵커 기울기는
$$\frac{\partial L_2}{\partial a} = 2(a - p) - 2(a - n_2) = 2(p - n_2) = (-0.2,\ 0.2)$$ @@W:2(a-p) - 2(a-n2) = 2(n2 - p) = (0.2, -0.2); 부호가 반대@@"""),
("code", r"""import numpy as np
a=np.array([1,0.]); p=np.array([.8,.6]); n2=np.array([.9,.5])
print(((a-p)**2).sum(), ((a-n2)**2).sum(), 2*(a-p)-2*(a-n2))"""),
("md", r"""## Center loss

같은 클래스 특징 $x_1 = (1, 2)$, $x_2 = (3, 2)$, 현재 중심 $c = (2, 1)$. @@N:예시 값 지정@@

$$L_C = \tfrac12\sum_i\|x_i - c\|^2 = \tfrac12\big((1 + 1) + (1 + 1)\big) = 2$$

중심 업데이트 (Wen et al. 방식, $\alpha_c = 0.5$): @@N:업데이트 방식과 학습률 지정@@
$$\Delta c = \frac{\sum_i (c - x_i)}{1 + 2} = \frac{(1, -1) + (-1, -1)}{3} = (0,\ -0.667)$$
$$c \leftarrow c - \alpha_c\Delta c = (2,\ 1.333)$$

## Siamese contrastive loss

다른 클래스 쌍 ($y = 0$), 거리 $D = 0.5$, 마진 $m = 1$: @@N:예시 값 지정@@
$$L = \tfrac12\max(0,\ m - D)^2 = \tfrac12(0.5)^2 = 0.125$$""")])

md("ko/silhouette_by_hand.md", "데이터마이닝 과목 시험 풀이", "silhouette coefficients for a 1-D two-cluster example", r"""**[문제 5] 실루엣 계수** 1차원 데이터를 두 군집으로 나눴다: $A = \{1, 2, 4\}$, $B = \{8, 10\}$. 각 점의 실루엣과 평균을 구하라. @@N:문제 설정@@

**풀이.** 점 $i$ 에 대해
$$s(i) = \frac{b(i) - a(i)}{\max\{a(i), b(i)\}}$$ @@N:실루엣 정의@@
($a$: 같은 군집 평균 거리, $b$: 가장 가까운 다른 군집까지 평균 거리)

| 점 | $a(i)$ | $b(i)$ |
|---|---|---|
| 1 | $(1+3)/2 = 2$ | $(7+9)/2 = 8$ |
| 2 | $(1+2)/2 = 1.5$ | $(6+8)/2 = 7$ |
| 4 | $(3+2)/2 = 2.5$ | $(4+6)/2 = 5$ |
| 8 | $2$ | $(7+6+4)/3 \approx 5.667$ |
| 10 | $2$ | $(9+8+6)/3 \approx 7.667$ |

$$s(1) = \frac{8 - 2}{8} = 0.75, \qquad s(2) = \frac{7 - 1.5}{7} \approx 0.786$$
$$s(4) = \frac{5 - 2.5}{2.5} = 1.0$$ @@W:분모는 max(a,b) = 5 이므로 s(4) = 0.5@@
$$s(8) = \frac{5.667 - 2}{5.667} \approx 0.647, \qquad s(10) = \frac{7.667 - 2}{7.667} \approx 0.739$$

평균 실루엣
$$\bar s = \frac{0.75 + 0.786 + 0.5 + 0.647 + 0.739}{5} \approx 0.684$$
이므로 군집이 꽤 잘 분리되어 있다. 점 4 가 경계에 가장 가까운 점이다.
""")

md("ko/spectral_path_graph.md", "위키독스 스타일 교재 장 (Korean textbook chapter)", "graph Laplacian of a 4-node path, eigenvalues, Fiedler vector, ratio cut", r"""## 9.2 작은 그래프로 보는 스펙트럴 클러스터링

노드 4 개가 일렬로 연결된 경로 그래프 $1 - 2 - 3 - 4$ 를 생각하자 (가중치 1). @@N:그래프 지정@@

차수행렬 $D = \operatorname{diag}(1, 2, 2, 1)$, 인접행렬 $W$ 로부터 $L = D - W$:
$$L = \begin{bmatrix}1 & -1 & 0 & 0\\ -1 & 2 & -1 & 0\\ 0 & -1 & 2 & -1\\ 0 & 0 & -1 & 1\end{bmatrix}$$

경로 그래프 $P_n$ 의 라플라시안 고유값은 $\lambda_k = 2 - 2\cos(k\pi/n)$, $k = 0, \dots, n-1$ 이다. $n = 4$ 이면
$$\lambda_0 = 0, \quad \lambda_1 = 2 - \sqrt2 \approx 0.414, \quad \lambda_2 = 2, \quad \lambda_3 = 2 + \sqrt2 \approx 3.414$$ @@W:2 - sqrt2 = 0.586, not 0.414@@

검산: $\sum_k \lambda_k = 0 + 0.586 + 2 + 3.414 = 6 = \operatorname{tr} L$.

고유값 0 의 중복도가 1 이므로 그래프는 연결되어 있다 (연결 성분 1 개).

**피들러 벡터** ($\lambda_1$ 의 고유벡터):
$$v \propto (1,\ \sqrt2 - 1,\ 1 - \sqrt2,\ -1) \approx (1,\ 0.414,\ -0.414,\ -1)$$
첫 행 확인: $(Lv)_1 = 1 - 0.414 = 0.586 = \lambda_1 \cdot 1$.

부호로 나누면 $\{1, 2\}$ 와 $\{3, 4\}$. 이때 잘린 간선은 하나이므로
$$\operatorname{RatioCut} = \frac{\operatorname{cut}}{|A|} + \frac{\operatorname{cut}}{|B|} = \frac12 + \frac12 = 1$$
""")

nb("ko/diffusion_schedule_cfg.ipynb", "생성모델 스터디 노트북", "linear and cosine beta schedules (alpha-bar values), SNR, forward noising, classifier-free guidance arithmetic", [
("md", r"""# 확산 모델 스케줄 숫자 감 잡기

$T = 1000$, 선형 스케줄 $\beta_t$: $10^{-4} \to 0.02$ 로 등간격. @@N:스케줄 설정@@

$$\alpha_t = 1 - \beta_t, \qquad \bar\alpha_t = \prod_{s=1}^{t}\alpha_s$$ @@N:기호 정의@@"""),
("code", r"""import numpy as np
beta = np.linspace(1e-4, 0.02, 1000); abar = np.cumprod(1 - beta)
print(abar[[0, 249, 499, 999]])"""),
("md", r"""## 선형 스케줄 값

| $t$ | $\bar\alpha_t$ |
|---|---|
| 1 | 0.9999 |
| 250 | 0.524 |
| 500 | 0.0786 |
| 1000 | $4.0\times10^{-5}$ |

$t = 1$ 에서는 $\bar\alpha_1 = 1 - 10^{-4} = 0.9999$ 로 거의 원본 그대로다.

## 코사인 스케줄 ($s = 0.008$)

$$\bar\alpha_t = \frac{f(t)}{f(0)}, \quad f(t) = \cos^2\Big(\frac{t/T + s}{1 + s}\cdot\frac{\pi}{2}\Big)$$ @@N:코사인 스케줄 정의@@

$t = 500$: $\bar\alpha_{500} \approx 0.4938$ (선형의 0.0786 보다 훨씬 천천히 감소).

## SNR

$$\mathrm{SNR}(t) = \frac{\bar\alpha_t}{1 - \bar\alpha_t} = \frac{0.4938}{0.5062} \approx 1.025$$ @@W:0.4938/0.5062 = 0.976, 분자 분모를 뒤집은 값이 1.025@@

순방향: $x_t = \sqrt{\bar\alpha_t}\,x_0 + \sqrt{1 - \bar\alpha_t}\,\epsilon$. 예: $x_0 = 1$, $\epsilon = -0.5$, $\bar\alpha_t = 0.4938$ 이면 $x_t \approx 0.703 - 0.356 = 0.347$.

## CFG

$$\tilde\epsilon = \epsilon_u + s(\epsilon_c - \epsilon_u)$$ @@N:가이던스 식 정의@@

$\epsilon_c = 0.3$, $\epsilon_u = 0.1$, $s = 3$ 이면 @@N:예시 값 지정@@
$$\tilde\epsilon = 0.1 + 3(0.2) = 0.7$$
이는 $w = s - 1 = 2$ 로 쓴 $(1 + w)\epsilon_c - w\epsilon_u = 0.9 - 0.2 = 0.7$ 과 같다.""")])

md("ko/depthwise_conv_flops.md", "모바일 비전 모델 블로그 글", "standard vs depthwise-separable conv MACs and params, strided and transposed conv output sizes", r"""# MobileNet 류 연산량 직접 세보기

입력 $56 \times 56 \times 128$, 출력 채널 256, 커널 $3\times3$, stride 1, padding 1 (공간 크기 유지). @@N:레이어 설정@@

### 일반 합성곱
$$\text{MACs} = 56 \cdot 56 \cdot 3 \cdot 3 \cdot 128 \cdot 256 = 924{,}844{,}032 \approx 0.92\text{G}$$
$$\text{params} = 3 \cdot 3 \cdot 128 \cdot 256 = 294{,}912$$

### Depthwise separable
- depthwise: $56 \cdot 56 \cdot 9 \cdot 128 = 3{,}612{,}672$
- pointwise: $56 \cdot 56 \cdot 128 \cdot 256 = 102{,}760{,}448$
- 합계 $106{,}373{,}120$ MACs

$$\frac{\text{DW-sep}}{\text{standard}} = \frac1{256} + \frac19 \approx 0.115$$
약 8.7 배 절약. 파라미터는 $1{,}152 + 32{,}768 = 33{,}920$ 개.

### 출력 크기
stride 2 로 바꾸면
$$H_{out} = \Big\lfloor\frac{56 + 2\cdot1 - 3}{2}\Big\rfloor + 1 = 27 + 1 = 28$$

다시 키우는 transposed conv (k=3, s=2, p=1):
$$H_{out} = (28 - 1)\cdot 2 - 2\cdot 1 + 3 = 56$$ @@W:(28-1)*2 - 2 + 3 = 55; output_padding = 1 would be needed to get 56@@
""")

md("ko/mse_backprop_exam.md", "기말고사 모범답안 (Korean exam answer key)", "backprop for a 2-parameter network with sigmoid hidden unit and squared error", r"""### 문제 2. 역전파 (10점)

네트워크: $z = w_1x$, $h = \sigma(z)$, $\hat y = w_2h$, 손실 $L = \frac12(\hat y - y)^2$. @@N:네트워크 정의@@

주어진 값: $x = 2$, $y = 1$, $w_1 = 0.5$, $w_2 = 2$, 학습률 $\eta = 0.1$. @@N:값 지정@@

**(가) 순전파**
$$z = 0.5 \times 2 = 1, \qquad h = \sigma(1) \approx 0.73106, \qquad \hat y = 2 \times 0.73106 \approx 1.4621$$
$$L = \tfrac12(0.4621)^2 \approx 0.1068$$

**(나) 역전파**
$$\frac{\partial L}{\partial \hat y} = \hat y - y = 0.4621$$
$$\frac{\partial L}{\partial w_2} = 0.4621 \times h \approx 0.3378$$
$$\frac{\partial L}{\partial h} = 0.4621 \times w_2 = 0.9242$$
$$\sigma'(z) = \sigma(z)(1 - \sigma(z)) = 0.73106 \times 0.26894 \approx 0.1966$$
$$\frac{\partial L}{\partial z} = 0.9242 \times 0.1966 \approx 0.1817$$
$$\frac{\partial L}{\partial w_1} = \frac{\partial L}{\partial z}\cdot x \approx 0.1817$$ @@W:x = 2 를 곱하지 않음; 0.1817 x 2 = 0.3634@@

**(다) 갱신**
$$w_1 \leftarrow 0.5 - 0.1 \times 0.3634 \approx 0.4637, \qquad w_2 \leftarrow 2 - 0.1 \times 0.3378 \approx 1.9662$$

[채점 기준] 미니배치 $m$ 개일 때 $J = \frac{1}{2m}\|Xw - y\|^2$ 이면 $\nabla J = \frac1m X^\top(Xw - y)$ 로 $1/m$ 을 빠뜨리면 감점.
""")

md("ko/sgd_noise_scale.md", "연구실 세미나 정리 노트", "variance of the minibatch gradient, finite-population correction, gradient noise scale trade-off", r"""# 배치 크기와 그래디언트 노이즈 (세미나 정리)

샘플별 그래디언트 공분산의 대각합을 $\operatorname{tr}\Sigma = 4$ 라 하자. @@N:값 지정@@

**1. 미니배치 분산**

크기 $B$ 배치 평균 그래디언트 $\hat g_B$ 에 대해 (복원추출)
$$\mathbb{E}\|\hat g_B - g\|^2 = \frac{\operatorname{tr}\Sigma}{B}$$
$B = 32$ 이면 $4/32 = 0.125$. 표준편차를 절반으로 줄이려면 배치를 4 배로 ($B = 128$) 해야 한다.

비복원추출, 데이터 $N = 1000$, $B = 100$ 이면 유한모집단 보정으로
$$\frac{\operatorname{tr}\Sigma}{B}\cdot\frac{N - B}{N - 1} = 0.04 \times \frac{900}{999} \approx 0.036$$

**2. Gradient noise scale** (McCandlish et al.)

$|g|^2 = 0.01$ 일 때 @@N:값 지정@@
$$B_{\text{noise}} = \frac{\operatorname{tr}\Sigma}{|g|^2} = \frac{4}{0.01} = 400$$

스텝 수와 샘플 수의 trade-off:
$$S = S_{\min}\Big(1 + \frac{B_{\text{noise}}}{B}\Big), \qquad E = E_{\min}\Big(1 + \frac{B}{B_{\text{noise}}}\Big)$$
- $B = 400$: $S = 2S_{\min}$, $E = 2E_{\min}$
- $B = 100$: $S = 5S_{\min}$, $E = 1.25E_{\min}$

즉 $B \ll B_{\text{noise}}$ 구간에서는 배치를 키우는 만큼 스텝이 거의 선형으로 줄어서 linear scaling rule 이 잘 맞는다.
""")
