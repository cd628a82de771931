//! The server binary: `serve` (default), `migrate`, `seed [--scale N]`.

mod config;
mod cross_site;
mod headers;
mod invite;
mod mail;
mod page_cache;
mod page_markup;
mod probes;
mod root_redirect;
mod serve;
mod session_layer;

use std::process::ExitCode;

use clap::Parser;
use tracing_subscriber::EnvFilter;

use config::{Cli, Command};

/// mimalloc in place of glibc's allocator: rendering a page allocates and
/// frees many small strings, and glibc spent a quarter of the CPU doing it
/// (BENCHMARKS.md, "SSR cost").
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[tokio::main]
async fn main() -> ExitCode {
    let cli = Cli::parse();
    tracing_subscriber::fmt()
        .with_env_filter(log_filter(&cli.log))
        .with_target(false)
        .init();
    match run(cli).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            tracing::error!("{error}");
            ExitCode::FAILURE
        }
    }
}

async fn run(cli: Cli) -> Result<(), Box<dyn std::error::Error>> {
    let db = store::connect(&cli.database_url).await?;
    let applied = store::migration::migrate(&db).await?;
    if applied > 0 {
        tracing::info!(applied, "migrations applied");
    }
    let files = store::files::FileStore::open(&cli.file_store)?;
    match cli.command.unwrap_or(Command::Serve(Default::default())) {
        Command::Serve(args) => serve::serve(db, files, args).await,
        Command::Migrate => Ok(()),
        Command::Invite(args) => invite::invite(db, args).await,
        Command::Seed {
            scale,
            thread_replies,
        } => {
            let report = match scale {
                None => {
                    let report = store::seed::seed_demo(&db).await?;
                    store::seed::seed_library(&db, &files).await?;
                    store::seed::seed_events(&db).await?;
                    report
                }
                Some(target) => {
                    let bar = progress_bar(target);
                    let report = store::seed::seed_scale(&db, target, &mut |done, total| {
                        bar.set_length(total);
                        bar.set_position(done);
                    })
                    .await?;
                    bar.finish_and_clear();
                    report
                }
            };
            print_report(report);
            if let Some(replies) = thread_replies {
                let id = store::seed::seed_long_thread(&db, replies).await?;
                println!("thread: {id}");
            }
            Ok(())
        }
    }
}

/// The filter of `--log`; the HTML parser's notes on malformed markup in
/// members' posts (which the sanitiser then cleans) are left out unless named.
fn log_filter(log: &str) -> EnvFilter {
    let with_quiet_parser = if log.contains("html5ever") {
        log.to_owned()
    } else {
        format!("{log},html5ever=error")
    };
    EnvFilter::try_new(with_quiet_parser).unwrap_or_else(|_| EnvFilter::new("info,html5ever=error"))
}

fn print_report(report: store::seed::SeedReport) {
    println!(
        "seeded: {} networks, {} organisations, {} members",
        report.networks, report.organisations, report.members
    );
}

/// A progress bar on a terminal; nothing when the output is a file or a pipe.
fn progress_bar(total: u64) -> indicatif::ProgressBar {
    use std::io::IsTerminal;
    if !std::io::stderr().is_terminal() {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::new(total);
    if let Ok(style) = indicatif::ProgressStyle::with_template(
        "{bar:40} {pos}/{len} organisations ({per_sec}, {eta} left)",
    ) {
        bar.set_style(style);
    }
    bar
}
