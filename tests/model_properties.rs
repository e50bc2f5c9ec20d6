//! Properties of the model over a deterministic sweep of scenarios: zero in
//! gives zero out, linear in counts, monotone in every quantity, ranges
//! ordered, everything finite, breakdowns adding up, bad input clamped.

use std::borrow::Cow;

use empreinte::data::Dataset;
use empreinte::model::{
    Activity, ChatModel, ChatSource, Estimate, Footprint, ImageModel, ImageQuality, Impact,
    RegionCode, Scenario, Stage, WaterScope,
};

fn compute(scenario: &Scenario) -> Footprint {
    Dataset::embedded().compute(scenario)
}

/// Every combination of the enumerated choices, with shares on and off.
fn all_choices(base: &Scenario) -> Vec<Scenario> {
    let mut out = Vec::new();
    for &image_model in ImageModel::ALL {
        for &quality in ImageQuality::ALL {
            for &chat_model in ChatModel::ALL {
                for &chat_source in ChatSource::ALL {
                    for &water in WaterScope::ALL {
                        for shares in [false, true] {
                            out.push(Scenario {
                                image_model,
                                quality,
                                chat_model,
                                chat_source,
                                water,
                                embodied: shares,
                                training: shares,
                                ..base.clone()
                            });
                        }
                    }
                }
            }
        }
    }
    out
}

fn regions() -> Vec<RegionCode> {
    Dataset::embedded().regions().collect()
}

fn bounds(e: Estimate) -> [f64; 3] {
    [e.low, e.central, e.high]
}

fn metrics(i: Impact) -> [Estimate; 3] {
    [i.energy_wh, i.co2_g, i.water_l]
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1e-12)
}

fn impacts_close(a: Impact, b: Impact) -> bool {
    metrics(a)
        .iter()
        .zip(metrics(b))
        .all(|(x, y)| bounds(*x).iter().zip(bounds(y)).all(|(p, q)| close(*p, q)))
}

#[test]
fn zero_in_gives_zero_out() {
    let idle = Scenario {
        images: 0,
        messages: 0,
        photos: 0,
        ..Scenario::default()
    };
    for scenario in all_choices(&idle) {
        assert_eq!(compute(&scenario).total(), Impact::ZERO, "{scenario:?}");
    }
    // Replies of zero tokens cost nothing either.
    let empty_replies = Scenario {
        images: 0,
        messages: 50,
        tokens: 0,
        ..Scenario::default()
    };
    for scenario in all_choices(&empty_replies) {
        assert_eq!(compute(&scenario).total(), Impact::ZERO, "{scenario:?}");
    }
}

#[test]
fn footprint_is_linear_in_each_count() {
    let base = Scenario {
        images: 0,
        messages: 0,
        photos: 0,
        ..Scenario::default()
    };
    let setters: [fn(&mut Scenario, u32); 3] = [
        |s, n| s.images = n,
        |s, n| s.messages = n,
        |s, n| s.photos = n,
    ];
    for scenario in all_choices(&base) {
        for set in setters {
            let mut one = scenario.clone();
            set(&mut one, 3);
            let mut many = scenario.clone();
            set(&mut many, 30);
            let (one, many) = (compute(&one).total(), compute(&many).total());
            let tenfold = Impact {
                energy_wh: one.energy_wh.scale(10.0),
                co2_g: one.co2_g.scale(10.0),
                water_l: one.water_l.scale(10.0),
            };
            assert!(impacts_close(many, tenfold), "{scenario:?}");
        }
    }
}

#[test]
fn activities_add_up_independently() {
    for scenario in all_choices(&Scenario {
        images: 7,
        messages: 40,
        photos: 3,
        ..Scenario::default()
    }) {
        let alone = |images, messages, photos| {
            compute(&Scenario {
                images,
                messages,
                photos,
                ..scenario.clone()
            })
            .total()
        };
        let sum = alone(7, 0, 0) + alone(0, 40, 0) + alone(0, 0, 3);
        assert!(
            impacts_close(compute(&scenario).total(), sum),
            "{scenario:?}"
        );
    }
}

/// Every bound of every metric of `bigger` is at least that of `smaller`.
fn assert_not_less(bigger: &Scenario, smaller: &Scenario) {
    let (b, s) = (compute(bigger).total(), compute(smaller).total());
    for (mb, ms) in metrics(b).iter().zip(metrics(s)) {
        for (xb, xs) in bounds(*mb).iter().zip(bounds(ms)) {
            assert!(*xb >= xs * (1.0 - 1e-12), "{bigger:?}\nnot >= {smaller:?}");
        }
    }
}

#[test]
fn footprint_never_decreases_when_a_quantity_grows() {
    let base = Scenario {
        images: 5,
        messages: 20,
        photos: 2,
        pue: Some(1.3),
        wue: Some(0.5),
        ..Scenario::default()
    };
    let grow: [fn(&mut Scenario); 8] = [
        |s| s.images += 1,
        |s| s.messages += 10,
        |s| s.tokens += 100,
        |s| s.photos += 1,
        |s| s.pue = s.pue.map(|p| p + 0.2),
        |s| s.wue = s.wue.map(|w| w + 0.5),
        |s| s.embodied = true,
        |s| s.training = true,
    ];
    for scenario in all_choices(&base) {
        for g in grow {
            let mut bigger = scenario.clone();
            g(&mut bigger);
            assert_not_less(&bigger, &scenario);
        }
        let onsite = Scenario {
            water: WaterScope::Onsite,
            ..scenario.clone()
        };
        let full = Scenario {
            water: WaterScope::Full,
            ..scenario.clone()
        };
        assert_not_less(&full, &onsite);
    }
}

