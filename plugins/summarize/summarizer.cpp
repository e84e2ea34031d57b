#include "summarizer.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include "centrality.hpp"
#include "document.hpp"

namespace newspipe::summarize {

namespace {

// Sentences worth considering: not debris, and ending like a sentence. Articles made only of
// such lines (a list, a transcript without punctuation) fall back to what is not debris.
std::vector<std::size_t> candidates_of(const Document& doc) {
  std::vector<std::size_t> out;
  for (std::size_t i = 0; i < doc.sentences.size(); ++i) {
    const SentenceKind& k = doc.sentences[i].kind;
    if (!k.debris && !k.unterminated && doc.sentences[i].words > 0) out.push_back(i);
  }
  if (out.empty()) {
    for (std::size_t i = 0; i < doc.sentences.size(); ++i) {
      if (!doc.sentences[i].kind.debris && doc.sentences[i].words > 0) out.push_back(i);
    }
  }
  return out;
}

// How much a sentence's kind lowers its worth as a summary sentence.
double kind_factor(const DocSentence& s, const Mix& mix) {
  double f = 1.0;
  if (mix.short_words > 0 && s.words < mix.short_words) f *= s.words / mix.short_words;
  if (s.kind.question) f *= mix.question;
  if (s.kind.bare_quote) f *= mix.bare_quote;
  return f;
}

std::vector<double> scores_of(const Document& doc, const std::vector<std::size_t>& cand,
                              const SummaryOptions& opt) {
  const Mix& mix = opt.mix;
  std::vector<double> score(cand.size(), 0.0);
  if (opt.method == Method::Lead) {
    // Text order, but a teaser question or a speakerless quote yields to the next sentences.
    for (std::size_t r = 0; r < cand.size(); ++r) {
      score[r] = kind_factor(doc.sentences[cand[r]], mix) / (1.0 + r);
    }
    return score;
  }
  const std::vector<double> rank = textrank(doc, mix.length_bias);
  double top = 0;
  for (std::size_t i : cand) top = std::max(top, rank[i]);
  if (top <= 0) top = 1;
  for (std::size_t r = 0; r < cand.size(); ++r) {
    const DocSentence& s = doc.sentences[cand[r]];
    const double central = rank[cand[r]] / top;
    double base;
    if (opt.method == Method::Centrality) {
      base = central;
    } else {
      const double lead = 1.0 / (1.0 + r / mix.lead_decay);
      const double title = doc.title.empty() ? 0.0
                                             : cosine(doc.terms_of(s), doc.size_of(s),
                                                      doc.title.data(), doc.title.size());
      base = mix.lead * lead + mix.centrality * central + mix.title * title;
    }
    score[r] = base * kind_factor(s, mix);
  }
  return score;
}

}  // namespace

std::vector<Pick> summarize(std::string_view text, std::string_view title,
                            const SummaryOptions& opt) {
  const Document doc = analyse(text, title, TermWeighting{opt.mix.isf_power});
  const std::vector<std::size_t> cand = candidates_of(doc);
  std::vector<Pick> picks;
  if (cand.empty()) return picks;
  const std::vector<double> score = scores_of(doc, cand, opt);

  std::size_t max_count = cand.size();
  double word_budget = std::numeric_limits<double>::infinity();
  switch (opt.length.unit) {
    case Length::Unit::Sentences:
      max_count = static_cast<std::size_t>(std::max(1.0, std::floor(opt.length.value)));
      break;
    case Length::Unit::Words:
      word_budget = std::max(1.0, opt.length.value);
      break;
    case Length::Unit::Share:
      max_count = static_cast<std::size_t>(std::ceil(opt.length.value * cand.size()));
      max_count = std::max<std::size_t>(1, max_count);
      break;
  }

  // Greedy MMR: the best remaining sentence, less what it repeats of those already picked.
  const bool check_redundancy = opt.method != Method::Lead;
  std::vector<double> overlap(cand.size(), 0.0);
  std::vector<bool> taken(cand.size(), false);
  double words = 0;
  while (picks.size() < max_count) {
    std::size_t best = cand.size();
    double best_value = -std::numeric_limits<double>::infinity();
    for (std::size_t r = 0; r < cand.size(); ++r) {
      if (taken[r]) continue;
      const DocSentence& s = doc.sentences[cand[r]];
      if (!picks.empty() && words + s.words > word_budget) continue;
      if (check_redundancy && overlap[r] >= opt.mix.max_similarity) continue;
      const double value = score[r] - (check_redundancy ? opt.mix.redundancy * overlap[r] : 0.0);
      if (value > best_value) best_value = value, best = r;
    }
    if (best == cand.size()) break;
    taken[best] = true;
    const DocSentence& chosen = doc.sentences[cand[best]];
    words += chosen.words;
    picks.push_back({chosen.begin, chosen.end, cand[best], score[best]});
    if (check_redundancy) {
      for (std::size_t r = 0; r < cand.size(); ++r) {
        if (taken[r]) continue;
        const DocSentence& s = doc.sentences[cand[r]];
        overlap[r] = std::max(overlap[r], cosine(doc.terms_of(s), doc.size_of(s),
                                                 doc.terms_of(chosen), doc.size_of(chosen)));
      }
    }
  }
  if (opt.order == Order::Article) {
    std::sort(picks.begin(), picks.end(),
              [](const Pick& a, const Pick& b) { return a.index < b.index; });
  }
  return picks;
}

}  // namespace newspipe::summarize
