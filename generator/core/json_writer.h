#pragma once
// Writing result JSON straight into a string, keys in the order they are written. Faster and
// far smaller in WebAssembly than building a json tree and dumping it, and numbers are written
// by one rule everywhere: half-up at a fixed number of decimals, no trailing zeros — except where
// a result must carry the exact double (the EcoLogits estimator), which writes round-trip text.
#include <string>
#include <vector>

namespace core {

/// `value` rounded half-up to `decimals` places and written without trailing zeros ("3",
/// "0.13", "-2.5"); beyond 15 significant digits, in exponent form ("1.5e+21"). "null" when
/// not finite. Uses only IEEE arithmetic, so it writes the same bytes natively and in WASM.
std::string format_number(double value, int decimals);

/// The shortest text that reads back to exactly `value` ("5.0", "0.1", "1.639303138765219e-05"),
/// the form Python's json module writes; "null" when not finite. Integer arithmetic only
/// (nlohmann/json's Grisu2), so the bytes are the same natively and in WASM.
std::string format_round_trip(double value);

class JsonWriter {
 public:
  JsonWriter() { out_.reserve(4096); }  // a bank result is a few KB: grow once or not at all
  JsonWriter& begin_object();
  JsonWriter& end_object();
  JsonWriter& begin_array();
  JsonWriter& end_array();
  /// Writes `"name":` — the next call writes its value.
  JsonWriter& key(const std::string& name);
  JsonWriter& string(const std::string& value);
  JsonWriter& number(double value, int decimals = 2);
  /// `value` written by format_round_trip: no rounding at all.
  JsonWriter& number_round_trip(double value);
  JsonWriter& integer(long long value);
  JsonWriter& boolean(bool value);
  JsonWriter& null();
  /// `value`, or null when empty.
  JsonWriter& string_or_null(const std::string& value);

  const std::string& str() const { return out_; }

 private:
  void separate();
  std::string out_;
  std::vector<bool> first_;  // per open container: nothing written in it yet
  bool after_key_ = false;
};

}  // namespace core
