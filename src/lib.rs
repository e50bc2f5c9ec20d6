//! Empreinte: the environmental footprint of everyday generative AI.

pub mod model;
