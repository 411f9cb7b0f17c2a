"""blind21's claims recomputed (C, W, S, report: corpus_tools/claims.py). Run: python check.py"""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "corpus_tools"))
from claims import *  # the checks, the report and the names the checks compute with
corpus(__file__)
lim = sp.limit
r_ = sp.Symbol("r", positive=True)
from math import log10, degrees, acos, asin, atan
Rt = sp.Rational
# ---------------------------------------------------------------- en
f = "en/psnr_from_mse.md"
C(f, r"So $\mathrm{MSE} = (4 + 0 + 9 + 1)/4 = 14/4 = 3.5$", 14/4, "3.5", tol=1e-12)
C(f, r"So $\mathrm{MSE} = (4 + 0 + 9 + 1)/4 = 14/4 = 3.5$", 4 + 0 + 9 + 1, "14", tol=0)
C(f, r"\frac{65025}{3.5} \approx 10\log_{10}(18578.6) \approx 42.69", 255**2, "65025", tol=0)
C(f, r"\frac{65025}{3.5} \approx 10\log_{10}(18578.6) \approx 42.69", 65025/3.5, "18578.6")
C(f, r"\frac{65025}{3.5} \approx 10\log_{10}(18578.6) \approx 42.69", 10*log10(65025/3.5), "42.69")
W(f, r"with $20\log_{10}255 \approx 24.07$", 20*log10(255), "24.07")
C(f, r"and $10\log_{10}3.5 \approx 5.441$, giving $48.13 - 5.44 = 42.69$", 10*log10(3.5), "5.441")
C(f, r"and $10\log_{10}3.5 \approx 5.441$, giving $48.13 - 5.44 = 42.69$", 48.13 - 5.44, "42.69")
C(f, r"Doubling the MSE costs $10\log_{10}2 \approx 3.01$", 10*log10(2), "3.01")
C(f, r"we get $42.69 - 3.01 = 39.68$ dB", 10*log10(65025/7), "39.68")
C(f, r"\mathrm{MSE}' = 3.5/65025 \approx 5.383", 3.5/65025, "5.383", val=5.383e-5, tol=6e-9)
C(f, r"\mathrm{MSE}' = 3.5/65025 \approx 5.383 \times 10^{-5}$, and $10\log_{10}(1/\mathrm{MSE}') \approx 42.69", 10*log10(65025/3.5), "42.69")
for row, sq in (("| 1 | 52 | 54 | −2 | 4 |", 4), ("| 3 | 61 | 58 | 3 | 9 |", 9), ("| 4 | 59 | 60 | −1 | 1 |", 1)):
    C(f, row, sq, str(sq), tol=0)

f = "en/average_precision_ranked_list.md"
C(f, r"* $P@3 = 2/3 \approx 0.6667$", 2/3, "0.6667"); C(f, r"* $P@4 = 3/4 = 0.75$", 3/4, "0.75", tol=1e-12)
W(f, r"* $P@7 = 4/7 \approx 0.5174$", 4/7, "0.5174")
C(f, r"Sum: $1 + 0.6667 + 0.75 + 0.5714 = 2.9881$", 1 + 2/3 + 3/4 + 4/7, "2.9881")
C(f, r"\mathrm{AP} = \frac{2.9881}{4} \approx 0.7470", 2.9881/4, "0.7470")
C(f, r"$\mathrm{AP} = 2.9881/5 \approx 0.5976$", (1 + 2/3 + 3/4 + 4/7)/5, "0.5976")
C(f, r"(0.7470 + 0.5)/2 \approx 0.6235", (0.7470 + 0.5)/2, "0.6235")

f = "en/int8_absmax_quantization.ipynb"
ws = np.array([0.31, -0.84, 0.12, 0.57]); sc = 0.84/127; qs = np.round(ws/sc)
W(f, r"s = 0.84/127 \approx 0.06614", sc, "0.06614")
for i, (wv, ratio, q_, deq, err) in enumerate([("0.31", "46.87", "47", "0.31087", "+0.00087"), ("0.12", "18.14", "18", "0.11906", "−0.00094"), ("0.57", "86.18", "86", "0.56882", "−0.00118")]):
    needle = f"| {wv} | {ratio} | {q_} | {deq} | {err} |"
    wi = float(wv); C(f, needle, wi/sc, ratio); C(f, needle, round(wi/sc), q_, tol=0); C(f, needle, round(wi/sc)*sc, deq); C(f, needle, round(wi/sc)*sc - wi, err.replace("+", ""))
C(f, r"Every error stays below half a step, $s/2 \approx 0.003307$", sc/2, "0.003307")
C(f, r"$7 \times 10^9 \times 2 = 14 \times 10^9$ bytes $= 14$ GB", 7*2, "14", tol=0)
C(f, r"overhead is $4096 \times 2 = 8192$ bytes", 4096*2, "8192", tol=0)
C(f, r"($4096^2 = 16{,}777{,}216$ bytes)", 4096**2, "16{,}777{,}216", tol=0)
C(f, r"($4096^2 = 16{,}777{,}216$ bytes)", 4096**2/2**20, "16", tol=0)

f = "en/pixel_shuffle_shapes.md"
C(f, r"$C r^2 = 3 \cdot 9 = 27$ channels", 3*9, "27", tol=0)
C(f, r"- weights: $3 \cdot 3 \cdot 64 \cdot 27 = 15552$", 3*3*64*27, "15552", tol=0)
C(f, r"$15552 + 27 = 15579$ parameters", 15552 + 27, "15579", tol=0)
C(f, r"after shuffle: $27/9 = 3$ channels at $96 \times 96$", 27/9, "3", tol=0)
C(f, r"$27 \cdot 32 \cdot 32 = 27648 = 3 \cdot 96 \cdot 96$", 27*32*32, "27648", tol=0); C(f, r"$27 \cdot 32 \cdot 32 = 27648 = 3 \cdot 96 \cdot 96$", 3*96*96, "27648", tol=0)
C(f, r"$32 \cdot 32 \cdot 15552 = 15{,}925{,}248 \approx 15.9$ M", 32*32*15552, "15{,}925{,}248", tol=0)
C(f, r"$32 \cdot 32 \cdot 15552 = 15{,}925{,}248 \approx 15.9$ M", 32*32*15552/1e6, "15.9")
C(f, r"FLOPs $\approx 2 \times$ MACs $\approx 31.9$ M", 2*32*32*15552/1e6, "31.9")
C(f, r"conv outputs $64 \cdot 4 = 256$ channels", 64*4, "256", tol=0)
C(f, r"$3 \cdot 3 \cdot 64 \cdot 256 + 256 = 147456 + 256 = 147712$", 3*3*64*256, "147456", tol=0); C(f, r"$3 \cdot 3 \cdot 64 \cdot 256 + 256 = 147456 + 256 = 147712$", 147456 + 256, "147712", tol=0)

