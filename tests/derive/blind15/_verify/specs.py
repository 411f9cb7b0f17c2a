SPECS = {}
SPECS["en/rope_rotation.md"] = dict(
 style="personal blog post working a toy example with a pen",
 topic="RoPE: 2-D rotation of a query and key, relative-position identity",
 wrong=[("\\theta_1 = 10000^{-2/8} = 0.01", "10000^{-1/4} = 0.1, not 0.01")],
 nc=[("R(\\phi) = \\begin{bmatrix}", "defines the rotation matrix"),
     ("Frequencies for a head of size", "defines the frequency schedule"),
     ("For the toy example I just pick", "binds theta, q, k, m, n for the example")])
SPECS["en/lora_params.md"] = dict(
 style="README snippet of a fine-tuning repository",
 topic="LoRA parameter counts, rank of BA, adapter memory",
 wrong=[("N_{\\text{LoRA}} = 2 \\times 32 \\times 65{,}536 = 2{,}097{,}152", "2*32*65536 = 4,194,304, not 2,097,152")],
 nc=[("W = W_0 + \\Delta W = W_0 + \\tfrac{\\alpha}{r}\\,BA, \\qquad B", "defines the LoRA update and shapes")])
SPECS["en/clip_loss.md"] = dict(
 style="lecture scribe notes with numbered definitions and examples",
 topic="CLIP symmetric contrastive loss with temperature on a 3x3 similarity matrix, gradient",
 wrong=[("\\partial s_{11}} = p_{11} - 1 \\approx -0.00125", "drops the 1/tau from z = s/tau; correct value is (p11-1)/tau = -0.0125")],
 nc=[("**Definition 14.1.** For a batch", "introduces notation s_ij, z_ij, tau"),
     ("\\mathcal{L} = \\frac{1}{2}\\Big(", "defines the loss"),
     ("and $\\ell^{T\\to I}_j$ is the same thing", "defines the column loss")])
SPECS["en/scaling_laws.md"] = dict(
 style="slides exported to Markdown (marp)",
 topic="6ND training FLOPs, tokens per parameter, GPU-hours, compute-optimal N and D",
 wrong=[("= 5.88\\times 10^{20}$ FLOPs", "6*7e9*1.4e11 = 5.88e21, exponent off by one (the next slide uses 5.88e21)")],
 nc=[("- Assume 312 TFLOP/s peak", "assumption binding peak throughput and MFU")])
SPECS["en/kalman_1d.md"] = dict(
 style="TA answer key for a homework problem with point values",
 topic="two steps of a 1-D Kalman filter (predict, gain, update, variance)",
 wrong=[("\\approx 12.8318$$", "innovation 12.5-12.7143 is negative: 12.7143 + 0.5484*(-0.2143) = 12.5968, not 12.8318")],
 nc=[("Model: $x_k = x_{k-1} + u + w_k$", "states the model"),
     ("$v_k \\sim \\mathcal N(0, R)$. Given:", "binds the given values")])
SPECS["en/conjugate_gradient.md"] = dict(
 style="exam solution with marking scheme",
 topic="two iterations of linear conjugate gradient on a 2x2 SPD system",
 wrong=[("= \\frac{50/49}{50} = \\frac{1}{7}$$", "(50/49)/50 = 1/49, not 1/7 (the next line correctly uses 5/49 = beta_0*5)")],
 nc=[("**Problem.** Solve $Ax = b$ with", "states the problem and binds A, b"),
     ("starting from $x_0 = 0$, using linear CG.", "binds x0 and states the task")])
SPECS["en/cholesky_2x2.md"] = dict(
 style="learner notes with lowercase prose and typos",
 topic="Cholesky factorisation of a 2x2 SPD matrix, triangular solves, log-det, condition number",
 wrong=[("\\approx \\frac{6.5616}{2.4384} \\approx 2.96$$", "6.5616/2.4384 = 2.691, not 2.96")],
 nc=[("A = \\begin{bmatrix} 4 & 2 \\\\ 2 & 5 \\end{bmatrix}, \\qquad L =", "binds A and the unknown form of L"),
     ("**solving** $Ax = b$ with $b = (6, 9)^\\top$", "binds b")])
