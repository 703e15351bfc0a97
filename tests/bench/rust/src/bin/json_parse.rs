fn make_data(target: usize) -> String {
    let mut text = String::from("[");
    let mut seed: u64 = 1;
    let mut index = 0;
    while text.len() < target {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        let number = seed / 65536 % 10000;
        if index > 0 {
            text.push_str(", ");
        }
        text.push_str(&format!(
            "{{\"id\": {index}, \"name\": \"item{number}\", \"tags\": [\"a\", \"bc\"], \"value\": {number}, \"nested\": {{\"ok\": true, \"none\": null}}}}"
        ));
        index += 1;
    }
    text.push(']');
    text
}

#[derive(Default)]
struct Stats {
    objects: u64,
    arrays: u64,
    string_chars: u64,
    number_sum: u64,
    literals: u64,
}

fn skip_spaces(text: &[u8], mut position: usize) -> usize {
    while text[position] == b' ' {
        position += 1;
    }
    position
}

fn parse_value(text: &[u8], position: usize, stats: &mut Stats) -> usize {
    let mut position = skip_spaces(text, position);
    match text[position] {
        b'{' => {
            stats.objects += 1;
            position = skip_spaces(text, position + 1);
            if text[position] == b'}' {
                return position + 1;
            }
            loop {
                position = parse_value(text, position, stats);
                position = skip_spaces(text, position);
                position = parse_value(text, position + 1, stats);
                position = skip_spaces(text, position);
                if text[position] == b',' {
                    position += 1;
                } else {
                    return position + 1;
                }
            }
        }
        b'[' => {
            stats.arrays += 1;
            position = skip_spaces(text, position + 1);
            if text[position] == b']' {
                return position + 1;
            }
            loop {
                position = parse_value(text, position, stats);
                position = skip_spaces(text, position);
                if text[position] == b',' {
                    position += 1;
                } else {
                    return position + 1;
                }
            }
        }
        b'"' => {
            let mut end = position + 1;
            while text[end] != b'"' {
                end += 1;
            }
            stats.string_chars += (end - position - 1) as u64;
            end + 1
        }
        b't' | b'n' => {
            stats.literals += 1;
            position + 4
        }
        _ => {
            let mut number = 0;
            while text[position].is_ascii_digit() {
                number = number * 10 + u64::from(text[position] - b'0');
                position += 1;
            }
            stats.number_sum += number;
            position
        }
    }
}

fn main() {
    let text = make_data(std::hint::black_box(1024 * 1024));
    let mut stats = Stats::default();
    let end = parse_value(text.as_bytes(), 0, &mut stats);
    println!("{} {end}", text.len());
    println!(
        "objects {} arrays {} string chars {} number sum {} literals {}",
        stats.objects, stats.arrays, stats.string_chars, stats.number_sum, stats.literals
    );
}
