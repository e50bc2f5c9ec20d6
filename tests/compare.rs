//! Protects the comparisons: what each chart row means, the sentences' ratios, the
//! collective scale, and that every compared thing has a label in every language.

use empreinte::compare::{
    Multiple, RowKind, chart_rows, collective_rows, headline_equivalence, multiple, neighbours,
    per_unit, week_of_images,
};
use empreinte::data::{ClaimPer, Dataset};
use empreinte::format::times;
use empreinte::i18n::Lang;
use empreinte::model::{Metric, Scenario};

fn data() -> &'static Dataset {
    Dataset::embedded()
}

/// Relative tolerance for ratios of sums: only floating-point rounding separates them.
const EPS: f64 = 1e-9;

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= EPS * a.abs().max(b.abs()).max(1.0)
}

#[test]
fn each_chart_has_the_scenario_once_every_reference_and_is_sorted() {
    let scenario = Scenario::default();
    let footprint = data().compute(&scenario);
    for &metric in Metric::ALL {
        let rows = chart_rows(metric, &footprint, &scenario, data());
        let mine: Vec<_> = rows
            .iter()
            .filter(|r| r.kind == RowKind::Scenario)
            .collect();
        assert_eq!(mine.len(), 1);
        assert_eq!(mine[0].value, footprint.total().get(metric));
        for reference in data().equivalents().iter().filter(|r| r.metric == metric) {
            assert!(
                rows.iter()
                    .any(|r| r.id == reference.id && r.value == reference.amount)
            );
        }
        assert!(
            rows.windows(2)
                .all(|w| w[0].value.central >= w[1].value.central),
            "{metric:?}"
        );
    }
}

#[test]
fn featured_claims_are_scaled_to_the_readers_images_and_dropped_at_zero() {
    let with = |images| {
        let scenario = Scenario {
            images,
            ..Scenario::default()
        };
        chart_rows(
            Metric::Energy,
            &data().compute(&scenario),
            &scenario,
            data(),
        )
    };
    let claim = data()
        .claims()
        .iter()
        .find(|c| c.featured && c.metric == Metric::Energy && c.per == ClaimPer::Image)
        .expect("a featured per-image energy claim");
    let row = |rows: &[empreinte::compare::Row]| rows.iter().find(|r| r.id == claim.id).cloned();
    assert!(close(
        row(&with(3)).unwrap().value.central,
        3.0 * claim.amount.central
    ));
    assert!(close(
        row(&with(7)).unwrap().value.high,
        7.0 * claim.amount.high
    ));
    assert_eq!(row(&with(0)), None);
    assert!(
        with(3).iter().all(|r| r.kind != RowKind::Claim
            || data().claims().iter().any(|c| c.id == r.id && c.featured))
    );
}

#[test]
fn every_count_a_reader_sees_is_at_least_one() {
    for (images, messages) in [(0, 1), (1, 0), (4, 10), (60, 600), (200, 1000)] {
        let scenario = Scenario {
            images,
            messages,
            ..Scenario::default()
        };
        let footprint = data().compute(&scenario).total();
        for &metric in Metric::ALL {
            let total = footprint.get(metric);
            let e = headline_equivalence(metric, total, data()).expect("reference in the data");
            assert!(
                e.count >= 1.0,
                "{metric:?} {images}/{messages}: {}",
                e.count
            );
            let amount = e.reference.amount.central;
            if e.turned {
                assert!(close(e.count * total.central, amount));
                // Turned round only when no reference is as small as the footprint.
                assert!(amount > total.central);
            } else {
                assert!(close(e.count * amount, total.central));
            }
        }
    }
    // One short reply is smaller than a web search: the sentence is turned round.
    let reply = Scenario {
        images: 0,
        messages: 1,
        tokens: 100,
        ..Scenario::default()
    };
    let energy = data().compute(&reply).total().get(Metric::Energy);
    let e = headline_equivalence(Metric::Energy, energy, data()).unwrap();
    assert!(e.turned, "{} {}", e.count, e.reference.id);
}

#[test]
fn an_empty_scenario_counts_zero() {
    let empty = Scenario {
        images: 0,
        messages: 0,
        ..Scenario::default()
    };
    let total = data().compute(&empty).total();
    for &metric in Metric::ALL {
        assert_eq!(
            headline_equivalence(metric, total.get(metric), data())
                .unwrap()
                .count,
            0.0
        );
    }
}

