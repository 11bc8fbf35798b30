// swift-tools-version:6.0
import Foundation
import PackageDescription

// Madoguchi: no Swift package dependencies. C libraries come from Debian: sqlite3 for the store
// (a system library target), ncursesw for the screen and libcrypto for hashes (their headers; the
// libraries are opened with dlopen when first used, see CNCursesW and CCryptoOnDemand).
// URLSession (FoundationNetworking) runs on libcurl, and importing it asks the linker for -lcurl:
// every `mado` would then load libcurl and its ~28 libraries at start (7 ms) although only the
// Instagram and LINE API calls use them. The Swift targets do not ask for it; CCurlOnDemand
// defines the libcurl functions FoundationNetworking calls and loads libcurl on the first one.
// (With the Swift runtime as shared libraries, `swift build`, libFoundationNetworking.so brings
// libcurl itself and these definitions go unused.)
let libcurlOnDemand: [SwiftSetting] = [.unsafeFlags(["-Xfrontend", "-disable-autolink-library", "-Xfrontend", "curl"])]

// The Swift toolchain links a `-static-stdlib` executable with --export-dynamic: every Swift symbol
// of our own code (6,600) goes into the dynamic symbol table, and at every start the runtime's
// dladdr walks it and the loader hashes against it. Nothing looks our symbols up by name (crash
// backtraces read the symbol table, which stays), so they stay local: --no-export-dynamic.
//
// libstdc++ (which the Swift runtime and Foundation's ICU use) is linked statically in release
// builds: the directory given with -L holds a linker script named libstdc++.so that stands for
// GCC's libstdc++.a (see the file). Debug builds and tests, with the Swift runtime as shared
// libraries that bring their own libstdc++.so.6, are left alone.
let staticLibstdcxx = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("link/static-libstdc++").path
let startSettings: [LinkerSetting] = [
    .unsafeFlags(["-Xlinker", "--no-export-dynamic"]),
    .unsafeFlags(["-L", staticLibstdcxx], .when(configuration: .release)),
]

let package = Package(
    name: "Madoguchi",
    products: [
        .executable(name: "mado", targets: ["mado"]),
    ],
    targets: [
        // ncursesw (libncurses-dev's headers) for the inbox screen: loaded when the screen is set up
        // instead of at every process start (see its .c).
        .target(name: "CNCursesW", dependencies: ["CLibraryOnDemand"]),
        .systemLibrary(name: "CSQLite", pkgConfig: "sqlite3", providers: [.apt(["libsqlite3-dev"])]),
        // libcurl loaded on the first network call instead of at every process start (see its .c).
        .target(name: "CCurlOnDemand", dependencies: ["CLibraryOnDemand"]),
        // libcrypto (libssl-dev's headers) for SHA-256 and HMAC, never hand-rolled: loaded on the
        // first hash instead of at every process start (see its .c).
        .target(name: "CCryptoOnDemand", dependencies: ["CLibraryOnDemand"]),
        // dlopen and dlsym with a sentence for what is missing, for the three above.
        .target(name: "CLibraryOnDemand"),
        // The domain: model, store, queries, channels. No UI, no curses.
        .target(name: "MadoCore", dependencies: ["CSQLite", "CCryptoOnDemand", "CCurlOnDemand"], swiftSettings: libcurlOnDemand),
        // Pure screen logic: state, reduce, layout, render to a cell grid, themes.
        .target(name: "MadoUI", dependencies: ["MadoCore"], swiftSettings: libcurlOnDemand),
        // The only ncurses user: draws a cell grid, reads keys.
        .target(name: "MadoTerminal", dependencies: ["CNCursesW", "MadoUI"], swiftSettings: libcurlOnDemand),
        // Wiring between screen and store: performs effects, watches the store.
        .target(name: "MadoApp", dependencies: ["MadoCore", "MadoUI"], swiftSettings: libcurlOnDemand),
        .executableTarget(name: "mado", dependencies: ["MadoCore", "MadoUI", "MadoTerminal", "MadoApp"],
                          swiftSettings: libcurlOnDemand, linkerSettings: startSettings),
        .testTarget(name: "MadoCoreTests", dependencies: ["MadoCore"], exclude: ["Fixtures"]),
        .testTarget(name: "MadoUITests", dependencies: ["MadoUI", "MadoCore"]),
        .testTarget(name: "MadoAppTests", dependencies: ["MadoApp", "MadoUI", "MadoCore"]),
    ]
)
