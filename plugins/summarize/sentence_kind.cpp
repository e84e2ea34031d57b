#include "sentence_kind.hpp"

#include <algorithm>
#include <iterator>
#include <string>

#include "newspipe/text/words.hpp"

namespace newspipe::summarize {

namespace {

using sv = std::string_view;

constexpr sv kAttribution[] = {
    "said",      "says",   "say",          "told",      "tells",     "added",     "adds",
    "according", "asked",  "asks",         "explained", "insisted",  "warned",    "stated",
    "wrote",     "writes", "argued",       "claimed",   "claims",    "announced", "noted",
    "replied",   "urged",  "acknowledged", "declared",  "continued", "recalled",  "reported",
    "tweeted",   "posted", "testified",    "admitted",  "insists",   "warns",     "explains"};

template <std::size_t N>
bool in(const sv (&set)[N], sv w) {
  return std::find(std::begin(set), std::end(set), w) != std::end(set);
}

// Drops trailing white space and closing quotes/brackets; returns what is left.
sv strip_closers(sv s) {
  for (;;) {
    while (!s.empty() &&
           (s.back() == ' ' || s.back() == '\t' || s.back() == '\n' || s.back() == '\r')) {
      s.remove_suffix(1);
    }
    if (s.empty()) return s;
    const char c = s.back();
    if (c == '>') {  // a closing HTML tag left by a scraper: "...for such purposes.</p>"
      const std::size_t lt = s.rfind('<');
      if (lt != sv::npos && s.size() - lt <= 8) {
        s.remove_suffix(s.size() - lt);
        continue;
      }
      return s;
    }
    if (c == '"' || c == '\'' || c == ')' || c == ']') {
      s.remove_suffix(1);
      continue;
    }
    if (s.size() >= 3 && s.substr(s.size() - 3) == "\u201d") {  // ”
      s.remove_suffix(3);
      continue;
    }
    if (s.size() >= 3 && s.substr(s.size() - 3) == "\u2019") {  // ’
      s.remove_suffix(3);
      continue;
    }
    if (s.size() >= 2 && s.substr(s.size() - 2) == "\u00bb") {  // »
      s.remove_suffix(2);
      continue;
    }
    return s;
  }
}

bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }

}  // namespace

bool is_terminated(sv sentence) {
  const sv s = strip_closers(sentence);
  if (s.empty()) return false;
  const char c = s.back();
  if (c == '.' || c == '!' || c == '?') return true;
  return s.size() >= 3 && s.substr(s.size() - 3) == "\u2026";
}

bool is_question(sv sentence) {
  const sv s = strip_closers(sentence);
  return !s.empty() && s.back() == '?';
}

bool is_attribution_word(sv w) { return in(kAttribution, w); }

QuoteState follow_quotes(sv s, bool inside) {
  QuoteState q;
  std::string lower;
  // Attribution only matters for a sentence that starts inside a quotation.
  bool want_attribution = false;
  auto check_outside = [&](std::size_t b, std::size_t e) {
    if (!want_attribution || q.attributed || e <= b) return;
    const sv part = s.substr(b, e - b);
    text::for_each_word(part, [&](std::size_t wb, std::size_t we) {
      lower.clear();
      text::append_lower(part.substr(wb, we - wb), lower);
      q.attributed = q.attributed || is_attribution_word(lower);
    });
  };
  std::size_t i = 0;
  while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
  q.starts_inside = inside || (i < s.size() && s[i] == '"') || s.substr(i).starts_with("\u201c");
  want_attribution = q.starts_inside;
  std::size_t outside_from = 0;
  for (; i < s.size(); ++i) {
    bool open = false, close = false;
    std::size_t len = 1;
    if (s[i] == '"') {
      open = !inside, close = inside;
    } else if (static_cast<unsigned char>(s[i]) == 0xE2 && s.substr(i).starts_with("\u201c")) {
      open = true, len = 3;
    } else if (static_cast<unsigned char>(s[i]) == 0xE2 && s.substr(i).starts_with("\u201d")) {
      close = true, len = 3;
    }
    if (open && !inside) {
      check_outside(outside_from, i);
      inside = true;
    } else if (close && inside) {
      inside = false;
      outside_from = i + len;
    }
    i += len - 1;
  }
  if (!inside) check_outside(outside_from, s.size());
  q.ends_inside = inside;
  return q;
}

