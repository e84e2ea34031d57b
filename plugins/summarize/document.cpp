#include "document.hpp"

#include <xxhash.h>

#include <algorithm>
#include <cmath>
#include <string>

#include "newspipe/text/sentences.hpp"
#include "newspipe/text/words.hpp"
#include "sentence_kind.hpp"

namespace newspipe::summarize {

namespace {

// Maps word hashes to dense per-article term ids (open addressing; the table never fills up
// beyond half, so probes stay short).
class TermIds {
 public:
  explicit TermIds(std::size_t expected) {
    std::size_t cap = 64;
    while (cap < expected * 2) cap <<= 1;
    keys_.assign(cap, 0);
    ids_.resize(cap);
  }
  std::uint32_t id_of(std::uint64_t key) {
    if (key == 0) key = 1;
    if ((next_ + 1) * 2 > keys_.size()) grow();
    std::size_t i = key & (keys_.size() - 1);
    while (keys_[i] != 0) {
      if (keys_[i] == key) return ids_[i];
      i = (i + 1) & (keys_.size() - 1);
    }
    keys_[i] = key;
    ids_[i] = next_;
    return next_++;
  }
  // The id of a known key, or UINT32_MAX.
  std::uint32_t find(std::uint64_t key) const {
    if (key == 0) key = 1;
    std::size_t i = key & (keys_.size() - 1);
    while (keys_[i] != 0) {
      if (keys_[i] == key) return ids_[i];
      i = (i + 1) & (keys_.size() - 1);
    }
    return UINT32_MAX;
  }
  std::uint32_t size() const { return next_; }

