// bench_summarize OUT.json: how fast the summarize stage runs on one core, on generated news-like
// articles (text made up for this benchmark): overall on articles of typical length, and on
// articles of 50, 200 and 1,000 sentences, to show that the cost grows linearly with length.
#include <time.h>

#include <cstdio>
#include <fstream>
#include <iostream>
#include <random>
#include <string>
#include <vector>

#include "stage.hpp"

namespace {

class BenchContext : public newspipe::StageContext {
 public:
  class NullLogger : public newspipe::Logger {
   public:
    void log(newspipe::LogLevel, std::string_view) override {}
    bool enabled(newspipe::LogLevel) const override { return false; }
  };
  const std::string& stage_name() const override { return name_; }
  const std::string& run_id() const override { return name_; }
  newspipe::Logger& log() override { return logger_; }
  void count(std::string_view, std::int64_t) override {}
  const std::filesystem::path& state_dir() override { return dir_; }
  unsigned threads() const override { return 1; }
  void parallel_for(std::size_t n, const std::function<void(std::size_t)>& fn) override {
    for (std::size_t i = 0; i < n; ++i) fn(i);
  }

 private:
  std::string name_ = "summarize";
  std::filesystem::path dir_;
  NullLogger logger_;
};

const char* const kSubjects[] = {"The minister",
                                 "Officials in the capital",
                                 "The company",
                                 "Mr Hollander",
                                 "Dr. Amira Osei",
                                 "The central bank",
                                 "Residents of the valley",
                                 "The U.S. envoy",
                                 "Police",
                                 "The regional council",
                                 "Analysts",
                                 "The union"};
const char* const kVerbs[] = {"said",     "warned",   "announced", "confirmed", "denied",
                              "expected", "reported", "argued",    "agreed",    "insisted"};
const char* const kWords[] = {
    "budget",   "talks",     "ceasefire", "election", "inflation", "harbour",   "flooding",
    "contract", "workers",   "border",    "prices",   "vaccine",   "school",    "railway",
    "deficit",  "coalition", "reform",    "hospital", "exports",   "drought",   "tariffs",
    "troops",   "pension",   "energy",    "housing",  "court",     "appeal",    "airport",
    "market",   "shares",    "forecast",  "growth",   "strike",    "protest",   "summit",
    "treaty",   "river",     "storm",     "farmers",  "pipeline",  "São Paulo", "Zürich"};

std::string make_article(std::mt19937& rng, std::size_t sentences) {
  auto pick = [&](const auto& arr) {
    return arr[std::uniform_int_distribution<std::size_t>(0, std::size(arr) - 1)(rng)];
  };
  std::string text = "Talks resume as the budget deadline nears\n\n";
  for (std::size_t i = 0; i < sentences; ++i) {
    const int kind = std::uniform_int_distribution<int>(0, 9)(rng);
    std::string s;
    if (kind == 0) {
      s = "\u201cWe will not accept new " + std::string(pick(kWords)) + " or " + pick(kWords) +
          " without a vote,\u201d " + pick(kSubjects) + " " + pick(kVerbs) + ".";
    } else {
      s = std::string(pick(kSubjects)) + " " + pick(kVerbs) + " on Tuesday that the " +
          pick(kWords) + " and the " + pick(kWords) + " would cost $1.5bn more than planned";
      const int extra = std::uniform_int_distribution<int>(0, 3)(rng);
      for (int k = 0; k < extra; ++k) s += std::string(", while the ") + pick(kWords) + " grew";
      s += ".";
    }
    text += s;
    text += (i % 3 == 2) ? "\n\n" : " ";
  }
  return text;
}

double cpu_seconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

// Runs the stage over `articles` until at least `min_seconds` of CPU time; returns MB/s.
double throughput(const std::vector<std::string>& articles, double min_seconds) {
  newspipe::PluginInfo info = newspipe::summarize::summarize_info();
  newspipe::Value values = newspipe::Value::object();
  for (const auto& spec : info.options) values[spec.name] = spec.default_value;
  BenchContext ctx;
  newspipe::summarize::SummarizeStage stage(newspipe::Options(values), ctx);
  double bytes = 0;
  const double start = cpu_seconds();
  double elapsed = 0;
  do {
    for (const std::string& text : articles) {
      newspipe::Article a;
      a.text = text;
      a.title = "Talks resume as the budget deadline nears";
      stage.process_article(a, ctx);
      bytes += static_cast<double>(text.size());
    }
    elapsed = cpu_seconds() - start;
  } while (elapsed < min_seconds);
  return bytes / 1e6 / elapsed;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: bench_summarize OUT.json\n";
    return 1;
  }
  std::mt19937 rng(20261123);
  struct Figure {
    std::string name;
    double value;
    std::string unit;
  };
  std::vector<Figure> figures;

  // Typical news: 10 to 60 sentences.
  std::vector<std::string> typical;
  for (int i = 0; i < 400; ++i) {
    typical.push_back(make_article(rng, std::uniform_int_distribution<std::size_t>(10, 60)(rng)));
  }
  figures.push_back({"mb_per_s", throughput(typical, 2.0), "MB/s"});
  for (std::size_t n : {50, 200, 1000}) {
    std::vector<std::string> set;
    const std::size_t count = 40000 / n;
    for (std::size_t i = 0; i < count; ++i) set.push_back(make_article(rng, n));
    figures.push_back(
        {"mb_per_s_" + std::to_string(n) + "_sentences", throughput(set, 1.0), "MB/s"});
  }

  std::string json = "{\"summarize\": {";
  for (std::size_t i = 0; i < figures.size(); ++i) {
    const Figure& f = figures[i];
    std::printf("summarize %s: %.1f %s\n", f.name.c_str(), f.value, f.unit.c_str());
    char buf[256];
    std::snprintf(buf, sizeof buf, "%s\"%s\": {\"value\": %.2f, \"unit\": \"%s\"}", i ? ", " : "",
                  f.name.c_str(), f.value, f.unit.c_str());
    json += buf;
  }
  json += "}}\n";
  std::ofstream out(argv[1]);
  out << json;
  if (!out) {
    std::cerr << "bench_summarize: cannot write " << argv[1] << "\n";
    return 2;
  }
  return 0;
}
