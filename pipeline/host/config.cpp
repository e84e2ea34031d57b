#include "config.hpp"

#include <toml++/toml.h>
#include <algorithm>
#include <map>
#include <set>
#include <sstream>

namespace newspipe::host {

namespace {

namespace fs = std::filesystem;

std::string join(const std::vector<std::string>& items, std::string_view sep) {
  std::string out;
  for (const auto& s : items) {
    if (!out.empty()) out += sep;
    out += s;
  }
  return out;
}

const char* type_name(const toml::node& n) {
  switch (n.type()) {
    case toml::node_type::table:
      return "a table";
    case toml::node_type::array:
      return "an array";
    case toml::node_type::string:
      return "a string";
    case toml::node_type::integer:
      return "an integer";
    case toml::node_type::floating_point:
      return "a float";
    case toml::node_type::boolean:
      return "a boolean";
    default:
      return "a date or time";
  }
}

// Reads the parsed TOML into a PipelineConfig, collecting every problem rather than stopping at
// the first, so that one `validate` shows the user all there is to fix.
class ConfigReader {
 public:
  ConfigReader(fs::path file, const std::map<const toml::node*, std::string>& set_labels)
      : file_(std::move(file)), dir_(file_.parent_path()), set_labels_(set_labels) {}

  Result<PipelineConfig> read(toml::table& root) {
    cfg_.file = file_;
    check_keys(root, "the top level", {"pipeline", "input", "output", "state", "log", "stages"});
    read_pipeline(root);
    read_input(root);
    read_output(root);
    read_state(root);
    read_log(root);
    read_stages(root);
    if (!errors_.empty()) return Error{join(errors_, "\n")};
    std::ostringstream toml_text;
    toml_text << root;
    cfg_.effective_toml = toml_text.str();
    return std::move(cfg_);
  }

 private:
  SourceRef where(const toml::node& n) const {
    if (auto it = set_labels_.find(&n); it != set_labels_.end()) return it->second;
    return where(n.source());
  }
  SourceRef where(const toml::source_region& src) const {
    if (src.begin.line == 0) return file_.string();
    return file_.string() + ":" + std::to_string(src.begin.line) + ":" +
           std::to_string(src.begin.column);
  }
  void error(const SourceRef& at, const std::string& message) {
    errors_.push_back(at + ": " + message);
  }
  // Paths from the file are relative to the file's folder; paths from --set to the current folder.
  std::string resolve(const toml::node& n, const std::string& p) const {
    if (p == "-" || p.empty()) return p;
    const fs::path path(p);
    if (path.is_absolute()) return path.lexically_normal().string();
    const fs::path base = set_labels_.count(&n) ? fs::current_path() : dir_;
    return (base / path).lexically_normal().string();
  }

  void check_keys(const toml::table& t, const std::string& what,
                  const std::vector<std::string>& allowed) {
    for (const auto& [key, node] : t) {
      if (std::find(allowed.begin(), allowed.end(), key.str()) != allowed.end()) continue;
      const SourceRef at = set_labels_.count(&node) ? where(node) : where(key.source());
      error(at, "unknown key '" + std::string(key.str()) + "' in " + what +
                    "; allowed keys: " + join(allowed, ", "));
    }
  }

  const toml::table* section(toml::table& root, const char* name) {
    toml::node* n = root.get(name);
    if (!n) return nullptr;
    if (!n->is_table()) {
      error(where(*n), std::string("[") + name + "] must be a table, not " + type_name(*n));
      return nullptr;
    }
    return n->as_table();
  }

  std::optional<std::string> get_string(const toml::table& t, const char* key,
                                        const std::string& what) {
    const toml::node* n = t.get(key);
    if (!n) return std::nullopt;
    if (!n->is_string()) {
      error(where(*n), what + "." + key + " must be a string, not " + type_name(*n));
      return std::nullopt;
    }
    return n->as_string()->get();
  }

  std::optional<std::int64_t> get_int(const toml::table& t, const char* key,
                                      const std::string& what, std::int64_t min, std::int64_t max) {
    const toml::node* n = t.get(key);
    if (!n) return std::nullopt;
    if (!n->is_integer()) {
      error(where(*n), what + "." + key + " must be an integer, not " + type_name(*n));
      return std::nullopt;
    }
    const std::int64_t v = n->as_integer()->get();
    if (v < min || v > max) {
      error(where(*n), what + "." + key + " = " + std::to_string(v) + " is out of range; use " +
                           std::to_string(min) + " to " + std::to_string(max));
      return std::nullopt;
    }
    return v;
  }

  std::optional<std::string> get_choice(const toml::table& t, const char* key,
                                        const std::string& what,
                                        const std::vector<std::string>& choices) {
    auto v = get_string(t, key, what);
    if (!v) return std::nullopt;
    if (std::find(choices.begin(), choices.end(), *v) == choices.end()) {
      error(where(*t.get(key)), what + "." + key + " = \"" + *v +
                                    "\" is not allowed; use one of: " + join(choices, ", "));
      return std::nullopt;
    }
    return v;
  }

