"""The letter i as the imaginary unit, and steps in complex numbers.

A document is about complex numbers when its prose or its math says so (`imaginary`): words
(complex number, imaginary unit, 复数, 虚数, 복소수, 허수, Euler's formula; not a bare
"conjugate", 共轭, which is also a conjugate prior), or math only complex
numbers write (`i^2 = -1`, a pair `a + bi` and `a - bi`, `\\mathbb{C}`, `\\mathrm{i}`, `\\mathrm{Re}`, `e^{i\\theta}`, roots written with ±i (`\\pm i\\sqrt{2}`), a literal
`2 + 3i`). In such a document a formula reads a lone i as the unit, unless the formula itself
uses i as an index (`indexed`: `x_i`, `\\sum_i`, `i = 1, …, n`, `x^{(i)}`, `w[i]`): there
every i stays a name, as in any other document. The convention is the one the parser follows
for e (Euler's number unless the text gives e a value). A bar over a name is its conjugate only
in a formula that writes i or Re/Im (`complex_formula`); elsewhere `\\bar x` stays a mean.

Steps with i are compared in complex arithmetic (`compare`): the names take real values and i
is SymPy's I. For expressions built from i and analytic functions (sums, products, powers,
exp, sin, cos) agreement at real points is agreement everywhere and a disagreement is a
counterexample. With Re, Im, a conjugate, |z| or arg of a name the names may be complex
numbers the sampling never reaches: such a step holds only by a symbolic proof, and is
otherwise undecided, never failing.
"""

from __future__ import annotations

import re

import numpy as np
import sympy as sp

from checker.derive import conjugate, exponent
from checker.derive.lexeme import Token
from checker.derive.regex import Regex

_WORDS = Regex(
    r"complex[- ](?:numbers?|plane|conjugates?|exponentials?|valued|roots?|eigenvalues?|"
    r"arithmetic|multiplication)|imaginary (?:unit|parts?|numbers?|axis)|purely imaginary|"
    r"euler'?s formula|复数|虚数|复平面|共轭复数|欧拉公式|복소|허수|오일러 공식", re.IGNORECASE)
_MATH = Regex(
    r"i\s*\^\s*\{?\s*2\s*\}?\s*=\s*-\s*1|\\mathbb\s*\{?\s*C\b|\\mathrm\s*\{\s*i\s*\}|"
    r"\\(?:mathrm|operatorname|text)\s*\{\s*(?:Re|Im)\s*\}|\\(?:Re|Im)(?![A-Za-z])|"
    r"e\s*\^\s*\{\s*-?\s*(?:\d+\s*)?(?:\\pi\s*)?i(?![A-Za-z_])|"
    # a literal with a coefficient on i (`2 + 3i`; `1 - i` alone is also a gate's derivative,
    # i(1 - i), in LSTM notes)
    r"\d\s*[+-]\s*\d+(?:\.\d+)?\s*(?:\\[,;:]\s*)?i(?![A-Za-z_{^])|"
    # a pair of conjugate roots (`\lambda = \pm i\sqrt{1.5}`, `r = -1 \pm 2i`, `\pm 1.22i`)
    r"\\pm\s*(?:\d+(?:\.\d+)?\s*)?i(?![A-Za-z_{^])")
_SCRIPT = Regex(r"_\s*(?:\{[^{}]*\}|\\?[A-Za-z0-9]+)")  # x_{2i+1}, θ_i: never the unit
_INLINE = Regex(r"\$\$(.+?)\$\$|\$(.+?)\$|\\\((.+?)\\\)|\\\[(.+?)\\\]", re.DOTALL)


def imaginary(source: str) -> bool:
    """The document writes complex numbers: a word that names them, or math only they use
    (outside subscripts, where `2i + 1` is an index)."""
    if _WORDS.search(source):
        return True
    math = " ".join(next(g for g in m.groups() if g is not None)
                    for m in _INLINE.finditer(source))
    math = _SCRIPT.sub(" ", math)
    return bool(_MATH.search(math)) or conjugate.paired(math)


