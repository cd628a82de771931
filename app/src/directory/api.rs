use leptos::prelude::*;

use crate::account::FormError;
use leptos::server_fn::codec::GetUrl;

use super::model::NetworkNode;

/// The network tree; with a search text, only networks whose name or city
/// matches (accents and case ignored), with the networks above them.
#[server(endpoint = "directory/networks", input = GetUrl)]
pub async fn network_tree(q: Option<String>) -> Result<Vec<NetworkNode>, FormError> {
    use super::model::MAX_QUERY_CHARS;
    use crate::state::app_state;
    let state = app_state()?;
    let networks = store::directory::networks(&state.db).await?;
    let query: String = q
        .unwrap_or_default()
        .trim()
        .chars()
        .take(MAX_QUERY_CHARS)
        .collect();
    Ok(tree::build(networks, &query))
}

mod tree {
    use std::collections::HashMap;

    use store::directory::NetworkSummary as Row;
    use store::fold::fold;

    use super::super::model::{NetworkNode, NetworkSummary};

    pub fn build(rows: Vec<Row>, query: &str) -> Vec<NetworkNode> {
        let needle = fold(query);
        let parents: HashMap<i32, Option<i32>> = rows.iter().map(|r| (r.id, r.parent_id)).collect();
        let mut keep: HashMap<i32, bool> = HashMap::new();
        for row in &rows {
            let matches = needle.is_empty()
                || fold(&row.name).contains(&needle)
                || row
                    .city
                    .as_deref()
                    .is_some_and(|c| fold(c).contains(&needle));
            if matches {
                let mut id = Some(row.id);
                while let Some(current) = id {
                    if keep.insert(current, true).is_some() {
                        break;
                    }
                    id = parents.get(&current).copied().flatten();
                }
            }
        }
        let mut children: HashMap<Option<i32>, Vec<Row>> = HashMap::new();
        for row in rows.into_iter().filter(|r| keep.contains_key(&r.id)) {
            children.entry(row.parent_id).or_default().push(row);
        }
        attach(None, &mut children)
    }

    fn attach(
        parent: Option<i32>,
        children: &mut HashMap<Option<i32>, Vec<Row>>,
    ) -> Vec<NetworkNode> {
        let rows = children.remove(&parent).unwrap_or_default();
        rows.into_iter()
            .map(|row| NetworkNode {
                children: attach(Some(row.id), children),
                network: NetworkSummary::from(row),
            })
            .collect()
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        fn row(id: i32, parent: Option<i32>, name: &str, city: &str) -> Row {
            Row {
                id,
                slug: format!("n{id}"),
                name: name.into(),
                kind: store::vocabulary::NetworkKind::Regional,
                country_code: Some("PL".into()),
                city: Some(city.into()),
                lang: "pl".into(),
                parent_id: parent,
                organisations: 0,
            }
        }

        #[test]
        fn a_match_keeps_its_ancestors_and_drops_the_rest() {
            let rows = vec![
                row(1, None, "EuroVET", "Bruxelles"),
                row(2, Some(1), "Sieć Polska", "Warszawa"),
                row(3, Some(2), "Sieć Łódzka", "Łódź"),
                row(4, Some(1), "Netzwerk", "Wien"),
            ];
            let tree = build(rows.clone(), "lodz");
            assert_eq!(tree.len(), 1);
            assert_eq!(tree[0].children.len(), 1, "Wien is dropped");
            assert_eq!(
                tree[0].children[0].children[0].network.city.as_deref(),
                Some("Łódź")
            );
            let all = build(rows, "");
            assert_eq!(all[0].children.len(), 2);
        }
    }
}
