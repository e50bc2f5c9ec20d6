//! AI video: the clip figures reproduce their sources, the length and the rest of the server
//! scale them as the data says, and the evidence follows what the figure rests on.

use empreinte::data::Dataset;
use empreinte::model::{
    Activity, Estimate, Evidence, Parameters, Scenario, VideoModel, compute, evidence,
};

/// One clip and nothing else, at PUE 1, nothing optional counted.
fn one_clip(model: VideoModel, seconds: u32) -> Scenario {
    Scenario {
        images: 0,
        messages: 0,
        videos: 1,
        video_model: model,
        video_seconds: seconds,
        pue: Some(1.0),
        ..Scenario::default()
    }
}

/// The shipped parameters with the rest of the server and the length scaling set to 1.
fn without_overheads() -> Parameters {
    let mut params = Dataset::embedded().parameters().clone();
    params.video.server_factor = Estimate::exact(1.0);
    params.video.length_exponent = Estimate::exact(0.0);
    params
}

fn close(a: f64, b: f64, relative: f64) -> bool {
    (a - b).abs() <= relative * b.abs()
}

/// ML.ENERGY leaderboard v3, text-to-video (`public/data/tasks/text-to-video.json`): GPU
/// joules per clip on one H100 with one clip at a time, and the least and most over all
/// configurations.
const ML_ENERGY_JOULES: [(VideoModel, f64, f64, f64); 5] = [
    (VideoModel::Wan21_14b, 284_390.0, 289_253.0, 500_462.0),
    (VideoModel::Wan21_1_3b, 60_885.0, 64_672.0, 118_102.0),
    (
        VideoModel::HunyuanVideo,
        1_160_152.0,
        1_164_112.0,
        1_486_296.0,
    ),
    (VideoModel::CogVideoX15_5b, 309_241.0, 335_359.0, 426_736.0),
    (VideoModel::CogVideoX2b, 26_360.0, 28_614.0, 29_507.0),
];

#[test]
fn with_the_overheads_set_to_one_a_clip_is_ml_energys_gpu_joules() {
    let params = without_overheads();
    for (model, low, central, high) in ML_ENERGY_JOULES {
        let energy = compute(&one_clip(model, 5), &params).energy_wh;
        for (ours, theirs) in [
            (energy.low, low),
            (energy.central, central),
            (energy.high, high),
        ] {
            assert!(
                close(ours * 3600.0, theirs, 1e-6),
                "{model:?}: {} J, ML.ENERGY {theirs} J",
                ours * 3600.0
            );
        }
    }
}

#[test]
fn clips_add_up_and_land_in_the_videos_part() {
    let data = Dataset::embedded();
    let one = data.compute(&one_clip(VideoModel::Veo31, 8));
    let three = data.compute(&Scenario {
        videos: 3,
        ..one_clip(VideoModel::Veo31, 8)
    });
    assert!(close(
        three.energy_wh.central,
        3.0 * one.energy_wh.central,
        1e-12
    ));
    assert_eq!(three.by_activity.get(Activity::Videos), three.total());
    let none = data.compute(&Scenario::default());
    assert_eq!(none.by_activity.videos.energy_wh, Estimate::ZERO);
}

#[test]
fn a_gpu_figure_gets_the_rest_of_the_server_and_a_server_figure_does_not() {
    let data = Dataset::embedded();
    let params = data.parameters();
    let factor = params.video.server_factor;
    assert!(factor.low >= 1.0 && factor.central > factor.low);
    // Veo 3.1 is EcoLogits' whole-server figure for 8 s: at PUE 1 it is that figure as it stands.
    let veo = data.compute(&one_clip(VideoModel::Veo31, 8)).energy_wh;
    assert!(close(veo.central, 39.53, 1e-9), "{veo:?}");
    assert!(close(veo.low, 25.38, 1e-9) && close(veo.high, 55.59, 1e-9));
    // Wan 2.1 14B is a GPU figure: its central is the GPUs' times the server factor's.
    let wan = compute(
        &one_clip(VideoModel::Wan21_14b, 5),
        &Parameters {
            video: empreinte::model::VideoMethod {
                length_exponent: Estimate::exact(0.0),
                ..params.video.clone()
            },
            ..params.clone()
        },
    )
    .energy_wh;
    assert!(close(
        wan.central,
        289_253.0 / 3600.0 * factor.central,
        1e-6
    ));
}

