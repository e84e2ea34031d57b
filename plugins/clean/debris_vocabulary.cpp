// Word classes the debris detectors use: agencies, credit labels, date and time words.
#include "debris_vocabulary.hpp"

#include <algorithm>
#include <unordered_set>

namespace newspipe::clean {

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

}  // namespace newspipe::clean
