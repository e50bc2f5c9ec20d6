//! Named starting scenarios, so a link or a button can say "a month of regular use" in one word.

use crate::model::{ImageModel, Period, Scenario};

/// A named scenario. A link's `preset` is applied first; explicit parameters then override it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Preset {
    /// The widget's default scenario: a few images with regenerations and some chat.
    StarterPack,
    /// One image and nothing else: the unit cost.
    SingleImage,
    /// A month of regular use.
    Month,
    /// The seed article's case: one starter-pack picture made in ChatGPT.
    Article,
    /// A day of regular use, counted for a year.
    Year,
    /// One AI video clip of the default length and nothing else.
    VideoClip,
}

impl Preset {
    pub const ALL: [Preset; 6] = [
        Preset::StarterPack,
        Preset::SingleImage,
        Preset::VideoClip,
        Preset::Month,
        Preset::Year,
        Preset::Article,
    ];

    /// Images a day in [`Preset::Month`]: our assumption of regular use, not a measured figure.
    const MONTH_IMAGES_PER_DAY: u32 = 2;
    /// Chat replies a day in [`Preset::Month`]: our assumption, as above.
    const MONTH_REPLIES_PER_DAY: u32 = 20;
    /// Days in [`Preset::Month`].
    const MONTH_DAYS: u32 = 30;

    /// The `preset` URL value.
    pub const fn id(self) -> &'static str {
        match self {
            Preset::StarterPack => "starter-pack",
            Preset::SingleImage => "single-image",
            Preset::Month => "month",
            Preset::Year => "year",
            Preset::VideoClip => "video-clip",
            Preset::Article => "article",
        }
    }

    /// Parses a `preset` value, ignoring case and surrounding spaces.
    pub fn from_id(id: &str) -> Option<Preset> {
        super::find_by_id(&Preset::ALL, Preset::id, id)
    }

    /// The scenario this preset stands for; what it does not mention keeps the default.
    pub fn scenario(self) -> Scenario {
        let default = Scenario::default();
        match self {
            Preset::StarterPack => default,
            Preset::SingleImage => Scenario {
                images: 1,
                messages: 0,
                ..default
            },
            // Our assumption of regular use: ~2 images and ~20 chat replies a day for 30 days,
            // i.e. 60 images and 600 replies.
            Preset::Month => Scenario {
                images: Self::MONTH_IMAGES_PER_DAY * Self::MONTH_DAYS,
                messages: Self::MONTH_REPLIES_PER_DAY * Self::MONTH_DAYS,
                ..default
            },
            // The same day of regular use as the month's, as a daily habit: the results then
            // also give its year.
            Preset::Year => Scenario {
                images: Self::MONTH_IMAGES_PER_DAY,
                messages: Self::MONTH_REPLIES_PER_DAY,
                per: Period::Day,
                ..default
            },
            // One clip of the default service and length: what one short video costs.
            Preset::VideoClip => Scenario {
                images: 0,
                messages: 0,
                videos: 1,
                ..default
            },
            // The seed article weighs one "starter pack" picture: a selfie uploaded to ChatGPT
            // and turned into one GPT-4o image. It names no quality and counts no chat, so the
            // quality stays the default and there are no replies.
            Preset::Article => Scenario {
                images: 1,
                image_model: ImageModel::Gpt4o,
                photos: 1,
                messages: 0,
                ..default
            },
        }
    }
}
