DOCS = []
def md(name, style, topic, body): DOCS.append((name + ".md", "ko", style, topic, body))
def nb(name, style, topic, cells): DOCS.append((name + ".ipynb", "ko", style, topic, cells))

md("adaboost_weight_update", "velog 블로그 글", "AdaBoost 학습기 가중치 alpha와 샘플 가중치 갱신, 정규화 상수", r'''# [ML 스터디] AdaBoost 가중치 업데이트 손으로 따라가기

샘플이 10개이고 처음 가중치는 모두 $w_i = 0.1$ 로 둔다 (1/N).⟦N:초기 가중치 설정⟧

첫 번째 stump가 3개를 틀렸다고 하자. 그러면 가중 오류율은

$$\varepsilon = \sum_i w_i\,\mathbb 1[y_i \ne h(x_i)] = 3 \times 0.1 = 0.3$$

학습기 가중치(amount of say):

$$\alpha = \frac12 \ln\frac{1-\varepsilon}{\varepsilon} = \frac12 \ln\frac{7}{3} = \frac12 \times 0.8473 = 0.4236$$

### 샘플 가중치 갱신

갱신 규칙은 $w_i \leftarrow w_i\,e^{-\alpha y_i h(x_i)}$ 이다.⟦N:갱신 규칙⟧

- 틀린 샘플: $0.1 \times e^{0.4236} = 0.1 \times 1.5725 = 0.15725$⟦W:e^{0.4236} = √(7/3) ≈ 1.5275, 숫자 자리가 바뀜⟧
- 맞은 샘플: $0.1 \times e^{-0.4236} = 0.1 \times 0.6547 = 0.06547$

여기서 $e^{\alpha} = \sqrt{(1-\varepsilon)/\varepsilon} = \sqrt{7/3}$ 라는 점을 쓰면 계산이 편하다.

정규화 상수:

$$Z = 3 \times 0.1\,e^{\alpha} + 7 \times 0.1\,e^{-\alpha} \approx 0.45826 + 0.45826 = 0.91652$$

이 값은 공식 $Z = 2\sqrt{\varepsilon(1-\varepsilon)} = 2\sqrt{0.21} \approx 0.9165$ 와 같다.

정규화 후: 틀린 샘플은 $0.15275 / 0.91652 = 1/6 \approx 0.1667$, 맞은 샘플은 $0.06547/0.91652 = 1/14 \approx 0.0714$.

결국 틀린 샘플들의 가중치 합이 $3 \times \frac16 = 0.5$ 가 된다. 다음 stump 입장에서는 이전 stump가 딱 동전 던지기 수준이 되는 셈.
''')

md("tfidf_cosine_korean_docs", "위키독스 스타일 튜토리얼", "세 문서의 TF-IDF 벡터와 코사인 유사도 손계산", r'''## 4.3 TF-IDF와 코사인 유사도 직접 계산해보기

문서 3개를 생각하자.

- 문서1: "딥러닝 모델 학습"
- 문서2: "모델 평가 모델"
- 문서3: "학습 데이터"

여기서는 $\text{idf}(t) = \ln\frac{N}{\text{df}(t)}$, $N = 3$ 을 쓴다 (sklearn의 smooth idf가 아님).⟦N:사용할 idf 정의와 N 지정⟧

| 단어 | df | idf |
|---|---|---|
| 딥러닝 | 1 | 1.0986 |
| 모델 | 2 | 0.4055 |
| 학습 | 2 | 0.4055 |
| 평가 | 1 | 1.0986 |
| 데이터 | 1 | 1.0986 |

$\ln 3 = 1.0986$, $\ln 1.5 = 0.4055$.

문서2에서 "모델"은 두 번 나오므로 $\text{tf-idf} = 2 \times 0.4055 = 0.8109$ 이다.

벡터 (딥러닝, 모델, 학습, 평가, 데이터 순서):

- $d_1 = (1.0986,\ 0.4055,\ 0.4055,\ 0,\ 0)$
- $d_2 = (0,\ 0.8109,\ 0,\ 1.0986,\ 0)$
- $d_3 = (0,\ 0,\ 0.4055,\ 0,\ 1.0986)$

노름:

$$\|d_1\|^2 = 1.2069 + 0.1644 + 0.1644 = 1.5537$$⟦W:1.2069 + 0.1644 + 0.1644 = 1.5357⟧

$$\|d_1\| = \sqrt{1.5357} = 1.2392, \quad \|d_2\| = \sqrt{0.6576 + 1.2069} = \sqrt{1.8645} = 1.3655, \quad \|d_3\| = \sqrt{1.3713} = 1.1710$$

내적은 겹치는 단어만 기여한다: $d_1\cdot d_2 = 0.4055 \times 0.8109 = 0.3288$, $d_1 \cdot d_3 = 0.4055^2 = 0.1644$.

$$\cos(d_1,d_2) = \frac{0.3288}{1.2392 \times 1.3655} = \frac{0.3288}{1.6921} \approx 0.1943$$

$$\cos(d_1,d_3) = \frac{0.1644}{1.2392 \times 1.1710} \approx 0.1133$$

"모델"이 두 번 나와서 문서2가 조금 더 가깝게 나온다.
''')

