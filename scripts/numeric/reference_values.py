# Writes tests/engine/numeric/referenceValues.json: arguments and results of the elementary functions as
# computed by Debian's Python (glibc libm: correctly rounded or within 1 ulp for these functions), an
# oracle independent of V8, for the ≤ 1 ulp check in tests/engine/numeric/referenceValues.test.ts.
# cbrt is the exception: glibc's cbrt is off by up to 2 ulp (e.g. at -1.0715836163727682e-70), so its
# values are rounded exactly here with rational arithmetic instead.
# Run with Debian's interpreter: /usr/bin/python3 scripts/numeric/reference_values.py
import json
import math
import platform
import random
from fractions import Fraction
from pathlib import Path

OUT = Path(__file__).resolve().parents[2] / 'tests' / 'engine' / 'numeric' / 'referenceValues.json'
rng = random.Random(20261127)


def log_uniform(lo_exp: int, hi_exp: int, signed: bool = True) -> float:
    x = (1 + rng.random()) * 2.0 ** rng.randrange(lo_exp, hi_exp)
    return -x if signed and rng.random() < 0.5 else x


def near(point: float, spread_bits: int) -> float:
    return point * (1 + (rng.random() * 2 - 1) * 2.0 ** -(rng.random() * spread_bits + 1))


def inside(point: float, spread_bits: int) -> float:
    """Like near(), folded to the side of `point` towards zero and never `point` itself (an open domain end)."""
    x = near(point, spread_bits)
    x = point - (x - point) if abs(x) > abs(point) else x
    return math.nextafter(point, 0) if x == point else x


def exact_cbrt(x: float) -> float:
    """The double nearest to the real cube root of x (x finite), by comparing cubes of midpoints exactly."""
    if x == 0:
        return x
    a = abs(x)
    c = math.cbrt(a)
    for _ in range(8):
        below = math.nextafter(c, 0)
        above = math.nextafter(c, math.inf)
        if ((Fraction(below) + Fraction(c)) / 2) ** 3 > Fraction(a):
            c = below
        elif ((Fraction(c) + Fraction(above)) / 2) ** 3 < Fraction(a):
            c = above
        else:
            return math.copysign(c, x)
    raise ValueError(f'cbrt({x!r}) did not converge')


def sample(generators, count=48):
    return [generators[i % len(generators)]() for i in range(count)]


u = rng.uniform
ONE_ARG = {
    'sin': (math.sin, sample([lambda: u(-100, 100), lambda: log_uniform(-30, 7), lambda: near(math.pi / 2, 50), lambda: log_uniform(20, 1000)])),
    'cos': (math.cos, sample([lambda: u(-100, 100), lambda: log_uniform(-30, 7), lambda: near(math.pi / 2, 50), lambda: log_uniform(20, 1000)])),
    'tan': (math.tan, sample([lambda: u(-100, 100), lambda: log_uniform(-30, 7), lambda: near(math.pi / 2, 40), lambda: log_uniform(20, 1000)])),
    'atan': (math.atan, sample([lambda: u(-3, 3), lambda: log_uniform(-40, 70)])),
    'asin': (math.asin, sample([lambda: u(-1, 1), lambda: inside(1, 50), lambda: log_uniform(-40, 0)])),
    'acos': (math.acos, sample([lambda: u(-1, 1), lambda: inside(1, 50), lambda: inside(-1, 50)])),
    'exp': (math.exp, sample([lambda: u(-745, 709.7), lambda: u(-2, 2), lambda: log_uniform(-40, 3)])),
    'expm1': (math.expm1, sample([lambda: u(-40, 709.7), lambda: u(-1, 1), lambda: log_uniform(-60, 3)])),
    'log': (math.log, sample([lambda: log_uniform(-1074, 1024, False), lambda: near(1, 50), lambda: u(0, 100)])),
    'log1p': (math.log1p, sample([lambda: u(-1, 10), lambda: log_uniform(-60, 1000, False), lambda: -log_uniform(-60, -1, False), lambda: inside(-1, 50)])),
    'sinh': (math.sinh, sample([lambda: u(-710, 710), lambda: u(-3, 3), lambda: log_uniform(-40, 4)])),
    'cosh': (math.cosh, sample([lambda: u(-710, 710), lambda: u(-3, 3), lambda: log_uniform(-40, 4)])),
    'atanh': (math.atanh, sample([lambda: u(-1, 1), lambda: inside(1, 50), lambda: log_uniform(-40, 0)])),
    'cbrt': (exact_cbrt, sample([lambda: u(-1000, 1000), lambda: log_uniform(-1074, 1024)])),
}

values = {name: [[x, f(x)] for x in xs] for name, (f, xs) in ONE_ARG.items()}
pairs = [(log_uniform(-20, 20), log_uniform(-20, 20)) for _ in range(48)] + [(u(-100, 100), u(-100, 100)) for _ in range(48)]
values['atan2'] = [[y, x, math.atan2(y, x)] for y, x in pairs]
values['hypot'] = [[x, y, math.hypot(x, y)] for x, y in pairs]

# One row per line: readable diffs when the table is regenerated.
header = {'generator': 'scripts/numeric/reference_values.py', 'python': platform.python_version(), 'libc': ' '.join(platform.libc_ver())}
blocks = [f' {json.dumps(name)}: [\n' + ',\n'.join(f'  {json.dumps(row)}' for row in rows) + '\n ]' for name, rows in values.items()]
OUT.write_text(json.dumps(header)[:-1] + ', "values": {\n' + ',\n'.join(blocks) + '\n}}\n')
print(f'wrote {sum(len(v) for v in values.values())} reference values to {OUT}')