bool is_debris_marker(sv prev, sv w) {
  // Called for every word of every article: dispatch on the first letter before comparing.
  if (w.size() < 2) return false;
  switch (w[0]) {
    case 'a':
      return w == "advertisement" || (w == "articles" && prev == "related");
    case 'b':
      return w == "by" && prev == "powered";
    case 'c':
      return (w == "copyright" && prev == "image") ||
             (w == "caption" && (prev == "image" || prev == "media")) ||
             (w == "credit" && prev == "photo") ||
             (w == "cookies" && (prev == "accept" || prev == "use" || prev == "of"));
    case 'g':
      return w == "getty";
    case 'h':
      return w == "http" || w == "https" || (w == "here" && prev == "click");
    case 'm':
      return w == "more" && prev == "read";
    case 'n':
      return w == "newsletter";
    case 'p':
      return (w == "playback" && prev == "media") || (w == "policy" && prev == "cookie");
    case 'r':
      return (w == "reserved" && prev == "rights") || w == "redistributed";
    case 's':
      return w == "subscribe" || w == "shutterstock" || (w == "stories" && prev == "related");
    case 't':
      return w == "this" && prev == "share";
    case 'u':
      return w == "unsubscribe" || (w == "up" && prev == "sign") || (w == "us" && prev == "follow");
    case 'w':
      return w == "www";
    default:
      return false;
  }
}

bool has_caption_position(sv s) {
  // "The minister (left) with officials": where a person stands in a picture.
  for (std::size_t i = s.find('('); i != sv::npos; i = s.find('(', i + 1)) {
    const sv rest = s.substr(i);
    if (rest.starts_with("(left") || rest.starts_with("(right") || rest.starts_with("(centre)") ||
        rest.starts_with("(center)") || rest.starts_with("(pictured)") ||
        rest.starts_with("(above)") || rest.starts_with("(below)") || rest.starts_with("(top)")) {
      return true;
    }
  }
  return false;
}

std::size_t dateline_length(sv s) {
  // Up to a short place name, then "(Agency)", then an optional dash.
  const std::size_t open = s.find('(');
  if (open == sv::npos || open > 40) return 0;
  for (std::size_t i = 0; i < open; ++i) {
    const char c = s[i];
    if (c == '.' || c == '!' || c == '?' || c == '"' || c == ';' || c == ':') return 0;
  }
  if (open > 0 && !is_upper(s[0])) return 0;
  const std::size_t close = s.find(')', open);
  if (close == sv::npos || close - open < 3 || close - open > 16) return 0;
  const sv agency = s.substr(open + 1, close - open - 1);
  if (!is_upper(agency[0])) return 0;
  for (char c : agency) {
    if (!((c >= 'a' && c <= 'z') || is_upper(c) || c == ' ' || c == '.')) return 0;
  }
  std::size_t i = close + 1;
  while (i < s.size() && s[i] == ' ') ++i;
  bool dash = false;
  if (s.substr(i).starts_with("--")) {
    i += 2, dash = true;
  } else if (s.substr(i).starts_with("\u2014") || s.substr(i).starts_with("\u2013")) {
    i += 3, dash = true;
  } else if (i < s.size() && s[i] == '-' && i + 1 < s.size() && s[i + 1] == ' ') {
    i += 1, dash = true;
  }
  while (i < s.size() && s[i] == ' ') ++i;
  // Without a dash only all-capital agencies glued to the text count: "(CNN)The ...". Otherwise
  // "Apple (Nasdaq) rose" would lose its subject.
  bool all_caps = true;
  for (char c : agency) all_caps = all_caps && (is_upper(c) || c == '.');
  if (!dash && !(all_caps && close + 1 < s.size() && s[close + 1] != ' ')) {
    if (!(open == 0 && all_caps)) return 0;
  }
  if (i >= s.size() || !(is_upper(s[i]) || s[i] == '"' || (s[i] & 0x80))) return 0;
  return i;
}

}  // namespace newspipe::summarize
