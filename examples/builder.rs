//! Instruction-count harness (run under callgrind): replay, analyze, detect.
use dramatis::page::replay::{replay, Call};
use scraper::{node::Node, Html};
fn record<'a>(n: ego_tree::NodeRef<'a, Node>, out: &mut Vec<Call<'a>>) {
    match n.value() {
        Node::Element(e) => {
            out.push(Call::Open {
                tag: e.name(),
                attrs: e.attrs().collect(),
            });
            for c in n.children() {
                record(c, out);
            }
            out.push(Call::Close);
        }
        Node::Text(t) => out.push(Call::Text(t)),
        _ => {}
    }
}
fn main() {
    let docs: Vec<String> = ["0001", "0002", "0003", "0010", "0020"]
        .iter()
        .map(|id| {
            let path = format!("/work/shared/corpus/wcxb-dev/html/{id}.html.gz");
            dramatis::native::read_document(std::path::Path::new(&path)).unwrap()
        })
        .collect();
    let parsed: Vec<Html> = docs.iter().map(|d| Html::parse_document(d)).collect();
    let mut all = Vec::new();
    for doc in &parsed {
        let mut calls = Vec::new();
        for c in doc.tree.root().children() {
            record(c, &mut calls);
        }
        all.push(calls);
    }
    let mode = std::env::args().nth(1).unwrap_or_default();
    let reps: usize = std::env::args()
        .nth(2)
        .and_then(|r| r.parse().ok())
        .unwrap_or(1);
    let mut n = 0;
    for calls in &all {
        let page = replay(None, calls.iter().cloned()).page;
        for _ in 0..reps {
            match mode.as_str() {
                "replay" => n += replay(None, calls.iter().cloned()).page.nodes.len(),
                "analyze" => n += dramatis::analyze(&page).quotes.len(),
                "detect" => n += dramatis::detect::detect(&page).signals.len(),
                _ => {}
            }
        }
    }
    println!("{n}");
}
