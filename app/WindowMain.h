#pragma once

// The window's entry point: `keyway` without a subcommand. main() (app/main.cpp) has hardened the process,
// installed the redacting message handler and registered the built-in providers before calling it.
//
// On Linux it lives in a private shared library, libkeyway-window.so, beside the binary's own libraries
// (<prefix>/lib/keyway/): the command line never loads Qt Gui, Widgets or Svg, and main() opens the library only
// when the window is wanted (issue 27). The library takes the core from the executable, which exports it, so there
// is one copy of the core (one Redactor, one sandbox) in the process. Elsewhere it is linked into the executable.
extern "C" int keyway_window_main(int argc, char **argv);