SPECS["en/ab_test.md"] = dict(
 style="engineering blog post",
 topic="two-proportion A/B test: sample size, standard error, confidence interval, z statistic",
 wrong=[("{0.00438} \\approx 2.42$$", "0.015/0.00438 = 3.42, not 2.42")],
 nc=[("Baseline conversion $p_1 = 0.10$", "binds p1 and p2"),
     ("$$n = \\frac{\\big(z_{1-\\alpha/2} + z_{1-\\beta}\\big)^2", "states the sample-size formula (definition of n)"),
     ("Say we ran 10,000 users per arm", "binds the observed counts")])
SPECS["en/grouped_dilated_conv.md"] = dict(
 style="midterm model answer",
 topic="grouped/depthwise conv parameter counts, MACs, dilated effective kernel, output size, receptive field",
 wrong=[("d = 4:\\quad k_{\\text{eff}} = 3 + (3-1)(4-1) = 7", "3 + 2*3 = 9, not 7"),
        ("\\text{RF} = 1 + 2\\cdot 1 + 2\\cdot 2 + 2\\cdot 4 = 13", "1 + 2 + 4 + 8 = 15, not 13")],
 nc=[("**Given.** Input feature map of shape", "binds input shape and kernel size"),
     ("**(a) Parameters of a grouped convolution** with", "binds C_in, C_out, g")])
SPECS["en/mse_backprop_unusual.md"] = dict(
 style="keynote slides exported to Markdown, Unicode math without LaTeX",
 topic="MSE backprop for a single linear neuron, SGD step, mini-batch gradient with 1/m",
 wrong=[("Σᵢ rᵢ xᵢ = (0.25)(2) + (−0.25)(−1) = 0.375", "0.5 + 0.25 = 0.75 (the next line uses 0.75); 0.375 is the value after the 1/m")],
 nc=[("* model   ŷ = w·x + b", "defines the model"),
     ("* loss    L = ½ (ŷ − y)²", "defines the loss"),
     ("* example x = 2, y = 1, w = 0.5, b = 0.25", "binds example values"),
     ("  w ← w − η·∂L/∂w", "update rule"),
     ("  b ← b − η·∂L/∂b", "update rule"),
     ("* second example x₂ = −1, y₂ = 0", "binds second example")])
SPECS["en/normalizing_flow.md"] = dict(
 style="textbook section with numbered equations (\\tag) and examples",
 topic="change of variables for densities, affine coupling layer Jacobian and log-determinant",
 wrong=[("$$p_X(2) = p_Z(0.5)\\cdot 2 \\approx 0.7041$$", "multiplies by 2 instead of |df^{-1}/dx| = 1/2; p_X(2) = 0.1760 (the next line correctly subtracts log 2)")],
 nc=[("Let $z \\sim p_Z$ and $x = f(z)$", "sets up the notation"),
     ("y_1 = x_1, \\qquad y_2 = x_2\\, e^{s(x_1)} + t(x_1). \\tag{9.5}", "defines the coupling layer")])
SPECS["en/gp_posterior.ipynb"] = dict(
 style="Colab-style notebook: hand derivation in Markdown cells, numpy check in code cells",
 topic="Gaussian-process posterior mean and variance with two training points",
 wrong=[(5, "\\approx (0.0111,\\; 0.3679)$$", "(3-1)^2/2 = 2 so the second entry is e^{-2} = 0.1353, not e^{-1} = 0.3679")],
 nc=[(1, "$k(x, x') = \\exp\\!", "defines the kernel and noise variance"),
     (1, "Training data: $X = (0, 1)$", "binds data and test input")])
SPECS["en/moe_gating.ipynb"] = dict(
 style="Kaggle-style notebook with Markdown derivation steps and a numpy check",
 topic="MoE gating: softmax over experts, top-2 renormalisation, load-balancing loss, capacity, active parameters",
 wrong=[(4, "$2 \\cdot 8{,}388{,}608 = 8{,}388{,}608$ of them", "2 * 8,388,608 = 16,777,216")],
 nc=[(1, "Router for $E = 4$ experts", "defines the router"),
     (1, "For the worked example the router produced", "binds the logits"),
     (4, "$$\\mathcal L_{\\text{bal}} = E \\sum_{i=1}^{E} f_i P_i$$", "defines the balancing loss"),
     (4, "With $f = (0.5, 0.25, 0.25, 0)$", "binds f and P"),
     (4, "Tokens per batch $T = 1024$", "binds T, k and capacity factor")])