  // A list of strings, also accepting a single string for convenience.
  std::optional<std::vector<std::string>> get_paths(const toml::table& t, const char* key,
                                                    const std::string& what) {
    const toml::node* n = t.get(key);
    if (!n) return std::nullopt;
    std::vector<std::string> out;
    if (n->is_string()) {
      out.push_back(resolve(*n, n->as_string()->get()));
      return out;
    }
    if (!n->is_array()) {
      error(where(*n), what + "." + key + " must be a list of strings, not " + type_name(*n));
      return std::nullopt;
    }
    for (const toml::node& e : *n->as_array()) {
      if (!e.is_string()) {
        error(where(e), what + "." + key + " must hold only strings, not " + type_name(e));
        continue;
      }
      out.push_back(resolve(*n, e.as_string()->get()));
    }
    return out;
  }

  void read_pipeline(toml::table& root) {
    const toml::table* t = section(root, "pipeline");
    if (!t) return;
    const std::string w = "pipeline";
    check_keys(*t, "[pipeline]", {"name", "batch_size", "threads", "plugin_path", "on_error"});
    if (auto v = get_string(*t, "name", w)) cfg_.name = *v;
    if (auto v = get_int(*t, "batch_size", w, 1, 10'000'000)) cfg_.batch_size = *v;
    if (auto v = get_int(*t, "threads", w, 0, 1024)) cfg_.threads = static_cast<unsigned>(*v);
    if (auto v = get_paths(*t, "plugin_path", w)) {
      for (const auto& p : *v) cfg_.plugin_path.emplace_back(p);
    }
    if (auto v = get_choice(*t, "on_error", w, {"quarantine", "fail"})) {
      cfg_.on_error = *v == "fail" ? OnError::Fail : OnError::Quarantine;
    }
  }

  void read_input(toml::table& root) {
    const toml::table* t = section(root, "input");
    if (!t) return;
    const std::string w = "input";
    check_keys(*t, "[input]", {"paths", "format", "max_record_bytes"});
    if (auto v = get_paths(*t, "paths", w)) cfg_.input_paths = *v;
    if (auto v = get_choice(*t, "format", w, {"auto", "jsonl", "text"})) {
      cfg_.input_format = *v == "jsonl"  ? InputFormat::Jsonl
                          : *v == "text" ? InputFormat::Text
                                         : InputFormat::Auto;
    }
    if (auto v = get_int(*t, "max_record_bytes", w, 1024, std::int64_t{1} << 31)) {
      cfg_.max_record_bytes = static_cast<std::size_t>(*v);
    }
  }

  void read_output(toml::table& root) {
    const toml::table* t = section(root, "output");
    if (t) {
      const std::string w = "output";
      check_keys(*t, "[output]", {"path", "quarantine", "report", "dropped"});
      auto path_of = [&](const char* key) -> std::string {
        auto v = get_string(*t, key, w);
        return v ? resolve(*t->get(key), *v) : std::string();
      };
      cfg_.output_path = path_of("path");
      cfg_.quarantine_path = path_of("quarantine");
      cfg_.report_path = path_of("report");
      cfg_.dropped_path = path_of("dropped");
    }
    if (cfg_.output_path.empty()) {
      error(file_.string(),
            "no output: set [output] path (a file, or \"-\" for stdout) or pass --output");
      return;
    }
    // Defaults beside the output, so one folder holds a night's results.
    const bool to_stdout = cfg_.output_path == "-";
    const fs::path out_dir =
        to_stdout ? fs::current_path() : fs::path(cfg_.output_path).parent_path();
    if (cfg_.quarantine_path.empty())
      cfg_.quarantine_path = (out_dir / "quarantine.jsonl").string();
    if (cfg_.report_path.empty() && !to_stdout)
      cfg_.report_path = (out_dir / "report.json").string();
  }

  void read_state(toml::table& root) {
    cfg_.state_path = dir_ / "state";
    const toml::table* t = section(root, "state");
    if (!t) return;
    check_keys(*t, "[state]", {"path"});
    if (auto v = get_string(*t, "path", "state")) cfg_.state_path = resolve(*t->get("path"), *v);
  }

