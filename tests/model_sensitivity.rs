//! What moves the result: each swing is the model itself recomputed over the assumption's
//! sweep, independently of how `sensitivity` walks it.

use empreinte::data::Dataset;
use empreinte::model::{
    Assumption, ImageModel, Metric, RegionCode, Scenario, Swing, TOKENS_SWEPT, WaterScope,
    sensitivity,
};

fn energy(scenario: &Scenario) -> f64 {
    Dataset::embedded().compute(scenario).energy_wh.central
}

fn water(scenario: &Scenario) -> f64 {
    Dataset::embedded().compute(scenario).water_l.central
}

fn swing(swings: &[Swing], assumption: Assumption) -> Swing {
    *swings
        .iter()
        .find(|s| s.assumption == assumption)
        .expect("every assumption has a swing")
}

/// Lowest and highest of `values`, with the reader's own value.
fn span(current: f64, values: impl IntoIterator<Item = f64>) -> (f64, f64) {
    values
        .into_iter()
        .fold((current, current), |(lo, hi), v| (lo.min(v), hi.max(v)))
}

fn scenarios() -> Vec<Scenario> {
    let mut busy = Scenario {
        images: 40,
        messages: 300,
        training: true,
        ..Scenario::default()
    };
    busy.region = RegionCode::from_id("fr").unwrap();
    vec![
        Scenario::default(),
        busy,
        Scenario {
            images: 0,
            ..Scenario::default()
        },
        Scenario {
            pue: Some(2.5),
            wue: Some(0.0),
            water: WaterScope::Full,
            ..Scenario::default()
        },
    ]
}

#[test]
fn each_swing_is_the_model_recomputed_at_the_sweeps_ends() {
    let data = Dataset::embedded();
    let dc = &data.parameters().datacentre;
    for scenario in scenarios() {
        let swings = sensitivity(&scenario, data.parameters());
        let here = energy(&scenario);
        let with = |change: &dyn Fn(&mut Scenario)| {
            let mut s = scenario.clone();
            change(&mut s);
            s
        };
        let expected = [
            (
                Assumption::ImageModel,
                span(
                    here,
                    ImageModel::ALL
                        .iter()
                        .map(|&m| energy(&with(&|s| s.image_model = m))),
                ),
            ),
            (
                Assumption::Region,
                span(
                    here,
                    data.regions().map(|r| energy(&with(&|s| s.region = r))),
                ),
            ),
            (
                Assumption::Pue,
                span(
                    here,
                    [dc.pue.low, dc.pue.high].map(|v| energy(&with(&|s| s.pue = Some(v)))),
                ),
            ),
            (
                Assumption::Tokens,
                span(
                    here,
                    [TOKENS_SWEPT.0, TOKENS_SWEPT.1].map(|n| energy(&with(&|s| s.tokens = n))),
                ),
            ),
            (
                Assumption::Training,
                span(
                    here,
                    [false, true].map(|on| energy(&with(&|s| s.training = on))),
                ),
            ),
        ];
        for (assumption, (low, high)) in expected {
            let got = swing(&swings, assumption);
            assert_eq!(
                got.span(Metric::Energy),
                (low, high),
                "{assumption:?} for {scenario:?}"
            );
            assert_eq!(got.current(Metric::Energy), here);
        }
        let wue = swing(&swings, Assumption::Wue);
        let wue_ends = [dc.wue_l_per_kwh.low, dc.wue_l_per_kwh.high]
            .map(|v| water(&with(&|s| s.wue = Some(v))));
        assert_eq!(wue.span(Metric::Water), span(water(&scenario), wue_ends));
    }
}

#[test]
fn one_swing_per_assumption_sorted_by_energy_with_the_readers_value_inside() {
    let data = Dataset::embedded();
    for scenario in scenarios() {
        let swings = sensitivity(&scenario, data.parameters());
        assert_eq!(swings.len(), Assumption::ALL.len());
        for a in Assumption::ALL {
            assert_eq!(
                swings.iter().filter(|s| s.assumption == *a).count(),
                1,
                "{a:?}"
            );
        }
        for pair in swings.windows(2) {
            assert!(pair[0].width(Metric::Energy) >= pair[1].width(Metric::Energy));
        }
        for s in &swings {
            for &m in Metric::ALL {
                let (low, high) = s.span(m);
                assert!(low.is_finite() && high.is_finite() && low >= 0.0);
                assert!(low <= s.current(m) && s.current(m) <= high, "{s:?}");
            }
        }
    }
}

#[test]
fn what_cannot_move_a_metric_does_not() {
    let data = Dataset::embedded();
    let no_images = Scenario {
        images: 0,
        ..Scenario::default()
    };
    let swings = sensitivity(&no_images, data.parameters());
    for a in [Assumption::ImageModel, Assumption::Quality] {
        for &m in Metric::ALL {
            assert_eq!(
                swing(&swings, a).width(m),
                0.0,
                "{a:?} without images, {m:?}"
            );
        }
    }
    let swings = sensitivity(&Scenario::default(), data.parameters());
    for a in [Assumption::Wue, Assumption::Water, Assumption::Embodied] {
        assert_eq!(
            swing(&swings, a).width(Metric::Energy),
            0.0,
            "{a:?} leaves energy as it is"
        );
    }
    assert!(swing(&swings, Assumption::Wue).width(Metric::Water) > 0.0);
    assert!(swing(&swings, Assumption::Embodied).width(Metric::Co2) > 0.0);
}
