//! What a range means (see `Estimate`): each factor's low/high is a 5–95 % band, and
//! independent factors combine with their logarithmic half-widths in quadrature, not
//! extreme × extreme. Checked on generated factors (proptest, 2,000 cases each) and on
//! the shipped model, where every image model and quality is compared with the product
//! of its own extremes.
//!
//! Native only: proptest does not build for wasm32 (see Cargo.toml).
#![cfg(not(target_arch = "wasm32"))]

use empreinte::data::Dataset;
use empreinte::model::{Estimate, ImageModel, ImageQuality, Scenario};
use proptest::prelude::*;

const CASES: u32 = 2000;

/// Relative floating-point slack for bounds that should be equal or ordered: the
/// combination goes through `ln`, `hypot` and `exp`, a few ulps each.
const ULPS: f64 = 1e-12;

/// An ordered, positive range: a central value and two multiplicative spreads.
fn factor() -> impl Strategy<Value = Estimate> {
    (1e-6..1e6f64, 1.0..50.0f64, 1.0..50.0f64).prop_map(|(central, below, above)| {
        Estimate::new(central / below, central, central * above)
    })
}

fn exact() -> impl Strategy<Value = Estimate> {
    (1e-6..1e6f64).prop_map(Estimate::exact)
}

fn near(a: f64, b: f64) -> bool {
    (a - b).abs() <= ULPS * a.abs().max(b.abs())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(CASES))]

    #[test]
    fn one_uncertain_factor_gives_back_its_own_bounds(a in factor(), k in exact()) {
        let product = a * k;
        prop_assert!(near(product.low, a.low * k.central), "{product:?}");
        prop_assert!(near(product.central, a.central * k.central), "{product:?}");
        prop_assert!(near(product.high, a.high * k.central), "{product:?}");
        prop_assert_eq!(k * a, product, "order does not matter");
    }

    #[test]
    fn combined_range_is_ordered_and_never_wider_than_the_extremes(
        a in factor(),
        b in factor(),
    ) {
        let p = a * b;
        prop_assert!(p.is_ordered(), "{p:?}");
        prop_assert!(p.low >= a.low * b.low * (1.0 - ULPS), "{p:?}");
        prop_assert!(p.high <= a.high * b.high * (1.0 + ULPS), "{p:?}");
        prop_assert!(near(p.central, a.central * b.central));
        // Strictly narrower when both factors are uncertain on that side.
        if a.high > a.central * 1.01 && b.high > b.central * 1.01 {
            prop_assert!(p.high < a.high * b.high, "{p:?}");
        }
    }

    #[test]
    fn two_equal_spreads_widen_by_the_square_root_of_two(central in 1e-3..1e3f64, spread in 1.01..20.0f64) {
        // Log-normal: ln-widths add in quadrature, so two factors each ×spread at the 95 %
        // bound give ×spread^√2, not ×spread².
        let f = Estimate::new(central / spread, central, central * spread);
        let p = f * f;
        let expected = central * central * spread.powf(std::f64::consts::SQRT_2);
        prop_assert!((p.high - expected).abs() <= 1e-9 * expected, "{p:?}");
    }

    #[test]
    fn a_zero_factor_gives_zero(a in factor()) {
        prop_assert_eq!(a * Estimate::ZERO, Estimate::ZERO);
    }
}

#[test]
fn a_zero_low_bound_stays_zero_and_ordered() {
    let p = Estimate::new(0.0, 2.0, 3.0) * Estimate::new(1.0, 2.0, 4.0);
    assert_eq!(p.low, 0.0);
    assert!(
        p.is_ordered() && p.central == 4.0 && p.high <= 12.0,
        "{p:?}"
    );
}

/// One image, IT energy only (PUE 1), so the result is model × quality alone.
fn one_image(model: ImageModel, quality: ImageQuality) -> Estimate {
    Dataset::embedded()
        .compute(&Scenario {
            images: 1,
            messages: 0,
            photos: 0,
            image_model: model,
            quality,
            pue: Some(1.0),
            ..Scenario::default()
        })
        .energy_wh
}

#[test]
fn image_quality_never_multiplies_a_range_already_at_its_worst() {
    let p = Dataset::embedded().parameters();
    for &model in ImageModel::ALL {
        let params = p.image_model(model).expect("every model");
        for &quality in ImageQuality::ALL {
            let q = p
                .quality_factor(params.family, quality)
                .expect("every quality");
            let e = one_image(model, quality);
            let what = format!("{} {}", model.id(), quality.id());
            assert!(e.is_ordered(), "{what}: {e:?}");
            assert!(
                e.high <= params.it_wh.high * q.high * (1.0 + ULPS),
                "{what}"
            );
            assert!(e.low >= params.it_wh.low * q.low * (1.0 - ULPS), "{what}");
            let both_uncertain = params.it_wh.high > params.it_wh.central && q.high > q.central;
            if both_uncertain {
                assert!(
                    e.high < params.it_wh.high * q.high,
                    "{what}: extreme × extreme"
                );
            }
        }
    }
}