f = "en/sam_sharpness_step.ipynb"
g0 = np.array([2., 8.]); ng = np.linalg.norm(g0); eps_ = 0.05*g0/ng; wp = 1 + eps_; gp = np.array([2*wp[0], 8*wp[1]]); wn = 1 - 0.1*gp
C(f, r"\|\nabla L\| = \sqrt{4 + 64} = \sqrt{68} \approx 8.246", sqrt(68), "8.246")
C(f, r"\approx (0.01213,\ 0.04851)$$", eps_[0], "0.01213"); C(f, r"\approx (0.01213,\ 0.04851)$$", eps_[1], "0.04851")
C(f, r"1.01213 \\ 1.04851", wp[0], "1.01213"); C(f, r"1.01213 \\ 1.04851", wp[1], "1.04851")
C(f, r"\nabla L(w+\epsilon) \approx \begin{pmatrix} 2.02425 \\ 8.38806", gp[0], "2.02425"); C(f, r"\nabla L(w+\epsilon) \approx \begin{pmatrix} 2.02425 \\ 8.38806", gp[1], "8.38806")
C(f, r"\approx \begin{pmatrix} 0.79757 \\ 0.16119 \end{pmatrix}$$", wn[0], "0.79757"); C(f, r"\approx \begin{pmatrix} 0.79757 \\ 0.16119 \end{pmatrix}$$", wn[1], "0.16119")
C(f, r"Plain GD gives $w - 0.1\,(2, 8) = (0.8,\ 0.2)$, with $L = 0.64 + 0.16 = 0.8$", 1 - 0.2, "0.8", tol=1e-12)
C(f, r"Plain GD gives $w - 0.1\,(2, 8) = (0.8,\ 0.2)$, with $L = 0.64 + 0.16 = 0.8$", 0.8**2 + 4*0.2**2, "0.16", val=0.8, tol=1e-12)
C(f, r"4 \cdot 0.16119^2 \approx 0.7401", wn[0]**2 + 4*wn[1]**2, "0.7401")
C(f, r"L(w+\epsilon) \approx 5.4219", wp[0]**2 + 4*wp[1]**2, "5.4219")

f = "en/training_time_gpu_hours.md"
Cc = 6*1.3e9*26e9; eff = 0.4*312e12
C(f, r"6 \times 1.3 \times 10^9 \times 26 \times 10^9 = 2.028", Cc, "2.028", val=2.028e20, tol=6e16)
C(f, r"effective throughput per GPU: $0.4 \times 312 = 124.8$", 0.4*312, "124.8")
C(f, r"= 1.625 \times 10^{6}\ \text{s} \approx 451.4", Cc/eff, "1.625", val=1.625e6, tol=600)
C(f, r"= 1.625 \times 10^{6}\ \text{s} \approx 451.4", Cc/eff/3600, "451.4")
W(f, r"$451.4/8 \approx 65.4$ h", 451.4/8, "65.4")
C(f, r"so ~56.4 h ≈ 2.35 days", Cc/eff/3600/8, "56.4"); C(f, r"so ~56.4 h ≈ 2.35 days", Cc/eff/3600/8/24, "2.35")
C(f, r"$451.4 \times 2 \approx \$903$", 451.4*2, "903")
C(f, r"$6N = 7.8 \times 10^9$ FLOPs", 6*1.3, "7.8")
C(f, r"/ 7.8 \times 10^9 = 16000$ tokens/s", eff/(6*1.3e9), "16000", tol=1e-6)
C(f, r"(8 \times 16000) \approx 2.03 \times 10^5$ s $\approx 56.4$ h", 26e9/(8*16000), "2.03", val=2.03e5, tol=600)
C(f, r"(8 \times 16000) \approx 2.03 \times 10^5$ s $\approx 56.4$ h", 26e9/(8*16000)/3600, "56.4")

f = "en/cutmix_lambda_area.md"
C(f, r"$\sqrt{1 - 0.7} = \sqrt{0.3} \approx 0.5477$", sqrt(0.3), "0.5477")
C(f, r"$r_w = 224 \times 0.5477 \approx 122.7$", 224*sqrt(0.3), "122.7")
C(f, r"box area $123^2 = 15129$", 123**2, "15129", tol=0)
W(f, r"image area $224^2 = 50716$", 224**2, "50716", tol=0.5)
C(f, r"\lambda_{\text{adj}} = 1 - \frac{15129}{50176} \approx 0.6985", 1 - 15129/50176, "0.6985")
C(f, r"$x_2 = \min(261, 224) = 224$", min(261, 224), "224", tol=0)
C(f, r"$x_2 = \min(261, 224) = 224$", 200 + 61.5, "261", tol=0.6)
C(f, r"area is $85 \times 123 = 10455$", 85*123, "10455", tol=0)
C(f, r"\lambda_{\text{adj}} = 1 - \frac{10455}{50176} \approx 0.7916", 1 - 10455/50176, "0.7916")
lam_ = 1 - 10455/50176
C(f, r"\approx 0.7916 \times 0.5108 + 0.2084 \times 1.2040 \approx 0.6553", -log(0.6), "0.5108"); C(f, r"\approx 0.7916 \times 0.5108 + 0.2084 \times 1.2040 \approx 0.6553", -log(0.3), "1.2040")
C(f, r"\approx 0.7916 \times 0.5108 + 0.2084 \times 1.2040 \approx 0.6553", 1 - lam_, "0.2084")
C(f, r"\approx 0.7916 \times 0.5108 + 0.2084 \times 1.2040 \approx 0.6553", -lam_*log(0.6) - (1 - lam_)*log(0.3), "0.6553")

f = "en/swin_window_attention_flops.md"
C(f, r"So $hw = 3136$", 56*56, "3136", tol=0)
C(f, r"| $4hwC^2 = 4 \cdot 3136 \cdot 9216$ | $115{,}605{,}504$ |", 4*3136*96**2, "115{,}605{,}504", tol=0); C(f, r"| $4hwC^2 = 4 \cdot 3136 \cdot 9216$ | $115{,}605{,}504$ |", 96**2, "9216", tol=0)
C(f, r"| $2(hw)^2C = 2 \cdot 3136^2 \cdot 96$ | $1{,}888{,}223{,}232$ |", 2*3136**2*96, "1{,}888{,}223{,}232", tol=0)
C(f, r"| $2M^2hwC = 2 \cdot 49 \cdot 3136 \cdot 96$ | $29{,}503{,}488$ |", 2*49*3136*96, "29{,}503{,}488", tol=0)
W(f, r"\cdot 96 \approx 2.95 \times 10^{6}$,", 2*49*3136*96, "2.95", val=2.95e6, tol=6e3)
C(f, r"global: $\Omega(\text{MSA}) \approx 2.004 \times 10^9$", 4*3136*96**2 + 2*3136**2*96, "2.004", val=2.004e9, tol=6e5)
C(f, r"windowed: $\Omega(\text{W-MSA}) \approx 1.451 \times 10^8$", 4*3136*96**2 + 2*49*3136*96, "1.451", val=1.451e8, tol=6e4)
C(f, r"ratio $\approx 13.8\times$", (4*3136*96**2 + 2*3136**2*96)/(4*3136*96**2 + 2*49*3136*96), "13.8")
C(f, r"$(56/7)^2 = 64$ windows", (56/7)**2, "64", tol=0); C(f, r"and $64 \times 49 = 3136$ tokens", 64*49, "3136", tol=0)

f = "en/heron_law_of_cosines.md"
C(f, r"$s = \frac{7 + 8 + 9}{2} = 12$", (7 + 8 + 9)/2, "12", tol=0)
S(f, r"= \sqrt{720} = 12\sqrt5 \approx 26.83", sp.sqrt(12*5*4*3) - 12*sp.sqrt(5))
C(f, r"= \sqrt{720} = 12\sqrt5 \approx 26.83", sqrt(720), "26.83")
C(f, r"= \frac{32}{112} \approx 0.2857, \qquad C \approx 73.40", (49 + 64 - 81)/112, "0.2857"); C(f, r"= \frac{32}{112} \approx 0.2857, \qquad C \approx 73.40", degrees(acos(32/112)), "73.40")
W(f, r"= \frac{96}{144} \approx 0.6667 \ \Rightarrow\ A \approx 41.81", degrees(acos(96/144)), "41.81")
C(f, r"= \frac{66}{126} \approx 0.5238$, so $B \approx 58.41", 66/126, "0.5238"); C(f, r"= \frac{66}{126} \approx 0.5238$, so $B \approx 58.41", degrees(acos(66/126)), "58.41")
C(f, r"48.19^\circ + 58.41^\circ + 73.40^\circ = 180^\circ", 48.19 + 58.41 + 73.40, "180", tol=0.01)
C(f, r"28 \sin 73.40^\circ \approx 28 \times 0.9583 \approx 26.83", sin(acos(32/112)), "0.9583"); C(f, r"28 \sin 73.40^\circ \approx 28 \times 0.9583 \approx 26.83", 0.5*56*sin(acos(32/112)), "26.83")
S(f, r"r = \frac{K}{s} = \frac{12\sqrt5}{12} = \sqrt5 \approx 2.236", 12*sp.sqrt(5)/12 - sp.sqrt(5))
C(f, r"r = \frac{K}{s} = \frac{12\sqrt5}{12} = \sqrt5 \approx 2.236", sqrt(5), "2.236")
C(f, r"\frac{504}{4 \cdot 26.83} \approx 4.696", 7*8*9, "504", tol=0); C(f, r"\frac{504}{4 \cdot 26.83} \approx 4.696", 504/(4*sqrt(720)), "4.696")

