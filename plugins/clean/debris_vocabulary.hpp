// Word classes the debris detectors use, on rule tokens (lower case, see rule_tokens).
#pragma once
#include <initializer_list>
#include <string_view>

namespace newspipe::clean {

/// Whether `w` is one of `list`.
bool in_list(std::string_view w, std::initializer_list<std::string_view> list);
/// A word of a news or photo agency credit ("afp", "getty", "images", "via", "/").
bool is_agency_word(std::string_view w);
/// The first word of a credit that labels it ("photograph", "credit", "courtesy").
bool is_credit_label(std::string_view w);
/// January..December and their abbreviations.
bool is_month(std::string_view w);
/// Monday..Sunday and their abbreviations.
bool is_weekday(std::string_view w);
/// Digits, possibly with "," or "." ("2,400", "16.30").
bool is_digits(std::string_view w);
/// A clock time in one token ("9am", "10.02pm", "16.30h").
bool is_time_like(std::string_view w);
/// "1st", "23rd".
bool is_ordinal(std::string_view w);
/// Time zones and am/pm ("gmt", "bst", "et").
bool is_zone(std::string_view w);
/// Words of "3 hours ago", "just now", "today".
bool is_relative_time(std::string_view w);
/// A token that can be part of a date or time stamp.
bool is_date_token(std::string_view w);
/// A token that makes a stamp a date rather than a number (a month, a weekday, a time, "ago").
bool is_date_anchor(std::string_view w);
/// "updated", "published", "posted" and other words that introduce a date stamp.
bool is_stamp_keyword(std::string_view w);

}  // namespace newspipe::clean
