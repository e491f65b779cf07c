#pragma once
// The state of the served site that open pages follow through server-sent events: the number of
// the last good build and, when the latest rebuild failed, its diagnostics. Every connection is
// told the current state at once, then each change; pages reload when the build number is not
// the one they were served with.
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <string>

namespace serve {

class BuildEvents {
 public:
  /// A build succeeded and its site is in place: pages from earlier builds reload.
  void succeeded();
  /// A rebuild that changes no page already served (the search index, the topic index behind a
  /// page already updated) succeeded: clears a failure shown, reloads nothing.
  void refreshed();
  /// A rebuild failed: the site stays as it was; pages show `diagnostics` over their content.
  void failed(const std::string& diagnostics);
  /// Wakes every waiting connection for good (the server is stopping).
  void shut_down();

  unsigned long build() const;
  bool is_shut_down() const;

  /// The current state as one server-sent event, and the change count it reflects.
  std::string current_event(unsigned long& seen) const;
  /// Waits until the state changes after `seen` (then returns it as an event and updates
  /// `seen`), the server stops, or `timeout` passes (nothing then).
  std::optional<std::string> wait_for_change(unsigned long& seen,
                                             std::chrono::milliseconds timeout) const;

 private:
  std::string event_locked() const;
  mutable std::mutex mutex_;
  mutable std::condition_variable changed_;
  unsigned long build_ = 0;    // the last good build
  unsigned long changes_ = 0;  // counts every change of state
  std::string failure_;        // diagnostics of the failed latest rebuild, or ""
  bool shut_down_ = false;
};

}  // namespace serve
