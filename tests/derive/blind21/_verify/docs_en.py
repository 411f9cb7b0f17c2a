# (name, lang, style, topic, body)  body: str for .md, list of (kind, src) for .ipynb
DOCS = []
def md(name, style, topic, body): DOCS.append((name + ".md", "en", style, topic, body))
def nb(name, style, topic, cells): DOCS.append((name + ".ipynb", "en", style, topic, cells))

md("psnr_from_mse", "computer-vision blog post", "PSNR from the MSE of a 4-pixel patch, the 20 log10 MAX form, effect of doubling the MSE, [0,1]-scaled images", r'''# PSNR, computed by hand once

Every super-resolution paper reports PSNR, and I realised I had never actually computed one
without `skimage`. So here is a toy patch.

The definition, for a $B$-bit image:

$$\mathrm{PSNR} := 10\log_{10}\frac{\mathrm{MAX}^2}{\mathrm{MSE}}, \qquad \mathrm{MAX} = 2^B - 1$$⟦N:definition of PSNR and MAX⟧

For 8-bit images $\mathrm{MAX} = 255$.⟦N:binds MAX for 8-bit⟧

## The patch

| pixel | original $I$ | reconstruction $K$ | $I - K$ | $(I-K)^2$ |
|---|---|---|---|---|
| 1 | 52 | 54 | −2 | 4 |
| 2 | 55 | 55 | 0 | 0 |
| 3 | 61 | 58 | 3 | 9 |
| 4 | 59 | 60 | −1 | 1 |

So $\mathrm{MSE} = (4 + 0 + 9 + 1)/4 = 14/4 = 3.5$.

$$\mathrm{PSNR} = 10\log_{10}\frac{65025}{3.5} \approx 10\log_{10}(18578.6) \approx 42.69\ \text{dB}$$

The form most code uses splits the log:

$$\mathrm{PSNR} = 20\log_{10}255 - 10\log_{10}\mathrm{MSE}$$

with $20\log_{10}255 \approx 24.07$⟦W:dropped the factor 2, 20 log10 255 = 48.13⟧
and $10\log_{10}3.5 \approx 5.441$, giving $48.13 - 5.44 = 42.69$ dB again.

## Two things worth remembering

* Doubling the MSE costs $10\log_{10}2 \approx 3.01$ dB, so with $\mathrm{MSE} = 7$ we get $42.69 - 3.01 = 39.68$ dB.
* If the images are scaled to $[0,1]$, then $\mathrm{MAX} = 1$⟦N:rebinds MAX for [0,1] images⟧ and the MSE shrinks by $255^2$:
  $\mathrm{MSE}' = 3.5/65025 \approx 5.383 \times 10^{-5}$, and $10\log_{10}(1/\mathrm{MSE}') \approx 42.69$ dB. Same number, as it should be.

If your PSNR changes when you rescale, you mixed the scales of MAX and MSE.
''')

md("average_precision_ranked_list", "Q&A answer (Cross Validated style)", "average precision of a ranked list: correcting an asker who divides by the list length; AP with an unretrieved relevant item; MAP over two queries", r'''**Q:** My ranked list for one query has relevance `1 0 1 1 0 0 1` (4 relevant items in total). I computed

> $\mathrm{AP} = \frac{1}{7}\sum_{k=1}^{7} P@k \cdot \mathrm{rel}_k = \frac{2.9881}{7} \approx 0.4269$⟦N:the asker's formula, quoted and then rejected by the answer⟧

but sklearn gives something much higher. What's wrong?

---

**A:** You divide by the length of the list, 7. AP divides by the number of relevant items, $R$:

$$\mathrm{AP} = \frac{1}{R}\sum_{k=1}^{n} P@k\cdot \mathrm{rel}_k$$⟦N:definition of AP⟧

Only the ranks that hold a relevant item contribute. Here $R = 4$⟦N:binds R⟧ and the hits sit at ranks 1, 3, 4, 7:

* $P@1 = 1/1 = 1$
* $P@3 = 2/3 \approx 0.6667$
* $P@4 = 3/4 = 0.75$
* $P@7 = 4/7 \approx 0.5174$⟦W:transposed digits, 4/7 = 0.5714⟧

Sum: $1 + 0.6667 + 0.75 + 0.5714 = 2.9881$, and

$$\mathrm{AP} = \frac{2.9881}{4} \approx 0.7470.$$

That is what sklearn's `average_precision_score` should print for these labels.

**Edge case.** If the collection actually holds a fifth relevant document that your system never retrieved, then $R = 5$⟦N:rebinds R⟧ and the missing item contributes a precision of 0:
$\mathrm{AP} = 2.9881/5 \approx 0.5976$. This is why AP@k computed on a truncated list can look better than it is.

**MAP.** With a second query whose AP is $0.5$, the mean over the two queries is
$\mathrm{MAP} = (0.7470 + 0.5)/2 \approx 0.6235$.
''')

