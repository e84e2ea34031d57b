// The phrase rules of each group (exact lines, openings, phrases inside short lines, endings) and
// the order in which phrase rules and shape detectors are tried on a line.
#include "debris_rules.hpp"

#include <algorithm>
#include <unordered_set>

#include "debris_detectors.hpp"
#include "debris_vocabulary.hpp"

namespace newspipe::clean {

using G = RuleGroup;

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