SPECS["en/speculative_decoding.ipynb"] = dict(
 style="study notebook with a Monte-Carlo code check",
 topic="speculative decoding: acceptance probabilities, acceptance rate = 1 - TV, residual, unbiasedness, expected tokens",
 wrong=[(4, "= \\frac{1 - 0.6561}{0.1} = 3.439$$", "0.9^5 = 0.59049 (0.6561 is 0.9^4); the value is 4.0951")],
 nc=[(1, "Toy vocabulary $\\{a, b, c\\}$. Target model", "binds p and q"),
     (1, "The draft proposes $x \\sim q$; we accept", "describes the acceptance rule"),
     (1, "otherwise we resample from the residual", "defines the residual distribution"),
     (4, "For $\\gamma = 4$:", "binds gamma")])
SPECS["en/softplus_stability.ipynb"] = dict(
 style="Jupyter notebook on numerical stability, table plus derivation",
 topic="machine epsilon, overflow threshold, stable softplus via log1p, softplus identities",
 wrong=[(4, "$$\\log\\sigma(x) = \\operatorname{softplus}(-x)$$", "sign: log sigma(x) = -log(1+e^{-x}) = -softplus(-x)")],
 nc=[])
SPECS["en/poisson_regression.ipynb"] = dict(
 style="course notebook (derivation, numbers, numpy check)",
 topic="Poisson regression NLL gradient, Hessian, one Newton step",
 wrong=[(3, "\\frac{\\partial \\ell}{\\partial w_1} = \\sum_i (\\lambda_i - y_i) \\approx -1.6330", "drops the factor x_{i1}: sum (lambda_i - y_i) x_{i1} = -2.9147")],
 nc=[(1, "Counts $y_i \\in \\{0, 1, 2, \\dots\\}$, log link", "defines the model"),
     (1, "$P(y \\mid \\lambda) = \\lambda^{y} e^{-\\lambda} / y!$", "defines the Poisson pmf"),
     (3, "Design with an intercept:", "binds data and current w")])
SPECS["ko/bert_masking.md"] = dict(
 style="velog study-blog post (Korean)",
 topic="BERT MLM 15% / 80-10-10 masking: expected fractions, counts per batch, binomial variance",
 wrong=[("$$0.15 \\times (0.8 + 0.1) = 0.12$$", "0.15*0.9 = 0.135, not 0.12 (it also contradicts 0.12 + 0.015 from the lines above)")],
 nc=[("- 입력 토큰 중 **15%**", "states the masking rule"),
     ("- 뽑힌 토큰의 **80%**", "states the 80/10/10 rule"),
     ("MLM loss는 뽑힌 위치", "defines the MLM loss")])
SPECS["ko/bagging_oob.md"] = dict(
 style="tistory blog post (Korean) with numbered sections and a table",
 topic="bagging: (1-1/n)^n -> 1/e, expected unique samples, OOB counts",
 wrong=[],
 nc=[])
SPECS["ko/kfold_cv.md"] = dict(
 style="Korean study notes with a quote-block aside",
 topic="k-fold cross-validation counts: fold sizes, training-set overlap, grid search, LOOCV, repeated and nested CV",
 wrong=[("$$5 \\times (12 \\times 3 + 1) = 180 \\text{ 번}$$", "5 * 37 = 185, not 180")],
 nc=[("**설정**: 샘플 $n = 1000$, $k = 5$.", "binds n and k")])
SPECS["ko/logodds.ipynb"] = dict(
 style="Korean lecture notebook (Markdown derivation + code cell)",
 topic="logistic regression: odds, log-odds linearity, odds ratio e^w, decision boundary, dp/dx",
 wrong=[(4, "= \\frac{3}{0.8} = 3.57 \\text{ 시간}$$", "3/0.8 = 3.75, not 3.57")],
 nc=[(1, "$p(x) = \\sigma(w_0 + w_1 x)", "defines the model and binds w0, w1")])
