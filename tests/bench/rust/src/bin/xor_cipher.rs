fn make_data(length: usize, mut seed: u64) -> Vec<u64> {
    let mut data = vec![0; length];
    for value in data.iter_mut() {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        *value = seed / 65536 % 256;
    }
    data
}

fn xor_with_key(data: &[u64], key: &[u64]) -> Vec<u64> {
    data.iter()
        .enumerate()
        .map(|(index, value)| value ^ key[index % key.len()])
        .collect()
}

fn checksum(data: &[u64]) -> u64 {
    data.iter()
        .fold(0, |total, value| (total * 31 + value) % 1000000007)
}

fn main() {
    let size = std::hint::black_box(1024 * 1024);
    let plain = make_data(size, 42);
    let key = make_data(16, 7);
    let encrypted = xor_with_key(&plain, &key);
    let decrypted = xor_with_key(&encrypted, &key);
    let same = if decrypted == plain { "True" } else { "False" };
    println!("{} {} {same}", checksum(&plain), checksum(&encrypted));
}
