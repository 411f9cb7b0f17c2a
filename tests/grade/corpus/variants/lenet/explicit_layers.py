"""LeNet-5 and the lecture's ConvNet with every layer called by name, forward and backward
written out (no generic layer list); the sibling modules imported as plain modules."""

import numpy as np

from activations import relu_backward, relu_forward, sigmoid_backward, sigmoid_forward, tanh_backward, tanh_forward
from conv2d import conv2d_backward, conv2d_forward
from dense import dense_backward, dense_forward
from pooling import avg_pool_backward, avg_pool_forward, max_pool_backward, max_pool_forward

ACT = {"relu": (relu_forward, relu_backward), "sigmoid": (sigmoid_forward, sigmoid_backward),
       "tanh": (tanh_forward, tanh_backward)}
POOL = {"max": (max_pool_forward, max_pool_backward), "avg": (avg_pool_forward, avg_pool_backward)}


def softmax_cross_entropy(logits, labels):
    z = logits - logits.max(axis=1, keepdims=True)
    log_p = z - np.log(np.exp(z).sum(axis=1, keepdims=True))
    n = len(labels)
    loss = -log_p[np.arange(n), labels].mean()
    dz = np.exp(log_p)
    dz[np.arange(n), labels] -= 1.0
    return float(loss), dz / n


class Network:
    """Parameters in Keras' get_weights() order; subclasses write _forward and _backward."""

    def __init__(self, layers, shapes, seed=0, dtype=np.float64):
        self.layers = layers
        self.dtype = dtype
        rng = np.random.default_rng(seed)
        self.params = []
        for shape in shapes:
            if len(shape) == 1:
                self.params.append(np.zeros(shape, dtype=dtype))
            else:
                fan_in = int(np.prod(shape[:-1]))
                fan_out = int(np.prod(shape[:-2])) * shape[-1]
                limit = np.sqrt(6.0 / (fan_in + fan_out))
                self.params.append(rng.uniform(-limit, limit, size=shape).astype(dtype))

    def get_weights(self):
        return [p.copy() for p in self.params]

    def set_weights(self, weights):
        if len(weights) != len(self.params):
            raise ValueError(f"expected {len(self.params)} arrays, got {len(weights)}")
        new = []
        for old, w in zip(self.params, weights):
            if np.shape(w) != old.shape:
                raise ValueError(f"expected shape {old.shape}, got {np.shape(w)}")
            new.append(np.array(w, dtype=self.dtype))
        self.params = new

    def forward(self, x):
        return self._forward(np.asarray(x, dtype=self.dtype))[0]

    def loss_and_grads(self, x, labels):
        logits, caches = self._forward(np.asarray(x, dtype=self.dtype))
        loss, dlogits = softmax_cross_entropy(logits, np.asarray(labels))
        return loss, self._backward(dlogits, caches)

    def sgd_step(self, x, labels, lr):
        loss, grads = self.loss_and_grads(x, labels)
        self.params = [p - lr * g for p, g in zip(self.params, grads)]
        return loss


class LeNet5(Network):
    def __init__(self, activation="sigmoid", pooling="avg", seed=0, dtype=np.float64):
        self.act_fwd, self.act_bwd = ACT[activation]
        self.pool_fwd, self.pool_bwd = POOL[pooling]
        shapes = [(5, 5, 1, 6), (6,), (5, 5, 6, 16), (16,), (400, 120), (120,), (120, 84), (84,), (84, 10), (10,)]
        super().__init__(None, shapes, seed, dtype)

    def _forward(self, x):
        W = self.params
        c = {}
        h, c["conv1"] = conv2d_forward(x, W[0], W[1], padding="same")
        h, c["act1"] = self.act_fwd(h)
        h, c["pool1"] = self.pool_fwd(h)
        h, c["conv2"] = conv2d_forward(h, W[2], W[3], padding="valid")
        h, c["act2"] = self.act_fwd(h)
        h, c["pool2"] = self.pool_fwd(h)
        c["shape"] = h.shape
        h = h.reshape(h.shape[0], -1)  # (N, 5 * 5 * 16), NHWC order like keras Flatten
        h, c["fc1"] = dense_forward(h, W[4], W[5])
        h, c["act3"] = self.act_fwd(h)
        h, c["fc2"] = dense_forward(h, W[6], W[7])
        h, c["act4"] = self.act_fwd(h)
        logits, c["fc3"] = dense_forward(h, W[8], W[9])
        return logits, c

    def _backward(self, d, c):
        g = [None] * 10
        d, g[8], g[9] = dense_backward(d, c["fc3"])
        d = self.act_bwd(d, c["act4"])
        d, g[6], g[7] = dense_backward(d, c["fc2"])
        d = self.act_bwd(d, c["act3"])
        d, g[4], g[5] = dense_backward(d, c["fc1"])
        d = d.reshape(c["shape"])
        d = self.pool_bwd(d, c["pool2"])
        d = self.act_bwd(d, c["act2"])
        d, g[2], g[3] = conv2d_backward(d, c["conv2"])
        d = self.pool_bwd(d, c["pool1"])
        d = self.act_bwd(d, c["act1"])
        _, g[0], g[1] = conv2d_backward(d, c["conv1"])
        return g


class ConvNet(Network):
    def __init__(self, seed=0, dtype=np.float64):
        shapes = [(3, 3, 1, 10), (10,), (1960, 100), (100,), (100, 10), (10,)]
        super().__init__(None, shapes, seed, dtype)

    def _forward(self, x):
        W = self.params
        h, conv = conv2d_forward(x, W[0], W[1], padding="same")
        h, act1 = relu_forward(h)
        h, pool = max_pool_forward(h)
        shape = h.shape
        h, fc1 = dense_forward(h.reshape(len(h), -1), W[2], W[3])
        h, act2 = relu_forward(h)
        logits, fc2 = dense_forward(h, W[4], W[5])
        return logits, (conv, act1, pool, shape, fc1, act2, fc2)

    def _backward(self, d, caches):
        conv, act1, pool, shape, fc1, act2, fc2 = caches
        d, dw3, db3 = dense_backward(d, fc2)
        d = relu_backward(d, act2)
        d, dw2, db2 = dense_backward(d, fc1)
        d = max_pool_backward(d.reshape(shape), pool)
        d = relu_backward(d, act1)
        _, dw1, db1 = conv2d_backward(d, conv)
        return [dw1, db1, dw2, db2, dw3, db3]
