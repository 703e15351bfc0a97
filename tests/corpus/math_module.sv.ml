# Expected output: CPython 3.12 for the English program.
importera math
fran math importera sqrt, pi som PI, floor
skriv(math.sqrt(16), math.sqrt(2), PI, math.e, math.tau, math.inf, math.nan)
skriv(math.floor(2.7), math.ceil(2.1), math.floor(-2.5), math.trunc(-2.7), math.floor(7))
skriv(math.isqrt(10**20 + 5), math.gcd(12, 18, 27), math.gcd(), math.factorial(25), math.comb(10, 3), math.comb(3, 5))
skriv(math.fabs(-3), math.pow(2, 10), math.exp(1), math.log(100, 10), math.log(8, 2), math.log(math.e), math.log2(1024), math.log10(1000))
skriv(math.sin(0), math.cos(0), math.tan(0.5), math.atan2(1, 1), math.hypot(3, 4), math.hypot(1, 2, 2))
skriv(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1), math.isclose(1, 1.05, rel_tol=0.1), math.isfinite(1.0), math.isinf(math.inf), math.isnan(math.nan))
skriv(math.degrees(math.pi), math.radians(180), math.copysign(3, -0.0), math.log(10**30))
forsok:
    math.sqrt(-1)
utom (ValueError, OverflowError, TypeError) som err:
    skriv(repr(err))
forsok:
    math.log(0)
utom (ValueError, OverflowError, TypeError) som err:
    skriv(repr(err))
forsok:
    math.exp(1000)
utom (ValueError, OverflowError, TypeError) som err:
    skriv(repr(err))
forsok:
    math.factorial(-1)
utom (ValueError, OverflowError, TypeError) som err:
    skriv(repr(err))
forsok:
    math.isqrt(-4)
utom (ValueError, OverflowError, TypeError) som err:
    skriv(repr(err))
forsok:
    math.sqrt("x")
utom (ValueError, OverflowError, TypeError) som err:
    skriv(repr(err))
forsok:
    math.floor(math.inf)
utom (ValueError, OverflowError, TypeError) som err:
    skriv(repr(err))
forsok:
    math.pow(0, -1)
utom (ValueError, OverflowError, TypeError) som err:
    skriv(repr(err))
forsok:
    math.factorial(2.5)
utom (ValueError, OverflowError, TypeError) som err:
    skriv(repr(err))
