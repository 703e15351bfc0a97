// The initial conditions are the benchmarks game's, digit for digit as in nbody.py.
#![allow(clippy::excessive_precision)]

use std::f64::consts::PI;
const SOLAR_MASS: f64 = 4.0 * PI * PI;
const DAYS_PER_YEAR: f64 = 365.24;

/// x, y, z, vx, vy, vz, mass
type Body = [f64; 7];

fn make_bodies() -> Vec<Body> {
    vec![
        [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, SOLAR_MASS],
        [
            4.84143144246472090e+00,
            -1.16032004402742839e+00,
            -1.03622044471123109e-01,
            1.66007664274403694e-03 * DAYS_PER_YEAR,
            7.69901118419740425e-03 * DAYS_PER_YEAR,
            -6.90460016972063023e-05 * DAYS_PER_YEAR,
            9.54791938424326609e-04 * SOLAR_MASS,
        ],
        [
            8.34336671824457987e+00,
            4.12479856412430479e+00,
            -4.03523417114321381e-01,
            -2.76742510726862411e-03 * DAYS_PER_YEAR,
            4.99852801234917238e-03 * DAYS_PER_YEAR,
            2.30417297573763929e-05 * DAYS_PER_YEAR,
            2.85885980666130812e-04 * SOLAR_MASS,
        ],
        [
            1.28943695621391310e+01,
            -1.51111514016986312e+01,
            -2.23307578892655734e-01,
            2.96460137564761618e-03 * DAYS_PER_YEAR,
            2.37847173959480950e-03 * DAYS_PER_YEAR,
            -2.96589568540237556e-05 * DAYS_PER_YEAR,
            4.36624404335156298e-05 * SOLAR_MASS,
        ],
        [
            1.53796971148509165e+01,
            -2.59193146099879641e+01,
            1.79258772950371181e-01,
            2.68067772490389322e-03 * DAYS_PER_YEAR,
            1.62824170038242295e-03 * DAYS_PER_YEAR,
            -9.51592254519715870e-05 * DAYS_PER_YEAR,
            5.15138902046611451e-05 * SOLAR_MASS,
        ],
    ]
}

fn offset_momentum(bodies: &mut [Body]) {
    let (mut px, mut py, mut pz) = (0.0, 0.0, 0.0);
    for body in bodies.iter() {
        px += body[3] * body[6];
        py += body[4] * body[6];
        pz += body[5] * body[6];
    }
    bodies[0][3] = -px / SOLAR_MASS;
    bodies[0][4] = -py / SOLAR_MASS;
    bodies[0][5] = -pz / SOLAR_MASS;
}

fn energy(bodies: &[Body]) -> f64 {
    let mut total = 0.0;
    for (first, body) in bodies.iter().enumerate() {
        total += 0.5 * body[6] * (body[3] * body[3] + body[4] * body[4] + body[5] * body[5]);
        for other in &bodies[first + 1..] {
            let dx = body[0] - other[0];
            let dy = body[1] - other[1];
            let dz = body[2] - other[2];
            total -= body[6] * other[6] / (dx * dx + dy * dy + dz * dz).powf(0.5);
        }
    }
    total
}

fn advance(bodies: &mut [Body], step: f64, steps: usize) {
    let count = bodies.len();
    for _ in 0..steps {
        for first in 0..count {
            for second in first + 1..count {
                let (head, tail) = bodies.split_at_mut(second);
                let (body, other) = (&mut head[first], &mut tail[0]);
                let dx = body[0] - other[0];
                let dy = body[1] - other[1];
                let dz = body[2] - other[2];
                let distance_squared = dx * dx + dy * dy + dz * dz;
                let magnitude = step / (distance_squared * distance_squared.powf(0.5));
                let body_mass = body[6] * magnitude;
                let other_mass = other[6] * magnitude;
                body[3] -= dx * other_mass;
                body[4] -= dy * other_mass;
                body[5] -= dz * other_mass;
                other[3] += dx * body_mass;
                other[4] += dy * body_mass;
                other[5] += dz * body_mass;
            }
        }
        for body in bodies.iter_mut() {
            body[0] += step * body[3];
            body[1] += step * body[4];
            body[2] += step * body[5];
        }
    }
}

fn main() {
    let mut bodies = make_bodies();
    offset_momentum(&mut bodies);
    println!("{:.9}", energy(&bodies));
    advance(&mut bodies, 0.01, std::hint::black_box(100000));
    println!("{:.9}", energy(&bodies));
}
