//! `serve`: builds the application state and the router, then serves until SIGTERM or Ctrl-C.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use axum::http::{HeaderName, Request};
use axum::routing::{get, post};
use axum::Router;
use leptos::prelude::*;
use leptos_axum::{file_and_error_handler_with_context, generate_route_list, LeptosRoutes};
use tower_http::compression::CompressionLayer;
use tower_http::request_id::{
    MakeRequestId, PropagateRequestIdLayer, RequestId, SetRequestIdLayer,
};
use tower_http::services::{ServeDir, ServeFile};
use tower_http::trace::TraceLayer;

use app::account::throttle::Throttle;
use app::i18n::catalog::Catalog;
use app::state::{AccountSettings, AppState};
use app::{shell, App};

use crate::config::ServeArgs;
use crate::{cross_site, headers, page_cache, page_markup, probes, root_redirect, session_layer};

const REQUEST_ID: HeaderName = HeaderName::from_static("x-request-id");

pub async fn serve(
    db: store::Db,
    files: store::files::FileStore,
    args: ServeArgs,
) -> Result<(), Box<dyn std::error::Error>> {
    if !args.no_demo && store::seed::is_empty(&db).await? {
        let report = store::seed::seed_demo(&db).await?;
        let resources = store::seed::seed_library(&db, &files).await?;
        let events = store::seed::seed_events(&db).await?;
        tracing::info!(?report, resources, events, "demo network seeded");
    }
    // Off the start-up path: /readyz does not wait for a password hash.
    tokio::spawn(store::account::password::warm_up());
    // Nor for the uploads a stopped instance left half-written.
    {
        let files = files.clone();
        tokio::spawn(async move {
            match files
                .sweep_incoming(std::time::Duration::from_secs(24 * 3600))
                .await
            {
                Ok(0) => {}
                Ok(removed) => tracing::info!(removed, "stale incoming uploads removed"),
                Err(error) => tracing::warn!(%error, "stale incoming uploads not swept"),
            }
        });
    }
    let (catalog, problems) = Catalog::load();
    for problem in problems {
        tracing::warn!(%problem, "locale problem");
    }
    let leptos_options = LeptosOptions::builder()
        .output_name("vetnet")
        .site_root(args.site_root.to_string_lossy().into_owned())
        .site_pkg_dir("pkg")
        .site_addr(args.bind)
        .build();
    let timeouts = store::account::session::Timeouts {
        idle: chrono::Duration::minutes(args.session_idle_minutes.max(1)),
        absolute: chrono::Duration::hours(args.session_max_hours.max(1)),
    };
    let feed = store::feed::Feed::start(&db);
    let state = AppState {
        leptos_options,
        db: db.clone(),
        catalog: Arc::new(catalog),
        mailer: crate::mail::from_args(&args.mail)?,
        throttle: Arc::new(Throttle::default()),
        accounts: Arc::new(AccountSettings::new(&args.site_url, timeouts)),
        totals: Arc::new(app::recent::Recent::new(std::time::Duration::from_secs(5))),
        countries: Arc::default(),
        feed: feed.clone(),
        presence: app::plans::PresenceBoard::start(&db, &feed),
        files,
        uploads: app::library::UploadLimits {
            file: args.upload_limit_mb.max(1) * 1024 * 1024,
            video: args.video_upload_limit_mb.max(1) * 1024 * 1024,
        },
    };
    tokio::spawn(app::counselling::digest::run(state.clone()));
    tokio::spawn(app::events::mail::remind(state.clone()));
    let router = router(state, args.bench_routes);
    let listener = tokio::net::TcpListener::bind(args.bind).await?;
    tracing::info!(address = %args.bind, site = %args.site_url, "serving");
    axum::serve(
        listener,
        router.into_make_service_with_connect_info::<std::net::SocketAddr>(),
    )
    .with_graceful_shutdown(shutdown_signal())
    .await?;
    tracing::info!("stopped");
    Ok(())
}

