#pragma once
// The footprint engine's messages. The engine reports each input it refuses as a code and the
// values the message quotes; the words are the content's (content/data/footprint-messages.yaml,
// which travels with the reference data as its "messages" member), so `guide footprint` and the
// calculator page speak the site's language and the core none. Without a catalogue (a caller
// that passes no reference data, a unit test), a message is the code and its values, for a
// developer to read.
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace core::footprint_messages {

using Json = nlohmann::ordered_json;

/// A message the engine may report, and the values it carries besides "field", "code" and
/// "message". Value names with a meaning of their own when the message is worded:
///   subject      a name in the catalogue's `subjects` ({subject}; {unit} is that subject's unit)
///   value        the input as typed, described ({value}: a quoted text, a number, "a list"...)
///   suggestions  close valid ids ({suggestions}: the catalogue's `did_you_mean`, or nothing)
///   hint         a name in the catalogue's `hints` ({hint})
/// Any other value is written as it is (a text), or as a number in the catalogue's format.
struct Code {
  const char* id;
  std::vector<const char*> values;
};

/// Every code the engine reports: the catalogue must word each one (guide check).
const std::vector<Code>& codes();
/// Every subject the engine names, and every hint it gives.
const std::vector<const char*>& subjects();
const std::vector<const char*>& hints();
/// The members of the catalogue's `format`: how numbers, quotes, lists and values are written.
const std::vector<const char*>& format_keys();

/// The placeholders a code's message may use: its values, with {unit} beside {subject}.
std::vector<std::string> placeholders(const Code& code);

/// A number in the catalogue's format (`decimal`, `group`: "0,8", "100 000"); "." and no group
/// without one. Up to 10 significant digits, as the engine rounds.
std::string format_number(double value, const Json& catalogue);

/// Fills the "message" of each error of `errors` that has a "code", from `catalogue` (the
/// reference data's "messages"). An error without a code keeps its message.
void word(Json& errors, const Json& catalogue);

/// One error's message (its code and values worded by `catalogue`).
std::string worded(const Json& error, const Json& catalogue);

}  // namespace core::footprint_messages
