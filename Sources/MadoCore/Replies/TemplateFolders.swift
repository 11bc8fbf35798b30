import Foundation

extension TemplateLibrary {
    /// The user's templates (`[replies] templates`, else `~/.config/mado/templates`) first, then the
    /// ones shipped beside the program (`share/mado/templates`, or the repository's `templates/`).
    public static func folders(config: Config, executablePath: String = CommandLine.arguments.first ?? "",
                               environment: [String: String] = ProcessInfo.processInfo.environment) -> [String] {
        let user = config["replies.templates"].map { ($0 as NSString).expandingTildeInPath } ?? Config.directory(environment: environment) + "/templates"
        let folders = [user] + ShippedFolders.candidates("templates", executablePath: executablePath)
        return folders
    }
}
