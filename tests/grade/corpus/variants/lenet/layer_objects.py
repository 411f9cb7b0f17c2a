"""LeNet-5 and ConvNet as lists of small layer objects that keep their own cache (the joelnet /
Keras style), relative imports of the layer functions."""

import numpy as np

from .activations import relu_backward, relu_forward, sigmoid_backward, sigmoid_forward, tanh_backward, tanh_forward
from .conv2d import conv2d_backward, conv2d_forward
from .dense import dense_backward, dense_forward
from .pooling import avg_pool_backward, avg_pool_forward, max_pool_backward, max_pool_forward


class Layer:
    n_params = 0

    def forward(self, x, *params):
        raise NotImplementedError

    def backward(self, dout):
        raise NotImplementedError


class Conv(Layer):
    n_params = 2

    def __init__(self, padding):
        self.padding = padding

    def forward(self, x, w, b):
        out, self.cache = conv2d_forward(x, w, b, strides=1, padding=self.padding)
        return out

    def backward(self, dout):
        return conv2d_backward(dout, self.cache)


class Dense(Layer):
    n_params = 2

    def forward(self, x, w, b):
        out, self.cache = dense_forward(x, w, b)
        return out

    def backward(self, dout):
        return dense_backward(dout, self.cache)


class Elementwise(Layer):
    def __init__(self, fwd, bwd):
        self.fwd, self.bwd = fwd, bwd

    def forward(self, x):
        out, self.cache = self.fwd(x)
        return out

    def backward(self, dout):
        return self.bwd(dout, self.cache)


class Flatten(Layer):
    def forward(self, x):
        self.shape = x.shape
        return x.reshape(x.shape[0], -1)

    def backward(self, dout):
        return dout.reshape(self.shape)


def make_activation(name):
    table = {"relu": (relu_forward, relu_backward), "sigmoid": (sigmoid_forward, sigmoid_backward),
             "tanh": (tanh_forward, tanh_backward)}
    return Elementwise(*table[name])


def make_pooling(name):
    table = {"max": (max_pool_forward, max_pool_backward), "avg": (avg_pool_forward, avg_pool_backward)}
    return Elementwise(*table[name])


class Network:
    def __init__(self, layers, shapes, seed=0, dtype=np.float64):
        self.layers = layers
        self.dtype = np.dtype(dtype)
        rng = np.random.default_rng(seed)
        self.weights = []
        for s in shapes:
            if len(s) < 2:
                self.weights.append(np.zeros(s, self.dtype))
                continue
            receptive = int(np.prod(s[:-2])) if len(s) > 2 else 1
            lim = np.sqrt(6 / (receptive * s[-2] + receptive * s[-1]))
            self.weights.append(rng.uniform(-lim, lim, s).astype(self.dtype))

    def get_weights(self):
        return [np.copy(w) for w in self.weights]

    def set_weights(self, weights):
        assert [np.shape(w) for w in weights] == [w.shape for w in self.weights], "wrong weight shapes"
        self.weights = [np.array(w, dtype=self.dtype, copy=True) for w in weights]

    def forward(self, x):
        out, k = np.asarray(x, self.dtype), 0
        for layer in self.layers:
            out = layer.forward(out, *self.weights[k : k + layer.n_params])
            k += layer.n_params
        return out

    def loss_and_grads(self, x, labels):
        logits = self.forward(x)
        labels = np.asarray(labels, dtype=int)
        shifted = logits - logits.max(axis=1, keepdims=True)
        probs = np.exp(shifted)
        probs /= probs.sum(axis=1, keepdims=True)
        n = logits.shape[0]
        loss = float(np.mean(np.log(np.exp(shifted).sum(axis=1)) - shifted[np.arange(n), labels]))
        onehot = np.eye(logits.shape[1])[labels]
        grad = (probs - onehot) / n
        grads = []
        for layer in reversed(self.layers):
            if layer.n_params:
                grad, *param_grads = layer.backward(grad)
                grads = list(param_grads) + grads
            else:
                grad = layer.backward(grad)
        return loss, grads

    def sgd_step(self, x, labels, lr):
        loss, grads = self.loss_and_grads(x, labels)
        for w, g in zip(self.weights, grads):
            w -= lr * g
        return loss


class LeNet5(Network):
    def __init__(self, activation="sigmoid", pooling="avg", seed=0, dtype=np.float64):
        act = make_activation  # each call makes a new layer object (each keeps its own cache)
        layers = [Conv("same"), act(activation), make_pooling(pooling),
                  Conv("valid"), act(activation), make_pooling(pooling), Flatten(),
                  Dense(), act(activation), Dense(), act(activation), Dense()]
        shapes = [(5, 5, 1, 6), (6,), (5, 5, 6, 16), (16,), (400, 120), (120,), (120, 84), (84,), (84, 10), (10,)]
        super().__init__(layers, shapes, seed, dtype)


class ConvNet(Network):
    def __init__(self, seed=0, dtype=np.float64):
        layers = [Conv("same"), make_activation("relu"), make_pooling("max"), Flatten(), Dense(),
                  make_activation("relu"), Dense()]
        super().__init__(layers, [(3, 3, 1, 10), (10,), (1960, 100), (100,), (100, 10), (10,)], seed, dtype)
