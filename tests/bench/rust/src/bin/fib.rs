fn fib(number: i64) -> i64 {
    if number < 2 {
        return number;
    }
    fib(number - 1) + fib(number - 2)
}

fn main() {
    println!("{}", fib(std::hint::black_box(30)));
}
