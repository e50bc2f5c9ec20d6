//! A habit's year: counts per a day, week or month leave the period's footprint as it is,
//! give the year exactly, and switch the charts to yearly things.

use empreinte::compare::{RowKind, YEARLY, chart_rows};
use empreinte::data::Dataset;
use empreinte::i18n::Lang;
use empreinte::model::{DAYS_A_YEAR, Metric, Period, Scenario};
use empreinte::sentences::results_year;

fn habit(per: Period) -> Scenario {
    Scenario {
        images: 2,
        messages: 20,
        per,
        ..Scenario::default()
    }
}

#[test]
fn per_leaves_the_period_as_it_is_and_multiplies_the_year_exactly() {
    let data = Dataset::embedded();
    let once = data.compute(&habit(Period::Once));
    assert_eq!(once.year(Period::Once), None);
    for (per, n) in [
        (Period::Day, 365.0),
        (Period::Week, 52.0),
        (Period::Month, 12.0),
    ] {
        let footprint = data.compute(&habit(per));
        assert_eq!(footprint, once, "{per:?}: the period's own footprint");
        let year = footprint.year(per).expect("a habit has a year");
        for &m in Metric::ALL {
            let (e, y) = (once.total().get(m), year.get(m));
            assert_eq!(
                (y.low, y.central, y.high),
                (e.low * n, e.central * n, e.high * n)
            );
        }
    }
}

#[test]
fn a_habits_charts_set_its_year_beside_yearly_things() {
    let data = Dataset::embedded();
    for &metric in Metric::ALL {
        let once = habit(Period::Once);
        let rows = chart_rows(metric, &data.compute(&once), &once, data);
        assert!(rows.iter().all(|r| r.kind != RowKind::Habit));

        let daily = habit(Period::Day);
        let footprint = data.compute(&daily);
        let rows = chart_rows(metric, &footprint, &daily, data);
        let ours = rows.iter().find(|r| r.kind == RowKind::Scenario).unwrap();
        assert_eq!(ours.value, footprint.year(Period::Day).unwrap().get(metric));
        assert!(
            rows.iter().all(|r| r.kind != RowKind::Claim),
            "claims are per image, not per year"
        );
        let yearly: Vec<_> = rows
            .iter()
            .filter(|r| r.kind == RowKind::Reference)
            .collect();
        assert!(!yearly.is_empty(), "{metric:?}: a yearly reference");
        assert!(yearly.iter().all(|r| YEARLY.contains(&r.id.as_ref())));
        let habits: Vec<_> = rows.iter().filter(|r| r.kind == RowKind::Habit).collect();
        assert!(
            habits.len() >= 3,
            "{metric:?}: everyday uses, daily for a year"
        );
        for row in habits {
            let everyday = data.equivalents().iter().find(|e| e.id == row.id).unwrap();
            assert_eq!(row.value, everyday.amount.scale(DAYS_A_YEAR));
        }
        for pair in rows.windows(2) {
            assert!(pair[0].value.central >= pair[1].value.central);
        }
    }
}

#[test]
fn the_year_line_keeps_each_figure_with_its_range() {
    let data = Dataset::embedded();
    let footprint = data.compute(&habit(Period::Day));
    for lang in Lang::ALL {
        let line = results_year(lang.strings(), &footprint, Period::Day).expect("a habit");
        // Three ranges, each bound to its figure by a no-break space, never by a plain one.
        assert_eq!(line.matches("\u{a0}(").count(), 3, "{line}");
        assert!(!line.contains(" ("), "{line}");
    }
}
