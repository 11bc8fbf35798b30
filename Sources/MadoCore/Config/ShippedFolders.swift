import Foundation

/// Where files shipped with mado (themes, templates) are found: `share/mado/NAME` beside an
/// installed binary, or the repository's `NAME/` when run with `swift run`.
public enum ShippedFolders {
    public static func candidates(_ name: String, executablePath: String = CommandLine.arguments.first ?? "") -> [String] {
        var folder = URL(fileURLWithPath: executablePath).resolvingSymlinksInPath().deletingLastPathComponent()
        var folders = [folder.deletingLastPathComponent().appendingPathComponent("share/mado/" + name).path]
        for _ in 0..<6 {
            folders.append(folder.appendingPathComponent(name).path)
            folder = folder.deletingLastPathComponent()
        }
        return folders
    }
}
