#pragma once
// site/assets/footprint-data.js: the footprint reference tables as a classic script, because
// pages opened from file:// cannot fetch JSON files.
#include <string>

#include <nlohmann/json.hpp>

namespace render {

/// `window.GUIDE_FOOTPRINT_DATA=<reference JSON>;` (render/data_script.h).
std::string footprint_data_script(const nlohmann::ordered_json& reference);

}  // namespace render