def _is_i(t: Token | None) -> bool:
    return t is not None and t.kind == "letter" and t.value == "i"


def indexed(tokens: list[Token]) -> bool:
    """The formula uses i as an index: in a subscript (`x_i`, `\\sum_{i=1}^n`), as a row's
    mark (`x^{(i)}`, `w[i]`), or given integer values (`i = 1, …, n`, `i \\in \\{1, 2\\}`)."""
    depth = None  # brace depth inside a subscript, None outside
    for k, t in enumerate(tokens):
        if t.kind == "op" and t.value == "_":
            depth = 0
            continue
        if depth is not None:
            if _is_i(t):
                return True
            if t.kind == "open" and t.value == "{":
                depth += 1
            elif t.kind == "close" and t.value == "}":
                depth -= 1
            if depth <= 0:
                depth = None
            continue
        if not _is_i(t):
            continue
        before = tokens[k - 1] if k else None
        after = tokens[k + 1] if k + 1 < len(tokens) else None
        if before is not None and before.kind == "open" and before.value in "([" and \
                after is not None and after.kind == "close" and k >= 2 and \
                (tokens[k - 2].value in {"^", "{"} or before.value == "[") and \
                not (k >= 2 and tokens[k - 2].kind == "word"):
            return True  # x^{(i)}, w[i]
        if after is not None and (after.kind == "rel" and after.value in {"=", "∈"}) and \
                k + 2 < len(tokens) and tokens[k + 2].kind in {"num", "open"} and \
                (k == 0 or tokens[k - 1].kind in {"sep", "text"} or
                 tokens[k - 1].value == ","):
            rest = tokens[k + 3:]
            if not rest or any(r.kind == "ellipsis" or r.value in {",", "\\{"} for r in rest) \
                    or tokens[k + 2].value == "\\{" or len(rest) <= 1:
                return True  # i = 1, …, n; i ∈ {1, 2}; i = 3
    return False


def indexes_anywhere(text: str) -> bool:
    """A formula of the text uses i as an index (one that cannot be read uses none)."""
    from checker.derive.errors import Unreadable
    from checker.derive.lexer import tokenize

    try:
        return indexed(tokenize(text))
    except Unreadable:
        return False


def complex_formula(tokens: list[Token]) -> bool:
    """The formula writes the unit or a real or imaginary part (`q\\bar k = (2 + i)(1 - 3i)`,
    `\\mathrm{Re}[a\\bar b]`): its bars are conjugates; elsewhere `\\bar x` stays a mean."""
    return any(_is_i(t) or (t.kind == "word" and t.value in {"Re", "Im"}) for t in tokens)


class _Part(sp.Function):
    """Re, Im or the conjugate of what the text writes: of a number, its value; of names, kept
    as written until the names take values (SymPy's own re(z) of a real z is z at once, which
    would lose z̄ before z = 3 + 4i is put in)."""

    exact = staticmethod(sp.conjugate)

    @classmethod
    def eval(cls, x):  # SymPy's hook
        if isinstance(x, sp.Basic) and not x.free_symbols:
            return cls.exact(x)
        return None


class RealPart(_Part):
    exact = staticmethod(sp.re)


class ImaginaryPart(_Part):
    exact = staticmethod(sp.im)


class Conjugate(_Part):
    exact = staticmethod(sp.conjugate)


class Modulus(_Part):
    """|z| of a name the text binds to a complex number: SymPy's Abs(z) of a real z squares
    to z², which is (3 + 4i)² = -7 + 24i once z = 3 + 4i is put in, not |z|² = 25."""
    exact = staticmethod(sp.Abs)


PARTS = (RealPart, ImaginaryPart, Conjugate)
NUMPY = {"RealPart": np.real, "ImaginaryPart": np.imag, "Conjugate": np.conj,
         "Modulus": np.abs}
_NON_ANALYTIC = (*PARTS, Modulus, sp.re, sp.im, sp.conjugate, sp.Abs, sp.arg)