nb("int8_absmax_quantization", "Colab notebook (quantization tutorial)", "symmetric absmax int8 quantization of a 4-element weight vector: scale, codes, dequantization error, memory of a 7B model", [
("markdown", r'''# Absmax int8 quantization, step by step

Weights: $w = (0.31,\ -0.84,\ 0.12,\ 0.57)$.⟦N:binds the weight vector⟧

Symmetric quantization maps $[-\max|w|, \max|w|]$ onto $[-127, 127]$:

$$s = \frac{\max_i |w_i|}{127}, \qquad q_i = \operatorname{round}(w_i / s), \qquad \hat w_i = s\,q_i$$⟦N:definitions of scale, code and dequantized value⟧'''),
("code", r'''import numpy as np
w = np.array([0.31, -0.84, 0.12, 0.57])
s = np.abs(w).max() / 127
q = np.round(w / s).astype(np.int8)
print(s, q, q * s - w)'''),
("markdown", r'''Here $\max|w| = 0.84$, so

$$s = 0.84/127 \approx 0.06614$$⟦W:lost a decimal place, 0.84/127 = 0.006614⟧

and the codes are

| $i$ | $w_i$ | $w_i/s$ | $q_i$ | $\hat w_i = s q_i$ | error $\hat w_i - w_i$ |
|---|---|---|---|---|---|
| 1 | 0.31 | 46.87 | 47 | 0.31087 | +0.00087 |
| 2 | −0.84 | −127 | −127 | −0.84000 | 0 |
| 3 | 0.12 | 18.14 | 18 | 0.11906 | −0.00094 |
| 4 | 0.57 | 86.18 | 86 | 0.56882 | −0.00118 |

Every error stays below half a step, $s/2 \approx 0.003307$.'''),
("code", r'''print(np.abs(q * s - w).max() <= s / 2)'''),
("markdown", r'''## Memory

A 7B-parameter model in fp16 takes $7 \times 10^9 \times 2 = 14 \times 10^9$ bytes $= 14$ GB; in int8 it is $7$ GB plus the scales.

With one fp16 scale per output row of a $4096 \times 4096$ matrix the overhead is $4096 \times 2 = 8192$ bytes, i.e. $8$ KiB per matrix, nothing next to the $16$ MiB of int8 weights ($4096^2 = 16{,}777{,}216$ bytes).''')])

md("pixel_shuffle_shapes", "transcribed lecture slides (super-resolution)", "sub-pixel convolution / pixel shuffle: channel count C r^2, parameters of the last conv, output shape, MACs", r'''# Lecture 11 — Upsampling: sub-pixel convolution

**Slide 1: idea**
- predict $r^2$ sub-pixels per output channel at low resolution, then rearrange
- shape rule: $(C r^2, H, W) \to (C, rH, rW)$

**Slide 2: example, ×3 super-resolution**
- feature map: $64 \times 32 \times 32$, target RGB, $r = 3$⟦N:binds the example's sizes⟧
- last conv must output $C r^2 = 3 \cdot 9 = 27$ channels
- weights: $3 \cdot 3 \cdot 64 \cdot 27 = 15552$
- with bias: $15552 + 27 = 15579$ parameters
- after shuffle: $27/9 = 3$ channels at $96 \times 96$
- sanity check: $27 \cdot 32 \cdot 32 = 27648 = 3 \cdot 96 \cdot 96$ ✓

**Slide 3: cost**
- MACs of the conv: $32 \cdot 32 \cdot 15552 = 15{,}925{,}248 \approx 15.9$ M
- FLOPs $\approx 2 \times$ MACs $\approx 31.9$ M

**Slide 4: same for ×2 with 64 output channels (intermediate stage)**
- now $r = 2$⟦N:rebinds r⟧
- conv outputs $64 \cdot 4 = 256$ channels
- params: $3 \cdot 3 \cdot 64 \cdot 256 + 256 = 147456 + 256 = 147712$
- output: $64 \times 64 \times 64$

**Slide 5: takeaways**
- all the convolution happens at low resolution → cheap
- a transposed conv with stride $r$ gives the same shapes but tends to checkerboard
''')