f = "en/wheatstone_bridge.md"
C(f, r"R_x = \frac{R_2 R_3}{R_1} = \frac{220 \times 150}{100} = 330", 220*150/100, "330", tol=0)
C(f, r"V_a &= 10 \cdot \frac{220}{320} = 6.875", 10*220/320, "6.875", tol=1e-12)
C(f, r"V_b &= 10 \cdot \frac{300}{450} \approx 6.667", 10*300/450, "6.667")
C(f, r"so $V_{ab} = V_a - V_b \approx 0.208", 10*220/320 - 10*300/450, "0.208")
C(f, r"left arm: $I_L = 10/320 = 31.25", 10/320*1e3, "31.25", tol=1e-9)
C(f, r"right arm: $I_R = 10/450 \approx 22.22", 10/450*1e3, "22.22")
C(f, r"total: $I = 31.25 + 22.22 = 53.47", 31.25 + 22.22, "53.47")
C(f, r"10 \times 0.05347 \approx 0.535", 10*(10/320 + 10/450), "0.535")
C(f, r"0.02222^2 \times 300 \approx 0.148", (10/450)**2*300, "0.148")

f = "en/moment_of_inertia.md"
Mm, Ll, xx = sp.symbols("M L x", positive=True)
S(f, r"I_{\text{cm}} = \int_{-L/2}^{L/2} \frac{M}{L}x^2\,dx = \frac{ML^2}{12}", sp.integrate(Mm/Ll*xx**2, (xx, -Ll/2, Ll/2)) - Mm*Ll**2/12)
C(f, r"$I_{\text{cm}} = 2 \cdot 2.25/12 = 0.375", 2*1.5**2/12, "0.375", tol=1e-12)
C(f, r"$I_{\text{end}} = ML^2/3 = 2 \cdot 2.25/3 = 1.5", 2*1.5**2/3, "1.5", tol=1e-12)
S(f, r"$I_{\text{end}} = ML^2/3 = 2 \cdot 2.25/3 = 1.5", sp.integrate(Mm/Ll*xx**2, (xx, 0, Ll)) - Mm*Ll**2/3)
C(f, r"$0.375 + 2 \cdot 0.75^2 = 0.375 + 1.125 = 1.5$", 2*0.75**2, "1.125", tol=1e-12); C(f, r"$0.375 + 2 \cdot 0.75^2 = 0.375 + 1.125 = 1.5$", 0.375 + 1.125, "1.5", val=1.5, tol=1e-12)
W(f, r"$I = \frac12 \cdot 3 \cdot 0.2^2 = 0.6", 0.5*3*0.2**2, "0.6")
C(f, r"$v = \sqrt{4 \cdot 9.8/3} \approx 3.615$", sqrt(4*9.8/3), "3.615")
C(f, r"$v = \sqrt{10gh/7} \approx 3.742$", sqrt(10*9.8/7), "3.742")
gg, hh, RR = sp.symbols("g h R", positive=True); vv = sp.Symbol("v", positive=True)
S(f, r"disk: $v = \sqrt{4gh/3}$", sp.solve(sp.Eq(Mm*gg*hh, Mm*vv**2/2 + Mm*RR**2/4*(vv/RR)**2), vv)[0] - sp.sqrt(4*gg*hh/3))
C(f, r"$K = \frac12 I\omega^2 = \frac12 \cdot 1.5 \cdot 16 = 12$ J", 0.5*1.5*16, "12", tol=1e-12)
C(f, r"$K = \frac12 \cdot 0.06 \cdot 16 = 0.48$ J", 0.5*0.06*16, "0.48", tol=1e-12)

f = "en/snell_refraction_notes.md"
t2 = asin(sin(radians(40))/1.5)
C(f, r"= \frac{0.6428}{1.5} \approx 0.4285$$", sin(radians(40)), "0.6428"); C(f, r"= \frac{0.6428}{1.5} \approx 0.4285$$", sin(radians(40))/1.5, "0.4285")
C(f, r"\theta_2 = \arcsin(0.4285) \approx 25.37", degrees(t2), "25.37")
C(f, r"$\sin\theta_2 = 0.6428/1.33 \approx 0.4833$, so $\theta_2 \approx 28.90", sin(radians(40))/1.33, "0.4833"); C(f, r"$\sin\theta_2 = 0.6428/1.33 \approx 0.4833$, so $\theta_2 \approx 28.90", degrees(asin(sin(radians(40))/1.33)), "28.90")
C(f, r"$\theta_c = \arcsin(0.6667) \approx 41.81", degrees(asin(1/1.5)), "41.81")
W(f, r"$v = c/n = 3\times10^8/1.5 = 2\times10^7$ m/s", 3e8/1.5, "2", val=2e7, tol=1e5)
C(f, r"\frac{2\sin 14.63^\circ}{\cos 25.37^\circ}", 40 - degrees(t2), "14.63")
C(f, r"\approx \frac{2 \times 0.2525}{0.9035} \approx 0.559", sin(radians(40) - t2), "0.2525"); C(f, r"\approx \frac{2 \times 0.2525}{0.9035} \approx 0.559", cos(t2), "0.9035")
C(f, r"\approx \frac{2 \times 0.2525}{0.9035} \approx 0.559", 2*sin(radians(40) - t2)/cos(t2), "0.559")

f = "en/cantilever_deflection.md"
Ib = 0.05*0.1**3/12
W(f, r"I = \frac{bh^3}{12} = \frac{0.05 \times 0.1^3}{12} = 4.1667 \times 10^{-7}", Ib, "4.1667", val=4.1667e-7, tol=6e-12)
C(f, r"= \frac{4000}{2.5\times10^{6}} = 1.6\times10^{-3}", 500*8/(3*200e9*Ib), "1.6", val=1.6e-3, tol=6e-6)
C(f, r"= \frac{4000}{2.5\times10^{6}} = 1.6\times10^{-3}", 3*200e9*Ib, "2.5", val=2.5e6, tol=10)
C(f, r"\frac{1000 \times 0.05}{4.1667\times10^{-6}} \approx 12.0", 1000*0.05/Ib/1e6, "12.0")
C(f, r"\times 4.1667\times10^{-6}} \approx 2.4\ \text{mm}", 1000*16/(8*200e9*Ib)*1e3, "2.4")
C(f, r"$I = 0.1 \times 0.05^3/12 \approx 1.0417\times10^{-6}$", 0.1*0.05**3/12, "1.0417", val=1.0417e-6, tol=6e-11)
C(f, r"deflection becomes $4 \times 1.6 = 6.4$ mm", 500*8/(3*200e9*0.1*0.05**3/12)*1e3, "6.4")

