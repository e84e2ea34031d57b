// Extractive news summarisation: picks the sentences of an article that best tell its story.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace newspipe::summarize {

/// How sentences are scored.
enum class Method {
  News,        ///< the default mix: lead position, centrality, title overlap, sentence kind
  Lead,        ///< the first sentences, skipping debris (the classic Lead-k baseline)
  Centrality,  ///< TextRank centrality alone
};

/// The order of the sentences in a summary.
enum class Order { Article, Score };

/// How long a summary is: a number of sentences, a budget of words, or a share of the article's
/// sentences (rounded up, at least one).
struct Length {
  enum class Unit { Sentences, Words, Share };
  Unit unit = Unit::Sentences;
  double value = 3;
};

/// The knobs of scoring and selection. The defaults were chosen by measuring ROUGE on human
/// summaries of CNN and BBC articles (docs/quality/summarize.md), not by taste.
struct Mix {
  /// Weight of the position prior 1 / (1 + rank / lead_decay), rank = place among candidates.
  double lead = 1.0;
  double lead_decay = 8.0;
  /// Weight of TextRank centrality, scaled so that the most central sentence has 1.
  double centrality = 1.5;
  /// How much longer sentences gain weight in the centrality graph (0 = cosine weights).
  double length_bias = -0.5;
  /// Weight of the cosine similarity with the title.
  double title = 0.25;
  /// Sentences with fewer words than this are discounted in proportion.
  double short_words = 10;
  /// Factors applied to questions and to quotations without a speaker.
  double question = 0.3;
  double bare_quote = 0.5;
  /// MMR: the score is lowered by this times the highest similarity to a sentence already picked.
  double redundancy = 0.25;
  /// Never pick a sentence whose cosine similarity to a picked one reaches this.
  double max_similarity = 0.5;
  /// Exponent of the inverse sentence frequency in the term weights (0 = plain term frequency).
  double isf_power = 0.5;
};

struct SummaryOptions {
  Method method = Method::News;
  Length length;
  Order order = Order::Article;
  Mix mix;
};

/// A chosen sentence: its byte range in the text, its place among the article's sentences and its
/// score (higher is better; comparable within one article only).
struct Pick {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::size_t index = 0;
  double score = 0;
};

/// Summarises one article. Thread-safe: no state is shared between calls.
std::vector<Pick> summarize(std::string_view text, std::string_view title,
                            const SummaryOptions& options);

}  // namespace newspipe::summarize