nb("sam_sharpness_step", "Jupyter notebook (optimisation reading group)", "one SAM step on a quadratic: gradient norm, adversarial perturbation, perturbed gradient, update vs plain GD", [
("markdown", r'''# One step of SAM by hand

Loss $L(w) = w_1^2 + 4w_2^2$,⟦N:defines the loss⟧ start at $w = (1, 1)^\top$,⟦N:binds the start point⟧ neighbourhood radius $\rho = 0.05$ and learning rate $\eta = 0.1$.⟦N:binds rho and eta⟧

SAM:

\begin{align*}
\epsilon &= \rho\,\frac{\nabla L(w)}{\|\nabla L(w)\|} \\⟦N:definition of the perturbation⟧
w_{t+1} &= w_t - \eta\,\nabla L(w_t + \epsilon)⟦N:update rule of SAM⟧
\end{align*}'''),
("markdown", r'''## The numbers

$\nabla L(w) = (2w_1,\ 8w_2) = (2,\ 8)$, so $\|\nabla L\| = \sqrt{4 + 64} = \sqrt{68} \approx 8.246$.

$$\epsilon = 0.05 \cdot \frac{(2, 8)}{8.246} \approx (0.01213,\ 0.04851)$$

$$w + \epsilon \approx \begin{pmatrix} 1.01213 \\ 1.04851 \end{pmatrix}, \qquad
\nabla L(w+\epsilon) \approx \begin{pmatrix} 2.02425 \\ 8.38806 \end{pmatrix}$$

Update:

$$w_{\text{new}} = \begin{pmatrix} 1 \\ 1 \end{pmatrix} - 0.1\begin{pmatrix} 2.02425 \\ 8.38806 \end{pmatrix} \approx \begin{pmatrix} 0.79757 \\ 0.16119 \end{pmatrix}$$'''),
("code", r'''import numpy as np
w = np.array([1.0, 1.0]); g = np.array([2*w[0], 8*w[1]])
eps = 0.05 * g / np.linalg.norm(g)
gp = np.array([2*(w+eps)[0], 8*(w+eps)[1]])
print(eps, w - 0.1*gp)'''),
("markdown", r'''## Compared with plain gradient descent

Plain GD gives $w - 0.1\,(2, 8) = (0.8,\ 0.2)$, with $L = 0.64 + 0.16 = 0.8$.

SAM's point has $L \approx 0.79757^2 + 4 \cdot 0.16119^2 \approx 0.7401$, slightly lower here because the sharp direction $w_2$ got the bigger kick.

The perturbed loss is $L(w+\epsilon) \approx 5.4219$, versus $L(w) = 5$ — that gap is the "sharpness" SAM penalises.''')])

md("training_time_gpu_hours", "learner notes (first person, LLM training budget)", "training compute 6ND for a 1.3B model on 26B tokens, effective throughput at 40% MFU, GPU-hours, wall time on 8 GPUs, cost, tokens/s", r'''# how long would my 1.3B run take?? (notes to self)

setup: $N = 1.3 \times 10^9$ params, $D = 26 \times 10^9$ tokens (the 20 tokens/param rule).⟦N:binds N and D⟧
GPU: A100, bf16 peak 312 TFLOP/s, and I'll assume MFU of 40%.

compute first. I wrote

$C = 2ND = 6.76 \times 10^{19}$ FLOPs⟦N:crossed-out line: the notes reject it right below (forward pass only)⟧

wait, that's wrong: $2ND$ is the forward pass only. backward is about twice the forward, so training is

$$C \approx 6ND = 6 \times 1.3 \times 10^9 \times 26 \times 10^9 = 2.028 \times 10^{20}\ \text{FLOPs}$$

effective throughput per GPU: $0.4 \times 312 = 124.8$ TFLOP/s.

time on ONE gpu:

$$t = \frac{2.028 \times 10^{20}}{1.248 \times 10^{14}} = 1.625 \times 10^{6}\ \text{s} \approx 451.4\ \text{GPU-hours}$$

on 8 GPUs (assuming perfect scaling, which, lol): $451.4/8 \approx 65.4$ h⟦W:arithmetic slip, 451.4/8 = 56.4⟧

so ~56.4 h ≈ 2.35 days. ok that's actually doable over a long weekend.

**cost** at \$2 per GPU-hour: $451.4 \times 2 \approx \$903$.

**sanity check via tokens/s**: each token costs $6N = 7.8 \times 10^9$ FLOPs, so one GPU does
$124.8 \times 10^{12} / 7.8 \times 10^9 = 16000$ tokens/s, and $26 \times 10^9 / (8 \times 16000) \approx 2.03 \times 10^5$ s $\approx 56.4$ h. matches :)

todo: add eval overhead (~5%?) and checkpoint saving.
''')