#[test]
fn quality_levels_are_ordered_for_every_image_model() {
    for &image_model in ImageModel::ALL {
        let at = |quality| Scenario {
            images: 1,
            messages: 0,
            image_model,
            quality,
            ..Scenario::default()
        };
        assert_not_less(&at(ImageQuality::Medium), &at(ImageQuality::Low));
        assert_not_less(&at(ImageQuality::High), &at(ImageQuality::Medium));
    }
}

#[test]
fn ranges_are_ordered_and_finite_everywhere() {
    let counts = [(0, 0, 0), (1, 1, 1), (200, 1000, 200)];
    for region in regions() {
        for (images, messages, photos) in counts {
            for (pue, wue) in [
                (None, None),
                (Some(1.0), Some(0.0)),
                (Some(3.0), Some(10.0)),
            ] {
                let base = Scenario {
                    images,
                    messages,
                    photos,
                    region,
                    pue,
                    wue,
                    ..Scenario::default()
                };
                for scenario in all_choices(&base) {
                    let f = compute(&scenario);
                    let parts = Activity::ALL
                        .iter()
                        .map(|&a| f.by_activity.get(a))
                        .chain(Stage::ALL.iter().map(|&s| f.by_stage.get(s)))
                        .chain([f.total()]);
                    for part in parts {
                        for m in metrics(part) {
                            assert!(m.is_ordered() && m.low >= 0.0, "{m:?} in {scenario:?}");
                        }
                    }
                }
            }
        }
    }
}

#[test]
fn breakdowns_add_up_to_the_totals() {
    for scenario in all_choices(&Scenario {
        photos: 2,
        ..Scenario::default()
    }) {
        let f = compute(&scenario);
        assert!(
            impacts_close(f.by_activity.total(), f.total()),
            "{scenario:?}"
        );
        assert!(impacts_close(f.by_stage.total(), f.total()), "{scenario:?}");
    }
}

#[test]
fn embodied_stage_is_greenhouse_gases_only_and_off_by_default() {
    let off = compute(&Scenario::default());
    assert_eq!(off.by_stage.embodied, Impact::ZERO);
    assert_eq!(off.by_stage.training, Impact::ZERO);
    let on = compute(&Scenario {
        embodied: true,
        ..Scenario::default()
    });
    assert_eq!(on.by_stage.embodied.energy_wh, Estimate::ZERO);
    assert_eq!(on.by_stage.embodied.water_l, Estimate::ZERO);
    assert!(on.by_stage.embodied.co2_g.central > 0.0);
}

#[test]
fn out_of_range_input_is_clamped_not_propagated() {
    let wild = Scenario {
        images: u32::MAX,
        messages: u32::MAX,
        tokens: u32::MAX,
        photos: u32::MAX,
        pue: Some(f64::NAN),
        wue: Some(f64::INFINITY),
        ..Scenario::default()
    };
    let clamped = wild.clamped();
    assert_eq!(clamped.images, Scenario::MAX_IMAGES);
    assert_eq!(clamped.messages, Scenario::MAX_MESSAGES);
    assert_eq!(clamped.tokens, Scenario::MAX_TOKENS);
    assert_eq!(clamped.photos, Scenario::MAX_PHOTOS);
    assert_eq!(clamped.pue, None, "NaN override dropped");
    assert_eq!(clamped.wue, None, "infinite override dropped");
    assert_eq!(compute(&wild), compute(&clamped));
    for m in metrics(compute(&wild).total()) {
        assert!(m.is_ordered(), "{m:?}");
    }

    let below = Scenario {
        pue: Some(0.2),
        wue: Some(-4.0),
        ..Scenario::default()
    }
    .clamped();
    assert_eq!((below.pue, below.wue), (Some(1.0), Some(0.0)));
    assert_eq!(
        Scenario::default().clamped(),
        Scenario::default(),
        "defaults are in range"
    );
}

#[test]
fn unknown_region_falls_back_to_the_world_average() {
    let unknown = RegionCode::from_id("zz").expect("well-formed code");
    let here = Scenario {
        region: unknown,
        ..Scenario::default()
    };
    let world = Scenario {
        region: RegionCode::WORLD,
        ..Scenario::default()
    };
    assert_eq!(compute(&here), compute(&world));
}

#[test]
fn dirtier_grid_and_thirstier_electricity_give_more_co2_and_water() {
    let params = Dataset::embedded().parameters();
    let at = |region| {
        compute(&Scenario {
            region,
            ..Scenario::default()
        })
        .total()
    };
    for a in params.regions.iter() {
        for b in params.regions.iter() {
            if a.grid_g_per_kwh.central <= b.grid_g_per_kwh.central {
                assert!(at(a.region).co2_g.central <= at(b.region).co2_g.central);
            }
            if a.water_l_per_kwh.central <= b.water_l_per_kwh.central {
                assert!(at(a.region).water_l.central <= at(b.region).water_l.central);
            }
        }
    }
}

#[test]
fn parameters_missing_entries_give_zero_not_a_panic() {
    // The data layer refuses incomplete files; the model still copes with any
    // `Parameters` it is handed (e.g. in a test or a future data source).
    let mut params = Dataset::embedded().parameters().clone();
    params.chat_models = Cow::Borrowed(&[]);
    params.image_models = Cow::Borrowed(&[]);
    params.quality_factors = Cow::Borrowed(&[]);
    params.regions = Cow::Borrowed(&[]);
    let f = empreinte::model::compute(
        &Scenario {
            photos: 0,
            ..Scenario::default()
        },
        &params,
    );
    assert_eq!(f.total(), Impact::ZERO);
}