pub fn router(state: AppState, bench_routes: bool) -> Router {
    let routes = generate_route_list(App);
    let context = {
        let state = state.clone();
        move || provide_context(state.clone())
    };
    let site_root = std::path::PathBuf::from(state.leptos_options.site_root.as_ref());
    let pkg = ServeDir::new(site_root.join("pkg"))
        .precompressed_br()
        .precompressed_gzip();
    let favicon = ServeFile::new(site_root.join("favicon.svg"))
        .precompressed_br()
        .precompressed_gzip();
    let mut router = Router::new()
        .route("/", get(root_redirect::root))
        .route("/{locale}/", get(root_redirect::without_trailing_slash))
        .nest_service("/pkg", pkg)
        .route_service("/favicon.svg", favicon)
        .route("/healthz", get(probes::healthz))
        .route("/readyz", get(probes::readyz))
        .route(
            app::directory::paths::EXPORT_CSV,
            get(app::directory::organisations_csv),
        )
        .route(
            app::counselling::paths::THREAD_EVENTS,
            get(app::counselling::thread_events),
        )
        .route(app::library::paths::ADD, post(app::library::add_resource))
        .route(
            app::library::paths::ADD_VERSION,
            post(app::library::add_version),
        )
        .route(app::library::paths::ADD_FILE, post(app::library::add_file))
        .route(app::library::paths::FILE, get(app::library::serve_file))
        .route(app::plans::paths::EVENTS, get(app::plans::plan_events))
        .route(app::plans::paths::EXPORT, get(app::plans::activities_csv))
        .route(
            app::events::paths::EVENT_FILE,
            get(app::events::calendar_files::event_file),
        )
        .route(
            app::events::paths::SERIES_FILE,
            get(app::events::calendar_files::series_file),
        )
        .route(
            app::events::paths::NETWORK_FEED,
            get(app::events::calendar_files::network_feed),
        )
        .route(
            app::events::paths::GROUP_FEED,
            get(app::events::calendar_files::group_feed),
        )
        .route(
            app::events::paths::PARTICIPANTS_FILE,
            get(app::events::participants_file::participants_file),
        )
        .route(
            app::events::paths::PERSONAL_FEED,
            get(app::events::calendar_files::personal_feed),
        );
    if bench_routes {
        router = router.route("/bench/bare", get(bare_page));
    }
    router
        .leptos_routes_with_context(&state, routes, context.clone(), {
            let options = state.leptos_options.clone();
            move || shell(options.clone())
        })
        .fallback(file_and_error_handler_with_context::<AppState, _>(context, shell))
        .layer(axum::middleware::from_fn(page_markup::tidy_pages))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            session_layer::resolve_session,
        ))
        .layer(axum::middleware::from_fn_with_state(
            page_cache::PageCache::start(&state.feed),
            page_cache::serve,
        ))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            cross_site::refuse_cross_site,
        ))
        .layer(CompressionLayer::new().compress_when(compressible()))
        .layer(axum::middleware::from_fn(headers::security_headers))
        .layer(PropagateRequestIdLayer::new(REQUEST_ID))
        .layer(TraceLayer::new_for_http().make_span_with(|request: &Request<_>| {
            let id = request.headers().get(REQUEST_ID).and_then(|v| v.to_str().ok()).unwrap_or("-");
            tracing::info_span!("request", id, method = %request.method(), path = %request.uri().path())
        }))
        .layer(SetRequestIdLayer::new(REQUEST_ID, Sequential::default()))
        .with_state(state)
}

/// What is worth compressing: not what is compressed already (media,
/// PDFs, ePub and office files, which are ZIP containers), nor what is read
/// in ranges.
fn compressible() -> impl tower_http::compression::Predicate {
    use tower_http::compression::predicate::{DefaultPredicate, NotForContentType, Predicate};
    DefaultPredicate::new()
        .and(NotForContentType::const_new("video/"))
        .and(NotForContentType::const_new("audio/"))
        .and(NotForContentType::const_new("application/pdf"))
        .and(NotForContentType::const_new("application/epub"))
        .and(NotForContentType::const_new("application/vnd."))
        .and(NotForContentType::const_new("application/msword"))
}

/// The benchmarks' baseline: a fixed page of about the home page's size, no database.
async fn bare_page() -> axum::response::Html<&'static str> {
    axum::response::Html(include_str!("bare_page.html"))
}

/// Request ids unique within this process: a random prefix per start, then a counter.
#[derive(Clone, Default)]
struct Sequential {
    next: Arc<AtomicU64>,
}

impl MakeRequestId for Sequential {
    fn make_request_id<B>(&mut self, _: &Request<B>) -> Option<RequestId> {
        let n = self.next.fetch_add(1, Ordering::Relaxed);
        let id = format!("{:x}-{n}", std::process::id());
        id.parse().ok().map(RequestId::new)
    }
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
    tracing::info!("shutting down: finishing open requests");
}
