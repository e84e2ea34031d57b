#include "article_json.hpp"

#include "json_writer.hpp"

namespace newspipe::host {

void append_article_json(std::string& out, const Article& a) {
  out += "{\"id\":";
  append_json_string(out, a.id);
  out += ",\"title\":";
  append_json_string(out, a.title);
  out += ",\"text\":";
  append_json_string(out, a.text);
  if (!a.extra_fields.empty()) {
    out.push_back(',');
    out += a.extra_fields;
  }
  if (a.results.is_object()) {
    for (const auto& [stage, result] : a.results.as_object()) {
      out.push_back(',');
      append_json_string(out, stage);
      out.push_back(':');
      append_json(out, result);
    }
  }
  out.push_back('}');
}

}  // namespace newspipe::host
