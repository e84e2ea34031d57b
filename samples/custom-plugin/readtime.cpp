#include "readtime.hpp"

#include <cmath>

#include "newspipe/text/utf8.hpp"

namespace readtime {

namespace {

// A word is a run of letters, digits and apostrophes (any script): "Genève" and "Kyiv's" are one
// word each, a dash none.
std::int64_t count_words(std::string_view s) {
  std::int64_t words = 0;
  bool in_word = false;
  for (std::size_t pos = 0; pos < s.size();) {
    const char32_t cp = newspipe::text::decode_utf8(s, pos);
    const bool punctuation = cp >= 0x2000 && cp <= 0x206F;  // dashes, curly quotes, ellipsis
    const bool word_char = (cp >= U'0' && cp <= U'9') || (cp >= U'a' && cp <= U'z') ||
                           (cp >= U'A' && cp <= U'Z') || cp == U'\'' ||
                           (cp >= 0xC0 && !punctuation);
    if (word_char && !in_word) ++words;
    in_word = word_char;
  }
  return words;
}

}  // namespace

newspipe::PluginInfo info() {
  using newspipe::OptionType;
  return {.name = "readtime",
          .version = "1.0.0",
          .description = "Counts words and estimates reading time in minutes",
          .options = {{.name = "words_per_minute",
                       .type = OptionType::Int,
                       .default_value = 230,
                       .doc = "Reading speed used for the estimate (adults read news at 200-260).",
                       .min = 50,
                       .max = 1000},
                      {.name = "count_title",
                       .type = OptionType::Bool,
                       .default_value = false,
                       .doc = "Whether the title's words count towards the estimate."},
                      {.name = "short_below",
                       .type = OptionType::Int,
                       .default_value = 150,
                       .doc = "Articles with fewer words are marked \"short\": true (briefs).",
                       .min = 0}},
          .access = newspipe::Access::ReadsText};
}

ReadTimeStage::ReadTimeStage(const newspipe::Options& options, newspipe::StageContext&)
    : words_per_minute_(options.get_int("words_per_minute")),
      count_title_(options.get_bool("count_title")),
      short_below_(options.get_int("short_below")) {}

void ReadTimeStage::process_article(newspipe::Article& article, newspipe::StageContext& ctx) {
  std::int64_t words = count_words(article.text);
  if (count_title_) words += count_words(article.title);
  // Round up: a 90-second article is a "2 min read", and nothing is a "0 min read".
  const auto minutes = std::max<std::int64_t>(
      1, static_cast<std::int64_t>(std::ceil(static_cast<double>(words) / words_per_minute_)));
  newspipe::Value& r = article.result(ctx.stage_name());
  r["words"] = words;
  r["minutes"] = minutes;
  r["short"] = words < short_below_;
  if (words < short_below_) ctx.count("short_articles");
}

}  // namespace readtime
