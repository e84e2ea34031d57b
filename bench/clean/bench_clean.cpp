// bench_clean OUT.json: how fast the clean stage runs on one core, over generated articles (text
// written for this benchmark): prose paragraphs, some hard-wrapped, some with inline HTML, entities
// and typographic quotes, with page debris between them as scraped news has it.
#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <random>
#include <string>
#include <vector>

#include "bench_report.hpp"
#include "clean_stage.hpp"
#include "newspipe/testing.hpp"

namespace {

const char* const kSentences[] = {
    "The harbour authority said on Tuesday that repairs to the sea wall would begin next month.",
    "Residents were told to move their cars away from the seafront before the evening tide.",
    "\u201cWe have seen nothing like this in forty years,\u201d said the harbour master.",
    "The council has opened two rest centres and says more than 300 homes could be affected.",
    "Shares in the ferry operator fell 4 per cent in early trading after the closure was "
    "announced.",
    "Forecasters expect winds of up to 80 mph along the coast, with heavy rain inland.",
    "Engineers will inspect the wall once the water drops, a spokeswoman for the council said.",
    "The government has promised &pound;12m for flood defences in the region over five years.",
    "Local businesses say the repeated closures have cost them thousands of pounds in lost trade.",
    "Police closed the coast road between the two villages as a precaution on Wednesday night.",
    "The lifeboat crew rescued two walkers who had been cut off by the rising water.",
    "A report published last year warned that the wall was close to the end of its working life.",
    "Fishermen kept their boats in port for a third day, and the market stayed shut.",
    "The minister is due to visit the town on Friday to meet residents and emergency crews.",
    "Insurers said claims from the storm could run to several million pounds.",
    "Schools in the area will stay closed until the roads are safe, the education office said.",
};

const char* const kDebris[] = {
    "Share this article",
    "Email",
    "Facebook",
    "Advertisement",
    "Image placeholder",
    "1px transparent line",
    "Read more: Coastal railway closed for repairs",
    "Updated: March 3, 2024, 9:15 AM",
    "By Ann Lee and Tom Dale",
    "Sandbags outside the lifeboat station on Tuesday. AFP",
    "Related stories",
    "Fishing fleet stays in port as storm nears",
    "Why are tides getting higher?",
    "We use cookies to improve your experience. Accept all cookies",
    "Tags: floods, weather",
    "\u00a9 2024 Coast Herald. All rights reserved.",
    "Sign up to our daily newsletter",
    "<div class=\"ad-slot\"></div>",
    "Home > News > Coast",
};

std::string make_paragraph(std::mt19937& rng) {
  std::uniform_int_distribution<int> pick(0, std::size(kSentences) - 1);
  std::uniform_int_distribution<int> count(2, 6);
  std::uniform_int_distribution<int> style(0, 9);
  std::string p;
  const int n = count(rng);
  for (int i = 0; i < n; ++i) {
    if (!p.empty()) p += ' ';
    p += kSentences[pick(rng)];
  }
  const int s = style(rng);
  if (s == 0) {  // inline markup
    p = "<p>" + p + "</p>";
    const std::size_t at = p.find(' ', p.size() / 2);
    if (at != std::string::npos)
      p.replace(at, 1, " <a href=\"https://example.org/x\">link</a>&nbsp;");
  } else if (s <= 2) {  // hard-wrapped at 70 columns
    std::string w;
    std::size_t col = 0;
    for (std::size_t i = 0; i < p.size(); ++i) {
      if (p[i] == ' ' && col > 64) {
        w += '\n';
        col = 0;
        continue;
      }
      w += p[i];
      ++col;
    }
    p = w;
  }
  return p;
}

// Articles as the harness writes them: paragraphs of a few sentences with a blank line between,
// a debris line after one paragraph in six.
std::vector<std::string> make_paragraph_corpus(std::size_t target_bytes) {
  std::mt19937 rng(7);
  std::uniform_int_distribution<int> pick(0, std::size(kSentences) - 1);
  std::uniform_int_distribution<int> count(2, 4);
  std::uniform_int_distribution<int> paras(6, 25);
  std::uniform_int_distribution<int> dice(0, 5);
  std::uniform_int_distribution<int> debris(0, std::size(kDebris) - 1);
  std::vector<std::string> articles;
  std::size_t total = 0;
  while (total < target_bytes) {
    std::string a;
    const int n = paras(rng);
    for (int i = 0; i < n; ++i) {
      if (!a.empty()) a += "\n\n";
      const int k = count(rng);
      for (int j = 0; j < k; ++j) {
        if (j) a += ' ';
        a += kSentences[pick(rng)];
      }
      if (dice(rng) == 0) {
        a += "\n\n";
        a += kDebris[debris(rng)];
      }
    }
    total += a.size();
    articles.push_back(std::move(a));
  }
  return articles;
}

std::vector<std::string> make_corpus(std::size_t target_bytes, bool with_debris) {
  std::mt19937 rng(42);
  std::uniform_int_distribution<int> paras(4, 14);
  std::uniform_int_distribution<int> dice(0, 9);
  std::uniform_int_distribution<int> debris(0, std::size(kDebris) - 1);
  std::vector<std::string> articles;
  std::size_t total = 0;
  while (total < target_bytes) {
    std::string a;
    const int n = paras(rng);
    for (int i = 0; i < n; ++i) {
      if (!a.empty()) a += dice(rng) < 3 ? "\n" : "\n\n";
      a += make_paragraph(rng);
      if (with_debris && dice(rng) < 3) {
        a += "\n";
        a += kDebris[debris(rng)];
        if (dice(rng) < 5) a += std::string("\n") + kDebris[debris(rng)];
      }
    }
    total += a.size();
    articles.push_back(std::move(a));
  }
  return articles;
}

double mb_per_s(const std::vector<std::string>& corpus, newspipe::clean::CleanStage& stage,
                newspipe::StageContext& ctx) {
  std::size_t bytes = 0;
  for (const auto& a : corpus) bytes += a.size();
  double best = 0;
  for (int round = 0; round < 3; ++round) {
    std::vector<newspipe::Article> batch(corpus.size());
    for (std::size_t i = 0; i < corpus.size(); ++i) batch[i].text = corpus[i];
    const double t0 = newspipe::bench::thread_cpu_seconds();
    for (auto& a : batch) stage.process_article(a, ctx);
    const double dt = newspipe::bench::thread_cpu_seconds() - t0;
    best = std::max(best, static_cast<double>(bytes) / 1e6 / dt);
  }
  return best;
}

}  // namespace

int main(int argc, char** argv) {
  newspipe::testing::FakeContext ctx("clean");
  newspipe::clean::CleanStage stage(
      newspipe::testing::options_for(newspipe::clean::clean_plugin_info()), ctx);
  newspipe::bench::BenchReport report("clean");
  report.add("news paragraphs, a debris line in six (one core)",
             mb_per_s(make_paragraph_corpus(64u << 20), stage, ctx), "MB/s");
  report.add("scraped: wrapped lines, markup, debris clusters (one core)",
             mb_per_s(make_corpus(64u << 20, true), stage, ctx), "MB/s");
  report.add("wrapped lines and markup, no debris (one core)",
             mb_per_s(make_corpus(64u << 20, false), stage, ctx), "MB/s");
  return argc > 1 && !report.write(argv[1]) ? 1 : 0;
}
