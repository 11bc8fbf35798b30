import Foundation
import MadoCore

/// One line of help: keys (or a command with its arguments) and what they do, in both languages.
public struct HelpEntry: Sendable, Equatable {
    public var keys: String
    public var english: String
    public var japanese: String

    public init(_ keys: String, _ english: String, _ japanese: String) {
        self.keys = keys
        self.english = english
        self.japanese = japanese
    }

    public func text(japanese ja: Bool) -> String { ja ? japanese : english }
}

/// A titled group of help lines: the keys of one screen, the `:` commands, the search syntax …
public struct HelpSection: Sendable, Equatable {
    public var english: String
    public var japanese: String
    public var entries: [HelpEntry]

    public func title(japanese ja: Bool) -> String { ja ? japanese : english }
}

/// What `mado help TOPIC` explains; `keys` and `commands` are what `?` shows on the screen.
public enum HelpTopic: String, Sendable, CaseIterable {
    case keys, commands, search, config, templates
}

/// The screen whose keys `?` lists first.
public enum HelpScreen: Sendable, CaseIterable {
    case list, reader, customer, confirm, instagramBox, picker, report
}

/// The one source of truth for keys and commands: the `?` screen draws it and the `mado` command
/// line prints it, so the two can never disagree.
public enum HelpTable {
    /// The first line of `mado --help` and of the `?` screen.
    /// Names every registered channel, so a new one is announced without touching this line.
    public static func summary(japanese ja: Bool) -> String {
        let names = Channels.all.map { ja ? $0.name.japanese : $0.name.english }
        if ja { return "mado — 窓口：\(names.joined(separator: "・")) のお問い合わせを端末で受ける受付箱" }
        let listed = names.count > 1 ? names.dropLast().joined(separator: ", ") + " and " + names.last! : names.joined()
        return "mado — Madoguchi, a terminal support inbox for \(listed.prefix(1).lowercased() + listed.dropFirst())"
    }

    /// What `?` shows on `screen`: its keys first, then the keys that work everywhere, the `:`
    /// commands and the search words.
    public static func sections(for screen: HelpScreen) -> [HelpSection] {
        var sections = [keys(screen)]
        if [.list, .reader, .customer].contains(screen) { sections.append(everywhere) }
        sections += [commandSection, searchSection, helpScreenKeys]
        return sections
    }

    /// What `mado help TOPIC` prints.
    public static func sections(for topic: HelpTopic) -> [HelpSection] {
        switch topic {
        case .keys: return HelpScreen.allCases.map(keys) + [everywhere, helpScreenKeys]
        case .commands: return [commandSection]
        case .search: return [searchSection]
        case .config: return configSections
        case .templates: return templateSections
        }
    }

    /// One line per topic, for `mado help` and `:help`.
    public static func topicLine(_ topic: HelpTopic, japanese ja: Bool) -> String {
        switch topic {
        case .keys: return ja ? "画面ごとのキー" : "the keys of every screen"
        case .commands: return ja ? "画面の : コマンドと引数" : "the screen's : commands and their arguments"
        case .search: return ja ? "検索の書き方（/ と mado search）" : "the search language (/ and mado search)"
        case .config: return ja ? "設定ファイルの項目" : "the settings in the config file"
        case .templates: return ja ? "返信テンプレートの書き方と変数" : "reply templates: files, headers, variables"
        }
    }

    static var commandSection: HelpSection {
        HelpSection(english: ": commands (Tab completes)", japanese: ": コマンド（Tab で補完）",
                    entries: CommandSpec.all.map { HelpEntry($0.usage, $0.english, $0.japanese) })
    }
}
