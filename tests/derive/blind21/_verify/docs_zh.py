# (name, lang, style, topic, body)  body: str for .md, list of (kind, src) for .ipynb
DOCS = []
def md(name, style, topic, body): DOCS.append((name + ".md", "zh", style, topic, body))
def nb(name, style, topic, cells): DOCS.append((name + ".ipynb", "zh", style, topic, cells))

md("prefix_tuning_params", "CSDN 博客 (参数高效微调)", "Prefix-Tuning 可训练参数量: 每层 K/V 前缀, 重参数化 MLP 的参数量, 占 GPT-2 medium 的比例", r'''# 【PEFT 笔记】Prefix-Tuning 到底训练了多少参数？

Prefix-Tuning 在每一层注意力的 $K$、$V$ 前面拼上 $l$ 个可学习的向量，主模型参数全部冻结。

## 【例】GPT-2 medium

已知层数 $L = 24$，隐藏维度 $d = 1024$，前缀长度 $l = 20$。⟦N:题目条件⟧

**解：** 每层的 $K$ 和 $V$ 各有 $l \times d$ 个参数，故

$$P_{\text{prefix}} = 2 \cdot L \cdot l \cdot d = 2 \times 24 \times 20 \times 1024 = 983040$$

约 $0.98$M。GPT-2 medium 约 355M 参数，占比

$$\frac{983040}{355 \times 10^6} \approx 2.77\%$$⟦W:百分比换算错误, 983040/355e6 = 0.277%⟧

也就是千分之三都不到。

## 重参数化 (训练时)

论文发现直接优化前缀不稳定，于是用一个小 MLP 生成前缀：

$$P_\theta[i,:] = \mathrm{MLP}_\theta\big(P'_\theta[i,:]\big)$$⟦N:重参数化的定义⟧

设 $P'$ 的维度为 $512$，MLP 把 $512$ 映射到 $2Ld = 2 \times 24 \times 1024 = 49152$。训练时的参数量为

$$\underbrace{20 \times 512}_{P'} + \underbrace{512 \times 49152 + 49152}_{\text{MLP}} = 10240 + 25165824 + 49152 = 25225216$$

约 $25.2$M，反而比前缀本身多得多。不过训练结束后 MLP 就可以扔掉，只保存算出来的 $983040$ 个前缀参数。

## 小结

| 阶段 | 参数量 |
|---|---|
| 训练 (含 MLP) | 约 25.2M |
| 推理 (只存前缀) | 约 0.98M |

易得：前缀参数量与 $l$ 成正比，$l = 10$ 时减半为 $491520$。
''')

md("ssim_small_window", "知乎回答 (图像质量评价)", "SSIM 在 4 个像素的窗口上: 均值、方差、协方差、C1/C2、亮度项与结构项、最终 SSIM", r'''**问：SSIM 公式里那么多项，能不能拿几个像素手算一遍？**

答：可以，拿一个只有 4 个像素的"窗口"就够了。

设原图 $x = (100, 110, 120, 130)$，失真图 $y = (102, 108, 125, 129)$。⟦N:给定两组像素⟧

SSIM 的定义：

$$\mathrm{SSIM}(x,y) = \frac{(2\mu_x\mu_y + C_1)(2\sigma_{xy} + C_2)}{(\mu_x^2 + \mu_y^2 + C_1)(\sigma_x^2 + \sigma_y^2 + C_2)}$$⟦N:SSIM 定义⟧

其中 $C_1 = (0.01 \times 255)^2 = 6.5025$，$C_2 = (0.03 \times 255)^2 = 58.5225$。

**第一步：均值。** $\mu_x = 460/4 = 115$，$\mu_y = 464/4 = 116$。

**第二步：方差和协方差**（这里用除以 $N$ 的总体方差）：

- $x - \mu_x = (-15, -5, 5, 15)$，$\sigma_x^2 = (225 + 25 + 25 + 225)/4 = 125$
- $y - \mu_y = (-14, -8, 9, 13)$，$\sigma_y^2 = (196 + 64 + 81 + 169)/4 = 127.5$
- $\sigma_{xy} = (210 + 40 + 45 + 195)/4 = 112.5$⟦W:加法错误, 490/4 = 122.5⟧

**第三步：代入。**

$$\text{分子} = (2 \cdot 115 \cdot 116 + 6.5025)(2 \cdot 122.5 + 58.5225) = 26686.5025 \times 303.5225$$

$$\text{分母} = (115^2 + 116^2 + 6.5025)(125 + 127.5 + 58.5225) = 26687.5025 \times 311.0225$$

故 $\mathrm{SSIM} \approx 0.9758$。

**拆开看更直观：**亮度项 $\frac{26686.5025}{26687.5025} \approx 0.99996$，几乎为 1（两组均值只差 1）；结构/对比度项 $\frac{303.5225}{311.0225} \approx 0.9759$，SSIM 的损失几乎全来自这里。

实际实现里窗口是 $11 \times 11$ 高斯加权，再对所有窗口取平均，但每个窗口里算的就是上面这些。
''')