#[test]
fn a_clip_of_another_length_scales_by_the_ratio_of_lengths_to_a_power_from_0_6_to_2() {
    let method = &Dataset::embedded().parameters().video;
    assert_eq!(method.length_exponent, Estimate::new(0.6, 1.0, 2.0));
    assert_eq!(method.length_factor(8.0, 8.0), Estimate::exact(1.0));
    let twice = method.length_factor(16.0, 8.0);
    assert!(close(twice.low, 2f64.powf(0.6), 1e-12) && close(twice.high, 4.0, 1e-12));
    assert!(close(twice.central, 2.0, 1e-12));
    // Shorter: the quadratic bound is now the low one.
    let half = method.length_factor(4.0, 8.0);
    assert!(close(half.low, 0.25, 1e-12) && close(half.high, 0.5f64.powf(0.6), 1e-12));
    assert!(half.is_ordered());
    // Longer clips cost more, at every bound.
    let data = Dataset::embedded();
    let at = |s: u32| data.compute(&one_clip(VideoModel::Sora2Pro, s)).energy_wh;
    for s in 1..60 {
        let (a, b) = (at(s), at(s + 1));
        assert!(
            a.low < b.low && a.central < b.central && a.high < b.high,
            "{s} s"
        );
    }
}

/// EcoLogits 0.11.3 itself, run on 4-second clips (`video_impacts(model, resolution, 4,
/// datacenter_pue=1.0)`: its low and high, at the server's 2.5 and 97.5 % power): our 4-second
/// clip, scaled from the 8-second figure, must fall inside.
#[test]
fn a_four_second_clip_falls_within_ecologits_own_four_second_figures() {
    let data = Dataset::embedded();
    for (model, low, high) in [
        (VideoModel::Veo31, 16.374876, 35.869741),
        (VideoModel::Veo31Hd, 27.743626, 60.773388),
        (VideoModel::Sora2Pro, 150.299582, 255.535152),
        (VideoModel::Sora2ProHd, 249.733435, 424.589812),
    ] {
        let ours = data.compute(&one_clip(model, 4)).energy_wh;
        assert!(
            low <= ours.central && ours.central <= high,
            "{model:?}: {ours:?} vs EcoLogits {low}-{high} Wh"
        );
    }
}

#[test]
fn a_clips_evidence_is_its_figures_and_our_scaling_when_used() {
    let params = Dataset::embedded().parameters();
    let at = |model, seconds| {
        let mut s = one_clip(model, seconds);
        s.wue = Some(0.5);
        evidence(&s, params).videos
    };
    // A closed service at its figure's own length rests on EcoLogits' estimate...
    assert_eq!(at(VideoModel::Veo31, 8), Some(Evidence::Estimated));
    // ...and on our own length scaling at any other length.
    assert_eq!(at(VideoModel::Veo31, 9), Some(Evidence::Ours));
    // A GPU measurement needs our estimate of the rest of the server.
    assert_eq!(at(VideoModel::Wan21_14b, 5), Some(Evidence::Ours));
    assert_eq!(evidence(&Scenario::default(), params).videos, None);
}

#[test]
fn every_video_model_has_a_finite_ordered_figure_at_every_length() {
    let data = Dataset::embedded();
    for &model in VideoModel::ALL {
        for seconds in [0, 1, 8, 60, 10_000] {
            let f = data.compute(&one_clip(model, seconds));
            for e in [f.energy_wh, f.co2_g, f.water_l] {
                assert!(
                    e.is_ordered() && e.low > 0.0,
                    "{model:?} {seconds} s: {e:?}"
                );
            }
        }
    }
}

