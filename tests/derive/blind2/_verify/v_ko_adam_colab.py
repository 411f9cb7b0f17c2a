from kit import *

same(2*2, 4); same(0.1*4, 0.4); same(0.001*16, 0.016); same(0.4/0.1, 4); same(0.016/0.001, 16); same(2 - 0.1*4/np.sqrt(16), 1.9)
same(2*1.9, 3.8); same(0.9*0.4 + 0.1*3.8, 0.74); same(0.999*0.016, 0.015984); same(0.001*3.8**2, 0.01444); same(0.015984 + 0.01444, 0.030424)
near("3.8947", 0.74/(1 - 0.81)); near("15.2196", 0.030424/(1 - 0.999**2)); near("3.9012", np.sqrt(0.030424/(1 - 0.999**2)))
near("0.0998", 0.1*3.8947/3.9012); same(1.9 - 0.0998, 1.8002)
w = 2.0; m = v = 0
for t in (1, 2):
    g = 2*w; m = 0.9*m + 0.1*g; v = 0.999*v + 0.001*g*g; w -= 0.1*(m/(1 - 0.9**t))/np.sqrt(v/(1 - 0.999**t))
near("1.8002", w)
key("../ko/adam_by_hand_colab.ipynb",
    "Korean Colab practice notebook (실습, 합니다-체): an aligned block inside $$ with four update rules, bindings of hyperparameters in prose, a code cell, '1 스텝/2 스텝' hand computations one $$ per line with \\approx",
    "Adam on f(w) = w^2 from w_0 = 2: two steps by hand with bias correction, first step of size exactly eta",
    wrong={},
    plain={"이번 실습에서는 $f(w) = w^2$": "defines f",
           "m_t &= \\beta_1 m_{t-1} + (1-\\beta_1)\\, g_t": "update rule",
           "v_t &= \\beta_2 v_{t-1} + (1-\\beta_2)\\, g_t^2": "update rule",
           "\\hat{m}_t &= \\frac{m_t}{1-\\beta_1^t}": "defines the corrected moments",
           "w_t &= w_{t-1} - \\eta\\, \\frac{\\hat{m}_t}": "update rule",
           "하이퍼파라미터는 $\\beta_1 = 0.9$": "binds the hyperparameters and the start values w_0, m_0, v_0"})
done("ko/adam_by_hand_colab")
