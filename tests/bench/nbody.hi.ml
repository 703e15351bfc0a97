PI = 3.141592653589793
SOLAR_MASS = 4 * PI * PI
DAYS_PER_YEAR = 365.24

परिभाषा make_bodies():
    वापसी [
        [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, SOLAR_MASS],
        [4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01,
         1.66007664274403694e-03 * DAYS_PER_YEAR, 7.69901118419740425e-03 * DAYS_PER_YEAR,
         -6.90460016972063023e-05 * DAYS_PER_YEAR, 9.54791938424326609e-04 * SOLAR_MASS],
        [8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01,
         -2.76742510726862411e-03 * DAYS_PER_YEAR, 4.99852801234917238e-03 * DAYS_PER_YEAR,
         2.30417297573763929e-05 * DAYS_PER_YEAR, 2.85885980666130812e-04 * SOLAR_MASS],
        [1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01,
         2.96460137564761618e-03 * DAYS_PER_YEAR, 2.37847173959480950e-03 * DAYS_PER_YEAR,
         -2.96589568540237556e-05 * DAYS_PER_YEAR, 4.36624404335156298e-05 * SOLAR_MASS],
        [1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01,
         2.68067772490389322e-03 * DAYS_PER_YEAR, 1.62824170038242295e-03 * DAYS_PER_YEAR,
         -9.51592254519715870e-05 * DAYS_PER_YEAR, 5.15138902046611451e-05 * SOLAR_MASS],
    ]

परिभाषा offset_momentum(bodies):
    px = 0.0
    py = 0.0
    pz = 0.0
    के_लिए body में bodies:
        px += body[3] * body[6]
        py += body[4] * body[6]
        pz += body[5] * body[6]
    sun = bodies[0]
    sun[3] = -px / SOLAR_MASS
    sun[4] = -py / SOLAR_MASS
    sun[5] = -pz / SOLAR_MASS

परिभाषा energy(bodies):
    total = 0.0
    count = len(bodies)
    के_लिए first में range(count):
        body = bodies[first]
        total += 0.5 * body[6] * (body[3] * body[3] + body[4] * body[4] + body[5] * body[5])
        के_लिए second में range(first + 1, count):
            other = bodies[second]
            dx = body[0] - other[0]
            dy = body[1] - other[1]
            dz = body[2] - other[2]
            total -= body[6] * other[6] / (dx * dx + dy * dy + dz * dz) ** 0.5
    वापसी total

परिभाषा advance(bodies, step, steps):
    count = len(bodies)
    के_लिए iteration में range(steps):
        के_लिए first में range(count):
            body = bodies[first]
            के_लिए second में range(first + 1, count):
                other = bodies[second]
                dx = body[0] - other[0]
                dy = body[1] - other[1]
                dz = body[2] - other[2]
                distance_squared = dx * dx + dy * dy + dz * dz
                magnitude = step / (distance_squared * distance_squared ** 0.5)
                body_mass = body[6] * magnitude
                other_mass = other[6] * magnitude
                body[3] -= dx * other_mass
                body[4] -= dy * other_mass
                body[5] -= dz * other_mass
                other[3] += dx * body_mass
                other[4] += dy * body_mass
                other[5] += dz * body_mass
        के_लिए body में bodies:
            body[0] += step * body[3]
            body[1] += step * body[4]
            body[2] += step * body[5]

bodies = make_bodies()
offset_momentum(bodies)
छापो(f"{energy(bodies):.9f}")
advance(bodies, 0.01, 100000)
छापो(f"{energy(bodies):.9f}")
