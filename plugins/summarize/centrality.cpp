#include "centrality.hpp"

#include <cmath>

namespace newspipe::summarize {

std::vector<double> textrank(const Document& doc, double length_bias, double damping,
                             int max_iterations) {
  const std::size_t n = doc.sentences.size();
  std::vector<double> rank(n, n ? 1.0 / n : 0.0);
  if (n < 2) return rank;
  // Scaled copies of the unit vectors (see the header): w_k = weight_k * scale of its sentence.
  std::vector<float> w(doc.terms.size());
  for (const DocSentence& s : doc.sentences) {
    const float scale = length_bias == 0
                            ? 1.0f
                            : static_cast<float>(std::pow(std::max(s.norm, 1e-6f), length_bias));
    for (std::uint32_t k = s.terms_begin; k < s.terms_end; ++k) {
      w[k] = doc.terms[k].weight * scale;
    }
  }

  // Degree of each node: v_i · (Σ_j v_j) − v_i · v_i.
  std::vector<double> sum(doc.vocabulary, 0.0);
  for (std::size_t k = 0; k < doc.terms.size(); ++k) sum[doc.terms[k].term] += w[k];
  std::vector<double> self(n, 0.0), degree(n, 0.0);
  for (std::size_t i = 0; i < n; ++i) {
    const DocSentence& s = doc.sentences[i];
    double dot = 0, sq = 0;
    for (std::uint32_t k = s.terms_begin; k < s.terms_end; ++k) {
      dot += w[k] * sum[doc.terms[k].term];
      sq += double(w[k]) * w[k];
    }
    self[i] = sq;
    degree[i] = dot - sq;
  }

  std::vector<double> flow(doc.vocabulary);
  std::vector<double> next(n);
  for (int it = 0; it < max_iterations; ++it) {
    // flow = Σ_j v_j · rank_j / degree_j; a node without edges passes its rank on uniformly.
    std::fill(flow.begin(), flow.end(), 0.0);
    double dangling = 0;
    for (std::size_t j = 0; j < n; ++j) {
      if (degree[j] <= 1e-12) {
        dangling += rank[j];
        continue;
      }
      const double share = rank[j] / degree[j];
      const DocSentence& s = doc.sentences[j];
      for (std::uint32_t k = s.terms_begin; k < s.terms_end; ++k) {
        flow[doc.terms[k].term] += w[k] * share;
      }
    }
    const double base = (1.0 - damping) / n + damping * dangling / n;
    double change = 0, total = 0;
    for (std::size_t i = 0; i < n; ++i) {
      const DocSentence& s = doc.sentences[i];
      double in = 0;
      for (std::uint32_t k = s.terms_begin; k < s.terms_end; ++k) {
        in += w[k] * flow[doc.terms[k].term];
      }
      if (degree[i] > 1e-12) in -= self[i] * rank[i] / degree[i];  // no self-loop
      next[i] = base + damping * std::max(0.0, in);
      total += next[i];
    }
    for (std::size_t i = 0; i < n; ++i) {
      next[i] /= total;
      change += std::abs(next[i] - rank[i]);
    }
    rank.swap(next);
    if (change < 1e-6) break;
  }
  return rank;
}

}  // namespace newspipe::summarize
