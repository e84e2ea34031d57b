// geo_run: runs the geo core over a JSONL file without the host, for quality scripts.
//   geo_run IN.jsonl OUT.jsonl [--gazetteer PATH] [--user PATH] [--min-population N]
//                              [--confident-population N]
// Each output line is {"id": ..., "mentions": [...], "places": [...]} as in contract §5.
#include <simdjson.h>

#include <time.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include "data_location.hpp"
#include "geo_stage.hpp"
#include "json_writer.hpp"

// Thread CPU time: the figure stays meaningful on a machine shared with other jobs.
double cpu_seconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: geo_run IN.jsonl OUT.jsonl [--gazetteer PATH] [--user PATH] "
                 "[--min-population N] [--confident-population N] [--demonyms] [--explain]\n";
    return 1;
  }
  std::filesystem::path gaz = newspipe::geo::default_gazetteer_path();
  std::string user;
  newspipe::geo::LoadOptions lo;
  lo.min_population = 500;
  newspipe::geo::GeoConfig config;
  bool explain = false;
  std::vector<std::string> trace;
  for (int i = 3; i < argc; ++i) {
    const std::string a = argv[i];
    const auto next = [&]() -> std::string { return i + 1 < argc ? argv[++i] : ""; };
    if (a == "--gazetteer")
      gaz = next();
    else if (a == "--user")
      user = next();
    else if (a == "--min-population")
      lo.min_population = std::stoll(next());
    else if (a == "--confident-population")
      config.small_city_population = std::stoll(next());
    else if (a == "--demonyms")
      config.demonyms = true;
    else if (a == "--explain")
      explain = true;
    else {
      std::cerr << "unknown argument " << a << "\n";
      return 1;
    }
  }
  const auto t0 = std::chrono::steady_clock::now();
  std::string error;
  auto g = newspipe::geo::Gazetteer::load(gaz, lo, error);
  if (!g) {
    std::cerr << error << "\n";
    return 1;
  }
  if (!user.empty() && !g->add_user_file(user, error)) {
    std::cerr << error << "\n";
    return 1;
  }
  const auto t1 = std::chrono::steady_clock::now();
  simdjson::ondemand::parser parser;
  simdjson::padded_string input;
  if (simdjson::padded_string::load(argv[1]).get(input)) {
    std::cerr << "cannot read " << argv[1] << "\n";
    return 1;
  }
  std::ofstream out(argv[2], std::ios::binary);
  simdjson::ondemand::document_stream docs;
  if (parser.iterate_many(input, 1 << 24).get(docs)) {
    std::cerr << "cannot parse " << argv[1] << "\n";
    return 1;
  }
  std::size_t bytes = 0, n = 0;
  double secs = 0;
  for (auto doc : docs) {
    std::string_view id, text;
    if (doc["id"].get_string().get(id) || doc["text"].get_string().get(text)) {
      std::cerr << "a line lacks id or text\n";
      return 1;
    }
    const std::string id_copy(id), text_copy(text);
    if (explain) {
      trace.clear();
      config.trace = &trace;
    }
    const double a = cpu_seconds();
    const newspipe::Value r = newspipe::geo::geo_result(text_copy, *g, config);
    secs += cpu_seconds() - a;
    bytes += text_copy.size();
    ++n;
    std::string line = "{\"id\":";
    newspipe::host::append_json_string(line, id_copy);
    for (const auto& [k, v] : r.as_object()) {
      line += ',';
      newspipe::host::append_json_string(line, k);
      line += ':';
      newspipe::host::append_json(line, v);
    }
    if (explain) {
      line += ",\"explain\":[";
      for (std::size_t k = 0; k < trace.size(); ++k) {
        if (k) line += ',';
        newspipe::host::append_json_string(line, trace[k]);
      }
      line += ']';
    }
    line += "}\n";
    out << line;
  }
  std::cerr << "load " << std::chrono::duration<double, std::milli>(t1 - t0).count() << " ms, "
            << g->size() << " places; " << n << " docs, " << bytes / 1e6 / secs
            << " MB/s (CPU time)\n";
  return 0;
}
