//! The document and the routes: every page is drawn here, on the server
//! (the browser gets only the islands).

use leptos::prelude::*;
use leptos_meta::{provide_meta_context, MetaTags, Stylesheet};
use leptos_router::components::{ParentRoute, Route, Router, Routes};
use leptos_router::{ParamSegment, SsrMode, StaticSegment};

/// The HTML document around the application (server only).
pub fn shell(options: LeptosOptions) -> impl IntoView {
    crate::ui::security::content_security_policy();
    view! {
        <!DOCTYPE html>
        <html>
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <meta name="color-scheme" content="light dark"/>
                <link rel="icon" href="/favicon.svg" type="image/svg+xml"/>
                <crate::ui::IslandScripts options/>
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
    crate::i18n::provide_i18n();
    view! {
            <Routes fallback=crate::ui::NotFound>
                <ParentRoute path=ParamSegment("locale") view=crate::ui::Layout ssr=SsrMode::Async>
                    <Route path=StaticSegment("") view=crate::home::HomePage ssr=SsrMode::Async/>
                    <Route path=StaticSegment("directory") view=crate::directory::DirectoryPage ssr=SsrMode::Async/>
                    <Route path=(StaticSegment("directory"), StaticSegment("organisations")) view=crate::directory::OrganisationsPage ssr=SsrMode::Async/>
                    <Route path=(StaticSegment("directory"), StaticSegment("organisations"), ParamSegment("slug")) view=crate::directory::OrganisationPage ssr=SsrMode::Async/>
                    <Route path=(StaticSegment("directory"), StaticSegment("organisations"), ParamSegment("slug"), StaticSegment("edit")) view=crate::directory::OrganisationEditPage ssr=SsrMode::Async/>
                    <Route path=(StaticSegment("directory"), StaticSegment("partnerships")) view=crate::directory::PartnershipsPage ssr=SsrMode::Async/>
                    <Route path=(StaticSegment("directory"), StaticSegment("members"), ParamSegment("id")) view=crate::directory::MemberPage ssr=SsrMode::Async/>
                    <Route path=(StaticSegment("directory"), StaticSegment("import")) view=crate::directory::ImportPage ssr=SsrMode::Async/>
                    <Route path=(StaticSegment("directory"), StaticSegment("import"), ParamSegment("id")) view=crate::directory::ImportPreviewPage ssr=SsrMode::Async/>
                    <Route path=(StaticSegment("directory"), StaticSegment("map")) view=crate::directory::MapPage ssr=SsrMode::Async/>
                    <Route path=(StaticSegment("directory"), StaticSegment("networks"), ParamSegment("slug")) view=crate::directory::NetworkPage ssr=SsrMode::Async/>
                    <Route path=StaticSegment("counselling") view=crate::counselling::CounsellingPage ssr=SsrMode::Async/>
                    <Route path=(StaticSegment("counselling"), StaticSegment("ask")) view=crate::counselling::AskPage ssr=SsrMode::Async/>
                    <Route path=(StaticSegment("counselling"), StaticSegment("threads"), ParamSegment("id")) view=crate::counselling::ThreadPage ssr=SsrMode::Async/>
                    <Route path=(StaticSegment("counselling"), StaticSegment("posts"), ParamSegment("id"), StaticSegment("edit")) view=crate::counselling::EditPostPage ssr=SsrMode::Async/>
                    <Route path=(StaticSegment("counselling"), StaticSegment("posts"), ParamSegment("id"), StaticSegment("history")) view=crate::counselling::HistoryPage ssr=SsrMode::Async/>
                    <Route path=(StaticSegment("counselling"), StaticSegment("notifications")) view=crate::counselling::NotificationsPage ssr=SsrMode::Async/>
                    <Route path=(StaticSegment("counselling"), StaticSegment("moderation")) view=crate::counselling::ModerationPage ssr=SsrMode::Async/>
                    <Route path=StaticSegment("plans") view=crate::plans::PlansPage ssr=SsrMode::Async/>
                    <Route path=(StaticSegment("plans"), ParamSegment("id")) view=crate::plans::PlanPage ssr=SsrMode::Async/>
                    <Route path=(StaticSegment("plans"), ParamSegment("id"), StaticSegment("strategy")) view=crate::plans::StrategyPage ssr=SsrMode::Async/>
                    <Route path=(StaticSegment("plans"), ParamSegment("id"), StaticSegment("versions")) view=crate::plans::VersionsPage ssr=SsrMode::Async/>
                    <Route path=(StaticSegment("plans"), ParamSegment("id"), StaticSegment("print")) view=crate::plans::PrintPage ssr=SsrMode::Async/>
                    <Route path=(StaticSegment("plans"), ParamSegment("id"), StaticSegment("activities"), ParamSegment("activity")) view=crate::plans::ActivityPage ssr=SsrMode::Async/>
                    <Route path=StaticSegment("language") view=crate::language::LanguagePage ssr=SsrMode::Async/>
                    <Route path=StaticSegment("account") view=crate::account::AccountPage ssr=SsrMode::Async/>
                    <Route path=(StaticSegment("account"), StaticSegment("sign-in")) view=crate::account::SignInPage ssr=SsrMode::Async/>
                    <Route path=(StaticSegment("account"), StaticSegment("reset")) view=crate::account::ResetPage ssr=SsrMode::Async/>
                    <Route path=(StaticSegment("account"), StaticSegment("reset"), ParamSegment("token")) view=crate::account::NewPasswordPage ssr=SsrMode::Async/>
                    <Route path=(StaticSegment("account"), StaticSegment("invitation"), ParamSegment("token")) view=crate::account::InvitationPage ssr=SsrMode::Async/>
                    <Route path=(StaticSegment("account"), StaticSegment("email"), ParamSegment("token")) view=crate::account::EmailConfirmPage ssr=SsrMode::Async/>
                    <Route path=(StaticSegment("account"), StaticSegment("audit")) view=crate::account::AuditPage ssr=SsrMode::Async/>
                </ParentRoute>
            </Routes>
    }
}
