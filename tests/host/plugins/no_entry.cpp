// A shared library that is not a newspipe plugin: it exports a function but no plugin entry.
extern "C" __attribute__((visibility("default"))) int not_a_plugin() { return 42; }