f = "en/horner_synthetic_division.ipynb"
C(f, r"So $p(2) = 11$, and directly: $32 - 24 + 10 - 7 = 11$", 2*16 - 3*8 + 5*2 - 7, "11", tol=0)
S(f, r"$p(x) = (x - 2)(2x^3 + x^2 + 2x + 9) + 11$", (X - 2)*(2*X**3 + X**2 + 2*X + 9) + 11 - (2*X**4 - 3*X**3 + 5*X - 7))
C(f, r"so $p'(2) = 33$.", 9 + 2*12, "33", tol=0)
C(f, r"$p'(2) = 64 - 36 + 5 = 33$", 8*8 - 9*4 + 5, "33", tol=0)
S(f, r"Check: $p'(x) = 8x^3 - 9x^2 + 5$", sp.diff(2*X**4 - 3*X**3 + 5*X - 7, X) - (8*X**3 - 9*X**2 + 5))
C(f, r"* $b_3 = -3 + (-1)(2) = -5$", -3 + (-1)*2, "-5", tol=0)
W(f, r"* $b_2 = 0 + (-1)(-5) = -5$", 0 + (-1)*(-5), "-5", tol=0.5)
C(f, r"* $b_1 = 5 + (-1)(5) = 0$", 5 + (-1)*5, "0", tol=0)
C(f, r"* $b_0 = -7 + (-1)(0) = -7$", -7, "-7", tol=0)
S(f, r"So $p(x) = (x+1)(2x^3 - 5x^2 + 5x) - 7$", (X + 1)*(2*X**3 - 5*X**2 + 5*X) - 7 - (2*X**4 - 3*X**3 + 5*X - 7))
C(f, r"Check: $2 + 3 - 5 - 7 = -7$", 2*1 - 3*(-1) + 5*(-1) - 7, "-7", tol=0)

f = "en/carbon14_dating.ipynb"
lam14 = log(2)/5730
C(f, r"= \frac{0.6931}{5730} \approx 1.2097", lam14, "1.2097", val=1.2097e-4, tol=6e-9); C(f, r"= \frac{0.6931}{5730} \approx 1.2097", log(2), "0.6931")
C(f, r"= \frac{1.0498}{1.2097\times10^{-4}} \approx 8679", -log(0.35), "1.0498"); C(f, r"= \frac{1.0498}{1.2097\times10^{-4}} \approx 8679", -log(0.35)/lam14, "8679")
C(f, r"\frac{\ln 3.643}{1.2097\times10^{-4}} \approx \frac{1.2928}", 15.3/4.2, "3.643"); C(f, r"\frac{\ln 3.643}{1.2097\times10^{-4}} \approx \frac{1.2928}", log(15.3/4.2), "1.2928")
C(f, r"\approx \frac{1.2928}{1.2097\times10^{-4}} \approx 10687", log(15.3/4.2)/lam14, "10687")
C(f, r"$t = 2 \times 5730 = 11460$ years", 2*5730, "11460", tol=0)
C(f, r"$4.2/15.3 \approx 27\%$", 4.2/15.3*100, "27")
C(f, r"$10687/5730 \approx 1.865$ half-lives", 10687/5730, "1.865"); C(f, r"and $2^{-1.865} \approx 0.274$", 2**-1.865, "0.274"); C(f, r"and $2^{-1.865} \approx 0.274$", 4.2/15.3, "0.274")

f = "en/price_elasticity.md"
C(f, r"$\%\Delta Q = -20/100 = -20\%$ and $\%\Delta P = 2/10 = 20\%$, so $E = -1$", -20/100*100, "-20", tol=0)
C(f, r"$\%\Delta Q = -20/100 = -20\%$ and $\%\Delta P = 2/10 = 20\%$, so $E = -1$", 2/10*100, "20", tol=1e-9)
C(f, r"$\%\Delta Q = -20/100 = -20\%$ and $\%\Delta P = 2/10 = 20\%$, so $E = -1$", (-0.2)/0.2, "-1", tol=0)
C(f, r"\frac{-20/90}{2/11} \approx \frac{-0.2222}{0.1818} \approx -1.222", -20/90, "-0.2222"); C(f, r"\frac{-20/90}{2/11} \approx \frac{-0.2222}{0.1818} \approx -1.222", 2/11, "0.1818")
C(f, r"\frac{-20/90}{2/11} \approx \frac{-0.2222}{0.1818} \approx -1.222", (-20/90)/(2/11), "-1.222")
C(f, r"at $P = 10$: $E = -10 \cdot \frac{10}{100} = -1$", -10*10/100, "-1", tol=0)
C(f, r"at $P = 12$: $E = -10 \cdot \frac{12}{80} = -1.5$", -10*12/80, "-1.5", tol=0)
C(f, r"at \$10 it is $10 \times 100 = 1000$, at \$12 it is $12 \times 80 = 960$", 12*80, "960", tol=0)
C(f, r"at \$10 it is $10 \times 100 = 1000$, at \$12 it is $12 \times 80 = 960$", 10*100, "1000", tol=0)
Pp = sp.Symbol("P")
S(f, r"then $dQ/dP = -10$ and", sp.diff(200 - 10*Pp, Pp) + 10)
S(f, r"$R(P) = 200P - 10P^2$ has $R'(P) = 200 - 20P = 0$", sp.diff(Pp*(200 - 10*Pp), Pp) - (200 - 20*Pp))
C(f, r"$R(P) = 200P - 10P^2$ has $R'(P) = 200 - 20P = 0$", 200 - 20*10, "0", tol=0)
# ---------------------------------------------------------------- ko
f = "ko/se_block_params.md"
C(f, r"그러면 $C/r = 256/16 = 16$ 입니다", 256/16, "16", tol=0)
C(f, r"- $W_1$: $16 \times 256 = 4096$", 16*256, "4096", tol=0); C(f, r"- $W_2$: $256 \times 16 = 4096$", 256*16, "4096", tol=0)
C(f, r"- bias 없이: $4096 + 4096 = 8192$", 4096*2, "8192", tol=0)
C(f, r"- bias 포함: $8192 + 16 + 256 = 8464$", 8192 + 16 + 256, "8464", tol=0)
C(f, r"$3 \cdot 3 \cdot 256 \cdot 256 = 589824$", 9*256*256, "589824", tol=0)
W(f, r"\frac{8464}{589824} \approx 14.35\%", 8464/589824*100, "14.35")
C(f, r"약 1.4% 정도라서", 8464/589824*100, "1.4")
C(f, r"$2 \cdot 2048 \cdot 128 + 128 + 2048 = 524288 + 2176 = 526464$", 2*2048*128, "524288", tol=0)
C(f, r"$2 \cdot 2048 \cdot 128 + 128 + 2048 = 524288 + 2176 = 526464$", 524288 + 2176, "526464", tol=0)
C(f, r"$C/r = 2048/16 = 128$ 이고", 2048/16, "128", tol=0)

f = "ko/dqn_td_target.md"
C(f, r"= 1 + 0.99 \times 3.5 = 4.465$$", 1 + 0.99*3.5, "4.465")
C(f, r"\delta = y - Q(s,a) = 4.465 - 4.0 = 0.465", 4.465 - 4.0, "0.465")
C(f, r"= 0.5 \times 0.465^2 \approx 0.1081", 0.5*0.465**2, "0.1081")
C(f, r"$\delta = 1 - 4.0 = -3.0$", 1 - 4.0, "-3.0"); C(f, r"선형 구간 $|\delta| - 0.5 = 2.5$", 3 - 0.5, "2.5")
W(f, r"= 4.0 + 0.1 \times 0.465 = 4.465$$", 4.0 + 0.1*0.465, "4.465")
C(f, r"결국 Q값은 4.0465 로", 4.0 + 0.1*0.465, "4.0465")
C(f, r"y^{\text{DDQN}} = 1 + 0.99 \times 2.6 = 3.574", 1 + 0.99*2.6, "3.574")

