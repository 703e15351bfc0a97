# Expected output: CPython 3.12 for the English program.
importer math
depuis math importer sqrt, pi comme PI, floor
afficher(math.sqrt(16), math.sqrt(2), PI, math.e, math.tau, math.inf, math.nan)
afficher(math.floor(2.7), math.ceil(2.1), math.floor(-2.5), math.trunc(-2.7), math.floor(7))
afficher(math.isqrt(10**20 + 5), math.gcd(12, 18, 27), math.gcd(), math.factorial(25), math.comb(10, 3), math.comb(3, 5))
afficher(math.fabs(-3), math.pow(2, 10), math.exp(1), math.log(100, 10), math.log(8, 2), math.log(math.e), math.log2(1024), math.log10(1000))
afficher(math.sin(0), math.cos(0), math.tan(0.5), math.atan2(1, 1), math.hypot(3, 4), math.hypot(1, 2, 2))
afficher(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1), math.isclose(1, 1.05, rel_tol=0.1), math.isfinite(1.0), math.isinf(math.inf), math.isnan(math.nan))
afficher(math.degrees(math.pi), math.radians(180), math.copysign(3, -0.0), math.log(10**30))
essayer:
    math.sqrt(-1)
sauf (ValueError, OverflowError, TypeError) comme err:
    afficher(repr(err))
essayer:
    math.log(0)
sauf (ValueError, OverflowError, TypeError) comme err:
    afficher(repr(err))
essayer:
    math.exp(1000)
sauf (ValueError, OverflowError, TypeError) comme err:
    afficher(repr(err))
essayer:
    math.factorial(-1)
sauf (ValueError, OverflowError, TypeError) comme err:
    afficher(repr(err))
essayer:
    math.isqrt(-4)
sauf (ValueError, OverflowError, TypeError) comme err:
    afficher(repr(err))
essayer:
    math.sqrt("x")
sauf (ValueError, OverflowError, TypeError) comme err:
    afficher(repr(err))
essayer:
    math.floor(math.inf)
sauf (ValueError, OverflowError, TypeError) comme err:
    afficher(repr(err))
essayer:
    math.pow(0, -1)
sauf (ValueError, OverflowError, TypeError) comme err:
    afficher(repr(err))
essayer:
    math.factorial(2.5)
sauf (ValueError, OverflowError, TypeError) comme err:
    afficher(repr(err))
