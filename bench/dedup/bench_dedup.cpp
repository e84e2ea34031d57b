// bench_dedup OUT.json [--index-passages N] [--corpus-mb M] [--passes P]
//
// Figures for the dedup stage on one core, over generated text (a synthetic vocabulary with a
// news-like word frequency curve, so that LSH buckets fill as they would with real words):
//   - batch scope (within article and across the run, no cross-run index): MB/s, run --passes
//     times (3 by default) with a fresh stage each, the best pass and the first one reported: the
//     first also pays for the kernel handing the process memory it never touched before, which on
//     a virtual machine whose memory is backed lazily costs up to a third of the pass;
//   - with a cross-run index of 10 million passages: MB/s, the index's size on disk, and the
//     process's peak memory. The index is built once and kept next to OUT.json for later runs.
// 10 % of the sentences repeat an earlier one (half of them with a word changed), as a night's
// news does, so that the timed path includes hits as well as misses.
#include <sys/resource.h>
#include <time.h>

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <random>
#include <string>
#include <vector>

#include "bench_report.hpp"
#include "dedup_stage.hpp"
#include "history_index.hpp"
#include "minhash.hpp"
#include "newspipe/testing.hpp"
#include "normalize.hpp"

namespace {

namespace fs = std::filesystem;

using BenchContext = newspipe::testing::FakeContext;

double wall_seconds() {
  timespec ts{};
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

// Words drawn with a Zipf-like curve over a made-up vocabulary: a few very common words, a long
// tail of rare ones.
class TextGenerator {
 public:
  explicit TextGenerator(std::uint64_t seed) : rng_(seed) {
    const char* syllables[] = {"ka",  "lo", "mi", "ren", "ta", "vo",  "sel", "dar", "un", "pe",
                               "gor", "li", "sa", "tum", "be", "nor", "ex",  "ri",  "fa", "do"};
    std::mt19937_64 vocab_rng(7);
    for (int i = 0; i < 50000; ++i) {
      std::string w;
      const int parts = 2 + static_cast<int>(vocab_rng() % 3);
      for (int p = 0; p < parts; ++p) w += syllables[vocab_rng() % 20];
      words_.push_back(w);
    }
    double total = 0;
    for (int i = 0; i < 50000; ++i) {
      total += 1.0 / std::pow(i + 1, 1.0);
      cumulative_.push_back(total);
    }
  }
  std::string word() {
    // About half of the words of English prose are function words.
    static const char* const kFunction[] = {
        "the", "of",   "and",  "to",  "a",    "in", "that", "is",    "was",  "he",  "for",
        "it",  "with", "as",   "his", "on",   "be", "at",   "by",    "said", "had", "not",
        "are", "but",  "from", "or",  "have", "an", "they", "which", "we"};
    if (rng_() % 100 < 45) return kFunction[rng_() % std::size(kFunction)];
    std::uniform_real_distribution<double> u(0, cumulative_.back());
    const double x = u(rng_);
    const auto it = std::lower_bound(cumulative_.begin(), cumulative_.end(), x);
    return words_[static_cast<std::size_t>(it - cumulative_.begin())];
  }
  std::string sentence() {
    std::string s;
    const int n = 8 + static_cast<int>(rng_() % 22);
    for (int i = 0; i < n; ++i) {
      std::string w = word();
      if (i == 0) w[0] = static_cast<char>(w[0] - 32);
      if (!s.empty()) s += (rng_() % 9 == 0) ? ", " : " ";
      s += w;
    }
    return s + ".";
  }
  std::mt19937_64& rng() { return rng_; }

 private:
  std::mt19937_64 rng_;
  std::vector<std::string> words_;
  std::vector<double> cumulative_;
};

std::vector<newspipe::Article> make_corpus(TextGenerator& gen, std::uint64_t target_bytes,
                                           const std::string& prefix, std::uint64_t& bytes) {
  std::vector<newspipe::Article> out;
  std::vector<std::string> earlier;
  bytes = 0;
  auto& rng = gen.rng();
  while (bytes < target_bytes) {
    newspipe::Article a;
    a.id = prefix + std::to_string(out.size());
    a.title = gen.sentence();
    a.title.pop_back();
    const int paragraphs = 4 + static_cast<int>(rng() % 12);
    for (int p = 0; p < paragraphs; ++p) {
      if (p) a.text += "\n\n";
      const int sentences = 1 + static_cast<int>(rng() % 4);
      for (int s = 0; s < sentences; ++s) {
        if (s) a.text += ' ';
        std::string sentence;
        if (!earlier.empty() && rng() % 10 == 0) {
          sentence = earlier[rng() % earlier.size()];
          if (rng() % 2 == 0) {
            const auto space = sentence.find(' ', sentence.size() / 2);
            if (space != std::string::npos) {
              std::string inserted = " ";
              inserted += gen.word();
              sentence.insert(space, inserted);
            }
          }
        } else {
          sentence = gen.sentence();
          if (earlier.size() < 200000) earlier.push_back(sentence);
        }
        a.text += sentence;
      }
    }
    bytes += a.text.size() + a.title.size();
    out.push_back(std::move(a));
  }
  return out;
}

// Runs the stage over `corpus` in batches of 1000 and returns the seconds spent in the stage.
double run_stage(dedup::DedupStage& stage, BenchContext& ctx,
                 const std::vector<newspipe::Article>& corpus) {
  double spent = 0;
  for (std::size_t b = 0; b < corpus.size(); b += 1000) {
    newspipe::Batch batch;
    batch.first_index = b;
    batch.articles.assign(
        corpus.begin() + static_cast<std::ptrdiff_t>(b),
        corpus.begin() + static_cast<std::ptrdiff_t>(std::min(corpus.size(), b + 1000)));
    const double t0 = newspipe::bench::thread_cpu_seconds();
    stage.process_batch(batch, ctx);
    spent += newspipe::bench::thread_cpu_seconds() - t0;
  }
  return spent;
}

std::uint64_t dir_bytes(const fs::path& dir) {
  std::uint64_t total = 0;
  for (const auto& e : fs::recursive_directory_iterator(dir)) {
    if (e.is_regular_file()) total += e.file_size();
  }
  return total;
}

double peak_rss_mib() {
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  return static_cast<double>(ru.ru_maxrss) / 1024.0;
}

// Fills the index with `target` passages of generated sentences, in runs of 1 million (one
// transaction each, as nightly runs would write them).
// Returns false on error; `built` says whether passages had to be added.
bool build_index(const fs::path& state, std::int64_t target, TextGenerator& gen, bool& built) {
  built = false;
  std::string error;
  fs::create_directories(state / "dedup");
  auto index = dedup::HistoryIndex::open(state / "dedup" / "passages.sqlite", false, error);
  if (!index && error.find("has layout") != std::string::npos) {
    // The benchmark's own generated index, left by a build with another signature layout: it can
    // only be generated again.
    std::cerr << "bench_dedup: " << error << "\nbench_dedup: generating it again\n";
    fs::remove_all(state / "dedup");
    fs::create_directories(state / "dedup");
    index = dedup::HistoryIndex::open(state / "dedup" / "passages.sqlite", false, error);
  }
  if (!index) {
    std::cerr << "bench_dedup: " << error << "\n";
    return false;
  }
  std::int64_t have = index->passage_count();
  const std::int64_t day = dedup::today();
  dedup::NormalizedPassage norm;
  while (have < target) {
    const std::int64_t n = std::min<std::int64_t>(1000000, target - have);
    std::vector<std::string> texts, articles;
    std::vector<dedup::NewPassage> passages;
    texts.reserve(static_cast<std::size_t>(n));
    articles.reserve(static_cast<std::size_t>(n));
    for (std::int64_t i = 0; i < n; ++i) {
      dedup::normalize_passage(gen.sentence(), norm);
      texts.push_back(norm.text);
      articles.push_back("hist-" + std::to_string(have + i));
    }
    for (std::int64_t i = 0; i < n; ++i) {
      const auto k = static_cast<std::size_t>(i);
      dedup::normalize_passage(texts[k], norm);
      passages.push_back(
          {dedup::fingerprint(texts[k]), dedup::band_keys(norm.words), articles[k], texts[k], {}});
    }
    const std::string run_id = "bench-history-" + std::to_string(have);
    if (auto err = index->commit(run_id, day, passages, 0)) {
      std::cerr << "bench_dedup: " << *err << "\n";
      return false;
    }
    have += n;
    built = true;
    std::cerr << "bench_dedup: index holds " << have << " passages\n";
  }
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: bench_dedup OUT.json [--index-passages N] [--corpus-mb M] [--passes P]\n";
    return 1;
  }
  const fs::path out_path = argv[1];
  std::int64_t index_passages = 10'000'000;
  std::uint64_t corpus_mb = 64;
  int passes = 3;
  for (int i = 2; i + 1 < argc; i += 2) {
    const std::string a = argv[i];
    if (a == "--index-passages") index_passages = std::stoll(argv[i + 1]);
    if (a == "--corpus-mb") corpus_mb = std::stoull(argv[i + 1]);
    if (a == "--passes") passes = std::max(1, std::stoi(argv[i + 1]));
  }
  const fs::path work = fs::absolute(out_path).parent_path() / "dedup-bench";
  fs::create_directories(work);

  newspipe::bench::BenchReport figures("dedup");
  auto report = [&](const std::string& what, double value, const std::string& unit) {
    figures.add(what, value, unit);
  };

  TextGenerator gen(42);
  std::uint64_t bytes = 0;
  const auto corpus = make_corpus(gen, corpus_mb << 20, "a", bytes);

  // Batch scope: within the article and across the run, no cross-run index. The run is repeated
  // with a fresh stage each time, each pass printed.
  {
    double best = 0, first = 0;
    for (int pass = 0; pass < passes; ++pass) {
      BenchContext ctx("dedup", work / "no-state", "bench-batch");
      dedup::Settings s;
      s.mode = dedup::Mode::Mark;
      s.across_runs = false;
      dedup::DedupStage stage(s, ctx);
      const double seconds = run_stage(stage, ctx, corpus);
      const double mbps = static_cast<double>(bytes) / 1e6 / seconds;
      if (pass == 0) {
        for (const auto& [k, v] : ctx.counters) std::cerr << "  " << k << ": " << v << "\n";
      }
      if (passes > 1) std::cerr << "  pass " << pass + 1 << ": " << mbps << " MB/s\n";
      best = std::max(best, mbps);
      if (pass == 0) first = mbps;
    }
    report("batch scope throughput, 1 core (best of " + std::to_string(passes) + " passes)", best,
           "MB/s");
    report("batch scope throughput, 1 core (first pass)", first, "MB/s");
  }

  // With a cross-run index of `index_passages` passages (built once, then reused).
  if (index_passages > 0) {
    const fs::path state = work / ("index-" + std::to_string(index_passages));
    TextGenerator index_gen(4242);
    const double t0 = wall_seconds();
    bool built = false;
    if (!build_index(state, index_passages, index_gen, built)) return 2;
    if (built) report("index build time (this run)", wall_seconds() - t0, "s");
    std::uint64_t small_bytes = 0;
    TextGenerator night_gen(99);
    const auto night =
        make_corpus(night_gen, std::min<std::uint64_t>(corpus_mb, 16) << 20, "n", small_bytes);
    BenchContext ctx("dedup", state, "bench-night");
    dedup::Settings s;
    s.mode = dedup::Mode::Mark;
    s.read_only = true;  // keep the index at its size for the next run
    dedup::DedupStage stage(s, ctx);
    const double seconds = run_stage(stage, ctx, night);
    report("throughput with a " + std::to_string(index_passages / 1'000'000) +
               "M-passage index, 1 core",
           static_cast<double>(small_bytes) / 1e6 / seconds, "MB/s");
    report("index size on disk", static_cast<double>(dir_bytes(state / "dedup")) / (1 << 20),
           "MiB");
  }
  report("peak memory", peak_rss_mib(), "MiB");

  return figures.write(out_path) ? 0 : 2;
}