f = "ko/adapter_params_readme.md"
C(f, r"2dm + m + d = 2 \cdot 768 \cdot 64 + 64 + 768 = 98304 + 832 = 99136", 2*768*64, "98304", tol=0)
C(f, r"2dm + m + d = 2 \cdot 768 \cdot 64 + 64 + 768 = 98304 + 832 = 99136", 64 + 768, "832", tol=0)
C(f, r"2dm + m + d = 2 \cdot 768 \cdot 64 + 64 + 768 = 98304 + 832 = 99136", 98304 + 832, "99136", tol=0)
C(f, r"전체 어댑터는 $12 \times 2 = 24$ 개", 24, "24", tol=0)
C(f, r"24 \times 99136 = 2{,}379{,}264 \approx 2.38", 24*99136, "2{,}379{,}264", tol=0); C(f, r"24 \times 99136 = 2{,}379{,}264 \approx 2.38", 24*99136/1e6, "2.38")
W(f, r"\frac{2.38\text{M}}{110\text{M}} \approx 0.216\%", 2.38/110*100, "0.216")
C(f, r"즉 전체의 약 2.2% 만", 2.38/110*100, "2.2")
C(f, r"$2 \cdot 768 \cdot 16 + 16 + 768 = 25360$", 2*768*16 + 16 + 768, "25360", tol=0)

f = "ko/lamb_trust_ratio.ipynb"
wl = np.array([3., 4.]); ul = np.array([0.5, -1.2]); vl = ul + 0.01*wl; nl = np.linalg.norm(vl); tr = 5/nl; stp = 0.01*tr*vl
C(f, r"1. $\|w\| = \sqrt{9 + 16} = 5$", sqrt(25), "5", tol=0)
C(f, r"2. $u + \lambda w = (0.5 + 0.03,\ -1.2 + 0.04) = (0.53,\ -1.16)$", vl[0], "0.53", tol=1e-9); C(f, r"2. $u + \lambda w = (0.5 + 0.03,\ -1.2 + 0.04) = (0.53,\ -1.16)$", vl[1], "-1.16", tol=1e-9)
C(f, r"\sqrt{0.2809 + 1.3456} = \sqrt{1.6265} \approx 1.2753", 0.53**2, "0.2809", tol=1e-9); C(f, r"\sqrt{0.2809 + 1.3456} = \sqrt{1.6265} \approx 1.2753", 1.16**2, "1.3456", tol=1e-9)
C(f, r"\sqrt{0.2809 + 1.3456} = \sqrt{1.6265} \approx 1.2753", vl @ vl, "1.6265", tol=1e-9); C(f, r"\sqrt{0.2809 + 1.3456} = \sqrt{1.6265} \approx 1.2753", nl, "1.2753")
C(f, r"4. trust ratio $= 5 / 1.2753 \approx 3.9205$", tr, "3.9205")
C(f, r"\approx (0.02078,\ -0.04548)$$", stp[0], "0.02078"); C(f, r"\approx (0.02078,\ -0.04548)$$", stp[1], "-0.04548")
C(f, r"= (2.97922,\ 4.04548)", (wl - stp)[0], "2.97922"); C(f, r"= (2.97922,\ 4.04548)", (wl - stp)[1], "4.04548")
W(f, r"$\eta\|w\| = 0.01 \times 5 = 0.5$", 0.01*5, "0.5")
C(f, r"\sqrt{0.02078^2 + 0.04548^2} \approx 0.05", np.linalg.norm(stp), "0.05", tol=1e-4)
C(f, r"$0.05/5 = 1\%$", 0.05/5*100, "1", tol=1e-9)

f = "ko/inference_batching_throughput.md"
C(f, r"| 1 | $20 + 1.5 = 21.5$ ms | $1/0.0215 \approx 46.5$ req/s |", 21.5, "21.5", tol=0); C(f, r"| 1 | $20 + 1.5 = 21.5$ ms | $1/0.0215 \approx 46.5$ req/s |", 1/0.0215, "46.5")
W(f, r"$8/0.032 = 25$ req/s", 8/0.032, "25", tol=0.5)
C(f, r"| 32 | $20 + 48 = 68$ ms | $32/0.068 \approx 470.6$ req/s |", 20 + 1.5*32, "68", tol=0); C(f, r"| 32 | $20 + 48 = 68$ ms | $32/0.068 \approx 470.6$ req/s |", 32/0.068, "470.6")
C(f, r"$250/46.5 \approx 5.4$ 배", 250/46.5, "5.4"); C(f, r"$470.6/250 \approx 1.88$ 배", 470.6/250, "1.88")
C(f, r"이때 처리량은 $20/0.050 = 400$ req/s", 20/0.050, "400", tol=1e-9)
C(f, r"= \frac{1}{0.0015} \approx 666.7$ req/s", 1/0.0015, "666.7")
S(f, r"= \frac{1}{0.0015} \approx 666.7$ req/s", sp.limit(x/(Rt(20, 1000) + Rt(15, 10000)*x), x, sp.oo) - 1/Rt(15, 10000))

f = "ko/effective_number_class_weights.md"
En = {n_: (1 - 0.999**n_)/0.001 for n_ in (1000, 100, 10)}
C(f, r"분모는 $1 - 0.999 = 0.001$", 1 - 0.999, "0.001", tol=1e-12)
C(f, r"- $n = 1000$: $0.999^{1000} \approx 0.3677$, $E = (1 - 0.3677)/0.001 \approx 632.3$", 0.999**1000, "0.3677"); C(f, r"- $n = 1000$: $0.999^{1000} \approx 0.3677$, $E = (1 - 0.3677)/0.001 \approx 632.3$", En[1000], "632.3")
C(f, r"- $n = 100$: $0.999^{100} \approx 0.9048$, $E \approx 95.21$", 0.999**100, "0.9048"); C(f, r"- $n = 100$: $0.999^{100} \approx 0.9048$, $E \approx 95.21$", En[100], "95.21")
C(f, r"- $n = 10$: $0.999^{10} \approx 0.9900$, $E \approx 9.955$", 0.999**10, "0.9900"); C(f, r"- $n = 10$: $0.999^{10} \approx 0.9900$, $E \approx 9.955$", En[10], "9.955")
C(f, r"\frac{1}{632.3} \approx 0.001582", 1/632.3, "0.001582"); C(f, r"\frac{1}{95.21} \approx 0.01050", 1/95.21, "0.01050"); C(f, r"\frac{1}{9.955} \approx 0.1005", 1/9.955, "0.1005")
iw = np.array([1/En[1000], 1/En[100], 1/En[10]]); nw = 3*iw/iw.sum()
C(f, r"합은 약 $0.1125$ 이므로", iw.sum(), "0.1125")
C(f, r"$3 \times 0.001582/0.1125 \approx 0.0422$", nw[0], "0.0422"); C(f, r"| B | 100 | 95.21 | $\approx 0.280$ |", nw[1], "0.280"); C(f, r"| C | 10 | 9.955 | $\approx 2.678$ |", nw[2], "2.678")
fw = 3*(1/np.array([1000, 100, 10.]))/(1/np.array([1000, 100, 10.])).sum()
C(f, r"$(0.0270,\ 0.270,\ 2.703)$", fw[0], "0.0270"); C(f, r"$(0.0270,\ 0.270,\ 2.703)$", fw[1], "0.270"); C(f, r"$(0.0270,\ 0.270,\ 2.703)$", fw[2], "2.703")
bt, nn_ = sp.symbols("beta n", positive=True)
S(f, r"$\beta \to 1$ 이면 $E_n \to n$", sp.limit((1 - bt**nn_)/(1 - bt), bt, 1) - nn_)