nb("rk4_logistic_growth", "Colab 실습 노트북 (수치해석)", "로지스틱 성장 ODE의 오일러 한 스텝과 RK4 한 스텝, 해석해와 비교",
[("markdown", r'''# 로지스틱 성장 모델: Euler vs RK4

$$\frac{dy}{dt} = r\,y\left(1 - \frac{y}{K}\right)$$⟦N:모델 정의(미분방정식)⟧

$r = 0.5$, $K = 10$, $y_0 = 1$, 스텝 크기 $h = 1$ 로 한 스텝만 가 본다.⟦N:파라미터 지정⟧'''),
("code", '''r, K, y0, h = 0.5, 10.0, 1.0, 1.0
f = lambda y: r * y * (1 - y / K)
f(y0)'''),
("markdown", r'''### Euler

$f(y_0) = 0.5 \times 1 \times (1 - 0.1) = 0.45$ 이므로 $y_1 = y_0 + h f(y_0) = 1 + 0.45 = 1.45$.

### RK4

- $k_1 = f(1) = 0.45$
- $k_2 = f(1 + 0.225) = 0.5 \times 1.225 \times 0.8775 = 0.537469$
- $k_3 = f(1 + 0.268734) = 0.5 \times 1.268734 \times 0.873127 = 0.553883$
- $k_4 = f(1 + 0.553883) = 0.5 \times 1.553883 \times 0.844612 = 0.656214$

$$y_1 = y_0 + \frac{h}{6}(k_1 + 2k_2 + 2k_3 + k_4) = 1 + \frac{0.45 + 1.074938 + 1.107766 + 0.656214}{6} = 1 + \frac{3.288918}{6} = 1.548153$$'''),
("code", '''def rk4_step(f, y, h):
    k1 = f(y); k2 = f(y + h/2*k1); k3 = f(y + h/2*k2); k4 = f(y + h*k3)
    return y + h/6*(k1 + 2*k2 + 2*k3 + k4)
rk4_step(f, y0, h)'''),
("markdown", r'''### 해석해

$y(t) = \dfrac{K}{1 + (K/y_0 - 1)e^{-rt}}$ 이므로 $t = 1$ 에서 $9e^{-0.5} = 5.4588$,

$$y(1) = \frac{10}{1 + 5.4588} = \frac{10}{6.4588} = 1.5483$$

Euler 오차는 $|1.45 - 1.5483| = 0.0983$, RK4 오차는 $|1.548153 - 1.548281| \approx 1.3\times10^{-4}$ 정도로 훨씬 작다.''')])

