"""The training run's task: images of random strokes, a new task in every grading run.

Ten classes, each a template of three line segments drawn at random on a 28x28 canvas; an image
of a class is its template shifted by up to SHIFT pixels, dimmed at random and noised, on the
digits' 1/64 grid. The grader draws the templates from secret entropy when it grades (not from
the run's seed), so no weights trained beforehand (on scikit-learn's digits, or on any task)
and no table of answers can classify them: only a training on the images `train` is given
does. Measured with the solutions' `train` (5 epochs, 800 images, batches of 32, lr 0.05) on
60 tasks: 88.8-100 % on 250 held-out images (median 96 %); a ConvNet trained on the digits with
their true labels: 2-22 % (median 11 %); untrained: at most 17 % (the threshold is 70 %).
"""

from __future__ import annotations

import numpy as np

SIZE, CLASSES, SEGMENTS, SHIFT, NOISE = 28, 10, 3, 3, 0.1


def _template(rng: np.random.Generator) -> np.ndarray:
    """SEGMENTS line segments (about 2 pixels wide, end points away from the border)."""
    rows, cols = np.mgrid[0:SIZE, 0:SIZE] + 0.5
    image = np.zeros((SIZE, SIZE))
    for _ in range(SEGMENTS):
        (r0, c0), (r1, c1) = rng.uniform(5, SIZE - 5, size=(2, 2))
        dr, dc = r1 - r0, c1 - c0
        t = np.clip(((rows - r0) * dr + (cols - c0) * dc) / max(dr * dr + dc * dc, 1e-9), 0, 1)
        distance = np.hypot(rows - (r0 + t * dr), cols - (c0 + t * dc))
        image = np.maximum(image, np.clip(1.6 - distance, 0, 1))
    return image


def task(rng: np.random.Generator, sizes: tuple[int, ...]) -> list[tuple[np.ndarray, np.ndarray]]:
    """One task: for each size, (images of shape (n, 28, 28, 1), integer labels of shape (n,))."""
    templates = np.stack([_template(rng) for _ in range(CLASSES)])
    found = []
    for n in sizes:
        labels = rng.integers(0, CLASSES, n)
        shifts = rng.integers(-SHIFT, SHIFT + 1, size=(n, 2))
        images = np.stack([np.roll(templates[c], tuple(s), axis=(0, 1)) for c, s in zip(labels, shifts)])
        images = images * rng.uniform(0.7, 1.0, size=(n, 1, 1)) + rng.normal(0, NOISE, size=images.shape)
        found.append((np.round(np.clip(images, 0, 1)[..., None] * 64) / 64, labels))
    return found
