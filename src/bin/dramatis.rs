//! The `dramatis` command; everything it does lives in `dramatis::cli`.

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    std::process::exit(dramatis::cli::run(&args));
}
