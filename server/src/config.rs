//! Every setting is a flag and an environment variable.

use std::net::SocketAddr;
use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

#[derive(Debug, Parser)]
#[command(
    name = "server",
    version,
    about = "EuroVET Commons: the platform of European networks of VET providers"
)]
pub struct Cli {
    /// Database to use: `sqlite://path?mode=rwc` or `postgres://user@host/db`.
    #[arg(long, env = "DATABASE_URL", default_value = store::connect::DEFAULT_DATABASE_URL, global = true)]
    pub database_url: String,

    /// Log filter, e.g. `info` or `server=debug,tower_http=debug`.
    #[arg(long, env = "LOG", default_value = "info", global = true)]
    pub log: String,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Migrate the database, seed the demo network if it is empty, and serve (the default).
    Serve(ServeArgs),
    /// Bring the database schema up to date, then exit.
    Migrate,
    /// Add the demo network (idempotent), or grow the directory to N organisations.
    Seed {
        /// Generate organisations, with networks and members in proportion, until there are N.
        #[arg(long, value_name = "N")]
        scale: Option<u64>,
    },
}

#[derive(Debug, Clone, Args)]
pub struct ServeArgs {
    /// Address to listen on.
    #[arg(long, env = "BIND", default_value = "127.0.0.1:3000")]
    pub bind: SocketAddr,

    /// The public address of the site, as visitors reach it.
    #[arg(long, env = "SITE_URL", default_value = "http://127.0.0.1:3000")]
    pub site_url: String,

    /// Folder holding the built static files (`pkg/`, favicon).
    #[arg(long, env = "SITE_ROOT", default_value = "target/site")]
    pub site_root: PathBuf,

    /// Do not add the demo network to an empty database.
    #[arg(long, env = "NO_DEMO")]
    pub no_demo: bool,

    /// Also serve `/bench/bare`, a fixed page used as the benchmarks' baseline.
    #[arg(long, env = "BENCH_ROUTES")]
    pub bench_routes: bool,
}

impl Default for ServeArgs {
    fn default() -> Self {
        match Cli::parse_from(["server", "serve"]).command {
            Some(Command::Serve(args)) => args,
            _ => unreachable!("`serve` parses to Command::Serve"),
        }
    }
}