SPECS["ko/lagrange_kkt.md"] = dict(
 style="Korean worked-problem blog post",
 topic="Lagrange multipliers with an equality constraint; KKT conditions with an active inequality; multiplier as sensitivity",
 wrong=[],
 nc=[("$$\\min_{x,y}\\; f(x,y) = x^2 + y^2 \\quad", "states problem 1"),
     ("라그랑지안: $\\mathcal L(x, y, \\lambda)", "defines the Lagrangian"),
     ("$$\\min_{x,y}\\; (x-2)^2 + (y-1)^2 \\quad", "states problem 2"),
     ("KKT 조건 ($\\mu \\ge 0$):", "states the condition mu >= 0 to be imposed")])
SPECS["ko/hessian_convexity.md"] = dict(
 style="Korean optimisation-basics blog post with theorem and examples",
 topic="convexity via the Hessian: PSD checks of 2x2 matrices, eigenvalues, quadratic forms, logistic loss",
 wrong=[("= 2(v_1 + v_2)^2 + v_1^2$$", "2(v1+v2)^2 + v1^2 = 3v1^2 + 4v1v2 + 2v2^2; the correct completion is 2(v1+v2)^2 + 2v1^2")],
 nc=[
     ("### 예제 1. $f_1(x, y) = x^2 + 3xy + 2y^2$", "defines f1"),
     ("### 예제 2. $f_2(x, y) = 2x^2 + 2xy + y^2$", "defines f2")])
SPECS["ko/armijo.ipynb"] = dict(
 style="Korean course notebook with a backtracking table",
 topic="Armijo backtracking line search on a 2-D quadratic, compared with exact line search",
 wrong=[],
 nc=[(1, "목적함수 $f(x, y) = x^2 + 5y^2$", "defines f, x0 and d"),
     (1, "파라미터: $c = 0.1$", "binds c, rho, alpha"),
     (1, "Armijo 조건:", "states the condition (definition)")])
SPECS["ko/pruning_ratio.md"] = dict(
 style="Korean seminar slides turned into notes",
 topic="pruning sparsity vs compression ratio: CSR, bitmask and 2:4 storage of a 4096x4096 fp16 layer",
 wrong=[("$$\\text{행 포인터} = (4096 + 1) \\times 4 = 16{,}384\\,\\text{B}$$", "4097*4 = 16,388 (the next line uses 16,388)")],
 nc=[("희소도 $s = 1 - \\dfrac{\\text{nnz}}{N}$ 로 정의", "defines sparsity and binds s = 0.9")])
SPECS["ko/lenet_counts.md"] = dict(
 style="Korean midterm solution with grading rubric",
 topic="LeNet-5 layer output sizes and parameter counts (full and partial C3 connectivity)",
 wrong=[("출력 $14 - 5 + 1 = 9$", "14 - 5 + 1 = 10 (the same line then writes 10x10x16)")],
 nc=[("**문제.** 입력 $32\\times32\\times1$.", "states the problem setup"),
     ("C3 는 6개 입력 맵 전체에 연결된다고 가정", "states an assumption")])
SPECS["ko/power_iteration.ipynb"] = dict(
 style="Korean numerical-linear-algebra notebook",
 topic="power iteration and Rayleigh quotient on a 2x2 symmetric matrix, eigenvalues, convergence rate",
 wrong=[],
 nc=[(1, "대칭행렬 $A = \\begin{bmatrix} 2 & 1", "binds A and v0"),
     (1, "반복: $w_k = A v_k$", "defines the iteration")])
SPECS["ko/ensemble_variance.md"] = dict(
 style="Korean textbook-style explanation with assumptions and a numeric example",
 topic="variance of an average of correlated predictors, majority vote accuracy of independent classifiers",
 wrong=[],
 nc=[("**가정.** 모델 $M$ 개의 예측", "states the assumptions"),
     ("즉 $\\operatorname{Var}(X_i) = \\sigma^2$", "defines variance/covariance and the ensemble mean"),
     ("$\\sigma^2 = 4$, $\\rho = 0.3$, $M = 10$:", "binds the example values")])
SPECS["ko/gap_embedding.md"] = dict(
 style="Korean personal study memo",
 topic="backward of global average pooling and of an embedding lookup; embedding-table memory",
 wrong=[("{49} = 0.2 \\quad", "0.98/49 = 0.02, not 0.2")],
 nc=[("입력 $X \\in \\mathbb R^{C\\times H\\times W}$, 출력", "declares shapes"),
     ("$$y_c = \\frac{1}{HW}\\sum_{h=1}^{H}", "defines GAP"),
     ("테이블 $E \\in \\mathbb R^{V\\times d}$", "defines the embedding lookup"),
     ("**메모리** ($V = 50{,}257$, $d = 768$):", "binds V and d")])
