// bench_summarize OUT.json: how fast the summarize stage runs on one core, on generated news-like
// articles (text made up for this benchmark): overall on articles of typical length, and on
// articles of 50, 200 and 1,000 sentences, to show that the cost grows linearly with length.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <random>
#include <string>
#include <vector>

#include "bench_report.hpp"
#include "newspipe/testing.hpp"
#include "stage.hpp"

namespace {

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

// Runs the stage over `articles` until at least `min_seconds` of CPU time; returns MB/s.
double throughput(const std::vector<std::string>& articles, double min_seconds) {
  newspipe::testing::FakeContext ctx("summarize");
  newspipe::summarize::SummarizeStage stage(
      newspipe::testing::options_for(newspipe::summarize::summarize_info()), ctx);
  double bytes = 0;
  const double start = newspipe::bench::thread_cpu_seconds();
  double elapsed = 0;
  do {
    for (const std::string& text : articles) {
      newspipe::Article a;
      a.text = text;
      a.title = "Talks resume as the budget deadline nears";
      stage.process_article(a, ctx);
      bytes += static_cast<double>(text.size());
    }
    elapsed = newspipe::bench::thread_cpu_seconds() - start;
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
  newspipe::bench::BenchReport report("summarize");

  // Typical news: 10 to 60 sentences.
  std::vector<std::string> typical;
  for (int i = 0; i < 400; ++i) {
    typical.push_back(make_article(rng, std::uniform_int_distribution<std::size_t>(10, 60)(rng)));
  }
  report.add("typical articles (one core)", throughput(typical, 2.0), "MB/s");
  for (std::size_t n : {50, 200, 1000}) {
    std::vector<std::string> set;
    const std::size_t count = 40000 / n;
    for (std::size_t i = 0; i < count; ++i) set.push_back(make_article(rng, n));
    report.add(std::to_string(n) + "-sentence articles (one core)", throughput(set, 1.0), "MB/s");
  }

  if (!report.write(argv[1])) {
    std::cerr << "bench_summarize: cannot write " << argv[1] << "\n";
    return 2;
  }
  return 0;
}
