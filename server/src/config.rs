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

    /// Where the library's files are stored: a folder, or `s3://bucket[/prefix]`
    /// (endpoint and credentials from `AWS_ENDPOINT`, `AWS_ACCESS_KEY_ID`,
    /// `AWS_SECRET_ACCESS_KEY`, `AWS_REGION`; `AWS_ALLOW_HTTP=true` for a
    /// bucket on plain http). Instances that share a database share this too.
    #[arg(long, env = "FILE_STORE", default_value = "data/files", global = true)]
    pub file_store: String,

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
    /// Invite a person by e-mail from the command line: how the first coordinator
    /// gets an account. The e-mail goes out like any other (SMTP or the mail folder)
    /// and the link is printed.
    Invite(InviteArgs),
    /// Add the demo network (idempotent), or grow the directory to N organisations.
    Seed {
        /// Generate organisations, with networks and members in proportion, until there are N.
        #[arg(long, value_name = "N")]
        scale: Option<u64>,
        /// Then add one counselling thread with N replies (for benchmarks) and print its id.
        #[arg(long, value_name = "N")]
        thread_replies: Option<u32>,
    },
}

#[derive(Debug, Clone, Args)]
pub struct InviteArgs {
    /// The person's e-mail address.
    #[arg(long)]
    pub email: String,
    /// The slug of the organisation the person will belong to.
    #[arg(long)]
    pub organisation: String,
    /// `member`, `facilitator` (with --network) or `coordinator`.
    #[arg(long, default_value = "coordinator")]
    pub role: String,
    /// The slug of the network, for a facilitator.
    #[arg(long)]
    pub network: Option<String>,
    /// The language of the e-mail and of the new account.
    #[arg(long, default_value = "en")]
    pub locale: String,
    #[command(flatten)]
    pub mail: MailArgs,
    /// The public address of the site, for the link.
    #[arg(long, env = "SITE_URL", default_value = "http://127.0.0.1:3000")]
    pub site_url: String,
}

/// How e-mail leaves the platform.
#[derive(Debug, Clone, Args)]
pub struct MailArgs {
    /// SMTP server, e.g. `smtps://user:password@mail.example.org` or `smtp://127.0.0.1:2525`.
    /// Without it, e-mails are written to MAIL_DIR and their links logged.
    #[arg(long, env = "SMTP_URL")]
    pub smtp_url: Option<String>,
    /// The sender of every e-mail.
    #[arg(
        long,
        env = "MAIL_FROM",
        default_value = "EuroVET Commons <no-reply@localhost>"
    )]
    pub mail_from: String,
    /// Where e-mails go when no SMTP server is configured.
    #[arg(long, env = "MAIL_DIR", default_value = "data/mail")]
    pub mail_dir: PathBuf,
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

    #[command(flatten)]
    pub mail: MailArgs,

    /// A session ends after this many minutes without a request.
    #[arg(long, env = "SESSION_IDLE_MINUTES", default_value_t = 60)]
    pub session_idle_minutes: i64,

    /// A session ends this many hours after sign-in, however active.
    #[arg(long, env = "SESSION_MAX_HOURS", default_value_t = 12)]
    pub session_max_hours: i64,

    /// The largest file a member may upload to the library, in MB.
    #[arg(long, env = "UPLOAD_LIMIT_MB", default_value_t = 100)]
    pub upload_limit_mb: u64,

    /// The largest video a member may upload, in MB (or they link to where it is hosted).
    #[arg(long, env = "VIDEO_UPLOAD_LIMIT_MB", default_value_t = 1024)]
    pub video_upload_limit_mb: u64,

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
