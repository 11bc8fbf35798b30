import Foundation

extension TemplateLibrary {
    /// The user's templates (`[replies] templates`, else `~/.config/mado/templates`) first, then the
    /// ones shipped beside the program (`share/mado/templates`, or the repository's `templates/`).
    public static func folders(config: Config, executablePath: String = CommandLine.arguments.first ?? "",
                               environment: [String: String] = ProcessInfo.processInfo.environment) -> [String] {
        var folders = [config["replies.templates"].map { ($0 as NSString).expandingTildeInPath } ?? Config.directory(environment: environment) + "/templates"]
        var folder = URL(fileURLWithPath: executablePath).resolvingSymlinksInPath().deletingLastPathComponent()
        folders.append(folder.deletingLastPathComponent().appendingPathComponent("share/mado/templates").path)
        for _ in 0..<6 {
            folders.append(folder.appendingPathComponent("templates").path)
            folder = folder.deletingLastPathComponent()
        }
        return folders
    }
}
