// An article prepared for extractive summarisation: its sentences, what kind of sentence each is,
// and a normalised term vector per sentence and for the title.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace newspipe::summarize {

/// One weighted term of a sentence vector; `term` is a per-article term id.
struct TermWeight {
  std::uint32_t term = 0;
  float weight = 0;
};

/// Why a sentence is a poor pick for a summary. Debris is never picked; the others are
/// discounted by the scorer.
struct SentenceKind {
  bool debris = false;        ///< caption, credit, widget text, headline or list line
  bool question = false;      ///< ends in a question mark (teasers, rhetorical questions)
  bool bare_quote = false;    ///< a quotation without its speaker
  bool unterminated = false;  ///< no sentence-final punctuation (headline, list line)
};

struct DocSentence {
  std::size_t begin = 0;  ///< byte range in the text, after any leading dateline
  std::size_t end = 0;
  std::size_t paragraph = 0;
  std::uint32_t words = 0;        ///< all words, stop words included
  std::uint32_t terms_begin = 0;  ///< range in Document::terms
  std::uint32_t terms_end = 0;
  /// Euclidean length of the sentence's term vector before it was normalised.
  float norm = 0;
  SentenceKind kind;
};

/// Knobs of the term weighting.
struct TermWeighting {
  /// Exponent of the inverse sentence frequency log(1 + N / sf) in a term's weight; 0 = plain tf.
  double isf_power = 0.5;
};

struct Document {
  std::vector<DocSentence> sentences;
  /// All sentence vectors back to back, each sorted by term id and of unit length (or empty).
  std::vector<TermWeight> terms;
  /// The title's vector, unit length (empty without a title or without known terms).
  std::vector<TermWeight> title;
  std::uint32_t vocabulary = 0;

  const TermWeight* terms_of(const DocSentence& s) const { return terms.data() + s.terms_begin; }
  std::size_t size_of(const DocSentence& s) const { return s.terms_end - s.terms_begin; }
};

/// Segments `text`, classifies each sentence and builds the term vectors.
Document analyse(std::string_view text, std::string_view title, const TermWeighting& weighting);

/// Cosine of two unit vectors sorted by term id.
double cosine(const TermWeight* a, std::size_t na, const TermWeight* b, std::size_t nb);

}  // namespace newspipe::summarize
