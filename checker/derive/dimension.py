"""The concrete sizes a `Context` checks declared shapes at (`shape_of`, `size`): 1 stays 1, every
other size gets its own small value, the same wherever it appears; `is_dimension`, a name some
declared shape uses as a size."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from checker.derive.context import Context

OPEN_RANGE = 3  # the length of a range the text leaves open (Σ_j, Σ_{i=1}^{n}, w_1..w_n)
SMALL = 6  # a size written as a number up to this is checked at that size


def shape_of(ctx: Context, name: str) -> tuple[int, ...] | None:
    """The concrete (small) shape a declared matrix is checked at: 1 stays 1, every other
    size (364, 30, m, n) gets its own value from 2 up, the same wherever it appears."""
    dims = ctx.shapes.get(name)
    if dims is None:
        return None
    return tuple(size(ctx, d) for d in dims)


def size(ctx: Context, dim: str) -> int:
    """The concrete size of one declared dimension (`m`, `364`; `1` stays 1): as small as
    can be (the checks expand every entry) while the dimensions of one shape differ, so
    that a transposed result never has the shape it should have."""
    if dim.isdigit() and int(dim) <= SMALL:
        return int(dim)  # (2, 3) is 2 by 3
    if not is_dimension(ctx, dim) and dim not in ctx.dims:
        return OPEN_RANGE  # a range no shape declares: n in Σ_{i=1}^{n}, or a grid's 364
    if dim not in ctx.dims:
        for name in sorted(ctx.orthogonal):  # U (n, d) said orthogonal: d first, so n > d and
            rows, *cols = ctx.shapes.get(name, ("",))  # its columns can be orthonormal
            if rows == dim and len(cols) == 1 and cols[0] not in (dim, "1") and \
                    not (cols[0].isdigit() and int(cols[0]) <= SMALL):
                size(ctx, cols[0])
    if dim not in ctx.dims:
        beside = {size(ctx, d) for dims in ctx.shapes.values() if dim in dims
                  for d in dims if d in ctx.dims or (d.isdigit() and int(d) <= SMALL)}
        # from 3 up: as long as an open range (Σ_j over a declared n runs as far), and no
        # size is 2, a constant people write (a missing 1/m is not a missing 1/2)
        ctx.dims[dim] = next(k for k in range(OPEN_RANGE, OPEN_RANGE + len(beside) + 1)
                             if k not in beside)
    return ctx.dims[dim]


def is_dimension(ctx: Context, name: str) -> bool:
    """A name some declared shape uses as a size (`m` in X (m, n))."""
    return any(name in dims for dims in ctx.shapes.values())