md("cutmix_lambda_area", "ML blog post (data augmentation)", "CutMix: box side from lambda, area-corrected lambda, clipped box at the border, mixed cross-entropy", r'''# CutMix: why the λ you sample is not the λ you use

CutMix pastes a box from image B into image A and mixes the labels by area. For a $W \times H$ image and a sampled $\lambda$, the box has sides

$$r_w = W\sqrt{1-\lambda}, \qquad r_h = H\sqrt{1-\lambda}$$⟦N:definition of the box sides⟧

## Worked numbers

Take $224 \times 224$ images and suppose we draw $\lambda = 0.7$.⟦N:binds the sampled lambda⟧

* $\sqrt{1 - 0.7} = \sqrt{0.3} \approx 0.5477$
* $r_w = 224 \times 0.5477 \approx 122.7$, which rounds to a $123$-pixel box side
* box area $123^2 = 15129$
* image area $224^2 = 50716$⟦W:transposed digits, 224^2 = 50176⟧

Because of the rounding, implementations recompute $\lambda$ from the pixels actually pasted:

$$\lambda_{\text{adj}} = 1 - \frac{15129}{50176} \approx 0.6985$$

## When the box hits the border

The box centre is uniform over the image, so the box often gets clipped. Say the centre is at $x = 200$: the box runs from $x_1 = 139$ to $x_2 = \min(261, 224) = 224$, so its width is only $85$ pixels. Then the pasted area is $85 \times 123 = 10455$ and

$$\lambda_{\text{adj}} = 1 - \frac{10455}{50176} \approx 0.7916.$$

## The loss

The target is mixed with the same weight. If the model gives $p_A = 0.6$ to class A and $p_B = 0.3$ to class B:⟦N:binds the predicted probabilities⟧

$$\mathcal L = \lambda_{\text{adj}}\,(-\ln 0.6) + (1-\lambda_{\text{adj}})(-\ln 0.3) \approx 0.7916 \times 0.5108 + 0.2084 \times 1.2040 \approx 0.6553$$

Using the sampled $0.7$ instead of $0.7916$ would have over-weighted class B by about 9 points of area.
''')

md("swin_window_attention_flops", "reading-group notes (vision transformers)", "Swin: FLOPs of global MSA vs window MSA at stage 1 (56x56, C=96, M=7), ratio, number of windows", r'''## Reading group — Swin Transformer, §3.2 complexity

The paper gives, for a feature map of $h \times w$ tokens with $C$ channels and window size $M$:

\begin{align*}
\Omega(\text{MSA}) &= 4hwC^2 + 2(hw)^2C \\⟦N:cost formula of global MSA (definition)⟧
\Omega(\text{W-MSA}) &= 4hwC^2 + 2M^2hwC⟦N:cost formula of window MSA (definition)⟧
\end{align*}

The $4hwC^2$ term is the $Q, K, V$ and output projections; the second term is $QK^\top$ plus the product with $V$.

### Stage 1 of Swin-T

$h = w = 56$, $C = 96$, $M = 7$.⟦N:binds stage-1 sizes⟧
So $hw = 3136$.

| term | value |
|---|---|
| $4hwC^2 = 4 \cdot 3136 \cdot 9216$ | $115{,}605{,}504$ |
| $2(hw)^2C = 2 \cdot 3136^2 \cdot 96$ | $1{,}888{,}223{,}232$ |
| $2M^2hwC = 2 \cdot 49 \cdot 3136 \cdot 96$ | $29{,}503{,}488$ |

Someone on the slide wrote $2 \cdot 49 \cdot 3136 \cdot 96 \approx 2.95 \times 10^{6}$,⟦W:power-of-ten slip, the product is 2.95e7⟧ which made W-MSA look even cheaper than it is.

Totals:

* global: $\Omega(\text{MSA}) \approx 2.004 \times 10^9$
* windowed: $\Omega(\text{W-MSA}) \approx 1.451 \times 10^8$
* ratio $\approx 13.8\times$

The windows: $(56/7)^2 = 64$ windows of $49$ tokens each, and $64 \times 49 = 3136$ tokens, as it should.

Discussion point: the ratio grows linearly with $hw/M^2$, so at higher resolution global attention becomes hopeless.
''')

