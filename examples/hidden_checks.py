"""Hidden checks, as an instructor writes them (README: "Hidden checks (instructors)").

    grader hidden build examples/hidden_checks.py --out hidden/
    grader check submission/ --hidden hidden/

Students see each check's message (or a plain Case's name) and whether it passed; never the
inputs, this file, or what their code raised or printed while it held the hidden inputs.
"""

import numpy as np

from checker.grade.hidden import Hidden
from checker.grade.specs import Case


def _image(rng: np.random.Generator) -> list[np.ndarray]:
    """Two 7x9 images with 2 channels, a 3x3 kernel bank to 4 channels, a bias."""
    return [rng.normal(size=(2, 7, 9, 2)), rng.normal(size=(3, 3, 2, 4)), rng.normal(size=4)]


def _batch(rng: np.random.Generator) -> list[np.ndarray]:
    return [rng.normal(size=(7, 5)), rng.normal(size=(5, 3)), rng.normal(size=3)]


HIDDEN = {
    "conv2d": (
        # the shipped checks use equal strides only: a mix-up of the two goes unnoticed there
        Hidden("stride (2, 3), 7x9 images", "conv2d_forward", _image, {"strides": (2, 3)}, keep=(0,),
               points=1.0, message="conv2d_forward with unequal strides on a non-square image"),
        Hidden("stride (2, 3), 7x9 images, backward", "conv2d_forward", _image, {"strides": (2, 3)},
               backward="conv2d_backward", wrt=(0, 1, 2), points=1.0,
               message="conv2d_backward after unequal strides"),
    ),
    "dense": (Case("dense batch 7", "dense_forward", _batch, backward="dense_backward", wrt=(0, 1, 2)),),
}
