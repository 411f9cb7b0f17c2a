import math
import numpy as np
import sympy as sp
FAIL = []
def ok(name, cond):
    if not cond:
        FAIL.append(name); print("FAIL", name)
def approx(name, got, claimed, tol):
    ok(f"{name}: {got!r} vs {claimed!r}", abs(got - claimed) <= tol)
def wrong(name, got, claimed, tol):
    """a keyed-wrong claim must NOT hold"""
    ok(f"WRONG-still-true {name}: {got!r} vs {claimed!r}", abs(got - claimed) > tol)
def symeq(name, a, b):
    ok(f"{name}", sp.simplify(a - b) == 0)
def symneq(name, a, b):
    ok(f"WRONG-still-true {name}", sp.simplify(a - b) != 0)
def done(tag):
    print(tag, "failures:", len(FAIL))
sig = lambda x: 1 / (1 + math.exp(-x))