#[test]
fn the_video_generator_moves_the_result_only_when_there_are_clips() {
    use empreinte::model::{Assumption, sensitivity};
    let data = Dataset::embedded();
    let swing = |s: &Scenario| {
        *sensitivity(s, data.parameters())
            .iter()
            .find(|w| w.assumption == Assumption::VideoModel)
            .expect("a video generator row")
    };
    let without = swing(&Scenario::default());
    assert_eq!(without.width(empreinte::model::Metric::Energy), 0.0);
    let clips = Scenario {
        videos: 2,
        ..Scenario::default()
    };
    let energies: Vec<f64> = VideoModel::ALL
        .iter()
        .map(|&m| {
            data.compute(&Scenario {
                video_model: m,
                ..clips.clone()
            })
            .energy_wh
            .central
        })
        .collect();
    let lowest = energies.iter().copied().fold(f64::INFINITY, f64::min);
    let highest = energies.iter().copied().fold(0.0, f64::max);
    let span = swing(&clips).span(empreinte::model::Metric::Energy);
    assert!(close(span.0, lowest, 1e-12) && close(span.1, highest, 1e-12));
}

#[test]
fn a_link_with_a_weekly_clip_restores_it_and_the_preset_is_one_clip() {
    use empreinte::model::Period;
    use empreinte::url::{Preset, parse, to_query};
    let parsed = parse("videos=1&video_seconds=8&per=week");
    assert_eq!(parsed.notices, []);
    let s = &parsed.state.scenario;
    assert_eq!((s.videos, s.video_seconds, s.per), (1, 8, Period::Week));
    assert_eq!(parse(&to_query(&parsed.state)).state, parsed.state);
    let clip = Preset::VideoClip.scenario();
    assert_eq!((clip.videos, clip.images, clip.messages), (1, 0, 0));
    // Bad values get a notice and keep the default.
    let bad = parse("video_model=sora-9&video_seconds=0&videos=-3");
    assert_eq!(bad.notices.len(), 3);
    let d = Scenario::default();
    assert_eq!(bad.state.scenario.video_model, d.video_model);
    assert_eq!(bad.state.scenario.video_seconds, 1);
    assert_eq!(bad.state.scenario.videos, 0);
}

#[test]
fn clips_stay_out_of_the_figure_per_image_set_beside_claims() {
    use empreinte::compare::per_unit;
    use empreinte::data::ClaimPer;
    let data = Dataset::embedded();
    let with_clips = Scenario {
        videos: 5,
        ..Scenario::default()
    };
    for per in [ClaimPer::Image, ClaimPer::Reply] {
        assert_eq!(
            per_unit(per, &with_clips, data),
            per_unit(per, &Scenario::default(), data)
        );
    }
}

#[test]
fn of_parts_equally_weak_the_one_using_most_energy_is_named() {
    use empreinte::model::EvidenceByActivity;
    let parts = EvidenceByActivity {
        images: Some(Evidence::Ours),
        videos: Some(Evidence::Ours),
        chat: Some(Evidence::Estimated),
        extras: None,
    };
    let weight = |big: Activity| move |a: Activity| if a == big { 10.0 } else { 1.0 };
    assert_eq!(
        parts.weakest_part(weight(Activity::Videos)),
        Some((Activity::Videos, Evidence::Ours))
    );
    assert_eq!(
        parts.weakest_part(weight(Activity::Images)),
        Some((Activity::Images, Evidence::Ours))
    );
    // The chat weighs most but is not the weakest.
    assert_eq!(
        parts.weakest_part(weight(Activity::Chat)),
        Some((Activity::Images, Evidence::Ours))
    );
}