SPECS["zh/sinusoidal_pe.md"] = dict(
 style="CSDN-style Chinese study blog with numbered sections",
 topic="sinusoidal positional encoding: values for d=4, wavelengths, relative-shift rotation, dot product depends on offset",
 wrong=[("PE_{(2,1)} = \\cos 2 \\approx 0.4161$$", "cos 2 = -0.4161 (sign dropped)")],
 nc=[("$$PE_{(pos,\\,2i)} = \\sin\\!\\left(", "defines the encoding"),
     ("记频率 $\\omega_i = 10000^{-2i/d_{model}}$", "defines omega_i and binds d_model = 4")])
SPECS["zh/hmm_forward.ipynb"] = dict(
 style="Chinese textbook-exercise notebook (Li Hang style array layout)",
 topic="HMM forward algorithm with two states and three observations",
 wrong=[],
 nc=[(1, "状态集合 $Q = ", "defines state and observation sets"),
     (1, "$$\\pi = \\begin{bmatrix}0.5\\\\0.5\\end{bmatrix}", "binds pi, A, B"),
     (1, "观测序列 $O = ", "binds the observation sequence"),
     (2, "前向概率定义为", "defines alpha")])
SPECS["zh/gram_schmidt.md"] = dict(
 style="Chinese exercise solution (cnblogs-style 题目/公式/步骤)",
 topic="Gram-Schmidt orthonormalisation of three vectors in R^3 and the resulting QR factorisation",
 wrong=[],
 nc=[("**题目** 对 $\\mathbb R^3$ 中的向量", "states the problem and binds v1, v2, v3"),
     ("**公式** $u_k = v_k - ", "states the Gram-Schmidt recursion (definition)")])
SPECS["zh/geometric_trials.md"] = dict(
 style="Zhihu-style Q&A answer (Chinese)",
 topic="geometric distribution: expected trials by series and by recursion, variance, tail, coupon collector",
 wrong=[],
 nc=[("**答:** 设每次试验成功概率为 $p$", "defines X and its distribution"),
     ("**例 1(拒绝采样)** 接受率 $p = 0.25$:", "binds p")])
SPECS["zh/map_miou.md"] = dict(
 style="Chinese blog tutorial with tables",
 topic="average precision from a ranked detection list (all-point interpolation), mAP, per-class IoU and mIoU from a confusion matrix",
 wrong=[("$$AP = 0.25\\times 1 + 0.25\\times 1 + 0.25\\times 0.75 = 0.75$$", "0.25 + 0.25 + 0.1875 = 0.6875 (the mAP line uses 0.6875)")],
 nc=[("其中 $\\text{Precision} = \\frac{TP}{TP+FP}$", "defines precision and recall"),
     ("对类别 $c$:$IoU_c = ", "defines IoU")])
SPECS["zh/softmax_ce_backprop.ipynb"] = dict(
 style="Chinese course notebook (forward/backward derivation with numbers)",
 topic="softmax + cross-entropy: forward values, softmax Jacobian, dL/dz = p - y, gradients for W and b",
 wrong=[(3, "= 0.2537 - 1 = -0.7437$$", "0.2537 - 1 = -0.7463 (digits transposed); the W-gradient matrix uses -0.7463")],
 nc=[(1, "线性层 $z = Wx + b$", "defines the model and loss"),
     (1, "本例:$x = (1, 2)^\\top$", "binds x, z and y")])
SPECS["zh/inverse_det_2x2.md"] = dict(
 style="Chinese cheat-sheet style notes",
 topic="2x2 determinant, inverse, eigenvalues/eigenvectors and 2-norm condition number via singular values",
 wrong=[],
 nc=[("以 $A = \\begin{bmatrix} 4 & 1", "binds A")])
