fn make_image(width: usize, height: usize) -> Vec<u64> {
    let mut seed: u64 = 12345;
    (0..width * height)
        .map(|_| {
            seed = (seed * 1103515245 + 12345) % 2147483648;
            seed / 65536 % 256
        })
        .collect()
}

fn blur(pixels: &[u64], width: usize, height: usize) -> Vec<u64> {
    let mut result = vec![0; width * height];
    for row in 0..height as i64 {
        for column in 0..width as i64 {
            let mut total = 0;
            for delta_row in -1..2 {
                let source_row = (row + delta_row).clamp(0, height as i64 - 1) as usize;
                let base = source_row * width;
                for delta_column in -1..2 {
                    let source_column = (column + delta_column).clamp(0, width as i64 - 1) as usize;
                    total += pixels[base + source_column];
                }
            }
            result[row as usize * width + column as usize] = total / 9;
        }
    }
    result
}

fn main() {
    let (width, height) = std::hint::black_box((512, 512));
    let image = blur(&make_image(width, height), width, height);
    let checksum = image
        .iter()
        .fold(0, |checksum, value| (checksum * 31 + value) % 1000000007);
    let sum: u64 = image.iter().sum();
    println!(
        "{checksum} {} {} {sum}",
        image[0],
        image[width * height / 2 + 7]
    );
}
