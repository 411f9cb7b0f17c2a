"""LeNet-5 and the lecture's CNN as a student assembles them from their own layer functions."""

import numpy as np

from .activations import relu_backward, relu_forward, sigmoid_backward, sigmoid_forward, tanh_backward, tanh_forward
from .conv2d import conv2d_backward, conv2d_forward
from .dense import dense_backward, dense_forward
from .pooling import avg_pool_backward, avg_pool_forward, max_pool_backward, max_pool_forward

ACT = {"relu": (relu_forward, relu_backward), "sigmoid": (sigmoid_forward, sigmoid_backward),
       "tanh": (tanh_forward, tanh_backward)}
POOL = {"max": (max_pool_forward, max_pool_backward), "avg": (avg_pool_forward, avg_pool_backward)}


def flatten_forward(x):
    return x.reshape(x.shape[0], -1), x.shape


def flatten_backward(dout, shape):
    return dout.reshape(shape)


def conv(padding):
    return (lambda x, w, b: conv2d_forward(x, w, b, padding=padding), conv2d_backward, 2)


class Network:
    def __init__(self, layers, shapes, seed=0, dtype=np.float64):
        self.layers = layers
        rng = np.random.default_rng(seed)
        self.params = []
        for shape in shapes:
            if len(shape) == 1:
                self.params.append(np.zeros(shape, dtype=dtype))
            else:
                fan_in = np.prod(shape[:-1])
                fan_out = np.prod(shape[:-2]) * shape[-1]
                limit = np.sqrt(6 / (fan_in + fan_out))
                self.params.append(rng.uniform(-limit, limit, shape).astype(dtype))

    def get_weights(self):
        return [p.copy() for p in self.params]

    def set_weights(self, weights):
        self.params = [np.array(w, dtype=float) for w in weights]

    def _run(self, x):
        caches, i = [], 0
        for forward, _, n in self.layers:
            x, cache = forward(x, *self.params[i:i + n])
            caches.append(cache)
            i += n
        return x, caches

    def forward(self, x):
        return self._run(x)[0]

    def loss_and_grads(self, x, labels):
        logits, caches = self._run(x)
        N = logits.shape[0]
        shifted = logits - logits.max(axis=1, keepdims=True)
        probs = np.exp(shifted) / np.exp(shifted).sum(axis=1, keepdims=True)
        loss = -np.mean(np.log(probs[np.arange(N), labels]))
        dout = probs.copy()
        dout[np.arange(N), labels] -= 1
        dout /= N
        grads = []
        for (_, backward, n), cache in zip(self.layers[::-1], caches[::-1]):
            if n == 0:
                dout = backward(dout, cache)
            else:
                dout, *g = backward(dout, cache)
                grads = g + grads
        return float(loss), grads

    def sgd_step(self, x, labels, lr):
        loss, grads = self.loss_and_grads(x, labels)
        self.params = [p - lr * g for p, g in zip(self.params, grads)]
        return loss


class LeNet5(Network):
    def __init__(self, activation="sigmoid", pooling="avg", seed=0, dtype=np.float64):
        act = (*ACT[activation], 0)
        pool = (*POOL[pooling], 0)
        layers = [conv("same"), act, pool, conv("valid"), act, pool, (flatten_forward, flatten_backward, 0),
                  (dense_forward, dense_backward, 2), act, (dense_forward, dense_backward, 2), act,
                  (dense_forward, dense_backward, 2)]
        shapes = [(5, 5, 1, 6), (6,), (5, 5, 6, 16), (16,), (400, 120), (120,), (120, 84), (84,), (84, 10), (10,)]
        super().__init__(layers, shapes, seed, dtype)


class ConvNet(Network):
    def __init__(self, seed=0, dtype=np.float64):
        layers = [conv("same"), (*ACT["relu"], 0), (*POOL["max"], 0), (flatten_forward, flatten_backward, 0),
                  (dense_forward, dense_backward, 2), (*ACT["relu"], 0), (dense_forward, dense_backward, 2)]
        shapes = [(3, 3, 1, 10), (10,), (1960, 100), (100,), (100, 10), (10,)]
        super().__init__(layers, shapes, seed, dtype)
