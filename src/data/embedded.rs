//! The shipped dataset, written by `make data` from `assets/data/*.toml` and checked
//! on the way (see `files`). Do not edit: edit the files, then run `make data`.

use std::borrow::Cow::Borrowed as B;

use super::{Claim, ClaimPer, Dataset, Reference, Said, Words};
use crate::model::{
    ChatModel, ChatModelParams, DataCentre, EcoLogitsMethod, EcoLogitsModel, EpochMethod,
    Estimate, ImageFamily, ImageModel, ImageModelParams, ImageQuality, Metric, Parameters,
    PublishedReply, QualityFactor, RegionCode, RegionParams,
};

pub(super) static DATASET: Dataset = Dataset {
    as_of: (2026, 12),
    parameters: Parameters {
        chat_models: B(&[
            ChatModelParams {
                model: ChatModel::Gemini35Flash,
                active_params_b: Estimate::new(90.0, 165.0, 240.0),
                ecologits: EcoLogitsModel {
                    active_params_b: Estimate::new(90.0, 165.0, 240.0),
                    total_params_b: Estimate::new(900.0, 900.0, 900.0),
                    tokens_per_s: Some(73.0),
                    ttft_s: Some(4.18),
                },
            },
            ChatModelParams {
                model: ChatModel::Gpt4o,
                active_params_b: Estimate::new(44.0, 100.0, 200.0),
                ecologits: EcoLogitsModel {
                    active_params_b: Estimate::new(44.0, 88.0, 132.0),
                    total_params_b: Estimate::new(440.0, 440.0, 440.0),
                    tokens_per_s: Some(74.0),
                    ttft_s: Some(0.61),
                },
            },
            ChatModelParams {
                model: ChatModel::Gpt4oMini,
                active_params_b: Estimate::new(8.0, 20.0, 28.0),
                ecologits: EcoLogitsModel {
                    active_params_b: Estimate::new(8.0, 18.0, 28.0),
                    total_params_b: Estimate::new(8.0, 18.0, 28.0),
                    tokens_per_s: Some(79.0),
                    ttft_s: Some(0.54),
                },
            },
            ChatModelParams {
                model: ChatModel::Gpt55,
                active_params_b: Estimate::new(90.0, 195.0, 300.0),
                ecologits: EcoLogitsModel {
                    active_params_b: Estimate::new(90.0, 195.0, 300.0),
                    total_params_b: Estimate::new(900.0, 900.0, 900.0),
                    tokens_per_s: Some(96.0),
                    ttft_s: Some(4.03),
                },
            },
            ChatModelParams {
                model: ChatModel::GptOss120b,
                active_params_b: Estimate::new(5.1, 5.1, 5.1),
                ecologits: EcoLogitsModel {
                    active_params_b: Estimate::new(5.1, 5.1, 5.1),
                    total_params_b: Estimate::new(117.0, 117.0, 117.0),
                    tokens_per_s: None,
                    ttft_s: None,
                },
            },
            ChatModelParams {
                model: ChatModel::Llama31_70b,
                active_params_b: Estimate::new(70.55, 70.55, 70.55),
                ecologits: EcoLogitsModel {
                    active_params_b: Estimate::new(70.55, 70.55, 70.55),
                    total_params_b: Estimate::new(70.55, 70.55, 70.55),
                    tokens_per_s: None,
                    ttft_s: None,
                },
            },
            ChatModelParams {
                model: ChatModel::MistralLarge,
                active_params_b: Estimate::new(123.0, 123.0, 123.0),
                ecologits: EcoLogitsModel {
                    active_params_b: Estimate::new(123.0, 123.0, 123.0),
                    total_params_b: Estimate::new(123.0, 123.0, 123.0),
                    tokens_per_s: None,
                    ttft_s: None,
                },
            },
            ChatModelParams {
                model: ChatModel::MistralLarge3,
                active_params_b: Estimate::new(41.0, 41.0, 41.0),
                ecologits: EcoLogitsModel {
                    active_params_b: Estimate::new(41.0, 41.0, 41.0),
                    total_params_b: Estimate::new(675.0, 675.0, 675.0),
                    tokens_per_s: Some(59.2),
                    ttft_s: Some(0.63),
                },
            },
            ChatModelParams {
                model: ChatModel::MistralMedium35,
                active_params_b: Estimate::new(128.0, 128.0, 128.0),
                ecologits: EcoLogitsModel {
                    active_params_b: Estimate::new(128.0, 128.0, 128.0),
                    total_params_b: Estimate::new(128.0, 128.0, 128.0),
                    tokens_per_s: Some(93.5),
                    ttft_s: Some(0.36),
                },
            },
        ]),
        epoch: EpochMethod {
            it_wh_per_param_b_token: Estimate::new(2.5067408156386925e-6, 5.013481631277385e-6, 1.002696326255477e-5),
            method_spread: Estimate::new(1.0, 1.0, 3.2),
        },
        ecologits: EcoLogitsMethod {
            gpu_wh_per_token_per_param_b: 1.1665273170451914e-6,
            gpu_energy_decay_per_batch: 0.011205921025579175,
            gpu_wh_per_token_floor: 4.052928146734005e-5,
            latency_s_per_token_per_param_b: 0.0006785088094353663,
            latency_s_per_token_per_batch: 0.0003119310311688259,
            latency_s_per_token_floor: 0.019473717579473387,
            batch_size: 64.0,
            gpu_memory_gb: 80.0,
            bytes_per_param: 2.0,
            memory_overhead: 1.2,
            server_power_w: 1200.0,
            gpus_per_server: 8.0,
        },
        google: PublishedReply {
            wall_wh: Estimate::new(0.24, 0.24, 0.24),
            pue: 1.09,
            reference_tokens: 400.0,
        },
        openai: PublishedReply {
            wall_wh: Estimate::new(0.34, 0.34, 0.34),
            pue: 1.2,
            reference_tokens: 400.0,
        },
        photo_it_wh: Estimate::new(0.015583333333333333, 0.14025, 0.2829592868448335),
        image_models: B(&[
            ImageModelParams {
                model: ImageModel::DallE3,
                family: ImageFamily::Diffusion,
                it_wh: Estimate::new(0.44, 2.9, 11.49),
            },
            ImageModelParams {
                model: ImageModel::Flux1,
                family: ImageFamily::Diffusion,
                it_wh: Estimate::new(2.098, 4.195, 4.416),
            },
            ImageModelParams {
                model: ImageModel::Gemini25FlashImage,
                family: ImageFamily::FixedTokens,
                it_wh: Estimate::new(0.71, 1.545, 4.278),
            },
            ImageModelParams {
                model: ImageModel::Gpt4o,
                family: ImageFamily::Autoregressive,
                it_wh: Estimate::new(1.26, 2.51, 4.5),
            },
            ImageModelParams {
                model: ImageModel::GptImage15,
                family: ImageFamily::Autoregressive,
                it_wh: Estimate::new(1.263, 2.311, 3.8),
            },
            ImageModelParams {
                model: ImageModel::GptImage2,
                family: ImageFamily::AutoregressiveV2,
                it_wh: Estimate::new(2.096, 3.837, 5.258),
            },
            ImageModelParams {
                model: ImageModel::Sd3Medium,
                family: ImageFamily::Diffusion,
                it_wh: Estimate::new(0.309, 0.634, 0.698),
            },
            ImageModelParams {
                model: ImageModel::Sdxl,
                family: ImageFamily::Diffusion,
                it_wh: Estimate::new(0.205, 0.442, 0.538),
            },
        ]),
        quality_factors: B(&[
            QualityFactor {
                family: ImageFamily::Autoregressive,
                quality: ImageQuality::Low,
                factor: Estimate::new(0.2576, 0.2576, 0.2576),
            },
            QualityFactor {
                family: ImageFamily::Autoregressive,
                quality: ImageQuality::Medium,
                factor: Estimate::new(1.0, 1.0, 1.0),
            },
            QualityFactor {
                family: ImageFamily::Autoregressive,
                quality: ImageQuality::High,
                factor: Estimate::new(3.9394, 3.9394, 3.9394),
            },
            QualityFactor {
                family: ImageFamily::AutoregressiveV2,
                quality: ImageQuality::Low,
                factor: Estimate::new(0.1116, 0.1116, 0.1116),
            },
            QualityFactor {
                family: ImageFamily::AutoregressiveV2,
                quality: ImageQuality::Medium,
                factor: Estimate::new(1.0, 1.0, 1.0),
            },
            QualityFactor {
                family: ImageFamily::AutoregressiveV2,
                quality: ImageQuality::High,
                factor: Estimate::new(4.0, 4.0, 4.0),
            },
            QualityFactor {
                family: ImageFamily::Diffusion,
                quality: ImageQuality::Low,
                factor: Estimate::new(0.213, 0.5, 0.769),
            },
            QualityFactor {
                family: ImageFamily::Diffusion,
                quality: ImageQuality::Medium,
                factor: Estimate::new(1.0, 1.0, 1.0),
            },
            QualityFactor {
                family: ImageFamily::Diffusion,
                quality: ImageQuality::High,
                factor: Estimate::new(1.3, 2.0, 4.7),
            },
            QualityFactor {
                family: ImageFamily::FixedTokens,
                quality: ImageQuality::Low,
                factor: Estimate::new(1.0, 1.0, 1.0),
            },
            QualityFactor {
                family: ImageFamily::FixedTokens,
                quality: ImageQuality::Medium,
                factor: Estimate::new(1.0, 1.0, 1.0),
            },
            QualityFactor {
                family: ImageFamily::FixedTokens,
                quality: ImageQuality::High,
                factor: Estimate::new(1.0, 1.0, 1.0),
            },
        ]),
        regions: B(&[
            RegionParams {
                region: RegionCode::from_static("world"),
                grid_g_per_kwh: Estimate::new(458.29, 458.29, 458.29),
                water_l_per_kwh: Estimate::new(3.908, 3.908, 3.908),
            },
            RegionParams {
                region: RegionCode::from_static("at"),
                grid_g_per_kwh: Estimate::new(116.91, 116.91, 116.91),
                water_l_per_kwh: Estimate::new(5.7222, 5.7222, 5.7222),
            },
            RegionParams {
                region: RegionCode::from_static("au"),
                grid_g_per_kwh: Estimate::new(525.18, 525.18, 525.18),
                water_l_per_kwh: Estimate::new(4.7293, 4.7293, 4.7293),
            },
            RegionParams {
                region: RegionCode::from_static("be"),
                grid_g_per_kwh: Estimate::new(149.82, 149.82, 149.82),
                water_l_per_kwh: Estimate::new(2.6198, 2.6198, 2.6198),
            },
            RegionParams {
                region: RegionCode::from_static("br"),
                grid_g_per_kwh: Estimate::new(109.95, 109.95, 109.95),
                water_l_per_kwh: Estimate::new(18.6033, 18.6033, 18.6033),
            },
            RegionParams {
                region: RegionCode::from_static("ca"),
                grid_g_per_kwh: Estimate::new(190.72, 190.72, 190.72),
                water_l_per_kwh: Estimate::new(8.1662, 8.1662, 8.1662),
            },
            RegionParams {
                region: RegionCode::from_static("ch"),
                grid_g_per_kwh: Estimate::new(39.22, 39.22, 39.22),
                water_l_per_kwh: Estimate::new(5.6641, 5.6641, 5.6641),
            },
            RegionParams {
                region: RegionCode::from_static("cn"),
                grid_g_per_kwh: Estimate::new(525.34, 525.34, 525.34),
                water_l_per_kwh: Estimate::new(6.0065, 6.0065, 6.0065),
            },
            RegionParams {
                region: RegionCode::from_static("cz"),
                grid_g_per_kwh: Estimate::new(401.46, 401.46, 401.46),
                water_l_per_kwh: Estimate::new(3.2133, 3.2133, 3.2133),
            },
            RegionParams {
                region: RegionCode::from_static("de"),
                grid_g_per_kwh: Estimate::new(329.65, 329.65, 329.65),
                water_l_per_kwh: Estimate::new(1.947, 1.947, 1.947),
            },
            RegionParams {
                region: RegionCode::from_static("dk"),
                grid_g_per_kwh: Estimate::new(114.41, 114.41, 114.41),
                water_l_per_kwh: Estimate::new(3.1935, 3.1935, 3.1935),
            },
            RegionParams {
                region: RegionCode::from_static("es"),
                grid_g_per_kwh: Estimate::new(153.6, 153.6, 153.6),
                water_l_per_kwh: Estimate::new(6.2088, 6.2088, 6.2088),
            },
            RegionParams {
                region: RegionCode::from_static("fi"),
                grid_g_per_kwh: Estimate::new(57.47, 57.47, 57.47),
                water_l_per_kwh: Estimate::new(4.5289, 4.5289, 4.5289),
            },
            RegionParams {
                region: RegionCode::from_static("fr"),
                grid_g_per_kwh: Estimate::new(41.44, 41.44, 41.44),
                water_l_per_kwh: Estimate::new(3.6737, 3.6737, 3.6737),
            },
            RegionParams {
                region: RegionCode::from_static("gb"),
                grid_g_per_kwh: Estimate::new(217.41, 217.41, 217.41),
                water_l_per_kwh: Estimate::new(2.329, 2.329, 2.329),
            },
            RegionParams {
                region: RegionCode::from_static("gr"),
                grid_g_per_kwh: Estimate::new(315.09, 315.09, 315.09),
                water_l_per_kwh: Estimate::new(5.1451, 5.1451, 5.1451),
            },
            RegionParams {
                region: RegionCode::from_static("ie"),
                grid_g_per_kwh: Estimate::new(256.54, 256.54, 256.54),
                water_l_per_kwh: Estimate::new(1.4769, 1.4769, 1.4769),
            },
            RegionParams {
                region: RegionCode::from_static("in"),
                grid_g_per_kwh: Estimate::new(670.13, 670.13, 670.13),
                water_l_per_kwh: Estimate::new(3.4368, 3.4368, 3.4368),
            },
            RegionParams {
                region: RegionCode::from_static("it"),
                grid_g_per_kwh: Estimate::new(284.78, 284.78, 284.78),
                water_l_per_kwh: Estimate::new(4.8374, 4.8374, 4.8374),
            },
            RegionParams {
                region: RegionCode::from_static("jp"),
                grid_g_per_kwh: Estimate::new(477.26, 477.26, 477.26),
                water_l_per_kwh: Estimate::new(2.3063, 2.3063, 2.3063),
            },
            RegionParams {
                region: RegionCode::from_static("kr"),
                grid_g_per_kwh: Estimate::new(417.06, 417.06, 417.06),
                water_l_per_kwh: Estimate::new(1.8877, 1.8877, 1.8877),
            },
            RegionParams {
                region: RegionCode::from_static("mx"),
                grid_g_per_kwh: Estimate::new(474.02, 474.02, 474.02),
                water_l_per_kwh: Estimate::new(5.3047, 5.3047, 5.3047),
            },
            RegionParams {
                region: RegionCode::from_static("nl"),
                grid_g_per_kwh: Estimate::new(253.56, 253.56, 253.56),
                water_l_per_kwh: Estimate::new(3.433, 3.433, 3.433),
            },
            RegionParams {
                region: RegionCode::from_static("no"),
                grid_g_per_kwh: Estimate::new(28.11, 28.11, 28.11),
                water_l_per_kwh: Estimate::new(6.6633, 6.6633, 6.6633),
            },
            RegionParams {
                region: RegionCode::from_static("pl"),
                grid_g_per_kwh: Estimate::new(588.6, 588.6, 588.6),
                water_l_per_kwh: Estimate::new(2.5135, 2.5135, 2.5135),
            },
            RegionParams {
                region: RegionCode::from_static("pt"),
                grid_g_per_kwh: Estimate::new(127.91, 127.91, 127.91),
                water_l_per_kwh: Estimate::new(9.5932, 9.5932, 9.5932),
            },
            RegionParams {
                region: RegionCode::from_static("se"),
                grid_g_per_kwh: Estimate::new(35.26, 35.26, 35.26),
                water_l_per_kwh: Estimate::new(6.0315, 6.0315, 6.0315),
            },
            RegionParams {
                region: RegionCode::from_static("tw"),
                grid_g_per_kwh: Estimate::new(633.21, 633.21, 633.21),
                water_l_per_kwh: Estimate::new(1.4886, 1.4886, 1.4886),
            },
            RegionParams {
                region: RegionCode::from_static("us"),
                grid_g_per_kwh: Estimate::new(384.4, 384.4, 384.4),
                water_l_per_kwh: Estimate::new(3.1321, 3.1321, 3.1321),
            },
        ]),
        datacentre: DataCentre {
            pue: Estimate::new(1.09, 1.2, 1.56),
            wue_l_per_kwh: Estimate::new(0.09, 0.569, 0.99),
            embodied_g_per_wh: Estimate::new(0.029411764705882353, 0.04201680672268908, 0.08571428571428572),
            embodied_g_per_gpu_s: 0.010416666666666666,
            training_share: Estimate::new(0.05, 0.3, 0.67),
        },
    },
    equivalents: B(&[
        Reference {
            id: B("email-co2"),
            metric: Metric::Co2,
            amount: Estimate::new(1.9, 2.46, 7.3),
        },
        Reference {
            id: B("ev-km"),
            metric: Metric::Energy,
            amount: Estimate::new(140.0, 170.0, 250.0),
        },
        Reference {
            id: B("french-person-day-co2"),
            metric: Metric::Co2,
            amount: Estimate::new(24900.0, 25800.0, 25800.0),
        },
        Reference {
            id: B("glass-of-water"),
            metric: Metric::Water,
            amount: Estimate::new(0.2, 0.25, 0.3),
        },
        Reference {
            id: B("kettle-1l"),
            metric: Metric::Energy,
            amount: Estimate::new(100.0, 110.0, 130.0),
        },
        Reference {
            id: B("laptop-hour"),
            metric: Metric::Energy,
            amount: Estimate::new(10.0, 26.5, 65.0),
        },
        Reference {
            id: B("led-bulb-hour"),
            metric: Metric::Energy,
            amount: Estimate::new(5.0, 10.0, 15.0),
        },
        Reference {
            id: B("microwave-minute"),
            metric: Metric::Energy,
            amount: Estimate::new(13.0, 18.0, 25.0),
        },
        Reference {
            id: B("petrol-car-km"),
            metric: Metric::Co2,
            amount: Estimate::new(145.0, 170.0, 246.0),
        },
        Reference {
            id: B("shower-minute"),
            metric: Metric::Water,
            amount: Estimate::new(6.0, 12.0, 16.0),
        },
        Reference {
            id: B("smartphone-charge"),
            metric: Metric::Energy,
            amount: Estimate::new(12.0, 15.0, 24.0),
        },
        Reference {
            id: B("streaming-hour-co2"),
            metric: Metric::Co2,
            amount: Estimate::new(46.0, 64.0, 114.0),
        },
        Reference {
            id: B("streaming-hour-energy"),
            metric: Metric::Energy,
            amount: Estimate::new(20.0, 77.0, 150.0),
        },
        Reference {
            id: B("tgv-km-co2"),
            metric: Metric::Co2,
            amount: Estimate::new(2.93, 2.93, 2.93),
        },
        Reference {
            id: B("toilet-flush"),
            metric: Metric::Water,
            amount: Estimate::new(3.0, 6.0, 12.0),
        },
        Reference {
            id: B("water-bottle-1-5l"),
            metric: Metric::Water,
            amount: Estimate::new(1.5, 1.5, 1.5),
        },
        Reference {
            id: B("web-search-co2"),
            metric: Metric::Co2,
            amount: Estimate::new(0.91, 1.23, 1.39),
        },
        Reference {
            id: B("web-search-energy"),
            metric: Metric::Energy,
            amount: Estimate::new(0.28, 0.3, 0.3),
        },
    ]),
    scale: B(&[
        Reference {
            id: B("france-carbon-footprint-year"),
            metric: Metric::Co2,
            amount: Estimate::new(644000000000000.0, 644000000000000.0, 644000000000000.0),
        },
        Reference {
            id: B("france-electricity-year"),
            metric: Metric::Energy,
            amount: Estimate::new(449200000000000.0, 449200000000000.0, 449200000000000.0),
        },
        Reference {
            id: B("french-home-electricity-year"),
            metric: Metric::Energy,
            amount: Estimate::new(2500000.0, 4500000.0, 10000000.0),
        },
        Reference {
            id: B("french-person-electricity-year"),
            metric: Metric::Energy,
            amount: Estimate::new(2223000.0, 2223000.0, 2365000.0),
        },
        Reference {
            id: B("french-person-water-year"),
            metric: Metric::Water,
            amount: Estimate::new(50005.0, 54020.0, 57305.0),
        },
        Reference {
            id: B("french-person-year-co2"),
            metric: Metric::Co2,
            amount: Estimate::new(9100000.0, 9400000.0, 9400000.0),
        },
        Reference {
            id: B("french-town-10k-electricity-all-sectors-year"),
            metric: Metric::Energy,
            amount: Estimate::new(65700000000.0, 65700000000.0, 65700000000.0),
        },
        Reference {
            id: B("french-town-10k-electricity-year"),
            metric: Metric::Energy,
            amount: Estimate::new(22200000000.0, 22500000000.0, 23700000000.0),
        },
        Reference {
            id: B("olympic-pool"),
            metric: Metric::Water,
            amount: Estimate::new(2500000.0, 2500000.0, 3750000.0),
        },
        Reference {
            id: B("tgv-paris-marseille-passenger-co2"),
            metric: Metric::Co2,
            amount: Estimate::new(2200.0, 2200.0, 2200.0),
        },
        Reference {
            id: B("tgv-paris-marseille-train-energy"),
            metric: Metric::Energy,
            amount: Estimate::new(12000000.0, 16000000.0, 20000000.0),
        },
    ]),
    facts: B(&[
        (B("chatgpt-images-first-week"), Estimate::new(700000000.0, 700000000.0, 700000000.0)),
    ]),
    claims: B(&[
        Claim {
            id: B("altman-chatgpt-0-34-wh"),
            metric: Metric::Energy,
            per: ClaimPer::Reply,
            featured: false,
            said: Said::Quote { text: B("the average query uses about 0.34 watt-hours, about what an oven would use in a little over one second, or a high-efficiency lightbulb would use in a couple of minutes"), lang: B("en") },
            outlet: Words {
                fr: B("Sam Altman, sur son blog"),
                en: B("Sam Altman, on his blog"),
            },
            date: B("2025-06-10"),
            amount: Estimate::new(0.34, 0.34, 0.34),
        },
        Claim {
            id: B("altman-chatgpt-water"),
            metric: Metric::Water,
            per: ClaimPer::Reply,
            featured: false,
            said: Said::Quote { text: B("It also uses about 0.000085 gallons of water; roughly one fifteenth of a teaspoon."), lang: B("en") },
            outlet: Words {
                fr: B("Sam Altman, sur son blog"),
                en: B("Sam Altman, on his blog"),
            },
            date: B("2025-06-10"),
            amount: Estimate::new(0.000322, 0.000322, 0.000322),
        },
        Claim {
            id: B("chatgpt-3-wh-10x-google"),
            metric: Metric::Energy,
            per: ClaimPer::Reply,
            featured: false,
            said: Said::Quote { text: B("As a standard Google search reportedly uses 0.3 Wh of electricity, this suggests an electricity consumption of approximately 3 Wh per LLM interaction."), lang: B("en") },
            outlet: Words {
                fr: B("Alex de Vries, revue Joule"),
                en: B("Alex de Vries, in Joule"),
            },
            date: B("2023-10"),
            amount: Estimate::new(3.0, 3.0, 3.0),
        },
        Claim {
            id: B("epoch-chatgpt-0-3-wh"),
            metric: Metric::Energy,
            per: ClaimPer::Reply,
            featured: false,
            said: Said::Quote { text: B("We find that typical ChatGPT queries using GPT-4o likely consume roughly 0.3 watt-hours, which is ten times less than the older estimate."), lang: B("en") },
            outlet: Words {
                fr: B("Epoch AI (Gradient Updates, Joshua You)"),
                en: B("Epoch AI (Gradient Updates, Joshua You)"),
            },
            date: B("2025-02"),
            amount: Estimate::new(0.3, 0.3, 0.3),
        },
        Claim {
            id: B("google-gemini-0-03-g"),
            metric: Metric::Co2,
            per: ClaimPer::Reply,
            featured: false,
            said: Said::Quote { text: B("0.03 grams of carbon dioxide equivalent"), lang: B("en") },
            outlet: Words {
                fr: B("Google, article technique et billet de blog"),
                en: B("Google, technical paper and blog post"),
            },
            date: B("2025-08"),
            amount: Estimate::new(0.03, 0.03, 0.03),
        },
        Claim {
            id: B("google-gemini-0-24-wh"),
            metric: Metric::Energy,
            per: ClaimPer::Reply,
            featured: false,
            said: Said::Quote { text: B("the median Gemini Apps text prompt consumes 0.24 Wh of energy"), lang: B("en") },
            outlet: Words {
                fr: B("Google, article technique et billet de blog"),
                en: B("Google, technical paper and blog post"),
            },
            date: B("2025-08"),
            amount: Estimate::new(0.24, 0.24, 0.24),
        },
        Claim {
            id: B("google-gemini-0-26-ml"),
            metric: Metric::Water,
            per: ClaimPer::Reply,
            featured: false,
            said: Said::Quote { text: B("0.26 milliliters of water (about five drops)"), lang: B("en") },
            outlet: Words {
                fr: B("Google, article technique et billet de blog"),
                en: B("Google, technical paper and blog post"),
            },
            date: B("2025-08"),
            amount: Estimate::new(0.00026, 0.00026, 0.00026),
        },
        Claim {
            id: B("image-1-6-wh-full-charge"),
            metric: Metric::Energy,
            per: ClaimPer::Image,
            featured: false,
            said: Said::Quote { text: B("une seule image de très bonne qualité générée par une IA nécessite environ 1,6 Wattheures, soit l’équivalent d’une charge complète de smartphone"), lang: B("fr") },
            outlet: Words {
                fr: B("Le360"),
                en: B("Le360"),
            },
            date: B("2025-04"),
            amount: Estimate::new(1.6, 1.6, 1.6),
        },
        Claim {
            id: B("image-one-phone-charge"),
            metric: Metric::Energy,
            per: ClaimPer::Image,
            featured: true,
            said: Said::Quote { text: B("Making an image with generative AI uses as much energy as charging your phone"), lang: B("en") },
            outlet: Words {
                fr: B("MIT Technology Review (Melissa Heikkilä)"),
                en: B("MIT Technology Review (Melissa Heikkilä)"),
            },
            date: B("2023-12-01"),
            amount: Estimate::new(11.49, 11.49, 11.49),
        },
        Claim {
            id: B("impactco2-chatgpt-5-g"),
            metric: Metric::Co2,
            per: ClaimPer::Reply,
            featured: false,
            said: Said::Paraphrase(Words {
                fr: B("Une requête ChatGPT\u{a0}: 5,22\u{202f}g de CO₂e"),
                en: B("One ChatGPT request: 5.22\u{202f}g CO₂e"),
            }),
            outlet: Words {
                fr: B("ADEME, Impact CO2 (fichier de données, publié quelques jours)"),
                en: B("ADEME, Impact CO2 (data file, published for a few days)"),
            },
            date: B("2025-02-10"),
            amount: Estimate::new(5.22, 5.22, 5.22),
        },
        Claim {
            id: B("starter-pack-half-phone-charge"),
            metric: Metric::Energy,
            per: ClaimPer::Image,
            featured: true,
            said: Said::Quote { text: B("chaque génération d’image via l’IA consomme autant d’énergie que recharger un téléphone à moitié"), lang: B("fr") },
            outlet: Words {
                fr: B("Journal du Geek"),
                en: B("Journal du Geek"),
            },
            date: B("2025-04-14"),
            amount: Estimate::new(6.0, 7.5, 12.0),
        },
        Claim {
            id: B("starter-pack-water-2-5l"),
            metric: Metric::Water,
            per: ClaimPer::Image,
            featured: true,
            said: Said::Quote { text: B("Deux à cinq litres d’eau nécessaires pour une image"), lang: B("fr") },
            outlet: Words {
                fr: B("Libération"),
                en: B("Libération"),
            },
            date: B("2025-04-18"),
            amount: Estimate::new(2.0, 3.5, 5.0),
        },
    ]),
};