md("kappa_mcc_confusion", "tistory 블로그 글", "혼동행렬에서 정확도, Cohen's kappa, MCC, F1 계산", r'''# 불균형 평가지표 정리 (kappa, MCC)

테스트셋 100개에 대한 혼동행렬이 아래와 같다고 하자.

|  | 예측 양성 | 예측 음성 |
|---|---|---|
| 실제 양성 | TP = 40 | FN = 10 |
| 실제 음성 | FP = 5 | TN = 45 |

정확도 $p_o = (40 + 45)/100 = 0.85$.

### Cohen's kappa

우연 일치 확률은 행/열 합의 곱으로 구한다. 실제 양성 50, 예측 양성 45, 실제 음성 50, 예측 음성 55 이므로

$$p_e = \frac{50 \times 45 + 50 \times 55}{100^2} = \frac{2250 + 2750}{10000} = 0.5$$

$$\kappa = \frac{p_o - p_e}{1 - p_e} = \frac{0.85 - 0.5}{0.5} = 0.7$$

### MCC

$$\text{MCC} = \frac{TP\cdot TN - FP\cdot FN}{\sqrt{(TP+FP)(TP+FN)(TN+FP)(TN+FN)}}$$⟦N:정의⟧

분자: $40 \times 45 - 5 \times 10 = 1800 - 50 = 1750$.
분모: $\sqrt{45 \times 50 \times 50 \times 55} = \sqrt{6{,}187{,}500} \approx 2487.5$.

$$\text{MCC} = \frac{1750}{2487.5} \approx 0.7305$$⟦W:1750/2487.5 ≈ 0.7035⟧

### F1

precision $= 40/45 \approx 0.889$, recall $= 40/50 = 0.8$,

$$F_1 = \frac{2TP}{2TP + FP + FN} = \frac{80}{95} \approx 0.8242$$⟦W:80/95 ≈ 0.8421⟧

여기서는 kappa와 MCC가 거의 같게 나오지만, 클래스 비율이 많이 치우치면 둘이 꽤 달라진다.
''')

md("spearman_kendall_by_hand", "대학 통계 과제 풀이 (마크다운 노트)", "스피어만 순위상관과 켄달 타우 손계산, 유의성 t 통계량", r'''# 과제 3 — 순위 상관

데이터 ($n = 5$):⟦N:데이터 크기 지정⟧

| i | x | y | rank(x) | rank(y) | d | d² |
|---|---|---|---|---|---|---|
| 1 | 1.2 | 2.0 | 1 | 1 | 0 | 0 |
| 2 | 3.4 | 3.9 | 3 | 3 | 0 | 0 |
| 3 | 2.2 | 3.1 | 2 | 2 | 0 | 0 |
| 4 | 5.0 | 4.2 | 5 | 4 | 1 | 1 |
| 5 | 4.1 | 4.8 | 4 | 5 | -1 | 1 |

동순위가 없으므로 공식을 그대로 쓸 수 있다. $\sum d_i^2 = 2$.

$$\rho_s = 1 - \frac{6\sum d_i^2}{n(n^2-1)} = 1 - \frac{6 \times 2}{5 \times 24} = 1 - \frac{12}{120} = 0.9$$

### 켄달 타우

쌍의 개수 $\binom{5}{2} = 10$. 순위가 뒤집힌 쌍은 (4, 5) 하나뿐이므로 $C = 9$, $D = 1$,

$$\tau = \frac{C - D}{\binom n2} = \frac{9 - 1}{10} = 0.8$$

보통 $|\tau| < |\rho_s|$ 로 나온다.

### 유의성 (근사)

$t = \rho_s\sqrt{\dfrac{n-2}{1-\rho_s^2}}$ 를 쓰면 $1 - \rho_s^2 = 1 - 0.81 = 0.19$,

$$t = 0.9 \sqrt{\frac{3}{0.19}} = 0.9 \times 3.974 = 3.667$$⟦W:0.9 × 3.974 = 3.577⟧

자유도 3에서 양측 5% 임계값 3.182보다 크다. (n=5라 근사가 거칠다는 점은 주의)
''')

md("int4_quantized_memory", "velog 블로그 글 (LLM 서빙)", "7B 모델의 fp16/int4 가중치 메모리, 그룹 스케일 오버헤드, GB와 GiB 변환", r'''# 7B 모델, int4로 양자화하면 몇 GB?

파라미터 수 $N = 7\times10^9$ 로 잡는다.⟦N:N 지정⟧

**fp16**: 파라미터당 2바이트 → $7\times10^9 \times 2 = 1.4\times10^{10}$ B = 14 GB. GiB로는 $1.4\times10^{10}/2^{30} \approx 13.04$ GiB.

**int4**: 파라미터당 0.5바이트 → $7\times10^9 \times 0.5 = 3.5\times10^9$ B = 3.5 GB.

그런데 3.5 GB를 GiB로 바꾸면 $3.5\times10^9 / 2^{30} \approx 3.62$ GiB 이다.⟦W:3.5e9 / 2^30 ≈ 3.26 GiB (GiB가 GB보다 크므로 숫자가 작아져야 함)⟧

### 그룹 양자화 오버헤드

그룹 크기 $g = 128$, 그룹마다 fp16 scale과 zero-point (합 4바이트)를 저장한다고 하자.⟦N:양자화 설정 지정⟧

- 파라미터당 추가 바이트: $4/128 = 0.03125$ B
- 추가 메모리: $7\times10^9 \times 0.03125 = 2.1875\times10^8$ B $\approx 0.219$ GB
- 합계: $3.5 + 0.21875 = 3.71875$ GB

비트로 보면 파라미터당 $4 + 32/128 = 4.25$ 비트, fp16 대비 압축률은 $16/4.25 \approx 3.76$배.

(KV 캐시와 activation은 별도. 배치 크기를 32로 하면 KV 캐시가 오히려 더 커질 수도 있다.)
''')

