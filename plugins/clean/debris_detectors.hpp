// Shape detectors behind the rule groups; each returns a short description of the rule when it
// fires on the line.
#pragma once
#include <optional>
#include <string_view>

#include "debris_rules.hpp"

namespace newspipe::clean {

std::optional<std::string_view> detect_credit_tail(const LineView& line);
std::optional<std::string_view> detect_dateline(const LineView& line);
std::optional<std::string_view> detect_byline(const LineView& line);
std::optional<std::string_view> detect_figure_label(const LineView& line);
std::optional<std::string_view> detect_menu(const LineView& line);
std::optional<std::string_view> detect_page_talk(const LineView& line);
std::optional<std::string_view> detect_author_note(const LineView& line);
std::optional<std::string_view> detect_credit_line(const LineView& line);
std::optional<std::string_view> detect_data_widget(const LineView& line);
std::optional<std::string_view> detect_copyright(const LineView& line);

}  // namespace newspipe::clean
