"""Physical laws a worked example leans on without writing them as formulas: `E_p = ½kx² =
F²/(2k)` is true by Hooke's law F = kx, `P = I²R = V²/R` by Ohm's law V = IR, `K = ½mv² =
p²/(2m)` by p = mv. The text may name the law in words ("by Hooke's law", "由欧姆定律") or
not at all (a physics note takes it as known); the checker reads the letters as free, and
such a link differs as read. `LAWS` are the textbook laws in their conventional letters;
`leaned_on` finds one under which the step holds, with the letters solved for one of them.
Which law a letter obeys is a guess from its letter alone, so the step is never failed by
this reading: it holds when the text names the law, and is undecided otherwise.
"""

from __future__ import annotations

from dataclasses import dataclass

import sympy as sp

from checker.derive.attempt import Attempt, lowering
from checker.derive.equivalence import compare
from checker.derive.errors import Undecided, Unreadable
from checker.derive.quantity import real
from checker.derive.regex import Regex
from checker.derive.tree import Sym, walk


@dataclass(frozen=True)
class Law:
    """A law `left = right` in its conventional letters, and the words that name it."""

    name: str
    left: str
    right: str
    words: tuple[str, ...]

    def letters(self) -> set[str]:
        return {str(s) for s in self.relation().free_symbols}

    def relation(self) -> sp.Expr:
        """left − right over real symbols named as the checker names them (λ is `lambda`)."""
        names = {n: real("lambda" if n == "lam" else n)
                 for n in Regex(r"[A-Za-z]+").findall(self.left + " " + self.right)}
        return sp.sympify(self.left, locals=names) - sp.sympify(self.right, locals=names)


_HOOKE = ("hooke", "胡克", "虎克", "후크", "훅의", "훅 법칙")
_OHM = ("ohm", "欧姆", "옴의", "옴 법칙")
_NEWTON = ("newton", "牛顿", "뉴턴")
LAWS: tuple[Law, ...] = (
    Law("Hooke's law", "F", "k*x", _HOOKE),
    Law("Ohm's law", "V", "I*R", _OHM),
    Law("Ohm's law", "U", "I*R", _OHM),
    Law("the power law of a circuit", "P", "V*I", ("electric power", "电功率", "전력")),
    Law("the power law of a circuit", "P", "U*I", ("electric power", "电功率", "전력")),
    Law("Newton's second law", "F", "m*a", _NEWTON),
    Law("momentum", "p", "m*v", ("linear momentum", "动量", "운동량")),
    Law("uniform acceleration from rest", "v", "a*t", ("acceleration", "加速", "가속")),
    Law("a capacitor's charge", "Q", "C*V", ("capacit", "电容", "축전기", "커패시터")),
    Law("a capacitor's charge", "Q", "C*U", ("capacit", "电容", "축전기", "커패시터")),
    Law("the ideal gas law", "p*V", "n*R*T", ("ideal gas", "理想气体", "이상 기체", "이상기체")),
    Law("work", "W", "F*d", ("work done", "做功", "한 일")),
    Law("work", "W", "F*s", ("work done", "做功", "한 일")),
    Law("pressure", "p", "F/A", ("pressure", "压强", "압력")),
    Law("Hooke's law in stress", "sigma", "E*epsilon", _HOOKE),
    Law("stress", "sigma", "F/A", ("stress", "应力", "응력")),
    Law("a wave's speed", "v", "f*lam", ("wave", "波", "파동")),
    Law("weight", "F", "m*g", ("gravity", "重力", "중력")),
    Law("circular motion", "v", "omega*r", ("circular", "圆周", "원운동", "angular")),
    Law("torque", "tau", "r*F", ("torque", "力矩", "토크")),
)


def leaned_on(written: set[str], read, lv, rv, agree) -> tuple[Law, str] | None:
    """The first law whose letters the step all writes (`written`: its names) under which its
    sides `lv`, `rv` (SymPy values) agree: the law read as the step reads its letters (`read`:
    a letter → its value, F → mg when the text defines F = mg), solved for one name that
    stands free in the sides, that name replaced on both (`agree`: the comparison of the two
    new sides, True or False); with the name solved for. None when no law's letters are all
    written, or none makes them agree."""
    free = {str(s): s for side in (lv, rv) for s in getattr(side, "free_symbols", ())}
    for law in LAWS:
        letters = law.letters()
        if not letters <= written:
            continue
        try:
            relation = law.relation().xreplace({real(n): read(n) for n in letters})
        except Exception:  # noqa: BLE001 - a letter not read as one number: no such law here
            continue
        if isinstance(relation, sp.MatrixBase):
            continue
        for name in sorted(str(s) for s in relation.free_symbols if str(s) in free):
            try:
                solved = sp.solve(relation, free[name], dict=False)
            except (NotImplementedError, ValueError):
                continue
            if len(solved) != 1:
                continue
            swap = {free[name]: solved[0]}
            if agree(lv.xreplace(swap), rv.xreplace(swap)):
                return law, name
    return None


def named_in(law: Law, prose: str) -> bool:
    """The text names the law (or what it is about) somewhere in its words."""
    text = prose.lower()
    return any(word in text for word in law.words)


_SHOWN = {"lam": "λ", "rho": "ρ", "sigma": "σ", "epsilon": "ε", "omega": "ω", "tau": "τ"}


def render_law(law: Law) -> str:
    """`F = kx`, `pV = nRT`: the law as a textbook writes it."""
    def shown(side: str) -> str:
        for word, glyph in _SHOWN.items():
            side = side.replace(word, glyph)
        return side.replace("*", "")
    return f"{shown(law.left)} = {shown(law.right)}"


def under_a_law(attempt: Attempt) -> tuple[str, str] | None:
    """`E_p = ½kx² = F²/(2k)` with F given a value: a link that holds by a physical law the
    text takes as known (Hooke's F = kx; principle.py), its letters read free. Holds when the
    text names the law in words, else undecided: which law a letter obeys is a guess."""
    low = lowering(attempt, attempt.ctx)
    try:
        lv, rv = (low.expr(n, hold=attempt.held) for n in (attempt.left, attempt.right))
    except (Undecided, Unreadable):
        return None
    if isinstance(lv, sp.MatrixBase) or isinstance(rv, sp.MatrixBase):
        return None
    written = {n.name for side in (attempt.left, attempt.right) for n in walk(side)
               if isinstance(n, Sym) and not n.index}
    found = leaned_on(written, lambda n: low.expr(Sym(n), hold=attempt.held), lv, rv,
                      lambda a, b: compare(a, b, attempt.ctx, atol=attempt.atol).agree)
    if found is None:
        return None
    law, _ = found
    said = f"{law.name}, {render_law(law)}"
    if named_in(law, attempt.state.prose):
        return "holds", f"holds by {said}, which the text cites"
    return "undecided", (f"could not decide: the sides differ as read, but agree by {said}, "
                         "which the text does not state; if the step relies on it, write it")