md("heron_law_of_cosines", "textbook worked example (trigonometry)", "triangle 7-8-9: Heron's area, angles by the law of cosines, area check by 1/2 ab sin C, inradius and circumradius", r'''### Example 6.4

A triangle has sides $a = 7$, $b = 8$, $c = 9$.⟦N:binds the sides⟧ Find its area, its angles and the radii of its inscribed and circumscribed circles.

**Solution.** The semi-perimeter is $s = \frac{7 + 8 + 9}{2} = 12$. By Heron's formula,

$$K = \sqrt{s(s-a)(s-b)(s-c)} = \sqrt{12 \cdot 5 \cdot 4 \cdot 3} = \sqrt{720} = 12\sqrt5 \approx 26.83.$$

By the law of cosines, $c^2 = a^2 + b^2 - 2ab\cos C$, so

$$\cos C = \frac{49 + 64 - 81}{2 \cdot 7 \cdot 8} = \frac{32}{112} \approx 0.2857, \qquad C \approx 73.40^\circ.$$

Similarly

$$\cos A = \frac{64 + 81 - 49}{2 \cdot 8 \cdot 9} = \frac{96}{144} \approx 0.6667 \ \Rightarrow\ A \approx 41.81^\circ$$⟦W:took arcsin instead of arccos, arccos(2/3) = 48.19 deg⟧

and $\cos B = \frac{49 + 81 - 64}{2 \cdot 7 \cdot 9} = \frac{66}{126} \approx 0.5238$, so $B \approx 58.41^\circ$.

*Check:* $A + B + C \approx 48.19^\circ + 58.41^\circ + 73.40^\circ = 180^\circ$. ✓

*Second check of the area:* $K = \tfrac12 ab\sin C = 28 \sin 73.40^\circ \approx 28 \times 0.9583 \approx 26.83$. ✓

**Radii.**

$$r = \frac{K}{s} = \frac{12\sqrt5}{12} = \sqrt5 \approx 2.236, \qquad R = \frac{abc}{4K} = \frac{504}{4 \cdot 26.83} \approx 4.696.$$

*Remark.* Since $\cos C > 0$, the largest angle is acute and the triangle is acute.
''')

md("wheatstone_bridge", "physics lab write-up", "Wheatstone bridge: balance condition, unknown resistor, off-balance voltage, branch currents and power", r'''# Lab 5: Wheatstone bridge

**Aim.** Measure an unknown resistor $R_x$ and look at the bridge output when it is off balance.

**Setup.** Supply $V = 10\ \text{V}$.⟦N:binds the supply voltage⟧ Left arm: $R_1 = 100\ \Omega$ on top, $R_2 = 220\ \Omega$ at the bottom. Right arm: $R_3 = 150\ \Omega$ on top, $R_x$ at the bottom.⟦N:binds the resistors⟧ The galvanometer sits between the two midpoints $a$ and $b$.

## 1. Balance

The galvanometer reads zero when both midpoints are at the same potential, i.e.

$$\frac{R_2}{R_1 + R_2} = \frac{R_x}{R_3 + R_x} \iff \frac{R_1}{R_2} = \frac{R_3}{R_x}$$⟦N:balance condition (equation to solve for R_x)⟧

With our values,

$$R_x = \frac{R_2 R_3}{R_1} = \frac{220 \times 150}{100} = 330\ \Omega.$$

The decade box read $330\ \Omega$ at balance, matching.

## 2. Off balance

Next we set the box to $R_x = 300\ \Omega$.⟦N:rebinds R_x⟧ The midpoint voltages (to the negative rail) are

\begin{align*}
V_a &= 10 \cdot \frac{220}{320} = 6.875\ \text{V} \\
V_b &= 10 \cdot \frac{300}{450} \approx 6.667\ \text{V}
\end{align*}

so $V_{ab} = V_a - V_b \approx 0.208\ \text{V}$. We measured $0.21\ \text{V}$ with the DMM.

## 3. Currents and power (galvanometer removed)

* left arm: $I_L = 10/320 = 31.25\ \text{mA}$
* right arm: $I_R = 10/450 \approx 22.22\ \text{mA}$
* total: $I = 31.25 + 22.22 = 53.47\ \text{mA}$

The supply delivers $P = VI \approx 10 \times 0.05347 \approx 0.535\ \text{W}$ in total. The hottest resistor is $R_x$, with $I_R^2 R_x = 0.02222^2 \times 300 \approx 0.148$ W, under its $1/4$ W rating.

**Conclusion.** Balance gave $R_x = 330\ \Omega$; the off-balance output agrees with the divider formula within the meter's resolution.
''')

