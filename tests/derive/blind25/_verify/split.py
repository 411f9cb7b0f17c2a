"""Prints the seeded split of blind25 into blind25a (dev) and blind25b (held out): per language,
random.Random(25).sample of half the documents (sorted by name; languages in the order en, ko, zh,
one generator for all three)."""
import random
from pathlib import Path
ROOT = Path(__file__).resolve().parent.parent

def split():
    rng = random.Random(25)
    out = {}
    for lang in ("en", "ko", "zh"):
        names = sorted(p.name for p in (ROOT / lang).iterdir() if p.suffix in (".md", ".ipynb"))
        a = sorted(rng.sample(names, len(names) // 2))
        out[lang] = (a, [n for n in names if n not in a])
    return out

if __name__ == "__main__":
    for lang, (a, b) in split().items():
        print(f"{lang} blind25a: {', '.join(a)}")
        print(f"{lang} blind25b: {', '.join(b)}")
