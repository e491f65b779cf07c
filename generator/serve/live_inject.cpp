#include "serve/live_inject.h"

namespace serve {

std::string inject_live_script(const std::string& html, unsigned long build) {
  std::string out = html;
  // The policy stays as strict as the built site's; only the event stream to this server is
  // added (default-src 'none' would block it). Scripts from 'self' are already allowed.
  const std::string csp = "http-equiv=\"Content-Security-Policy\" content=\"";
  const size_t meta = out.find(csp);
  if (meta != std::string::npos) {
    const size_t end = out.find('"', meta + csp.size());
    if (end != std::string::npos) out.insert(end, "; connect-src 'self'");
  }
  const std::string tag = std::string("<script src=\"") + kLiveScriptPath + "\" data-build=\"" +
                          std::to_string(build) + "\" defer></script>\n";
  const size_t body = out.rfind("</body>");
  out.insert(body == std::string::npos ? out.size() : body, tag);
  return out;
}

// Reloads the page when a build succeeds; shows the diagnostics of a failed one over the page
// (which stays the last good version). The overlay is for whoever edits the content, beside the
// diagnostics it shows: in English, as they are; it is never part of the built site. The events carry the build's number, so that a page
// loaded after a build does not reload for it again when the stream reconnects.
const std::string& live_script() {
  static const std::string script = R"JS('use strict';
(function () {
  var shown = null;
  // The build the page came from (the server writes it in the script tag), so that a build that
  // ends between the page's request and the stream's connection still reloads it.
  var loadedBuild = Number(document.currentScript.getAttribute('data-build'));
  function overlay(text) {
    if (!shown) {
      var link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = '/__guide/live.css';
      document.head.appendChild(link);
      shown = document.createElement('section');
      shown.className = 'guide-live-overlay';
      shown.setAttribute('role', 'alert');
      shown.setAttribute('aria-labelledby', 'guide-live-title');
      var title = document.createElement('h2');
      title.id = 'guide-live-title';
      title.textContent = 'The rebuild failed: the last good version is still shown';
      var pre = document.createElement('pre');
      var close = document.createElement('button');
      close.type = 'button';
      close.textContent = 'Hide';
      close.addEventListener('click', function () { shown.hidden = true; });
      shown.appendChild(title);
      shown.appendChild(pre);
      shown.appendChild(close);
      document.body.appendChild(shown);
    }
    shown.hidden = false;
    shown.querySelector('pre').textContent = text;
  }
  var events = new EventSource('/__guide/events');
  events.addEventListener('built', function (e) {
    if (JSON.parse(e.data).build !== loadedBuild) location.reload();
    else if (shown) shown.hidden = true;
  });
  events.addEventListener('failed', function (e) {
    overlay(JSON.parse(e.data).diagnostics);
  });
})();
)JS";
  return script;
}

const std::string& live_style() {
  static const std::string style = R"CSS(.guide-live-overlay {
  position: fixed; inset: auto 1rem 1rem 1rem; max-height: 60vh; overflow: auto; z-index: 1000;
  background: #fff; color: #1a1a1a; border: 3px solid #b3261e; border-radius: 4px;
  padding: 1rem; box-shadow: 0 4px 16px rgba(0, 0, 0, .3); font-size: 1rem;
}
.guide-live-overlay h2 { margin-top: 0; font-size: 1.1rem; color: #b3261e; }
.guide-live-overlay pre { white-space: pre-wrap; font-size: .875rem; }
)CSS";
  return style;
}

}  // namespace serve
