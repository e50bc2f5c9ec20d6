//! The shipped dataset, written by `make data` from `assets/data/*.toml` and checked
//! on the way (see `files`). Do not edit: edit the files, then run `make data`.

use std::borrow::Cow::Borrowed as B;

use super::{
    Claim, ClaimPer, Dataset, OwnEstimate, Reasoning, Reference, Said, Source, Title, Words,
};
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
    sources: B(&[
        Source {
            id: B("epoch-2025"),
            authors: B("Josh You (Epoch AI), Alex Erben, Ege Erdil"),
            title: Title::Published { text: B("How much energy does ChatGPT use?"), lang: B("en") },
            publisher: B("Epoch AI, Gradient Updates"),
            year: 2025,
            url: B("https://epoch.ai/gradient-updates/how-much-energy-does-chatgpt-use"),
            about: Words {
                fr: B("Estimation, pas une mesure\u{a0}: une requête GPT-4o typique (environ 500\u{a0}jetons générés) consommerait environ 0,3\u{a0}Wh, et 0,06\u{a0}Wh avec un modèle plus petit comme GPT-4o mini. Calcul publié\u{a0}: 2 opérations par paramètre actif (100\u{a0}milliards supposés) et par jeton, sur GPU H100 utilisés à 10\u{202f}%, serveur entier compris (1\u{202f}275\u{a0}W nominaux par GPU, consommés à 70\u{202f}% en moyenne) et surcoût du centre de données (PUE 1,2)."),
                en: B("An estimate, not a measurement: a typical GPT-4o query (about 500 output tokens) would use about 0.3 Wh, and 0.06 Wh with a smaller model such as GPT-4o mini. Published calculation: 2 operations per active parameter (100 billion assumed) per token, on H100 GPUs at 10% utilisation, whole server included (1,275 W rated per GPU, 70% of it drawn on average) plus data-centre overhead (PUE 1.2)."),
            },
            data_years: B(&[
                2023,
                2025,
                2026,
            ]),
        },
        Source {
            id: B("google-2025"),
            authors: B("Cooper Elsworth et al. (Google)"),
            title: Title::Published { text: B("Measuring the environmental impact of delivering AI at Google scale"), lang: B("en") },
            publisher: B("Google, arXiv:2508.15734"),
            year: 2025,
            url: B("https://arxiv.org/abs/2508.15734"),
            about: Words {
                fr: B("Mesuré en production\u{a0}: la requête texte médiane (et non moyenne) de l’application Gemini, en mai 2025, a consommé 0,24\u{a0}Wh, émis 0,03\u{a0}g CO2e et utilisé 0,26\u{a0}mL d’eau de refroidissement. Sont comptés les puces d’IA, le processeur et la mémoire du serveur, les machines au repos et le surcoût du centre de données\u{202f}; le CO2 déduit les achats d’électricité propre de Google, et la longueur des requêtes n’est pas publiée."),
                en: B("Measured in production: the median (not mean) Gemini Apps text prompt in May 2025 used 0.24 Wh, 0.03 g CO2e and 0.26 mL of cooling water. It counts AI chips, the host’s CPU and memory, idle machines and data-centre overhead; the CO2 figure nets off Google’s clean-electricity purchases, and the prompt length is not published."),
            },
            data_years: B(&[
                2025,
                2026,
            ]),
        },
        Source {
            id: B("altman-2025"),
            authors: B("Sam Altman (OpenAI)"),
            title: Title::Published { text: B("The Gentle Singularity"), lang: B("en") },
            publisher: B("blog.samaltman.com"),
            year: 2025,
            url: B("https://blog.samaltman.com/the-gentle-singularity"),
            about: Words {
                fr: B("Affirmation sans méthode publiée\u{a0}: selon le PDG d’OpenAI (juin 2025), une requête ChatGPT moyenne consomme environ 0,34\u{a0}Wh et 0,000085 gallon d’eau (environ 0,32\u{a0}mL). Ce que couvre ce chiffre (serveurs seuls ou centre de données entier, types de requêtes inclus) n’est pas précisé."),
                en: B("A statement with no published method: OpenAI’s CEO wrote in June 2025 that the average ChatGPT query uses about 0.34 Wh and 0.000085 gallon of water (about 0.32 mL). What the figure covers (servers only or the whole data centre, which kinds of query) is not stated."),
            },
            data_years: B(&[
                2025,
            ]),
        },
        Source {
            id: B("ecologits"),
            authors: B("Samuel Rincé, Adrien Banse (GenAI Impact)"),
            title: Title::Published { text: B("EcoLogits: LLM inference methodology, electricity mixes and model repository (v0.11.3)"), lang: B("en") },
            publisher: B("GenAI Impact, github.com/genai-impact/ecologits, JOSS 10(111):7471, doi:10.21105/joss.07471"),
            year: 2026,
            url: B("https://ecologits.ai/latest/methodology/llm_inference/"),
            about: Words {
                fr: B("Modèle publié qui estime l’impact d’une réponse d’IA textuelle à partir de la taille du modèle et du nombre de jetons, calé sur des mesures de GPU H100 (ML.ENERGY), avec la fabrication des serveurs (Boavizta, NVIDIA) et le PUE et l’eau déclarés par les hébergeurs. Il donne aussi, pays par pays, le carbone et l’eau par kWh d’électricité (Our World in Data, Base Empreinte de l’ADEME, WRI)\u{202f}; ce sont des estimations, et la taille des modèles fermés y est elle-même estimée."),
                en: B("A published bottom-up model that estimates the impact of an AI text reply from the model’s size and the number of tokens, fitted on H100 GPU measurements (ML.ENERGY), with server manufacturing (Boavizta, NVIDIA) and the PUE and water use providers report. It also gives each country’s carbon and water per kWh of electricity (Our World in Data, ADEME Base Empreinte, WRI); these are estimates, and the size of closed models is itself estimated."),
            },
            data_years: B(&[
                2024,
                2025,
                2026,
            ]),
        },
        Source {
            id: B("ml-energy-2024"),
            authors: B("Jae-Won Chung, Jiachen Liu, Jeff J. Ma, Mosharaf Chowdhury et al. (University of Michigan)"),
            title: Title::Published { text: B("The ML.ENERGY Benchmark, diffusion results (leaderboard v2)"), lang: B("en") },
            publisher: B("ML.ENERGY, github.com/ml-energy/benchmark"),
            year: 2024,
            url: B("https://github.com/ml-energy/benchmark"),
            about: Words {
                fr: B("Mesure de l’énergie du seul GPU (un H100 80\u{a0}Go) par image de 1024 × 1024 en 25 étapes\u{a0}: 1\u{202f}112 à 1\u{202f}257\u{a0}J pour Stable Diffusion 3 Medium, 738 à 969\u{a0}J pour SDXL, selon le nombre d’images traitées ensemble (de 32 ou 16 à une seule). Le reste du serveur n’est pas compté."),
                en: B("Measured GPU-only energy per 1024×1024 image on an H100 80GB, 25 denoising steps: 1,112–1,257 J for Stable Diffusion 3 Medium and 738–969 J for SDXL base, depending on how many images are processed together (32 or 16 down to one). The rest of the server is not counted."),
            },
            data_years: B(&[
                2024,
                2025,
            ]),
        },
        Source {
            id: B("ml-energy-2025"),
            authors: B("Jae-Won Chung, Jeff J. Ma, Ruofan Wu, Mosharaf Chowdhury et al. (University of Michigan)"),
            title: Title::Published { text: B("The ML.ENERGY Leaderboard v3.0, text-to-image task"), lang: B("en") },
            publisher: B("ML.ENERGY, github.com/ml-energy/leaderboard"),
            year: 2025,
            url: B("https://ml.energy/leaderboard"),
            about: Words {
                fr: B("Mesure de l’énergie du seul GPU (un H100) par image de 1024 × 1024, en régime établi\u{a0}: 7\u{202f}551 à 7\u{202f}949\u{a0}J pour FLUX.1 [dev] (50 étapes), 1\u{202f}560 à 1\u{202f}600\u{a0}J pour Stable Diffusion 3.5 Medium (28 étapes), selon le nombre d’images traitées ensemble. Le reste du serveur n’est pas compté."),
                en: B("Measured steady-state GPU-only energy per 1024×1024 image on one H100: 7,551–7,949 J for FLUX.1 [dev] (50 steps) and 1,560–1,600 J for Stable Diffusion 3.5 Medium (28 steps), depending on how many images are processed together. The rest of the server is not counted."),
            },
            data_years: B(&[
                2025,
            ]),
        },
        Source {
            id: B("mit-tr-2025"),
            authors: B("James O’Donnell, Casey Crownhart"),
            title: Title::Published { text: B("We did the math on AI's energy footprint. Here's the story you haven't heard."), lang: B("en") },
            publisher: B("MIT Technology Review"),
            year: 2025,
            url: B("https://www.technologyreview.com/2025/05/20/1116327/ai-energy-usage-climate-footprint-big-tech/"),
            about: Words {
                fr: B("Enquête de presse qui part de l’énergie du GPU mesurée par ML.ENERGY pour Stable Diffusion 3 Medium (1024 × 1024, 25 étapes\u{a0}: 1\u{202f}141\u{a0}J) et la double, les GPU tirant environ la moitié de la puissance d’un serveur (d’après une étude de Microsoft de 2024). Résultat\u{a0}: environ 2\u{202f}282\u{a0}J par image pour le serveur entier, une estimation et non une mesure."),
                en: B("A press investigation that takes ML.ENERGY’s measured GPU energy for Stable Diffusion 3 Medium (1024×1024, 25 steps: 1,141 J) and doubles it, since GPUs draw about half of a server’s power (after a 2024 Microsoft study). The result, about 2,282 J per image for the whole server, is an estimate, not a measurement."),
            },
            data_years: B(&[
                2024,
                2025,
            ]),
        },
        Source {
            id: B("luccioni-2024"),
            authors: B("Alexandra Sasha Luccioni, Yacine Jernite, Emma Strubell"),
            title: Title::Published { text: B("Power Hungry Processing: Watts Driving the Cost of AI Deployment?"), lang: B("en") },
            publisher: B("ACM FAccT 2024 (arXiv:2311.16863)"),
            year: 2024,
            url: B("https://arxiv.org/abs/2311.16863"),
            about: Words {
                fr: B("Mesure (GPU, processeur et mémoire, avec l’outil CodeCarbon) de 1\u{202f}000 inférences par modèle sur GPU A100, en 2023\u{a0}: le modèle d’images le moins efficace a consommé 11,49\u{a0}kWh pour 1\u{202f}000\u{a0}images, soit «\u{202f}près d’une recharge de smartphone par image\u{202f}» selon les auteurs. La moyenne des modèles de génération d’images est de 2,9\u{a0}kWh pour 1\u{202f}000\u{a0}images."),
                en: B("Measured (GPU, CPU and memory, with the CodeCarbon tool) 1,000 inferences per model on A100 GPUs in 2023: the least efficient image model used 11.49 kWh per 1,000 images, “nearly one smartphone charge per image” in the authors’ words. The mean over image generation models was 2.9 kWh per 1,000 images."),
            },
            data_years: B(&[
                2023,
                2024,
                2025,
            ]),
        },
        Source {
            id: B("bertazzini-2025"),
            authors: B("Giulia Bertazzini, Chiara Albisani, Daniele Baracchi, Dasara Shullani, Roberto Verdecchia"),
            title: Title::Published { text: B("The Hidden Cost of an Image: Quantifying the Energy Consumption of AI Image Generation"), lang: B("en") },
            publisher: B("arXiv:2506.17016"),
            year: 2025,
            url: B("https://arxiv.org/abs/2506.17016"),
            about: Words {
                fr: B("Mesure de l’énergie de 17 modèles de génération d’images\u{a0}: doubler la résolution multiplie l’énergie par image par 1,3 à 4,7 selon le modèle."),
                en: B("Measured the energy of 17 image generation models: doubling the resolution multiplies the energy per image by 1.3 to 4.7, depending on the model."),
            },
            data_years: B(&[
                2025,
            ]),
        },
        Source {
            id: B("openai-image-tokens"),
            authors: B("OpenAI"),
            title: Title::Published { text: B("Image generation guide: size and quality options (gpt-image-1)"), lang: B("en") },
            publisher: B("OpenAI, platform.openai.com"),
            year: 2025,
            url: B("https://platform.openai.com/docs/guides/image-generation"),
            about: Words {
                fr: B("Documentation d’OpenAI pour GPT Image 1\u{a0}: une image de 1024 × 1024 compte 272\u{a0}jetons de sortie en qualité basse, 1\u{202f}056 en qualité moyenne et 4\u{202f}160 en qualité haute. C’est un décompte de jetons, qui servent à la facturation, pas une mesure d’énergie\u{202f}; Empreinte suppose l’énergie proportionnelle au nombre de jetons."),
                en: B("OpenAI’s documentation for GPT Image 1: a 1024×1024 image counts 272 output tokens at low quality, 1,056 at medium and 4,160 at high. These are token counts, which set the price, not energy measurements; Empreinte takes energy as proportional to tokens."),
            },
            data_years: B(&[
                2025,
                2026,
            ]),
        },
        Source {
            id: B("openai-vision-tokens"),
            authors: B("OpenAI"),
            title: Title::Published { text: B("Images and vision guide: calculating costs"), lang: B("en") },
            publisher: B("OpenAI, platform.openai.com"),
            year: 2024,
            url: B("https://platform.openai.com/docs/guides/images-vision"),
            about: Words {
                fr: B("Règle de décompte d’OpenAI pour GPT-4o\u{a0}: une image envoyée au modèle compte 85\u{a0}jetons en basse définition\u{202f}; en haute définition, 85 plus 170 par tuile de 512\u{a0}pixels, une fois le petit côté ramené à 768\u{a0}pixels (765\u{a0}jetons pour une photo de 1024 × 1024). Un décompte de jetons, pas une mesure d’énergie."),
                en: B("OpenAI’s counting rule for GPT-4o: an input image costs 85 tokens at low detail; at high detail, 85 plus 170 per 512-pixel tile once the short side is scaled to 768 pixels (765 tokens for a 1024×1024 photo). A token count, not an energy measurement."),
            },
            data_years: B(&[
                2024,
            ]),
        },
        Source {
            id: B("uptime-2024"),
            authors: B("Uptime Institute"),
            title: Title::Published { text: B("Global Data Center Survey 2024"), lang: B("en") },
            publisher: B("Uptime Institute Intelligence"),
            year: 2024,
            url: B("https://uptimeinstitute.com/resources/research-and-reports/uptime-institute-global-data-center-survey-results-2024"),
            about: Words {
                fr: B("Enquête mondiale auprès d’exploitants de centres de données\u{a0}: en 2024, le PUE moyen sur l’année du plus grand site de chaque répondant est de 1,56 (entre 1,55 et 1,59 depuis 2020). Le PUE rapporte l’énergie totale du site à celle des serveurs\u{202f}; ce sont des valeurs déclarées par les répondants."),
                en: B("A worldwide survey of data-centre operators: in 2024 the average annual PUE at each respondent’s largest site was 1.56 (between 1.55 and 1.59 since 2020). PUE is the site’s total energy divided by the servers’ energy; these are values reported by respondents."),
            },
            data_years: B(&[
                2025,
            ]),
        },
        Source {
            id: B("patterson-2022"),
            authors: B("David Patterson, Joseph Gonzalez, Urs Hölzle, Quoc Le, Chen Liang, Lluís-Miquel Munguia, Daniel Rothchild, David So, Maud Texier, Jeff Dean"),
            title: Title::Published { text: B("The Carbon Footprint of Machine Learning Training Will Plateau, Then Shrink"), lang: B("en") },
            publisher: B("IEEE Computer 55(7) (arXiv:2204.05149)"),
            year: 2022,
            url: B("https://arxiv.org/abs/2204.05149"),
            about: Words {
                fr: B("Chez Google, l’apprentissage automatique a représenté moins de 15\u{202f}% de la consommation d’énergie en 2019-2021, dont environ trois cinquièmes pour l’inférence (l’usage des modèles) et deux cinquièmes pour l’entraînement. Des chiffres propres à Google, recherche comprise."),
                en: B("At Google, machine learning was under 15% of energy use in 2019–2021, about three fifths of it for inference (running models) and two fifths for training. Figures specific to Google, research included."),
            },
            data_years: B(&[
                2022,
            ]),
        },
        Source {
            id: B("ademe-impactco2-2026"),
            authors: B("ADEME (Agence de la transition écologique), incubateur-ademe, Impact CO2"),
            title: Title::Published { text: B("Impact CO2 — comparateur carbone"), lang: B("fr") },
            publisher: B("ADEME"),
            year: 2026,
            url: B("https://impactco2.fr"),
            about: Words {
                fr: B("Comparateur de l’ADEME qui donne l’empreinte carbone d’usages courants sur tout leur cycle de vie (fabrication des appareils, électricité, réseaux, centres de données), en France\u{a0}: 64\u{a0}g CO2e pour une heure de streaming vidéo, 2,46\u{a0}g pour un courriel, 1,23\u{a0}g pour une recherche web. Aussi\u{a0}: voiture essence compacte environ 170\u{a0}g CO2e par km (conducteur seul), TGV 2,93\u{a0}g par passager-km, empreinte d’un Français 9,1\u{a0}t CO2e par an."),
                en: B("ADEME’s comparison tool giving the carbon footprint of everyday uses over their whole life cycle (device manufacturing, electricity, networks, data centres), with French electricity and networks: 64 g CO2e for an hour of video streaming, 2.46 g for an email, 1.23 g for a web search. Also: a compact petrol car at about 170 g CO2e per km (driver alone), the TGV at 2.93 g per passenger-km, a French person’s footprint at 9.1 t CO2e a year."),
            },
            data_years: B(&[
                2023,
                2025,
            ]),
        },
        Source {
            id: B("ademe-publicodes-acv-numerique-2025"),
            authors: B("Clément Auger / incubateur-ademe"),
            title: Title::Published { text: B("@incubateur-ademe/publicodes-acv-numerique — Modèle Publicodes de la base de données ACV ADEME sur le numérique"), lang: B("fr") },
            publisher: B("ADEME, npmjs.com"),
            year: 2025,
            url: B("https://www.npmjs.com/package/@incubateur-ademe/publicodes-acv-numerique"),
            about: Words {
                fr: B("Modèle de calcul publié derrière les chiffres du numérique d’Impact CO2\u{a0}: puissance des appareils (ordinateur portable 26,5\u{a0}W, téléviseur 65\u{a0}W, smartphone 4,5\u{a0}W, ordinateur fixe 70\u{a0}W et écran 50\u{a0}W), réseaux en France (fixe 9,27\u{a0}g CO2e par Go, mobile 24,7\u{a0}g), électricité française 51,9\u{a0}g CO2e par kWh. Pour le streaming, il suppose par défaut la HD (3\u{a0}Go par heure), le réseau fixe et des écrans à 70\u{202f}% de téléviseurs, 15\u{202f}% d’ordinateurs portables, 10\u{202f}% de tablettes et 5\u{202f}% de smartphones."),
                en: B("The published calculation model behind Impact CO2’s digital figures: device power (laptop 26.5 W, TV 65 W, smartphone 4.5 W, desktop 70 W plus 50 W for the screen), French networks (fixed 9.27 g CO2e per GB, mobile 24.7 g), French electricity at 51.9 g CO2e per kWh. For streaming it assumes by default HD (3 GB per hour), a fixed network and screens that are 70% TVs, 15% laptops, 10% tablets and 5% smartphones."),
            },
            data_years: B(&[
                2009,
                2019,
                2025,
            ]),
        },
        Source {
            id: B("ademe-impactco2-car-2025"),
            authors: B("ADEME / Impact CO2"),
            title: Title::Published { text: B("Modélisation de l’empreinte carbone de la voiture – 2025"), lang: B("fr") },
            publisher: B("ADEME, Impact CO2"),
            year: 2025,
            url: B("https://www.notion.so/accelerateur-transition-ecologique-ademe/Mod-lisation-de-l-empreinte-carbone-de-la-voiture-1f46523d57d780b3a1a8f1ceb5ff7f87"),
            about: Words {
                fr: B("Méthode de l’ADEME (2025) pour l’empreinte carbone de la voiture, utilisée par Impact CO2\u{a0}: carburant ou énergie plus construction du véhicule, par kilomètre avec une seule personne à bord. Exemple\u{a0}: 169,7\u{a0}g CO2e par km pour une voiture essence compacte (138,0\u{a0}g de carburant, 31,7\u{a0}g de construction)."),
                en: B("ADEME’s 2025 method for the carbon footprint of cars, used by Impact CO2: fuel or energy plus vehicle construction, per km with one person on board. For example 169.7 g CO2e per km for a compact petrol car (138.0 g fuel, 31.7 g construction)."),
            },
            data_years: B(&[
                2025,
            ]),
        },
        Source {
            id: B("ademe-base-empreinte-ferroviaire"),
            authors: B("ADEME"),
            title: Title::Published { text: B("Base Empreinte — documentation Base Carbone, transport ferroviaire"), lang: B("fr") },
            publisher: B("ADEME"),
            year: 2025,
            url: B("https://base-empreinte.ademe.fr/documentation/base-carbone?docLink=Ferroviaire2"),
            about: Words {
                fr: B("Facteur d’émission du TGV dans la Base Empreinte de l’ADEME, repris par Impact CO2\u{a0}: 2,93\u{a0}g CO2e par passager-km, dont 0,63\u{a0}g pour la construction (infrastructure et matériel roulant) et 2,30\u{a0}g pour l’électricité de traction. Une moyenne par passager, au taux de remplissage moyen."),
                en: B("The TGV emission factor in ADEME’s Base Empreinte, used by Impact CO2: 2.93 g CO2e per passenger-km, of which 0.63 g for construction (infrastructure and rolling stock) and 2.30 g for traction electricity. An average per passenger, at average occupancy."),
            },
            data_years: B(&[
                2022,
                2025,
            ]),
        },
        Source {
            id: B("nosgestesclimat"),
            authors: B("ADEME / Nos Gestes Climat"),
            title: Title::Published { text: B("Nos Gestes Climat — calculateur d’empreinte carbone individuelle"), lang: B("fr") },
            publisher: B("ADEME"),
            year: 2024,
            url: B("https://nosgestesclimat.fr"),
            about: Words {
                fr: B("Calculateur d’empreinte carbone individuelle de l’ADEME, cité par Impact CO2 pour l’empreinte moyenne d’un Français\u{a0}: 9,1\u{a0}t CO2e par an, un peu moins que les 9,4\u{a0}t calculées par le SDES pour 2023."),
                en: B("ADEME’s personal carbon footprint calculator, cited by Impact CO2 for the average French person’s footprint: 9.1 t CO2e a year, slightly below the 9.4 t the SDES computed for 2023."),
            },
            data_years: B(&[
                2023,
            ]),
        },
        Source {
            id: B("sdes-empreinte-2023"),
            authors: B("SDES (Service des données et études statistiques, ministère de la Transition écologique)"),
            title: Title::Published { text: B("Émissions de gaz à effet de serre et empreinte carbone de la France\u{a0}: une baisse significative en 2023"), lang: B("fr") },
            publisher: B("Ministère de la Transition écologique — statistiques.developpement-durable.gouv.fr"),
            year: 2024,
            url: B("https://www.statistiques.developpement-durable.gouv.fr/emissions-de-gaz-effet-de-serre-et-empreinte-carbone-de-la-france-une-baisse-significative-en-2023"),
            about: Words {
                fr: B("Statistique publique (novembre 2024)\u{a0}: l’empreinte carbone de la France en 2023 est de 644\u{a0}Mt CO2e, soit 9,4\u{a0}t par personne\u{202f}; les émissions sur le territoire sont de 403\u{a0}Mt, soit 5,9\u{a0}t par personne. L’empreinte compte la consommation des habitants, émissions des produits importés comprises, et les principaux gaz à effet de serre (CO2, méthane, protoxyde d’azote, gaz fluorés)."),
                en: B("Official statistics (November 2024): France’s carbon footprint in 2023 was 644 Mt CO2e, or 9.4 t per person; emissions on French territory were 403 Mt, or 5.9 t per person. The footprint counts what residents consume, including the emissions of imported goods, and the main greenhouse gases (CO2, methane, nitrous oxide, fluorinated gases)."),
            },
            data_years: B(&[
                2023,
            ]),
        },
        Source {
            id: B("rte-bilan-2024"),
            authors: B("RTE (Réseau de transport d’électricité)"),
            title: Title::Published { text: B("Bilan électrique 2024 — Consommation"), lang: B("fr") },
            publisher: B("RTE"),
            year: 2025,
            url: B("https://analysesetdonnees.rte-france.com/en/node/532"),
            about: Words {
                fr: B("Bilan annuel du gestionnaire du réseau de transport d’électricité\u{a0}: la France a consommé 449,2\u{a0}TWh d’électricité en 2024, corrigés des effets de la météo et du calendrier (+0,7\u{202f}% par rapport à 2023)."),
                en: B("Annual report of France’s electricity transmission operator: France used 449.2 TWh of electricity in 2024, corrected for weather and calendar effects (+0.7% on 2023)."),
            },
            data_years: B(&[
                2024,
            ]),
        },
        Source {
            id: B("selectra-conso-foyer"),
            authors: B("Selectra (fournisseurs-electricite.com)"),
            title: Title::Published { text: B("Consommation électrique moyenne d’un foyer en France"), lang: B("fr") },
            publisher: B("Selectra"),
            year: 2025,
            url: B("https://fournisseurs-electricite.com/guides/consommation/consommation-electrique-moyenne"),
            about: Words {
                fr: B("Site commercial de comparaison d’offres, source secondaire\u{a0}: un foyer français consomme en moyenne 4\u{202f}255\u{a0}kWh d’électricité par an (38,2\u{a0}millions de foyers, d’après RTE 2024\u{202f}; une version antérieure disait 5\u{202f}000\u{a0}kWh), de 2\u{202f}500\u{a0}kWh sans chauffage électrique à 10\u{202f}000\u{a0}kWh avec. Par personne, 2\u{202f}223\u{a0}kWh par an, chiffre attribué à l’Agence ORE."),
                en: B("A commercial price-comparison site, secondary source: a French household uses on average 4,255 kWh of electricity a year (38.2 million households, after RTE 2024; an earlier version said 5,000 kWh), from 2,500 kWh without electric heating to 10,000 kWh with it. Per person, 2,223 kWh a year, a figure attributed to Agence ORE."),
            },
            data_years: B(&[
                2023,
                2024,
            ]),
        },
        Source {
            id: B("tf1-2022-tgv"),
            authors: B("TF1 Info"),
            title: Title::Published { text: B("Coût de l’électricité\u{a0}: les prix des billets SNCF vont-ils augmenter\u{202f}?"), lang: B("fr") },
            publisher: B("TF1 Info"),
            year: 2022,
            url: B("https://www.tf1info.fr/transports/video-cout-de-l-electricite-les-prix-des-billets-sncf-vont-ils-augmenter-2221373.html"),
            about: Words {
                fr: B("Reportage télévisé\u{a0}: «\u{202f}Un simple voyage Paris-Marseille en TGV, soit 800\u{a0}km, utilise 16\u{a0}MWh, l’équivalent de la consommation annuelle de quatre familles.\u{202f}» Un chiffre pour le train entier, rapporté de seconde main."),
                en: B("A TV news report (in French): a single Paris–Marseille TGV trip, 800 km, “uses 16 MWh, the equivalent of four families’ yearly consumption”. A figure for the whole train, reported secondhand."),
            },
            data_years: B(&[
                2022,
            ]),
        },
        Source {
            id: B("tf1-eau-148"),
            authors: B("TF1 (JT 20h)"),
            title: Title::Published { text: B("Eau\u{a0}: combien de litres utilisez-vous par jour\u{202f}?"), lang: B("fr") },
            publisher: B("TF1"),
            year: 2023,
            url: B("https://www.tf1.fr/tf1/jt-20h/videos/eau-combien-de-litres-utilisez-vous-par-jour-72819559.html"),
            about: Words {
                fr: B("Journal télévisé\u{a0}: une personne utilise en France 148\u{a0}litres d’eau par jour à domicile, dont 39\u{202f}% pour la douche ou le bain, 20\u{202f}% pour les toilettes et 1\u{202f}% pour la boisson. Chiffre de seconde main, souvent attribué à l’observatoire des services d’eau (SISPEA) ou au Centre d’information sur l’eau\u{202f}; d’autres sources donnent de 137 à 157\u{a0}litres."),
                en: B("TV news: a person in France uses 148 litres of water a day at home, 39% for showers or baths, 20% for toilets and 1% for drinking. A secondhand figure, often attributed to the national water-services observatory (SISPEA) or the Centre d’information sur l’eau; other sources give 137 to 157 litres."),
            },
            data_years: B(&[
                2020,
                2023,
            ]),
        },
        Source {
            id: B("saint-malo-eau"),
            authors: B("Ville de Saint-Malo — Régie municipale des eaux"),
            title: Title::Published { text: B("Comment mieux consommer l’eau chez soi"), lang: B("fr") },
            publisher: B("Ville de Saint-Malo"),
            year: 2020,
            url: B("http://rme.saint-malo.fr/conseils-pratiques/mieux-consommer"),
            about: Words {
                fr: B("Conseils du service municipal des eaux\u{a0}: une douche de 5\u{a0}minutes consomme 60 à 80\u{a0}litres, une chasse d’eau 6 à 12\u{a0}litres, un bain 150 à 200\u{a0}litres\u{202f}; les chasses récentes, souvent à double commande, consomment environ 10\u{a0}litres en moyenne. La page n’indique pas sa date."),
                en: B("Advice from the town’s water service: a 5-minute shower uses 60 to 80 litres, a toilet flush 6 to 12 litres, a bath 150 to 200 litres; recent cisterns, often dual-flush, use about 10 litres on average. The page is not dated."),
            },
            data_years: B(&[
                2020,
            ]),
        },
        Source {
            id: B("huffpost-fr-2023-douche"),
            authors: B("Le HuffPost (France)"),
            title: Title::Published { text: B("Face à la sécheresse hivernale, les économies d’eau se jouent beaucoup dans nos salles de bain"), lang: B("fr") },
            publisher: B("Le HuffPost"),
            year: 2023,
            url: B("https://www.huffingtonpost.fr/environnement/article/face-a-la-secheresse-hivernale-les-economies-d-eau-se-jouent-beaucoup-dans-nos-salles-de-bain_214635.html"),
            about: Words {
                fr: B("Article de presse, source secondaire\u{a0}: «\u{202f}Un pommeau de douche dépense 15\u{a0}litres par minute\u{202f}», une douche 40 à 60\u{a0}litres\u{202f}; l’hygiène pèserait 40\u{202f}% de la consommation d’eau, selon l’ADEME citée par l’article."),
                en: B("A press article, secondary source: “a shower head uses 15 litres per minute” and a shower 40 to 60 litres; hygiene would account for 40% of water use, according to ADEME as cited by the article."),
            },
            data_years: B(&[
                2020,
            ]),
        },
        Source {
            id: B("iea-2020-streaming"),
            authors: B("George Kamiya (IEA)"),
            title: Title::Published { text: B("The carbon footprint of streaming video: fact-checking the headlines"), lang: B("en") },
            publisher: B("International Energy Agency"),
            year: 2020,
            url: B("https://www.iea.org/commentaries/the-carbon-footprint-of-streaming-video-fact-checking-the-headlines"),
            about: Words {
                fr: B("Estimation de l’Agence internationale de l’énergie\u{a0}: une heure de streaming vidéo émettait 36\u{a0}g de CO2 en 2019, en moyenne mondiale, contre 82\u{a0}g dans sa première analyse de février 2020, révisée en décembre 2020. Compte l’électricité de l’appareil, des réseaux et des centres de données, sans leur fabrication\u{202f}; l’électricité correspondante, environ 0,077\u{a0}kWh par heure, est citée par le magazine FEED."),
                en: B("An International Energy Agency estimate: an hour of video streaming emitted 36 g of CO2 in 2019, world average, down from 82 g in its first analysis of February 2020, revised in December 2020. It counts the electricity of the device, networks and data centres, not their manufacture; the matching electricity, about 0.077 kWh per hour, is quoted by FEED magazine."),
            },
            data_years: B(&[
                2019,
                2025,
            ]),
        },
        Source {
            id: B("carbonbrief-2020-streaming"),
            authors: B("George Kamiya"),
            title: Title::Published { text: B("Factcheck: What is the carbon footprint of streaming video on Netflix?"), lang: B("en") },
            publisher: B("Carbon Brief"),
            year: 2020,
            url: B("https://www.carbonbrief.org/factcheck-what-is-the-carbon-footprint-of-streaming-video-on-netflix"),
            about: Words {
                fr: B("Version d’origine (février 2020) de l’analyse de l’AIE sur le streaming, mise à jour en novembre 2020 à 36\u{a0}g de CO2 par heure de vidéo (chiffre 2019). Elle critique l’estimation du Shift Project, 6,1\u{a0}kWh par heure, qu’elle juge très exagérée."),
                en: B("The original version (February 2020) of the IEA’s streaming analysis, updated in November 2020 to 36 g of CO2 per hour of video (2019 figure). It criticises the Shift Project’s estimate of 6.1 kWh per hour as far too high."),
            },
            data_years: B(&[
                2019,
            ]),
        },
        Source {
            id: B("feed-2021-streaming"),
            authors: B("FEED (Bright Publishing)"),
            title: Title::Published { text: B("Dispelling myths — what is the actual carbon footprint of streaming? (Winter 2021 issue)"), lang: B("en") },
            publisher: B("Bright Publishing"),
            year: 2021,
            url: B("https://online.bright-publishing.com/view/751792204/114"),
            about: Words {
                fr: B("Magazine, source secondaire\u{a0}: selon l’AIE, une heure de vidéo Netflix consommait en 2019 environ 0,077\u{a0}kWh d’électricité, environ 80\u{a0}fois moins que l’estimation initiale du Shift Project (6,1\u{a0}kWh)."),
                en: B("A magazine, secondary source: according to the IEA, an hour of Netflix video used about 0.077 kWh of electricity in 2019, around 80 times less than the Shift Project’s original estimate (6.1 kWh)."),
            },
            data_years: B(&[
                2019,
            ]),
        },
        Source {
            id: B("google-2009-search"),
            authors: B("Urs Hölzle (Google)"),
            title: Title::Published { text: B("Powering a Google search"), lang: B("en") },
            publisher: B("Google, googleblog.blogspot.com"),
            year: 2009,
            url: B("https://googleblog.blogspot.com/2009/01/powering-google-search.html"),
            about: Words {
                fr: B("Billet de Google de janvier 2009\u{a0}: une recherche consommait 0,0003\u{a0}kWh (0,3\u{a0}Wh, soit environ 1\u{a0}kJ) et émettait environ 0,2\u{a0}g de CO2. Ne compte que les serveurs de Google (construction de l’index comprise), ni l’appareil de l’utilisateur ni le réseau\u{202f}; un chiffre ancien que Google n’a pas mis à jour publiquement."),
                en: B("A Google blog post of January 2009: a search used 0.0003 kWh (0.3 Wh, or about 1 kJ) and emitted about 0.2 g of CO2. It counts only Google’s servers (index building included), not the user’s device or the network; an old figure Google has not publicly updated."),
            },
            data_years: B(&[
                2009,
                2023,
                2025,
            ]),
        },
        Source {
            id: B("epa-ghg-equivalencies"),
            authors: B("U.S. Environmental Protection Agency"),
            title: Title::Published { text: B("Greenhouse Gas Equivalencies Calculator — Calculations and References"), lang: B("en") },
            publisher: B("US EPA"),
            year: 2023,
            url: B("https://www.epa.gov/energy/greenhouse-gases-equivalencies-calculator-calculations-and-references"),
            about: Words {
                fr: B("Page de référence du calculateur d’équivalences de gaz à effet de serre de l’agence américaine de l’environnement (EPA), qui compte 0,012 kWh (12 Wh) par recharge de smartphone\u{a0}: la valeur reprise par Luccioni et al. (2023) pour traduire une image générée par IA en recharges de téléphone. Nous ne l’utilisons que comme repère\u{a0}: ce chiffre, qui correspond à des téléphones plus anciens, est le bas de notre propre estimation (12 à 24 Wh, 15 Wh retenus)."),
                en: B("Reference page of the US Environmental Protection Agency’s greenhouse-gas equivalencies calculator, which counts 0.012 kWh (12 Wh) per smartphone charge: the value Luccioni et al. (2023) used to express an AI-generated image in phone charges. We use it only as a reference point: it reflects older phones and is the low end of our own estimate (12 to 24 Wh, 15 Wh central)."),
            },
            data_years: B(&[
                2023,
                2025,
            ]),
        },
        Source {
            id: B("arval-ve-conso"),
            authors: B("Arval (BNP Paribas)"),
            title: Title::Published { text: B("Quelle est la consommation d’une voiture électrique\u{202f}?"), lang: B("fr") },
            publisher: B("Arval France"),
            year: 2024,
            url: B("https://arval.fr/pro/quelle-est-la-consommation-d-une-voiture-electrique"),
            about: Words {
                fr: B("Exemples de consommation de voitures électriques au cycle normalisé WLTP (mixte), cités par un loueur de véhicules d’entreprise\u{a0}: Dacia Spring 13,9 kWh/100 km, Peugeot e-208 15,4 kWh/100 km, Audi Q8 e-tron 21,8 à 24,8 kWh/100 km. Ces valeurs réglementaires sont mesurées à la prise, pertes de recharge comprises\u{202f}; nous en tirons notre estimation de 170 Wh par km (140 à 250 Wh) pour une voiture moyenne."),
                en: B("Examples of electric-car consumption on the WLTP standard test (combined cycle), reported by a fleet-leasing company: Dacia Spring 13.9 kWh/100 km, Peugeot e-208 15.4 kWh/100 km, Audi Q8 e-tron 21.8–24.8 kWh/100 km. These regulatory figures are measured at the socket, charging losses included; our own estimate of 170 Wh per km (140 to 250 Wh) for a mid-size car is built on them."),
            },
            data_years: B(&[
                2024,
            ]),
        },
        Source {
            id: B("devries-2023-joule"),
            authors: B("Alex de Vries"),
            title: Title::Published { text: B("The growing energy footprint of artificial intelligence"), lang: B("en") },
            publisher: B("Joule (Cell Press) 7(10)"),
            year: 2023,
            url: B("https://doi.org/10.1016/j.joule.2023.09.004"),
            about: Words {
                fr: B("Commentaire qui évalue à environ 3 Wh un échange avec un modèle de langage en multipliant par dix les 0,3 Wh d’une recherche Google, le président d’Alphabet ayant dit qu’un tel échange coûterait sans doute dix fois plus qu’une recherche classique\u{a0}: une phrase sur le coût, pas sur l’énergie. Il le rapproche de l’estimation de SemiAnalysis pour ChatGPT (564 MWh par jour, au plus 2,9 Wh par requête)\u{202f}; les estimations publiées en 2025 sont environ dix fois plus basses."),
                en: B("A commentary that puts an exchange with a language model at about 3 Wh by multiplying the 0.3 Wh of a Google search by ten, because Alphabet’s chairman had said such an exchange could likely cost ten times more than a keyword search: a statement about cost, not energy. It finds this in line with SemiAnalysis’ estimate for ChatGPT (564 MWh per day, at most 2.9 Wh per request); estimates published in 2025 are about ten times lower."),
            },
            data_years: B(&[
                2023,
            ]),
        },
        Source {
            id: B("register-2023-image-charge"),
            authors: B("The Register"),
            title: Title::Published { text: B("One AI image needs as much power as a smartphone charge"), lang: B("en") },
            publisher: B("The Register"),
            year: 2023,
            url: B(""),
            about: Words {
                fr: B("Article qui reprend la prépublication de Luccioni et al. (2023)\u{a0}: pour 1\u{202f}000 images, le modèle d’image le moins efficace consommait autant que 950 recharges de smartphone (11,49 kWh, à 0,012 kWh la recharge), soit presque une recharge par image. Ce chiffre vaut pour le pire des modèles ouverts testés en 2023, pas pour une moyenne."),
                en: B("News article quoting the 2023 preprint by Luccioni et al.: for 1,000 images, the least efficient image model used as much energy as 950 smartphone charges (11.49 kWh, at 0.012 kWh per charge), “nearly one charge per image”. That is the worst of the open models tested in 2023, not an average."),
            },
            data_years: B(&[
                2023,
            ]),
        },
        Source {
            id: B("mittr-2023-image-charge"),
            authors: B("Melissa Heikkilä"),
            title: Title::Published { text: B("Making an image with generative AI uses as much energy as charging your phone"), lang: B("en") },
            publisher: B("MIT Technology Review"),
            year: 2023,
            url: B(""),
            about: Words {
                fr: B("Premier article de presse (1er décembre 2023) sur l’étude de Hugging Face et de l’université Carnegie Mellon\u{a0}: générer une image avec un modèle d’IA puissant consomme autant que recharger complètement un smartphone, et 1\u{202f}000 générations de texte environ 16\u{a0}% d’une recharge. Ce chiffre par image est celui du modèle le moins efficace parmi des modèles ouverts de 2023, pas une moyenne, et pas ChatGPT."),
                en: B("The first press report (1 December 2023) of the Hugging Face and Carnegie Mellon University study: generating an image with a powerful AI model takes as much energy as fully charging a smartphone, while 1,000 text generations use about 16% of a charge. The image figure is for the least efficient of the 2023 open models tested, not an average, and not ChatGPT."),
            },
            data_years: B(&[
                2023,
            ]),
        },
        Source {
            id: B("verge-2023-image-charge"),
            authors: B("The Verge"),
            title: Title::Published { text: B("How many phone charges does an AI-generated image take?"), lang: B("en") },
            publisher: B("The Verge"),
            year: 2023,
            url: B("https://www.theverge.com/2023/12/4/23987430/how-many-phone-charges-does-an-ai-generated-image-take"),
            about: Words {
                fr: B("Article (4 décembre 2023) sur la même prépublication, qui répond «\u{202f}à peu près une\u{202f}» à la question du nombre de recharges de téléphone que coûte une image générée par IA. Ce chiffre vaut pour le modèle ouvert le moins efficace testé en 2023, pas pour une moyenne."),
                en: B("News article (4 December 2023) on the same preprint, whose answer to how many phone charges an AI-generated image takes is “about one”. That figure is for the least efficient open model tested in 2023, not an average."),
            },
            data_years: B(&[
                2023,
            ]),
        },
        Source {
            id: B("macrumors-2023-iphone15-battery"),
            authors: B("MacRumors"),
            title: Title::Published { text: B("iPhone 15 Battery Capacities Revealed in Regulatory Database"), lang: B("en") },
            publisher: B("MacRumors"),
            year: 2023,
            url: B("https://www.macrumors.com/2023/09/15/iphone-15-battery-capacities-revealed/"),
            about: Words {
                fr: B("Capacités de batterie relevées dans une base de données réglementaire chinoise\u{a0}: iPhone 15, 3\u{202f}349 mAh (12,981 Wh)\u{202f}; iPhone 15 Pro, 3\u{202f}274 mAh (12,70 Wh)\u{202f}; d’après 9to5Mac et AppleInsider, iPhone 15 Plus 16,950 Wh et iPhone 15 Pro Max 4\u{202f}422 mAh (17,109 Wh). C’est l’énergie stockée dans la batterie, pas celle que tire la recharge sur la prise\u{202f}; Apple ne publie pas ces chiffres."),
                en: B("Battery capacities from a Chinese regulatory filing: iPhone 15, 3,349 mAh (12.981 Wh); iPhone 15 Pro, 3,274 mAh (12.70 Wh); per 9to5Mac and AppleInsider, iPhone 15 Plus 16.950 Wh and iPhone 15 Pro Max 4,422 mAh (17.109 Wh). This is the energy stored in the battery, not what charging draws from the socket; Apple does not publish these figures."),
            },
            data_years: B(&[
                2025,
            ]),
        },
        Source {
            id: B("wikipedia-olympic-pool"),
            authors: B("Wikipedia"),
            title: Title::Published { text: B("Olympic-size swimming pool"), lang: B("en") },
            publisher: B("Wikipedia"),
            year: 2025,
            url: B("https://en.wikipedia.org/wiki/Olympic-size_swimming_pool"),
            about: Words {
                fr: B("Selon les règles de World Aquatics, un bassin olympique mesure 50 m × 25 m, pour 2 m de profondeur au minimum (3 m recommandés pour plusieurs disciplines), soit 2\u{202f}500 m³ (2,5 millions de litres) à 2 m. Comme unité de volume, l’expression reste approximative\u{a0}: aucune profondeur maximale n’est fixée (le bassin temporaire de Paris 2024 faisait 2,2 m)."),
                en: B("Under World Aquatics rules an Olympic pool is 50 m × 25 m with a minimum depth of 2 m (3 m recommended for multi-discipline use), hence 2,500 m³ (2.5 million litres) at 2 m. As a unit of volume the term is loose: there is no maximum depth (the temporary Paris 2024 pool was 2.2 m deep)."),
            },
            data_years: B(&[
                2025,
            ]),
        },
        Source {
            id: B("journaldugeek-2025-starterpack"),
            authors: B("Journal du Geek"),
            title: Title::Published { text: B("Ghibli, starter pack… combien d’eau gaspille-t-on en générant une image avec l’IA\u{202f}?"), lang: B("fr") },
            publisher: B("Journal du Geek"),
            year: 2025,
            url: B("https://journaldugeek.com/2025/04/14/ghibli-starter-pack-combien-deau-gaspille-t-on-en-generant-une-image-avec-lia"),
            about: Words {
                fr: B("Site d’actualité technologique (14 avril 2025) qui attribue à «\u{202f}une étude de l’université Carnegie Mellon\u{202f}» deux chiffres\u{a0}: 2 à 5 litres d’eau par image générée par IA, et autant d’énergie qu’une demi-recharge de téléphone\u{202f}; il cite aussi plus de 700 millions de demandes en une semaine. L’étude visée (Power Hungry Processing) a mesuré l’énergie et le CO2, pas l’eau, et son chiffre par image est celui du modèle le moins efficace testé en 2023."),
                en: B("French tech news site (14 April 2025) that attributes two figures to “a Carnegie Mellon University study”: 2 to 5 litres of water per AI-generated image, and as much energy as half a phone charge; it also cites over 700 million requests in a week. The study meant (Power Hungry Processing) measured energy and CO2, not water, and its per-image figure is for the least efficient model tested in 2023."),
            },
            data_years: B(&[
                2025,
            ]),
        },
        Source {
            id: B("journaldemontreal-2025-starterpack"),
            authors: B("Andrea Lubeck"),
            title: Title::Published { text: B("«\u{202f}Starter pack\u{202f}»\u{a0}: voici combien d’eau on «\u{202f}gaspille\u{202f}» quand on génère une image avec l’IA"), lang: B("fr") },
            publisher: B("Le Journal de Montréal, QUB"),
            year: 2025,
            url: B("https://qub.ca/article/starter-pack-voici-combien-deau-on-gaspille-quand-on-genere-une-image-avec-lia-1720980875"),
            about: Words {
                fr: B("Premier article en français repéré (10 avril 2025, Québec) affirmant qu’une image générée par IA demande autant d’énergie que la recharge d’un téléphone à moitié, «\u{202f}selon une étude de l’université Carnegie Mellon\u{202f}», avec 2 à 5 litres d’eau par image. Il rapporte aussi, d’après l’Agence internationale de l’énergie, qu’une requête ChatGPT consomme autant que dix recherches Google."),
                en: B("The earliest French-language article known to us (10 April 2025, Québec) saying that one AI-generated image takes as much energy as charging a phone to half its battery, “according to a Carnegie Mellon University study”, alongside 2 to 5 litres of water per image. It also reports, citing the International Energy Agency, that one ChatGPT request uses as much energy as ten Google searches."),
            },
            data_years: B(&[
                2023,
                2025,
            ]),
        },
        Source {
            id: B("liberation-2025-starterpack"),
            authors: B("Augustin Lassaussois"),
            title: Title::Published { text: B("«\u{202f}Starter packs\u{202f}» générés par IA\u{a0}: une tendance pas très éthique, et encore moins écologique"), lang: B("fr") },
            publisher: B("Libération"),
            year: 2025,
            url: B(""),
            about: Words {
                fr: B("Article de Libération (18 avril 2025) sur les «\u{202f}starter packs\u{202f}» générés par IA, sous-titré «\u{202f}Deux à cinq litres d’eau nécessaires pour une image\u{202f}», qui compte plus de 700 millions de demandes traitées par ChatGPT dans la semaine suivant le lancement de la génération d’images. Ces 2 à 5 litres n’ont pas de source connue et dépassent de loin ce que donnent les intensités en eau publiées (de l’ordre de 0,01 à 0,05 L par image)."),
                en: B("Libération article (18 April 2025) on AI-generated “starter packs”, subtitled “two to five litres of water needed for one image”, which counts more than 700 million requests handled by ChatGPT in the week after image generation launched. The 2–5 litres have no known source and are far above what published water intensities give (around 0.01–0.05 L per image)."),
            },
            data_years: B(&[
                2025,
            ]),
        },
        Source {
            id: B("le360-2025-starterpack"),
            authors: B("Le360"),
            title: Title::Published { text: B("Starter pack\u{a0}: la nouvelle tendance qui affole les réseaux sociaux et nuit à l’environnement"), lang: B("fr") },
            publisher: B("Le360"),
            year: 2025,
            url: B("https://fr.le360.ma/lifestyle/starter-pack-la-nouvelle-tendance-qui-affole-les-reseaux-sociaux-et-nuit-a-lenvironnement_Q6FGQW7LZFEGZDLPJBOIZY2GC4/"),
            about: Words {
                fr: B("Site d’information marocain francophone (avril 2025)\u{a0}: une image d’IA de très bonne qualité nécessiterait environ 1,6 wattheure, «\u{202f}soit l’équivalent d’une charge complète de smartphone\u{202f}», d’après l’étude Power Hungry Processing. Les deux chiffres ne concordent pas\u{a0}: 1,6 Wh ne fait qu’un dixième de recharge environ, et ce 1,6 est sans doute les 1,6 g de CO2 par image du modèle le plus émetteur de l’étude, pris pour des Wh."),
                en: B("Moroccan French-language news site (April 2025): one very high-quality AI image would need about 1.6 watt-hours, “the equivalent of a full smartphone charge”, per the Power Hungry Processing study. The two do not match: 1.6 Wh is only about a tenth of a charge, and the 1.6 is probably the study’s 1.6 g of CO2 per image for its most carbon-intensive model, mislabelled as Wh."),
            },
            data_years: B(&[
                2025,
            ]),
        },
        Source {
            id: B("lightcap-2025-x"),
            authors: B("Brad Lightcap (OpenAI)"),
            title: Title::Published { text: B("Post on X about ChatGPT image generation usage"), lang: B("en") },
            publisher: B("X (Twitter)"),
            year: 2025,
            url: B(""),
            about: Words {
                fr: B("Message publié sur X le 3 avril 2025 par le directeur des opérations d’OpenAI\u{a0}: plus de 130 millions d’utilisateurs ont créé plus de 700 millions d’images depuis le lancement de la génération d’images dans ChatGPT, le 25 mars 2025. Chiffres connus par la presse qui les rapporte\u{202f}; «\u{202f}plus de\u{202f}» fait de 700 millions un minimum."),
                en: B("Post on X on 3 April 2025 by OpenAI’s chief operating officer: more than 130 million users had created more than 700 million images since image generation launched in ChatGPT on 25 March 2025. The figures are known as reported by the press; “more than” makes 700 million a lower bound."),
            },
            data_years: B(&[
                2025,
            ]),
        },
        Source {
            id: B("thedecoder-2025-700m"),
            authors: B("Matthias Bastian"),
            title: Title::Published { text: B("ChatGPT's image generation explodes with 700M creations in first week"), lang: B("en") },
            publisher: B("The Decoder"),
            year: 2025,
            url: B("https://the-decoder.com/chatgpts-image-generation-explodes-with-700m-creations-in-first-week/"),
            about: Words {
                fr: B("Article qui rapporte plus de 700 millions d’images créées avec la génération d’images de ChatGPT environ une semaine après son lancement et, selon Brad Lightcap (OpenAI) sur X, plus de 130 millions d’utilisateurs l’ayant essayée la première semaine."),
                en: B("News article reporting over 700 million images created with ChatGPT’s image generation about a week after its launch and, per OpenAI’s Brad Lightcap on X, over 130 million users trying it in its first week."),
            },
            data_years: B(&[
                2025,
            ]),
        },
        Source {
            id: B("edexlive-2025-700m"),
            authors: B("EdexLive (The New Indian Express)"),
            title: Title::Published { text: B("India fastest growing market, says ChatGPT COO after surge in trending Ghibli-style images"), lang: B("en") },
            publisher: B("EdexLive"),
            year: 2025,
            url: B("https://www.edexlive.com/news/2025/Apr/04/india-fastest-growing-market-says-chatgpt-coo-after-surge-in-trending-ghibli-style-images"),
            about: Words {
                fr: B("Site d’information indien qui rapporte le message de Brad Lightcap (OpenAI) sur X du jeudi 3 avril 2025\u{a0}: plus de 130 millions d’utilisateurs ont créé plus de 700 millions d’images depuis le lancement de la fonction d’images de ChatGPT, le 25 mars."),
                en: B("Indian news site reporting the post on X by OpenAI’s Brad Lightcap on Thursday 3 April 2025: over 130 million users had created more than 700 million images since ChatGPT’s image feature launched on 25 March."),
            },
            data_years: B(&[
                2025,
            ]),
        },
        Source {
            id: B("empreinte-reasoning"),
            authors: B("Empreinte"),
            title: Title::Own(Words {
                fr: B("Estimations propres\u{a0}: physique, définitions et calculs sur des chiffres cités"),
                en: B("Own estimates: physics, definitions and arithmetic on cited figures"),
            }),
            publisher: B("Empreinte"),
            year: 2026,
            url: B(""),
            about: Words {
                fr: B("Chiffres qu’aucune source ne donne tels quels, estimés par le projet Empreinte lui-même à partir de la physique, de définitions ou de calculs sur des chiffres cités (une recharge de smartphone, un litre d’eau portée à ébullition, une heure d’ampoule LED…). Le raisonnement de chacun est détaillé dans la liste «\u{202f}Nos propres estimations\u{202f}»."),
                en: B("Figures that no single source gives, estimated by the Empreinte project itself from physics, definitions or arithmetic on cited figures (a smartphone charge, a litre of water brought to the boil, an hour of LED light…). Each one’s reasoning is shown in the “Our own estimates” list."),
            },
            data_years: B(&[
                2024,
                2025,
            ]),
        },
        Source {
            id: B("hellowatt-conso-france"),
            authors: B("Hello Watt"),
            title: Title::Published { text: B("Quelle est la consommation électrique en France en 2024\u{202f}?"), lang: B("fr") },
            publisher: B("Hello Watt"),
            year: 2024,
            url: B("https://www.hellowatt.fr/suivi-consommation-energie/consommation-electrique/consommation-france"),
            about: Words {
                fr: B("Synthèse d’une société de services énergétiques\u{a0}: la France a consommé 445 TWh d’électricité en 2023, dont quelque 160 TWh pour les ménages (environ 35\u{a0}% de la consommation finale), soit 2\u{202f}365 kWh par habitant et par an pour les logements. Chiffres de seconde main, issus de RTE et d’Enedis."),
                en: B("An energy-services company’s summary: France consumed 445 TWh of electricity in 2023, households about 160 TWh of it (about 35% of final consumption), or 2,365 kWh per inhabitant per year for homes. Second-hand figures, from RTE and Enedis."),
            },
            data_years: B(&[
                2023,
                2024,
            ]),
        },
        Source {
            id: B("cde-2025-conso"),
            authors: B("Connaissance des Énergies"),
            title: Title::Published { text: B("La consommation française d’électricité a légèrement augmenté en 2024"), lang: B("fr") },
            publisher: B("Connaissance des Énergies"),
            year: 2025,
            url: B("https://connaissancedesenergies.org/la-consommation-francaise-delectricite-legerement-augmente-en-2024"),
            about: Words {
                fr: B("Site d’information sur l’énergie qui cite RTE\u{a0}: la consommation brute d’électricité de la France continentale (non corrigée de la météo) a été de 442,2 TWh en 2024, en hausse de 0,9\u{a0}% sur 2023 (438,5 TWh). Nous retenons le chiffre corrigé de RTE, 449,2 TWh\u{202f}; ce chiffre brut est donné pour comparaison."),
                en: B("Energy news site citing RTE: raw electricity consumption in mainland France (not corrected for weather) was 442.2 TWh in 2024, up 0.9% from 438.5 TWh in 2023. We use RTE’s weather-corrected 449.2 TWh; this raw figure is given for comparison."),
            },
            data_years: B(&[
                2024,
            ]),
        },
        Source {
            id: B("clubic-2025-epoch"),
            authors: B("Clubic"),
            title: Title::Published { text: B("ChatGPT ne consomme pas plus d’énergie qu’une recherche Google"), lang: B("fr") },
            publisher: B("Clubic"),
            year: 2025,
            url: B("https://clubic.com/actualite-553749-chatgpt-ne-consomme-pas-plus-d-energie-qu-une-recherche-google.html"),
            about: Words {
                fr: B("Site d’actualité technologique qui relaie l’estimation d’Epoch AI (via TechCrunch)\u{a0}: une requête ChatGPT consomme «\u{202f}environ 0,3 wattheure, loin des 3 wattheures qu’on lui prêtait jusqu’ici\u{202f}». C’est une reprise de l’estimation d’Epoch AI, pas une nouvelle mesure."),
                en: B("French tech news site relaying Epoch AI’s estimate (via TechCrunch): a ChatGPT query uses about 0.3 watt-hour, far from the 3 watt-hours attributed to it until then. It restates Epoch AI’s estimate; it is not a new measurement."),
            },
            data_years: B(&[
                2025,
            ]),
        },
        Source {
            id: B("openai-gpt-image-15"),
            authors: B("OpenAI"),
            title: Title::Published { text: B("GPT Image 1.5 (gpt-image-1.5): model page and per-image prices"), lang: B("en") },
            publisher: B("OpenAI (developers.openai.com)"),
            year: 2025,
            url: B("https://developers.openai.com/api/docs/models/gpt-image-1.5"),
            about: Words {
                fr: B("Page d’OpenAI sur GPT Image 1.5, modèle d’image de ChatGPT à partir du 16 décembre 2025, annoncé «\u{202f}4× plus rapide\u{202f}» et 20\u{a0}% moins cher que GPT Image 1\u{a0}: 0,009\u{a0}$, 0,034\u{a0}$ et 0,133\u{a0}$ par image 1024×1024 en qualité basse, moyenne et haute, soit environ 0,8 fois les prix de GPT Image 1. Nous en déduisons le même nombre de jetons par image à un prix par jeton plus bas\u{a0}: notre estimation reprend les 1\u{202f}056 jetons de GPT Image 1 en qualité moyenne."),
                en: B("OpenAI’s page for GPT Image 1.5, ChatGPT’s image model from 16 December 2025, announced as “4× faster” and 20% cheaper than GPT Image 1: $0.009, $0.034 and $0.133 per 1024×1024 image at low, medium and high quality, about 0.8 times GPT Image 1’s prices. We read this as the same tokens per image at a lower price per token, so our estimate uses GPT Image 1’s 1,056 tokens at medium quality."),
            },
            data_years: B(&[
                2026,
            ]),
        },
        Source {
            id: B("openai-gpt-image-2-tokens"),
            authors: B("OpenAI; community.openai.com"),
            title: Title::Published { text: B("Image generation guide, size and quality options and cost calculator (gpt-image-2)"), lang: B("en") },
            publisher: B("OpenAI (developers.openai.com, community.openai.com)"),
            year: 2026,
            url: B("https://developers.openai.com/api/docs/guides/image-generation#size-and-quality-options"),
            about: Words {
                fr: B("GPT Image 2 (ChatGPT Images 2.0, sorti le 21 avril 2026) est facturé 30\u{a0}$ par million de jetons d’image, et OpenAI ne fournit qu’un calculateur de coût, sans formule pour le nombre de jetons. Un développeur a reconstitué ce calculateur, en accord avec les relevés d’utilisateurs, et obtient 196, 1\u{202f}756 et 7\u{202f}024 jetons pour une image 1024×1024 en qualité basse, moyenne et haute\u{202f}; nous en tirons nos facteurs de qualité, l’énergie étant supposée proportionnelle aux jetons."),
                en: B("GPT Image 2 (ChatGPT Images 2.0, released 21 April 2026) is billed at $30 per million image tokens, and OpenAI gives only a cost calculator, no formula for the token count. A developer’s reconstruction of that calculator, which matches what users read from it, gives 196, 1,756 and 7,024 tokens for a 1024×1024 image at low, medium and high quality: these set our quality factors, energy being taken as proportional to tokens."),
            },
            data_years: B(&[
                2026,
            ]),
        },
        Source {
            id: B("google-gemini-image-pricing"),
            authors: B("Google"),
            title: Title::Published { text: B("Gemini Developer API pricing: Gemini 2.5 Flash Image"), lang: B("en") },
            publisher: B("Google (ai.google.dev)"),
            year: 2025,
            url: B("https://ai.google.dev/gemini-api/docs/pricing"),
            about: Words {
                fr: B("Grille tarifaire de l’API Gemini de Google\u{a0}: la sortie d’images coûte 30\u{a0}$ par million de jetons, et une image jusqu’à 1024×1024 compte 1\u{202f}290 jetons (0,039\u{a0}$ l’image). Notre estimation pour Gemini 2.5 Flash Image («\u{202f}Nano Banana\u{202f}», sorti le 26 août 2025), qui n’a pas de réglage de qualité, repose sur ces 1\u{202f}290 jetons."),
                en: B("Google’s Gemini API price list: image output costs $30 per million tokens, and an image up to 1024×1024 takes 1,290 tokens ($0.039 per image). Our estimate for Gemini 2.5 Flash Image (“Nano Banana”, released 26 August 2025), which has no quality setting, rests on those 1,290 tokens."),
            },
            data_years: B(&[
                2025,
                2026,
            ]),
        },
        Source {
            id: B("knowyourcompute-gpt-image-15"),
            authors: B("Know Your Compute"),
            title: Title::Published { text: B("GPT Image 1.5 environmental impact"), lang: B("en") },
            publisher: B("knowyourcompute.com"),
            year: 2026,
            url: B("https://www.knowyourcompute.com/models/gpt-image-1.5"),
            about: Words {
                fr: B("Estimation d’un site tiers, tirée des caractéristiques du matériel et de mesures de l’API\u{a0}: 3,8 Wh, 1,7 g CO2e et 14 mL d’eau par image GPT Image 1.5\u{202f}; méthode non détaillée, et rien n’indique si les dépenses annexes du centre de données (PUE) sont comptées. Nous ne l’utilisons que comme recoupement\u{a0}: elle fixe la borne haute de notre propre estimation et, par le même rapport, celle de GPT Image 2."),
                en: B("A third-party estimate of 3.8 Wh, 1.7 g CO2e and 14 mL of water per GPT Image 1.5 image, “derived from hardware specifications and API benchmarks”; the method is not detailed, and it does not say whether data-centre overheads (PUE) are included. We use it only as a cross-check: it sets the high bound of our own estimate and, through the same ratio, that of GPT Image 2."),
            },
            data_years: B(&[
                2026,
            ]),
        },
        Source {
            id: B("mistral-2024-le-chat"),
            authors: B("Mistral AI"),
            title: Title::Published { text: B("Mistral has entered the chat"), lang: B("en") },
            publisher: B("Mistral AI (mistral.ai)"),
            year: 2024,
            url: B("https://mistral.ai/news/mistral-chat"),
            about: Words {
                fr: B("Mistral AI a annoncé le 18 novembre 2024 que son assistant Le Chat génère ses images avec Flux Pro, de Black Forest Labs. Ce modèle fermé n’a jamais été mesuré\u{a0}: nous montrons à sa place la mesure de son équivalent ouvert FLUX.1 [dev], qui n’est pas un chiffre pour Le Chat lui-même."),
                en: B("Mistral AI announced on 18 November 2024 that its assistant Le Chat generates images with Black Forest Labs’ Flux Pro. Nobody has measured that closed model, so we show the measured energy of its open sibling FLUX.1 [dev] instead, which is not a figure for Le Chat itself."),
            },
            data_years: B(&[
                2025,
            ]),
        },
        Source {
            id: B("knowyourcompute-2025"),
            authors: B("Know Your Compute"),
            title: Title::Published { text: B("GPT-4o Image Generation environmental impact"), lang: B("en") },
            publisher: B("knowyourcompute.com"),
            year: 2025,
            url: B("https://www.knowyourcompute.com/models/gpt-4o-image"),
            about: Words {
                fr: B("Estimation d’un site tiers, tirée des caractéristiques du matériel et de mesures de l’API\u{a0}: 4,5 Wh par image de ChatGPT (génération d’images native de GPT-4o)\u{202f}; méthode non détaillée, et rien n’indique si les dépenses annexes du centre de données (PUE) sont comptées. Nous ne l’utilisons que comme recoupement et comme borne haute de notre propre estimation pour GPT-4o."),
                en: B("A third-party estimate of 4.5 Wh per ChatGPT image made with GPT-4o’s native image generation, “derived from hardware specifications and API benchmarks”; the method is not detailed, and it does not say whether data-centre overheads (PUE) are included. We use it only as a cross-check and as the high bound of our own GPT-4o image estimate."),
            },
            data_years: B(&[
                2026,
            ]),
        },
        Source {
            id: B("recatools-2026-gpt55"),
            authors: B("RecaTools"),
            title: Title::Published { text: B("GPT-5.5 Instant becomes ChatGPT's default model"), lang: B("en") },
            publisher: B("recatools.com"),
            year: 2026,
            url: B("https://recatools.com/news/gpt-5-5-instant-chatgpt-default-model/"),
            about: Words {
                fr: B("Article (5 mai 2026) annonçant que GPT-5.5 Instant remplace GPT-5.3 Instant comme modèle par défaut de ChatGPT pour tous les utilisateurs, après la sortie de GPT-5.5 le 23 avril 2026. Il ne sert qu’à nommer le modèle\u{a0}: sa taille, non publiée par OpenAI, est l’estimation d’EcoLogits."),
                en: B("News report (5 May 2026) that GPT-5.5 Instant replaced GPT-5.3 Instant as ChatGPT’s default model for all users, after GPT-5.5’s release on 23 April 2026. It is used only to name the model: its size, not published by OpenAI, is EcoLogits’ estimate."),
            },
            data_years: B(&[
                2026,
            ]),
        },
        Source {
            id: B("google-io-2026-gemini35"),
            authors: B("ToolNav"),
            title: Title::Published { text: B("Gemini 3.5 Flash: Google's new default AI model"), lang: B("en") },
            publisher: B("toolnav.io"),
            year: 2026,
            url: B("https://toolnav.io/news/2026-05-19-google-gemini-3-5-flash-default-agentic/"),
            about: Words {
                fr: B("Compte rendu de la conférence Google I/O (19 mai 2026)\u{a0}: Gemini 3.5 Flash devient disponible pour tous et modèle par défaut de l’application Gemini et du mode IA de la recherche Google. Il ne sert qu’à nommer le modèle\u{a0}: sa taille, non publiée par Google, est l’estimation d’EcoLogits."),
                en: B("Report on Google I/O (19 May 2026): Gemini 3.5 Flash became generally available and the default model of the Gemini app and of Google Search’s AI Mode. It is used only to name the model: its size, not published by Google, is EcoLogits’ estimate."),
            },
            data_years: B(&[
                2026,
            ]),
        },
        Source {
            id: B("aiwiki-2026-mistral-medium-35"),
            authors: B("AI Wiki"),
            title: Title::Published { text: B("Mistral Medium 3.5"), lang: B("en") },
            publisher: B("aiwiki.ai"),
            year: 2026,
            url: B("https://aiwiki.ai/wiki/mistral_medium_3_5"),
            about: Words {
                fr: B("Article encyclopédique citant Mistral AI\u{a0}: Mistral Medium 3.5, sorti le 28 avril 2026, est un modèle dense d’environ 128 milliards de paramètres, à poids ouverts, et le modèle par défaut de l’assistant Le Chat. Cette taille concorde avec celle qu’indique EcoLogits."),
                en: B("Encyclopedia-style article citing Mistral AI: Mistral Medium 3.5, released on 28 April 2026, is a dense model of about 128 billion parameters with open weights, and the default model of the Le Chat assistant. That size matches EcoLogits’ figure."),
            },
            data_years: B(&[
                2026,
            ]),
        },
    ]),
    own_estimates: B(&[
        OwnEstimate {
            id: B("chat.models.gemini-3.5-flash.active_params_b"),
            range: Estimate::new(90.0, 165.0, 240.0),
            unit: B("billion parameters"),
            year: 2026,
            reasoning: Reasoning {
                what: Words {
                    fr: B("Gemini 3.5 Flash\u{a0}: paramètres actifs"),
                    en: B("Gemini 3.5 Flash: active parameters"),
                },
                why: Words {
                    fr: B("Google ne publie pas la taille du modèle. EcoLogits l’estime à 900\u{a0}milliards de paramètres au total, dont 90 à 240\u{a0}milliards actifs (modèle à mélange d’experts)\u{202f}; nous retenons le milieu, 165\u{a0}milliards. La méthode d’Epoch AI a besoin d’une taille, et il n’en existe pas d’autre estimation."),
                    en: B("Google does not disclose the model’s size. EcoLogits estimates it at 900 billion parameters in all, 90 to 240 billion of them active (a mixture-of-experts model); we take the middle, 165 billion. Epoch AI’s method needs a size, and no other estimate exists."),
                },
            },
        },
        OwnEstimate {
            id: B("chat.models.gpt-5.5.active_params_b"),
            range: Estimate::new(90.0, 195.0, 300.0),
            unit: B("billion parameters"),
            year: 2026,
            reasoning: Reasoning {
                what: Words {
                    fr: B("GPT-5.5\u{a0}: paramètres actifs"),
                    en: B("GPT-5.5: active parameters"),
                },
                why: Words {
                    fr: B("OpenAI ne publie pas la taille du modèle. EcoLogits l’estime à 900\u{a0}milliards de paramètres au total, dont 90 à 300\u{a0}milliards actifs (modèle à mélange d’experts)\u{202f}; faute d’autre estimation, nous retenons le milieu, 195\u{a0}milliards. GPT-5.5 Instant, la version servie par défaut dans ChatGPT, est peut-être plus petit, mais EcoLogits ne l’estime pas à part."),
                    en: B("OpenAI does not disclose the model’s size. EcoLogits estimates it at 900 billion parameters in all, 90 to 300 billion of them active (a mixture-of-experts model); for lack of any other estimate, we take the middle, 195 billion. GPT-5.5 Instant, the version ChatGPT serves by default, may be smaller, but EcoLogits does not estimate it separately."),
                },
            },
        },
        OwnEstimate {
            id: B("chat.epoch.utilisation"),
            range: Estimate::new(0.05, 0.1, 0.2),
            unit: B("ratio"),
            year: 2025,
            reasoning: Reasoning {
                what: Words {
                    fr: B("Part de la puissance de crête utilisée par les GPU (méthode d’Epoch AI)"),
                    en: B("Share of the GPUs’ peak power actually used (Epoch AI’s method)"),
                },
                why: Words {
                    fr: B("Valeur centrale\u{a0}: les 10\u{202f}% d’Epoch AI, qui juge «\u{202f}plutôt pessimiste\u{202f}» son résultat de 0,3\u{a0}Wh par requête. Borne basse\u{a0}: 5\u{202f}%, le cas pessimiste d’Epoch AI. Epoch AI ne donnant pas de cas optimiste, la borne haute (20\u{202f}%) en est le miroir\u{a0}: un facteur 2 sur l’énergie, dans un sens ou dans l’autre."),
                    en: B("Central: Epoch AI’s 10%; Epoch calls its resulting 0.3 Wh per query “relatively pessimistic”. Low: 5%, Epoch’s own pessimistic case. Epoch gives no optimistic case, so the high bound (20%) mirrors it: a factor of 2 either way in energy."),
                },
            },
        },
        OwnEstimate {
            id: B("chat.epoch.method_spread"),
            range: Estimate::new(1.0, 1.0, 3.2),
            unit: B("ratio"),
            year: 2026,
            reasoning: Reasoning {
                what: Words {
                    fr: B("Écart entre les méthodes d’EcoLogits et d’Epoch AI"),
                    en: B("Gap between the EcoLogits and Epoch AI methods"),
                },
                why: Words {
                    fr: B("Pour une même réponse de GPT-4o (400 jetons), EcoLogits compte 0,643\u{a0}Wh d’électricité des serveurs et la méthode d’Epoch AI 0,201\u{a0}Wh, 3,2 fois moins. Aucune n’est une mesure\u{a0}: ce désaccord devient une incertitude de plus, 1 au centre et en bas (EcoLogits ne place pas GPT-4o plus bas), 3,2 en haut. Calibré sur GPT-4o, seul modèle décrit par les deux avec les mêmes hypothèses, il vaut pour tout modèle chiffré selon la méthode d’Epoch AI."),
                    en: B("For the same 400-token GPT-4o reply, EcoLogits counts 0.643 Wh of server electricity and Epoch AI’s method 0.201 Wh, 3.2 times less. Neither is a measurement, so we treat the gap as one more uncertainty: 1 at the centre and low end (Epoch’s figure; EcoLogits goes no lower), 3.2 at the high end. Sized on GPT-4o, the one model both describe with the same assumptions, it applies to every model costed with Epoch’s method."),
                },
            },
        },
        OwnEstimate {
            id: B("chat.published.google.reference_tokens"),
            range: Estimate::new(400.0, 400.0, 400.0),
            unit: B("tokens"),
            year: 2025,
            reasoning: Reasoning {
                what: Words {
                    fr: B("Longueur de réponse prêtée au chiffre de Google (0,24\u{a0}Wh)"),
                    en: B("Reply length assumed behind Google’s figure (0.24 Wh)"),
                },
                why: Words {
                    fr: B("Google ne publie pas la longueur de réponse derrière ses 0,24\u{a0}Wh pour la requête texte médiane de l’application Gemini. Nous prenons la longueur de réponse par défaut du widget, 400 jetons\u{a0}: une réponse typique affiche ainsi le chiffre publié, et les réponses plus longues ou plus courtes sont comptées au prorata."),
                    en: B("Google does not publish the reply length behind its 0.24 Wh for the median text prompt in the Gemini app. We take the widget’s default reply length, 400 tokens, so that a typical reply shows the published figure; longer or shorter replies scale in proportion."),
                },
            },
        },
        OwnEstimate {
            id: B("chat.published.openai.pue"),
            range: Estimate::new(1.2, 1.2, 1.2),
            unit: B("ratio"),
            year: 2025,
            reasoning: Reasoning {
                what: Words {
                    fr: B("PUE prêté au chiffre d’OpenAI (0,34\u{a0}Wh)"),
                    en: B("PUE assumed inside OpenAI’s figure (0.34 Wh)"),
                },
                why: Words {
                    fr: B("Sam Altman ne dit pas ce que couvrent ses 0,34\u{a0}Wh par requête ChatGPT moyenne. Nous les lisons comme l’énergie au compteur, surcoût du centre de données compris, avec un PUE de 1,2 (20\u{202f}% d’énergie en plus de celle des serveurs)\u{a0}: la valeur qu’EcoLogits retient pour OpenAI, hébergé chez Microsoft Azure."),
                    en: B("Sam Altman does not say what his 0.34 Wh per average ChatGPT query covers. We read it as energy at the wall, data-centre overhead included, with a PUE of 1.2 (20% more energy than the servers use): the value EcoLogits uses for OpenAI, hosted on Microsoft Azure."),
                },
            },
        },
        OwnEstimate {
            id: B("chat.published.openai.reference_tokens"),
            range: Estimate::new(400.0, 400.0, 400.0),
            unit: B("tokens"),
            year: 2025,
            reasoning: Reasoning {
                what: Words {
                    fr: B("Longueur de réponse prêtée au chiffre d’OpenAI (0,34\u{a0}Wh)"),
                    en: B("Reply length assumed behind OpenAI’s figure (0.34 Wh)"),
                },
                why: Words {
                    fr: B("OpenAI ne publie pas la longueur de réponse derrière ses 0,34\u{a0}Wh par requête ChatGPT moyenne. Nous prenons la longueur de réponse par défaut du widget, 400 jetons\u{a0}: une réponse typique affiche ainsi le chiffre publié, et les réponses plus longues ou plus courtes sont comptées au prorata."),
                    en: B("OpenAI does not publish the reply length behind its 0.34 Wh per average ChatGPT query. We take the widget’s default reply length, 400 tokens, so that a typical reply shows the published figure; longer or shorter replies scale in proportion."),
                },
            },
        },
        OwnEstimate {
            id: B("chat.vision.input_wh_per_token"),
            range: Estimate::new(0.00022, 0.00022, 0.0004),
            unit: B("Wh per input token"),
            year: 2025,
            reasoning: Reasoning {
                what: Words {
                    fr: B("Énergie par jeton d’entrée (lecture d’une photo envoyée)"),
                    en: B("Energy per input token (reading an uploaded photo)"),
                },
                why: Words {
                    fr: B("Selon Epoch AI, une requête GPT-4o avec 10\u{202f}000 jetons en entrée consomme environ 2,5\u{a0}Wh, et environ 40\u{a0}Wh avec 100\u{202f}000, contre 0,3\u{a0}Wh pour une requête ordinaire. D’où (2,5 − 0,3) Wh ÷ 10\u{202f}000 = 0,00022\u{a0}Wh par jeton au centre et en bas\u{202f}; en haut, (40 − 0,3) Wh ÷ 100\u{202f}000 ≈ 0,0004\u{a0}Wh, car le mécanisme d’attention rend les longues entrées plus coûteuses par jeton. Énergie au compteur, PUE d’Epoch AI compris (1,2)."),
                    en: B("Epoch AI puts a GPT-4o query with 10,000 input tokens at about 2.5 Wh, and one with 100,000 at about 40 Wh, against 0.3 Wh for a typical query. Hence (2.5 − 0.3) Wh ÷ 10,000 = 0.00022 Wh per token, central and low; high: (40 − 0.3) Wh ÷ 100,000 ≈ 0.0004 Wh, as attention makes long inputs costlier per token. Energy at the wall, with Epoch’s PUE of 1.2."),
                },
            },
        },
        OwnEstimate {
            id: B("images.models.dall-e-3.energy_wh"),
            range: Estimate::new(0.44, 2.9, 11.49),
            unit: B("Wh"),
            year: 2024,
            reasoning: Reasoning {
                what: Words {
                    fr: B("Énergie d’une image DALL·E 3 (qualité moyenne, serveur)"),
                    en: B("Energy of one DALL·E 3 image (medium quality, server)"),
                },
                why: Words {
                    fr: B("OpenAI ne publie ni la taille de DALL·E 3 ni la façon dont il est servi\u{a0}: nous le situons parmi les mesures des modèles de diffusion ouverts. Valeur centrale\u{a0}: la moyenne des modèles de génération d’images mesurés par Luccioni et al. (2,9\u{a0}Wh). Borne basse\u{a0}: SDXL sur GPU H100, reste du serveur compté comme le fait MIT Technology Review (0,44\u{a0}Wh)\u{202f}; borne haute\u{a0}: le modèle d’images le moins efficace de Luccioni et al. (11,49\u{a0}Wh)."),
                    en: B("OpenAI publishes neither DALL·E 3’s size nor how it is served, so we place it among what open diffusion models measure. Central: the mean of the image generation models measured by Luccioni et al. (2.9 Wh). Low: SDXL on an H100 GPU, with the rest of the server counted as MIT Technology Review does (0.44 Wh); high: the least efficient image model in Luccioni et al. (11.49 Wh)."),
                },
            },
        },
        OwnEstimate {
            id: B("images.models.flux-1.energy_wh"),
            range: Estimate::new(2.098, 4.195, 4.416),
            unit: B("Wh"),
            year: 2025,
            reasoning: Reasoning {
                what: Words {
                    fr: B("Énergie d’une image FLUX.1 [dev] (qualité moyenne, serveur)"),
                    en: B("Energy of one FLUX.1 [dev] image (medium quality, server)"),
                },
                why: Words {
                    fr: B("ML.ENERGY a mesuré 7\u{202f}551\u{a0}J d’énergie GPU par image (1024×1024, 50 étapes, un GPU H100, lots de 16). Centre\u{a0}: ce chiffre doublé pour le reste du serveur, selon la règle de MIT Technology Review (GPU ≈ moitié de la puissance du serveur)\u{202f}; bas\u{a0}: le GPU seul\u{202f}; haut\u{a0}: une image à la fois (7\u{202f}949\u{a0}J), doublée. Le Chat utilise FLUX Pro, modèle fermé de la même famille que nul n’a mesuré\u{a0}: voici la mesure la plus proche."),
                    en: B("ML.ENERGY measured 7,551 J of GPU energy per image (1024×1024, 50 steps, one H100 GPU, batches of 16). Central: doubled for the rest of the server, by MIT Technology Review’s rule (GPU ≈ half the server’s power); low: GPU only; high: one image at a time (7,949 J), doubled. Le Chat uses FLUX Pro, a closed sibling nobody has measured: this is the nearest measurement, not Le Chat’s own."),
                },
            },
        },
        OwnEstimate {
            id: B("images.models.gemini-2.5-flash-image.energy_wh"),
            range: Estimate::new(0.71, 1.545, 4.278),
            unit: B("Wh"),
            year: 2026,
            reasoning: Reasoning {
                what: Words {
                    fr: B("Énergie d’une image de Gemini 2.5 Flash Image (serveur)"),
                    en: B("Energy of one image from Gemini 2.5 Flash Image (server)"),
                },
                why: Words {
                    fr: B("Google ne publie pas de chiffre par image, mais en facture chacune 1\u{202f}290 jetons. Chiffrés par la méthode d’EcoLogits, avec l’estimation qu’EcoLogits fait de la taille du modèle, ils coûtent 2,44 à 4,28\u{a0}Wh (milieu 3,36\u{a0}Wh), calcul sans doute pessimiste\u{202f}; à l’énergie par jeton mesurée par Google pour une requête texte (0,24\u{a0}Wh), 0,71\u{a0}Wh. Valeur centrale\u{a0}: la moyenne géométrique des deux (1,545\u{a0}Wh)\u{202f}; fourchette\u{a0}: 0,71 à 4,28\u{a0}Wh."),
                    en: B("Google publishes no figure per image but bills each one as 1,290 tokens. Costed with EcoLogits’ method on its own estimate of the model’s size, they take 2.44–4.28 Wh (middle 3.36 Wh), likely pessimistic; at the energy per token Google measured for a text prompt (0.24 Wh), 0.71 Wh. Central: the geometric mean of the two (1.545 Wh); range 0.71 to 4.28 Wh."),
                },
            },
        },
        OwnEstimate {
            id: B("images.models.gpt-4o.energy_wh"),
            range: Estimate::new(1.26, 2.51, 4.5),
            unit: B("Wh"),
            year: 2026,
            reasoning: Reasoning {
                what: Words {
                    fr: B("Énergie d’une image GPT-4o / GPT Image 1 (qualité moyenne, serveur)"),
                    en: B("Energy of one GPT-4o / GPT Image 1 image (medium quality, server)"),
                },
                why: Words {
                    fr: B("OpenAI ne publie rien. Ses 1\u{202f}056 jetons par image, chiffrés par la méthode d’EcoLogits pour un modèle de la taille de GPT-4o, coûtent 1,26 à 2,11\u{a0}Wh (milieu 1,69\u{a0}Wh). L’estimation publiée de Know Your Compute, 4,5\u{a0}Wh (3,75\u{a0}Wh pour les serveurs à PUE 1,2), est plus haute, et la méthode omet le décodeur d’image. Centre\u{a0}: moyenne géométrique de 1,69 et 3,75\u{a0}Wh (2,51\u{a0}Wh)\u{202f}; bas\u{a0}: 1,26\u{a0}Wh\u{202f}; haut\u{a0}: les 4,5\u{a0}Wh, pris pour les serveurs."),
                    en: B("OpenAI publishes nothing. An image is 1,056 tokens; costed with EcoLogits’ method for a model of GPT-4o’s size, they take 1.26–2.11 Wh (middle 1.69 Wh). Know Your Compute’s published estimate, 4.5 Wh (3.75 Wh for the servers at PUE 1.2), is higher, and the method leaves out the image decoder. Central: the geometric mean of 1.69 and 3.75 Wh (2.51 Wh); low: 1.26 Wh; high: the 4.5 Wh, taken as server energy."),
                },
            },
        },
        OwnEstimate {
            id: B("images.models.gpt-image-1.5.energy_wh"),
            range: Estimate::new(1.263, 2.311, 3.8),
            unit: B("Wh"),
            year: 2026,
            reasoning: Reasoning {
                what: Words {
                    fr: B("Énergie d’une image GPT Image 1.5 (qualité moyenne, serveur)"),
                    en: B("Energy of one GPT Image 1.5 image (medium quality, server)"),
                },
                why: Words {
                    fr: B("OpenAI ne publie ni chiffre ni taille. Une image compte 1\u{202f}056 jetons, comme pour GPT Image 1\u{202f}; chiffrés par la méthode d’EcoLogits pour un modèle de la taille de GPT-4o, ils coûtent 1,263 à 2,110\u{a0}Wh (milieu 1,686\u{a0}Wh). Centre\u{a0}: moyenne géométrique de ce milieu et de l’estimation publiée de Know Your Compute, 3,8\u{a0}Wh (3,17\u{a0}Wh pour les serveurs), soit 2,311\u{a0}Wh\u{202f}; bas\u{a0}: celui de la méthode\u{202f}; haut\u{a0}: les 3,8\u{a0}Wh, pris pour les serveurs."),
                    en: B("OpenAI publishes neither a figure nor a size. An image is 1,056 tokens, as for GPT Image 1; costed with EcoLogits’ method for a model of GPT-4o’s size, they take 1.263–2.110 Wh (middle 1.686 Wh). Central: the geometric mean of that middle and Know Your Compute’s published estimate, 3.8 Wh (3.17 Wh for the servers), i.e. 2.311 Wh; low: the method’s low; high: the 3.8 Wh, taken as server energy."),
                },
            },
        },
        OwnEstimate {
            id: B("images.models.gpt-image-2.energy_wh"),
            range: Estimate::new(2.096, 3.837, 5.258),
            unit: B("Wh"),
            year: 2026,
            reasoning: Reasoning {
                what: Words {
                    fr: B("Énergie d’une image GPT Image 2 (qualité moyenne, serveur)"),
                    en: B("Energy of one GPT Image 2 image (medium quality, server)"),
                },
                why: Words {
                    fr: B("Ni chiffre, ni taille, ni estimation publiés. Une image compte 1\u{202f}756 jetons\u{202f}; chiffrés par la méthode d’EcoLogits pour un modèle de la taille de GPT-4o, ils coûtent 2,096 à 3,504\u{a0}Wh (milieu 2,800\u{a0}Wh). Pour GPT Image 1.5, l’estimation publiée valait 1,878 fois le milieu du même calcul\u{a0}: centre = milieu × √1,878 (3,837\u{a0}Wh), haut = milieu × 1,878 (5,258\u{a0}Wh), bas\u{a0}: celui de la méthode. Jetons de réflexion du mode «\u{202f}thinking\u{202f}» non comptés."),
                    en: B("No published figure, size or estimate. An image is 1,756 tokens; costed with EcoLogits’ method for a model of GPT-4o’s size, they take 2.096–3.504 Wh (middle 2.800 Wh). For GPT Image 1.5 the published estimate was 1.878 times the same method’s middle: central = middle × √1.878 (3.837 Wh), high = middle × 1.878 (5.258 Wh), low: the method’s low. The reasoning tokens of “thinking” mode are not counted."),
                },
            },
        },
        OwnEstimate {
            id: B("images.models.sdxl.energy_wh"),
            range: Estimate::new(0.205, 0.442, 0.538),
            unit: B("Wh"),
            year: 2024,
            reasoning: Reasoning {
                what: Words {
                    fr: B("Énergie d’une image SDXL (qualité moyenne, serveur)"),
                    en: B("Energy of one SDXL image (medium quality, server)"),
                },
                why: Words {
                    fr: B("Mesure ML.ENERGY sur un GPU H100 (1024×1024, 25 étapes). Valeur centrale\u{a0}: 795\u{a0}J d’énergie GPU par image, par lots de 4, doublés pour le reste du serveur selon la règle de MIT Technology Review (le GPU ≈ la moitié de la puissance du serveur), soit 0,442\u{a0}Wh. Borne basse\u{a0}: le GPU seul, par lots de 16 (738\u{a0}J)\u{202f}; borne haute\u{a0}: une image à la fois (969\u{a0}J), doublée."),
                    en: B("Measured by ML.ENERGY on an H100 GPU (1024×1024, 25 steps). Central: 795 J of GPU energy per image in batches of 4, doubled for the rest of the server by MIT Technology Review’s rule (GPU ≈ half the server’s power), i.e. 0.442 Wh. Low: GPU only, batches of 16 (738 J); high: one image at a time (969 J), doubled."),
                },
            },
        },
        OwnEstimate {
            id: B("images.quality.diffusion.low"),
            range: Estimate::new(0.213, 0.5, 0.769),
            unit: B("ratio"),
            year: 2025,
            reasoning: Reasoning {
                what: Words {
                    fr: B("Facteur de qualité basse (modèles de diffusion)"),
                    en: B("Low-quality factor (diffusion models)"),
                },
                why: Words {
                    fr: B("La qualité basse, c’est deux fois moins de pixels ou deux fois moins d’étapes de débruitage que la qualité moyenne. L’énergie étant à peu près proportionnelle au nombre d’étapes, le facteur central est 1/2\u{202f}; pour la résolution, Bertazzini et al. mesurent 1,3 à 4,7 fois plus d’énergie à chaque doublement, donc 1/4,7 à 1/1,3 (0,213 à 0,769) à chaque division par deux."),
                    en: B("Low quality means half the pixels or half the denoising steps of medium. Energy is roughly proportional to the number of steps, so the central factor is 1/2; for resolution, Bertazzini et al. measure 1.3 to 4.7 times more energy per doubling, so halving gives 1/4.7 to 1/1.3 (0.213 to 0.769)."),
                },
            },
        },
        OwnEstimate {
            id: B("images.quality.diffusion.high"),
            range: Estimate::new(1.3, 2.0, 4.7),
            unit: B("ratio"),
            year: 2025,
            reasoning: Reasoning {
                what: Words {
                    fr: B("Facteur de qualité haute (modèles de diffusion)"),
                    en: B("High-quality factor (diffusion models)"),
                },
                why: Words {
                    fr: B("La qualité haute, c’est deux fois la résolution ou deux fois plus d’étapes de débruitage que la qualité moyenne. Doubler les étapes coûte environ 2 fois plus d’énergie\u{202f}; doubler la résolution, 1,3 à 4,7 fois plus selon les mesures de Bertazzini et al. D’où 2 au centre, et une fourchette de 1,3 à 4,7."),
                    en: B("High quality means twice the resolution or twice the denoising steps of medium. Doubling the steps costs about 2 times the energy; doubling the resolution, 1.3 to 4.7 times, as measured by Bertazzini et al. Hence 2 at the centre, and a range of 1.3 to 4.7."),
                },
            },
        },
        OwnEstimate {
            id: B("datacentre.embodied.average_server_power_w"),
            range: Estimate::new(3500.0, 7140.0, 10200.0),
            unit: B("W"),
            year: 2025,
            reasoning: Reasoning {
                what: Words {
                    fr: B("Puissance moyenne d’un serveur à 8 GPU H100"),
                    en: B("Average power of an 8 × H100 server"),
                },
                why: Words {
                    fr: B("Sert à répartir la fabrication du serveur sur l’électricité qu’il consomme au cours de sa vie\u{a0}: moins de puissance, c’est plus d’émissions de fabrication par Wh. Valeur centrale\u{a0}: 10,2\u{a0}kW de puissance nominale d’un DGX H100 (Epoch AI) × 70\u{202f}% de consommation moyenne (constat de Microsoft cité par Epoch AI) = 7,14\u{a0}kW. Borne haute\u{a0}: la puissance nominale\u{202f}; basse\u{a0}: 3,5\u{a0}kW, pour des serveurs en partie inactifs."),
                    en: B("Used to spread the server’s manufacturing over the electricity it uses in its life: less power means more manufacturing emissions per Wh. Central: a DGX H100’s rated 10.2 kW (Epoch AI) × 70% average draw (a Microsoft finding cited by Epoch) = 7.14 kW. High: the rated power; low: 3.5 kW, for servers that sit partly idle."),
                },
            },
        },
        OwnEstimate {
            id: B("datacentre.training.share_of_inference"),
            range: Estimate::new(0.05, 0.3, 0.67),
            unit: B("ratio"),
            year: 2022,
            reasoning: Reasoning {
                what: Words {
                    fr: B("Énergie d’entraînement comptée par unité d’énergie d’utilisation"),
                    en: B("Training energy counted per unit of energy used to answer"),
                },
                why: Words {
                    fr: B("Chez Google en 2019–2021, l’entraînement prenait environ 2/5 de l’énergie de l’apprentissage automatique et l’utilisation 3/5 (Patterson et al.)\u{a0}: un rapport de 0,67, recherche comprise (borne haute). Un modèle grand public servant des centaines de millions d’utilisateurs amortit son entraînement sur bien plus de requêtes\u{a0}: 0,3 au centre, 0,05 en bas. Lieu d’entraînement inconnu\u{a0}: on prend l’électricité et l’eau du scénario choisi."),
                    en: B("At Google in 2019–2021, about 2/5 of machine-learning energy went to training and 3/5 to use (Patterson et al.), a ratio of 0.67, research included: the high bound. A consumer model serving hundreds of millions of users spreads its training over far more queries, hence 0.3 central and 0.05 low. Where training ran is unknown, so the chosen scenario’s electricity and water factors are used."),
                },
            },
        },
        OwnEstimate {
            id: B("equivalents.ev-km.amount"),
            range: Estimate::new(140.0, 170.0, 250.0),
            unit: B("Wh"),
            year: 2024,
            reasoning: Reasoning {
                what: Words {
                    fr: B("1\u{a0}km en voiture électrique"),
                    en: B("1 km by electric car"),
                },
                why: Words {
                    fr: B("Consommations homologuées (WLTP, mesurées à la prise) d’exemples cités par Arval\u{a0}: Dacia Spring 13,9, Peugeot e-208 15,4, Audi Q8 e-tron 21,8 à 24,8\u{a0}kWh/100\u{a0}km\u{202f}; en conduite réelle (autoroute, hiver, pertes de recharge), c’est souvent 10 à 20\u{202f}% de plus. Nous retenons 17\u{a0}kWh/100\u{a0}km, soit 170\u{a0}Wh/km pour une voiture moyenne, de 140\u{a0}Wh/km (petite voiture) à 250\u{a0}Wh/km (grand SUV sur autoroute)."),
                    en: B("Official WLTP consumption, measured at the socket, of examples reported by Arval: Dacia Spring 13.9, Peugeot e-208 15.4, Audi Q8 e-tron 21.8–24.8 kWh/100 km; real-world driving (motorway speeds, winter, charging losses) is typically 10–20% higher. We take 17 kWh/100 km, i.e. 170 Wh/km for a mid-size car, from 140 Wh/km (small car) to 250 Wh/km (large SUV on the motorway)."),
                },
            },
        },
        OwnEstimate {
            id: B("equivalents.glass-of-water.amount"),
            range: Estimate::new(0.2, 0.25, 0.3),
            unit: B("L"),
            year: 2025,
            reasoning: Reasoning {
                what: Words {
                    fr: B("Un verre d’eau"),
                    en: B("A glass of water"),
                },
                why: Words {
                    fr: B("Un verre à boire ordinaire contient 20 à 30\u{a0}cL\u{202f}; nous retenons 25\u{a0}cL."),
                    en: B("A standard drinking glass holds 20 to 30 cL; we take 25 cL."),
                },
            },
        },
        OwnEstimate {
            id: B("equivalents.kettle-1l.amount"),
            range: Estimate::new(100.0, 110.0, 130.0),
            unit: B("Wh"),
            year: 2025,
            reasoning: Reasoning {
                what: Words {
                    fr: B("1 litre d’eau porté à ébullition"),
                    en: B("Boiling 1 litre in a kettle"),
                },
                why: Words {
                    fr: B("Porter 1 litre d’eau du robinet de 15 à 100\u{a0}°C demande 356\u{a0}kJ, soit 99\u{a0}Wh de chaleur\u{202f}; une bouilloire électrique a un rendement d’environ 80 à 95\u{202f}%, d’où environ 105 à 125\u{a0}Wh. Nous retenons 110\u{a0}Wh, entre 100\u{a0}Wh (la chaleur seule) et 130\u{a0}Wh. Une bouilloire pleine de 1,7\u{a0}L demande environ 190\u{a0}Wh."),
                    en: B("Heating 1 litre of tap water from 15 to 100 °C takes 356 kJ, i.e. 99 Wh of heat; electric kettles are about 80–95% efficient, hence about 105–125 Wh. We take 110 Wh, between 100 Wh (the heat alone) and 130 Wh. A full 1.7 L kettle takes about 190 Wh."),
                },
            },
        },
        OwnEstimate {
            id: B("equivalents.led-bulb-hour.amount"),
            range: Estimate::new(5.0, 10.0, 15.0),
            unit: B("Wh"),
            year: 2025,
            reasoning: Reasoning {
                what: Words {
                    fr: B("Ampoule LED allumée 1 heure"),
                    en: B("An LED bulb on for an hour"),
                },
                why: Words {
                    fr: B("Une ampoule LED domestique qui remplace une ampoule à incandescence de 60\u{a0}W (environ 800\u{a0}lumens) consomme 8 à 10\u{a0}W, soit environ 10\u{a0}Wh en une heure. Les petites ampoules de 5\u{a0}W et les plus lumineuses, de 15\u{a0}W (environ 1\u{202f}500\u{a0}lumens), donnent la fourchette."),
                    en: B("A household LED bulb replacing a 60 W incandescent bulb (about 800 lumens) draws 8 to 10 W, so one hour is about 10 Wh. Small 5 W bulbs and bright 15 W bulbs (about 1,500 lumens) give the range."),
                },
            },
        },
        OwnEstimate {
            id: B("equivalents.microwave-minute.amount"),
            range: Estimate::new(13.0, 18.0, 25.0),
            unit: B("Wh"),
            year: 2025,
            reasoning: Reasoning {
                what: Words {
                    fr: B("1 minute de micro-ondes"),
                    en: B("1 minute of microwave"),
                },
                why: Words {
                    fr: B("Une minute à pleine puissance. Les micro-ondes sont vendus selon leur puissance utile (700 à 1\u{202f}000\u{a0}W)\u{202f}; ils tirent de la prise environ 1,2 à 1,5 fois plus (environ 800 à 1\u{202f}500\u{a0}W), soit 13 à 25\u{a0}Wh par minute. 18\u{a0}Wh correspond à environ 1\u{202f}100\u{a0}W. La comparaison de Google (0,24\u{a0}Wh, environ une seconde de micro-ondes) suppose environ 860\u{a0}W, soit 14\u{a0}Wh par minute, dans la fourchette."),
                    en: B("One minute at full power. Microwaves are sold by output power (700–1,000 W); they draw about 1.2 to 1.5 times more from the socket (about 800–1,500 W), i.e. 13–25 Wh per minute. 18 Wh means about 1,100 W. Google’s own comparison (0.24 Wh, about one second of microwave) implies about 860 W, or 14 Wh per minute, within the range."),
                },
            },
        },
        OwnEstimate {
            id: B("equivalents.smartphone-charge.amount"),
            range: Estimate::new(12.0, 15.0, 24.0),
            unit: B("Wh"),
            year: 2025,
            reasoning: Reasoning {
                what: Words {
                    fr: B("Recharge complète d’un smartphone"),
                    en: B("A full smartphone charge"),
                },
                why: Words {
                    fr: B("Recharge complète à partir de zéro, mesurée à la prise. Batterie\u{a0}: 12,98\u{a0}Wh pour l’iPhone 15, 17,11\u{a0}Wh pour l’iPhone 15 Pro Max, environ 19\u{a0}Wh pour un Android de 5\u{202f}000\u{a0}mAh\u{202f}; avec un rendement de charge supposé de 80 à 90\u{202f}%, cela fait environ 14 à 24\u{a0}Wh à la prise, et 15\u{a0}Wh pour un téléphone moyen. La borne basse, 12\u{a0}Wh, est la valeur de l’EPA américaine reprise par Luccioni et al. (téléphones plus anciens)."),
                    en: B("A full charge from empty, measured at the socket. Battery: 12.98 Wh for the iPhone 15, 17.11 Wh for the iPhone 15 Pro Max, about 19 Wh for a 5,000 mAh Android phone; with an assumed 80–90% charging efficiency, that is about 14–24 Wh at the socket, and 15 Wh for a mid-size phone. The low bound, 12 Wh, is the US EPA value used by Luccioni et al. (older phones)."),
                },
            },
        },
        OwnEstimate {
            id: B("equivalents.water-bottle-1-5l.amount"),
            range: Estimate::new(1.5, 1.5, 1.5),
            unit: B("L"),
            year: 2025,
            reasoning: Reasoning {
                what: Words {
                    fr: B("Une bouteille d’eau de 1,5\u{a0}L"),
                    en: B("A 1.5 L water bottle"),
                },
                why: Words {
                    fr: B("Par définition\u{a0}: la bouteille d’eau plate courante en France, de 1,5\u{a0}L. Elle est préférée à la bouteille de 0,5\u{a0}L parce que la presse parle de litres par image (2 à 5\u{a0}L, soit 1,3 à 3,3 bouteilles)."),
                    en: B("By definition: the standard French still-water bottle, 1.5 L. It is preferred to the 0.5 L bottle because press claims are in litres per image (2 to 5 L, i.e. 1.3 to 3.3 bottles)."),
                },
            },
        },
        OwnEstimate {
            id: B("scale.french-home-electricity-year.amount"),
            range: Estimate::new(2500000.0, 4500000.0, 10000000.0),
            unit: B("Wh"),
            year: 2024,
            reasoning: Reasoning {
                what: Words {
                    fr: B("Électricité d’un foyer français pendant un an"),
                    en: B("A French home’s electricity for a year"),
                },
                why: Words {
                    fr: B("Les logements consomment environ 150 à 160\u{a0}TWh par an, soit 35\u{202f}% environ des 449\u{a0}TWh consommés en France (RTE\u{202f}; répartition selon Selectra et Hello Watt). Divisé par environ 31\u{a0}millions de résidences principales\u{a0}: 4\u{202f}800 à 5\u{202f}100\u{a0}kWh\u{202f}; par environ 38\u{a0}millions de logements\u{a0}: environ 4\u{202f}250\u{a0}kWh (Selectra\u{a0}: 4\u{202f}255\u{a0}kWh en 2024). Nous retenons 4\u{202f}500\u{a0}kWh, de 2\u{202f}500\u{a0}kWh sans chauffage électrique à 10\u{202f}000\u{a0}kWh avec (fourchette de Selectra)."),
                    en: B("Homes use about 150–160 TWh a year, about 35% of France’s 449 TWh (RTE, sector split as reported by Selectra and Hello Watt). Divided by about 31 million main residences, that is 4,800–5,100 kWh; by about 38 million dwellings, about 4,250 kWh (Selectra: 4,255 kWh in 2024). We take 4,500 kWh, from 2,500 kWh without electric heating to 10,000 kWh with it (Selectra’s range)."),
                },
            },
        },
        OwnEstimate {
            id: B("scale.french-town-10k-electricity-all-sectors-year.amount"),
            range: Estimate::new(65700000000.0, 65700000000.0, 65700000000.0),
            unit: B("Wh"),
            year: 2024,
            reasoning: Reasoning {
                what: Words {
                    fr: B("Électricité de 10\u{202f}000 Français, tous secteurs (1 an)"),
                    en: B("Electricity of 10,000 French residents, all sectors (1 year)"),
                },
                why: Words {
                    fr: B("La France a consommé 449,2\u{a0}TWh en 2024 (RTE, corrigé des effets météo et calendaire)\u{202f}; divisé par environ 68,4\u{a0}millions d’habitants, cela fait environ 6\u{202f}570\u{a0}kWh par personne, soit environ 66\u{a0}GWh pour 10\u{202f}000. Industrie et services compris\u{a0}: une vraie ville de cette taille peut consommer bien moins ou bien plus selon son industrie."),
                    en: B("France used 449.2 TWh in 2024 (RTE, corrected for weather and calendar effects); divided by about 68.4 million inhabitants, that is about 6,570 kWh per person, or about 66 GWh for 10,000. Industry and services are included, so a real town of that size may use much less or much more depending on its industry."),
                },
            },
        },
        OwnEstimate {
            id: B("scale.french-town-10k-electricity-year.amount"),
            range: Estimate::new(22200000000.0, 22500000000.0, 23700000000.0),
            unit: B("Wh"),
            year: 2024,
            reasoning: Reasoning {
                what: Words {
                    fr: B("Électricité des foyers d’une ville de 10\u{202f}000 habitants (1 an)"),
                    en: B("Home electricity of a 10,000-inhabitant town (1 year)"),
                },
                why: Words {
                    fr: B("10\u{202f}000 habitants × 2\u{202f}223 à 2\u{202f}365\u{a0}kWh d’électricité résidentielle par personne et par an (chiffres rapportés par Selectra, d’après l’Agence ORE, et par Hello Watt) = 22,2 à 23,7\u{a0}GWh\u{202f}; nous retenons 22,5\u{a0}GWh. Logements seulement\u{a0}: commerces, bureaux, éclairage public et industrie ne sont pas comptés."),
                    en: B("10,000 inhabitants × 2,223 to 2,365 kWh of residential electricity per person per year (figures reported by Selectra, citing Agence ORE, and by Hello Watt) = 22.2 to 23.7 GWh; we take 22.5 GWh. Homes only: shops, offices, street lighting and industry are not counted."),
                },
            },
        },
    ]),
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
