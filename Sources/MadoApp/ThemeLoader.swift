import Foundation
import MadoUI

/// Finds and reads a theme by name or path. A bad or missing theme never stops the program: the
/// error is returned for the status line and the built-in theme is used.
public enum ThemeLoader {
    public static func load(_ name: String, environment: [String: String] = ProcessInfo.processInfo.environment,
                            executablePath: String = CommandLine.arguments.first ?? "") -> (theme: Theme, problem: ThemeProblem?) {
        guard let path = find(name, environment: environment, executablePath: executablePath) else {
            if name == "dark" || name == "default" { return (.builtIn, nil) }
            return (.builtIn, .notFound(name: name, lookedIn: searchFolders(environment: environment, executablePath: executablePath)))
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            return (.builtIn, .unreadable(path: path))
        }
        do {
            return (try ThemeParser.parse(String(decoding: data, as: UTF8.self), file: path), nil)
        } catch let error as ThemeError {
            return (.builtIn, .invalid(error))
        } catch {
            return (.builtIn, .unreadable(path: path))
        }
    }

    static func find(_ name: String, environment: [String: String], executablePath: String) -> String? {
        if name.contains("/") || name.hasSuffix(".theme") {
            return FileManager.default.fileExists(atPath: name) ? name : nil
        }
        for folder in searchFolders(environment: environment, executablePath: executablePath) {
            let path = folder + "/" + name + ".theme"
            if FileManager.default.fileExists(atPath: path) { return path }
        }
        return nil
    }

    /// The user's themes first, then MADO_THEMES, then the themes shipped beside the program
    /// (`share/mado/themes` when installed, the repository's `themes/` when run with `swift run`).
    static func searchFolders(environment: [String: String], executablePath: String) -> [String] {
        var folders = [Config.directoryForThemes(environment: environment)]
        if let extra = environment["MADO_THEMES"] { folders.append(extra) }
        folders += ShippedFolders.candidates("themes", executablePath: executablePath)
        return folders
    }
}

import MadoCore

extension Config {
    static func directoryForThemes(environment: [String: String]) -> String {
        Config.directory(environment: environment) + "/themes"
    }
}
