//! What the reader sets: the two counts most readers touch, then everything else in a
//! "refine" section, closed unless the link changed something in it.

mod choice_select;
pub mod count_input;
mod field_note;
mod fields;
mod optional_number;
mod presets;
mod quick;
mod refine;
mod toggle;

pub use choice_select::ChoiceSelect;
pub use quick::QuickControls;
pub use refine::Refine;