nb("wer_edit_ops", "Jupyter 笔记 (语音识别评测)", "词错误率 WER: 替换/删除/插入计数, 字错误率 CER 对比, WER 超过 100% 的例子", [
("markdown", r'''# 语音识别的 WER 和 CER

定义：

$$\mathrm{WER} = \frac{S + D + I}{N}$$⟦N:WER 定义⟧

$S, D, I$ 分别是替换、删除、插入的词数，$N$ 是参考文本的词数。

## 例子

- 参考：`我 今天 去 北京 开会`，$N = 5$⟦N:参考文本与 N⟧
- 识别：`我 明天 去 北京 开 会`

最小编辑对齐：`今天 → 明天`（替换），`开会 → 开`（替换），多出 `会`（插入）。'''),
("code", r'''def edit_distance(r, h):
    d = [[i + j if i * j == 0 else 0 for j in range(len(h) + 1)] for i in range(len(r) + 1)]
    for i in range(1, len(r) + 1):
        for j in range(1, len(h) + 1):
            d[i][j] = min(d[i-1][j] + 1, d[i][j-1] + 1, d[i-1][j-1] + (r[i-1] != h[j-1]))
    return d[-1][-1]
print(edit_distance("我 今天 去 北京 开会".split(), "我 明天 去 北京 开 会".split()))'''),
("markdown", r'''所以 $S = 2,\ D = 0,\ I = 1$，

$$\mathrm{WER} = \frac{2 + 0 + 1}{5} = 0.6 = 60\%$$

## 换成字

中文常用 CER。去掉空格后参考是 `我今天去北京开会`，共 $8$ 个字；识别是 `我明天去北京开会`，只错了"今→明"一个字：

$$\mathrm{CER} = \frac{1}{8} = 1.25\%$$⟦W:小数点错位, 1/8 = 12.5%⟧

WER 60% 而 CER 只有 12.5%，差别来自分词：`开会` 被切成了两个词。'''),
("code", r'''print(edit_distance(list("我今天去北京开会"), list("我明天去北京开会")) / 8)'''),
("markdown", r'''## WER 可以超过 100%

参考只有 2 个词 `打开 空调`，识别出了 5 个完全不相干的词：2 个替换加 3 个插入，

$$\mathrm{WER} = \frac{2 + 0 + 3}{2} = 2.5 = 250\%$$

所以 WER 不是"错误的百分比"，而是相对参考长度的编辑次数。''')])

