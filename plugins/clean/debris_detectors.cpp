// Detectors for debris that phrase lists cannot enumerate: captions ending in a credit, date
// stamps, bylines, figure labels, menus, the page talking to its reader, data widgets.
#include "debris_detectors.hpp"

#include <algorithm>
#include <unordered_set>

#include "debris_vocabulary.hpp"

namespace newspipe::clean {

std::optional<std::string_view> detect_credit_tail(const LineView& line) {
  const LineShape& s = line.shape;
  if (s.words < 3 || s.words > 60) return std::nullopt;
  const std::string_view t = line.text;
  if (s.ends_terminal) {
    // Prose ends "... the minister said." A credit that ends with a stop still ends on a name.
    const std::size_t sp = t.rfind(' ');
    const char c = sp == std::string_view::npos ? t[0] : t[sp + 1];
    if (!(c >= 'A' && c <= 'Z') && c != '(' && static_cast<unsigned char>(c) != 0xC2) {
      return std::nullopt;
    }
  }
  // The tail: what follows the last sentence end (". ", "? ", ".” ") inside the line.
  std::size_t cut = std::string_view::npos;
  // A credit is short: look for the sentence end in the last 120 bytes only.
  const std::size_t stop = t.size() > 120 ? t.size() - 120 : 1;
  for (std::size_t i = t.size(); i-- > stop;) {
    if (t[i] != ' ') continue;
    std::size_t k = i;
    // skip closing quotes/brackets before the space
    while (k > 0 && (t[k - 1] == '"' || t[k - 1] == '\'' || t[k - 1] == ')')) --k;
    if (k >= 3 && t.substr(k - 3, 3) == "\xE2\x80\x9D") k -= 3;  // ”
    if (k >= 3 && t.substr(k - 3, 3) == "\xE2\x80\x99") k -= 3;  // ’
    if (k > 0 && (t[k - 1] == '.' || t[k - 1] == '!' || t[k - 1] == '?')) {
      cut = i + 1;
      break;
    }
  }
  if (cut == std::string_view::npos || cut >= t.size()) return std::nullopt;
  const std::string_view body = t.substr(0, cut);
  const std::string_view tail = t.substr(cut);
  if (body.size() < 12) return std::nullopt;
  // A tail that is itself a sentence of several words is prose, not a credit; so is one with
  // more than a couple of lower-case words (credits are names: "Photo: Ann Lee via Getty").
  if (tail.back() == '.' && std::count(tail.begin(), tail.end(), ' ') >= 3) return std::nullopt;
  int lower_words = 0;
  for (std::size_t i = 0; i < tail.size(); ++i) {
    if ((i == 0 || tail[i - 1] == ' ') && tail[i] >= 'a' && tail[i] <= 'z' && ++lower_words > 2) {
      return std::nullopt;
    }
  }
  const std::vector<std::string> tt = rule_tokens(tail, 16);
  if (tt.empty() || tt.size() > 10) return std::nullopt;
  if (tail.back() == '.' && tt.size() > 3) return std::nullopt;  // a sentence, not a credit
  if (tt[0] == "\xC2\xA9" && tt.size() <= 6) return "copyright credit after a caption";
  // "Photograph: Name/Agency", "Credit: AP", "Photo by Name"
  if (is_credit_label(tt[0]) && tt.size() >= 2 && (tt[1] == ":" || tt[1] == "by")) {
    return "credit after a caption";
  }
  // "(AP Photo/Name)", "REUTERS/Name", "Name/AFP via Getty Images"
  bool slash = false, agency = false, all_agency = true;
  for (const std::string& w : tt) {
    if (w == "/") slash = true;
    if (is_agency_word(w) && w != "and" && w != "via" && w != "/") agency = true;
    if (!is_agency_word(w)) all_agency = false;
  }
  if (all_agency && agency) return "agency credit after a caption";
  if (slash && agency && tt.size() <= 7) return "photographer credit after a caption";
  // An unknown agency: one or two all-capital acronyms ("KCNA", "EPA-EFE").
  if (tt.size() <= 2) {
    int caps_tokens = 0;
    std::size_t i = 0;
    while (i < tail.size()) {
      while (i < tail.size() && tail[i] == ' ') ++i;
      std::size_t j = i;
      while (j < tail.size() && tail[j] != ' ') ++j;
      const std::string_view w = tail.substr(i, j - i);
      int upper = 0, lower = 0;
      for (char c : w) {
        if (c >= 'A' && c <= 'Z') ++upper;
        if (c >= 'a' && c <= 'z') ++lower;
      }
      if (upper >= 2 && upper <= 6 && lower == 0) ++caps_tokens;
      i = j;
    }
    if (caps_tokens == static_cast<int>(tt.size()) &&
        !in_list(tt[0], {"more", "end", "update", "ok", "us", "uk", "eu", "un", "usa", "tv", "nato",
                         "ends", "update1", "update2", "new", "note"})) {
      return "acronym credit after a caption";
    }
  }
  return std::nullopt;
}

std::optional<std::string_view> detect_dateline(const LineView& line) {
  const auto& tt = line.tokens;
  if (tt.empty()) return std::nullopt;
  // A stamp keyword and a date right after it: "Updated: 23 December 2021, 10:02 PM".
  std::size_t i = 0;
  if (in_list(tt[0], {"first", "last", "originally", "date"}) && tt.size() > 1) ++i;
  if (is_stamp_keyword(tt[i]) || (i == 1 && tt[0] == "date")) {
    std::size_t k = i + (is_stamp_keyword(tt[i]) ? 1 : 0);
    while (k < tt.size() && (tt[k] == ":" || tt[k] == "on" || tt[k] == "at" || tt[k] == "|")) ++k;
    std::size_t run = k;
    bool anchor = false, clock = false;
    while (run < tt.size() && is_date_token(tt[run])) {
      anchor = anchor || is_date_anchor(tt[run]);
      clock = clock || is_time_like(tt[run]) || (tt[run] == ":" && run > k) || is_zone(tt[run]);
      // "14/03/2021", "09:12": numbers joined by a slash or a colon are a date or a time
      if ((tt[run] == "/" || tt[run] == ":") && run > k && run + 1 < tt.size() &&
          is_digits(tt[run - 1]) && is_digits(tt[run + 1])) {
        anchor = true;
      }
      ++run;
    }
    // "pmWar" glued to the next line's text: the date run ends in a token that starts like a time.
    if (run < tt.size() && (tt[run].rfind("pm", 0) == 0 || tt[run].rfind("am", 0) == 0) &&
        run > k && is_digits(tt[run - 1])) {
      clock = true;
      anchor = true;
    }
    if (anchor && run > k) {
      const bool rest_empty = run >= tt.size();
      if (rest_empty || !line.shape.long_sentence() || clock) return "date stamp";
    }
  }
  // A line that is nothing but a date and time (with a number in it, or very short).
  if (line.shape.words <= 12 && !line.shape.sentence_like() &&
      (line.shape.has_digit || line.shape.words <= 4)) {
    int date = 0, total = 0, other = 0;
    bool calendar = false, year = false, clock = false, relative = false;
    const int words = static_cast<int>(tt.size());
    for (std::size_t k = 0; k < tt.size(); ++k) {
      const std::string& w = tt[k];
      if (w == ":" || w == "/" || w == "|") {
        // "10:02": a clock time
        if (w == ":" && k > 0 && k + 1 < tt.size() && is_digits(tt[k - 1]) &&
            is_digits(tt[k + 1])) {
          clock = true;
        }
        continue;
      }
      ++total;
      if (is_date_token(w) || is_stamp_keyword(w)) {
        ++date;
      } else if (++other * 5 > words) {
        return std::nullopt;  // too many words that are not part of a date
      }
      calendar = calendar || is_month(w) || is_weekday(w);
      year = year ||
             (w.size() == 4 && (w.rfind("19", 0) == 0 || w.rfind("20", 0) == 0) && is_digits(w));
      clock = clock || is_time_like(w) ||
              (w.find('.') != std::string::npos && is_digits(w) && w.size() <= 5 && k > 0);
      relative = relative || w == "ago";
    }
    // A stamp, not a schedule line ("Tuesday, 1 March", "2000 GMT" inside an article): a date
    // with a year or a clock time, or "... ago".
    if (total >= 2 && date * 10 >= total * 8 && (relative || (calendar && (year || clock)))) {
      return "date and time only";
    }
  }
  return std::nullopt;
}

// Calls `fn` on each space-separated word of `text`, punctuation and all, until it returns false;
// returns whether every call returned true. Credits and by-lines are judged on their raw words
// (capitals, brackets, "|"), which the line's tokens no longer show.
namespace {
template <class Fn>
bool all_raw_words(std::string_view text, Fn&& fn) {
  std::size_t pos = 0;
  while (pos < text.size()) {
    while (pos < text.size() && text[pos] == ' ') ++pos;
    std::size_t end = pos;
    while (end < text.size() && text[end] != ' ') ++end;
    if (end > pos && !fn(text.substr(pos, end - pos))) return false;
    pos = end;
  }
  return true;
}
}  // namespace

std::optional<std::string_view> detect_byline(const LineView& line) {
  const LineShape& s = line.shape;
  const auto& tt = line.tokens;
  if (tt.empty() || s.words > 12 || s.numeric > 0) return std::nullopt;
  if (s.sentence_like() && s.words > 6) return std::nullopt;
  // Every word a name or a connector: "By Jim Grant and Jessica Shemetov, The Guardian".
  auto names_only = [&](std::size_t from) {
    std::size_t names = 0, word_index = 0;
    // The raw words, to see capitals.
    const bool all = all_raw_words(line.text, [&](std::string_view w) {
      while (!w.empty() && (w.front() == '(' || w.front() == '"' || w.front() == '-'))
        w.remove_prefix(1);
      if (w.empty() || word_index++ < from) return true;
      const unsigned char c = static_cast<unsigned char>(w[0]);
      if ((c >= 'A' && c <= 'Z') || c >= 0xC0) {
        ++names;
        return true;
      }
      std::string lw;
      for (char ch : w) {
        if (ch >= 'a' && ch <= 'z') lw.push_back(ch);
      }
      return w == "|" || w == "/" || w == "&" ||
             in_list(lw, {"and", "in", "for", "the", "of", "at", "with", "de", "van", "von", "da",
                          "del", "der", "bin", "al", "le", "la"});
    });
    return all && names >= 1;
  };
  if (tt[0] == "by" && tt.size() >= 2 && tt.size() <= 14 && names_only(1)) return "by-line";
  // "Ann Lee reports from Lisbon"
  for (std::size_t k = 1; k + 1 < tt.size() && k <= 3; ++k) {
    if ((tt[k] == "reports" || tt[k] == "reporting") && tt[k + 1] == "from" && s.words <= 8 &&
        !s.ends_period && s.capitalised >= 2) {
      return "correspondent line";
    }
  }
  // "Name Surname | Outlet"
  bool bar = false;
  for (const std::string& w : tt) bar = bar || w == "|";
  if (bar && s.words <= 7 && names_only(0)) return "name | outlet";
  return std::nullopt;
}

std::optional<std::string_view> detect_figure_label(const LineView& line) {
  const LineShape& s = line.shape;
  const auto& tt = line.tokens;
  if (tt.empty() || s.words > 8 || s.words < 1) return std::nullopt;
  // An image file name or a pixel-sized box: what is left of an <img> ("spacer.gif", "1x1 pixel").
  if (s.words <= 3) {
    for (const std::string& w : tt) {
      for (std::string_view ext : {".gif", ".png", ".jpg", ".jpeg", ".webp", ".svg", ".bmp"}) {
        if (w.size() > ext.size() && w.compare(w.size() - ext.size(), ext.size(), ext) == 0) {
          return "image file name";
        }
      }
      if (w == "pixel" || w == "pixels" || w == "1x1" || w == "1px" || w == "spacer") {
        return "pixel placeholder";
      }
    }
  }
  // A media player's clock ("2:31", "0:00 / 4:32", "Video 1:05") or a gallery counter
  // ("Image 3 of 12", "Gallery (2 of 7)").
  if (s.words <= 5) {
    std::size_t clock = 0, other = 0;
    for (std::size_t k = 0; k < tt.size(); ++k) {
      if (tt[k] == ":" && k > 0 && k + 1 < tt.size() && is_digits(tt[k - 1]) &&
          is_digits(tt[k + 1])) {
        ++clock;
      } else if (tt[k] != "/" && tt[k] != ":" && !is_digits(tt[k])) {
        ++other;
      }
    }
    if (clock > 0 && other <= 1) return "media clock";
  }
  if (s.words <= 6 && s.has_digit && tt.size() >= 3 &&
      in_list(tt[0], {"image", "photo", "picture", "slide", "gallery", "video", "photos", "images",
                      "pictures"})) {
    for (const std::string& w : tt) {
      if (w == "of") return "gallery counter";
    }
  }
  if (s.ends_terminal) return std::nullopt;
  const bool figure_word = in_list(
      tt[0],
      {"map",         "maps",    "chart",        "charts",      "graphic",       "graphics",
       "infographic", "graph",   "diagram",      "timeline",    "table",         "video",
       "videos",      "gallery", "photo",        "photos",      "picture",       "pictures",
       "image",       "images",  "illustration", "interactive", "slideshow",     "audio",
       "podcast",     "watch",   "listen",       "explainer",   "visualisation", "visualization"});
  if (figure_word && tt.size() >= 2 &&
      (tt[1] == ":" || in_list(tt[1], {"showing", "shows", "of"}))) {
    return "figure label";
  }
  if (s.words >= 2 && s.words <= 7 && !s.sentence_like() &&
      in_list(tt.back(),
              {"map", "graphic", "chart", "infographic", "graph", "diagram", "timeline", "gallery",
               "slideshow", "illustration", "visualisation", "visualization"})) {
    return "figure label";
  }
  return std::nullopt;
}

std::optional<std::string_view> detect_menu(const LineView& line) {
  const LineShape& s = line.shape;
  if (s.separators == 0 || s.sentence_like() || s.words > 16) return std::nullopt;
  // Each segment between separators is a short label.
  int seg_words = 0, max_seg = 0;
  for (const std::string& w : line.tokens) {
    if (w == "|" || w == ">" || w == "/" || w == "\xC2\xBB" || w == "\xE2\x80\xA2" ||
        w == "\xC2\xB7" || w == "\xE2\x80\xBA" || w == "\xE2\x96\xBA") {
      seg_words = 0;
      continue;
    }
    max_seg = std::max(max_seg, ++seg_words);
  }
  if (max_seg <= 4) return "menu or breadcrumb";
  return std::nullopt;
}

std::optional<std::string_view> detect_copyright(const LineView& line) {
  const LineShape& s = line.shape;
  const auto& tt = line.tokens;
  if (tt.empty() || s.words > 10 || s.sentence_like()) return std::nullopt;
  const std::string_view t = line.text;
  if (t.rfind("(c)", 0) == 0 || t.rfind("(C)", 0) == 0) return "copyright mark";
  if (s.words >= 3) {
    for (const std::string& w : tt) {
      if (w == "copyright" || w == "copyrighted") return "copyright notice";
    }
  }
  return std::nullopt;
}

std::optional<std::string_view> detect_page_talk(const LineView& line) {
  const LineShape& s = line.shape;
  const auto& tt = line.tokens;
  if (tt.empty() || s.words > 20 || s.long_sentence()) return std::nullopt;
  // A note in brackets is the writer's aside ("(See page 3 for the full table)").
  if (line.text.front() == '(' && line.text.back() == ')') return std::nullopt;
  // Words about the page, the site or the reader's account rather than the news.
  static const std::unordered_set<std::string_view> kSiteWords = {
      "article",   "articles",   "story",       "stories",       "newsletter",  "newsletters",
      "subscribe", "subscribed", "subscribing", "subscriber",    "subscribers", "subscription",
      "account",   "inbox",      "app",         "apps",          "podcast",     "podcasts",
      "comments",  "comment",    "readers",     "journalism",    "website",     "site",
      "page",      "browser",    "cookies",     "notifications", "alerts",      "premium",
      "login",     "log",        "sign",        "signing",       "email",       "e-mail",
      "download",  "share",      "shares",      "shared",        "tickets",     "webinar",
      "trial",     "offer",      "membership",  "member",        "members",     "paywall",
      "spotify",   "itunes",     "youtube",     "feed",          "rss",         "bookmark",
      "helpful",   "feedback",   "upgrade",     "unlock",        "registered",  "register",
      "free",      "headlines",  "updates",     "briefing",      "print",       "edition",
      "digital",   "access",     "newsroom",    "reading",       "instagram",   "facebook",
      "twitter",   "telegram",   "whatsapp",    "tiktok",        "linkedin",    "threads",
      "image",     "photo",      "picture",     "video",         "gallery",     "fullscreen",
      "window",    "size",       "episode",     "notification",  "alert",       "partners",
      "sponsored", "promoted",   "recommended", "links",         "register"};
  static const std::unordered_set<std::string_view> kImperative = {
      "subscribe", "sign",    "register", "download", "get",     "listen", "watch",  "follow",
      "join",      "book",    "buy",      "shop",     "click",   "tap",    "share",  "like",
      "install",   "try",     "discover", "explore",  "learn",   "find",   "see",    "view",
      "visit",     "support", "donate",   "contact",  "upgrade", "claim",  "start",  "enter",
      "continue",  "log",     "create",   "manage",   "accept",  "allow",  "enable", "play",
      "save",      "print",   "send",     "comment",  "leave",   "sort",   "load",   "show",
      "hide",      "skip",    "reply",    "report",   "rate",    "vote",   "unlock", "read",
      "don't",     "never",   "stay",     "keep",     "email",   "e-mail", "tweet",  "turn",
      "check",     "tell",    "go",       "open",     "expand",  "close",  "catch",  "stream",
      "add",       "ask",     "got",      "please",   "discover"};
  static const std::unordered_set<std::string_view> kCounted = {
      "comments", "comment", "shares",   "share",  "views", "likes",    "replies",  "reactions",
      "photos",   "images",  "pictures", "videos", "reads", "retweets", "responses"};
  double score = 0;
  int site = 0;
  bool you = false, self_reference = false, counter = false;
  for (std::size_t k = 0; k < tt.size(); ++k) {
    const std::string& w = tt[k];
    if (w == "you" || w == "your" || w == "you're" || w == "you've") you = true;
    if ((w == "this" || w == "our") && k + 1 < tt.size() &&
        (tt[k + 1] == "article" || tt[k + 1] == "story" || tt[k + 1] == "page" ||
         tt[k + 1] == "site" || tt[k + 1] == "website" || tt[k + 1] == "newsletter" ||
         tt[k + 1] == "app")) {
      self_reference = true;
      ++k;  // the page word itself is not counted again
      continue;
    }
    if (kSiteWords.count(w)) ++site;
    if (kCounted.count(w) &&
        ((k > 0 && is_digits(tt[k - 1])) || (k + 1 < tt.size() && is_digits(tt[k + 1])))) {
      counter = true;
    }
  }
  if (counter && s.words <= 4) return "engagement counter";
  // A web or mail address in a short line: a link or a contact prompt, not prose.
  if (!s.sentence_like() || s.words <= 12) {
    const std::string_view t = line.text;
    const std::size_t at = t.find('@');
    const bool mail = at != std::string_view::npos && at > 0 && t[at - 1] != ' ' &&
                      t.find('.', at) != std::string_view::npos;
    if (mail || t.find("http://") != std::string_view::npos ||
        t.find("https://") != std::string_view::npos || t.find("www.") != std::string_view::npos) {
      return "web or mail address";
    }
  }
  // Site words alone are not enough ("digital subscriber line"): the line must also address the
  // reader, tell them to do something, thank them or point at the page itself.
  bool imperative = kImperative.count(tt[0]) != 0;
  // "The Ledger newsletter: get the best stories ..." — an order after a label
  for (std::size_t k = 0; k + 1 < tt.size() && !imperative; ++k) {
    if (tt[k] == ":" && kImperative.count(tt[k + 1])) imperative = true;
  }
  const bool thanks = tt[0] == "thanks" || tt[0] == "thank" || tt[0] == "please";
  for (const std::string& w : tt) you = you || w == "please";
  if (!(imperative || you || self_reference || thanks)) return std::nullopt;
  score += std::min(site, 2);
  if (imperative) score += 1;
  if (you) score += 1;
  if (self_reference) score += 1.5;
  if (thanks) score += 1;
  if (!s.ends_terminal) score += 0.5;
  if (line.text.back() == '!') score += 0.5;  // promotions shout
  // Sentences need more evidence than fragments: a real sentence can mention an app or a story.
  const double needed = s.sentence_like() ? 3.5 : 2.5;
  if (site >= 1 && score >= needed) return "talks about the page";
  return std::nullopt;
}

std::optional<std::string_view> detect_author_note(const LineView& line) {
  const LineShape& s = line.shape;
  const auto& tt = line.tokens;
  if (tt.empty() || s.words > 40) return std::nullopt;
  bool handle = false;
  const std::size_t at = line.text.find('@');
  for (std::size_t i = at == std::string_view::npos ? line.text.size() : at;
       i + 1 < line.text.size(); ++i) {
    if (line.text[i] == '@' && (i == 0 || line.text[i - 1] == ' ') &&
        ((line.text[i + 1] | 0x20) >= 'a' && (line.text[i + 1] | 0x20) <= 'z')) {
      handle = true;
      break;
    }
  }
  bool follow = false, role = false, is_a = false;
  for (std::size_t k = 0; k < tt.size(); ++k) {
    const std::string& w = tt[k];
    if (w == "follow") follow = true;
    if (in_list(w, {"reporter", "correspondent", "editor", "writer", "columnist", "journalist",
                    "contributor", "freelance", "photographer", "producer", "author"})) {
      role = true;
    }
    if (w == "is" && k + 1 < tt.size() &&
        (tt[k + 1] == "a" || tt[k + 1] == "an" || tt[k + 1] == "the")) {
      is_a = true;
    }
  }
  // "Ann Lee is a reporter at the Herald. Follow her on X @annlee"
  if (handle && (follow || role)) return "author note";
  if (role && is_a && follow) return "author note";
  return std::nullopt;
}

// Data widgets: a temperature ("Leeds 12°C"), a market ticker ("FTSE 100 7,512.3 +0.45%").
std::optional<std::string_view> detect_data_widget(const LineView& line) {
  const LineShape& s = line.shape;
  if (s.words > 6 || s.sentence_like()) return std::nullopt;
  const std::string_view t = line.text;
  if (t.find("\xC2\xB0"
             "C") != std::string_view::npos ||
      t.find("\xC2\xB0"
             "F") != std::string_view::npos) {
    return "weather";
  }
  // a signed percentage: +0.45% / -1.2%
  for (std::size_t i = 0; i + 2 < t.size(); ++i) {
    if ((t[i] == '+' || t[i] == '-') && (i == 0 || t[i - 1] == ' ') && t[i + 1] >= '0' &&
        t[i + 1] <= '9') {
      std::size_t j = i + 1;
      while (j < t.size() && ((t[j] >= '0' && t[j] <= '9') || t[j] == '.')) ++j;
      if (j < t.size() && t[j] == '%') return "market ticker";
    }
  }
  return std::nullopt;
}

// A line that is only a credit: "Getty Images/iStockphoto", "Ann Lee/AFP via Getty Images".
std::optional<std::string_view> detect_credit_line(const LineView& line) {
  const LineShape& s = line.shape;
  const auto& tt = line.tokens;
  if (tt.empty() || s.words > 8 || s.ends_period || s.sentence_like()) return std::nullopt;
  bool agency = false, slash = false;
  for (const std::string& w : tt) {
    if (w == "/") slash = true;
    if (is_agency_word(w) && w != "and" && w != "via" && w != "/" && w != "file" && w != "press" &&
        w != "pool" && w != "media") {
      agency = true;
    }
  }
  if (!agency || !(slash || s.capitalised * 10 >= s.words * 7)) return std::nullopt;
  // Every word a name, an agency word or a connector.
  const bool all = all_raw_words(line.text, [](std::string_view w) {
    while (!w.empty() && (w.front() == '(' || w.front() == '[')) w.remove_prefix(1);
    if (w.empty()) return true;
    const unsigned char c = static_cast<unsigned char>(w[0]);
    return (c >= 'A' && c <= 'Z') || c >= 0xC0 || w == "via" || w == "/" || w == "|" ||
           w == "for" || w == "and" || w == "by";
  });
  if (!all) return std::nullopt;
  return "credit line";
}

}  // namespace newspipe::clean
