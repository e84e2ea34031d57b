#include "dedup_stage.hpp"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <map>
#include <stdexcept>

#include "newspipe/text/utf8.hpp"
#include "quotes.hpp"
#include "similarity.hpp"

namespace dedup {

namespace {

constexpr const char* kIndexFile = "passages.sqlite";
// Articles per thread prepared, judged and written together (see process_batch).
constexpr std::size_t kSlicePerThread = 64;
// How many passages ahead the run index's cache lines are requested.
constexpr std::size_t kPrefetchAhead = 4;
// Candidates fetched per band key from the cross-run index (most recent first).
constexpr int kHistoryPerKey = 8;
// Candidates whose signatures agree on fewer bins are not worth the true similarity: a copy with a
// few words edited keeps well over half of its content words, so it almost never falls this low.
constexpr double kMinEstimate = 0.3;
bool shares_clause(const PreparedQuote& q, std::string_view earlier) {
  return std::any_of(q.clauses.begin(), q.clauses.end(),
                     [&](const std::string& c) { return contains_clause(earlier, c); });
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r'; }

void prepare_passage(std::string_view surface, int min_words, PreparedPassage& p,
                     NormalizedPassage& scratch, std::string& arena) {
  normalize_passage(surface, scratch);
  p.words = static_cast<std::uint32_t>(scratch.words.size());
  p.eligible = p.words >= static_cast<std::uint32_t>(min_words);
  if (!p.eligible) return;
  p.normalized_offset = static_cast<std::uint32_t>(arena.size());
  p.normalized_length = static_cast<std::uint32_t>(scratch.text.size());
  arena += scratch.text;
  p.fingerprint = fingerprint(scratch.text);
  SignatureBuilder builder;
  builder.add_word_pairs(scratch.words, scratch.stop);
  p.signature = builder.finish();
  p.keys = band_keys(p.signature);
}

// A stretch of the original text copied into the text left after removals.
struct CopiedSegment {
  std::size_t begin, end;  // bytes of the original text
  std::size_t out;         // where they start in the new text
};

// Removes the byte ranges (sorted, non-overlapping) from `text`, with the white space that would
// otherwise be left dangling: a removed paragraph takes its blank line with it. `copied` receives
// the stretches of the original that were kept, to carry offsets over into the new text.
std::string remove_ranges(const std::string& text,
                          const std::vector<std::pair<std::size_t, std::size_t>>& ranges,
                          std::vector<CopiedSegment>& segments) {
  std::string out;
  out.reserve(text.size());
  std::size_t copied = 0;
  const std::size_t n = text.size();
  for (auto [b, e] : ranges) {
    if (b < copied) continue;
    // A removed quotation takes its quotation marks with it.
    if (b >= 3 && e + 3 <= n && text.compare(b - 3, 3, "\u201c") == 0 &&
        text.compare(e, 3, "\u201d") == 0) {
      b -= 3, e += 3;
    } else if (b >= 1 && e < n && text[b - 1] == '"' && text[e] == '"') {
      b -= 1, e += 1;
    }
    if (b < copied) continue;
    while (e < n && is_space(text[e])) ++e;
    std::size_t line_b = b;
    while (line_b > copied && is_space(text[line_b - 1])) --line_b;
    const bool at_line_start = line_b == 0 || text[line_b - 1] == '\n';
    const bool at_line_end = e == n || text[e] == '\n';
    if (at_line_start && at_line_end) {
      b = line_b;
      while (e < n && (text[e] == '\n' || is_space(text[e]))) ++e;
    } else if (at_line_end) {
      b = line_b;  // the spaces before a removed last sentence of a line
    }
    segments.push_back({copied, b, out.size()});
    out.append(text, copied, b - copied);
    copied = e;
  }
  segments.push_back({copied, n, out.size()});
  out.append(text, copied, std::string::npos);
  while (!out.empty() && (out.back() == '\n' || is_space(out.back()))) out.pop_back();
  return out;
}

// Where byte `pos` of the original text ended up, for a position inside a kept stretch.
std::size_t carried_over(const std::vector<CopiedSegment>& segments, std::size_t pos) {
  for (const CopiedSegment& s : segments) {
    if (pos >= s.begin && pos <= s.end) return s.out + (pos - s.begin);
  }
  return std::string::npos;
}

// Words (runs of non-space bytes with a letter or digit in them) in text[begin, end).
std::size_t count_words(std::string_view text, std::size_t begin, std::size_t end) {
  std::size_t words = 0;
  bool in_word = false, has_alnum = false;
  for (std::size_t i = begin; i <= end; ++i) {
    const char c = i < end ? text[i] : ' ';
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      words += in_word && has_alnum;
      in_word = has_alnum = false;
    } else {
      in_word = true;
      const auto u = static_cast<unsigned char>(c);
      has_alnum = has_alnum || std::isalnum(u) || u >= 0x80;
    }
  }
  return words;
}

// Code-point offsets of byte offsets asked for mostly in increasing order: a repeat's spans are
// found by counting from the previous one, not by mapping the whole text first.
class CodePoints {
 public:
  explicit CodePoints(std::string_view text) : text_(text) {}
  std::size_t at(std::size_t byte) {
    if (byte < byte_) byte_ = cp_ = 0;
    cp_ += newspipe::text::count_code_points(text_.substr(byte_, byte - byte_));
    byte_ = byte;
    return cp_;
  }

