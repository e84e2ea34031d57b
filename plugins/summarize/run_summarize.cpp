// summarize-run: runs the summariser over JSONL articles without the host, for quality scripts.
//
//   summarize-run [--method news|lead|centrality] [--sentences N | --words N | --share X]
//                 [--order article|score] [--mix NAME=VALUE]... [--dump] < in.jsonl > out.jsonl
//
// Input lines need "text" and may have "id" and "title". Output lines are
// {"id", "summary": [sentence texts]}, the shape tools/eval and the ROUGE scorer read. --dump
// prints every sentence with its kind instead, to inspect segmentation and debris detection.
#include <simdjson.h>

#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <map>
#include <string>

#include "document.hpp"
#include "json_writer.hpp"
#include "summarizer.hpp"

namespace {

using newspipe::host::append_json_string;
using newspipe::summarize::Length;
using newspipe::summarize::Method;
using newspipe::summarize::Mix;
using newspipe::summarize::Order;
using newspipe::summarize::SummaryOptions;

int usage(const char* msg) {
  std::cerr << "summarize-run: " << msg
            << "\nusage: summarize-run [--method news|lead|centrality] [--sentences N | --words N "
               "| --share X] [--order article|score] [--mix NAME=VALUE]... [--dump] < in.jsonl\n";
  return 1;
}

}  // namespace

int main(int argc, char** argv) {
  SummaryOptions opt;
  bool dump = false;
  std::map<std::string, double*> knobs = {
      {"lead", &opt.mix.lead},
      {"lead_decay", &opt.mix.lead_decay},
      {"centrality", &opt.mix.centrality},
      {"length_bias", &opt.mix.length_bias},
      {"title", &opt.mix.title},
      {"short_words", &opt.mix.short_words},
      {"question", &opt.mix.question},
      {"bare_quote", &opt.mix.bare_quote},
      {"redundancy", &opt.mix.redundancy},
      {"max_similarity", &opt.mix.max_similarity},
      {"isf_power", &opt.mix.isf_power},
  };
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    const bool has_value = i + 1 < argc;
    if (a == "--dump") {
      dump = true;
    } else if (a == "--method" && has_value) {
      const std::string m = argv[++i];
      if (m == "news") {
        opt.method = Method::News;
      } else if (m == "lead") {
        opt.method = Method::Lead;
      } else if (m == "centrality") {
        opt.method = Method::Centrality;
      } else {
        return usage("unknown method");
      }
    } else if (a == "--sentences" && has_value) {
      opt.length = {Length::Unit::Sentences, std::atof(argv[++i])};
    } else if (a == "--words" && has_value) {
      opt.length = {Length::Unit::Words, std::atof(argv[++i])};
    } else if (a == "--share" && has_value) {
      opt.length = {Length::Unit::Share, std::atof(argv[++i])};
    } else if (a == "--order" && has_value) {
      opt.order = std::string(argv[++i]) == "score" ? Order::Score : Order::Article;
    } else if (a == "--mix" && has_value) {
      const std::string kv = argv[++i];
      const auto eq = kv.find('=');
      if (eq == std::string::npos || !knobs.count(kv.substr(0, eq))) {
        return usage(("unknown --mix setting: " + kv).c_str());
      }
      *knobs[kv.substr(0, eq)] = std::atof(kv.c_str() + eq + 1);
    } else {
      return usage(("unknown argument: " + a).c_str());
    }
  }

  simdjson::ondemand::parser parser;
  std::string line, out;
  std::size_t line_no = 0;
  while (std::getline(std::cin, line)) {
    ++line_no;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    simdjson::padded_string padded(line);
    std::string id, title, text;
    try {
      simdjson::ondemand::document doc = parser.iterate(padded);
      simdjson::ondemand::object obj = doc.get_object();
      for (auto field : obj) {
        const std::string_view key = field.unescaped_key();
        if (key == "id") {
          id = std::string(std::string_view(field.value().get_string()));
        } else if (key == "title") {
          title = std::string(std::string_view(field.value().get_string()));
        } else if (key == "text") {
          text = std::string(std::string_view(field.value().get_string()));
        }
      }
    } catch (const simdjson::simdjson_error& e) {
      std::cerr << "summarize-run: line " << line_no << ": " << e.what() << "\n";
      return 2;
    }
    out.clear();
    if (dump) {
      const auto d = newspipe::summarize::analyse(text, title, {opt.mix.isf_power});
      for (const auto& s : d.sentences) {
        out += '[';
        out += std::to_string(s.paragraph);
        out += ']';
        if (s.kind.debris) out += " DEBRIS";
        if (s.kind.unterminated) out += " UNTERMINATED";
        if (s.kind.question) out += " QUESTION";
        if (s.kind.bare_quote) out += " BAREQUOTE";
        out += ' ';
        out += std::string_view(text).substr(s.begin, s.end - s.begin);
        out += '\n';
      }
      std::cout << "=== " << id << "\n" << out;
      continue;
    }
    const auto picks = newspipe::summarize::summarize(text, title, opt);
    out += "{\"id\":";
    append_json_string(out, id);
    out += ",\"summary\":[";
    for (std::size_t k = 0; k < picks.size(); ++k) {
      if (k) out.push_back(',');
      append_json_string(
          out, std::string_view(text).substr(picks[k].begin, picks[k].end - picks[k].begin));
    }
    out += "]}\n";
    std::cout << out;
  }
  return 0;
}
