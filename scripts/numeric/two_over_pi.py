# Prints floor(2/π · 2^1200) in hexadecimal, computed with exact integer arithmetic (Machin's formula with
# 64 guard bits), for the large-argument reduction in engine/numeric/reduceLargeRadians.ts.
BITS = 1200
GUARD = 64
N = BITS + GUARD + 8


def arctan_inv(k: int, scale: int) -> int:
    """arctan(1/k) · scale, truncated term by term (error ≤ number of terms)."""
    total = 0
    term = scale // k
    n = 0
    k2 = k * k
    while term:
        total += term // (2 * n + 1) if n % 2 == 0 else -(term // (2 * n + 1))
        term //= k2
        n += 1
    return total


scale = 1 << N
pi_scaled = 4 * (4 * arctan_inv(5, scale) - arctan_inv(239, scale))
two_over_pi = (2 << (BITS + N)) // pi_scaled
print(format(two_over_pi, 'x'))