 private:
  std::string_view text_;
  std::size_t byte_ = 0, cp_ = 0;
};

// In drop mode a repeated quotation takes its sentence with it only when it is most of that
// sentence ("“…,” he said."): cutting it out of a sentence that is otherwise new would leave a
// broken sentence ("described the project as in remarks to reporters").
constexpr double kQuoteShareOfSentence = 2.0 / 3.0;

}  // namespace

std::int64_t today() {
  using namespace std::chrono;
  return duration_cast<days>(system_clock::now().time_since_epoch()).count();
}

DedupStage::DedupStage(const newspipe::Options& options, newspipe::StageContext& ctx)
    : DedupStage(read_settings(options), ctx) {}

DedupStage::DedupStage(const Settings& settings, newspipe::StageContext& ctx)
    : settings_(settings), day_(today()) {
  if (settings_.across_runs) {
    std::string error;
    history_ = HistoryIndex::open(ctx.state_dir() / kIndexFile, settings_.read_only, error);
    if (!history_) throw std::runtime_error(error);
  }
}

void DedupStage::prepare(const newspipe::Article& article, PreparedArticle& prepared) const {
  prepared.passages.clear();
  prepared.quotes.clear();
  prepared.normalized.clear();
  prepared.normalized.reserve(article.text.size() + article.title.size());
  std::vector<PreparedPassage>& out = prepared.passages;
  // Kept per thread: its buffers are sized for the longest passage once, not once per article.
  thread_local NormalizedPassage scratch;
  if (!article.title.empty()) {
    PreparedPassage t;
    t.is_title = true;
    prepare_passage(article.title, settings_.min_words, t, scratch, prepared.normalized);
    out.push_back(t);
  }
  const std::vector<PassageSpan> spans = split_passages(article.text, settings_.unit);
  out.reserve(spans.size() + 1);
  for (const PassageSpan& span : spans) {
    PreparedPassage p;
    p.begin = span.begin;
    p.end = span.end;
    prepare_passage(std::string_view(article.text).substr(span.begin, span.end - span.begin),
                    settings_.min_words, p, scratch, prepared.normalized);
    out.push_back(p);
  }
  if (settings_.quotes) {
    for (const QuoteSpan& span : find_quotes(article.text)) {
      normalize_passage(std::string_view(article.text).substr(span.begin, span.end - span.begin),
                        scratch);
      if (scratch.words.size() < static_cast<std::size_t>(settings_.min_words)) continue;
      PreparedQuote q;
      q.begin = span.begin;
      q.end = span.end;
      q.words = static_cast<std::uint32_t>(scratch.words.size());
      q.runs = word_runs(scratch.words);
      if (q.runs.empty()) continue;
      q.normalized = scratch.text;
      q.clauses = telling_clauses(std::string_view(article.text).substr(q.begin, q.end - q.begin));
      prepared.quotes.push_back(std::move(q));
    }
  }
}

bool DedupStage::best_quote_match(const PreparedQuote& q, std::uint32_t article,
                                  const std::string& run_id, Origin& origin) {
  double best = 0.0;
  bool found = false;
  if (history_) {
    history_->candidates(q.runs, kHistoryPerKey, history_candidates_);
    for (std::int64_t id : history_candidates_) {
      auto h = history_->passage(id);
      if (!h) continue;
      double o = similar_.containment(q.normalized, h->text, settings_.quote_overlap);
      if (o < settings_.quote_overlap && shares_clause(q, h->text)) o = settings_.quote_overlap;
      if (o >= settings_.quote_overlap && o > best) {
        best = o;
        origin = {std::move(h->article), std::move(h->run), o};
        found = true;
      }
    }
  }
  quotes_.candidates(q.runs, run_candidates_);
  for (std::uint32_t n : run_candidates_) {
    const bool same = quotes_.article(n) == article;
    if (!(same ? settings_.within_article : settings_.across_run)) continue;
    double o = similar_.containment(q.normalized, quotes_.text(n), settings_.quote_overlap);
    if (o < settings_.quote_overlap && shares_clause(q, quotes_.text(n)))
      o = settings_.quote_overlap;
    if (o >= settings_.quote_overlap && o > best) {
      best = o;
      origin = {run_.article_id(quotes_.article(n)), run_id, o};
      found = true;
    }
  }
  return found;
}

bool DedupStage::best_match(const PreparedPassage& p, std::string_view normalized,
                            std::uint32_t article, const std::string& run_id, Origin& origin) {
  auto in_scope = [&](std::uint32_t n) {
    const bool same = run_.passage(n).article == article;
    return same ? settings_.within_article : settings_.across_run;
  };
  // Exact repeats first, the oldest sighting first: an earlier night before this run.
  if (history_) {
    if (auto h = history_->find_exact(p.fingerprint)) {
      origin = {std::move(h->article), std::move(h->run), 1.0};
      return true;
    }
  }
  const std::uint32_t exact = run_.find_exact(p.fingerprint);
  if (exact != RunIndex::kNone && in_scope(exact) && run_.text(exact) == normalized) {
    origin = {run_.article_id(run_.passage(exact).article), run_id, 1.0};
    return true;
  }
  // Near repeats: the most similar candidate, the oldest among equals.
  double best = 0.0;
  bool found = false;
  if (history_) {
    history_->band_candidates(p.keys, kHistoryPerKey * kBands, history_candidates_);
    for (std::int64_t id : history_candidates_) {
      auto h = history_->passage(id);
      if (!h) continue;
      const double sim = similar_.similarity(normalized, h->text, settings_.threshold);
      if (sim >= settings_.threshold && sim > best) {
        best = sim;
        origin = {std::move(h->article), std::move(h->run), sim};
        found = true;
      }
    }
  }
  run_.candidates(p.signature, p.keys, kMinEstimate, run_candidates_);
  for (std::uint32_t n : run_candidates_) {
    if (!in_scope(n)) continue;
    ++checked_;
    const double sim = similar_.similarity(normalized, run_.text(n), settings_.threshold);
    if (sim >= settings_.threshold && sim > best) {
      best = sim;
      origin = {run_.article_id(run_.passage(n).article), run_id, sim};
      found = true;
    }
  }
  return found;
}

ArticleVerdict DedupStage::judge(const newspipe::Article& article, PreparedArticle& prepared,
                                 const PreparedArticle* next, const std::string& run_id) {
  std::vector<PreparedPassage>& passages = prepared.passages;
  ArticleVerdict verdict;
  const std::uint32_t number = run_.add_article(article.id);
  std::uint64_t text_words = 0;
  // Words repeated from each earlier article (keyed by article and run), in first-seen order.
  std::vector<std::pair<std::pair<std::string, std::string>, std::uint64_t>> from;
  auto count_from = [&](const Origin& origin, std::uint64_t words) {
    if (origin.article == article.id && origin.run == run_id) return;
    auto it = std::find_if(from.begin(), from.end(), [&](const auto& f) {
      return f.first.first == origin.article && f.first.second == origin.run;
    });
    if (it == from.end()) {
      from.push_back({{origin.article, origin.run}, words});
    } else {
      it->second += words;
    }
  };
  for (std::size_t i = 0; i < passages.size(); ++i) {
    const PreparedPassage& p = passages[i];
    if (!p.is_title) text_words += p.words;
    if (!p.eligible) continue;
    // The index lookups are cache misses: start those of a passage a little ahead (in the next
    // article near the end of this one) while this one is judged.
    const PreparedPassage* ahead = nullptr;
    if (i + kPrefetchAhead < passages.size()) {
      ahead = &passages[i + kPrefetchAhead];
    } else if (next && i + kPrefetchAhead - passages.size() < next->passages.size()) {
      ahead = &next->passages[i + kPrefetchAhead - passages.size()];
    }
    if (ahead && ahead->eligible) run_.prefetch(ahead->fingerprint, ahead->keys);
    const std::string_view normalized = prepared.text_of(p);
    Origin origin;
    if (best_match(p, normalized, number, run_id, origin)) {
      if (p.is_title) continue;  // a title is not in the text: nothing to drop or mark
      count_from(origin, p.words);
      verdict.repeats.push_back({p.begin, p.end, std::move(origin)});
    } else {
      run_.add(p.fingerprint, p.signature, p.keys, number, normalized);
    }
  }
  // Quotations inside passages that are not repeats themselves.
  const std::size_t passage_repeats = verdict.repeats.size();
  for (PreparedQuote& q : prepared.quotes) {
    const bool covered =
        std::any_of(verdict.repeats.begin(), verdict.repeats.begin() + passage_repeats,
                    [&](const auto& r) { return r.begin < q.end && q.begin < r.end; });
    if (covered) continue;
    Origin origin;
    if (best_quote_match(q, number, run_id, origin)) {
      count_from(origin, q.words);
      verdict.repeats.push_back({q.begin, q.end, std::move(origin), true});
    } else {
      quotes_.add(number, q.normalized, q.runs);
    }
  }
  // Passage repeats are already in text order; quotations found on their own go in among them.
  if (verdict.repeats.size() > passage_repeats) {
    std::stable_sort(verdict.repeats.begin(), verdict.repeats.end(),
                     [](const auto& a, const auto& b) { return a.begin < b.begin; });
  }
  for (const auto& [key, words] : from) {
    if (text_words > 0 && static_cast<double>(words) >=
                              settings_.whole_article_share * static_cast<double>(text_words)) {
      verdict.duplicate_of = key.first;
      break;
    }
  }
  return verdict;
}

void DedupStage::write_result(newspipe::Article& article, const ArticleVerdict& verdict,
                              const std::string& stage_name) const {
  newspipe::Value& result = article.result(stage_name);
  newspipe::Value duplicates = newspipe::Value::array();
  duplicates.as_array().reserve(verdict.repeats.size());
  // Objects built whole, members reserved: a night has hundreds of thousands of repeats.
  auto origin_value = [](const Origin& o) {
    newspipe::Value::Object of;
    of.reserve(2);
    of.emplace_back("id", o.article);
    of.emplace_back("run", o.run);
    return newspipe::Value(std::move(of));
  };
  if (settings_.mode == Mode::Mark && !verdict.repeats.empty()) {
    CodePoints map(article.text);
    for (const auto& r : verdict.repeats) {
      newspipe::Value::Object d;
      d.reserve(4);
      d.emplace_back("start", map.at(r.begin));
      d.emplace_back("end", map.at(r.end));
      d.emplace_back("text", std::string_view(article.text).substr(r.begin, r.end - r.begin));
      d.emplace_back("of", origin_value(r.origin));
      duplicates.push_back(newspipe::Value(std::move(d)));
    }
  } else if (settings_.mode == Mode::Drop && !verdict.repeats.empty()) {
    // What each repeat does to the text: removed (listed with its text), or left in place (listed
    // with its span in the final text and "kept": true). An article dropped whole keeps its text
    // as it was, for the audit file.
    struct Planned {
      std::size_t begin, end;
      const ArticleVerdict::Repeat* repeat;
      bool kept;
    };
    std::vector<Planned> plan;
    const bool whole = !verdict.duplicate_of.empty();
    std::vector<PassageSpan> sentences;
    for (const auto& r : verdict.repeats) {
      if (whole) {
        plan.push_back({r.begin, r.end, &r, true});
        continue;
      }
      if (!r.quote) {
        plan.push_back({r.begin, r.end, &r, false});
        continue;
      }
      if (sentences.empty()) sentences = split_passages(article.text, Unit::Sentence);
      std::size_t b = r.begin, e = r.end;
      for (const PassageSpan& s : sentences) {
        if (s.begin < r.end && r.begin < s.end) b = std::min(b, s.begin), e = std::max(e, s.end);
      }
      const double share =
          static_cast<double>(count_words(article.text, r.begin, r.end)) /
          static_cast<double>(std::max<std::size_t>(1, count_words(article.text, b, e)));
      if (share >= kQuoteShareOfSentence) {
        plan.push_back({b, e, &r, false});
      } else {
        plan.push_back({r.begin, r.end, &r, true});
      }
    }
    std::stable_sort(plan.begin(), plan.end(),
                     [](const Planned& a, const Planned& b) { return a.begin < b.begin; });
    // Removed ranges, merged where they overlap (two quotations of one removed sentence).
    std::vector<std::pair<std::size_t, std::size_t>> ranges;
    for (const Planned& p : plan) {
      if (p.kept) continue;
      if (!ranges.empty() && p.begin < ranges.back().second) {
        ranges.back().second = std::max(ranges.back().second, p.end);
      } else {
        ranges.emplace_back(p.begin, p.end);
      }
    }
    auto removed = [&](const Planned& p) {
      return std::any_of(ranges.begin(), ranges.end(),
                         [&](const auto& r) { return r.first < p.end && p.begin < r.second; });
    };
    const std::string original = article.text;
    std::vector<CopiedSegment> segments;
    if (!ranges.empty()) article.text = remove_ranges(original, ranges, segments);
    CodePoints map(article.text);
    std::size_t last_begin = std::string::npos, last_end = 0;
    for (const Planned& p : plan) {
      // A kept quotation inside a sentence that another quotation took away went with it.
      if (p.kept && !ranges.empty() && removed(p)) continue;
      if (!p.kept && p.begin == last_begin && p.end == last_end) continue;  // same sentence
      newspipe::Value d = newspipe::Value::object();
      if (p.kept) {
        const std::size_t b = ranges.empty() ? p.begin : carried_over(segments, p.begin);
        const std::size_t e = ranges.empty() ? p.end : carried_over(segments, p.end);
        if (b == std::string::npos || e == std::string::npos) continue;
        d["start"] = map.at(b);
        d["end"] = map.at(e);
      } else {
        last_begin = p.begin, last_end = p.end;
      }
      d["text"] = std::string_view(original).substr(p.begin, p.end - p.begin);
      d["of"] = origin_value(p.repeat->origin);
      if (p.kept) d["kept"] = true;
      duplicates.push_back(std::move(d));
    }
  }
  result["duplicates"] = std::move(duplicates);
  result["duplicate_of"] =
      verdict.duplicate_of.empty() ? newspipe::Value() : newspipe::Value(verdict.duplicate_of);
  if (!verdict.duplicate_of.empty() && settings_.mode == Mode::Drop) article.drop("duplicate");
}

void DedupStage::process_batch(newspipe::Batch& batch, newspipe::StageContext& ctx) {
  auto& articles = batch.articles;
  auto live = [&](std::size_t i) { return !articles[i].failed && !articles[i].dropped; };
  std::int64_t passages = 0, repeats = 0, whole = 0;
  if (history_) history_->begin_reading();
  struct EndReading {
    HistoryIndex* h;
    ~EndReading() {
      if (h) h->end_reading();
    }
  } end_reading{history_.get()};
  const std::string& name = ctx.stage_name();
  // A slice of the batch at a time, prepared in parallel, judged in order, written in parallel:
  // a slice's prepared passages (about a megabyte per thread) are still in the cache when they
  // are judged, where a whole batch's had gone out to memory. Kept from slice to slice, buffers
  // and all. With many threads a slice holds enough articles per thread to share the work out.
  const std::size_t slice = kSlicePerThread * std::max(1u, ctx.threads());
  if (prepared_.size() < slice) prepared_.resize(slice);
  std::vector<ArticleVerdict> verdicts(slice);
  for (std::size_t first = 0; first < articles.size(); first += slice) {
    const std::size_t count = std::min(slice, articles.size() - first);
    ctx.parallel_for(count, [&](std::size_t k) {
      if (live(first + k)) prepare(articles[first + k], prepared_[k]);
    });
    // Decisions depend on everything before, so they are made one article at a time, in input
    // order: the result is the same whatever the thread count, batch size or slice.
    std::size_t following = 0;
    for (std::size_t k = 0; k < count; ++k) {
      if (!live(first + k)) continue;
      following = std::max(following, k + 1);
      while (following < count && !live(first + following)) ++following;
      const PreparedArticle* next = following < count ? &prepared_[following] : nullptr;
      verdicts[k] = judge(articles[first + k], prepared_[k], next, ctx.run_id());
      passages += static_cast<std::int64_t>(prepared_[k].passages.size());
      repeats += static_cast<std::int64_t>(verdicts[k].repeats.size());
      whole += !verdicts[k].duplicate_of.empty();
    }
    ctx.parallel_for(count, [&](std::size_t k) {
      if (live(first + k)) write_result(articles[first + k], verdicts[k], name);
    });
  }
  ctx.count("passages", passages);
  ctx.count("duplicate_passages", repeats);
  ctx.count("duplicate_articles", whole);
  ctx.count("candidates_checked", checked_);
  checked_ = 0;
}

void DedupStage::finish(newspipe::StageContext& ctx) {
  if (!history_ || history_->read_only()) return;
  std::vector<NewPassage> fresh;
  fresh.reserve(run_.size() + quotes_.size());
  for (std::uint32_t n = 0; n < run_.size(); ++n) {
    fresh.push_back({fingerprint(run_.text(n)),
                     band_keys(run_.signature(n)),
                     run_.article_id(run_.passage(n).article),
                     run_.text(n),
                     {}});
  }
  for (std::uint32_t n = 0; n < quotes_.size(); ++n) {
    fresh.push_back({fingerprint(quotes_.text(n)), BandKeys{}, run_.article_id(quotes_.article(n)),
                     quotes_.text(n), quotes_.runs(n)});
  }
  if (auto error = history_->commit(ctx.run_id(), day_, fresh, settings_.retention_days)) {
    throw std::runtime_error("dedup: the cross-run index was left as it was: " + *error);
  }
  ctx.count("index_passages_written", static_cast<std::int64_t>(fresh.size()));
  ctx.log().info("recorded " + std::to_string(fresh.size()) + " passages in the cross-run index");
}

}  // namespace dedup
