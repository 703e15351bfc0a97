# Expected output: CPython 3.12 for the English program.
importieren math
von math importieren sqrt, pi als PI, floor
ausgeben(math.sqrt(16), math.sqrt(2), PI, math.e, math.tau, math.inf, math.nan)
ausgeben(math.floor(2.7), math.ceil(2.1), math.floor(-2.5), math.trunc(-2.7), math.floor(7))
ausgeben(math.isqrt(10**20 + 5), math.gcd(12, 18, 27), math.gcd(), math.factorial(25), math.comb(10, 3), math.comb(3, 5))
ausgeben(math.fabs(-3), math.pow(2, 10), math.exp(1), math.log(100, 10), math.log(8, 2), math.log(math.e), math.log2(1024), math.log10(1000))
ausgeben(math.sin(0), math.cos(0), math.tan(0.5), math.atan2(1, 1), math.hypot(3, 4), math.hypot(1, 2, 2))
ausgeben(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1), math.isclose(1, 1.05, rel_tol=0.1), math.isfinite(1.0), math.isinf(math.inf), math.isnan(math.nan))
ausgeben(math.degrees(math.pi), math.radians(180), math.copysign(3, -0.0), math.log(10**30))
versuchen:
    math.sqrt(-1)
ausnahme (ValueError, OverflowError, TypeError) als err:
    ausgeben(repr(err))
versuchen:
    math.log(0)
ausnahme (ValueError, OverflowError, TypeError) als err:
    ausgeben(repr(err))
versuchen:
    math.exp(1000)
ausnahme (ValueError, OverflowError, TypeError) als err:
    ausgeben(repr(err))
versuchen:
    math.factorial(-1)
ausnahme (ValueError, OverflowError, TypeError) als err:
    ausgeben(repr(err))
versuchen:
    math.isqrt(-4)
ausnahme (ValueError, OverflowError, TypeError) als err:
    ausgeben(repr(err))
versuchen:
    math.sqrt("x")
ausnahme (ValueError, OverflowError, TypeError) als err:
    ausgeben(repr(err))
versuchen:
    math.floor(math.inf)
ausnahme (ValueError, OverflowError, TypeError) als err:
    ausgeben(repr(err))
versuchen:
    math.pow(0, -1)
ausnahme (ValueError, OverflowError, TypeError) als err:
    ausgeben(repr(err))
versuchen:
    math.factorial(2.5)
ausnahme (ValueError, OverflowError, TypeError) als err:
    ausgeben(repr(err))