f = "ko/heat_conduction_wall.md"
C(f, r"실내 20°C, 실외 −5°C, 그러므로 $\Delta T = 25$ K", 20 - (-5), "25", tol=0)
C(f, r"= \frac{0.7 \times 10 \times 25}{0.2} = 875", 0.7*10*25/0.2, "875", tol=1e-9)
C(f, r"R_{\text{벽돌}} &= \frac{0.2}{0.7 \times 10} \approx 0.02857", 0.2/7, "0.02857")
W(f, r"R_{\text{단열}} &= \frac{0.05}{0.04 \times 10} = 0.0125", 0.05/0.4, "0.0125")
C(f, r"R_{\text{합}} &\approx 0.15357", 0.2/7 + 0.05/0.4, "0.15357")
C(f, r"q = \frac{25}{0.15357} \approx 162.8", 25/(0.2/7 + 0.125), "162.8")
C(f, r"875 W → 162.8 W, 약 81% 감소", (1 - 162.8/875)*100, "81")
C(f, r"T_{\text{경계}} = 20 - 162.8 \times 0.02857 \approx 15.35", 20 - 162.8*0.02857, "15.35")
C(f, r"\times 86400\ \text{s} \approx 14.07$ MJ", 162.8*86400/1e6, "14.07", tol=0.01); C(f, r"kWh 로는 $14.07/3.6 \approx 3.91$ kWh", 14.07/3.6, "3.91")

f = "ko/venturi_bernoulli.md"
C(f, r"$A_1/A_2 = (10/5)^2 = 4$", (10/5)**2, "4", tol=0)
C(f, r"v_2 = 4 \times 2 = 8\ \text{m/s}", 8, "8", tol=0)
C(f, r"= 500 \times (64 - 4) = 30000\ \text{Pa} = 30\ \text{kPa}", 0.5*1000*(64 - 4), "30000", tol=0)
C(f, r"Q = A_1 v_1 = \pi \times 0.05^2 \times 2 \approx 0.01571", pi*0.05**2*2, "0.01571"); C(f, r"\approx 15.71\ \text{L/s}", pi*0.05**2*2*1000, "15.71")
C(f, r"$\pi \times 0.025^2 \times 8 \approx 0.01571$", pi*0.025**2*8, "0.01571")
W(f, r"\Delta h = \frac{30000}{12600 \times 9.8} \approx 2.430", 30000/(12600*9.8), "2.430")
C(f, r"즉 약 24.3 cm.", 30000/(12600*9.8)*100, "24.3")
C(f, r"$(v_2 - v_1)^2 = 36$ 을 쓰면 18 kPa", 0.5*1000*36/1000, "18", tol=1e-9)

f = "ko/depreciation_methods.md"
rd = 1 - 0.1**0.2
C(f, r"\text{연 상각액} = \frac{1000 - 100}{5} = 180", 900/5, "180", tol=0)
C(f, r"$1000 - 5 \times 180 = 100$ 만 원", 1000 - 5*180, "100", tol=0)
C(f, r"= 1 - 0.1^{0.2} \approx 1 - 0.6310 = 0.369", 0.1**0.2, "0.6310"); C(f, r"= 1 - 0.1^{0.2} \approx 1 - 0.6310 = 0.369", rd, "0.369")
W(f, r"$631.0 \times 0.369 \approx 323.9$", 631.0*0.369, "323.9")
C(f, r"- 5년 합계는 둘 다 $1000 - 100 = 900$", 1000 - 100, "900", tol=0)
C(f, r"$398.1 \times 0.369 \approx 146.9$", 398.1*0.369, "146.9")
C(f, r"($369.0 + 232.9 + 146.9 + 92.7 + 58.5 = 900.0$)", 369.0 + 232.9 + 146.9 + 92.7 + 58.5, "900.0")
bv = 1000.0
for yr in range(1, 6):
    dv = bv*rd; needle = f"| {yr} | {bv:.1f} | {dv:.1f} | {bv - dv:.1f} |"; C(f, needle, bv - dv, f"{bv - dv:.1f}"); bv -= dv

f = "ko/vector_projection.md"
C(f, r"- 내적: $\vec a \cdot \vec b = 6 + 4 = 10$", 3*2 + 4*1, "10", tol=0)
C(f, r"- $|\vec b|^2 = 4 + 1 = 5$", 5, "5", tol=0)
C(f, r"\frac{10}{5}(2, 1) = (4, 2)", 10/5*2, "4", tol=0)
C(f, r"- 수직 성분: $\vec a - (4, 2) = (-1, 2)$", 3 - 4, "-1", tol=0)
C(f, r"(-1, 2)\cdot(2, 1) = -2 + 2 = 0", -1*2 + 2*1, "0", tol=0)
S(f, r"\cos\theta = \frac{10}{5\sqrt5} = \frac{2}{\sqrt5} \approx 0.8944", 10/(5*sp.sqrt(5)) - 2/sp.sqrt(5))
C(f, r"\cos\theta = \frac{10}{5\sqrt5} = \frac{2}{\sqrt5} \approx 0.8944", 2/sqrt(5), "0.8944"); C(f, r"\theta \approx 26.57", degrees(acos(2/sqrt(5))), "26.57")
S(f, r"\dfrac{10}{\sqrt5} = 2\sqrt5 \approx 4.472", 10/sp.sqrt(5) - 2*sp.sqrt(5)); C(f, r"\dfrac{10}{\sqrt5} = 2\sqrt5 \approx 4.472", 10/sqrt(5), "4.472")
S(f, r"$|(4, 2)| = \sqrt{20} = 2\sqrt5$", sp.sqrt(4**2 + 2**2) - 2*sp.sqrt(5))
C(f, r"- $\vec u\cdot\vec v = 2 + 0 + 2 = 4$, $|\vec v|^2 = 5$", 1*2 + 2*0 + 2*1, "4", tol=0)
C(f, r"\frac45(2, 0, 1) = (1.6,\ 0,\ 0.8)", 4/5*2, "1.6", tol=1e-12); C(f, r"\frac45(2, 0, 1) = (1.6,\ 0,\ 0.8)", 4/5*1, "0.8", tol=1e-12)
C(f, r"\dfrac{4}{3\sqrt5} \approx 0.5963", 4/(3*sqrt(5)), "0.5963")

f = "ko/lu_decomposition.ipynb"
C(f, r"- 배수 $\ell_{21} = 4/2 = 2$, $\ell_{31} = 8/2 = 4$", 8/2, "4", tol=0)
C(f, r"- 배수 $\ell_{32} = 3/1 = 3$", 3/1, "3", tol=0)
Lm = sp.Matrix([[1, 0, 0], [2, 1, 0], [4, 3, 1]]); Um = sp.Matrix([[2, 1, 1], [0, 1, 1], [0, 0, 2]]); Am = sp.Matrix([[2, 1, 1], [4, 3, 3], [8, 7, 9]])
S(f, r"L = \begin{pmatrix} 1 & 0 & 0 \\ 2 & 1 & 0 \\ 4 & 3 & 1", sp.Matrix(Lm*Um - Am).norm())
C(f, r"$\det A = \det U = 2 \cdot 1 \cdot 2 = 4$", float(Am.det()), "4", tol=0)
C(f, r"- $y_2 = 10 - 2 \cdot 4 = 2$", 10 - 8, "2", tol=0)
W(f, r"- $y_3 = 24 - 4 \cdot 4 - 3 \cdot 2 = 4$", 24 - 16 - 6, "4", tol=0.5)
C(f, r"- $x_3 = 2/2 = 1$", 1, "1", tol=0); C(f, r"- $x_2 = 2 - 1 = 1$", 1, "1", tol=0); C(f, r"- $x_1 = (4 - 1 - 1)/2 = 1$", (4 - 1 - 1)/2, "1", tol=0)
C(f, r"(2+1+1,\ 4+3+3,\ 8+7+9) = (4, 10, 24)", 8 + 7 + 9, "24", tol=0)

