"""conv2d_forward written the ways students write it: vectorised ones (which must earn the
vectorisation points) and Python loops over output positions (which must not). Each is appended
to solutions/conv2d.py, replacing its conv2d_forward (its helpers `_pair` and `_pads` stay; the
cache is left out, so only the forward checks pass). Used by test_timing.py and bench/vectorisation.py, which
measured the distributions the threshold (timing.FACTOR) is set from.
"""

from __future__ import annotations

HEAD = '''

def conv2d_forward(x, w, b, strides=(1, 1), padding="valid"):
    sh, sw = _pair(strides)
    kh, kw, c_in, c_out = w.shape
    n, h, wd, _ = x.shape
    oh, top, bottom = _pads(h, kh, sh, padding)
    ow, left, right = _pads(wd, kw, sw, padding)
    xp = np.pad(x, ((0, 0), (top, bottom), (left, right), (0, 0)))
'''
TAIL = '''
    return out, None
'''

VECTORISED = {
    "einsum over windows": '''
    windows = np.lib.stride_tricks.sliding_window_view(xp, (kh, kw), axis=(1, 2))[:, ::sh, ::sw]
    out = np.einsum("nhwcij,ijco->nhwo", windows, w, optimize=True) + b''',
    "loop over kernel offsets": '''
    out = np.zeros((n, oh, ow, c_out)) + b
    for i in range(kh):
        for j in range(kw):
            patch = xp[:, i:i + sh * oh:sh, j:j + sw * ow:sw, :]
            out += patch @ w[i, j]''',
    "tensordot on strided windows": '''
    s = xp.strides
    windows = np.lib.stride_tricks.as_strided(xp, (n, oh, ow, kh, kw, c_in),
                                              (s[0], s[1] * sh, s[2] * sw, s[1], s[2], s[3]))
    out = np.tensordot(windows, w, axes=([3, 4, 5], [0, 1, 2])) + b''',
    "loop over output channels": '''
    windows = np.lib.stride_tricks.sliding_window_view(xp, (kh, kw), axis=(1, 2))[:, ::sh, ::sw]
    cols = windows.transpose(0, 1, 2, 4, 5, 3).reshape(n, oh, ow, -1)
    out = np.empty((n, oh, ow, c_out))
    for o in range(c_out):
        out[..., o] = cols @ w[..., o].reshape(-1) + b[o]''',
    "loop over the batch": '''
    out = np.empty((n, oh, ow, c_out))
    for k in range(n):
        windows = np.lib.stride_tricks.sliding_window_view(xp[k], (kh, kw), axis=(0, 1))[::sh, ::sw]
        out[k] = windows.transpose(0, 1, 3, 4, 2).reshape(oh * ow, -1).dot(
            w.reshape(-1, c_out)).reshape(oh, ow, c_out) + b''',
}

LOOPS = {
    "loop over pixels, window dot kernel": '''
    out = np.empty((n, oh, ow, c_out))
    for i in range(oh):
        for j in range(ow):
            window = xp[:, i * sh:i * sh + kh, j * sw:j * sw + kw, :]
            out[:, i, j, :] = np.tensordot(window, w, axes=([1, 2, 3], [0, 1, 2])) + b''',
    "loop over pixels and channels": '''
    out = np.empty((n, oh, ow, c_out))
    for i in range(oh):
        for j in range(ow):
            window = xp[:, i * sh:i * sh + kh, j * sw:j * sw + kw, :]
            for o in range(c_out):
                out[:, i, j, o] = np.sum(window * w[..., o], axis=(1, 2, 3)) + b[o]''',
    "loop over images and pixels": '''
    out = np.empty((n, oh, ow, c_out))
    flat = w.reshape(-1, c_out)
    for k in range(n):
        for i in range(oh):
            for j in range(ow):
                out[k, i, j] = xp[k, i * sh:i * sh + kh, j * sw:j * sw + kw].reshape(-1) @ flat + b''',
    "loop over pixels with einsum": '''
    out = np.empty((n, oh, ow, c_out))
    for i in range(oh):
        for j in range(ow):
            out[:, i, j] = np.einsum("nijc,ijco->no", xp[:, i * sh:i * sh + kh, j * sw:j * sw + kw], w) + b''',
}


def source(body: str) -> str:
    """The code appended to solutions/conv2d.py for one variant."""
    return HEAD + body + TAIL