md("moment_of_inertia", "transcribed lecture slides (rotational dynamics)", "moments of inertia of a rod (centre, end, parallel axis), a disk, rolling down an incline, rotational kinetic energy", r'''# PHYS 101 — Week 9: moment of inertia

**Definition**
- $I = \sum_i m_i r_i^2 \to \int r^2\,dm$⟦N:definition of I⟧

**Thin rod, axis through the centre**
- $dm = \frac{M}{L}dx$⟦N:mass element (definition)⟧
- $I_{\text{cm}} = \int_{-L/2}^{L/2} \frac{M}{L}x^2\,dx = \frac{ML^2}{12}$
- rod $M = 2$ kg, $L = 1.5$ m:⟦N:binds M and L⟧
- $I_{\text{cm}} = 2 \cdot 2.25/12 = 0.375\ \text{kg·m}^2$

**Same rod, axis at one end**
- direct: $I_{\text{end}} = ML^2/3 = 2 \cdot 2.25/3 = 1.5\ \text{kg·m}^2$
- parallel axis: $I = I_{\text{cm}} + Md^2$ with $d = L/2 = 0.75$ m
- $0.375 + 2 \cdot 0.75^2 = 0.375 + 1.125 = 1.5$ ✓

**Solid disk**
- $I = \frac12 MR^2$
- $M = 3$ kg, $R = 0.2$ m:⟦N:rebinds M, binds R⟧
- $I = \frac12 \cdot 3 \cdot 0.2^2 = 0.6\ \text{kg·m}^2$⟦W:power-of-ten slip, 0.5*3*0.04 = 0.06⟧

**Rolling without slipping down a height $h$**
- energy: $Mgh = \frac12 Mv^2 + \frac12 I\omega^2$, $\omega = v/R$⟦N:energy balance and rolling condition (equations to solve)⟧
- disk: $v = \sqrt{4gh/3}$; for $h = 1$ m: $v = \sqrt{4 \cdot 9.8/3} \approx 3.615$ m/s
- solid sphere ($I = \frac25 MR^2$): $v = \sqrt{10gh/7} \approx 3.742$ m/s → sphere wins
- mass and radius cancel! (ask: why?)

**Rotational KE**
- rod about its end at $\omega = 4$ rad/s: $K = \frac12 I\omega^2 = \frac12 \cdot 1.5 \cdot 16 = 12$ J
- disk from above ($I = 0.06$) at the same $\omega$: $K = \frac12 \cdot 0.06 \cdot 16 = 0.48$ J
''')

md("snell_refraction_notes", "learner notes (first person, optics homework)", "Snell's law air to glass and water, critical angle, speed in glass, lateral shift through a slab", r'''# optics hw 3 — my working

light goes from air ($n_1 = 1.00$) into glass ($n_2 = 1.50$) at $\theta_1 = 40^\circ$.⟦N:binds n1, n2, theta1⟧

Snell: $n_1\sin\theta_1 = n_2\sin\theta_2$.⟦N:Snell's law as the equation to solve⟧

first attempt: $\sin\theta_2 = 1.5\sin 40^\circ = 0.964$⟦N:crossed-out attempt the notes reject on the next line⟧

wait, that's backwards — going INTO the denser medium the ray bends toward the normal, so $\sin\theta_2$ must be smaller. redo:

$$\sin\theta_2 = \frac{\sin 40^\circ}{1.5} = \frac{0.6428}{1.5} \approx 0.4285$$

$$\theta_2 = \arcsin(0.4285) \approx 25.37^\circ$$

ok that makes sense, smaller than 40°.

**(b) water instead** ($n_2 = 1.33$):⟦N:rebinds n2⟧
$\sin\theta_2 = 0.6428/1.33 \approx 0.4833$, so $\theta_2 \approx 28.90^\circ$. bends less than in glass, fine.

**(c) critical angle** glass → air: $\sin\theta_c = 1/1.5$, so $\theta_c = \arcsin(0.6667) \approx 41.81^\circ$.

**(d) speed in glass**: $v = c/n = 3\times10^8/1.5 = 2\times10^7$ m/s⟦W:power-of-ten slip, 3e8/1.5 = 2e8⟧

**(e) lateral shift** through a slab of thickness $t = 2$ cm (back to glass, $\theta_2 = 25.37^\circ$):

$$d = \frac{t\sin(\theta_1 - \theta_2)}{\cos\theta_2} = \frac{2\sin 14.63^\circ}{\cos 25.37^\circ} \approx \frac{2 \times 0.2525}{0.9035} \approx 0.559\ \text{cm}$$

hmm, about 5.6 mm. plausible. the ray leaves parallel to how it came in, just shifted.

note to self: in (d) the light is at $2\times10^8$ m/s, i.e. two thirds of $c$.
''')

