#include "stage.hpp"

#include <stdexcept>
#include <string>

#include "newspipe/text/utf8.hpp"

namespace newspipe::summarize {

PluginInfo summarize_info() {
  PluginInfo info;
  info.name = "summarize";
  info.version = "1.0.0";
  info.description =
      "Extractive news summary: the few sentences that tell the story, with their offsets";
  info.access = Access::ReadsText | Access::ReportsOffsets;
  info.options = {
      {.name = "sentences",
       .type = OptionType::Int,
       .default_value = Value(3),
       .doc = "How many sentences a summary has (unless words or share is set).",
       .min = 1,
       .max = 1000},
      {.name = "words",
       .type = OptionType::Int,
       .default_value = Value(0),
       .doc = "A budget of words instead of a sentence count: whole sentences are picked while "
              "they fit (at least one). 0 = off.",
       .min = 0,
       .max = 1000000},
      {.name = "share",
       .type = OptionType::Double,
       .default_value = Value(0.0),
       .doc = "A share of the article's sentences instead of a sentence count, e.g. 0.2 for a "
              "fifth (rounded up, at least one). 0 = off.",
       .min = 0.0,
       .max = 1.0},
      {.name = "method",
       .type = OptionType::String,
       .default_value = Value("news"),
       .doc = "How sentences are chosen: news (lead position, centrality and title overlap, "
              "measured best on news), lead (the first sentences) or centrality (TextRank).",
       .choices = {"news", "lead", "centrality"}},
      {.name = "order",
       .type = OptionType::String,
       .default_value = Value("article"),
       .doc = "Order of the summary's sentences: as in the article, or best first (score).",
       .choices = {"article", "score"}},
      {.name = "max_similarity",
       .type = OptionType::Double,
       .default_value = Value(Mix{}.max_similarity),
       .doc = "Two sentences at least this similar (cosine of their words, 0 to 1) never both "
              "enter a summary; lower it to make summaries more varied.",
       .min = 0.0,
       .max = 1.0},
  };
  return info;
}

SummaryOptions summary_options_from(const Options& options) {
  SummaryOptions out;
  const std::int64_t words = options.get_int("words");
  const double share = options.get_double("share");
  if (words > 0 && share > 0) {
    throw std::invalid_argument("summarize: set either words or share, not both (0 turns one off)");
  }
  if (words > 0) {
    out.length = {Length::Unit::Words, static_cast<double>(words)};
  } else if (share > 0) {
    out.length = {Length::Unit::Share, share};
  } else {
    out.length = {Length::Unit::Sentences, static_cast<double>(options.get_int("sentences"))};
  }
  const std::string& method = options.get_string("method");
  out.method = method == "lead"         ? Method::Lead
               : method == "centrality" ? Method::Centrality
                                        : Method::News;
  out.order = options.get_string("order") == "score" ? Order::Score : Order::Article;
  out.mix.max_similarity = options.get_double("max_similarity");
  return out;
}

SummarizeStage::SummarizeStage(const Options& options, StageContext&)
    : options_(summary_options_from(options)) {}

void SummarizeStage::process_article(Article& article, StageContext& ctx) {
  const std::vector<Pick> picks = summarize(article.text, article.title, options_);
  const text::OffsetMap offsets(article.text);
  Value sentences = Value::array();
  for (const Pick& p : picks) {
    Value s = Value::object();
    s["start"] = Value(offsets.to_code_point(p.begin));
    s["end"] = Value(offsets.to_code_point(p.end));
    s["text"] = Value(std::string_view(article.text).substr(p.begin, p.end - p.begin));
    sentences.push_back(std::move(s));
  }
  if (picks.empty()) ctx.count("empty_summaries");
  article.result(ctx.stage_name())["sentences"] = std::move(sentences);
}

}  // namespace newspipe::summarize
