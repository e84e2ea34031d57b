#include "passages.hpp"

#include <string>

#include "newspipe/text/sentences.hpp"

namespace dedup {

namespace {

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\r'; }

// A line this long that runs straight into another line is hard-wrapped prose, not a headline
// or a list line (those are short).
constexpr std::size_t kWrappedLineBytes = 50;

// Same length as `text`, so byte offsets carry over unchanged. Empty when nothing needs joining
// (the usual case: paragraphs without hard line breaks), to spare the copy.
std::string join_wrapped_lines(std::string_view text) {
  std::string out;
  std::size_t line_begin = 0;
  for (std::size_t i = text.find('\n'); i != std::string_view::npos; i = text.find('\n', i + 1)) {
    const bool next_is_text = i + 1 < text.size() && text[i + 1] != '\n' && !is_blank(text[i + 1]);
    if (next_is_text && i - line_begin >= kWrappedLineBytes) {
      if (out.empty()) out.assign(text);
      out[i] = ' ';
    }
    line_begin = i + 1;
  }
  return out;
}

std::vector<PassageSpan> split_paragraphs(std::string_view text) {
  std::vector<PassageSpan> out;
  std::size_t i = 0;
  const std::size_t n = text.size();
  while (i < n) {
    while (i < n && (text[i] == '\n' || is_blank(text[i]))) ++i;
    if (i >= n) break;
    std::size_t begin = i;
    std::size_t end = i;
    // A paragraph ends at a line that is empty or only white space.
    while (i < n) {
      std::size_t eol = text.find('\n', i);
      if (eol == std::string_view::npos) eol = n;
      std::size_t k = i;
      while (k < eol && is_blank(text[k])) ++k;
      if (k == eol) break;
      end = eol;
      i = eol + 1;
    }
    while (end > begin && (is_blank(text[end - 1]) || text[end - 1] == '\n')) --end;
    out.push_back({begin, end});
  }
  return out;
}

}  // namespace

std::vector<PassageSpan> split_passages(std::string_view text, Unit unit) {
  if (unit == Unit::Paragraph) return split_paragraphs(text);
  const std::string joined = join_wrapped_lines(text);
  const auto sentences = newspipe::text::split_sentences(joined.empty() ? text : joined);
  std::vector<PassageSpan> out;
  out.reserve(sentences.size());
  for (const auto& s : sentences) out.push_back({s.begin, s.end});
  return out;
}

}  // namespace dedup
