//! The `dramatis` command as other tools use it: JSON Lines out, one-line
//! errors that name the file or line, and bad inputs never stopping good ones.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

fn dramatis(args: &[&str], stdin: Option<&str>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_dramatis"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("dramatis runs");
    if let Some(input) = stdin {
        child
            .stdin
            .take()
            .unwrap()
            .write_all(input.as_bytes())
            .unwrap();
    }
    drop(child.stdin.take());
    child.wait_with_output().unwrap()
}

fn lines(bytes: &[u8]) -> Vec<String> {
    String::from_utf8_lossy(bytes)
        .lines()
        .map(str::to_string)
        .collect()
}

fn json(line: &str) -> serde_json::Value {
    serde_json::from_str(line).unwrap_or_else(|e| panic!("not JSON ({e}): {line}"))
}

fn temp_dir() -> PathBuf {
    let dir = std::env::temp_dir().join(format!("dramatis-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

const SEED: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/seed-article/page.html"
);
const PRODUCT: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/product-page/page.html"
);

#[test]
fn page_prints_one_json_line_per_file_and_reports_bad_ones() {
    let dir = temp_dir();
    let not_html = dir.join("notes.txt");
    std::fs::write(&not_html, "just some words, no markup at all").unwrap();
    let bad_gz = dir.join("broken.html.gz");
    std::fs::write(&bad_gz, [0x1f, 0x8b, 8, 0, 0, 0]).unwrap();
    let missing = dir.join("missing.html");
    let out = dramatis(
        &[
            "page",
            SEED,
            not_html.to_str().unwrap(),
            bad_gz.to_str().unwrap(),
            missing.to_str().unwrap(),
            PRODUCT,
        ],
        None,
    );
    assert_eq!(
        out.status.code(),
        Some(1),
        "bad inputs make the exit status 1"
    );
    let stdout = lines(&out.stdout);
    assert_eq!(
        stdout.len(),
        2,
        "the two good pages are still analysed: {stdout:?}"
    );
    let seed = json(&stdout[0]);
    assert_eq!(seed["file"], SEED);
    assert_eq!(seed["is_article"], true);
    for key in ["score", "title", "upsells", "actors", "quotes"] {
        assert!(seed.get(key).is_some(), "missing {key}");
    }
    let upsell = &seed["upsells"][0];
    assert!(
        upsell["text"].as_str().is_some_and(|t| !t.contains("  ")),
        "{upsell}"
    );
    assert!(upsell["reason"].is_string());
    assert_eq!(json(&stdout[1])["is_article"], false);

    let stderr = lines(&out.stderr);
    assert_eq!(stderr.len(), 3, "one line per bad input: {stderr:?}");
    assert!(stderr[0].starts_with(not_html.to_str().unwrap()) && stderr[0].contains("not HTML"));
    assert!(stderr[1].starts_with(bad_gz.to_str().unwrap()) && stderr[1].contains("gzip"));
    assert!(stderr[2].starts_with(missing.to_str().unwrap()) && stderr[2].contains("cannot read"));
}

#[test]
fn text_jsonl_keeps_going_past_an_invalid_line() {
    let input = concat!(
        r#"{"id": "a", "text": "“We will win,” Jane Doe said."}"#,
        "\n",
        "{not json\n",
        r#"{"id": 7, "text": "No quotes here."}"#,
        "\n",
    );
    let out = dramatis(&["text", "--jsonl", "-"], Some(input));
    assert_eq!(out.status.code(), Some(1));
    let stdout = lines(&out.stdout);
    assert_eq!(stdout.len(), 2, "{stdout:?}");
    let first = json(&stdout[0]);
    assert_eq!(first["id"], "a");
    let quote = &first["quotes"][0];
    assert_eq!(quote["text"], "We will win,");
    // Offsets count chars: the opening mark is one char, not three bytes.
    assert_eq!(
        (quote["start"].as_u64(), quote["end"].as_u64()),
        (Some(1), Some(13))
    );
    for key in ["kind", "cue", "speaker", "speaker_start", "speaker_end"] {
        assert!(quote.get(key).is_some(), "quote misses {key}");
    }
    assert_eq!(json(&stdout[1])["id"], 7);
    let stderr = lines(&out.stderr);
    assert_eq!(stderr.len(), 1);
    assert!(
        stderr[0].starts_with("<stdin>:2: invalid JSON line"),
        "{}",
        stderr[0]
    );
}

/// What a judged file's run must report, and only that: its broken line 5
/// and its page 0002, which the corpus lacks.
fn reports_line_5_and_page_0002(stderr: &[String], judged: &str) {
    assert_eq!(stderr.len(), 2, "{stderr:?}");
    assert!(
        stderr
            .iter()
            .any(|e| e.starts_with(&format!("{judged}:5:"))),
        "{stderr:?}"
    );
    assert!(
        stderr.iter().any(|e| e.contains("0002.html.gz")),
        "{stderr:?}"
    );
}

/// A corpus of one page, the sample article, as `html/0001.html.gz` in a
/// fresh directory `name`.
fn one_page_corpus(name: &str) -> std::path::PathBuf {
    use flate2::{write::GzEncoder, Compression};
    let dir = temp_dir().join(name);
    std::fs::create_dir_all(dir.join("html")).unwrap();
    let mut gz = GzEncoder::new(Vec::new(), Compression::fast());
    gz.write_all(&std::fs::read(SEED).unwrap()).unwrap();
    std::fs::write(dir.join("html/0001.html.gz"), gz.finish().unwrap()).unwrap();
    dir
}

#[test]
fn judged_quotes_counts_what_is_still_found_and_reports_bad_lines() {
    let dir = one_page_corpus("judged");
    let page = dramatis(&["page", SEED], None);
    let quote = &json(&lines(&page.stdout)[0])["quotes"][0];
    let (start, end) = (
        quote["start"].as_u64().unwrap(),
        quote["end"].as_u64().unwrap(),
    );
    let (cue, speaker) = (&quote["cue"], &quote["speaker"]);

    // One quote the build finds (right), judged with bounds a few chars
    // wider than it has now (still found: the same attribution); one it
    // finds with another cue (not found, wrong); one span it does not
    // find (wrong); a page the corpus lacks and a broken line.
    let judged = dir.join("judged.jsonl");
    let line_of = |sample: &str, page: &str, start: u64, end: u64, cue: &str, right: bool| {
        format!(
            r#"{{"sample":"{sample}","page":"{page}","start":{start},"end":{end},"cue":{cue},"speaker":{speaker},"text":"…","right":{right}}}"#
        )
    };
    let line = |page: &str, start: u64, end: u64, cue: &str, right: bool| {
        line_of("s", page, start, end, cue, right)
    };
    let cue = cue.to_string();
    // And the same span judged wrong in a tune and a held-out sample:
    // `--misses` lists the tune sample's only.
    let text = [
        line("0001", start.saturating_sub(6), end, &cue, true),
        line("0001", start, end, r#""frobnicated""#, false),
        line("0001", 0, 1, &cue, false),
        line("0002", 0, 1, &cue, true),
        "{not json".to_string(),
        line_of("tune-9", "0001", start, end, &cue, false),
        line_of("held-out-9", "0001", start, end, &cue, false),
    ]
    .join("\n");
    std::fs::write(&judged, text).unwrap();

    let corpus = dir.to_string_lossy().into_owned();
    let judged = judged.to_string_lossy().into_owned();
    let out = dramatis(&["eval", "judged-quotes", &corpus, &judged], None);
    let stderr = fails_with_row(&out, "| s | 3 | 1 | 0.333 | 1 | 1 | 1.000 | 0 |");
    reports_line_5_and_page_0002(&stderr, &judged);
    assert!(!lines(&out.stdout)
        .iter()
        .any(|l| l.contains("still found):")));

    let out = dramatis(
        &["eval", "judged-quotes", "--misses", &corpus, &judged],
        None,
    );
    fails_with_row(&out, "| tune-9 | 1 | 0 | 0.000 | 1 | 0 | 0.000 | 0 |");
    let listed: Vec<String> = lines(&out.stdout)
        .into_iter()
        .filter(|l| l.contains("(wrong, still found)") || l.contains("(right, lost)"))
        .collect();
    assert_eq!(listed.len(), 1, "{listed:?}");
    assert!(
        listed[0].starts_with("tune-9 0001 (wrong, still found):"),
        "{listed:?}"
    );
}

#[test]
fn judged_actors_counts_what_is_still_listed_and_reports_bad_lines() {
    let dir = one_page_corpus("judged-actors");
    // Still listed: a judged "al-Assad", a person, which the listed
    // "Bashar al-Assad" names more fully. Not listed: the same name as an
    // organisation, a name the page lacks. Then a page the corpus lacks
    // and a broken line.
    let line = |page: &str, name: &str, kind: &str, right: bool| {
        format!(
            r#"{{"sample":"s","page":"{page}","name":"{name}","kind":"{kind}","role":null,"right":{right}}}"#
        )
    };
    let text = [
        line("0001", "al-Assad", "person", true),
        line("0001", "al-Assad", "organization", false),
        line("0001", "Frobnicator Labs", "organization", false),
        line("0002", "al-Assad", "person", true),
        "{not json".to_string(),
    ]
    .join("\n");
    let judged = dir.join("judged.jsonl");
    std::fs::write(&judged, text).unwrap();
    let corpus = dir.to_string_lossy().into_owned();
    let judged = judged.to_string_lossy().into_owned();
    let out = dramatis(&["eval", "judged-actors", &corpus, &judged], None);
    let stderr = fails_with_row(&out, "| s | 3 | 1 | 0.333 | 1 | 1 | 1.000 |");
    reports_line_5_and_page_0002(&stderr, &judged);
}

#[test]
fn judged_actors_misses_lists_the_tune_verdicts_the_build_contradicts() {
    let dir = one_page_corpus("judged-actors-misses");
    let line = |sample: &str, name: &str, kind: &str, right: bool| {
        format!(
            r#"{{"sample":"{sample}","page":"0001","name":"{name}","kind":"{kind}","role":null,"right":{right}}}"#
        )
    };
    let text = [
        line("tune-1", "Bashar al-Assad", "person", false),
        line("tune-1", "Frobnicator Labs", "organization", true),
        line("tune-1", "Vladimir Putin", "person", true),
        line("held-out-1", "Bashar al-Assad", "person", false),
    ]
    .join("\n");
    let judged = dir.join("judged.jsonl");
    std::fs::write(&judged, text).unwrap();
    let corpus = dir.to_string_lossy().into_owned();
    let judged = judged.to_string_lossy().into_owned();
    let out = dramatis(
        &["eval", "judged-actors", "--misses", &corpus, &judged],
        None,
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = lines(&out.stdout);
    let listed: Vec<&String> = stdout
        .iter()
        .filter(|l| l.starts_with("tune-1 ") || l.starts_with("held-out"))
        .collect();
    assert_eq!(
        listed,
        [
            "tune-1 0001 (wrong, still listed): Bashar al-Assad (person)",
            "tune-1 0001 (right, gone): Frobnicator Labs (organization)",
        ],
        "{stdout:?}"
    );
    // What the page lists instead of the one gone: its organisations.
    let now = stdout
        .iter()
        .position(|l| l.contains("Frobnicator"))
        .unwrap()
        + 1;
    assert!(stdout[now].starts_with("    now: "), "{stdout:?}");
}

#[test]
fn bench_markup_reads_every_page_as_often_as_asked() {
    let out = dramatis(&["bench", "markup", "--reps", "3", SEED], None);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let html = std::fs::read_to_string(SEED).unwrap();
    let nodes = dramatis::native::read_html(&html, None).nodes.len();
    let stdout = lines(&out.stdout);
    assert_eq!(stdout.len(), 1, "{stdout:?}");
    assert!(stdout[0].starts_with("1 pages, "), "{stdout:?}");
    assert!(
        stdout[0].ends_with(&format!("; {} nodes", 3 * nodes)),
        "{stdout:?}"
    );
    let bad = dramatis(&["bench", "markup", "--reps", "x", SEED], None);
    assert_eq!(bad.status.code(), Some(2));
}

#[test]
fn judged_quotes_draws_a_sample_to_judge_from_one_part_of_the_corpus() {
    use flate2::{write::GzEncoder, Compression};
    // The sample article three times: on a domain of the held-out report
    // quarter (`herald.example`), on a tune domain (`news.example`), and
    // on the held-out domain again as a product page (never drawn).
    let dir = temp_dir().join("draw");
    std::fs::create_dir_all(dir.join("html")).unwrap();
    std::fs::create_dir_all(dir.join("ground-truth")).unwrap();
    let mut gz = GzEncoder::new(Vec::new(), Compression::fast());
    gz.write_all(&std::fs::read(SEED).unwrap()).unwrap();
    let gz = gz.finish().unwrap();
    for (page, url, kind) in [
        (
            "0001",
            "https://www.herald.example/2023/01/13/story",
            "article",
        ),
        ("0002", "https://news.example/story", "article"),
        ("0003", "https://herald.example/shop/item", "product"),
    ] {
        std::fs::write(dir.join(format!("html/{page}.html.gz")), &gz).unwrap();
        let truth =
            format!(r#"{{"url":"{url}","_internal":{{"page_type":{{"primary":"{kind}"}}}}}}"#);
        std::fs::write(dir.join(format!("ground-truth/{page}.json")), truth).unwrap();
    }
    let page = dramatis(&["page", SEED], None);
    let quotes = json(&lines(&page.stdout)[0])["quotes"]
        .as_array()
        .unwrap()
        .clone();
    assert!(quotes.len() >= 3, "the sample article has quotes to draw");
    // An earlier sample judged the first quote: its verdict is reused.
    let first = &quotes[0];
    let judged = dir.join("judged.jsonl");
    std::fs::write(
        &judged,
        format!(
            r#"{{"sample":"held-out-1","page":"0001","start":{},"end":{},"cue":{},"speaker":{},"text":"…","right":false}}"#,
            first["start"], first["end"], first["cue"], first["speaker"]
        ),
    )
    .unwrap();
    let (corpus, judged) = (
        dir.to_string_lossy().into_owned(),
        judged.to_string_lossy().into_owned(),
    );
    let draw = |more: &[&str]| {
        let mut args = vec!["eval", "judged-quotes", "--seed", "7"];
        args.extend_from_slice(more);
        args.extend_from_slice(&[corpus.as_str(), judged.as_str()]);
        let out = dramatis(&args, None);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        lines(&out.stdout)
            .iter()
            .map(|l| json(l))
            .collect::<Vec<_>>()
    };

    let all = draw(&["--draw", "1000"]);
    assert_eq!(
        all.len(),
        quotes.len(),
        "every quote of the held-out article page, once"
    );
    for q in &all {
        assert_eq!(q["page"], "0001");
        assert_eq!(q["sample"], "held-out-7");
        let marked = format!(
            "⟦{}",
            q["context"].as_str().unwrap().split('⟦').nth(1).unwrap()
        );
        assert!(marked.contains('⟧'), "{q}");
    }
    let reused: Vec<_> = all
        .iter()
        .filter(|q| q["right"] != serde_json::Value::Null)
        .collect();
    assert_eq!(reused.len(), 1, "{reused:?}");
    assert_eq!(reused[0]["start"], first["start"]);
    assert_eq!(reused[0]["right"], false);
    assert_eq!(reused[0]["reused"], "held-out-1");

    let tune = draw(&["--draw", "1000", "--part", "tune"]);
    assert!(
        !tune.is_empty()
            && tune
                .iter()
                .all(|q| q["page"] == "0002" && q["sample"] == "tune-7")
    );
    let two = draw(&["--draw", "2"]);
    assert_eq!(two.len(), 2);
    assert_eq!(two, draw(&["--draw", "2"]), "the seed fixes the draw");

    // A drawn file is not judged yet: scoring it reports every unjudged
    // line by its number.
    let drawn = dir.join("drawn.jsonl");
    let text: Vec<String> = two.iter().map(|q| q.to_string()).collect();
    std::fs::write(&drawn, text.join("\n")).unwrap();
    let out = dramatis(
        &["eval", "judged-quotes", &corpus, &drawn.to_string_lossy()],
        None,
    );
    assert_eq!(out.status.code(), Some(1));
    let stderr = lines(&out.stderr);
    let unjudged = two
        .iter()
        .filter(|q| q["right"] == serde_json::Value::Null)
        .count();
    assert_eq!(stderr.len(), unjudged, "{stderr:?}");
    // And a draw needs its seed.
    let out = dramatis(
        &["eval", "judged-quotes", "--draw", "5", &corpus, &judged],
        None,
    );
    assert_eq!(
        out.status.code(),
        Some(2),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// What a run over good and bad input lines shows: it fails (exit 1), the
/// good lines still make the table with `row`, and its stderr lines (the
/// bad inputs, each named) are returned for the caller to check.
fn fails_with_row(out: &Output, row: &str) -> Vec<String> {
    assert_eq!(out.status.code(), Some(1), "a bad input fails the run");
    let stdout = lines(&out.stdout);
    assert!(stdout.iter().any(|l| l == row), "{stdout:?}");
    lines(&out.stderr)
}

#[test]
fn pronouns_scores_the_name_given_and_reports_bad_lines() {
    let dir = temp_dir().join("pronouns");
    std::fs::create_dir_all(&dir).unwrap();
    let text = "Mayor Ann Cole opened the bridge on Monday. \
                “It was long overdue,” she said.";
    let at = text.chars().count() - "she said.".chars().count();
    let texts = dir.join("texts.jsonl");
    std::fs::write(
        &texts,
        serde_json::json!({"id": "a1", "text": text}).to_string() + "\n",
    )
    .unwrap();
    // Right; wrong (someone else); the pronoun's offset off by one (an
    // error naming the line); an article the texts lack; a broken line.
    let line = |id: &str, at: usize, antecedent: &str| {
        format!(
            r#"{{"split":"s","id":"{id}","at":{at},"pronoun":"she","antecedent":{antecedent}}}"#
        )
    };
    let antecedents = dir.join("antecedents.jsonl");
    let lines_in = [
        line("a1", at, r#""Ann Cole""#),
        line("a1", at, r#""Bo Lee""#),
        line("a1", at + 1, r#""Ann Cole""#),
        line("a2", 0, "null"),
        "{not json".to_string(),
    ];
    std::fs::write(&antecedents, lines_in.join("\n")).unwrap();

    let (antecedents, texts) = (
        antecedents.to_string_lossy().into_owned(),
        texts.to_string_lossy().into_owned(),
    );
    let out = dramatis(&["eval", "pronouns", &antecedents, &texts], None);
    let stderr = fails_with_row(&out, "| s | 2 | 2 | 1 | 1 | 0 | 0.500 |");
    assert_eq!(stderr.len(), 3, "{stderr:?}");
    for n in [3, 4, 5] {
        assert!(
            stderr
                .iter()
                .any(|e| e.starts_with(&format!("{antecedents}:{n}:"))),
            "line {n}: {stderr:?}"
        );
    }
}

#[test]
fn roles_scores_the_post_shown_and_draws_people_blind() {
    let dir = temp_dir().join("roles");
    std::fs::create_dir_all(&dir).unwrap();
    let text = "Ann Cole, the mayor of Dover, opened the bridge on Monday. \
                Bo Lee, a retired teacher, watched. Tom Reed cheered.";
    let texts = dir.join("texts.jsonl");
    std::fs::write(
        &texts,
        serde_json::json!({"id": "a1", "text": text}).to_string() + "\n",
    )
    .unwrap();
    // A post shown and right; a post shown and wrong (the reader found
    // another); a person with no post and none shown; an article the texts
    // lack; a broken line.
    let line = |id: &str, name: &str, post: &str| {
        format!(r#"{{"split":"s","id":"{id}","name":"{name}","post":{post}}}"#)
    };
    let posts = dir.join("posts.jsonl");
    let lines_in = [
        line("a1", "Ann Cole", r#"["mayor of Dover", "mayor"]"#),
        line("a1", "Bo Lee", r#""bus driver""#),
        line("a1", "Tom Reed", "null"),
        line("a2", "Di Ross", "null"),
        "{not json".to_string(),
    ];
    std::fs::write(&posts, lines_in.join("\n")).unwrap();
    let (posts, texts) = (
        posts.to_string_lossy().into_owned(),
        texts.to_string_lossy().into_owned(),
    );
    let out = dramatis(&["eval", "roles", &posts, &texts], None);
    let stderr = fails_with_row(&out, "| s | 3 | 3 | 2 | 2 | 1 | 0.500 | 0.500 |");
    assert_eq!(stderr.len(), 2, "{stderr:?}");
    for n in [4, 5] {
        assert!(
            stderr
                .iter()
                .any(|e| e.starts_with(&format!("{posts}:{n}:"))),
            "line {n}: {stderr:?}"
        );
    }

    // A drawn person comes with the passages around their mentions and no
    // role to fill in.
    let out = dramatis(
        &["eval", "roles", "--draw", "1", "--seed", "7", &texts],
        None,
    );
    assert_eq!(out.status.code(), Some(0));
    let drawn = json(lines(&out.stdout).first().expect("one person drawn"));
    assert_eq!(drawn["split"], "texts");
    assert!(drawn["post"].is_null());
    assert!(drawn.get("role").is_none());
    let name = drawn["name"].as_str().unwrap();
    assert!(drawn["passages"][0].as_str().unwrap().contains(name));
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(dramatis(&[], None).status.code(), Some(2));
    assert_eq!(dramatis(&["frobnicate"], None).status.code(), Some(2));
    assert_eq!(dramatis(&["page"], None).status.code(), Some(2));
    assert_eq!(dramatis(&["page", "--url"], None).status.code(), Some(2));
}

#[test]
fn a_reader_that_stops_early_ends_the_run_quietly() {
    use std::io::BufRead;
    // Far more output than a pipe buffers, so the command is still writing
    // when the reader goes (`dramatis page *.html | head -1`).
    let files = vec![SEED; 300];
    let mut child = Command::new(env!("CARGO_BIN_EXE_dramatis"))
        .arg("page")
        .args(&files)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("dramatis runs");
    let mut first = String::new();
    std::io::BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    assert!(json(&first)["is_article"].as_bool().unwrap());
    let out = child.wait_with_output().unwrap();
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "",
        "no panic, no error"
    );
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn a_report_whose_reader_is_gone_ends_quietly() {
    // `dramatis eval quotes FILE | head -0`: the reading end is closed
    // before the command starts, so every write meets a broken pipe.
    let dir = temp_dir();
    let file = dir.join("gold.jsonl");
    std::fs::write(
        &file,
        r#"{"id": "a", "text": "The mayor said the bridge would reopen.", "quotes": []}"#,
    )
    .unwrap();
    let (reader, writer) = std::io::pipe().unwrap();
    drop(reader);
    let out = Command::new(env!("CARGO_BIN_EXE_dramatis"))
        .args(["eval", "quotes", &file.to_string_lossy()])
        .stdout(writer)
        .stderr(Stdio::piped())
        .output()
        .expect("dramatis runs");
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "",
        "no panic, no error"
    );
    assert_eq!(out.status.code(), Some(0));
}