SPECS["zh/conv_sizes.md"] = dict(
 style="Chinese final-exam review answer key",
 topic="convolution / pooling / transposed-convolution output sizes, parameter count and MACs of a stem conv",
 wrong=[("W_{out} = (28 - 1)\\times 2 - 2\\times1 + 4 = 58$$", "27*2 - 2 + 4 = 56, not 58")],
 nc=[("**通用公式**(输入边长 $W$", "introduces notation"),
     ("**第 1 题** 输入 $224\\times224\\times3$", "binds the problem parameters")])

# ---- extra binding lines (appended after review) ----
def _add(name, *items):
    SPECS[name]["nc"] = list(SPECS[name]["nc"]) + list(items)
_add("en/grouped_dilated_conv.md", ("**(e) Output size** with $k = 3$", "binds k, d, p, stride, H"))
_add("en/lora_params.md", ("**Count for one projection** ($d = k = 4096$", "binds d, k, r"),
     ("**MLP variant** (someone asked)", "binds d, k, r for the MLP case"))
_add("en/mse_backprop_unusual.md", ("## Slide 6 · One SGD step (η = 0.1)", "binds the learning rate"),
     ("## Slide 7 · Mini-batch of m = 2", "binds m"))
_add("en/normalizing_flow.md", ("**Example 9.4.** With $s(x_1) = 0.5", "binds s, t and x"))
_add("ko/gap_embedding.md", ("예) ResNet 마지막 맵 $7\\times7$", "binds H=W=7 and the upstream gradient"))
_add("zh/conv_sizes.md", ("**第 2 题** 接 $3\\times3$ 最大池化", "binds pooling parameters"),
     ("**第 4 题** $3\\times3$ 卷积,$S = 2$", "binds conv parameters"),
     ("**第 5 题** 用转置卷积从", "binds transposed-conv parameters"))
_add("zh/map_miou.md", ("若另一类别的 $AP_2 = 0.8125$", "binds AP of the second class"))
_add("zh/sinusoidal_pe.md", ("$pos = 1$:", "binds pos"), ("$pos = 2$:", "binds pos"))
_add("zh/hmm_forward.ipynb", (3, "**初值**($o_1 = ", "binds o_1"), (3, "**t = 2**($o_2 = ", "binds o_2"), (3, "**t = 3**($o_3 = ", "binds o_3"))
SPECS["en/logistic_backprop_se.md"] = dict(
 style="StackExchange Q&A (accepted answer with a comment)",
 topic="logistic-regression gradient via the chain rule, worked example with finite-difference check, tanh form of the sigmoid",
 wrong=[("$$\\frac{d}{du}\\tanh u = 1 + \\tanh^2 u$$", "sign: d/du tanh u = 1 - tanh^2 u (the next line uses the correct 1 - tanh^2)")],
 nc=[("They do vanish, and it's not a coincidence. Write the model", "defines z and y-hat"),
     ("$\\sigma(z) = 1/(1 + e^{-z})$, and the per-example loss", "defines sigma"),
     ("$$L = -\\big[y\\log\\hat y + (1 - y)\\log(1 - \\hat y)\\big].$$", "defines the loss"),
     ("**Tiny example you can check with a finite difference.**", "binds x, w, b, y")])
SPECS["ko/clip_2x2.md"] = dict(
 style="Korean tech-blog explainer",
 topic="CLIP contrastive loss on a 2x2 similarity matrix: softplus form, temperature limits, derivative w.r.t. tau, logit scale",
 wrong=[],
 nc=[("$$S = \\begin{bmatrix} 0.8 & 0.2\\\\ 0.1 & 0.6\\end{bmatrix}$$", "binds the similarity matrix"),
     ("라고 하자 (대각선이 정답 쌍). 로짓은 $Z = S/\\tau$.", "defines the logits"),
     ("행 $i$ 의 image→text 손실은", "defines the row loss")])
SPECS["zh/rope_complex.md"] = dict(
 style="Chinese blog derivation in the complex-number style popular on Zhihu/personal blogs",
 topic="RoPE via complex multiplication: relative-position property and a numeric check",
 wrong=[],
 nc=[("$$\\langle f(q, m),\\ f(k, n)\\rangle = g(q, k, m - n)$$", "states the desired property (a requirement, not a derived claim)"),
     ("$$f(q, m) = q\\,e^{i m\\theta}$$", "defines f"),
     ("**数值例子** $q = 2 + i$", "binds q, k, theta, m, n")])