f = "ko/cpi_execution_time.ipynb"
C(f, r"= 0.5 + 0.9 + 0.4 = 1.8$$", 0.5*1 + 0.3*3 + 0.2*2, "1.8", tol=1e-9)
C(f, r"{2 \times 10^9} = 0.9\ \text{s}", 1e9*1.8/2e9, "0.9", tol=1e-12)
C(f, r"\text{MIPS} = \frac{2000}{1.8} \approx 1111.1", 2000/1.8, "1111.1")
C(f, r"$\text{CPI}' = 0.5 + 0.3 \times 2 + 0.4 = 1.5$", 0.5 + 0.6 + 0.4, "1.5", tol=1e-9)
C(f, r"/ (2 \times 10^9) = 0.75$ s", 1e9*1.5/2e9, "0.75", tol=1e-12)
C(f, r"속도 향상: $0.9 / 0.75 = 1.2$ 배", 0.9/0.75, "1.2", tol=1e-9)
C(f, r"$1/(0.5 + 0.5 \times 2/3) = 1.2$", 1/(0.5 + 0.5*2/3), "1.2", tol=1e-9)
C(f, r"$0.9/1.8 = 50\%$", 0.9/1.8*100, "50", tol=1e-9)
# ---------------------------------------------------------------- zh
f = "zh/prefix_tuning_params.md"
C(f, r"= 2 \times 24 \times 20 \times 1024 = 983040$$", 2*24*20*1024, "983040", tol=0)
W(f, r"\frac{983040}{355 \times 10^6} \approx 2.77\%", 983040/355e6*100, "2.77")
C(f, r"MLP 把 $512$ 映射到 $2Ld = 2 \times 24 \times 1024 = 49152$", 2*24*1024, "49152", tol=0)
C(f, r"= 10240 + 25165824 + 49152 = 25225216$$", 20*512, "10240", tol=0); C(f, r"= 10240 + 25165824 + 49152 = 25225216$$", 512*49152, "25165824", tol=0)
C(f, r"= 10240 + 25165824 + 49152 = 25225216$$", 10240 + 25165824 + 49152, "25225216", tol=0)
C(f, r"$l = 10$ 时减半为 $491520$", 2*24*10*1024, "491520", tol=0)

f = "zh/ssim_small_window.md"
xv = np.array([100, 110, 120, 130.]); yv = np.array([102, 108, 125, 129.]); C1_ = (0.01*255)**2; C2_ = (0.03*255)**2
C(f, r"其中 $C_1 = (0.01 \times 255)^2 = 6.5025$，$C_2 = (0.03 \times 255)^2 = 58.5225$", C1_, "6.5025", tol=1e-9); C(f, r"其中 $C_1 = (0.01 \times 255)^2 = 6.5025$，$C_2 = (0.03 \times 255)^2 = 58.5225$", C2_, "58.5225", tol=1e-9)
C(f, r"$\mu_x = 460/4 = 115$，$\mu_y = 464/4 = 116$", yv.mean(), "116", tol=0); C(f, r"$\mu_x = 460/4 = 115$，$\mu_y = 464/4 = 116$", xv.mean(), "115", tol=0)
C(f, r"$\sigma_x^2 = (225 + 25 + 25 + 225)/4 = 125$", xv.var(), "125", tol=1e-9)
C(f, r"$\sigma_y^2 = (196 + 64 + 81 + 169)/4 = 127.5$", yv.var(), "127.5", tol=1e-9)
W(f, r"$\sigma_{xy} = (210 + 40 + 45 + 195)/4 = 112.5$", ((xv - 115)*(yv - 116)).mean(), "112.5", tol=0.05)
C(f, r"= 26686.5025 \times 303.5225$$", 2*115*116 + C1_, "26686.5025", tol=1e-6); C(f, r"= 26686.5025 \times 303.5225$$", 2*122.5 + C2_, "303.5225", tol=1e-6)
C(f, r"= 26687.5025 \times 311.0225$$", 115**2 + 116**2 + C1_, "26687.5025", tol=1e-6); C(f, r"= 26687.5025 \times 311.0225$$", 125 + 127.5 + C2_, "311.0225", tol=1e-6)
C(f, r"故 $\mathrm{SSIM} \approx 0.9758$", (2*115*116 + C1_)*(2*122.5 + C2_)/((115**2 + 116**2 + C1_)*(125 + 127.5 + C2_)), "0.9758")
C(f, r"\frac{26686.5025}{26687.5025} \approx 0.99996", 26686.5025/26687.5025, "0.99996"); C(f, r"\frac{303.5225}{311.0225} \approx 0.9759", 303.5225/311.0225, "0.9759")

f = "zh/wer_edit_ops.ipynb"
C(f, r"\mathrm{WER} = \frac{2 + 0 + 1}{5} = 0.6 = 60\%", 3/5, "0.6", tol=1e-12); C(f, r"\mathrm{WER} = \frac{2 + 0 + 1}{5} = 0.6 = 60\%", 3/5*100, "60", tol=1e-9)
W(f, r"\mathrm{CER} = \frac{1}{8} = 1.25\%", 1/8*100, "1.25")
C(f, r"WER 60% 而 CER 只有 12.5%", 1/8*100, "12.5")
C(f, r"\mathrm{WER} = \frac{2 + 0 + 3}{2} = 2.5 = 250\%", 5/2, "2.5", tol=1e-12); C(f, r"\mathrm{WER} = \frac{2 + 0 + 3}{2} = 2.5 = 250\%", 5/2*100, "250", tol=1e-9)

f = "zh/improper_integral.md"
S(f, r"\lim_{b\to+\infty}\left(1 - \frac1b\right) = 1", sp.integrate(1/x**2, (x, 1, sp.oo)) - 1)
S(f, r"\Big[2\sqrt x\Big]_\varepsilon^1 = \frac12", sp.integrate(x**Rt(-1, 2), (x, 0, 1)) - Rt(1, 2), holds=False)
C(f, r"验证一下：$2\sqrt1 - 2\sqrt0 = 2$", 2*sqrt(1) - 0, "2", tol=0)
S(f, r"\left[-\frac12 e^{-2x}\right]_0^{+\infty} = \frac12$", sp.integrate(sp.exp(-2*x), (x, 0, sp.oo)) - Rt(1, 2))
S(f, r"解：$\int_1^b \frac{dx}{x} = \ln b \to +\infty$", sp.integrate(1/x, (x, 1, y)) - sp.log(y))
S(f, r"\int_0^{+\infty}e^{-x}\,dx = 0 + 1 = 1", sp.integrate(x*sp.exp(-x), (x, 0, sp.oo)) - 1)
S(f, r"（即 $\Gamma(2) = 1! = 1$。）", sp.gamma(2) - 1)
S(f, r"2\arctan b = 2\cdot\frac{\pi}{2} = \pi \approx 3.1416", sp.integrate(1/(1 + X**2), (X, -sp.oo, sp.oo)) - sp.pi)
C(f, r"2\arctan b = 2\cdot\frac{\pi}{2} = \pi \approx 3.1416", pi, "3.1416")
S(f, r"例如 $p = 3$ 时 $\int_1^{+\infty} x^{-3}\,dx = \frac{1}{2}$", sp.integrate(x**-3, (x, 1, sp.oo)) - Rt(1, 2))
C(f, r"$\frac{1}{2-1} = 1$", 1/(2 - 1), "1", tol=0)

