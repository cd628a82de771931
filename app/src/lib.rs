//! The Leptos application, compiled twice: with `ssr` for the server and with
//! `hydrate` for the browser.

#![recursion_limit = "256"]

pub mod account;
pub mod counselling;
pub mod directory;
pub mod home;
pub mod i18n;
pub mod language;
pub mod plans;
#[cfg(feature = "ssr")]
pub mod state;
pub mod ui;

use leptos::prelude::*;
use leptos_meta::{provide_meta_context, MetaTags, Stylesheet};
use leptos_router::components::{ParentRoute, Route, Router, Routes};
use leptos_router::{ParamSegment, SsrMode, StaticSegment};

/// The HTML document around the application (server only).
pub fn shell(options: LeptosOptions) -> impl IntoView {
    #[cfg(feature = "ssr")]
    ui::security::content_security_policy();
    view! {
        <!DOCTYPE html>
        <html>
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <meta name="color-scheme" content="light dark"/>
                <link rel="icon" href="/favicon.svg" type="image/svg+xml"/>
                <HydrationScripts options/>
                <MetaTags/>
            </head>
            <body>
                <App/>
            </body>
        </html>
    }
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    view! {
        <Stylesheet id="leptos" href="/pkg/vetnet.css"/>
        <Router>
            <Pages/>
        </Router>
    }
}

/// The routes, inside the router so the interface language can follow the URL.
#[component]
fn Pages() -> impl IntoView {
    i18n::provide_i18n();
    view! {
            <Routes fallback=ui::NotFound>
                <ParentRoute path=ParamSegment("locale") view=ui::Layout ssr=SsrMode::Async>
                    <Route path=StaticSegment("") view=home::HomePage ssr=SsrMode::Async/>
                    <Route path=StaticSegment("directory") view=directory::DirectoryPage ssr=SsrMode::Async/>
                    <Route path=(StaticSegment("directory"), StaticSegment("organisations")) view=directory::OrganisationsPage ssr=SsrMode::Async/>
                    <Route path=(StaticSegment("directory"), StaticSegment("organisations"), ParamSegment("slug")) view=directory::OrganisationPage ssr=SsrMode::Async/>
                    <Route path=(StaticSegment("directory"), StaticSegment("organisations"), ParamSegment("slug"), StaticSegment("edit")) view=directory::OrganisationEditPage ssr=SsrMode::Async/>
                    <Route path=(StaticSegment("directory"), StaticSegment("partnerships")) view=directory::PartnershipsPage ssr=SsrMode::Async/>
                    <Route path=(StaticSegment("directory"), StaticSegment("members"), ParamSegment("id")) view=directory::MemberPage ssr=SsrMode::Async/>
                    <Route path=(StaticSegment("directory"), StaticSegment("import")) view=directory::ImportPage ssr=SsrMode::Async/>
                    <Route path=(StaticSegment("directory"), StaticSegment("import"), ParamSegment("id")) view=directory::ImportPreviewPage ssr=SsrMode::Async/>
                    <Route path=(StaticSegment("directory"), StaticSegment("map")) view=directory::MapPage ssr=SsrMode::Async/>
                    <Route path=(StaticSegment("directory"), StaticSegment("networks"), ParamSegment("slug")) view=directory::NetworkPage ssr=SsrMode::Async/>
                    <Route path=StaticSegment("counselling") view=counselling::CounsellingPage ssr=SsrMode::Async/>
                    <Route path=(StaticSegment("counselling"), StaticSegment("ask")) view=counselling::AskPage ssr=SsrMode::Async/>
                    <Route path=(StaticSegment("counselling"), StaticSegment("threads"), ParamSegment("id")) view=counselling::ThreadPage ssr=SsrMode::Async/>
                    <Route path=(StaticSegment("counselling"), StaticSegment("posts"), ParamSegment("id"), StaticSegment("edit")) view=counselling::EditPostPage ssr=SsrMode::Async/>
                    <Route path=(StaticSegment("counselling"), StaticSegment("posts"), ParamSegment("id"), StaticSegment("history")) view=counselling::HistoryPage ssr=SsrMode::Async/>
                    <Route path=(StaticSegment("counselling"), StaticSegment("notifications")) view=counselling::NotificationsPage ssr=SsrMode::Async/>
                    <Route path=(StaticSegment("counselling"), StaticSegment("moderation")) view=counselling::ModerationPage ssr=SsrMode::Async/>
                    <Route path=StaticSegment("plans") view=plans::PlansPage ssr=SsrMode::Async/>
                    <Route path=(StaticSegment("plans"), ParamSegment("id")) view=plans::PlanPage ssr=SsrMode::Async/>
                    <Route path=(StaticSegment("plans"), ParamSegment("id"), StaticSegment("strategy")) view=plans::StrategyPage ssr=SsrMode::Async/>
                    <Route path=(StaticSegment("plans"), ParamSegment("id"), StaticSegment("versions")) view=plans::VersionsPage ssr=SsrMode::Async/>
                    <Route path=(StaticSegment("plans"), ParamSegment("id"), StaticSegment("print")) view=plans::PrintPage ssr=SsrMode::Async/>
                    <Route path=(StaticSegment("plans"), ParamSegment("id"), StaticSegment("activities"), ParamSegment("activity")) view=plans::ActivityPage ssr=SsrMode::Async/>
                    <Route path=StaticSegment("language") view=language::LanguagePage ssr=SsrMode::Async/>
                    <Route path=StaticSegment("account") view=account::AccountPage ssr=SsrMode::Async/>
                    <Route path=(StaticSegment("account"), StaticSegment("sign-in")) view=account::SignInPage ssr=SsrMode::Async/>
                    <Route path=(StaticSegment("account"), StaticSegment("reset")) view=account::ResetPage ssr=SsrMode::Async/>
                    <Route path=(StaticSegment("account"), StaticSegment("reset"), ParamSegment("token")) view=account::NewPasswordPage ssr=SsrMode::Async/>
                    <Route path=(StaticSegment("account"), StaticSegment("invitation"), ParamSegment("token")) view=account::InvitationPage ssr=SsrMode::Async/>
                    <Route path=(StaticSegment("account"), StaticSegment("email"), ParamSegment("token")) view=account::EmailConfirmPage ssr=SsrMode::Async/>
                    <Route path=(StaticSegment("account"), StaticSegment("audit")) view=account::AuditPage ssr=SsrMode::Async/>
                </ParentRoute>
            </Routes>
    }
}