md("silverman_nadaraya_watson", "대학원 수업 정리 노트", "Silverman 대역폭 규칙과 가우시안 커널 Nadaraya-Watson 추정", r'''## 커널 밀도 추정 — 대역폭 고르기

표본 $n = 50$, 표본 표준편차 $\hat\sigma = 2.0$, IQR $= 2.4$ 라고 하자.⟦N:데이터 요약값 지정⟧

**Silverman 규칙**:

$$h = 0.9\,\min\!\left(\hat\sigma,\ \frac{\text{IQR}}{1.34}\right) n^{-1/5}$$⟦N:대역폭 규칙의 정의⟧

- $\text{IQR}/1.34 = 2.4/1.34 = 1.719$⟦W:2.4/1.34 = 1.791 (자리 바뀜)⟧
- 따라서 min은 IQR 쪽, $1.791$
- $n^{-1/5} = 50^{-0.2} = 0.4573$
- $h = 0.9 \times 1.791 \times 0.4573 \approx 0.7372$

정규분포 가정의 rule of thumb $h = 1.06\,\hat\sigma\, n^{-1/5} = 1.06 \times 2 \times 0.4573 \approx 0.9695$ 보다 작다.

## Nadaraya–Watson 회귀

$$\hat m(x) = \frac{\sum_i K\!\left(\frac{x - x_i}{h}\right) y_i}{\sum_i K\!\left(\frac{x-x_i}{h}\right)}$$⟦N:추정량의 정의⟧

점 $(1,2), (2,4), (3,3)$, $h = 1$, 가우시안 커널 $K(u) = e^{-u^2/2}$ (정규화 상수는 약분됨), $x = 2$ 에서:⟦N:예제 설정⟧

- 가중치: $K(-1) = e^{-0.5} = 0.6065$, $K(0) = 1$, $K(1) = 0.6065$
- 분모: $1 + 2 \times 0.6065 = 2.2131$
- 분자: $0.6065 \times 2 + 1 \times 4 + 0.6065 \times 3 = 7.0327$

$$\hat m(2) = \frac{7.0327}{2.2131} \approx 3.178$$
''')

nb("isolation_forest_cn", "Colab 노트북 (이상탐지 스터디)", "Isolation Forest의 평균 경로 길이 정규화 c(n)과 이상 점수",
[("markdown", r'''# Isolation Forest 점수 계산

평균 경로 길이 정규화 상수:

$$c(n) = 2H(n-1) - \frac{2(n-1)}{n}, \qquad H(i) \approx \ln i + 0.5772$$⟦N:c(n)과 조화수 근사의 정의⟧

이상 점수는 $s(x, n) = 2^{-E[h(x)]/c(n)}$ 이다.⟦N:점수 정의⟧'''),
("code", '''import numpy as np
def c(n):
    H = np.log(n - 1) + 0.5772156649
    return 2 * H - 2 * (n - 1) / n
c(256)'''),
("markdown", r'''서브샘플 크기 $n = 256$ (논문 기본값)일 때:

- $\ln 255 = 5.5413$
- $H(255) \approx 5.5413 + 0.5772 = 6.1185$
- $c(256) = 2 \times 6.1185 - 2 \times 255/256 = 12.2370 - 1.9922 = 10.2448$

트리 높이 제한은 $\lceil \log_2 256 \rceil = 8$.'''),
("markdown", r'''### 점수 예시

- $E[h] = 4$ 이면 $4/10.2448 = 0.3904$, $s = 2^{-0.3904} = 0.7361$ → 이상치 쪽⟦W:2^{−0.3904} ≈ 0.7629⟧
- $E[h] = c(n)$ 이면 $s = 2^{-1} = 0.5$
- $E[h] = 12$ 이면 $12/10.2448 = 1.1713$, $s = 2^{-1.1713} \approx 0.444$ → 정상 쪽

즉 $s$가 1에 가까울수록 빨리 고립되는 점이다.'''),
("code", '''for Eh in [4, c(256), 12]:
    print(Eh, 2 ** (-Eh / c(256)))''')])

