fn estimate_pi(samples: u64, mut seed: u64) -> u64 {
    let mut inside = 0;
    for _ in 0..samples {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        let x_coord = seed as f64 / 2147483648.0;
        seed = (seed * 1103515245 + 12345) % 2147483648;
        let y_coord = seed as f64 / 2147483648.0;
        if x_coord * x_coord + y_coord * y_coord <= 1.0 {
            inside += 1;
        }
    }
    inside
}

fn main() {
    let samples = std::hint::black_box(1000000);
    let inside = estimate_pi(samples, 2024);
    println!("{inside} {:.6}", 4.0 * inside as f64 / samples as f64);
}
