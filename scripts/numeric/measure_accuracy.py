# Reads portableSamples.ts output on stdin and prints, per function, the largest error of the portable
# results in ulps against values computed with 80-digit decimal arithmetic (Python's decimal module: exact
# rational reduction by π from Machin's formula, Taylor series, decimal exp/ln/sqrt). Usage:
#   npx tsx scripts/numeric/portableSamples.ts | /usr/bin/python3 scripts/numeric/measure_accuracy.py
import json
import math
import sys
from decimal import Decimal as D, getcontext
from fractions import Fraction

getcontext().prec = 80
EPS = D(10) ** -78
PI_BITS = 1400


def arctan_inverse(k: int, scale: int) -> int:
    total, term, n = 0, scale // k, 0
    while term:
        total += term // (2 * n + 1) if n % 2 == 0 else -(term // (2 * n + 1))
        term //= k * k
        n += 1
    return total


PI_SCALED = (4 * (4 * arctan_inverse(5, 1 << (PI_BITS + 64)) - arctan_inverse(239, 1 << (PI_BITS + 64)))) >> 64  # π·2^1400
PI = D(PI_SCALED) / D(1 << PI_BITS)


def reduce(x: float) -> D:
    """x mod 2π in [0, 2π), exact to far beyond 80 digits for any double."""
    f = Fraction(x)
    scaled = Fraction(f.numerator * (1 << PI_BITS), f.denominator) % (2 * PI_SCALED)
    return D(scaled.numerator) / D(scaled.denominator) / D(1 << PI_BITS)


def sin_cos(r: D) -> tuple[D, D]:
    s, c, term, k = D(0), D(0), r, 1
    while abs(term) > EPS:
        s += term
        term = -term * r * r / ((k + 1) * (k + 2))
        k += 2
    term, k = D(1), 0
    while abs(term) > EPS:
        c += term
        term = -term * r * r / ((k + 1) * (k + 2))
        k += 2
    return s, c


def atan(x: D) -> D:
    if x < 0:
        return -atan(-x)
    if x > 1:
        return PI / 2 - atan(1 / x)
    halvings = 0
    while x > D('0.1'):  # atan x = 2·atan(x / (1 + √(1 + x²)))
        x = x / (1 + (1 + x * x).sqrt())
        halvings += 1
    total, term, k = D(0), x, 1
    while abs(term) > EPS * abs(x):
        total += term / k
        term = -term * x * x
        k += 2
    return total * (1 << halvings)


def cbrt(x: D) -> D:
    if x == 0:
        return x
    y = D(math.copysign(abs(float(x)) ** (1 / 3), float(x)))
    for _ in range(10):
        y -= (y * y * y - x) / (3 * y * y)
    return y


def exact(name: str, args: list[float]) -> D:
    x = D(args[0])
    if name in ('sin', 'cos', 'tan'):
        s, c = sin_cos(reduce(args[0]))
        return {'sin': s, 'cos': c, 'tan': s / c if c else D('Infinity')}[name]
    if name == 'atan':
        return atan(x)
    if name == 'asin':
        return atan(x / (1 - x * x).sqrt()) if abs(x) < 1 else x.copy_sign(PI / 2)
    if name == 'acos':
        return PI / 2 - (atan(x / (1 - x * x).sqrt()) if abs(x) < 1 else x.copy_sign(PI / 2))
    if name == 'exp':
        return x.exp()
    if name == 'expm1':
        return x.exp() - 1
    if name == 'log':
        return x.ln()
    if name == 'log1p':
        return (1 + x).ln()
    if name == 'sinh':
        return (x.exp() - (-x).exp()) / 2
    if name == 'cosh':
        return (x.exp() + (-x).exp()) / 2
    if name == 'atanh':
        return ((1 + x) / (1 - x)).ln() / 2
    if name == 'cbrt':
        return cbrt(x)
    y, xx = D(args[0]), D(args[1])
    if name == 'hypot':
        return (y * y + xx * xx).sqrt()
    # atan2(y, x)
    if xx > 0:
        return atan(y / xx)
    if xx < 0:
        return atan(y / xx) + (PI if y >= 0 else -PI)
    return (PI / 2).copy_sign(y)


def ulps(got: float, value: D) -> float:
    """|got − value| in units of the last place of the double nearest `value` (at binade edges: the smaller)."""
    nearest = float(value)
    unit = min(math.ulp(nearest), math.ulp(got)) if nearest != 0 else math.ulp(0.0)
    return float(abs(D(got) - value) / D(unit))


samples = json.load(sys.stdin)
print(f'{"function":8} {"arguments":>9} {"max ulp":>8}  worst argument')
for name, rows in samples.items():
    worst, at = 0.0, None
    for row in rows:
        # float(): JSON integers such as 27388985092014604000 parse as Python ints, not the double they print.
        *args, got = [float(v) for v in row]
        e = ulps(got, exact(name, args))
        if e > worst:
            worst, at = e, args
    print(f'{name:8} {len(rows):9d} {worst:8.3f}  {at}')