#[test]
fn the_week_of_images_is_seven_hundred_million_of_the_readers_image() {
    let scenario = Scenario::default();
    let week = week_of_images(&scenario, data()).expect("fact in the data");
    let one = per_unit(ClaimPer::Image, &scenario, data());
    assert!(close(week.energy_wh.central, 7e8 * one.energy_wh.central));
    assert!(close(week.water_l.high, 7e8 * one.water_l.high));
    // The reader's chat has nothing to do with it.
    let chatty = Scenario {
        messages: 900,
        ..scenario
    };
    assert_eq!(week_of_images(&chatty, data()), Some(week));
}

#[test]
fn collective_counts_are_proportional_to_the_total() {
    let total = data().compute(&Scenario::default()).total().energy_wh;
    let one = collective_rows(Metric::Energy, total, data());
    let many = collective_rows(Metric::Energy, total.scale(1000.0), data());
    assert!(!one.is_empty());
    for (a, b) in one.iter().zip(&many) {
        assert_eq!(a.id, b.id);
        assert!(close(b.count, 1000.0 * a.count));
    }
}

#[test]
fn a_multiple_of_the_scenario_is_never_below_one_and_absent_without_meaning() {
    // A press claim of 3.2 kWh against a 5 Wh pack: the gap a log axis hides.
    assert_eq!(multiple(3200.0, 5.0), Some(Multiple::Times(640.0)));
    assert_eq!(multiple(5.0, 5.0), Some(Multiple::Times(1.0)));
    assert_eq!(multiple(0.5, 6.0), Some(Multiple::Divided(12.0)));
    for (value, scenario) in [
        (0.0, 5.0),
        (5.0, 0.0),
        (-1.0, 5.0),
        (f64::NAN, 5.0),
        (5.0, f64::INFINITY),
        (f64::MAX, f64::MIN_POSITIVE),
        (f64::MIN_POSITIVE, f64::MAX),
    ] {
        assert_eq!(
            multiple(value, scenario),
            None,
            "{value} against {scenario}"
        );
    }
}

#[test]
fn a_multiple_is_written_as_each_language_writes_numbers() {
    assert_eq!(times(Multiple::Times(640.0), Lang::Fr), "×\u{a0}640");
    assert_eq!(times(Multiple::Divided(12.0), Lang::En), "÷\u{a0}12");
    assert_eq!(times(Multiple::Times(1.46), Lang::Fr), "×\u{a0}1,5");
    assert_eq!(times(Multiple::Times(12_345.0), Lang::En), "×\u{a0}12,000");
    assert_eq!(
        times(Multiple::Times(12_345.0), Lang::Fr),
        "×\u{a0}12\u{202F}000"
    );
}

#[test]
fn every_compared_thing_has_labels_in_every_language() {
    let ids = data()
        .equivalents()
        .iter()
        .chain(data().scale())
        .map(|r| r.id.as_ref())
        .chain(data().claims().iter().map(|c| c.id.as_ref()));
    for id in ids {
        for lang in Lang::ALL {
            for key in [
                format!("ref-{id}"),
                format!("ref-{id}-one"),
                format!("ref-{id}-many"),
            ] {
                assert_ne!(lang.strings().get(&key), key, "{} lacks {key}", lang.tag());
            }
        }
    }
}

#[test]
fn the_takeaway_places_the_reader_between_the_nearest_everyday_uses() {
    for images in [0, 4, 60, 200] {
        let scenario = Scenario {
            images,
            ..Scenario::default()
        };
        let footprint = data().compute(&scenario);
        for &metric in Metric::ALL {
            let rows = chart_rows(metric, &footprint, &scenario, data());
            let ours = footprint.total().get(metric).central;
            let (above, below) = neighbours(&rows);
            assert!(
                above.is_some() || below.is_some(),
                "{metric:?}: no reference at all"
            );
            for (row, larger) in [(above, true), (below, false)] {
                let Some(row) = row else { continue };
                assert_eq!(row.kind, RowKind::Reference);
                assert_eq!(
                    row.value.central >= ours,
                    larger,
                    "{metric:?} {images}: {}",
                    row.id
                );
                // Nearest: no other reference lies between the reader and it.
                let between = rows
                    .iter()
                    .filter(|r| r.kind == RowKind::Reference)
                    .any(|r| {
                        let v = r.value.central;
                        r.id != row.id
                            && if larger {
                                v >= ours && v < row.value.central
                            } else {
                                v < ours && v > row.value.central
                            }
                    });
                assert!(
                    !between,
                    "{metric:?} {images}: {} is not the nearest",
                    row.id
                );
            }
        }
    }
}