md("brier_logloss_calibration", "tistory 블로그 글", "Brier score, log loss, Brier skill score와 그 미분", r'''# 확률 예측 평가: Brier vs Log loss

네 개의 샘플에 대한 예측 확률과 정답:

| i | $\hat p_i$ | $y_i$ |
|---|---|---|
| 1 | 0.9 | 1 |
| 2 | 0.6 | 0 |
| 3 | 0.2 | 0 |
| 4 | 0.7 | 1 |

### Brier score

$$\text{BS} = \frac1n\sum_i(\hat p_i - y_i)^2 = \frac{0.1^2 + 0.6^2 + 0.2^2 + 0.3^2}{4} = \frac{0.01 + 0.36 + 0.04 + 0.09}{4} = \frac{0.5}{4} = 0.125$$

### Log loss

$$\text{LL} = -\frac1n\sum_i \big[y_i\ln\hat p_i + (1-y_i)\ln(1-\hat p_i)\big] = -\frac{\ln 0.9 + \ln 0.4 + \ln 0.8 + \ln 0.7}{4}$$

각 항: $\ln 0.9 = -0.1054$, $\ln 0.4 = -0.9163$, $\ln 0.8 = -0.2231$, $\ln 0.7 = -0.3567$. 합이 $-1.6015$ 이므로 $\text{LL} = 1.6015/4 \approx 0.4004$.

샘플 2 하나가 log loss의 절반 이상을 차지한다.

### Brier skill score

기준 예측으로 항상 0.5를 내면 $\text{BS}_{\text{ref}} = 0.25$ 이고,

$$\text{BSS} = 1 - \frac{0.125}{0.25} = 0.5$$

### 미분 (학습에 쓸 때)

$\frac{\partial}{\partial \hat p}(\hat p - y)^2 = 2(\hat p - y)$, 그리고 로그 손실은 $\frac{\partial}{\partial \hat p}\big[-y\ln\hat p - (1-y)\ln(1-\hat p)\big] = \frac{\hat p - y}{\hat p(1-\hat p)}$.
''')

nb("thompson_beta_posterior", "Colab 노트북 (밴딧 스터디)", "베타-베르누이 Thompson sampling 사후분포 평균/분산과 후회 합",
[("markdown", r'''# Thompson sampling: 사후분포 직접 보기

사전분포는 두 팔 모두 $\text{Beta}(1,1)$. 관측:
- 팔 A: 40번 당겨서 12번 성공
- 팔 B: 10번 당겨서 5번 성공'''),
("code", '''from scipy import stats
A = stats.beta(1 + 12, 1 + 28)
B = stats.beta(1 + 5, 1 + 5)
A.mean(), A.std(), B.mean(), B.std()'''),
("markdown", r'''사후분포: A는 $\text{Beta}(13, 29)$, B는 $\text{Beta}(6, 6)$.

평균: $\mathbb E[\theta_A] = 13/42 \approx 0.3095$, $\mathbb E[\theta_B] = 6/12 = 0.5$.

분산 공식 $\operatorname{Var} = \dfrac{\alpha\beta}{(\alpha+\beta)^2(\alpha+\beta+1)}$ 에 넣으면⟦N:베타 분산 공식 제시⟧

$$\operatorname{Var}[\theta_A] = \frac{13 \times 29}{42^2 \times 43} = \frac{377}{75852} \approx 0.004970, \qquad \operatorname{sd} = \sqrt{0.004970} \approx 0.0750$$⟦W:√0.004970 ≈ 0.0705⟧

$$\operatorname{Var}[\theta_B] = \frac{36}{144 \times 13} \approx 0.01923, \qquad \operatorname{sd} \approx 0.1387$$

B는 평균도 높고 불확실성도 커서 샘플링하면 대부분 B가 뽑힌다.'''),
("markdown", r'''### 후회(regret) 합

실제 성공 확률이 $\theta_A = 0.3$, $\theta_B = 0.5$ 였다면 A를 당길 때마다 $0.2$씩 손해다.⟦N:가상의 참값 지정⟧
지금까지 A를 40번 당겼으므로 누적 기대 후회는 $\sum_t (\theta^\ast - \theta_{a_t}) = 40 \times 0.2 = 8$.''')])

