// swift-tools-version:6.0
import PackageDescription

// Madoguchi: no Swift package dependencies. C libraries come from Debian through
// system library targets (ncursesw for the screen, sqlite3 for the store, libcrypto for hashes).
let package = Package(
    name: "Madoguchi",
    products: [
        .executable(name: "mado", targets: ["mado"]),
    ],
    targets: [
        .systemLibrary(name: "CNCursesW", providers: [.apt(["libncurses-dev"])]),
        .systemLibrary(name: "CSQLite", pkgConfig: "sqlite3", providers: [.apt(["libsqlite3-dev"])]),
        // libcrypto for SHA-256 and HMAC (webhook signatures): never hand-rolled.
        .systemLibrary(name: "CCrypto", providers: [.apt(["libssl-dev"])]),
        // The domain: model, store, queries, channels. No UI, no curses.
        .target(name: "MadoCore", dependencies: ["CSQLite", "CCrypto"]),
        // Pure screen logic: state, reduce, layout, render to a cell grid, themes.
        .target(name: "MadoUI", dependencies: ["MadoCore"]),
        // The only ncurses user: draws a cell grid, reads keys.
        .target(name: "MadoTerminal", dependencies: ["CNCursesW", "MadoUI"]),
        // Wiring between screen and store: performs effects, watches the store.
        .target(name: "MadoApp", dependencies: ["MadoCore", "MadoUI"]),
        .executableTarget(name: "mado", dependencies: ["MadoCore", "MadoUI", "MadoTerminal", "MadoApp"]),
        .testTarget(name: "MadoCoreTests", dependencies: ["MadoCore"], exclude: ["Fixtures"]),
        .testTarget(name: "MadoUITests", dependencies: ["MadoUI", "MadoCore"]),
        .testTarget(name: "MadoAppTests", dependencies: ["MadoApp", "MadoUI", "MadoCore"]),
    ]
)