md("improper_integral", "CSDN 博客 (高数例题)", "反常积分: 1/x^2, 1/sqrt(x), e^{-2x}, 1/x 发散, x e^{-x}, 1/(1+x^2), p-积分", r'''# 高数 | 反常积分常见题型汇总

## 【例1】 求 $\displaystyle\int_1^{+\infty}\frac{dx}{x^2}$

解：

$$\int_1^{+\infty}\frac{dx}{x^2} = \lim_{b\to+\infty}\left[-\frac1x\right]_1^b = \lim_{b\to+\infty}\left(1 - \frac1b\right) = 1$$

## 【例2】 求 $\displaystyle\int_0^1\frac{dx}{\sqrt x}$（瑕点 $x = 0$）

解：

$$\int_0^1 x^{-1/2}\,dx = \lim_{\varepsilon\to0^+}\Big[2\sqrt x\Big]_\varepsilon^1 = \frac12$$⟦W:原函数代值错误, [2 sqrt x]_0^1 = 2⟧

验证一下：$2\sqrt1 - 2\sqrt0 = 2$，所以该积分收敛且等于 2。

## 【例3】 $\displaystyle\int_0^{+\infty} e^{-2x}\,dx = \left[-\frac12 e^{-2x}\right]_0^{+\infty} = \frac12$

## 【例4】 $\displaystyle\int_1^{+\infty}\frac{dx}{x}$

解：$\int_1^b \frac{dx}{x} = \ln b \to +\infty$，故发散。

## 【例5】 分部积分

$$\int_0^{+\infty} x e^{-x}\,dx = \Big[-xe^{-x}\Big]_0^{+\infty} + \int_0^{+\infty}e^{-x}\,dx = 0 + 1 = 1$$

（即 $\Gamma(2) = 1! = 1$。）

## 【例6】 两端都是无穷

$$\int_{-\infty}^{+\infty}\frac{dx}{1+x^2} = \lim_{b\to+\infty}2\arctan b = 2\cdot\frac{\pi}{2} = \pi \approx 3.1416$$

## 总结：p-积分

$$\int_1^{+\infty}\frac{dx}{x^p} = \begin{cases} \dfrac{1}{p-1}, & p > 1 \\ +\infty, & p \le 1 \end{cases}$$⟦N:p-积分的分段结论 (cases)⟧

例如 $p = 3$ 时 $\int_1^{+\infty} x^{-3}\,dx = \frac{1}{2}$。易得例1就是 $p = 2$ 的情形，$\frac{1}{2-1} = 1$。
''')

nb("matrix_diagonalization_power", "Jupyter 作业 (线性代数)", "2x2 矩阵对角化: 特征值、特征向量、P 与 P^{-1}, A^n 通式, A^3 与直接相乘核对", [
("markdown", r'''# 线代作业 5：用对角化求 $A^n$

$$A = \begin{pmatrix} 4 & 1 \\ 2 & 3 \end{pmatrix}$$⟦N:给定矩阵⟧

**1. 特征值。** 特征方程

$$\det(A - \lambda I) = (4-\lambda)(3-\lambda) - 2 = \lambda^2 - 7\lambda + 10 = 0,$$

得 $\lambda_1 = 5$，$\lambda_2 = 2$。（验算：$\lambda_1 + \lambda_2 = 7 = \operatorname{tr}A$，$\lambda_1\lambda_2 = 10 = \det A$。）

**2. 特征向量。**

- $\lambda = 5$：$(A - 5I)\xi = 0$，$\begin{pmatrix} -1 & 1 \\ 2 & -2\end{pmatrix}\xi = 0$，⟦N:待解的齐次方程组⟧
  取 $\xi_1 = \begin{pmatrix} 1 \\ 1\end{pmatrix}$
- $\lambda = 2$：$\begin{pmatrix} 2 & 1 \\ 2 & 1\end{pmatrix}\xi = 0$，⟦N:待解的齐次方程组⟧
  取 $\xi_2 = \begin{pmatrix} 1 \\ -2\end{pmatrix}$'''),
("code", r'''import numpy as np
A = np.array([[4, 1], [2, 3]])
print(np.linalg.eig(A))'''),
("markdown", r'''**3. 对角化。** 令

$$P = \begin{pmatrix} 1 & 1 \\ 1 & -2 \end{pmatrix}, \qquad P^{-1} = \frac{1}{3}\begin{pmatrix} 2 & 1 \\ 1 & -1 \end{pmatrix},$$

则 $P^{-1}AP = \operatorname{diag}(5, 2)$。

**4. 求 $A^n$。**

$$A^n = P\begin{pmatrix} 5^n & 0 \\ 0 & 2^n\end{pmatrix}P^{-1} = \frac13\begin{pmatrix} 2\cdot5^n + 2^n & 5^n - 2^n \\ 2\cdot5^n - 2\cdot2^n & 5^n + 2\cdot2^n \end{pmatrix}$$

**5. 取 $n = 3$。** $5^3 = 125$，$2^3 = 8$：

$$A^3 = \frac13\begin{pmatrix} 258 & 117 \\ 234 & 141 \end{pmatrix} = \begin{pmatrix} 86 & 39 \\ 78 & 47 \end{pmatrix}$$

直接相乘核对：$A^2 = \begin{pmatrix} 18 & 7 \\ 14 & 11 \end{pmatrix}$，$A^3 = A^2A = \begin{pmatrix} 86 & 39 \\ 78 & 47 \end{pmatrix}$ ✓

**6. 大的 $n$。** $n = 10$ 时左上角元素为 $(2\cdot 5^{10} + 2^{10})/3 = (19531250 + 1024)/3 = 6510758$；可见 $A^n \approx \frac{5^n}{3}\begin{pmatrix} 2 & 1 \\ 2 & 1\end{pmatrix}$，由最大特征值主导。

易错点：$P^{-1}$ 前面的系数是 $\frac{1}{\det P}$，这里 $\det P = 1 \cdot (-2) - 1 \cdot 1 = -1$，⟦W:行列式计算错误, (1)(-2) - (1)(1) = -3⟧ 再乘伴随矩阵 $\begin{pmatrix} -2 & -1 \\ -1 & 1 \end{pmatrix}$，就得到上面的 $P^{-1}$。'''),
("code", r'''print(np.linalg.matrix_power(A, 3), np.linalg.matrix_power(A, 10)[0, 0])''')])