md("cantilever_deflection", "engineering blog post (structures)", "steel cantilever: second moment of area, tip deflection under a point load and a UDL, bending stress, effect of rotating the section", r'''# How much does a steel cantilever sag? A quick hand check

I wanted a sanity check before trusting the FE model, so here is the textbook calculation for a
2 m cantilever.

**Data.** Rectangular steel section $b = 50$ mm wide, $h = 100$ mm deep, $E = 200$ GPa, length $L = 2$ m.⟦N:binds the section and material⟧ Point load $P = 500$ N at the tip.⟦N:binds P⟧

## Second moment of area

$$I = \frac{bh^3}{12} = \frac{0.05 \times 0.1^3}{12} = 4.1667 \times 10^{-7}\ \text{m}^4$$⟦W:power-of-ten slip, 0.05*0.001/12 = 4.1667e-6⟧

## Tip deflection

$$\delta = \frac{PL^3}{3EI} = \frac{500 \times 8}{3 \times 200\times10^9 \times 4.1667\times10^{-6}} = \frac{4000}{2.5\times10^{6}} = 1.6\times10^{-3}\ \text{m}$$

So $\delta = 1.6$ mm. The FE model said 1.62 mm (it includes shear deformation), so we are good.

## Bending stress

Maximum moment at the wall, $M = PL = 1000$ N·m, and with $c = h/2 = 0.05$ m:

$$\sigma = \frac{Mc}{I} = \frac{1000 \times 0.05}{4.1667\times10^{-6}} \approx 12.0\ \text{MPa}$$

— far below the ~250 MPa yield of mild steel.

## Uniform load instead

Replace the point load with $w = 1$ kN/m along the whole length:⟦N:binds w⟧

$$\delta = \frac{wL^4}{8EI} = \frac{1000 \times 16}{8 \times 200\times10^9 \times 4.1667\times10^{-6}} \approx 2.4\ \text{mm}$$

## Don't install it on its side

Rotating the section ($b = 100$ mm, $h = 50$ mm) gives $I = 0.1 \times 0.05^3/12 \approx 1.0417\times10^{-6}$ m⁴, a quarter of before, so the point-load deflection becomes $4 \times 1.6 = 6.4$ mm.
''')

nb("horner_synthetic_division", "homework notebook (numerical methods)", "Horner's scheme for p(2), quotient and remainder, p'(2) by a second pass, division by (x+1)", [
("markdown", r'''# HW 2, problem 1 — Horner's scheme

$p(x) = 2x^4 - 3x^3 + 5x - 7$.⟦N:defines p⟧ Coefficients (with the missing $x^2$): $2, -3, 0, 5, -7$.

Horner: $b_4 = a_4$, $b_k = a_k + x_0 b_{k+1}$.⟦N:recurrence of Horner's scheme⟧

## (a) $x_0 = 2$

| step | computation | $b_k$ |
|---|---|---|
| $b_4$ | $2$ | 2 |
| $b_3$ | $-3 + 2\cdot 2$ | 1 |
| $b_2$ | $0 + 2\cdot 1$ | 2 |
| $b_1$ | $5 + 2\cdot 2$ | 9 |
| $b_0$ | $-7 + 2\cdot 9$ | 11 |

So $p(2) = 11$, and directly: $32 - 24 + 10 - 7 = 11$ ✓.

The other $b$'s give the quotient: $p(x) = (x - 2)(2x^3 + x^2 + 2x + 9) + 11$.'''),
("code", r'''import numpy as np
print(np.polyval([2, -3, 0, 5, -7], 2), np.polydiv([2, -3, 0, 5, -7], [1, -2]))'''),
("markdown", r'''## (b) $p'(2)$ with a second pass

Run Horner on the quotient $2, 1, 2, 9$ at $x_0 = 2$:

$2 \to 1 + 2\cdot2 = 5 \to 2 + 2\cdot5 = 12 \to 9 + 2\cdot12 = 33$, so $p'(2) = 33$.

Check: $p'(x) = 8x^3 - 9x^2 + 5$ and $p'(2) = 64 - 36 + 5 = 33$ ✓.

## (c) Divide by $(x + 1)$, i.e. $x_0 = -1$

* $b_4 = 2$
* $b_3 = -3 + (-1)(2) = -5$
* $b_2 = 0 + (-1)(-5) = -5$⟦W:sign slip, (-1)(-5) = +5⟧
* $b_1 = 5 + (-1)(5) = 0$
* $b_0 = -7 + (-1)(0) = -7$

So $p(x) = (x+1)(2x^3 - 5x^2 + 5x) - 7$ and $p(-1) = -7$. Check: $2 + 3 - 5 - 7 = -7$ ✓.'''),
("code", r'''print(np.polydiv([2, -3, 0, 5, -7], [1, 1]))''')])