def complex_names(expr, ctx, line: int) -> bool:
    """Some name of expr is bound, at this line, to a value holding i (z = 3 + 4i)."""
    names = {str(s) for s in getattr(expr, "free_symbols", ())}
    return any(isinstance(v, sp.Basic) and v.has(sp.I)
               for v in ctx.bound(names, line).values())


def complex_valued(*exprs) -> bool:
    """A side holds the imaginary unit or takes a real or imaginary part, a conjugate."""
    return any(isinstance(e, sp.Basic) and (e.has(sp.I) or e.has(*PARTS, Modulus, sp.re, sp.im,
                                                                    sp.conjugate))
               for e in exprs)


def non_analytic(*exprs) -> bool:
    """Re, Im, a conjugate, |·| or arg of something with names in it: its value at complex
    names is not fixed by its values at real ones."""
    return any(isinstance(n, _NON_ANALYTIC) and n.free_symbols
               for e in exprs for n in sp.preorder_traversal(e))


def close(lv: np.ndarray, rv: np.ndarray, rtol: float, atol: float) -> np.ndarray:
    """Complex values equal to within rtol of the larger magnitude, plus atol (the digits a
    rounded side shows, in each of the real and imaginary parts)."""
    scale = np.maximum(np.maximum(np.abs(lv), np.abs(rv)), 1.0)
    return np.abs(lv - rv) <= rtol * scale + atol * np.sqrt(2)


def as_complex(expr) -> complex | None:
    """A number's complex value, or None when it has names or no finite value."""
    try:
        value = complex(sp.N(expr, 30))
    except (TypeError, ValueError):
        return None
    return value if np.isfinite(value.real) and np.isfinite(value.imag) else None


def decide(left, right, ctx, atol: float, seed: int, rtol: float):
    """Compare two scalar sides holding i in complex arithmetic (see the module's note):
    a Comparison, or Undecided when real sampling cannot settle it, or when the text also
    uses i as an index (then a difference may be a misreading of i, never a failure)."""
    from checker.derive.errors import Undecided
    from checker.derive.traversal import symbols_of

    symbols = sorted(symbols_of(left, right), key=str)
    found = _decided(left, right, symbols, ctx, atol, seed, rtol)
    if not found.agree and ctx.i_indexes:  # both readings of i are the text's: no failure
        raise Undecided("with i the imaginary unit the sides differ, but the text also uses i "
                        "as an index, so this i may be one: name the index another letter "
                        "(j, k) to have the step checked")
    return found


def entries(left, right, ctx, atol: float, seed: int, rtol: float):
    """Two matrices of one shape, some entry holding i (`X \\odot H = (12, -4, 0, -4)` with
    X = (6, -2-2i, 2, -2+2i)): compared entry by entry in complex arithmetic (`decide`), as
    the checker's own evaluation is real and would drop the imaginary parts. The first entry
    that differs decides; the method says how many entries agreed."""
    from checker.derive.equivalence import Comparison

    methods = []
    for k, (a, b) in enumerate(zip(left, right), start=1):
        found = decide(a, b, ctx, atol, seed, rtol)
        if not found.agree:
            return Comparison(False, f"{found.method} (entry {k} of {len(left)})", found.point,
                              found.left, found.right, note=f"entry {k}: {found.note}"
                              if found.note else None)
        methods.append(found.method)
    return Comparison(True, f"entry by entry ({len(methods)} entries), "
                            f"{max(set(methods), key=methods.count)}")


