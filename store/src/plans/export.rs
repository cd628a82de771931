//! An action plan as a CSV file (UTF-8, comma-separated, header first), with
//! the same stable column keys and status keys as the directory's export.

use super::read::Plan;
use crate::StoreError;

pub const COLUMNS: [&str; 11] = [
    "id",
    "aspirations",
    "title",
    "description",
    "owner",
    "contributors",
    "start_on",
    "due_on",
    "status",
    "progress",
    "indicators",
];

/// Every activity of the plan, in the plan's order.
pub fn activities_csv(plan: &Plan) -> Result<String, StoreError> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    let write_error = |e: csv::Error| StoreError::Io(std::io::Error::other(e));
    writer.write_record(COLUMNS).map_err(write_error)?;
    for a in &plan.activities {
        let aspirations = plan
            .aspirations
            .iter()
            .filter(|x| a.aspirations.contains(&x.id))
            .map(|x| x.title.as_str())
            .collect::<Vec<_>>()
            .join("; ");
        let contributors = a
            .contributors
            .iter()
            .map(|c| c.name.as_str())
            .collect::<Vec<_>>()
            .join("; ");
        let indicators = a
            .indicators
            .iter()
            .map(|i| format!("{}: {}/{}", i.name, i.actual, i.target))
            .collect::<Vec<_>>()
            .join("; ");
        writer
            .write_record([
                a.id.to_string(),
                aspirations,
                a.title.clone(),
                a.description.clone(),
                a.owner.as_ref().map(|o| o.name.clone()).unwrap_or_default(),
                contributors,
                a.start_on.clone(),
                a.due_on.clone(),
                a.status.key().to_owned(),
                a.progress.to_string(),
                indicators,
            ])
            .map_err(write_error)?;
    }
    let bytes = writer
        .into_inner()
        .map_err(|e| StoreError::Io(std::io::Error::other(e.to_string())))?;
    String::from_utf8(bytes).map_err(|e| StoreError::Io(std::io::Error::other(e)))
}