md("raid_capacity", "博客园 (运维笔记)", "6 块 4TB 硬盘在 RAID0/1/5/6/10 下的可用容量与利用率, TB 与 TiB 换算, 重建时间", r'''# 运维笔记：6 块 4TB 盘做 RAID，能用多少空间？

手头一台服务器插了 6 块 4 TB 的硬盘，$n = 6$，单盘 $c = 4$ TB。⟦N:给定 n 与单盘容量⟧ 顺手把几种 RAID 的可用容量算一遍。

| 级别 | 可用容量公式 | 可用容量 | 利用率 |
|---|---|---|---|
| RAID 0 | $nc$ | $6 \times 4 = 24$ TB | 100% |
| RAID 1（3 组镜像） | $nc/2$ | $12$ TB | 50% |
| RAID 5 | $(n-1)c$ | $5 \times 4 = 20$ TB | $5/6 \approx 83.3\%$ |
| RAID 6 | $(n-2)c$ | $4 \times 4 = 16$ TB | $4/6 \approx 66.7\%$ |
| RAID 10 | $nc/2$ | $12$ TB | 50% |

## 为什么系统里显示的比 20 TB 少？

硬盘厂商的 1 TB $= 10^{12}$ 字节，而操作系统按 $1\ \text{TiB} = 2^{40}$ 字节显示：

$$4\ \text{TB} = \frac{4 \times 10^{12}}{2^{40}}\ \text{TiB} \approx 3.638\ \text{TiB}$$

所以 RAID 5 的 20 TB 在 `df -h` 里大约是

$$\frac{20 \times 10^{12}}{2^{40}} \approx 1.819\ \text{TiB}$$⟦W:少了一位, 20e12 / 2^40 = 18.19 TiB⟧

实际看到的是 18.19 TiB 左右（再减去文件系统开销）。

## 重建要多久

坏一块盘后，RAID 5 需要把 4 TB 整盘重建。按持续 $150$ MB/s 估算：

$$t = \frac{4 \times 10^{12}}{150 \times 10^{6}} \approx 26667\ \text{s} \approx 7.41\ \text{h}$$

这 7 个多小时里再坏一块盘数据就没了，所以大容量盘更推荐 RAID 6。
''')

