//! The document and the routes: every page is drawn here, on the server
//! (the browser gets only the islands).

use leptos::prelude::*;
use leptos_meta::{provide_meta_context, MetaTags, Stylesheet};
use leptos_router::components::{ParentRoute, Route, Router, Routes};
use leptos_router::{path, SsrMode};

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
                {crate::ui::alternates()}
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
    // `Async` on the parent holds for every page under it (a path takes its
    // most restrictive mode): each is rendered whole, complete without JavaScript.
    view! {
            <Routes fallback=crate::ui::NotFound>
                <ParentRoute path=path!("/:locale") view=crate::ui::Layout ssr=SsrMode::Async>
                    <Route path=path!("/") view=crate::home::HomePage/>
                    <Route path=path!("/directory") view=crate::directory::DirectoryPage/>
                    <Route path=path!("/directory/organisations") view=crate::directory::OrganisationsPage/>
                    <Route path=path!("/directory/organisations/:slug") view=crate::directory::OrganisationPage/>
                    <Route path=path!("/directory/organisations/:slug/edit") view=crate::directory::OrganisationEditPage/>
                    <Route path=path!("/directory/partnerships") view=crate::directory::PartnershipsPage/>
                    <Route path=path!("/directory/members/:id") view=crate::directory::MemberPage/>
                    <Route path=path!("/directory/import") view=crate::directory::ImportPage/>
                    <Route path=path!("/directory/import/:id") view=crate::directory::ImportPreviewPage/>
                    <Route path=path!("/directory/map") view=crate::directory::MapPage/>
                    <Route path=path!("/directory/networks/:slug") view=crate::directory::NetworkPage/>
                    <Route path=path!("/counselling") view=crate::counselling::CounsellingPage/>
                    <Route path=path!("/counselling/ask") view=crate::counselling::AskPage/>
                    <Route path=path!("/counselling/threads/:id") view=crate::counselling::ThreadPage/>
                    <Route path=path!("/counselling/posts/:id") view=crate::counselling::PostLinkPage/>
                    <Route path=path!("/counselling/posts/:id/edit") view=crate::counselling::EditPostPage/>
                    <Route path=path!("/counselling/posts/:id/history") view=crate::counselling::HistoryPage/>
                    <Route path=path!("/counselling/notifications") view=crate::counselling::NotificationsPage/>
                    <Route path=path!("/counselling/moderation") view=crate::counselling::ModerationPage/>
                    <Route path=path!("/library") view=crate::library::LibraryPage/>
                    <Route path=path!("/library/new") view=crate::library::AddResourcePage/>
                    <Route path=path!("/library/review") view=crate::library::ReviewPage/>
                    <Route path=path!("/library/collections") view=crate::library::CollectionsPage/>
                    <Route path=path!("/library/collections/new") view=crate::library::NewCollectionPage/>
                    <Route path=path!("/library/collections/:id") view=crate::library::CollectionPage/>
                    <Route path=path!("/library/:id") view=crate::library::ResourcePage/>
                    <Route path=path!("/library/:id/edit") view=crate::library::EditResourcePage/>
                    <Route path=path!("/events") view=crate::events::EventsPage/>
                    <Route path=path!("/events/new") view=crate::events::NewEventPage/>
                    <Route path=path!("/events/calendar") view=crate::events::CalendarPage/>
                    <Route path=path!("/events/:id") view=crate::events::EventPage/>
                    <Route path=path!("/events/:id/edit") view=crate::events::EditEventPage/>
                    <Route path=path!("/groups") view=crate::groups::GroupsPage/>
                    <Route path=path!("/groups/new") view=crate::groups::NewGroupPage/>
                    <Route path=path!("/groups/:slug") view=crate::groups::GroupPage/>
                    <Route path=path!("/plans") view=crate::plans::PlansPage/>
                    <Route path=path!("/plans/:id") view=crate::plans::PlanPage/>
                    <Route path=path!("/plans/:id/strategy") view=crate::plans::StrategyPage/>
                    <Route path=path!("/plans/:id/versions") view=crate::plans::VersionsPage/>
                    <Route path=path!("/plans/:id/print") view=crate::plans::PrintPage/>
                    <Route path=path!("/plans/:id/activities/:activity") view=crate::plans::ActivityPage/>
                    <Route path=path!("/language") view=crate::language::LanguagePage/>
                    <Route path=path!("/account") view=crate::account::AccountPage/>
                    <Route path=path!("/account/sign-in") view=crate::account::SignInPage/>
                    <Route path=path!("/account/reset") view=crate::account::ResetPage/>
                    <Route path=path!("/account/reset/:token") view=crate::account::NewPasswordPage/>
                    <Route path=path!("/account/invitation/:token") view=crate::account::InvitationPage/>
                    <Route path=path!("/account/email/:token") view=crate::account::EmailConfirmPage/>
                    <Route path=path!("/account/audit") view=crate::account::AuditPage/>
                </ParentRoute>
            </Routes>
    }
}