 private:
  void grow() {
    std::vector<std::uint64_t> keys;
    std::vector<std::uint32_t> ids;
    keys.swap(keys_);
    ids.swap(ids_);
    keys_.assign(keys.size() * 2, 0);
    ids_.resize(keys_.size());
    for (std::size_t j = 0; j < keys.size(); ++j) {
      if (keys[j] == 0) continue;
      std::size_t i = keys[j] & (keys_.size() - 1);
      while (keys_[i] != 0) i = (i + 1) & (keys_.size() - 1);
      keys_[i] = keys[j];
      ids_[i] = ids[j];
    }
  }
  std::vector<std::uint64_t> keys_;
  std::vector<std::uint32_t> ids_;
  std::uint32_t next_ = 0;
};

// The content words of a passage, as hashes of their lower-cased light stems. Also counts all
// words and notices debris markers on the way.
struct Scan {
  std::uint32_t words = 0;
  bool debris_marker = false;
};

template <class Emit>
Scan scan_words(std::string_view text, std::string& lower, std::string& previous, Emit&& emit) {
  Scan scan;
  previous.clear();
  text::for_each_word(text, [&](std::size_t b, std::size_t e) {
    ++scan.words;
    lower.clear();
    text::append_lower(text.substr(b, e - b), lower);
    if (!text::is_stop_word(lower)) {
      scan.debris_marker = scan.debris_marker || is_debris_marker(previous, lower);
      // One-character tokens ("s" of a possessive, stray digits) carry no topic.
      if (lower.size() > 1) {
        previous = lower;
        text::light_stem(lower);
        emit(XXH3_64bits(lower.data(), lower.size()));
        return;
      }
    }
    scan.debris_marker = scan.debris_marker || is_debris_marker(previous, lower);
    previous = lower;
  });
  return scan;
}

// Sorts ids, turns them into (id, tf) runs and appends them to `out`.
void append_counts(std::vector<std::uint32_t>& ids, std::vector<TermWeight>& out) {
  std::sort(ids.begin(), ids.end());
  for (std::size_t i = 0; i < ids.size();) {
    std::size_t j = i;
    while (j < ids.size() && ids[j] == ids[i]) ++j;
    out.push_back({ids[i], static_cast<float>(j - i)});
    i = j;
  }
}

// Scales v to unit length; returns its length before.
float normalise(TermWeight* v, std::size_t n) {
  double norm = 0;
  for (std::size_t i = 0; i < n; ++i) norm += double(v[i].weight) * v[i].weight;
  if (norm <= 0) return 0;
  norm = std::sqrt(norm);
  const float inv = static_cast<float>(1.0 / norm);
  for (std::size_t i = 0; i < n; ++i) v[i].weight *= inv;
  return static_cast<float>(norm);
}

}  // namespace

double cosine(const TermWeight* a, std::size_t na, const TermWeight* b, std::size_t nb) {
  double dot = 0;
  std::size_t i = 0, j = 0;
  while (i < na && j < nb) {
    if (a[i].term < b[j].term) {
      ++i;
    } else if (a[i].term > b[j].term) {
      ++j;
    } else {
      dot += double(a[i].weight) * b[j].weight;
      ++i, ++j;
    }
  }
  return dot;
}

Document analyse(std::string_view text, std::string_view title, const TermWeighting& weighting) {
  Document doc;
  const std::vector<text::Sentence> raw = text::split_sentences(text);
  doc.sentences.reserve(raw.size());
  doc.terms.reserve(text.size() / 8);
  TermIds ids(text.size() / 12 + 16);
  std::string lower, previous;
  std::vector<std::uint32_t> scratch;
  bool in_quote = false;

  for (std::size_t k = 0; k < raw.size(); ++k) {
    DocSentence s;
    s.begin = raw[k].begin;
    s.end = raw[k].end;
    s.paragraph = raw[k].paragraph;
    if (k == 0) s.begin += dateline_length(text.substr(s.begin, s.end - s.begin));
    const std::string_view body = text.substr(s.begin, s.end - s.begin);
    scratch.clear();
    if (k > 0 && raw[k].paragraph != raw[k - 1].paragraph) in_quote = false;
    const QuoteState quote = follow_quotes(body, in_quote);
    in_quote = quote.ends_inside;
    const Scan scan = scan_words(body, lower, previous,
                                 [&](std::uint64_t h) { scratch.push_back(ids.id_of(h)); });
    s.words = scan.words;
    s.kind.unterminated = !is_terminated(body);
    s.kind.question = !s.kind.unterminated && is_question(body);
    s.kind.bare_quote = quote.starts_inside && !quote.attributed;
    s.kind.debris = scan.debris_marker || body.find("\u00a9") != std::string_view::npos ||
                    has_caption_position(body);
    s.terms_begin = static_cast<std::uint32_t>(doc.terms.size());
    append_counts(scratch, doc.terms);
    s.terms_end = static_cast<std::uint32_t>(doc.terms.size());
    doc.sentences.push_back(s);
  }

  // A caption ends with its credit on the same line: "... to the east. AFP". The credit is a
  // short unterminated fragment; both it and the caption are debris.
  for (std::size_t k = 1; k < doc.sentences.size(); ++k) {
    DocSentence& cur = doc.sentences[k];
    DocSentence& prev = doc.sentences[k - 1];
    if (!cur.kind.unterminated || cur.words > 3 || cur.paragraph != prev.paragraph) continue;
    const std::string_view gap = text.substr(prev.end, cur.begin - prev.end);
    if (gap.find('\n') == std::string_view::npos) prev.kind.debris = cur.kind.debris = true;
  }

  // Inverse sentence frequency: words found in every sentence say little about any one of them.
  doc.vocabulary = ids.size();
  std::vector<std::uint32_t> sf(doc.vocabulary, 0);
  for (const TermWeight& t : doc.terms) ++sf[t.term];
  std::vector<float> isf(doc.vocabulary, 1.0f);
  const double n = static_cast<double>(doc.sentences.size());
  if (weighting.isf_power != 0) {
    for (std::uint32_t t = 0; t < doc.vocabulary; ++t) {
      isf[t] = static_cast<float>(std::pow(std::log(1.0 + n / sf[t]), weighting.isf_power));
    }
  }
  for (TermWeight& t : doc.terms) t.weight = (1.0f + std::log(t.weight)) * isf[t.term];
  for (DocSentence& s : doc.sentences) {
    s.norm = normalise(doc.terms.data() + s.terms_begin, s.terms_end - s.terms_begin);
  }

  if (!title.empty()) {
    scratch.clear();
    scan_words(title, lower, previous, [&](std::uint64_t h) {
      const std::uint32_t id = ids.find(h);
      if (id != UINT32_MAX) scratch.push_back(id);
    });
    append_counts(scratch, doc.title);
    for (TermWeight& t : doc.title) t.weight = isf[t.term];
    normalise(doc.title.data(), doc.title.size());
  }
  return doc;
}

}  // namespace newspipe::summarize