md("tangent_plane_surface", "课堂笔记 (高数·多元函数微分)", "曲面 z = x^2 + 2y^2 的切平面与法向量, 线性近似与真值比较, 球面 x^2+y^2+z^2=14 的切平面", r'''# 第九章 多元微分 — 切平面（课堂笔记）

**题1**：求曲面 $z = x^2 + 2y^2$ 在点 $(1, 1, 3)$ 处的切平面与法线。⟦N:题目给出的曲面⟧

解：先验证点在曲面上：$1^2 + 2 \cdot 1^2 = 3$ ✓。

偏导数：$z_x = 2x$，$z_y = 4y$，在 $(1,1)$ 处 $z_x(1,1) = 2$，$z_y(1,1) = 4$。

切平面：

$$z - 3 = 2(x - 1) + 4(y - 1) \quad\Longleftrightarrow\quad z = 2x + 4y - 3$$

法向量 $\vec n = (z_x, z_y, -1) = (2, 4, -1)$，法线方程

$$\frac{x-1}{2} = \frac{y-1}{4} = \frac{z-3}{-1}.$$⟦N:法线的对称式方程 (定义直线)⟧

**线性近似**：在 $(1.1,\ 0.9)$ 处，

$$z \approx 3 + 2(0.1) + 4(-0.1) = 2.8,$$

真值 $z = 1.21 + 2 \times 0.81 = 2.83$，误差 $0.03$，来自二阶项 $0.1^2 + 2 \times 0.1^2 = 0.03$，正好吻合。

---

**题2**：球面 $x^2 + y^2 + z^2 = 14$ 在 $(1, 2, 3)$ 处的切平面。⟦N:题目给出的隐式曲面⟧

解：令 $F = x^2 + y^2 + z^2 - 14$，$\nabla F = (2x, 2y, 2z) = (2, 4, 6)$。

切平面 $2(x-1) + 4(y-2) + 6(z-3) = 0$，化简得 $x + 2y + 3z = 14$。

（检验：$1 + 4 + 9 = 14$ ✓，球心到平面的距离 $14/\sqrt{14} = \sqrt{14}$ 等于半径。）
''')

md("double_integral_region", "知乎专栏 (微积分例题精讲)", "二重积分: 区域 x^2<=y<=x 上 ∬xy 两种积分次序, 区域面积, 极坐标下 ∬e^{-(x^2+y^2)}", r'''# 二重积分：交换积分次序的一个干净例子

## 例 1

计算 $\displaystyle\iint_D xy\,dA$，其中 $D$ 由 $y = x^2$ 与 $y = x$ 围成。

**解：** 两曲线交于 $x = 0$ 和 $x = 1$，所以积分区域为

$$D = \{(x, y) \mid 0 \le x \le 1,\ x^2 \le y \le x\}$$⟦N:积分区域的描述 (条件)⟧

**先 $y$ 后 $x$：**

\begin{align*}
\iint_D xy\,dA &= \int_0^1 x\left[\frac{y^2}{2}\right]_{x^2}^{x}dx = \frac12\int_0^1 (x^3 - x^5)\,dx \\
&= \frac12\left(\frac14 - \frac16\right) = \frac{1}{24}
\end{align*}

**先 $x$ 后 $y$：** 此时 $D = \{(x, y) \mid 0 \le y \le 1,\ y \le x \le \sqrt y\}$，⟦N:交换次序后的区域描述⟧

$$\int_0^1 y\left[\frac{x^2}{2}\right]_{y}^{\sqrt y}dy = \frac12\int_0^1 (y^2 - y^3)\,dy = \frac12\left(\frac13 - \frac14\right) = \frac{1}{24}$$

两种次序结果一致，故 $\iint_D xy\,dA = \frac{1}{24} \approx 0.04167$。

顺便，区域面积 $|D| = \int_0^1 (x - x^2)\,dx = \frac12 - \frac13 = \frac16$。

## 例 2（极坐标）

计算 $\displaystyle\iint_{x^2+y^2\le4} e^{-(x^2+y^2)}\,dA$。

**解：** 令 $x = r\cos\theta$，$y = r\sin\theta$，$dA = r\,dr\,d\theta$：⟦N:极坐标代换 (定义)⟧

$$\int_0^{2\pi}\!\!\int_0^2 e^{-r^2}r\,dr\,d\theta = 2\pi\cdot\frac12\left(1 - e^{-4}\right) = \pi\left(1 - e^{-4}\right) \approx 3.084$$

故当半径趋于无穷时，结果趋于 $\pi$，这也是 $\int_{-\infty}^{\infty}e^{-x^2}dx = \sqrt\pi$ 的来源。
''')
