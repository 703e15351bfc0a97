fn make_matrix(size: usize, salt: usize) -> Vec<Vec<f64>> {
    (0..size)
        .map(|row| {
            (0..size)
                .map(|column| ((row * 31 + column * 17 + salt) % 101) as f64 / 101.0)
                .collect()
        })
        .collect()
}

fn multiply(left: &[Vec<f64>], right: &[Vec<f64>], size: usize) -> Vec<Vec<f64>> {
    let mut result = Vec::with_capacity(size);
    for left_row in left.iter().take(size) {
        let mut line = vec![0.0; size];
        for (inner, factor) in left_row.iter().enumerate().take(size) {
            let right_row = &right[inner];
            for column in 0..size {
                line[column] += factor * right_row[column];
            }
        }
        result.push(line);
    }
    result
}

fn main() {
    let size = std::hint::black_box(200);
    let product = multiply(&make_matrix(size, 3), &make_matrix(size, 7), size);
    let mut diagonal_sum = 0.0;
    for (index, row) in product.iter().enumerate() {
        diagonal_sum += row[index];
    }
    println!("{diagonal_sum:.6}");
    println!("{:.6}", product[size - 1][0]);
}
