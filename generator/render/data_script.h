#pragma once
// The data scripts: what the generator hands the page scripts as classic scripts, since pages
// opened from file:// cannot fetch JSON. Every one is written here, its JSON made safe for a
// script by text::script_safe_json.
#include <string>

#include <nlohmann/json.hpp>

namespace render {

/// `window.<global>=<value>;`
std::string data_script(const std::string& global, const nlohmann::ordered_json& value);

/// `window.<global>=window.<global>||{};window.<global>[<id>]=<value>;`: one entry of a table
/// that several scripts fill (a page may load the data of several tools).
std::string keyed_data_script(const std::string& global, const std::string& id, const nlohmann::ordered_json& value);

}  // namespace render