nb("carbon14_dating", "Colab notebook (intro physics / archaeology)", "radiocarbon dating: decay constant, age from a remaining fraction, from an activity ratio, two half-lives", [
("markdown", r'''# Radiocarbon dating in a few lines

C-14 decays as $N(t) = N_0 e^{-\lambda t}$⟦N:decay law (definition)⟧ with half-life $t_{1/2} = 5730$ years,⟦N:binds the half-life⟧ so

$$\lambda = \frac{\ln 2}{t_{1/2}} = \frac{0.6931}{5730} \approx 1.2097 \times 10^{-4}\ \text{yr}^{-1}.$$'''),
("code", r'''import numpy as np
lam = np.log(2) / 5730
print(lam)'''),
("markdown", r'''## Sample 1: 35% of the modern C-14 left

$N/N_0 = 0.35$,⟦N:binds the measured fraction⟧ so

$$t = -\frac{\ln 0.35}{\lambda} = \frac{1.0498}{1.2097\times10^{-4}} \approx 8679\ \text{years}.$$

## Sample 2: from activities

Modern carbon gives $15.3$ decays per minute per gram; the sample gives $4.2$.

$$t = \frac{1}{\lambda}\ln\frac{15.3}{4.2} = \frac{\ln 3.643}{1.2097\times10^{-4}} \approx \frac{1.2928}{1.2097\times10^{-4}} \approx 10687\ \text{years}$$'''),
("code", r'''print(-np.log(0.35) / lam, np.log(15.3 / 4.2) / lam)'''),
("markdown", r'''## Quick mental check

The rule of thumb: each half-life halves what is left, so after $k$ half-lives the fraction is $2^{-k}$.

25% left means two half-lives: $t = 2 \times 5730 = 11460$ years. Sample 2 has $4.2/15.3 \approx 27\%$ left, a bit more than 25%, so it should be a bit younger than $11460$ — and $10687$ is.

For the record, $10687/5730 \approx 1.865$ half-lives, and $2^{-1.865} \approx 0.274$, the measured ratio.''')])

md("price_elasticity", "Q&A answer (economics forum)", "price elasticity of demand: simple vs midpoint (arc) formula, point elasticity of a linear demand curve, revenue", r'''**Question.** Price went from \$10 to \$12 and quantity from 100 to 80 units. My teacher says the elasticity is about $-1.22$, but I get $-1$. I used

> $E = \dfrac{\%\Delta P}{\%\Delta Q}$⟦N:the asker's formula, rejected in the answer (inverted ratio)⟧

Who is right?

**Answer.** Two separate issues.

First, the ratio is the other way round: elasticity is the percentage change in quantity *per* percentage change in price,

$$E = \frac{\%\Delta Q}{\%\Delta P}.$$⟦N:definition of elasticity⟧

With your numbers it happens not to matter for the simple version, because both changes are 20%: $\%\Delta Q = -20/100 = -20\%$ and $\%\Delta P = 2/10 = 20\%$, so $E = -1$.

Second, your teacher uses the **midpoint (arc) formula**, which divides by the averages so that going up and coming back down give the same answer:

$$E_{\text{arc}} = \frac{\Delta Q / \bar Q}{\Delta P / \bar P} = \frac{-20/90}{2/11} \approx \frac{-0.2222}{0.1818} \approx -1.222$$

That's the $-1.22$.

**Point elasticity.** If the demand curve is linear, $Q = 200 - 10P$,⟦N:defines the demand curve⟧
then $dQ/dP = -10$ and

* at $P = 10$: $E = -10 \cdot \frac{10}{100} = -1$ (unit elastic)
* at $P = 12$: $E = -10 \cdot \frac{12}{80} = -1.5$

**Revenue.** $R = PQ$: at \$10 it is $10 \times 100 = 1000$, at \$12 it is $12 \times 80 = 960$. Revenue fell, consistent with $|E| > 1$ above \$10. In fact $R(P) = 200P - 10P^2$ has $R'(P) = 200 - 20P = 0$ at $P = 10$, exactly where $E = -1$.
''')
