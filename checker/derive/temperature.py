"""Temperatures in kelvin: `T_H = 300\\ \\text{K}`. A K after a number is a thousand in most texts
the checker reads (`131\\text{K tokens}`, conversion.UNITS); in a text that speaks of
temperatures on a scale (°C, ℃, °F, or the words kelvin, Celsius, Fahrenheit: 켈빈, 섭씨, 开尔文,
摄氏) it is the kelvin, a unit of factor 1, so the value is bound as written and the steps
after it are checked at it. The word temperature alone is no cue: a softmax's temperature is
no heat (a text about sampling may well count `128\\text{K}` tokens)."""

from __future__ import annotations

import re

from checker.derive.regex import Regex

KELVIN = "kelvin"  # the key of conversion.UNITS that such a text's K names

_CUES = Regex(r"°\s*[CF](?![A-Za-z])|\^\s*\{?\s*\\circ\s*\}?\s*(?:\\(?:text|mathrm)\s*\{\s*)?"
              r"[CF](?![A-Za-z])|℃|℉|\b(?:kelvins?|celsius|fahrenheit)\b|켈빈|섭씨|开尔文|摄氏",
              re.IGNORECASE)


def speaks_of(source: str) -> bool:
    """Does the text speak of temperatures on a scale (a degree sign before C or F, or the
    scale's name)?"""
    return bool(_CUES.search(source))