  void read_log(toml::table& root) {
    const toml::table* t = section(root, "log");
    if (!t) return;
    const std::string w = "log";
    check_keys(*t, "[log]", {"file", "level", "max_size_mb", "max_files"});
    if (auto v = get_string(*t, "file", w)) cfg_.log_file = resolve(*t->get("file"), *v);
    if (auto v = get_choice(*t, "level", w, {"trace", "debug", "info", "warn", "error", "off"})) {
      cfg_.log_level = *v;
    }
    if (auto v = get_int(*t, "max_size_mb", w, 1, 100'000)) cfg_.log_max_size_mb = *v;
    if (auto v = get_int(*t, "max_files", w, 1, 1000)) cfg_.log_max_files = *v;
  }

  static std::optional<Value> to_value(const toml::node& n) {
    if (auto* s = n.as_string()) return Value(s->get());
    if (auto* i = n.as_integer()) return Value(i->get());
    if (auto* f = n.as_floating_point()) return Value(f->get());
    if (auto* b = n.as_boolean()) return Value(b->get());
    if (auto* a = n.as_array()) {
      Value out = Value::array();
      for (const toml::node& e : *a) {
        auto v = to_value(e);
        if (!v) return std::nullopt;
        out.push_back(std::move(*v));
      }
      return out;
    }
    return std::nullopt;  // tables and dates are not option values
  }

  void read_stages(toml::table& root) {
    toml::node* n = root.get("stages");
    if (!n) return;  // no stages: a pass-through
    if (!n->is_array_of_tables()) {
      error(where(*n), "stages must be written as [[stages]] tables");
      return;
    }
    std::map<std::string, SourceRef> seen;
    for (toml::node& e : *n->as_array()) {
      const toml::table& t = *e.as_table();
      StageConfig sc;
      sc.where = where(t);
      check_keys(t, "[[stages]]", {"plugin", "name", "enabled", "options"});
      if (auto v = get_string(t, "plugin", "stages")) {
        sc.plugin = *v;
        sc.plugin_where = where(*t.get("plugin"));
        // A path (it has a slash or ends in .so) is taken as a file relative to the config.
        if (sc.plugin.find('/') != std::string::npos || sc.plugin.ends_with(".so")) {
          sc.plugin = resolve(*t.get("plugin"), sc.plugin);
        }
      } else if (!t.get("plugin")) {
        error(sc.where, "a [[stages]] entry needs plugin = \"<name or path to .so>\"");
        continue;
      }
      sc.name = get_string(t, "name", "stages").value_or("");
      if (sc.name.empty()) {
        sc.name = fs::path(sc.plugin).stem().string();
      }
      if (const toml::node* en = t.get("enabled")) {
        if (en->is_boolean()) {
          sc.enabled = en->as_boolean()->get();
        } else {
          error(where(*en),
                "stages.enabled must be true or false, not " + std::string(type_name(*en)));
        }
      }
      if (const toml::node* opts = t.get("options")) {
        if (!opts->is_table()) {
          error(where(*opts), "stages.options must be a table ([stages.options])");
        } else {
          for (const auto& [key, value] : *opts->as_table()) {
            auto v = to_value(value);
            if (!v) {
              error(where(value), "option '" + std::string(key.str()) + "' of stage '" + sc.name +
                                      "' cannot be " + type_name(value));
              continue;
            }
            sc.options.push_back({std::string(key.str()), std::move(*v), where(value)});
          }
        }
      }
      static const std::set<std::string> kReserved = {"id", "title", "text"};
      if (kReserved.count(sc.name)) {
        error(sc.where, "a stage cannot be named '" + sc.name +
                            "': that is an article field; set name = \"...\" to another word");
      } else if (auto [it, fresh] = seen.emplace(sc.name, sc.where); !fresh) {
        error(sc.where, "two stages are named '" + sc.name + "' (the other is at " + it->second +
                            "); give one of them name = \"...\"");
      }
      cfg_.stages.push_back(std::move(sc));
    }
  }

  fs::path file_;
  fs::path dir_;
  const std::map<const toml::node*, std::string>& set_labels_;
  PipelineConfig cfg_;
  std::vector<std::string> errors_;
};

// Records that `n` (and, for an array, each element) came from the command line, for messages.
void label_node(toml::node& n, const std::string& label,
                std::map<const toml::node*, std::string>& labels) {
  labels[&n] = label;
  if (auto* arr = n.as_array()) {
    for (toml::node& e : *arr) labels[&e] = label;
  }
}

// Parses the VALUE of --set as a TOML value (so that 2, true, 0.5 and ["a"] keep their types);
// anything that is not a TOML value is taken as a string, so paths and words need no quotes.
toml::table parse_set_value(const std::string& text) {
  try {
    toml::table t = toml::parse("v = " + text);
    if (t.size() == 1) return t;
  } catch (const toml::parse_error&) {
  }
  toml::table t;
  t.insert("v", text);
  return t;
}

toml::table* find_stage(toml::table& root, const std::string& name) {
  toml::array* stages = root["stages"].as_array();
  if (!stages) return nullptr;
  for (toml::node& n : *stages) {
    toml::table* t = n.as_table();
    if (!t) continue;
    std::string stage_name = (*t)["name"].value_or(std::string());
    if (stage_name.empty()) {
      stage_name = fs::path((*t)["plugin"].value_or(std::string())).stem().string();
    }
    if (stage_name == name) return t;
  }
  return nullptr;
}

std::vector<std::string> stage_names(toml::table& root) {
  std::vector<std::string> names;
  if (toml::array* stages = root["stages"].as_array()) {
    for (toml::node& n : *stages) {
      if (toml::table* t = n.as_table()) {
        std::string s = (*t)["name"].value_or(std::string());
        if (s.empty()) s = fs::path((*t)["plugin"].value_or(std::string())).stem().string();
        names.push_back(s);
      }
    }
  }
  return names;
}

// Puts `value` at the dotted `key`, creating tables on the way; records the label for messages.
Status apply_set(toml::table& root, const std::string& arg,
                 std::map<const toml::node*, std::string>& labels) {
  const auto eq = arg.find('=');
  if (eq == std::string::npos || eq == 0) {
    return Error{"--set " + arg + ": expected KEY=VALUE, e.g. --set pipeline.threads=2"};
  }
  const std::string key = arg.substr(0, eq);
  const std::string label = "--set " + key;
  std::vector<std::string> parts;
  for (std::size_t b = 0;;) {
    const auto dot = key.find('.', b);
    parts.push_back(key.substr(b, dot - b));
    if (dot == std::string::npos) break;
    b = dot + 1;
  }
  if (std::any_of(parts.begin(), parts.end(), [](const auto& p) { return p.empty(); }) ||
      parts.size() < 2) {
    return Error{label + ": KEY must be SECTION.KEY or stages.<stage name>.<option>"};
  }
  toml::table value_holder = parse_set_value(arg.substr(eq + 1));
  toml::table* target = &root;
  std::size_t leaf = 0;
  if (parts[0] == "stages") {
    if (parts.size() != 3) {
      return Error{label + ": use stages.<stage name>.<option>, e.g. --set stages.dedup.mode=mark"};
    }
    target = find_stage(root, parts[1]);
    if (!target) {
      const auto names = stage_names(root);
      return Error{label + ": no stage is named '" + parts[1] +
                   "'; stages: " + (names.empty() ? std::string("(none)") : join(names, ", "))};
    }
    // The stage's own keys sit on its table; everything else is one of its options.
    if (parts[2] != "enabled" && parts[2] != "plugin" && parts[2] != "name") {
      toml::node* opts = target->get("options");
      if (!opts) opts = target->insert("options", toml::table{}).first->second.as_table();
      if (!opts->is_table()) return Error{label + ": the stage's options are not a table"};
      target = opts->as_table();
    }
    leaf = 2;
  } else {
    for (; leaf + 1 < parts.size(); ++leaf) {
      toml::node* n = target->get(parts[leaf]);
      if (!n) n = &target->insert(parts[leaf], toml::table{}).first->second;
      if (!n->is_table()) return Error{label + ": '" + parts[leaf] + "' is not a table"};
      target = n->as_table();
    }
  }
  auto& moved = *value_holder.get("v");
  auto [it, inserted] = target->insert_or_assign(parts[leaf], std::move(moved));
  label_node(it->second, label, labels);
  return ok_status();
}

}  // namespace

Result<PipelineConfig> load_config(const fs::path& file, const ConfigOverrides& overrides) {
  std::error_code ec;
  if (!fs::is_regular_file(file, ec)) {
    return Error{file.string() +
                 ": no such config file; pass the path to a TOML file such as "
                 "config/nightly.toml"};
  }
  toml::table root;
  try {
    root = toml::parse_file(file.string());
  } catch (const toml::parse_error& e) {
    const auto& b = e.source().begin;
    return Error{file.string() + ":" + std::to_string(b.line) + ":" + std::to_string(b.column) +
                 ": " + std::string(e.description()) + " (fix the TOML syntax there)"};
  }
  std::map<const toml::node*, std::string> labels;
  for (const auto& s : overrides.sets) {
    if (Status st = apply_set(root, s, labels); !st) return st.error();
  }
  auto set_path = [&](const char* section, const char* key, toml::node&& n, const char* label) {
    toml::node* sec = root.get(section);
    if (!sec || !sec->is_table())
      sec = &root.insert_or_assign(section, toml::table{}).first->second;
    auto [it, inserted] = sec->as_table()->insert_or_assign(key, std::move(n));
    label_node(it->second, label, labels);
  };
  if (!overrides.inputs.empty()) {
    toml::array inputs;
    for (const auto& p : overrides.inputs) inputs.push_back(p);
    set_path("input", "paths", std::move(inputs), "--input");
  }
  if (overrides.output)
    set_path("output", "path", toml::value<std::string>(*overrides.output), "--output");

  ConfigReader reader(file, labels);
  return reader.read(root);
}

}  // namespace newspipe::host
