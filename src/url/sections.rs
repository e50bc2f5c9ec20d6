//! The `hide` parameter: parts of the widget an editor can leave out of an article.

/// A part of the widget that `hide` can remove. The results, the two main controls and the
/// charts cannot be hidden: they are the widget.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Section {
    Title,
    Intro,
    /// The language choice.
    Lang,
    /// The ready-made scenarios and the reset button.
    Presets,
    /// What the press and companies said.
    Claims,
    /// The footprint at the scale of many readers.
    Collective,
    /// What moves the result: each setting swept over its choices.
    Sensitivity,
    /// Sharing, embedding and export.
    Share,
    /// Sources and method.
    Sources,
    /// What a reader hands over to the services, and the widget's own promise.
    Privacy,
}

impl Section {
    /// Every section, in the order they appear (and `to_query` writes them).
    pub const ALL: [Section; 10] = [
        Section::Title,
        Section::Intro,
        Section::Lang,
        Section::Presets,
        Section::Claims,
        Section::Collective,
        Section::Sensitivity,
        Section::Share,
        Section::Sources,
        Section::Privacy,
    ];

    /// The name in a `hide` list; stable, since published links carry it.
    pub const fn id(self) -> &'static str {
        match self {
            Section::Title => "title",
            Section::Intro => "intro",
            Section::Lang => "lang",
            Section::Presets => "presets",
            Section::Claims => "claims",
            Section::Collective => "collective",
            Section::Sensitivity => "sensitivity",
            Section::Share => "share",
            Section::Sources => "sources",
            Section::Privacy => "privacy",
        }
    }

    /// Reads a section name, ignoring case and surrounding spaces.
    pub fn from_id(id: &str) -> Option<Section> {
        super::find_by_id(&Section::ALL, Section::id, id)
    }

    const fn bit(self) -> u16 {
        1 << self as u16
    }
}

/// A set of [`Section`]s, empty by default.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Hidden(u16);

impl Hidden {
    pub fn contains(self, section: Section) -> bool {
        self.0 & section.bit() != 0
    }

    pub fn insert(&mut self, section: Section) {
        self.0 |= section.bit();
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// The sections in the set, in [`Section::ALL`] order.
    pub fn iter(self) -> impl Iterator<Item = Section> {
        Section::ALL.into_iter().filter(move |s| self.contains(*s))
    }

    /// The set as a `hide` value: names joined by commas, in [`Section::ALL`] order.
    pub fn to_list(self) -> String {
        self.iter().map(Section::id).collect::<Vec<_>>().join(",")
    }
}

impl FromIterator<Section> for Hidden {
    fn from_iter<I: IntoIterator<Item = Section>>(iter: I) -> Self {
        let mut set = Hidden::default();
        for section in iter {
            set.insert(section);
        }
        set
    }
}

/// Reads a `hide` list: names separated by commas (spaces and empty items allowed). Returns
/// the known sections and the names it did not know, as written.
pub fn read_hidden(raw: &str) -> (Hidden, Vec<&str>) {
    let mut unknown = Vec::new();
    let hidden = raw
        .split(',')
        .map(str::trim)
        .filter(|name| !name.is_empty())
        .filter_map(|name| {
            let section = Section::from_id(name);
            if section.is_none() {
                unknown.push(name);
            }
            section
        })
        .collect();
    (hidden, unknown)
}
