// clean_eval_driver: runs the clean stage's engine over a JSONL file without the host, for quality
// scripts (tools/eval/clean_eval.sh) and quick experiments.
//
//   clean_eval_driver IN.jsonl OUT.jsonl [--disable GROUP]... [--custom RULE]... [--nfkc]
//                     [--max-removed-share X] [--no-unwrap]
//
// Output lines: {"id": ..., "text": <cleaned>, "clean": <the stage's result object>}.
#include <simdjson.h>

#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "clean_config.hpp"
#include "clean_stage.hpp"
#include "cleaner.hpp"
#include "json_writer.hpp"

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: clean_eval_driver IN.jsonl OUT.jsonl [--disable GROUP]... "
                 "[--custom RULE]... [--nfkc] [--max-removed-share X] [--no-unwrap]\n";
    return 1;
  }
  newspipe::clean::CleanConfig config;
  for (int i = 3; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--disable" && i + 1 < argc) {
      const auto g = newspipe::clean::parse_rule_group(argv[++i]);
      if (!g) {
        std::cerr << "unknown group " << argv[i] << "\n";
        return 1;
      }
      config.groups.remove(*g);
    } else if (a == "--custom" && i + 1 < argc) {
      config.custom_rules.emplace_back(argv[++i]);
    } else if (a == "--nfkc") {
      config.normalize.nfkc = true;
    } else if (a == "--no-unwrap") {
      config.unwrap = false;
    } else if (a == "--max-removed-share" && i + 1 < argc) {
      config.max_removed_share = std::stod(argv[++i]);
    } else {
      std::cerr << "unknown argument " << a << "\n";
      return 1;
    }
  }
  const newspipe::clean::Cleaner cleaner(config);
  std::ifstream in(argv[1]);
  std::ofstream out(argv[2]);
  if (!in || !out) {
    std::cerr << "cannot open input or output\n";
    return 1;
  }
  simdjson::ondemand::parser parser;
  std::string line, buf;
  std::size_t n = 0;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    simdjson::padded_string padded(line);
    auto doc = parser.iterate(padded);
    std::string_view id, text;
    if (doc["id"].get_string().get(id) != simdjson::SUCCESS) id = "";
    std::string id_s(id);
    if (doc["text"].get_string().get(text) != simdjson::SUCCESS) {
      std::cerr << "line " << n + 1 << ": no text\n";
      continue;
    }
    const newspipe::clean::CleanResult r = cleaner.clean(text);
    buf.clear();
    buf += "{\"id\":";
    newspipe::host::append_json_string(buf, id_s);
    buf += ",\"text\":";
    newspipe::host::append_json_string(buf, r.text);
    buf += ",\"clean\":";
    newspipe::host::append_json(buf, newspipe::clean::result_value(r, true));
    buf += "}\n";
    out << buf;
    ++n;
  }
  std::cerr << "cleaned " << n << " articles\n";
  return 0;
}
