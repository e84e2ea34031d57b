#include "debris_rules.hpp"

#include <algorithm>
#include <array>
#include <unordered_set>

namespace newspipe::clean {
namespace {

using G = RuleGroup;

bool in_list(std::string_view w, std::initializer_list<std::string_view> list) {
  return std::find(list.begin(), list.end(), w) != list.end();
}

// News and photo agencies, as rule tokens. A caption's credit names one of these.
bool is_agency_word(std::string_view w) {
  static const std::unordered_set<std::string_view> kWords = {"ap",
                                                              "afp",
                                                              "epa",
                                                              "efe",
                                                              "reuters",
                                                              "reuter",
                                                              "getty",
                                                              "images",
                                                              "pa",
                                                              "media",
                                                              "wire",
                                                              "xinhua",
                                                              "bloomberg",
                                                              "ansa",
                                                              "dpa",
                                                              "anadolu",
                                                              "agency",
                                                              "aap",
                                                              "shutterstock",
                                                              "alamy",
                                                              "rex",
                                                              "features",
                                                              "tass",
                                                              "sputnik",
                                                              "kyodo",
                                                              "yonhap",
                                                              "ani",
                                                              "pti",
                                                              "ians",
                                                              "upi",
                                                              "ria",
                                                              "novosti",
                                                              "kcna",
                                                              "wam",
                                                              "irna",
                                                              "bernama",
                                                              "nurphoto",
                                                              "sipa",
                                                              "zuma",
                                                              "abaca",
                                                              "belga",
                                                              "anp",
                                                              "lusa",
                                                              "pap",
                                                              "ctk",
                                                              "press",
                                                              "associated",
                                                              "agence",
                                                              "france-presse",
                                                              "presse",
                                                              "via",
                                                              "and",
                                                              "photo",
                                                              "photos",
                                                              "pool",
                                                              "file",
                                                              "handout",
                                                              "sopa",
                                                              "ap-photo",
                                                              "afp-getty",
                                                              "epa-efe",
                                                              "/",
                                                              "ap/",
                                                              "newscom",
                                                              "apa",
                                                              "aflo",
                                                              "imago",
                                                              "picture-alliance",
                                                              "picture",
                                                              "alliance",
                                                              "corbis",
                                                              "magnum",
                                                              "pixabay",
                                                              "unsplash",
                                                              "wikimedia",
                                                              "commons",
                                                              "courtesy"};
  return kWords.count(w) != 0;
}

// The first word of a credit that labels it as one ("Photograph: ...", "Credit: ...").
bool is_credit_label(std::string_view w) {
  static const std::unordered_set<std::string_view> kWords = {
      "photograph", "photographs", "photo",  "photos",   "picture",  "pictures",
      "image",      "images",      "credit", "credits",  "courtesy", "illustration",
      "graphic",    "footage",     "source", "pictured", "video",    "composite"};
  return kWords.count(w) != 0;
}

bool is_month(std::string_view w) {
  static const std::unordered_set<std::string_view> kWords = {
      "january",   "february", "march",    "april",    "may",  "june", "july", "august",
      "september", "october",  "november", "december", "jan",  "feb",  "mar",  "apr",
      "jun",       "jul",      "aug",      "sep",      "sept", "oct",  "nov",  "dec"};
  return kWords.count(w) != 0;
}
bool is_weekday(std::string_view w) {
  static const std::unordered_set<std::string_view> kWords = {
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue",
      "tues",   "wed",     "thu",       "thur",     "thurs",  "fri",      "sat",    "sun"};
  return kWords.count(w) != 0;
}
bool is_digits(std::string_view w) {
  if (w.empty()) return false;
  int digits = 0;
  for (char c : w) {
    if (c >= '0' && c <= '9')
      ++digits;
    else if (c != ',' && c != '.')
      return false;
  }
  return digits > 0;
}
// "10:02" arrives as "10" ":" "02"; "16.30", "10.02pm", "9am", "23rd" as one token.
bool is_time_like(std::string_view w) {
  if (w.empty() || !(w[0] >= '0' && w[0] <= '9')) return false;
  std::size_t i = 0;
  while (i < w.size() && ((w[i] >= '0' && w[i] <= '9') || w[i] == '.')) ++i;
  const std::string_view rest = w.substr(i);
  return in_list(rest, {"am", "pm", "a.m", "p.m", "h", "hrs", "gmt", "bst", "utc"});
}
bool is_ordinal(std::string_view w) {
  if (w.size() < 3 || !(w[0] >= '0' && w[0] <= '9')) return false;
  const std::string_view suf = w.substr(w.size() - 2);
  return is_digits(w.substr(0, w.size() - 2)) && in_list(suf, {"st", "nd", "rd", "th"});
}
bool is_zone(std::string_view w) {
  static const std::unordered_set<std::string_view> kWords = {
      "gmt",  "bst",  "utc", "est", "edt", "cet", "cest", "pst", "pdt", "et",    "pt",  "ist",
      "aest", "aedt", "jst", "msk", "am",  "pm",  "a.m",  "p.m", "hrs", "local", "time"};
  return kWords.count(w) != 0;
}
bool is_relative_time(std::string_view w) {
  static const std::unordered_set<std::string_view> kWords = {
      "ago",   "today",  "yesterday", "hour",    "hours", "hr",  "hrs",  "minute", "minutes",
      "min",   "mins",   "second",    "seconds", "secs",  "day", "days", "week",   "weeks",
      "month", "months", "year",      "years",   "just",  "now", "an",   "a"};
  return kWords.count(w) != 0;
}
// A token that can be part of a date or time stamp.
bool is_date_token(std::string_view w) {
  return is_month(w) || is_weekday(w) || is_digits(w) || is_time_like(w) || is_ordinal(w) ||
         is_zone(w) || is_relative_time(w) || w == ":" || w == "/" || w == "at" || w == "on" ||
         w == "of" || w == "|";
}
// A token that makes a stamp a date rather than a number.
bool is_date_anchor(std::string_view w) {
  return is_month(w) || is_weekday(w) || is_time_like(w) || is_ordinal(w) || w == "ago" ||
         w == "today" || w == "yesterday" || w == "gmt" || w == "bst" || w == "utc";
}

bool is_stamp_keyword(std::string_view w) {
  static const std::unordered_set<std::string_view> kWords = {
      "updated", "published", "posted", "modified", "created", "edited",
      "issued",  "released",  "filed",  "date",     "dated"};
  return kWords.count(w) != 0;
}

}  // namespace

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

std::optional<std::string_view> detect_byline(const LineView& line) {
  const LineShape& s = line.shape;
  const auto& tt = line.tokens;
  if (tt.empty() || s.words > 12 || s.numeric > 0) return std::nullopt;
  if (s.sentence_like() && s.words > 6) return std::nullopt;
  // Every word a name or a connector: "By Jim Grant and Jessica Shemetov, The Guardian".
  auto names_only = [&](std::size_t from) {
    std::size_t i = from, names = 0;
    const std::string_view t = line.text;
    // walk the raw words to see capitals
    std::size_t pos = 0, word_index = 0;
    while (pos < t.size()) {
      while (pos < t.size() && t[pos] == ' ') ++pos;
      std::size_t end = pos;
      while (end < t.size() && t[end] != ' ') ++end;
      std::string_view w = t.substr(pos, end - pos);
      pos = end;
      while (!w.empty() && (w.front() == '(' || w.front() == '"' || w.front() == '-'))
        w.remove_prefix(1);
      if (w.empty()) continue;
      if (word_index++ < i) continue;
      const unsigned char c = static_cast<unsigned char>(w[0]);
      if ((c >= 'A' && c <= 'Z') || c >= 0xC0) {
        ++names;
        continue;
      }
      std::string lw;
      for (char ch : w) {
        if (ch >= 'a' && ch <= 'z') lw.push_back(ch);
      }
      if (w == "|" || w == "/" || w == "&" ||
          in_list(lw, {"and", "in", "for", "the", "of", "at", "with", "de", "van", "von", "da",
                       "del", "der", "bin", "al", "le", "la"})) {
        continue;
      }
      return false;
    }
    return names >= 1;
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
  std::size_t pos = 0;
  const std::string_view t = line.text;
  while (pos < t.size()) {
    while (pos < t.size() && t[pos] == ' ') ++pos;
    std::size_t end = pos;
    while (end < t.size() && t[end] != ' ') ++end;
    std::string_view w = t.substr(pos, end - pos);
    pos = end;
    while (!w.empty() && (w.front() == '(' || w.front() == '[')) w.remove_prefix(1);
    if (w.empty()) continue;
    const unsigned char c = static_cast<unsigned char>(w[0]);
    if ((c >= 'A' && c <= 'Z') || c >= 0xC0 || w == "via" || w == "/" || w == "|" || w == "for" ||
        w == "and" || w == "by") {
      continue;
    }
    return std::nullopt;
  }
  return "credit line";
}

void DebrisRules::add(RuleGroup g, Mode m, std::string_view phrase, int max_words, bool strong) {
  const std::size_t idx = phrases_.size();
  // Normalise the phrase the same way lines are tokenised.
  std::string key;
  for (const std::string& t : rule_tokens(phrase)) {
    if (!key.empty()) key.push_back(' ');
    key += t;
  }
  phrases_.push_back({g, m, key, max_words, strong, measure_line(phrase).signature});
  switch (m) {
    case Mode::Exact:
      exact_[key].push_back(idx);
      break;
    case Mode::Prefix:
      prefix_[key].push_back(idx);
      first_words_.push_back(key.substr(0, key.find(' ')));
      break;
    case Mode::Suffix:
      suffix_[key].push_back(idx);
      max_suffix_words_ = std::max(max_suffix_words_, max_words);
      break;
    case Mode::Contains:
      contains_.push_back(idx);
      break;
  }
}

DebrisRules::DebrisRules() {
  const Mode E = Mode::Exact, P = Mode::Prefix, C = Mode::Contains, S = Mode::Suffix;
  // Exact lines: the whole line is the phrase (after case and punctuation folding). Cheap and
  // safe, so the lists are generous.
  for (const char* p : {"1px transparent line",
                        "transparent line",
                        "image placeholder",
                        "placeholder",
                        "spacer",
                        "spacer image",
                        "transparent pixel",
                        "loading",
                        "loading image",
                        "image loading",
                        "image unavailable",
                        "image not available",
                        "no image",
                        "video unavailable",
                        "image",
                        "photo",
                        "picture",
                        "video",
                        "gallery",
                        "play video",
                        "play",
                        "replay",
                        "click to enlarge",
                        "enlarge this image",
                        "expand image",
                        "view gallery",
                        "open gallery",
                        "view image",
                        "embedded content",
                        "embed"}) {
    add(G::Placeholder, E, p, 6, true);
  }
  for (const char* p : {"getty images",
                        "afp",
                        "ap",
                        "epa",
                        "reuters",
                        "pa",
                        "pa media",
                        "pa wire",
                        "xinhua",
                        "bloomberg",
                        "afp via getty images",
                        "ap photo",
                        "reuters photo",
                        "file photo",
                        "handout",
                        "pool",
                        "afp/getty images",
                        "epa-efe",
                        "shutterstock",
                        "alamy",
                        "rex",
                        "rex features",
                        "rex/shutterstock",
                        "associated press",
                        "the associated press",
                        "press association",
                        "anadolu agency",
                        "dpa",
                        "ansa",
                        "tass",
                        "image copyright",
                        "image source",
                        "image caption",
                        "media caption",
                        "copyright"}) {
    add(G::Caption, E, p, 6, true);
  }
  for (const char* p : {"powered by automated translation",
                        "automated translation",
                        "select language",
                        "show original",
                        "translate",
                        "translate this page",
                        "listen to this article",
                        "listen",
                        "listen now",
                        "audio",
                        "text size",
                        "font size",
                        "a a",
                        "aa",
                        "play audio",
                        "media playback is unsupported on your device",
                        "your browser does not support the video tag",
                        "enable javascript",
                        "please enable javascript",
                        "javascript is disabled",
                        "please wait",
                        "reading time",
                        "original language",
                        "view original"}) {
    add(G::Widget, E, p, 10, true);
  }
  for (const char* p : {"related",
                        "related stories",
                        "related articles",
                        "related content",
                        "related news",
                        "related links",
                        "related coverage",
                        "related reading",
                        "more from",
                        "more stories",
                        "more on this story",
                        "more on this",
                        "more news",
                        "more like this",
                        "you may also like",
                        "you might also like",
                        "you may be interested in",
                        "you might be interested in",
                        "recommended",
                        "recommended for you",
                        "recommended stories",
                        "recommended reading",
                        "most read",
                        "most popular",
                        "most viewed",
                        "most shared",
                        "most watched",
                        "trending",
                        "trending now",
                        "top stories",
                        "latest stories",
                        "latest news",
                        "latest",
                        "see also",
                        "also read",
                        "also see",
                        "read also",
                        "read next",
                        "watch next",
                        "up next",
                        "what to read next",
                        "don't miss",
                        "dont miss",
                        "editor's picks",
                        "editors picks",
                        "in other news",
                        "around the web",
                        "from around the web",
                        "more headlines",
                        "other stories",
                        "top news",
                        "must read",
                        "popular",
                        "more to explore",
                        "more top stories",
                        "features",
                        "in depth",
                        "elsewhere"}) {
    add(G::Related, E, p, 8, true);
  }
  for (const char* p : {"read more",
                        "read more here",
                        "read the full story",
                        "read the full story here",
                        "read the full article",
                        "read full article",
                        "read full story",
                        "read the story",
                        "continue reading",
                        "keep reading",
                        "click here",
                        "tap here",
                        "find out more",
                        "learn more",
                        "more",
                        "see more",
                        "show more",
                        "load more",
                        "view more",
                        "sign up",
                        "sign up now",
                        "subscribe",
                        "subscribe now",
                        "subscribe here",
                        "newsletter",
                        "newsletters",
                        "enter your email",
                        "enter your email address",
                        "your email address",
                        "email address",
                        "email",
                        "e-mail",
                        "share",
                        "share this",
                        "share this story",
                        "share this article",
                        "share this page",
                        "share this with",
                        "share on",
                        "share via",
                        "share page",
                        "share article",
                        "copy link",
                        "copy this link",
                        "link copied",
                        "facebook",
                        "twitter",
                        "x",
                        "whatsapp",
                        "messenger",
                        "pinterest",
                        "linkedin",
                        "reddit",
                        "telegram",
                        "tumblr",
                        "flipboard",
                        "instagram",
                        "youtube",
                        "tiktok",
                        "threads",
                        "bluesky",
                        "sms",
                        "print",
                        "printable version",
                        "print this page",
                        "print this article",
                        "printer friendly",
                        "printer friendly version",
                        "printer-friendly version",
                        "email this story",
                        "email this article",
                        "email this page",
                        "email to a friend",
                        "send to a friend",
                        "comments",
                        "comment",
                        "leave a comment",
                        "show comments",
                        "view comments",
                        "join the conversation",
                        "add a comment",
                        "post a comment",
                        "download the app",
                        "get the app",
                        "save",
                        "save article",
                        "save for later",
                        "saved",
                        "bookmark",
                        "follow",
                        "follow us",
                        "log in",
                        "login",
                        "sign in",
                        "register",
                        "already a subscriber",
                        "become a member",
                        "support us",
                        "donate",
                        "gift this article",
                        "gift article",
                        "jump to comments",
                        "skip",
                        "next",
                        "previous",
                        "back",
                        "close",
                        "open",
                        "watch",
                        "watch now",
                        "watch live",
                        "listen live"}) {
    add(G::CallToAction, E, p, 8, true);
  }
  for (const char* p : {"accept",
                        "accept all",
                        "accept cookies",
                        "accept all cookies",
                        "reject all",
                        "reject cookies",
                        "i agree",
                        "ok i agree",
                        "i accept",
                        "got it",
                        "allow all",
                        "allow cookies",
                        "agree and close",
                        "accept and close",
                        "manage settings",
                        "manage cookies",
                        "manage preferences",
                        "cookie settings",
                        "cookie preferences",
                        "cookie policy",
                        "privacy policy",
                        "privacy settings",
                        "advertisement",
                        "advertisements",
                        "advert",
                        "ad",
                        "ads",
                        "sponsored",
                        "sponsored content",
                        "sponsored post",
                        "paid content",
                        "paid post",
                        "paid partnership",
                        "promoted",
                        "promoted content",
                        "promoted stories",
                        "partner content",
                        "from our partners",
                        "our partners",
                        "ad feedback",
                        "report this ad",
                        "remove ads",
                        "skip advert",
                        "skip ad",
                        "advertise with us",
                        "advertising",
                        "story continues below",
                        "article continues below",
                        "continue reading below",
                        "scroll to continue",
                        "scroll to continue with content"}) {
    add(G::CookieAds, E, p, 8, true);
  }
  for (const char* p :
       {"agencies contributed to this report", "with agencies", "agencies", "staff and agencies",
        "reuters contributed to this report", "the associated press contributed to this report",
        "staff reporter", "staff writer", "contributor"}) {
    add(G::Byline, E, p, 10, true);
  }
  for (const char* p : {"home",
                        "menu",
                        "search",
                        "skip to main content",
                        "skip to content",
                        "skip navigation",
                        "main menu",
                        "navigation",
                        "back to top",
                        "go to top",
                        "top",
                        "next article",
                        "previous article",
                        "next story",
                        "previous story",
                        "tags",
                        "topics",
                        "live",
                        "breaking",
                        "breaking news",
                        "developing",
                        "developing story",
                        "live updates",
                        "live blog",
                        "live coverage",
                        "exclusive",
                        "just in",
                        "new",
                        "updated",
                        "opinion",
                        "analysis",
                        "explainer",
                        "sections",
                        "all sections",
                        "more sections",
                        "view all",
                        "see all",
                        "show all",
                        "all stories",
                        "sport",
                        "business",
                        "news",
                        "world",
                        "politics",
                        "technology",
                        "entertainment",
                        "health",
                        "science",
                        "lifestyle",
                        "culture",
                        "video news"}) {
    add(G::Navigation, E, p, 6, true);
  }
  for (const char* p : {"all rights reserved", "terms of use", "terms and conditions",
                        "terms of service", "privacy notice", "contact us", "about us",
                        "accessibility", "cookie notice", "site map", "sitemap"}) {
    add(G::Legal, E, p, 6, true);
  }

  // Prefixes: the line starts with the phrase (whole words).
  for (const char* p : {"image source :",  "image source",   "image caption :",  "image caption",
                        "image copyright", "media caption",  "picture caption",  "photo caption",
                        "caption :",       "image credit",   "photo credit",     "picture credit",
                        "photograph :",    "photographs :",  "photo :",          "photos :",
                        "picture :",       "pictures :",     "image :",          "images :",
                        "credit :",        "pictured :",     "main image :",     "top image :",
                        "header image :",  "photo by",       "photograph by",    "photographs by",
                        "illustration by", "illustration :", "video by",         "ap photo",
                        "afp photo",       "reuters photo",  "file photo",       "courtesy of",
                        "source : getty",  "source : afp",   "source : reuters", "source : ap",
                        "source : epa",    "source : pa"}) {
    add(G::Caption, P, p, 30, true);
  }
  for (const char* p :
       {"powered by", "beta v", "select language", "translated by",
        "this article was automatically translated", "this article has been translated",
        "this page was translated", "listen to this", "text size",
        "reading time :", "estimated reading time"}) {
    add(G::Widget, P, p, 14, false);
  }
  for (const char* p :
       {"related :",     "related stories :",  "related articles :",   "more :",
        "more from",     "more on :",          "more stories :",       "see also :",
        "also read :",   "also see :",         "read also :",          "read next :",
        "watch :",       "listen :",           "watch next :",         "latest :",
        "top stories :", "most read :",        "recommended :",        "you may also like :",
        "trending :",    "related coverage :", "more on this story :", "more in",
        "more about"}) {
    add(G::Related, P, p, 16, false);
  }
  for (const char* p : {"read more :",
                        "read more",
                        "read more about",
                        "read the full",
                        "continue reading",
                        "click here",
                        "tap here",
                        "sign up",
                        "subscribe to",
                        "subscribe for",
                        "get our",
                        "join our",
                        "follow us",
                        "follow our",
                        "like us on",
                        "download the",
                        "download our",
                        "get the latest",
                        "share this",
                        "share on",
                        "share via",
                        "email this",
                        "print this",
                        "printable",
                        "printer friendly",
                        "printer-friendly",
                        "comments :",
                        "have your say",
                        "leave a comment",
                        "join the conversation",
                        "don't miss out",
                        "never miss",
                        "get breaking",
                        "want to read more",
                        "want more",
                        "enjoyed this",
                        "like this article",
                        "liked this",
                        "to continue reading",
                        "already a subscriber",
                        "support our journalism",
                        "support independent journalism",
                        "become a subscriber",
                        "newsletter :",
                        "enter your email",
                        "your email"}) {
    add(G::CallToAction, P, p, 18, false);
  }
  for (const char* p : {"advertisement",
                        "sponsored by",
                        "paid partnership",
                        "paid post",
                        "sponsored post",
                        "sponsored content",
                        "paid for by",
                        "promoted by",
                        "presented by",
                        "in partnership with",
                        "brought to you by",
                        "story continues below",
                        "article continues below",
                        "this site uses cookies",
                        "this website uses cookies",
                        "we use cookies",
                        "our site uses cookies",
                        "by continuing to use",
                        "by using this site",
                        "we value your privacy",
                        "we care about your privacy",
                        "cookies help us",
                        "accept cookies",
                        "manage cookies",
                        "cookie consent"}) {
    add(G::CookieAds, P, p, 40, true);
  }
  for (const char* p :
       {"posted by", "originally published", "this article was originally",
        "this story was originally", "this article first appeared", "this story first appeared",
        "a version of this article", "a version of this story", "this article is republished",
        "republished with permission"}) {
    add(G::Byline, P, p, 25, true);
  }
  for (const char* p : {"reporting by", "additional reporting by", "editing by", "writing by",
                        "compiled by", "written by", "edited by", "words by", "interview by",
                        "our standards :", "(reporting by", "reported by", "produced by",
                        "by our correspondent", "from our correspondent", "source :"}) {
    add(G::Byline, P, p, 40, true);
  }
  for (const char* p :
       {"tags :",         "tag :",       "topics :",       "topic :",      "filed under :",
        "filed under",    "more on :",   "categories :",   "category :",   "section :",
        "sections :",     "posted in :", "posted in",      "keywords :",   "related topics :",
        "related topics", "skip to",     "you are here :", "you are here", "home >",
        "home |",         "home /",      "home »",         "breaking :",   "breaking news :",
        "live :",         "exclusive :", "watch live :",   "update :"}) {
    add(G::Navigation, P, p, 20, false);
  }
  for (const char* p :
       {"(c) copyright", "©", "all rights reserved", "this material may not be published"}) {
    add(G::Legal, P, p, 40, true);
  }
  for (const char* p : {"copyright", "terms of use", "privacy policy"}) {
    add(G::Legal, P, p, 20, false);
  }

  // Anywhere in a short line.
  for (const char* p : {"automated translation", "automatically translated", "machine translation",
                        "machine translated", "show original", "select language"}) {
    add(G::Widget, C, p, 16, true);
  }
  for (const char* p :
       {"all rights reserved", "may not be published , broadcast", "may not be published broadcast",
        "not be published broadcast rewritten", "rewritten or redistributed",
        "reproduction without permission", "copyright ©", "© copyright"}) {
    add(G::Legal, C, p, kMaxContainsWords, true);
  }
  for (const char* p : {"you agree to our", "you agree to the", "privacy notice"}) {
    add(G::CookieAds, C, p, kMaxContainsWords, true);
  }
  for (const char* p :
       {"uses cookies", "use cookies", "accept cookies", "cookie policy", "cookie settings",
        "our privacy policy", "manage your cookie", "continues below advertisement",
        "below advertisement", "scroll to continue"}) {
    add(G::CookieAds, C, p, kMaxContainsWords, true);
  }
  for (const char* p : {"sign up to our",
                        "sign up for our",
                        "sign up for the",
                        "subscribe to our",
                        "our newsletter",
                        "our daily newsletter",
                        "daily newsletter",
                        "weekly newsletter",
                        "morning briefing newsletter",
                        "whatsapp channel",
                        "follow us on",
                        "download our app",
                        "get our app",
                        "click here to",
                        "straight to your inbox",
                        "in your inbox",
                        "delivered to your inbox",
                        "share this story",
                        "share this article",
                        "share your thoughts",
                        "read the full story",
                        "read the full article",
                        "read more about this",
                        "for more stories",
                        "for the latest news"}) {
    add(G::CallToAction, C, p, 20, false);
  }
  for (const char* p :
       {"sign up here", "sign up now", "subscribe here", "subscribe now", "in your inbox",
        "to your inbox", "click here", "download the app", "read more here"}) {
    add(G::CallToAction, C, p, 14, true);
  }
  // Recommendation widgets name their vendor.
  for (const char* p : {"outbrain", "taboola", "from our partners", "promoted links",
                        "sponsored links", "paid links", "around the web"}) {
    add(G::CookieAds, C, p, 20, false);
  }
  for (const char* p : {"contributed to this report", "contributed reporting"}) {
    add(G::Byline, C, p, 20, true);
  }
  for (const char* p : {"trust principles"}) add(G::Byline, C, p, 14, true);

  // Suffixes: ", staff writer", "5 min read".
  for (const char* p : {"staff writer", "staff reporter", "correspondent", "reporter",
                        "contributor", "contributing writer", "senior writer", "editor",
                        "columnist", "contributing editor", "news editor"}) {
    add(G::Byline, S, p, 8, false);
  }
  for (const char* p : {"min read", "minute read", "minutes read", "mins read"}) {
    add(G::Widget, S, p, 6, false);
  }
  // Built last: the strings no longer move once every phrase is in.
  for (const std::string& w : first_words_) prefix_first_.insert(w);
}

std::optional<RuleHit> DebrisRules::match_phrases(const LineView& line,
                                                  const RuleGroupSet& enabled) const {
  const auto& tt = line.tokens;
  if (tt.empty()) return std::nullopt;
  const LineShape& s = line.shape;
  const bool sentence = s.sentence_like();
  auto usable = [&](const Phrase& p) {
    return enabled.contains(p.group) && s.words <= p.max_words && (p.strong || !sentence);
  };
  auto first_usable = [&](const std::vector<std::size_t>& ids) -> const Phrase* {
    for (std::size_t id : ids) {
      if (usable(phrases_[id])) return &phrases_[id];
    }
    return nullptr;
  };
  if (s.words <= 12 && tt.size() <= 12) {
    thread_local std::string key;
    key.clear();
    for (const std::string& t : tt) {
      if (!key.empty()) key.push_back(' ');
      key += t;
    }
    if (auto it = exact_.find(key); it != exact_.end()) {
      if (const Phrase* p = first_usable(it->second)) return RuleHit{p->group, "known phrase"};
    }
  }
  if (prefix_first_.count(tt[0]) != 0) {
    thread_local std::string key;
    key.clear();
    const std::size_t n = std::min<std::size_t>(tt.size(), 7);
    for (std::size_t k = 0; k < n; ++k) {
      if (k) key.push_back(' ');
      key += tt[k];
      if (auto it = prefix_.find(key); it != prefix_.end()) {
        if (const Phrase* p = first_usable(it->second)) return RuleHit{p->group, "known opening"};
      }
    }
  }
  if (s.words <= kMaxContainsWords) {
    const std::uint64_t line_signature = s.signature;
    thread_local std::string padded;
    padded.clear();
    for (std::size_t id : contains_) {
      const Phrase& p = phrases_[id];
      if ((p.signature & ~line_signature) != 0 || !usable(p)) continue;
      if (padded.empty()) {
        padded.push_back(' ');
        for (const std::string& t : tt) {
          padded += t;
          padded.push_back(' ');
        }
      }
      const std::size_t at = padded.find(p.text);
      if (at != std::string::npos && padded[at - 1] == ' ' && padded[at + p.text.size()] == ' ') {
        return RuleHit{p.group, "known phrase inside"};
      }
    }
  }
  if (s.words <= max_suffix_words_) {
    thread_local std::string key;
    key.clear();
    const std::size_t n = std::min<std::size_t>(tt.size(), 4);
    for (std::size_t k = 1; k <= n; ++k) {
      key.clear();
      for (std::size_t i = tt.size() - k; i < tt.size(); ++i) {
        if (!key.empty()) key.push_back(' ');
        key += tt[i];
      }
      if (auto it = suffix_.find(key); it != suffix_.end()) {
        if (const Phrase* p = first_usable(it->second)) return RuleHit{p->group, "known ending"};
      }
    }
  }
  return std::nullopt;
}

bool DebrisRules::first_token_starts_rule(std::string_view first) const {
  if (prefix_first_.count(first) != 0) return true;
  return is_stamp_keyword(first) || first == "first" || first == "last" || first == "originally" ||
         first == "date";
}

bool DebrisRules::needs_all_tokens(const LineShape& s) const {
  if (s.words <= 20) return true;  // every detector for short lines reads all of the words
  if (s.words > kMaxContainsWords) return false;
  for (std::size_t id : contains_) {
    const Phrase& p = phrases_[id];
    if ((p.signature & ~s.signature) == 0 && s.words <= p.max_words) return true;
  }
  return false;
}

std::optional<RuleHit> DebrisRules::match(const LineView& line, const RuleGroupSet& enabled) const {
  const LineShape& s = line.shape;
  if (s.words == 0) {
    if (enabled.contains(G::Markup)) return RuleHit{G::Markup, "no letters or digits"};
    return std::nullopt;
  }
  if (auto hit = match_phrases(line, enabled)) return hit;
  if (enabled.contains(G::Dateline)) {
    if (auto r = detect_dateline(line)) return RuleHit{G::Dateline, *r};
  }
  if (enabled.contains(G::Caption)) {
    if (auto r = detect_credit_tail(line)) return RuleHit{G::Caption, *r};
  }
  if (enabled.contains(G::Byline)) {
    if (auto r = detect_byline(line)) return RuleHit{G::Byline, *r};
  }
  if (enabled.contains(G::Placeholder)) {
    if (auto r = detect_figure_label(line)) return RuleHit{G::Placeholder, *r};
  }
  if (enabled.contains(G::Navigation)) {
    if (auto r = detect_menu(line)) return RuleHit{G::Navigation, *r};
  }
  if (enabled.contains(G::Caption)) {
    if (auto r = detect_credit_line(line)) return RuleHit{G::Caption, *r};
  }
  if (enabled.contains(G::Byline)) {
    if (auto r = detect_author_note(line)) return RuleHit{G::Byline, *r};
  }
  if (enabled.contains(G::CallToAction)) {
    if (auto r = detect_page_talk(line)) return RuleHit{G::CallToAction, *r};
  }
  if (enabled.contains(G::Widget)) {
    if (auto r = detect_data_widget(line)) return RuleHit{G::Widget, *r};
  }
  if (enabled.contains(G::Legal)) {
    if (auto r = detect_copyright(line)) return RuleHit{G::Legal, *r};
  }
  return std::nullopt;
}

}  // namespace newspipe::clean
