"""π as a function: reinforcement-learning notes write the policy π(a|s), π_θ(a_t|s_t), a
density π(a) = N(a; μ, σ²), beside the constant of `\\log 2\\pi` or `\\sqrt{2\\pi}`, often in one
line. The reader reads `\\pi` as the constant everywhere; in a text that applies π to
arguments, a step that fails with π read so may have meant the function (`\\log \\pi(a)`,
`\\partial \\log \\pi/\\partial \\mu`): it is a guess, never a failure.

π as a vector: a text that binds π to a tuple or an array (`π = (0.5, 0.3, 0.2)`, a stationary
distribution `\\pi = (5/6, 1/6)`, mixture weights) names a distribution π, and reads its bare π
as that name (atom.py; π_1, π_k are entries of it in any text), unless it applies π to
arguments too (π(a|s) stays a call, and bare π the constant)."""

from __future__ import annotations


from checker.derive.guess import Guess
from checker.derive.regex import Regex
from checker.derive.state import State
from checker.derive.tree import Bin, Call, Const, Neg, Node, Num, Relation, Sym, walk

# π applied: `\pi(a`, `\pi_\theta(a_t`, `\pi_{\theta}(`, `π(a|s)`, `\pi^*(s)`, `V^{\pi}(s)` is
# not (π is a label there); the argument starts with a letter (`2\pi(x - μ)` is rare)
_APPLIED = Regex(r"(?:\\pi(?![A-Za-z])|π)\s*(?:_\s*(?:\{[^{}]*\}|\\?\w+)|\^\s*(?:\{[^{}]*\}|\*|\w))*"
                 r"\s*(?:\\left)?\(\s*(?:\\[a-zA-Z]+|[A-Za-z])")


# π bound to a tuple or an array: `\pi = (`, `π = [`, `\pi = \begin{bmatrix}`, `\pi=\left(`
_NAMED = Regex(r"(?:\\pi(?![A-Za-z])|π)\s*=\s*(?:\(|\[|\\left|\\begin\{[bp]?matrix\})")


def named(source: str) -> bool:
    """Does the text bind π to a tuple or an array (a distribution named π)?"""
    return bool(_NAMED.search(source))


def applied(source: str) -> bool:
    """Does the text apply π to arguments anywhere (a policy or a density)?"""
    return bool(_APPLIED.search(source))


# the angle's functions: π in their argument is the angle π (`\cos\frac{\pi(t - W)}{T}`)
_ANGLE = {"sin", "cos", "tan", "cot", "sec", "csc", "arcsin", "arccos", "arctan", "sinh",
          "cosh", "tanh"}


def _number(node: Node) -> bool:
    return isinstance(node, Num) or isinstance(node, Neg) and isinstance(node.arg, Num)


def _pi(node: Node) -> bool:
    """π, or a power of it to a number (π², in `\\frac{\\pi^2}{6}`)."""
    return isinstance(node, Const) and node.name == "pi" or \
        isinstance(node, Bin) and node.op == "^" and _pi(node.left) and _number(node.right)


def _as_number(node: Node, angle: bool = False) -> bool:
    """Is every π in node the number, as its use shows? A number multiplying it (`2\\pi`,
    `\\sqrt{2\\pi}`, `\\log 2\\pi`), a number over or under it (`\\frac{\\pi}{4}`,
    `\\frac{\\pi^2}{6}`, `\\frac{1}{\\pi}`), or an angle's function around it (`\\cos\\pi`,
    `\\sin\\frac{\\pi x}{2}`). A policy is applied to a state and an action, never scaled by a
    constant or turned into an angle; π alone, beside letters (`\\log\\pi`, `π a`), or before
    a number (`\\pi(1.2)`, a density at 1.2, read as π times 1.2) may be the function."""
    if _pi(node):
        return angle
    if isinstance(node, Call) and node.name in _ANGLE:
        return all(_as_number(a, True) for a in node.args)
    if isinstance(node, Bin) and node.op == "*" and _number(node.left) and _pi(node.right):
        return True
    if isinstance(node, Bin) and node.op == "/" and (
            _pi(node.left) and _number(node.right) or _number(node.left) and _pi(node.right)):
        return True
    return all(_as_number(n, angle) for n in _children(node))


def _children(node: Node) -> list[Node]:
    """The nodes right below node (as walk goes down)."""
    if isinstance(node, (Num, Sym, Const)) or node is None:
        return []
    if isinstance(node, Relation):
        return list(node.members)
    below: list[Node] = []
    for value in vars(node).values():
        for item in value if isinstance(value, tuple) else (value,):
            for sub in item if isinstance(item, tuple) else (item,):
                if sub is not None and not isinstance(sub, (str, int)):
                    below.append(sub)
    return below


def as_constant(sides: tuple[Node, ...], state: State, line: int) -> list[Guess]:
    """π read as the constant 3.14159… in a step of a text that applies π as a function,
    unless the step itself uses every π as the number (_as_number)."""
    if not state.ctx.pi_applied or not any(isinstance(n, Const) and n.name == "pi"
                                           for side in sides for n in walk(side)):
        return []
    if all(_as_number(side) for side in sides):
        return []
    return [Guess("π read as the constant 3.14159…, though the text applies π as a function "
                  "(a policy π(a|s), a density π(a))",
                  "write the policy or density with another letter (p_θ(a|s)), or the "
                  "constant's value")]


def unsolved(sides: tuple[Node, ...], state: State, line: int) -> list[Guess]:
    """π read as a vector in a text that binds π to a tuple, at a line where π has no values
    yet: `πP = π` stated as the condition a stationary π satisfies, solved below. Its entries
    are free there, so the step is an equation for π, not an identity: a guess, never a
    failure."""
    if not state.ctx.pi_named or not any(isinstance(n, Sym) and n.base == "pi" and not n.index
                                         for side in sides for n in walk(side)):
        return []
    if state.ctx.bound({"pi"}, line, stale=False):
        return []
    return [Guess("π read as a distribution whose entries the text gives only below (an "
                  "equation for π, such as πP = π, solved there)",
                  "write the step after π's values, or check it with them")]