md("laplace_kneser_ney_bigram", "대학 NLP 수업 필기", "바이그램 Laplace/add-k 스무딩과 Kneser-Ney 보간 확률", r'''# 언어모델 스무딩 (수업 필기)

설정: 어휘 크기 $V = 1000$, $c(\text{딥}) = 20$, $c(\text{딥 러닝}) = 3$.⟦N:카운트 지정⟧

MLE: $P(\text{러닝}\mid\text{딥}) = 3/20 = 0.15$. 못 본 바이그램은 0 → 스무딩 필요.

**Laplace (add-one)**

$$P_{+1}(\text{러닝}\mid\text{딥}) = \frac{c(\text{딥 러닝}) + 1}{c(\text{딥}) + V} = \frac{4}{1020} \approx 0.00392$$

못 본 단어: $1/1020 \approx 0.00098$. 본 바이그램 확률이 0.15에서 0.004로 — 너무 많이 깎인다.

**Add-k**: $k = 0.1$ 로 두면⟦N:k 지정⟧
$\dfrac{3 + 0.1}{20 + 0.1 \times 1000} = \dfrac{3.1}{120} \approx 0.02583$.

**Interpolated Kneser–Ney** (할인 $d = 0.75$):⟦N:할인값 지정⟧

$$P_{KN}(w\mid v) = \frac{\max(c(vw) - d, 0)}{c(v)} + \lambda(v)\,P_{\text{cont}}(w), \qquad \lambda(v) = \frac{d\,N_{1+}(v\,\bullet)}{c(v)}$$⟦N:KN 식의 정의⟧

'딥' 뒤에 나온 서로 다른 단어가 5개라면 $\lambda = 0.75 \times 5/20 = 0.1875$.
바이그램 타입이 총 2000개이고 '러닝'이 4개의 서로 다른 단어 뒤에 나왔다면 $P_{\text{cont}}(\text{러닝}) = 4/2000 = 0.002$.

$$P_{KN} = \frac{3 - 0.75}{20} + 0.1875 \times 0.002 = 0.1125 + 0.000375 = 0.112875$$
''')

md("edit_distance_table", "tistory 알고리즘 블로그 글", "레벤슈타인 편집거리 DP 표와 계산량, 정규화 유사도", r'''# 편집 거리 (Levenshtein) DP로 풀기

점화식:

$$D[i][j] = \min\big(D[i-1][j] + 1,\ D[i][j-1] + 1,\ D[i-1][j-1] + [a_i \ne b_j]\big)$$⟦N:점화식(갱신 규칙)⟧

초기값은 $D[i][0] = i$, $D[0][j] = j$.⟦N:초기 조건⟧

### 예제: kitten → sitting

$m = 6$, $n = 7$ 이므로 표는 $(m+1)(n+1) = 7 \times 8 = 56$ 칸, 채워야 하는 내부 칸은 $mn = 42$ 개.

연산 경로:
1. k → s (치환)
2. e → i (치환)
3. 끝에 g 삽입

그래서 $D[6][7] = 3$.

```python
def lev(a, b):
    D = [[0]*(len(b)+1) for _ in range(len(a)+1)]
    for i in range(len(a)+1): D[i][0] = i
    for j in range(len(b)+1): D[0][j] = j
    for i in range(1, len(a)+1):
        for j in range(1, len(b)+1):
            D[i][j] = min(D[i-1][j]+1, D[i][j-1]+1, D[i-1][j-1]+(a[i-1]!=b[j-1]))
    return D[-1][-1]
```

정규화 유사도는 보통 $1 - \dfrac{D}{\max(m,n)} = 1 - \dfrac37 \approx 0.571$ 로 쓴다.

다른 예: "intention" → "execution" 은 $D = 5$. 길이가 9로 같으니 유사도는 $1 - 5/9 \approx 0.444$.
''')
