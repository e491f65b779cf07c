#pragma once
// Anchors and file names from French text: "Écoconception et sobriété" → "ecoconception-et-sobriete".
#include <string>

namespace render {

/// Lower-cases, folds French (and other Latin) accents to ASCII, ligatures to letter pairs
/// (œ → oe), turns every run of other characters into one '-', and trims '-' at both ends.
/// Returns "section" when nothing is left, so an anchor is never empty.
std::string slugify(const std::string& text);

}  // namespace render