f = "zh/matrix_diagonalization_power.ipynb"
lm = sp.Symbol("lambda"); A2 = sp.Matrix([[4, 1], [2, 3]]); P2 = sp.Matrix([[1, 1], [1, -2]]); nS = sp.Symbol("n", integer=True, positive=True)
S(f, r"\det(A - \lambda I) = (4-\lambda)(3-\lambda) - 2 = \lambda^2 - 7\lambda + 10 = 0", (A2 - lm*sp.eye(2)).det() - (lm**2 - 7*lm + 10))
C(f, r"得 $\lambda_1 = 5$，$\lambda_2 = 2$", 5**2 - 7*5 + 10, "5", val=0, tol=0); C(f, r"得 $\lambda_1 = 5$，$\lambda_2 = 2$", 2**2 - 7*2 + 10, "2", val=0, tol=0)
C(f, r"$\lambda_1 + \lambda_2 = 7 = \operatorname{tr}A$，$\lambda_1\lambda_2 = 10 = \det A$", float(A2.det()), "10", tol=0); C(f, r"$\lambda_1 + \lambda_2 = 7 = \operatorname{tr}A$，$\lambda_1\lambda_2 = 10 = \det A$", float(A2.trace()), "7", tol=0)
S(f, r"取 $\xi_1 = \begin{pmatrix} 1 \\ 1\end{pmatrix}$", sp.Matrix(A2*sp.Matrix([1, 1]) - 5*sp.Matrix([1, 1])).norm())
S(f, r"取 $\xi_2 = \begin{pmatrix} 1 \\ -2\end{pmatrix}$", sp.Matrix(A2*sp.Matrix([1, -2]) - 2*sp.Matrix([1, -2])).norm())
S(f, r"P^{-1} = \frac{1}{3}\begin{pmatrix} 2 & 1 \\ 1 & -1 \end{pmatrix},$$", sp.Matrix(P2.inv() - sp.Matrix([[2, 1], [1, -1]])/3).norm())
S(f, r"则 $P^{-1}AP = \operatorname{diag}(5, 2)$", sp.Matrix(P2.inv()*A2*P2 - sp.diag(5, 2)).norm())
An = sp.Matrix([[2*5**nS + 2**nS, 5**nS - 2**nS], [2*5**nS - 2*2**nS, 5**nS + 2*2**nS]])/3
S(f, r"P^{-1} = \frac13\begin{pmatrix} 2\cdot5^n + 2^n", sp.Matrix(P2*sp.diag(5**nS, 2**nS)*P2.inv() - An).applyfunc(sp.simplify).norm())
S(f, r"A^3 = \frac13\begin{pmatrix} 258 & 117 \\ 234 & 141 \end{pmatrix} = \begin{pmatrix} 86", sp.Matrix(A2**3 - sp.Matrix([[258, 117], [234, 141]])/3).norm() + sp.Matrix(A2**3 - sp.Matrix([[86, 39], [78, 47]])).norm())
S(f, r"直接相乘核对：$A^2 = \begin{pmatrix} 18 & 7", sp.Matrix(A2**2 - sp.Matrix([[18, 7], [14, 11]])).norm() + sp.Matrix(A2**3 - sp.Matrix([[86, 39], [78, 47]])).norm())
C(f, r"(19531250 + 1024)/3 = 6510758", 2*5**10, "19531250", tol=0); C(f, r"(19531250 + 1024)/3 = 6510758", float((A2**10)[0, 0]), "6510758", tol=0)
W(f, r"这里 $\det P = 1 \cdot (-2) - 1 \cdot 1 = -1$", float(P2.det()), "-1", tol=0.1)

f = "zh/raid_capacity.md"
C(f, r"| RAID 0 | $nc$ | $6 \times 4 = 24$ TB | 100% |", 24, "24", tol=0)
C(f, r"| RAID 5 | $(n-1)c$ | $5 \times 4 = 20$ TB | $5/6 \approx 83.3\%$ |", 5*4, "20", tol=0); C(f, r"| RAID 5 | $(n-1)c$ | $5 \times 4 = 20$ TB | $5/6 \approx 83.3\%$ |", 5/6*100, "83.3")
C(f, r"| RAID 6 | $(n-2)c$ | $4 \times 4 = 16$ TB | $4/6 \approx 66.7\%$ |", 4*4, "16", tol=0); C(f, r"| RAID 6 | $(n-2)c$ | $4 \times 4 = 16$ TB | $4/6 \approx 66.7\%$ |", 4/6*100, "66.7")
C(f, r"\ \text{TiB} \approx 3.638\ \text{TiB}", 4e12/2**40, "3.638")
W(f, r"\frac{20 \times 10^{12}}{2^{40}} \approx 1.819", 20e12/2**40, "1.819")
C(f, r"实际看到的是 18.19 TiB 左右", 20e12/2**40, "18.19")
C(f, r"{150 \times 10^{6}} \approx 26667\ \text{s} \approx 7.41", 4e12/150e6, "26667"); C(f, r"{150 \times 10^{6}} \approx 26667\ \text{s} \approx 7.41", 4e12/150e6/3600, "7.41")

f = "zh/tangent_plane_surface.md"
C(f, r"解：先验证点在曲面上：$1^2 + 2 \cdot 1^2 = 3$", 1 + 2, "3", tol=0)
C(f, r"在 $(1,1)$ 处 $z_x(1,1) = 2$，$z_y(1,1) = 4$", 4*1, "4", tol=0)
S(f, r"z - 3 = 2(x - 1) + 4(y - 1) \quad\Longleftrightarrow\quad z = 2x + 4y - 3", 3 + 2*(x - 1) + 4*(y - 1) - (2*x + 4*y - 3))
C(f, r"法向量 $\vec n = (z_x, z_y, -1) = (2, 4, -1)$", 4, "4", tol=0)
C(f, r"z \approx 3 + 2(0.1) + 4(-0.1) = 2.8", 3 + 0.2 - 0.4, "2.8", tol=1e-9)
C(f, r"真值 $z = 1.21 + 2 \times 0.81 = 2.83$，误差 $0.03$", 1.1**2 + 2*0.9**2, "2.83", tol=1e-9)
C(f, r"来自二阶项 $0.1^2 + 2 \times 0.1^2 = 0.03$", 0.1**2 + 2*0.1**2, "0.03", tol=1e-12)
C(f, r"$\nabla F = (2x, 2y, 2z) = (2, 4, 6)$", 2*3, "6", tol=0)
S(f, r"化简得 $x + 2y + 3z = 14$", sp.expand((2*(x - 1) + 4*(y - 2) + 6*(t - 3))/2 - (x + 2*y + 3*t - 14)))
C(f, r"（检验：$1 + 4 + 9 = 14$ ✓，", 1 + 4 + 9, "14", tol=0)
S(f, r"球心到平面的距离 $14/\sqrt{14} = \sqrt{14}$", 14/sp.sqrt(14) - sp.sqrt(14))

f = "zh/double_integral_region.md"
S(f, r"\iint_D xy\,dA &= \int_0^1 x\left[\frac{y^2}{2}\right]_{x^2}^{x}dx", sp.integrate(x*(x**2 - x**4)/2, (x, 0, 1)) - sp.integrate(x**3 - x**5, (x, 0, 1))/2)
S(f, r"&= \frac12\left(\frac14 - \frac16\right) = \frac{1}{24}", sp.integrate(sp.integrate(x*y, (y, x**2, x)), (x, 0, 1)) - Rt(1, 24))
S(f, r"= \frac12\left(\frac13 - \frac14\right) = \frac{1}{24}$$", sp.integrate(sp.integrate(x*y, (x, y, sp.sqrt(y))), (y, 0, 1)) - Rt(1, 24))
C(f, r"\frac{1}{24} \approx 0.04167", 1/24, "0.04167")
S(f, r"区域面积 $|D| = \int_0^1 (x - x^2)\,dx = \frac12 - \frac13 = \frac16$", sp.integrate(x - x**2, (x, 0, 1)) - Rt(1, 6))
S(f, r"= \pi\left(1 - e^{-4}\right) \approx 3.084", 2*sp.pi*sp.integrate(sp.exp(-r_**2)*r_, (r_, 0, 2)) - sp.pi*(1 - sp.exp(-4)))
C(f, r"= \pi\left(1 - e^{-4}\right) \approx 3.084", pi*(1 - exp(-4)), "3.084")
S(f, r"$\int_{-\infty}^{\infty}e^{-x^2}dx = \sqrt\pi$", sp.integrate(sp.exp(-X**2), (X, -sp.oo, sp.oo)) - sp.sqrt(sp.pi))

if __name__ == "__main__":
    report()