def _decided(left, right, symbols, ctx, atol: float, seed: int, rtol: float):
    """The comparison itself: exact for numbers, sampled at real names otherwise."""
    from checker.derive.equivalence import Comparison
    from checker.derive.errors import Undecided
    from checker.derive.proof import proved
    from checker.derive.sample import POINTS, domain, log_arguments

    if not symbols:
        lv, rv = as_complex(left), as_complex(right)
        if lv is None or rv is None:
            raise Undecided("a side has no finite complex value")
        if close(np.array([lv]), np.array([rv]), rtol, atol).all():
            return Comparison(True, "exact complex arithmetic" if not atol else
                              f"complex arithmetic (to ±{atol:.3g}, the digits shown)")
        return Comparison(False, "complex arithmetic: the sides differ", {}, _shown(lv),
                          _shown(rv), note=f"left {_text(lv)}, right {_text(rv)}")
    rng = np.random.default_rng(seed)
    in_log = log_arguments(left, right)
    values = {str(s): domain(str(s), ctx, in_log, 0, rng, POINTS) for s in symbols}
    lv, rv = _at(left, symbols, values), _at(right, symbols, values)
    ok = np.isfinite(lv) & np.isfinite(rv)
    if ok.sum() < 4:
        raise Undecided("the two sides could not be evaluated at enough points of their domain")
    agree = close(lv[ok], rv[ok], rtol, atol)
    real = {str(s) for s in symbols} <= ctx.complex_parts  # a, b of z = a + bi
    if non_analytic(left, right) and not real:
        if agree.all() and _proved_complex(left, right, proved):
            return Comparison(True, "symbolic proof, the names complex")
        raise Undecided("the step takes Re, Im, a conjugate or |·| of names that may be complex "
                        "numbers, and real values of them do not decide it: state which names "
                        "are real, or write the step with their real and imaginary parts")
    if agree.all():
        how = f"numeric agreement at {int(ok.sum())} points, in complex arithmetic" + (
            ", the parts of a + bi real" if real and non_analytic(left, right) else "")
        if not atol and proved(left, right, 0.03):
            how = "symbolic proof (and " + how + ")"
        return Comparison(True, how)
    counted = exponent.at_integers(left, right, symbols, values, _at,
                                   lambda a, b: close(a, b, rtol, atol))
    if counted:  # (cos θ + i sin θ)^n: a power of a complex number, n an integer
        return Comparison(True, f"numeric agreement at {counted} points, in complex arithmetic, "
                                f"{', '.join(sorted(map(str, exponent.counted(left, right))))} "
                                "at integers (an exponent of a complex number counts)")
    k = int(np.argmin(agree))
    kept = {n: v[ok] for n, v in values.items()}
    point = {n: float(v[k]) for n, v in kept.items()}
    return Comparison(False, f"numeric, in complex arithmetic: the sides differ at "
                             f"{int((~agree).sum())} of {len(agree)} points", point,
                      _shown(lv[ok][k]), _shown(rv[ok][k]),
                      note=f"left {_text(lv[ok][k])}, right {_text(rv[ok][k])}")


def _at(expr, symbols, values) -> np.ndarray:
    """An expression's complex values at the points (the checker's evaluation is real)."""
    from checker.derive.errors import Undecided

    try:
        f = sp.lambdify(symbols, expr, modules=[NUMPY, "numpy"])
        with np.errstate(all="ignore"):
            out = np.asarray(f(*(values[str(s)].astype(complex) for s in symbols)), dtype=complex)
    except (TypeError, ValueError, NameError, AttributeError, ZeroDivisionError, KeyError) as err:
        raise Undecided(f"the sides could not be evaluated in complex arithmetic ({err})") \
            from None
    return np.broadcast_to(out, (len(next(iter(values.values()))),))


def _proved_complex(left, right, proved) -> bool:
    """left = right with every name a complex number of its own (x + i·y)."""
    parts = {s: sp.Symbol(f"{s}_re", real=True) + sp.I * sp.Symbol(f"{s}_im", real=True)
             for s in (left - right).free_symbols}
    exact = {RealPart: sp.re, ImaginaryPart: sp.im, Conjugate: sp.conjugate}
    left, right = (side.xreplace(parts) for side in (left, right))
    for part, meaning in exact.items():
        left, right = left.replace(part, meaning), right.replace(part, meaning)
    return proved(left, right, 0.05)


def _shown(value: complex) -> float:
    """A float for the report's columns: the real part (the note gives the whole value)."""
    return float(np.real(value))


def _text(value: complex) -> str:
    value = complex(value)
    if abs(value.imag) < 1e-12:
        return f"{value.real:.4g}"
    sign = "+" if value.imag >= 0 else "-"
    return f"{value.real:.4g} {sign} {abs(value.imag):.4g}i"
